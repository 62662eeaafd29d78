package relayclient

import (
	"context"
	"strings"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/relay/wire"
)

// Order states a relay reports (SPEC.md §6.9).
const (
	OrderQueued    = "queued"    // accepted, waiting for a batch
	OrderSubmitted = "submitted" // in a settlement transaction that is not final yet
	OrderSettled   = "settled"   // delivered by a final settlement transaction
	OrderSkipped   = "skipped"   // accepted earlier, then dropped: it will not be settled by this relay
	OrderRefused   = "refused"   // not accepted (see Prefix and Code)
)

// OrderAnswer is a relay's answer to an ORDER.
type OrderAnswer struct {
	Result
	ID    [32]byte // the order id (wire.OrderID)
	State string   // one of the Order… states
	// Code is the machine-readable word after the prefix: a skip reason
	// for skipped orders ("insufficient-balance", "expired", …), a refusal
	// code ("deposit", "nonce-used", …) for refused ones, the state for
	// repeats ("settled"). Detail is the rest of the message (for skipped
	// and settled orders it names the transaction).
	Code   string
	Detail string
}

// SubmitOrder hands a signed payment order to the relay's settlement
// batcher and waits for its answer. The order must name the relay's
// order-submitting address (NIP-11 "order_address") as its relay.
// Submitting the same order again is harmless and asks for its status:
// queued, submitted, settled, or skipped with the reason. A refusal is an
// answer (State OrderRefused), not an error; errors are for the context
// ending or the client closing. Like Publish, the order is re-sent after a
// reconnect until the relay answers.
func (c *Client) SubmitOrder(ctx context.Context, o contracts.SignedOrder) (OrderAnswer, error) {
	id := wire.OrderID(&o)
	r, err := c.await(ctx, id, (&wire.ClientFrame{Type: wire.FrameOrder, Order: &o}).Marshal(nil))
	if err != nil {
		return OrderAnswer{ID: id}, err
	}
	return ParseOrderAnswer(id, r), nil
}

// ParseOrderAnswer reads an OK frame's verdict about an order.
func ParseOrderAnswer(id [32]byte, r Result) OrderAnswer {
	a := OrderAnswer{Result: r, ID: id}
	prefix := r.Prefix()
	rest := strings.TrimSpace(strings.TrimPrefix(r.Message, prefix+":"))
	a.Code, a.Detail, _ = strings.Cut(rest, ":")
	a.Code, a.Detail = strings.TrimSpace(a.Code), strings.TrimSpace(a.Detail)
	switch {
	case r.OK && prefix == wire.PrefixDuplicate && (a.Code == OrderSubmitted || a.Code == OrderSettled):
		a.State = a.Code
	case r.OK: // accepted now, or held and waiting
		a.State = OrderQueued
	case prefix == wire.PrefixSkipped:
		a.State = OrderSkipped
	default:
		a.State = OrderRefused
	}
	return a
}
