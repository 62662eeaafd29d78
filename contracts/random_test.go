package contracts_test

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/pricing"
	"github.com/bmail-network/bmail/reputation"
	"github.com/bmail-network/bmail/reputation/ledger"
)

// The random-operation engine behind the differential and invariant tests:
// every block carries one random operation from each of several distinct
// accounts; the same operations run on the Go model (ledger.Ledger) in
// the block's order, and the chain's success or revert must match the model.

type op struct {
	name  string
	from  int
	data  []byte
	value *big.Int
	gas   uint64
	apply func(now uint64) error // the model's version; nil error = must succeed on chain
}

type runner struct {
	*env
	t                                   *testing.T
	rng                                 *rand.Rand
	n                                   int // accounts in play (1..n; 0 deploys and relays too)
	model                               *ledger.Ledger
	ra                                  []ledger.Address
	domain                              [32]byte
	nonces                              []uint32
	ops                                 int
	reverts                             int
	delivered                           int
	acks, mints, spams, endorses, skips int
	feeBurned                           map[[32]byte]uint16 // network → burnBps, to compute burns from events
	burnedFromEvents                    uint64
	mintedFromEvents                    uint64
}

func newRunner(t *testing.T, seed uint64, n int) *runner {
	e := newEnv(t, n+1)
	r := &runner{env: e, t: t, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), n: n, model: ledger.NewLedger()}
	for _, a := range e.Addrs {
		r.ra = append(r.ra, ledger.Address(a))
	}
	r.nonces = make([]uint32, n+1)
	r.domain = contracts.DomainSeparator(chaintestChainID(), e.Contract)
	r.feeBurned = map[[32]byte]uint16{pricing.PersonalID: pricing.Personal.BurnBps, pricing.NewsletterID: pricing.Newsletter.BurnBps}
	return r
}

func (r *runner) acct() int { return 1 + r.rng.IntN(r.n) }

func (r *runner) other(i int) int {
	for {
		j := r.acct()
		if j != i {
			return j
		}
	}
}

func (r *runner) network() [32]byte {
	if r.rng.IntN(4) == 0 {
		return r.news
	}
	return r.personal
}

func (r *runner) size() uint32 {
	switch r.rng.IntN(10) {
	case 0:
		return uint32(r.rng.IntN(pricing.MaxSize) + 1)
	case 1:
		return 0 // BadSize
	default:
		return uint32(r.rng.IntN(64*1024) + 1)
	}
}

// randomOp builds one operation from account i.
func (r *runner) randomOp(i int) op {
	a := r.ABI
	ri := r.ra[i]
	switch k := r.rng.IntN(100); {
	case k < 8: // deposit
		g := uint64(r.rng.IntN(5_000_000) + 1)
		v := gweiWei(g)
		bad := r.rng.IntN(20) == 0
		if bad {
			v.Add(v, big.NewInt(1))
		}
		return op{name: "deposit", from: i, data: a.PackDeposit(), value: v, gas: 200_000, apply: func(uint64) error {
			if bad {
				return ledger.ErrNotWholeGwei
			}
			return r.model.Deposit(ri, g)
		}}
	case k < 40: // send
		j := r.other(i)
		if r.rng.IntN(30) == 0 {
			j = i
		}
		net, size := r.network(), r.size()
		maxFee := uint64(1) << 40
		if r.rng.IntN(6) == 0 {
			maxFee = uint64(r.rng.IntN(20_000))
		}
		relay := r.acct()
		relayFee := uint64(r.rng.IntN(3_000))
		if r.rng.IntN(5) == 0 {
			relayFee = 0
		}
		s := secret(r.rng.Int())
		return op{name: "send", from: i, data: r.sendData(net, j, s, size, maxFee, r.Addrs[relay], relayFee), gas: 400_000,
			apply: func(now uint64) error {
				_, err := r.model.Send(now, ri, ledger.Mail{Network: net, To: r.ra[j], Size: size, MaxFee: maxFee, Relay: r.ra[relay], RelayFee: relayFee})
				return err
			}}
	case k < 58: // ack
		j := r.other(i)
		v := uint8(r.rng.IntN(3))
		if r.rng.IntN(40) == 0 {
			v = 3
		}
		return op{name: "ack", from: i, data: a.PackAck(r.Addrs[j], v), gas: 300_000, apply: func(now uint64) error {
			_, err := r.model.Ack(now, ri, r.ra[j], v)
			return err
		}}
	case k < 63: // endorse
		j := r.other(i)
		amt := uint64(r.rng.IntN(3_000))
		if r.rng.IntN(2) == 0 {
			amt = uint64(2 + r.rng.IntN(300)) // small enough to pass the floor more often
		}
		return op{name: "endorse", from: i, data: a.PackEndorse(r.Addrs[j], amt), gas: 300_000, apply: func(now uint64) error {
			_, err := r.model.Endorse(now, ri, r.ra[j], amt)
			return err
		}}
	case k < 66: // min reputation
		m := uint64(0)
		if r.rng.IntN(2) == 0 {
			m = uint64(r.rng.IntN(3_000))
		}
		return op{name: "minrep", from: i, data: a.PackSetMinReputation(m), gas: 100_000, apply: func(uint64) error {
			r.model.SetMinReputation(ri, m)
			return nil
		}}
	case k < 69: // block
		j := r.other(i)
		b := r.rng.IntN(3) == 0
		return op{name: "block", from: i, data: a.PackBlockSender(r.Addrs[j], b), gas: 100_000, apply: func(uint64) error {
			return r.model.SetBlocked(ri, r.ra[j], b)
		}}
	case k < 74: // claim
		var others []common.Address
		var mo []ledger.Address
		for c := r.rng.IntN(4); c >= 0; c-- {
			j := r.acct()
			others = append(others, r.Addrs[j])
			mo = append(mo, r.ra[j])
		}
		return op{name: "claim", from: i, data: a.PackClaimFrom(others), gas: 300_000, apply: func(uint64) error {
			_, err := r.model.Claim(ri, mo)
			return err
		}}
	case k < 77: // request withdrawal
		amt := uint64(r.rng.IntN(2_000_000))
		return op{name: "request", from: i, data: a.PackStartWithdrawal(amt), gas: 100_000, apply: func(now uint64) error {
			r.model.RequestWithdrawal(now, ri, amt)
			return nil
		}}
	case k < 80: // complete withdrawal
		return op{name: "withdraw", from: i, data: a.PackCompleteWithdrawal(r.Addrs[i]), gas: 200_000, apply: func(now uint64) error {
			_, err := r.model.CompleteWithdrawal(now, ri)
			return err
		}}
	case k < 82: // cancelBelow
		b := r.nonces[i] + uint32(r.rng.IntN(5))
		return op{name: "cancel", from: i, data: a.PackCancelBelow(b), gas: 100_000, apply: func(uint64) error {
			r.model.CancelBelow(ri, b)
			return nil
		}}
	case k < 88: // broadcast
		cnt := 1 + r.rng.IntN(5)
		var to []common.Address
		var mt []ledger.Address
		var ss [][32]byte
		for c := 0; c < cnt; c++ {
			j := r.acct()
			to = append(to, r.Addrs[j])
			mt = append(mt, r.ra[j])
			ss = append(ss, secret(r.rng.Int()))
		}
		net, size := r.network(), r.size()
		maxFee := uint64(1) << 40
		if r.rng.IntN(5) == 0 {
			maxFee = uint64(r.rng.IntN(60_000))
		}
		relay := r.acct()
		relayFee := uint64(r.rng.IntN(600))
		return op{name: "broadcast", from: i, data: a.PackBroadcast(net, to, ss, size, maxFee, r.Addrs[relay], relayFee), gas: 2_000_000,
			apply: func(now uint64) error {
				_, _, err := r.model.Broadcast(now, ri, net, mt, size, maxFee, r.ra[relay], relayFee)
				return err
			}}
	default: // settle a batch as relay i
		return r.settleOp(i)
	}
}

func (r *runner) settleOp(relay int) op {
	cnt := 1 + r.rng.IntN(8)
	var signed []contracts.SignedOrder
	var model []ledger.Order
	for c := 0; c < cnt; c++ {
		s := r.acct()
		j := r.other(s)
		o := contracts.Order{
			Network: r.network(), To: r.Addrs[j], Secret: secret(r.rng.Int()), Size: r.size(),
			MaxFee: 1 << 40, RelayFee: uint64(r.rng.IntN(2_500)), Relay: r.Addrs[relay],
		}
		if r.rng.IntN(8) == 0 {
			o.MaxFee = uint64(r.rng.IntN(10_000))
		}
		switch r.rng.IntN(12) {
		case 0:
			o.Nonce = r.nonces[s] - uint32(r.rng.IntN(3)) // maybe replay
		case 1:
			o.Nonce = r.nonces[s] + 40 + uint32(r.rng.IntN(10)) // slides the window
		default:
			r.nonces[s]++
			o.Nonce = r.nonces[s]
		}
		now := r.Now()
		switch r.rng.IntN(15) {
		case 0:
			o.Deadline = now - 10
		case 1:
			o.Deadline = now + 7200
		default:
			o.Deadline = now + 1800
		}
		if r.rng.IntN(20) == 0 {
			o.Network = [32]byte{1} // unknown
		}
		key := r.key(s)
		sigRelay := o.Relay
		if r.rng.IntN(15) == 0 {
			o.Relay = r.Addrs[r.other(relay)] // signed for another relay
		}
		so, err := contracts.SignOrder(key, o, r.domain)
		if err != nil {
			r.t.Fatal(err)
		}
		so.Relay = sigRelay
		switch r.rng.IntN(25) {
		case 0: // high s, in the band the compact form can carry
			new(big.Int).Add(new(big.Int).Rsh(secp256k1N, 1), big.NewInt(int64(1+r.rng.IntN(1000)))).FillBytes(so.S[:])
		case 1:
			so.R = [32]byte{}
		case 2: // the other recovery id: another (unknown) signer
			so.V = 55 - so.V
		}
		mo := ledger.Order{Network: so.Network, To: ledger.Address(so.To), Size: so.Size, MaxFee: so.MaxFee,
			RelayFee: so.RelayFee, Nonce: so.Nonce, Deadline: so.Deadline}
		signer, err := so.Signer(r.domain)
		switch {
		case errors.Is(err, contracts.ErrHighS):
			mo.SigCode = ledger.SkipHighS
		case err != nil:
			mo.SigCode = ledger.SkipBadSignature
		default:
			mo.Signer = ledger.Address(signer)
		}
		signed = append(signed, so)
		model = append(model, mo)
	}
	nets, data, err := contracts.PackOrders(signed)
	if err != nil {
		r.t.Fatal(err)
	}
	ra := r.ra[relay]
	return op{name: "settle", from: relay, data: r.ABI.PackSettle(nets, data), gas: 3_000_000, apply: func(now uint64) error {
		codes, _, err := r.model.Settle(now, ra, model)
		for _, c := range codes {
			if c != 0 {
				r.skips++
			}
		}
		return err
	}}
}

// block runs one block of operations from distinct accounts.
func (r *runner) block(width int) {
	perm := r.rng.Perm(r.n)
	byHash := map[common.Hash]op{}
	for _, p := range perm[:width] {
		o := r.randomOp(1 + p)
		tx, err := r.SendTx(r.key(o.from), o.data, o.value, o.gas)
		if err != nil {
			r.t.Fatalf("%s: %v", o.name, err)
		}
		byHash[tx.Hash()] = o
	}
	r.Backend.Commit()
	blk, err := r.Client.BlockByNumber(ctxBG(), nil)
	if err != nil {
		r.t.Fatal(err)
	}
	if len(blk.Transactions()) != len(byHash) {
		r.t.Fatalf("block has %d txs, sent %d", len(blk.Transactions()), len(byHash))
	}
	now := blk.Time()
	for _, tx := range blk.Transactions() {
		o := byHash[tx.Hash()]
		rc, err := r.Receipt(tx)
		if err != nil {
			r.t.Fatal(err)
		}
		merr := o.apply(now)
		ok := rc.Status == types.ReceiptStatusSuccessful
		if ok != (merr == nil) {
			r.t.Fatalf("op %d %s from %d at %d: chain ok=%v, model error %v", r.ops, o.name, o.from, now, ok, merr)
		}
		r.ops++
		if !ok {
			r.reverts++
			continue
		}
		r.countEvents(rc)
	}
}

func (r *runner) countEvents(rc *types.Receipt) {
	for _, l := range rc.Logs {
		if ev, err := contracts.UnpackDelivered(l); err == nil {
			r.delivered++
			r.burnedFromEvents += ev.Fee * uint64(r.feeBurned[ev.Network]) / 10_000
		} else if ev, err := r.ABI.UnpackAckedEvent(l); err == nil {
			r.acks++
			if ev.Minted > 0 {
				r.mints++
				r.mintedFromEvents += ev.Minted
			}
			if ev.Verdict == reputation.Spam {
				r.spams++
			}
		} else if _, err := r.ABI.UnpackEndorsedEvent(l); err == nil {
			r.endorses++
		}
	}
}

// compareState checks every storage word, totalSupply and the rep views
// against the model.
func (r *runner) compareState() {
	a := r.ABI
	now := r.Now()
	for i := 0; i <= r.n; i++ {
		own := r.state(r.Addrs[i], r.Addrs[(i+1)%(r.n+1)])
		got := own.Sender
		want := r.model.Accounts[r.ra[i]].Word()
		if got != want {
			r.t.Fatalf("after %d ops: account %d\nchain %+v\nmodel %+v", r.ops, i, pricing.ParseAccount(got), pricing.ParseAccount(want))
		}
		got = own.SenderStanding
		want = r.model.Standings[r.ra[i]].Word()
		if got != want {
			r.t.Fatalf("after %d ops: standing %d\nchain %+v\nmodel %+v", r.ops, i, pricing.ParseStanding(got), pricing.ParseStanding(want))
		}
		if b := r.word(a.PackBalanceOf(r.Addrs[i])).Uint64(); b != r.model.BalanceOf(now, r.ra[i]) {
			r.t.Fatalf("balanceOf %d: chain %d model %d", i, b, r.model.BalanceOf(now, r.ra[i]))
		}
		for j := i + 1; j <= r.n; j++ {
			got := r.state(r.Addrs[i], r.Addrs[j]).Pair
			want := r.model.Pairs[ledger.KeyOf(r.ra[i], r.ra[j])].Word()
			if got != want {
				r.t.Fatalf("after %d ops: pair %d-%d\nchain %+v\nmodel %+v", r.ops, i, j, pricing.ParsePair(got), pricing.ParsePair(want))
			}
		}
	}
	if ts := r.word(a.PackTotalSupply()).Uint64(); ts != r.model.TotalSupply {
		r.t.Fatalf("totalSupply chain %d model %d", ts, r.model.TotalSupply)
	}
}

// checkQuotes compares quote() with pricing.Quote on cached words for random pairs.
func (r *runner) checkQuotes(k int) int {
	a := r.ABI
	now := r.Now()
	checked := 0
	for c := 0; c < k; c++ {
		i, j := r.acct(), 0
		j = r.other(i)
		net := r.network()
		size := uint32(r.rng.IntN(pricing.MaxSize) + 1)
		n := uint32(1 + r.rng.IntN(50))
		st := r.state(r.Addrs[i], r.Addrs[j])
		params := pricing.Personal
		if net == r.news {
			params = pricing.Newsletter
		}
		b, qerr := pricing.Quote(params, st, pricing.Request{Size: size, Recipients: n, Now: now})
		out, err := r.Call(a.PackQuote(net, r.Addrs[i], r.Addrs[j], size, n))
		// quote is a dry run of send: it refuses what send would refuse.
		switch {
		case errors.Is(qerr, pricing.ErrBlocked):
			if !errors.Is(err, contracts.ErrBlocked) {
				r.t.Fatalf("quote %d→%d blocked: chain %v", i, j, err)
			}
			checked++
			continue
		case errors.Is(qerr, pricing.ErrBelowMinRep):
			if !errors.Is(err, contracts.ErrBelowMinReputation) {
				r.t.Fatalf("quote %d→%d below the minimum: chain %v", i, j, err)
			}
			checked++
			continue
		}
		if err != nil {
			r.t.Fatal(err)
		}
		q, err := a.UnpackQuote(out)
		if err != nil {
			r.t.Fatal(err)
		}
		if b.Fee != q.Fee || b.Burn != q.Burn || b.RelayCap != q.RelayCap {
			r.t.Fatalf("quote %d→%d size %d n %d: chain %+v, twin fee %d burn %d cap %d\n%s", i, j, size, n, q, b.Fee, b.Burn, b.RelayCap, b)
		}
		checked++
	}
	return checked
}

// checkInvariant checks Σ balances + Σ owed + burned = contract balance
// using only chain data (views and events).
func (r *runner) checkInvariant() {
	a := r.ABI
	var liab uint64
	for i := 0; i <= r.n; i++ {
		out, err := r.Call(a.PackBalanceGwei(r.Addrs[i]))
		if err != nil {
			r.t.Fatal(err)
		}
		b, _ := a.UnpackBalanceGwei(out)
		liab += b
		for j := i + 1; j <= r.n; j++ {
			liab += r.owed(i, j) + r.owed(j, i)
		}
	}
	bal, err := r.Client.BalanceAt(ctxBG(), r.Contract, nil)
	if err != nil {
		r.t.Fatal(err)
	}
	sum := new(big.Int).Mul(new(big.Int).SetUint64(liab+r.burnedFromEvents), big.NewInt(1e9))
	if sum.Cmp(bal) > 0 {
		r.t.Fatalf("Σ balances + burned = %v wei > contract balance %v", sum, bal)
	}
	if sum.Cmp(bal) != 0 {
		r.t.Fatalf("Σ balances + burned = %v wei != contract balance %v (no ETH was forced in)", sum, bal)
	}
	// Reputation: Σ balanceOf ≤ totalSupply, and no credit exists but what
	// valuable acks minted (Acked events).
	var reps, credit uint64
	for i := 0; i <= r.n; i++ {
		reps += r.word(a.PackBalanceOf(r.Addrs[i])).Uint64()
		credit += pricing.ParseAccount(r.state(r.Addrs[i], r.Addrs[i]).Sender).Credit
	}
	if ts := r.word(a.PackTotalSupply()).Uint64(); reps > ts {
		r.t.Fatalf("Σ balanceOf %d > totalSupply %d", reps, ts)
	}
	if credit > r.mintedFromEvents {
		r.t.Fatalf("Σ credit %d > minted %d", credit, r.mintedFromEvents)
	}
}

func (r *runner) advance() {
	switch r.rng.IntN(10) {
	case 0:
		r.Advance(time.Duration(r.rng.IntN(40*24)) * time.Hour)
	case 1, 2:
		r.Advance(time.Duration(r.rng.IntN(600)) * time.Minute)
	}
}

func (r *runner) summary() string {
	return fmt.Sprintf("ops=%d reverts=%d delivered=%d acks=%d mints=%d spam=%d endorse=%d skipped-orders=%d",
		r.ops, r.reverts, r.delivered, r.acks, r.mints, r.spams, r.endorses, r.skips)
}

// warmUp funds every account so most operations can succeed.
func (r *runner) warmUp() {
	for i := 1; i <= r.n; i++ {
		r.deposit(i, 20_000_000)
		if err := r.model.Deposit(r.ra[i], 20_000_000); err != nil {
			r.t.Fatal(err)
		}
	}
}

// TestDifferentialRandomOps runs random operations by 10 accounts on the
// contract and on the Go twins and compares every storage word, quote and
// reputation view after each block.
func TestDifferentialRandomOps(t *testing.T) {
	r := newRunner(t, 1, 10)
	r.warmUp()
	quotes := 0
	for b := 0; b < 160; b++ {
		r.block(8)
		r.compareState()
		quotes += r.checkQuotes(3)
		r.advance()
	}
	if r.ops+quotes < 1000 {
		t.Fatalf("only %d cases", r.ops+quotes)
	}
	if r.mints == 0 || r.spams == 0 || r.endorses == 0 || r.delivered < 200 || r.skips == 0 || r.model.CreditUsed == 0 {
		t.Fatalf("random ops did not reach every rule: %s", r.summary())
	}
	t.Logf("%s quotes=%d", r.summary(), quotes)
}

// TestInvariantRandomOps checks, from chain data alone, that after every
// block Σ balances + Σ owed + burned equals the contract's balance and that
// Σ balanceOf never exceeds totalSupply, over random operations by 16 accounts.
func TestInvariantRandomOps(t *testing.T) {
	r := newRunner(t, 2, 16)
	r.warmUp()
	for b := 0; b < 120; b++ {
		r.block(10)
		r.checkInvariant()
		r.advance()
	}
	t.Log(r.summary())
}
