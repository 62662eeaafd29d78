// Package relays is the Relays screen: the user's inbox relays and the
// others the client knows, with their published terms (fee, retention,
// sizes, payout), health and latency. Names and notices come from the
// relays and are sanitised.
package relays

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/format"
	"github.com/bmail-network/bmail/client/tui/common"
	"github.com/bmail-network/bmail/client/tui/components"
)

// Messages this package owns.
type loadedMsg struct{ relays []client.RelayInfo }

// Model is the Relays screen.
type Model struct {
	c       *common.Common
	relays  []client.RelayInfo
	cur     components.Cursor
	loading bool
	loaded  bool
}

// New returns the Relays screen.
func New(c *common.Common) *Model { return &Model{c: c} }

// Init fetches the relays' terms.
func (m *Model) Init() tea.Cmd { return m.load() }

func (m *Model) load() tea.Cmd {
	m.loading = true
	return m.c.Run(func(ctx context.Context) (tea.Msg, error) {
		rs, err := m.c.Backend.Relays(ctx)
		if err != nil {
			return nil, err
		}
		return loadedMsg{rs}, nil
	})
}

// SetSize sets the area.
func (m *Model) SetSize(w, h int) { m.c.SetSize(w, h) }

// Capturing is always false.
func (m *Model) Capturing() bool { return false }

// Update handles keys and loads.
func (m *Model) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		m.relays, m.loading, m.loaded = msg.relays, false, true
		// Inbox relays first, then by name: a stable order people can read.
		sort.SliceStable(m.relays, func(i, j int) bool {
			a, b := m.relays[i], m.relays[j]
			if a.Inbox != b.Inbox {
				return a.Inbox
			}
			if a.Name != b.Name {
				return a.Name < b.Name
			}
			return a.URL < b.URL
		})
		m.cur.Clamp(len(m.relays), m.rows())
	case common.ErrorMsg:
		m.loading = false
	case tea.KeyPressMsg:
		k := m.c.Keys
		switch {
		case key.Matches(msg, k.RelaysQuit):
			return m, tea.Quit
		case key.Matches(msg, k.Sync):
			return m, m.load()
		}
		m.cur.Navigate(k, msg, len(m.relays), m.rows())
	}
	return m, nil
}

func (m *Model) rows() int { return max(1, (m.c.Height-1)/3) }

// View draws three lines per relay.
func (m *Model) View() string {
	s := m.c.Styles
	w := m.c.Width
	var b strings.Builder
	head := "Relays: your inbox relays hold your mail; terms are what each publishes (NIP-11)."
	if m.loading {
		head = "asking the relays for their terms…"
	}
	b.WriteString(s.Dim.Render(common.Truncate(head, w)) + "\n")
	if m.loaded && len(m.relays) == 0 {
		b.WriteString(s.Dim.Render("  No relays configured."))
	}
	end := min(len(m.relays), m.cur.Offset+m.rows())
	for i := m.cur.Offset; i < end; i++ {
		r := &m.relays[i]
		sel := i == m.cur.Index
		role := "known"
		if r.Inbox {
			role = "inbox"
		}
		health := "○ down"
		switch {
		case r.Err != "":
			health = "✗ " + common.Sender(r.Err)
		case r.Connected || r.Latency > 0:
			health = "● up " + r.Latency.Round(time.Millisecond).String()
		}
		line := components.Mark(sel) + common.Pad(r.URL, 34) + " " + common.Pad(role, 6) + " " + common.Sender(common.Truncate(health, w-44))
		if sel {
			line = s.Selected.Render(common.Pad(line, w))
		}
		b.WriteString(line + "\n")
		name := common.Sender(r.Name)
		if name == "" {
			name = "(no name)"
		}
		b.WriteString(common.Pad("    "+name+" · "+common.Sender(r.Description), w) + "\n")
		b.WriteString(common.Pad("    "+terms(r.Terms), w) + "\n")
	}
	return common.Fit(b.String(), w, m.c.Height)
}

func terms(t *client.RelayTerms) string {
	if t == nil {
		return "no b-mail terms published"
	}
	parts := []string{"fee " + format.Gwei(t.RelayFeeGwei)}
	if t.Retention.UnpaidSeconds > 0 {
		parts = append(parts, "keeps unpaid "+common.Duration(time.Duration(t.Retention.UnpaidSeconds)*time.Second))
	}
	if t.Retention.PaidSeconds > 0 {
		parts = append(parts, "paid "+common.Duration(time.Duration(t.Retention.PaidSeconds)*time.Second))
	}
	if t.MaxEnvelopeBytes > 0 {
		parts = append(parts, fmt.Sprintf("max %s bytes", format.Thousands(uint64(t.MaxEnvelopeBytes))))
	}
	if t.OrderAddress != "" {
		parts = append(parts, "batches orders")
	}
	return strings.Join(parts, " · ")
}

// ShortHelp is the help bar.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	return []key.Binding{k.Up, k.Down, k.Sync, k.Help, k.RelaysQuit}
}

// FullHelp is the ? overlay.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.c.Keys
	return [][]key.Binding{{k.Up, k.Down, k.Sync}}
}
