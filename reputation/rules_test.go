package reputation

import (
	"testing"

	"github.com/bmail-network/bmail/internal/chainmath"
)

func TestMintAmountBounds(t *testing.T) {
	if MintAmount(1000, 0, 0) != 1000*64/256/2 {
		t.Fatal("newcomer acker: ¼ of ρ·share")
	}
	if MintAmount(1000, StandingFull, 0) != 500 {
		t.Fatal("established acker: ρ·share")
	}
	if MintAmount(1000, StandingFull, AckWindowHours) != 0 || MintAmount(1000, StandingFull, 360) != 250 {
		t.Fatal("age weight")
	}
}

// Pending burn: each paid mail adds its burn and a pending ack; acks take
// equal shares and the last takes the rest; a spam mark drops both; the
// window drops stale ones.
func TestPendingBurnShares(t *testing.T) {
	var p Pair
	nowH := uint64(500_000)
	p = RecordPaid(p, 0, 100, nowH)
	p = RecordPaid(p, 0, 50, nowH)
	p = RecordPaid(p, 0, 1, nowH)
	if p.Pending[0] != 3 || p.Burn[0] != 151 || p.Paid[0] != nowH || p.Pending[1] != 0 {
		t.Fatalf("%+v", p)
	}
	acct := Account{Day: nowH / 24}
	now := nowH * 3600
	var shares uint64
	for i := 0; i < 3; i++ {
		before := p.Burn[0]
		var err error
		p, acct, _, err = Ack(p, 0, acct, StandingFull, Valuable, now)
		if err != nil {
			t.Fatal(err)
		}
		shares += before - p.Burn[0]
	}
	if shares != 151 || p.Burn[0] != 0 || acct.Credit == 0 || acct.Credit != chainmath.ValueAt(acct.Rep, chainmath.TickIndex(now, chainmath.RepHalfLife)) {
		t.Fatalf("shares %d, pair %+v, account %+v", shares, p, acct)
	}
	if _, _, _, err := Ack(p, 0, acct, 0, Valuable, now); err != ErrAlreadyAcked {
		t.Fatal(err)
	}
	// A paid mail after the window forgets the stale pending burn.
	p = RecordPaid(p, 0, 100, nowH)
	p = RecordPaid(p, 0, 7, nowH+AckWindowHours)
	if p.Pending[0] != 1 || p.Burn[0] != 7 {
		t.Fatalf("after the window %+v", p)
	}
	// A spam mark on cold mail drops the pending acks and their burn.
	p.Cold[0] = true
	p, acct, _, err := Ack(p, 0, acct, 0, Spam, (nowH+AckWindowHours)*3600)
	if err != nil || p.Pending[0] != 0 || p.Burn[0] != 0 || !p.Marked[0] || acct.Spam == 0 {
		t.Fatalf("%v %+v %+v", err, p, acct)
	}
}
