package components

import (
	"strings"

	"charm.land/bubbles/v2/key"

	"github.com/bmail-network/bmail/client/tui/common"
)

// HelpBar draws the short help on one line, cut to the width.
func HelpBar(s *common.Styles, bindings []key.Binding, width int) string {
	var parts []string
	for _, b := range bindings {
		if !b.Enabled() || len(b.Keys()) == 0 {
			continue
		}
		h := b.Help()
		parts = append(parts, s.HelpKey.Render(h.Key)+" "+s.HelpDesc.Render(h.Desc))
	}
	return common.Pad(strings.Join(parts, s.HelpDesc.Render(" · ")), width)
}

// HelpOverlay draws every group of bindings in columns, for the ? screen.
func HelpOverlay(s *common.Styles, title string, groups [][]key.Binding, width, height int) string {
	var b strings.Builder
	b.WriteString(s.Title.Render(title) + "\n\n")
	colW := 26
	cols := max(1, (width-2)/colW)
	var cells []string
	for _, g := range groups {
		for _, k := range g {
			if !k.Enabled() || len(k.Keys()) == 0 {
				continue
			}
			h := k.Help()
			cells = append(cells, common.Pad(s.HelpKey.Render(common.Pad(h.Key, 10))+" "+h.Desc, colW))
		}
	}
	rows := (len(cells) + cols - 1) / cols
	for r := 0; r < rows; r++ {
		var line strings.Builder
		for c := 0; c < cols; c++ {
			if i := c*rows + r; i < len(cells) {
				line.WriteString(cells[i])
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
	b.WriteString("\n" + s.Dim.Render("Keys can be changed in keys.json (`bmail tui --keys-help` lists them); esc or ? closes this."))
	return common.Fit(b.String(), width, height)
}
