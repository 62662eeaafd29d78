package chain_test

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/contracts/chaintest"
	"github.com/bmail-network/bmail/relay/chain"
	"github.com/bmail-network/bmail/relay/store"
	"github.com/bmail-network/bmail/relay/wire"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// busyLogIndex is the simulated chain's client with chaintest.BusyLogs for
// its log queries.
type busyLogIndex struct {
	chain.Source
	*chaintest.BusyLogs
}

func (b busyLogIndex) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return b.BusyLogs.FilterLogs(ctx, q)
}

// warnings is a slog handler that hands each warning's "err" to onWarn.
type warnings struct{ onWarn func(msg string, err error) }

func (w warnings) Enabled(context.Context, slog.Level) bool { return true }
func (w warnings) WithAttrs([]slog.Attr) slog.Handler       { return w }
func (w warnings) WithGroup(string) slog.Handler            { return w }
func (w warnings) Handle(_ context.Context, r slog.Record) error {
	if r.Level != slog.LevelWarn {
		return nil
	}
	var err error
	r.Attrs(func(a slog.Attr) bool {
		if a.Key == "err" {
			err, _ = a.Value.Any().(error)
		}
		return true
	})
	w.onWarn(r.Message, err)
	return nil
}

// TestFollowerLogIndexBusy: a follower whose node answers "log index busy"
// a few times still marks the payment in the same step; a node that stays
// busy costs a bounded number of calls, the step fails with the node's error
// and commits nothing, Run logs it as a warning and keeps polling, and the
// next step after the index settles marks the payment.
func TestFollowerLogIndexBusy(t *testing.T) {
	ctx := context.Background()
	fx := setup(t)
	fx.catchUp()
	alice := must(wire.GenerateSigner())
	fx.bundleFor(alice, fx.c.Addrs[recipient])
	s1, s2 := [32]byte{3}, [32]byte{4}
	env1 := fx.envelopeTo(alice, crypto.Keccak256Hash(s1[:]))
	env2 := fx.envelopeTo(alice, crypto.Keccak256Hash(s2[:]))

	busy := busyLogIndex{fx.c.Client, &chaintest.BusyLogs{Next: fx.c.Client, Fail: 3, Err: chaintest.ErrLogIndexBusy}}
	var onWarn func(string, error)
	f := chain.New(busy, fx.st, chain.Config{Contract: fx.c.Contract, Depth: 2, MaxRange: 100, ReorgDepth: 4,
		PollInterval: 10 * time.Millisecond,
		Logger:       slog.New(warnings{onWarn: func(m string, err error) { onWarn(m, err) }})})

	// Busy three times: the same step asks again and marks the payment.
	fx.pay(recipient, s1)
	fx.commit(2)
	more, err := f.Step(ctx)
	if err != nil || more || busy.Calls != 4 {
		t.Fatalf("after three busy answers: more %v, %v, %d log queries (want 4)", more, err, busy.Calls)
	}
	if fx.state(env1) != store.StatePaid {
		t.Fatalf("envelope is %v after the step that read its final Delivered log", fx.state(env1))
	}

	// Always busy: a bounded number of queries, the node's error, no commit.
	fx.pay(recipient, s2)
	fx.commit(2)
	before, _, _ := fx.st.Cursor(ctx)
	busy.Fail, busy.Calls = 1<<30, 0
	start := time.Now()
	if _, err := f.Step(ctx); err == nil || !strings.Contains(err.Error(), contracts.LogIndexBusy) ||
		busy.Calls != contracts.LogIndexAttempts {
		t.Fatalf("always busy: %v after %d log queries, want the node's error after %d", err, busy.Calls, contracts.LogIndexAttempts)
	}
	t.Logf("always busy: gave up after %d queries in %v", busy.Calls, time.Since(start).Round(time.Millisecond))
	if after, _, _ := fx.st.Cursor(ctx); after != before || fx.state(env2) != store.StateUnpaid {
		t.Fatalf("a failed step moved the cursor %d -> %d or marked the envelope (%v)", before.Number, after.Number, fx.state(env2))
	}

	// Run logs the failed step as a warning and does not hang in it.
	busy.Calls = 0
	runCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	var warned error
	onWarn = func(msg string, err error) {
		if warned == nil {
			warned = err
			cancel()
		}
	}
	if err := f.Run(runCtx); !errors.Is(err, context.Canceled) {
		t.Fatalf("Run returned %v, want it cancelled after its first warning", err)
	}
	if warned == nil || !strings.Contains(warned.Error(), contracts.LogIndexBusy) || busy.Calls != contracts.LogIndexAttempts {
		t.Fatalf("Run warned %v after %d log queries, want the node's error after %d", warned, busy.Calls, contracts.LogIndexAttempts)
	}

	// The index settles: the next step marks the payment.
	busy.Fail, busy.Calls = 0, 0
	if _, err := f.Step(ctx); err != nil || busy.Calls != 1 || fx.state(env2) != store.StatePaid {
		t.Fatalf("after the index settled: %v, %d log queries, envelope %v", err, busy.Calls, fx.state(env2))
	}
}
