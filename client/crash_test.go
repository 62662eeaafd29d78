package client_test

import (
	"errors"
	"testing"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/clienttest"
	"github.com/bmail-network/bmail/client/store"
)

// TestSendCrashAtEachStep stops Send before each step (as a crash would),
// reopens the client over the same data directory and resumes: the mail
// arrives once, is paid once, and the draft survives until it is final.
func TestSendCrashAtEachStep(t *testing.T) {
	w := clienttest.New(t, clienttest.Options{Relays: 2, RelayFee: 300})
	bob := w.User("bob")
	steps := []client.Step{client.StepResolve, client.StepQuote, client.StepSeal, client.StepPost,
		client.StepSign, client.StepBroadcast, client.StepConfirm, client.StepFinalize}
	for _, step := range steps {
		t.Run(string(step), func(t *testing.T) {
			ctx := ctxT(t)
			m, id := newIdentity(t)
			crash := true
			alice, home := w.NewUser("alice-"+string(step), clienttest.UserOptions{Mnemonic: m, Client: func(o *client.Options) {
				o.StepHook = func(_ int64, s client.Step) error {
					if crash && s == step {
						return errCrash
					}
					return nil
				}
			}})
			before := must[*client.Wallet](t)(alice.Wallet(ctx))
			subject := "crash at " + string(step)
			_, err := alice.Send(ctx, client.SendRequest{To: []string{bob.Address().Hex()}, Subject: subject, Body: "still here"})
			if !errors.Is(err, errCrash) {
				t.Fatalf("send: %v", err)
			}
			items := must[[]client.OutboxStatus](t)(alice.Outbox(ctx, true))
			if len(items) != 1 {
				t.Fatalf("%d pending items", len(items))
			}
			if ds := must[[]client.Draft](t)(alice.Drafts(ctx)); len(ds) != 1 || ds[0].Subject != subject {
				t.Fatalf("draft lost at %s: %+v", step, ds)
			}
			crash = false
			alice.Close()

			alice2, err := w.Open(home, id, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			st, err := alice2.RunOutbox(ctx, items[0].ID)
			if err != nil || st.State != store.OutFinal {
				t.Fatalf("resume: %v %+v", err, st)
			}
			it := must[*store.OutboxItem](t)(alice2.Store().Outbox(ctx, items[0].ID))
			if n := deliveredCount(t, w, alice2, bob.Address(), it.Recipients[0].Secret); n != 1 {
				t.Fatalf("paid %d times", n)
			}
			after := must[*client.Wallet](t)(alice2.Wallet(ctx))
			var bd struct{ Fee, Burn, RelayFee uint64 }
			mustJSON(t, it.Recipients[0].Quote, &bd)
			spent := before.Balance - after.Balance
			if spent < it.Recipients[0].Fee || spent > it.Recipients[0].MaxFee+it.Recipients[0].RelayFee {
				t.Fatalf("balance moved by %d for one payment of fee %d (max %d + relay %d)", spent, it.Recipients[0].Fee, it.Recipients[0].MaxFee, it.Recipients[0].RelayFee)
			}
			if ds := must[[]client.Draft](t)(alice2.Drafts(ctx)); len(ds) != 0 {
				t.Fatalf("draft left after final: %d", len(ds))
			}
			syncShown(t, ctx, bob)
			n := 0
			for _, s := range inboxSubjects(t, ctx, bob) {
				if s == subject {
					n++
				}
			}
			if n != 1 {
				t.Fatalf("bob shows %q %d times", subject, n)
			}
		})
	}
}

// TestSendResignsWhenNonceTaken: a payment recorded but never broadcast
// (crash), then another transaction takes its nonce: resuming finds no
// payment on chain and the nonce gone, signs again, and pays exactly once.
func TestSendResignsWhenNonceTaken(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 2})
	bob := w.User("bob")
	m, id := newIdentity(t)
	crash := true
	alice, home := w.NewUser("alice", clienttest.UserOptions{Mnemonic: m, Client: func(o *client.Options) {
		o.StepHook = func(_ int64, s client.Step) error {
			if crash && s == client.StepBroadcast {
				return errCrash
			}
			return nil
		}
	}})
	if _, err := alice.Send(ctx, client.SendRequest{To: []string{bob.Address().Hex()}, Subject: "s", Body: "b"}); !errors.Is(err, errCrash) {
		t.Fatal(err)
	}
	items := must[[]client.OutboxStatus](t)(alice.Outbox(ctx, true))
	old := must[*store.OutboxItem](t)(alice.Store().Outbox(ctx, items[0].ID)).Recipients[0]
	// Another transaction from the same account takes the recorded nonce.
	if err := alice.Deposit(ctx, 1); err != nil {
		t.Fatal(err)
	}
	crash = false
	alice.Close()
	alice2, err := w.Open(home, id, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	st, err := alice2.RunOutbox(ctx, items[0].ID)
	if err != nil || st.State != store.OutFinal {
		t.Fatalf("resume: %v %+v", err, st)
	}
	now := must[*store.OutboxItem](t)(alice2.Store().Outbox(ctx, items[0].ID)).Recipients[0]
	if now.TxHash == old.TxHash || now.TxNonce == old.TxNonce {
		t.Fatal("the payment was not signed again")
	}
	if n := deliveredCount(t, w, alice2, bob.Address(), old.Secret); n != 1 {
		t.Fatalf("paid %d times", n)
	}
}
