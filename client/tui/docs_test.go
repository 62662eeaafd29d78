package tui_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var updateDocs = flag.Bool("update-docs", false, "rewrite docs/tui-screens.md and the README's screens from the golden files")

// docScreen is a golden screen shown in the docs.
type docScreen struct{ golden, title, caption string }

var docScreens = []docScreen{
	{"TestTry/inbox", "Mail", "The inbox of `bmail try`: who wrote (your local name for them), the subject, when, and what each mail paid you; ● marks unread, › the selection, ↳ a reply. The held-back count is on the folder row; the status line shows the relays, the chain, the network."},
	{"TestTry/reader", "Reader", "A paid mail: the verified sender, the key fingerprint, what it paid you, the ack window, and the thread (with your own reply)."},
	{"TestTry/search-in-pager", "Find in the reader", "/ finds in the wrapped text; n and N move between matches."},
	{"TestTry/ack-menu", "Ack", "Each verdict says what it does before you choose it."},
	{"TestTry/ack-pending", "Ack, undoable", "A chosen verdict waits (here one hour, by default ten seconds) and u undoes it; nothing is sent before."},
	{"TestTry/compose", "Compose", "To completes from contacts; the price under the body is computed on every key from cached chain state and from fresh state when typing pauses. The draft saves itself."},
	{"TestTry/review", "Review", "Nothing is paid before this screen: each recipient's fee step by step, the total, the balance afterwards and the caps. One key pays."},
	{"TestTry/outbox-final", "Outbox", "Every message on its way with its steps — sealed, posted to n of m relays, paid, final."},
	{"TestTry/free-mail-review", "Free mail to a contact", "A contact who granted you free mail costs nothing: no transaction."},
	{"TestTry/refusal", "A refusal before any money moves", "The recipient wants more reputation from strangers than you have: the review says so, the confirm is refused, and nothing was paid."},
	{"TestTry/refusal-short-of-funds", "Short of funds", "The balance does not cover the fee: the review says so with the next step, the confirm is refused, and nothing was paid."},
	{"TestTry/refusal-fee-above-cap", "Above your cap", "The fee is above the per-message cap in your config: refused before anything is signed."},
	{"TestTry/contacts", "Contacts", "Local names, fingerprints and how mail flows with each contact; a changed key would show as a loud `!! KEYS CHANGED` line."},
	{"TestTry/key-changed", "A contact's keys changed", "Bob registered new keys: the loud line shows the new fingerprint in full to compare with him; K accepts it. Until then mail to him waits."},
	{"TestTry/account", "Account", "Balance, earnings to claim, gas, the two-step withdrawal, reputation, caps, and sparklines of earnings and reputation."},
	{"TestTry/relays", "Relays", "Your inbox relays with their published terms, health and latency."},
	{"TestTry/hostile-subject", "A hostile subject", "The subject carried an OSC 52 clipboard write, a screen clear, a title change, C1 controls and a bidi override: all removed before drawing."},
	{"TestTry/list-search", "Search", "/ searches the folder; the filter line says what is applied and C clears it."},
	{"TestTry/delete-confirm", "Delete", "Deleting asks first (the subject shown is sanitised)."},
	{"TestTry/newsletters", "Newsletters", "Issues of the lists you subscribe to, fetched when the folder opens (and with $)."},
	{"TestTry/newsletter-issue", "A newsletter issue", "An issue in the pager, from the list's relays, signed by the list and its publisher."},
	{"TestTry/offline", "Offline", "No relay and no chain: the UI opens from the local store and keeps retrying."},
	{"TestTry/offline-review", "Offline send", "A send made offline is queued; it is quoted again and paid within your cap when the network is back."},
	{"TestTry/outbox-cancel", "Outbox: cancel before paying", "r retries a waiting message now; x cancels it while nothing is paid."},
	{"TestTry/help", "Keys", "One key map feeds the help bar and this overlay; a keys file rebinds it."},
	{"TestOnboarding/words", "Onboarding", "A new identity: 24 words shown once, then three asked back."},
	{"TestOnboarding/done", "Onboarding, done", "The address to fund."},
}

// readmeScreens are shown in the README's Terminal UI section.
var readmeScreens = []string{"TestTry/inbox", "TestTry/review"}

func readGolden(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name+".golden"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimRight(string(b), "\n")
}

// screenBlock is a screen in a Markdown code block.
func screenBlock(s string) string { return "```text\n" + s + "\n```\n" }

// TestDocsScreens: docs/tui-screens.md and the README's screens are the
// golden files, so they cannot drift (`go generate ./client/tui` rewrites
// them after `go test ./client/tui -update`).
func TestDocsScreens(t *testing.T) {
	var b strings.Builder
	b.WriteString("# b-mail terminal UI: screens\n\n<!-- Generated from client/tui/testdata/*.golden by `go generate ./client/tui`; do not edit. -->\n\n")
	b.WriteString("Every screen below is a golden file of the model tests (80×24, UTC, no colour: the\nsame screen reads without colour). Times, block numbers, ports and latencies, which a\nlive dev chain cannot pin, are masked; everything else is compared exactly.\n\n")
	for _, d := range docScreens {
		fmt.Fprintf(&b, "## %s\n\n%s\n\n%s\n", d.title, d.caption, screenBlock(readGolden(t, d.golden)))
	}
	docPath := filepath.Join("..", "..", "docs", "tui-screens.md")
	check(t, docPath, b.String())

	readmePath := filepath.Join("..", "..", "README.md")
	readme, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	out := string(readme)
	for _, name := range readmeScreens {
		re := regexp.MustCompile("(?s)(<!-- tui-screen: " + regexp.QuoteMeta(name) + " -->\n).*?(<!-- /tui-screen -->)")
		if !re.MatchString(out) {
			t.Fatalf("README.md has no block for screen %s", name)
		}
		block := screenBlock(readGolden(t, name))
		out = re.ReplaceAllStringFunc(out, func(m string) string {
			sub := re.FindStringSubmatch(m)
			return sub[1] + block + sub[2]
		})
	}
	check(t, readmePath, out)
}

func check(t *testing.T, path, want string) {
	t.Helper()
	if *updateDocs {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s differs from the golden screens: run `go generate ./client/tui`", path)
	}
}
