package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// AckNone is Message.Ack before any verdict was submitted.
const AckNone = -1

// Folders.
const (
	FolderInbox   = "inbox"
	FolderSent    = "sent"
	FolderArchive = "archive"
)

// ValidFolder reports whether f is a folder messages can live in.
func ValidFolder(f string) bool { return f == FolderInbox || f == FolderSent || f == FolderArchive }

// Message is mail the user can see: opened inbox mail or sent mail. Text is
// stored as signed; sanitise before showing it.
type Message struct {
	ID         int64
	Folder     string
	MessageID  [32]byte // the inner message id (threads refer to it)
	InReplyTo  [32]byte
	From       common.Address
	To, Cc     []common.Address
	ReplyTo    []common.Address
	Subject    string
	Body       string
	SentAt     time.Time // the signed time
	ReceivedAt time.Time
	MsgID      [32]byte // inbox: the user's msgId commitment; zero for sent mail
	Fee        uint64   // inbox: gwei credited to the user; sent: gwei paid
	Network    [32]byte
	Free       bool // contact mail: no payment
	Visible    bool // false while the payment is reorged out
	Read       bool
	Ack        int // AckNone, else the verdict submitted (0 abstain, 1 valuable, 2 spam)
	AckTx      [32]byte
	OutboxID   int64
}

const messageCols = `id, folder, message_id, in_reply_to, sender, to_list, cc_list, reply_to, subject, body, sent_at, received_at,
	msg_id, fee, network, free, visible, read, ack, ack_tx, outbox_id`

func insertMessage(ctx context.Context, tx *sql.Tx, m *Message) (int64, error) {
	var msgID, network []byte
	if m.MsgID != ([32]byte{}) {
		msgID = m.MsgID[:]
	}
	if m.Network != ([32]byte{}) {
		network = m.Network[:]
	}
	if m.Folder == "" {
		m.Folder = FolderInbox
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO messages(folder, message_id, in_reply_to, sender, to_list, cc_list, reply_to, subject, body,
		sent_at, received_at, msg_id, fee, network, free, visible, read, outbox_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
		m.Folder, m.MessageID[:], m.InReplyTo[:], m.From[:], addrBytes(m.To), addrBytes(m.Cc), addrBytes(m.ReplyTo), m.Subject, m.Body,
		secs(m.SentAt), secs(m.ReceivedAt), msgID, m.Fee, network, m.Free, m.Read, nullInt(m.OutboxID))
	if err != nil {
		return 0, err
	}
	m.Visible, m.Ack = true, AckNone
	m.ID, err = res.LastInsertId()
	return m.ID, err
}

func nullInt(v int64) any {
	if v == 0 {
		return nil
	}
	return v
}

// AddMessage stores a message (sent mail; inbox mail goes through
// ShowEnvelope) and returns its id.
func (s *Store) AddMessage(ctx context.Context, m *Message) (int64, error) {
	var id int64
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = insertMessage(ctx, tx, m)
		return err
	})
	return id, err
}

// Message returns one message (ErrNotFound when absent).
func (s *Store) Message(ctx context.Context, id int64) (*Message, error) {
	ms, err := s.messages(ctx, "WHERE id = ?", id)
	if err != nil {
		return nil, err
	}
	if len(ms) == 0 {
		return nil, ErrNotFound
	}
	return &ms[0], nil
}

// Query selects messages.
type Query struct {
	Folder     string          // "" for every folder
	UnreadOnly bool            //
	From       *common.Address // only mail from this account
	Search     string          // substring of subject or body (case-insensitive for ASCII)
	Thread     [32]byte        // messages with this message id or answering it
	Hidden     bool            // include messages whose payment was reorged out
	Limit      int             // 0: 100
	Offset     int
}

// Messages lists messages, newest first.
func (s *Store) Messages(ctx context.Context, q Query) ([]Message, error) {
	var where []string
	var args []any
	if q.Folder != "" {
		where, args = append(where, "folder = ?"), append(args, q.Folder)
	}
	if !q.Hidden {
		where = append(where, "visible = 1")
	}
	if q.UnreadOnly {
		where = append(where, "read = 0")
	}
	if q.From != nil {
		where, args = append(where, "sender = ?"), append(args, q.From[:])
	}
	if q.Search != "" {
		p := "%" + escapeLike(q.Search) + "%"
		where, args = append(where, `(subject LIKE ? ESCAPE '\' OR body LIKE ? ESCAPE '\')`), append(args, p, p)
	}
	if q.Thread != ([32]byte{}) {
		where, args = append(where, "(message_id = ? OR in_reply_to = ?)"), append(args, q.Thread[:], q.Thread[:])
	}
	clause := ""
	if len(where) > 0 {
		clause = "WHERE " + strings.Join(where, " AND ")
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 100
	}
	return s.messages(ctx, fmt.Sprintf("%s ORDER BY sent_at DESC, id DESC LIMIT %d OFFSET %d", clause, limit, max(q.Offset, 0)), args...)
}

func escapeLike(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

func (s *Store) messages(ctx context.Context, tail string, args ...any) ([]Message, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+messageCols+" FROM messages "+tail, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Message
	for rows.Next() {
		var m Message
		var mid, irt, from, to, cc, rt, msgID, network, ackTx []byte
		var sent, recv int64
		var ack, outbox sql.NullInt64
		if err := rows.Scan(&m.ID, &m.Folder, &mid, &irt, &from, &to, &cc, &rt, &m.Subject, &m.Body, &sent, &recv,
			&msgID, &m.Fee, &network, &m.Free, &m.Visible, &m.Read, &ack, &ackTx, &outbox); err != nil {
			return nil, err
		}
		m.MessageID, m.InReplyTo, m.MsgID, m.Network, m.AckTx = h32(mid), h32(irt), h32(msgID), h32(network), h32(ackTx)
		m.From, m.To, m.Cc, m.ReplyTo = common.BytesToAddress(from), addrs(to), addrs(cc), addrs(rt)
		m.SentAt, m.ReceivedAt, m.OutboxID = unix(sent), unix(recv), outbox.Int64
		m.Ack = AckNone
		if ack.Valid {
			m.Ack = int(ack.Int64)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// CountUnread counts unread visible messages in a folder.
func (s *Store) CountUnread(ctx context.Context, folder string) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM messages WHERE folder = ? AND visible = 1 AND read = 0", folder).Scan(&n)
	return n, err
}

func (s *Store) updateMessage(ctx context.Context, id int64, set string, args ...any) error {
	res, err := s.db.ExecContext(ctx, "UPDATE messages SET "+set+" WHERE id = ?", append(args, id)...)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// SetRead marks a message read or unread.
func (s *Store) SetRead(ctx context.Context, id int64, read bool) error {
	return s.updateMessage(ctx, id, "read = ?", read)
}

// Move puts a message in another folder.
func (s *Store) Move(ctx context.Context, id int64, folder string) error {
	if !ValidFolder(folder) {
		return fmt.Errorf("store: no folder %q", folder)
	}
	return s.updateMessage(ctx, id, "folder = ?", folder)
}

// SetAck records the verdict submitted on a message and its transaction.
func (s *Store) SetAck(ctx context.Context, id int64, verdict uint8, tx [32]byte) error {
	return s.updateMessage(ctx, id, "ack = ?, ack_tx = ?", verdict, tx[:])
}

// DeleteMessage removes a message for good (its envelope, if any, stays
// marked so that it is not shown again).
func (s *Store) DeleteMessage(ctx context.Context, id int64) error {
	res, err := s.db.ExecContext(ctx, "DELETE FROM messages WHERE id = ?", id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// Draft is unsent mail being written. To and Cc hold what the user typed
// (addresses, contact names or contact strings); Send resolves them.
type Draft struct {
	ID        int64
	To, Cc    []string
	Subject   string
	Body      string
	InReplyTo [32]byte
	UpdatedAt time.Time
}

// SaveDraft inserts (ID 0) or replaces a draft and returns its id.
func (s *Store) SaveDraft(ctx context.Context, d *Draft) (int64, error) {
	d.UpdatedAt = time.Unix(s.now(), 0)
	var irt []byte
	if d.InReplyTo != ([32]byte{}) {
		irt = d.InReplyTo[:]
	}
	to, cc := strings.Join(d.To, "\n"), strings.Join(d.Cc, "\n")
	if d.ID == 0 {
		res, err := s.db.ExecContext(ctx, "INSERT INTO drafts(to_list, cc_list, subject, body, in_reply_to, updated_at) VALUES(?, ?, ?, ?, ?, ?)",
			to, cc, d.Subject, d.Body, irt, secs(d.UpdatedAt))
		if err != nil {
			return 0, err
		}
		d.ID, err = res.LastInsertId()
		return d.ID, err
	}
	res, err := s.db.ExecContext(ctx, "UPDATE drafts SET to_list = ?, cc_list = ?, subject = ?, body = ?, in_reply_to = ?, updated_at = ? WHERE id = ?",
		to, cc, d.Subject, d.Body, irt, secs(d.UpdatedAt), d.ID)
	if err != nil {
		return 0, err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return 0, ErrNotFound
	}
	return d.ID, nil
}

// Draft returns a draft (ErrNotFound when absent).
func (s *Store) Draft(ctx context.Context, id int64) (*Draft, error) {
	ds, err := s.drafts(ctx, "WHERE id = ?", id)
	if err != nil {
		return nil, err
	}
	if len(ds) == 0 {
		return nil, ErrNotFound
	}
	return &ds[0], nil
}

// Drafts lists drafts, most recently saved first.
func (s *Store) Drafts(ctx context.Context) ([]Draft, error) {
	return s.drafts(ctx, "ORDER BY updated_at DESC, id DESC")
}

func (s *Store) drafts(ctx context.Context, tail string, args ...any) ([]Draft, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id, to_list, cc_list, subject, body, in_reply_to, updated_at FROM drafts "+tail, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Draft
	for rows.Next() {
		var d Draft
		var to, cc string
		var irt []byte
		var at int64
		if err := rows.Scan(&d.ID, &to, &cc, &d.Subject, &d.Body, &irt, &at); err != nil {
			return nil, err
		}
		d.To, d.Cc, d.InReplyTo, d.UpdatedAt = lines(to), lines(cc), h32(irt), unix(at)
		out = append(out, d)
	}
	return out, rows.Err()
}

// DeleteDraft removes a draft (no error when it is already gone).
func (s *Store) DeleteDraft(ctx context.Context, id int64) error {
	_, err := s.db.ExecContext(ctx, "DELETE FROM drafts WHERE id = ?", id)
	return err
}
