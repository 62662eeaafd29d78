package cli

import (
	"fmt"
	"net"
	"strings"
	"testing"
)

// deadRelay is a loopback relay URL nobody listens on.
func deadRelay(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "ws://" + l.Addr().String()
	l.Close()
	return url
}

// TestOutboxCommand: a message whose recipient has too few reachable
// relays stays in the outbox sealed (posted 1/2, nothing paid); outbox
// lists its step, retry carries it on (still short), cancel ends it; a
// message already paying cannot be cancelled.
func TestOutboxCommand(t *testing.T) {
	d := startDevnet(t)
	alice, bob := newUser(t, d, "alice"), newUser(t, d, "bob")
	for _, u := range []*user{alice, bob} {
		var w walletReport
		u.json(&w, "", "wallet", "deposit", "0.01eth")
	}
	var reg registerReport
	alice.json(&reg, "", "register")
	bob.json(&reg, "", "register", "--relay", d.RelayURLs()[0], "--relay", deadRelay(t))
	if len(reg.Relays) != 2 || !reg.Relays[0].OK || reg.Relays[1].OK {
		t.Fatalf("register: %+v", reg)
	}

	var empty outboxReport
	alice.json(&empty, "", "outbox")
	if len(empty.Items) != 0 {
		t.Fatalf("outbox before sending: %+v", empty)
	}
	r := alice.run("Hello", "send", "--yes", "--max-fee", "50000", "--subject", "stuck", bob.addr.Hex())
	mustCode(t, r, ExitError)
	if !strings.Contains(r.stderr, "outbox") {
		t.Fatalf("send's hint: %s", r.stderr)
	}
	var ob outboxReport
	alice.json(&ob, "", "outbox")
	if len(ob.Items) != 1 || ob.Items[0].State != "sealed" || ob.Items[0].Step != "sealed, posted 1/2" ||
		ob.Items[0].Subject != "stuck" || ob.Items[0].Recipients[0].State != "" {
		t.Fatalf("outbox: %+v", ob)
	}
	id := fmt.Sprint(ob.Items[0].ID)
	text := alice.run("", "outbox")
	mustCode(t, text, ExitOK)
	if !strings.Contains(text.stdout, "#"+id) || !strings.Contains(text.stdout, "sealed, posted 1/2") || !strings.Contains(text.stdout, "DEVNET") {
		t.Fatalf("outbox text:\n%s", text.stdout)
	}

	retry := alice.run("", "outbox", "retry", id)
	mustCode(t, retry, ExitError)
	if !strings.Contains(retry.stdout, "sealed, posted 1/2") || !strings.Contains(retry.stderr, "relays") {
		t.Fatalf("retry:\n%s\n%s", retry.stdout, retry.stderr)
	}

	var cancelled outboxReport
	alice.json(&cancelled, "", "outbox", "cancel", id)
	if len(cancelled.Items) != 1 || cancelled.Items[0].State != "cancelled" || !strings.Contains(cancelled.Done, "cancelled") {
		t.Fatalf("cancel: %+v", cancelled)
	}
	alice.json(&ob, "", "outbox")
	if len(ob.Items) != 0 {
		t.Fatalf("pending after cancel: %+v", ob)
	}
	alice.json(&ob, "", "outbox", "--all")
	if len(ob.Items) != 1 || ob.Items[0].State != "cancelled" {
		t.Fatalf("outbox --all: %+v", ob)
	}
	mustCode(t, alice.run("", "outbox", "retry", id), ExitRefused)
	mustCode(t, alice.run("", "outbox", "cancel", "99"), ExitError)
	mustCode(t, alice.run("", "outbox", "cancel"), ExitUsage)

	// Bob's paid mail to Alice is final: too late to cancel.
	var s sendReport
	bob.json(&s, "Hi", "send", "--yes", "--max-fee", "50000", "--subject", "paid", alice.addr.Hex())
	if s.State != "final" {
		t.Fatalf("send: %+v", s)
	}
	late := bob.run("", "outbox", "cancel", fmt.Sprint(s.OutboxID))
	mustCode(t, late, ExitRefused)
	var all outboxReport
	bob.json(&all, "", "outbox", "--all")
	if len(all.Items) != 1 || all.Items[0].Step != "final" {
		t.Fatalf("bob's outbox: %+v", all)
	}
}
