package chain

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/contracts/chaintest"
	"github.com/bmail-network/bmail/pricing"
)

// automine commits a block whenever transactions are pending, until the
// test ends or pause is held.
func automine(t *testing.T, c *chaintest.Chain) *sync.Mutex {
	var pause sync.Mutex
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ctx.Err() == nil {
			pause.Lock()
			if n, err := c.Client.PendingTransactionCount(ctx); err == nil && n > 0 {
				c.Backend.Commit()
			}
			pause.Unlock()
			time.Sleep(5 * time.Millisecond)
		}
	}()
	t.Cleanup(func() { cancel(); <-done })
	return &pause
}

func newChain(t *testing.T, sim *chaintest.Chain, i int) *Chain {
	t.Helper()
	c, err := New(context.Background(), sim.Client, sim.Keys[i], Config{Contract: sim.Contract, ChainID: chaintest.ChainID, Poll: 5 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestChain(t *testing.T) {
	ctx := context.Background()
	sim := chaintest.New(t, 3)
	pause := automine(t, sim)
	alice, bob := newChain(t, sim, 1), newChain(t, sim, 2)

	if _, err := New(ctx, sim.Client, sim.Keys[1], Config{Contract: sim.Contract, ChainID: big.NewInt(5)}); !errors.Is(err, ErrWrongChain) {
		t.Fatalf("wrong chain id: %v", err)
	}
	if _, err := New(ctx, sim.Client, sim.Keys[1], Config{Contract: common.HexToAddress("0x1234")}); !errors.Is(err, ErrNoContract) {
		t.Fatalf("no contract: %v", err)
	}

	if _, err := alice.Transact(ctx, alice.ABI().PackRegister([32]byte{7}), nil); err != nil {
		t.Fatal(err)
	}
	if h, err := bob.BundleOf(ctx, alice.From()); err != nil || h != [32]byte{7} {
		t.Fatalf("bundleOf %x %v", h, err)
	}
	if _, err := alice.Transact(ctx, alice.ABI().PackDeposit(), big.NewInt(1e15)); err != nil {
		t.Fatal(err)
	}
	if b, _ := alice.BalanceGwei(ctx, alice.From()); b != 1e6 {
		t.Fatalf("balance %d", b)
	}

	// The cached state prices exactly as the contract's quote().
	q, err := alice.QuoteState(ctx, pricing.PersonalID, bob.From())
	if err != nil {
		t.Fatal(err)
	}
	bd, err := pricing.Quote(q.Params, q.State, pricing.Request{Size: 4096, Recipients: 1, Now: q.BlockTime})
	if err != nil {
		t.Fatal(err)
	}
	out, err := alice.call(ctx, alice.ABI().PackQuote(pricing.PersonalID, alice.From(), bob.From(), 4096, 1))
	if err != nil {
		t.Fatal(err)
	}
	cq, _ := alice.ABI().UnpackQuote(out)
	if cq.Fee != bd.Fee || cq.Burn != bd.Burn {
		t.Fatalf("quote: contract %d+%d, Go %d+%d", cq.Fee, cq.Burn, bd.Fee, bd.Burn)
	}

	// A send that would revert is refused before signing.
	_, err = alice.SignTx(ctx, alice.ABI().PackSend(pricing.PersonalID, bob.From(), [32]byte{1}, 4096, bd.Price()-1, common.Address{}, 0), nil)
	if !errors.Is(err, contracts.ErrFeeAboveMax) {
		t.Fatalf("fee above max: %v", err)
	}
	// No ether for gas.
	poor, _ := crypto.GenerateKey()
	pc, _ := New(ctx, sim.Client, poor, Config{Contract: sim.Contract})
	if _, err := pc.SignTx(ctx, pc.ABI().PackRegister([32]byte{1}), nil); !errors.Is(err, ErrNoGas) {
		t.Fatalf("no gas: %v", err)
	}

	// Sign, record, broadcast twice, wait final; the log reaches Bob.
	secret := [32]byte{42}
	s, err := alice.SignTx(ctx, alice.ABI().PackSend(pricing.PersonalID, bob.From(), secret, 4096, bd.Price(), common.Address{}, 0), nil)
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := alice.Receipt(ctx, s.Hash); r != nil {
		t.Fatal("receipt before broadcast")
	}
	if err := alice.Broadcast(ctx, s.Raw); err != nil {
		t.Fatal(err)
	}
	if err := alice.Broadcast(ctx, s.Raw); err != nil {
		t.Fatalf("second broadcast: %v", err)
	}
	r, err := alice.WaitFinal(ctx, s.Hash)
	if err != nil {
		t.Fatal(err)
	}
	bobAddr := bob.From()
	logs, err := bob.DeliveredTo(ctx, &bobAddr, 0, r.BlockNumber.Uint64())
	if err != nil || len(logs) != 1 {
		t.Fatalf("logs %d %v", len(logs), err)
	}
	d := logs[0]
	if d.Secret != secret || d.From != alice.From() || d.Fee != bd.Fee || d.Size != 4096 || d.BlockTime == 0 || d.BlockHash != r.BlockHash {
		t.Fatalf("log %+v", d)
	}
	other := common.HexToAddress("0x99")
	if l, _ := bob.DeliveredTo(ctx, &other, 0, r.BlockNumber.Uint64()); len(l) != 0 {
		t.Fatal("log for someone else")
	}
	if n, _ := alice.ConfirmedNonce(ctx); n != s.Nonce+1 {
		t.Fatalf("nonce %d after %d", n, s.Nonce)
	}

	// Reorg the paying block out: no longer canonical, the receipt is gone
	// until the transaction is mined again.
	pause.Lock()
	parent, _ := sim.Client.HeaderByNumber(ctx, new(big.Int).Sub(r.BlockNumber, big.NewInt(1)))
	if err := sim.Backend.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	if final, canonical, _ := bob.IsFinal(ctx, d.Block, d.BlockHash); final || canonical {
		t.Fatalf("reorged block final %v canonical %v", final, canonical)
	}
	if rr, _ := alice.Receipt(ctx, s.Hash); rr != nil {
		t.Fatal("receipt survived the reorg")
	}
	sim.Backend.Commit()
	sim.Backend.Commit()
	pause.Unlock()
	r2, err := alice.WaitFinal(ctx, s.Hash)
	if err != nil || r2.BlockHash == r.BlockHash {
		t.Fatalf("re-mined: %v same block %v", err, r2 != nil && r2.BlockHash == r.BlockHash)
	}
	if final, canonical, _ := bob.IsFinal(ctx, d.Block, d.BlockHash); canonical || final {
		t.Fatal("old block canonical again")
	}
}

func TestConfirmations(t *testing.T) {
	ctx := context.Background()
	sim := chaintest.New(t, 2)
	c, err := New(ctx, sim.Client, sim.Keys[1], Config{Contract: sim.Contract, Confirmations: 3})
	if err != nil {
		t.Fatal(err)
	}
	head, _ := c.Head(ctx)
	f, ok, err := c.FinalHead(ctx)
	if err != nil || !ok && head.Number.Uint64() >= 3 || ok && f != head.Number.Uint64()-3 {
		t.Fatalf("final %d ok %v head %d", f, ok, head.Number)
	}
	for i := 0; i < 3; i++ {
		sim.Backend.Commit()
	}
	h2, _ := c.Head(ctx)
	if f, ok, _ := c.FinalHead(ctx); !ok || f != h2.Number.Uint64()-3 {
		t.Fatalf("final %d head %d", f, h2.Number)
	}
}

// TestDeploymentBlock: the bisection finds the block that created the
// contract, after empty blocks, and blocks after it do not move it.
func TestDeploymentBlock(t *testing.T) {
	ctx := context.Background()
	sim := chaintest.New(t, 1)
	for range 37 {
		sim.Backend.Commit()
	}
	addr, rc, err := sim.Deploy(sim.Keys[0])
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		sim.Backend.Commit()
	}
	c, err := New(ctx, sim.Client, sim.Keys[0], Config{Contract: addr, ChainID: chaintest.ChainID, Poll: 5 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.DeploymentBlock(ctx)
	if err != nil || got != rc.BlockNumber.Uint64() || got < 38 {
		t.Fatalf("deployment block %d (%v), want %d", got, err, rc.BlockNumber.Uint64())
	}
}

// busyLogIndex is the simulated chain's client with chaintest.BusyLogs for
// its log queries.
type busyLogIndex struct {
	Backend
	*chaintest.BusyLogs
}

func (b busyLogIndex) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return b.BusyLogs.FilterLogs(ctx, q)
}

// TestDeliveredToLogIndexBusy: a log query that meets the node's log index
// mid-write is asked again and returns the logs; the retries are bounded,
// and other errors are not retried.
func TestDeliveredToLogIndexBusy(t *testing.T) {
	ctx := context.Background()
	sim := chaintest.New(t, 3)
	alice := newChain(t, sim, 1)
	if _, err := sim.Transact(sim.Keys[1], alice.ABI().PackDeposit(), big.NewInt(1e15)); err != nil {
		t.Fatal(err)
	}
	bobAddr := sim.Addrs[2]
	q, err := alice.QuoteState(ctx, pricing.PersonalID, bobAddr)
	if err != nil {
		t.Fatal(err)
	}
	bd, err := pricing.Quote(q.Params, q.State, pricing.Request{Size: 4096, Recipients: 1, Now: q.BlockTime})
	if err != nil {
		t.Fatal(err)
	}
	r, err := sim.Transact(sim.Keys[1], alice.ABI().PackSend(pricing.PersonalID, bobAddr, [32]byte{9}, 4096, bd.Price(), common.Address{}, 0), nil)
	if err != nil {
		t.Fatal(err)
	}
	head := r.BlockNumber.Uint64()

	busy := busyLogIndex{sim.Client, &chaintest.BusyLogs{Next: sim.Client, Fail: 2, Err: chaintest.ErrLogIndexBusy}}
	bob, err := New(ctx, busy, sim.Keys[2], Config{Contract: sim.Contract, ChainID: chaintest.ChainID})
	if err != nil {
		t.Fatal(err)
	}
	logs, err := bob.DeliveredTo(ctx, &bobAddr, head, head)
	if err != nil || len(logs) != 1 || logs[0].Secret != [32]byte{9} || busy.Calls != 3 {
		t.Fatalf("after two busy answers: %d logs, %v, %d calls", len(logs), err, busy.Calls)
	}

	busy.Fail, busy.Calls = 1<<30, 0
	if _, err := bob.DeliveredTo(ctx, &bobAddr, head, head); err == nil || !strings.Contains(err.Error(), contracts.LogIndexBusy) ||
		busy.Calls != contracts.LogIndexAttempts {
		t.Fatalf("always busy: %v after %d calls, want the node's error after %d", err, busy.Calls, contracts.LogIndexAttempts)
	}

	busy.Fail, busy.Calls, busy.Err = 1<<30, 0, errors.New("query returned more than 10000 results")
	if _, err := bob.DeliveredTo(ctx, &bobAddr, head, head); err == nil || busy.Calls != 1 {
		t.Fatalf("another error: %v after %d calls, want it after one", err, busy.Calls)
	}
}

// laggingHead is the simulated chain's client whose latest header is the
// parent of the real one for the first `lag` calls: go-ethereum's window
// between writing a block's receipt lookups and making it the head.
type laggingHead struct {
	Backend
	lag   int
	calls int
}

func (b *laggingHead) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	h, err := b.Backend.HeaderByNumber(ctx, n)
	if err != nil || n != nil {
		return h, err
	}
	b.calls++
	if b.lag > 0 {
		b.lag--
		return b.Backend.HeaderByNumber(ctx, new(big.Int).Sub(h.Number, big.NewInt(1)))
	}
	return h, nil
}

// TestWaitMinedWaitsForHead: WaitMined returns only once the head includes
// the receipt's block, so a read of the latest state sees the transaction.
func TestWaitMinedWaitsForHead(t *testing.T) {
	ctx := context.Background()
	sim := chaintest.New(t, 2)
	lag := &laggingHead{Backend: sim.Client}
	c, err := New(ctx, lag, sim.Keys[1], Config{Contract: sim.Contract, ChainID: chaintest.ChainID})
	if err != nil {
		t.Fatal(err)
	}
	r, err := sim.Transact(sim.Keys[1], c.ABI().PackDeposit(), big.NewInt(1e15))
	if err != nil {
		t.Fatal(err)
	}
	lag.calls, lag.lag = 0, 3
	got, err := c.WaitMined(ctx, r.TxHash)
	if err != nil || got.BlockNumber.Cmp(r.BlockNumber) != 0 {
		t.Fatalf("WaitMined: %v, %v", got, err)
	}
	if lag.calls != 4 {
		t.Fatalf("latest header read %d times, want 4 (three behind, then the receipt's block)", lag.calls)
	}
}
