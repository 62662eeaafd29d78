package components

import (
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// Prompt is a one-line question with a text field (an amount, a name, a
// file path). It has the focus while it is open.
type Prompt struct {
	Question string
	Kind     string // what the answer is for; the page switches on it
	Input    textinput.Model
	open     bool
}

// Open shows the prompt with an initial value.
func (p *Prompt) Open(kind, question, value string, secret bool) tea.Cmd {
	p.Kind, p.Question, p.open = kind, question, true
	p.Input = textinput.New()
	p.Input.Prompt = ""
	p.Input.CharLimit = 512
	p.Input.SetValue(value)
	if secret {
		p.Input.EchoMode = textinput.EchoPassword
		p.Input.EchoCharacter = '•'
	}
	p.Input.CursorEnd()
	return p.Input.Focus()
}

// Close hides it.
func (p *Prompt) Close() { p.open = false; p.Input.Blur() }

// IsOpen reports whether the prompt has the focus.
func (p *Prompt) IsOpen() bool { return p.open }

// Update handles a key: enter answers (done true), esc cancels (done true,
// ok false).
func (p *Prompt) Update(msg tea.Msg) (done, ok bool, cmd tea.Cmd) {
	if k, isKey := msg.(tea.KeyPressMsg); isKey {
		switch k.String() {
		case "enter":
			p.Close()
			return true, true, nil
		case "esc":
			p.Close()
			return true, false, nil
		}
	}
	p.Input, cmd = p.Input.Update(msg)
	return false, false, cmd
}

// Value is the typed answer.
func (p *Prompt) Value() string { return p.Input.Value() }

// View draws the question and the field on one line.
func (p *Prompt) View(width int) string {
	p.Input.SetWidth(max(10, width-len([]rune(p.Question))-3))
	return p.Question + " " + p.Input.View()
}
