package compose

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	gethcommon "github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/format"
	"github.com/bmail-network/bmail/client/tui/common"
	"github.com/bmail-network/bmail/client/tui/components"
	"github.com/bmail-network/bmail/client/tui/pages/outbox"
)

// Messages of the review step.
type (
	reviewLoadedMsg struct {
		draftID int64
		size    uint32
		rcpts   []gethcommon.Address
		quotes  map[gethcommon.Address]*client.Quote
		errs    map[gethcommon.Address]error
		wallet  *client.Wallet
		walErr  error
	}
	enqueuedMsg struct{ id int64 }
)

// refused is one reason the mail cannot go: who it concerns (empty for
// the whole mail), one plain sentence, and the next step to take.
type refused struct{ who, why, next string }

func (r refused) String() string {
	if r.who == "" {
		return r.why
	}
	return r.who + ": " + r.why
}

// review is the step between writing and paying: every recipient's fresh
// quote with its breakdown, the total, the balance afterwards, the caps,
// and every refusal, before anything is signed.
type review struct {
	loading  bool
	sending  bool
	data     *reviewLoadedMsg
	total    uint64
	paid     int
	refusals []refused
	offline  []string // recipients quoted from no chain state: queued, priced when online
	pager    *components.Pager
}

func (r *review) capturing() bool { return false }

func (r *review) setSize(w, h int) { r.pager.SetSize(w, max(1, h-2)) }

// startReview saves the draft and reads fresh quotes and the wallet.
func (m *Model) startReview() tea.Cmd {
	if len(m.to()) == 0 {
		return common.ErrorCmd(errors.New("no recipient: write a name, an address or a contact string in To"))
	}
	for t, why := range m.badToken {
		return common.ErrorCmd(fmt.Errorf("%s: %s", common.Sender(t), why))
	}
	m.review = &review{loading: true, pager: components.NewPager(m.c.Styles)}
	m.review.setSize(m.c.Width, m.c.Height)
	d := m.Draft()
	subject, body, nTo, nCc := d.Subject, d.Body, len(d.To), len(d.Cc)
	return m.c.Run(func(ctx context.Context) (tea.Msg, error) {
		id, err := m.c.Backend.SaveDraft(ctx, d)
		if err != nil {
			return nil, err
		}
		size, err := m.c.Backend.PricedSize(subject, body, nTo, nCc)
		if err != nil {
			return nil, err
		}
		r := &reviewLoadedMsg{draftID: id, size: size, quotes: map[gethcommon.Address]*client.Quote{}, errs: map[gethcommon.Address]error{}}
		seen := map[gethcommon.Address]bool{}
		for _, t := range append(d.To, d.Cc...) {
			a, _, err := m.c.Backend.ParseRecipient(ctx, t)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", t, err)
			}
			if seen[a] {
				continue
			}
			seen[a] = true
			r.rcpts = append(r.rcpts, a)
			if q, err := m.c.Backend.Quote(ctx, a, size); err != nil {
				r.errs[a] = err
			} else {
				r.quotes[a] = q
			}
		}
		r.wallet, r.walErr = m.c.Backend.Wallet(ctx)
		return *r, nil
	})
}

// update handles the review's messages and keys; handled is false for
// what the form should see.
func (r *review) update(m *Model, msg tea.Msg) (tea.Cmd, bool) {
	k := m.c.Keys
	switch msg := msg.(type) {
	case reviewLoadedMsg:
		r.loading = false
		r.data = &msg
		if m.draftID == 0 {
			m.draftID = msg.draftID
		}
		m.savedSeq = m.seq
		r.check(m)
		r.pager.SetText(r.content(m))
		return nil, true
	case common.ErrorMsg:
		if r.loading || r.sending {
			m.review = nil // back to the form; the app shows the error
		}
		return nil, false
	case enqueuedMsg:
		m.review = nil
		m.closed = true // the outbox owns the draft now
		return tea.Batch(common.Cmd(common.SentMsg{OutboxID: msg.id}), outbox.Run(m.c, msg.id)), true
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.Confirm):
			if r.loading || r.sending {
				return common.InfoCmd("wait for the quotes…"), true
			}
			if len(r.refusals) > 0 {
				return common.ErrorCmd(errors.New("not sent; nothing was paid. The review above says why and what to do next")), true
			}
			r.sending = true
			id := r.data.draftID
			return m.c.Run(func(ctx context.Context) (tea.Msg, error) {
				oid, err := m.c.Backend.Enqueue(ctx, client.SendRequest{DraftID: id})
				if err != nil {
					return nil, err
				}
				return enqueuedMsg{id: oid}, nil
			}), true
		case key.Matches(msg, k.Edit, k.Back):
			m.review = nil
			return m.setFocus(m.focus), true
		default:
			r.pager.Navigate(k, msg)
		}
		return nil, true
	}
	return nil, false
}

// check lists the refusals the review can see before anything is signed;
// the client checks them again (from fresh chain state) when it pays.
func (r *review) check(m *Model) {
	d := r.data
	r.refusals, r.offline, r.total, r.paid = nil, nil, 0, 0
	for _, a := range d.rcpts {
		name := m.c.Name(a)
		if err := d.errs[a]; err != nil {
			if refusal(err) {
				var kc *client.KeyChangedError
				if ex := common.Explain(err); errors.As(err, &kc) {
					r.refusals = append(r.refusals, refused{who: name, why: m.c.Problem(err)})
				} else {
					r.refusals = append(r.refusals, refused{name, ex.Sentence(), ex.Hint})
				}
			} else {
				r.offline = append(r.offline, name)
			}
			continue
		}
		q := d.quotes[a]
		if q.Refusal != nil {
			ex := common.Explain(q.Refusal)
			r.refusals = append(r.refusals, refused{name, ex.Sentence(), ex.Hint})
			continue
		}
		if !q.Free {
			r.paid++
			r.total += q.Total()
		}
	}
	w := d.wallet
	if w == nil || r.paid == 0 {
		if w == nil && r.paid > 0 && len(r.offline) == 0 {
			r.refusals = append(r.refusals, refused{why: "the wallet cannot be read: " + common.Explain(d.walErr).Text(), next: "try again when the chain is reachable"})
		}
		return
	}
	capMsg := m.c.Backend.Config().Send.MaxFeePerMessage
	if w.MessageCap > 0 {
		capMsg = w.MessageCap
	}
	hint := func(err error) string { return common.Explain(err).Hint }
	switch {
	case capMsg > 0 && r.total > capMsg:
		r.refusals = append(r.refusals, refused{why: fmt.Sprintf("the fee, %s, is above your cap of %s for one message", format.Gwei(r.total), format.Gwei(capMsg)),
			next: hint(client.ErrFeeAboveCap)})
	case w.DayCap > 0 && w.SpentToday+r.total > w.DayCap:
		r.refusals = append(r.refusals, refused{why: fmt.Sprintf("the fee, %s, would pass your cap for today (%s spent of %s)", format.Gwei(r.total), format.Gwei(w.SpentToday), format.Gwei(w.DayCap)),
			next: hint(client.ErrDailyCap)})
	case r.total > w.Balance:
		r.refusals = append(r.refusals, refused{why: fmt.Sprintf("your b-mail balance, %s, does not cover the fee of %s", format.Gwei(w.Balance), format.Gwei(r.total)),
			next: hint(client.ErrShortOfFunds)})
	case m.c.Backend.Config().Send.Batcher == "" && (w.Ether == nil || w.Ether.Sign() == 0):
		r.refusals = append(r.refusals, refused{why: client.ErrNoGas.Error(), next: hint(client.ErrNoGas)})
	}
}

// refusal reports whether an error says the mail cannot go (rather than
// that the network is out of reach now).
func refusal(err error) bool {
	for _, e := range []error{client.ErrBlocked, client.ErrBelowMinimum, client.ErrUnknownRecipient, client.ErrNotRegistered,
		client.ErrKeyChanged, client.ErrBundleSubstituted, client.ErrFeeAboveCap, client.ErrDailyCap, client.ErrShortOfFunds} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// content is the review text.
func (r *review) content(m *Model) string {
	s := m.c.Styles
	d := r.data
	var b strings.Builder
	label := func(l string) string { return s.Label.Render(common.Pad(l, 9)) }
	for i, a := range d.rcpts {
		l := "To"
		if i > 0 {
			l = ""
		}
		b.WriteString(label(l) + s.Value.Render(m.c.Name(a)) + "  " + s.Dim.Render(a.Hex()) + "\n")
		switch q := d.quotes[a]; {
		case d.errs[a] != nil && !refusal(d.errs[a]):
			b.WriteString("         " + s.Warn.Render("price unknown: offline ("+common.Explain(d.errs[a]).Text()+")") + "\n")
		case d.errs[a] != nil:
			b.WriteString("         " + s.Error.Render("✗ refused") + "\n")
		case q.Refusal != nil:
			b.WriteString("         " + s.Error.Render("✗ refused") + "\n")
		case q.Free:
			b.WriteString("         " + s.Good.Render("free") + " — they accept free mail from you; no transaction\n")
		default:
			b.WriteString(format.Breakdown(q.Breakdown, "         "))
		}
	}
	b.WriteString(label("Envelope") + fmt.Sprintf("one for %d recipient(s), priced size %s bytes\n", len(d.rcpts), format.Thousands(uint64(d.size))))
	b.WriteString(label("Total") + s.Amount.Render(format.Gwei(r.total)) + "\n")
	if w := d.wallet; w != nil {
		after := "—"
		if w.Balance >= r.total {
			after = format.Gwei(w.Balance - r.total)
		}
		b.WriteString(label("Balance") + format.Gwei(w.Balance) + " → " + after + " after\n")
		msgCap, dayCap := "none", "none"
		if w.MessageCap > 0 {
			msgCap = format.Gwei(w.MessageCap)
		}
		if w.DayCap > 0 {
			dayCap = format.Gwei(w.DayCap)
		}
		b.WriteString(label("Caps") + fmt.Sprintf("per message %s · today %s spent of %s\n", msgCap, format.Gwei(w.SpentToday), dayCap))
	}
	if len(r.offline) > 0 {
		capMsg := m.c.Backend.Config().Send.MaxFeePerMessage
		b.WriteString(s.Warn.Render(fmt.Sprintf("Offline: queued now, quoted again and paid when the network is back, never above your cap of %s.", format.Gwei(capMsg))) + "\n")
	}
	for _, x := range r.refusals {
		b.WriteString(s.Error.Render("✗ "+x.String()) + "\n")
		if x.next != "" {
			b.WriteString(s.Dim.Render("  next: "+x.next) + "\n")
		}
	}
	return b.String()
}

func (r *review) view(m *Model) string {
	s := m.c.Styles
	w := m.c.Width
	head := s.Title.Render("Review") + s.Dim.Render(" — nothing is paid until you confirm")
	var body, foot string
	switch {
	case r.loading:
		body = s.Dim.Render("  quoting every recipient from the chain and reading your balance…")
	default:
		body = r.pager.View()
	}
	switch {
	case r.sending:
		foot = s.Warn.Render("queuing… the Outbox shows each step")
	case r.loading:
		foot = s.Dim.Render("esc back")
	case len(r.refusals) > 0:
		foot = s.Error.Render("✗ cannot send as is") + s.Dim.Render(" · e edit · esc back")
	case len(r.offline) > 0:
		foot = s.Warn.Render("[y] queue it (paid within your cap when online)") + s.Dim.Render(" · e edit · esc back")
	case r.paid == 0:
		foot = s.Warn.Render("[y] send for free") + s.Dim.Render(" · e edit · esc back")
	default:
		foot = s.Warn.Render("[y] pay "+format.Gwei(r.total)+" and send") + s.Dim.Render(" · e edit · esc back")
	}
	return common.Fit(common.Pad(head, w)+"\n"+common.Fit(body, w, max(1, m.c.Height-2))+"\n"+common.Pad(foot, w), w, m.c.Height)
}

func (r *review) shortHelp(k *common.KeyMap) []key.Binding {
	return []key.Binding{k.Confirm, k.Edit, k.Back, k.Down, k.Up}
}
