package batcher_test

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/contracts/chaintest"
	"github.com/bmail-network/bmail/pricing"
	"github.com/bmail-network/bmail/relay"
	"github.com/bmail-network/bmail/relay/batcher"
	"github.com/bmail-network/bmail/relay/policies"
	"github.com/bmail-network/bmail/relay/relayclient"
	"github.com/bmail-network/bmail/relay/relaytest"
	"github.com/bmail-network/bmail/relay/store"
	"github.com/bmail-network/bmail/relay/wire"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// Account roles in a world: key 0 deployed the contract, key 1 is the
// relay operator, then senders, then recipients.
const operator = 1

// testMsgIDs is the relay's header hook for these tests: the envelope is
// just its msgIds, 32 bytes each (the real envelope parser lives in
// client/envelope, which relay packages do not import).
func testMsgIDs(content []byte) ([][32]byte, error) {
	b, err := base64.StdEncoding.Strict().DecodeString(string(content))
	if err != nil || len(b) == 0 || len(b)%32 != 0 {
		return nil, errors.New("not a test envelope")
	}
	out := make([][32]byte, len(b)/32)
	for i := range out {
		copy(out[i][:], b[32*i:])
	}
	return out, nil
}

type world struct {
	t       testing.TB
	ctx     context.Context
	c       *chaintest.Chain
	chain   batcher.Chain
	cfg     batcher.Config
	dbPath  string
	srv     *relaytest.Server
	b       *batcher.Batcher
	rc      *relayclient.Client
	domain  [32]byte
	senders int

	mu      sync.Mutex
	nonces  map[common.Address]uint32
	secrets int
}

// newWorld starts an Osaka chain with the contract, a relay on loopback
// with the batcher as its order intake, and a relay client. The batcher is
// stepped by the test (w.step), never by a timer.
func newWorld(t testing.TB, senders, recipients int, mod func(*batcher.Config)) *world {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	c := chaintest.New(t, 2+senders+recipients)
	w := &world{t: t, ctx: ctx, c: c, dbPath: filepath.Join(t.TempDir(), "relay.db"), senders: senders,
		domain: contracts.DomainSeparator(chaintest.ChainID, c.Contract), nonces: map[common.Address]uint32{}}
	ch, ok := c.Client.(batcher.Chain)
	if !ok {
		t.Fatal("the simulated backend's client lacks a method the batcher needs")
	}
	w.chain = ch
	w.cfg = batcher.Config{
		Contract: c.Contract, ChainID: chaintest.ChainID, Key: c.Keys[operator],
		BatchSize: 50, MaxBatchAge: time.Millisecond, Confirmations: 2, BlockTime: time.Second,
		InclusionSlack: 10 * time.Second, MinRelayFee: 500,
		Cost: batcher.CostModel{GasPriceWei: 10_000_000}, // an L2's 0.01 gwei
	}
	if mod != nil {
		mod(&w.cfg)
	}
	w.start()
	return w
}

// start (re)starts the relay on the world's database, with a new batcher.
func (w *world) start() {
	w.t.Helper()
	w.srv = relaytest.Start(w.t, func(rc *relay.Config, l *policies.Limits) {
		rc.Store.Path = w.dbPath
		rc.MsgIDs = testMsgIDs
		l.EventsPerSecond, l.EventBurst = 1e6, 1e6
		l.OriginEventsPerSecond, l.OriginEventBurst = 1e6, 1e6
	})
	b, err := batcher.New(w.srv.Relay.Store(), w.chain, w.cfg)
	if err != nil {
		w.t.Fatal(err)
	}
	w.b = b
	w.srv.Relay.SetOrderIntake(b)
	rc, err := relayclient.Dial(w.ctx, w.srv.URL, relayclient.Options{})
	if err != nil {
		w.t.Fatal(err)
	}
	w.rc = rc
	w.t.Cleanup(func() { rc.Close() })
}

// another starts a second relay with its own database and a batcher with
// the same operator key, on the same chain.
func (w *world) another() *world {
	w.t.Helper()
	o := &world{t: w.t, ctx: w.ctx, c: w.c, chain: w.chain, cfg: w.cfg, senders: w.senders, domain: w.domain,
		dbPath: filepath.Join(w.t.TempDir(), "relay.db"), nonces: w.nonces, secrets: w.secrets + 1_000_000}
	o.start()
	return o
}

// restart stops the relay (as a crash would leave the database: every
// recorded write is durable) and starts a new one with a new batcher.
func (w *world) restart() {
	w.t.Helper()
	w.rc.Close()
	w.srv.Close()
	w.start()
}

func (w *world) store() *store.Store { return w.srv.Relay.Store() }

func (w *world) sender(i int) int    { return 2 + i }
func (w *world) recipient(i int) int { return 2 + w.senders + i }
func (w *world) addr(i int) common.Address {
	return w.c.Addrs[i]
}

// gwei as wei.
func gwei(n uint64) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(n), big.NewInt(params.GWei))
}

func (w *world) tx(from int, data []byte, value *big.Int) *types.Receipt {
	w.t.Helper()
	rc, err := w.c.Transact(w.c.Keys[from], data, value)
	if err != nil || rc.Status != types.ReceiptStatusSuccessful {
		w.t.Fatalf("transaction from %d: %v", from, err)
	}
	return rc
}

func (w *world) deposit(who int, amount uint64) { w.tx(who, w.c.ABI.PackDeposit(), gwei(amount)) }

func (w *world) balance(who int) uint64 {
	w.t.Helper()
	out, err := w.c.Call(w.c.ABI.PackBalanceGwei(w.addr(who)))
	if err != nil {
		w.t.Fatal(err)
	}
	v, err := w.c.ABI.UnpackBalanceGwei(out)
	if err != nil {
		w.t.Fatal(err)
	}
	return v
}

func (w *world) secret() [32]byte {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.secrets++
	return crypto.Keccak256Hash([]byte(fmt.Sprintf("batcher test secret %d", w.secrets)))
}

// envelope posts a test envelope committing to keccak256(secret).
func (w *world) envelope(secret [32]byte) {
	w.t.Helper()
	id := crypto.Keccak256Hash(secret[:])
	s, err := wire.GenerateSigner()
	if err != nil {
		w.t.Fatal(err)
	}
	e := &wire.Event{CreatedAt: time.Now().Unix(), Kind: wire.KindEnvelope,
		Tags: [][]string{{wire.TagRecipient, wire.Hex(id[:])}}, Content: base64.StdEncoding.EncodeToString(id[:])}
	if err := s.Sign(e); err != nil {
		w.t.Fatal(err)
	}
	r, err := w.rc.Publish(w.ctx, e)
	if err != nil || !r.OK {
		w.t.Fatalf("envelope: %+v %v", r, err)
	}
}

// nextNonce hands out order nonces per sender from 0.
func (w *world) nextNonce(a common.Address) uint32 {
	w.mu.Lock()
	defer w.mu.Unlock()
	n := w.nonces[a]
	w.nonces[a]++
	return n
}

func (w *world) head() *types.Header {
	w.t.Helper()
	h, err := w.c.Client.HeaderByNumber(w.ctx, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return h
}

// order signs an order from sender to recipient (with its envelope posted
// when post is set); mod may change it before signing.
func (w *world) order(from, to int, post bool, mod func(*contracts.Order)) contracts.SignedOrder {
	w.t.Helper()
	s := w.secret()
	if post {
		w.envelope(s)
	}
	o := contracts.Order{Network: pricing.PersonalID, To: w.addr(to), Secret: s, Size: 4096, MaxFee: 100_000,
		RelayFee: 500, Nonce: w.nextNonce(w.addr(from)), Deadline: w.head().Time + 1800, Relay: w.b.Address()}
	if mod != nil {
		mod(&o)
	}
	so, err := contracts.SignOrder(w.c.Keys[from], o, w.domain)
	if err != nil {
		w.t.Fatal(err)
	}
	return so
}

func (w *world) submit(o contracts.SignedOrder) relayclient.OrderAnswer {
	w.t.Helper()
	a, err := w.rc.SubmitOrder(w.ctx, o)
	if err != nil {
		w.t.Fatal(err)
	}
	return a
}

func (w *world) mustAccept(o contracts.SignedOrder) {
	w.t.Helper()
	if a := w.submit(o); !a.OK || a.State != relayclient.OrderQueued {
		w.t.Fatalf("order from %s nonce %d refused: %q", o.To.Hex(), o.Nonce, a.Message)
	}
}

// step runs one batcher step.
func (w *world) step() {
	w.t.Helper()
	if err := w.b.Step(w.ctx); err != nil {
		w.t.Fatal(err)
	}
}

// commit mines n blocks.
func (w *world) commit(n int) {
	for i := 0; i < n; i++ {
		w.c.Backend.Commit()
	}
}

// settleAll steps, mines and steps again until nothing is queued or in
// flight, returning the settlement receipts in order.
func (w *world) settleAll() []*types.Receipt {
	w.t.Helper()
	seen := map[common.Hash]bool{}
	var out []*types.Receipt
	for i := 0; i < 100; i++ {
		w.step()
		w.commit(1)
		w.step()
		bs, err := w.store().Batches(w.ctx, store.BatchMined, store.BatchFinal)
		if err != nil {
			w.t.Fatal(err)
		}
		for _, b := range bs {
			h := common.Hash(b.TxHash)
			if !seen[h] {
				seen[h] = true
				rc, err := w.c.Client.TransactionReceipt(w.ctx, h)
				if err != nil {
					w.t.Fatal(err)
				}
				out = append(out, rc)
			}
		}
		c, err := w.store().CountOrders(w.ctx)
		if err != nil {
			w.t.Fatal(err)
		}
		if c.Queued == 0 && c.Submitted == 0 {
			return out
		}
		w.commit(int(w.cfg.Confirmations))
	}
	w.t.Fatal("orders did not settle")
	return nil
}

// state is an order's state in the relay's store.
func (w *world) state(o contracts.SignedOrder) *store.Order {
	w.t.Helper()
	rec, ok, err := w.store().OrderByID(w.ctx, o.StructHash())
	if err != nil || !ok {
		w.t.Fatalf("order not held: %v", err)
	}
	return rec
}

// delivered counts the orders settlement receipts delivered (their
// Settled events).
func (w *world) delivered(rcs ...*types.Receipt) int {
	n := 0
	for _, rc := range rcs {
		for _, l := range rc.Logs {
			if ev, err := w.c.ABI.UnpackSettledEvent(l); err == nil {
				n += int(ev.Delivered)
			}
		}
	}
	return n
}

func (w *world) operatorNonce() uint64 {
	w.t.Helper()
	n, err := w.c.Client.NonceAt(w.ctx, w.addr(operator), nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return n
}

func (w *world) operatorWei() *big.Int {
	w.t.Helper()
	v, err := w.c.Client.BalanceAt(w.ctx, w.addr(operator), nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return v
}

// sendTip hands a transaction to the pool with the given priority fee,
// without mining it.
func (w *world) sendTip(from int, data []byte, tip *big.Int) *types.Transaction {
	w.t.Helper()
	key := w.c.Keys[from]
	nonce, err := w.c.Client.PendingNonceAt(w.ctx, crypto.PubkeyToAddress(key.PublicKey))
	if err != nil {
		w.t.Fatal(err)
	}
	to := w.c.Contract
	feeCap := new(big.Int).Add(new(big.Int).Mul(w.head().BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chaintest.ChainID), &types.DynamicFeeTx{
		ChainID: chaintest.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 200_000, To: &to, Data: data})
	if err != nil {
		w.t.Fatal(err)
	}
	if err := w.c.Client.SendTransaction(w.ctx, tx); err != nil {
		w.t.Fatal(err)
	}
	return tx
}

func wireOrder(o contracts.SignedOrder) []byte { return wire.AppendOrder(nil, &o) }

// mineUntil commits blocks until done delivers (a transaction waiting for
// its receipt), failing on its error.
func (w *world) mineUntil(done <-chan error) {
	w.t.Helper()
	for i := 0; i < 500; i++ {
		select {
		case err := <-done:
			if err != nil {
				w.t.Fatal(err)
			}
			return
		case <-time.After(10 * time.Millisecond):
			w.c.Backend.Commit()
		}
	}
	w.t.Fatal("transaction not done")
}
