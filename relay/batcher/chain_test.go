package batcher_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/relay/batcher"
	"github.com/bmail-network/bmail/relay/relayclient"
	"github.com/bmail-network/bmail/relay/store"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// A replayed order is refused by the relay — the same relay knows it, a
// second relay with the same key finds its nonce used on chain — and, if
// forced through, skipped by the contract.
func TestReplayedOrder(t *testing.T) {
	w := newWorld(t, 1, 1, nil)
	w.deposit(w.sender(0), 1_000_000)
	o := w.order(w.sender(0), w.recipient(0), true, nil)
	w.mustAccept(o)
	if n := w.delivered(w.settleAll()...); n != 1 {
		t.Fatalf("%d delivered", n)
	}
	if a := w.submit(o); a.State != relayclient.OrderSettled {
		t.Fatalf("replay to the same relay: %+v", a)
	}
	// A second relay of the same operator, with a fresh database.
	w2 := w.another()
	w2.envelope(o.Secret)
	if a := w2.submit(o); a.OK || a.Code != batcher.CodeNonceUsed {
		t.Fatalf("replay to another relay: %+v", a)
	}
	// Forced into the second relay's queue, the simulation drops it and no
	// transaction is sent.
	rec := store.Order{ID: o.StructHash(), Signer: w.addr(w.sender(0)), Nonce: o.Nonce, Recipient: o.To,
		Body: wireOrder(o), Debit: o.MaxFee + o.RelayFee, RelayFee: o.RelayFee, Deadline: o.Deadline, ReceivedAt: time.Now(), Origin: "test"}
	if r, err := w2.store().AddOrder(w.ctx, rec, store.OrderLimits{Balance: 1 << 40}); err != nil || !r.Added {
		t.Fatalf("forcing the order in: %+v %v", r, err)
	}
	nonce := w.operatorNonce()
	w2.step()
	if w.operatorNonce() != nonce {
		t.Fatal("the second relay sent the replay")
	}
	if a := w2.submit(o); a.State != relayclient.OrderSkipped || a.Code != contracts.SkipNonceUsed.String() {
		t.Fatalf("the forced replay: %+v", a)
	}
	// Forced through the contract by hand: skipped, nothing delivered.
	nets, data, err := contracts.PackOrders([]contracts.SignedOrder{o})
	if err != nil {
		t.Fatal(err)
	}
	rc := w.tx(operator, w.c.ABI.PackSettle(nets, data), nil)
	if w.delivered(rc) != 0 {
		t.Fatal("the contract delivered a replayed order")
	}
	var reason uint8
	for _, l := range rc.Logs {
		if ev, err := w.c.ABI.UnpackOrderSkippedEvent(l); err == nil {
			reason = ev.Reason
		}
	}
	if contracts.SkipReason(reason) != contracts.SkipNonceUsed {
		t.Fatalf("skip reason %d, want nonce-used", reason)
	}
}

// A reorg that takes a final batch's block returns its orders to pending
// (and its earnings go); the same transaction is sent again and they
// settle once its new block is final.
func TestReorgReturnsSettledOrdersToPending(t *testing.T) {
	w := newWorld(t, 2, 2, nil)
	for s := 0; s < 2; s++ {
		w.deposit(w.sender(s), 1_000_000)
	}
	var orders []contracts.SignedOrder
	for k := 0; k < 4; k++ {
		o := w.order(w.sender(k%2), w.recipient(k/2), true, nil)
		w.mustAccept(o)
		orders = append(orders, o)
	}
	rcs := w.settleAll()
	if len(rcs) != 1 {
		t.Fatalf("%d batches", len(rcs))
	}
	mined := rcs[0]
	parent, err := w.c.Client.HeaderByNumber(w.ctx, new(big.Int).Sub(mined.BlockNumber, big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := w.store().EarningsSince(w.ctx, time.Time{}); e.RelayFees != 2_000 {
		t.Fatalf("earnings before the reorg: %+v", e)
	}
	if err := w.c.Backend.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	w.step()
	for _, o := range orders {
		if st := w.state(o).State; st != store.OrderSubmitted {
			t.Fatalf("after the reorg an order is %v, want submitted", st)
		}
		if a := w.submit(o); a.State != relayclient.OrderSubmitted {
			t.Fatalf("its sender hears %+v", a)
		}
	}
	if e, _ := w.store().EarningsSince(w.ctx, time.Time{}); e.Batches != 0 || e.RelayFees != 0 {
		t.Fatalf("earnings after the reorg: %+v", e)
	}
	again := w.settleAll()
	bs, _ := w.store().Batches(w.ctx)
	if len(bs) != 1 || bs[0].State != store.BatchFinal || common.Hash(bs[0].TxHash) != mined.TxHash {
		t.Fatalf("after the new branch: %+v (receipts %d)", bs, len(again))
	}
	for _, o := range orders {
		if w.state(o).State != store.OrderSettled {
			t.Fatal("an order did not settle again")
		}
	}
	if e, _ := w.store().EarningsSince(w.ctx, time.Time{}); e.RelayFees != 2_000 {
		t.Fatalf("earnings after settling again: %+v", e)
	}
}

// lossy is a chain whose SendTransaction can lose chosen transactions (one
// that never reached the pool).
type lossy struct {
	batcher.Chain
	mu   sync.Mutex
	sent []*types.Transaction
	lose func(n int) bool // the n-th send (from 0)
}

func (l *lossy) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	l.mu.Lock()
	n := len(l.sent)
	l.sent = append(l.sent, tx)
	lose := l.lose != nil && l.lose(n)
	l.mu.Unlock()
	if lose {
		return nil
	}
	return l.Chain.SendTransaction(ctx, tx)
}

// A stuck batch is re-signed with both fee fields up at least 10%, and
// whichever version is mined counts.
func TestFeeBumpEitherVersionMined(t *testing.T) {
	for _, minedVersion := range []int{1, 2} {
		t.Run(map[int]string{1: "the original is mined", 2: "the bump is mined"}[minedVersion], func(t *testing.T) {
			w := newWorld(t, 1, 1, func(c *batcher.Config) { c.BumpAfter = time.Millisecond; c.Rebroadcast = time.Hour })
			l := &lossy{Chain: w.chain}
			if minedVersion == 1 {
				l.lose = func(n int) bool { return n > 0 } // the bump never reaches the pool
			}
			w.chain = l
			w.restart()
			w.deposit(w.sender(0), 1_000_000)
			o := w.order(w.sender(0), w.recipient(0), true, nil)
			w.mustAccept(o)
			w.step() // version 1
			time.Sleep(2 * time.Millisecond)
			w.step() // version 2
			bs, _ := w.store().Batches(w.ctx, store.BatchSent)
			if len(bs) != 1 || len(bs[0].Txs) != 2 {
				t.Fatalf("no bump recorded: %+v", bs)
			}
			v1, v2 := bs[0].Txs[0], bs[0].Txs[1]
			if v2.TipWei*10 < v1.TipWei*11 || v2.FeeCapWei*10 < v1.FeeCapWei*11 {
				t.Fatalf("bump below +10%%: tip %d→%d, fee cap %d→%d", v1.TipWei, v2.TipWei, v1.FeeCapWei, v2.FeeCapWei)
			}
			w.commit(1)
			w.step()
			w.commit(2)
			w.step()
			bs, _ = w.store().Batches(w.ctx)
			want := map[int][32]byte{1: v1.Hash, 2: v2.Hash}[minedVersion]
			if bs[0].State != store.BatchFinal || bs[0].TxHash != want {
				t.Fatalf("batch %v with %x, want final with version %d", bs[0].State, bs[0].TxHash[:4], minedVersion)
			}
			if w.state(o).State != store.OrderSettled {
				t.Fatal("the order did not settle")
			}
		})
	}
}

// When another transaction of the operator takes a recorded batch's nonce
// (bmail-relay withdraw while the batch was never sent), the batch is
// abandoned and its orders go into the next one.
func TestNonceTakenRequeues(t *testing.T) {
	crash := true
	w := newWorld(t, 1, 1, func(c *batcher.Config) {
		c.BeforeBroadcast = func(*types.Transaction) error {
			if crash {
				return errCrash
			}
			return nil
		}
	})
	w.deposit(w.sender(0), 1_000_000)
	o := w.order(w.sender(0), w.recipient(0), true, nil)
	w.mustAccept(o)
	if err := w.b.Step(w.ctx); err == nil {
		t.Fatal("no crash")
	}
	crash = false
	w.deposit(operator, 1) // takes the recorded nonce
	w.commit(2)
	rcs := w.settleAll()
	if len(rcs) != 1 || w.delivered(rcs...) != 1 {
		t.Fatalf("%d receipts", len(rcs))
	}
	bs, _ := w.store().Batches(w.ctx)
	if len(bs) != 2 || bs[0].State != store.BatchAbandoned || bs[1].State != store.BatchFinal || bs[1].Nonce != bs[0].Nonce+1 {
		t.Fatalf("batches %+v", bs)
	}
}

// The operator withdraws its earnings in two steps an hour apart.
func TestOperatorWithdrawal(t *testing.T) {
	w := newWorld(t, 1, 1, nil)
	w.deposit(w.sender(0), 1_000_000)
	for k := 0; k < 3; k++ {
		w.mustAccept(w.order(w.sender(0), w.recipient(0), true, nil))
	}
	w.settleAll()
	op := w.b.Operator()
	acct, err := op.Account(w.ctx, common.Address{})
	if err != nil || acct.Balance != 1_500 || acct.Requested != 0 {
		t.Fatalf("before: %+v %v", acct, err)
	}
	done := make(chan error, 1)
	go func() { _, err := op.StartWithdrawal(w.ctx, acct.Balance); done <- err }()
	w.mineUntil(done)
	acct, _ = op.Account(w.ctx, common.Address{})
	if acct.Requested != 1_500 || acct.Ready() {
		t.Fatalf("requested: %+v", acct)
	}
	payout := w.addr(w.recipient(0))
	if _, err := op.CompleteWithdrawal(w.ctx, payout); !errors.Is(err, contracts.ErrWithdrawalNotReady) {
		t.Fatalf("completing early: %v", err)
	}
	w.c.Advance(time.Hour + time.Second)
	before, _ := w.c.Client.BalanceAt(w.ctx, payout, nil)
	go func() { _, err := op.CompleteWithdrawal(w.ctx, payout); done <- err }()
	w.mineUntil(done)
	after, _ := w.c.Client.BalanceAt(w.ctx, payout, nil)
	if got := new(big.Int).Sub(after, before); got.Cmp(gwei(1_500)) != 0 {
		t.Fatalf("payout received %s wei", got)
	}
	if acct, _ = op.Account(w.ctx, common.Address{}); acct.Balance != 0 || acct.Requested != 0 {
		t.Fatalf("after: %+v", acct)
	}
}
