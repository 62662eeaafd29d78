package pricing

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
		a := Account{Balance: rng.Uint64(), Time: rng.Uint64N(1 << 32), Rate: rng.Uint64N(1 << 24), Rep: rng.Uint64N(1 << 40),
			Spam: rng.Uint64N(1 << 16), NonceBase: rng.Uint32(), NonceBits: rng.Uint64N(1 << 44), HasStanding: rng.IntN(2) == 0}
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

func TestPresetsAreValid(t *testing.T) {
	for _, p := range []Params{Personal, Newsletter} {
		if err := p.Validate(); err != nil {
			t.Fatal(err)
		}
		if ParamsFromWord(p.Word()) != p {
			t.Fatalf("word round trip %+v", p)
		}
	}
	if PersonalID == NewsletterID {
		t.Fatal("preset ids collide")
	}
}

func TestPresetPricesMakeSense(t *testing.T) {
	// A newcomer's cold 4 KiB mail on the personal network costs cents on an
	// L2 (10,000 gwei ≈ 3 cents at 3,000 USD/ETH); a reply is near zero.
	cold := Compute(Personal, Inputs{Size: 4096, Recipients: 1})
	if cold.Fee != 10_000 || cold.Burn != 1_000 {
		t.Fatalf("cold newcomer mail: %+v", cold)
	}
	reply := Compute(Personal, Inputs{Size: 4096, Recipients: 1, Rev: CountUnit})
	if reply.Fee != 196 {
		t.Fatalf("reply fee %d", reply.Fee)
	}
	est := Compute(Personal, Inputs{Size: 4096, Recipients: 1, Rep: 2 * uint64(Personal.RepThreshold)})
	if est.Fee != 2_500 {
		t.Fatalf("established sender's cold mail %d", est.Fee)
	}
	spammer := Compute(Personal, Inputs{Size: 4096, Recipients: 1, Rate: 200 * CountUnit, Spam: 3 * CountUnit})
	if spammer.Fee < 20*cold.Fee {
		t.Fatalf("spammer pays only %d", spammer.Fee)
	}
}

func TestQuoteRefusals(t *testing.T) {
	now := uint64(1_800_000_000)
	st := State{SenderIsLo: true}
	if _, err := Quote(Personal, st, Request{Size: 0, Now: now}); err != ErrBadSize {
		t.Fatal(err)
	}
	var p Pair
	p.Blocks[1] = true // hi blocks lo's mail
	st.Pair = p.Word()
	if _, err := Quote(Personal, st, Request{Size: 10, Now: now}); err != ErrBlocked {
		t.Fatal(err)
	}
	st.Pair = Pair{}.Word()
	st.RecipientStanding = Standing{MinRep: 5}.Word()
	if _, err := Quote(Personal, st, Request{Size: 10, Now: now}); err != ErrBelowMinRep {
		t.Fatal(err)
	}
	st.RecipientStanding = Word{}
	b, err := Quote(Personal, st, Request{Size: 10, Now: now, RelayFee: 2_000})
	if err != nil || b.RelayFee != 2_000 || b.Total() != b.Fee+b.Burn+2_000 {
		t.Fatalf("%v %+v", err, b)
	}
	if _, err := Quote(Personal, st, Request{Size: 10, Now: now, RelayFee: 3_001}); err != ErrRelayFeeAboveCap {
		t.Fatal(err)
	}
}

func BenchmarkQuote(b *testing.B) {
	now := uint64(1_800_000_000)
	acct := Account{Balance: 1e9, Time: now - 5000, Rate: 30 * CountUnit, Rep: 7000, Spam: 300}
	var p Pair
	p.Hour = now/3600 - 30
	p.Count = [2]uint64{5 * CountUnit, 3 * CountUnit}
	st := State{Sender: acct.Word(), Pair: p.Word(), SenderIsLo: true}
	req := Request{Size: 9000, Recipients: 1, RelayFee: 100, Now: now}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Quote(Personal, st, req); err != nil {
			b.Fatal(err)
		}
	}
}
