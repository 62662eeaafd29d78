package devchain

import (
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
)

// maxAdjustAttempts bounds how often AdjustTime re-drains the pool when
// transactions keep arriving between draining and sealing the later block.
const maxAdjustAttempts = 8

// maxTimeAdjustment bounds one AdjustTime step: a century.
const maxTimeAdjustment = 100 * 365 * 24 * time.Hour

// sealer decides when the simulated beacon seals a block: on demand (a
// pending transaction, Commit, AdjustTime) or every period. It replaces the
// mining loop catalyst.RegisterSimulatedBeaconAPIs starts for geth --dev,
// which seals from its own goroutine without any lock a second caller could
// take: Commit or AdjustTime racing it would seal two blocks on one parent.
// Here every block is sealed under mu.
//
// sealer is a node.Lifecycle; the node stops it before the Ethereum
// service.
type sealer struct {
	beacon *catalyst.SimulatedBeacon
	eth    *eth.Ethereum
	period time.Duration

	mu      sync.Mutex // held while sealing; guards stopped
	stopped bool

	quit     chan struct{}
	wake     chan struct{} // a pending transaction may be waiting; capacity 1
	done     sync.WaitGroup
	stopOnce sync.Once
}

func newSealer(beacon *catalyst.SimulatedBeacon, backend *eth.Ethereum, period time.Duration) *sealer {
	return &sealer{
		beacon: beacon,
		eth:    backend,
		period: period,
		quit:   make(chan struct{}),
		wake:   make(chan struct{}, 1),
	}
}

// Start starts sealing; the node calls it once.
func (s *sealer) Start() error {
	if s.period == 0 {
		events := make(chan core.NewTxsEvent, 16)
		sub := s.eth.TxPool().SubscribeTransactions(events, true)
		s.done.Add(2)
		go s.listen(events, sub.Err(), sub.Unsubscribe)
		go s.sealOnWake()
		return nil
	}
	s.done.Add(1)
	go s.sealEveryPeriod()
	return nil
}

// Stop stops sealing, waits for a block being sealed, and makes later
// commit and adjustTime calls return ErrClosed. It is idempotent.
func (s *sealer) Stop() error {
	s.stopOnce.Do(func() {
		close(s.quit)
		s.done.Wait()
		s.mu.Lock()
		s.stopped = true
		s.mu.Unlock()
		_ = s.beacon.Stop() // closes a channel; never fails
	})
	return nil
}

// listen turns transaction-pool events into wake-ups. It never blocks on
// sealing: the pool sends its events synchronously, and sealing waits for
// the pool, so a busy listener would deadlock the two.
func (s *sealer) listen(events <-chan core.NewTxsEvent, failed <-chan error, unsubscribe func()) {
	defer s.done.Done()
	defer unsubscribe()
	for {
		select {
		case <-s.quit:
			return
		case <-failed:
			return
		case <-events:
			select {
			case s.wake <- struct{}{}:
			default: // a wake-up is already queued
			}
		}
	}
}

// sealOnWake seals pending transactions after each wake-up.
func (s *sealer) sealOnWake() {
	defer s.done.Done()
	for {
		select {
		case <-s.quit:
			return
		case <-s.wake:
			s.mu.Lock()
			if !s.stopped {
				// A failure leaves the transactions pending; the next
				// wake-up or Commit retries.
				_ = s.drainLocked()
			}
			s.mu.Unlock()
		}
	}
}

// sealEveryPeriod seals one block per period, empty or not, as geth --dev
// with --dev.period does.
func (s *sealer) sealEveryPeriod() {
	defer s.done.Done()
	ticker := time.NewTicker(s.period)
	defer ticker.Stop()
	for {
		select {
		case <-s.quit:
			return
		case <-ticker.C:
			s.mu.Lock()
			if !s.stopped {
				_, _ = s.sealLocked()
			}
			s.mu.Unlock()
		}
	}
}

// commit seals one block with whatever is pending.
func (s *sealer) commit() (*types.Header, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped {
		return nil, ErrClosed
	}
	return s.sealLocked()
}

// adjustTime seals what is pending, then an empty block d after its parent.
func (s *sealer) adjustTime(d time.Duration) (*types.Header, error) {
	if d < time.Second || d%time.Second != 0 || d > maxTimeAdjustment {
		return nil, errTimeAdjustment(d)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped {
		return nil, ErrClosed
	}
	var err error
	for range maxAdjustAttempts {
		if err = s.drainLocked(); err != nil {
			return nil, err
		}
		before := s.eth.BlockChain().CurrentBlock()
		if err = s.beacon.AdjustTime(d); err != nil {
			continue // a transaction arrived after draining
		}
		after := s.eth.BlockChain().CurrentBlock()
		if after.Number.Cmp(before.Number) <= 0 {
			return nil, ErrNotSealed
		}
		return after, nil
	}
	return nil, fmt.Errorf("devchain: adjust time: %w", err)
}

// drainLocked seals blocks while the pool holds executable transactions. It
// stops early when a block comes out empty: what is left will not be mined
// (the miner skips it), and sealing again would spin.
func (s *sealer) drainLocked() error {
	pool := s.eth.TxPool()
	for {
		if err := pool.Sync(); err != nil {
			return fmt.Errorf("devchain: sync transaction pool: %w", err)
		}
		if executable, _ := pool.Stats(); executable == 0 {
			return nil
		}
		head, err := s.sealLocked()
		if err != nil {
			return err
		}
		block := s.eth.BlockChain().GetBlockByHash(head.Hash())
		if block == nil {
			return fmt.Errorf("devchain: sealed block %s not found", head.Hash())
		}
		if block.Transactions().Len() == 0 {
			return nil
		}
	}
}

// sealLocked seals one block. catalyst.SimulatedBeacon.Commit logs a
// failure instead of returning it, so success is read off the head.
func (s *sealer) sealLocked() (*types.Header, error) {
	before := s.eth.BlockChain().CurrentBlock()
	s.beacon.Commit()
	after := s.eth.BlockChain().CurrentBlock()
	if after.Number.Cmp(before.Number) <= 0 {
		return nil, ErrNotSealed
	}
	return after, nil
}

func errTimeAdjustment(d time.Duration) error {
	return fmt.Errorf("%w: time adjustment %v is not a whole number of seconds between 1s and %v",
		ErrInvalidConfig, d, maxTimeAdjustment)
}
