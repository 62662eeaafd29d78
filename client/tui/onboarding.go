package tui

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/client/tui/common"
)

// OnboardOptions say where onboarding writes a new identity.
type OnboardOptions struct {
	Home     string
	Relays   []string
	Networks [][32]byte
	KDF      identity.KDFParams
	// MinPassphrase is the shortest passphrase accepted (8 when 0).
	MinPassphrase int
	// Mnemonic, when set, is used instead of fresh words (tests).
	Mnemonic *identity.Mnemonic
	// Checks picks the word positions asked back (random when nil).
	Checks []int
	Now    func() time.Time
}

// Onboarding steps.
const (
	stepWelcome = iota
	stepRestoreWords
	stepPassphrase
	stepPassphrase2
	stepShowWords
	stepCheck
	stepCreating
	stepDone
)

// Messages of onboarding.
type createdMsg struct {
	id  *identity.Identity
	err error
}

// onboarding makes or restores an identity when the data directory has
// none: create or restore, a passphrase (twice), the words shown once and a
// check that they were written down, then the address to fund.
type onboarding struct {
	ctx    context.Context
	s      *common.Styles
	o      OnboardOptions
	open   func(context.Context, *identity.Identity) (common.Backend, error)
	step   int
	input  textinput.Model
	words  textarea.Model
	m      *identity.Mnemonic
	pass   []byte
	checks []int
	checkI int
	err    string
	id     *identity.Identity
	width  int
	height int
}

func newOnboarding(ctx context.Context, s *common.Styles, o OnboardOptions, open func(context.Context, *identity.Identity) (common.Backend, error)) *onboarding {
	if o.MinPassphrase == 0 {
		o.MinPassphrase = 8
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	ob := &onboarding{ctx: ctx, s: s, o: o, open: open, width: 80, height: 24}
	ob.input = textinput.New()
	ob.input.Prompt = "> "
	ob.words = textarea.New()
	ob.words.ShowLineNumbers = false
	ob.words.Placeholder = "your 12 or 24 words, in order"
	return ob
}

func (ob *onboarding) Init() tea.Cmd { return nil }

func (ob *onboarding) setSize(w, h int) {
	ob.width, ob.height = w, h
	ob.input.SetWidth(max(10, w-6))
	ob.words.SetWidth(max(10, w-4))
	ob.words.SetHeight(4)
}

func (ob *onboarding) secret() tea.Cmd {
	ob.input.SetValue("")
	ob.input.EchoMode = textinput.EchoPassword
	ob.input.EchoCharacter = '•'
	return ob.input.Focus()
}

func (ob *onboarding) plain() tea.Cmd {
	ob.input.SetValue("")
	ob.input.EchoMode = textinput.EchoNormal
	return ob.input.Focus()
}

func (ob *onboarding) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case createdMsg:
		if msg.err != nil {
			ob.err = common.Explain(msg.err).Text()
			ob.step = stepPassphrase
			return ob.secret()
		}
		ob.id, ob.step = msg.id, stepDone
		return nil
	case tea.PasteMsg:
		if ob.step == stepRestoreWords {
			var cmd tea.Cmd
			ob.words, cmd = ob.words.Update(msg)
			return cmd
		}
	case tea.KeyPressMsg:
		return ob.key(msg)
	}
	var cmd tea.Cmd
	if ob.step == stepRestoreWords {
		ob.words, cmd = ob.words.Update(msg)
	} else {
		ob.input, cmd = ob.input.Update(msg)
	}
	return cmd
}

func (ob *onboarding) key(msg tea.KeyPressMsg) tea.Cmd {
	k := msg.String()
	switch ob.step {
	case stepWelcome:
		switch k {
		case "c":
			m := ob.o.Mnemonic
			if m == nil {
				var err error
				if m, err = identity.NewMnemonic(); err != nil {
					ob.err = err.Error()
					return nil
				}
			}
			ob.m, ob.step, ob.err = m, stepPassphrase, ""
			return ob.secret()
		case "r":
			ob.step, ob.err = stepRestoreWords, ""
			return ob.words.Focus()
		case "q", "esc":
			return tea.Quit
		}
		return nil
	case stepRestoreWords:
		switch k {
		case "esc":
			ob.step = stepWelcome
			return nil
		case "ctrl+d", "ctrl+r":
			m, err := identity.ParseMnemonic(ob.words.Value())
			if err != nil {
				ob.err = err.Error()
				return nil
			}
			ob.m, ob.step, ob.err = m, stepPassphrase, ""
			ob.checks = []int{} // restored: nothing to check
			return ob.secret()
		}
		var cmd tea.Cmd
		ob.words, cmd = ob.words.Update(msg)
		return cmd
	case stepPassphrase, stepPassphrase2:
		if k == "esc" {
			ob.step, ob.err = stepWelcome, ""
			return nil
		}
		if k != "enter" {
			var cmd tea.Cmd
			ob.input, cmd = ob.input.Update(msg)
			return cmd
		}
		v := ob.input.Value()
		if ob.step == stepPassphrase {
			if len([]rune(v)) < ob.o.MinPassphrase {
				ob.err = fmt.Sprintf("the passphrase needs at least %d characters", ob.o.MinPassphrase)
				return ob.secret()
			}
			ob.pass, ob.step, ob.err = []byte(v), stepPassphrase2, ""
			return ob.secret()
		}
		if v != string(ob.pass) {
			ob.err = "the two passphrases differ: type it again"
			ob.step = stepPassphrase
			return ob.secret()
		}
		ob.err = ""
		if ob.checks != nil && len(ob.checks) == 0 { // restored
			return ob.create()
		}
		ob.step = stepShowWords
		return nil
	case stepShowWords:
		if k == "enter" {
			ob.checks = ob.o.Checks
			if ob.checks == nil {
				ob.checks = pick(len(ob.m.Words()), 3)
			}
			ob.checkI, ob.step = 0, stepCheck
			return ob.plain()
		}
		return nil
	case stepCheck:
		switch k {
		case "esc":
			ob.step, ob.err = stepShowWords, ""
			return nil
		case "enter":
			want := ob.m.Words()[ob.checks[ob.checkI]-1]
			if strings.TrimSpace(strings.ToLower(ob.input.Value())) != want {
				ob.err = fmt.Sprintf("that is not word %d: look at your paper again (esc shows the words)", ob.checks[ob.checkI])
				return ob.plain()
			}
			ob.err = ""
			ob.checkI++
			if ob.checkI == len(ob.checks) {
				return ob.create()
			}
			return ob.plain()
		}
		var cmd tea.Cmd
		ob.input, cmd = ob.input.Update(msg)
		return cmd
	case stepDone:
		if k == "enter" {
			id, open, ctx := ob.id, ob.open, ob.ctx
			return func() tea.Msg {
				b, err := open(ctx, id)
				if err != nil {
					return common.Explain(err)
				}
				return openedMsg{b}
			}
		}
		if k == "q" {
			return tea.Quit
		}
	}
	return nil
}

func (ob *onboarding) create() tea.Cmd {
	ob.step = stepCreating
	o, m, pass := ob.o, ob.m, ob.pass
	return func() tea.Msg {
		id, err := client.CreateIdentity(o.Home, m, pass, o.KDF, o.Relays, o.Networks, o.Now())
		return createdMsg{id: id, err: err}
	}
}

// pick returns n distinct positions in 1..total, sorted.
func pick(total, n int) []int {
	seen := map[int]bool{}
	var out []int
	for len(out) < n {
		v, err := rand.Int(rand.Reader, big.NewInt(int64(total)))
		if err != nil {
			return []int{1, total / 2, total}
		}
		i := int(v.Int64()) + 1
		if !seen[i] {
			seen[i] = true
			out = append(out, i)
		}
	}
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func (ob *onboarding) view(w, h int) string {
	s := ob.s
	var b strings.Builder
	b.WriteString(s.Brand.Render(" b-mail ") + s.Header.Render(common.Pad(" · set up", w-8)) + "\n\n")
	switch ob.step {
	case stepWelcome:
		b.WriteString(s.Title.Render("Welcome to b-mail") + "\n\n")
		b.WriteString("Paid, end-to-end encrypted mail: strangers pay you to reach you, contacts\nwrite for free. There is no identity in this data directory yet.\n\n")
		b.WriteString("  [c] create a new identity (24 recovery words)\n")
		b.WriteString("  [r] restore one from its recovery words\n")
		b.WriteString("  [q] quit\n\n")
		b.WriteString(s.Dim.Render("Data directory: "+ob.o.Home) + "\n")
	case stepRestoreWords:
		b.WriteString(s.Title.Render("Restore") + "\n\nType or paste your recovery words, then ctrl+d.\n\n")
		b.WriteString(ob.words.View() + "\n")
	case stepPassphrase:
		b.WriteString(s.Title.Render("Choose a passphrase") + "\n\n")
		b.WriteString(fmt.Sprintf("It encrypts your keys on this machine (at least %d characters).\nYou need it each time b-mail starts.\n\n", ob.o.MinPassphrase))
		b.WriteString(ob.input.View() + "\n")
	case stepPassphrase2:
		b.WriteString(s.Title.Render("Type the passphrase again") + "\n\n" + ob.input.View() + "\n")
	case stepShowWords:
		words := ob.m.Words()
		b.WriteString(s.Title.Render(fmt.Sprintf("Your recovery phrase (%d words)", len(words))) + "\n\n")
		b.WriteString("Write these words on paper, in order. They are the only way back to your\naccount and mail, and anyone who has them controls both. Shown only now.\n\n")
		rows := (len(words) + 3) / 4
		for r := 0; r < rows; r++ {
			var line strings.Builder
			for c := 0; c < 4; c++ {
				if i := c*rows + r; i < len(words) {
					fmt.Fprintf(&line, "  %2d. %-12s", i+1, words[i])
				}
			}
			b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
		}
		b.WriteString("\n" + s.Warn.Render("Written down? Press enter: three words are asked back."))
	case stepCheck:
		b.WriteString(s.Title.Render("Check your paper") + "\n\n")
		b.WriteString(fmt.Sprintf("Word %d of %d asked: what is word number %d?\n\n", ob.checkI+1, len(ob.checks), ob.checks[ob.checkI]))
		b.WriteString(ob.input.View() + "\n")
	case stepCreating:
		b.WriteString(s.Dim.Render("Encrypting your keys (this takes a moment)…") + "\n")
	case stepDone:
		b.WriteString(s.Good.Render("✓ Your identity is ready") + "\n\n")
		b.WriteString(s.Label.Render("Address   ") + ob.id.Address.Hex() + "\n")
		b.WriteString(s.Label.Render("Keys      ") + ob.id.PublicKeys().Fingerprint().String() + "\n\n")
		b.WriteString("Fund this address with a little ether for gas, then deposit into your\nb-mail balance and register your keys on the Account screen (3, D, then R).\n")
		b.WriteString("\n")
		b.WriteString(s.Warn.Render("[enter] open b-mail · [q] quit"))
	}
	if ob.err != "" {
		b.WriteString("\n\n" + s.Error.Render("✗ "+ob.err))
	}
	return common.Fit(b.String(), w, h)
}

var _ = errors.New
