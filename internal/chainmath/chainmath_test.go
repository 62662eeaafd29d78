package chainmath

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

func TestFactorMatchesBigFloat(t *testing.T) {
	// f(j) is the floored chain of Q0.64 products; it is within a few ulps of 2^(−j/64).
	for j := uint64(1); j < 64; j++ {
		f, one := Factor(j)
		if one {
			t.Fatalf("j=%d reported one", j)
		}
		exact, _ := new(big.Float).SetMantExp(big.NewFloat(math.Exp2(-float64(j)/64)), 64).Float64()
		if d := float64(f) - exact; d > exact*1e-15 || d < -exact*1e-15-16 {
			t.Fatalf("f(%d) = %d, 2^64·2^(−j/64) ≈ %.0f", j, f, exact)
		}
	}
	if _, one := Factor(0); !one {
		t.Fatal("f(0) is not one")
	}
	// Strictly decreasing in j: decay never goes back up within an epoch.
	prev := ^uint64(0)
	for j := uint64(1); j < 64; j++ {
		f, _ := Factor(j)
		if f >= prev {
			t.Fatalf("f(%d) = %d not below f(%d)", j, f, j-1)
		}
		prev = f
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
