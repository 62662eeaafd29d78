// Package gasreport measures the BMail contract's gas per operation on the
// Osaka-configured simulated chain (contracts/chaintest): the numbers the
// README's gas table and `go run ./contracts/cmd/gasreport` print.
//
// Every scenario runs in fresh blocks so storage is cold as in a real
// transaction; per-message figures divide a whole transaction's gas
// (intrinsic 21,000 and calldata included) by the messages it carries.
package gasreport

import (
	"bytes"
	"compress/flate"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/contracts/chaintest"
	"github.com/bmail-network/bmail/pricing"
)

// Result is one measured operation.
type Result struct {
	Op    string
	Gas   uint64 // gas per operation (per message for batch and broadcast lines)
	Bytes uint64 // calldata bytes per order, for the calldata line (Gas is 0 then)
}

func (r Result) String() string {
	if r.Gas == 0 {
		return fmt.Sprintf("op=%s bytes=%d", r.Op, r.Bytes)
	}
	return fmt.Sprintf("op=%s gas=%d", r.Op, r.Gas)
}

// Accounts the scenarios need: a relay, 100 senders and 100 recipients.
const accounts = 1 + 100 + 100 + 2

type run struct {
	c       *chaintest.Chain
	prof    *profiler
	txs     map[string]profiled
	domain  [32]byte
	nonce   map[common.Address]uint32
	secrets int
	// accessList sends delivering batches with contracts.SettleAccessList.
	accessList bool
}

type profiled struct {
	hash common.Hash
	gas  uint64
	div  uint64
}

// Run measures every operation and returns the results in report order.
func Run() ([]Result, error) {
	res, _, err := run1(false, false)
	return res, err
}

// RunAccessList is Run with the settlement batches sent with an EIP-2930
// access list of the slots their delivered orders read
// (contracts.SettleAccessList; the replayed batch, which delivers nothing,
// without).
func RunAccessList() ([]Result, error) {
	res, _, err := run1(false, true)
	return res, err
}

// RunProfiled is Run with an opcode trace of every measured transaction,
// keyed by operation name.
func RunProfiled() ([]Result, map[string]*Profile, error) { return run1(true, false) }

func run1(profile, accessList bool) ([]Result, map[string]*Profile, error) {
	var prof *profiler
	var c *chaintest.Chain
	var err error
	if profile {
		prof = newProfiler()
		c, err = chaintest.StartWith(accounts, prof.option())
	} else {
		c, err = chaintest.Start(accounts)
	}
	if err != nil {
		return nil, nil, err
	}
	defer c.Backend.Close()
	r := &run{c: c, prof: prof, txs: map[string]profiled{}, domain: contracts.DomainSeparator(chaintest.ChainID, c.Contract),
		nonce: map[common.Address]uint32{}, accessList: accessList}
	res, err := r.all()
	if err != nil || prof == nil {
		return res, nil, err
	}
	out := map[string]*Profile{}
	for op, t := range r.txs {
		out[op] = &Profile{Op: op, Div: t.div, GasUsed: t.gas, Steps: prof.steps(t.hash)}
	}
	return res, out, nil
}

func (r *run) relay() int                  { return 0 }
func (r *run) sender(i int) int            { return 1 + i }   // 0..99
func (r *run) recipient(i int) int         { return 101 + i } // 0..99
func (r *run) key(i int) *ecdsa.PrivateKey { return r.c.Keys[i] }
func (r *run) addr(i int) common.Address   { return r.c.Addrs[i] }

func (r *run) secret() [32]byte {
	r.secrets++
	return crypto.Keccak256Hash([]byte(fmt.Sprintf("gasreport secret %d", r.secrets)))
}

func (r *run) tx(from int, data []byte, value *big.Int) (*types.Receipt, error) {
	rc, err := r.c.Transact(r.key(from), data, value)
	if err != nil {
		return nil, err
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("gasreport: transaction failed")
	}
	return rc, nil
}

func (r *run) send(from, to int, relayFee uint64) (*types.Receipt, error) {
	return r.tx(from, r.c.ABI.PackSend(pricing.PersonalID, r.addr(to), r.secret(), 4096, 1<<40, r.addr(r.relay()), relayFee), nil)
}

func (r *run) order(from, to int) (contracts.SignedOrder, error) {
	a := r.addr(from)
	r.nonce[a]++
	o := contracts.Order{
		Network: pricing.PersonalID, To: r.addr(to), Secret: r.secret(), Size: 4096,
		MaxFee: 1 << 40, RelayFee: 1_000, Nonce: r.nonce[a], Deadline: r.c.Now() + 1800, Relay: r.addr(r.relay()),
	}
	return contracts.SignOrder(r.key(from), o, r.domain)
}

func (r *run) settle(orders []contracts.SignedOrder) (*types.Receipt, []byte, error) {
	var list types.AccessList
	if r.accessList {
		signers := make([]common.Address, len(orders))
		for i := range orders {
			s, err := orders[i].Signer(r.domain)
			if err != nil {
				return nil, nil, err
			}
			signers[i] = s
		}
		list = contracts.SettleAccessList(r.c.Contract, r.addr(r.relay()), orders, signers)
	}
	return r.settleList(orders, list)
}

// settleList is settle with an EIP-2930 access list (nil for none).
func (r *run) settleList(orders []contracts.SignedOrder, list types.AccessList) (*types.Receipt, []byte, error) {
	nets, data, err := contracts.PackOrders(orders)
	if err != nil {
		return nil, nil, err
	}
	calldata := r.c.ABI.PackSettle(nets, data)
	rc, err := r.c.TransactAccess(r.key(r.relay()), calldata, nil, 16_000_000, list)
	if err != nil {
		return nil, nil, err
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return nil, nil, fmt.Errorf("gasreport: settle failed")
	}
	return rc, calldata, nil
}

func (r *run) all() ([]Result, error) {
	var out []Result
	var rc *types.Receipt
	var err error
	addDiv := func(op string, div uint64) {
		out = append(out, Result{Op: op, Gas: rc.GasUsed / div})
		r.txs[op] = profiled{hash: rc.TxHash, gas: rc.GasUsed, div: div}
	}
	add := func(op string, _ uint64) { addDiv(op, 1) }
	a := r.c.ABI
	// Fund every sender and the relay.
	for i := 0; i < 100; i++ {
		if _, err := r.tx(r.sender(i), a.PackDeposit(), new(big.Int).Mul(big.NewInt(1e9), big.NewInt(1e9))); err != nil {
			return nil, err
		}
	}
	if _, err := r.tx(r.relay(), a.PackDeposit(), big.NewInt(1e9)); err != nil {
		return nil, err
	}
	// register
	rc, err = r.tx(r.sender(0), a.PackRegister(crypto.Keccak256Hash([]byte("bundle"))), nil)
	if err != nil {
		return nil, err
	}
	add("register", rc.GasUsed)
	// Recipients reply from their own deposits.
	for i := 0; i < 100; i++ {
		if _, err := r.tx(r.recipient(i), a.PackDeposit(), new(big.Int).Mul(big.NewInt(1e9), big.NewInt(1e9))); err != nil {
			return nil, err
		}
	}
	// send on a new pair (cold mail), again on that pair while still cold,
	// then on a pair that has corresponded both ways (the recipient replied).
	if rc, err = r.send(r.sender(0), r.recipient(0), 1_000); err != nil {
		return nil, err
	}
	add("send_new_pair", rc.GasUsed)
	if rc, err = r.send(r.sender(0), r.recipient(0), 1_000); err != nil {
		return nil, err
	}
	add("send_existing_pair_cold", rc.GasUsed)
	if _, err = r.send(r.recipient(0), r.sender(0), 0); err != nil {
		return nil, err
	}
	if rc, err = r.send(r.sender(0), r.recipient(0), 1_000); err != nil {
		return nil, err
	}
	add("send_existing_pair", rc.GasUsed)
	// Pairs for the 10-sender batch: senders 0..9 each to recipients 0..9, and replies.
	for s := 0; s < 10; s++ {
		for k := 0; k < 10; k++ {
			if s == 0 && k == 0 {
				continue
			}
			if _, err := r.send(r.sender(s), r.recipient(k), 0); err != nil {
				return nil, err
			}
			if _, err := r.send(r.recipient(k), r.sender(s), 0); err != nil {
				return nil, err
			}
		}
	}
	// Pairs for the 100-sender batch: sender i and recipient i, both ways.
	for s := 10; s < 100; s++ {
		if _, err := r.send(r.sender(s), r.recipient(s), 0); err != nil {
			return nil, err
		}
		if _, err := r.send(r.recipient(s), r.sender(s), 0); err != nil {
			return nil, err
		}
	}
	// batch_per_message: 100 orders from 10 senders (10 each, grouped by sender).
	var orders []contracts.SignedOrder
	for s := 0; s < 10; s++ {
		for k := 0; k < 10; k++ {
			o, err := r.order(r.sender(s), r.recipient(k))
			if err != nil {
				return nil, err
			}
			orders = append(orders, o)
		}
	}
	var calldata []byte
	rc, calldata, err = r.settle(orders)
	if err != nil {
		return nil, err
	}
	if n := countDelivered(r, rc); n != 100 {
		return nil, fmt.Errorf("gasreport: batch delivered %d of 100", n)
	}
	addDiv("batch_per_message", 100)
	calldataLines := calldataResults(calldata, 100)
	// batch_skipped_order: the same 100 orders again: all replayed.
	rc, _, err = r.settleList(orders, nil)
	if err != nil {
		return nil, err
	}
	addDiv("batch_skipped_order", 100)
	// batch_distinct_senders: 100 orders from 100 senders.
	orders = orders[:0]
	for s := 0; s < 100; s++ {
		o, err := r.order(r.sender(s), r.recipient(s)) // every sender s has corresponded with recipient s
		if err != nil {
			return nil, err
		}
		orders = append(orders, o)
	}
	if rc, _, err = r.settle(orders); err != nil {
		return nil, err
	}
	if n := countDelivered(r, rc); n != 100 {
		return nil, fmt.Errorf("gasreport: batch delivered %d of 100", n)
	}
	addDiv("batch_distinct_senders", 100)
	// broadcast to 100 recipients who have not corresponded with the sender.
	var to []common.Address
	var ss [][32]byte
	for k := 0; k < 100; k++ {
		to = append(to, r.addr(r.recipient(k)))
		ss = append(ss, r.secret())
	}
	if rc, err = r.tx(r.sender(99), a.PackBroadcast(pricing.NewsletterID, to, ss, 4096, 1<<40, r.addr(r.relay()), 100), nil); err != nil {
		return nil, err
	}
	addDiv("broadcast_per_recipient", 100)
	// ack: recipient 0 marks sender 0's mail valuable.
	if rc, err = r.tx(r.recipient(0), a.PackAck(r.addr(r.sender(0)), 1), nil); err != nil {
		return nil, err
	}
	add("ack", rc.GasUsed)
	// claim what sender 0's mail earned recipient 0.
	if rc, err = r.tx(r.recipient(0), a.PackClaimFrom([]common.Address{r.addr(r.sender(0))}), nil); err != nil {
		return nil, err
	}
	add("claim", rc.GasUsed)
	// withdraw: request, wait an hour, complete.
	if rc, err = r.tx(r.relay(), a.PackStartWithdrawal(1_000), nil); err != nil {
		return nil, err
	}
	add("withdraw_request", rc.GasUsed)
	r.c.Advance(3601 * 1e9)
	if rc, err = r.tx(r.relay(), a.PackCompleteWithdrawal(r.addr(r.relay())), nil); err != nil {
		return nil, err
	}
	add("withdraw", rc.GasUsed)
	out = append(out, calldataLines...)
	return out, nil
}

// calldataResults describes a settle transaction's calldata per order: its
// bytes, the non-zero ones (16 gas each under Osaka, 4 for a zero byte), and
// its DEFLATE-compressed size (level 9), a stand-in for the compressed size an
// L2 charges its L1 data fee on (OP-stack chains estimate it with FastLZ,
// Arbitrum with Brotli; random bytes — secret, signature, recipient — do
// not compress under any of them).
func calldataResults(calldata []byte, orders uint64) []Result {
	nonzero := 0
	for _, b := range calldata {
		if b != 0 {
			nonzero++
		}
	}
	var z bytes.Buffer
	w, _ := flate.NewWriter(&z, flate.BestCompression)
	_, _ = w.Write(calldata)
	_ = w.Close()
	return []Result{
		{Op: "batch_calldata_per_order", Bytes: uint64(len(calldata)) / orders},
		{Op: "batch_calldata_nonzero_per_order", Bytes: uint64(nonzero) / orders},
		{Op: "batch_calldata_compressed_per_order", Bytes: uint64(z.Len()) / orders},
	}
}

func countDelivered(r *run, rc *types.Receipt) int {
	n := 0
	for _, l := range rc.Logs {
		if _, err := contracts.UnpackDelivered(l); err == nil {
			n++
		}
	}
	return n
}
