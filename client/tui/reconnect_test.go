package tui_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/clienttest"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/client/tui"
)

// TestReconnectDeliversQueued: the only relay the UI's user and the
// recipient use stops; the user writes and confirms a mail meanwhile, which
// the UI shows held in the Outbox, not sent and not paid; the relay comes
// back on the same address with the same store; with no key pressed the UI
// reconnects (status line) and the held mail is posted, paid once and
// final, and the recipient's live client shows it exactly once.
func TestReconnectDeliversQueued(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a chain, a relay and two live clients")
	}
	// The clients' reconnect waits double from 100 ms up to this (with
	// jitter): the relay stays down for a few seconds, long enough for the
	// default cap (10 s) to make the test sit waiting for a retry.
	const maxBackoff = 400 * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := clienttest.New(t, clienttest.Options{Relays: 1})
	rl := w.Relays[0] // the only relay of both
	quick := clienttest.UserOptions{Client: func(o *client.Options) { o.RelayTimeout, o.RelayMaxBackoff = time.Second, maxBackoff }}
	alice, _ := w.NewUser("alice", quick)
	bob, _ := w.NewUser("bob", quick)
	bobDone := make(chan error, 1)
	go func() { bobDone <- bob.Run(ctx) }()
	defer func() { cancel(); <-bobDone }()

	const subject = "Written while the relay was down"
	inbox := func() []client.Message {
		t.Helper()
		ms, err := bob.Messages(ctx, client.Query{Folder: store.FolderInbox})
		if err != nil {
			t.Fatal(err)
		}
		var out []client.Message
		for _, m := range ms {
			if m.Subject == subject {
				out = append(out, m)
			}
		}
		return out
	}

	h := start(t, tui.Options{Backend: alice, Live: true})
	h.waitText("[Inbox", "● relays 1/1", "chain final")

	rl.Close()
	h.waitText("○ relays 0/1 (offline, retrying)")

	h.write(bob.Address().Hex(), subject, "Held until the relay is back.")
	h.keys("ctrl+r")
	h.waitText("[y] queue it", "price unknown: offline")
	h.keys("y")
	s := h.waitText("[Outbox", subject, "waits for the network")
	if firstItemFinal(s) || !strings.Contains(s, "(queued)") || !strings.Contains(s, "1 sending") {
		t.Fatalf("the held mail is not shown as queued:\n%s", s)
	}
	its, err := alice.Outbox(ctx, true)
	if err != nil || len(its) != 1 || its[0].Subject != subject {
		t.Fatalf("the outbox does not hold the mail: %+v, %v", its, err)
	}
	// It stays held while the relay is down: the client's live loop
	// retries it every poll and nothing goes out.
	time.Sleep(time.Second)
	if it, err := alice.OutboxItem(ctx, its[0].ID); err != nil || it.State != store.OutQueued {
		t.Fatalf("with the relay down the item is %v (%v), want queued", it.State, err)
	}
	if got := inbox(); len(got) != 0 {
		t.Fatalf("Bob has the mail while the relay is down: %+v", got)
	}

	restarted := time.Now()
	rl.Restart(t)
	s = h.wait("the UI back online and the held mail final", func(s string) bool {
		return strings.Contains(s, "● relays 1/1") && firstItemFinal(s)
	})
	t.Logf("back online and final %v after the relay restarted", time.Since(restarted).Round(10*time.Millisecond))

	deadline := time.Now().Add(waitLimit)
	for len(inbox()) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("Bob's live client never showed the mail")
		}
		time.Sleep(50 * time.Millisecond)
	}
	// Once, and it stays once (no late duplicate from a re-sent publish).
	time.Sleep(time.Second)
	if got := inbox(); len(got) != 1 || got[0].Body != "Held until the relay is back." {
		t.Fatalf("Bob's inbox holds the mail %d times: %+v", len(got), got)
	}

	// Paid exactly once: one Delivered log to Bob on the chain.
	ch, err := alice.Chain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := ch.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ba := bob.Address()
	logs, err := ch.DeliveredTo(ctx, &ba, 0, head.Number.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) != 1 {
		t.Fatalf("%d payments to Bob on the chain, want 1", len(logs))
	}
	it, err := alice.OutboxItem(ctx, its[0].ID)
	if err != nil || it.State != store.OutFinal || len(it.Recipients) != 1 || it.Recipients[0].Posted != 1 || it.Recipients[0].Fee == 0 {
		t.Fatalf("after the UI showed it sent the item is %+v (%v), want final, posted to the one relay and paid", it, err)
	}
}
