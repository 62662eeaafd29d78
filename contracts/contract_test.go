package contracts_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestSendCreditsRecipientAndEmitsDelivered(t *testing.T) {
	e := newEnv(t, 3)
	e.deposit(1, 1_000_000)
	q := e.quote(e.personal, 1, 2, 4096, 1)
	if q.Fee == 0 {
		t.Fatal("zero fee for cold mail")
	}
	s := secret(1)
	relay := e.addr(0)
	rc := e.do(1, e.sendData(e.personal, 2, s, 4096, q.Fee+q.Burn, relay, 100))
	evs := e.delivered(rc)
	if len(evs) != 1 {
		t.Fatalf("want 1 Delivered, got %d", len(evs))
	}
	ev := evs[0]
	if ev.To != e.addr(2) || ev.From != e.addr(1) || ev.Secret != s || ev.Fee != q.Fee || ev.Size != 4096 ||
		ev.Network != e.personal || ev.Relay != relay || ev.RelayFee != 100 {
		t.Fatalf("Delivered = %+v", ev)
	}
	if got, want := e.balance(1), 1_000_000-q.Fee-q.Burn-100; got != want {
		t.Fatalf("sender balance %d, want %d", got, want)
	}
	if got := e.owed(2, 1); got != q.Fee {
		t.Fatalf("owed to recipient %d, want %d", got, q.Fee)
	}
	if got := e.balance(0); got != 100 {
		t.Fatalf("relay balance %d, want 100", got)
	}
	if crypto.Keccak256Hash(ev.Secret[:]) == (common.Hash{}) {
		t.Fatal("unreachable")
	}
	t.Logf("gas send_new_pair: %d", rc.GasUsed)
	// A reply is much cheaper than the cold mail.
	e.deposit(2, 1_000_000)
	r := e.quote(e.personal, 2, 1, 4096, 1)
	if r.Fee*5 > q.Fee {
		t.Fatalf("reply fee %d not well below cold fee %d", r.Fee, q.Fee)
	}
	rc = e.do(1, e.sendData(e.personal, 2, secret(2), 4096, 1<<40, relay, 100))
	t.Logf("gas send_existing_pair: %d", rc.GasUsed)
}
