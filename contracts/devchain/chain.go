package devchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"

	// Registers the native tracers (callTracer, prestateTracer) that
	// debug_traceTransaction offers.
	_ "github.com/ethereum/go-ethereum/eth/tracers/native"
)

const (
	// nodeName names the node's directory inside Config.DataDir.
	nodeName = "devchain"
	// devKeyFile holds the dev key of a persisted chain, hex, mode 0600.
	devKeyFile = "devkey"
	// loopback is the only interface a dev chain listens on.
	loopback = "127.0.0.1"
	// Small database caches (MiB): a dev chain holds a few thousand blocks.
	databaseCache = 16
	trieCache     = 16
)

// rpcModules are the JSON-RPC namespaces served over HTTP and WebSocket.
var rpcModules = []string{"eth", "net", "web3", "txpool", "debug", APINamespace}

// Errors returned by Start and the Chain's methods.
var (
	ErrInvalidConfig = errors.New("devchain: invalid config")
	ErrChainIDClash  = errors.New("devchain: data directory holds a chain with another chain id")
	ErrNotSealed     = errors.New("devchain: no block was sealed")
	ErrClosed        = errors.New("devchain: chain is closed")
)

// Config says how to start a dev chain. The zero value is a valid
// ephemeral chain that mines on demand.
type Config struct {
	// DataDir keeps the chain across restarts when set: the database and the
	// dev key live under it. Empty means everything is in memory and is
	// lost on Close.
	DataDir string

	// ChainID defaults to DefaultChainID. A persisted chain keeps the id it
	// was created with; a different non-zero ChainID is ErrChainIDClash.
	ChainID uint64

	// Accounts are funded with AccountBalance each: in the genesis when the
	// chain is created, and by a faucet transfer on a restart for any listed
	// account whose balance is zero.
	Accounts []common.Address

	// AccountBalance defaults to DefaultAccountBalance.
	AccountBalance *big.Int

	// DevKey is the prefunded key behind Fund. Nil means: a fresh random key
	// for an ephemeral chain; for a persisted chain the key stored in
	// DataDir, created on first start.
	DevKey *ecdsa.PrivateKey

	// Period is the block interval. Zero mines on demand: a block as soon
	// as a transaction is pending, and no empty blocks. Otherwise it must
	// be a whole number of seconds, at least one.
	Period time.Duration

	// GasLimit is the genesis block gas limit; DefaultGasLimit when zero.
	GasLimit uint64

	// Port serves HTTP and WebSocket JSON-RPC on 127.0.0.1; zero picks a
	// free port.
	Port int
}

// Chain is a running dev chain: a go-ethereum node whose blocks a simulated
// beacon client seals. Its methods are safe for concurrent use.
type Chain struct {
	node    *node.Node
	eth     *eth.Ethereum
	sealer  *sealer
	client  *ethclient.Client
	chainID *big.Int
	devKey  *ecdsa.PrivateKey

	fundMu sync.Mutex // one faucet transaction at a time keeps nonces in order

	closeOnce sync.Once
	closeErr  error
	closed    chan struct{}
}

// Start starts a dev chain and returns once its JSON-RPC endpoint answers
// and every Config.Accounts entry is funded. ctx bounds the funding of
// accounts on a restarted chain; the chain itself lives until Close.
func Start(ctx context.Context, cfg Config) (*Chain, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	explicitChainID := cfg.ChainID != 0
	cfg = cfg.withDefaults()

	devKey, err := loadDevKey(cfg)
	if err != nil {
		return nil, err
	}
	if err := checkPortFree(cfg.Port); err != nil {
		return nil, err
	}
	stack, err := node.New(&node.Config{
		Name:        nodeName,
		DataDir:     cfg.DataDir,
		HTTPHost:    loopback,
		HTTPPort:    cfg.Port,
		HTTPModules: rpcModules,
		WSHost:      loopback,
		WSPort:      cfg.Port, // the same port: one server speaks both
		WSModules:   rpcModules,
		AuthAddr:    loopback,
		AuthPort:    0,
		P2P:         p2p.Config{MaxPeers: 0, NoDiscovery: true, NoDial: true, ListenAddr: ""},
	})
	if err != nil {
		return nil, fmt.Errorf("devchain: new node: %w", err)
	}
	c, err := assemble(ctx, stack, cfg, explicitChainID, devKey)
	if err != nil {
		return nil, errors.Join(err, stack.Close())
	}
	return c, nil
}

// assemble registers the Ethereum service, the sealer and the APIs on a
// fresh stack, starts it and funds the accounts. The caller closes the
// stack when assemble fails.
func assemble(ctx context.Context, stack *node.Node, cfg Config, explicitChainID bool, devKey *ecdsa.PrivateKey) (*Chain, error) {
	devAddr := crypto.PubkeyToAddress(devKey.PublicKey)
	existing, err := storedChainID(stack, cfg.DataDir)
	if err != nil {
		return nil, err
	}
	ethCfg := ethconfig.Defaults
	ethCfg.SyncMode = ethconfig.FullSync
	ethCfg.DatabaseCache = databaseCache
	ethCfg.TrieCleanCache = trieCache
	ethCfg.TrieDirtyCache = trieCache
	ethCfg.SnapshotCache = trieCache
	ethCfg.TxPool.NoLocals = true
	ethCfg.Miner.GasPrice = big.NewInt(1) // as geth --dev: any tip of 1 wei is mined
	ethCfg.Miner.PendingFeeRecipient = devAddr
	ethCfg.Miner.GasCeil = cfg.GasLimit
	ethCfg.RPCTxFeeCap = 0 // no cap: the faucet may move any amount
	switch {
	case existing == nil:
		alloc := types.GenesisAlloc{devAddr: {Balance: DevBalance}}
		for _, a := range cfg.Accounts {
			alloc[a] = types.Account{Balance: cfg.AccountBalance}
		}
		ethCfg.Genesis = Genesis(cfg.ChainID, cfg.GasLimit, alloc)
	case explicitChainID && existing.Uint64() != cfg.ChainID:
		return nil, fmt.Errorf("%w: stored %v, configured %d", ErrChainIDClash, existing, cfg.ChainID)
	default:
		ethCfg.Genesis = nil // the stored genesis and rules
	}

	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		return nil, fmt.Errorf("devchain: new ethereum service: %w", err)
	}
	stack.RegisterAPIs(tracers.APIs(backend.APIBackend))
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize:  ethCfg.FilterLogCacheSize,
		LogQueryLimit: ethCfg.LogQueryLimit,
	})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})

	beacon, err := catalyst.NewSimulatedBeacon(0, devAddr, backend)
	if err != nil {
		return nil, fmt.Errorf("devchain: new simulated beacon: %w", err)
	}
	s := newSealer(beacon, backend, cfg.Period)
	stack.RegisterLifecycle(s)
	stack.RegisterAPIs([]rpc.API{{Namespace: APINamespace, Service: &api{sealer: s}}})

	if err := stack.Start(); err != nil {
		return nil, errors.Join(fmt.Errorf("devchain: start node: %w", err), s.Stop())
	}
	c := &Chain{
		node:    stack,
		eth:     backend,
		sealer:  s,
		client:  ethclient.NewClient(stack.Attach()),
		chainID: backend.BlockChain().Config().ChainID,
		devKey:  devKey,
		closed:  make(chan struct{}),
	}
	if existing != nil {
		if err := c.topUp(ctx, cfg.Accounts, cfg.AccountBalance); err != nil {
			c.client.Close()
			return nil, err
		}
	}
	return c, nil
}

// topUp funds every listed account whose balance is zero.
func (c *Chain) topUp(ctx context.Context, accounts []common.Address, amount *big.Int) error {
	for _, a := range accounts {
		balance, err := c.client.BalanceAt(ctx, a, nil)
		if err != nil {
			return fmt.Errorf("devchain: balance of %s: %w", a, err)
		}
		if balance.Sign() > 0 {
			continue
		}
		if _, err := c.Fund(ctx, a, amount); err != nil {
			return err
		}
	}
	return nil
}

// RPCURL is the HTTP JSON-RPC endpoint, http://127.0.0.1:<port>.
func (c *Chain) RPCURL() string { return c.node.HTTPEndpoint() }

// WSURL is the WebSocket JSON-RPC endpoint, ws://127.0.0.1:<port>, on the
// same port as RPCURL.
func (c *Chain) WSURL() string { return c.node.WSEndpoint() }

// ChainID is the chain id transactions must be signed for.
func (c *Chain) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// DevKey is the prefunded key the faucet sends from. Transactions sent with
// it concurrently with Fund must take their nonces from the pending state.
func (c *Chain) DevKey() *ecdsa.PrivateKey { return c.devKey }

// DevAddress is the address of DevKey; it also receives the priority fees.
func (c *Chain) DevAddress() common.Address { return crypto.PubkeyToAddress(c.devKey.PublicKey) }

// Client is an in-process JSON-RPC client of the chain (no sockets). It is
// closed by Close.
func (c *Chain) Client() *ethclient.Client { return c.client }

// Commit seals a block now, with every pending transaction the block can
// hold, and returns its header. With Period zero blocks appear by
// themselves; Commit adds an empty one, e.g. to add a confirmation.
func (c *Chain) Commit(ctx context.Context) (*types.Header, error) {
	if c.isClosed() {
		return nil, ErrClosed
	}
	return c.sealer.commit()
}

// AdjustTime first seals any pending transactions, then seals an empty block
// whose timestamp is d later than its parent's, and returns its header.
// Later blocks keep time moving forward from there: a block's timestamp is
// the wall clock or its parent's plus one second, whichever is later. d must
// be a whole number of seconds, at least one.
func (c *Chain) AdjustTime(ctx context.Context, d time.Duration) (*types.Header, error) {
	if c.isClosed() {
		return nil, ErrClosed
	}
	return c.sealer.adjustTime(d)
}

// Close stops the node and releases the data directory. It is idempotent.
func (c *Chain) Close() error {
	c.closeOnce.Do(func() {
		close(c.closed)
		c.client.Close()
		c.closeErr = c.node.Close()
	})
	return c.closeErr
}

func (c *Chain) isClosed() bool {
	select {
	case <-c.closed:
		return true
	default:
		return false
	}
}

// validate reports what is wrong with cfg as set by the caller.
func (cfg Config) validate() error {
	var problems []string
	if cfg.Period < 0 || cfg.Period%time.Second != 0 {
		problems = append(problems, fmt.Sprintf("period %v is not a whole number of seconds", cfg.Period))
	}
	if cfg.AccountBalance != nil && cfg.AccountBalance.Sign() <= 0 {
		problems = append(problems, "account balance must be positive")
	}
	if cfg.Port < 0 || cfg.Port > 65535 {
		problems = append(problems, fmt.Sprintf("port %d out of range", cfg.Port))
	}
	if cfg.GasLimit != 0 && cfg.GasLimit < 21_000 {
		problems = append(problems, fmt.Sprintf("gas limit %d below one transfer", cfg.GasLimit))
	}
	if len(problems) > 0 {
		return fmt.Errorf("%w: %s", ErrInvalidConfig, strings.Join(problems, "; "))
	}
	return nil
}

// withDefaults fills in every field left at its zero value that has a
// default.
func (cfg Config) withDefaults() Config {
	if cfg.ChainID == 0 {
		cfg.ChainID = DefaultChainID
	}
	if cfg.AccountBalance == nil {
		cfg.AccountBalance = DefaultAccountBalance
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = DefaultGasLimit
	}
	if cfg.DataDir != "" {
		cfg.DataDir = filepath.Clean(cfg.DataDir)
	}
	return cfg
}

// checkPortFree fails when port is taken. go-ethereum opens the RPC port
// after the Ethereum service has started its goroutines, and a node whose
// Start fails never stops them: probing first keeps a busy port from
// leaking a whole service. Another process may still take the port between
// the probe and the start.
func checkPortFree(port int) error {
	if port == 0 {
		return nil
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(loopback, strconv.Itoa(port)))
	if err != nil {
		return fmt.Errorf("devchain: rpc port: %w", err)
	}
	return ln.Close()
}

// loadDevKey returns cfg.DevKey, or a random key for an ephemeral chain, or
// the key stored in the data directory (created on first use).
func loadDevKey(cfg Config) (*ecdsa.PrivateKey, error) {
	if cfg.DevKey != nil {
		return cfg.DevKey, nil
	}
	if cfg.DataDir == "" {
		return crypto.GenerateKey()
	}
	path := filepath.Join(cfg.DataDir, devKeyFile)
	key, err := crypto.LoadECDSA(path)
	if err == nil {
		return key, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("devchain: read dev key: %w", err)
	}
	if key, err = crypto.GenerateKey(); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("devchain: create data directory: %w", err)
	}
	if err := crypto.SaveECDSA(path, key); err != nil {
		return nil, fmt.Errorf("devchain: save dev key: %w", err)
	}
	return key, nil
}

// storedChainID returns the chain id of the chain stored in the node's
// database, or nil if there is none (always so for an ephemeral chain).
func storedChainID(stack *node.Node, dataDir string) (*big.Int, error) {
	if dataDir == "" {
		return nil, nil
	}
	if _, err := os.Stat(stack.ResolvePath("chaindata")); errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	db, err := stack.OpenDatabaseWithOptions("chaindata", node.DatabaseOptions{ReadOnly: true, Cache: databaseCache})
	if err != nil {
		return nil, fmt.Errorf("devchain: open stored chain: %w", err)
	}
	defer db.Close()
	genesis := rawdb.ReadCanonicalHash(db, 0)
	if genesis == (common.Hash{}) {
		return nil, nil
	}
	config := rawdb.ReadChainConfig(db, genesis)
	if config == nil || config.ChainID == nil {
		return nil, fmt.Errorf("devchain: stored chain %s has no chain config", genesis)
	}
	return config.ChainID, nil
}
