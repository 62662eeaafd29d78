package chainmath

import (
	"math/big"
	"math/rand/v2"
	"testing"
)

// TestFactorTables checks, in exact integers, that the tables hold
// ⌊2^64 · 2^(−i/64)⌋ and ⌊2^64 · 2^(−8k/64)⌋ (x = ⌊2^64 · 2^(−e/64)⌋ exactly when
// x^64 ≤ 2^(4096−e) < (x+1)^64), that f(j) is within 2 of ⌊2^64 · 2^(−j/64)⌋,
// strictly decreasing, and above 2^63 at j = 63.
func TestFactorTables(t *testing.T) {
	floorOf := func(x *big.Int, e int) bool { // x == ⌊2^64 · 2^(−e/64)⌋
		lim := new(big.Int).Lsh(big.NewInt(1), uint(4096-e))
		x1 := new(big.Int).Add(x, big.NewInt(1))
		return new(big.Int).Exp(x, big.NewInt(64), nil).Cmp(lim) <= 0 && new(big.Int).Exp(x1, big.NewInt(64), nil).Cmp(lim) > 0
	}
	entry := func(v uint64) *big.Int {
		return new(big.Int).Add(new(big.Int).SetUint64(v), new(big.Int).Lsh(big.NewInt(1), 63))
	}
	for i := 0; i < 8; i++ {
		if !floorOf(entry(factorA[i]), i) || !floorOf(entry(factorB[i]), 8*i) {
			t.Fatalf("table entry %d is not the exact floor", i)
		}
	}
	if _, one := Factor(0); !one {
		t.Fatal("f(0) is not one")
	}
	prev := new(big.Int).Lsh(big.NewInt(1), 64)
	for j := 1; j < 64; j++ {
		f, one := Factor(uint64(j))
		fb := new(big.Int).SetUint64(f)
		if one || fb.Cmp(prev) >= 0 {
			t.Fatalf("f(%d) = %d not below f(%d)", j, f, j-1)
		}
		prev = fb
		lim := new(big.Int).Lsh(big.NewInt(1), uint(4096-j))
		if new(big.Int).Exp(fb, big.NewInt(64), nil).Cmp(lim) > 0 ||
			new(big.Int).Exp(new(big.Int).Add(fb, big.NewInt(3)), big.NewInt(64), nil).Cmp(lim) <= 0 {
			t.Fatalf("f(%d) = %d is not within 2 below 2^64·2^(−j/64)", j, f)
		}
	}
	if f, _ := Factor(63); f <= 1<<63 {
		t.Fatal("f(63) ≤ 2^63")
	}
}

func TestDecayIsTouchIndependentAndMonotone(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for c := 0; c < 2000; c++ {
		h := []uint64{RateHalfLife, RepHalfLife, SpamHalfLife, EndorsedHalfLife}[c%4]
		m := rng.Uint64N(1 << 40)
		t0 := 1_700_000_000 + rng.Uint64N(1<<25)
		// Touch (rebase) at random times, never adding: the value at the end
		// equals decaying once from t0.
		cur, tc := m, t0
		end := t0 + rng.Uint64N(4*h)
		prevVal := Decayed(m, t0, t0, h)
		for tt := t0; tt < end; tt += 1 + rng.Uint64N(h/8) {
			cur = Shift(cur, tc, tt, h)
			tc = tt
			v := Decayed(cur, tc, tt, h)
			if v != Decayed(m, t0, tt, h) {
				t.Fatalf("touched value %d at %d differs from untouched %d", v, tt, Decayed(m, t0, tt, h))
			}
			if v > prevVal {
				t.Fatalf("value rose from %d to %d", prevVal, v)
			}
			prevVal = v
		}
	}
}

func TestGrowAddsAtMostX(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for c := 0; c < 100000; c++ {
		m, x, j := rng.Uint64N(1<<40), rng.Uint64N(1<<20), rng.Uint64N(64)
		before := ValueAt(m, j)
		after := ValueAt(m+Grow(x, j), j)
		if after > before+x || after+1 < before+x {
			t.Fatalf("m=%d x=%d j=%d: %d → %d", m, x, j, before, after)
		}
		if s := Shrink(x, j); s <= m {
			if v := ValueAt(m-s, j); v+x > before {
				t.Fatalf("shrink removed less than x: m=%d x=%d j=%d: %d → %d", m, x, j, before, v)
			}
		}
	}
}

func TestWordRoundTrips(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for c := 0; c < 1000; c++ {
		a := Account{Balance: rng.Uint64(), Day: rng.Uint64N(1 << 16), Rate: rng.Uint64N(1 << 24), Rep: rng.Uint64N(1 << 40),
			Spam: rng.Uint64N(1 << 16), Credit: rng.Uint64N(1 << 32), NonceBase: rng.Uint32(), NonceBits: rng.Uint64N(1 << 31),
			HasStanding: rng.IntN(2) == 0}
		if ParseAccount(a.Word()) != a {
			t.Fatalf("account %+v", a)
		}
		s := Standing{Endorsed: rng.Uint64N(1 << 40), Time: rng.Uint64N(1 << 32), Received: rng.Uint64N(1 << 40),
			Epoch: rng.Uint64N(1 << 16), MinRep: rng.Uint64N(1 << 40)}
		if ParseStanding(s.Word()) != s {
			t.Fatalf("standing %+v", s)
		}
		var p Pair
		for d := 0; d < 2; d++ {
			p.Owed[d], p.Count[d], p.Paid[d] = rng.Uint64N(1<<48), rng.Uint64N(1<<20), rng.Uint64N(1<<24)
			p.Burn[d], p.Pending[d] = rng.Uint64N(1<<16), rng.Uint64N(8)
			p.Cold[d], p.Marked[d], p.Blocks[d] = rng.IntN(2) == 0, rng.IntN(2) == 0, rng.IntN(2) == 0
		}
		p.Hour = rng.Uint64N(1 << 24)
		if ParsePair(p.Word()) != p {
			t.Fatalf("pair %+v", p)
		}
	}
}

// An account rebased on every day boundary, or only at the end, holds the
// same words: the day field carries everything the epochs need.
func TestAccountRebaseByDay(t *testing.T) {
	start := uint64(1_767_225_600)
	a := Account{Day: start / Day, Rate: 300 * CountUnit, Rep: 1 << 30, Spam: 5 * CountUnit}
	daily := a
	for d := uint64(1); d <= 200; d++ {
		daily = daily.Rebase(start + d*Day + 77)
	}
	end := start + 200*Day + 77
	once := a.Rebase(end)
	if daily != once || once.Day != end/Day {
		t.Fatalf("daily %+v, once %+v", daily, once)
	}
	if once.RepAt(end) != a.RepAt(end) || once.SpamAt(end) != a.SpamAt(end) || once.RateAt(end) != 0 {
		t.Fatalf("values differ after rebasing")
	}
}
