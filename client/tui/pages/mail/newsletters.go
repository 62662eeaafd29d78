package mail

import (
	"context"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/bmail-network/bmail/client/newsletter"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/client/tui/common"
	"github.com/bmail-network/bmail/client/tui/components"
)

// The Newsletters folder: issues of the lists the user subscribes to
// (client/newsletter), newest first; enter opens one in a pager. Opening
// the folder (and $) fetches new issues from the lists' relays in the
// background; the list shows what the store holds at once.

// Messages of the Newsletters folder.
type (
	newsLoadedMsg struct {
		issues []store.NewsletterIssue
		subs   []newsletter.Subscription
	}
	newsSyncedMsg struct{ rep *newsletter.SyncReport }
)

// loadNews reads the issues and subscriptions from the store.
func (m *Model) loadNews() tea.Cmd {
	news := m.c.News
	if news == nil {
		return common.Cmd(newsLoadedMsg{})
	}
	return m.c.Run(func(ctx context.Context) (tea.Msg, error) {
		var r newsLoadedMsg
		var err error
		if r.issues, err = news.Issues(ctx, [32]byte{}); err != nil {
			return nil, err
		}
		if r.subs, err = news.Subscriptions(ctx); err != nil {
			return nil, err
		}
		return r, nil
	})
}

// SyncNews fetches new issues of every subscribed list (a command: relay
// I/O) and then reloads the folder.
func SyncNews(c *common.Common) tea.Cmd {
	news := c.News
	if news == nil {
		return nil
	}
	return c.Run(func(ctx context.Context) (tea.Msg, error) {
		rep, err := news.Sync(ctx)
		if err != nil {
			return nil, fmt.Errorf("newsletters: %w", err)
		}
		return newsSyncedMsg{rep}, nil
	})
}

// newsUpdate handles the folder's own messages.
func (m *Model) newsUpdate(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case newsLoadedMsg:
		m.issues, m.subs = msg.issues, msg.subs
		if m.Folder() == common.FolderNewsletters {
			m.loaded = true
			m.cur.Clamp(m.rows(), m.listHeight())
		}
		return nil, true
	case newsSyncedMsg:
		cmd := m.loadNews()
		var said []string
		for _, x := range []struct {
			n         int
			one, many string
		}{{msg.rep.Issues, "new issue", "new issues"}, {msg.rep.Welcomed, "subscription welcomed", "subscriptions welcomed"},
			{msg.rep.Removed, "subscription ended by its publisher", "subscriptions ended by their publishers"}} {
			switch {
			case x.n == 1:
				said = append(said, "1 "+x.one)
			case x.n > 1:
				said = append(said, fmt.Sprintf("%d %s", x.n, x.many))
			}
		}
		if len(said) > 0 {
			cmd = tea.Batch(cmd, common.InfoCmd("newsletters: %s", strings.Join(said, ", ")))
		}
		return cmd, true
	}
	return nil, false
}

// newsKey handles keys while an issue is open.
func (m *Model) newsKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	if key.Matches(msg, k.Back, k.ReaderBack) {
		m.issue = nil
		return nil
	}
	m.pager.Navigate(k, msg)
	return nil
}

func (m *Model) openIssue() tea.Cmd {
	if m.cur.Index < 0 || m.cur.Index >= len(m.issues) {
		return nil
	}
	m.issue = &m.issues[m.cur.Index]
	if m.pager == nil {
		m.pager = components.NewPager(m.c.Styles)
	}
	m.pager.SetSize(m.c.Width, max(1, m.listHeight()-5))
	m.pager.SetText(common.SenderText(m.issue.Body))
	m.pager.Top()
	if m.issue.Read {
		return nil
	}
	x, news := *m.issue, m.c.News
	return m.c.Run(func(ctx context.Context) (tea.Msg, error) {
		if err := news.MarkIssueRead(ctx, x.List, x.Epoch, x.Index, true); err != nil {
			return nil, err
		}
		return common.RefreshMsg{}, nil
	})
}

// issueView is the open issue: its list, subject, date and publisher, then
// the body in the pager.
func (m *Model) issueView(w, h int) string {
	s := m.c.Styles
	x := m.issue
	label := func(l string) string { return s.Label.Render(common.Pad(l, 9)) }
	var b strings.Builder
	b.WriteString(common.Pad(label("List")+m.listName(x), w) + "\n")
	b.WriteString(common.Pad(label("Subject")+s.Value.Render(common.Sender(x.Subject)), w) + "\n")
	b.WriteString(common.Pad(label("Date")+m.c.FullTime(time.Unix(x.SentAt, 0)), w) + "\n")
	b.WriteString(common.Pad(label("From")+m.c.Name(x.Publisher)+"  "+s.Dim.Render(x.Publisher.Hex()), w) + "\n")
	b.WriteString(s.Rule.Render(common.Pad("── signed by the list and its publisher · free to read ", w)) + "\n")
	b.WriteString(m.pager.View())
	return common.Fit(b.String(), w, h)
}

func (m *Model) listName(x *store.NewsletterIssue) string {
	if x.ListName != "" {
		return common.Sender(x.ListName)
	}
	return fmt.Sprintf("list %x…", x.List[:4])
}

// newsList is one row per issue, or what the user can do when there is none.
func (m *Model) newsList(w, h int) string {
	s := m.c.Styles
	switch {
	case m.c.News == nil:
		return common.Fit(s.Dim.Render("  Newsletters are not available with this client."), w, h)
	case !m.loaded:
		return common.Fit(s.Dim.Render("  loading…"), w, h)
	case len(m.issues) == 0:
		text := "  No newsletters yet. Issues of lists you subscribe to arrive here."
		if n := len(m.subs); n > 0 {
			text = fmt.Sprintf("  No issues yet from the %d lists you subscribe to (%s).", n, m.subStates())
		}
		return common.Fit(s.Dim.Render(text), w, h)
	}
	var b strings.Builder
	end := min(len(m.issues), m.cur.Offset+h)
	const listW, timeW = 16, 10
	for i := m.cur.Offset; i < end; i++ {
		x := &m.issues[i]
		sel := i == m.cur.Index
		unread := "  "
		if !x.Read {
			unread = "● "
		}
		subjW := max(8, w-2-2-listW-1-1-timeW)
		line := components.Mark(sel) + unread + common.Pad(m.listName(x), listW) + " " + common.Pad(common.Sender(x.Subject), subjW) +
			" " + common.PadLeft(m.c.Time(time.Unix(x.SentAt, 0)), timeW)
		if sel {
			line = s.Selected.Render(common.Pad(line, w))
		}
		b.WriteString(line + "\n")
	}
	return common.Fit(strings.TrimSuffix(b.String(), "\n"), w, h)
}

// subStates counts subscriptions by state, in words.
func (m *Model) subStates() string {
	n := map[string]int{}
	for _, x := range m.subs {
		n[x.State]++
	}
	var parts []string
	for _, st := range []string{newsletter.StateActive, newsletter.StatePending, newsletter.StateLeft} {
		if n[st] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n[st], st))
		}
	}
	return strings.Join(parts, ", ")
}
