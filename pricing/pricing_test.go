package pricing

import (
	"math/rand/v2"
	"testing"
)

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
	// An established sender's reputation allows 2,500 gwei; credit pays the
	// gap to the 10,000 a sender without reputation pays, gwei for gwei.
	rich := Compute(Personal, Inputs{Size: 4096, Recipients: 1, Rep: 2 * uint64(Personal.RepThreshold), Credit: 1 << 30})
	if rich.Fee != 2_500 || rich.Burn != 250 || rich.CreditUsed != 11_000-2_750 {
		t.Fatalf("established sender with credit: %+v", rich)
	}
	spent := Compute(Personal, Inputs{Size: 4096, Recipients: 1, Rep: 2 * uint64(Personal.RepThreshold)})
	if spent.Fee != 10_000 || spent.CreditUsed != 0 || spent.RepFee != 2_500 {
		t.Fatalf("established sender without credit: %+v", spent)
	}
	spammer := Compute(Personal, Inputs{Size: 4096, Recipients: 1, Rate: 200 * CountUnit, Spam: 3 * CountUnit})
	if spammer.Fee < 20*cold.Fee {
		t.Fatalf("spammer pays only %d", spammer.Fee)
	}
}

// Whatever the inputs, credit pays exactly the price it takes off, never more
// than the sender has, and the fee stays between RepFee and FullFee.
func TestCreditPaysAtMostItself(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for c := 0; c < 200_000; c++ {
		p := Personal
		if c%2 == 1 {
			p = Newsletter
		}
		p.BurnBps = uint16(500 + rng.IntN(4501))
		in := Inputs{Size: uint32(1 + rng.IntN(MaxSize)), Recipients: uint32(1 + rng.IntN(3)),
			Rate: rng.Uint64N(40 * CountUnit), Rep: rng.Uint64N(3 * uint64(p.RepThreshold)), Spam: rng.Uint64N(4 * CountUnit),
			Fwd: rng.Uint64N(5 * CountUnit), Rev: rng.Uint64N(5 * CountUnit), Credit: rng.Uint64N(1 << rng.IntN(33))}
		b := Compute(p, in)
		full := Compute(p, Inputs{Size: in.Size, Recipients: in.Recipients, Rate: in.Rate, Spam: in.Spam, Fwd: in.Fwd, Rev: in.Rev})
		if b.FullFee != full.Fee || full.CreditUsed != 0 {
			t.Fatalf("full fee %d, a sender without reputation pays %+v", b.FullFee, full)
		}
		if b.CreditUsed > in.Credit || b.Fee < b.RepFee || b.Fee > b.FullFee || full.Price()-b.Price() != b.CreditUsed {
			t.Fatalf("%+v → %+v", in, b)
		}
		if in.Rep == 0 && b.Fee != b.FullFee {
			t.Fatalf("no reputation, yet the fee fell: %+v", b)
		}
	}
}

func TestPaidDebitsRateAndCredit(t *testing.T) {
	now := uint64(1_800_000_000)
	a := Account{Balance: 100_000, Day: now / 86_400, Rep: 20_000, Credit: 3_000}
	b := Compute(Personal, Inputs{Size: 4096, Recipients: 1, Rep: a.RepAt(now), Credit: a.Credit})
	a2 := Paid(a, b, now)
	if a2.Balance != a.Balance-b.Total() || a2.Credit != a.Credit-b.CreditUsed || a2.RateAt(now) < CountUnit-1 || b.CreditUsed == 0 {
		t.Fatalf("%+v → %+v (%+v)", a, a2, b)
	}
	// The next mail sees what is left of the credit.
	b2 := Compute(Personal, Inputs{Size: 4096, Recipients: 1, Rate: a2.RateAt(now), Rep: a2.RepAt(now), Credit: a2.Credit})
	if b2.Fee <= b.Fee || b2.CreditUsed > a2.Credit {
		t.Fatalf("second mail %+v after %+v", b2, b)
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
	acct := Account{Balance: 1e9, Day: now/86_400 - 1, Rate: 30 * CountUnit, Rep: 7000, Spam: 300, Credit: 900}
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
