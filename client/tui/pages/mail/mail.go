// Package mail is the Mail screen: the folder row (Inbox, Sent, Drafts,
// Outbox, Archive, Newsletters), the message list with the contact's local
// name, subject, time, amount paid and an unread mark, the held-back count,
// search, filters, read/unread, archive and delete with a confirm.
package mail

import (
	"context"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	gethcommon "github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/format"
	"github.com/bmail-network/bmail/client/newsletter"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/client/tui/common"
	"github.com/bmail-network/bmail/client/tui/components"
	"github.com/bmail-network/bmail/client/tui/pages/outbox"
)

// ListLimit bounds the messages one folder view loads.
const ListLimit = 500

// Messages this package owns.
type loadedMsg struct {
	folder                  common.Folder
	msgs                    []client.Message
	drafts                  []client.Draft
	held, waiting, rejected int
	unread                  int
}

// Model is the Mail screen.
type Model struct {
	c       *common.Common
	folder  int
	msgs    []client.Message
	drafts  []client.Draft
	cur     components.Cursor
	outbox  *outbox.Model
	confirm components.Confirm
	search  textinput.Model
	typing  bool

	query      string
	unreadOnly bool
	paidOnly   bool
	from       *gethcommon.Address

	held, waiting, rejected, unread int
	loaded                          bool

	// the Newsletters folder (newsletters.go)
	issues []store.NewsletterIssue
	subs   []newsletter.Subscription
	issue  *store.NewsletterIssue // open in the pager
	pager  *components.Pager
}

// New returns the Mail screen on the Inbox.
func New(c *common.Common) *Model {
	m := &Model{c: c, outbox: outbox.New(c)}
	m.search = textinput.New()
	m.search.Prompt = "/"
	m.search.CharLimit = 200
	return m
}

// Folder is the folder shown.
func (m *Model) Folder() common.Folder { return common.Folders[m.folder] }

// Outbox is the embedded outbox list.
func (m *Model) Outbox() *outbox.Model { return m.outbox }

// Init loads the folder.
func (m *Model) Init() tea.Cmd { return tea.Batch(m.load(), m.outbox.Init()) }

// SetSize gives the list its area.
func (m *Model) SetSize(w, h int) {
	m.c.SetSize(w, h)
	m.outbox.SetSize(w, h-2)
	m.search.SetWidth(w - 2)
	if m.pager != nil {
		m.pager.SetSize(w, max(1, m.listHeight()-5))
	}
}

// Capturing is true while the search field or a confirmation has the focus.
func (m *Model) Capturing() bool {
	return m.typing || m.confirm.IsOpen() || (m.Folder() == common.FolderOutbox && m.outbox.Capturing())
}

func (m *Model) load() tea.Cmd {
	f := m.Folder()
	if f == common.FolderNewsletters {
		return m.loadNews()
	}
	q := client.Query{Folder: f.StoreFolder(), UnreadOnly: m.unreadOnly, From: m.from, Search: m.query, Limit: ListLimit}
	return m.c.Run(func(ctx context.Context) (tea.Msg, error) {
		r := loadedMsg{folder: f}
		var err error
		switch f {
		case common.FolderInbox, common.FolderSent, common.FolderArchive:
			if r.msgs, err = m.c.Backend.Messages(ctx, q); err != nil {
				return nil, err
			}
		case common.FolderDrafts:
			if r.drafts, err = m.c.Backend.Drafts(ctx); err != nil {
				return nil, err
			}
		}
		if r.held, r.waiting, r.rejected, err = m.c.Backend.HeldBack(ctx); err != nil {
			return nil, err
		}
		if r.unread, err = m.c.Backend.Unread(ctx); err != nil {
			return nil, err
		}
		return r, nil
	})
}

// Update handles keys and loads.
func (m *Model) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	if cmd, ok := m.newsUpdate(msg); ok {
		return m, cmd
	}
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.folder != m.Folder() {
			return m, nil
		}
		m.msgs, m.drafts, m.loaded = msg.msgs, msg.drafts, true
		if m.paidOnly {
			kept := m.msgs[:0]
			for _, x := range m.msgs {
				if !x.Free {
					kept = append(kept, x)
				}
			}
			m.msgs = kept
		}
		m.held, m.waiting, m.rejected, m.unread = msg.held, msg.waiting, msg.rejected, msg.unread
		m.cur.Clamp(m.rows(), m.listHeight())
		return m, nil
	case common.RefreshMsg:
		var cmd tea.Cmd
		m.outbox, cmd = m.outbox.Update(msg)
		return m, tea.Batch(m.load(), cmd)
	case common.ShowPageMsg:
		if msg.Folder != "" {
			return m, m.setFolder(indexOf(msg.Folder))
		}
		return m, nil
	case tea.KeyPressMsg:
		return m.key(msg)
	}
	if m.Folder() == common.FolderOutbox {
		var cmd tea.Cmd
		m.outbox, cmd = m.outbox.Update(msg)
		return m, cmd
	}
	if _, ok := msg.(outbox.RanMsg); ok {
		var cmd tea.Cmd
		m.outbox, cmd = m.outbox.Update(msg)
		return m, cmd
	}
	if m.typing {
		var cmd tea.Cmd
		m.search, cmd = m.search.Update(msg)
		return m, cmd
	}
	return m, nil
}

func indexOf(f common.Folder) int {
	for i, x := range common.Folders {
		if x == f {
			return i
		}
	}
	return 0
}

func (m *Model) setFolder(i int) tea.Cmd {
	n := len(common.Folders)
	m.folder = (i%n + n) % n
	m.cur = components.Cursor{}
	m.loaded = false
	m.issue = nil
	switch m.Folder() {
	case common.FolderOutbox:
		return m.outbox.Init()
	case common.FolderNewsletters:
		return tea.Batch(m.load(), SyncNews(m.c))
	}
	return m.load()
}

func (m *Model) key(msg tea.KeyPressMsg) (common.Page, tea.Cmd) {
	k := m.c.Keys
	if m.typing {
		switch msg.String() {
		case "enter":
			m.typing = false
			m.search.Blur()
			m.query = strings.TrimSpace(m.search.Value())
			return m, m.load()
		case "esc":
			m.typing = false
			m.search.Blur()
			m.search.SetValue("")
			m.query = ""
			return m, m.load()
		}
		var cmd tea.Cmd
		m.search, cmd = m.search.Update(msg)
		return m, cmd
	}
	if m.issue != nil {
		return m, m.newsKey(msg)
	}
	if m.confirm.IsOpen() {
		done, yes := m.confirm.Update(msg)
		if done && yes {
			return m, m.deleteSelected(m.confirm.Arg)
		}
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.NextFolder):
		return m, m.setFolder(m.folder + 1)
	case key.Matches(msg, k.PrevFolder):
		return m, m.setFolder(m.folder - 1)
	}
	if m.Folder() == common.FolderOutbox {
		var cmd tea.Cmd
		m.outbox, cmd = m.outbox.Update(msg)
		return m, cmd
	}
	if m.cur.Navigate(k, msg, m.rows(), m.listHeight()) {
		return m, nil
	}
	sel := m.selected()
	switch {
	case key.Matches(msg, k.Search):
		m.typing = true
		m.search.SetValue(m.query)
		m.search.CursorEnd()
		return m, m.search.Focus()
	case key.Matches(msg, k.FilterUnread):
		m.unreadOnly = !m.unreadOnly
		return m, m.load()
	case key.Matches(msg, k.FilterPaid):
		m.paidOnly = !m.paidOnly
		return m, m.load()
	case key.Matches(msg, k.FilterFrom):
		if m.from != nil {
			m.from = nil
		} else if sel != nil {
			a := sel.From
			m.from = &a
		}
		return m, m.load()
	case key.Matches(msg, k.ClearFilters):
		m.unreadOnly, m.paidOnly, m.from, m.query = false, false, nil, ""
		m.search.SetValue("")
		return m, m.load()
	case key.Matches(msg, k.Open) && m.Folder() == common.FolderNewsletters:
		return m, m.openIssue()
	case key.Matches(msg, k.Open):
		if d := m.selectedDraft(); d != nil {
			return m, common.Cmd(common.ComposeMsg{Draft: d})
		}
		if sel != nil {
			return m, common.Cmd(common.OpenMessageMsg{ID: sel.ID})
		}
	case key.Matches(msg, k.ToggleRead) && sel != nil:
		id, read := sel.ID, !sel.Read
		return m, m.c.Run(func(ctx context.Context) (tea.Msg, error) {
			return common.RefreshMsg{}, m.c.Backend.Read(ctx, id, read)
		})
	case key.Matches(msg, k.Archive) && sel != nil:
		id, to, what := sel.ID, store.FolderArchive, "archived"
		if m.Folder() == common.FolderArchive {
			to, what = store.FolderInbox, "moved back to the inbox"
		}
		return m, m.c.Run(func(ctx context.Context) (tea.Msg, error) {
			if err := m.c.Backend.Move(ctx, id, to); err != nil {
				return nil, err
			}
			return common.InfoMsg{Text: what}, nil
		})
	case key.Matches(msg, k.Delete):
		if d := m.selectedDraft(); d != nil {
			m.confirm.Ask("draft", fmt.Sprintf("Delete the draft “%s”?", common.Truncate(common.Sender(d.Subject), 40)), d.ID)
		} else if sel != nil {
			m.confirm.Ask("message", fmt.Sprintf("Delete “%s” for good?", common.Truncate(common.Sender(sel.Subject), 40)), sel.ID)
		}
	case key.Matches(msg, k.Reply, k.ReplyAll) && sel != nil:
		return m, Reply(m.c, sel.ID, key.Matches(msg, k.ReplyAll))
	case key.Matches(msg, k.Forward) && sel != nil:
		d := Forward(m.c, sel)
		return m, common.Cmd(common.ComposeMsg{Draft: d})
	}
	return m, nil
}

// Reply asks the client for a reply draft and opens the composer on it.
func Reply(c *common.Common, id int64, all bool) tea.Cmd {
	return c.Run(func(ctx context.Context) (tea.Msg, error) {
		d, err := c.Backend.Reply(ctx, id, all)
		if err != nil {
			return nil, err
		}
		return common.ComposeMsg{Draft: d}, nil
	})
}

// Forward is a new draft quoting a message.
func Forward(c *common.Common, m *client.Message) *client.Draft {
	subject := common.Sender(m.Subject)
	if !strings.HasPrefix(strings.ToLower(subject), "fwd:") {
		subject = "Fwd: " + subject
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n\n---------- Forwarded message ----------\nFrom: %s <%s>\nDate: %s\nSubject: %s\n\n",
		c.MessageFrom(m), m.From.Hex(), c.FullTime(m.SentAt), common.Sender(m.Subject))
	b.WriteString(common.SenderText(m.Body))
	return &client.Draft{Subject: subject, Body: b.String()}
}

func (m *Model) deleteSelected(id int64) tea.Cmd {
	drafts := m.confirm.Kind == "draft"
	return m.c.Run(func(ctx context.Context) (tea.Msg, error) {
		var err error
		if drafts {
			err = m.c.Backend.DeleteDraft(ctx, id)
		} else {
			err = m.c.Backend.Delete(ctx, id)
		}
		if err != nil {
			return nil, err
		}
		return common.InfoMsg{Text: "deleted"}, nil
	})
}

func (m *Model) rows() int {
	switch m.Folder() {
	case common.FolderDrafts:
		return len(m.drafts)
	case common.FolderNewsletters:
		return len(m.issues)
	}
	return len(m.msgs)
}

func (m *Model) selected() *client.Message {
	if m.Folder() == common.FolderDrafts || m.cur.Index < 0 || m.cur.Index >= len(m.msgs) {
		return nil
	}
	return &m.msgs[m.cur.Index]
}

func (m *Model) selectedDraft() *client.Draft {
	if m.Folder() != common.FolderDrafts || m.cur.Index < 0 || m.cur.Index >= len(m.drafts) {
		return nil
	}
	return &m.drafts[m.cur.Index]
}

// listHeight is the rows under the folder row and the filter line.
func (m *Model) listHeight() int { return max(1, m.c.Height-2) }

// View draws the folder row, the filter line and the list.
func (m *Model) View() string {
	s := m.c.Styles
	w := m.c.Width
	var tabs []string
	for i, f := range common.Folders {
		label := string(f)
		switch f {
		case common.FolderInbox:
			if m.unread > 0 {
				label += fmt.Sprintf(" %d", m.unread)
			}
		case common.FolderOutbox:
			if n := m.outbox.Pending(); n > 0 {
				label += fmt.Sprintf(" %d", n)
			}
		}
		if i == m.folder {
			tabs = append(tabs, s.TabActive.UnsetBackground().Render("["+label+"]"))
		} else {
			tabs = append(tabs, " "+label+" ")
		}
	}
	row := strings.Join(tabs, "")
	held := fmt.Sprintf("held back %d", m.held)
	if m.waiting > 0 {
		held += fmt.Sprintf(" · waiting %d", m.waiting)
	}
	row = common.Pad(row, w-len([]rune(held))-1) + " " + s.Dim.Render(held)

	var line2 string
	switch {
	case m.typing:
		line2 = m.search.View()
	case m.confirm.IsOpen():
		line2 = s.Warn.Render(m.confirm.View())
	default:
		line2 = s.Dim.Render(m.filters())
	}
	body := m.list()
	return common.Fit(row+"\n"+common.Pad(line2, w)+"\n"+body, w, m.c.Height)
}

func (m *Model) filters() string {
	var f []string
	if m.query != "" {
		f = append(f, "search “"+m.query+"”")
	}
	if m.unreadOnly {
		f = append(f, "unread only")
	}
	if m.paidOnly {
		f = append(f, "paid only")
	}
	if m.from != nil {
		f = append(f, "from "+m.c.Name(*m.from))
	}
	if len(f) == 0 {
		return ""
	}
	return "filter: " + strings.Join(f, ", ") + " (C clears)"
}

func (m *Model) list() string {
	s := m.c.Styles
	w, h := m.c.Width, m.listHeight()
	switch m.Folder() {
	case common.FolderOutbox:
		return m.outbox.View()
	case common.FolderNewsletters:
		if m.issue != nil {
			return m.issueView(w, h)
		}
		return m.newsList(w, h)
	case common.FolderDrafts:
		return m.draftList(w, h)
	}
	if !m.loaded {
		return common.Fit(s.Dim.Render("  loading…"), w, h)
	}
	if len(m.msgs) == 0 {
		empty := "  No mail here."
		if m.Folder() == common.FolderInbox && m.held > 0 {
			empty += fmt.Sprintf(" %d unpaid mails from strangers are held back (never shown).", m.held)
		}
		return common.Fit(s.Dim.Render(empty), w, h)
	}
	var b strings.Builder
	end := min(len(m.msgs), m.cur.Offset+h)
	for i := m.cur.Offset; i < end; i++ {
		b.WriteString(m.row(&m.msgs[i], i == m.cur.Index, w))
		b.WriteByte('\n')
	}
	return common.Fit(strings.TrimSuffix(b.String(), "\n"), w, h)
}

// row is one message: selection mark, unread mark, who, subject, time and
// amount. Marks are characters, so the row reads the same without colour.
func (m *Model) row(x *client.Message, selected bool, w int) string {
	s := m.c.Styles
	unread := "  "
	if !x.Read && x.Folder == store.FolderInbox {
		unread = "● "
	}
	who := m.c.MessageFrom(x)
	if x.Folder == store.FolderSent {
		var to []string
		for _, a := range x.To {
			to = append(to, m.c.Name(a))
		}
		who = "to " + strings.Join(to, ", ")
	}
	amount := "free"
	if !x.Free {
		amount = format.Gwei(x.Fee)
	}
	subject := common.Sender(x.Subject)
	if x.InReplyTo != ([32]byte{}) {
		subject = "↳ " + subject
	}
	const whoW, timeW, amtW = 14, 10, 14
	subjW := max(8, w-2-2-whoW-1-1-timeW-1-amtW)
	line := components.Mark(selected) + unread + common.Pad(who, whoW) + " " + common.Pad(subject, subjW) + " " +
		common.PadLeft(m.c.Time(x.SentAt), timeW) + " " + common.PadLeft(amount, amtW)
	switch {
	case selected:
		return s.Selected.Render(common.Pad(line, w))
	case !x.Read && x.Folder == store.FolderInbox:
		return s.Unread.Render(line)
	}
	return line
}

func (m *Model) draftList(w, h int) string {
	s := m.c.Styles
	if len(m.drafts) == 0 {
		return common.Fit(s.Dim.Render("  No drafts. Drafts save themselves as you type."), w, h)
	}
	var b strings.Builder
	end := min(len(m.drafts), m.cur.Offset+h)
	for i := m.cur.Offset; i < end; i++ {
		d := &m.drafts[i]
		to := strings.Join(d.To, ", ")
		if to == "" {
			to = "(no recipient)"
		}
		subj := common.Sender(d.Subject)
		if subj == "" {
			subj = "(no subject)"
		}
		line := components.Mark(i == m.cur.Index) + "  " + common.Pad("to "+common.Sender(to), 20) + " " +
			common.Pad(subj, max(8, w-4-20-1-11)) + " " + common.PadLeft(m.c.Time(d.UpdatedAt), 10)
		if i == m.cur.Index {
			line = s.Selected.Render(common.Pad(line, w))
		}
		b.WriteString(line + "\n")
	}
	return common.Fit(strings.TrimSuffix(b.String(), "\n"), w, h)
}

// ShortHelp is the help bar.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	switch {
	case m.Folder() == common.FolderOutbox:
		return m.outbox.ShortHelp()
	case m.issue != nil:
		return []key.Binding{k.Back, k.Down, k.Up, k.PageDown, k.Help}
	case m.Folder() == common.FolderNewsletters:
		return []key.Binding{k.Open, k.Down, k.Up, k.Sync, k.NextFolder, k.Help, k.Quit}
	}
	return []key.Binding{k.Open, k.Compose, k.Reply, k.Archive, k.Delete, k.Search, k.NextFolder, k.Help, k.Quit}
}

// FullHelp is the ? overlay.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.c.Keys
	return [][]key.Binding{
		{k.Open, k.Compose, k.Reply, k.ReplyAll, k.Forward, k.ToggleRead, k.Archive, k.Delete},
		{k.Search, k.FilterUnread, k.FilterPaid, k.FilterFrom, k.ClearFilters, k.NextFolder, k.PrevFolder},
		{k.Retry, k.Cancel},
	}
}
