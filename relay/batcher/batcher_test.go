package batcher_test

import (
	"strings"
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

// 1,000 orders from 50 senders, handed over through a real relay on
// loopback, settle in a handful of transactions.
func TestThousandOrdersFromFiftySenders(t *testing.T) {
	const senders, perSender, recipients = 50, 20, 10
	w := newWorld(t, senders, recipients, func(c *batcher.Config) { c.BatchSize = 250 })
	for s := 0; s < senders; s++ {
		w.deposit(w.sender(s), 10_000_000)
	}
	before := w.balance(operator)
	nonce0 := w.operatorNonce()
	var orders []contracts.SignedOrder
	for s := 0; s < senders; s++ {
		for k := 0; k < perSender; k++ {
			orders = append(orders, w.order(w.sender(s), w.recipient((s+k)%recipients), false, nil))
		}
	}
	// Envelopes and orders go in concurrently (the relay group-commits).
	var wg sync.WaitGroup
	sem := make(chan struct{}, 64)
	errs := make(chan string, len(orders))
	for _, o := range orders {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			w.envelope(o.Secret)
			a, err := w.rc.SubmitOrder(w.ctx, o)
			if err != nil || !a.OK {
				errs <- a.Message
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatalf("an order was refused: %s", e)
	}
	rcs := w.settleAll()
	if n := w.delivered(rcs...); n != len(orders) {
		t.Fatalf("%d delivered, want %d", n, len(orders))
	}
	if len(rcs) > 6 {
		t.Fatalf("%d settlement transactions for 1,000 orders, want a handful", len(rcs))
	}
	if got := w.operatorNonce() - nonce0; got != uint64(len(rcs)) {
		t.Fatalf("operator sent %d transactions, %d settled", got, len(rcs))
	}
	for _, rc := range rcs {
		if rc.GasUsed > w.b.Config().MaxTxGas || rc.GasUsed > 16_777_216 {
			t.Fatalf("a batch used %d gas, above the cap", rc.GasUsed)
		}
	}
	for _, o := range orders {
		if st := w.state(o).State; st != store.OrderSettled {
			t.Fatalf("order %d of %s is %v", o.Nonce, o.To.Hex(), st)
		}
	}
	e, err := w.store().EarningsSince(w.ctx, time.Time{})
	if err != nil || e.Delivered != int64(len(orders)) || e.RelayFees != 500*uint64(len(orders)) {
		t.Fatalf("earnings %+v %v", e, err)
	}
	if got := w.balance(operator) - before; got != e.RelayFees {
		t.Fatalf("operator's contract balance grew by %d gwei, relay fees %d", got, e.RelayFees)
	}
	var gas uint64
	for _, rc := range rcs {
		gas += rc.GasUsed
	}
	t.Logf("%d orders from %d senders in %d transactions, %d gas per order (new pairs), relay fees %d gwei",
		len(orders), senders, len(rcs), gas/uint64(len(orders)), e.RelayFees)
	// A repeat answers with the state and where it settled.
	a := w.submit(orders[0])
	if !a.OK || a.State != relayclient.OrderSettled || !strings.Contains(a.Detail, "in block") {
		t.Fatalf("repeat of a settled order: %+v", a)
	}
	var m strings.Builder
	w.b.WriteMetrics(&m)
	for _, want := range []string{"bmail_relay_settled_orders_total 1000", "bmail_relay_relay_fees_gwei_total 500000",
		`bmail_relay_orders{state="settled"} 1000`} {
		if !strings.Contains(m.String(), want) {
			t.Fatalf("metrics lack %q:\n%s", want, m.String())
		}
	}
}

// An order that goes bad after intake is dropped before the batch is sent
// (the simulation shows the contract would skip it), and the rest settle;
// one that goes bad between the simulation and the block is skipped by
// the contract without sinking the rest. Its sender learns why.
func TestBadOrderDoesNotSinkTheBatch(t *testing.T) {
	w := newWorld(t, 3, 3, nil)
	for s := 0; s < 3; s++ {
		w.deposit(w.sender(s), 10_000_000)
	}
	var orders []contracts.SignedOrder
	for k := 0; k < 9; k++ {
		o := w.order(w.sender(k%3), w.recipient(k/3), true, nil)
		w.mustAccept(o)
		orders = append(orders, o)
	}
	// Recipient 1 blocks sender 1 after intake: order 4 (the middle one) goes bad.
	w.tx(w.recipient(1), w.c.ABI.PackBlockSender(w.addr(w.sender(1)), true), nil)
	rcs := w.settleAll()
	if len(rcs) != 1 || w.delivered(rcs...) != 8 {
		t.Fatalf("%d transactions delivering %d, want 1 delivering 8", len(rcs), w.delivered(rcs...))
	}
	for k, o := range orders {
		want := store.OrderSettled
		if k == 4 {
			want = store.OrderDropped
		}
		if st := w.state(o); st.State != want {
			t.Fatalf("order %d is %v, want %v", k, st.State, want)
		}
	}
	a := w.submit(orders[4])
	if a.OK || a.State != relayclient.OrderSkipped || a.Code != contracts.SkipBlocked.String() {
		t.Fatalf("the sender of the blocked order hears %+v", a)
	}
	if w.b.Dropped(contracts.SkipBlocked.String()) != 1 {
		t.Fatal("the drop is not counted")
	}

	// Now one that goes bad in the block itself: sender 0 cancels its
	// nonces with a transaction mined ahead of the batch.
	var second []contracts.SignedOrder
	for k := 0; k < 3; k++ {
		o := w.order(w.sender(k), w.recipient(0), true, nil)
		w.mustAccept(o)
		second = append(second, o)
	}
	w.step() // simulated clean, recorded, broadcast
	open, err := w.store().Batches(w.ctx, store.BatchSent)
	if err != nil || len(open) != 1 {
		t.Fatalf("no batch in flight: %v", err)
	}
	// A far higher tip puts it first in the block.
	w.sendTip(w.sender(0), w.c.ABI.PackCancelBelow(second[0].Nonce+1), gwei(50))
	w.commit(1 + int(w.cfg.Confirmations))
	w.step()
	w.step()
	bs, _ := w.store().Batches(w.ctx, store.BatchFinal)
	last := bs[len(bs)-1]
	if last.Delivered != 2 || last.Skipped != 1 {
		t.Fatalf("final batch delivered %d, skipped %d; want 2 and 1", last.Delivered, last.Skipped)
	}
	if st := w.state(second[0]); st.State != store.OrderDropped || st.Reason != contracts.SkipNonceTooLow.String() {
		t.Fatalf("the cancelled order: %+v", st)
	}
	if a := w.submit(second[0]); a.State != relayclient.OrderSkipped || a.Code != "nonce-too-low" {
		t.Fatalf("its sender hears %+v", a)
	}
	for _, o := range second[1:] {
		if w.state(o).State != store.OrderSettled {
			t.Fatal("a good order in the same block did not settle")
		}
	}
}

// A sender who drains its deposit after ordering costs the relay nothing:
// its orders are dropped by the simulation and no transaction is sent.
func TestDrainedDepositCostsNothing(t *testing.T) {
	w := newWorld(t, 1, 3, func(c *batcher.Config) { c.BatchSize = 2 })
	s := w.sender(0)
	// Cold mail from a newcomer on the personal network: 10,000 + 1,000 burn.
	w.deposit(s, 25_000)
	a := w.order(s, w.recipient(0), true, func(o *contracts.Order) { o.MaxFee = 11_000 })
	b := w.order(s, w.recipient(1), true, func(o *contracts.Order) { o.MaxFee = 11_000 })
	w.mustAccept(a)
	w.mustAccept(b)
	c := w.order(s, w.recipient(2), true, func(o *contracts.Order) { o.MaxFee = 11_000 })
	if r := w.submit(c); r.OK || r.Code != batcher.CodeDeposit {
		t.Fatalf("a third order beyond the deposit: %+v", r)
	}
	// The sender spends its deposit on its own transactions.
	for k := 0; k < 2; k++ {
		w.tx(s, w.c.ABI.PackSend(a.Network, w.addr(w.recipient(2)), w.secret(), 4096, 11_000, common.Address{}, 0), nil)
	}
	wei, nonce := w.operatorWei(), w.operatorNonce()
	w.step()
	w.commit(1)
	w.step()
	if w.operatorNonce() != nonce || w.operatorWei().Cmp(wei) != 0 {
		t.Fatal("the relay sent a transaction for orders the sender could no longer pay")
	}
	for _, o := range []contracts.SignedOrder{a, b} {
		if r := w.submit(o); r.State != relayclient.OrderSkipped || r.Code != contracts.SkipInsufficientBalance.String() {
			t.Fatalf("after the drain: %+v", r)
		}
	}
}

// A crash between recording a batch and its receipt resumes with the same
// transaction: recorded but never sent, and sent but not yet seen mined.
func TestCrashResumesWithTheSameTransaction(t *testing.T) {
	for _, sent := range []bool{false, true} {
		name := map[bool]string{false: "before broadcast", true: "after broadcast"}[sent]
		t.Run(name, func(t *testing.T) {
			crash := !sent
			w := newWorld(t, 2, 2, func(c *batcher.Config) {
				c.BatchSize = 4
				c.BeforeBroadcast = func(*types.Transaction) error {
					if crash {
						return errCrash
					}
					return nil
				}
			})
			for s := 0; s < 2; s++ {
				w.deposit(w.sender(s), 1_000_000)
			}
			var orders []contracts.SignedOrder
			for k := 0; k < 4; k++ {
				o := w.order(w.sender(k%2), w.recipient(k/2), true, nil)
				w.mustAccept(o)
				orders = append(orders, o)
			}
			nonce := w.operatorNonce()
			err := w.b.Step(w.ctx)
			if crash != (err != nil) {
				t.Fatalf("step: %v", err)
			}
			recorded, _ := w.store().Batches(w.ctx, store.BatchSent)
			if len(recorded) != 1 || len(recorded[0].Txs) != 1 {
				t.Fatalf("recorded %+v", recorded)
			}
			want := recorded[0].Txs[0]
			if sent {
				w.commit(1) // mined while the relay is down
			}
			crash = false
			w.restart()
			for i := 0; i < 3; i++ {
				w.step()
				w.commit(1)
			}
			w.commit(2)
			w.step()
			bs, _ := w.store().Batches(w.ctx)
			if len(bs) != 1 || bs[0].State != store.BatchFinal || bs[0].TxHash != want.Hash {
				t.Fatalf("after the restart: %+v", bs)
			}
			rc, err := w.c.Client.TransactionReceipt(w.ctx, common.Hash(want.Hash))
			if err != nil || w.delivered(rc) != 4 {
				t.Fatalf("the recorded transaction delivered %d: %v", w.delivered(rc), err)
			}
			if w.operatorNonce() != nonce+1 {
				t.Fatalf("the operator sent %d transactions", w.operatorNonce()-nonce)
			}
			for _, o := range orders {
				if w.state(o).State != store.OrderSettled {
					t.Fatal("an order did not settle")
				}
			}
		})
	}
}

var errCrash = errorString("crash")

type errorString string

func (e errorString) Error() string { return string(e) }
