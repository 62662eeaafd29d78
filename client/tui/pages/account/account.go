// Package account is the Account screen: the b-mail balance, gas ether,
// earnings to claim, deposit, the two-step withdrawal, spending caps, and
// earnings and reputation over time as sparklines.
package account

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/format"
	"github.com/bmail-network/bmail/client/tui/common"
	"github.com/bmail-network/bmail/client/tui/components"
)

// EarningsDays is how many days the earnings sparkline covers.
const EarningsDays = 30

// Messages this package owns.
type loadedMsg struct {
	wallet   *client.Wallet
	earnings *client.Earnings
	history  []client.ReputationSample
	err      error
}

// Model is the Account screen.
type Model struct {
	c       *common.Common
	data    *loadedMsg
	loading bool
	stale   bool // a refresh came while loading: load again after
	prompt  components.Prompt
	confirm components.Confirm
	amount  uint64
}

// New returns the Account screen.
func New(c *common.Common) *Model { return &Model{c: c} }

// Init reads the wallet.
func (m *Model) Init() tea.Cmd { return m.load() }

func (m *Model) load() tea.Cmd {
	m.loading = true
	now := m.c.Now()
	ctx := m.c.Ctx
	return func() tea.Msg {
		r := loadedMsg{}
		r.wallet, r.err = m.c.Backend.Wallet(ctx)
		r.earnings, _ = m.c.Backend.Earnings(ctx, now.AddDate(0, 0, -EarningsDays), 1)
		r.history, _ = m.c.Backend.ReputationHistory(ctx)
		return r
	}
}

// SetSize sets the area.
func (m *Model) SetSize(w, h int) { m.c.SetSize(w, h) }

// Capturing is true while a prompt or confirmation is open.
func (m *Model) Capturing() bool { return m.prompt.IsOpen() || m.confirm.IsOpen() }

// Update handles keys and loads.
func (m *Model) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		m.data, m.loading = &msg, false
		if m.stale { // what was read may predate the change that asked
			m.stale = false
			return m, m.load()
		}
		return m, nil
	case common.RefreshMsg:
		if m.loading {
			m.stale = true
			return m, nil
		}
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

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	if cmd, ok := components.RouteKey(&m.prompt, &m.confirm, msg, m.answer, m.confirmed); ok {
		return cmd
	}
	switch {
	case key.Matches(msg, k.AccountQuit):
		return tea.Quit
	case key.Matches(msg, k.Deposit):
		return m.prompt.Open("deposit", "deposit into b-mail (gwei, or 0.01eth):", "", false)
	case key.Matches(msg, k.Claim):
		return m.work("claiming your earnings…", func(ctx context.Context) (string, error) {
			n, err := m.c.Backend.Claim(ctx)
			return "claimed " + format.Gwei(n), err
		})
	case key.Matches(msg, k.Withdraw):
		return m.prompt.Open("withdraw", "withdraw from the balance (gwei, or 0.01eth; 0 cancels):", "", false)
	case key.Matches(msg, k.Register):
		return m.work("publishing your key bundle and registering it on chain…", func(ctx context.Context) (string, error) {
			r, err := m.c.Backend.Register(ctx, client.RegisterOptions{})
			if err != nil {
				return "", err
			}
			return "registered: keys " + r.Fingerprint.String(), nil
		})
	case key.Matches(msg, k.CompleteWithdraw):
		if m.data == nil || m.data.wallet == nil || m.data.wallet.Withdrawal.Amount == 0 {
			return common.InfoCmd("no withdrawal requested: w starts one")
		}
		m.confirm.Ask("complete", fmt.Sprintf("Complete the withdrawal of %s to your account?", format.Gwei(m.data.wallet.Withdrawal.Amount)), 0)
	}
	return nil
}

// work runs a chain call in the background and reports it.
func (m *Model) work(what string, f func(ctx context.Context) (string, error)) tea.Cmd {
	return tea.Batch(common.InfoCmd("%s", what), m.c.Run(func(ctx context.Context) (tea.Msg, error) {
		text, err := f(ctx)
		if err != nil {
			return nil, err
		}
		return common.InfoMsg{Text: text}, nil
	}))
}

func (m *Model) answer(kind, v string) tea.Cmd {
	gwei, err := ParseGwei(v)
	if err != nil {
		return common.ErrorCmd(err)
	}
	switch kind {
	case "deposit":
		return m.work("depositing "+format.Gwei(gwei)+"…", func(ctx context.Context) (string, error) {
			return "deposited " + format.Gwei(gwei), m.c.Backend.Deposit(ctx, gwei)
		})
	case "withdraw":
		return m.work("requesting the withdrawal…", func(ctx context.Context) (string, error) {
			at, err := m.c.Backend.RequestWithdrawal(ctx, gwei)
			if gwei == 0 {
				return "withdrawal cancelled", err
			}
			return "withdrawal requested; step two (W) from " + m.c.FullTime(at), err
		})
	}
	return nil
}

func (m *Model) confirmed(kind string) tea.Cmd {
	if kind != "complete" {
		return nil
	}
	return m.work("completing the withdrawal…", func(ctx context.Context) (string, error) {
		var zero [20]byte
		return "withdrawn to your account", m.c.Backend.CompleteWithdrawal(ctx, zero)
	})
}

// View draws the wallet and the sparklines.
func (m *Model) View() string {
	s := m.c.Styles
	w := m.c.Width
	var b strings.Builder
	label := func(l string) string { return s.Label.Render(common.Pad(l, 14)) }
	b.WriteString(label("Account") + m.c.Backend.Address().Hex() + "  " + s.Dim.Render(m.c.Backend.Label()) + "\n")
	switch {
	case m.data == nil:
		b.WriteString(s.Dim.Render("reading the chain…"))
		return common.Fit(b.String(), w, m.c.Height)
	case m.data.err != nil:
		ex := common.Explain(m.data.err)
		b.WriteString(s.Error.Render("✗ "+ex.Text()) + "\n" + s.Dim.Render(ex.Hint) + "\n")
		return common.Fit(b.String(), w, m.c.Height)
	}
	wl := m.data.wallet
	b.WriteString(label("Balance") + s.Amount.Render(format.Gwei(wl.Balance)) + s.Dim.Render("  ("+format.GweiAsEther(wl.Balance)+", pays for mail)") + "\n")
	b.WriteString(label("To claim") + format.Gwei(wl.Claimable) + s.Dim.Render("  earned from paid mail (c claims)") + "\n")
	b.WriteString(label("Gas ether") + format.Ether(wl.Ether) + "\n")
	switch {
	case wl.Withdrawal.Amount == 0:
		b.WriteString(label("Withdrawal") + s.Dim.Render("none (w requests one; it completes in a second step)") + "\n")
	case m.c.Now().Before(wl.WithdrawReadyAt):
		b.WriteString(label("Withdrawal") + fmt.Sprintf("%s requested · step two from %s", format.Gwei(wl.Withdrawal.Amount), m.c.FullTime(wl.WithdrawReadyAt)) + "\n")
	default:
		b.WriteString(label("Withdrawal") + s.Warn.Render(fmt.Sprintf("%s ready: W completes it", format.Gwei(wl.Withdrawal.Amount))) + "\n")
	}
	r := wl.Reputation
	b.WriteString(label("Reputation") + fmt.Sprintf("%s (earned %s, endorsed %s) · spam marks %.2f", format.Thousands(r.Total()),
		format.Thousands(r.Earned), format.Thousands(r.Endorsed), r.SpamMarks) + "\n")
	b.WriteString(label("Strangers") + fmt.Sprintf("need reputation %s to write to you first", format.Thousands(wl.MinReputation)) + "\n")
	msgCap, dayCap := "none", "none"
	if wl.MessageCap > 0 {
		msgCap = format.Gwei(wl.MessageCap)
	}
	if wl.DayCap > 0 {
		dayCap = format.Gwei(wl.DayCap)
	}
	b.WriteString(label("Caps") + fmt.Sprintf("per message %s · today %s of %s", msgCap, format.Gwei(wl.SpentToday), dayCap) + "\n")
	b.WriteString(s.Rule.Render(strings.Repeat("─", w)) + "\n")
	spark := w - 16
	days := m.daily()
	var total uint64
	for _, v := range days {
		total += v
	}
	b.WriteString(label(fmt.Sprintf("Earned %dd", EarningsDays)) + components.Sparkline(days, spark) + "\n")
	b.WriteString(label("") + s.Dim.Render(fmt.Sprintf("%s in %d days, one bar a day (UTC), oldest left", format.Gwei(total), EarningsDays)) + "\n")
	var rep []uint64
	for _, x := range m.data.history {
		rep = append(rep, x.Total)
	}
	b.WriteString(label("Reputation") + components.Sparkline(rep, spark) + "\n")
	b.WriteString(label("") + s.Dim.Render(fmt.Sprintf("%d samples, recorded when this screen reads the chain", len(rep))) + "\n")
	switch {
	case m.prompt.IsOpen():
		b.WriteString("\n" + m.prompt.View(w))
	case m.confirm.IsOpen():
		b.WriteString("\n" + s.Warn.Render(m.confirm.View()))
	}
	return common.Fit(b.String(), w, m.c.Height)
}

// daily is the last EarningsDays days of earnings, oldest first, zero for
// days without any.
func (m *Model) daily() []uint64 {
	byDay := map[string]uint64{}
	if e := m.data.earnings; e != nil {
		for _, p := range e.ByPeriod {
			byDay[p.Key] = p.Fees
		}
	}
	out := make([]uint64, 0, EarningsDays)
	today := m.c.Now().UTC()
	for i := EarningsDays - 1; i >= 0; i-- {
		out = append(out, byDay[today.AddDate(0, 0, -i).Format(time.DateOnly)])
	}
	return slices.Clip(out)
}

// ShortHelp is the help bar.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	return []key.Binding{k.Deposit, k.Claim, k.Withdraw, k.CompleteWithdraw, k.Register, k.Help, k.AccountQuit}
}

// FullHelp is the ? overlay.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.c.Keys
	return [][]key.Binding{{k.Deposit, k.Claim, k.Withdraw, k.CompleteWithdraw, k.Register}}
}
