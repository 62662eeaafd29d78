package components

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/bmail-network/bmail/client/tui/common"
)

// Cursor is the selected row of a list and the first row shown.
type Cursor struct {
	Index, Offset int
}

// Clamp keeps the cursor inside n rows with `height` rows visible.
func (c *Cursor) Clamp(n, height int) {
	c.Index = max(0, min(c.Index, n-1))
	if c.Index < c.Offset {
		c.Offset = c.Index
	}
	if height > 0 && c.Index >= c.Offset+height {
		c.Offset = c.Index - height + 1
	}
	c.Offset = max(0, min(c.Offset, n-height))
}

// Navigate moves the cursor for the key map's list keys; it reports whether
// the key was one of them.
func (c *Cursor) Navigate(k *common.KeyMap, msg tea.KeyPressMsg, n, height int) bool {
	switch {
	case key.Matches(msg, k.Up):
		c.Index--
	case key.Matches(msg, k.Down):
		c.Index++
	case key.Matches(msg, k.PageUp):
		c.Index -= max(1, height-1)
	case key.Matches(msg, k.PageDown):
		c.Index += max(1, height-1)
	case key.Matches(msg, k.Top):
		c.Index = 0
	case key.Matches(msg, k.Bottom):
		c.Index = n - 1
	default:
		return false
	}
	c.Clamp(n, height)
	return true
}

// Mark is the selection mark of a row: "›" for the selected one. The mark,
// not only the highlight, shows the selection.
func Mark(selected bool) string {
	if selected {
		return "› "
	}
	return "  "
}
