package client

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/pricing"
	"github.com/bmail-network/bmail/reputation"
)

// Message is a message as a UI shows it. Subject, Body and FromName are
// what the sender (or, for FromName, the user) wrote: pass them through
// client/sanitize before any output. Bodies are plain UTF-8 (Markdown
// allowed); nothing is ever rendered as HTML.
type Message struct {
	store.Message
	// FromName is the user's local name for the sender ("" when the sender
	// is not a contact).
	FromName string
	// Fingerprint is the sender's pinned key fingerprint: every shown
	// message's signature was checked against it.
	Fingerprint identity.Fingerprint
}

// FromLabel is the contact name, else the sender's address.
func (m *Message) FromLabel() string {
	if m.FromName != "" {
		return m.FromName
	}
	return m.From.Hex()
}

// Paid reports whether the message arrived with a payment.
func (m *Message) Paid() bool { return !m.Free && m.Folder != store.FolderSent }

// Query selects messages (see store.Query).
type Query = store.Query

// Messages lists messages, newest first.
func (c *Client) Messages(ctx context.Context, q Query) ([]Message, error) {
	ms, err := c.store.Messages(ctx, q)
	if err != nil {
		return nil, err
	}
	out := make([]Message, len(ms))
	for i := range ms {
		out[i] = c.decorate(ctx, ms[i])
	}
	return out, nil
}

// Inbox lists the inbox, newest first.
func (c *Client) Inbox(ctx context.Context) ([]Message, error) {
	return c.Messages(ctx, Query{Folder: store.FolderInbox})
}

// Search finds messages whose subject or body contains text.
func (c *Client) Search(ctx context.Context, text string) ([]Message, error) {
	return c.Messages(ctx, Query{Search: text})
}

// Thread lists a message with the messages answering it and the one it
// answers, oldest first.
func (c *Client) Thread(ctx context.Context, id int64) ([]Message, error) {
	m, err := c.store.Message(ctx, id)
	if err != nil {
		return nil, err
	}
	root := m.MessageID
	if m.InReplyTo != ([32]byte{}) {
		root = m.InReplyTo
	}
	ms, err := c.Messages(ctx, Query{Thread: root, Limit: 500})
	if err != nil {
		return nil, err
	}
	for i, j := 0, len(ms)-1; i < j; i, j = i+1, j-1 {
		ms[i], ms[j] = ms[j], ms[i]
	}
	return ms, nil
}

// Message returns one message.
func (c *Client) Message(ctx context.Context, id int64) (*Message, error) {
	m, err := c.store.Message(ctx, id)
	if err != nil {
		return nil, err
	}
	d := c.decorate(ctx, *m)
	return &d, nil
}

func (c *Client) decorate(ctx context.Context, m store.Message) Message {
	out := Message{Message: m}
	if ct, err := c.store.Contact(ctx, m.From); err == nil {
		out.FromName = ct.Name
	}
	if p, err := c.store.Pinned(ctx, m.From); err == nil {
		out.Fingerprint = p.Fingerprint
	}
	return out
}

// Read marks a message read (or unread).
func (c *Client) Read(ctx context.Context, id int64, read bool) error {
	return c.store.SetRead(ctx, id, read)
}

// Move puts a message in a folder (store.FolderInbox, FolderSent,
// FolderArchive).
func (c *Client) Move(ctx context.Context, id int64, folder string) error {
	return c.store.Move(ctx, id, folder)
}

// Archive moves a message to the archive.
func (c *Client) Archive(ctx context.Context, id int64) error {
	return c.store.Move(ctx, id, store.FolderArchive)
}

// Delete removes a message from the store for good.
func (c *Client) Delete(ctx context.Context, id int64) error { return c.store.DeleteMessage(ctx, id) }

// Unread counts unread inbox mail.
func (c *Client) Unread(ctx context.Context) (int, error) {
	return c.store.CountUnread(ctx, store.FolderInbox)
}

// ---- drafts ----

// Draft is unsent mail being written.
type Draft = store.Draft

// SaveDraft stores a draft (ID 0 creates one) and returns its id. UIs call
// it as the user types, so a crash loses nothing.
func (c *Client) SaveDraft(ctx context.Context, d *Draft) (int64, error) {
	return c.store.SaveDraft(ctx, d)
}

// Drafts lists drafts, most recent first.
func (c *Client) Drafts(ctx context.Context) ([]Draft, error) { return c.store.Drafts(ctx) }

// DeleteDraft removes a draft.
func (c *Client) DeleteDraft(ctx context.Context, id int64) error {
	return c.store.DeleteDraft(ctx, id)
}

// Reply returns a draft answering a message: to its Reply-To (else its
// sender), with "Re: " on the subject; all adds the other recipients as Cc.
func (c *Client) Reply(ctx context.Context, id int64, all bool) (*Draft, error) {
	m, err := c.store.Message(ctx, id)
	if err != nil {
		return nil, err
	}
	d := &Draft{InReplyTo: m.MessageID, Subject: m.Subject}
	if len(d.Subject) < 4 || d.Subject[:4] != "Re: " {
		d.Subject = "Re: " + d.Subject
	}
	to := m.ReplyTo
	if len(to) == 0 {
		to = []common.Address{m.From}
	}
	if m.Folder == store.FolderSent {
		to = m.To
	}
	seen := map[common.Address]bool{c.me: true}
	for _, a := range to {
		if !seen[a] {
			seen[a] = true
			d.To = append(d.To, a.Hex())
		}
	}
	if all {
		for _, a := range append(append([]common.Address{}, m.To...), m.Cc...) {
			if !seen[a] {
				seen[a] = true
				d.Cc = append(d.Cc, a.Hex())
			}
		}
	}
	return d, nil
}

// ---- acks ----

// Verdict is the user's judgement of paid mail.
type Verdict uint8

// Verdicts (the contract's).
const (
	Abstain  Verdict = Verdict(reputation.Abstain)
	Valuable Verdict = Verdict(reputation.Valuable)
	Spam     Verdict = Verdict(reputation.Spam)
)

func (v Verdict) String() string {
	switch v {
	case Abstain:
		return "abstain"
	case Valuable:
		return "valuable"
	case Spam:
		return "spam"
	}
	return fmt.Sprintf("verdict(%d)", uint8(v))
}

// AckWindow is how long after paid mail its recipient may ack it.
const AckWindow = reputation.AckWindowHours * time.Hour

// AckStatus is what an ack on a sender's paid mail can do now.
type AckStatus struct {
	Sender common.Address
	// Pending counts the sender's paid mails waiting for a verdict (the
	// contract saturates at 7); zero means nothing can be acked.
	Pending int
	// WindowLeft is how long the latest paid mail can still be acked.
	WindowLeft time.Duration
	// Cold: the latest paid mail was cold (a spam mark is allowed once).
	Cold bool
	// Marked: a spam mark was already given in this window.
	Marked bool
}

// CanSpam reports whether a spam verdict would be accepted now.
func (s AckStatus) CanSpam() bool { return s.Pending > 0 && s.WindowLeft > 0 && s.Cold && !s.Marked }

// AckStatusOf reads the ack state of a message's sender from the chain.
func (c *Client) AckStatusOf(ctx context.Context, id int64) (*AckStatus, error) {
	m, err := c.store.Message(ctx, id)
	if err != nil {
		return nil, err
	}
	return c.ackStatus(ctx, m.From)
}

func (c *Client) ackStatus(ctx context.Context, sender common.Address) (*AckStatus, error) {
	ch, err := c.Chain(ctx)
	if err != nil {
		return nil, err
	}
	words, err := ch.Words(ctx, sender, c.me)
	if err != nil {
		return nil, err
	}
	head, err := ch.Head(ctx)
	if err != nil {
		return nil, err
	}
	p := pricing.ParsePair(words.Pair)
	d := pricing.Dir(bytesLess(sender, c.me))
	st := &AckStatus{Sender: sender, Pending: int(p.Pending[d]), Cold: p.Cold[d], Marked: p.Marked[d]}
	if p.Paid[d] != 0 {
		end := time.Unix(int64(p.Paid[d])*3600, 0).Add(AckWindow)
		st.WindowLeft = max(0, end.Sub(time.Unix(int64(head.Time), 0)))
	}
	return st, nil
}

func bytesLess(a, b common.Address) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// Ack submits a verdict on a paid message's sender and waits until it is
// final: valuable mints the sender reputation, spam marks them (cold mail
// only, once per window), abstain just clears one pending mail. Free mail
// cannot be acked.
func (c *Client) Ack(ctx context.Context, id int64, v Verdict) error {
	m, err := c.store.Message(ctx, id)
	if err != nil {
		return err
	}
	if m.Folder == store.FolderSent || m.Free {
		return fmt.Errorf("%w: only paid mail you received can be acked", ErrNotAckable)
	}
	if v > Spam {
		return fmt.Errorf("client: unknown verdict %d", v)
	}
	ch, err := c.Chain(ctx)
	if err != nil {
		return err
	}
	r, err := ch.Transact(ctx, ch.ABI().PackAck(m.From, uint8(v)), nil)
	if err != nil {
		return contractError(err)
	}
	return c.store.SetAck(ctx, id, uint8(v), r.TxHash)
}

// Reputation reads an account's reputation (earned, endorsed, spam marks)
// decayed to now.
func (c *Client) Reputation(ctx context.Context, account common.Address) (Reputation, error) {
	ch, err := c.Chain(ctx)
	if err != nil {
		return Reputation{}, err
	}
	r, err := ch.ReputationOf(ctx, account)
	if err != nil {
		return Reputation{}, err
	}
	return Reputation{Earned: r.Earned, Endorsed: r.Endorsed, SpamMarks: float64(r.Spam) / pricing.CountUnit}, nil
}

// Reputation is an account's standing.
type Reputation struct {
	Earned, Endorsed uint64
	SpamMarks        float64 // decayed spam marks
}

// Total is what fees and minimums compare.
func (r Reputation) Total() uint64 { return r.Earned + r.Endorsed }

var errNotFound = store.ErrNotFound

// IsNotFound reports whether err means "no such record".
func IsNotFound(err error) bool { return errors.Is(err, errNotFound) }
