package components

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/bmail-network/bmail/client/tui/common"
)

// Pager shows a text wrapped to its width, scrolls it and finds a string in
// it. The text must already be sanitised (it is shown as is).
type Pager struct {
	styles *common.Styles
	text   string
	width  int
	height int
	lines  []string // wrapped
	offset int

	query   string
	matches []int // wrapped line numbers holding the query
	current int   // index into matches
}

// NewPager returns an empty pager.
func NewPager(s *common.Styles) *Pager { return &Pager{styles: s} }

// Navigate scrolls for the key map's moving keys (up, down, page up, page
// down, top, bottom); it reports whether the key was one of them.
func (p *Pager) Navigate(k *common.KeyMap, msg tea.KeyPressMsg) bool {
	switch {
	case key.Matches(msg, k.Up):
		p.Scroll(-1)
	case key.Matches(msg, k.Down):
		p.Scroll(1)
	case key.Matches(msg, k.PageUp):
		p.Page(-1)
	case key.Matches(msg, k.PageDown):
		p.Page(1)
	case key.Matches(msg, k.Top):
		p.Top()
	case key.Matches(msg, k.Bottom):
		p.Bottom()
	default:
		return false
	}
	return true
}

// SetText replaces the text and scrolls to the top.
func (p *Pager) SetText(s string) {
	p.text = s
	p.offset = 0
	p.rewrap()
}

// SetSize re-wraps the text to a new size, keeping the position.
func (p *Pager) SetSize(w, h int) {
	p.width, p.height = max(w, 1), max(h, 1)
	p.rewrap()
}

func (p *Pager) rewrap() {
	p.lines = p.lines[:0]
	for _, l := range strings.Split(p.text, "\n") {
		l = strings.ReplaceAll(l, "\t", "    ")
		w := ansi.Wordwrap(l, p.width, "")
		w = ansi.Hardwrap(w, p.width, true)
		p.lines = append(p.lines, strings.Split(w, "\n")...)
	}
	p.find()
	p.clamp()
}

func (p *Pager) clamp() {
	p.offset = max(0, min(p.offset, len(p.lines)-p.height))
}

// Scroll moves by n lines.
func (p *Pager) Scroll(n int) { p.offset += n; p.clamp() }

// Page moves by a screen.
func (p *Pager) Page(n int) { p.Scroll(n * max(1, p.height-1)) }

// Top and Bottom jump to the ends.
func (p *Pager) Top()    { p.offset = 0 }
func (p *Pager) Bottom() { p.offset = len(p.lines); p.clamp() }

// Lines is the number of wrapped lines.
func (p *Pager) Lines() int { return len(p.lines) }

// Percent is how far the view is scrolled.
func (p *Pager) Percent() int {
	if len(p.lines) <= p.height {
		return 100
	}
	return 100 * (p.offset + p.height) / len(p.lines)
}

// Find sets the search string and jumps to its first match.
func (p *Pager) Find(q string) {
	p.query = q
	p.current = 0
	p.find()
	p.jump()
}

// Query is the current search string.
func (p *Pager) Query() string { return p.query }

// Matches is the number of lines with a match and the current one (1-based).
func (p *Pager) Matches() (n, current int) {
	if len(p.matches) == 0 {
		return 0, 0
	}
	return len(p.matches), p.current + 1
}

// Next and Prev jump between matches.
func (p *Pager) Next() { p.step(1) }
func (p *Pager) Prev() { p.step(-1) }

func (p *Pager) step(d int) {
	if len(p.matches) == 0 {
		return
	}
	p.current = (p.current + d + len(p.matches)) % len(p.matches)
	p.jump()
}

func (p *Pager) jump() {
	if len(p.matches) == 0 {
		return
	}
	line := p.matches[p.current]
	if line < p.offset || line >= p.offset+p.height {
		p.offset = line - p.height/3
		p.clamp()
	}
}

func (p *Pager) find() {
	p.matches = p.matches[:0]
	if p.query == "" {
		return
	}
	q := strings.ToLower(p.query)
	for i, l := range p.lines {
		if strings.Contains(strings.ToLower(l), q) {
			p.matches = append(p.matches, i)
		}
	}
	if p.current >= len(p.matches) {
		p.current = 0
	}
}

// View draws the visible lines; matches are underlined in reverse video and
// their lines marked with » in the margin-free text (the marker replaces
// nothing: it is drawn over the line's end when the line is full).
func (p *Pager) View() string {
	var b strings.Builder
	end := min(len(p.lines), p.offset+p.height)
	for i := p.offset; i < end; i++ {
		l := p.lines[i]
		if p.query != "" {
			l = highlight(l, p.query, p.styles.Match)
		}
		b.WriteString(l)
		if i < end-1 {
			b.WriteByte('\n')
		}
	}
	return common.Fit(b.String(), p.width, p.height)
}

// highlight marks each case-insensitive occurrence of q in a plain line.
func highlight(line, q string, st lipgloss.Style) string {
	lower, lq := strings.ToLower(line), strings.ToLower(q)
	if len(lower) != len(line) { // case mapping changed byte lengths: skip
		return line
	}
	var b strings.Builder
	for {
		i := strings.Index(lower, lq)
		if i < 0 {
			b.WriteString(line)
			return b.String()
		}
		b.WriteString(line[:i])
		b.WriteString(st.Render(line[i : i+len(q)]))
		line, lower = line[i+len(q):], lower[i+len(q):]
	}
}
