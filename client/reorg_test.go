package client_test

import (
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/clienttest"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/store"
)

// TestReorgOfPayingBlock: the block that paid for shown mail is
// reorganised out: the mail goes back to pending (hidden, counted as
// waiting) and comes back when the payment is mined again, once.
func TestReorgOfPayingBlock(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 2})
	alice, bob := w.User("alice"), w.User("bob")
	events, stop := bob.Events()
	defer stop()

	st := send(t, ctx, alice, "paid", "then reorged", bob)
	syncShown(t, ctx, bob)
	if s := inboxSubjects(t, ctx, bob); !slices.Equal(s, []string{"paid"}) {
		t.Fatalf("inbox %v", s)
	}
	inbox := must[[]client.Message](t)(bob.Inbox(ctx))
	msgID := inbox[0].ID

	resume := w.Pause()
	payBlock := st.Recipients[0].Block
	ph, err := w.Chain.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(payBlock-1))
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Chain.Backend.Fork(ph.Hash()); err != nil {
		t.Fatal(err)
	}
	rep := syncShown(t, ctx, bob)
	if s := inboxSubjects(t, ctx, bob); len(s) != 0 {
		t.Fatalf("mail still shown after its payment was reorganised out: %v", s)
	}
	if rep.Waiting != 1 {
		t.Fatalf("sync after reorg: %+v", rep)
	}
	hidden := false
	for len(events) > 0 {
		if e := <-events; e.Kind == client.EventMailHidden && e.MessageID == msgID {
			hidden = true
		}
	}
	if !hidden {
		t.Fatal("no mail-hidden event")
	}
	// The payment is mined again (the pool re-injected it) on the new chain.
	w.Chain.Backend.Commit()
	w.Chain.Backend.Commit()
	resume()
	syncShown(t, ctx, bob)
	if s := inboxSubjects(t, ctx, bob); !slices.Equal(s, []string{"paid"}) {
		t.Fatalf("inbox after the payment came back: %v", s)
	}
	again := must[[]client.Message](t)(bob.Inbox(ctx))
	if again[0].ID != msgID {
		t.Fatal("the message came back as a new row")
	}
	it := must[*store.OutboxItem](t)(alice.Store().Outbox(ctx, st.ID))
	if n := deliveredCount(t, w, bob, bob.Address(), it.Recipients[0].Secret); n != 1 {
		t.Fatalf("paid %d times", n)
	}
}

// TestSenderFollowsReorgBeforeFinal: with confirmations, a payment whose
// block is reorganised out before it is final goes back to paying and is
// re-sent as recorded; it lands once.
func TestSenderFollowsReorgBeforeFinal(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 2})
	bob := w.User("bob")
	m, id := newIdentity(t)
	first, home := w.NewUser("alice", clienttest.UserOptions{Mnemonic: m})
	first.Close()
	alice, err := w.Open(home, id, func(c *config.Config) { c.Chain.Confirmations = 3 }, nil)
	if err != nil {
		t.Fatal(err)
	}
	oid, err := alice.Enqueue(ctx, client.SendRequest{To: []string{bob.Address().Hex()}, Subject: "s", Body: "b"})
	if err != nil {
		t.Fatal(err)
	}
	// Drive until mined but not final (3 confirmations never come: the
	// miner only seals blocks for transactions).
	for i := 0; ; i++ {
		st, err := alice.ResumeOutbox(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st[0].State == store.OutPaid {
			break
		}
		if i == 200 {
			t.Fatalf("not mined: %+v", st[0])
		}
		time.Sleep(10 * time.Millisecond)
	}
	it := must[*store.OutboxItem](t)(alice.Store().Outbox(ctx, oid))
	r := it.Recipients[0]
	if r.PayState != store.PayMined {
		t.Fatalf("pay state %s", r.PayState)
	}
	resume := w.Pause()
	ph, _ := w.Chain.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(r.Block-1))
	if err := w.Chain.Backend.Fork(ph.Hash()); err != nil {
		t.Fatal(err)
	}
	w.Chain.Backend.Commit() // the re-injected payment, in a new block
	for i := 0; i < 4; i++ {
		w.Chain.Backend.Commit()
	}
	resume()
	st, err := alice.RunOutbox(ctx, oid)
	if err != nil || st.State != store.OutFinal {
		t.Fatalf("%v %+v", err, st)
	}
	it = must[*store.OutboxItem](t)(alice.Store().Outbox(ctx, oid))
	if it.Recipients[0].BlockHash == r.BlockHash {
		t.Fatal("final on the reorganised block")
	}
	if n := deliveredCount(t, w, alice, bob.Address(), r.Secret); n != 1 {
		t.Fatalf("paid %d times", n)
	}
}
