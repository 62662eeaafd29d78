package common

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Styles are the UI's styles for a light or a dark terminal. Colour is
// never the only sign of a state: every style here goes with a word or a
// mark in the text (›, ●, ✓, !!, [x]), so the UI reads the same with
// NO_COLOR or a monochrome terminal, and in the golden files.
type Styles struct {
	IsDark bool

	App         lipgloss.Style
	Header      lipgloss.Style
	Brand       lipgloss.Style
	TabActive   lipgloss.Style
	TabInactive lipgloss.Style
	Dev         lipgloss.Style // the DEVNET banner

	Title     lipgloss.Style
	Label     lipgloss.Style
	Value     lipgloss.Style
	Dim       lipgloss.Style
	Selected  lipgloss.Style
	Unread    lipgloss.Style
	Amount    lipgloss.Style
	Good      lipgloss.Style
	Warn      lipgloss.Style
	Loud      lipgloss.Style // a contact's keys changed
	Error     lipgloss.Style
	Info      lipgloss.Style
	Match     lipgloss.Style // a search match in the pager
	Rule      lipgloss.Style
	Box       lipgloss.Style
	StatusBar lipgloss.Style
	HelpKey   lipgloss.Style
	HelpDesc  lipgloss.Style
}

// NewStyles returns the styles for a dark or light background.
func NewStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	var (
		fg     = ld(lipgloss.Color("#1b1b1b"), lipgloss.Color("#e6e6e6"))
		dim    = ld(lipgloss.Color("#6b6b6b"), lipgloss.Color("#8a8a8a"))
		accent = ld(lipgloss.Color("#5b3cc4"), lipgloss.Color("#a993ff"))
		good   = ld(lipgloss.Color("#1d7a3a"), lipgloss.Color("#6fd68a"))
		warn   = ld(lipgloss.Color("#9a5b00"), lipgloss.Color("#f0b45a"))
		bad    = ld(lipgloss.Color("#b3261e"), lipgloss.Color("#ff7a70"))
		barBg  = ld(lipgloss.Color("#e4e0f5"), lipgloss.Color("#2b2640"))
		selBg  = ld(lipgloss.Color("#d9d2fa"), lipgloss.Color("#3a3260"))
	)
	s := Styles{IsDark: isDark}
	s.App = lipgloss.NewStyle().Foreground(fg)
	s.Header = lipgloss.NewStyle().Background(barBg)
	s.Brand = lipgloss.NewStyle().Bold(true).Foreground(accent).Background(barBg)
	s.TabActive = lipgloss.NewStyle().Bold(true).Underline(true).Foreground(accent).Background(barBg)
	s.TabInactive = lipgloss.NewStyle().Foreground(dim).Background(barBg)
	s.Dev = lipgloss.NewStyle().Bold(true).Reverse(true).Foreground(warn)
	s.Title = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Label = lipgloss.NewStyle().Foreground(dim)
	s.Value = lipgloss.NewStyle().Foreground(fg)
	s.Dim = lipgloss.NewStyle().Foreground(dim)
	s.Selected = lipgloss.NewStyle().Bold(true).Background(selBg)
	s.Unread = lipgloss.NewStyle().Bold(true)
	s.Amount = lipgloss.NewStyle().Foreground(good)
	s.Good = lipgloss.NewStyle().Foreground(good)
	s.Warn = lipgloss.NewStyle().Bold(true).Foreground(warn)
	s.Loud = lipgloss.NewStyle().Bold(true).Reverse(true).Foreground(bad)
	s.Error = lipgloss.NewStyle().Bold(true).Foreground(bad)
	s.Info = lipgloss.NewStyle().Foreground(accent)
	s.Match = lipgloss.NewStyle().Reverse(true).Underline(true)
	s.Rule = lipgloss.NewStyle().Foreground(dim)
	s.Box = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1)
	s.StatusBar = lipgloss.NewStyle().Foreground(fg).Background(barBg)
	s.HelpKey = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.HelpDesc = lipgloss.NewStyle().Foreground(dim)
	return s
}

// Colour is a helper for pages that need one of the palette's colours.
func (s Styles) Colour(st lipgloss.Style) color.Color { return st.GetForeground() }
