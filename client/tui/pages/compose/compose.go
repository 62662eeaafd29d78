// Package compose is the composer: To and Cc that complete from contacts
// and take contact strings, the built-in editor (paste works) or
// $VISUAL/$EDITOR, drafts saved as you type (a crash loses nothing), and
// each recipient's quote computed from cached chain state on every key and
// from fresh state when typing pauses. The review step (review.go) shows
// the total, the balance afterwards and the spending caps; one explicit
// confirm queues the message, and refusals come before any money moves.
package compose

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	gethcommon "github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/format"
	"github.com/bmail-network/bmail/client/tui/common"
)

// PauseDelay is how long typing must pause before the draft is saved and
// quotes are refreshed from the chain.
const PauseDelay = 700 * time.Millisecond

// Fields of the form, in tab order.
const (
	fieldTo = iota
	fieldCc
	fieldSubject
	fieldBody
	nFields
)

// Messages this package owns.
type (
	pauseMsg struct{ seq int }
	savedMsg struct {
		id  int64
		seq int
	}
	contactsMsg struct{ contacts []client.Contact }
	resolvedMsg struct {
		token string
		addr  gethcommon.Address
		err   error
	}
	quotedMsg struct {
		addr  gethcommon.Address
		q     *client.Quote
		err   error
		fresh bool
	}
	editedMsg struct {
		body string
		err  error
	}
)

// quoteState is what is known of one recipient's price.
type quoteState struct {
	q       *client.Quote
	err     error
	fresh   bool
	loading bool
}

// Model is the composer and its review step.
type Model struct {
	c        *common.Common
	inputs   [3]textinput.Model
	body     textarea.Model
	focus    int
	draftID  int64
	reply    [32]byte
	seq      int // edits so far
	savedSeq int
	contacts []client.Contact
	resolved map[string]gethcommon.Address // token → account
	badToken map[string]string             // token → why it does not resolve
	quotes   map[gethcommon.Address]*quoteState
	size     uint32
	sugg     []string
	suggI    int
	review   *review
	closed   bool // sent or closed: no more autosaves
}

// New returns an empty composer.
func New(c *common.Common) *Model {
	m := &Model{c: c}
	for i, p := range []string{"To", "Cc", "Subject"} {
		in := textinput.New()
		in.Prompt = ""
		in.Placeholder = map[string]string{"To": "name, 0x address or bmail: contact string", "Cc": "", "Subject": ""}[p]
		in.CharLimit = 4096
		m.inputs[i] = in
	}
	m.body = textarea.New()
	m.body.ShowLineNumbers = false
	m.body.Prompt = ""
	m.body.Placeholder = "Write your message (plain text; Markdown is shown as text)."
	m.body.CharLimit = 0
	m.body.MaxHeight = 0
	return m
}

// Open loads a draft (nil: a new message) into the form.
func (m *Model) Open(d *client.Draft) tea.Cmd {
	*m = *New(m.c)
	m.resolved, m.badToken, m.quotes = map[string]gethcommon.Address{}, map[string]string{}, map[gethcommon.Address]*quoteState{}
	if d != nil {
		m.draftID, m.reply = d.ID, d.InReplyTo
		m.inputs[fieldTo].SetValue(strings.Join(d.To, ", "))
		m.inputs[fieldCc].SetValue(strings.Join(d.Cc, ", "))
		m.inputs[fieldSubject].SetValue(d.Subject)
		m.body.SetValue(d.Body)
		m.body.MoveToBegin()
	}
	m.focus = fieldTo
	if m.inputs[fieldTo].Value() != "" {
		m.focus = fieldBody
		if m.inputs[fieldSubject].Value() == "" {
			m.focus = fieldSubject
		}
	}
	m.SetSize(m.c.Width, m.c.Height)
	ctx := m.c.Ctx
	loadContacts := func() tea.Msg {
		cs, err := m.c.Backend.Contacts(ctx)
		if err != nil {
			return common.Explain(err)
		}
		return contactsMsg{cs}
	}
	return tea.Batch(m.setFocus(m.focus), loadContacts, m.resolveAll(true))
}

// Closed reports whether the composer was closed or its message queued:
// the app then leaves it.
func (m *Model) Closed() bool { return m.closed }

// DraftID is the draft being edited (0 before the first save).
func (m *Model) DraftID() int64 { return m.draftID }

// Init does nothing until Open.
func (m *Model) Init() tea.Cmd { return nil }

// Capturing is true while editing (every key goes to the form).
func (m *Model) Capturing() bool { return m.review == nil || m.review.capturing() }

// SetSize lays the form out.
func (m *Model) SetSize(w, h int) {
	m.c.SetSize(w, h)
	for i := range m.inputs {
		m.inputs[i].SetWidth(max(10, w-12))
	}
	m.body.SetWidth(w)
	m.body.SetHeight(max(3, h-m.fixedHeight()))
	if m.review != nil {
		m.review.setSize(w, h)
	}
}

// fixedHeight is the lines around the body: fields, suggestions, rules and
// the price panel.
func (m *Model) fixedHeight() int {
	return 3 + 1 + 1 + 1 + m.priceHeight()
}

func (m *Model) priceHeight() int { return 4 }

func (m *Model) setFocus(i int) tea.Cmd {
	m.focus = (i + nFields) % nFields
	for j := range m.inputs {
		m.inputs[j].Blur()
	}
	m.body.Blur()
	m.sugg = nil
	if m.focus == fieldBody {
		return m.body.Focus()
	}
	m.suggest()
	return m.inputs[m.focus].Focus()
}

// Update handles keys, pastes, timers and answers.
func (m *Model) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	if m.review != nil {
		if cmd, handled := m.review.update(m, msg); handled {
			return m, cmd
		}
	}
	switch msg := msg.(type) {
	case contactsMsg:
		m.contacts = msg.contacts
		m.suggest()
		return m, nil
	case pauseMsg:
		if msg.seq != m.seq || m.closed {
			return m, nil
		}
		return m, tea.Batch(m.save(), m.resolveAll(true))
	case savedMsg:
		if m.draftID == 0 {
			m.draftID = msg.id
		}
		m.savedSeq = max(m.savedSeq, msg.seq)
		return m, nil
	case resolvedMsg:
		if msg.err != nil {
			if m.hasToken(msg.token) { // not a prefix typed on the way to another
				m.badToken[msg.token] = m.c.Problem(msg.err)
			}
			return m, nil
		}
		delete(m.badToken, msg.token)
		m.resolved[msg.token] = msg.addr
		return m, m.quote(msg.addr, true)
	case quotedMsg:
		st := m.quotes[msg.addr]
		if st == nil {
			st = &quoteState{}
			m.quotes[msg.addr] = st
		}
		st.loading = false
		if msg.err == nil || msg.fresh {
			st.q, st.err, st.fresh = msg.q, msg.err, msg.fresh
		}
		return m, nil
	case editedMsg:
		if msg.err != nil {
			return m, common.ErrorCmd(msg.err)
		}
		m.body.SetValue(msg.body)
		return m, m.changed()
	case tea.KeyPressMsg:
		return m, m.key(msg)
	case tea.PasteMsg:
		var cmd tea.Cmd
		if m.focus == fieldBody {
			m.body, cmd = m.body.Update(msg)
		} else {
			m.inputs[m.focus], cmd = m.inputs[m.focus].Update(msg)
		}
		return m, tea.Batch(cmd, m.changed())
	}
	var cmd tea.Cmd
	if m.focus == fieldBody {
		m.body, cmd = m.body.Update(msg)
	} else {
		m.inputs[m.focus], cmd = m.inputs[m.focus].Update(msg)
	}
	return m, cmd
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	switch {
	case key.Matches(msg, k.CloseCompose):
		// The app leaves the composer at once (Closed), so the keys typed
		// next reach the list; the save runs behind.
		save := m.save()
		m.closed = true
		return tea.Sequence(save, common.InfoCmd("draft saved"))
	case key.Matches(msg, k.NextField):
		return m.setFocus(m.focus + 1)
	case key.Matches(msg, k.PrevField):
		return m.setFocus(m.focus - 1)
	case key.Matches(msg, k.Complete):
		m.complete()
		return m.changed()
	case key.Matches(msg, k.Editor):
		return m.editor()
	case key.Matches(msg, k.Review):
		return m.startReview()
	}
	var cmd tea.Cmd
	if m.focus == fieldBody {
		m.body, cmd = m.body.Update(msg)
	} else {
		m.inputs[m.focus], cmd = m.inputs[m.focus].Update(msg)
		if m.focus <= fieldCc {
			m.suggest()
		}
	}
	return tea.Batch(cmd, m.changed())
}

// changed forgets the complaints about tokens no longer in To or Cc,
// re-prices from cached state now and schedules the pause.
func (m *Model) changed() tea.Cmd {
	for t := range m.badToken {
		if !m.hasToken(t) {
			delete(m.badToken, t)
		}
	}
	m.seq++
	m.reprice()
	seq := m.seq
	return tea.Tick(PauseDelay, func(time.Time) tea.Msg { return pauseMsg{seq: seq} })
}

// tokens splits a To or Cc field.
func tokens(s string) []string {
	var out []string
	for _, t := range strings.Split(s, ",") {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// hasToken reports whether To or Cc holds the token now.
func (m *Model) hasToken(t string) bool {
	return slices.Contains(m.to(), t) || slices.Contains(m.cc(), t)
}

func (m *Model) to() []string { return tokens(m.inputs[fieldTo].Value()) }
func (m *Model) cc() []string { return tokens(m.inputs[fieldCc].Value()) }

// recipients are the resolved accounts in To then Cc order (duplicates
// once).
func (m *Model) recipients() []gethcommon.Address {
	var out []gethcommon.Address
	seen := map[gethcommon.Address]bool{}
	for _, t := range append(m.to(), m.cc()...) {
		if a, ok := m.resolved[t]; ok && !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	return out
}

// reprice recomputes the priced size and every cached quote: no I/O.
func (m *Model) reprice() {
	size, err := m.c.Backend.PricedSize(m.inputs[fieldSubject].Value(), m.body.Value(), max(1, len(m.to())), len(m.cc()))
	if err != nil {
		return
	}
	m.size = size
	for _, a := range m.recipients() {
		st := m.quotes[a]
		if st == nil {
			continue
		}
		if q, err := m.c.Backend.QuoteCached(a, size); err == nil {
			st.q, st.fresh, st.err = q, false, nil
		}
	}
}

// resolveAll resolves new tokens and, when fresh, re-quotes everyone from
// the chain.
func (m *Model) resolveAll(fresh bool) tea.Cmd {
	var cmds []tea.Cmd
	for _, t := range append(m.to(), m.cc()...) {
		if a, ok := m.resolved[t]; ok {
			if fresh {
				cmds = append(cmds, m.quote(a, true))
			}
			continue
		}
		tok, ctx := t, m.c.Ctx
		cmds = append(cmds, func() tea.Msg {
			a, _, err := m.c.Backend.ParseRecipient(ctx, tok)
			return resolvedMsg{token: tok, addr: a, err: err}
		})
	}
	return tea.Batch(cmds...)
}

// quote asks for a fresh quote (I/O, in a command).
func (m *Model) quote(a gethcommon.Address, fresh bool) tea.Cmd {
	st := m.quotes[a]
	if st == nil {
		st = &quoteState{}
		m.quotes[a] = st
	}
	if st.loading {
		return nil
	}
	st.loading = true
	size, ctx := m.size, m.c.Ctx
	if size == 0 {
		m.reprice()
		size = m.size
	}
	return func() tea.Msg {
		q, err := m.c.Backend.Quote(ctx, a, size)
		return quotedMsg{addr: a, q: q, err: err, fresh: fresh}
	}
}

// Draft is the form as a draft.
func (m *Model) Draft() *client.Draft {
	return &client.Draft{ID: m.draftID, To: m.to(), Cc: m.cc(), Subject: m.inputs[fieldSubject].Value(),
		Body: m.body.Value(), InReplyTo: m.reply}
}

// save writes the draft (autosave).
func (m *Model) save() tea.Cmd {
	d, seq, ctx := m.Draft(), m.seq, m.c.Ctx
	if d.ID == 0 && len(d.To) == 0 && len(d.Cc) == 0 && d.Subject == "" && d.Body == "" {
		return nil
	}
	return func() tea.Msg {
		id, err := m.c.Backend.SaveDraft(ctx, d)
		if err != nil {
			return common.Explain(fmt.Errorf("saving the draft: %w", err))
		}
		return savedMsg{id: id, seq: seq}
	}
}

// suggest lists contacts matching the token being typed in To or Cc.
func (m *Model) suggest() {
	m.sugg, m.suggI = nil, 0
	if m.focus > fieldCc {
		return
	}
	v := m.inputs[m.focus].Value()
	tok := strings.ToLower(strings.TrimSpace(v[strings.LastIndex(v, ",")+1:]))
	if tok == "" {
		return
	}
	for _, ct := range m.contacts {
		name := strings.ToLower(ct.Name)
		addr := strings.ToLower(ct.Account.Hex())
		if (name != "" && strings.HasPrefix(name, tok) && name != tok) || (len(tok) >= 3 && strings.HasPrefix(addr, tok) && addr != tok) {
			label := ct.Name
			if label == "" {
				label = ct.Account.Hex()
			}
			m.sugg = append(m.sugg, common.Sender(label))
		}
	}
	if strings.HasPrefix(tok, client.ContactScheme) {
		if _, err := client.ParseContactString(strings.TrimSpace(v[strings.LastIndex(v, ",")+1:])); err == nil {
			m.sugg = append([]string{"✓ contact string"}, m.sugg...)
		}
	}
}

// complete replaces the token being typed with the next suggestion.
func (m *Model) complete() {
	if len(m.sugg) == 0 || m.focus > fieldCc || strings.HasPrefix(m.sugg[0], "✓") {
		return
	}
	in := &m.inputs[m.focus]
	v := in.Value()
	cut := strings.LastIndex(v, ",") + 1
	head := v[:cut]
	if cut > 0 {
		head += " "
	}
	in.SetValue(head + m.sugg[m.suggI%len(m.sugg)] + ", ")
	in.CursorEnd()
	m.sugg = nil
}

// editor hands the body to $VISUAL or $EDITOR and takes it back.
func (m *Model) editor() tea.Cmd {
	ed := os.Getenv("VISUAL")
	if ed == "" {
		ed = os.Getenv("EDITOR")
	}
	if ed == "" {
		return common.ErrorCmd(errors.New("neither $VISUAL nor $EDITOR is set: use the built-in editor, or set one"))
	}
	f, err := os.CreateTemp("", "bmail-draft-*.txt")
	if err != nil {
		return common.ErrorCmd(err)
	}
	path := f.Name()
	_, err = f.WriteString(m.body.Value())
	f.Close()
	if err != nil {
		return common.ErrorCmd(err)
	}
	args := strings.Fields(ed)
	cmd := exec.Command(args[0], append(args[1:], path)...)
	return tea.Sequence(m.save(), tea.ExecProcess(cmd, func(err error) tea.Msg {
		defer os.Remove(path)
		if err != nil {
			return editedMsg{err: fmt.Errorf("the editor failed: %w", err)}
		}
		b, err := os.ReadFile(path)
		return editedMsg{body: string(b), err: err}
	}))
}

// View draws the form and the price panel, or the review.
func (m *Model) View() string {
	if m.review != nil {
		return m.review.view(m)
	}
	s := m.c.Styles
	w := m.c.Width
	label := func(i int, l string) string {
		mark := "  "
		if m.focus == i {
			mark = "› "
		}
		return mark + s.Label.Render(common.Pad(l, 8))
	}
	var b strings.Builder
	b.WriteString(common.Pad(label(fieldTo, "To")+m.inputs[fieldTo].View(), w) + "\n")
	b.WriteString(common.Pad(label(fieldCc, "Cc")+m.inputs[fieldCc].View(), w) + "\n")
	b.WriteString(common.Pad(label(fieldSubject, "Subject")+m.inputs[fieldSubject].View(), w) + "\n")
	hint := ""
	switch {
	case len(m.sugg) > 0:
		hint = "  " + m.c.Keys.Complete.Help().Key + " completes: " + strings.Join(m.sugg, " · ")
	case len(m.badToken) > 0:
		for t, why := range m.badToken {
			hint = s.Error.Render("  ✗ " + common.Sender(t) + ": " + why)
			break
		}
	default:
		hint = s.Dim.Render(fmt.Sprintf("  draft %s", m.saveState()))
	}
	b.WriteString(common.Pad(hint, w) + "\n")
	bodyMark := s.Rule.Render("──")
	if m.focus == fieldBody {
		bodyMark = "› " + s.Rule.Render("")
	}
	b.WriteString(common.Pad(bodyMark+s.Rule.Render(strings.Repeat("─", w)), w) + "\n")
	b.WriteString(common.Fit(m.body.View(), w, max(3, m.c.Height-m.fixedHeight())) + "\n")
	b.WriteString(s.Rule.Render(common.Pad("── price ", w)) + "\n")
	b.WriteString(m.priceView())
	return common.Fit(b.String(), w, m.c.Height)
}

func (m *Model) saveState() string {
	switch {
	case m.draftID == 0:
		return "not saved yet (saves when you pause)"
	case m.savedSeq == m.seq:
		return fmt.Sprintf("#%d saved", m.draftID)
	}
	return fmt.Sprintf("#%d saving when you pause…", m.draftID)
}

// priceView is one line per recipient and a total.
func (m *Model) priceView() string {
	s := m.c.Styles
	w := m.c.Width
	rs := m.recipients()
	lines := []string{}
	var total uint64
	known := true
	for _, a := range rs {
		st := m.quotes[a]
		name := common.Pad(m.c.Name(a), 14)
		switch {
		case st == nil || (st.q == nil && st.err == nil):
			lines = append(lines, name+s.Dim.Render(" quoting from the chain…"))
			known = false
		case st.err != nil && st.q == nil:
			lines = append(lines, name+s.Error.Render(" ✗ "+m.c.Problem(st.err)))
			known = false
		default:
			lines = append(lines, name+" "+QuoteLine(s, st.q, st.fresh))
			total += st.q.Total()
		}
	}
	if len(rs) == 0 {
		lines = append(lines, s.Dim.Render("Add a recipient to see the price."))
	}
	more := len(lines) - (m.priceHeight() - 1)
	if more > 0 {
		lines = append(lines[:m.priceHeight()-2], s.Dim.Render(fmt.Sprintf("… and %d more (all shown in the review)", more+1)))
	}
	sum := fmt.Sprintf("priced size %s bytes", format.Thousands(uint64(m.size)))
	if known && len(rs) > 0 {
		sum += " · total " + format.Gwei(total)
	}
	sum += " · " + m.c.Keys.Review.Help().Key + " reviews"
	lines = append(lines, s.Dim.Render(sum))
	for i := range lines {
		lines[i] = common.Pad(lines[i], w)
	}
	return common.Fit(strings.Join(lines, "\n"), w, m.priceHeight())
}

// QuoteLine is one recipient's price on one line: total and parts, free,
// or the refusal; marked cached or fresh.
func QuoteLine(s *common.Styles, q *client.Quote, fresh bool) string {
	src := "fresh"
	if !fresh || q.Cached {
		src = "cached"
	}
	switch {
	case q.Refusal != nil:
		return s.Error.Render("✗ refused: " + common.Explain(q.Refusal).Sentence())
	case q.Free:
		return s.Good.Render("free") + s.Dim.Render(" (they accept free mail from you)")
	}
	b := q.Breakdown
	parts := fmt.Sprintf("fee %s + burn %s", format.Thousands(b.Fee), format.Thousands(b.Burn))
	if b.RelayFee > 0 {
		parts += " + relay " + format.Thousands(b.RelayFee)
	}
	return s.Amount.Render(format.Gwei(q.Total())) + s.Dim.Render(" ("+parts+", "+src+")")
}

// ShortHelp is the help bar.
func (m *Model) ShortHelp() []key.Binding {
	if m.review != nil {
		return m.review.shortHelp(m.c.Keys)
	}
	k := m.c.Keys
	return []key.Binding{k.NextField, k.Complete, k.Editor, k.Review, k.CloseCompose}
}

// FullHelp is the ? overlay.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.c.Keys
	return [][]key.Binding{{k.NextField, k.PrevField, k.Complete, k.Editor, k.Review, k.CloseCompose}, {k.Confirm, k.Edit, k.Back}}
}
