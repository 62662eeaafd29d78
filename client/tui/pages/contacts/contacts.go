// Package contacts is the Contacts screen: local names, fingerprints, who
// writes to whom for free, and a loud warning when a contact's keys changed
// (their mail and mail to them wait until the user compares fingerprints
// and accepts). Adding a contact sends it a free contact grant.
package contacts

import (
	"context"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/format"
	"github.com/bmail-network/bmail/client/tui/common"
	"github.com/bmail-network/bmail/client/tui/components"
)

// Messages this package owns.
type loadedMsg struct{ contacts []client.Contact }

// Model is the Contacts screen.
type Model struct {
	c        *common.Common
	contacts []client.Contact
	cur      components.Cursor
	prompt   components.Prompt
	confirm  components.Confirm
	adding   string // the address or contact string being added (asked for a name next)
	loaded   bool
}

// New returns the Contacts screen.
func New(c *common.Common) *Model { return &Model{c: c} }

// Init loads the list.
func (m *Model) Init() tea.Cmd { return m.load() }

func (m *Model) load() tea.Cmd {
	return m.c.Run(func(ctx context.Context) (tea.Msg, error) {
		cs, err := m.c.Backend.Contacts(ctx)
		if err != nil {
			return nil, err
		}
		return loadedMsg{cs}, nil
	})
}

// SetSize sets the area.
func (m *Model) SetSize(w, h int) { m.c.SetSize(w, h) }

// Capturing is true while a prompt or a confirmation is open.
func (m *Model) Capturing() bool { return m.prompt.IsOpen() || m.confirm.IsOpen() }

// Contacts is the list shown (the app keeps names from it).
func (m *Model) Contacts() []client.Contact { return m.contacts }

// Update handles keys and loads.
func (m *Model) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		m.contacts, m.loaded = msg.contacts, true
		m.cur.Clamp(len(m.contacts), m.rows())
		return m, nil
	case common.RefreshMsg:
		return m, m.load()
	case tea.KeyPressMsg:
		return m, m.key(msg)
	}
	if m.prompt.IsOpen() {
		_, _, cmd := m.prompt.Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m *Model) selected() *client.Contact {
	if m.cur.Index < 0 || m.cur.Index >= len(m.contacts) {
		return nil
	}
	return &m.contacts[m.cur.Index]
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	if cmd, ok := components.RouteKey(&m.prompt, &m.confirm, msg, m.answer, m.confirmed); ok {
		return cmd
	}
	if m.cur.Navigate(k, msg, len(m.contacts), m.rows()) {
		return nil
	}
	ct := m.selected()
	switch {
	case key.Matches(msg, k.ContactsQuit):
		return tea.Quit
	case key.Matches(msg, k.ContactAdd):
		return m.prompt.Open("who", "add (contact string or 0x address):", "", false)
	case key.Matches(msg, k.ContactRename) && ct != nil:
		return m.prompt.Open("rename", "local name for "+format.Short(ct.Account)+":", ct.Name, false)
	case key.Matches(msg, k.ContactRemove) && ct != nil:
		m.confirm.Ask("remove", fmt.Sprintf("Remove %s? They pay again to reach you.", m.c.Name(ct.Account)), 0)
	case key.Matches(msg, k.ContactAcceptKey) && ct != nil:
		if !ct.KeyChanged {
			return common.InfoCmd("%s's keys did not change", m.c.Name(ct.Account))
		}
		m.confirm.Ask("accept", fmt.Sprintf("Accept NEW keys %s for %s? Only if they told you this fingerprint.", ct.NewFingerprint, m.c.Name(ct.Account)), 0)
	case key.Matches(msg, k.ContactBlock) && ct != nil:
		if ct.Blocked {
			m.confirm.Ask("unblock", "Unblock "+m.c.Name(ct.Account)+"?", 0)
		} else {
			m.confirm.Ask("block", "Block "+m.c.Name(ct.Account)+"? Their mail is refused on chain.", 0)
		}
	case key.Matches(msg, k.CopyContactString):
		return common.Cmd(common.CopyMsg{Text: m.c.Backend.MyContactString(), What: "your contact string"})
	case key.Matches(msg, k.Compose) && ct != nil:
		name := ct.Name
		if name == "" {
			name = ct.Account.Hex()
		}
		return common.Cmd(common.ComposeMsg{Draft: &client.Draft{To: []string{name}}})
	case key.Matches(msg, k.Open) && ct != nil:
		return common.Cmd(common.ComposeMsg{Draft: &client.Draft{To: []string{ct.Account.Hex()}}})
	}
	return nil
}

func (m *Model) answer(kind, v string) tea.Cmd {
	switch kind {
	case "who":
		if v == "" {
			return nil
		}
		m.adding = v
		return m.prompt.Open("name", "their local name:", "", false)
	case "name":
		who := m.adding
		return m.c.Run(func(ctx context.Context) (tea.Msg, error) {
			if _, err := m.c.Backend.AddContact(ctx, client.AddContactRequest{Who: who, Name: v}); err != nil {
				return nil, err
			}
			return common.InfoMsg{Text: "contact added; a free grant is on its way so they can write to you for free"}, nil
		})
	case "rename":
		a := m.selected().Account
		return m.c.Run(func(ctx context.Context) (tea.Msg, error) {
			return common.RefreshMsg{}, m.c.Backend.RenameContact(ctx, a, v)
		})
	}
	return nil
}

func (m *Model) confirmed(kind string) tea.Cmd {
	ct := m.selected()
	if ct == nil {
		return nil
	}
	a := ct.Account
	return m.c.Run(func(ctx context.Context) (tea.Msg, error) {
		var err error
		text := ""
		switch kind {
		case "remove":
			err, text = m.c.Backend.RemoveContact(ctx, a), "removed; a revocation is on its way"
		case "accept":
			var fp fmt.Stringer
			fp, err = m.c.Backend.AcceptKeyChange(ctx, a)
			if err == nil {
				text = "new keys accepted: " + fp.String()
			}
		case "block":
			err, text = m.c.Backend.Block(ctx, a), "blocked"
		case "unblock":
			err, text = m.c.Backend.Unblock(ctx, a), "unblocked"
		}
		if err != nil {
			return nil, err
		}
		return common.InfoMsg{Text: text}, nil
	})
}

func (m *Model) rows() int { return max(1, (m.c.Height-4)/2) }

// View draws the user's contact string, then two lines per contact.
func (m *Model) View() string {
	s := m.c.Styles
	w := m.c.Width
	var b strings.Builder
	b.WriteString(s.Label.Render("You  ") + common.Truncate(m.c.Backend.MyContactString(), w-5) + "\n")
	switch {
	case m.prompt.IsOpen():
		b.WriteString(m.prompt.View(w) + "\n")
	case m.confirm.IsOpen():
		b.WriteString(s.Warn.Render(common.Truncate(m.confirm.View(), w)) + "\n")
	default:
		b.WriteString(s.Dim.Render("Contacts write to you for free once they have your grant; adding sends it.") + "\n")
	}
	b.WriteString(s.Rule.Render(strings.Repeat("─", w)) + "\n")
	if !m.loaded {
		b.WriteString(s.Dim.Render("  loading…"))
	} else if len(m.contacts) == 0 {
		b.WriteString(s.Dim.Render("  No contacts yet. a adds one from a contact string (bmail:0x…) or an address."))
	}
	end := min(len(m.contacts), m.cur.Offset+m.rows())
	for i := m.cur.Offset; i < end; i++ {
		ct := &m.contacts[i]
		sel := i == m.cur.Index
		name := common.Sender(ct.Name)
		if name == "" {
			name = "(no name)"
		}
		line1 := components.Mark(sel) + common.Pad(name, 16) + " " + ct.Account.Hex()
		if sel {
			line1 = s.Selected.Render(common.Pad(line1, w))
		}
		b.WriteString(line1 + "\n")
		if ct.KeyChanged {
			// The new fingerprint in full (it is what the user compares);
			// the accept prompt shows it again.
			b.WriteString(s.Loud.Render(common.Pad(fmt.Sprintf("  !! KEYS CHANGED: now %s — compare, then K", ct.NewFingerprint), w)) + "\n")
			continue
		}
		b.WriteString(common.Pad("    keys "+ct.Fingerprint.String()+" · "+status(ct), w) + "\n")
	}
	return common.Fit(b.String(), w, m.c.Height)
}

// status says in words how mail flows with a contact.
func status(ct *client.Contact) string {
	var parts []string
	switch {
	case ct.Blocked:
		parts = append(parts, "BLOCKED")
	case ct.Mutual:
		parts = append(parts, "mutual: free both ways")
	case ct.TheyAccept:
		parts = append(parts, "free to them")
	default:
		parts = append(parts, "you pay them (no grant yet)")
	}
	if !ct.GrantDelivered {
		parts = append(parts, "your grant is on its way")
	}
	return strings.Join(parts, " · ")
}

// ShortHelp is the help bar.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	return []key.Binding{k.ContactAdd, k.Compose, k.ContactRename, k.ContactRemove, k.ContactAcceptKey, k.CopyContactString, k.Help, k.ContactsQuit}
}

// FullHelp is the ? overlay.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.c.Keys
	return [][]key.Binding{{k.ContactAdd, k.ContactRename, k.ContactRemove, k.ContactAcceptKey, k.ContactBlock, k.CopyContactString, k.Compose, k.Open}}
}
