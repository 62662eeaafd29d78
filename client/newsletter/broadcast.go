package newsletter

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/bmail-network/bmail/client/chain"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/envelope"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/pricing"
)

// Paid broadcast to a cold audience (SPEC.md §10.8): one message, written
// once, to many recipients on a network (by default the newsletter
// network), paid through the contract's broadcast in as few transactions
// as the transaction gas cap allows. Each recipient gets an envelope whose
// signed To lists only that recipient, so nobody learns the audience; the
// envelopes share one priced size, which is what one broadcast call
// prices. A broadcast is recorded (envelopes, secrets, quoted maximum per
// transaction, then each signed transaction) before anything leaves, so
// ResumeBroadcasts finishes it after a crash without paying twice.

// Broadcast limits.
const (
	// MaxBroadcastRecipients bounds one broadcast's audience.
	MaxBroadcastRecipients = 100_000
	// MaxPerTransaction is the contract's limit of recipients per broadcast
	// call (MAX_RECIPIENTS).
	MaxPerTransaction = 1024
	// maxTxGas is the protocol's cap on one transaction's gas (EIP-7825).
	maxTxGas = 1 << 24
	// gasProbe is how many recipients the gas estimate per recipient
	// is measured on.
	gasProbe = 16
	// fallbackGasPerRecipient is assumed when the balance is too low to
	// measure (about 37,000 measured on the simulated chain, 21,000 of
	// transaction base included, for 4 recipients).
	fallbackGasPerRecipient = 45_000
	// feeSlackDiv: each transaction's maxFee is its quoted price plus
	// 1/feeSlackDiv (prices only fall with time; other mail the user pays
	// meanwhile may raise them a little).
	feeSlackDiv = 100
)

// Broadcast states (store.Broadcast.State).
const (
	broadcastSealed = "sealed"
	broadcastPosted = "posted"
	broadcastPaying = "paying"
	broadcastFinal  = "final"
	broadcastFailed = "failed"

	chunkQuoted = "quoted"
	chunkSigned = "signed"
	chunkMined  = "mined"
)

// ErrOverBudget is returned when a broadcast's quoted total is above the
// caller's cap.
var ErrOverBudget = errors.New("newsletter: the broadcast costs more than allowed")

// BroadcastRequest is a message to a cold audience.
type BroadcastRequest struct {
	// Network prices the mail (zero: the newsletter network).
	Network [32]byte
	To      []common.Address
	Subject string
	Body    string
}

// RecipientQuote is one recipient's part of a broadcast quote.
type RecipientQuote struct {
	To common.Address
	// Tx is the index of the transaction that pays for it (-1: refused).
	Tx        int
	Breakdown pricing.Breakdown
	// Refused says why the recipient is left out before paying (no key
	// bundle, does not accept the network, blocks the user, minimum
	// reputation); empty when it is paid for.
	Refused string

	encryptionKey []byte
	transport     [32]byte
	relays        []string
}

// BroadcastQuote is what a broadcast will cost, per recipient.
type BroadcastQuote struct {
	Request    BroadcastRequest
	Network    [32]byte
	Size       uint32 // the priced size of every envelope
	Recipients []RecipientQuote
	// Transactions are the recipients per transaction, in order.
	Transactions []int
	// Fee (to the recipients) and Burn, summed over the paid recipients;
	// Total = Fee + Burn is what the balance pays; MaxTotal is the sum of the
	// transactions' maxFee caps.
	Fee, Burn, Total, MaxTotal uint64
	GasPerRecipient            uint64
	Balance                    uint64
	QuotedAt                   time.Time
}

// Paid is how many recipients the quote pays for.
func (q *BroadcastQuote) Paid() int {
	n := 0
	for _, r := range q.Recipients {
		if r.Refused == "" {
			n++
		}
	}
	return n
}

// QuoteBroadcast resolves every recipient, checks that it accepts the
// network, measures the gas per recipient to cut the audience into
// transactions, and prices each recipient as the contract will: with the
// transaction's recipient count, after the mails before it were paid.
func (s *Service) QuoteBroadcast(ctx context.Context, r BroadcastRequest) (*BroadcastQuote, error) {
	if r.Network == ([32]byte{}) {
		r.Network = pricing.NewsletterID
	}
	if len(r.To) == 0 || len(r.To) > MaxBroadcastRecipients {
		return nil, fmt.Errorf("newsletter: a broadcast goes to 1 to %d recipients, not %d", MaxBroadcastRecipients, len(r.To))
	}
	size, err := s.c.PricedSize(r.Subject, r.Body, 1, 0)
	if err != nil {
		return nil, err
	}
	ch, err := s.c.Chain(ctx)
	if err != nil {
		return nil, err
	}
	q := &BroadcastQuote{Request: r, Network: r.Network, Size: size, QuotedAt: s.Now()}
	if q.Balance, err = ch.BalanceGwei(ctx, s.c.Address()); err != nil {
		return nil, err
	}
	me := s.c.Address()
	seen := map[common.Address]bool{}
	states := map[common.Address]*chain.QuoteState{}
	var eligible []int
	for _, to := range r.To {
		if seen[to] {
			continue
		}
		seen[to] = true
		rq := RecipientQuote{To: to, Tx: -1}
		q.Recipients = append(q.Recipients, rq)
		p := &q.Recipients[len(q.Recipients)-1]
		if to == me || to == (common.Address{}) {
			p.Refused = "not a recipient (zero or your own address)"
			continue
		}
		peer, err := s.c.Resolve(ctx, to)
		if err != nil {
			p.Refused = "no usable key bundle: " + err.Error()
			continue
		}
		if !slices.Contains(peer.Bundle.Networks, r.Network) {
			p.Refused = "does not accept mail on the " + config.NetworkName(r.Network) + " network"
			continue
		}
		st, err := ch.QuoteState(ctx, r.Network, to)
		if err != nil {
			return nil, err
		}
		if _, err := pricing.Quote(st.Params, st.State, pricing.Request{Size: size, Recipients: 1, Now: st.BlockTime}); err != nil {
			p.Refused = err.Error()
			continue
		}
		p.encryptionKey, p.transport, p.relays = peer.Bundle.EncryptionKey[:], peer.Bundle.TransportKey, peer.Bundle.InboxRelays
		states[to] = st
		eligible = append(eligible, len(q.Recipients)-1)
	}
	if len(eligible) == 0 {
		return q, nil
	}
	per, err := s.gasPerRecipient(ctx, ch, q, eligible)
	if err != nil {
		return nil, err
	}
	q.GasPerRecipient = per
	head, err := ch.Head(ctx)
	if err != nil {
		return nil, err
	}
	// SignTx adds a quarter to the estimate: keep that under the caps.
	limit := min(head.GasLimit, maxTxGas)
	if s.BroadcastGasCap != 0 {
		limit = min(limit, s.BroadcastGasCap)
	}
	budget := limit * 4 / 5 * 7 / 8
	perTx := int(min(uint64(MaxPerTransaction), max(1, budget/per)))
	for first := 0; first < len(eligible); first += perTx {
		q.Transactions = append(q.Transactions, min(perTx, len(eligible)-first))
	}
	var acct *pricing.Account
	at := 0
	for tx, n := range q.Transactions {
		var sum uint64
		for _, i := range eligible[at : at+n] {
			p := &q.Recipients[i]
			st := states[p.To]
			if acct == nil {
				a := pricing.ParseAccount(st.Sender)
				acct = &a
			}
			state := st.State
			state.Sender = acct.Word()
			bd, err := pricing.Quote(st.Params, state, pricing.Request{Size: size, Recipients: uint32(n), Now: st.BlockTime})
			if err != nil {
				return nil, fmt.Errorf("newsletter: quote for %s: %w", p.To.Hex(), err)
			}
			p.Tx, p.Breakdown = tx, bd
			*acct = pricing.Paid(*acct, bd, st.BlockTime)
			q.Fee, q.Burn = q.Fee+bd.Fee, q.Burn+bd.Burn
			sum += bd.Price()
		}
		q.Total += sum
		q.MaxTotal += sum + sum/feeSlackDiv
		at += n
	}
	return q, nil
}

// gasPerRecipient estimates the broadcast gas per recipient on the first
// eligible recipients (random secrets; nothing is signed).
func (s *Service) gasPerRecipient(ctx context.Context, ch *chain.Chain, q *BroadcastQuote, eligible []int) (uint64, error) {
	k := min(gasProbe, len(eligible))
	to := make([]common.Address, k)
	secrets := make([][32]byte, k)
	for i := range k {
		to[i] = q.Recipients[eligible[i]].To
		sec, err := s.random32()
		if err != nil {
			return 0, err
		}
		secrets[i] = sec
	}
	data := ch.ABI().PackBroadcast(q.Network, to, secrets, q.Size, ^uint64(0), common.Address{}, 0)
	contract := ch.Contract()
	gas, err := ch.Backend().EstimateGas(ctx, ethereum.CallMsg{From: ch.From(), To: &contract, Data: data})
	if err != nil {
		err = contracts.DecodeError(err)
		if errors.Is(err, contracts.ErrInsufficientBalance) {
			// The quote still shows what it would cost; paying will refuse.
			return fallbackGasPerRecipient, nil
		}
		return 0, fmt.Errorf("newsletter: estimating the broadcast's gas: %w", err)
	}
	return (gas + uint64(k) - 1) / uint64(k), nil
}

// BroadcastResult is what a broadcast did.
type BroadcastResult struct {
	ID         int64
	Delivered  int
	Skipped    int    // refused by the contract when paid (RecipientSkipped)
	Refused    int    // left out by the quote
	Fees       uint64 // credited to the recipients (from the Delivered logs)
	GasUsed    uint64
	TxHashes   [][32]byte
	Recipients []store.BroadcastRecipient
}

// Broadcast seals, records, posts and pays for a quoted broadcast. It
// fails with ErrOverBudget (nothing done) when the quote's MaxTotal is
// above maxTotal (0: no cap). Progress reports "seal", "post" (recipients)
// and "pay" (recipients paid for).
func (s *Service) Broadcast(ctx context.Context, q *BroadcastQuote, maxTotal uint64, progress func(Progress)) (*BroadcastResult, error) {
	if progress == nil {
		progress = func(Progress) {}
	}
	if maxTotal != 0 && q.MaxTotal > maxTotal {
		return nil, fmt.Errorf("%w: up to %d gwei, cap %d", ErrOverBudget, q.MaxTotal, maxTotal)
	}
	if q.Paid() == 0 {
		return nil, errors.New("newsletter: no recipient of the broadcast can be paid for")
	}
	ch, err := s.c.Chain(ctx)
	if err != nil {
		return nil, err
	}
	if bal, err := ch.BalanceGwei(ctx, s.c.Address()); err != nil {
		return nil, err
	} else if bal < q.Total {
		return nil, fmt.Errorf("newsletter: nothing sent: the balance of %d gwei is below the broadcast's %d: %w", bal, q.Total, contracts.ErrInsufficientBalance)
	}
	msgTime := s.Now()
	var recs []store.BroadcastRecipient
	total := q.Paid()
	for _, p := range q.Recipients {
		r := store.BroadcastRecipient{Account: p.To, Chunk: p.Tx, Event: []byte{}}
		if p.Refused != "" {
			r.Status = "refused: " + p.Refused
			recs = append(recs, r)
			continue
		}
		progress(Progress{Stage: "seal", Done: len(recs), Total: total})
		pub, err := envelope.ParsePublicKey(p.encryptionKey)
		if err != nil {
			return nil, err
		}
		msg := &envelope.Message{From: envelope.Address(s.c.Address()), To: []envelope.Address{envelope.Address(p.To)},
			Time: msgTime, Subject: q.Request.Subject, Body: q.Request.Body}
		sealed, err := envelope.Seal(s.Rand, msg, s.c.Identity().SigningKey, []envelope.Recipient{{PublicKey: pub}})
		if err != nil {
			return nil, err
		}
		if sealed.PricedSize != q.Size {
			return nil, fmt.Errorf("newsletter: sealed size %d differs from the quoted %d", sealed.PricedSize, q.Size)
		}
		ev, err := s.envelopeEvent(sealed.Bytes, p.transport)
		if err != nil {
			return nil, err
		}
		r.Secret, r.Price, r.Fee, r.Event, r.Relays = sealed.Secrets[0], p.Breakdown.Price(), p.Breakdown.Fee, ev.Marshal(nil), p.relays
		recs = append(recs, r)
	}
	var id int64
	err = s.st.NewsletterTx(ctx, func(n *store.NL) error {
		var err error
		id, err = n.AddBroadcast(ctx, &store.Broadcast{Network: q.Network, Subject: q.Request.Subject, Size: q.Size, State: broadcastSealed})
		if err != nil {
			return err
		}
		for i := range recs {
			recs[i].Broadcast = id
			if err := n.PutBroadcastRecipient(ctx, &recs[i]); err != nil {
				return err
			}
		}
		for tx := range q.Transactions {
			var sum uint64
			for _, p := range q.Recipients {
				if p.Tx == tx {
					sum += p.Breakdown.Price()
				}
			}
			if err := n.PutBroadcastChunk(ctx, &store.BroadcastChunk{Broadcast: id, Chunk: tx, MaxFee: sum + sum/feeSlackDiv, State: chunkQuoted}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return s.runBroadcast(ctx, id, progress)
}

// ResumeBroadcasts finishes every broadcast that is not final: posts what
// was not posted, re-sends recorded transactions and pays the rest.
func (s *Service) ResumeBroadcasts(ctx context.Context, progress func(Progress)) ([]*BroadcastResult, error) {
	ids, err := s.st.Newsletters().OpenBroadcasts(ctx)
	if err != nil {
		return nil, err
	}
	var out []*BroadcastResult
	for _, id := range ids {
		r, err := s.runBroadcast(ctx, id, progress)
		if err != nil {
			return out, err
		}
		out = append(out, r)
	}
	return out, nil
}

func (s *Service) setBroadcastState(ctx context.Context, id int64, state string) error {
	return s.st.NewsletterTx(ctx, func(n *store.NL) error { return n.SetBroadcastState(ctx, id, state) })
}

// runBroadcast drives a recorded broadcast from its recorded state.
func (s *Service) runBroadcast(ctx context.Context, id int64, progress func(Progress)) (*BroadcastResult, error) {
	if progress == nil {
		progress = func(Progress) {}
	}
	nl := s.st.Newsletters()
	b, err := nl.GetBroadcast(ctx, id)
	if err != nil {
		return nil, err
	}
	recs, err := nl.BroadcastRecipients(ctx, id)
	if err != nil {
		return nil, err
	}
	if b.State == broadcastSealed {
		if err := s.postBroadcast(ctx, recs, progress); err != nil {
			return nil, err
		}
		if err := s.setBroadcastState(ctx, id, broadcastPosted); err != nil {
			return nil, err
		}
	}
	ch, err := s.c.Chain(ctx)
	if err != nil {
		return nil, err
	}
	chunks, err := nl.BroadcastChunks(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := s.setBroadcastState(ctx, id, broadcastPaying); err != nil {
		return nil, err
	}
	paid := 0
	for _, c := range chunks {
		var to []common.Address
		var secrets [][32]byte
		for _, r := range recs {
			if r.Chunk == c.Chunk {
				to, secrets = append(to, r.Account), append(secrets, r.Secret)
			}
		}
		if c.State == chunkQuoted {
			data := ch.ABI().PackBroadcast(b.Network, to, secrets, b.Size, c.MaxFee, common.Address{}, 0)
			signed, err := ch.SignTx(ctx, data, nil)
			if err != nil {
				return nil, fmt.Errorf("newsletter: broadcast transaction %d of %d: %w", c.Chunk+1, len(chunks), err)
			}
			h := signed.Hash
			c.Raw, c.Hash, c.State = signed.Raw, &h, chunkSigned
			if err := s.st.NewsletterTx(ctx, func(n *store.NL) error { return n.PutBroadcastChunk(ctx, &c) }); err != nil {
				return nil, err
			}
		}
		if c.State == chunkSigned {
			if err := ch.Broadcast(ctx, c.Raw); err != nil && !chain.IsNonceTooLow(err) {
				return nil, fmt.Errorf("newsletter: sending broadcast transaction %d: %w", c.Chunk+1, err)
			}
			rcpt, err := ch.WaitMined(ctx, *c.Hash)
			if err != nil {
				if errors.Is(err, chain.ErrReverted) {
					_ = s.setBroadcastState(ctx, id, broadcastFailed)
				}
				return nil, fmt.Errorf("newsletter: broadcast transaction %d: %w", c.Chunk+1, err)
			}
			status := s.outcomes(ch, rcpt, recs, c.Chunk)
			c.Block, c.GasUsed, c.State = rcpt.BlockNumber.Uint64(), rcpt.GasUsed, chunkMined
			err = s.st.NewsletterTx(ctx, func(n *store.NL) error {
				for i := range recs {
					if st, ok := status[recs[i].Account]; ok && recs[i].Chunk == c.Chunk {
						recs[i].Status = st.status
						if st.fee != 0 {
							recs[i].Fee = st.fee
						}
						if err := n.PutBroadcastRecipient(ctx, &recs[i]); err != nil {
							return err
						}
					}
				}
				return n.PutBroadcastChunk(ctx, &c)
			})
			if err != nil {
				return nil, err
			}
		}
		paid += len(to)
		progress(Progress{Stage: "pay", Done: paid, Total: countPaid(recs)})
	}
	if err := s.setBroadcastState(ctx, id, broadcastFinal); err != nil {
		return nil, err
	}
	return s.broadcastResult(ctx, id)
}

func countPaid(recs []store.BroadcastRecipient) int {
	n := 0
	for _, r := range recs {
		if r.Chunk >= 0 {
			n++
		}
	}
	return n
}

// postBroadcast posts every recipient's envelope to its inbox relays
// before anything is paid.
func (s *Service) postBroadcast(ctx context.Context, recs []store.BroadcastRecipient, progress func(Progress)) error {
	total := countPaid(recs)
	done := 0
	for i := range recs {
		r := &recs[i]
		if r.Chunk < 0 {
			continue
		}
		if !r.Posted {
			ev, err := parseRecorded(r.Event)
			if err != nil {
				return err
			}
			if _, err := s.post(ctx, r.Relays, ev); err != nil {
				return fmt.Errorf("newsletter: posting the broadcast to %s (run it again to retry; nothing is paid yet): %w", r.Account.Hex(), err)
			}
			r.Posted = true
			if err := s.st.NewsletterTx(ctx, func(n *store.NL) error { return n.PutBroadcastRecipient(ctx, r) }); err != nil {
				return err
			}
		}
		done++
		progress(Progress{Stage: "post", Done: done, Total: total})
	}
	return nil
}

type outcome struct {
	status string
	fee    uint64
}

// outcomes reads a broadcast receipt: each recipient delivered (with its
// fee) or skipped (with the reason).
func (s *Service) outcomes(ch *chain.Chain, rcpt *types.Receipt, recs []store.BroadcastRecipient, chunk int) map[common.Address]outcome {
	secrets := map[[32]byte]common.Address{}
	for _, r := range recs {
		if r.Chunk == chunk {
			secrets[r.Secret] = r.Account
		}
	}
	out := map[common.Address]outcome{}
	for _, lg := range rcpt.Logs {
		if d, err := contracts.UnpackDelivered(lg); err == nil {
			if a, ok := secrets[d.Secret]; ok && d.To == a {
				out[a] = outcome{status: "delivered", fee: d.Fee}
			}
			continue
		}
		if ev, err := ch.ABI().UnpackRecipientSkippedEvent(lg); err == nil && ev.From == ch.From() {
			out[ev.To] = outcome{status: "skipped: " + contracts.SkipReason(ev.Reason).String()}
		}
	}
	return out
}

// BroadcastStatus returns a recorded broadcast's result.
func (s *Service) BroadcastStatus(ctx context.Context, id int64) (*BroadcastResult, error) {
	return s.broadcastResult(ctx, id)
}

func (s *Service) broadcastResult(ctx context.Context, id int64) (*BroadcastResult, error) {
	nl := s.st.Newsletters()
	recs, err := nl.BroadcastRecipients(ctx, id)
	if err != nil {
		return nil, err
	}
	chunks, err := nl.BroadcastChunks(ctx, id)
	if err != nil {
		return nil, err
	}
	res := &BroadcastResult{ID: id, Recipients: recs}
	for _, c := range chunks {
		res.GasUsed += c.GasUsed
		if c.Hash != nil {
			res.TxHashes = append(res.TxHashes, *c.Hash)
		}
	}
	for _, r := range recs {
		switch {
		case r.Status == "delivered":
			res.Delivered++
			res.Fees += r.Fee
		case r.Chunk < 0:
			res.Refused++
		case len(r.Status) > 0:
			res.Skipped++
		}
	}
	return res, nil
}
