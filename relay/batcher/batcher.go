package batcher

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/contracts/bindings"
	"github.com/bmail-network/bmail/relay/policies"
	"github.com/bmail-network/bmail/relay/store"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// Chain is what the batcher needs of an Ethereum node; *ethclient.Client
// has it all (and so does the client of go-ethereum's simulated backend,
// whose concrete type embeds one).
type Chain interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	// SimulateV1 is eth_simulateV1: eth_call with logs, which is how the
	// batcher learns which orders the contract would skip.
	SimulateV1(ctx context.Context, opts ethclient.SimulateOptions, block *rpc.BlockNumberOrHash) ([]ethclient.SimulateBlockResult, error)
}

var _ Chain = (*ethclient.Client)(nil)

// Defaults, chosen for an L2 with blocks every few seconds.
const (
	DefaultBatchSize      = 200              // orders: send when this many are queued; most per transaction
	DefaultMaxBatchAge    = 30 * time.Second // send when the oldest queued order is this old
	DefaultMaxTxBytes     = 120 << 10        // calldata + access list bound (geth's pool refuses transactions over 128 KiB)
	DefaultConfirmations  = 12
	DefaultReorgDepth     = 64
	DefaultBlockTime      = 2 * time.Second
	DefaultBumpAfter      = 30 * time.Second
	DefaultRebroadcast    = 15 * time.Second
	DefaultPollInterval   = 2 * time.Second
	DefaultSenderRate     = 2.0                   // orders per second per sender
	DefaultSenderBurst    = contracts.NonceWindow // a whole nonce window at once
	DefaultMaxFeeCapWei   = 200 * params.GWei     // never bid more than this per gas
	DefaultInclusionSlack = 60 * time.Second      // beyond batch age and confirmations, for inclusion
	DefaultOrderRetention = 7 * 24 * time.Hour    // settled and dropped orders kept past their deadline
	DefaultReserveGwei    = 0                     // deposit kept free beyond open orders
	bumpNum, bumpDen      = 9, 8                  // fee bump: +12.5% (replacement needs ≥ 10%)
	gasHeadroomNum        = 12                    // gas limit = simulated gas × 1.2 + 20,000
	gasHeadroomDen        = 10
	gasHeadroomAdd        = 20_000
	maxSimulationRounds   = 4
)

// Config configures a Batcher. Zero fields take the defaults above.
type Config struct {
	Contract common.Address
	ChainID  *big.Int
	// Key is the operator's order-submitting key: it signs settlement
	// transactions, pays their gas and is credited the relay fees. Orders
	// must name its address as their relay.
	Key *ecdsa.PrivateKey

	BatchSize   int           // send when this many orders are queued, and at most this many per transaction
	MaxBatchAge time.Duration // send when the oldest queued order is this old
	MaxTxGas    uint64        // per-transaction gas cap (Osaka: 2^24)
	MaxTxBytes  int           // calldata bound per transaction (with the access list when one is sent)

	Confirmations uint64 // blocks before a batch's block counts as final
	UseSafeHead   bool   // use the node's safe head instead of Confirmations
	ReorgDepth    uint64 // final batches are re-checked this deep below the head
	BlockTime     time.Duration
	// InclusionSlack is added to the batch age and the confirmation time to
	// get the shortest deadline an order may carry.
	InclusionSlack time.Duration

	BumpAfter    time.Duration // re-sign a stuck transaction with higher fees after this
	Rebroadcast  time.Duration // re-send the current version this often while unmined
	MaxFeeCapWei uint64        // ceiling on the fee cap per gas (wei)
	PollInterval time.Duration

	// MinRelayFee is the advertised relay fee (NIP-11 relay_fee_gwei):
	// orders carrying less are refused, as are orders whose fee does not
	// cover Cost.
	MinRelayFee uint64
	ReserveGwei uint64 // deposit a sender keeps free beyond its open orders
	SenderRate  float64
	SenderBurst int
	Cost        CostModel
	// OrderRetention keeps settled and dropped orders this long past their
	// deadline (answers to repeats), then deletes them with their secrets.
	OrderRetention time.Duration

	// BeforeBroadcast, when set, runs after a transaction is recorded and
	// before it is sent; an error stops the step there (tests use it to
	// stand for a crash between recording and sending).
	BeforeBroadcast func(tx *types.Transaction) error

	Logger *slog.Logger
	Now    func() time.Time
}

func (c *Config) fill() error {
	if c.Key == nil {
		return errors.New("batcher: no operator key")
	}
	if c.ChainID == nil || c.ChainID.Sign() <= 0 {
		return errors.New("batcher: no chain id")
	}
	if c.Contract == (common.Address{}) {
		return errors.New("batcher: no contract address")
	}
	setI := func(p *int, v int) {
		if *p <= 0 {
			*p = v
		}
	}
	setD := func(p *time.Duration, v time.Duration) {
		if *p <= 0 {
			*p = v
		}
	}
	setU := func(p *uint64, v uint64) {
		if *p == 0 {
			*p = v
		}
	}
	setI(&c.BatchSize, DefaultBatchSize)
	setI(&c.MaxTxBytes, DefaultMaxTxBytes)
	setI(&c.SenderBurst, DefaultSenderBurst)
	setD(&c.MaxBatchAge, DefaultMaxBatchAge)
	setD(&c.BlockTime, DefaultBlockTime)
	setD(&c.InclusionSlack, DefaultInclusionSlack)
	setD(&c.BumpAfter, DefaultBumpAfter)
	setD(&c.Rebroadcast, DefaultRebroadcast)
	setD(&c.PollInterval, DefaultPollInterval)
	setD(&c.OrderRetention, DefaultOrderRetention)
	setU(&c.MaxTxGas, params.MaxTxGas)
	setU(&c.MaxFeeCapWei, DefaultMaxFeeCapWei)
	if c.Confirmations == 0 && !c.UseSafeHead {
		c.Confirmations = DefaultConfirmations
	}
	setU(&c.ReorgDepth, max(DefaultReorgDepth, c.Confirmations))
	if c.SenderRate <= 0 {
		c.SenderRate = DefaultSenderRate
	}
	c.Cost.fill()
	if c.MaxTxGas > params.MaxTxGas {
		return fmt.Errorf("batcher: max tx gas %d above the protocol cap %d", c.MaxTxGas, params.MaxTxGas)
	}
	if c.MaxTxBytes > 128<<10-1024 {
		return fmt.Errorf("batcher: max tx bytes %d leaves no room under the 128 KiB transaction limit", c.MaxTxBytes)
	}
	if c.MinLead() >= contracts.MaxDeadlineAhead*time.Second {
		return fmt.Errorf("batcher: batch age + confirmations + slack (%v) leave no order deadline within the contract's hour", c.MinLead())
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return nil
}

// MinLead is how far ahead of the chain's time an order's deadline must be
// at intake: the longest it may wait for a batch, the time to finality,
// and slack for inclusion (a batch reorganised out must still fit).
func (c *Config) MinLead() time.Duration {
	return c.MaxBatchAge + time.Duration(c.Confirmations)*c.BlockTime + c.InclusionSlack
}

// Batcher settles payment orders. Use New, then Run (or Step); it is an
// relay.OrderIntake.
type Batcher struct {
	cfg    Config
	st     *store.Store
	chain  Chain
	abi    *bindings.BMail
	op     common.Address
	opr    *Operator
	domain [32]byte
	signer types.Signer
	m      metrics
	minFee atomic.Uint64 // the advertised relay fee (reloadable)

	mu        sync.Mutex
	senders   map[common.Address]*policies.Bucket
	lastPrune time.Time
	head      *types.Header
	headAt    time.Time
	networks  map[[32]byte]networkInfo
	sentAt    map[int64]time.Time // batch → last broadcast (memory only: a restart re-sends at once)
	noSim     bool                // the node has no eth_simulateV1
	opWei     *big.Int            // operator's ether (gas money), last seen
	opGwei    uint64              // operator's contract balance (earnings), last seen

	step sync.Mutex // one Step at a time
}

// New makes a batcher over the relay's store.
func New(st *store.Store, chain Chain, cfg Config) (*Batcher, error) {
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	b := &Batcher{
		cfg:      cfg,
		st:       st,
		chain:    chain,
		abi:      bindings.NewBMail(),
		op:       crypto.PubkeyToAddress(cfg.Key.PublicKey),
		domain:   contracts.DomainSeparator(cfg.ChainID, cfg.Contract),
		signer:   types.LatestSignerForChainID(cfg.ChainID),
		senders:  map[common.Address]*policies.Bucket{},
		networks: map[[32]byte]networkInfo{},
		sentAt:   map[int64]time.Time{},
	}
	b.opr = NewOperator(chain, cfg.Contract, cfg.ChainID, cfg.Key, cfg.MaxFeeCapWei)
	b.minFee.Store(cfg.MinRelayFee)
	b.m.init()
	return b, nil
}

// Address is the operator's order-submitting address (NIP-11 order_address).
func (b *Batcher) Address() common.Address { return b.op }

// SetMinRelayFee changes the least relay fee new orders must carry (the
// advertised fee, on a reload of the terms).
func (b *Batcher) SetMinRelayFee(gwei uint64) { b.minFee.Store(gwei) }

// Config returns the effective configuration.
func (b *Batcher) Config() Config { return b.cfg }

// Run steps every PollInterval until ctx ends.
func (b *Batcher) Run(ctx context.Context) error {
	t := time.NewTicker(b.cfg.PollInterval)
	defer t.Stop()
	for {
		if err := b.Step(ctx); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if !errors.Is(err, store.ErrClosed) {
				b.cfg.Logger.Warn("batcher step failed", "err", err)
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Step does one round: follow the batches in flight (receipts, fee bumps,
// finality, reorgs), drop queued orders that ran out of time, and send a
// new batch when enough orders are queued or the oldest is old enough.
func (b *Batcher) Step(ctx context.Context) error {
	b.step.Lock()
	defer b.step.Unlock()
	head, err := b.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	b.setHead(head)
	final, err := b.finalHead(ctx, head)
	if err != nil {
		return err
	}
	unmined, err := b.track(ctx, head, final)
	if err != nil {
		return err
	}
	if err := b.expire(ctx, head); err != nil {
		return err
	}
	if unmined {
		return nil // one unmined batch at a time
	}
	return b.build(ctx, head)
}

// finalHead is the newest final block number.
func (b *Batcher) finalHead(ctx context.Context, head *types.Header) (uint64, error) {
	if b.cfg.UseSafeHead {
		h, err := b.chain.HeaderByNumber(ctx, big.NewInt(int64(rpc.SafeBlockNumber)))
		if err != nil {
			return 0, fmt.Errorf("safe head: %w", err)
		}
		return h.Number.Uint64(), nil
	}
	n := head.Number.Uint64()
	if n < b.cfg.Confirmations {
		return 0, nil
	}
	return n - b.cfg.Confirmations, nil
}

func (b *Batcher) setHead(h *types.Header) {
	b.mu.Lock()
	b.head, b.headAt = h, b.cfg.Now()
	b.mu.Unlock()
}

// chainHead returns the latest header, re-read when the cached one is older
// than a block time.
func (b *Batcher) chainHead(ctx context.Context) (*types.Header, error) {
	b.mu.Lock()
	h, at := b.head, b.headAt
	b.mu.Unlock()
	if h != nil && b.cfg.Now().Sub(at) < b.cfg.BlockTime/2 {
		return h, nil
	}
	h, err := b.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	b.setHead(h)
	return h, nil
}
