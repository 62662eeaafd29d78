package tui_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/demo"
	"github.com/bmail-network/bmail/client/devnet"
	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/client/tui"
	"github.com/bmail-network/bmail/client/tui/common"
)

// fixedWords pins a person's keys (so addresses and fingerprints in the
// golden files are the same on every run).
func fixedWords(name string) *identity.Mnemonic {
	seed := map[string]byte{"You": 1, "Alice": 2, "Bob": 3, "Carol": 4}[name]
	e := make([]byte, 32)
	for i := range e {
		e[i] = seed*17 + byte(i)
	}
	m, err := identity.MnemonicFromEntropy(e)
	if err != nil {
		panic(err)
	}
	return m
}

// TestTry runs the UI on the world `bmail try` builds — the embedded dev
// chain with BMail, two relays, you, Alice, Bob and Carol with mail
// exchanged — and walks every screen and the main flows, comparing each
// screen with its golden file.
func TestTry(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain")
	}
	ctx := context.Background()
	dir := t.TempDir()
	net, err := devnet.Start(ctx, devnet.Options{DataDir: filepath.Join(dir, "devnet"), RelayFeeGwei: demo.RelayFeeGwei})
	if err != nil {
		t.Fatal(err)
	}
	defer net.Close()
	world, err := demo.Seed(ctx, net, dir, demo.SeedOptions{Mnemonic: fixedWords})
	if err != nil {
		t.Fatal(err)
	}
	defer world.Close()
	you := world.You
	opts := tui.Options{Backend: you, Live: true, AckDelay: time.Hour}

	parent := t
	h := start(t, opts)
	t.Run("inbox", func(t *testing.T) {
		h.t = t
		s := h.waitText("Welcome to b-mail", "Lunch on Thursday?", "WIN A FREE CRUISE", "● relays 2/2", "chain final")
		if !strings.Contains(s, "DEVNET") {
			t.Error("a dev network's screen has no DEVNET banner")
		}
		h.golden(s)
	})
	t.Run("reader", func(t *testing.T) {
		h.t = t
		h.keys("G", "enter")
		h.golden(h.waitText("Subject  Welcome to b-mail", "no verdict yet"))
	})
	t.Run("search-in-pager", func(t *testing.T) {
		h.t = t
		h.keys("/")
		h.typ("reply")
		h.keys("enter")
		h.golden(h.waitText("“reply” 1/1"))
	})
	t.Run("ack-menu", func(t *testing.T) {
		h.t = t
		h.keys("A")
		h.golden(h.waitText("[v] valuable"))
	})
	t.Run("ack-pending", func(t *testing.T) {
		h.t = t
		h.keys("v")
		h.golden(h.waitText("VALUABLE in 1 h · u undo"))
	})
	t.Run("ack-undo", func(t *testing.T) {
		h.t = t
		h.keys("u")
		s := h.waitText("valuable verdict undone: nothing was submitted", "no verdict yet")
		h.golden(s)
		m, err := you.Messages(ctx, client.Query{Folder: store.FolderInbox})
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range m {
			if x.Ack != store.AckNone {
				t.Fatalf("an undone ack was submitted: %+v", x.Subject)
			}
		}
	})
	t.Run("ack-submitted", func(t *testing.T) {
		h.t = t
		h.keys("A", "v", "!")
		h.golden(h.waitText("✓ valuable submitted"))
		rep, err := you.Reputation(ctx, world.People["Alice"].Address())
		if err != nil {
			t.Fatal(err)
		}
		if rep.Earned == 0 {
			t.Error("Alice earned no reputation from the valuable ack")
		}
	})
	t.Run("help", func(t *testing.T) {
		h.t = t
		h.keys("?")
		h.golden(h.waitText("Keys", "copy fingerpri"))
		h.keys("esc")
		h.waitText("✓ valuable submitted")
	})
	t.Run("compose", func(t *testing.T) {
		h.t = t
		h.keys("q")
		h.waitText("[Inbox")
		h.keys("m")
		h.waitText("› To")
		h.typ("Ali")
		h.waitText("completes: Alice")
		h.keys("ctrl+n", "tab", "tab")
		h.typ("Notes from the relay meetup")
		h.keys("tab")
		h.typ("Hi Alice,\n\nThe notes are below. Thanks for the tour!\n")
		h.golden(h.waitText("Alice", "gwei (fee", "fresh)", "saved"))
	})
	t.Run("review", func(t *testing.T) {
		h.t = t
		h.keys("ctrl+r")
		h.golden(h.waitText("Review", "[y] pay", "Balance"))
	})
	t.Run("outbox-final", func(t *testing.T) {
		h.t = t
		h.keys("y")
		h.golden(h.wait("the new item final", finalAndSaid))
		sent, err := you.Messages(ctx, client.Query{Folder: store.FolderSent})
		if err != nil {
			t.Fatal(err)
		}
		if len(sent) == 0 || sent[0].Subject != "Notes from the relay meetup" || sent[0].Fee == 0 {
			t.Fatalf("the sent folder does not hold the paid mail: %+v", sent)
		}
	})
	t.Run("contacts", func(t *testing.T) {
		h.t = t
		h.keys("2")
		h.golden(h.waitText("Bob", "mutual: free both ways"))
	})
	t.Run("free-mail-review", func(t *testing.T) {
		h.t = t
		h.keys("j", "m")
		h.waitText("› Subject")
		h.typ("Thursday")
		h.keys("tab")
		h.typ("See you at noon.")
		h.waitText("free (they accept")
		h.keys("ctrl+r")
		h.golden(h.waitText("[y] send for free"))
	})
	t.Run("free-mail-sent", func(t *testing.T) {
		h.t = t
		h.keys("y")
		h.golden(h.wait("the free mail final", finalAndSaid))
	})
	t.Run("account", func(t *testing.T) {
		h.t = t
		h.keys("3")
		h.golden(h.waitText("Balance", "Earned 30d", "samples"))
	})
	t.Run("relays", func(t *testing.T) {
		h.t = t
		h.keys("4")
		h.golden(h.wait("relay terms", func(s string) bool {
			return strings.Count(s, "● up") == 2 && strings.Contains(s, "fee 1,000 gwei")
		}))
	})
	t.Run("hostile-subject", func(t *testing.T) {
		h.t = t
		h.keys("1")
		alice := world.People["Alice"]
		if _, err := alice.Send(ctx, client.SendRequest{To: []string{you.Address().Hex()}, Subject: hostile,
			Body: "Pay now\x1b[8m hidden\x1b[0m\u202eevil"}); err != nil {
			t.Fatal(err)
		}
		s := h.waitText("[Inbox 4]", "● Alice          Invoice")
		h.golden(s)
		raw := h.rawScreen()
		for _, bad := range []string{"\x1b]", "\x1b[2J", "\a", "\u202e", "\u0085", "\x9b", "pwned\a"} {
			if strings.Contains(raw, bad) {
				t.Errorf("the screen carries %q from a sender", bad)
			}
		}
		h.keys("enter")
		h.waitText("Pay now")
		raw = h.rawScreen()
		if strings.Contains(raw, "\x1b[8m") || strings.Contains(raw, "\u202e") {
			t.Error("the reader shows the sender's escape sequences")
		}
		h.keys("q")
	})
	// Offline: the network stops; the UI opens from the local store, shows
	// the mail, queues a send, and says it is offline.
	t.Run("offline", func(t *testing.T) {
		cfg, id := you.Config(), you.Identity()
		world.Close()
		you.Close()
		net.Close()
		c, err := client.Open(ctx, cfg, client.Options{Identity: id, RelayTimeout: time.Second})
		if err != nil {
			t.Fatal(err)
		}
		parent.Cleanup(func() { c.Close() })
		h = start(parent, tui.Options{Backend: c, Live: true})
		h.t = t
		h.golden(h.waitText("Welcome to b-mail", "relays 0/2 (offline, retrying)"))
	})
	t.Run("offline-review", func(t *testing.T) {
		h.t = t
		h.keys("m")
		h.waitText("› To")
		h.typ("Alice")
		h.keys("tab", "tab")
		h.typ("Written offline")
		h.keys("tab")
		h.typ("Sent when the network is back.")
		h.keys("ctrl+r")
		h.golden(h.waitText("[y] queue it", "price unknown: offline"))
	})
	t.Run("offline-queued", func(t *testing.T) {
		h.t = t
		h.keys("y")
		h.golden(h.waitText("[Outbox", "Written offline", "waits for the network"))
	})
}

// firstItemFinal: the newest outbox item (the selected one) is final.
func firstItemFinal(s string) bool {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "› #") && i+1 < len(lines) {
			return strings.Contains(lines[i+1], "✓ sent")
		}
	}
	return false
}

// finalAndSaid: the newest item is final and the UI said so.
func finalAndSaid(s string) bool { return firstItemFinal(s) && strings.Contains(s, "is final: sent") }

// TestOnboarding creates an identity through the UI: the passphrase twice,
// the words, three of them asked back (a wrong one refused), the address to
// fund, then the mail screen on the new, offline client.
func TestOnboarding(t *testing.T) {
	home := t.TempDir()
	cfg := config.Default()
	cfg.Home = home
	cfg.Relays = []string{"ws://127.0.0.1:9"}
	var opened *client.Client
	o := tui.Options{
		Onboard: tui.OnboardOptions{Home: home, Relays: cfg.Relays, KDF: identity.KDFParams{Time: 1, MemoryKiB: 64, Threads: 1},
			Mnemonic: fixedWords("You"), Checks: []int{3, 11, 20}, Now: func() time.Time { return testNow }},
		Open: func(ctx context.Context, id *identity.Identity) (common.Backend, error) {
			c, err := client.Open(ctx, cfg, client.Options{Identity: id, RelayTimeout: time.Second})
			opened = c
			return c, err
		},
	}
	t.Cleanup(func() {
		if opened != nil {
			opened.Close()
		}
	})
	h := start(t, o)
	words := fixedWords("You").Words()
	t.Run("welcome", func(t *testing.T) {
		h.t = t
		h.golden(h.waitText("Welcome to b-mail", "[c] create"))
	})
	t.Run("passphrase", func(t *testing.T) {
		h.t = t
		h.keys("c")
		h.typ("short")
		h.keys("enter")
		h.golden(h.waitText("at least 8 characters"))
	})
	t.Run("words", func(t *testing.T) {
		h.t = t
		h.typ("correct horse battery")
		h.keys("enter")
		h.waitText("Type the passphrase again")
		h.typ("correct horse battery")
		h.keys("enter")
		h.golden(h.waitText("Your recovery phrase (24 words)", words[23]))
	})
	t.Run("check", func(t *testing.T) {
		h.t = t
		h.keys("enter")
		h.waitText("what is word number 3?")
		h.typ(words[4])
		h.keys("enter")
		h.golden(h.waitText("that is not word 3"))
		h.typ(words[2])
		h.keys("enter")
		h.waitText("what is word number 11?")
		h.typ(words[10])
		h.keys("enter")
		h.typ(words[19])
		h.keys("enter")
	})
	t.Run("done", func(t *testing.T) {
		h.t = t
		h.golden(h.waitText("✓ Your identity is ready", "Address"))
		id, err := client.UnlockIdentity(home, []byte("correct horse battery"))
		if err != nil {
			t.Fatalf("the keystore onboarding wrote does not open: %v", err)
		}
		want, _ := identity.FromMnemonic(fixedWords("You"), 0)
		if id.Address != want.Address {
			t.Fatalf("keystore for %s, want %s", id.Address, want.Address)
		}
	})
	t.Run("opened", func(t *testing.T) {
		h.t = t
		h.keys("enter")
		s := h.waitText("[Inbox]", "No mail here.")
		if strings.Contains(s, "DEVNET") {
			t.Error("DEVNET banner on a profile that is not a dev network")
		}
		h.golden(s)
	})
}

// TestPanicRestoresTerminal: a panic in a client call (run as a command)
// ends the program with ErrProgramPanic after the terminal is restored.
func TestPanicRestoresTerminal(t *testing.T) {
	home := t.TempDir()
	cfg := config.Default()
	cfg.Home = home
	id, err := identity.FromMnemonic(fixedWords("Bob"), 0)
	if err != nil {
		t.Fatal(err)
	}
	c, err := client.Open(context.Background(), cfg, client.Options{Identity: id})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	err = runPanicking(t, panicky{c})
	if !errors.Is(err, errProgramPanic) {
		t.Fatalf("Run = %v, want a program panic", err)
	}
}
