package client

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client/chain"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/envelope"
	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/client/internal/atomicfile"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/relay/wire"
)

// Files in the data directory besides the keystore (client/identity) and
// config (client/config).
const (
	// BundleFile is the user's signed key bundle (public, mode 0644).
	BundleFile = "bundle"
	// StoreFile is the SQLite store.
	StoreFile = "bmail.db"
)

// AttachmentsSupported says whether this version carries attachments: it
// does not. A body is plain UTF-8 text (Markdown is allowed, HTML is never
// rendered); files must travel elsewhere. SPEC.md §9.
const AttachmentsSupported = false

// Options are what Open needs besides the configuration.
type Options struct {
	// Identity is the user's unlocked identity (required). UnlockIdentity
	// reads it from the keystore in the data directory.
	Identity *identity.Identity
	// Backend, when set, is used instead of dialling Config.Chain.RPCURL:
	// an in-process dev chain's client, or a simulated backend in tests.
	Backend chain.Backend
	// Orders hands payment orders to a relay's settlement batcher when
	// Config.Send.Batcher is set (see OrderSubmitter).
	Orders OrderSubmitter
	// OnNewMail is called (in its own goroutine) for each message shown in
	// the inbox; Config.NotifyCommand runs as well.
	OnNewMail func(Message)
	// StepHook, for tests and tracing, is called before each outbox step
	// acts; an error stops the item there, as a crash would.
	StepHook func(outboxID int64, step Step) error
	// RelayTimeout bounds one relay operation (publish, fetch, EOSE);
	// default 10 s.
	RelayTimeout time.Duration
	// RelayMaxBackoff caps the wait between a relay connection's attempts
	// to reconnect (the waits double from 100 ms up to it, with jitter),
	// and between live subscriptions to a relay after one ends (from
	// 250 ms); default 10 s. Tests shorten it.
	RelayMaxBackoff time.Duration
	Logger          *slog.Logger
	Now             func() time.Time
}

// Client is a b-mail user agent over one data directory: the user's
// identity, store, chain and relays. Its methods are safe for concurrent
// use. Open it, use it, Close it.
type Client struct {
	cfg    config.Config
	opts   Options
	id     *identity.Identity
	me     common.Address
	store  *store.Store
	log    *slog.Logger
	events broker

	transport *wire.Signer
	// readers are the transport keys the inbox is read as: the current
	// one first, then those of up to OldRoutingKeys earlier key indexes
	// (mail senders sealed to an older bundle is routed to its key).
	readers []*wire.Signer

	chainMu sync.Mutex
	chain   *chain.Chain
	backend chain.Backend
	ownsBE  io.Closer

	relays *relayPool
	quotes *quoteCache

	itemMu  sync.Mutex
	items   map[int64]*sync.Mutex // one runner per outbox item
	kick    chan struct{}         // wakes Run's outbox loop
	procMu  sync.Mutex            // serialises envelope evaluation
	closeMu sync.Mutex
	closed  bool
}

// Open opens the client over cfg.Home: it creates the directory and the
// store if needed, binds the store to the identity's account (a store never
// serves two accounts) and to the chain id when one is configured. It does
// not touch the network: chain and relays are reached on first use, so a
// client opens offline.
func Open(ctx context.Context, cfg config.Config, opts Options) (*Client, error) {
	if opts.Identity == nil {
		return nil, errors.New("client: no identity")
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.Home == "" {
		return nil, fmt.Errorf("%w: no data directory", config.ErrInvalid)
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.RelayTimeout <= 0 {
		opts.RelayTimeout = 10 * time.Second
	}
	if opts.RelayMaxBackoff <= 0 {
		opts.RelayMaxBackoff = 10 * time.Second
	}
	if err := os.MkdirAll(cfg.Home, 0o700); err != nil {
		return nil, fmt.Errorf("client: data directory: %w", err)
	}
	st, err := store.Open(ctx, filepath.Join(cfg.Home, StoreFile))
	if err != nil {
		return nil, err
	}
	st.Now = opts.Now
	id := opts.Identity
	if err := st.BindMeta(ctx, "account", id.Address[:]); err != nil {
		st.Close()
		return nil, fmt.Errorf("client: the store in %s belongs to another account: %w", cfg.Home, err)
	}
	if cfg.Chain.Configured() {
		key := fmt.Sprintf("chain:%d:%s", cfg.Chain.ChainID, cfg.Chain.ContractAddress().Hex())
		if err := st.BindMeta(ctx, "chain", []byte(key)); err != nil {
			st.Close()
			return nil, fmt.Errorf("client: the store in %s was used with another chain or contract (use another profile): %w", cfg.Home, err)
		}
	}
	readers, err := routingSigners(id)
	if err != nil {
		st.Close()
		return nil, err
	}
	ts := readers[0]
	c := &Client{cfg: cfg, opts: opts, id: id, me: id.Address, store: st, log: opts.Logger, transport: ts, readers: readers,
		items: map[int64]*sync.Mutex{}, kick: make(chan struct{}, 1)}
	c.relays = newRelayPool(c)
	c.quotes = newQuoteCache()
	return c, nil
}

// Close stops every connection and closes the store.
func (c *Client) Close() error {
	c.closeMu.Lock()
	if c.closed {
		c.closeMu.Unlock()
		return nil
	}
	c.closed = true
	c.closeMu.Unlock()
	c.relays.close()
	c.chainMu.Lock()
	if c.ownsBE != nil {
		c.ownsBE.Close()
	}
	c.chainMu.Unlock()
	c.events.closeAll()
	return c.store.Close()
}

// Address is the user's account.
func (c *Client) Address() common.Address { return c.me }

// Config is the configuration the client runs with.
func (c *Client) Config() config.Config { return c.cfg }

// Dev reports whether this is a dev profile: everything it shows is DEVNET.
func (c *Client) Dev() bool { return c.cfg.Dev }

// Label names the network for outputs ("DEVNET" on a dev profile).
func (c *Client) Label() string { return c.cfg.Label() }

// Store gives read access to the local store (for UIs listing what the
// client methods do not cover). Writes should go through the client.
func (c *Client) Store() *store.Store { return c.store }

func (c *Client) now() time.Time { return c.opts.Now() }

// UnlockIdentity opens the keystore in home with passphrase.
func UnlockIdentity(home string, passphrase []byte) (*identity.Identity, error) {
	ks, err := identity.LoadKeystore(filepath.Join(home, "keystore"))
	if err != nil {
		return nil, err
	}
	return ks.Unlock(passphrase)
}

// Chain connects to the chain on first use (dialling Config.Chain.RPCURL
// unless Options.Backend is set) and returns it. With no chain configured
// the error names what to configure.
func (c *Client) Chain(ctx context.Context) (*chain.Chain, error) {
	c.chainMu.Lock()
	defer c.chainMu.Unlock()
	if c.chain != nil {
		return c.chain, nil
	}
	if err := c.cfg.RequireChain(); err != nil {
		return nil, err
	}
	be := c.opts.Backend
	if be == nil {
		if c.backend == nil {
			ec, err := chain.Dial(ctx, c.cfg.Chain.RPCURL)
			if err != nil {
				return nil, err
			}
			c.backend, c.ownsBE = ec, closerFunc(ec.Close)
		}
		be = c.backend
	}
	ch, err := chain.New(ctx, be, c.id.AccountKey, chain.Config{
		Contract: c.cfg.Chain.ContractAddress(), ChainID: newBig(c.cfg.Chain.ChainID),
		Confirmations: c.cfg.Chain.Confirmations, Poll: min(time.Duration(c.cfg.Chain.PollInterval), chain.DefaultPoll),
	})
	if err != nil {
		return nil, err
	}
	c.chain = ch
	return ch, nil
}

type closerFunc func()

func (f closerFunc) Close() error { f(); return nil }

// ---- the user's own bundle ----

// MyBundle returns the user's signed bundle from the data directory
// (fs.ErrNotExist before the first Register).
func (c *Client) MyBundle() (*identity.Bundle, error) {
	data, err := os.ReadFile(filepath.Join(c.cfg.Home, BundleFile))
	if err != nil {
		return nil, err
	}
	b, err := identity.ParseBundle(data)
	if err != nil {
		return nil, err
	}
	if err := b.Verify(); err != nil {
		return nil, err
	}
	if b.Account != c.me {
		return nil, fmt.Errorf("client: %s is the bundle of %s, not of this account", BundleFile, b.Account.Hex())
	}
	return b, nil
}

func (c *Client) saveBundle(b *identity.Bundle) error {
	data, err := b.MarshalBinary()
	if err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(c.cfg.Home, BundleFile), data, 0o644)
}

// inboxRelays are the relays the user reads mail from: the bundle's, else
// the configured ones.
func (c *Client) inboxRelays() []string {
	if b, err := c.MyBundle(); err == nil && len(b.InboxRelays) > 0 {
		return b.InboxRelays
	}
	return normalizedRelays(c.cfg.Relays)
}

// acceptedNetworks are the networks whose paid mail the user accepts: the
// registered bundle's (what senders see), else the configured ones.
func (c *Client) acceptedNetworks() [][32]byte {
	if b, err := c.MyBundle(); err == nil {
		return b.Networks
	} else if !errors.Is(err, fs.ErrNotExist) {
		c.log.Warn("own bundle unreadable", "err", err)
	}
	return c.cfg.NetworkIDs()
}

func normalizedRelays(in []string) []string {
	out := make([]string, 0, len(in))
	for _, r := range in {
		if n, err := identity.NormalizeRelayURL(r); err == nil {
			out = append(out, n)
		}
	}
	return out
}

func envAddr(a common.Address) envelope.Address { return envelope.Address(a) }

func commonAddrs(as []envelope.Address) []common.Address {
	out := make([]common.Address, len(as))
	for i, a := range as {
		out[i] = common.Address(a)
	}
	return out
}

func newBig(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// OldRoutingKeys is how many earlier key indexes' transport keys the inbox
// is still read as after a rotation (a relay takes at most 8 AUTH keys on
// one connection).
const OldRoutingKeys = 3

// routingSigners are id's transport signers, the current index first,
// then up to OldRoutingKeys older ones.
func routingSigners(id *identity.Identity) ([]*wire.Signer, error) {
	var out []*wire.Signer
	for i := id.Index; ; i-- {
		k, err := id.TransportKeyAt(i)
		if err != nil {
			return nil, err
		}
		s, err := wire.NewSigner([32]byte(k.Serialize()))
		if err != nil {
			return nil, err
		}
		out = append(out, s)
		if i == 0 || len(out) > OldRoutingKeys {
			return out, nil
		}
	}
}

// routingKeys are the public keys of readers (the p tags the inbox holds).
func (c *Client) routingKeys() [][32]byte {
	out := make([][32]byte, len(c.readers))
	for i, s := range c.readers {
		out[i] = s.PublicKey()
	}
	return out
}
