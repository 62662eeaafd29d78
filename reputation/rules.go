package reputation

import (
	"errors"

	"github.com/bmail-network/bmail/internal/chainmath"
)

// The storage words the rules read and write (the contract's layout).
type (
	Account  = chainmath.Account
	Standing = chainmath.Standing
	Pair     = chainmath.Pair
)

// Contract constants of the reputation rules.
const (
	AckWindowHours = 720    // acks accepted while the mail is younger than this
	RhoDen         = 2      // ρ = 1/2: minted ≤ burn/2
	StandingFull   = 10_000 // acker reputation at which an ack counts fully
	EndorseFloor   = 1_000  // reputation an endorser keeps
	EndorseMax     = 10_000 // endorsed reputation an account receives per RepHalfLife epoch
	SpamMark       = chainmath.CountUnit
)

// Verdicts of an ack.
const (
	Abstain  uint8 = 0
	Valuable uint8 = 1
	Spam     uint8 = 2
)

// Errors of the rules, named as the contract's.
var (
	ErrBadVerdict         = errors.New("reputation: BadVerdict")
	ErrNoPendingMail      = errors.New("reputation: NoPendingMail")
	ErrAlreadyAcked       = errors.New("reputation: AlreadyAcked")
	ErrAckWindowClosed    = errors.New("reputation: AckWindowClosed")
	ErrNotColdMail        = errors.New("reputation: NotColdMail")
	ErrSpamAlreadyMarked  = errors.New("reputation: SpamAlreadyMarked")
	ErrEndorseBeyondFloor = errors.New("reputation: EndorseBeyondFloor")
	ErrEndorseCapExceeded = errors.New("reputation: EndorseCapExceeded")
)

// Standing256 is the acker's standing factor in 1/256: 64 (¼) for a
// newcomer, rising linearly to 256 (1) at StandingFull reputation.
func Standing256(ackerRep uint64) uint64 {
	r := ackerRep
	if r > StandingFull {
		r = StandingFull
	}
	return 64 + 192*r/StandingFull
}

// MintAmount is what a valuable ack mints before saturation, from its share
// of the pending burn: ⌊share × standing256 × (AckWindowHours − age) /
// (RhoDen × 256 × AckWindowHours)⌋ ≤ share/2.
func MintAmount(share, ackerRep, ageHours uint64) uint64 {
	if ageHours >= AckWindowHours {
		return 0
	}
	return share * Standing256(ackerRep) * (AckWindowHours - ageHours) / (RhoDen * 256 * AckWindowHours)
}

// MaxMintPerAck is the largest mint a single ack can give (half the largest pending burn).
const MaxMintPerAck = chainmath.MaskBurn / RhoDen

// RecordPaid is what a paid mail does to direction d of a pair at hour nowH:
// one more pending ack (at most MaxPending), its burn added to the pending
// burn (saturating), and the hour of the last paid mail — except that a spam
// mark younger than the ack window keeps its hour. Pending acks and burn
// older than the window are dropped first.
func RecordPaid(p Pair, d int, burn, nowH uint64) Pair {
	pend, sum, paid := p.Pending[d], p.Burn[d], p.Paid[d]
	expired := nowH-paid >= AckWindowHours
	if expired {
		pend, sum = 0, 0
	}
	if pend < chainmath.MaxPending {
		pend++
	}
	sum = min(sum+burn, chainmath.MaskBurn)
	if p.Marked[d] {
		if expired {
			p.Marked[d] = false
			paid = nowH
		}
	} else {
		paid = nowH
	}
	p.Pending[d], p.Burn[d], p.Paid[d] = pend, sum, paid
	return p
}

// Ack applies an acker's verdict on the paid mail of direction d of pair p
// (the sender's mail to the acker). sender is the sender's account rebased
// to now; ackerRep the acker's earned reputation at now. It returns the new
// pair and sender words and the reputation minted: a valuable ack takes the
// share pending burn / pending acks and mints at most half of it, adding the
// same amount to the sender's reputation and to its credit.
func Ack(p Pair, d int, sender Account, ackerRep uint64, verdict uint8, now uint64) (Pair, Account, uint64, error) {
	if verdict > Spam {
		return p, sender, 0, ErrBadVerdict
	}
	if p.Pending[d] == 0 {
		if p.Paid[d] == 0 {
			return p, sender, 0, ErrNoPendingMail
		}
		return p, sender, 0, ErrAlreadyAcked
	}
	nowH := now / 3600
	age := nowH - p.Paid[d]
	if age >= AckWindowHours {
		return p, sender, 0, ErrAckWindowClosed
	}
	if verdict == Spam {
		if !p.Cold[d] {
			return p, sender, 0, ErrNotColdMail
		}
		if p.Marked[d] {
			return p, sender, 0, ErrSpamAlreadyMarked
		}
		p.Pending[d], p.Burn[d] = 0, 0
		p.Marked[d] = true
		p.Paid[d] = nowH
		sender.Spam = chainmath.AddSat(sender.Spam, SpamMark, chainmath.TickIndex(now, chainmath.SpamHalfLife), chainmath.MaskSpam)
		return p, sender, 0, nil
	}
	share := p.Burn[d] / p.Pending[d]
	p.Burn[d] -= share
	p.Pending[d]--
	if verdict != Valuable {
		return p, sender, 0, nil
	}
	minted := MintAmount(share, ackerRep, age)
	if minted != 0 {
		j := chainmath.TickIndex(now, chainmath.RepHalfLife)
		before := chainmath.ValueAt(sender.Rep, j)
		sender.Rep = chainmath.AddSat(sender.Rep, minted, j, chainmath.MaskRep)
		minted = chainmath.ValueAt(sender.Rep, j) - before
		sender.Credit = min(sender.Credit+minted, chainmath.MaskCredit)
	}
	return p, sender, minted, nil
}

// Endorse gives the receiver (standing word st) half of amount of the
// giver's earned reputation and burns the other half; giver is rebased to
// now. The giver keeps at least EndorseFloor; the receiver takes at most
// EndorseMax per RepHalfLife epoch; the giver's credit is untouched
// (endorsement vouches, it does not pay). It returns the new words and the
// reputation the receiver gained.
func Endorse(giver Account, st Standing, amount, now uint64) (Account, Standing, uint64, error) {
	fr := chainmath.TickIndex(now, chainmath.RepHalfLife)
	rep := chainmath.ValueAt(giver.Rep, fr)
	var available uint64
	if rep > EndorseFloor {
		available = rep - EndorseFloor
	}
	if amount > available || amount < 2 {
		return giver, st, 0, ErrEndorseBeyondFloor
	}
	half := amount / 2
	if st.Time != now {
		st.Endorsed = chainmath.Shift(st.Endorsed, st.Time, now, chainmath.EndorsedHalfLife)
		st.Time = now
	}
	epoch := now / chainmath.RepHalfLife
	var recv uint64
	if st.Epoch == epoch&0xffff {
		recv = st.Received
	}
	if recv+half > EndorseMax {
		return giver, st, 0, ErrEndorseCapExceeded
	}
	fe := chainmath.TickIndex(now, chainmath.EndorsedHalfLife)
	before := chainmath.ValueAt(st.Endorsed, fe)
	st.Endorsed = chainmath.AddSat(st.Endorsed, half, fe, chainmath.MaskEndorsed)
	received := chainmath.ValueAt(st.Endorsed, fe) - before
	st.Received = recv + half
	st.Epoch = epoch & 0xffff
	giver.Rep -= min(giver.Rep, chainmath.Shrink(amount, fr))
	return giver, st, received, nil
}
