package client_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/clienttest"
	"github.com/bmail-network/bmail/relay"
)

// TestRelayFeeToAnsweringRelay: with own-transaction payment the relay fee
// goes to a relay that took the envelope. Bob's first relay publishes
// terms but refuses envelopes; the fee goes to the second, which answered
// OK, and the first earns nothing.
func TestRelayFeeToAnsweringRelay(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 3, RelayFee: 700, Relay: func(i int, c *relay.Config) {
		if i == 0 {
			c.MsgIDs = func([]byte) ([][32]byte, error) { return nil, errRefuse }
		}
	}})
	alice, bob := w.User("alice"), w.User("bob")
	q := must[*client.Quote](t)(alice.Quote(ctx, bob.Address(), 4096))
	payout := func(i int) [20]byte { return crypto.PubkeyToAddress(w.RelayKeys[i].PublicKey) }
	if q.Relay != payout(0) {
		t.Fatalf("the quote names relay %s, want the first relay's %s (the case under test)", q.Relay.Hex(), payout(0))
	}
	st := send(t, ctx, alice, "fee to a relay that took it", "b", bob)
	if r := st.Recipients[0]; r.Posted != 2 || r.RelayFee != 700 {
		t.Fatalf("recipient %+v", r)
	}
	for i, want := range []uint64{0, 700, 0} {
		e := must[*client.RelayEarning](t)(alice.RelayEarnings(ctx, payout(i), 0))
		if e.Fees != want {
			t.Errorf("relay %d earned %d gwei, want %d", i, e.Fees, want)
		}
	}
}

var errRefuse = errors.New("this relay refuses envelopes")
