package client_test

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/clienttest"
	"github.com/bmail-network/bmail/client/store"
)

// TestPruneUnpaid: unpaid mail (held back from a stranger, or waiting for
// a payment that never comes) is deleted once it is older than the unpaid
// retention the inbox relays state in NIP-11; younger unpaid mail and
// shown mail stay.
func TestPruneUnpaid(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 2})
	var skew atomic.Int64
	clock := func() time.Time { return time.Now().Add(time.Duration(skew.Load())) }
	bob, _ := w.NewUser("bob", clienttest.UserOptions{Client: func(o *client.Options) { o.Now = clock }})
	alice, carol := w.User("alice"), w.User("carol")
	bundle := must[*client.Peer](t)(alice.Resolve(ctx, bob.Address())).Bundle
	forge(t, ctx, w, carol.Identity(), nil, bundle, true, "held: free from a stranger")
	forge(t, ctx, w, carol.Identity(), nil, bundle, false, "waiting: never paid")
	send(t, ctx, alice, "paid and shown", "b", bob)
	rep := syncShown(t, ctx, bob)
	if rep.HeldBack != 1 || rep.Waiting != 1 || rep.Pruned != 0 {
		t.Fatalf("before: %+v", rep)
	}

	var retention time.Duration
	for _, ri := range must[[]client.RelayInfo](t)(bob.Relays(ctx)) {
		if ri.Inbox && ri.Terms != nil {
			retention = max(retention, time.Duration(ri.Terms.Retention.UnpaidSeconds)*time.Second)
		}
	}
	if retention < 2*time.Hour {
		t.Fatalf("the relays state an unpaid retention of %s", retention)
	}
	counts := func() map[store.EnvelopeState]int {
		return must[map[store.EnvelopeState]int](t)(bob.Store().CountEnvelopes(ctx))
	}
	// (With the clock moved on, the relays refuse Bob's AUTH; the chain
	// is read all the same, which is what pruning waits for.)
	skew.Store(int64(retention - time.Hour))
	if rep, err := bob.Sync(ctx); err != nil || rep.Pruned != 0 || rep.ChainErr != "" {
		t.Fatalf("within the retention: %+v %v", rep, err)
	}
	skew.Store(int64(retention + time.Hour))
	if rep, err := bob.Sync(ctx); err != nil || rep.Pruned != 2 || rep.HeldBack != 0 || rep.Waiting != 0 {
		t.Fatalf("past the retention: %+v %v", rep, err)
	}
	if n := counts(); n[store.EnvShown] != 1 || n[store.EnvHeld]+n[store.EnvWaiting] != 0 {
		t.Fatalf("envelopes left %v", n)
	}
	if s := inboxSubjects(t, ctx, bob); len(s) != 1 || s[0] != "paid and shown" {
		t.Fatalf("inbox %v", s)
	}
}
