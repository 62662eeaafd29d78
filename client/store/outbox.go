package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// OutboxState is the step an outbox message reached. Each state is
// recorded before the step that follows it acts.
type OutboxState string

// Outbox states, in order; Failed and Cancelled end an item before any
// money moved (or, for Failed after paying started, say why it stopped).
const (
	OutQueued    OutboxState = "queued"    // accepted from the user; the draft is kept
	OutResolved  OutboxState = "resolved"  // every recipient's bundle checked against the chain and pinned
	OutQuoted    OutboxState = "quoted"    // fees quoted, caps checked; maxFee fixed
	OutSealed    OutboxState = "sealed"    // envelope, secrets and per-recipient events recorded
	OutPosted    OutboxState = "posted"    // enough relays answered OK for every recipient
	OutPaying    OutboxState = "paying"    // payments signed and recorded; being broadcast / settled
	OutPaid      OutboxState = "paid"      // every payment is in a block
	OutFinal     OutboxState = "final"     // every payment is final; done
	OutFailed    OutboxState = "failed"    // stopped; Error says why
	OutCancelled OutboxState = "cancelled" // cancelled by the user before paying
)

// Terminal reports whether no more steps follow.
func (s OutboxState) Terminal() bool { return s == OutFinal || s == OutFailed || s == OutCancelled }

// Recipient payment states.
const (
	PayNone    = ""       // not paying yet
	PayFree    = "free"   // contact mail: nothing to pay
	PaySigned  = "signed" // transaction or order signed and recorded, maybe broadcast
	PayMined   = "mined"  // in a block (BlockHash)
	PayFinal   = "final"  // final
	PaySkipped = "failed" // the payment cannot happen (Error says why)
)

// Pay modes.
const (
	ModeTx    = "tx"    // the user's own send transaction
	ModeOrder = "order" // an EIP-712 order handed to a relay's batcher
)

// Outbox kinds.
const (
	KindMail  = "mail"  // a message the user wrote
	KindGrant = "grant" // a contact grant or revocation (free control mail)
)

// OutboxItem is one message on its way.
type OutboxItem struct {
	ID         int64
	Kind       string
	DraftID    int64
	State      OutboxState
	Message    []byte // the inner message as the client encodes it
	Envelope   []byte
	PricedSize uint32
	Network    [32]byte
	MaxTotal   uint64 // the cap for this message in gwei (0: none)
	CreatedAt  time.Time
	UpdatedAt  time.Time
	Error      string
	Recipients []OutboxRecipient
}

// OutboxRecipient is one recipient of an outbox message and its payment.
type OutboxRecipient struct {
	Index      int
	Account    common.Address
	BundleHash [32]byte
	Relays     []string // the recipient's inbox relays (from its bundle)
	Free       bool     // the recipient granted free mail: S rides in the wrap
	Secret     [32]byte
	MsgID      [32]byte
	Position   int    // wrap index in the envelope
	Quote      string // the fee breakdown (JSON) the user saw
	MaxFee     uint64 // the signed cap on fee + burn
	RelayFee   uint64
	RelayAddr  common.Address
	Event      []byte // the signed relay event (JSON), re-published as is
	PayState   string
	PayMode    string
	// CommittedAt is when the payment was signed: what the daily cap counts.
	CommittedAt time.Time
	// FromBlock is the head when the payment was signed: the chain is
	// searched from there for a Delivered log carrying Secret.
	FromBlock     uint64
	TxRaw         []byte
	TxHash        [32]byte
	TxNonce       uint64
	OrderSig      []byte
	OrderNonce    uint32
	OrderDeadline uint64
	Block         uint64
	BlockHash     [32]byte
	Fee           uint64 // the fee actually paid (from the Delivered log)
	Error         string
}

// CreateOutbox records a new item with its recipients and returns its id.
func (s *Store) CreateOutbox(ctx context.Context, it *OutboxItem) (int64, error) {
	now := s.now()
	it.CreatedAt, it.UpdatedAt = time.Unix(now, 0), time.Unix(now, 0)
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO outbox(kind, draft_id, state, message, envelope, priced_size, network, max_total, created_at, updated_at, error)
			VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, it.Kind, nullInt(it.DraftID), string(it.State), it.Message, it.Envelope, it.PricedSize,
			it.Network[:], it.MaxTotal, now, now, it.Error)
		if err != nil {
			return err
		}
		if it.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		for i := range it.Recipients {
			it.Recipients[i].Index = i
			if err := saveRecipient(ctx, tx, it.ID, &it.Recipients[i]); err != nil {
				return err
			}
		}
		return nil
	})
	return it.ID, err
}

// SaveOutbox writes the item and all its recipients, in one transaction.
func (s *Store) SaveOutbox(ctx context.Context, it *OutboxItem) error {
	it.UpdatedAt = time.Unix(s.now(), 0)
	return s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE outbox SET state = ?, message = ?, envelope = ?, priced_size = ?, network = ?, max_total = ?, updated_at = ?, error = ?
			WHERE id = ?`, string(it.State), it.Message, it.Envelope, it.PricedSize, it.Network[:], it.MaxTotal, secs(it.UpdatedAt), it.Error, it.ID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNotFound
		}
		for i := range it.Recipients {
			if err := saveRecipient(ctx, tx, it.ID, &it.Recipients[i]); err != nil {
				return err
			}
		}
		return nil
	})
}

func opt32(h [32]byte) []byte {
	if h == ([32]byte{}) {
		return nil
	}
	return h[:]
}

func saveRecipient(ctx context.Context, tx *sql.Tx, id int64, r *OutboxRecipient) error {
	var relay []byte
	if r.RelayAddr != (common.Address{}) {
		relay = r.RelayAddr[:]
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO outbox_recipients(outbox_id, idx, account, bundle_hash, relays, free, secret, msg_id, position, quote,
		max_fee, relay_fee, relay_addr, event, state, pay_mode, committed_at, from_block, tx_raw, tx_hash, tx_nonce, order_sig, order_nonce, order_deadline,
		block, block_hash, fee, error) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(outbox_id, idx) DO UPDATE SET account = excluded.account, bundle_hash = excluded.bundle_hash, relays = excluded.relays,
		free = excluded.free, secret = excluded.secret, msg_id = excluded.msg_id, position = excluded.position, quote = excluded.quote,
		max_fee = excluded.max_fee, relay_fee = excluded.relay_fee, relay_addr = excluded.relay_addr, event = excluded.event,
		state = excluded.state, pay_mode = excluded.pay_mode, committed_at = excluded.committed_at, from_block = excluded.from_block, tx_raw = excluded.tx_raw,
		tx_hash = excluded.tx_hash, tx_nonce = excluded.tx_nonce, order_sig = excluded.order_sig, order_nonce = excluded.order_nonce,
		order_deadline = excluded.order_deadline, block = excluded.block, block_hash = excluded.block_hash, fee = excluded.fee, error = excluded.error`,
		id, r.Index, r.Account[:], opt32(r.BundleHash), strings.Join(r.Relays, "\n"), r.Free, opt32(r.Secret), opt32(r.MsgID), r.Position,
		r.Quote, r.MaxFee, r.RelayFee, relay, r.Event, r.PayState, r.PayMode, secs(r.CommittedAt), r.FromBlock, r.TxRaw, opt32(r.TxHash), r.TxNonce,
		r.OrderSig, r.OrderNonce, r.OrderDeadline, r.Block, opt32(r.BlockHash), r.Fee, r.Error)
	return err
}

// Outbox returns an item with its recipients (ErrNotFound when absent).
func (s *Store) Outbox(ctx context.Context, id int64) (*OutboxItem, error) {
	its, err := s.outbox(ctx, "WHERE id = ?", id)
	if err != nil {
		return nil, err
	}
	if len(its) == 0 {
		return nil, ErrNotFound
	}
	return &its[0], nil
}

// OutboxItems lists items, oldest first: all of them, or (pending) only
// those not in a terminal state.
func (s *Store) OutboxItems(ctx context.Context, pending bool) ([]OutboxItem, error) {
	if pending {
		return s.outbox(ctx, "WHERE state NOT IN (?, ?, ?) ORDER BY id", string(OutFinal), string(OutFailed), string(OutCancelled))
	}
	return s.outbox(ctx, "ORDER BY id")
}

func (s *Store) outbox(ctx context.Context, tail string, args ...any) ([]OutboxItem, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, kind, draft_id, state, message, envelope, priced_size, network, max_total, created_at, updated_at, error
		FROM outbox `+tail, args...)
	if err != nil {
		return nil, err
	}
	var out []OutboxItem
	for rows.Next() {
		var it OutboxItem
		var draft sql.NullInt64
		var st string
		var nw []byte
		var created, updated int64
		if err := rows.Scan(&it.ID, &it.Kind, &draft, &st, &it.Message, &it.Envelope, &it.PricedSize, &nw, &it.MaxTotal, &created, &updated, &it.Error); err != nil {
			rows.Close()
			return nil, err
		}
		it.DraftID, it.State, it.Network, it.CreatedAt, it.UpdatedAt = draft.Int64, OutboxState(st), h32(nw), unix(created), unix(updated)
		out = append(out, it)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].Recipients, err = s.recipients(ctx, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (s *Store) recipients(ctx context.Context, id int64) ([]OutboxRecipient, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT idx, account, bundle_hash, relays, free, secret, msg_id, position, quote, max_fee, relay_fee, relay_addr,
		event, state, pay_mode, committed_at, from_block, tx_raw, tx_hash, tx_nonce, order_sig, order_nonce, order_deadline, block, block_hash, fee, error
		FROM outbox_recipients WHERE outbox_id = ? ORDER BY idx`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []OutboxRecipient
	for rows.Next() {
		var r OutboxRecipient
		var acct, bh, sec, mid, relay, th, blh []byte
		var relays string
		var committed int64
		if err := rows.Scan(&r.Index, &acct, &bh, &relays, &r.Free, &sec, &mid, &r.Position, &r.Quote, &r.MaxFee, &r.RelayFee, &relay,
			&r.Event, &r.PayState, &r.PayMode, &committed, &r.FromBlock, &r.TxRaw, &th, &r.TxNonce, &r.OrderSig, &r.OrderNonce, &r.OrderDeadline,
			&r.Block, &blh, &r.Fee, &r.Error); err != nil {
			return nil, err
		}
		r.Account, r.BundleHash, r.Relays, r.Secret, r.MsgID = common.BytesToAddress(acct), h32(bh), lines(relays), h32(sec), h32(mid)
		r.TxHash, r.BlockHash, r.CommittedAt = h32(th), h32(blh), unix(committed)
		if relay != nil {
			r.RelayAddr = common.BytesToAddress(relay)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Post is one relay's answer to an outbox recipient's event.
type Post struct {
	Relay   string
	OK      bool
	Message string
	At      time.Time
}

// RecordPost records a relay's answer (the newest answer per relay wins).
func (s *Store) RecordPost(ctx context.Context, outboxID int64, idx int, p Post) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO outbox_posts(outbox_id, idx, relay, ok, message, at) VALUES(?, ?, ?, ?, ?, ?)
		ON CONFLICT(outbox_id, idx, relay) DO UPDATE SET ok = excluded.ok, message = excluded.message, at = excluded.at`,
		outboxID, idx, p.Relay, p.OK, p.Message, secs(p.At))
	return err
}

// Posts returns the relays' answers for one recipient of an item.
func (s *Store) Posts(ctx context.Context, outboxID int64, idx int) ([]Post, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT relay, ok, message, at FROM outbox_posts WHERE outbox_id = ? AND idx = ? ORDER BY relay", outboxID, idx)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Post
	for rows.Next() {
		var p Post
		var at int64
		if err := rows.Scan(&p.Relay, &p.OK, &p.Message, &at); err != nil {
			return nil, err
		}
		p.At = unix(at)
		out = append(out, p)
	}
	return out, rows.Err()
}

// Committed sums what payments signed since t may spend (max fee plus
// relay fee), counting every payment that is not known to have failed.
func (s *Store) Committed(ctx context.Context, since time.Time) (uint64, error) {
	var n, bc sql.NullInt64
	err := s.db.QueryRowContext(ctx, `SELECT SUM(CASE WHEN state = ? THEN fee ELSE max_fee END + relay_fee) FROM outbox_recipients
		WHERE pay_mode != '' AND committed_at >= ? AND state != ?`, PayFinal, secs(since), PaySkipped).Scan(&n)
	if err != nil {
		return 0, err
	}
	// Paid broadcasts count too: each transaction signed for one (its
	// recorded maxFee, what it may spend) from a broadcast begun since.
	err = s.db.QueryRowContext(ctx, `SELECT SUM(c.max_fee) FROM broadcast_chunks c JOIN broadcasts b ON b.id = c.broadcast
		WHERE b.created_at >= ? AND c.raw IS NOT NULL AND c.state != 'failed'`, secs(since)).Scan(&bc)
	return uint64(n.Int64) + uint64(bc.Int64), err
}

// MaxOrderNonce is the highest order nonce recorded (ok false when none).
func (s *Store) MaxOrderNonce(ctx context.Context) (uint32, bool, error) {
	var n sql.NullInt64
	err := s.db.QueryRowContext(ctx, "SELECT MAX(order_nonce) FROM outbox_recipients WHERE pay_mode = ?", ModeOrder).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) || !n.Valid {
		return 0, false, err
	}
	return uint32(n.Int64), true, err
}
