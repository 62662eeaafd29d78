package cli

import (
	"strings"
	"testing"

	"github.com/bmail-network/bmail/client/envelope"
	"github.com/bmail-network/bmail/relay"
	"github.com/bmail-network/bmail/relay/policies"
	"github.com/bmail-network/bmail/relay/relaytest"
)

// TestSyncNewsletters: one `bmail sync` brings in the mail and the issues
// of every subscribed list, per list; a second brings nothing new; a list
// whose only relay is down is reported while the mail and the other list
// still sync (exit 0); `bmail issues` then shows what was read.
func TestSyncNewsletters(t *testing.T) {
	d := startDevnet(t)
	pub, ann := newUser(t, d, "publisher"), newUser(t, d, "ann")
	depositAndRegister(t, pub, ann)
	// The second list lives on a relay of its own, which goes down later.
	side := relaytest.Start(t, func(c *relay.Config, _ *policies.Limits) { c.MsgIDs = envelope.MsgIDsFromEventContent })

	var weekly, notes listReport
	pub.json(&weekly, "", "list", "create", "--name", "Relay Weekly")
	pub.json(&notes, "", "list", "create", "--name", "Side Notes", "--list-relay", side.URL)
	var sub subscribeReport
	ann.json(&sub, "", "subscribe", weekly.Lists[0].ListString)
	ann.json(&sub, "", "subscribe", notes.Lists[0].ListString)
	var roster listReport
	for _, name := range []string{"Relay Weekly", "Side Notes"} {
		pub.json(&roster, "", "list", "subscribers", name)
		if len(roster.Subscribers) != 1 || !roster.Subscribers[0].Active {
			t.Fatalf("%s roster: %+v", name, roster.Subscribers)
		}
	}
	var p publishReport
	pub.json(&p, "one", "publish", "--list", "Relay Weekly", "--subject", "Issue 1")
	pub.json(&p, "two", "publish", "--list", "Relay Weekly", "--subject", "Issue 2")
	pub.json(&p, "aside", "publish", "--list", "Side Notes", "--subject", "Aside 1")
	side.Close()
	var sent sendReport
	pub.json(&sent, "Mail too.", "send", "--yes", "--max-fee", "50000", "--subject", "Mail too", ann.addr.Hex())

	var s syncReport
	ann.json(&s, "", "sync")
	if s.Shown != 1 || s.ChainError != "" || len(s.Relays) != 2 || !s.Relays[0].OK || !s.Relays[1].OK {
		t.Fatalf("the mail part: %+v", s)
	}
	if len(s.Newsletters) != 2 || s.NewsletterError != "" {
		t.Fatalf("newsletters: %+v (%s)", s.Newsletters, s.NewsletterError)
	}
	byName := map[string]newsletterSync{}
	for _, l := range s.Newsletters {
		byName[l.Name] = l
	}
	if w := byName["Relay Weekly"]; w.Issues != 2 || !w.Welcomed || len(w.Errors) != 0 || w.List != weekly.Lists[0].ID {
		t.Fatalf("Relay Weekly: %+v", w)
	}
	if n := byName["Side Notes"]; n.Issues != 0 || n.Welcomed || len(n.Errors) == 0 || !strings.Contains(n.Errors[0], side.URL) {
		t.Fatalf("Side Notes: %+v", n)
	}

	// Nothing new the second time; the text says so per list, and the
	// list whose relay is down is reported without failing the command.
	again := ann.run("", "sync")
	mustCode(t, again, ExitOK)
	for _, want := range []string{"\n0 new\n", "newsletter \"Relay Weekly\": 0 new issues\n",
		"newsletter \"Side Notes\": 0 new issues; relays failed (the next sync tries again):\n  " + side.URL} {
		if !strings.Contains(again.stdout, want) {
			t.Fatalf("second sync lacks %q:\n%s", want, again.stdout)
		}
	}

	// bmail issues lists them unread; --full reads them.
	var iss issuesReport
	ann.json(&iss, "", "issues", "--no-sync")
	if len(iss.Issues) != 2 || iss.Issues[0].Subject != "Issue 2" || iss.Issues[1].Subject != "Issue 1" || iss.Issues[0].Read || iss.Issues[1].Read {
		t.Fatalf("issues after sync: %+v", iss.Issues)
	}
	full := ann.run("", "issues", "--no-sync", "--full")
	mustCode(t, full, ExitOK)
	if !strings.Contains(full.stdout, "* ") || !strings.Contains(full.stdout, "Relay Weekly: Issue 1") || !strings.Contains(full.stdout, "\none\n") {
		t.Fatalf("issues --full:\n%s", full.stdout)
	}

	// A third issue: the next sync brings only it, and it alone is unread.
	pub.json(&p, "three", "publish", "--list", "Relay Weekly", "--subject", "Issue 3")
	ann.json(&s, "", "sync")
	if s.Shown != 0 || len(s.Newsletters) != 2 {
		t.Fatalf("third sync: %+v", s)
	}
	for _, l := range s.Newsletters {
		if want := map[string]int{"Relay Weekly": 1, "Side Notes": 0}[l.Name]; l.Issues != want {
			t.Fatalf("third sync, %s: %d new issues, want %d", l.Name, l.Issues, want)
		}
	}
	ann.json(&iss, "", "issues", "--no-sync")
	if len(iss.Issues) != 3 {
		t.Fatalf("issues: %+v", iss.Issues)
	}
	for _, i := range iss.Issues {
		if i.Read != (i.Subject != "Issue 3") {
			t.Fatalf("issue %q read=%v", i.Subject, i.Read)
		}
	}
	text := ann.run("", "issues", "--no-sync")
	mustCode(t, text, ExitOK)
	if !strings.Contains(text.stdout, "Relay Weekly: Issue 3") || strings.Count(text.stdout, "* ") != 1 {
		t.Fatalf("issues text:\n%s", text.stdout)
	}
}
