// Package outbox is the Outbox folder: every message on its way with the
// step it reached (sealed, posted to n of m relays, paid, final), retry,
// and cancel before payment. It reads the client's recorded outbox; it never
// drives a payment itself except through RunOutbox.
package outbox

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/format"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/client/tui/common"
	"github.com/bmail-network/bmail/client/tui/components"
)

// Messages this package owns.
type (
	loadedMsg struct{ items []client.OutboxStatus }
	// RanMsg: a RunOutbox pass ended (Err is shown inline).
	RanMsg struct {
		ID     int64
		Status *client.OutboxStatus
		Err    error
	}
)

// Model is the outbox list.
type Model struct {
	c       *common.Common
	items   []client.OutboxStatus
	cur     components.Cursor
	confirm components.Confirm
	retried map[int64]int // retries asked for, by item
	detail  bool
	loaded  bool
	width   int
	height  int
}

// New returns the outbox list.
func New(c *common.Common) *Model { return &Model{c: c} }

// Init loads the items.
func (m *Model) Init() tea.Cmd { return m.load() }

func (m *Model) load() tea.Cmd {
	return m.c.Run(func(ctx context.Context) (tea.Msg, error) {
		its, err := m.c.Backend.Outbox(ctx, false)
		if err != nil {
			return nil, err
		}
		slices.Reverse(its) // newest first
		if len(its) > 100 {
			its = its[:100]
		}
		return loadedMsg{its}, nil
	})
}

// Run drives one item in the background until it is final, fails, or the
// UI stops; Run (the client's live loop) keeps driving it when offline.
func Run(c *common.Common, id int64) tea.Cmd {
	ctx := c.Ctx
	return func() tea.Msg {
		st, err := c.Backend.RunOutbox(ctx, id)
		return RanMsg{ID: id, Status: st, Err: err}
	}
}

// SetSize sets the area.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// Capturing is false: the outbox has no text field.
func (m *Model) Capturing() bool { return m.confirm.IsOpen() }

// Pending counts the items still on their way.
func (m *Model) Pending() int {
	n := 0
	for _, it := range m.items {
		if !it.State.Terminal() {
			n++
		}
	}
	return n
}

// Update handles keys and loads.
func (m *Model) Update(msg tea.Msg) (*Model, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		m.items, m.loaded = msg.items, true
		m.cur.Clamp(len(m.items), m.rows())
	case common.RefreshMsg:
		return m, m.load()
	case RanMsg:
		var cmd tea.Cmd
		switch {
		case msg.Err != nil && errors.Is(msg.Err, context.Canceled):
		case msg.Err != nil && (msg.Status == nil || !msg.Status.State.Terminal()):
			// Not refused: the network is out of reach. The item stays on
			// its way and the client's live loop retries it.
			if n := m.retried[msg.ID]; n > 0 {
				cmd = common.InfoCmd("outbox #%d still waits for the network (retried %d×); nothing was paid", msg.ID, n)
			} else {
				cmd = common.InfoCmd("outbox #%d waits for the network; b-mail retries it by itself (r retries now)", msg.ID)
			}
		case msg.Err != nil:
			cmd = common.ErrorCmd(fmt.Errorf("outbox #%d: %w", msg.ID, msg.Err))
		case msg.Status != nil && msg.Status.State == store.OutFinal:
			cmd = common.InfoCmd("outbox #%d is final: sent", msg.ID)
		}
		return m, tea.Batch(cmd, m.load())
	case tea.KeyPressMsg:
		if m.confirm.IsOpen() {
			if done, yes := m.confirm.Update(msg); done && yes {
				id := m.confirm.Arg
				return m, m.c.Run(func(ctx context.Context) (tea.Msg, error) {
					if err := m.c.Backend.CancelOutbox(ctx, id); err != nil {
						return nil, err
					}
					return common.RefreshMsg{}, nil
				})
			}
			return m, nil
		}
		k := m.c.Keys
		if m.cur.Navigate(k, msg, len(m.items), m.rows()) {
			return m, nil
		}
		it := m.selected()
		switch {
		case key.Matches(msg, k.Open):
			m.detail = !m.detail
		case key.Matches(msg, k.Retry) && it != nil:
			if it.State.Terminal() {
				return m, common.InfoCmd("outbox #%d is %s: nothing to retry", it.ID, it.State)
			}
			if m.retried == nil {
				m.retried = map[int64]int{}
			}
			m.retried[it.ID]++
			return m, tea.Sequence(common.InfoCmd("retrying outbox #%d…", it.ID), Run(m.c, it.ID))
		case key.Matches(msg, k.Cancel) && it != nil:
			switch it.State {
			case store.OutQueued, store.OutResolved, store.OutQuoted, store.OutSealed, store.OutPosted:
				m.confirm.Ask("cancel", fmt.Sprintf("Cancel outbox #%d before it pays?", it.ID), it.ID)
			default:
				return m, common.ErrorCmd(fmt.Errorf("outbox #%d is %s: %w", it.ID, it.State, client.ErrTooLate))
			}
		}
	}
	return m, nil
}

func (m *Model) selected() *client.OutboxStatus {
	if m.cur.Index < 0 || m.cur.Index >= len(m.items) {
		return nil
	}
	return &m.items[m.cur.Index]
}

// rows is how many items fit (two lines each).
func (m *Model) rows() int { return max(1, (m.height-m.detailHeight())/2) }

func (m *Model) detailHeight() int {
	if !m.detail {
		return 0
	}
	return min(10, m.height/2)
}

// View draws the items, two lines each, and the selected item's details.
func (m *Model) View() string {
	s := m.c.Styles
	if !m.loaded {
		return common.Fit(s.Dim.Render("loading the outbox…"), m.width, m.height)
	}
	if len(m.items) == 0 {
		return common.Fit(s.Dim.Render("  Nothing on its way. Messages you send wait here until their payment is final."), m.width, m.height)
	}
	var b strings.Builder
	end := min(len(m.items), m.cur.Offset+m.rows())
	for i := m.cur.Offset; i < end; i++ {
		it := &m.items[i]
		sel := i == m.cur.Index
		line1 := components.Mark(sel) + fmt.Sprintf("#%-3d %s · %s", it.ID, m.to(it), m.subject(it))
		switch {
		case free(it) && it.Kind != store.KindGrant: // a grant says "(free)" already
			line1 += s.Dim.Render(" · free")
		case it.MaxTotal > 0:
			line1 += s.Dim.Render(" · up to " + format.Gwei(it.MaxTotal))
		}
		line1 = common.Pad(line1, m.width)
		if sel {
			line1 = s.Selected.Render(line1)
		}
		b.WriteString(line1 + "\n" + common.Pad("    "+m.steps(it), m.width) + "\n")
	}
	list := common.Fit(strings.TrimSuffix(b.String(), "\n"), m.width, m.height-m.detailHeight())
	if m.confirm.IsOpen() {
		list = common.Fit(list, m.width, m.height-m.detailHeight()-1) + "\n" + s.Warn.Render(common.Pad(m.confirm.View(), m.width))
	}
	if m.detail {
		list += "\n" + common.Fit(m.details(m.selected()), m.width, m.detailHeight())
	}
	return list
}

func (m *Model) to(it *client.OutboxStatus) string {
	var names []string
	for _, a := range append(slices.Clone(it.To), it.Cc...) {
		names = append(names, m.c.Name(a))
	}
	if len(names) == 0 {
		return "(resolving)"
	}
	return strings.Join(names, ", ")
}

func (m *Model) subject(it *client.OutboxStatus) string {
	switch {
	case it.Revoke:
		return "contact grant revoked (free)"
	case it.Kind == store.KindGrant:
		return "contact grant (free)"
	}
	return "“" + common.Sender(it.Subject) + "”"
}

// free: every recipient of the item takes it for free (known once the
// recipients are quoted), so nothing will be paid whatever the cap.
func free(it *client.OutboxStatus) bool {
	if len(it.Recipients) == 0 {
		return false
	}
	for _, r := range it.Recipients {
		if !r.Free {
			return false
		}
	}
	return true
}

// order is the outbox states in the order they are reached.
var order = []store.OutboxState{store.OutQueued, store.OutResolved, store.OutQuoted, store.OutSealed,
	store.OutPosted, store.OutPaying, store.OutPaid, store.OutFinal}

// Steps writes an item's progress with text marks: [x] done, [ ] not yet.
func (m *Model) steps(it *client.OutboxStatus) string {
	s := m.c.Styles
	switch it.State {
	case store.OutFailed:
		return s.Error.Render("✗ failed: " + common.Sender(it.Error))
	case store.OutCancelled:
		return s.Dim.Render("– cancelled before paying; nothing was paid")
	}
	reached := slices.Index(order, it.State)
	posted, relays := 0, 0
	for _, r := range it.Recipients {
		posted += r.Posted
		relays += r.Relays
	}
	mark := func(st store.OutboxState) string {
		if reached >= slices.Index(order, st) {
			return "[x]"
		}
		return "[ ]"
	}
	parts := []string{
		mark(store.OutSealed) + " sealed",
		fmt.Sprintf("%s posted %d/%d", mark(store.OutPosted), posted, relays),
	}
	if free(it) {
		parts = append(parts, mark(store.OutPaid)+" free", mark(store.OutFinal)+" final")
	} else {
		parts = append(parts, mark(store.OutPaid)+" paid", mark(store.OutFinal)+" final")
	}
	line := strings.Join(parts, "  ")
	if it.State == store.OutFinal {
		return s.Good.Render(line + "  ✓ sent")
	}
	return line + s.Dim.Render("  ("+string(it.State)+")")
}

func (m *Model) details(it *client.OutboxStatus) string {
	if it == nil {
		return ""
	}
	s := m.c.Styles
	var b strings.Builder
	b.WriteString(s.Rule.Render(strings.Repeat("─", m.width)) + "\n")
	fmt.Fprintf(&b, "%s  created %s · updated %s · priced size %s bytes\n", s.Title.Render(fmt.Sprintf("#%d", it.ID)),
		m.c.Time(it.Created), m.c.Time(it.Updated), format.Thousands(uint64(it.PricedSize)))
	for _, r := range it.Recipients {
		pay := "free (contact)"
		if !r.Free {
			pay = "max " + format.Gwei(r.MaxFee) + " + relay " + format.Gwei(r.RelayFee)
			if r.Fee > 0 {
				pay = "paid " + format.Gwei(r.Fee)
			}
		}
		line := fmt.Sprintf("  %-14s posted %d/%d · %s", common.Truncate(m.c.Name(r.Account), 14), r.Posted, r.Relays, pay)
		if r.PayState != "" {
			line += " · " + r.PayState
		}
		if r.Block > 0 {
			line += fmt.Sprintf(" · block %d", r.Block)
		}
		if r.Error != "" {
			line += " · " + s.Error.Render("✗ "+common.Sender(r.Error))
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

// ShortHelp is the help bar.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	return []key.Binding{k.Open, k.Retry, k.Cancel, k.NextFolder, k.Compose, k.Help, k.Quit}
}

// FullHelp is the ? overlay.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.c.Keys
	return [][]key.Binding{{k.Open, k.Retry, k.Cancel}, {k.Up, k.Down, k.Top, k.Bottom}}
}
