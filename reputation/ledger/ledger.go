package ledger

import (
	"bytes"
	"errors"
	"fmt"
	"math"

	"github.com/bmail-network/bmail/internal/chainmath"
	"github.com/bmail-network/bmail/pricing"
	"github.com/bmail-network/bmail/reputation"
)

// Address is an account address (20 bytes, as go-ethereum's common.Address).
type Address [20]byte

// Less reports whether a sorts before b (the contract's a < b on addresses).
func (a Address) Less(b Address) bool { return bytes.Compare(a[:], b[:]) < 0 }

// PairKey names a pair by its lower and higher address.
type PairKey struct{ Lo, Hi Address }

// KeyOf returns the pair key of {a, b}.
func KeyOf(a, b Address) PairKey {
	if a.Less(b) {
		return PairKey{a, b}
	}
	return PairKey{b, a}
}

// Withdrawal is a pending two-step withdrawal.
type Withdrawal struct{ Amount, ReadyAt uint64 }

// Ledger models the BMail contract's whole state and rules. Each method
// mirrors one contract function: on success it changes the state exactly as
// the contract does; on error (the contract would revert) it changes nothing.
type Ledger struct {
	Accounts    map[Address]pricing.Account
	Standings   map[Address]pricing.Standing
	Pairs       map[PairKey]pricing.Pair
	Networks    map[[32]byte]pricing.Params
	Withdrawals map[Address]Withdrawal
	TotalSupply uint64 // reputation issued minus burned (the ERC-20 totalSupply)

	// Accounting kept by the model only (the contract keeps none of it):
	Deposited, Withdrawn, Burned uint64 // gwei
	Minted                       uint64 // reputation minted by valuable acks (= credit granted)
	CreditUsed                   uint64 // credit spent on discounts (gwei of price)
}

// NewLedger is an empty contract with the two presets.
func NewLedger() *Ledger {
	return &Ledger{
		Accounts:    map[Address]pricing.Account{},
		Standings:   map[Address]pricing.Standing{},
		Pairs:       map[PairKey]pricing.Pair{},
		Networks:    map[[32]byte]pricing.Params{pricing.PersonalID: pricing.Personal, pricing.NewsletterID: pricing.Newsletter},
		Withdrawals: map[Address]Withdrawal{},
	}
}

// Reject is why the per-recipient path refused a mail: Code is the
// contract's skip reason (contracts.SkipReason), A and B the arguments of
// the matching named error.
type Reject struct {
	Code uint8
	A, B uint64
}

func (r *Reject) Error() string {
	return fmt.Sprintf("reputation: mail refused (reason %d: %d, %d)", r.Code, r.A, r.B)
}

// Skip reason codes (the contract's; contracts.SkipReason names them).
const (
	SkipBadSignature        uint8 = 1
	SkipHighS               uint8 = 2
	SkipUnknownSigner       uint8 = 3
	SkipExpired             uint8 = 4
	SkipDeadlineTooFar      uint8 = 5
	SkipNonceTooLow         uint8 = 6
	SkipNonceUsed           uint8 = 7
	SkipUnknownNetwork      uint8 = 8
	SkipBadRecipient        uint8 = 9
	SkipBadSize             uint8 = 10
	SkipBlocked             uint8 = 11
	SkipBelowMinReputation  uint8 = 12
	SkipFeeAboveMax         uint8 = 13
	SkipRelayFeeAboveCap    uint8 = 14
	SkipInsufficientBalance uint8 = 15
	SkipOwedOverflow        uint8 = 16
	SkipBadRelay            uint8 = 17
)

// Errors of the non-mail functions (named as the contract's errors).
var (
	ErrUnknownNetwork        = errors.New("reputation: UnknownNetwork")
	ErrNetworkExists         = errors.New("reputation: NetworkExists")
	ErrNotWholeGwei          = errors.New("reputation: NotWholeGwei")
	ErrBalanceOverflow       = errors.New("reputation: BalanceOverflow")
	ErrNoPendingMail         = reputation.ErrNoPendingMail
	ErrAlreadyAcked          = reputation.ErrAlreadyAcked
	ErrAckWindowClosed       = reputation.ErrAckWindowClosed
	ErrNotColdMail           = reputation.ErrNotColdMail
	ErrSpamAlreadyMarked     = reputation.ErrSpamAlreadyMarked
	ErrBadVerdict            = reputation.ErrBadVerdict
	ErrBadRecipient          = errors.New("reputation: BadRecipient")
	ErrEndorseBeyondFloor    = reputation.ErrEndorseBeyondFloor
	ErrEndorseCapExceeded    = reputation.ErrEndorseCapExceeded
	ErrNoWithdrawalRequested = errors.New("reputation: NoWithdrawalRequested")
	ErrWithdrawalNotReady    = errors.New("reputation: WithdrawalNotReady")
	ErrInsufficientBalance   = errors.New("reputation: InsufficientBalance")
	ErrFeeAboveMax           = errors.New("reputation: FeeAboveMax")
	ErrTooManyRecipients     = errors.New("reputation: TooManyRecipients")
)

// Mail is one message on the per-recipient path.
type Mail struct {
	Network  [32]byte
	To       Address
	Size     uint32
	MaxFee   uint64
	Relay    Address
	RelayFee uint64
	N        uint32 // recipients in total
}

// Delivery is what a delivered mail did (the Delivered event plus the burn
// and the credit it spent).
type Delivery struct {
	From, To   Address
	Fee        uint64
	Burn       uint64
	RelayFee   uint64
	FullFee    uint64 // what the fee would have been without reputation
	CreditUsed uint64 // gwei of price the sender's credit paid
}

// Deposit credits gwei to a.
func (l *Ledger) Deposit(a Address, gwei uint64) error {
	acct := l.Accounts[a]
	if acct.Balance+gwei < acct.Balance {
		return ErrBalanceOverflow
	}
	acct.Balance += gwei
	l.Accounts[a] = acct
	l.Deposited += gwei
	return nil
}

// CreateNetwork adds a network.
func (l *Ledger) CreateNetwork(p pricing.Params) ([32]byte, error) {
	if err := p.Validate(); err != nil {
		return [32]byte{}, err
	}
	id := p.ID()
	if _, ok := l.Networks[id]; ok {
		return id, ErrNetworkExists
	}
	l.Networks[id] = p
	return id, nil
}

// Send mirrors BMail.send.
func (l *Ledger) Send(now uint64, from Address, m Mail) (Delivery, error) {
	p, ok := l.Networks[m.Network]
	if !ok {
		return Delivery{}, ErrUnknownNetwork
	}
	m.N = 1
	if m.RelayFee != 0 && m.Relay == (Address{}) {
		return Delivery{}, &Reject{Code: SkipBadRelay}
	}
	acct := l.Accounts[from].Rebase(now)
	acct, dl, rej := l.deliver(now, p, acct, from, m)
	if rej != nil {
		return Delivery{}, rej
	}
	l.Accounts[from] = acct
	if m.RelayFee != 0 {
		if err := l.credit(m.Relay, m.RelayFee); err != nil {
			return Delivery{}, err // cannot happen below 2^64 gwei in total
		}
	}
	return dl, nil
}

// Broadcast mirrors BMail.broadcast: recipients refused for blocking, the
// first-contact minimum, a bad address or an owed overflow are skipped
// (returned in skipped with their codes); any other refusal fails it all.
func (l *Ledger) Broadcast(now uint64, from Address, network [32]byte, to []Address, size uint32, maxFee uint64, relay Address, relayFee uint64) (out []Delivery, skipped map[int]uint8, err error) {
	n := len(to)
	if n == 0 || n > 1024 {
		return nil, nil, ErrTooManyRecipients
	}
	p, ok := l.Networks[network]
	if !ok {
		return nil, nil, ErrUnknownNetwork
	}
	if relayFee != 0 && relay == (Address{}) {
		return nil, nil, &Reject{Code: SkipBadRelay}
	}
	// Work on a copy of the pairs so a failure changes nothing.
	saved := make(map[PairKey]pricing.Pair, n)
	for _, t := range to {
		k := KeyOf(from, t)
		if _, ok := saved[k]; !ok {
			saved[k] = l.Pairs[k]
		}
	}
	restore := func() {
		for k, v := range saved {
			if v == (pricing.Pair{}) {
				delete(l.Pairs, k)
			} else {
				l.Pairs[k] = v
			}
		}
	}
	acct := l.Accounts[from].Rebase(now)
	var price uint64
	skipped = map[int]uint8{}
	burned := uint64(0)
	for i, t := range to {
		a2, dl, rej := l.deliver(now, p, acct, from, Mail{Network: network, To: t, Size: size, MaxFee: math.MaxUint64, Relay: relay, RelayFee: relayFee, N: uint32(n)})
		if rej == nil {
			acct = a2
			price += dl.Fee + dl.Burn
			burned += dl.Burn
			out = append(out, dl)
			continue
		}
		switch rej.Code {
		case SkipBlocked, SkipBelowMinReputation, SkipBadRecipient, SkipOwedOverflow:
			skipped[i] = rej.Code
		default:
			restore()
			l.Burned -= burned
			return nil, nil, rej
		}
	}
	if price > maxFee {
		restore()
		l.Burned -= burned
		return nil, nil, ErrFeeAboveMax
	}
	l.Accounts[from] = acct
	if relayFee != 0 && len(out) != 0 {
		if err := l.credit(relay, relayFee*uint64(len(out))); err != nil {
			return nil, nil, err
		}
	}
	return out, skipped, nil
}

// Order is one order of a settlement batch as the contract sees it after
// checking its signature: Signer is the recovered address, SigCode a
// signature-level skip reason (SkipBadSignature, SkipHighS) or 0.
type Order struct {
	Signer   Address
	SigCode  uint8
	Network  [32]byte
	To       Address
	Size     uint32
	MaxFee   uint64
	RelayFee uint64
	Nonce    uint32
	Deadline uint64
}

// Settle mirrors BMail.settle for relay = msg.sender; it returns the skip
// code of each order (0 = delivered) and the deliveries.
func (l *Ledger) Settle(now uint64, relay Address, orders []Order) ([]uint8, []Delivery, error) {
	codes := make([]uint8, len(orders))
	var out []Delivery
	var cur Address
	var acct pricing.Account
	var known, dirty bool
	var relayFees uint64
	for i, o := range orders {
		if o.SigCode != 0 {
			codes[i] = o.SigCode
			continue
		}
		if o.Signer != cur {
			if dirty {
				l.Accounts[cur] = acct
			}
			dirty = false
			cur = o.Signer
			raw := l.Accounts[o.Signer]
			known = raw != (pricing.Account{})
			acct = raw.Rebase(now)
		}
		var code uint8
		p, netOK := l.Networks[o.Network]
		switch {
		case !known:
			code = SkipUnknownSigner
		case o.Deadline < now:
			code = SkipExpired
		case o.Deadline > now+3600:
			code = SkipDeadlineTooFar
		case !netOK:
			code = SkipUnknownNetwork
		}
		var nw pricing.Account
		if code == 0 {
			nw, code = useNonce(acct, o.Nonce)
		}
		if code == 0 {
			a2, dl, rej := l.deliver(now, p, nw, o.Signer, Mail{Network: o.Network, To: o.To, Size: o.Size, MaxFee: o.MaxFee, Relay: relay, RelayFee: o.RelayFee, N: 1})
			if rej == nil {
				acct = a2
				dirty = true
				relayFees += o.RelayFee
				out = append(out, dl)
				continue
			}
			code = rej.Code
		}
		codes[i] = code
	}
	if dirty {
		l.Accounts[cur] = acct
	}
	if relayFees != 0 {
		if err := l.credit(relay, relayFees); err != nil {
			return nil, nil, err
		}
	}
	return codes, out, nil
}

// useNonce mirrors BMail._useNonce.
func useNonce(a pricing.Account, nonce uint32) (pricing.Account, uint8) {
	base := uint64(a.NonceBase)
	n := uint64(nonce)
	if n < base {
		return a, SkipNonceTooLow
	}
	bits := a.NonceBits
	if n >= base+pricing.NonceWindow {
		nb := n - (pricing.NonceWindow - 1)
		sh := nb - base
		if sh >= 64 {
			bits = 0
		} else {
			bits >>= sh
		}
		base = nb
	}
	bit := uint64(1) << (n - base)
	if bits&bit != 0 {
		return a, SkipNonceUsed
	}
	a.NonceBits = bits | bit
	a.NonceBase = uint32(base)
	return a, 0
}

// CancelBelow mirrors BMail.cancelBelow.
func (l *Ledger) CancelBelow(a Address, below uint32) {
	acct := l.Accounts[a]
	if below <= acct.NonceBase {
		return
	}
	sh := uint64(below - acct.NonceBase)
	if sh >= 64 {
		acct.NonceBits = 0
	} else {
		acct.NonceBits >>= sh
	}
	acct.NonceBase = below
	l.Accounts[a] = acct
}

// NonceUsed mirrors BMail.nonceUsed.
func (l *Ledger) NonceUsed(a Address, nonce uint32) bool {
	acct := l.Accounts[a]
	if nonce < acct.NonceBase {
		return true
	}
	if uint64(nonce) >= uint64(acct.NonceBase)+pricing.NonceWindow {
		return false
	}
	return acct.NonceBits>>(nonce-acct.NonceBase)&1 != 0
}

// deliver mirrors BMail._deliver: acct is the sender's account already
// rebased to now; on success the pair is written and the debited account
// returned.
func (l *Ledger) deliver(now uint64, p pricing.Params, acct pricing.Account, from Address, m Mail) (pricing.Account, Delivery, *Reject) {
	to := m.To
	if to == (Address{}) || to == from {
		return acct, Delivery{}, &Reject{Code: SkipBadRecipient}
	}
	if m.Size == 0 || m.Size > pricing.MaxSize {
		return acct, Delivery{}, &Reject{Code: SkipBadSize}
	}
	key := KeyOf(from, to)
	nowH := now / 3600
	pw := l.Pairs[key].Rebase(nowH)
	d := 0
	if to.Less(from) {
		d = 1
	}
	if pw.Blocks[1-d] {
		return acct, Delivery{}, &Reject{Code: SkipBlocked}
	}
	j := chainmath.PairTick(nowH)
	rev := chainmath.ValueAt(pw.Count[1-d], j)
	fwd := chainmath.ValueAt(pw.Count[d], j)
	rep := pricing.TotalRep(acct, l.Standings[from], now)
	if rev < pricing.ColdBelow {
		if min := l.Standings[to].MinRep; min != 0 && rep < min {
			return acct, Delivery{}, &Reject{Code: SkipBelowMinReputation, A: rep, B: min}
		}
		pw.Cold[d] = true
	} else {
		pw.Cold[d] = false
	}
	n := m.N
	if n == 0 {
		n = 1
	}
	b := pricing.Compute(p, pricing.Inputs{Size: m.Size, Recipients: n, Rate: acct.RateAt(now), Rep: rep, Spam: acct.SpamAt(now),
		Fwd: fwd, Rev: rev, Credit: acct.Credit})
	price := b.Fee + b.Burn // fee ≤ 2^64−1, burn ≤ fee/2: may exceed 2^64 only when fee saturated
	if price < b.Fee || price > m.MaxFee {
		pa := price
		if price < b.Fee {
			pa = math.MaxUint64
		}
		return acct, Delivery{}, &Reject{Code: SkipFeeAboveMax, A: pa, B: m.MaxFee}
	}
	b.RelayFee = m.RelayFee
	if m.RelayFee > b.RelayCap {
		return acct, Delivery{}, &Reject{Code: SkipRelayFeeAboveCap, A: m.RelayFee, B: b.RelayCap}
	}
	total := price + m.RelayFee
	if total < price {
		total = math.MaxUint64
	}
	if total > acct.Balance {
		return acct, Delivery{}, &Reject{Code: SkipInsufficientBalance, A: acct.Balance, B: total}
	}
	owed := pw.Owed[1-d] + b.Fee
	if owed > chainmath.MaskOwed {
		return acct, Delivery{}, &Reject{Code: SkipOwedOverflow}
	}
	// Effects.
	acct = pricing.Paid(acct, b, now)
	pw.Owed[1-d] = owed
	pw.Count[d] = chainmath.AddSat(pw.Count[d], pricing.CountUnit, j, chainmath.MaskCount)
	pw = reputation.RecordPaid(pw, d, b.Burn, nowH)
	l.Pairs[key] = pw
	l.Burned += b.Burn
	l.CreditUsed += b.CreditUsed
	return acct, Delivery{From: from, To: to, Fee: b.Fee, Burn: b.Burn, RelayFee: m.RelayFee, FullFee: b.FullFee, CreditUsed: b.CreditUsed}, nil
}

func (l *Ledger) credit(a Address, gwei uint64) error {
	acct := l.Accounts[a]
	if acct.Balance+gwei < acct.Balance {
		return ErrBalanceOverflow
	}
	acct.Balance += gwei
	l.Accounts[a] = acct
	return nil
}

// Ack mirrors BMail.ack: acker's verdict on sender's pending paid mail. It
// returns the reputation minted (valuable acks only).
func (l *Ledger) Ack(now uint64, acker, sender Address, verdict uint8) (uint64, error) {
	if verdict > reputation.Spam {
		return 0, ErrBadVerdict
	}
	if sender == acker {
		return 0, ErrNoPendingMail
	}
	key := KeyOf(sender, acker)
	d := 0
	if acker.Less(sender) {
		d = 1
	}
	pw, sw, minted, err := reputation.Ack(l.Pairs[key], d, l.Accounts[sender].Rebase(now), l.Accounts[acker].RepAt(now), verdict, now)
	if err != nil {
		return 0, err
	}
	l.TotalSupply += minted
	l.Minted += minted
	l.Pairs[key] = pw
	l.Accounts[sender] = sw
	return minted, nil
}

// Endorse mirrors BMail.endorse; it returns the reputation `to` received.
func (l *Ledger) Endorse(now uint64, from, to Address, amount uint64) (uint64, error) {
	if to == from || to == (Address{}) {
		return 0, ErrBadRecipient
	}
	sw, st, received, err := reputation.Endorse(l.Accounts[from].Rebase(now), l.Standings[to], amount, now)
	if err != nil {
		return 0, err
	}
	l.Standings[to] = st
	l.Accounts[from] = sw
	ta := l.Accounts[to]
	ta.HasStanding = true
	l.Accounts[to] = ta
	l.TotalSupply = l.TotalSupply + received - amount
	return received, nil
}

// SetMinReputation mirrors BMail.setMinReputation.
func (l *Ledger) SetMinReputation(a Address, min uint64) {
	if min > chainmath.MaskRep {
		min = chainmath.MaskRep
	}
	st := l.Standings[a]
	st.MinRep = min
	l.Standings[a] = st
}

// SetBlocked mirrors BMail.setBlocked (a blocks or unblocks sender).
func (l *Ledger) SetBlocked(a, sender Address, blocked bool) error {
	if sender == a || sender == (Address{}) {
		return ErrBadRecipient
	}
	key := KeyOf(a, sender)
	pw := l.Pairs[key]
	if a.Less(sender) {
		pw.Blocks[0] = blocked
	} else {
		pw.Blocks[1] = blocked
	}
	l.Pairs[key] = pw
	return nil
}

// Claim mirrors BMail.claim.
func (l *Ledger) Claim(a Address, others []Address) (uint64, error) {
	var sum uint64
	for _, o := range others {
		if o == a {
			continue
		}
		key := KeyOf(a, o)
		pw := l.Pairs[key]
		i := 1
		if a.Less(o) {
			i = 0
		}
		if pw.Owed[i] == 0 {
			continue
		}
		sum += pw.Owed[i]
		pw.Owed[i] = 0
		l.Pairs[key] = pw
	}
	if sum != 0 {
		if err := l.credit(a, sum); err != nil {
			return 0, err
		}
	}
	return sum, nil
}

// RequestWithdrawal mirrors BMail.requestWithdrawal.
func (l *Ledger) RequestWithdrawal(now uint64, a Address, amount uint64) {
	if amount == 0 {
		delete(l.Withdrawals, a)
		return
	}
	l.Withdrawals[a] = Withdrawal{Amount: amount, ReadyAt: now + 3600}
}

// CompleteWithdrawal mirrors BMail.completeWithdrawal; it returns the gwei paid out.
func (l *Ledger) CompleteWithdrawal(now uint64, a Address) (uint64, error) {
	w, ok := l.Withdrawals[a]
	if !ok {
		return 0, ErrNoWithdrawalRequested
	}
	if now < w.ReadyAt {
		return 0, ErrWithdrawalNotReady
	}
	acct := l.Accounts[a]
	if w.Amount > acct.Balance {
		return 0, ErrInsufficientBalance
	}
	acct.Balance -= w.Amount
	l.Accounts[a] = acct
	delete(l.Withdrawals, a)
	l.Withdrawn += w.Amount
	return w.Amount, nil
}

// BalanceOf is the ERC-20 view: earned plus endorsed reputation at now.
func (l *Ledger) BalanceOf(now uint64, a Address) uint64 {
	acct := l.Accounts[a]
	return pricing.TotalRep(acct, l.Standings[a], now)
}

// Liabilities is Σ balances + Σ owed (gwei the contract owes its users).
func (l *Ledger) Liabilities() uint64 {
	var s uint64
	for _, a := range l.Accounts {
		s += a.Balance
	}
	for _, p := range l.Pairs {
		s += p.Owed[0] + p.Owed[1]
	}
	return s
}
