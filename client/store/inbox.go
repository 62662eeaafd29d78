package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// EnvelopeState is where a received envelope stands.
type EnvelopeState string

// Envelope states.
const (
	// EnvWaiting: paid mail whose final payment has not been seen (or was
	// reorged out). Not shown.
	EnvWaiting EnvelopeState = "waiting"
	// EnvShown: opened and accepted; its message is in the inbox.
	EnvShown EnvelopeState = "shown"
	// EnvHeld: unpaid mail from a sender who is not a contact. Never shown;
	// counted as held back.
	EnvHeld EnvelopeState = "held"
	// EnvRejected: failed the acceptance rule (Reason says which part).
	// Never shown.
	EnvRejected EnvelopeState = "rejected"
	// EnvControl: a contact grant or revocation, applied, not shown.
	EnvControl EnvelopeState = "control"
)

// Envelope is an envelope addressed to the user.
type Envelope struct {
	MsgID      [32]byte // the user's commitment keccak256(S)
	Bytes      []byte
	KeyIndex   uint32 // the key index whose decryption key opened the wrap
	WrapIndex  int
	Contact    bool // the wrap carried S (free mail)
	ReceivedAt time.Time
	FirstRelay string
	Copies     int // relays that delivered it
	State      EnvelopeState
	Reason     string
	Sender     common.Address // known once opened
	Message    int64          // the message row once shown
}

// AddEnvelope stores a newly received envelope, or counts one more copy of
// a known one (same msgId); it reports whether the envelope was new.
func (s *Store) AddEnvelope(ctx context.Context, e *Envelope) (bool, error) {
	var added bool
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO envelopes(msg_id, envelope, key_index, wrap_index, contact, received_at, first_relay, state)
			VALUES(?, ?, ?, ?, ?, ?, ?, ?)`, e.MsgID[:], e.Bytes, e.KeyIndex, e.WrapIndex, e.Contact, secs(e.ReceivedAt), e.FirstRelay, string(e.State))
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 1 {
			added = true
			return nil
		}
		_, err = tx.ExecContext(ctx, "UPDATE envelopes SET copies = copies + 1 WHERE msg_id = ?", e.MsgID[:])
		return err
	})
	return added, err
}

// AddCopy counts one more relay that delivered a known envelope.
func (s *Store) AddCopy(ctx context.Context, msgID [32]byte) error {
	_, err := s.db.ExecContext(ctx, "UPDATE envelopes SET copies = copies + 1 WHERE msg_id = ?", msgID[:])
	return err
}

// Envelope returns a stored envelope (ErrNotFound when absent).
func (s *Store) Envelope(ctx context.Context, msgID [32]byte) (*Envelope, error) {
	es, err := s.envelopes(ctx, "WHERE msg_id = ?", msgID[:])
	if err != nil {
		return nil, err
	}
	if len(es) == 0 {
		return nil, ErrNotFound
	}
	return &es[0], nil
}

// EnvelopesIn lists the envelopes in a state, oldest first.
func (s *Store) EnvelopesIn(ctx context.Context, st EnvelopeState) ([]Envelope, error) {
	return s.envelopes(ctx, "WHERE state = ? ORDER BY received_at", string(st))
}

func (s *Store) envelopes(ctx context.Context, where string, args ...any) ([]Envelope, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT msg_id, envelope, key_index, wrap_index, contact, received_at, first_relay, copies, state, reason, sender, message
		FROM envelopes `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Envelope
	for rows.Next() {
		var e Envelope
		var id, sender []byte
		var received int64
		var msg sql.NullInt64
		var st string
		if err := rows.Scan(&id, &e.Bytes, &e.KeyIndex, &e.WrapIndex, &e.Contact, &received, &e.FirstRelay, &e.Copies, &st, &e.Reason, &sender, &msg); err != nil {
			return nil, err
		}
		e.MsgID, e.ReceivedAt, e.State, e.Message = h32(id), unix(received), EnvelopeState(st), msg.Int64
		if sender != nil {
			e.Sender = common.BytesToAddress(sender)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// SetEnvelopeState moves an envelope to st with a reason and, when known,
// its sender.
func (s *Store) SetEnvelopeState(ctx context.Context, msgID [32]byte, st EnvelopeState, reason string, sender *common.Address) error {
	var sb []byte
	if sender != nil {
		sb = sender[:]
	}
	_, err := s.db.ExecContext(ctx, "UPDATE envelopes SET state = ?, reason = ?, sender = COALESCE(?, sender) WHERE msg_id = ?",
		string(st), reason, sb, msgID[:])
	return err
}

// PruneUnpaid deletes the held and waiting envelopes (unpaid mail: never
// shown) received before `before` for which no payment is stored, and
// returns how many it deleted.
func (s *Store) PruneUnpaid(ctx context.Context, before time.Time) (int, error) {
	res, err := s.db.ExecContext(ctx, `DELETE FROM envelopes WHERE state IN (?, ?) AND received_at < ?
		AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.msg_id = envelopes.msg_id)`,
		string(EnvHeld), string(EnvWaiting), secs(before))
	if err != nil {
		return 0, err
	}
	n, err := res.RowsAffected()
	return int(n), err
}

// CountEnvelopes counts the envelopes in each state.
func (s *Store) CountEnvelopes(ctx context.Context) (map[EnvelopeState]int, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT state, COUNT(*) FROM envelopes GROUP BY state")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[EnvelopeState]int{}
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			return nil, err
		}
		out[EnvelopeState(st)] = n
	}
	return out, rows.Err()
}

// ShowEnvelope stores m in the inbox and marks the envelope shown, in one
// transaction. If a message for the same msgId exists (it was hidden by a
// reorg) it becomes visible again instead; the row id is returned.
func (s *Store) ShowEnvelope(ctx context.Context, msgID [32]byte, m *Message) (int64, error) {
	var id int64
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, "SELECT id FROM messages WHERE msg_id = ?", msgID[:]).Scan(&id)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			m.MsgID = msgID
			if id, err = insertMessage(ctx, tx, m); err != nil {
				return err
			}
		case err != nil:
			return err
		default:
			if _, err := tx.ExecContext(ctx, "UPDATE messages SET visible = 1, fee = ?, network = ? WHERE id = ?", m.Fee, m.Network[:], id); err != nil {
				return err
			}
		}
		_, err = tx.ExecContext(ctx, "UPDATE envelopes SET state = ?, reason = '', sender = ?, message = ? WHERE msg_id = ?",
			string(EnvShown), m.From[:], id, msgID[:])
		return err
	})
	return id, err
}

// Payment is a final Delivered log addressed to the user.
type Payment struct {
	BlockHash [32]byte
	LogIndex  uint
	Block     uint64
	BlockTime uint64
	TxHash    [32]byte
	MsgID     [32]byte // keccak256(Secret)
	Secret    [32]byte
	Payer     common.Address
	Fee       uint64
	Size      uint32
	Network   [32]byte
	Relay     common.Address
	RelayFee  uint64
}

// Cursor is a chain position: a block number and its hash.
type Cursor struct {
	Number uint64
	Hash   [32]byte
}

// ChainCursor returns the log follower's position (ok false before the
// first step).
func (s *Store) ChainCursor(ctx context.Context) (c Cursor, ok bool, err error) {
	var h []byte
	err = s.db.QueryRowContext(ctx, "SELECT number, hash FROM chain_cursor WHERE id = 1").Scan(&c.Number, &h)
	if errors.Is(err, sql.ErrNoRows) {
		return c, false, nil
	}
	c.Hash = h32(h)
	return c, err == nil, err
}

func setCursor(ctx context.Context, tx *sql.Tx, c Cursor) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO chain_cursor(id, number, hash) VALUES(1, ?, ?)
		ON CONFLICT(id) DO UPDATE SET number = excluded.number, hash = excluded.hash`, c.Number, c.Hash[:])
	return err
}

// AddPayments records final payments and moves the cursor, in one
// transaction; it returns the payments that were new.
func (s *Store) AddPayments(ctx context.Context, c Cursor, ps []Payment) ([]Payment, error) {
	var added []Payment
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		added = added[:0]
		for i := range ps {
			p := &ps[i]
			res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO payments(block_hash, log_index, block, block_time, tx_hash, msg_id, secret, payer, fee, size, network, relay, relay_fee)
				VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, p.BlockHash[:], p.LogIndex, p.Block, p.BlockTime, p.TxHash[:], p.MsgID[:], p.Secret[:],
				p.Payer[:], p.Fee, p.Size, p.Network[:], p.Relay[:], p.RelayFee)
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n == 1 {
				added = append(added, *p)
			}
		}
		return setCursor(ctx, tx, c)
	})
	return added, err
}

// PaymentsFor returns the final payments carrying msgID, oldest first.
func (s *Store) PaymentsFor(ctx context.Context, msgID [32]byte) ([]Payment, error) {
	return s.payments(ctx, "WHERE msg_id = ? ORDER BY block, log_index", msgID[:])
}

func (s *Store) payments(ctx context.Context, where string, args ...any) ([]Payment, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT block_hash, log_index, block, block_time, tx_hash, msg_id, secret, payer, fee, size, network, relay, relay_fee
		FROM payments `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Payment
	for rows.Next() {
		var p Payment
		var bh, th, id, sec, payer, nw, relay []byte
		if err := rows.Scan(&bh, &p.LogIndex, &p.Block, &p.BlockTime, &th, &id, &sec, &payer, &p.Fee, &p.Size, &nw, &relay, &p.RelayFee); err != nil {
			return nil, err
		}
		p.BlockHash, p.TxHash, p.MsgID, p.Secret, p.Network = h32(bh), h32(th), h32(id), h32(sec), h32(nw)
		p.Payer, p.Relay = common.BytesToAddress(payer), common.BytesToAddress(relay)
		out = append(out, p)
	}
	return out, rows.Err()
}

// RollbackPayments forgets the payments in blocks above c.Number and moves
// the cursor to c, in one transaction; mail shown only because of a
// forgotten payment goes back to waiting and its message is hidden. It
// returns the msgIds whose mail went back to waiting.
func (s *Store) RollbackPayments(ctx context.Context, c Cursor) ([][32]byte, error) {
	var back [][32]byte
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		back = back[:0]
		rows, err := tx.QueryContext(ctx, `SELECT DISTINCT p.msg_id FROM payments p WHERE p.block > ?
			AND NOT EXISTS (SELECT 1 FROM payments q WHERE q.msg_id = p.msg_id AND q.block <= ?)`, c.Number, c.Number)
		if err != nil {
			return err
		}
		var ids [][32]byte
		for rows.Next() {
			var id []byte
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			ids = append(ids, h32(id))
		}
		rows.Close()
		if _, err := tx.ExecContext(ctx, "DELETE FROM payments WHERE block > ?", c.Number); err != nil {
			return err
		}
		for _, id := range ids {
			res, err := tx.ExecContext(ctx, "UPDATE envelopes SET state = ?, reason = 'payment reorganised out' WHERE msg_id = ? AND contact = 0 AND state IN (?, ?)",
				string(EnvWaiting), id[:], string(EnvShown), string(EnvRejected))
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n > 0 {
				back = append(back, id)
			}
			if _, err := tx.ExecContext(ctx, "UPDATE messages SET visible = 0 WHERE msg_id = ? AND free = 0", id[:]); err != nil {
				return err
			}
		}
		return setCursor(ctx, tx, c)
	})
	return back, err
}

// RelayCursor returns a relay's receive-order cursor (0 when none).
func (s *Store) RelayCursor(ctx context.Context, relay string) (int64, error) {
	var seq int64
	err := s.db.QueryRowContext(ctx, "SELECT seq FROM relay_cursors WHERE relay = ?", relay).Scan(&seq)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return seq, err
}

// SetRelayCursor records a relay's cursor; it never moves backwards.
func (s *Store) SetRelayCursor(ctx context.Context, relay string, seq int64) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO relay_cursors(relay, seq) VALUES(?, ?)
		ON CONFLICT(relay) DO UPDATE SET seq = excluded.seq WHERE excluded.seq > relay_cursors.seq`, relay, seq)
	return err
}

// Earning is what payments to the user brought in one group.
type Earning struct {
	Key   string // the period's start (YYYY-MM-DD, UTC) or the relay address
	Fees  uint64 // gwei credited to the user
	Count int
}

// EarningsByDay sums the final payments to the user per UTC day (or per
// period of days, counted from the Unix epoch), newest first, from since on.
func (s *Store) EarningsByDay(ctx context.Context, since time.Time, days int) ([]Earning, error) {
	if days < 1 {
		days = 1
	}
	period := int64(days) * 86400
	rows, err := s.db.QueryContext(ctx, `SELECT (block_time / ?) * ? AS p, SUM(fee), COUNT(*) FROM payments
		WHERE block_time >= ? GROUP BY p ORDER BY p DESC`, period, period, secs(since))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Earning
	for rows.Next() {
		var p int64
		var e Earning
		if err := rows.Scan(&p, &e.Fees, &e.Count); err != nil {
			return nil, err
		}
		e.Key = time.Unix(p, 0).UTC().Format("2006-01-02")
		out = append(out, e)
	}
	return out, rows.Err()
}

// EarningsByRelay sums the final payments to the user per carrying relay.
func (s *Store) EarningsByRelay(ctx context.Context, since time.Time) ([]Earning, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT relay, SUM(fee), COUNT(*) FROM payments WHERE block_time >= ?
		GROUP BY relay ORDER BY SUM(fee) DESC`, secs(since))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Earning
	for rows.Next() {
		var r []byte
		var e Earning
		if err := rows.Scan(&r, &e.Fees, &e.Count); err != nil {
			return nil, err
		}
		e.Key = common.BytesToAddress(r).Hex()
		out = append(out, e)
	}
	return out, rows.Err()
}

// Payers lists the distinct accounts that paid the user (for claims).
func (s *Store) Payers(ctx context.Context) ([]common.Address, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT DISTINCT payer FROM payments")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []common.Address
	for rows.Next() {
		var a []byte
		if err := rows.Scan(&a); err != nil {
			return nil, err
		}
		out = append(out, common.BytesToAddress(a))
	}
	return out, rows.Err()
}
