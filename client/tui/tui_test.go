package tui_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image/color"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/ethereum/go-ethereum/params"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/demo"
	"github.com/bmail-network/bmail/client/devnet"
	"github.com/bmail-network/bmail/client/format"
	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/client/newsletter"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/client/tui"
	"github.com/bmail-network/bmail/client/tui/common"
)

// fixedWords pins a person's keys (so addresses and fingerprints in the
// golden files are the same on every run).
func fixedWords(name string) *identity.Mnemonic {
	seed := map[string]byte{"You": 1, "Alice": 2, "Bob": 3, "Carol": 4, "Dave": 5}[name]
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
	// You again, with the user's new-mail hook (config notify_command): it
	// appends what it was told to a file.
	hookOut := filepath.Join(dir, "hook.out")
	hook := filepath.Join(dir, "hook.sh")
	if err := os.WriteFile(hook, []byte("#!/bin/sh\nprintf '%s|%s|%s\\n' \"$BMAIL_MESSAGE_ID\" \"$BMAIL_FROM\" \"$BMAIL_SUBJECT\" >> "+hookOut+"\n"), 0o700); err != nil {
		t.Fatal(err)
	}
	cfg, id := world.You.Config(), world.You.Identity()
	cfg.NotifyCommand = []string{hook}
	world.You.Close()
	you, err := client.Open(ctx, cfg, client.Options{Identity: id})
	if err != nil {
		t.Fatal(err)
	}
	opts := tui.Options{Backend: you, Live: true, AckDelay: time.Hour, Bell: true}

	var personWith func(t *testing.T, name string, index uint32, fund bool, adjust func(*config.Config)) *client.Client
	// person opens a client for name's keys at a key index, in its own
	// directory, funds it when asked and registers its keys.
	person := func(t *testing.T, name string, index uint32, fund bool) *client.Client {
		t.Helper()
		return personWith(t, name, index, fund, nil)
	}
	personWith = func(t *testing.T, name string, index uint32, fund bool, adjust func(*config.Config)) *client.Client {
		t.Helper()
		id, err := identity.FromMnemonic(fixedWords(name), index)
		if err != nil {
			t.Fatal(err)
		}
		if fund {
			if err := net.Fund(ctx, id.Address, big.NewInt(params.Ether)); err != nil {
				t.Fatal(err)
			}
		}
		cfg := net.Config(filepath.Join(dir, fmt.Sprintf("%s-%d", name, index)))
		if adjust != nil {
			adjust(&cfg)
		}
		c, err := client.Open(ctx, cfg, client.Options{Identity: id})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		if _, err := c.Register(ctx, client.RegisterOptions{}); err != nil {
			t.Fatal(err)
		}
		return c
	}

	parent := t
	h := start(t, opts)
	var offline *client.Client // you again, after the network stopped
	h.run(t, "inbox", func(t *testing.T) {
		s := h.waitText("Welcome to b-mail", "Lunch on Thursday?", "WIN A FREE CRUISE", "● relays 2/2", "chain final", "held back 1")
		if strings.Contains(s, "Free cruise, no strings") {
			t.Error("the unpaid mail of a stranger is shown")
		}
		if !strings.Contains(s, "DEVNET") {
			t.Error("a dev network's screen has no DEVNET banner")
		}
		h.golden(s)
	})
	h.run(t, "resize", func(t *testing.T) {
		before := h.screen()
		for _, sz := range [][2]int{{120, 40}, {60, 16}, {termW, termH}} {
			h.tm.Send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			h.wait(fmt.Sprintf("a %dx%d screen", sz[0], sz[1]), func(s string) bool {
				lines := strings.Split(s, "\n")
				if len(lines) != sz[1] {
					return false
				}
				for _, l := range lines {
					if lipgloss.Width(l) > sz[0] {
						return false
					}
				}
				return strings.Contains(s, "Lunch")
			})
		}
		if after := h.screen(); after != before {
			t.Fatalf("back at 80x24 the screen differs:\n%s\nwas:\n%s", after, before)
		}
	})
	h.run(t, "light-background", func(t *testing.T) {
		dark, text := h.rawScreen(), h.screen()
		h.tm.Send(tea.BackgroundColorMsg{Color: color.White})
		light := h.wait("light styles", func(string) bool { return h.rawScreen() != dark })
		if light != text {
			t.Fatal("the light styles changed the text, not only the colours")
		}
		h.tm.Send(tea.BackgroundColorMsg{Color: color.Black})
		h.wait("dark styles again", func(string) bool { return h.rawScreen() == dark })
	})
	h.run(t, "reader", func(t *testing.T) {
		h.keys("G", "enter")
		h.golden(h.waitText("Subject  Welcome to b-mail", "no verdict yet"))
	})
	h.run(t, "search-in-pager", func(t *testing.T) {
		h.keys("/")
		h.typ("reply")
		h.keys("enter")
		h.golden(h.waitText("“reply” 1/1"))
	})
	h.run(t, "ack-menu", func(t *testing.T) {
		h.keys("A")
		h.golden(h.waitText("[v] valuable"))
	})
	h.run(t, "ack-pending", func(t *testing.T) {
		h.keys("v")
		h.golden(h.waitText("VALUABLE in 1 h · u undo"))
	})
	h.run(t, "ack-undo", func(t *testing.T) {
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
	h.run(t, "ack-submitted", func(t *testing.T) {
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
	h.run(t, "help", func(t *testing.T) {
		h.keys("?")
		h.golden(h.waitText("Keys", "copy fingerpri"))
		h.keys("esc")
		h.waitText("✓ valuable submitted")
	})
	h.run(t, "reader-actions", func(t *testing.T) {
		h.keys("y")
		h.waitText("copied address to the clipboard (OSC 52): 0x4EFB791b")
		h.keys("Y")
		h.waitText("copied fingerprint to the clipboard (OSC 52): vkte 47wo")
		h.keys("L")
		h.waitText("https://example.org/bmail-tour")
		h.keys("enter")
		h.waitText("copied link to the clipboard (OSC 52): https://example.org/bmail-tour")
		// o opens it with $BROWSER.
		browser, opened := filepath.Join(dir, "browser.sh"), filepath.Join(dir, "opened.txt")
		if err := os.WriteFile(browser, []byte("#!/bin/sh\nprintf '%s' \"$1\" > "+opened+"\n"), 0o700); err != nil {
			t.Fatal(err)
		}
		t.Setenv("BROWSER", browser)
		h.keys("L", "o")
		h.waitText("opened https://example.org/bmail-tour")
		if b, err := os.ReadFile(opened); err != nil || string(b) != "https://example.org/bmail-tour" {
			t.Fatalf("the browser got %q, %v", b, err)
		}
		saved := filepath.Join(dir, "saved.txt")
		h.keys("s")
		h.waitText("save to:")
		h.keys("ctrl+u")
		h.typ(saved)
		h.keys("enter")
		h.waitText("saved to " + saved[:20])
		if b, err := os.ReadFile(saved); err != nil || !strings.Contains(string(b), "Welcome to b-mail") || !strings.Contains(string(b), "example.org/bmail-tour") {
			t.Fatalf("saved %q, %v", b, err)
		}
		h.keys("]") // the thread's next message: your reply
		h.waitText("Thread   2 of 2", "Re: Welcome to b-mail")
		h.keys("[")
		h.waitText("Thread   1 of 2", "Subject  Welcome to b-mail")
		h.keys("r")
		h.waitText("› writing", "Re: Welcome to b-mail", "Alice")
		h.keys("esc")
		h.waitText("[Inbox", "draft saved")
	})
	h.run(t, "editor", func(t *testing.T) {
		// $VISUAL gets the body in a file and its edit comes back.
		editor := filepath.Join(dir, "editor.sh")
		if err := os.WriteFile(editor, []byte("#!/bin/sh\nprintf 'Written in the editor.\\n' >> \"$1\"\n"), 0o700); err != nil {
			t.Fatal(err)
		}
		t.Setenv("VISUAL", editor)
		h.keys("1", "m")
		h.waitText("› To")
		h.keys("tab", "tab", "tab")
		h.typ("Typed here.")
		h.tm.Send(tea.PasteMsg{Content: " Pasted\nlines."}) // a paste into the built-in editor
		h.waitText("Typed here. Pasted", "lines.")
		h.keys("ctrl+e")
		// The edit is back and saved while the composer is still open (a
		// crash now loses nothing): the hint says "saving when you pause…"
		// until the save after the edit.
		const want = "Typed here. Pasted\nlines.Written in the editor.\n"
		h.waitText("lines.Written in the editor.", " saved")
		ds, err := you.Drafts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, d := range ds {
			found = found || d.Body == want
		}
		if !found {
			t.Fatalf("no saved draft holds %q", want)
		}
		h.keys("esc")
		h.waitText("[Inbox", "draft saved")
	})
	h.run(t, "compose", func(t *testing.T) {
		h.keys("1")
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
	h.run(t, "review", func(t *testing.T) {
		h.keys("ctrl+r")
		h.golden(h.waitText("Review", "[y] pay", "Balance"))
	})
	h.run(t, "outbox-final", func(t *testing.T) {
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
	h.run(t, "contacts", func(t *testing.T) {
		h.keys("2")
		h.golden(h.waitText("Bob", "mutual: free both ways"))
	})
	h.run(t, "free-mail-review", func(t *testing.T) {
		h.keys("2", "g", "j", "m") // Bob
		h.waitText("› Subject")
		h.typ("Thursday")
		h.keys("tab")
		h.typ("See you at noon.")
		h.waitText("free (they accept")
		h.keys("ctrl+r")
		h.golden(h.waitText("[y] send for free"))
	})
	h.run(t, "free-mail-sent", func(t *testing.T) {
		h.keys("y")
		h.golden(h.wait("the free mail final", finalAndSaid))
	})
	h.run(t, "key-changed", func(t *testing.T) {
		// Bob moves to new keys (key index 1) and registers them.
		person(t, "Bob", 1, false)
		h.keys("m")
		h.waitText("› To")
		h.typ("Bob")
		// The price line says it, and so does the client's event.
		h.waitText("keys of Bob changed: compare on Contacts (2), K accepts", "!! the keys of Bob changed")
		h.keys("esc")
		h.keys("2")
		h.golden(h.waitText("!! KEYS CHANGED", "draft saved"))
	})
	h.run(t, "key-accepted", func(t *testing.T) {
		h.keys("2", "G", "K") // Bob is the last contact
		h.waitText("Accept NEW keys")
		h.keys("y")
		h.waitText("new keys accepted", "mutual")
	})
	h.run(t, "refusal", func(t *testing.T) {
		// Dave wants reputation 1,000 from strangers; you have none.
		dave := person(t, "Dave", 0, true)
		if err := dave.SetMinReputation(ctx, 1000); err != nil {
			t.Fatal(err)
		}
		before, err := you.Wallet(ctx)
		if err != nil {
			t.Fatal(err)
		}
		h.keys("1")
		h.write(dave.Address().Hex(), "Hello Dave", "")
		h.keys("ctrl+r")
		h.waitText("✗ cannot send as is")
		h.keys("y")
		s := h.waitText("✗ not sent; nothing was paid", "below the recipient's minimum")
		if strings.Count(s, "below the recipient's minimum") != 1 || strings.Contains(s, "pricing:") {
			t.Errorf("the refusal is not said once, in plain words:\n%s", s)
		}
		h.golden(s)
		after, err := you.Wallet(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if after.Balance != before.Balance || after.SpentToday != before.SpentToday {
			t.Fatalf("a refused mail moved money: %d → %d", before.Balance, after.Balance)
		}
		h.keys("esc", "esc")
		h.waitText("[Inbox", "draft saved")
	})
	// refuseBeforePaying opens the UI on a stranger's own client, writes
	// to Alice, and checks that the review refuses with why, that the
	// confirm is refused too, and that no money moved.
	refuseBeforePaying := func(t *testing.T, c *client.Client, why string) {
		before, err := c.Wallet(ctx)
		if err != nil {
			t.Fatal(err)
		}
		h := start(t, tui.Options{Backend: c, Live: true})
		h.waitText("[Inbox", "● relays 2/2", "chain final")
		h.write(world.People["Alice"].Address().Hex(), "Hello Alice", "From a stranger.")
		h.keys("ctrl+r")
		h.waitText("✗ cannot send as is", why)
		h.keys("y")
		h.golden(h.waitText("✗ not sent; nothing was paid", why, "next: "))
		after, err := c.Wallet(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if after.Balance != before.Balance || after.SpentToday != before.SpentToday {
			t.Fatalf("a refused mail moved money: balance %d → %d, spent today %d → %d", before.Balance, after.Balance, before.SpentToday, after.SpentToday)
		}
		if its, err := c.Outbox(ctx, false); err != nil || len(its) != 0 {
			t.Fatalf("a refused mail reached the outbox: %+v, %v", its, err)
		}
	}
	t.Run("refusal-short-of-funds", func(t *testing.T) {
		// Dave's second key: ether for gas, 100 gwei in b-mail; a cold
		// mail to Alice costs thousands.
		c := personWith(t, "Dave", 1, true, nil)
		if err := c.Deposit(ctx, 100); err != nil {
			t.Fatal(err)
		}
		refuseBeforePaying(t, c, "does not cover the fee")
	})
	t.Run("refusal-fee-above-cap", func(t *testing.T) {
		// Dave's third key: plenty deposited, but a per-message cap of
		// 2,000 gwei, below what a cold mail to Alice costs.
		c := personWith(t, "Dave", 2, true, func(c *config.Config) { c.Send.MaxFeePerMessage = 2_000 })
		if err := c.Deposit(ctx, 1_000_000); err != nil {
			t.Fatal(err)
		}
		refuseBeforePaying(t, c, "above your cap of 2,000 gwei")
	})
	h.run(t, "forward-and-block", func(t *testing.T) {
		carol := world.People["Carol"].Address()
		h.keys("1", "g", "j", "enter") // Carol's spam
		h.waitText("Subject  WIN A FREE CRUISE")
		h.keys("f")
		h.waitText("› writing", "Fwd: WIN A FREE CRUISE", "Forwarded message", "cruise.example.com")
		h.keys("esc")
		h.waitText("[Inbox", "draft saved")
		h.keys("g", "j", "enter")
		h.waitText("Subject  WIN A FREE CRUISE")
		h.keys("B")
		h.waitText("Block 0xfaD6…816e?")
		h.keys("y")
		h.waitText("blocked " + carol.Hex())
		bl, err := you.BlockList(ctx)
		if err != nil || len(bl) != 1 || bl[0] != carol {
			t.Fatalf("block list %v, %v", bl, err)
		}
		h.keys("q")
		h.waitText("[Inbox")
		h.keys("g", "j", "N") // unread again, as it was
		h.waitText("› ● 0xfaD6…816e    WIN A FREE CRUISE")
	})
	h.run(t, "refusal-blocked", func(t *testing.T) {
		// Carol blocks you; you write to her by her contact string.
		carol := world.People["Carol"]
		if err := carol.Block(ctx, you.Address()); err != nil {
			t.Fatal(err)
		}
		h.keys("1", "m")
		h.waitText("› To")
		h.typ(carol.MyContactString())
		h.waitText("✓ contact string")
		h.keys("tab", "tab")
		h.typ("Sorry about the block")
		before, err := you.Wallet(ctx)
		if err != nil {
			t.Fatal(err)
		}
		h.keys("ctrl+r")
		h.waitText("✗ cannot send as is", "the recipient blocks mail from you", "next: only they can unblock you")
		h.keys("y")
		h.waitText("✗ not sent; nothing was paid")
		if after, err := you.Wallet(ctx); err != nil || after.Balance != before.Balance || after.SpentToday != before.SpentToday {
			t.Fatalf("a mail to someone who blocks you moved money: %+v → %+v, %v", before, after, err)
		}
		h.keys("esc", "esc")
		h.waitText("[Inbox", "draft saved")
	})
	h.run(t, "account", func(t *testing.T) {
		h.keys("3")
		h.golden(h.waitText("Balance", "Earned 30d", "samples"))
	})
	h.run(t, "claim", func(t *testing.T) {
		before, err := you.Wallet(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if before.Claimable == 0 {
			t.Fatal("nothing to claim: the paid mail earned nothing")
		}
		h.keys("3", "c")
		h.waitText("claimed " + format.Gwei(before.Claimable))
		after, err := you.Wallet(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if after.Claimable != 0 || after.Balance != before.Balance+before.Claimable {
			t.Fatalf("after claiming %d gwei: balance %d → %d, claimable %d", before.Claimable, before.Balance, after.Balance, after.Claimable)
		}
		h.waitText("To claim      0 gwei")
	})
	h.run(t, "deposit", func(t *testing.T) {
		before, err := you.Wallet(ctx)
		if err != nil {
			t.Fatal(err)
		}
		h.keys("3", "D")
		h.waitText("deposit into b-mail")
		h.typ("1000")
		h.keys("enter")
		h.waitText("deposited 1,000 gwei")
		after, err := you.Wallet(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if after.Balance != before.Balance+1000 {
			t.Fatalf("balance %d → %d after depositing 1,000 gwei", before.Balance, after.Balance)
		}
	})
	h.run(t, "withdraw-two-steps", func(t *testing.T) {
		h.keys("3", "w")
		h.waitText("withdraw from the balance")
		h.typ("500")
		h.keys("enter")
		h.waitText("withdrawal requested; step two (W) from", "500 gwei requested")
		w, err := you.Wallet(ctx)
		if err != nil || w.Withdrawal.Amount != 500 {
			t.Fatalf("wallet %+v, %v", w, err)
		}
		// Step two before its time is refused inline, with what to do.
		h.keys("W")
		h.waitText("Complete the withdrawal of 500 gwei")
		h.keys("y")
		h.waitText("✗", "not ready")
		// 0 cancels the request.
		h.keys("w")
		h.waitText("withdraw from the balance")
		h.typ("0")
		h.keys("enter")
		h.waitText("withdrawal cancelled", "Withdrawal    none")
	})
	h.run(t, "relays", func(t *testing.T) {
		h.keys("4")
		h.golden(h.wait("relay terms", func(s string) bool {
			return strings.Count(s, "● up") == 2 && strings.Contains(s, "fee 1,000 gwei")
		}))
	})
	h.run(t, "hostile-subject", func(t *testing.T) {
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
		// The bell rang: a BEL on the terminal's output that ends no OSC
		// sequence (the window title's does).
		var rang bytes.Buffer
		h.wait("the bell", func(string) bool {
			io.Copy(&rang, h.tm.Output())
			return bytes.Contains(oscRE.ReplaceAll(rang.Bytes(), nil), []byte("\a"))
		})
		// The hook ran for the new mail, with the subject sanitised.
		var out []byte
		h.wait("the new-mail hook", func(string) bool {
			out, _ = os.ReadFile(hookOut)
			return strings.Contains(string(out), "|Invoice")
		})
		if strings.ContainsAny(string(out), "\x1b\a\u202e") {
			t.Errorf("the hook was given %q", out)
		}
		h.keys("enter")
		h.waitText("Pay now")
		raw = h.rawScreen()
		if strings.Contains(raw, "\x1b[8m") || strings.Contains(raw, "\u202e") {
			t.Error("the reader shows the sender's escape sequences")
		}
		h.keys("q")
	})
	h.run(t, "list-search", func(t *testing.T) {
		h.keys("/")
		h.typ("lunch")
		h.keys("enter")
		h.golden(h.wait("only the lunch mail", func(s string) bool {
			return strings.Contains(s, "filter: search “lunch”") && strings.Contains(s, "Lunch on Thursday?") &&
				!strings.Contains(s, "WIN A FREE CRUISE") && !strings.Contains(s, "Welcome to b-mail")
		}))
		h.keys("C")
		h.waitText("WIN A FREE CRUISE", "Lunch on Thursday?")
	})
	h.run(t, "filters", func(t *testing.T) {
		h.keys("U") // unread only: the read welcome goes
		h.wait("unread only", func(s string) bool {
			return strings.Contains(s, "filter: unread only") && strings.Contains(s, "Lunch on Thursday?") && !strings.Contains(s, "  Welcome to b-mail")
		})
		h.keys("P") // and paid only: Bob's free lunch goes
		h.wait("unread and paid", func(s string) bool {
			return strings.Contains(s, "filter: unread only, paid only") && strings.Contains(s, "WIN A FREE CRUISE") && !strings.Contains(s, "Lunch on Thursday?")
		})
		h.keys("C")
		h.wait("no filter", func(s string) bool {
			return !strings.Contains(s, "filter:") && strings.Contains(s, "Lunch on Thursday?") && strings.Contains(s, "  Welcome to b-mail")
		})
	})
	h.run(t, "read-unread", func(t *testing.T) {
		h.keys("g", "j") // Lunch on Thursday?, unread
		h.waitText("› ● Bob            Lunch on Thursday?")
		h.keys("N")
		h.waitText("›   Bob            Lunch on Thursday?")
		h.keys("N")
		h.waitText("› ● Bob            Lunch on Thursday?")
	})
	h.run(t, "archive", func(t *testing.T) {
		h.keys("g", "j", "a") // Lunch on Thursday?
		h.wait("the lunch mail archived", func(s string) bool {
			return strings.Contains(s, "archived") && !strings.Contains(s, "Lunch on Thursday?")
		})
		h.keys("shift+tab", "shift+tab") // Inbox → Newsletters → Archive
		h.waitText("[Archive]", "Lunch on Thursday?")
		h.keys("a")
		h.waitText("moved back to the inbox")
		h.keys("1")
		h.waitText("[Inbox", "Lunch on Thursday?")
	})
	h.run(t, "delete-confirm", func(t *testing.T) {
		h.keys("g", "d") // the newest: the hostile invoice
		h.golden(h.waitText("for good?  [y] yes  [n] no"))
		h.keys("n")
		h.waitText("Invoice")
		h.keys("d", "y")
		s := h.wait("the invoice gone", func(s string) bool {
			return strings.Contains(s, "deleted") && !strings.Contains(s, "Invoice")
		})
		if !strings.Contains(s, "Lunch on Thursday?") {
			t.Fatalf("delete took more than the one mail:\n%s", s)
		}
		m, err := you.Messages(ctx, client.Query{})
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range m {
			if strings.HasPrefix(x.Subject, "Invoice") {
				t.Fatal("the deleted mail is still in the store")
			}
		}
	})
	h.run(t, "newsletters", func(t *testing.T) {
		// Carol publishes a list; you subscribe (outside the UI) and she
		// welcomes you, then publishes an issue. Opening the folder fetches
		// it.
		pub := newsletter.New(world.People["Carol"])
		l, err := pub.CreateList(ctx, newsletter.CreateListRequest{Name: "Relay Weekly", Description: "News about relays."})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := newsletter.New(you).Subscribe(ctx, l.Ref.String()); err != nil {
			t.Fatal(err)
		}
		if _, err := pub.ProcessRequests(ctx, l.Ref.List); err != nil {
			t.Fatal(err)
		}
		if _, err := pub.Publish(ctx, newsletter.PublishRequest{List: l.Ref.List, Subject: "Issue 1: relays\x1b[2J that pay",
			Body: "Two relays joined the dev network this week.\n\nBoth publish their terms."}); err != nil {
			t.Fatal(err)
		}
		h.keys("1", "shift+tab") // from the Inbox back round to Newsletters
		h.golden(h.waitText("[Newsletters]", "● Relay Weekly", "Issue 1: relays", "newsletters: 1 new issue"))
	})
	h.run(t, "newsletter-issue", func(t *testing.T) {
		h.keys("enter")
		h.golden(h.waitText("Subject  Issue 1: relays", "Two relays joined"))
		h.keys("esc")
		h.waitText("[Newsletters]", "›   Relay Weekly") // read now
		is, err := newsletter.New(you).Issues(ctx, [32]byte{})
		if err != nil || len(is) != 1 || !is[0].Read {
			t.Fatalf("issues %+v, %v", is, err)
		}
		h.keys("1")
		h.waitText("[Inbox")
	})
	h.run(t, "reply-all", func(t *testing.T) {
		// Alice writes to you with Bob in Cc; reply-all answers both.
		alice, bob := world.People["Alice"], world.People["Bob"]
		if _, err := alice.Send(ctx, client.SendRequest{To: []string{you.Address().Hex()}, Cc: []string{bob.Address().Hex()},
			Subject: "Meetup plans", Body: "Bob, you are in Cc."}); err != nil {
			t.Fatal(err)
		}
		h.keys("1")
		h.waitText("● Alice          Meetup plans")
		h.keys("g", "enter")
		h.waitText("Subject  Meetup plans")
		h.keys("R")
		s := h.waitText("› writing", "Re: Meetup plans")
		lines := strings.Split(s, "\n")
		to, cc := "", ""
		for _, l := range lines {
			switch {
			case strings.Contains(l, "To "):
				to = l
			case strings.Contains(l, "Cc "):
				cc = l
			}
		}
		if !strings.Contains(to, alice.Address().Hex()) || !strings.Contains(cc, bob.Address().Hex()) || strings.Contains(to+cc, you.Address().Hex()) {
			t.Fatalf("reply-all is To %q, Cc %q:\n%s", to, cc, s)
		}
		h.keys("esc")
		h.waitText("draft saved")
		h.keys("1", "g", "d", "y") // keep the inbox as the next screens expect
		h.wait("the meetup mail gone", func(s string) bool { return !strings.Contains(s, "Meetup plans") })
	})
	h.run(t, "contacts-rename-remove-add", func(t *testing.T) {
		alice := world.People["Alice"].Address()
		named := func(want string) {
			if ct, err := you.Contact(ctx, alice); err != nil || ct.Name != want {
				t.Fatalf("Alice's contact is %+v, %v; want the name %q", ct, err, want)
			}
		}
		h.keys("2", "g") // Alice is the first contact
		h.waitText("› Alice")
		h.keys("e")
		h.answer("local name for", "Alice L.")
		h.waitText("› Alice L.")
		named("Alice L.")
		h.keys("d")
		h.waitText("Remove Alice L.?")
		h.keys("y")
		h.wait("Alice removed", func(s string) bool { return strings.Contains(s, "removed") && !strings.Contains(s, "Alice L.") })
		cs, err := you.Contacts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if c.Account == alice {
				t.Fatalf("a removed contact is still listed: %+v", c)
			}
		}
		// Added back from the reader, on her welcome.
		h.keys("1", "G", "enter")
		h.waitText("Subject  Welcome to b-mail")
		h.keys("c")
		h.answer("as:", "Alice")
		h.waitText("contact added")
		named("Alice")
		h.keys("q")
		h.waitText("[Inbox")
	})
	h.run(t, "block-unblock-contact", func(t *testing.T) {
		alice, carol := world.People["Alice"].Address(), world.People["Carol"].Address()
		h.keys("2", "g")
		h.waitText("› Alice")
		h.keys("B")
		h.waitText("Block Alice?")
		h.keys("y")
		h.waitText("BLOCKED", "blocked")
		if bl, err := you.BlockList(ctx); err != nil || !slices.Contains(bl, alice) {
			t.Fatalf("block list %v, %v after blocking Alice", bl, err)
		}
		h.keys("B")
		h.waitText("Unblock Alice?")
		h.keys("y")
		h.wait("Alice unblocked", func(s string) bool { return strings.Contains(s, "unblocked") && !strings.Contains(s, "BLOCKED") })
		if bl, err := you.BlockList(ctx); err != nil || len(bl) != 1 || bl[0] != carol {
			t.Fatalf("block list %v, %v after unblocking Alice (Carol stays blocked)", bl, err)
		}
		// Every grant and revocation is final before the network stops
		// (the offline screens show the outbox).
		h.wait("the outbox final", func(string) bool {
			its, err := you.Outbox(ctx, true)
			return err == nil && len(its) == 0
		})
		h.keys("1")
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
		offline = c
		parent.Cleanup(func() { c.Close() })
		h = start(parent, tui.Options{Backend: c, Live: true})
		h.t = t
		h.golden(h.waitText("Welcome to b-mail", "relays 0/2 (offline, retrying)"))
	})
	h.run(t, "offline-review", func(t *testing.T) {
		h.write("Alice", "Written offline", "Sent when the network is back.")
		h.keys("ctrl+r")
		h.golden(h.waitText("[y] queue it", "price unknown: offline"))
	})
	h.run(t, "offline-queued", func(t *testing.T) {
		h.keys("y")
		h.golden(h.waitText("[Outbox", "Written offline", "waits for the network"))
	})
	h.run(t, "outbox-retry", func(t *testing.T) {
		h.keys("r")
		h.waitText("still waits for the network (retried 1×); nothing was paid", "Written offline")
	})
	h.run(t, "outbox-cancel", func(t *testing.T) {
		h.keys("x")
		h.golden(h.waitText("before it pays?  [y] yes  [n] no"))
		h.keys("y")
		h.waitText("Written offline", "cancelled before paying; nothing was paid")
		its, err := offline.Outbox(ctx, false)
		if err != nil {
			t.Fatal(err)
		}
		if last := its[len(its)-1]; last.Subject != "Written offline" || last.State != store.OutCancelled {
			t.Fatalf("the newest outbox item is %q in state %s", last.Subject, last.State)
		}
	})
}

// oscRE matches an OSC sequence (title, clipboard), BEL- or ST-terminated.
var oscRE = regexp.MustCompile("\x1b\\][^\a\x1b]*(\a|\x1b\\\\)")

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
	h := start(t, onboardOptions(t, home))
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

// onboardOptions is the UI with no identity in home: onboarding writes the
// keystore there (fast KDF) and opens an offline client on it.
func onboardOptions(t *testing.T, home string) tui.Options {
	cfg := config.Default()
	cfg.Home = home
	cfg.Relays = []string{"ws://127.0.0.1:9"}
	var opened *client.Client
	t.Cleanup(func() {
		if opened != nil {
			opened.Close()
		}
	})
	return tui.Options{
		Onboard: tui.OnboardOptions{Home: home, Relays: cfg.Relays, KDF: identity.KDFParams{Time: 1, MemoryKiB: 64, Threads: 1},
			Mnemonic: fixedWords("You"), Checks: []int{3, 11, 20}, Now: func() time.Time { return testNow }},
		Open: func(ctx context.Context, id *identity.Identity) (common.Backend, error) {
			c, err := client.Open(ctx, cfg, client.Options{Identity: id, RelayTimeout: time.Second})
			opened = c
			return c, err
		},
	}
}

// TestOnboardingRestore restores an identity from its words (pasted): a
// phrase with a wrong word is refused, the right one gives the same
// account, and nothing is asked back.
func TestOnboardingRestore(t *testing.T) {
	home := t.TempDir()
	h := start(t, onboardOptions(t, home))
	words := fixedWords("Bob").Words()
	t.Run("words", func(t *testing.T) {
		h.t = t
		h.waitText("[r] restore")
		h.keys("r")
		bad := append([]string{}, words...)
		bad[5] = "zzzz"
		h.tm.Send(tea.PasteMsg{Content: strings.Join(bad, " ")})
		h.keys("ctrl+d")
		h.waitText("zzzz")
		h.golden(h.wait("the bad phrase refused", func(s string) bool { return strings.Contains(strings.ToLower(s), "word") && strings.Contains(s, "✗") }))
	})
	t.Run("restored", func(t *testing.T) {
		h.t = t
		for range words { // clear the field
			h.keys("ctrl+w")
		}
		h.tm.Send(tea.PasteMsg{Content: strings.Join(words, " ")})
		h.keys("ctrl+d")
		h.waitText("passphrase")
		h.typ("correct horse battery")
		h.keys("enter")
		h.typ("correct horse battery")
		h.keys("enter")
		h.golden(h.waitText("✓ Your identity is ready", "Address"))
		id, err := client.UnlockIdentity(home, []byte("correct horse battery"))
		if err != nil {
			t.Fatal(err)
		}
		want, _ := identity.FromMnemonic(fixedWords("Bob"), 0)
		if id.Address != want.Address {
			t.Fatalf("restored %s, want %s", id.Address, want.Address)
		}
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
