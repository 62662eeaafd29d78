package components

import tea "charm.land/bubbletea/v2"

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
