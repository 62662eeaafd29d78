package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"time"
)

// The settlement batcher's tables (migration 0003): payment orders, the
// batches that settle them and each batch's signed transactions. Orders
// hold release secrets; nothing in the relay serves them. Every write goes
// through the single writer and is answered after the WAL sync, so an
// order is durable before its OK is sent, and a batch's signed transaction is durable before
// it is broadcast.

// OrderState is where a payment order is in its life.
type OrderState int

// Order states.
const (
	OrderQueued    OrderState = 1 // accepted, waiting for a batch
	OrderSubmitted OrderState = 2 // in a batch transaction that is not final yet
	OrderSettled   OrderState = 3 // delivered by a final batch
	OrderDropped   OrderState = 4 // will never be settled here; Reason says why
)

func (s OrderState) String() string {
	switch s {
	case OrderQueued:
		return "queued"
	case OrderSubmitted:
		return "submitted"
	case OrderSettled:
		return "settled"
	case OrderDropped:
		return "dropped"
	}
	return fmt.Sprintf("order-state(%d)", int(s))
}

// Open reports whether the order still counts against its sender's deposit.
func (s OrderState) Open() bool { return s == OrderQueued || s == OrderSubmitted }

// Order is one payment order as the batcher keeps it.
type Order struct {
	ID         [32]byte // hashStruct(order)
	Signer     [20]byte
	Nonce      uint32
	MsgID      [32]byte // keccak256(secret)
	Recipient  [20]byte
	Body       []byte // canonical order JSON
	Debit      uint64 // max_fee + relay_fee, gwei
	RelayFee   uint64 // gwei
	Deadline   uint64 // unix seconds
	ReceivedAt time.Time
	Origin     string

	State  OrderState
	Batch  int64  // submitted, settled, or dropped on chain: the batch
	Reason string // dropped: why
}

// OrderLimits are what AddOrder checks against the sender's other open
// orders, atomically with the insert.
type OrderLimits struct {
	Balance     uint64 // the sender's deposit on chain, gwei
	Reserve     uint64 // kept free beyond every open order, gwei
	NonceWindow uint32 // open nonces of one sender must lie within this span
}

// Refusal codes of AddOrder.
const (
	RefuseNoncePending = "nonce-pending" // another open order of the sender has this nonce
	RefuseNonceWindow  = "nonce-window"  // the sender's open nonces would span the window or more
	RefuseDeposit      = "deposit"       // the deposit does not cover every open order plus the reserve
)

// AddOrderResult is the outcome of AddOrder: exactly one of Added,
// Existing and Refused is set.
type AddOrderResult struct {
	Added    bool
	Existing *Order // the order was already held (in any state)
	Refused  string // a Refuse… code
	// The sender's open orders before this one: count and total debit.
	OpenOrders int
	OpenDebit  uint64
}

var errOrderRefused = errors.New("order refused")

// AddOrder stores a new queued order unless its id is already held (then
// Existing is returned) or the sender's open orders refuse it: a nonce
// already open, a nonce span of NonceWindow or more, or open debits plus
// this one plus the reserve above the balance.
func (s *Store) AddOrder(ctx context.Context, o Order, lim OrderLimits) (AddOrderResult, error) {
	var res AddOrderResult
	err := s.do(ctx, func(tx *sql.Tx) error {
		res = AddOrderResult{}
		if old, ok, err := orderByID(tx, o.ID); err != nil {
			return err
		} else if ok {
			res.Existing = old
			return nil
		}
		rows, err := tx.Query("SELECT nonce, debit FROM orders WHERE signer = ? AND state IN (1, 2)", o.Signer[:])
		if err != nil {
			return err
		}
		lo, hi := o.Nonce, o.Nonce
		for rows.Next() {
			var n uint32
			var d uint64
			if err := rows.Scan(&n, &d); err != nil {
				rows.Close()
				return err
			}
			res.OpenOrders++
			res.OpenDebit += d
			if n == o.Nonce && res.Refused == "" {
				res.Refused = RefuseNoncePending
			}
			lo, hi = min(lo, n), max(hi, n)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		switch {
		case res.Refused != "":
		case lim.NonceWindow > 0 && hi-lo >= lim.NonceWindow:
			res.Refused = RefuseNonceWindow
		case satAdd(satAdd(res.OpenDebit, o.Debit), lim.Reserve) > lim.Balance:
			res.Refused = RefuseDeposit
		}
		if res.Refused != "" {
			return nil
		}
		_, err = tx.Exec(`INSERT INTO orders (id, signer, nonce, msgid, recipient, body, debit, relay_fee, deadline,
			received_at, origin, state, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
			o.ID[:], o.Signer[:], o.Nonce, o.MsgID[:], o.Recipient[:], o.Body, int64(o.Debit), int64(o.RelayFee),
			int64(o.Deadline), o.ReceivedAt.UnixMilli(), o.Origin, s.cfg.Now().Unix())
		if err != nil {
			return err
		}
		res.Added = true
		return nil
	})
	return res, err
}

func satAdd(a, b uint64) uint64 {
	if a+b < a {
		return ^uint64(0)
	}
	return a + b
}

const orderCols = `id, signer, nonce, msgid, recipient, body, debit, relay_fee, deadline, received_at, origin, state,
	COALESCE(batch, 0), COALESCE(reason, '')`

type scanner interface{ Scan(...any) error }

func scanOrder(sc scanner) (*Order, error) {
	var o Order
	var id, signer, msgid, rcpt []byte
	var debit, fee, deadline, recv int64
	if err := sc.Scan(&id, &signer, &o.Nonce, &msgid, &rcpt, &o.Body, &debit, &fee, &deadline, &recv, &o.Origin,
		&o.State, &o.Batch, &o.Reason); err != nil {
		return nil, err
	}
	copy(o.ID[:], id)
	copy(o.Signer[:], signer)
	copy(o.MsgID[:], msgid)
	copy(o.Recipient[:], rcpt)
	o.Debit, o.RelayFee, o.Deadline = uint64(debit), uint64(fee), uint64(deadline)
	o.ReceivedAt = time.UnixMilli(recv)
	return &o, nil
}

type querier interface {
	QueryRow(query string, args ...any) *sql.Row
}

func orderByID(q querier, id [32]byte) (*Order, bool, error) {
	o, err := scanOrder(q.QueryRow("SELECT "+orderCols+" FROM orders WHERE id = ?", id[:]))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	return o, true, nil
}

// OrderByID returns an order (ok false when not held).
func (s *Store) OrderByID(ctx context.Context, id [32]byte) (*Order, bool, error) {
	o, err := scanOrder(s.rdb.QueryRowContext(ctx, "SELECT "+orderCols+" FROM orders WHERE id = ?", id[:]))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	return o, true, nil
}

// QueuedOrders returns up to limit queued orders, oldest first.
func (s *Store) QueuedOrders(ctx context.Context, limit int) ([]*Order, error) {
	return s.queryOrders(ctx, "SELECT "+orderCols+" FROM orders WHERE state = 1 ORDER BY received_at, id LIMIT ?", limit)
}

// BatchOrders returns the orders of a batch.
func (s *Store) BatchOrders(ctx context.Context, batch int64) ([]*Order, error) {
	return s.queryOrders(ctx, "SELECT "+orderCols+" FROM orders WHERE batch = ?", batch)
}

func (s *Store) queryOrders(ctx context.Context, q string, args ...any) ([]*Order, error) {
	rows, err := s.rdb.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*Order
	for rows.Next() {
		o, err := scanOrder(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// OrderCounts are the held orders by state.
type OrderCounts struct {
	Queued, Submitted, Settled, Dropped int64
	OldestQueued                        time.Time // zero when none is queued
}

// CountOrders counts the held orders by state.
func (s *Store) CountOrders(ctx context.Context) (OrderCounts, error) {
	var c OrderCounts
	rows, err := s.rdb.QueryContext(ctx, "SELECT state, COUNT(*) FROM orders GROUP BY state")
	if err != nil {
		return c, err
	}
	defer rows.Close()
	for rows.Next() {
		var st OrderState
		var n int64
		if err := rows.Scan(&st, &n); err != nil {
			return c, err
		}
		switch st {
		case OrderQueued:
			c.Queued = n
		case OrderSubmitted:
			c.Submitted = n
		case OrderSettled:
			c.Settled = n
		case OrderDropped:
			c.Dropped = n
		}
	}
	if err := rows.Err(); err != nil {
		return c, err
	}
	var oldest sql.NullInt64
	if err := s.rdb.QueryRowContext(ctx, "SELECT MIN(received_at) FROM orders WHERE state = 1").Scan(&oldest); err != nil {
		return c, err
	}
	if oldest.Valid {
		c.OldestQueued = time.UnixMilli(oldest.Int64)
	}
	return c, nil
}

// EnvelopeHeld reports whether a live envelope whose header commits to
// msgID is stored and will not expire before notBefore.
func (s *Store) EnvelopeHeld(ctx context.Context, msgID [32]byte, notBefore time.Time) (bool, error) {
	var one int
	err := s.rdb.QueryRowContext(ctx, `SELECT 1 FROM msgids m JOIN events e ON e.seq = m.seq
		WHERE m.msgid = ? AND e.state IN (1, 2) AND e.expires_at >= ? LIMIT 1`, msgID[:], notBefore.Unix()).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// PaymentSeen reports whether a final Delivered log paid msgID to the
// account word to (the chain follower's payments).
func (s *Store) PaymentSeen(ctx context.Context, msgID, to [32]byte) (bool, error) {
	var one int
	err := s.rdb.QueryRowContext(ctx, "SELECT 1 FROM payments WHERE msgid = ? AND recipient = ? LIMIT 1",
		msgID[:], to[:]).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// OrderDrop is one order the batcher gives up on.
type OrderDrop struct {
	ID     [32]byte
	Reason string
}

// DropOrders moves queued orders to dropped with their reasons (orders in
// any other state are left alone). It returns how many moved.
func (s *Store) DropOrders(ctx context.Context, drops []OrderDrop) (int, error) {
	n := 0
	err := s.do(ctx, func(tx *sql.Tx) error {
		n = 0
		now := s.cfg.Now().Unix()
		for _, d := range drops {
			res, err := tx.Exec("UPDATE orders SET state = 4, reason = ?, updated_at = ? WHERE id = ? AND state = 1",
				d.Reason, now, d.ID[:])
			if err != nil {
				return err
			}
			k, _ := res.RowsAffected()
			n += int(k)
		}
		return nil
	})
	return n, err
}

// ExpireOrders drops queued orders whose deadline is before deadline
// (reason "expired") and returns them.
func (s *Store) ExpireOrders(ctx context.Context, deadline uint64) ([]*Order, error) {
	var out []*Order
	err := s.do(ctx, func(tx *sql.Tx) error {
		out = out[:0]
		rows, err := tx.Query("SELECT "+orderCols+" FROM orders WHERE state = 1 AND deadline < ?", int64(deadline))
		if err != nil {
			return err
		}
		for rows.Next() {
			o, err := scanOrder(rows)
			if err != nil {
				rows.Close()
				return err
			}
			out = append(out, o)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		_, err = tx.Exec("UPDATE orders SET state = 4, reason = 'expired', updated_at = ? WHERE state = 1 AND deadline < ?",
			s.cfg.Now().Unix(), int64(deadline))
		return err
	})
	return out, err
}

// PurgeOrders deletes settled and dropped orders whose deadline is before
// deadline (their secrets go with them); batches keep the totals.
func (s *Store) PurgeOrders(ctx context.Context, deadline uint64) (int, error) {
	n := 0
	err := s.do(ctx, func(tx *sql.Tx) error {
		res, err := tx.Exec("DELETE FROM orders WHERE state IN (3, 4) AND deadline < ?", int64(deadline))
		if err != nil {
			return err
		}
		k, _ := res.RowsAffected()
		n = int(k)
		return nil
	})
	return n, err
}

// BatchState is where a settlement transaction is.
type BatchState int

// Batch states.
const (
	BatchSent      BatchState = 1 // recorded (and broadcast, or about to be); not mined
	BatchMined     BatchState = 2 // a version is in a block that is not final yet
	BatchFinal     BatchState = 3 // the block is final; its orders are settled or dropped
	BatchAbandoned BatchState = 4 // the nonce went to another transaction; its orders were queued again
)

func (s BatchState) String() string {
	switch s {
	case BatchSent:
		return "sent"
	case BatchMined:
		return "mined"
	case BatchFinal:
		return "final"
	case BatchAbandoned:
		return "abandoned"
	}
	return fmt.Sprintf("batch-state(%d)", int(s))
}

// BatchTx is one signed version of a batch's transaction.
type BatchTx struct {
	Hash      [32]byte
	Raw       []byte // the signed transaction (binary encoding), re-sent as is
	TipWei    uint64
	FeeCapWei uint64
	SentAt    time.Time
}

// Batch is one settlement transaction and its outcome.
type Batch struct {
	ID        int64
	Nonce     uint64
	CreatedAt time.Time
	State     BatchState
	Orders    int
	Calldata  int
	Txs       []BatchTx // oldest first; the last is the current version

	// Mined (state mined or final).
	TxHash    [32]byte
	Block     uint64
	BlockHash [32]byte
	GasUsed   uint64
	// Final.
	ExecGwei, L1Gwei, RelayFees uint64
	Delivered, Skipped          int
	FinalAt                     time.Time
}

// RecordBatch records a new batch, its first signed transaction and its
// orders (which must all be queued; they become submitted) in one
// transaction, before anything is broadcast. It returns the batch id.
func (s *Store) RecordBatch(ctx context.Context, nonce uint64, calldata int, first BatchTx, orders [][32]byte) (int64, error) {
	var id int64
	err := s.do(ctx, func(tx *sql.Tx) error {
		res, err := tx.Exec("INSERT INTO batches (nonce, created_at, state, orders, calldata) VALUES (?, ?, 1, ?, ?)",
			int64(nonce), first.SentAt.Unix(), len(orders), calldata)
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		if err := insertBatchTx(tx, id, first); err != nil {
			return err
		}
		for _, o := range orders {
			res, err := tx.Exec("UPDATE orders SET state = 2, batch = ?, updated_at = ? WHERE id = ? AND state = 1",
				id, first.SentAt.Unix(), o[:])
			if err != nil {
				return err
			}
			if k, _ := res.RowsAffected(); k != 1 {
				return fmt.Errorf("%w: order %x is not queued", errOrderRefused, o[:8])
			}
		}
		return nil
	})
	return id, err
}

func insertBatchTx(tx *sql.Tx, batch int64, t BatchTx) error {
	_, err := tx.Exec("INSERT INTO batch_txs (hash, batch, raw, tip_wei, fee_cap_wei, sent_at) VALUES (?, ?, ?, ?, ?, ?)",
		t.Hash[:], batch, t.Raw, int64(t.TipWei), int64(t.FeeCapWei), t.SentAt.Unix())
	return err
}

// AddBatchTx records another signed version (a fee bump) of a batch's
// transaction, before it is broadcast.
func (s *Store) AddBatchTx(ctx context.Context, batch int64, t BatchTx) error {
	return s.do(ctx, func(tx *sql.Tx) error { return insertBatchTx(tx, batch, t) })
}

const batchCols = `id, nonce, created_at, state, orders, calldata, tx_hash, COALESCE(block, 0), block_hash,
	COALESCE(gas_used, 0), COALESCE(exec_gwei, 0), COALESCE(l1_gwei, 0), COALESCE(relay_fees, 0),
	COALESCE(delivered, 0), COALESCE(skipped, 0), COALESCE(final_at, 0)`

// Batches returns the batches in the given states (all when none given)
// with their transactions, oldest first.
func (s *Store) Batches(ctx context.Context, states ...BatchState) ([]*Batch, error) {
	q := "SELECT " + batchCols + " FROM batches"
	var args []any
	if len(states) > 0 {
		q += " WHERE state IN ("
		for i, st := range states {
			if i > 0 {
				q += ", "
			}
			q += "?"
			args = append(args, int(st))
		}
		q += ")"
	}
	return s.queryBatches(ctx, q+" ORDER BY id", args...)
}

// FinalBatchesFrom returns the final batches mined at or above block (the
// ones a deep reorg could still take back), oldest first.
func (s *Store) FinalBatchesFrom(ctx context.Context, block uint64) ([]*Batch, error) {
	return s.queryBatches(ctx, "SELECT "+batchCols+" FROM batches WHERE state = 3 AND block >= ? ORDER BY id", int64(block))
}

// BatchByID returns one batch (ok false when unknown).
func (s *Store) BatchByID(ctx context.Context, id int64) (*Batch, bool, error) {
	bs, err := s.queryBatches(ctx, "SELECT "+batchCols+" FROM batches WHERE id = ?", id)
	if err != nil || len(bs) == 0 {
		return nil, false, err
	}
	return bs[0], true, nil
}

func (s *Store) queryBatches(ctx context.Context, q string, args ...any) ([]*Batch, error) {
	rows, err := s.rdb.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	var out []*Batch
	for rows.Next() {
		var b Batch
		var nonce, created, block, gas, exec, l1, fees, final int64
		var txHash, blockHash []byte
		if err := rows.Scan(&b.ID, &nonce, &created, &b.State, &b.Orders, &b.Calldata, &txHash, &block, &blockHash,
			&gas, &exec, &l1, &fees, &b.Delivered, &b.Skipped, &final); err != nil {
			rows.Close()
			return nil, err
		}
		b.Nonce, b.CreatedAt = uint64(nonce), time.Unix(created, 0)
		copy(b.TxHash[:], txHash)
		copy(b.BlockHash[:], blockHash)
		b.Block, b.GasUsed = uint64(block), uint64(gas)
		b.ExecGwei, b.L1Gwei, b.RelayFees = uint64(exec), uint64(l1), uint64(fees)
		if final > 0 {
			b.FinalAt = time.Unix(final, 0)
		}
		out = append(out, &b)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, b := range out {
		if b.Txs, err = s.batchTxs(ctx, b.ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (s *Store) batchTxs(ctx context.Context, batch int64) ([]BatchTx, error) {
	rows, err := s.rdb.QueryContext(ctx, "SELECT hash, raw, tip_wei, fee_cap_wei, sent_at FROM batch_txs WHERE batch = ? ORDER BY rowid", batch)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []BatchTx
	for rows.Next() {
		var t BatchTx
		var h []byte
		var tip, cap_, sent int64
		if err := rows.Scan(&h, &t.Raw, &tip, &cap_, &sent); err != nil {
			return nil, err
		}
		copy(t.Hash[:], h)
		t.TipWei, t.FeeCapWei, t.SentAt = uint64(tip), uint64(cap_), time.Unix(sent, 0)
		out = append(out, t)
	}
	return out, rows.Err()
}

// MarkMined records that a version of a sent batch is in a block.
func (s *Store) MarkMined(ctx context.Context, batch int64, txHash [32]byte, block uint64, blockHash [32]byte, gasUsed uint64) error {
	return s.do(ctx, func(tx *sql.Tx) error {
		_, err := tx.Exec("UPDATE batches SET state = 2, tx_hash = ?, block = ?, block_hash = ?, gas_used = ? WHERE id = ? AND state IN (1, 2)",
			txHash[:], int64(block), blockHash[:], int64(gasUsed), batch)
		return err
	})
}

// BatchOutcome is what a final batch did.
type BatchOutcome struct {
	Delivered [][32]byte  // order ids settled
	Dropped   []OrderDrop // order ids the contract skipped, with the reason
	Requeued  [][32]byte  // order ids to queue again (the transaction reverted)
	ExecGwei  uint64
	L1Gwei    uint64
	RelayFees uint64
	FinalAt   time.Time
}

// FinalizeBatch marks a mined batch final and settles or drops its orders.
func (s *Store) FinalizeBatch(ctx context.Context, batch int64, out BatchOutcome) error {
	return s.do(ctx, func(tx *sql.Tx) error {
		now := out.FinalAt.Unix()
		res, err := tx.Exec(`UPDATE batches SET state = 3, exec_gwei = ?, l1_gwei = ?, relay_fees = ?, delivered = ?,
			skipped = ?, final_at = ? WHERE id = ? AND state = 2`,
			int64(out.ExecGwei), int64(out.L1Gwei), int64(out.RelayFees), len(out.Delivered), len(out.Dropped), now, batch)
		if err != nil {
			return err
		}
		if k, _ := res.RowsAffected(); k != 1 {
			return fmt.Errorf("store: batch %d is not mined", batch)
		}
		for _, id := range out.Delivered {
			if _, err := tx.Exec("UPDATE orders SET state = 3, updated_at = ? WHERE id = ? AND batch = ?", now, id[:], batch); err != nil {
				return err
			}
		}
		for _, d := range out.Dropped {
			if _, err := tx.Exec("UPDATE orders SET state = 4, reason = ?, updated_at = ? WHERE id = ? AND batch = ?",
				d.Reason, now, d.ID[:], batch); err != nil {
				return err
			}
		}
		for _, id := range out.Requeued {
			if _, err := tx.Exec("UPDATE orders SET state = 1, batch = NULL, updated_at = ? WHERE id = ? AND batch = ?",
				now, id[:], batch); err != nil {
				return err
			}
		}
		return nil
	})
}

// UnmineBatch returns a mined or final batch to sent after its block left
// the canonical chain: its orders are submitted again (a final batch's
// settled and chain-dropped orders included), and its transaction will be
// re-sent.
func (s *Store) UnmineBatch(ctx context.Context, batch int64) error {
	return s.do(ctx, func(tx *sql.Tx) error {
		now := s.cfg.Now().Unix()
		if _, err := tx.Exec(`UPDATE batches SET state = 1, tx_hash = NULL, block = NULL, block_hash = NULL, gas_used = NULL,
			exec_gwei = NULL, l1_gwei = NULL, relay_fees = NULL, delivered = NULL, skipped = NULL, final_at = NULL
			WHERE id = ? AND state IN (2, 3)`, batch); err != nil {
			return err
		}
		_, err := tx.Exec("UPDATE orders SET state = 2, reason = NULL, updated_at = ? WHERE batch = ? AND state IN (3, 4)", now, batch)
		return err
	})
}

// AbandonBatch gives up a sent batch whose nonce another transaction took:
// its orders are queued again.
func (s *Store) AbandonBatch(ctx context.Context, batch int64) error {
	return s.do(ctx, func(tx *sql.Tx) error {
		now := s.cfg.Now().Unix()
		if _, err := tx.Exec("UPDATE batches SET state = 4 WHERE id = ? AND state = 1", batch); err != nil {
			return err
		}
		_, err := tx.Exec("UPDATE orders SET state = 1, batch = NULL, updated_at = ? WHERE batch = ? AND state = 2", now, batch)
		return err
	})
}

// Earnings sums final batches.
type Earnings struct {
	Batches   int64
	Delivered int64 // orders settled
	Skipped   int64 // orders the contract skipped on chain
	RelayFees uint64
	ExecGwei  uint64 // gas paid
	L1Gwei    uint64 // L1 data fee estimate
	GasUsed   uint64
	Calldata  int64
}

// Net is relay fees minus gas and the L1 estimate (negative when losing).
func (e Earnings) Net() int64 { return int64(e.RelayFees) - int64(e.ExecGwei) - int64(e.L1Gwei) }

// EarningsSince sums the batches that became final at or after since (the
// zero time for all).
func (s *Store) EarningsSince(ctx context.Context, since time.Time) (Earnings, error) {
	return earningsSince(ctx, s.rdb, since)
}

type rowQuerier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func earningsSince(ctx context.Context, db rowQuerier, since time.Time) (Earnings, error) {
	var e Earnings
	var fees, exec, l1, gas int64
	floor := int64(0)
	if !since.IsZero() {
		floor = since.Unix()
	}
	err := db.QueryRowContext(ctx, `SELECT COUNT(*), COALESCE(SUM(delivered), 0), COALESCE(SUM(skipped), 0),
		COALESCE(SUM(relay_fees), 0), COALESCE(SUM(exec_gwei), 0), COALESCE(SUM(l1_gwei), 0), COALESCE(SUM(gas_used), 0),
		COALESCE(SUM(calldata), 0) FROM batches WHERE state = 3 AND final_at >= ?`, floor).
		Scan(&e.Batches, &e.Delivered, &e.Skipped, &fees, &exec, &l1, &gas, &e.Calldata)
	e.RelayFees, e.ExecGwei, e.L1Gwei, e.GasUsed = uint64(fees), uint64(exec), uint64(l1), uint64(gas)
	return e, err
}

// ReadEarnings opens the store file at path read-only (the relay may be
// running) and sums final batches since the given time.
func ReadEarnings(ctx context.Context, path string, since time.Time) (Earnings, error) {
	if _, err := os.Stat(path); err != nil {
		return Earnings{}, fmt.Errorf("earnings: %w", err)
	}
	db, err := sql.Open("sqlite3", dsn(path, true))
	if err != nil {
		return Earnings{}, err
	}
	defer db.Close()
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return Earnings{}, fmt.Errorf("earnings: %w", err)
	}
	if v < 3 {
		return Earnings{}, nil // no batcher tables yet: nothing earned
	}
	return earningsSince(ctx, db, since)
}
