package components

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/bmail-network/bmail/client/tui/common"
)

func TestPagerWrapsAndFinds(t *testing.T) {
	st := common.NewStyles(true)
	p := NewPager(&st)
	p.SetSize(20, 4)
	p.SetText("one two three four five six seven eight nine ten\nneedle here\n" + strings.Repeat("x", 45))
	if p.Lines() < 6 {
		t.Fatalf("%d wrapped lines; want the long lines wrapped to 20", p.Lines())
	}
	for _, l := range strings.Split(ansi.Strip(p.View()), "\n") {
		if lipgloss.Width(l) != 20 {
			t.Fatalf("line %q is %d wide", l, lipgloss.Width(l))
		}
	}
	p.Find("NEEDLE")
	if n, cur := p.Matches(); n != 1 || cur != 1 {
		t.Fatalf("matches %d/%d", cur, n)
	}
	if !strings.Contains(ansi.Strip(p.View()), "needle here") {
		t.Fatalf("the match is not in view:\n%s", p.View())
	}
	p.SetSize(60, 4) // a resize re-wraps and keeps the search
	if n, _ := p.Matches(); n != 1 || p.Lines() != 3 {
		t.Fatalf("after resize: %d matches, %d lines", n, p.Lines())
	}
}

func TestSparkline(t *testing.T) {
	if got := Sparkline([]uint64{0, 1, 2, 4, 8}, 10); got != "▁▁▂▄█" {
		t.Fatalf("got %q", got)
	}
	if got := Sparkline([]uint64{5, 0, 0}, 2); got != "▁▁" {
		t.Fatalf("last values, all zero: got %q", got)
	}
	if got := Sparkline(nil, 5); got != "" {
		t.Fatalf("got %q", got)
	}
}
