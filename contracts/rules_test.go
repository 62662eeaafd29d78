package contracts_test

import (
	"errors"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/contracts/bindings"
	"github.com/bmail-network/bmail/pricing"
	"github.com/bmail-network/bmail/reputation"
	"github.com/bmail-network/bmail/reputation/ledger"
)

const lots = uint64(1) << 40 // a maxFee that never binds

func TestErrorListMatchesABI(t *testing.T) {
	abiErrs := bindings.NewBMail().GetABI().Errors
	var names []string
	for _, e := range contracts.AllErrors {
		if _, ok := abiErrs[e.Name]; !ok {
			t.Errorf("Go error %s is not in the ABI", e.Name)
		}
		names = append(names, e.Name)
	}
	for name := range abiErrs {
		if !slices.Contains(names, name) {
			t.Errorf("ABI error %s has no Go sentinel", name)
		}
	}
}

func TestPresetsMatchPricing(t *testing.T) {
	e := newEnv(t, 1)
	if e.personal != pricing.PersonalID || e.news != pricing.NewsletterID {
		t.Fatalf("preset ids: chain %x %x, pricing %x %x", e.personal, e.news, pricing.PersonalID, pricing.NewsletterID)
	}
	for _, id := range [][32]byte{e.personal, e.news} {
		w := pricing.WordFromBig(e.word(e.ABI.PackNetworkWord(id)))
		want := pricing.Personal
		if id == e.news {
			want = pricing.Newsletter
		}
		if got := pricing.ParamsFromWord(w); got != want || w != want.Word() {
			t.Fatalf("network word %x: %+v, want %+v", id, got, want)
		}
	}
	out, err := e.Call(e.ABI.PackNetworkId(toBinding(pricing.Personal)))
	if err != nil {
		t.Fatal(err)
	}
	if id, _ := e.ABI.UnpackNetworkId(out); id != pricing.PersonalID {
		t.Fatalf("networkId = %x", id)
	}
}

func toBinding(p pricing.Params) bindings.BMailParams {
	return bindings.BMailParams{Base: p.Base, PerBucket: p.PerBucket, RateFree: p.RateFree, RateStep: p.RateStep,
		ReplyWeight: p.ReplyWeight, RepThreshold: p.RepThreshold, RepDiscountBps: p.RepDiscountBps,
		NewcomerSurchargeBps: p.NewcomerSurchargeBps, SpamSurchargeBps: p.SpamSurchargeBps,
		RecipientBps: p.RecipientBps, RelayCapBps: p.RelayCapBps, RelayFlat: p.RelayFlat, BurnBps: p.BurnBps}
}

func TestNetworks(t *testing.T) {
	e := newEnv(t, 3)
	p := pricing.Personal
	p.Base = 777
	rc := e.do(1, e.ABI.PackCreateNetwork(toBinding(p)))
	if len(rc.Logs) != 1 {
		t.Fatal("no NetworkCreated")
	}
	e.fails(2, e.ABI.PackCreateNetwork(toBinding(p)), contracts.ErrNetworkExists)
	// Every bound, as named by the field index, matches pricing.Validate.
	bad := []func(*pricing.Params){
		func(p *pricing.Params) { p.Base = 0 },
		func(p *pricing.Params) { p.PerBucket = 1e9 + 1 },
		func(p *pricing.Params) { p.RateStep = 0 },
		func(p *pricing.Params) { p.ReplyWeight = 101 },
		func(p *pricing.Params) { p.RepThreshold = 0 },
		func(p *pricing.Params) { p.RepDiscountBps = 9001 },
		func(p *pricing.Params) { p.NewcomerSurchargeBps = 10001 },
		func(p *pricing.Params) { p.SpamSurchargeBps = 10001 },
		func(p *pricing.Params) { p.RecipientBps = 10001 },
		func(p *pricing.Params) { p.RelayCapBps = 3001 },
		func(p *pricing.Params) { p.RelayFlat = 1_000_001 },
		func(p *pricing.Params) { p.BurnBps = 499 },
		func(p *pricing.Params) { p.BurnBps = 5001 },
	}
	for i, f := range bad {
		q := pricing.Personal
		f(&q)
		var pe *pricing.ParamsError
		if err := q.Validate(); !errors.As(err, &pe) {
			t.Fatalf("case %d: pricing accepts %+v", i, q)
		}
		_, err := e.Transact(e.key(1), e.ABI.PackCreateNetwork(toBinding(q)), nil)
		var re *contracts.RevertError
		if !errors.As(err, &re) || re.Name != "BadNetworkParams" || re.Args[0].(uint8) != pe.Field {
			t.Fatalf("case %d: want BadNetworkParams(%d), got %v", i, pe.Field, err)
		}
	}
	// Mail on an unknown network.
	e.deposit(1, 1_000_000)
	e.fails(1, e.sendData([32]byte{9}, 2, secret(1), 100, lots, common.Address{}, 0), contracts.ErrUnknownNetwork)
	// Mail on the new network is priced by its params.
	id := p.ID()
	q := e.quote(id, 1, 2, 100, 1)
	if want := pricing.Fee(p, pricing.Inputs{Size: 100, Recipients: 1}); q.Fee != want {
		t.Fatalf("custom network fee %d, want %d", q.Fee, want)
	}
}

func TestDeposits(t *testing.T) {
	e := newEnv(t, 2)
	_, err := e.Transact(e.key(1), e.ABI.PackDeposit(), big.NewInt(1e9+1))
	if !errors.Is(err, contracts.ErrNotWholeGwei) {
		t.Fatalf("non-gwei deposit: %v", err)
	}
	_, err = e.Transact(e.key(1), nil, big.NewInt(1e9))
	if !errors.Is(err, contracts.ErrNotWholeGwei) {
		t.Fatalf("plain transfer: %v", err)
	}
	rc, err := e.Transact(e.key(1), e.ABI.PackDepositTo(e.addr(0)), big.NewInt(5e9))
	if err != nil || rc.Status != 1 {
		t.Fatal(err)
	}
	if e.balance(0) != 5 {
		t.Fatalf("depositTo credited %d", e.balance(0))
	}
}

func TestFeeGuardsAndPolicies(t *testing.T) {
	e := newEnv(t, 4)
	e.deposit(1, 10_000_000)
	q := e.quote(e.personal, 1, 2, 5000, 1)
	price := q.Fee + q.Burn
	_, err := e.Transact(e.key(1), e.sendData(e.personal, 2, secret(1), 5000, price-1, common.Address{}, 0), nil)
	var re *contracts.RevertError
	if !errors.As(err, &re) || re.Name != "FeeAboveMax" || re.Args[0].(uint64) != price || re.Args[1].(uint64) != price-1 {
		t.Fatalf("want FeeAboveMax(%d, %d), got %v", price, price-1, err)
	}
	// Relay fee above the cap, and a relay fee without a relay.
	e.fails(1, e.sendData(e.personal, 2, secret(1), 5000, lots, e.addr(3), q.RelayCap+1), contracts.ErrRelayFeeAboveCap)
	e.fails(1, e.sendData(e.personal, 2, secret(1), 5000, lots, common.Address{}, 1), contracts.ErrBadRelay)
	e.fails(1, e.sendData(e.personal, 1, secret(1), 5000, lots, common.Address{}, 0), contracts.ErrBadRecipient)
	e.fails(1, e.sendData(e.personal, 2, secret(1), 0, lots, common.Address{}, 0), contracts.ErrBadSize)
	e.fails(1, e.sendData(e.personal, 2, secret(1), pricing.MaxSize+1, lots, common.Address{}, 0), contracts.ErrBadSize)
	// Insufficient balance.
	e.fails(3, e.sendData(e.personal, 2, secret(1), 5000, lots, common.Address{}, 0), contracts.ErrInsufficientBalance)
	// Exactly at the cap works.
	e.do(1, e.sendData(e.personal, 2, secret(2), 5000, price, e.addr(3), q.RelayCap))

	// Blocking: 2 blocks 1; unblocking restores delivery.
	e.do(2, e.ABI.PackBlockSender(e.addr(1), true))
	e.fails(1, e.sendData(e.personal, 2, secret(3), 100, lots, common.Address{}, 0), contracts.ErrBlocked)
	e.do(2, e.ABI.PackBlockSender(e.addr(1), false))
	e.do(1, e.sendData(e.personal, 2, secret(3), 100, lots, common.Address{}, 0))

	// First-contact minimum: cold mail below it is refused; a reply (warm) is not.
	e.do(3, e.ABI.PackSetMinReputation(500))
	_, err = e.Transact(e.key(1), e.sendData(e.personal, 3, secret(4), 100, lots, common.Address{}, 0), nil)
	if !errors.As(err, &re) || re.Name != "BelowMinReputation" || re.Args[1].(uint64) != 500 {
		t.Fatalf("want BelowMinReputation(_, 500), got %v", err)
	}
	e.deposit(3, 1_000_000)
	e.do(3, e.sendData(e.personal, 1, secret(5), 100, lots, common.Address{}, 0)) // 3 writes first
	e.do(1, e.sendData(e.personal, 3, secret(6), 100, lots, common.Address{}, 0)) // now a reply: warm
}

func TestReplyIsCheapAndRateEscalates(t *testing.T) {
	e := newEnv(t, 4)
	e.deposit(1, 100_000_000)
	e.deposit(2, 100_000_000)
	cold := e.quote(e.personal, 1, 2, 4096, 1).Fee
	e.do(1, e.sendData(e.personal, 2, secret(1), 4096, lots, common.Address{}, 0))
	reply := e.quote(e.personal, 2, 1, 4096, 1).Fee
	if reply*20 > cold {
		t.Fatalf("reply %d gwei is not near zero next to cold %d", reply, cold)
	}
	// A burst of mail from 1 to others makes 1's next cold mail cost more.
	before := e.quote(e.personal, 1, 3, 4096, 1).Fee
	for i := 0; i < 40; i++ {
		e.do(1, e.sendData(e.personal, 2, secret(10+i), 4096, lots, common.Address{}, 0))
	}
	after := e.quote(e.personal, 1, 3, 4096, 1).Fee
	if after <= before*2 {
		t.Fatalf("rate escalation: %d → %d", before, after)
	}
	// Larger mail costs more; more recipients cost more per recipient.
	if e.quote(e.personal, 3, 2, 64*1024, 1).Fee <= e.quote(e.personal, 3, 2, 4096, 1).Fee {
		t.Fatal("size not priced")
	}
	if e.quote(e.personal, 3, 2, 4096, 10).Fee <= e.quote(e.personal, 3, 2, 4096, 1).Fee {
		t.Fatal("recipients not priced")
	}
}

func TestAcks(t *testing.T) {
	e := newEnv(t, 5)
	e.deposit(1, 100_000_000)
	e.deposit(2, 100_000_000)
	e.fails(2, e.ABI.PackAck(e.addr(1), reputation.Valuable), contracts.ErrNoPendingMail)
	e.do(1, e.sendData(e.personal, 2, secret(1), 4096, lots, common.Address{}, 0))
	e.fails(2, e.ABI.PackAck(e.addr(1), 3), contracts.ErrBadVerdict)
	rc := e.do(2, e.ABI.PackAck(e.addr(1), reputation.Valuable))
	var minted uint64
	for _, l := range rc.Logs {
		if ev, err := e.ABI.UnpackAckedEvent(l); err == nil {
			minted = ev.Minted
		}
		if ev, err := e.ABI.UnpackTransferEvent(l); err == nil && (ev.From != common.Address{} || ev.To != e.addr(1)) {
			t.Fatalf("mint Transfer %+v", ev)
		}
	}
	if minted == 0 {
		t.Fatal("valuable ack minted nothing")
	}
	if got := e.word(e.ABI.PackBalanceOf(e.addr(1))).Uint64(); got != minted {
		t.Fatalf("balanceOf %d, minted %d", got, minted)
	}
	// Double ack.
	e.fails(2, e.ABI.PackAck(e.addr(1), reputation.Valuable), contracts.ErrAlreadyAcked)
	// Spam on warm mail: 2 replies, then 1 writes again (warm), 2 cannot mark it.
	e.do(2, e.sendData(e.personal, 1, secret(2), 100, lots, common.Address{}, 0))
	e.do(1, e.sendData(e.personal, 2, secret(3), 100, lots, common.Address{}, 0))
	e.fails(2, e.ABI.PackAck(e.addr(1), reputation.Spam), contracts.ErrNotColdMail)
	// Provoked spam: 3 cold-mails 2... rather: 1 (victim) replies to 3 (sybil); 3 marks the reply.
	e.deposit(3, 100_000_000)
	e.do(3, e.sendData(e.personal, 1, secret(4), 100, lots, common.Address{}, 0))
	e.do(1, e.sendData(e.personal, 3, secret(5), 100, lots, common.Address{}, 0))
	e.fails(3, e.ABI.PackAck(e.addr(1), reputation.Spam), contracts.ErrNotColdMail)
	// Spam on cold mail counts once per window.
	e.do(3, e.sendData(e.personal, 2, secret(6), 100, lots, common.Address{}, 0))
	e.do(3, e.sendData(e.personal, 2, secret(7), 100, lots, common.Address{}, 0))
	beforeQ := e.quote(e.personal, 3, 4, 100, 1).Fee
	e.do(2, e.ABI.PackAck(e.addr(3), reputation.Spam))
	if after := e.quote(e.personal, 3, 4, 100, 1).Fee; after <= beforeQ {
		t.Fatalf("spam mark did not raise the price: %d → %d", beforeQ, after)
	}
	e.do(3, e.sendData(e.personal, 2, secret(8), 100, lots, common.Address{}, 0))
	e.fails(2, e.ABI.PackAck(e.addr(3), reputation.Spam), contracts.ErrSpamAlreadyMarked)
	// The ack window closes.
	e.do(1, e.sendData(e.personal, 4, secret(9), 100, lots, common.Address{}, 0))
	e.Advance(721 * time.Hour)
	e.fails(4, e.ABI.PackAck(e.addr(1), reputation.Abstain), contracts.ErrAckWindowClosed)
}

// TestCreditPaysTheDiscount: valuable acks mint reputation and the same
// credit; the reputation's discount on later mail is paid from that credit,
// gwei of price for gwei of credit, and stops when it is spent.
func TestCreditPaysTheDiscount(t *testing.T) {
	e := newEnv(t, 12)
	for i := 1; i <= 11; i++ {
		e.deposit(i, 100_000_000)
	}
	// Account 1 cold-mails 2..9 big mail (burn ≈ 6,000 each); each values it at once.
	var minted uint64
	for j := 2; j <= 9; j++ {
		e.do(1, e.sendData(e.personal, j, secret(j), 64<<10, lots, common.Address{}, 0))
	}
	for j := 2; j <= 9; j++ {
		rc := e.do(j, e.ABI.PackAck(e.addr(1), reputation.Valuable))
		for _, l := range rc.Logs {
			if ev, err := e.ABI.UnpackAckedEvent(l); err == nil {
				minted += ev.Minted
			}
		}
	}
	acct := pricing.ParseAccount(e.state(e.addr(1), e.addr(10)).Sender)
	if minted == 0 || acct.Credit != minted {
		t.Fatalf("credit %d, minted %d", acct.Credit, minted)
	}
	// Cold mail to 10 and 11: each costs the price without reputation minus
	// what the credit paid, and the credit falls by exactly that.
	credit := acct.Credit
	for j := 10; j <= 11; j++ {
		st := e.state(e.addr(1), e.addr(j))
		b, err := pricing.Quote(pricing.Personal, st, pricing.Request{Size: 4096, Recipients: 1, Now: e.Now()})
		if err != nil {
			t.Fatal(err)
		}
		q := e.quote(e.personal, 1, j, 4096, 1)
		if q.Fee != b.Fee || q.Burn != b.Burn || b.Fee >= b.FullFee && credit > 0 {
			t.Fatalf("quote %+v, twin %+v", q, b)
		}
		before := e.balance(1)
		e.do(1, e.sendData(e.personal, j, secret(100+j), 4096, b.Price(), common.Address{}, 0))
		after := pricing.ParseAccount(e.state(e.addr(1), e.addr(j)).Sender)
		saved := b.FullFee + b.FullFee*uint64(pricing.Personal.BurnBps)/10_000 - b.Price()
		if before-e.balance(1) != b.Price() || after.Credit != credit-saved || saved != b.CreditUsed {
			t.Fatalf("paid %d of %+v; credit %d → %d", before-e.balance(1), b, credit, after.Credit)
		}
		credit = after.Credit
	}
	if credit >= acct.Credit {
		t.Fatal("credit was not spent")
	}
}

// TestAckSharesThePendingBurn: seven pending mails, the last one large; each
// ack mints from an equal share of what the seven burned, not from the last.
func TestAckSharesThePendingBurn(t *testing.T) {
	e := newEnv(t, 3)
	e.deposit(1, 1_000_000_000)
	e.deposit(2, 1_000_000_000)
	e.do(2, e.sendData(e.personal, 1, secret(1), 100, lots, common.Address{}, 0)) // warm: replies are cheap
	var burn uint64
	for i := 0; i < 7; i++ {
		size := uint32(100)
		if i == 6 {
			size = 600 << 10
		}
		q := e.quote(e.personal, 1, 2, size, 1)
		e.do(1, e.sendData(e.personal, 2, secret(10+i), size, lots, common.Address{}, 0))
		burn += q.Burn
	}
	p := pricing.ParsePair(e.state(e.addr(1), e.addr(2)).Pair)
	d := pricing.Dir(ledger.Address(e.addr(1)).Less(ledger.Address(e.addr(2))))
	if p.Pending[d] != 7 || p.Burn[d] != min(burn, 65_535) {
		t.Fatalf("pending %d burn %d, paid burn %d", p.Pending[d], p.Burn[d], burn)
	}
	var minted uint64
	for i := 0; i < 7; i++ {
		rc := e.do(2, e.ABI.PackAck(e.addr(1), reputation.Valuable))
		for _, l := range rc.Logs {
			if ev, err := e.ABI.UnpackAckedEvent(l); err == nil {
				minted += ev.Minted
			}
		}
	}
	if minted == 0 || minted*reputation.RhoDen > burn {
		t.Fatalf("minted %d from %d burned", minted, burn)
	}
}

func TestEndorse(t *testing.T) {
	e := newEnv(t, 6)
	e.deposit(1, 1_000_000_000)
	e.deposit(2, 1_000_000_000)
	// Earn reputation: 1 sends costly cold mail (64 KiB) to fresh recipients who ack it.
	e.fails(1, e.ABI.PackEndorse(e.addr(3), 10), contracts.ErrEndorseBeyondFloor)
	for i := 0; i < 4; i++ {
		for k := 2; k <= 4; k++ {
			e.do(1, e.sendData(e.newsNet(i), k, secret(100*i+k), pricing.MaxSize, lots, common.Address{}, 0))
			e.do(k, e.ABI.PackAck(e.addr(1), reputation.Valuable))
		}
	}
	rep := e.word(e.ABI.PackBalanceOf(e.addr(1))).Uint64()
	if rep <= reputation.EndorseFloor+10 {
		t.Fatalf("reputation %d too small for the test", rep)
	}
	_, err := e.Transact(e.key(1), e.ABI.PackEndorse(e.addr(5), rep-reputation.EndorseFloor+1), nil)
	var re *contracts.RevertError
	if !errors.As(err, &re) || re.Name != "EndorseBeyondFloor" || re.Args[0].(uint64) != rep-reputation.EndorseFloor {
		t.Fatalf("want EndorseBeyondFloor(%d), got %v", rep-reputation.EndorseFloor, err)
	}
	amount := uint64(1000)
	rc := e.do(1, e.ABI.PackEndorse(e.addr(5), amount))
	got := e.word(e.ABI.PackBalanceOf(e.addr(5))).Uint64()
	if got == 0 || got > amount/2 {
		t.Fatalf("endorsed %d received %d", amount, got)
	}
	if after := e.word(e.ABI.PackBalanceOf(e.addr(1))).Uint64(); after > rep-amount {
		t.Fatalf("endorser kept %d of %d after giving %d", after, rep, amount)
	}
	transfers := 0
	for _, l := range rc.Logs {
		if _, err := e.ABI.UnpackTransferEvent(l); err == nil {
			transfers++
		}
	}
	if transfers != 2 {
		t.Fatalf("endorse emitted %d Transfer events, want 2 (to the endorsee and the burn)", transfers)
	}
	// Endorsed reputation cannot be endorsed onward: 5 has only endorsed reputation.
	e.fails(5, e.ABI.PackEndorse(e.addr(4), 2), contracts.ErrEndorseBeyondFloor)
	// Endorsed reputation decays 4× faster than earned: after 16 days it has halved.
	e.Advance(16 * 24 * time.Hour)
	if later := e.word(e.ABI.PackBalanceOf(e.addr(5))).Uint64(); later > got/2+1 || later < got/2-2 {
		t.Fatalf("endorsed %d after one endorsed half-life: %d", got, later)
	}
	// The intake cap per half-life epoch: exactly EndorseMax is accepted, then nothing more.
	e.do(1, e.ABI.PackEndorse(e.addr(4), 2*reputation.EndorseMax))
	e.fails(1, e.ABI.PackEndorse(e.addr(4), 2), contracts.ErrEndorseCapExceeded)
}

// newsNet alternates networks so the endorsement test earns reputation fast.
func (e *env) newsNet(i int) [32]byte {
	if i%2 == 0 {
		return e.news
	}
	return e.personal
}

func TestERC20View(t *testing.T) {
	e := newEnv(t, 2)
	name, _ := e.Call(e.ABI.PackName())
	if s, _ := e.ABI.UnpackName(name); s != "b-mail reputation" {
		t.Fatalf("name %q", s)
	}
	sym, _ := e.Call(e.ABI.PackSymbol())
	if s, _ := e.ABI.UnpackSymbol(sym); s != "BREP" {
		t.Fatalf("symbol %q", s)
	}
	e.fails(1, e.ABI.PackTransfer(e.addr(0), big.NewInt(1)), contracts.ErrNotTransferable)
	e.fails(1, e.ABI.PackApprove(e.addr(0), big.NewInt(1)), contracts.ErrNotTransferable)
	e.fails(1, e.ABI.PackTransferFrom(e.addr(0), e.addr(1), big.NewInt(1)), contracts.ErrNotTransferable)
}

func TestWithdrawal(t *testing.T) {
	e := newEnv(t, 3)
	e.deposit(1, 5_000)
	e.fails(1, e.ABI.PackCompleteWithdrawal(e.addr(1)), contracts.ErrNoWithdrawalRequested)
	e.do(1, e.ABI.PackStartWithdrawal(6_000))
	e.fails(1, e.ABI.PackCompleteWithdrawal(e.addr(1)), contracts.ErrWithdrawalNotReady)
	e.Advance(time.Hour)
	e.fails(1, e.ABI.PackCompleteWithdrawal(e.addr(1)), contracts.ErrInsufficientBalance)
	e.do(1, e.ABI.PackStartWithdrawal(4_000))
	e.Advance(59 * time.Minute)
	e.fails(1, e.ABI.PackCompleteWithdrawal(e.addr(1)), contracts.ErrWithdrawalNotReady)
	e.Advance(time.Minute)
	before, _ := e.Client.BalanceAt(ctxBG(), e.addr(2), nil)
	e.do(1, e.ABI.PackCompleteWithdrawal(e.addr(2)))
	after, _ := e.Client.BalanceAt(ctxBG(), e.addr(2), nil)
	if new(big.Int).Sub(after, before).Cmp(gweiWei(4_000)) != 0 || e.balance(1) != 1_000 {
		t.Fatalf("withdrawal paid %v, balance left %d", new(big.Int).Sub(after, before), e.balance(1))
	}
	// A recipient that refuses ETH: the withdrawal reverts as a whole.
	refuser := e.deployRaw([]byte{0x5f, 0x5f, 0xfd}) // PUSH0 PUSH0 REVERT
	e.do(1, e.ABI.PackStartWithdrawal(500))
	e.Advance(time.Hour)
	e.fails(1, e.ABI.PackCompleteWithdrawal(refuser), contracts.ErrTransferFailed)
	if e.balance(1) != 1_000 {
		t.Fatal("failed withdrawal moved the balance")
	}
}

// deployRaw deploys runtime code verbatim and returns its address.
func (e *env) deployRaw(runtime []byte) common.Address {
	e.t.Helper()
	// initcode: copy runtime to memory and return it.
	n := byte(len(runtime))
	init := append([]byte{0x60, n, 0x60, 0x0c, 0x5f, 0x39, 0x60, n, 0x5f, 0xf3, 0x00, 0x00}, runtime...)
	addr, rc, err := e.deployCode(init, nil)
	if err != nil || rc.Status != 1 {
		e.t.Fatalf("deploy raw: %v", err)
	}
	return addr
}

func (e *env) deployCode(init []byte, value *big.Int) (common.Address, *types.Receipt, error) {
	tx, err := e.SendCreate(e.key(0), init, value)
	if err != nil {
		return common.Address{}, nil, err
	}
	e.Backend.Commit()
	rc, err := e.Receipt(tx)
	if err != nil {
		return common.Address{}, nil, err
	}
	return rc.ContractAddress, rc, nil
}

func TestForcedEtherKeepsInvariant(t *testing.T) {
	e := newEnv(t, 2)
	e.deposit(1, 7_000)
	// initcode: SELFDESTRUCT(bmail) during creation forces ETH in without receive().
	init := append([]byte{0x73}, e.Contract[:]...)
	init = append(init, 0xff)
	if _, _, err := e.deployCode(init, big.NewInt(123)); err != nil {
		t.Fatal(err)
	}
	bal, _ := e.Client.BalanceAt(ctxBG(), e.Contract, nil)
	if want := new(big.Int).Add(gweiWei(7_000), big.NewInt(123)); bal.Cmp(want) != 0 {
		t.Fatalf("contract balance %v, want %v", bal, want)
	}
	// Forced wei is owned by no one: the depositor can still take out exactly its gwei.
	e.do(1, e.ABI.PackStartWithdrawal(7_000))
	e.Advance(time.Hour)
	e.do(1, e.ABI.PackCompleteWithdrawal(e.addr(1)))
	bal, _ = e.Client.BalanceAt(ctxBG(), e.Contract, nil)
	if bal.Cmp(big.NewInt(123)) != 0 {
		t.Fatalf("left %v", bal)
	}
}

func TestClaimMovesEarnings(t *testing.T) {
	e := newEnv(t, 3)
	e.deposit(1, 1_000_000)
	rc := e.do(1, e.sendData(e.personal, 2, secret(1), 100, lots, common.Address{}, 0))
	fee := e.delivered(rc)[0].Fee
	out, err := e.CallFrom(e.addr(2), e.ABI.PackClaimFrom([]common.Address{e.addr(1), e.addr(2), e.addr(0)}))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := e.ABI.UnpackClaimFrom(out); got != fee {
		t.Fatalf("claim returns %d, want %d", got, fee)
	}
	e.do(2, e.ABI.PackClaimFrom([]common.Address{e.addr(1)}))
	if e.balance(2) != fee || e.owed(2, 1) != 0 {
		t.Fatalf("after claim balance %d owed %d", e.balance(2), e.owed(2, 1))
	}
}

func TestBroadcast(t *testing.T) {
	e := newEnv(t, 8)
	e.deposit(1, 100_000_000)
	e.do(4, e.ABI.PackBlockSender(e.addr(1), true))
	to := []common.Address{e.addr(2), e.addr(3), e.addr(4), e.addr(5)}
	ss := [][32]byte{secret(1), secret(2), secret(3), secret(4)}
	e.fails(1, e.ABI.PackBroadcast(e.news, to, ss[:3], 4096, lots, e.addr(6), 10), contracts.ErrLengthMismatch)
	e.fails(1, e.ABI.PackBroadcast(e.news, to, ss, 4096, 10, e.addr(6), 10), contracts.ErrFeeAboveMax)
	rc := e.do(1, e.ABI.PackBroadcast(e.news, to, ss, 4096, lots, e.addr(6), 10))
	evs := e.delivered(rc)
	if len(evs) != 3 {
		t.Fatalf("delivered %d, want 3 (one recipient blocks the sender)", len(evs))
	}
	skipped := 0
	for _, l := range rc.Logs {
		if ev, err := e.ABI.UnpackRecipientSkippedEvent(l); err == nil {
			skipped++
			if ev.To != e.addr(4) || contracts.SkipReason(ev.Reason) != contracts.SkipBlocked {
				t.Fatalf("skipped %+v", ev)
			}
		}
	}
	if skipped != 1 || e.balance(6) != 30 {
		t.Fatalf("skipped %d, relay earned %d", skipped, e.balance(6))
	}
	for i, ev := range evs {
		if ev.Secret != ss[[]int{0, 1, 3}[i]] {
			t.Fatal("secret mismatch")
		}
	}
	// Broadcast mail is ackable like any other.
	e.do(2, e.ABI.PackAck(e.addr(1), reputation.Valuable))
}

// orderEnv signs orders for relay r.
func (e *env) signed(from int, o contracts.Order) contracts.SignedOrder {
	e.t.Helper()
	so, err := contracts.SignOrder(e.key(from), o, contracts.DomainSeparator(chaintestChainID(), e.Contract))
	if err != nil {
		e.t.Fatal(err)
	}
	return so
}

func (e *env) settle(relay int, orders []contracts.SignedOrder) (*types.Receipt, map[int]contracts.SkipReason) {
	e.t.Helper()
	nets, data, err := contracts.PackOrders(orders)
	if err != nil {
		e.t.Fatal(err)
	}
	rc, skips := e.settleData(relay, nets, data)
	for _, l := range rc.Logs {
		if ev, err := e.ABI.UnpackOrderSkippedEvent(l); err == nil && ev.Nonce != orders[ev.Index].Nonce {
			e.t.Fatalf("OrderSkipped %d names nonce %d, the order has %d", ev.Index, ev.Nonce, orders[ev.Index].Nonce)
		}
	}
	return rc, skips
}

// settleData submits an already packed batch.
func (e *env) settleData(relay int, nets [][32]byte, data []byte) (*types.Receipt, map[int]contracts.SkipReason) {
	e.t.Helper()
	rc, err := e.TransactGas(e.key(relay), e.ABI.PackSettle(nets, data), nil, 5_000_000)
	if err != nil || rc.Status != 1 {
		e.t.Fatalf("settle: %v", err)
	}
	skips := map[int]contracts.SkipReason{}
	for _, l := range rc.Logs {
		if ev, err := e.ABI.UnpackOrderSkippedEvent(l); err == nil {
			skips[int(ev.Index)] = contracts.SkipReason(ev.Reason)
		}
	}
	return rc, skips
}

func TestSettleSkipsBadOrders(t *testing.T) {
	e := newEnv(t, 6)
	relay := 5
	e.deposit(1, 100_000_000)
	e.deposit(2, 100_000_000)
	now := e.Now()
	base := func(nonce uint32) contracts.Order {
		return contracts.Order{Network: e.personal, To: e.addr(3), Secret: secret(int(nonce)), Size: 4096,
			MaxFee: lots, RelayFee: 500, Nonce: nonce, Deadline: now + 1800, Relay: e.addr(relay)}
	}
	good := e.signed(1, base(1))
	replay := good
	expired := base(2)
	expired.Deadline = now - 1
	tooFar := base(3)
	tooFar.Deadline = now + 3*3600
	wrongRelay := base(4)
	wrongRelay.Relay = e.addr(4)
	wr := e.signed(1, wrongRelay)
	wr.Relay = e.addr(relay)
	// s just above n/2: the compact form (EIP-2098) cannot carry a malleated
	// s ≥ 2^255, so the high-s band the contract must refuse is (n/2, 2^255).
	highS := e.signed(1, base(5))
	new(big.Int).Add(new(big.Int).Rsh(secp256k1N, 1), big.NewInt(1)).FillBytes(highS.S[:])
	zero := e.signed(1, base(6))
	zero.R = [32]byte{}
	lowFee := base(7)
	lowFee.MaxFee = 1
	good2 := e.signed(2, base(1)) // another sender, same nonce number: fine
	orders := []contracts.SignedOrder{good, replay, e.signed(1, expired), e.signed(1, tooFar), wr, highS, zero,
		e.signed(1, lowFee), good2}
	rc, skips := e.settle(relay, orders)
	want := map[int]contracts.SkipReason{
		1: contracts.SkipNonceUsed, 2: contracts.SkipExpired, 3: contracts.SkipDeadlineTooFar,
		4: contracts.SkipUnknownSigner, 5: contracts.SkipHighS, 6: contracts.SkipBadSignature, 7: contracts.SkipFeeAboveMax,
	}
	for i, r := range want {
		if skips[i] != r {
			t.Errorf("order %d: skipped %v, want %v", i, skips[i], r)
		}
	}
	if len(skips) != len(want) || len(e.delivered(rc)) != 2 {
		t.Fatalf("skips %v, delivered %d", skips, len(e.delivered(rc)))
	}
	if e.balance(relay) != 1000 {
		t.Fatalf("relay earned %d", e.balance(relay))
	}
	// Replaying the whole batch delivers nothing.
	_, skips = e.settle(relay, orders[:1])
	if skips[0] != contracts.SkipNonceUsed {
		t.Fatalf("replayed batch: %v", skips)
	}
	// cancelBelow: nonces below are dead.
	e.do(1, e.ABI.PackCancelBelow(10))
	_, skips = e.settle(relay, []contracts.SignedOrder{e.signed(1, base(9)), e.signed(1, base(10))})
	if skips[0] != contracts.SkipNonceTooLow || len(skips) != 1 {
		t.Fatalf("after cancelBelow(10): %v", skips)
	}
	out, _ := e.Call(e.ABI.PackNonceUsed(e.addr(1), 10))
	if used, _ := e.ABI.UnpackNonceUsed(out); !used {
		t.Fatal("nonce 10 not marked used")
	}
	// The digest the contract computes equals the Go one.
	o := base(42)
	out, err := e.Call(e.ABI.PackOrderDigest(o.Network, o.To, o.Secret, o.Size, o.MaxFee, o.RelayFee, o.Nonce, o.Deadline, o.Relay))
	if err != nil {
		t.Fatal(err)
	}
	d, _ := e.ABI.UnpackOrderDigest(out)
	if d != o.Digest(contracts.DomainSeparator(chaintestChainID(), e.Contract)) {
		t.Fatal("order digest differs between Go and the contract")
	}
	// An unknown network is skipped after the deadline checks, between
	// orders on a known one.
	unknown := base(12)
	unknown.Network = [32]byte{0xee}
	expiredUnknown := unknown
	expiredUnknown.Nonce, expiredUnknown.Deadline = 13, now-1
	_, skips = e.settle(relay, []contracts.SignedOrder{e.signed(1, base(14)), e.signed(1, unknown),
		e.signed(1, expiredUnknown), e.signed(1, base(15))})
	if len(skips) != 2 || skips[1] != contracts.SkipUnknownNetwork || skips[2] != contracts.SkipExpired {
		t.Fatalf("unknown network: %v", skips)
	}
	// A recipient index beyond the batch's table reads the zero address:
	// the order was signed for its real recipient, so it is skipped.
	beyond := e.signed(1, base(11))
	nets, data, _ := contracts.PackOrders([]contracts.SignedOrder{beyond})
	head := contracts.BatchHeaderBytes + contracts.RecipientBytes
	data[head+97] = 1
	if _, skips = e.settleData(relay, nets, data); skips[0] != contracts.SkipUnknownSigner {
		t.Fatalf("recipient index beyond the table: %v", skips)
	}
	if _, skips = e.settle(relay, []contracts.SignedOrder{beyond}); len(skips) != 0 {
		t.Fatalf("the same order, packed right: %v", skips)
	}
	// Malformed batch length reverts the call itself: a cut order, or a
	// recipient table longer than the data.
	nets, data, _ = contracts.PackOrders(orders[:1])
	e.fails(relay, e.ABI.PackSettle(nets, data[:len(data)-1]), contracts.ErrBadOrders)
	data[1] = 200
	e.fails(relay, e.ABI.PackSettle(nets, data), contracts.ErrBadOrders)
	e.fails(relay, e.ABI.PackSettle(nets, data[:1]), contracts.ErrBadOrders)
}
