package client_test

import (
	"errors"
	"testing"
	"time"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/clienttest"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/store"
)

// TestUsedOrderNonceSignedAgain: the contract marks an order's nonce used
// only when it delivers it (or when the window moved past it). An order
// whose nonce reads used with no Delivered log carrying its secret can
// never settle: it is not "skipped" (the recipient does not fail); a new
// order is signed and the mail is paid once. Here the sender's own
// cancelBelow kills the nonce while the batcher holds the order.
func TestUsedOrderNonceSignedAgain(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 2, RelayFee: 700, WithBatcher: true, ManualBatches: true})
	bob := w.User("bob")
	useBatcher := func(c *config.Config) { c.Send.Batcher = w.Relays[0].URL }
	m, id := newIdentity(t)
	crash := true
	alice, _ := w.NewUser("alice", clienttest.UserOptions{Mnemonic: m, Configure: useBatcher, Client: func(o *client.Options) {
		o.StepHook = func(_ int64, s client.Step) error {
			if crash && s == client.StepConfirm {
				return errCrash
			}
			return nil
		}
	}})
	if _, err := alice.Send(ctx, client.SendRequest{To: []string{bob.Address().Hex()}, Subject: "cancelled nonce", Body: "b"}); !errors.Is(err, errCrash) {
		t.Fatal(err)
	}
	items := must[[]client.OutboxStatus](t)(alice.Outbox(ctx, true))
	first := must[*store.OutboxItem](t)(alice.Store().Outbox(ctx, items[0].ID)).Recipients[0]
	if first.PayMode != store.ModeOrder {
		t.Fatalf("recipient %+v", first)
	}
	if rc, err := w.Chain.Transact(id.AccountKey, w.Chain.ABI.PackCancelBelow(first.OrderNonce+1), nil); err != nil || rc.Status != 1 {
		t.Fatalf("cancelBelow: %v", err)
	}
	crash = false
	stop := make(chan struct{})
	settled := make(chan struct{})
	go func() {
		defer close(settled)
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				w.Settle(ctx)
			}
		}
	}()
	st, err := alice.RunOutbox(ctx, items[0].ID)
	close(stop)
	<-settled
	if err != nil || st.State != store.OutFinal || st.Recipients[0].PayState != store.PayFinal {
		t.Fatalf("%v %+v", err, st)
	}
	now := must[*store.OutboxItem](t)(alice.Store().Outbox(ctx, items[0].ID)).Recipients[0]
	if now.OrderNonce <= first.OrderNonce {
		t.Fatalf("no new order: nonce %d, first %d", now.OrderNonce, first.OrderNonce)
	}
	if n := deliveredCount(t, w, alice, bob.Address(), first.Secret); n != 1 {
		t.Fatalf("paid %d times", n)
	}
}
