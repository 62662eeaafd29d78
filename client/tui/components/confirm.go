package components

import (
	"strings"

	tea "charm.land/bubbletea/v2"
)

// Confirm is a yes/no question that must be answered before anything else:
// only "y" says yes; "n", esc and q say no.
type Confirm struct {
	Question string
	Kind     string
	Arg      int64
	open     bool
}

// Ask opens the question.
func (c *Confirm) Ask(kind, question string, arg int64) {
	c.Kind, c.Question, c.Arg, c.open = kind, question, arg, true
}

// IsOpen reports whether a question waits.
func (c *Confirm) IsOpen() bool { return c.open }

// Update reads the answer from a key; done is false while it waits.
func (c *Confirm) Update(msg tea.Msg) (done, yes bool) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return false, false
	}
	switch k.String() {
	case "y", "Y":
		c.open = false
		return true, true
	case "n", "N", "esc", "q":
		c.open = false
		return true, false
	}
	return false, false
}

// View draws the question with its answers.
func (c *Confirm) View() string { return c.Question + "  [y] yes  [n] no" }

// RouteKey gives a key to a page's open prompt or question, which take
// every key while open: a submitted prompt calls answer with its kind and
// trimmed value, a "yes" calls confirmed with the question's kind. handled
// is false when neither is open.
func RouteKey(p *Prompt, c *Confirm, msg tea.KeyPressMsg,
	answer func(kind, value string) tea.Cmd, confirmed func(kind string) tea.Cmd) (cmd tea.Cmd, handled bool) {
	switch {
	case p.IsOpen():
		done, ok, cmd := p.Update(msg)
		if done && ok {
			return answer(p.Kind, strings.TrimSpace(p.Value())), true
		}
		return cmd, true
	case c.IsOpen():
		if done, yes := c.Update(msg); done && yes {
			return confirmed(c.Kind), true
		}
		return nil, true
	}
	return nil, false
}
