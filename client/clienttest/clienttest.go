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
// Everything is real except the chain's block production: blocks are
// committed by the test's miner whenever a transaction is sent, and Pause
// stops it for reorg tests. With WithBatcher the first relay runs the
// relay's own settlement batcher.
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
	"github.com/bmail-network/bmail/client/envelope"
	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/contracts/chaintest"
	"github.com/bmail-network/bmail/relay"
	"github.com/bmail-network/bmail/relay/batcher"
	"github.com/bmail-network/bmail/relay/policies"
	"github.com/bmail-network/bmail/relay/relaytest"
)

// Options shape a world.
type Options struct {
	Relays   int    // relays to start (default 2)
	RelayFee uint64 // gwei each relay asks (NIP-11 terms); 0: none
	// WithBatcher runs the relay's settlement batcher (relay/batcher) behind
	// the first relay, which advertises its order address; ManualBatches
	// settles only when the test calls Settle.
	WithBatcher   bool
	ManualBatches bool
	// Relay, when set, adjusts relay i's configuration before it starts
	// (say, a relay that refuses envelopes).
	Relay func(i int, c *relay.Config)
}

// World is a chain, relays and users.
type World struct {
	t       testing.TB
	Chain   *chaintest.Chain
	Relays  []*relaytest.Server
	Batcher *batcher.Batcher

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
			c.MsgIDs = envelope.MsgIDsFromEventContent
			if o.Relay != nil {
				o.Relay(i, c)
			}
		}))
	}
	w.mine()
	if o.WithBatcher {
		w.startBatcher(o.RelayFee, o.ManualBatches)
	}
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
// tests: Fork and Commit by hand in between). Calling it again does
// nothing, and a test that ends paused (a failure before it resumed) is
// resumed by its cleanup, so the miner stops instead of hanging the test
// binary until its timeout.
func (w *World) Pause() (resume func()) {
	w.pause.Lock()
	var once sync.Once
	resume = func() { once.Do(w.pause.Unlock) }
	w.t.Cleanup(resume)
	return resume
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

// batcherChain is the chain connection the relay's batcher uses: the
// simulated client, with every sent transaction waking the miner.
type batcherChain struct {
	batcher.Chain
	w *World
}

func (b batcherChain) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	err := b.Chain.SendTransaction(ctx, tx)
	b.w.kick()
	return err
}

// startBatcher runs the relay's own settlement batcher (relay/batcher)
// behind the first relay's ORDER intake, settling from the relay's order
// key at the safe head. With manual set it settles only when the test calls
// Settle.
func (w *World) startBatcher(relayFee uint64, manual bool) {
	ch, ok := w.Chain.Client.(batcher.Chain)
	if !ok {
		w.t.Fatal("clienttest: the simulated client lacks a method the batcher needs")
	}
	b, err := batcher.New(w.Relays[0].Relay.Store(), batcherChain{ch, w}, batcher.Config{
		Contract: w.Chain.Contract, ChainID: chaintest.ChainID, Key: w.RelayKeys[0],
		BatchSize: 50, MaxBatchAge: time.Millisecond, UseSafeHead: true, BlockTime: time.Second,
		InclusionSlack: 10 * time.Second, MinRelayFee: relayFee, PollInterval: 10 * time.Millisecond,
		Cost: batcher.CostModel{GasPriceWei: 10_000_000}, // an L2's 0.01 gwei
	})
	if err != nil {
		w.t.Fatal(err)
	}
	w.Batcher = b
	w.Relays[0].Relay.SetOrderIntake(b)
	if manual {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); b.Run(ctx) }()
	w.t.Cleanup(func() { cancel(); <-done })
}

// Settle runs one step of a manual batcher: it batches, sends and follows
// what is queued.
func (w *World) Settle(ctx context.Context) error { return w.Batcher.Step(ctx) }

// BatcherAddress is the batcher's order (and relay-fee) address.
func (w *World) BatcherAddress() common.Address {
	return crypto.PubkeyToAddress(w.RelayKeys[0].PublicKey)
}
