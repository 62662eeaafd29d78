package client

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/bmail-network/bmail/client/chain"
	"github.com/bmail-network/bmail/client/envelope"
	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/pricing"
	"github.com/bmail-network/bmail/relay/relayclient"
	"github.com/bmail-network/bmail/relay/wire"
)

// Step names a point in the outbox state machine where Options.StepHook is
// called, before the step acts. A hook error stops the item there, as a
// crash would; resuming continues from the recorded state.
type Step string

// Hook points, in order.
const (
	StepResolve   Step = "resolve"   // queued: about to resolve the recipients' bundles
	StepQuote     Step = "quote"     // resolved: about to quote and check the caps
	StepSeal      Step = "seal"      // quoted: about to seal and record the envelope
	StepPost      Step = "post"      // sealed: about to post to the relays
	StepSign      Step = "sign"      // posted: about to sign and record the payments
	StepBroadcast Step = "broadcast" // paying: payments recorded, about to broadcast or hand over
	StepConfirm   Step = "confirm"   // paying: about to look for the payments on chain
	StepFinalize  Step = "finalize"  // paid: about to check finality and finish
)

// OrderSubmitter hands a signed payment order to a relay's settlement
// batcher. Submitting the same order twice must be harmless. An answer that
// the relay will never settle the order (refused at intake, or skipped:
// dropped before or by a batch) is an *OrderRejectedError; other errors
// mean "try again later". The chain says when it was paid (a Delivered log
// carrying the order's secret); a used nonce without that log means the
// order can never settle (the contract marks a nonce used only on
// delivery, or below the window), and a new one is signed. The default
// sends an ORDER frame (SPEC §6.9) over
// the client's anonymous connection to the relay.
type OrderSubmitter interface {
	SubmitOrder(ctx context.Context, relayURL string, o contracts.SignedOrder) error
}

// OrderRejectedError: the batcher refused an order, or dropped it; it will
// not settle it. State is relayclient.OrderRefused or OrderSkipped; Code and
// Detail are the relay's (sanitise before showing).
type OrderRejectedError struct {
	State, Code, Detail string
}

func (e *OrderRejectedError) Error() string {
	return fmt.Sprintf("the relay %s the payment order: %s %s", e.State, e.Code, e.Detail)
}

// relayOrders is the default OrderSubmitter: ORDER frames over the pooled
// anonymous connection.
type relayOrders struct{ c *Client }

func (r relayOrders) SubmitOrder(ctx context.Context, relayURL string, o contracts.SignedOrder) error {
	ctx, cancel := context.WithTimeout(ctx, r.c.opts.RelayTimeout)
	defer cancel()
	url, err := identity.NormalizeRelayURL(relayURL)
	if err != nil {
		return err
	}
	rc, err := r.c.relays.conn(ctx, url, false)
	if err != nil {
		return err
	}
	a, err := rc.SubmitOrder(ctx, o)
	if err != nil {
		return err
	}
	switch a.State {
	case relayclient.OrderRefused, relayclient.OrderSkipped:
		return &OrderRejectedError{State: a.State, Code: a.Code, Detail: a.Detail}
	}
	return nil
}

// SendRequest is a message to send: a saved draft, or its parts.
type SendRequest struct {
	DraftID   int64 // when set, To, Cc, Subject, Body and InReplyTo come from the draft
	To, Cc    []string
	Subject   string
	Body      string
	InReplyTo [32]byte
	// MaxTotal caps this message's cost in gwei (fee, burn and relay fee
	// for all recipients); 0 means Config.Send.MaxFeePerMessage.
	MaxTotal uint64
}

// outMsg is the inner message an outbox item carries (JSON in the store).
type outMsg struct {
	To        []common.Address            `json:"to"`
	Cc        []common.Address            `json:"cc,omitempty"`
	Subject   string                      `json:"subject"`
	Body      string                      `json:"body"`
	InReplyTo [32]byte                    `json:"in_reply_to"`
	Hints     map[common.Address][]string `json:"hints,omitempty"`
	ID        [32]byte                    `json:"id"`   // set when sealed
	Time      int64                       `json:"time"` // set when sealed
}

// OutboxStatus is an outbox item as a UI shows it.
type OutboxStatus struct {
	ID         int64
	Kind       string
	State      store.OutboxState
	Subject    string // as written: sanitise before showing
	To, Cc     []common.Address
	DraftID    int64
	Revoke     bool // a grant item that takes the grant back
	PricedSize uint32
	MaxTotal   uint64
	Error      string
	Created    time.Time
	Updated    time.Time
	Recipients []RecipientStatus
}

// RecipientStatus is one recipient's progress.
type RecipientStatus struct {
	Account  common.Address
	Free     bool
	Quote    string // the breakdown the payment was signed for (JSON)
	MaxFee   uint64
	RelayFee uint64
	Posted   int // relays that answered OK
	Relays   int // the recipient's inbox relays
	PayState string
	PayMode  string
	TxHash   [32]byte
	Block    uint64
	Fee      uint64 // credited to the recipient (from the Delivered log)
	Error    string
}

// Send queues a message and drives it until its payments are final (or
// the context ends, or a step fails). Everything is recorded first: after a
// crash, ResumeOutbox (or Run) continues without paying twice, and the
// draft is kept until the message is final.
func (c *Client) Send(ctx context.Context, r SendRequest) (*OutboxStatus, error) {
	id, err := c.Enqueue(ctx, r)
	if err != nil {
		return nil, err
	}
	return c.RunOutbox(ctx, id)
}

// Enqueue records a message in the outbox (and as a draft, if it is not
// one already) and returns the outbox id; nothing is sent yet.
func (c *Client) Enqueue(ctx context.Context, r SendRequest) (int64, error) {
	if r.DraftID != 0 {
		d, err := c.store.Draft(ctx, r.DraftID)
		if err != nil {
			return 0, fmt.Errorf("client: draft %d: %w", r.DraftID, err)
		}
		r.To, r.Cc, r.Subject, r.Body, r.InReplyTo = d.To, d.Cc, d.Subject, d.Body, d.InReplyTo
	}
	m := &outMsg{Subject: r.Subject, Body: r.Body, InReplyTo: r.InReplyTo, Hints: map[common.Address][]string{}}
	seen := map[common.Address]bool{}
	for _, list := range []struct {
		in  []string
		out *[]common.Address
	}{{r.To, &m.To}, {r.Cc, &m.Cc}} {
		for _, s := range list.in {
			a, hints, err := c.ParseRecipient(ctx, s)
			if err != nil {
				return 0, err
			}
			if a == c.me {
				return 0, fmt.Errorf("%w: you cannot send mail to yourself", ErrUnknownRecipient)
			}
			if seen[a] {
				continue
			}
			seen[a] = true
			*list.out = append(*list.out, a)
			if len(hints) > 0 {
				m.Hints[a] = hints
			}
		}
	}
	if len(m.To) == 0 {
		return 0, fmt.Errorf("%w: no recipient in To", ErrUnknownRecipient)
	}
	if len(m.To)+len(m.Cc) > envelope.MaxAddresses {
		return 0, fmt.Errorf("client: at most %d recipients", envelope.MaxAddresses)
	}
	if len(r.Subject) > envelope.MaxSubjectLen || len(r.Body) > envelope.MaxBodyLen {
		return 0, fmt.Errorf("client: %w: subject at most %d bytes, body at most %d", envelope.ErrTooLarge, envelope.MaxSubjectLen, envelope.MaxBodyLen)
	}
	draftID := r.DraftID
	if draftID == 0 {
		d := &store.Draft{To: r.To, Cc: r.Cc, Subject: r.Subject, Body: r.Body, InReplyTo: r.InReplyTo}
		var err error
		if draftID, err = c.store.SaveDraft(ctx, d); err != nil {
			return 0, err
		}
	}
	capTotal := r.MaxTotal
	if capTotal == 0 {
		capTotal = c.cfg.Send.MaxFeePerMessage
	}
	return c.createItem(ctx, store.KindMail, draftID, m, capTotal)
}

func (c *Client) createItem(ctx context.Context, kind string, draftID int64, m *outMsg, capTotal uint64) (int64, error) {
	data, err := json.Marshal(m)
	if err != nil {
		return 0, err
	}
	it := &store.OutboxItem{Kind: kind, DraftID: draftID, State: store.OutQueued, Message: data,
		Network: c.cfg.SendNetworkID(), MaxTotal: capTotal}
	for _, a := range append(slices.Clone(m.To), m.Cc...) {
		it.Recipients = append(it.Recipients, store.OutboxRecipient{Account: a, Position: -1})
	}
	id, err := c.store.CreateOutbox(ctx, it)
	if err != nil {
		return 0, err
	}
	c.emit(Event{Kind: EventOutboxStep, OutboxID: id, Step: store.OutQueued})
	c.poke()
	return id, nil
}

// enqueueGrant queues a contact grant (accept) or revocation to account.
func (c *Client) enqueueGrant(ctx context.Context, account common.Address, accept bool) (int64, error) {
	body := GrantRevoke
	if accept {
		body = GrantAccept
	}
	var hints map[common.Address][]string
	if ct, err := c.store.Contact(ctx, account); err == nil && len(ct.Relays) > 0 {
		hints = map[common.Address][]string{account: ct.Relays}
	}
	return c.createItem(ctx, store.KindGrant, 0, &outMsg{To: []common.Address{account}, Subject: GrantSubject, Body: body, Hints: hints}, 0)
}

// Outbox lists outbox items (pendingOnly: those still on their way).
func (c *Client) Outbox(ctx context.Context, pendingOnly bool) ([]OutboxStatus, error) {
	its, err := c.store.OutboxItems(ctx, pendingOnly)
	if err != nil {
		return nil, err
	}
	out := make([]OutboxStatus, 0, len(its))
	for i := range its {
		out = append(out, *c.status(ctx, &its[i]))
	}
	return out, nil
}

// OutboxItem returns one item's status.
func (c *Client) OutboxItem(ctx context.Context, id int64) (*OutboxStatus, error) {
	it, err := c.store.Outbox(ctx, id)
	if err != nil {
		return nil, err
	}
	return c.status(ctx, it), nil
}

func (c *Client) status(ctx context.Context, it *store.OutboxItem) *OutboxStatus {
	var m outMsg
	json.Unmarshal(it.Message, &m)
	s := &OutboxStatus{ID: it.ID, Kind: it.Kind, State: it.State, Subject: m.Subject, To: m.To, Cc: m.Cc, DraftID: it.DraftID,
		Revoke:     it.Kind == store.KindGrant && m.Body == GrantRevoke,
		PricedSize: it.PricedSize, MaxTotal: it.MaxTotal, Error: it.Error, Created: it.CreatedAt, Updated: it.UpdatedAt}
	for _, r := range it.Recipients {
		rs := RecipientStatus{Account: r.Account, Free: r.Free, Quote: r.Quote, MaxFee: r.MaxFee, RelayFee: r.RelayFee,
			Relays: len(r.Relays), PayState: r.PayState, PayMode: r.PayMode, TxHash: r.TxHash, Block: r.Block, Fee: r.Fee, Error: r.Error}
		if ps, err := c.store.Posts(ctx, it.ID, r.Index); err == nil {
			for _, p := range ps {
				if p.OK && slices.Contains(r.Relays, p.Relay) { // not the batcher's relay
					rs.Posted++
				}
			}
		}
		s.Recipients = append(s.Recipients, rs)
	}
	return s
}

// CancelOutbox cancels an item that has not started paying. Envelopes
// already on relays stay unpaid, so their recipients never see them.
func (c *Client) CancelOutbox(ctx context.Context, id int64) error {
	mu := c.itemLock(id)
	mu.Lock()
	defer mu.Unlock()
	it, err := c.store.Outbox(ctx, id)
	if err != nil {
		return err
	}
	switch it.State {
	case store.OutQueued, store.OutResolved, store.OutQuoted, store.OutSealed, store.OutPosted:
	case store.OutCancelled:
		return nil
	default:
		return fmt.Errorf("%w: item %d is %s", ErrTooLate, id, it.State)
	}
	it.State, it.Error = store.OutCancelled, ErrCancelled.Error()
	if err := c.store.SaveOutbox(ctx, it); err != nil {
		return err
	}
	c.emit(Event{Kind: EventOutboxStep, OutboxID: id, Step: it.State})
	return nil
}

// ResumeOutbox drives every item still on its way, one pass each, and
// returns their statuses. Items that wait (for relays or the chain) stay
// pending; Run keeps driving them.
func (c *Client) ResumeOutbox(ctx context.Context) ([]OutboxStatus, error) {
	its, err := c.store.OutboxItems(ctx, true)
	if err != nil {
		return nil, err
	}
	var errs []error
	out := make([]OutboxStatus, 0, len(its))
	for _, it := range its {
		st, err := c.advanceOnce(ctx, it.ID)
		if err != nil && !errors.Is(err, errWait) {
			errs = append(errs, fmt.Errorf("outbox %d: %w", it.ID, err))
		}
		if st != nil {
			out = append(out, *st)
		}
	}
	return out, errors.Join(errs...)
}

// runPending drives pending items briefly (used after queuing grants); it
// never fails the caller: what is left is driven by Run or ResumeOutbox.
func (c *Client) runPending(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, 2*c.opts.RelayTimeout)
	defer cancel()
	if _, err := c.ResumeOutbox(ctx); err != nil {
		c.log.Debug("outbox items left pending", "err", err)
	}
}

func (c *Client) poke() {
	select {
	case c.kick <- struct{}{}:
	default:
	}
}

func (c *Client) itemLock(id int64) *sync.Mutex {
	c.itemMu.Lock()
	defer c.itemMu.Unlock()
	mu, ok := c.items[id]
	if !ok {
		mu = &sync.Mutex{}
		c.items[id] = mu
	}
	return mu
}

// errWait: the item waits for the chain or relays; try again later.
var errWait = errors.New("waiting")

// RunOutbox drives one item until it is final, fails, or ctx ends.
func (c *Client) RunOutbox(ctx context.Context, id int64) (*OutboxStatus, error) {
	poll := min(time.Duration(c.cfg.Chain.PollInterval), chain.DefaultPoll)
	for {
		st, err := c.advanceOnce(ctx, id)
		if err == nil || !errors.Is(err, errWait) {
			return st, err
		}
		select {
		case <-ctx.Done():
			return st, ctx.Err()
		case <-time.After(poll):
		}
	}
}

// advanceOnce takes the item through as many steps as can be taken now.
// errWait means it must wait; a nil error means it is terminal.
func (c *Client) advanceOnce(ctx context.Context, id int64) (*OutboxStatus, error) {
	mu := c.itemLock(id)
	mu.Lock()
	defer mu.Unlock()
	for {
		it, err := c.store.Outbox(ctx, id)
		if err != nil {
			return nil, err
		}
		if it.State.Terminal() {
			st := c.status(ctx, it)
			switch {
			case it.State == store.OutCancelled:
				return st, ErrCancelled
			case it.State == store.OutFailed:
				return st, errors.New(it.Error)
			}
			return st, recipientsError(it)
		}
		before := it.State
		err = c.step(ctx, it)
		if it.State != before {
			c.emit(Event{Kind: EventOutboxStep, OutboxID: id, Step: it.State})
		}
		if err != nil {
			return c.status(ctx, it), err
		}
	}
}

func recipientsError(it *store.OutboxItem) error {
	var errs []error
	for _, r := range it.Recipients {
		if r.PayState == store.PaySkipped {
			errs = append(errs, fmt.Errorf("%s: %s", r.Account.Hex(), r.Error))
		}
	}
	return errors.Join(errs...)
}

func (c *Client) hook(id int64, s Step) error {
	if c.opts.StepHook == nil {
		return nil
	}
	return c.opts.StepHook(id, s)
}

// save records the item; every step calls it before acting on the outside.
func (c *Client) save(ctx context.Context, it *store.OutboxItem, st store.OutboxState) error {
	it.State = st
	return c.store.SaveOutbox(ctx, it)
}

// fail ends an item with err (before any money moved, unless recipients
// say otherwise).
func (c *Client) fail(ctx context.Context, it *store.OutboxItem, err error) error {
	it.Error = err.Error()
	if serr := c.save(ctx, it, store.OutFailed); serr != nil {
		return serr
	}
	return err
}

// step runs the step the item's state calls for.
func (c *Client) step(ctx context.Context, it *store.OutboxItem) error {
	switch it.State {
	case store.OutQueued:
		if err := c.hook(it.ID, StepResolve); err != nil {
			return err
		}
		return c.stepResolve(ctx, it)
	case store.OutResolved:
		if err := c.hook(it.ID, StepQuote); err != nil {
			return err
		}
		return c.stepQuote(ctx, it)
	case store.OutQuoted:
		if err := c.hook(it.ID, StepSeal); err != nil {
			return err
		}
		return c.stepSeal(ctx, it)
	case store.OutSealed:
		if err := c.hook(it.ID, StepPost); err != nil {
			return err
		}
		return c.stepPost(ctx, it)
	case store.OutPosted:
		if err := c.hook(it.ID, StepSign); err != nil {
			return err
		}
		return c.stepSign(ctx, it)
	case store.OutPaying:
		return c.stepPaying(ctx, it)
	case store.OutPaid:
		if err := c.hook(it.ID, StepFinalize); err != nil {
			return err
		}
		return c.stepFinalize(ctx, it)
	}
	return fmt.Errorf("client: outbox item %d in unknown state %q", it.ID, it.State)
}

func decodeMsg(it *store.OutboxItem) (*outMsg, error) {
	var m outMsg
	if err := json.Unmarshal(it.Message, &m); err != nil {
		return nil, fmt.Errorf("client: outbox item %d: %w", it.ID, err)
	}
	return &m, nil
}

// stepResolve checks every recipient's bundle against the chain and pins
// it, and decides who gets free mail.
func (c *Client) stepResolve(ctx context.Context, it *store.OutboxItem) error {
	m, err := decodeMsg(it)
	if err != nil {
		return c.fail(ctx, it, err)
	}
	for i := range it.Recipients {
		r := &it.Recipients[i]
		peer, err := c.Resolve(ctx, r.Account, m.Hints[r.Account]...)
		switch {
		case errors.Is(err, ErrNotRegistered), errors.Is(err, identity.ErrBundleExpired):
			return c.fail(ctx, it, err)
		case err != nil:
			return err // key change, relays or chain unreachable: stays queued
		}
		r.BundleHash, r.Relays = peer.Hash, peer.Bundle.InboxRelays
		if len(r.Relays) == 0 {
			return c.fail(ctx, it, fmt.Errorf("%w: %s lists no inbox relay", ErrNoRelays, r.Account.Hex()))
		}
		r.Free = it.Kind == store.KindGrant
		if !r.Free {
			if r.Free, err = c.theyAccept(ctx, r.Account); err != nil {
				return err
			}
		}
		if !r.Free && !slices.Contains(peer.Bundle.Networks, it.Network) {
			return c.fail(ctx, it, fmt.Errorf("client: %s does not accept paid mail on network %x", r.Account.Hex(), it.Network))
		}
	}
	return c.save(ctx, it, store.OutResolved)
}

// stepQuote prices every paid recipient from fresh chain state, fixes each
// signed maxFee, and checks the caps and the balance: every refusal comes
// here, before any money moves.
func (c *Client) stepQuote(ctx context.Context, it *store.OutboxItem) error {
	m, err := decodeMsg(it)
	if err != nil {
		return c.fail(ctx, it, err)
	}
	size, err := c.PricedSize(m.Subject, m.Body, len(m.To), len(m.Cc))
	if err != nil {
		return c.fail(ctx, it, err)
	}
	it.PricedSize = size
	var quoted, prices uint64
	var paid []*store.OutboxRecipient
	var sender *pricing.Account // after the payments quoted so far
	for i := range it.Recipients {
		r := &it.Recipients[i]
		if r.Free {
			r.PayState = store.PayFree
			continue
		}
		q, st, err := c.quoteAfter(ctx, r.Account, size, sender)
		if err != nil {
			return err
		}
		if st != nil {
			a := pricing.Paid(pricing.ParseAccount(st.Sender), q.Breakdown, c.priceTime(st))
			sender = &a
		}
		if q.Free { // a grant arrived since resolving
			r.Free, r.PayState = true, store.PayFree
			continue
		}
		if q.Refusal != nil {
			return c.fail(ctx, it, fmt.Errorf("%s: %w", r.Account.Hex(), q.Refusal))
		}
		b, _ := json.Marshal(q.Breakdown)
		r.Quote, r.RelayFee, r.RelayAddr = string(b), q.Breakdown.RelayFee, q.Relay
		r.MaxFee = q.Breakdown.Price()
		quoted += q.Total()
		prices += q.Breakdown.Price()
		paid = append(paid, r)
	}
	if len(paid) > 0 {
		// Room for the fee to rise before the payment lands, within the cap.
		room := prices * c.cfg.Send.FeeMarginBps / 10_000
		if it.MaxTotal > 0 {
			if quoted > it.MaxTotal {
				return c.fail(ctx, it, fmt.Errorf("%w: this message costs %d gwei, the cap is %d", ErrFeeAboveCap, quoted, it.MaxTotal))
			}
			room = min(room, it.MaxTotal-quoted)
		}
		var total uint64
		for _, r := range paid {
			if prices > 0 {
				r.MaxFee += room * r.MaxFee / prices
			}
			total += r.MaxFee + r.RelayFee
		}
		if dayCap := c.cfg.Send.MaxSpendPerDay; dayCap > 0 {
			day := c.now().UTC().Truncate(24 * time.Hour)
			spent, err := c.store.Committed(ctx, day)
			if err != nil {
				return err
			}
			if spent+quoted > dayCap {
				return c.fail(ctx, it, fmt.Errorf("%w: %d gwei committed today, this message needs %d, the cap is %d", ErrDailyCap, spent, quoted, dayCap))
			}
			if spent+total > dayCap { // keep the worst case inside the day's cap
				over := spent + total - dayCap
				for _, r := range paid {
					cut := min(over, r.MaxFee-priceOf(r))
					r.MaxFee -= cut
					over -= cut
				}
			}
		}
		ch, err := c.Chain(ctx)
		if err != nil {
			return err
		}
		bal, err := ch.BalanceGwei(ctx, c.me)
		if err != nil {
			return err
		}
		if bal < quoted {
			return c.fail(ctx, it, fmt.Errorf("%w: balance %d gwei, this message needs %d", ErrShortOfFunds, bal, quoted))
		}
		if c.cfg.Send.Batcher == "" {
			eth, err := ch.EtherBalance(ctx, c.me)
			if err != nil {
				return err
			}
			if eth.Sign() == 0 {
				return c.fail(ctx, it, fmt.Errorf("%w: the account holds no ether", ErrNoGas))
			}
		}
	}
	return c.save(ctx, it, store.OutQuoted)
}

// priceOf is the quoted fee + burn recorded for a recipient.
func priceOf(r *store.OutboxRecipient) uint64 {
	var b struct{ Fee, Burn uint64 }
	json.Unmarshal([]byte(r.Quote), &b)
	return b.Fee + b.Burn
}

// stepSeal seals the envelope once for every recipient and records it with
// the secrets and a signed relay event per recipient.
func (c *Client) stepSeal(ctx context.Context, it *store.OutboxItem) error {
	m, err := decodeMsg(it)
	if err != nil {
		return c.fail(ctx, it, err)
	}
	now := c.now()
	m.Time = now.Unix()
	if it.Kind == store.KindGrant {
		m.Time, err = c.nextGrantTime(ctx, m.To[0], now)
		if err != nil {
			return err
		}
	}
	msg := &envelope.Message{From: envAddr(c.me), InReplyTo: m.InReplyTo, Time: time.Unix(m.Time, 0),
		Subject: m.Subject, Body: m.Body}
	for _, a := range m.To {
		msg.To = append(msg.To, envAddr(a))
	}
	for _, a := range m.Cc {
		msg.Cc = append(msg.Cc, envAddr(a))
	}
	rcpts := make([]envelope.Recipient, len(it.Recipients))
	transport := make([][32]byte, len(it.Recipients))
	for i, r := range it.Recipients {
		p, err := c.store.Pinned(ctx, r.Account)
		if err != nil {
			return err
		}
		b, err := parseBundle(p.Bundle)
		if err != nil {
			return err
		}
		pk, err := envelope.ParsePublicKey(b.EncryptionKey[:])
		if err != nil {
			return c.fail(ctx, it, fmt.Errorf("client: encryption key of %s: %w", r.Account.Hex(), err))
		}
		rcpts[i] = envelope.Recipient{PublicKey: pk, Contact: r.Free}
		transport[i] = b.TransportKey
	}
	sealed, err := envelope.Seal(nil, msg, c.id.SigningKey, rcpts)
	if err != nil {
		return c.fail(ctx, it, err)
	}
	if sealed.PricedSize != it.PricedSize && it.Kind == store.KindMail {
		return c.fail(ctx, it, fmt.Errorf("client: sealed size %d differs from the quoted %d", sealed.PricedSize, it.PricedSize))
	}
	it.PricedSize = sealed.PricedSize
	it.Envelope = sealed.Bytes
	m.ID = sealed.MessageID
	if it.Message, err = json.Marshal(m); err != nil {
		return err
	}
	content := envelope.EventContent(sealed.Bytes)
	for i := range it.Recipients {
		r := &it.Recipients[i]
		r.Secret, r.MsgID, r.Position = sealed.Secrets[i], sealed.MsgIDs[i], sealed.Positions[i]
		once, err := wire.GenerateSigner()
		if err != nil {
			return err
		}
		ev := &wire.Event{CreatedAt: now.Unix(), Kind: wire.KindEnvelope,
			Tags: [][]string{{wire.TagRecipient, wire.Hex(transport[i][:])}}, Content: content}
		if err := once.Sign(ev); err != nil {
			return err
		}
		r.Event = ev.Marshal(nil)
	}
	return c.save(ctx, it, store.OutSealed)
}

func parseBundle(data []byte) (*identity.Bundle, error) { return identity.ParseBundle(data) }

// nextGrantTime returns a signed time for a grant to account that is
// later than any grant sent to it before (the receiver keeps the newest).
func (c *Client) nextGrantTime(ctx context.Context, account common.Address, now time.Time) (int64, error) {
	key := "grant-time:" + account.Hex()
	t := now.Unix()
	if old, err := c.store.Meta(ctx, key); err == nil && len(old) == 8 {
		if prev := int64(beUint64(old)); prev >= t {
			t = prev + 1
		}
	}
	var b [8]byte
	putBeUint64(b[:], uint64(t))
	return t, c.store.SetMeta(ctx, key, b[:])
}

// batcherURL is the configured batcher's relay URL, normalised ("" when
// payments are own transactions).
func (c *Client) batcherURL() string {
	if u := normalizedRelays([]string{c.cfg.Send.Batcher}); len(u) == 1 && c.cfg.Send.Batcher != "" {
		return u[0]
	}
	return ""
}

// okRelays are the relays that answered OK to a recipient's event.
func (c *Client) okRelays(ctx context.Context, it *store.OutboxItem, r *store.OutboxRecipient) (map[string]bool, error) {
	posts, err := c.store.Posts(ctx, it.ID, r.Index)
	if err != nil {
		return nil, err
	}
	done := map[string]bool{}
	for _, p := range posts {
		if p.OK {
			done[p.Relay] = true
		}
	}
	return done, nil
}

// stepPost posts each recipient's event to its inbox relays until enough
// answered OK (Config.Send.MinRelays, or all of them when fewer). A paid
// recipient's event also goes to the batcher's relay when payments go
// through one (it refuses an order whose envelope it does not hold), and
// that relay must have answered OK too.
func (c *Client) stepPost(ctx context.Context, it *store.OutboxItem) error {
	var short []string
	batcher := c.batcherURL()
	for i := range it.Recipients {
		r := &it.Recipients[i]
		done, err := c.okRelays(ctx, it, r)
		if err != nil {
			return err
		}
		inbox := func() int {
			n := 0
			for _, u := range r.Relays {
				if done[u] {
					n++
				}
			}
			return n
		}
		needBatcher := batcher != "" && !r.Free
		need := min(c.cfg.Send.MinRelays, len(r.Relays))
		if inbox() < need || (needBatcher && !done[batcher]) {
			ev, err := wire.ParseEvent(r.Event, wire.DefaultLimits)
			if err != nil {
				return c.fail(ctx, it, fmt.Errorf("client: recorded event: %w", err))
			}
			var todo []string
			for _, u := range r.Relays {
				if !done[u] {
					todo = append(todo, u)
				}
			}
			if needBatcher && !done[batcher] && !slices.Contains(todo, batcher) {
				todo = append(todo, batcher)
			}
			for _, res := range c.publishAll(ctx, todo, ev) {
				if err := c.store.RecordPost(ctx, it.ID, r.Index, store.Post{Relay: res.Relay, OK: res.OK, Message: res.Message, At: c.now()}); err != nil {
					return err
				}
				if res.OK {
					done[res.Relay] = true
				}
			}
		}
		if n := inbox(); n < need {
			short = append(short, fmt.Sprintf("%s: %d of %d relays", r.Account.Hex(), n, need))
		}
		if needBatcher && !done[batcher] {
			short = append(short, fmt.Sprintf("%s: the batcher's relay %s did not take the envelope", r.Account.Hex(), batcher))
		}
	}
	if len(short) > 0 {
		return fmt.Errorf("%w (%v); the envelope stays queued and is posted again on the next try", ErrNotEnoughRelays, short)
	}
	allFree := !slices.ContainsFunc(it.Recipients, func(r store.OutboxRecipient) bool { return !r.Free })
	if allFree {
		return c.save(ctx, it, store.OutPaid)
	}
	return c.save(ctx, it, store.OutPosted)
}

// stepSign signs every payment and records it (raw transaction and hash, or
// the signed order) before anything is broadcast.
func (c *Client) stepSign(ctx context.Context, it *store.OutboxItem) error {
	ch, err := c.Chain(ctx)
	if err != nil {
		return err
	}
	head, err := ch.Head(ctx)
	if err != nil {
		return err
	}
	useOrders := c.cfg.Send.Batcher != ""
	if useOrders {
		// The batcher refuses an order whose envelope it does not hold (the
		// batcher may have been configured after the item was posted).
		for i := range it.Recipients {
			r := &it.Recipients[i]
			if r.Free || r.PayState != store.PayNone {
				continue
			}
			if done, err := c.okRelays(ctx, it, r); err != nil {
				return err
			} else if !done[c.batcherURL()] {
				return c.save(ctx, it, store.OutSealed)
			}
		}
	}
	var nonce uint64
	var orderNonce uint32
	if useOrders {
		if orderNonce, err = c.nextOrderNonce(ctx, ch); err != nil {
			return err
		}
	} else if nonce, err = ch.Backend().PendingNonceAt(ctx, c.me); err != nil {
		return err
	}
	signedAny := false
	for i := range it.Recipients {
		r := &it.Recipients[i]
		if r.Free || r.PayState != store.PayNone {
			continue
		}
		r.FromBlock, r.CommittedAt = head.Number.Uint64(), c.now()
		if useOrders {
			if err := c.signOrder(ch, it, r, orderNonce, head.Time); err != nil {
				return err
			}
			orderNonce++
		} else {
			if err := c.payAnsweredRelay(ctx, it, r); err != nil {
				return err
			}
			s, err := ch.SignTxNonce(ctx, ch.ABI().PackSend(it.Network, r.Account, r.Secret, it.PricedSize, r.MaxFee, r.RelayAddr, r.RelayFee), nil, nonce)
			if err != nil {
				err = contractError(err)
				if errors.Is(err, ErrNoGas) || !isRevert(err) {
					return err
				}
				r.PayState, r.Error = store.PaySkipped, err.Error()
				continue
			}
			r.PayMode, r.TxRaw, r.TxHash, r.TxNonce = store.ModeTx, s.Raw, s.Hash, s.Nonce
			nonce++
		}
		r.PayState = store.PaySigned
		signedAny = true
	}
	if !signedAny && !slices.ContainsFunc(it.Recipients, func(r store.OutboxRecipient) bool { return r.PayState == store.PaySigned }) {
		if !slices.ContainsFunc(it.Recipients, func(r store.OutboxRecipient) bool { return r.Free }) {
			return c.fail(ctx, it, recipientsError(it))
		}
	}
	return c.save(ctx, it, store.OutPaying)
}

// payAnsweredRelay makes the relay fee of an own-transaction payment go to
// a relay that answered OK for the recipient's envelope: the quoted relay
// when it did, else the first of the recipient's relays (bundle order) that
// answered OK and publishes a payout address, at the lesser of its fee and
// the quoted one (the caps were checked against the quote); no relay fee
// when none did.
func (c *Client) payAnsweredRelay(ctx context.Context, it *store.OutboxItem, r *store.OutboxRecipient) error {
	done, err := c.okRelays(ctx, it, r)
	if err != nil {
		return err
	}
	var first common.Address
	var firstFee uint64
	for _, u := range r.Relays {
		if !done[u] {
			continue
		}
		a, fee, ok := feeTerms(c.relays.relayInfo(ctx, u, false), false)
		if !ok {
			continue
		}
		if a == r.RelayAddr && r.RelayAddr != (common.Address{}) {
			return nil // the quoted relay carries it
		}
		if first == (common.Address{}) {
			first, firstFee = a, fee
		}
	}
	r.RelayAddr, r.RelayFee = first, min(firstFee, r.RelayFee)
	if r.RelayFee == 0 {
		r.RelayAddr = common.Address{}
	}
	return nil
}

func isRevert(err error) bool {
	var re *contracts.RevertError
	return errors.As(err, &re)
}

func (c *Client) signOrder(ch *chain.Chain, it *store.OutboxItem, r *store.OutboxRecipient, nonce uint32, now uint64) error {
	ttl := uint64(time.Duration(c.cfg.Send.OrderTTL) / time.Second)
	o := contracts.Order{Network: it.Network, To: r.Account, Secret: r.Secret, Size: it.PricedSize, MaxFee: r.MaxFee,
		RelayFee: r.RelayFee, Nonce: nonce, Deadline: max(now, uint64(c.now().Unix())) + ttl, Relay: r.RelayAddr}
	if o.Relay == (common.Address{}) {
		return fmt.Errorf("%w: the batcher %s publishes no order address", ErrOrdersUnsupported, c.cfg.Send.Batcher)
	}
	so, err := contracts.SignOrder(c.id.AccountKey, o, ch.Domain())
	if err != nil {
		return err
	}
	r.PayMode, r.OrderNonce, r.OrderDeadline = store.ModeOrder, nonce, o.Deadline
	r.OrderSig = append(append(append([]byte{}, so.R[:]...), so.S[:]...), so.V)
	return nil
}

func (c *Client) signedOrder(ch *chain.Chain, it *store.OutboxItem, r *store.OutboxRecipient) contracts.SignedOrder {
	so := contracts.SignedOrder{Order: contracts.Order{Network: it.Network, To: r.Account, Secret: r.Secret, Size: it.PricedSize,
		MaxFee: r.MaxFee, RelayFee: r.RelayFee, Nonce: r.OrderNonce, Deadline: r.OrderDeadline, Relay: r.RelayAddr}}
	if len(r.OrderSig) == 65 {
		copy(so.R[:], r.OrderSig[:32])
		copy(so.S[:], r.OrderSig[32:64])
		so.V = r.OrderSig[64]
	}
	return so
}

// nextOrderNonce is above every nonce recorded here and inside the
// contract's window.
func (c *Client) nextOrderNonce(ctx context.Context, ch *chain.Chain) (uint32, error) {
	w, err := ch.Words(ctx, c.me, c.me)
	if err != nil {
		return 0, err
	}
	next := uint32(w.Account.Bits(pricing.AccNonceBase, pricing.AccNonceBaseW)) // the window base
	if n, ok, err := c.store.MaxOrderNonce(ctx); err != nil {
		return 0, err
	} else if ok && n+1 > next {
		next = n + 1
	}
	return next, nil
}

// stepPaying broadcasts (or hands over) the recorded payments and follows
// them onto the chain. It never signs a second payment while the first
// could still land: a recorded transaction is re-sent as is until its
// nonce is taken by another; an order until its deadline has passed.
func (c *Client) stepPaying(ctx context.Context, it *store.OutboxItem) error {
	ch, err := c.Chain(ctx)
	if err != nil {
		return err
	}
	if err := c.hook(it.ID, StepBroadcast); err != nil {
		return err
	}
	rejected := map[int]*OrderRejectedError{}
	for i := range it.Recipients {
		r := &it.Recipients[i]
		if r.PayState != store.PaySigned {
			continue
		}
		switch r.PayMode {
		case store.ModeTx:
			if err := ch.Broadcast(ctx, r.TxRaw); err != nil && !chain.IsNonceTooLow(err) {
				c.log.Warn("broadcast failed; will retry", "outbox", it.ID, "err", err)
			}
		case store.ModeOrder:
			orders := c.opts.Orders
			if orders == nil {
				orders = relayOrders{c}
			}
			err := orders.SubmitOrder(ctx, c.cfg.Send.Batcher, c.signedOrder(ch, it, r))
			var rej *OrderRejectedError
			if errors.As(err, &rej) {
				rejected[i] = rej
			} else if err != nil {
				c.log.Warn("handing the order to the batcher failed; will retry", "outbox", it.ID, "err", err)
			}
		}
	}
	if err := c.hook(it.ID, StepConfirm); err != nil {
		return err
	}
	changed := false
	for i := range it.Recipients {
		r := &it.Recipients[i]
		if r.PayState != store.PaySigned {
			continue
		}
		ok, err := c.confirm(ctx, ch, it, r, rejected[i])
		if err != nil {
			return err
		}
		changed = changed || ok
	}
	waiting := slices.ContainsFunc(it.Recipients, func(r store.OutboxRecipient) bool { return r.PayState == store.PaySigned })
	if !waiting {
		return c.save(ctx, it, store.OutPaid)
	}
	if changed {
		if err := c.store.SaveOutbox(ctx, it); err != nil {
			return err
		}
	}
	return errWait
}

// confirm looks for one recorded payment on chain. It reports whether the
// recipient's record changed.
func (c *Client) confirm(ctx context.Context, ch *chain.Chain, it *store.OutboxItem, r *store.OutboxRecipient, rejected *OrderRejectedError) (bool, error) {
	if r.PayMode == store.ModeTx {
		rc, err := ch.Receipt(ctx, r.TxHash)
		if err != nil {
			return false, err
		}
		if rc != nil {
			if rc.Status != types.ReceiptStatusSuccessful {
				r.PayState, r.Error = store.PaySkipped, "the payment transaction reverted (the fee may have risen above the signed maximum); no fee was paid"
				return true, nil
			}
			r.PayState, r.Block, r.BlockHash = store.PayMined, rc.BlockNumber.Uint64(), rc.BlockHash
			r.Fee = deliveredFee(ch, rc.Logs, r.Secret)
			return true, nil
		}
	}
	// Not mined under our hash (or an order). Read the nonce first, then
	// search the logs: a payment that landed before the nonce was read is
	// then always found, so "nonce taken, no log" means it never landed.
	var confirmed uint64
	var orderUsed bool
	var err error
	if r.PayMode == store.ModeTx {
		confirmed, err = ch.ConfirmedNonce(ctx)
	} else {
		orderUsed, err = ch.NonceUsed(ctx, c.me, r.OrderNonce)
	}
	if err != nil {
		return false, err
	}
	if d, err := c.findPayment(ctx, ch, r); err != nil {
		return false, err
	} else if d != nil {
		r.PayState, r.Block, r.BlockHash, r.Fee = store.PayMined, d.Block, d.BlockHash, d.Fee
		return true, nil
	}
	switch r.PayMode {
	case store.ModeTx:
		if confirmed <= r.TxNonce {
			return false, nil // not mined yet; re-sent each pass
		}
		// Another transaction took the nonce and no log carries the secret:
		// this payment can never land. Sign it again; the new one is
		// recorded before it is broadcast.
		s, err := ch.SignTx(ctx, ch.ABI().PackSend(it.Network, r.Account, r.Secret, it.PricedSize, r.MaxFee, r.RelayAddr, r.RelayFee), nil)
		if err != nil {
			err = contractError(err)
			if !isRevert(err) {
				return false, err
			}
			r.PayState, r.Error = store.PaySkipped, err.Error()
			return true, nil
		}
		r.TxRaw, r.TxHash, r.TxNonce = s.Raw, s.Hash, s.Nonce
		return true, nil
	case store.ModeOrder:
		head, err := ch.Head(ctx)
		if err != nil {
			return false, err
		}
		// The contract marks a nonce used only when it delivers the order
		// (SPEC §7.8); a nonce below the window base (slid up by a later
		// nonce, or cancelBelow) reads as used too. Used without our log:
		// something else took the nonce and this order can never settle.
		// Skips are learnt from the relay's answer (rejected), not here.
		if orderUsed || head.Time > r.OrderDeadline {
			// Dead or expired unsettled: it can never settle now. Sign a new one.
			n, err := c.nextOrderNonce(ctx, ch)
			if err != nil {
				return false, err
			}
			if err := c.signOrder(ch, it, r, n, head.Time); err != nil {
				return false, err
			}
			return true, nil
		}
		if rejected != nil {
			// Only the relay the order names can settle it, and it will not.
			r.PayState, r.Error = store.PaySkipped, rejected.Error()+"; no fee was paid"
			return true, nil
		}
	}
	return false, nil
}

// findPayment searches the recipient's Delivered logs since the payment was
// signed for one carrying its secret.
func (c *Client) findPayment(ctx context.Context, ch *chain.Chain, r *store.OutboxRecipient) (*chain.Delivered, error) {
	head, err := ch.Head(ctx)
	if err != nil {
		return nil, err
	}
	to := r.Account
	for lo := r.FromBlock; lo <= head.Number.Uint64(); lo += MaxLogRange {
		ds, err := ch.DeliveredTo(ctx, &to, lo, min(head.Number.Uint64(), lo+MaxLogRange-1))
		if err != nil {
			return nil, err
		}
		for i := range ds {
			if ds[i].Secret == r.Secret && ds[i].From == c.me {
				return &ds[i], nil
			}
		}
	}
	return nil, nil
}

func deliveredFee(ch *chain.Chain, logs []*types.Log, secret [32]byte) uint64 {
	for _, lg := range logs {
		if lg.Address != ch.Contract() {
			continue
		}
		if d, err := contracts.UnpackDelivered(lg); err == nil && d.Secret == secret {
			return d.Fee
		}
	}
	return 0
}

// stepFinalize waits until every payment is final; a payment whose block
// was reorganised out goes back to paying (and is re-sent as recorded).
// Then the message moves to Sent and its draft is deleted.
func (c *Client) stepFinalize(ctx context.Context, it *store.OutboxItem) error {
	ch, err := c.Chain(ctx)
	if err != nil && slices.ContainsFunc(it.Recipients, func(r store.OutboxRecipient) bool { return r.PayState == store.PayMined }) {
		return err
	}
	pending, reorged := false, false
	for i := range it.Recipients {
		r := &it.Recipients[i]
		if r.PayState != store.PayMined {
			continue
		}
		final, canonical, err := ch.IsFinal(ctx, r.Block, r.BlockHash)
		if err != nil {
			return err
		}
		switch {
		case !canonical:
			r.PayState, r.Block, r.BlockHash = store.PaySigned, 0, [32]byte{}
			reorged = true
		case final:
			r.PayState = store.PayFinal
		default:
			pending = true
		}
	}
	if reorged {
		return c.save(ctx, it, store.OutPaying)
	}
	if pending {
		if err := c.store.SaveOutbox(ctx, it); err != nil {
			return err
		}
		return errWait
	}
	m, err := decodeMsg(it)
	if err != nil {
		return err
	}
	failed := slices.ContainsFunc(it.Recipients, func(r store.OutboxRecipient) bool { return r.PayState == store.PaySkipped })
	delivered := slices.ContainsFunc(it.Recipients, func(r store.OutboxRecipient) bool { return r.PayState != store.PaySkipped })
	if !delivered { // nobody will read it: nothing was paid, the draft stays
		return c.fail(ctx, it, recipientsError(it))
	}
	if it.Kind == store.KindMail {
		var fee uint64
		for _, r := range it.Recipients {
			fee += r.Fee
		}
		sent := &store.Message{Folder: store.FolderSent, MessageID: m.ID, InReplyTo: m.InReplyTo, From: c.me, To: m.To, Cc: m.Cc,
			Subject: m.Subject, Body: m.Body, SentAt: time.Unix(m.Time, 0), ReceivedAt: c.now(), Fee: fee, Network: it.Network,
			Free: fee == 0, Read: true, OutboxID: it.ID}
		if _, err := c.store.AddMessage(ctx, sent); err != nil {
			return err
		}
		if it.DraftID != 0 && !failed { // kept to resend to those it did not reach
			if err := c.store.DeleteDraft(ctx, it.DraftID); err != nil {
				return err
			}
		}
	} else if m.Body == GrantAccept {
		if ct, err := c.store.Contact(ctx, m.To[0]); err == nil {
			ct.GrantSentAt = m.Time
			if err := c.store.PutContact(ctx, ct); err != nil {
				return err
			}
		}
	}
	if err := c.save(ctx, it, store.OutFinal); err != nil {
		return err
	}
	if slices.ContainsFunc(it.Recipients, func(r store.OutboxRecipient) bool { return !r.Free }) {
		c.emit(Event{Kind: EventPaymentFinal, OutboxID: it.ID})
	}
	return nil
}

func beUint64(b []byte) uint64 {
	return uint64(b[0])<<56 | uint64(b[1])<<48 | uint64(b[2])<<40 | uint64(b[3])<<32 |
		uint64(b[4])<<24 | uint64(b[5])<<16 | uint64(b[6])<<8 | uint64(b[7])
}

func putBeUint64(b []byte, v uint64) {
	for i := 7; i >= 0; i-- {
		b[i] = byte(v)
		v >>= 8
	}
}
