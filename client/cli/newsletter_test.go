package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bmail-network/bmail/client/config"
)

// The newsletter commands on a devnet: a list, a subscriber, issues read
// from stdin, an unsubscribe that rotates the key, and a paid broadcast to
// a file of addresses.
func TestNewsletterCommands(t *testing.T) {
	d := startDevnet(t)
	pub, ann, ben := newUser(t, d, "publisher"), newUser(t, d, "ann"), newUser(t, d, "ben")
	// ben accepts paid mail on the newsletter network too.
	if err := os.WriteFile(filepath.Join(ben.home, config.FileName), []byte(`{"dev": true, "networks": ["personal", "newsletter"]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, u := range []*user{pub, ann, ben} {
		var w walletReport
		u.json(&w, "", "wallet", "deposit", "0.01eth")
		var reg registerReport
		u.json(&reg, "", "register")
	}

	mustCode(t, pub.run("", "list", "create"), ExitUsage)
	var created listReport
	pub.json(&created, "", "list", "create", "--name", "Relay Weekly", "--description", "News about relays.")
	if len(created.Lists) != 1 || created.Lists[0].Name != "Relay Weekly" || !strings.HasPrefix(created.Lists[0].ListString, "bmail-list:") {
		t.Fatalf("create: %+v", created)
	}
	listString := created.Lists[0].ListString

	var sub subscribeReport
	ann.json(&sub, "", "subscribe", listString)
	if sub.Subscriptions[0].State != "pending" || sub.Subscriptions[0].Publisher != pub.addr.Hex() {
		t.Fatalf("subscribe: %+v", sub)
	}
	ann.json(&sub, "", "subscribe", listString) // twice: harmless
	var roster listReport
	pub.json(&roster, "", "list", "subscribers", "Relay Weekly")
	if len(roster.Subscribers) != 1 || roster.Subscribers[0].Account != ann.addr.Hex() || !roster.Subscribers[0].Active ||
		len(roster.Requests.Subscribed) != 1 || len(roster.Requests.Resubscribed) != 1 {
		t.Fatalf("roster: %+v (requests %+v)", roster, roster.Requests)
	}
	text := pub.run("", "list", "show")
	mustCode(t, text, ExitOK)
	if !strings.Contains(text.stdout, listString) || !strings.Contains(text.stdout, "1 subscribers") || !strings.Contains(text.stdout, "[DEVNET]") {
		t.Fatalf("list show:\n%s", text.stdout)
	}

	var iss issuesReport
	ann.json(&iss, "", "issues")
	if iss.Sync.Welcomed != 1 || len(iss.Issues) != 0 {
		t.Fatalf("issues before the first: %+v", iss)
	}
	mustCode(t, pub.run("body", "publish", "--subject", "x"), ExitUsage)
	var p publishReport
	pub.json(&p, "Relays keep mail 90 days.\n", "publish", "--list", "Relay Weekly", "--subject", "Issue 1")
	if p.Audience != 1 || p.Rotated || p.Epoch != 0 || p.Index != 0 {
		t.Fatalf("publish: %+v", p)
	}
	ann.json(&iss, "", "issues", "--full", "Relay Weekly")
	if len(iss.Issues) != 1 || iss.Issues[0].Subject != "Issue 1" || iss.Issues[0].Body != "Relays keep mail 90 days.\n" {
		t.Fatalf("issues: %+v", iss)
	}

	// ann leaves; the next issue rotates, with its progress on stderr.
	ann.json(&sub, "", "unsubscribe", "Relay Weekly")
	if sub.Subscriptions[0].State != "left" {
		t.Fatalf("unsubscribe: %+v", sub)
	}
	pubText := pub.run("second", "publish", "--list", "Relay Weekly", "--subject", "Issue 2")
	mustCode(t, pubText, ExitOK)
	if !strings.Contains(pubText.stdout, "started epoch 1") || !strings.Contains(pubText.stderr, "new key for") ||
		!strings.Contains(pubText.stdout, "to 0 subscribers") {
		t.Fatalf("rotating publish:\nstdout %s\nstderr %q", pubText.stdout, pubText.stderr)
	}
	ann.json(&iss, "", "issues")
	if len(iss.Issues) != 1 {
		t.Fatalf("the leaver reads %+v", iss.Issues)
	}

	// A paid broadcast to a file of addresses: ben accepts the newsletter
	// network, ann does not (left out before paying).
	file := filepath.Join(t.TempDir(), "audience.txt")
	os.WriteFile(file, []byte("# audience\n"+ben.addr.Hex()+"\n"+ann.addr.Hex()+"  # no newsletter network\n"), 0o600)
	mustCode(t, pub.run("x", "broadcast", "--to", file, "--subject", "Launch", "--yes"), ExitUsage)
	capped := pub.run("x", "broadcast", "--to", file, "--subject", "Launch", "--yes", "--max-fee", "1")
	mustCode(t, capped, ExitRefused)
	var b broadcastReport
	pub.json(&b, "We launched.", "broadcast", "--to", file, "--subject", "Launch", "--yes", "--max-fee", "10000000")
	if b.Network != "newsletter" || b.Delivered != 1 || b.Refused != 1 || len(b.TxHashes) != 1 || b.Fees == 0 || b.Total == 0 {
		t.Fatalf("broadcast: %+v", b)
	}
	for _, r := range b.Recipients {
		if (r.To == ben.addr.Hex()) != (r.Status == "delivered") || (r.To == ann.addr.Hex()) == (r.Refused == "") {
			t.Fatalf("recipient %+v", r)
		}
	}
	bar := pub.run("Again.", "broadcast", "--to", file, "--subject", "Again", "--yes", "--max-fee", "10000000")
	mustCode(t, bar, ExitOK)
	if !strings.Contains(bar.stderr, "paying") || !strings.Contains(bar.stderr, "[##############################] 1/1") {
		t.Fatalf("no progress bar: %q", bar.stderr)
	}
	// Today's two broadcasts count against the daily cap: one more that
	// alone fits under the cap is refused because of them.
	day := fmt.Sprint(b.MaxTotal + 1)
	over := pub.run("Third.", "broadcast", "--to", file, "--subject", "Third", "--yes", "--max-fee", "10000000", "--max-per-day", day)
	mustCode(t, over, ExitRefused)
	if !strings.Contains(over.stderr, "committed today") {
		t.Fatalf("daily cap refusal: %q", over.stderr)
	}
	in := waitSubject(t, ben, "Launch")
	if in.From != pub.addr.Hex() || in.Fee == 0 {
		t.Fatalf("ben's broadcast mail: %+v", in)
	}
	var w walletReport
	ben.json(&w, "", "wallet")
	if w.Claimable == 0 {
		t.Fatalf("ben's wallet: %+v", w)
	}
}
