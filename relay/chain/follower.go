// Package chain follows the BMail contract's final Delivered logs and marks
// the envelopes they pay for as paid in the relay's store.
//
// Invariants:
//   - Only final blocks are read: the chain head minus Depth confirmations,
//     or the node's "safe" head when UseSafeHead is set.
//   - Logs are fetched in ranges of at most MaxRange blocks; after each
//     range the payments and the cursor (number, hash of its last block) are
//     committed in one transaction.
//   - A log query that meets the node's log index mid-write is asked again
//     within the same step (bounded: contracts.FilterLogs); if the index
//     stays busy, or on any other node error, the step fails, nothing is
//     committed and Run logs a warning and tries again after PollInterval.
//   - Before each step the cursor's hash is compared with the chain's block
//     at that number; on a mismatch the follower rolls back ReorgDepth
//     blocks (payments above are forgotten, their envelopes return to
//     unpaid) and re-reads from there.
package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/relay/store"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// Source is the part of an Ethereum client the follower reads
// (ethclient.Client and simulated.Client both satisfy it).
type Source interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	contracts.LogFilterer
}

// Sink is where payments go (the relay's store).
type Sink interface {
	Cursor(ctx context.Context) (store.ChainCursor, bool, error)
	MarkPaid(ctx context.Context, c store.ChainCursor, p []store.Payment) (int, error)
	Rollback(ctx context.Context, c store.ChainCursor) (int, error)
}

var _ Sink = (*store.Store)(nil)

// Defaults.
const (
	DefaultDepth        = 12
	DefaultMaxRange     = 2000
	DefaultReorgDepth   = 64
	DefaultPollInterval = 4 * time.Second
)

// Config configures a Follower.
type Config struct {
	Contract     common.Address
	Depth        uint64 // confirmations before a block counts as final
	UseSafeHead  bool   // use the node's "safe" block instead of Depth
	MaxRange     uint64 // blocks per log query
	ReorgDepth   uint64 // how far to step back on a hash mismatch (≥ Depth)
	StartBlock   uint64 // first block to read when there is no cursor yet (0: the current final block)
	PollInterval time.Duration
	Logger       *slog.Logger
	// OnMarked observes envelopes marked paid; OnRollback, rollbacks.
	OnMarked   func(n int)
	OnRollback func(from, to uint64)
}

// Follower follows Delivered logs into a Sink.
type Follower struct {
	src  Source
	sink Sink
	cfg  Config
}

// New makes a follower.
func New(src Source, sink Sink, cfg Config) *Follower {
	if cfg.Depth == 0 && !cfg.UseSafeHead {
		cfg.Depth = DefaultDepth
	}
	if cfg.MaxRange == 0 {
		cfg.MaxRange = DefaultMaxRange
	}
	if cfg.ReorgDepth < max(cfg.Depth, 1) {
		cfg.ReorgDepth = max(DefaultReorgDepth, cfg.Depth)
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = DefaultPollInterval
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &Follower{src: src, sink: sink, cfg: cfg}
}

// Run steps until ctx ends, sleeping PollInterval when caught up.
func (f *Follower) Run(ctx context.Context) error {
	for {
		more, err := f.Step(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			f.cfg.Logger.Warn("chain follower step failed", "err", err)
		}
		if more && err == nil {
			continue
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(f.cfg.PollInterval):
		}
	}
}

// finalHead returns the newest final block number.
func (f *Follower) finalHead(ctx context.Context) (uint64, error) {
	if f.cfg.UseSafeHead {
		h, err := f.src.HeaderByNumber(ctx, big.NewInt(int64(rpc.SafeBlockNumber)))
		if err != nil {
			return 0, fmt.Errorf("safe head: %w", err)
		}
		return h.Number.Uint64(), nil
	}
	h, err := f.src.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("head: %w", err)
	}
	n := h.Number.Uint64()
	if n < f.cfg.Depth {
		return 0, errNoFinalBlock
	}
	return n - f.cfg.Depth, nil
}

var errNoFinalBlock = errors.New("no final block yet")

func (f *Follower) hashAt(ctx context.Context, n uint64) (common.Hash, error) {
	h, err := f.src.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return common.Hash{}, fmt.Errorf("header %d: %w", n, err)
	}
	return h.Hash(), nil
}

// Step checks the cursor for a reorg, then reads one range of final blocks.
// It reports whether more final blocks remain to be read.
func (f *Follower) Step(ctx context.Context) (more bool, err error) {
	final, err := f.finalHead(ctx)
	if errors.Is(err, errNoFinalBlock) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	cur, ok, err := f.sink.Cursor(ctx)
	if err != nil {
		return false, err
	}
	var from uint64
	if ok {
		h, err := f.hashAt(ctx, cur.Number)
		if err != nil {
			return false, err
		}
		if h != cur.Hash {
			back := uint64(0)
			if cur.Number > f.cfg.ReorgDepth {
				back = cur.Number - f.cfg.ReorgDepth
			}
			bh, err := f.hashAt(ctx, back)
			if err != nil {
				return false, err
			}
			n, err := f.sink.Rollback(ctx, store.ChainCursor{Number: back, Hash: bh})
			if err != nil {
				return false, err
			}
			f.cfg.Logger.Warn("chain reorganised under the cursor: rolled back", "from", cur.Number, "to", back, "unmarked", n)
			if f.cfg.OnRollback != nil {
				f.cfg.OnRollback(cur.Number, back)
			}
			return true, nil
		}
		from = cur.Number + 1
	} else {
		from = f.cfg.StartBlock
		if from == 0 {
			from = final
		}
	}
	if from > final {
		return false, nil
	}
	to := min(final, from+f.cfg.MaxRange-1)
	logs, err := contracts.FilterLogs(ctx, f.src, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: []common.Address{f.cfg.Contract}, // Delivered is anonymous: no topic selects every recipient
	})
	if err != nil {
		return false, fmt.Errorf("logs %d..%d: %w", from, to, err)
	}
	var pays []store.Payment
	for i := range logs {
		lg := &logs[i]
		if lg.Removed {
			continue
		}
		d, err := contracts.UnpackDelivered(lg)
		if err != nil {
			continue // another event of the contract
		}
		var to32 [32]byte
		copy(to32[12:], d.To[:])
		pays = append(pays, store.Payment{Block: lg.BlockNumber, LogIndex: lg.Index,
			MsgID: crypto.Keccak256Hash(d.Secret[:]), To: to32})
	}
	th, err := f.hashAt(ctx, to)
	if err != nil {
		return false, err
	}
	n, err := f.sink.MarkPaid(ctx, store.ChainCursor{Number: to, Hash: th}, pays)
	if err != nil {
		return false, err
	}
	if n > 0 && f.cfg.OnMarked != nil {
		f.cfg.OnMarked(n)
	}
	return to < final, nil
}
