package client

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/cloudflare/circl/kem/xwing"
	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client/chain"
	"github.com/bmail-network/bmail/client/envelope"
	"github.com/bmail-network/bmail/pricing"
)

// Quote is the price of one message to one recipient.
type Quote struct {
	To      common.Address
	Network [32]byte
	Size    uint32 // priced size in bytes
	// Free: the recipient accepts free mail from the user (a contact
	// grant); nothing is paid and Breakdown is zero.
	Free      bool
	Breakdown pricing.Breakdown // fee, burn, relay fee and every step
	// Relay is who gets the relay fee (zero: none offered).
	Relay common.Address
	// Refusal is why the contract would refuse this mail now (ErrBlocked,
	// ErrBelowMinimum); nil when it would go through.
	Refusal error
	// StateTime is the block time of the chain state the quote used; a
	// cached quote's state may be older than the chain.
	StateTime time.Time
	Cached    bool
}

// Total is what the user's balance pays: fee + burn + relay fee.
func (q *Quote) Total() uint64 {
	if q.Free {
		return 0
	}
	return q.Breakdown.Total()
}

// quoteCache keeps the chain state of recent quotes so a UI can re-price
// locally (QuoteCached) while the user types.
type quoteCache struct {
	mu sync.Mutex
	m  map[quoteKey]*cachedQuote
}

type cachedQuote struct {
	state    *chain.QuoteState
	relay    common.Address
	relayFee uint64
}

type quoteKey struct {
	network [32]byte
	to      common.Address
}

func newQuoteCache() *quoteCache { return &quoteCache{m: map[quoteKey]*cachedQuote{}} }

func (q *quoteCache) put(network [32]byte, to common.Address, s *cachedQuote) {
	q.mu.Lock()
	q.m[quoteKey{network, to}] = s
	q.mu.Unlock()
}

func (q *quoteCache) get(network [32]byte, to common.Address) *cachedQuote {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.m[quoteKey{network, to}]
}

// Quote prices a message of the given priced size (PricedSize) from the
// user to `to` now, from fresh chain state, which it caches for
// QuoteCached. It resolves the recipient's bundle first (to know its
// relays, whose terms set the relay fee). A recipient who granted the user
// free mail gets a Free quote. Policy refusals (blocked, below minimum) are
// in Quote.Refusal, with the breakdown still filled.
func (c *Client) Quote(ctx context.Context, to common.Address, size uint32) (*Quote, error) {
	q, _, err := c.quoteAfter(ctx, to, size, nil)
	return q, err
}

// quoteAfter is Quote with the sender's account replaced by sender (when
// not nil): the account after the mails quoted before it in the same
// message have been paid (pricing.Paid), so later recipients see the
// higher rate and less credit. It returns the state it priced from.
func (c *Client) quoteAfter(ctx context.Context, to common.Address, size uint32, sender *pricing.Account) (*Quote, *chain.QuoteState, error) {
	if _, err := c.Resolve(ctx, to); err != nil {
		return nil, nil, err
	}
	free, err := c.theyAccept(ctx, to)
	if err != nil {
		return nil, nil, err
	}
	network := c.cfg.SendNetworkID()
	if free {
		return &Quote{To: to, Network: network, Size: size, Free: true, StateTime: c.now()}, nil, nil
	}
	ch, err := c.Chain(ctx)
	if err != nil {
		return nil, nil, err
	}
	st, err := ch.QuoteState(ctx, network, to)
	if err != nil {
		return nil, nil, err
	}
	st.ReadAt = c.now()
	relay, fee := c.relayFeeFor(ctx, to)
	if sender == nil {
		c.quotes.put(network, to, &cachedQuote{st, relay, fee})
	} else {
		cp := *st
		cp.Sender = sender.Word()
		st = &cp
	}
	q, err := c.price(to, network, size, st, relay, fee, false)
	return q, st, err
}

// priceTime is the chain time a quote from st prices at: the block time
// read, moved on by the time since it was read.
func (c *Client) priceTime(st *chain.QuoteState) uint64 {
	return st.BlockTime + uint64(max(0, c.now().Sub(st.ReadAt))/time.Second)
}

// QuoteCached prices from the chain state the last Quote to `to` read,
// without any I/O (for a UI re-pricing as the user types). The result is
// marked Cached; Send re-quotes from fresh state before paying.
func (c *Client) QuoteCached(to common.Address, size uint32) (*Quote, error) {
	network := c.cfg.SendNetworkID()
	cq := c.quotes.get(network, to)
	if cq == nil {
		return nil, ErrNoCachedQuote
	}
	return c.price(to, network, size, cq.state, cq.relay, cq.relayFee, true)
}

func (c *Client) price(to common.Address, network [32]byte, size uint32, st *chain.QuoteState, relay common.Address, relayFee uint64, cached bool) (*Quote, error) {
	now := c.priceTime(st)
	bd, err := pricing.Quote(st.Params, st.State, pricing.Request{Size: size, Recipients: 1, Now: now})
	q := &Quote{To: to, Network: network, Size: size, StateTime: time.Unix(int64(st.BlockTime), 0), Cached: cached}
	switch {
	case errors.Is(err, pricing.ErrBlocked), errors.Is(err, pricing.ErrBelowMinRep):
		q.Refusal = contractError(err)
	case err != nil:
		return nil, fmt.Errorf("client: quote: %w", err)
	}
	if relay != (common.Address{}) {
		bd.RelayFee = min(relayFee, bd.RelayCap)
		q.Relay = relay
	}
	q.Breakdown = bd
	return q, nil
}

// relayFeeFor picks who earns the relay fee for mail to `to` and how much
// the user offers: the batcher when payments go through one (its order
// address must be the relay of the order), else the first of the
// recipient's inbox relays that publishes a payout address and a fee.
func (c *Client) relayFeeFor(ctx context.Context, to common.Address) (common.Address, uint64) {
	for _, u := range c.feeRelays(ctx, to) {
		ri := c.relays.relayInfo(ctx, u, false)
		if a, fee, ok := feeTerms(ri, c.cfg.Send.Batcher != ""); ok {
			return a, fee
		}
	}
	return common.Address{}, 0
}

func feeTerms(ri *RelayInfo, batcher bool) (common.Address, uint64, bool) {
	if ri == nil || ri.Terms == nil {
		return common.Address{}, 0, false
	}
	a := ri.Terms.Payout()
	if batcher {
		a = ri.Terms.Orders()
	}
	if a == (common.Address{}) {
		return common.Address{}, 0, false
	}
	return a, ri.Terms.RelayFeeGwei, true
}

func (c *Client) feeRelays(ctx context.Context, to common.Address) []string {
	if c.cfg.Send.Batcher != "" {
		return normalizedRelays([]string{c.cfg.Send.Batcher})
	}
	if p, err := c.store.Pinned(ctx, to); err == nil {
		if b, err := parseBundle(p.Bundle); err == nil {
			return b.InboxRelays
		}
	}
	return nil
}

// dummyKey is an X-Wing public key used only to measure priced sizes.
var dummyKey = sync.OnceValue(func() *xwing.PublicKey {
	_, pk, err := xwing.GenerateKeyPair(rand.Reader)
	if err != nil {
		panic(err)
	}
	return pk
})

// PricedSize is the priced size (the padded body length the contract
// prices) of a message with this subject and body to n recipients: what a
// quote needs before the envelope is sealed. Sizes are buckets, so the same
// text always gives the same size.
func (c *Client) PricedSize(subject, body string, to, cc int) (uint32, error) {
	n := max(to+cc, 1)
	m := &envelope.Message{From: envAddr(c.me), Time: c.now(), Subject: subject, Body: body}
	for i := 0; i < n; i++ {
		var a envelope.Address
		a[0], a[1] = byte(i>>8), byte(i)
		if i < max(to, 1) {
			m.To = append(m.To, a)
		} else {
			m.Cc = append(m.Cc, a)
		}
	}
	s, err := envelope.Seal(nil, m, c.id.SigningKey, []envelope.Recipient{{PublicKey: dummyKey()}})
	if err != nil {
		return 0, err
	}
	return s.PricedSize, nil
}
