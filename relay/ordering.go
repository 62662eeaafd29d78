package relay

import (
	"context"
	"time"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/relay/wire"
)

// OrderIntake takes the payment orders of ORDER frames (SPEC.md §6.9); the
// settlement batcher (relay/batcher) implements it. SubmitOrder is called
// concurrently, off the connection's reader; it must answer within ctx and
// report accepted only once the order is durable. msg is "" or a NIP-01
// style reason ("prefix: …"); sending the same order again must be
// harmless and answer with its status.
type OrderIntake interface {
	SubmitOrder(ctx context.Context, o *contracts.SignedOrder, origin string) (accepted bool, msg string)
}

// SetOrderIntake installs the intake of ORDER frames (nil refuses them
// with "unsupported:"); safe to call while serving.
func (r *Relay) SetOrderIntake(in OrderIntake) {
	if in == nil {
		r.orders.Store(nil)
		return
	}
	r.orders.Store(&in)
}

// OrderTimeout bounds one SubmitOrder call (chain reads included).
const OrderTimeout = 20 * time.Second

// handleOrder answers an ORDER frame with an OK whose id is the order id.
// Without an OrderIntake the relay refuses orders with "unsupported:".
func (c *Conn) handleOrder(o *contracts.SignedOrder) {
	r := c.r
	id := wire.OrderID(o)
	in := r.orders.Load()
	if in == nil {
		c.ok(id, false, wire.Reason(wire.PrefixUnsupported, "this relay does not settle payment orders"))
		return
	}
	for _, f := range r.RejectOrder {
		if reason := f(c, o); reason != "" {
			c.ok(id, false, reason)
			return
		}
	}
	c.inflight <- struct{}{} // counts against the connection's in-flight cap
	go func() {
		defer func() { <-c.inflight }()
		ctx, cancel := context.WithTimeout(context.Background(), OrderTimeout)
		defer cancel()
		ok, msg := (*in).SubmitOrder(ctx, o, c.origin)
		c.ok(id, ok, msg)
	}()
}
