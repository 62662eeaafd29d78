package common

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/client/newsletter"
	"github.com/bmail-network/bmail/client/store"
)

// Backend is what the terminal UI asks of the b-mail client: every flow it
// offers is one of these calls. *client.Client implements it; the UI holds
// no protocol, chain or crypto logic of its own.
type Backend interface {
	Address() common.Address
	Label() string
	Dev() bool
	Config() config.Config
	MyContactString() string

	Messages(ctx context.Context, q client.Query) ([]client.Message, error)
	Message(ctx context.Context, id int64) (*client.Message, error)
	Thread(ctx context.Context, id int64) ([]client.Message, error)
	Read(ctx context.Context, id int64, read bool) error
	Move(ctx context.Context, id int64, folder string) error
	Delete(ctx context.Context, id int64) error
	HeldBack(ctx context.Context) (held, waiting, rejected int, err error)
	Unread(ctx context.Context) (int, error)

	Drafts(ctx context.Context) ([]client.Draft, error)
	SaveDraft(ctx context.Context, d *client.Draft) (int64, error)
	DeleteDraft(ctx context.Context, id int64) error
	Reply(ctx context.Context, id int64, all bool) (*client.Draft, error)

	ParseRecipient(ctx context.Context, s string) (common.Address, []string, error)
	PricedSize(subject, body string, to, cc int) (uint32, error)
	Quote(ctx context.Context, to common.Address, size uint32) (*client.Quote, error)
	QuoteCached(to common.Address, size uint32) (*client.Quote, error)
	Enqueue(ctx context.Context, r client.SendRequest) (int64, error)
	RunOutbox(ctx context.Context, id int64) (*client.OutboxStatus, error)
	Outbox(ctx context.Context, pendingOnly bool) ([]client.OutboxStatus, error)
	CancelOutbox(ctx context.Context, id int64) error

	Contacts(ctx context.Context) ([]client.Contact, error)
	AddContact(ctx context.Context, r client.AddContactRequest) (*client.Contact, error)
	RemoveContact(ctx context.Context, account common.Address) error
	RenameContact(ctx context.Context, account common.Address, name string) error
	AcceptKeyChange(ctx context.Context, account common.Address) (identity.Fingerprint, error)
	Block(ctx context.Context, sender common.Address) error
	Unblock(ctx context.Context, sender common.Address) error

	Ack(ctx context.Context, id int64, v client.Verdict) error
	AckStatusOf(ctx context.Context, id int64) (*client.AckStatus, error)

	Wallet(ctx context.Context) (*client.Wallet, error)
	Deposit(ctx context.Context, gwei uint64) error
	Claim(ctx context.Context) (uint64, error)
	RequestWithdrawal(ctx context.Context, gwei uint64) (time.Time, error)
	CompleteWithdrawal(ctx context.Context, to common.Address) error
	Earnings(ctx context.Context, since time.Time, days int) (*client.Earnings, error)
	ReputationHistory(ctx context.Context) ([]client.ReputationSample, error)

	Register(ctx context.Context, o client.RegisterOptions) (*client.Registration, error)
	Relays(ctx context.Context) ([]client.RelayInfo, error)
	Sync(ctx context.Context) (*client.SyncReport, error)
	InboxConnections() map[string]bool
	Run(ctx context.Context) error
	Events() (<-chan client.Event, func())
}

var _ Backend = (*client.Client)(nil)

// Newsletters is what the Newsletters folder asks of client/newsletter:
// the lists the user subscribes to, their received issues, a sync that
// fetches new issues from the lists' relays, and the read mark.
type Newsletters interface {
	Subscriptions(ctx context.Context) ([]newsletter.Subscription, error)
	Issues(ctx context.Context, list [32]byte) ([]store.NewsletterIssue, error)
	Sync(ctx context.Context) (*newsletter.SyncReport, error)
	MarkIssueRead(ctx context.Context, list [32]byte, epoch, index uint32, read bool) error
}

// NewsOf is the Newsletters of a client: client/newsletter's service, with
// the read mark from the client.
func NewsOf(c *client.Client) Newsletters { return news{newsletter.New(c), c} }

type news struct {
	*newsletter.Service
	c *client.Client
}

func (n news) MarkIssueRead(ctx context.Context, list [32]byte, epoch, index uint32, read bool) error {
	return n.c.MarkIssueRead(ctx, list, epoch, index, read)
}
