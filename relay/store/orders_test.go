package store

import (
	"context"
	"testing"
	"time"
)

func order(signer byte, nonce uint32, debit uint64) Order {
	o := Order{Signer: [20]byte{signer}, Nonce: nonce, Debit: debit, RelayFee: 100, Deadline: 2_000_000_000,
		Body: []byte(`{"order":1}`), Origin: "o", ReceivedAt: time.UnixMilli(int64(nonce) + 1000)}
	o.ID = [32]byte{signer, byte(nonce), byte(nonce >> 8)}
	o.MsgID = [32]byte{0xee, signer, byte(nonce)}
	return o
}

func (h *harness) add(o Order, lim OrderLimits) AddOrderResult {
	h.t.Helper()
	r, err := h.s.AddOrder(context.Background(), o, lim)
	if err != nil {
		h.t.Fatal(err)
	}
	return r
}

func TestAddOrderChecksOpenOrders(t *testing.T) {
	h := open(t, nil)
	lim := OrderLimits{Balance: 10_000, Reserve: 1_000, NonceWindow: 44}
	if r := h.add(order(1, 5, 3_000), lim); !r.Added {
		t.Fatalf("first order: %+v", r)
	}
	if r := h.add(order(1, 5, 3_000), lim); r.Existing == nil || r.Existing.State != OrderQueued || r.Existing.Nonce != 5 {
		t.Fatalf("same order again: %+v", r)
	}
	twin := order(1, 5, 3_000)
	twin.ID[31] = 9 // another order with the same nonce
	if r := h.add(twin, lim); r.Refused != RefuseNoncePending {
		t.Fatalf("same nonce: %+v", r)
	}
	if r := h.add(order(1, 49, 1), lim); r.Refused != RefuseNonceWindow {
		t.Fatalf("nonce 44 above an open one: %+v", r)
	}
	if r := h.add(order(1, 48, 3_000), lim); !r.Added || r.OpenOrders != 1 || r.OpenDebit != 3_000 {
		t.Fatalf("nonce 43 above: %+v", r)
	}
	// 6,000 open + 3,001 + 1,000 reserve > 10,000.
	if r := h.add(order(1, 6, 3_001), lim); r.Refused != RefuseDeposit || r.OpenDebit != 6_000 {
		t.Fatalf("over the deposit: %+v", r)
	}
	if r := h.add(order(1, 6, 3_000), lim); !r.Added {
		t.Fatalf("exactly the deposit: %+v", r)
	}
	// Another sender is counted apart.
	if r := h.add(order(2, 5, 9_000), lim); !r.Added || r.OpenOrders != 0 {
		t.Fatalf("other sender: %+v", r)
	}
	// Dropped orders stop counting.
	if n, err := h.s.DropOrders(context.Background(), []OrderDrop{{ID: order(1, 48, 0).ID, Reason: "test"}}); err != nil || n != 1 {
		t.Fatalf("drop: %d %v", n, err)
	}
	if r := h.add(order(1, 7, 3_000), lim); !r.Added || r.OpenDebit != 6_000 {
		t.Fatalf("after a drop: %+v", r)
	}
	// Everything survives a restart.
	h.reopen()
	c, err := h.s.CountOrders(context.Background())
	if err != nil || c.Queued != 4 || c.Dropped != 1 || !c.OldestQueued.Equal(time.UnixMilli(1005)) {
		t.Fatalf("counts after restart: %+v %v", c, err)
	}
	q, err := h.s.QueuedOrders(context.Background(), 10)
	if err != nil || len(q) != 4 || q[0].Nonce != 5 || string(q[0].Body) != `{"order":1}` {
		t.Fatalf("queued after restart: %v %v", q, err)
	}
}

func TestBatchLifecycle(t *testing.T) {
	h := open(t, nil)
	ctx := context.Background()
	lim := OrderLimits{Balance: 1 << 40, NonceWindow: 44}
	a, b, c := order(1, 1, 10), order(1, 2, 10), order(2, 1, 10)
	for _, o := range []Order{a, b, c} {
		h.add(o, lim)
	}
	tx1 := BatchTx{Hash: [32]byte{1}, Raw: []byte("raw-1"), TipWei: 10, FeeCapWei: 20, SentAt: time.Unix(100, 0)}
	id, err := h.s.RecordBatch(ctx, 7, 450, tx1, [][32]byte{a.ID, b.ID, c.ID})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := h.s.RecordBatch(ctx, 8, 150, tx1, [][32]byte{a.ID}); err == nil {
		t.Fatal("an order went into two batches")
	}
	tx2 := BatchTx{Hash: [32]byte{2}, Raw: []byte("raw-2"), TipWei: 12, FeeCapWei: 23, SentAt: time.Unix(100, 0)}
	if err := h.s.AddBatchTx(ctx, id, tx2); err != nil {
		t.Fatal(err)
	}
	h.reopen() // a restart between recording and the receipt
	open, err := h.s.Batches(ctx, BatchSent, BatchMined)
	if err != nil || len(open) != 1 || open[0].Nonce != 7 || len(open[0].Txs) != 2 ||
		string(open[0].Txs[0].Raw) != "raw-1" || string(open[0].Txs[1].Raw) != "raw-2" {
		t.Fatalf("open batches after restart: %+v %v", open, err)
	}
	if o, _, _ := h.s.OrderByID(ctx, a.ID); o.State != OrderSubmitted || o.Batch != id {
		t.Fatalf("order in batch: %+v", o)
	}
	if err := h.s.MarkMined(ctx, id, tx2.Hash, 55, [32]byte{5}, 90_000); err != nil {
		t.Fatal(err)
	}
	out := BatchOutcome{Delivered: [][32]byte{a.ID, c.ID}, Dropped: []OrderDrop{{ID: b.ID, Reason: "blocked"}},
		ExecGwei: 900, L1Gwei: 50, RelayFees: 200, FinalAt: time.Unix(200, 0)}
	if err := h.s.FinalizeBatch(ctx, id, out); err != nil {
		t.Fatal(err)
	}
	if o, _, _ := h.s.OrderByID(ctx, b.ID); o.State != OrderDropped || o.Reason != "blocked" {
		t.Fatalf("skipped order: %+v", o)
	}
	e, err := h.s.EarningsSince(ctx, time.Time{})
	if err != nil || e.Batches != 1 || e.Delivered != 2 || e.Skipped != 1 || e.RelayFees != 200 || e.Net() != -750 || e.GasUsed != 90_000 {
		t.Fatalf("earnings: %+v %v", e, err)
	}
	if e, _ := h.s.EarningsSince(ctx, time.Unix(201, 0)); e.Batches != 0 {
		t.Fatalf("earnings after the batch: %+v", e)
	}
	// A reorg: everything returns to submitted and the earnings go.
	if err := h.s.UnmineBatch(ctx, id); err != nil {
		t.Fatal(err)
	}
	for _, o := range []Order{a, b, c} {
		if got, _, _ := h.s.OrderByID(ctx, o.ID); got.State != OrderSubmitted || got.Reason != "" {
			t.Fatalf("after the reorg: %+v", got)
		}
	}
	if e, _ := h.s.EarningsSince(ctx, time.Time{}); e.Batches != 0 {
		t.Fatalf("earnings survive a reorg: %+v", e)
	}
	// The nonce went to another transaction: the orders are queued again.
	if err := h.s.AbandonBatch(ctx, id); err != nil {
		t.Fatal(err)
	}
	if q, _ := h.s.QueuedOrders(ctx, 10); len(q) != 3 || q[0].Batch != 0 {
		t.Fatalf("queued after abandoning: %v", q)
	}
	if n, err := h.s.PurgeOrders(ctx, 3_000_000_000); err != nil || n != 0 {
		t.Fatalf("purged open orders: %d %v", n, err)
	}
	exp, err := h.s.ExpireOrders(ctx, 3_000_000_000)
	if err != nil || len(exp) != 3 {
		t.Fatalf("expire: %v %v", exp, err)
	}
	if n, err := h.s.PurgeOrders(ctx, 3_000_000_000); err != nil || n != 3 {
		t.Fatalf("purge: %d %v", n, err)
	}
	h.s.Close(ctx)
	if e, err := ReadEarnings(ctx, h.path, time.Time{}); err != nil || e.Batches != 0 {
		t.Fatalf("read earnings: %+v %v", e, err)
	}
	h.s = nil
	h.reopen()
}

func TestEnvelopeHeldAndPaymentSeen(t *testing.T) {
	h := open(t, nil)
	ctx := context.Background()
	to := key(3)
	m := [32]byte{0xaa}
	h.put(envelope(t, to, h.clk.Now().Unix(), "ZQ=="), to, "o", m)
	if ok, err := h.s.EnvelopeHeld(ctx, m, h.clk.Now()); err != nil || !ok {
		t.Fatalf("held: %v %v", ok, err)
	}
	if ok, _ := h.s.EnvelopeHeld(ctx, m, h.clk.Now().Add(DefaultUnpaidRetention+time.Hour)); ok {
		t.Fatal("held past its expiry")
	}
	if ok, _ := h.s.EnvelopeHeld(ctx, [32]byte{0xbb}, h.clk.Now()); ok {
		t.Fatal("unknown msgId held")
	}
	word := [32]byte{31: 9}
	if _, err := h.s.MarkPaid(ctx, ChainCursor{Number: 1}, []Payment{{Block: 1, MsgID: m, To: word}}); err != nil {
		t.Fatal(err)
	}
	if ok, _ := h.s.PaymentSeen(ctx, m, word); !ok {
		t.Fatal("payment not seen")
	}
	if ok, _ := h.s.PaymentSeen(ctx, m, [32]byte{31: 8}); ok {
		t.Fatal("payment to someone else seen")
	}
}
