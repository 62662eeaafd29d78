package tui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	gethcommon "github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/tui/common"
	"github.com/bmail-network/bmail/client/tui/components"
	"github.com/bmail-network/bmail/client/tui/pages/account"
	"github.com/bmail-network/bmail/client/tui/pages/compose"
	"github.com/bmail-network/bmail/client/tui/pages/contacts"
	"github.com/bmail-network/bmail/client/tui/pages/mail"
	"github.com/bmail-network/bmail/client/tui/pages/outbox"
	"github.com/bmail-network/bmail/client/tui/pages/reader"
	"github.com/bmail-network/bmail/client/tui/pages/relays"
)

// Messages the app owns.
type (
	eventMsg   struct{ ev client.Event }
	eventsEnd  struct{}
	runEndMsg  struct{ err error }
	syncedMsg  struct{ rep *client.SyncReport }
	openedMsg  struct{ backend common.Backend }
	namesMsg   struct{ names map[gethcommon.Address]string }
	statusTick struct{}
)

// StatusEvery is how often the status line reads the connections (no I/O).
const StatusEvery = 2 * time.Second

// App is the root model: the header, the active page, the notice line,
// the status line and the help bar.
type App struct {
	o       Options
	ctx     context.Context
	c       *common.Common
	styles  *common.Styles
	onboard *onboarding

	mail     *mail.Model
	contacts *contacts.Model
	account  *account.Model
	relays   *relays.Model
	reader   *reader.Model
	compose  *compose.Model
	active   common.PageID
	back     common.PageID
	help     bool

	notice  string
	isError bool
	spin    spinner.Model
	busy    int

	events     <-chan client.Event
	stopEvents func()
	relayUp    map[string]bool
	chainErr   string
	final      uint64
	lastSync   time.Time
	runErr     string
	width      int
	height     int
}

// New returns the UI's root model (onboarding first when o.Backend is nil).
func New(ctx context.Context, o Options) *App {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Loc == nil {
		o.Loc = time.Local
	}
	if o.Keys == nil {
		o.Keys = common.DefaultKeyMap()
	}
	st := common.NewStyles(o.Dark)
	a := &App{o: o, ctx: ctx, styles: &st, relayUp: map[string]bool{}, width: 80, height: 24}
	a.spin = spinner.New(spinner.WithSpinner(spinner.MiniDot))
	if o.Backend == nil {
		a.onboard = newOnboarding(ctx, a.styles, o.Onboard, o.Open)
		return a
	}
	a.setBackend(o.Backend)
	return a
}

func (a *App) setBackend(b common.Backend) {
	a.c = &common.Common{Ctx: a.ctx, Backend: b, Styles: a.styles, Keys: a.o.Keys, Now: a.o.Now, Loc: a.o.Loc,
		Names: map[gethcommon.Address]string{}}
	if cl, ok := b.(*client.Client); ok {
		a.c.News = common.NewsOf(cl)
	}
	sub := func() *common.Common { cp := *a.c; return &cp }
	// Pages share Names and Styles (maps and pointers) but keep their own
	// sizes.
	a.mail = mail.New(sub())
	a.contacts = contacts.New(sub())
	a.account = account.New(sub())
	a.relays = relays.New(sub())
	a.reader = reader.New(sub(), a.o.AckDelay)
	a.compose = compose.New(sub())
	a.active = common.PageMail
	a.layout()
}

// Init starts the pages, the event stream and the live loop.
func (a *App) Init() tea.Cmd {
	cmds := []tea.Cmd{tea.RequestBackgroundColor}
	if a.onboard != nil {
		return tea.Batch(append(cmds, a.onboard.Init())...)
	}
	return tea.Batch(append(cmds, a.start())...)
}

func (a *App) start() tea.Cmd {
	a.events, a.stopEvents = a.c.Backend.Events()
	a.relayUp = a.c.Backend.InboxConnections()
	cmds := []tea.Cmd{a.mail.Init(), a.contacts.Init(), a.loadNames(), a.waitEvent(), a.statusTick()}
	if a.o.Live {
		b, ctx := a.c.Backend, a.ctx
		cmds = append(cmds, func() tea.Msg { return runEndMsg{b.Run(ctx)} })
	}
	return tea.Batch(cmds...)
}

func (a *App) statusTick() tea.Cmd {
	return tea.Tick(StatusEvery, func(time.Time) tea.Msg { return statusTick{} })
}

func (a *App) waitEvent() tea.Cmd {
	ch := a.events
	return func() tea.Msg {
		ev, ok := <-ch
		if !ok {
			return eventsEnd{}
		}
		return eventMsg{ev}
	}
}

func (a *App) loadNames() tea.Cmd {
	b, ctx := a.c.Backend, a.ctx
	return func() tea.Msg {
		cs, err := b.Contacts(ctx)
		if err != nil {
			return common.Explain(err)
		}
		names := map[gethcommon.Address]string{}
		for _, c := range cs {
			names[c.Account] = c.Name
		}
		return namesMsg{names}
	}
}

func (a *App) pages() []common.Page {
	return []common.Page{a.mail, a.contacts, a.account, a.relays, a.reader, a.compose}
}

func (a *App) page() common.Page {
	switch a.active {
	case common.PageContacts:
		return a.contacts
	case common.PageAccount:
		return a.account
	case common.PageRelays:
		return a.relays
	case common.PageReader:
		return a.reader
	case common.PageCompose:
		return a.compose
	}
	return a.mail
}

// bodyHeight leaves the header, the notice, the status line and the help
// bar.
func (a *App) bodyHeight() int { return max(3, a.height-4) }

func (a *App) layout() {
	if a.c == nil {
		return
	}
	for _, p := range a.pages() {
		p.SetSize(a.width, a.bodyHeight())
	}
}

// Update routes messages.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.width, a.height = msg.Width, msg.Height
		a.layout()
		if a.onboard != nil {
			a.onboard.setSize(msg.Width, msg.Height)
		}
		return a, nil
	case tea.BackgroundColorMsg:
		*a.styles = common.NewStyles(msg.IsDark())
		return a, nil
	case openedMsg:
		a.onboard = nil
		a.setBackend(msg.backend)
		return a, a.start()
	case tea.KeyPressMsg:
		k := a.o.Keys
		switch {
		case key.Matches(msg, k.Interrupt):
			return a, tea.Quit
		case key.Matches(msg, k.Suspend):
			return a, tea.Suspend
		}
	}
	if a.onboard != nil {
		return a, a.onboard.update(msg)
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return a, a.key(msg)
	case spinner.TickMsg:
		if a.busy == 0 {
			return a, nil
		}
		var cmd tea.Cmd
		a.spin, cmd = a.spin.Update(msg)
		return a, cmd
	case common.ErrorMsg:
		a.notice, a.isError = msg.Text(), true
		if msg.Hint != "" {
			a.notice += " — " + msg.Hint
		}
		a.busy = max(0, a.busy-1)
		return a, a.broadcast(msg)
	case common.InfoMsg:
		a.notice, a.isError = msg.Text, false
		return a, a.broadcast(common.RefreshMsg{})
	case common.OpenMessageMsg:
		if a.active != common.PageReader {
			a.back = a.active
		}
		a.active = common.PageReader
		return a, a.reader.Open(msg.ID)
	case common.ComposeMsg:
		return a, a.openCompose(msg.Draft)
	case common.BackMsg:
		return a, a.goBack()
	case common.SentMsg:
		a.active = common.PageMail
		a.notice, a.isError = fmt.Sprintf("outbox #%d queued: each step shows here until final", msg.OutboxID), false
		return a, tea.Batch(a.broadcast(common.RefreshMsg{}), common.Cmd(common.ShowPageMsg{Page: common.PageMail, Folder: common.FolderOutbox}))
	case common.ShowPageMsg:
		a.active = msg.Page
		var cmd tea.Cmd
		if msg.Page == common.PageMail {
			_, cmd = a.mail.Update(msg)
		}
		return a, cmd
	case common.CopyMsg:
		a.notice, a.isError = "copied "+msg.What+" to the clipboard (OSC 52): "+common.Truncate(msg.Text, 40), false
		return a, tea.SetClipboard(msg.Text)
	case namesMsg:
		clear(a.c.Names)
		for k, v := range msg.names {
			a.c.Names[k] = v
		}
		return a, nil
	case eventMsg:
		return a, tea.Batch(a.event(msg.ev), a.waitEvent())
	case statusTick:
		for u, up := range a.c.Backend.InboxConnections() {
			a.relayUp[u] = up
		}
		return a, a.statusTick()
	case runEndMsg:
		if msg.err != nil && a.ctx.Err() == nil {
			ex := common.Explain(msg.err)
			a.runErr = ex.Text()
			a.notice, a.isError = "offline: "+ex.Text()+" — "+ex.Hint, true
		}
		return a, nil
	case syncedMsg:
		a.busy = max(0, a.busy-1)
		a.lastSync = a.o.Now()
		if msg.rep.ChainErr != "" {
			a.chainErr = msg.rep.ChainErr
		} else {
			a.chainErr, a.final = "", msg.rep.FinalBlock
		}
		for _, r := range msg.rep.Relays {
			a.relayUp[r.Relay] = r.OK
		}
		a.notice, a.isError = fmt.Sprintf("synced: %d new, %d waiting for payment, %d held back", msg.rep.Shown, msg.rep.Waiting, msg.rep.HeldBack), false
		return a, tea.Batch(a.broadcast(common.RefreshMsg{}), a.loadNames())
	}
	return a, a.broadcast(msg)
}

// broadcast hands a message to every page (each ignores what is not its
// own) and refreshes the contact names.
func (a *App) broadcast(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	for _, p := range a.pages() {
		_, cmd := p.Update(msg)
		cmds = append(cmds, cmd)
	}
	if _, ok := msg.(common.RefreshMsg); ok {
		cmds = append(cmds, a.loadNames())
	}
	return tea.Batch(cmds...)
}

func (a *App) key(msg tea.KeyPressMsg) tea.Cmd {
	k := a.o.Keys
	if a.help {
		if key.Matches(msg, k.Help, k.Back, k.Quit) {
			a.help = false
		}
		return nil
	}
	p := a.page()
	if p.Capturing() {
		_, cmd := p.Update(msg)
		if a.active == common.PageCompose && a.compose.Closed() {
			return tea.Batch(cmd, a.goBack()) // at once: keys typed next go to the list
		}
		return cmd
	}
	switch {
	case a.active == common.PageReader && key.Matches(msg, k.ReaderBack, k.Back):
		return a.goBack() // at once: keys typed next go to the list
	case key.Matches(msg, k.Help):
		a.help = true
		return nil
	case key.Matches(msg, k.Sync):
		return a.sync()
	case key.Matches(msg, k.Compose) && a.active != common.PageContacts:
		return a.openCompose(nil) // at once: keys typed next go to the form
	case key.Matches(msg, k.TabMail):
		a.active = common.PageMail
		_, cmd := a.mail.Update(common.ShowPageMsg{Page: common.PageMail, Folder: common.FolderInbox})
		return cmd
	case key.Matches(msg, k.TabContacts):
		a.active = common.PageContacts
		return a.contacts.Init()
	case key.Matches(msg, k.TabAccount):
		a.active = common.PageAccount
		return a.account.Init()
	case key.Matches(msg, k.TabRelays):
		a.active = common.PageRelays
		return a.relays.Init()
	}
	_, cmd := p.Update(msg)
	return cmd
}

func (a *App) goBack() tea.Cmd {
	if a.active == common.PageReader || a.active == common.PageCompose {
		a.active = a.back
	}
	return a.broadcast(common.RefreshMsg{})
}

func (a *App) openCompose(d *client.Draft) tea.Cmd {
	if a.active != common.PageCompose && a.active != common.PageReader {
		a.back = a.active
	}
	a.active = common.PageCompose
	a.notice = ""
	return a.compose.Open(d)
}

func (a *App) sync() tea.Cmd {
	a.busy++
	a.notice, a.isError = "syncing with the relays and the chain…", false
	b, ctx := a.c.Backend, a.ctx
	return tea.Batch(a.spin.Tick, func() tea.Msg {
		rep, err := b.Sync(ctx)
		if err != nil {
			return common.Explain(err)
		}
		return syncedMsg{rep}
	}, mail.SyncNews(a.c))
}

// event reacts to the client's live events.
func (a *App) event(ev client.Event) tea.Cmd {
	switch ev.Kind {
	case client.EventNewMail:
		a.lastSync = a.o.Now()
		a.notice, a.isError = "new mail arrived", false
		cmds := []tea.Cmd{a.broadcast(common.RefreshMsg{})}
		if a.o.Bell {
			cmds = append(cmds, tea.Raw("\a"))
		}
		return tea.Batch(cmds...)
	case client.EventRelayHealth:
		a.relayUp[ev.Relay] = ev.Connected
	case client.EventChainHealth:
		if ev.Err != "" {
			a.chainErr = ev.Err
		} else {
			a.chainErr, a.final = "", ev.Final
			a.lastSync = a.o.Now()
		}
	case client.EventOutboxStep, client.EventPaymentFinal, client.EventHeldBack, client.EventMailHidden, client.EventGrant:
		return a.broadcast(common.RefreshMsg{})
	case client.EventKeyChanged:
		a.notice, a.isError = fmt.Sprintf("!! the keys of %s changed — compare fingerprints on the Contacts screen (2)", a.c.Name(ev.Account)), true
		return a.broadcast(common.RefreshMsg{})
	case client.EventSubstituted:
		a.notice, a.isError = fmt.Sprintf("a relay served keys for %s that the chain does not name; ignored", a.c.Name(ev.Account)), true
	}
	return nil
}

// View draws the screen.
func (a *App) View() tea.View {
	var content string
	if a.onboard != nil {
		content = a.onboard.view(a.width, a.height)
	} else {
		content = a.screen()
	}
	v := tea.NewView(content)
	v.AltScreen = true
	v.WindowTitle = "b-mail"
	return v
}

// Screen is the current screen as text (tests and docs use it).
func (a *App) Screen() string {
	if a.onboard != nil {
		return a.onboard.view(a.width, a.height)
	}
	return a.screen()
}

func (a *App) screen() string {
	s := a.styles
	w := a.width
	body := a.page().View()
	if a.help {
		body = components.HelpOverlay(s, "Keys", append(a.page().FullHelp(), a.globalHelp()...), w, a.bodyHeight())
	}
	body = common.Fit(body, w, a.bodyHeight())
	notice := ""
	if a.notice != "" {
		if a.isError {
			notice = s.Error.Render(common.Truncate("✗ "+a.notice, w))
		} else {
			notice = s.Info.Render(common.Truncate(a.notice, w))
		}
	}
	help := components.HelpBar(s, a.page().ShortHelp(), w)
	return strings.Join([]string{a.header(), body, common.Pad(notice, w), a.status(), help}, "\n")
}

func (a *App) globalHelp() [][]key.Binding {
	k := a.o.Keys
	return [][]key.Binding{{k.TabMail, k.TabContacts, k.TabAccount, k.TabRelays, k.Compose, k.Sync, k.Help, k.Suspend, k.Interrupt}}
}

// header is the brand, the tabs and, on a dev network, the DEVNET banner.
func (a *App) header() string {
	s := a.styles
	w := a.width
	tabs := []struct {
		id   common.PageID
		name string
	}{{common.PageMail, "1 Mail"}, {common.PageContacts, "2 Contacts"}, {common.PageAccount, "3 Account"}, {common.PageRelays, "4 Relays"}}
	cur := a.active
	if cur == common.PageReader || cur == common.PageCompose {
		cur = a.back
	}
	line := s.Brand.Render(" b-mail ")
	for _, t := range tabs {
		if t.id == cur {
			line += s.TabActive.Render("[" + t.name + "]")
		} else {
			line += s.TabInactive.Render(" " + t.name + " ")
		}
	}
	switch a.active {
	case common.PageReader:
		line += s.TabInactive.Render(" › reading")
	case common.PageCompose:
		line += s.TabInactive.Render(" › writing")
	}
	right := ""
	if a.c.Backend.Dev() {
		right = s.Dev.Render(" " + config.DevLabel + ": not money ")
	}
	gap := w - lipgloss.Width(line) - lipgloss.Width(right)
	if gap < 0 {
		return common.Pad(line, w-lipgloss.Width(right)) + right
	}
	return line + s.Header.Render(strings.Repeat(" ", gap)) + right
}

// status is the connections, the chain, sync, pending payments and the
// network, in words and marks.
func (a *App) status() string {
	s := a.styles
	relays := a.c.Backend.InboxConnections()
	up := 0
	for r := range relays {
		if a.relayUp[r] {
			up++
		}
	}
	var parts []string
	switch {
	case len(relays) == 0:
		parts = append(parts, "○ no relays")
	case up == 0:
		parts = append(parts, fmt.Sprintf("○ relays 0/%d (offline, retrying)", len(relays)))
	default:
		parts = append(parts, fmt.Sprintf("● relays %d/%d", up, len(relays)))
	}
	switch {
	case a.chainErr != "":
		parts = append(parts, "○ chain unreachable")
	case a.final > 0:
		parts = append(parts, fmt.Sprintf("chain final #%d", a.final))
	default:
		parts = append(parts, "chain not read yet")
	}
	if !a.lastSync.IsZero() {
		parts = append(parts, "synced "+a.lastSync.In(a.o.Loc).Format("15:04"))
	}
	if n := a.mail.Outbox().Pending(); n > 0 {
		parts = append(parts, fmt.Sprintf("%d sending", n))
	}
	if a.busy > 0 {
		parts = append(parts, a.spin.View()+" working")
	}
	parts = append(parts, a.c.Backend.Label())
	return s.StatusBar.Render(common.Pad(" "+strings.Join(parts, " · "), a.width))
}

// ensure the outbox package's messages reach the mail page.
var _ = outbox.RanMsg{}
