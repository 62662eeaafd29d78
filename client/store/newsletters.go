package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Newsletter records (migration 0002; client/newsletter owns their
// meaning, SPEC.md §10). Every method is available inside one write
// transaction (Store.NewsletterTx) and outside it (Store.Newsletters).

// List is a list this user publishes.
type List struct {
	ID          [32]byte
	Key         [32]byte // the list key's secret
	Name        string
	Description string
	Relays      []string
	CreatedAt   int64
	Definition  []byte // the signed definition event (JSON)
	Epoch       uint32
	NextIndex   uint32
	Chain       [32]byte // chain value for NextIndex
	Rotate      bool     // someone left since the last issue
	Slots       uint32
}

// ListSubscriber is one account on a list's roster.
type ListSubscriber struct {
	List        [32]byte
	Account     common.Address
	Slot        uint32
	Key         [32]byte // the subscriber key K
	Reader      [32]byte // its reader key (where welcomes go)
	Active      bool
	LastRequest int64
	JoinedAt    int64
	LeftAt      int64
}

// ListPost is an event recorded before it is posted.
type ListPost struct {
	ID     int64
	List   [32]byte
	Kind   string
	Event  []byte
	Relays []string
}

// SentIssue is an issue this user published.
type SentIssue struct {
	List     [32]byte
	Epoch    uint32
	Index    uint32
	EventID  [32]byte
	Subject  string
	Size     uint32
	SentAt   int64
	Audience int
}

// Subscription states.
const (
	SubscriptionPending = 1
	SubscriptionActive  = 2
	SubscriptionLeft    = 3
)

// Subscription is a list this user subscribes to.
type Subscription struct {
	List         [32]byte
	Publisher    common.Address
	Signer       [32]byte
	Name         string
	Description  string
	Relays       []string
	Definition   []byte
	ReaderKey    [32]byte
	State        int
	LastRequest  int64
	Welcomed     int64
	Slot         uint32
	Key          *[32]byte // nil until welcomed
	SubscribedAt int64
}

// ChainValue is a chain value a subscriber holds for an epoch.
type ChainValue struct {
	Epoch     uint32
	BaseIndex uint32
	Chain     [32]byte
}

// NewsletterIssue is a received issue.
type NewsletterIssue struct {
	List       [32]byte
	ListName   string // from the subscription, when listed
	Epoch      uint32
	Index      uint32
	EventID    [32]byte
	MessageID  [32]byte
	Publisher  common.Address
	Subject    string
	Body       string
	SentAt     int64
	ReceivedAt int64
	Read       bool
}

// PendingListEvent is a list event kept until its key material arrives.
type PendingListEvent struct {
	EventID [32]byte
	Event   []byte
}

// Broadcast is a paid broadcast.
type Broadcast struct {
	ID        int64
	Network   [32]byte
	Subject   string
	Size      uint32
	State     string
	CreatedAt int64
}

// BroadcastRecipient is one recipient of a broadcast.
type BroadcastRecipient struct {
	Broadcast int64
	Account   common.Address
	Chunk     int
	Secret    [32]byte
	Price     uint64
	Fee       uint64
	Event     []byte
	Relays    []string
	Posted    bool
	Status    string
}

// BroadcastChunk is one broadcast transaction.
type BroadcastChunk struct {
	Broadcast int64
	Chunk     int
	MaxFee    uint64
	Raw       []byte
	Hash      *[32]byte
	Block     uint64
	GasUsed   uint64
	State     string
}

type queryer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// NL reads and writes newsletter records, in a transaction or not.
type NL struct {
	q   queryer
	now int64
}

// Newsletters returns the newsletter records outside a transaction.
func (s *Store) Newsletters() *NL { return &NL{q: s.db, now: s.now()} }

// NewsletterTx runs f in one write transaction.
func (s *Store) NewsletterTx(ctx context.Context, f func(*NL) error) error {
	return s.inTx(ctx, func(tx *sql.Tx) error { return f(&NL{q: tx, now: s.now()}) })
}

// Now is the store clock's time (unix seconds) for this batch of work.
func (n *NL) Now() int64 { return n.now }

func b32(b []byte) [32]byte { return [32]byte(b) }

// ---- lists ----

const listCols = "id, key, name, description, relays, created_at, definition, epoch, next_index, chain, rotate, slots"

func scanList(sc interface{ Scan(...any) error }) (*List, error) {
	var l List
	var id, key, chain []byte
	var relays string
	if err := sc.Scan(&id, &key, &l.Name, &l.Description, &relays, &l.CreatedAt, &l.Definition, &l.Epoch, &l.NextIndex, &chain, &l.Rotate, &l.Slots); err != nil {
		return nil, err
	}
	l.ID, l.Key, l.Chain, l.Relays = b32(id), b32(key), b32(chain), lines(relays)
	return &l, nil
}

// PutList inserts or replaces a list.
func (n *NL) PutList(ctx context.Context, l *List) error {
	_, err := n.q.ExecContext(ctx, `INSERT INTO lists (`+listCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description, relays = excluded.relays,
		definition = excluded.definition, epoch = excluded.epoch, next_index = excluded.next_index, chain = excluded.chain,
		rotate = excluded.rotate, slots = excluded.slots`,
		l.ID[:], l.Key[:], l.Name, l.Description, strings.Join(l.Relays, "\n"), l.CreatedAt, l.Definition,
		l.Epoch, l.NextIndex, l.Chain[:], l.Rotate, l.Slots)
	return err
}

// List returns a list (ErrNotFound).
func (n *NL) List(ctx context.Context, id [32]byte) (*List, error) {
	l, err := scanList(n.q.QueryRowContext(ctx, "SELECT "+listCols+" FROM lists WHERE id = ?", id[:]))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return l, err
}

// Lists returns every list, oldest first.
func (n *NL) Lists(ctx context.Context) ([]List, error) {
	rows, err := n.q.QueryContext(ctx, "SELECT "+listCols+" FROM lists ORDER BY created_at, id")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []List
	for rows.Next() {
		l, err := scanList(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *l)
	}
	return out, rows.Err()
}

// ---- roster ----

const subscriberCols = "list, account, slot, sub_key, reader, state, last_request, joined_at, left_at"

func scanSubscriber(sc interface{ Scan(...any) error }) (*ListSubscriber, error) {
	var s ListSubscriber
	var list, acct, key, reader []byte
	var state int
	if err := sc.Scan(&list, &acct, &s.Slot, &key, &reader, &state, &s.LastRequest, &s.JoinedAt, &s.LeftAt); err != nil {
		return nil, err
	}
	s.List, s.Account, s.Key, s.Reader, s.Active = b32(list), common.BytesToAddress(acct), b32(key), b32(reader), state == 1
	return &s, nil
}

// PutSubscriber inserts or replaces a roster row.
func (n *NL) PutSubscriber(ctx context.Context, s *ListSubscriber) error {
	state := 2
	if s.Active {
		state = 1
	}
	_, err := n.q.ExecContext(ctx, `INSERT INTO list_subscribers (`+subscriberCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (list, account) DO UPDATE SET slot = excluded.slot, sub_key = excluded.sub_key, reader = excluded.reader,
		state = excluded.state, last_request = excluded.last_request, joined_at = excluded.joined_at, left_at = excluded.left_at`,
		s.List[:], s.Account[:], s.Slot, s.Key[:], s.Reader[:], state, s.LastRequest, s.JoinedAt, s.LeftAt)
	return err
}

// Subscriber returns a roster row (ErrNotFound).
func (n *NL) Subscriber(ctx context.Context, list [32]byte, account common.Address) (*ListSubscriber, error) {
	s, err := scanSubscriber(n.q.QueryRowContext(ctx, "SELECT "+subscriberCols+" FROM list_subscribers WHERE list = ? AND account = ?", list[:], account[:]))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return s, err
}

// Subscribers returns the roster in slot order; activeOnly leaves out those
// who left.
func (n *NL) Subscribers(ctx context.Context, list [32]byte, activeOnly bool) ([]ListSubscriber, error) {
	// One range scan of the table's (list, account) key, sorted here: the
	// partial slot index would cost a key lookup per subscriber.
	q := "SELECT " + subscriberCols + " FROM list_subscribers WHERE list = ?"
	if activeOnly {
		q += " AND +state = 1"
	}
	rows, err := n.q.QueryContext(ctx, q, list[:])
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ListSubscriber
	for rows.Next() {
		s, err := scanSubscriber(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b ListSubscriber) int {
		if a.Active != b.Active {
			if a.Active {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.Slot, b.Slot)
	})
	return out, rows.Err()
}

// CountSubscribers counts the active subscribers.
func (n *NL) CountSubscribers(ctx context.Context, list [32]byte) (int, error) {
	var c int
	err := n.q.QueryRowContext(ctx, "SELECT COUNT(*) FROM list_subscribers WHERE list = ? AND state = 1", list[:]).Scan(&c)
	return c, err
}

// FreeSlot returns the lowest slot below slots no active subscriber holds,
// or slots when every one is taken.
func (n *NL) FreeSlot(ctx context.Context, list [32]byte, slots uint32) (uint32, error) {
	rows, err := n.q.QueryContext(ctx, "SELECT slot FROM list_subscribers WHERE list = ? AND state = 1 ORDER BY slot", list[:])
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	next := uint32(0)
	for rows.Next() {
		var s uint32
		if err := rows.Scan(&s); err != nil {
			return 0, err
		}
		if s != next {
			break
		}
		next++
	}
	if err := rows.Err(); err != nil {
		return 0, err
	}
	return min(next, slots), nil
}

// ---- posts ----

// AddPost records an event to post; it returns its id.
func (n *NL) AddPost(ctx context.Context, list [32]byte, kind string, event []byte, relays []string) (int64, error) {
	r, err := n.q.ExecContext(ctx, "INSERT INTO list_posts (list, kind, event, relays, created_at) VALUES (?, ?, ?, ?, ?)",
		list[:], kind, event, strings.Join(relays, "\n"), n.now)
	if err != nil {
		return 0, err
	}
	return r.LastInsertId()
}

// OpenPosts returns the events of list not posted yet, in order.
func (n *NL) OpenPosts(ctx context.Context, list [32]byte) ([]ListPost, error) {
	rows, err := n.q.QueryContext(ctx, "SELECT id, kind, event, relays FROM list_posts WHERE list = ? AND posted_at = 0 ORDER BY id", list[:])
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ListPost
	for rows.Next() {
		p := ListPost{List: list}
		var relays string
		if err := rows.Scan(&p.ID, &p.Kind, &p.Event, &relays); err != nil {
			return nil, err
		}
		p.Relays = lines(relays)
		out = append(out, p)
	}
	return out, rows.Err()
}

// PostDone marks a post posted.
func (n *NL) PostDone(ctx context.Context, id int64) error {
	_, err := n.q.ExecContext(ctx, "UPDATE list_posts SET posted_at = ? WHERE id = ?", max(n.now, 1), id)
	return err
}

// ---- sent issues ----

// AddSentIssue records a published issue.
func (n *NL) AddSentIssue(ctx context.Context, i *SentIssue) error {
	_, err := n.q.ExecContext(ctx, `INSERT INTO list_issues (list, epoch, idx, event_id, subject, size, sent_at, audience)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, i.List[:], i.Epoch, i.Index, i.EventID[:], i.Subject, i.Size, i.SentAt, i.Audience)
	return err
}

// SentIssues returns a list's published issues, newest first.
func (n *NL) SentIssues(ctx context.Context, list [32]byte) ([]SentIssue, error) {
	rows, err := n.q.QueryContext(ctx, `SELECT epoch, idx, event_id, subject, size, sent_at, audience FROM list_issues
		WHERE list = ? ORDER BY sent_at DESC, epoch DESC, idx DESC`, list[:])
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []SentIssue
	for rows.Next() {
		i := SentIssue{List: list}
		var id []byte
		if err := rows.Scan(&i.Epoch, &i.Index, &id, &i.Subject, &i.Size, &i.SentAt, &i.Audience); err != nil {
			return nil, err
		}
		i.EventID = b32(id)
		out = append(out, i)
	}
	return out, rows.Err()
}

// ---- subscriptions ----

const subscriptionCols = "list, publisher, signer, name, description, relays, definition, reader_key, state, last_request, welcomed, slot, sub_key, subscribed_at"

func scanSubscription(sc interface{ Scan(...any) error }) (*Subscription, error) {
	var s Subscription
	var list, pub, signer, reader, key []byte
	var relays string
	if err := sc.Scan(&list, &pub, &signer, &s.Name, &s.Description, &relays, &s.Definition, &reader, &s.State,
		&s.LastRequest, &s.Welcomed, &s.Slot, &key, &s.SubscribedAt); err != nil {
		return nil, err
	}
	s.List, s.Publisher, s.Signer, s.ReaderKey, s.Relays = b32(list), common.BytesToAddress(pub), b32(signer), b32(reader), lines(relays)
	if key != nil {
		k := b32(key)
		s.Key = &k
	}
	return &s, nil
}

// PutSubscription inserts or replaces a subscription.
func (n *NL) PutSubscription(ctx context.Context, s *Subscription) error {
	var key []byte
	if s.Key != nil {
		key = s.Key[:]
	}
	_, err := n.q.ExecContext(ctx, `INSERT INTO subscriptions (`+subscriptionCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (list) DO UPDATE SET publisher = excluded.publisher, signer = excluded.signer, name = excluded.name,
		description = excluded.description, relays = excluded.relays, definition = excluded.definition,
		reader_key = excluded.reader_key, state = excluded.state, last_request = excluded.last_request,
		welcomed = excluded.welcomed, slot = excluded.slot, sub_key = excluded.sub_key, subscribed_at = excluded.subscribed_at`,
		s.List[:], s.Publisher[:], s.Signer[:], s.Name, s.Description, strings.Join(s.Relays, "\n"), s.Definition,
		s.ReaderKey[:], s.State, s.LastRequest, s.Welcomed, s.Slot, key, s.SubscribedAt)
	return err
}

// Subscription returns a subscription (ErrNotFound).
func (n *NL) Subscription(ctx context.Context, list [32]byte) (*Subscription, error) {
	s, err := scanSubscription(n.q.QueryRowContext(ctx, "SELECT "+subscriptionCols+" FROM subscriptions WHERE list = ?", list[:]))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return s, err
}

// Subscriptions returns every subscription, oldest first.
func (n *NL) Subscriptions(ctx context.Context) ([]Subscription, error) {
	rows, err := n.q.QueryContext(ctx, "SELECT "+subscriptionCols+" FROM subscriptions ORDER BY subscribed_at, list")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Subscription
	for rows.Next() {
		s, err := scanSubscription(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *s)
	}
	return out, rows.Err()
}

// Chains returns the chain values held for a list, by epoch.
func (n *NL) Chains(ctx context.Context, list [32]byte) (map[uint32]ChainValue, error) {
	rows, err := n.q.QueryContext(ctx, "SELECT epoch, base_index, chain FROM subscription_chains WHERE list = ?", list[:])
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[uint32]ChainValue{}
	for rows.Next() {
		var c ChainValue
		var chain []byte
		if err := rows.Scan(&c.Epoch, &c.BaseIndex, &chain); err != nil {
			return nil, err
		}
		c.Chain = b32(chain)
		out[c.Epoch] = c
	}
	return out, rows.Err()
}

// AddChain records a chain value unless one for an earlier or equal index
// of that epoch is held (the earlier one reads more). It reports whether it
// recorded it.
func (n *NL) AddChain(ctx context.Context, list [32]byte, c ChainValue) (bool, error) {
	r, err := n.q.ExecContext(ctx, `INSERT INTO subscription_chains (list, epoch, base_index, chain) VALUES (?, ?, ?, ?)
		ON CONFLICT (list, epoch) DO UPDATE SET base_index = excluded.base_index, chain = excluded.chain
		WHERE excluded.base_index < subscription_chains.base_index`, list[:], c.Epoch, c.BaseIndex, c.Chain[:])
	if err != nil {
		return false, err
	}
	k, err := r.RowsAffected()
	return k > 0, err
}

// ---- received issues ----

// HasIssue reports whether (list, epoch, index) was received.
func (n *NL) HasIssue(ctx context.Context, list [32]byte, epoch, index uint32) (bool, error) {
	var one int
	err := n.q.QueryRowContext(ctx, "SELECT 1 FROM newsletter_issues WHERE list = ? AND epoch = ? AND idx = ?", list[:], epoch, index).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// AddIssue records a received issue; a second one for the same (list,
// epoch, index) is ignored and reported false.
func (n *NL) AddIssue(ctx context.Context, i *NewsletterIssue) (bool, error) {
	r, err := n.q.ExecContext(ctx, `INSERT INTO newsletter_issues (list, epoch, idx, event_id, message_id, publisher, subject, body, sent_at, received_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
		i.List[:], i.Epoch, i.Index, i.EventID[:], i.MessageID[:], i.Publisher[:], i.Subject, i.Body, i.SentAt, i.ReceivedAt)
	if err != nil {
		return false, err
	}
	k, err := r.RowsAffected()
	return k > 0, err
}

// Issues returns received issues, newest first; a zero list means every
// list.
func (n *NL) Issues(ctx context.Context, list [32]byte) ([]NewsletterIssue, error) {
	q := `SELECT i.list, COALESCE(s.name, ''), i.epoch, i.idx, i.event_id, i.message_id, i.publisher, i.subject, i.body,
		i.sent_at, i.received_at, i.read FROM newsletter_issues i LEFT JOIN subscriptions s ON s.list = i.list`
	var args []any
	if list != ([32]byte{}) {
		q += " WHERE i.list = ?"
		args = append(args, list[:])
	}
	rows, err := n.q.QueryContext(ctx, q+" ORDER BY i.sent_at DESC, i.received_at DESC, i.epoch DESC, i.idx DESC", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []NewsletterIssue
	for rows.Next() {
		var i NewsletterIssue
		var l, ev, mid, pub []byte
		if err := rows.Scan(&l, &i.ListName, &i.Epoch, &i.Index, &ev, &mid, &pub, &i.Subject, &i.Body, &i.SentAt, &i.ReceivedAt, &i.Read); err != nil {
			return nil, err
		}
		i.List, i.EventID, i.MessageID, i.Publisher = b32(l), b32(ev), b32(mid), common.BytesToAddress(pub)
		out = append(out, i)
	}
	return out, rows.Err()
}

// MarkIssueRead sets an issue's read flag.
func (n *NL) MarkIssueRead(ctx context.Context, list [32]byte, epoch, index uint32, read bool) error {
	r, err := n.q.ExecContext(ctx, "UPDATE newsletter_issues SET read = ? WHERE list = ? AND epoch = ? AND idx = ?", read, list[:], epoch, index)
	if err != nil {
		return err
	}
	if k, _ := r.RowsAffected(); k == 0 {
		return ErrNotFound
	}
	return nil
}

// AddPending keeps a list event for later.
func (n *NL) AddPending(ctx context.Context, list [32]byte, id [32]byte, event []byte) error {
	_, err := n.q.ExecContext(ctx, "INSERT INTO newsletter_pending (list, event_id, event, seen_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
		list[:], id[:], event, n.now)
	return err
}

// Pending returns the kept list events of a list.
func (n *NL) Pending(ctx context.Context, list [32]byte) ([]PendingListEvent, error) {
	rows, err := n.q.QueryContext(ctx, "SELECT event_id, event FROM newsletter_pending WHERE list = ? ORDER BY seen_at, event_id", list[:])
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []PendingListEvent
	for rows.Next() {
		var p PendingListEvent
		var id []byte
		if err := rows.Scan(&id, &p.Event); err != nil {
			return nil, err
		}
		p.EventID = b32(id)
		out = append(out, p)
	}
	return out, rows.Err()
}

// DropPending forgets a kept list event.
func (n *NL) DropPending(ctx context.Context, list, id [32]byte) error {
	_, err := n.q.ExecContext(ctx, "DELETE FROM newsletter_pending WHERE list = ? AND event_id = ?", list[:], id[:])
	return err
}

// ---- cursors ----

// Cursor returns a receive-order cursor (0 when none).
func (n *NL) Cursor(ctx context.Context, list [32]byte, role, relay string) (int64, error) {
	var c int64
	err := n.q.QueryRowContext(ctx, "SELECT cursor FROM newsletter_cursors WHERE list = ? AND role = ? AND relay = ?", list[:], role, relay).Scan(&c)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return c, err
}

// SetCursor records a receive-order cursor.
func (n *NL) SetCursor(ctx context.Context, list [32]byte, role, relay string, cursor int64) error {
	_, err := n.q.ExecContext(ctx, `INSERT INTO newsletter_cursors (list, role, relay, cursor) VALUES (?, ?, ?, ?)
		ON CONFLICT (list, role, relay) DO UPDATE SET cursor = excluded.cursor`, list[:], role, relay, cursor)
	return err
}

// ---- broadcasts ----

// AddBroadcast records a broadcast and returns its id.
func (n *NL) AddBroadcast(ctx context.Context, b *Broadcast) (int64, error) {
	r, err := n.q.ExecContext(ctx, "INSERT INTO broadcasts (network, subject, size, state, created_at) VALUES (?, ?, ?, ?, ?)",
		b.Network[:], b.Subject, b.Size, b.State, n.now)
	if err != nil {
		return 0, err
	}
	return r.LastInsertId()
}

// SetBroadcastState records a broadcast's state.
func (n *NL) SetBroadcastState(ctx context.Context, id int64, state string) error {
	_, err := n.q.ExecContext(ctx, "UPDATE broadcasts SET state = ? WHERE id = ?", state, id)
	return err
}

// GetBroadcast returns a broadcast (ErrNotFound).
func (n *NL) GetBroadcast(ctx context.Context, id int64) (*Broadcast, error) {
	b := &Broadcast{ID: id}
	var network []byte
	err := n.q.QueryRowContext(ctx, "SELECT network, subject, size, state, created_at FROM broadcasts WHERE id = ?", id).
		Scan(&network, &b.Subject, &b.Size, &b.State, &b.CreatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	b.Network = b32(network)
	return b, err
}

// OpenBroadcasts returns the ids of broadcasts that are not final or failed.
func (n *NL) OpenBroadcasts(ctx context.Context) ([]int64, error) {
	rows, err := n.q.QueryContext(ctx, "SELECT id FROM broadcasts WHERE state NOT IN ('final', 'failed') ORDER BY id")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// PutBroadcastRecipient inserts or replaces a recipient row.
func (n *NL) PutBroadcastRecipient(ctx context.Context, r *BroadcastRecipient) error {
	_, err := n.q.ExecContext(ctx, `INSERT INTO broadcast_recipients (broadcast, account, chunk, secret, price, fee, event, relays, posted, status)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (broadcast, account) DO UPDATE SET chunk = excluded.chunk,
		secret = excluded.secret, price = excluded.price, fee = excluded.fee, event = excluded.event, relays = excluded.relays,
		posted = excluded.posted, status = excluded.status`,
		r.Broadcast, r.Account[:], r.Chunk, r.Secret[:], r.Price, r.Fee, r.Event, strings.Join(r.Relays, "\n"), r.Posted, r.Status)
	return err
}

// BroadcastRecipients returns a broadcast's recipients by chunk, then
// address.
func (n *NL) BroadcastRecipients(ctx context.Context, id int64) ([]BroadcastRecipient, error) {
	rows, err := n.q.QueryContext(ctx, `SELECT account, chunk, secret, price, fee, event, relays, posted, status
		FROM broadcast_recipients WHERE broadcast = ? ORDER BY chunk, account`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []BroadcastRecipient
	for rows.Next() {
		r := BroadcastRecipient{Broadcast: id}
		var acct, secret []byte
		var relays string
		if err := rows.Scan(&acct, &r.Chunk, &secret, &r.Price, &r.Fee, &r.Event, &relays, &r.Posted, &r.Status); err != nil {
			return nil, err
		}
		r.Account, r.Secret, r.Relays = common.BytesToAddress(acct), b32(secret), lines(relays)
		out = append(out, r)
	}
	return out, rows.Err()
}

// PutBroadcastChunk inserts or replaces a chunk row.
func (n *NL) PutBroadcastChunk(ctx context.Context, c *BroadcastChunk) error {
	var hash []byte
	if c.Hash != nil {
		hash = c.Hash[:]
	}
	_, err := n.q.ExecContext(ctx, `INSERT INTO broadcast_chunks (broadcast, chunk, max_fee, raw, hash, block, gas_used, state)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (broadcast, chunk) DO UPDATE SET max_fee = excluded.max_fee, raw = excluded.raw,
		hash = excluded.hash, block = excluded.block, gas_used = excluded.gas_used, state = excluded.state`,
		c.Broadcast, c.Chunk, c.MaxFee, c.Raw, hash, c.Block, c.GasUsed, c.State)
	return err
}

// BroadcastChunks returns a broadcast's chunks in order.
func (n *NL) BroadcastChunks(ctx context.Context, id int64) ([]BroadcastChunk, error) {
	rows, err := n.q.QueryContext(ctx, `SELECT chunk, max_fee, raw, hash, block, gas_used, state FROM broadcast_chunks
		WHERE broadcast = ? ORDER BY chunk`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []BroadcastChunk
	for rows.Next() {
		c := BroadcastChunk{Broadcast: id}
		var hash []byte
		if err := rows.Scan(&c.Chunk, &c.MaxFee, &c.Raw, &hash, &c.Block, &c.GasUsed, &c.State); err != nil {
			return nil, err
		}
		if hash != nil {
			h := b32(hash)
			c.Hash = &h
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
