package tui_test

import (
	"context"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/bmail-network/bmail/client/tui"
)

// The pinned world of the model tests: 80×24, UTC, a fixed clock for what
// the UI itself dates, no colours (the golden files are the screens as
// text: they also prove that no state is shown by colour alone).
var (
	testNow = time.Date(2026, 3, 14, 15, 9, 26, 0, time.UTC)
	testLoc = time.UTC
)

const (
	termW, termH = 80, 24
	waitLimit    = 30 * time.Second
)

// snapshotMsg asks the running program for its screen, read on the
// program's own goroutine through a filter (no data race, no test hook in
// the UI).
type snapshotMsg struct{ ch chan string }

// harness drives one UI in a teatest program.
type harness struct {
	t  *testing.T
	tm *teatest.TestModel
	mu sync.Mutex
}

func start(t *testing.T, o tui.Options) *harness {
	t.Helper()
	if o.Now == nil {
		o.Now = func() time.Time { return testNow }
	}
	o.Loc = testLoc
	o.Dark = true
	filter := func(m tea.Model, msg tea.Msg) tea.Msg {
		if s, ok := msg.(snapshotMsg); ok {
			s.ch <- m.(*tui.App).Screen()
			return nil
		}
		return msg
	}
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	tm := teatest.NewTestModel(t, tui.New(ctx, o), teatest.WithInitialTermSize(termW, termH),
		teatest.WithProgramOptions(tea.WithFilter(filter), tea.WithColorProfile(colorprofile.Ascii)))
	h := &harness{t: t, tm: tm}
	t.Cleanup(func() {
		tm.Quit()
		tm.WaitFinished(t, teatest.WithFinalTimeout(10*time.Second))
	})
	return h
}

// screen is the current screen as plain text.
func (h *harness) screen() string {
	ch := make(chan string, 1)
	h.tm.Send(snapshotMsg{ch})
	select {
	case s := <-ch:
		return ansi.Strip(s)
	case <-time.After(10 * time.Second):
		h.t.Fatal("the program did not answer a snapshot")
		return ""
	}
}

// rawScreen is the screen with its escape sequences (styles).
func (h *harness) rawScreen() string {
	ch := make(chan string, 1)
	h.tm.Send(snapshotMsg{ch})
	return <-ch
}

// wait polls the screen until cond holds.
func (h *harness) wait(what string, cond func(string) bool) string {
	h.t.Helper()
	deadline := time.Now().Add(waitLimit)
	for {
		s := h.screen()
		if cond(s) {
			return s
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("waiting for %s; the screen is:\n%s", what, s)
		}
		time.Sleep(30 * time.Millisecond)
	}
}

// poll is wait without failing: the screen and whether cond held in time.
func (h *harness) poll(cond func(string) bool, limit time.Duration) (string, bool) {
	deadline := time.Now().Add(limit)
	for {
		s := h.screen()
		if cond(s) {
			return s, true
		}
		if time.Now().After(deadline) {
			return s, false
		}
		time.Sleep(30 * time.Millisecond)
	}
}

// atHome: the Mail screen's Inbox, nothing open over it (no composer,
// reader, help, confirmation or search field).
func atHome(s string) bool {
	lines := strings.Split(s, "\n")
	searching := len(lines) > 2 && strings.HasPrefix(lines[2], "/")
	return strings.Contains(s, "[1 Mail]") && strings.Contains(s, "[Inbox") && !searching && !strings.Contains(s, "[y] yes") &&
		!strings.Contains(s, "› writing") && !strings.Contains(s, "› reading") && !strings.Contains(s, "esc or ? closes this")
}

// run runs one step of a walk through the UI as a subtest. A step that
// fails is followed by a way home (esc out of whatever is open, then the
// Inbox), so the next steps start from a known screen rather than typing
// into a form the failed step left open.
func (h *harness) run(parent *testing.T, name string, f func(t *testing.T)) {
	parent.Helper()
	if parent.Run(name, func(t *testing.T) { h.t = t; f(t) }) {
		return
	}
	h.t = parent
	last, prev := "", ""
	for range 8 {
		s := h.screen()
		if atHome(s) {
			return
		}
		// esc closes the composer, the reader, the help, a chooser or a
		// prompt; 1 leaves another tab or folder for the Inbox (and when
		// it changed nothing, a prompt has the keys: esc it).
		k := "1"
		if strings.Contains(s, "› writing") || strings.Contains(s, "› reading") || strings.Contains(s, "esc or ? closes this") ||
			strings.Contains(s, "[y] yes") || (last == "1" && s == prev) {
			k = "esc"
		}
		prev, last = s, k
		h.keys(k)
		h.poll(func(x string) bool { return x != s }, 5*time.Second)
	}
	parent.Fatalf("after %s failed, the UI did not get back to the Inbox:\n%s", name, h.screen())
}

// waitText waits until every string is on the screen.
func (h *harness) waitText(texts ...string) string {
	h.t.Helper()
	return h.wait(strings.Join(texts, " + "), func(s string) bool {
		for _, x := range texts {
			if !strings.Contains(s, x) {
				return false
			}
		}
		return true
	})
}

// keys sends key presses by name ("tab", "enter", "esc", "ctrl+r",
// "shift+tab", "down"…) or single characters.
func (h *harness) keys(names ...string) {
	for _, n := range names {
		h.tm.Send(keyPress(n))
	}
}

// write opens the composer and fills To, Subject and (when given) the body.
func (h *harness) write(to, subject, body string) {
	h.t.Helper()
	h.keys("m")
	h.waitText("› To")
	h.typ(to)
	h.keys("tab", "tab")
	h.typ(subject)
	if body != "" {
		h.keys("tab")
		h.typ(body)
	}
}

// answer waits for a prompt, replaces what its field holds with text and
// submits it.
func (h *harness) answer(prompt, text string) {
	h.t.Helper()
	h.waitText(prompt)
	h.keys("ctrl+u")
	h.typ(text)
	h.keys("enter")
}

// typ types text.
func (h *harness) typ(s string) { h.tm.Type(s) }

func keyPress(n string) tea.KeyPressMsg {
	var mod tea.KeyMod
	for {
		switch {
		case strings.HasPrefix(n, "ctrl+") && len(n) > 5:
			mod |= tea.ModCtrl
			n = n[5:]
			continue
		case strings.HasPrefix(n, "shift+") && len(n) > 6:
			mod |= tea.ModShift
			n = n[6:]
			continue
		}
		break
	}
	special := map[string]rune{"enter": tea.KeyEnter, "tab": tea.KeyTab, "esc": tea.KeyEscape, "up": tea.KeyUp,
		"down": tea.KeyDown, "space": tea.KeySpace, "backspace": tea.KeyBackspace, "pgdown": tea.KeyPgDown}
	if r, ok := special[n]; ok {
		k := tea.KeyPressMsg{Code: r, Mod: mod}
		if r == tea.KeySpace && mod == 0 {
			k.Text = " "
		}
		return k
	}
	r := []rune(n)[0]
	if mod != 0 {
		return tea.KeyPressMsg{Code: r, Mod: mod}
	}
	return tea.KeyPressMsg{Code: r, Text: n}
}

// Masks for what a live chain world cannot pin: wall-clock times signed by
// the senders' clients, block numbers, relay ports, latencies, the
// seconds-dependent rest of an ack window. Everything else on the screen
// (addresses, fingerprints, fees, balances, layout) is compared exactly.
var masks = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2} UTC`), "Sat 14 Mar 2026 15:09 UTC"},
	{regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}\b`), "2026-03-14"},
	{regexp.MustCompile(`(?m)\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{2}( +|$)`), "Mar 14$2"},
	{regexp.MustCompile(`\b\d{2}:\d{2}\b`), "15:09"},
	{regexp.MustCompile(`#\d+`), "#N"},
	{regexp.MustCompile(`127\.0\.0\.1:\d+`), "127.0.0.1:PORT"},
	{regexp.MustCompile(`\b\d+(\.\d+)?(ms|µs|s)\b`), "Nms"},
	{regexp.MustCompile(`window \d+ d \d+ h left`), "window 29 d 23 h left"},
	{regexp.MustCompile(`Data directory: \S+`), "Data directory: /home/you/.local/share/bmail"},
	{regexp.MustCompile(`Gas ether     \d+\.\d+ ETH`), "Gas ether     0.99 ETH"}, // gas prices move with block timing
}

func normalise(s string) string {
	for _, m := range masks {
		s = m.re.ReplaceAllString(s, m.with)
	}
	lines := strings.Split(s, "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " ")
	}
	return strings.Join(lines, "\n") + "\n"
}

// golden compares the screen with testdata/<test name>.golden (go test
// -update rewrites them; `go generate` then rewrites the docs' screens).
func (h *harness) golden(screen string) {
	h.t.Helper()
	golden.RequireEqual(h.t, []byte(normalise(screen)))
}

// hostile is a subject full of what a terminal must never receive from a
// sender: a clipboard-writing OSC 52, a screen clear, a title change, C1
// controls and a bidi override.
const hostile = "Invoice\x1b]52;c;cm0gLXJmIH4=\x07 \x1b[2J\x1b]0;pwned\x07due\u202e\u0085 today\x9b31m"
