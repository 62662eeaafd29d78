package client_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/clienttest"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/identity"
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
	o := newOrderCrash(t, "cancelled nonce")
	if o.first.PayMode != store.ModeOrder {
		t.Fatalf("recipient %+v", o.first)
	}
	if rc, err := o.w.Chain.Transact(o.id.AccountKey, o.w.Chain.ABI.PackCancelBelow(o.first.OrderNonce+1), nil); err != nil || rc.Status != 1 {
		t.Fatalf("cancelBelow: %v", err)
	}
	o.crash.Store(false)
	st, err := o.runSettling(ctx, o.alice)
	if err != nil || st.State != store.OutFinal || st.Recipients[0].PayState != store.PayFinal {
		t.Fatalf("%v %+v", err, st)
	}
	now := must[*store.OutboxItem](t)(o.alice.Store().Outbox(ctx, o.itemID)).Recipients[0]
	if now.OrderNonce <= o.first.OrderNonce {
		t.Fatalf("no new order: nonce %d, first %d", now.OrderNonce, o.first.OrderNonce)
	}
	if n := deliveredCount(t, o.w, o.alice, o.bob.Address(), o.first.Secret); n != 1 {
		t.Fatalf("paid %d times", n)
	}
}

// orderCrash is a world with a manual batcher where Alice's mail to Bob,
// paid by order, stopped (as in a crash) after the order was handed over.
type orderCrash struct {
	w          *clienttest.World
	alice, bob *client.Client
	home       string
	id         *identity.Identity
	useBatcher func(*config.Config)
	crash      atomic.Bool
	itemID     int64
	first      store.OutboxRecipient // the recipient as recorded then
}

func newOrderCrash(t *testing.T, subject string) *orderCrash {
	ctx := ctxT(t)
	o := &orderCrash{w: clienttest.New(t, clienttest.Options{Relays: 2, RelayFee: 700, WithBatcher: true, ManualBatches: true})}
	o.bob = o.w.User("bob")
	o.useBatcher = func(c *config.Config) { c.Send.Batcher = o.w.Relays[0].URL }
	var m *identity.Mnemonic
	m, o.id = newIdentity(t)
	o.crash.Store(true)
	o.alice, o.home = o.w.NewUser("alice", clienttest.UserOptions{Mnemonic: m, Configure: o.useBatcher, Client: func(co *client.Options) {
		co.StepHook = func(_ int64, s client.Step) error {
			if o.crash.Load() && s == client.StepConfirm {
				return errCrash
			}
			return nil
		}
	}})
	if _, err := o.alice.Send(ctx, client.SendRequest{To: []string{o.bob.Address().Hex()}, Subject: subject, Body: "b"}); !errors.Is(err, errCrash) {
		t.Fatal(err)
	}
	items := must[[]client.OutboxStatus](t)(o.alice.Outbox(ctx, true))
	o.itemID = items[0].ID
	o.first = must[*store.OutboxItem](t)(o.alice.Store().Outbox(ctx, o.itemID)).Recipients[0]
	return o
}

// runSettling drives the item on c while the batcher settles every 20 ms.
func (o *orderCrash) runSettling(ctx context.Context, c *client.Client) (*client.OutboxStatus, error) {
	stop := make(chan struct{})
	settled := make(chan struct{})
	go func() {
		defer close(settled)
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				o.w.Settle(ctx)
			}
		}
	}()
	st, err := c.RunOutbox(ctx, o.itemID)
	close(stop)
	<-settled
	return st, err
}
