// Package reader is the message reader: a pager that wraps to the width and
// searches, with the verified sender, the key fingerprint and what the mail
// paid; acks (valuable, spam, abstain) that say what they will do and how
// long the ack window has left and can be undone until submitted; reply,
// reply-all, forward, add contact, block, links, save, and copying the
// address or fingerprint. Everything the sender wrote is sanitised before it
// is drawn.
package reader

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/format"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/client/tui/common"
	"github.com/bmail-network/bmail/client/tui/components"
	"github.com/bmail-network/bmail/client/tui/pages/mail"
)

// DefaultAckDelay is how long a chosen verdict waits, undoable, before it
// is submitted.
const DefaultAckDelay = 10 * time.Second

// Messages this package owns.
type (
	loadedMsg struct {
		msg    *client.Message
		thread []client.Message
	}
	ackStatusMsg struct {
		id     int64
		status *client.AckStatus
		err    error
	}
	ackTickMsg struct{ id, seq int64 }
	ackDoneMsg struct {
		id  int64
		v   client.Verdict
		err error
	}
)

// pendingAck is a verdict chosen but not yet submitted.
type pendingAck struct {
	v          client.Verdict
	left       time.Duration
	seq        int64
	submitting bool
}

// Model is the reader.
type Model struct {
	c        *common.Common
	id       int64
	msg      *client.Message
	thread   []client.Message
	pager    *components.Pager
	status   *client.AckStatus
	ackErr   string
	ackMenu  bool
	pending  *pendingAck
	seq      int64
	delay    time.Duration
	prompt   components.Prompt
	confirm  components.Confirm
	links    []string
	linksOn  bool
	linkCur  components.Cursor
	notFound bool
}

// New returns a reader; delay is how long a verdict can be undone
// (DefaultAckDelay when 0).
func New(c *common.Common, delay time.Duration) *Model {
	if delay <= 0 {
		delay = DefaultAckDelay
	}
	return &Model{c: c, pager: components.NewPager(c.Styles), delay: delay}
}

// Open shows message id: it loads it from the store (instantly, offline
// too), marks it read, then asks the chain for its ack window.
func (m *Model) Open(id int64) tea.Cmd {
	m.id, m.msg, m.thread, m.status, m.ackErr = id, nil, nil, nil, ""
	m.ackMenu, m.pending, m.linksOn, m.notFound = false, nil, false, false
	m.pager.Find("")
	return m.load(true)
}

// ID is the message shown.
func (m *Model) ID() int64 { return m.id }

func (m *Model) load(markRead bool) tea.Cmd {
	id := m.id
	return m.c.Run(func(ctx context.Context) (tea.Msg, error) {
		msg, err := m.c.Backend.Message(ctx, id)
		if err != nil {
			return nil, err
		}
		if markRead && !msg.Read && msg.Folder == store.FolderInbox {
			if err := m.c.Backend.Read(ctx, id, true); err != nil {
				return nil, err
			}
			msg.Read = true
		}
		th, err := m.c.Backend.Thread(ctx, id)
		if err != nil {
			return nil, err
		}
		return loadedMsg{msg: msg, thread: th}, nil
	})
}

func (m *Model) loadAck() tea.Cmd {
	if m.msg == nil || m.msg.Free || m.msg.Folder == store.FolderSent || m.msg.Ack != store.AckNone {
		return nil
	}
	id, ctx := m.id, m.c.Ctx
	return func() tea.Msg {
		st, err := m.c.Backend.AckStatusOf(ctx, id)
		return ackStatusMsg{id: id, status: st, err: err}
	}
}

// Init does nothing until a message is opened.
func (m *Model) Init() tea.Cmd { return nil }

// SetSize re-wraps the body.
func (m *Model) SetSize(w, h int) {
	m.c.SetSize(w, h)
	m.pager.SetSize(w, max(1, h-m.headerHeight()-1))
}

// Capturing is true while a prompt, a confirmation or the ack chooser has
// the focus.
func (m *Model) Capturing() bool { return m.prompt.IsOpen() || m.confirm.IsOpen() || m.ackMenu }

// Update handles keys, loads and the ack timer.
func (m *Model) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.msg.ID != m.id {
			return m, nil
		}
		m.msg, m.thread = msg.msg, msg.thread
		m.links = Links(msg.msg.Body)
		m.pager.SetText(common.SenderText(msg.msg.Body))
		m.SetSize(m.c.Width, m.c.Height)
		return m, tea.Batch(m.loadAck(), common.Cmd(common.RefreshMsg{}))
	case ackStatusMsg:
		if msg.id == m.id {
			m.status = msg.status
			if msg.err != nil {
				m.ackErr = common.Explain(msg.err).Text()
			}
		}
		return m, nil
	case ackTickMsg:
		p := m.pending
		if p == nil || msg.id != m.id || msg.seq != p.seq || p.submitting {
			return m, nil
		}
		p.left -= time.Second
		if p.left <= 0 {
			return m, m.submit()
		}
		return m, m.tick()
	case ackDoneMsg:
		if msg.id != m.id {
			return m, nil
		}
		m.pending = nil
		if msg.err != nil {
			return m, common.ErrorCmd(msg.err)
		}
		return m, tea.Batch(m.load(false), common.InfoCmd("%s verdict submitted", common.VerdictName(msg.v)))
	case common.RefreshMsg:
		return m, nil
	case tea.KeyPressMsg:
		return m.key(msg)
	}
	if m.prompt.IsOpen() {
		_, _, cmd := m.prompt.Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m *Model) tick() tea.Cmd {
	id, seq := m.id, m.pending.seq
	return tea.Tick(time.Second, func(time.Time) tea.Msg { return ackTickMsg{id: id, seq: seq} })
}

func (m *Model) submit() tea.Cmd {
	p := m.pending
	p.submitting = true
	id, v := m.id, p.v
	ctx := m.c.Ctx
	return func() tea.Msg {
		return ackDoneMsg{id: id, v: v, err: m.c.Backend.Ack(ctx, id, v)}
	}
}

func (m *Model) key(msg tea.KeyPressMsg) (common.Page, tea.Cmd) {
	k := m.c.Keys
	if m.prompt.IsOpen() {
		done, ok, cmd := m.prompt.Update(msg)
		if done && ok {
			return m, m.answer(m.prompt.Kind, m.prompt.Value())
		}
		return m, cmd
	}
	if m.confirm.IsOpen() {
		if done, yes := m.confirm.Update(msg); done && yes {
			return m, m.confirmed(m.confirm.Kind)
		}
		return m, nil
	}
	if m.ackMenu {
		return m, m.ackKey(msg)
	}
	if m.linksOn {
		return m, m.linkKey(msg)
	}
	if m.msg == nil {
		if key.Matches(msg, k.ReaderBack, k.Back) {
			return m, common.Cmd(common.BackMsg{})
		}
		return m, nil
	}
	x := m.msg
	if m.pager.Navigate(k, msg) {
		return m, nil
	}
	switch {
	case key.Matches(msg, k.ReaderBack, k.Back):
		return m, common.Cmd(common.BackMsg{})
	case key.Matches(msg, k.Find):
		return m, m.prompt.Open("find", "find:", m.pager.Query(), false)
	case key.Matches(msg, k.FindNext):
		m.pager.Next()
	case key.Matches(msg, k.FindPrev):
		m.pager.Prev()
	case key.Matches(msg, k.AckMenu):
		if m.pending != nil {
			return m, common.InfoCmd("a verdict is waiting: u undoes it")
		}
		if err := m.ackable(); err != nil {
			return m, common.ErrorCmd(err)
		}
		m.ackMenu = true
	case key.Matches(msg, k.Undo):
		if m.pending != nil && !m.pending.submitting {
			v := m.pending.v
			m.pending = nil
			return m, common.InfoCmd("%s verdict undone: nothing was submitted", common.VerdictName(v))
		}
	case key.Matches(msg, k.SubmitAck):
		if m.pending != nil && !m.pending.submitting {
			return m, m.submit()
		}
	case key.Matches(msg, k.ReaderReply, k.ReaderReplyAll):
		return m, mail.Reply(m.c, x.ID, key.Matches(msg, k.ReaderReplyAll))
	case key.Matches(msg, k.ReaderForward):
		return m, common.Cmd(common.ComposeMsg{Draft: mail.Forward(m.c, x)})
	case key.Matches(msg, k.AddContact):
		if x.From == m.c.Backend.Address() {
			return m, nil
		}
		return m, m.prompt.Open("contact", "add "+x.From.Hex()+" as:", "", false)
	case key.Matches(msg, k.Block):
		m.confirm.Ask("block", fmt.Sprintf("Block %s? Their mail is refused on chain from now on.", m.c.MessageFrom(x)), x.ID)
	case key.Matches(msg, k.Links):
		if len(m.links) == 0 {
			return m, common.InfoCmd("no links in this message")
		}
		m.linksOn, m.linkCur = true, components.Cursor{}
	case key.Matches(msg, k.Save):
		home, _ := os.UserHomeDir()
		return m, m.prompt.Open("save", "save to:", filepath.Join(home, fmt.Sprintf("bmail-%d.txt", x.ID)), false)
	case key.Matches(msg, k.CopyAddress):
		return m, common.Cmd(common.CopyMsg{Text: x.From.Hex(), What: "address"})
	case key.Matches(msg, k.CopyFingerprint):
		return m, common.Cmd(common.CopyMsg{Text: x.Fingerprint.String(), What: "fingerprint"})
	case key.Matches(msg, k.ThreadNext, k.ThreadPrev):
		d := 1
		if key.Matches(msg, k.ThreadPrev) {
			d = -1
		}
		for i, t := range m.thread {
			if t.ID == x.ID && i+d >= 0 && i+d < len(m.thread) {
				return m, common.Cmd(common.OpenMessageMsg{ID: m.thread[i+d].ID})
			}
		}
	case key.Matches(msg, k.ReaderArchive):
		id := x.ID
		return m, m.c.Run(func(ctx context.Context) (tea.Msg, error) {
			if err := m.c.Backend.Move(ctx, id, store.FolderArchive); err != nil {
				return nil, err
			}
			return common.BackMsg{}, nil
		})
	case key.Matches(msg, k.ReaderDelete):
		m.confirm.Ask("delete", "Delete this message for good?", x.ID)
	}
	return m, nil
}

// ackable says why the message cannot be acked, before the chooser opens.
func (m *Model) ackable() error {
	x := m.msg
	switch {
	case x.Folder == store.FolderSent:
		return errors.New("you sent this message: only its recipients ack it")
	case x.Free:
		return fmt.Errorf("%w (free contact mail is not acked)", client.ErrNotAckable)
	case x.Ack != store.AckNone:
		return fmt.Errorf("%w (already %s)", client.ErrNotAckable, common.VerdictName(client.Verdict(x.Ack)))
	case m.status != nil && m.status.WindowLeft <= 0:
		return client.ErrAckWindowClosed
	}
	return nil
}

func (m *Model) ackKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	var v client.Verdict
	switch {
	case key.Matches(msg, k.Valuable):
		v = client.Valuable
	case key.Matches(msg, k.Spam):
		if m.status != nil && !m.status.CanSpam() {
			m.ackMenu = false
			return common.ErrorCmd(client.ErrSpamNotAllowed)
		}
		v = client.Spam
	case key.Matches(msg, k.Abstain):
		v = client.Abstain
	case key.Matches(msg, k.AckCancel):
		m.ackMenu = false
		return nil
	default:
		return nil
	}
	m.ackMenu = false
	m.seq++
	m.pending = &pendingAck{v: v, left: m.delay, seq: m.seq}
	return m.tick()
}

func (m *Model) linkKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	if m.linkCur.Navigate(k, msg, len(m.links), len(m.links)) {
		return nil
	}
	switch {
	case key.Matches(msg, k.Back, k.ReaderBack):
		m.linksOn = false
	case key.Matches(msg, k.Open):
		m.linksOn = false
		return common.Cmd(common.CopyMsg{Text: m.links[m.linkCur.Index], What: "link"})
	case msg.String() == "o":
		m.linksOn = false
		return OpenLink(m.links[m.linkCur.Index])
	}
	return nil
}

// OpenLink opens a URL with $BROWSER, else the desktop's opener; the UI
// gives the terminal to it and takes it back after.
func OpenLink(u string) tea.Cmd {
	opener := os.Getenv("BROWSER")
	if opener == "" {
		opener = "xdg-open"
		if _, err := exec.LookPath(opener); err != nil {
			opener = "open"
		}
	}
	if _, err := exec.LookPath(opener); err != nil {
		return common.ErrorCmd(fmt.Errorf("no program to open links (%s): copy the link instead", opener))
	}
	return tea.ExecProcess(exec.Command(opener, u), func(err error) tea.Msg {
		if err != nil {
			return common.Explain(err)
		}
		return common.InfoMsg{Text: "opened " + u}
	})
}

func (m *Model) answer(kind, v string) tea.Cmd {
	x := m.msg
	switch kind {
	case "find":
		m.pager.Find(v)
		if n, _ := m.pager.Matches(); n == 0 && v != "" {
			return common.InfoCmd("“%s” not found", v)
		}
	case "contact":
		from, name := x.From, strings.TrimSpace(v)
		return m.c.Run(func(ctx context.Context) (tea.Msg, error) {
			if _, err := m.c.Backend.AddContact(ctx, client.AddContactRequest{Who: from.Hex(), Name: name}); err != nil {
				return nil, err
			}
			return common.InfoMsg{Text: "contact added; a free grant is on its way to them"}, nil
		})
	case "save":
		text := Render(m.c, x)
		path := v
		return m.c.Run(func(context.Context) (tea.Msg, error) {
			if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
				return nil, err
			}
			return common.InfoMsg{Text: "saved to " + path}, nil
		})
	}
	return nil
}

func (m *Model) confirmed(kind string) tea.Cmd {
	x := m.msg
	switch kind {
	case "block":
		from := x.From
		return m.c.Run(func(ctx context.Context) (tea.Msg, error) {
			if err := m.c.Backend.Block(ctx, from); err != nil {
				return nil, err
			}
			return common.InfoMsg{Text: "blocked " + from.Hex()}, nil
		})
	case "delete":
		id := x.ID
		return m.c.Run(func(ctx context.Context) (tea.Msg, error) {
			if err := m.c.Backend.Delete(ctx, id); err != nil {
				return nil, err
			}
			return common.BackMsg{}, nil
		})
	}
	return nil
}

// linkRE finds http(s) links in a body.
var linkRE = regexp.MustCompile(`https?://[^\s<>"'()\[\]{}]+`)

// Links lists the distinct links in a body, in order, sanitised.
func Links(body string) []string {
	var out []string
	seen := map[string]bool{}
	for _, l := range linkRE.FindAllString(common.SenderText(body), 50) {
		l = strings.TrimRight(l, ".,;:!?")
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return out
}

// Render is a message as saved to a file: headers and body, sanitised.
func Render(c *common.Common, x *client.Message) string {
	var b strings.Builder
	fmt.Fprintf(&b, "From: %s <%s>\nKeys: %s\nDate: %s\nSubject: %s\n\n", c.MessageFrom(x), x.From.Hex(), x.Fingerprint,
		c.FullTime(x.SentAt), common.Sender(x.Subject))
	b.WriteString(common.SenderText(x.Body))
	if !strings.HasSuffix(b.String(), "\n") {
		b.WriteByte('\n')
	}
	return b.String()
}

func (m *Model) headerHeight() int {
	n := 7
	if len(m.thread) > 1 {
		n++
	}
	return n
}

// View draws the header, the body and the line under it.
func (m *Model) View() string {
	s := m.c.Styles
	w, h := m.c.Width, m.c.Height
	if m.msg == nil {
		return common.Fit(s.Dim.Render("  loading the message…"), w, h)
	}
	x := m.msg
	label := func(l string) string { return s.Label.Render(common.Pad(l, 9)) }
	var b strings.Builder
	from := m.c.MessageFrom(x) + " <" + x.From.Hex() + ">"
	b.WriteString(label("From") + common.Truncate(from, w-9-12) + " " + s.Good.Render("✓ verified") + "\n")
	b.WriteString(label("Keys") + x.Fingerprint.String() + "\n")
	var to []string
	for _, a := range append(slices.Clone(x.To), x.Cc...) {
		to = append(to, m.c.Name(a))
	}
	b.WriteString(label("To") + common.Truncate(strings.Join(to, ", "), w-9) + "\n")
	b.WriteString(label("Date") + m.c.FullTime(x.SentAt) + "\n")
	b.WriteString(label("Subject") + s.Title.Render(common.Truncate(common.Sender(x.Subject), w-9)) + "\n")
	b.WriteString(label("Paid") + m.payment() + "\n")
	b.WriteString(label("Ack") + common.Truncate(m.ackLine(), w-9) + "\n")
	if len(m.thread) > 1 {
		mine, pos := 0, 0
		for i, t := range m.thread {
			if t.From == m.c.Backend.Address() {
				mine++
			}
			if t.ID == x.ID {
				pos = i + 1
			}
		}
		b.WriteString(label("Thread") + fmt.Sprintf("%d of %d messages, %d from you ([ and ] move)", pos, len(m.thread), mine) + "\n")
	}
	head := b.String()
	var body string
	switch {
	case m.ackMenu:
		body = m.ackMenuView()
	case m.linksOn:
		body = m.linksView()
	default:
		body = m.pager.View()
	}
	body = common.Fit(body, w, max(1, h-m.headerHeight()-1))
	var foot string
	switch {
	case m.prompt.IsOpen():
		foot = m.prompt.View(w)
	case m.confirm.IsOpen():
		foot = s.Warn.Render(m.confirm.View())
	default:
		foot = s.Rule.Render(fmt.Sprintf("── %d%% ", m.pager.Percent()))
		if q := m.pager.Query(); q != "" {
			n, cur := m.pager.Matches()
			foot += s.Dim.Render(fmt.Sprintf("· “%s” %d/%d (n/N) ", q, cur, n))
		}
	}
	return common.Fit(head+body+"\n"+common.Pad(foot, w), w, h)
}

func (m *Model) payment() string {
	x := m.msg
	s := m.c.Styles
	switch {
	case x.Folder == store.FolderSent && x.Free:
		return "free (they accept free mail from you)"
	case x.Folder == store.FolderSent:
		return "you paid " + format.Gwei(x.Fee)
	case x.Free:
		return "free (contact mail)"
	}
	cold := ""
	if m.status != nil && m.status.Cold {
		cold = " (cold mail)"
	}
	return s.Amount.Render("paid you "+format.Gwei(x.Fee)) + cold
}

func (m *Model) ackLine() string {
	x := m.msg
	s := m.c.Styles
	switch {
	case x.Folder == store.FolderSent || x.Free:
		return s.Dim.Render("nothing to ack (only paid mail you received)")
	case x.Ack != store.AckNone:
		return s.Good.Render("✓ " + common.VerdictName(client.Verdict(x.Ack)) + " submitted")
	case m.pending != nil && m.pending.submitting:
		return s.Warn.Render(strings.ToUpper(common.VerdictName(m.pending.v))) + " submitting to the chain…"
	case m.pending != nil:
		return s.Warn.Render(strings.ToUpper(common.VerdictName(m.pending.v))) +
			fmt.Sprintf(" in %s · u undo · ! now", common.Duration(m.pending.left))
	case m.ackErr != "":
		return s.Dim.Render("window unknown (" + m.ackErr + ") · A to ack")
	case m.status == nil:
		return s.Dim.Render("checking the ack window…")
	case m.status.WindowLeft <= 0:
		return s.Dim.Render("the ack window has closed")
	}
	return fmt.Sprintf("no verdict yet · window %s left · A to ack", common.Duration(m.status.WindowLeft))
}

func (m *Model) ackMenuView() string {
	s := m.c.Styles
	k := m.c.Keys
	var b strings.Builder
	b.WriteString(s.Title.Render("Your verdict on this sender's paid mail") + "\n")
	if m.status != nil {
		b.WriteString(s.Dim.Render(fmt.Sprintf("window %s left · %d paid mails waiting for a verdict", common.Duration(m.status.WindowLeft), m.status.Pending)) + "\n")
	}
	b.WriteString("\n")
	opt := func(bd key.Binding, v client.Verdict, allowed bool) {
		line := fmt.Sprintf("  [%s] %-9s %s", bd.Help().Key, common.VerdictName(v), common.VerdictEffect(v))
		if !allowed {
			line += " — not allowed now"
			line = s.Dim.Render(line)
		}
		b.WriteString(common.Truncate(line, m.c.Width) + "\n")
	}
	opt(k.Valuable, client.Valuable, true)
	opt(k.Spam, client.Spam, m.status == nil || m.status.CanSpam())
	opt(k.Abstain, client.Abstain, true)
	b.WriteString("\n" + s.Dim.Render(fmt.Sprintf("Submitted after %s; until then u undoes it. %s cancels.", common.Duration(m.delay), k.AckCancel.Help().Key)))
	return b.String()
}

func (m *Model) linksView() string {
	s := m.c.Styles
	var b strings.Builder
	b.WriteString(s.Title.Render("Links") + s.Dim.Render(" — enter copies (OSC 52) · o opens · esc closes") + "\n")
	for i, l := range m.links {
		line := components.Mark(i == m.linkCur.Index) + fmt.Sprintf("%d. %s", i+1, l)
		if i == m.linkCur.Index {
			line = s.Selected.Render(common.Pad(line, m.c.Width))
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

// ShortHelp is the help bar.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	if m.ackMenu {
		return []key.Binding{k.Valuable, k.Spam, k.Abstain, k.AckCancel}
	}
	if m.pending != nil {
		return []key.Binding{k.Undo, k.SubmitAck, k.ReaderBack}
	}
	return []key.Binding{k.ReaderBack, k.ReaderReply, k.AckMenu, k.Find, k.AddContact, k.Links, k.CopyAddress, k.Help}
}

// FullHelp is the ? overlay.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.c.Keys
	return [][]key.Binding{
		{k.ReaderBack, k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom, k.Find, k.FindNext, k.FindPrev},
		{k.AckMenu, k.Undo, k.SubmitAck, k.ReaderReply, k.ReaderReplyAll, k.ReaderForward, k.ThreadPrev, k.ThreadNext},
		{k.AddContact, k.Block, k.Links, k.Save, k.CopyAddress, k.CopyFingerprint, k.ReaderArchive, k.ReaderDelete},
	}
}
