package client_test

import (
	"context"
	"math"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/chain"
	"github.com/bmail-network/bmail/client/clienttest"
)

// logWatch records the lowest block any log query asked for.
type logWatch struct {
	chain.Backend
	mu     sync.Mutex
	lowest uint64
}

func (l *logWatch) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	l.mu.Lock()
	if q.FromBlock != nil && q.FromBlock.Uint64() < l.lowest {
		l.lowest = q.FromBlock.Uint64()
	}
	l.mu.Unlock()
	return l.Backend.FilterLogs(ctx, q)
}

func (l *logWatch) reset() uint64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := l.lowest
	l.lowest = math.MaxUint64
	return n
}

// TestScanStartsAtRegistrationOrDeployment: a new store never reads logs
// from block 0 on its own. A store that made the account's first
// registration starts at that block; a restored account's new store starts
// at the contract's deployment block (found on chain, recorded), and mail
// paid before the restore is still found.
func TestScanStartsAtRegistrationOrDeployment(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 2})
	alice := w.User("alice")
	for range 40 {
		w.Chain.Backend.Commit()
	}
	watch := &logWatch{lowest: math.MaxUint64}
	m, id := newIdentity(t)
	bob, _ := w.NewUser("bob", clienttest.UserOptions{Mnemonic: m, Client: func(o *client.Options) {
		watch.Backend = o.Backend
		o.Backend = watch
	}})
	regBlock := must[uint64](t)(w.Chain.Client.BlockNumber(ctx))
	send(t, ctx, alice, "before the restore", "b", bob)
	watch.reset()
	syncShown(t, ctx, bob)
	if got := watch.reset(); got < 40 || got > regBlock {
		t.Fatalf("the first sync read logs from block %d, want the registration block (<= %d, after 40 empty blocks)", got, regBlock)
	}

	// The same account restored into a new data directory (no
	// registration from there): from the deployment block.
	watch2 := &logWatch{lowest: math.MaxUint64}
	bob2, err := w.Open(t.TempDir(), id, nil, func(o *client.Options) {
		watch2.Backend = o.Backend
		o.Backend = watch2
	})
	if err != nil {
		t.Fatal(err)
	}
	ch := must[*chain.Chain](t)(bob2.Chain(ctx))
	deployed := must[uint64](t)(ch.DeploymentBlock(ctx))
	watch2.reset()
	syncShown(t, ctx, bob2)
	if got := watch2.reset(); got != deployed || deployed >= 40 {
		t.Fatalf("the restored store read logs from block %d, want the deployment block %d", got, deployed)
	}
	if s := inboxSubjects(t, ctx, bob2); len(s) != 1 || s[0] != "before the restore" {
		t.Fatalf("restored inbox %v", s)
	}
}

// TestRelayEarningsKeptTotals: RelayEarnings reads each block's logs once:
// the totals up to the final head are kept, so a second call reads only
// the blocks after it, and its totals still count every payment.
func TestRelayEarningsKeptTotals(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 2, RelayFee: 700})
	watch := &logWatch{lowest: math.MaxUint64}
	alice, _ := w.NewUser("alice", clienttest.UserOptions{Client: func(o *client.Options) {
		watch.Backend = o.Backend
		o.Backend = watch
	}})
	bob := w.User("bob")
	total := func() (fees uint64, carried int) {
		for _, k := range w.RelayKeys {
			e := must[*client.RelayEarning](t)(alice.RelayEarnings(ctx, crypto.PubkeyToAddress(k.PublicKey), 0))
			fees, carried = fees+e.Fees, carried+e.Carried
		}
		return
	}
	send(t, ctx, alice, "one", "b", bob)
	watch.reset()
	if fees, n := total(); fees != 700 || n != 1 {
		t.Fatalf("after one mail: %d gwei over %d", fees, n)
	}
	deployed := must[uint64](t)(must[*chain.Chain](t)(alice.Chain(ctx)).DeploymentBlock(ctx))
	if got := watch.reset(); got != deployed {
		t.Fatalf("the first call read from block %d, want the deployment block %d", got, deployed)
	}
	ch := must[*chain.Chain](t)(alice.Chain(ctx))
	final, ok, err := ch.FinalHead(ctx) // where the first call's kept totals end
	if err != nil || !ok {
		t.Fatal(err)
	}
	send(t, ctx, alice, "two", "b", bob)
	watch.reset() // the send's own log search
	if fees, n := total(); fees != 1400 || n != 2 {
		t.Fatalf("after two mails: %d gwei over %d", fees, n)
	}
	if got := watch.reset(); got <= final {
		t.Fatalf("the second call read from block %d again, want only blocks after %d", got, final)
	}
}
