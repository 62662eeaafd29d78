package ledger

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/bmail-network/bmail/pricing"
	"github.com/bmail-network/bmail/reputation"
)

func TestSybilRingSavesLessThanItBurns(t *testing.T) {
	for _, days := range []int{10, 90} {
		r := SimulateSybilRing(100, days)
		total := r.RingSaved + r.Discount
		if r.Minted == 0 || r.Minted*reputation.RhoDen > r.Burned || r.HeldAtEnd > r.Minted {
			t.Fatalf("%d days: minted %d held %d burned %d", days, r.Minted, r.HeldAtEnd, r.Burned)
		}
		// Cash-out stops when credit pays nothing more: at most 1 gwei per member is left.
		if total+r.CreditLeft != r.Minted || total >= r.Burned || r.CreditLeft > uint64(r.Members) {
			t.Fatalf("%d days: discount %d + left %d vs minted %d, burned %d", days, total, r.CreditLeft, r.Minted, r.Burned)
		}
		// No single ack ever mints more than ρ = 1/2 of its share of the burn.
		if r.MaxMintPermil > 1000/reputation.RhoDen {
			t.Fatalf("an ack minted %d‰ of its share", r.MaxMintPermil)
		}
		if r.MemberFirstPrice > r.NewcomerPrice || r.HonestSteadyPrice >= r.HonestFirstPrice {
			t.Fatalf("%+v", r)
		}
	}
}

// TestNoStrategyProfits plays random strategies — rings of random size,
// mail of random size on both networks, valuable, abstaining and spam acks at
// random ages, endorsements, mail to strangers, time jumps — and checks
// after every step that no account has ever saved more through its
// reputation than half the burn it paid, and that its credit is exactly
// what was minted to it minus what it spent.
func TestNoStrategyProfits(t *testing.T) {
	for seed := uint64(1); seed <= 12; seed++ {
		rng := rand.New(rand.NewPCG(seed, 99))
		l := NewLedger()
		n := 2 + rng.IntN(12)
		ring := make([]Address, n)
		for i := range ring {
			ring[i] = simAddr(0xd0, i)
			_ = l.Deposit(ring[i], 1<<40)
		}
		burned := map[Address]uint64{}
		saved := map[Address]uint64{}
		minted := map[Address]uint64{}
		now := uint64(SimStart)
		stranger := 0
		for step := 0; step < 3000; step++ {
			i, j := rng.IntN(n), rng.IntN(n)
			if i == j {
				j = (j + 1) % n
			}
			a, b := ring[i], ring[j]
			switch k := rng.IntN(100); {
			case k < 40, k < 50: // mail inside the ring, or to a stranger
				to := b
				if k >= 40 {
					stranger++
					to = simAddr(0xdf, stranger)
				}
				net := pricing.PersonalID
				if rng.IntN(3) == 0 {
					net = pricing.NewsletterID
				}
				size := uint32(1 + rng.IntN(1<<uint(rng.IntN(25))))
				dl, err := l.Send(now, a, Mail{Network: net, To: to, Size: size, MaxFee: 1 << 50})
				if err == nil {
					burned[a] += dl.Burn
					saved[a] += dl.CreditUsed
				}
			case k < 85:
				v := []uint8{reputation.Valuable, reputation.Valuable, reputation.Valuable, reputation.Abstain, reputation.Spam}[rng.IntN(5)]
				if m, err := l.Ack(now, b, a, v); err == nil {
					minted[a] += m
				}
			case k < 90:
				_, _ = l.Endorse(now, a, b, uint64(rng.IntN(5_000)))
			default:
				now += uint64(rng.IntN(3 * 86_400))
			}
			for _, x := range ring {
				c := l.Accounts[x].Credit
				if saved[x] > minted[x] || minted[x]*reputation.RhoDen > burned[x] || c != minted[x]-saved[x] {
					t.Fatalf("seed %d step %d: account saved %d, minted %d, burned %d, credit %d", seed, step, saved[x], minted[x], burned[x], c)
				}
			}
		}
		if l.Minted == 0 || l.CreditUsed == 0 {
			t.Fatalf("seed %d: the strategy never minted (%d) or spent (%d)", seed, l.Minted, l.CreditUsed)
		}
	}
}

// Acks mint from the burn of the mails they ack, not from the last mail's:
// six cheap replies and one large mail, acked seven times, mint at most half
// of what the seven burned.
func TestPendingBurnIsSharedNotReused(t *testing.T) {
	l := NewLedger()
	a, b := simAddr(0xe0, 0), simAddr(0xe0, 1)
	_ = l.Deposit(a, 1<<40)
	_ = l.Deposit(b, 1<<40)
	now := uint64(SimStart)
	if _, err := l.Send(now, b, Mail{Network: pricing.PersonalID, To: a, Size: 10, MaxFee: 1 << 40}); err != nil {
		t.Fatal(err)
	}
	var burn uint64
	for i := 0; i < 7; i++ {
		size := uint32(10)
		if i == 6 {
			size = 500 << 10
		}
		dl, err := l.Send(now, a, Mail{Network: pricing.PersonalID, To: b, Size: size, MaxFee: 1 << 40})
		if err != nil {
			t.Fatal(err)
		}
		burn += dl.Burn
	}
	var minted uint64
	for i := 0; i < 7; i++ {
		m, err := l.Ack(now, b, a, reputation.Valuable)
		if err != nil {
			t.Fatal(err)
		}
		minted += m
	}
	if minted == 0 || minted*reputation.RhoDen > burn {
		t.Fatalf("minted %d from %d burned", minted, burn)
	}
}

func TestOneSpamMarkAmongPraiseMovesThePrice(t *testing.T) {
	r := SimulateSpamAmongPraise(20)
	if r.RepAfterPraise == 0 || r.PriceAfterPraiseAndOneMark <= r.PriceAfterPraise {
		t.Fatalf("%+v", r)
	}
}

func TestProvokedSpamLeavesVictimUnharmed(t *testing.T) {
	r := SimulateProvokedSpam()
	if !errors.Is(r.MarkError, ErrNotColdMail) || r.VictimSpam != 0 || r.VictimFeeAfter != r.VictimFeeBefore {
		t.Fatalf("%+v", r)
	}
}

func TestDecayDoesNotDependOnTouches(t *testing.T) {
	r := SimulateDecayTouch(30)
	if r.ValueEveryMinute != r.ValueOnce || r.EveryMinute != r.OnceAMonth {
		t.Fatalf("%+v", r)
	}
	if r.ValueOnce[1] >= 1_000_000 || r.NaiveEveryMinute != 1_000_000 {
		t.Fatalf("rep did not decay, or the naive scheme did not freeze: %+v", r)
	}
}

func TestYearOfDecayHalvesPerHalfLife(t *testing.T) {
	rows := SimulateYear()
	for i := 1; i < len(rows); i++ {
		if rows[i].Rep > rows[i-1].Rep || rows[i].Endorsed > rows[i-1].Endorsed || rows[i].Spam > rows[i-1].Spam {
			t.Fatalf("a value rose: %+v → %+v", rows[i-1], rows[i])
		}
	}
	// 90 days of a 64-day half-life leave 2^(−90/64) ≈ 37.7%.
	if r := rows[3]; r.Day != 90 || r.Rep < 376_000 || r.Rep > 378_000 {
		t.Fatalf("day 90: %+v", r)
	}
	if last := rows[len(rows)-1]; last.Day != 365 || last.Endorsed != 0 {
		t.Fatalf("endorsed reputation survives a year: %+v", last)
	}
}
