// Package clienttest builds b-mail worlds for tests of the client and of
// what is built on it (CLI, TUI): an Osaka simulated chain with the BMail
// contract (contracts/chaintest) that mines whenever a transaction is
// pending, real relays on loopback (relay/relaytest), and users with fresh
// identities, funded accounts and their own data directories and SQLite
// stores.
//
//	w := clienttest.New(t, clienttest.Options{Relays: 2})
//	alice := w.User("alice")         // opened, funded, deposited, registered
//	bob := w.User("bob")
//	alice.Send(ctx, client.SendRequest{To: []string{bob.Address().Hex()}, Subject: "hi", Body: "…"})
//	bob.Sync(ctx)
//
// Everything is real except the chain's block production (blocks are
// committed by the test's miner, which Pause stops for reorg tests) and the
// relay batcher, which Batcher stands in for until bmail-relay has one: it
// settles the orders it is handed through the contract's settle().
package clienttest

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/contracts/chaintest"
	"github.com/bmail-network/bmail/relay"
	"github.com/bmail-network/bmail/relay/policies"
	"github.com/bmail-network/bmail/relay/relaytest"
)

// Options shape a world.
type Options struct {
	Relays      int    // relays to start (default 2)
	RelayFee    uint64 // gwei each relay asks (NIP-11 terms); 0: none
	WithBatcher bool   // the first relay advertises an order address and Batcher settles for it
}

// World is a chain, relays and users.
type World struct {
	t       testing.TB
	Chain   *chaintest.Chain
	Relays  []*relaytest.Server
	Batcher *Batcher

	// RelayKeys[i] is relay i's payout (and order) key.
	RelayKeys []*ecdsa.PrivateKey

	pause  sync.Mutex
	funder sync.Mutex
	sent   chan struct{}
	users  int
}

// New starts a world that ends with the test.
func New(t testing.TB, o Options) *World {
	t.Helper()
	if o.Relays == 0 {
		o.Relays = 2
	}
	w := &World{t: t, Chain: chaintest.New(t, 1+o.Relays), sent: make(chan struct{}, 1)}
	for i := 0; i < o.Relays; i++ {
		key := w.Chain.Keys[1+i]
		w.RelayKeys = append(w.RelayKeys, key)
		addr := crypto.PubkeyToAddress(key.PublicKey)
		terms := relay.Terms{PayoutAddress: addr.Hex(), ChainID: chaintest.ChainID.Uint64(), Contract: w.Chain.Contract.Hex(), RelayFeeGwei: o.RelayFee}
		if o.WithBatcher && i == 0 {
			terms.OrderAddress = addr.Hex()
		}
		w.Relays = append(w.Relays, relaytest.Start(t, func(c *relay.Config, _ *policies.Limits) {
			c.Terms = terms
			c.Info = relay.Info{Name: "test relay " + string(rune('A'+i))}
		}))
	}
	if o.WithBatcher {
		w.Batcher = &Batcher{w: w, key: w.RelayKeys[0]}
		w.Relays[0].Relay.SetOrderIntake(w.Batcher)
	}
	w.mine()
	return w
}

// mine commits a block whenever a transaction was sent through Backend
// (or Fund) or one is pending. Sealing syncs the pool first, so a
// transaction the pool had not promoted yet still goes into the block.
func (w *World) mine() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ctx.Err() == nil {
			select {
			case <-w.sent:
			case <-time.After(5 * time.Millisecond):
				if n, err := w.Chain.Client.PendingTransactionCount(ctx); err != nil || n == 0 {
					continue
				}
			case <-ctx.Done():
				return
			}
			w.pause.Lock()
			w.Chain.Backend.Commit()
			w.pause.Unlock()
		}
	}()
	w.t.Cleanup(func() { cancel(); <-done })
}

// Backend is the chain connection clients in this world use: the simulated
// client, with every sent transaction waking the miner.
type Backend struct {
	simulated.Client
	w *World
}

// SendTransaction hands tx to the pool and asks for a block.
func (b Backend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	err := b.Client.SendTransaction(ctx, tx)
	b.w.kick()
	return err
}

func (w *World) kick() {
	select {
	case w.sent <- struct{}{}:
	default:
	}
}

// Backend returns the chain connection for clients.
func (w *World) Backend() Backend { return Backend{w.Chain.Client, w} }

// Pause stops the miner until the returned function is called (reorg
// tests: Fork and Commit by hand in between).
func (w *World) Pause() (resume func()) {
	w.pause.Lock()
	return w.pause.Unlock
}

// RelayURLs are the relays' URLs.
func (w *World) RelayURLs() []string {
	out := make([]string, len(w.Relays))
	for i, r := range w.Relays {
		out[i] = r.URL
	}
	return out
}

// Config returns a client configuration for a data directory in this
// world: the simulated chain, every relay, safe-head finality, quick polls.
func (w *World) Config(home string) config.Config {
	c := config.Default()
	c.Home = home
	c.Chain = config.Chain{RPCURL: "http://simulated.invalid", ChainID: chaintest.ChainID.Uint64(), Contract: w.Chain.Contract.Hex(),
		ReorgDepth: 16, PollInterval: config.Duration(20 * time.Millisecond)}
	c.Relays = w.RelayURLs()
	return c
}

// UserOptions shape a user.
type UserOptions struct {
	Home       string             // data directory (default: a fresh temp dir)
	Mnemonic   *identity.Mnemonic // default: a fresh one
	Deposit    uint64             // gwei to deposit (default 10,000,000 = 0.01 ETH)
	NoRegister bool               // skip Register
	Configure  func(*config.Config)
	Client     func(*client.Options)
}

// User creates, funds and opens a user, deposits and registers; the client
// closes with the test.
func (w *World) User(name string) *client.Client {
	u, _ := w.NewUser(name, UserOptions{})
	return u
}

// NewUser is User with options; it also returns the user's data directory.
func (w *World) NewUser(name string, o UserOptions) (*client.Client, string) {
	t := w.t
	t.Helper()
	ctx := context.Background()
	if o.Home == "" {
		o.Home = filepath.Join(t.TempDir(), name)
	}
	if o.Mnemonic == nil {
		m, err := identity.NewMnemonic()
		if err != nil {
			t.Fatal(err)
		}
		o.Mnemonic = m
	}
	id, err := identity.FromMnemonic(o.Mnemonic, 0)
	if err != nil {
		t.Fatal(err)
	}
	w.Fund(id.Address, new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether)))
	c, err := w.Open(o.Home, id, o.Configure, o.Client)
	if err != nil {
		t.Fatal(err)
	}
	if o.Deposit == 0 {
		o.Deposit = 10_000_000
	}
	if err := c.Deposit(ctx, o.Deposit); err != nil {
		t.Fatal(err)
	}
	if !o.NoRegister {
		if _, err := c.Register(ctx, client.RegisterOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	return c, o.Home
}

// Open opens a client for id over home in this world (to reopen after a
// simulated crash); it closes with the test.
func (w *World) Open(home string, id *identity.Identity, configure func(*config.Config), opts func(*client.Options)) (*client.Client, error) {
	cfg := w.Config(home)
	if configure != nil {
		configure(&cfg)
	}
	o := client.Options{Identity: id, Backend: w.Backend(), RelayTimeout: 5 * time.Second}
	if opts != nil {
		opts(&o)
	}
	c, err := client.Open(context.Background(), cfg, o)
	if err != nil {
		return nil, err
	}
	w.t.Cleanup(func() { c.Close() })
	return c, nil
}

// Fund sends wei from the chain's deployer account.
func (w *World) Fund(to common.Address, wei *big.Int) {
	w.funder.Lock()
	defer w.funder.Unlock()
	ctx := context.Background()
	key := w.Chain.Keys[0]
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := w.Chain.Client.PendingNonceAt(ctx, from)
	if err != nil {
		w.t.Fatal(err)
	}
	head, err := w.Chain.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chaintest.ChainID), &types.DynamicFeeTx{
		ChainID: chaintest.ChainID, Nonce: nonce, GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: new(big.Int).Add(big.NewInt(params.GWei), new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas:       21_000, To: &to, Value: wei})
	if err != nil {
		w.t.Fatal(err)
	}
	if err := w.Backend().SendTransaction(ctx, tx); err != nil {
		w.t.Fatal(err)
	}
	for i := 0; i < 2000; i++ {
		if r, _ := w.Chain.Client.TransactionReceipt(ctx, tx.Hash()); r != nil {
			return
		}
		time.Sleep(2 * time.Millisecond)
	}
	w.t.Fatal("funding transaction not mined")
}

// Batcher stands in for a relay's settlement batcher behind the first
// relay's ORDER intake (relay.OrderIntake): clients hand it orders over the
// wire; it keeps them and settles them with the contract's settle() from
// the relay's order key when Settle is called (or at once, with SetAuto).
// It checks nothing: what a real batcher refuses is the relay's business.
type Batcher struct {
	w      *World
	key    *ecdsa.PrivateKey
	mu     sync.Mutex
	seen   map[[32]byte]bool
	q      []contracts.SignedOrder
	auto   bool
	refuse string
	// handed counts SubmitOrder calls (repeats included).
	handed int
}

// SetRefuse makes the batcher refuse every new order with reason (a NIP-01
// style "prefix: code: detail"); "" accepts again.
func (b *Batcher) SetRefuse(reason string) {
	b.mu.Lock()
	b.refuse = reason
	b.mu.Unlock()
}

// SetAuto makes the batcher settle each new order as soon as it is handed
// over (true) or wait for Settle (false, the default).
func (b *Batcher) SetAuto(on bool) {
	b.mu.Lock()
	b.auto = on
	b.mu.Unlock()
}

// Handed counts SubmitOrder calls, repeats included.
func (b *Batcher) Handed() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.handed
}

var _ relay.OrderIntake = (*Batcher)(nil)

// SubmitOrder queues an order; a repeat is answered with "duplicate:
// queued" and not queued again.
func (b *Batcher) SubmitOrder(ctx context.Context, o *contracts.SignedOrder, origin string) (bool, string) {
	b.mu.Lock()
	b.handed++
	if b.seen == nil {
		b.seen = map[[32]byte]bool{}
	}
	id := o.StructHash()
	if b.refuse != "" && !b.seen[id] {
		defer b.mu.Unlock()
		return false, b.refuse
	}
	if b.seen[id] {
		b.mu.Unlock()
		return true, "duplicate: queued"
	}
	b.seen[id] = true
	b.q = append(b.q, *o)
	auto := b.auto
	b.mu.Unlock()
	if auto {
		if _, err := b.Settle(ctx); err != nil {
			return false, "error: " + err.Error()
		}
	}
	return true, ""
}

// Pending is the number of orders waiting for Settle.
func (b *Batcher) Pending() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.q)
}

// Settle submits every queued order in one settle() transaction and
// returns its receipt (nil when nothing was queued).
func (b *Batcher) Settle(ctx context.Context) (*types.Receipt, error) {
	b.mu.Lock()
	q := b.q
	b.q = nil
	b.mu.Unlock()
	if len(q) == 0 {
		return nil, nil
	}
	networks, data, err := contracts.PackOrders(q)
	if err != nil {
		return nil, err
	}
	return b.w.Chain.Transact(b.key, b.w.Chain.ABI.PackSettle(networks, data), nil)
}

// Address is the batcher's order (and relay-fee) address.
func (b *Batcher) Address() common.Address { return crypto.PubkeyToAddress(b.key.PublicKey) }
