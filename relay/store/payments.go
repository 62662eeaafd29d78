package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/bmail-network/bmail/relay/wire"
)

// Payment is one final Delivered log, reduced to what marks mail paid.
type Payment struct {
	Block    uint64
	LogIndex uint
	MsgID    [32]byte // keccak256(secret)
	To       [32]byte // the log's recipient account as a 32-byte word
}

// ChainCursor is the chain follower's position: the last processed block.
type ChainCursor struct {
	Number uint64
	Hash   [32]byte
}

// Cursor returns the persisted chain cursor (ok false before the first).
func (s *Store) Cursor(ctx context.Context) (c ChainCursor, ok bool, err error) {
	var h []byte
	err = s.rdb.QueryRowContext(ctx, "SELECT number, hash FROM chain_cursor WHERE id = 1").Scan(&c.Number, &h)
	if errors.Is(err, sql.ErrNoRows) {
		return c, false, nil
	}
	if err != nil {
		return c, false, err
	}
	copy(c.Hash[:], h)
	return c, true, nil
}

// MarkPaid records payments seen up to the cursor block and marks paid the
// unpaid envelopes they pay for, atomically with moving the cursor.
//
// An envelope is marked paid only when a payment's msgId is in its header AND
// the payment's recipient is the account that the envelope's recipient
// transport key names in its stored bundle. Without the second condition a
// sender could pay one cheap recipient (itself) and buy paid retention for
// the copies of a multi-recipient envelope sent to everyone else.
func (s *Store) MarkPaid(ctx context.Context, cursor ChainCursor, payments []Payment) (marked int, err error) {
	err = s.do(ctx, func(tx *sql.Tx) error {
		marked = 0
		now := s.cfg.Now().Unix()
		for _, p := range payments {
			if _, err := tx.Exec(`INSERT OR IGNORE INTO payments (block, log_index, msgid, recipient, seen_at) VALUES (?, ?, ?, ?, ?)`,
				p.Block, p.LogIndex, p.MsgID[:], p.To[:], now); err != nil {
				return err
			}
			s.payments.Add(1)
			rows, err := tx.Query(`SELECT e.seq FROM msgids m JOIN events e ON e.seq = m.seq
				WHERE m.msgid = ? AND e.state = 1 AND e.kind = ?
				AND e.route IN (SELECT pubkey FROM events WHERE kind = ? AND state = 3 AND route = ?)`,
				p.MsgID[:], wire.KindEnvelope, wire.KindBundle, p.To[:])
			if err != nil {
				return err
			}
			var seqs []int64
			for rows.Next() {
				var seq int64
				if err := rows.Scan(&seq); err != nil {
					rows.Close()
					return err
				}
				seqs = append(seqs, seq)
			}
			rows.Close()
			for _, seq := range seqs {
				if err := s.setPaid(tx, seq, int64(p.Block)); err != nil {
					return err
				}
				marked++
			}
		}
		return setCursor(tx, cursor)
	})
	return marked, err
}

func setCursor(tx *sql.Tx, c ChainCursor) error {
	_, err := tx.Exec(`INSERT INTO chain_cursor (id, number, hash) VALUES (1, ?, ?)
		ON CONFLICT (id) DO UPDATE SET number = excluded.number, hash = excluded.hash`, c.Number, c.Hash[:])
	return err
}

// setPaid moves one unpaid envelope to paid, extending its retention (never
// past a NIP-40 expiration).
func (s *Store) setPaid(tx *sql.Tx, seq, block int64) error {
	var r row
	var rt []byte
	err := tx.QueryRow("SELECT route, origin, size FROM events WHERE seq = ? AND state = 1", seq).Scan(&rt, &r.origin, &r.size)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	r.route = [32]byte(rt)
	if _, err := tx.Exec(`UPDATE events SET state = 2, paid_block = ?,
		expires_at = MIN(received_at + ?, COALESCE(expiration, 9223372036854775807)) WHERE seq = ?`,
		block, int64(s.cfg.PaidRetention/time.Second), seq); err != nil {
		return err
	}
	s.count(-1, r.size, StateUnpaid, r.route, r.origin)
	s.count(+1, r.size, StatePaid, r.route, r.origin)
	return nil
}

// Rollback forgets payments from blocks above cursor.Number (a reorg the
// follower detected by a hash mismatch), returns envelopes they alone paid
// for to unpaid, and sets the cursor back.
func (s *Store) Rollback(ctx context.Context, cursor ChainCursor) (unmarked int, err error) {
	err = s.do(ctx, func(tx *sql.Tx) error {
		unmarked = 0
		if _, err := tx.Exec("DELETE FROM payments WHERE block > ?", cursor.Number); err != nil {
			return err
		}
		rows, err := tx.Query("SELECT seq, route, origin, size FROM events WHERE state = 2 AND paid_block > ?", cursor.Number)
		if err != nil {
			return err
		}
		var rs []row
		for rows.Next() {
			var r row
			var rt []byte
			if err := rows.Scan(&r.seq, &rt, &r.origin, &r.size); err != nil {
				rows.Close()
				return err
			}
			r.route = [32]byte(rt)
			rs = append(rs, r)
		}
		rows.Close()
		for _, r := range rs {
			if _, err := tx.Exec(`UPDATE events SET state = 1, paid_block = NULL,
				expires_at = MIN(received_at + ?, COALESCE(expiration, 9223372036854775807)) WHERE seq = ?`,
				int64(s.cfg.UnpaidRetention/time.Second), r.seq); err != nil {
				return err
			}
			s.count(-1, r.size, StatePaid, r.route, r.origin)
			s.count(+1, r.size, StateUnpaid, r.route, r.origin)
			// Another surviving payment may still cover it.
			var b sql.NullInt64
			if err := tx.QueryRow(`SELECT MIN(p.block) FROM payments p JOIN msgids m ON m.msgid = p.msgid
				WHERE m.seq = ? AND p.recipient = (SELECT route FROM events WHERE kind = 12525 AND state = 3 AND pubkey = ?)`,
				r.seq, r.route[:]).Scan(&b); err != nil {
				return err
			}
			if b.Valid {
				if err := s.setPaid(tx, r.seq, b.Int64); err != nil {
					return err
				}
				continue
			}
			unmarked++
		}
		return setCursor(tx, cursor)
	})
	return unmarked, err
}

// SweepResult counts what one Sweep did.
type SweepResult struct {
	Expired, Forgotten, PaymentsDropped int
}

// Sweep expires live events past their retention (envelopes become
// tombstones; bundles are removed), forgets tombstones past theirs and drops
// payment records older than the paid retention. It does at most limit rows
// of each; call again while it returns full counts.
func (s *Store) Sweep(ctx context.Context, limit int) (SweepResult, error) {
	var res SweepResult
	err := s.do(ctx, func(tx *sql.Tx) error {
		res = SweepResult{}
		now := s.cfg.Now().Unix()
		rows, err := tx.Query(`SELECT seq, route, origin, size, created_at, state FROM events
			WHERE expires_at <= ? AND state IN (1, 2, 3) ORDER BY expires_at LIMIT ?`, now, limit)
		if err != nil {
			return err
		}
		var rs []row
		for rows.Next() {
			var r row
			var rt []byte
			if err := rows.Scan(&r.seq, &rt, &r.origin, &r.size, &r.created, &r.state); err != nil {
				rows.Close()
				return err
			}
			r.route = [32]byte(rt)
			rs = append(rs, r)
		}
		rows.Close()
		for _, r := range rs {
			if r.state == StateKept {
				if _, err := tx.Exec("DELETE FROM events WHERE seq = ?", r.seq); err != nil {
					return err
				}
				s.count(-1, r.size, r.state, r.route, r.origin)
			} else if err := s.tombstone(tx, r, StateExpired, now); err != nil {
				return err
			}
			res.Expired++
		}
		x, err := tx.Exec(`DELETE FROM events WHERE seq IN
			(SELECT seq FROM events WHERE expires_at <= ? AND state >= 4 LIMIT ?)`, now, limit)
		if err != nil {
			return err
		}
		n, _ := x.RowsAffected()
		res.Forgotten = int(n)
		x, err = tx.Exec(`DELETE FROM payments WHERE rowid IN
			(SELECT rowid FROM payments WHERE seen_at <= ? LIMIT ?)`, now-int64(s.cfg.PaidRetention/time.Second), limit)
		if err != nil {
			return err
		}
		n, _ = x.RowsAffected()
		res.PaymentsDropped = int(n)
		return nil
	})
	return res, err
}
