package pricing

import (
	"errors"

	"github.com/bmail-network/bmail/internal/chainmath"
)

// Quote errors (the contract's reasons a message cannot be sent as quoted).
var (
	ErrBadSize          = errors.New("pricing: size must be 1..16 MiB")
	ErrBadRecipient     = errors.New("pricing: recipient is the sender")
	ErrBlocked          = errors.New("pricing: the recipient blocks the sender")
	ErrBelowMinRep      = errors.New("pricing: cold mail below the recipient's minimum reputation")
	ErrRelayFeeAboveCap = errors.New("pricing: relay fee above the network's cap")
)

// State is the chain state a quote reads, as cached by a client: the raw
// words of the sender's account and standing, the pair, and the recipient's
// standing (for the first-contact minimum).
type State struct {
	Sender            Word
	SenderStanding    Word
	Pair              Word
	RecipientStanding Word
	SenderIsLo        bool // sender address < recipient address
}

// Request is what is being sent.
type Request struct {
	Size       uint32
	Recipients uint32 // total recipients of this message (1 for send and orders)
	RelayFee   uint64
	Now        uint64 // block time the payment is expected to land at (seconds)
}

// Quote prices one message from the cached state exactly as the contract
// would at time req.Now. The error reports what would make the contract
// refuse it (the breakdown is still filled when the refusal is about policy).
func Quote(p Params, st State, req Request) (Breakdown, error) {
	if req.Size == 0 || req.Size > MaxSize {
		return Breakdown{}, ErrBadSize
	}
	n := req.Recipients
	if n == 0 {
		n = 1
	}
	acct := ParseAccount(st.Sender)
	stand := ParseStanding(st.SenderStanding)
	nowH := req.Now / 3600
	pair := ParsePair(st.Pair).Rebase(nowH)
	d := Dir(st.SenderIsLo)
	in := Inputs{
		Size: req.Size, Recipients: n,
		Rate: acct.RateAt(req.Now), Rep: TotalRep(acct, stand, req.Now), Spam: acct.SpamAt(req.Now),
		Fwd: pair.CountAt(d, nowH), Rev: pair.CountAt(1-d, nowH), Credit: acct.Credit,
	}
	b := Compute(p, in)
	b.RelayFee = req.RelayFee
	if pair.Blocks[1-d] {
		return b, ErrBlocked
	}
	if in.Rev < ColdBelow {
		min := ParseStanding(st.RecipientStanding).MinRep
		if min != 0 && in.Rep < min {
			return b, ErrBelowMinRep
		}
	}
	if req.RelayFee > b.RelayCap {
		return b, ErrRelayFeeAboveCap
	}
	return b, nil
}

// Paid is the sender's account after paying b at now: the balance debited
// by b.Total(), one more mail in the rate and b.CreditUsed taken from the
// credit; the contract's sender-side effect of one delivered mail. A client
// quoting several mails of one batch or broadcast quotes each after the
// previous one was Paid (later mails see the higher rate and less credit).
func Paid(acct Account, b Breakdown, now uint64) Account {
	acct = acct.Rebase(now)
	acct.Balance -= min(acct.Balance, b.Total())
	acct.Rate = chainmath.AddSat(acct.Rate, CountUnit, chainmath.TickIndex(now, RateHalfLife), chainmath.MaskRate)
	acct.Credit -= min(acct.Credit, b.CreditUsed)
	return acct
}
