package reputation

import (
	"errors"
	"testing"
)

func TestSybilRingGainsLessReputationThanItBurns(t *testing.T) {
	for _, days := range []int{10, 90} {
		r := SimulateSybilRing(100, days)
		if r.Minted == 0 || r.Minted*RhoDen > r.Burned || r.HeldAtEnd > r.Minted {
			t.Fatalf("%d days: minted %d held %d burned %d", days, r.Minted, r.HeldAtEnd, r.Burned)
		}
		// No single ack ever mints more than ρ = 1/2 of its mail's burn.
		if r.MaxMintToBurnPermil > 1000/RhoDen {
			t.Fatalf("an ack minted %d‰ of its burn", r.MaxMintToBurnPermil)
		}
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

func TestMintAmountBounds(t *testing.T) {
	if MintAmount(1000, 0, 0) != 1000*64/256/2 {
		t.Fatal("newcomer acker: ¼ of ρ·burn")
	}
	if MintAmount(1000, StandingFull, 0) != 500 {
		t.Fatal("established acker: ρ·burn")
	}
	if MintAmount(1000, StandingFull, AckWindowHours) != 0 || MintAmount(1000, StandingFull, 360) != 250 {
		t.Fatal("age weight")
	}
}
