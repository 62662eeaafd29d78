package batcher

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/pricing"
	"github.com/bmail-network/bmail/relay"
	"github.com/bmail-network/bmail/relay/policies"
	"github.com/bmail-network/bmail/relay/store"
	"github.com/bmail-network/bmail/relay/wire"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

var _ relay.OrderIntake = (*Batcher)(nil)

// Refusal codes: the word after the NIP-01 prefix of an ORDER's OK message
// ("<prefix>: <code>: <detail>", SPEC.md §6.9).
const (
	CodeWrongRelay      = "wrong-relay"       // invalid: the order names another relay
	CodeBadSignature    = "bad-signature"     // invalid
	CodeHighS           = "high-s"            // invalid
	CodeUnpackable      = "unpackable"        // invalid: a field is wider than the batch encoding carries (contracts.PackOrders)
	CodeBadSize         = "bad-size"          // invalid
	CodeBadRecipient    = "bad-recipient"     // invalid: zero address or the sender
	CodeUnknownNetwork  = "unknown-network"   // invalid
	CodeDeadlineTooSoon = "deadline-too-soon" // invalid: no time left for a batch and finality
	CodeDeadlineTooFar  = "deadline-too-far"  // invalid: beyond the contract's hour
	CodeNonceUsed       = "nonce-used"        // invalid: used on chain (a replay), cancelled, or below the sender's window
	CodeNoncePending    = "nonce-pending"     // invalid: another open order has this nonce
	CodeNonceWindow     = "nonce-window"      // invalid: the sender's open nonces would not fit one window
	CodeRelayFee        = "relay-fee"         // blocked: below the advertised fee or the order's cost
	CodeDeposit         = "deposit"           // blocked: the deposit does not cover the open orders
	CodeNoEnvelope      = "no-envelope"       // blocked: no live envelope here commits to the secret
	CodeAlreadyPaid     = "already-paid"      // blocked: a final Delivered log already paid it
	CodeWouldSkip       = "would-skip"        // blocked: the contract would skip it now (reason follows)
	CodeSenderRate      = "sender-rate"       // rate-limited
	CodeChain           = "chain"             // error: the chain could not be read
	CodeStore           = "store"             // error: the store failed
)

// Answers to an order the relay already holds.
const (
	StateQueued    = "queued"
	StateSubmitted = "submitted"
	StateSettled   = "settled"
	// SkipExpired is the reason of an order whose deadline came before a
	// batch could include it.
	SkipExpired = "expired"
)

func answer(prefix, code, detail string) string {
	if detail == "" {
		return prefix + ": " + code
	}
	return prefix + ": " + code + ": " + detail
}

type networkInfo struct {
	params pricing.Params
}

// SubmitOrder checks an order and, when it passes, stores it queued. It
// answers a repeat of an order it holds with the order's state.
func (b *Batcher) SubmitOrder(ctx context.Context, o *contracts.SignedOrder, origin string) (bool, string) {
	ok, msg := b.submit(ctx, o, origin)
	if ok && msg == "" {
		b.m.accepted.Add(1)
	}
	return ok, msg
}

func (b *Batcher) submit(ctx context.Context, o *contracts.SignedOrder, origin string) (bool, string) {
	id := o.StructHash()
	if old, ok, err := b.st.OrderByID(ctx, id); err != nil {
		return false, answer(wire.PrefixError, CodeStore, "could not read the store")
	} else if ok {
		return b.status(ctx, old)
	}
	if o.Relay != b.op {
		return false, answer(wire.PrefixInvalid, CodeWrongRelay, "this relay settles orders naming "+b.op.Hex())
	}
	signer, err := o.Signer(b.domain)
	if errors.Is(err, contracts.ErrHighS) {
		return false, answer(wire.PrefixInvalid, CodeHighS, "signature s is above n/2")
	}
	if err != nil || signer == (common.Address{}) {
		return false, answer(wire.PrefixInvalid, CodeBadSignature, "the signature does not recover a sender")
	}
	if !b.allowSender(signer) {
		return false, answer(wire.PrefixRateLimited, CodeSenderRate, "too many orders from this sender; slow down")
	}
	if _, _, err := contracts.PackOrders([]contracts.SignedOrder{*o}); err != nil {
		return false, answer(wire.PrefixInvalid, CodeUnpackable, "the batch encoding cannot carry this order: "+err.Error())
	}
	if o.Size == 0 || o.Size > contracts.MaxSize {
		return false, answer(wire.PrefixInvalid, CodeBadSize, fmt.Sprintf("size must be 1..%d", contracts.MaxSize))
	}
	if o.To == (common.Address{}) || o.To == signer {
		return false, answer(wire.PrefixInvalid, CodeBadRecipient, "the recipient is zero or the sender")
	}
	head, err := b.chainHead(ctx)
	if err != nil {
		return false, answer(wire.PrefixError, CodeChain, "the chain is unavailable")
	}
	if need := b.requiredFee(head.BaseFee); o.RelayFee < need {
		return false, answer(wire.PrefixBlocked, CodeRelayFee,
			fmt.Sprintf("relay fee %d gwei is below the %d gwei this relay needs (advertised fee, or the order's gas and L1 data cost)", o.RelayFee, need))
	}
	now := head.Time
	lead := uint64(b.cfg.MinLead() / time.Second)
	if o.Deadline < now+lead {
		return false, answer(wire.PrefixInvalid, CodeDeadlineTooSoon,
			fmt.Sprintf("deadline %d leaves less than %d s after the chain's time %d for a batch and finality", o.Deadline, lead, now))
	}
	if o.Deadline > now+contracts.MaxDeadlineAhead {
		return false, answer(wire.PrefixInvalid, CodeDeadlineTooFar,
			fmt.Sprintf("deadline %d is more than %d s after the chain's time %d", o.Deadline, contracts.MaxDeadlineAhead, now))
	}
	net, ok, err := b.network(ctx, o.Network)
	if err != nil {
		return false, answer(wire.PrefixError, CodeChain, "the chain is unavailable")
	}
	if !ok {
		return false, answer(wire.PrefixInvalid, CodeUnknownNetwork, "no network with this id on the contract")
	}
	msgID := crypto.Keccak256Hash(o.Secret[:])
	wall := b.cfg.Now()
	if held, err := b.st.EnvelopeHeld(ctx, msgID, wall.Add(b.cfg.MinLead())); err != nil {
		return false, answer(wire.PrefixError, CodeStore, "could not read the store")
	} else if !held {
		return false, answer(wire.PrefixBlocked, CodeNoEnvelope,
			"post the envelope whose header commits to keccak256(secret) to this relay first (and it must not be about to expire)")
	}
	var toWord [32]byte
	copy(toWord[12:], o.To[:])
	if paid, err := b.st.PaymentSeen(ctx, msgID, toWord); err != nil {
		return false, answer(wire.PrefixError, CodeStore, "could not read the store")
	} else if paid {
		return false, answer(wire.PrefixBlocked, CodeAlreadyPaid, "a final Delivered log already paid this message to this recipient")
	}
	used, err := b.nonceUsed(ctx, signer, o.Nonce)
	if err != nil {
		return false, answer(wire.PrefixError, CodeChain, "the chain is unavailable")
	}
	if used {
		return false, answer(wire.PrefixInvalid, CodeNonceUsed,
			fmt.Sprintf("nonce %d is used on chain, cancelled, or below the sender's window", o.Nonce))
	}
	balance, err := b.balanceOf(ctx, signer)
	if err != nil {
		return false, answer(wire.PrefixError, CodeChain, "the chain is unavailable")
	}
	state, err := b.quoteState(ctx, signer, o.To)
	if err != nil {
		return false, answer(wire.PrefixError, CodeChain, "the chain is unavailable")
	}
	q, qerr := pricing.Quote(net.params, state, pricing.Request{Size: o.Size, Recipients: 1, RelayFee: o.RelayFee, Now: now})
	switch {
	case qerr != nil:
		return false, answer(wire.PrefixBlocked, CodeWouldSkip, quoteSkip(qerr).String()+": "+qerr.Error())
	case q.Price() > o.MaxFee:
		return false, answer(wire.PrefixBlocked, CodeWouldSkip, fmt.Sprintf("%s: the price is %d gwei, max_fee %d",
			contracts.SkipFeeAboveMax, q.Price(), o.MaxFee))
	}
	rec := store.Order{ID: id, Signer: signer, Nonce: o.Nonce, MsgID: msgID, Recipient: o.To,
		Body: wire.AppendOrder(nil, o), Debit: satAdd(o.MaxFee, o.RelayFee), RelayFee: o.RelayFee,
		Deadline: o.Deadline, ReceivedAt: wall, Origin: origin}
	res, err := b.st.AddOrder(ctx, rec, store.OrderLimits{Balance: balance, Reserve: b.cfg.ReserveGwei,
		NonceWindow: contracts.NonceWindow})
	if err != nil {
		return false, answer(wire.PrefixError, CodeStore, "could not store the order")
	}
	switch {
	case res.Existing != nil:
		return b.status(ctx, res.Existing)
	case res.Refused == store.RefuseNoncePending:
		return false, answer(wire.PrefixInvalid, CodeNoncePending, fmt.Sprintf("another open order of this sender has nonce %d", o.Nonce))
	case res.Refused == store.RefuseNonceWindow:
		return false, answer(wire.PrefixInvalid, CodeNonceWindow,
			fmt.Sprintf("the sender's open orders and this one would span %d nonces or more", contracts.NonceWindow))
	case res.Refused == store.RefuseDeposit:
		return false, answer(wire.PrefixBlocked, CodeDeposit, fmt.Sprintf(
			"deposit %d gwei does not cover %d open orders (%d gwei) plus this one (%d gwei) plus the %d gwei reserve",
			balance, res.OpenOrders, res.OpenDebit, rec.Debit, b.cfg.ReserveGwei))
	}
	b.cfg.Logger.Debug("order accepted", "sender", signer, "nonce", o.Nonce, "relay_fee", o.RelayFee)
	return true, ""
}

// status answers a repeat of an order the relay holds.
func (b *Batcher) status(ctx context.Context, o *store.Order) (bool, string) {
	switch o.State {
	case store.OrderQueued:
		return true, answer(wire.PrefixDuplicate, StateQueued, "waiting for a batch")
	case store.OrderSubmitted:
		return true, answer(wire.PrefixDuplicate, StateSubmitted, "in a settlement transaction that is not final yet")
	case store.OrderSettled:
		if bt, ok, err := b.st.BatchByID(ctx, o.Batch); err == nil && ok {
			return true, answer(wire.PrefixDuplicate, StateSettled,
				fmt.Sprintf("%s in block %d", common.Hash(bt.TxHash).Hex(), bt.Block))
		}
		return true, answer(wire.PrefixDuplicate, StateSettled, "")
	}
	return false, answer(wire.PrefixSkipped, o.Reason, skipDetail(o.Reason))
}

func skipDetail(reason string) string {
	if reason == SkipExpired {
		return "its deadline came before a batch could include it; sign a new order"
	}
	return "the contract would not settle it (or did not); sign a new order once the cause is gone"
}

// quoteSkip maps pricing's refusals to the contract's skip reasons.
func quoteSkip(err error) contracts.SkipReason {
	switch {
	case errors.Is(err, pricing.ErrBlocked):
		return contracts.SkipBlocked
	case errors.Is(err, pricing.ErrBelowMinRep):
		return contracts.SkipBelowMinReputation
	case errors.Is(err, pricing.ErrRelayFeeAboveCap):
		return contracts.SkipRelayFeeAboveCap
	case errors.Is(err, pricing.ErrBadSize):
		return contracts.SkipBadSize
	}
	return contracts.SkipBadRecipient
}

// requiredFee is the least relay fee an order may carry now: the
// advertised fee, or the cost model at the base fee plus the least tip.
func (b *Batcher) requiredFee(baseFee *big.Int) uint64 {
	return max(b.minFee.Load(), b.cfg.Cost.OrderCostGwei(marketPrice(baseFee)))
}

// minTipWei is the least priority fee the batcher bids.
const minTipWei = 1_000_000 // 0.001 gwei

// allowSender takes a token from the sender's bucket.
func (b *Batcher) allowSender(a common.Address) bool {
	now := b.cfg.Now()
	b.mu.Lock()
	defer b.mu.Unlock()
	bk := b.senders[a]
	if bk == nil {
		bk = &policies.Bucket{}
		b.senders[a] = bk
	}
	ok := bk.Take(now, b.cfg.SenderRate, b.cfg.SenderBurst)
	if now.Sub(b.lastPrune) > time.Minute {
		b.lastPrune = now
		full := time.Duration(float64(b.cfg.SenderBurst)/b.cfg.SenderRate*float64(time.Second)) + time.Second
		for k, v := range b.senders {
			if now.Sub(v.Last()) > full {
				delete(b.senders, k) // its bucket would be full again anyway
			}
		}
	}
	return ok
}

// network returns a network's prices (cached: networks are immutable).
func (b *Batcher) network(ctx context.Context, id [32]byte) (networkInfo, bool, error) {
	b.mu.Lock()
	n, ok := b.networks[id]
	b.mu.Unlock()
	if ok {
		return n, true, nil
	}
	out, err := b.call(ctx, b.abi.PackNetworkWord(id))
	if err != nil {
		return networkInfo{}, false, err
	}
	w, err := b.abi.UnpackNetworkWord(out)
	if err != nil {
		return networkInfo{}, false, err
	}
	if w.Sign() == 0 {
		return networkInfo{}, false, nil
	}
	n = networkInfo{params: pricing.ParamsFromWord(pricing.WordFromBig(w))}
	b.mu.Lock()
	b.networks[id] = n
	b.mu.Unlock()
	return n, true, nil
}

// quoteState reads the words a quote needs (and the sender's deposit and
// nonce window) at the latest block.
func (b *Batcher) quoteState(ctx context.Context, from, to common.Address) (pricing.State, error) {
	out, err := b.call(ctx, b.abi.PackQuoteState(from, to))
	if err != nil {
		return pricing.State{}, err
	}
	qs, err := b.abi.UnpackQuoteState(out)
	if err != nil {
		return pricing.State{}, err
	}
	return pricing.State{
		Sender: pricing.WordFromBig(qs.Account), SenderStanding: pricing.WordFromBig(qs.Standing),
		Pair: pricing.WordFromBig(qs.Pair), RecipientStanding: pricing.WordFromBig(qs.RecipientStanding),
		SenderIsLo: from.Cmp(to) < 0,
	}, nil
}

// nonceUsed asks the contract whether the sender's nonce can no longer be
// used (used, cancelled, or below the window).
func (b *Batcher) nonceUsed(ctx context.Context, a common.Address, n uint32) (bool, error) {
	out, err := b.call(ctx, b.abi.PackNonceUsed(a, n))
	if err != nil {
		return false, err
	}
	return b.abi.UnpackNonceUsed(out)
}

// balanceOf is an account's deposit in the contract (gwei).
func (b *Batcher) balanceOf(ctx context.Context, a common.Address) (uint64, error) {
	out, err := b.call(ctx, b.abi.PackBalanceGwei(a))
	if err != nil {
		return 0, err
	}
	return b.abi.UnpackBalanceGwei(out)
}

func (b *Batcher) call(ctx context.Context, data []byte) ([]byte, error) {
	to := b.cfg.Contract
	return b.chain.CallContract(ctx, ethereum.CallMsg{From: b.op, To: &to, Data: data}, nil)
}

func satAdd(a, b uint64) uint64 {
	if a+b < a {
		return ^uint64(0)
	}
	return a + b
}
