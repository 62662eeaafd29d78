// Package common is what every part of the b-mail terminal UI shares: the
// Backend it runs on (the client library), the styles, the one key map, the
// screen size, the pinned clock and time zone, the messages pages send to
// the app, and helpers to write times, names and amounts.
//
// Invariants: text a sender controls goes through Sender (client/sanitize)
// before it reaches a view; nothing here does protocol, chain or crypto work.
package common

import (
	"context"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	gethcommon "github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/format"
	"github.com/bmail-network/bmail/client/sanitize"
	"github.com/bmail-network/bmail/client/store"
)

// PageID names a top-level screen.
type PageID int

// Pages, in tab order.
const (
	PageMail PageID = iota
	PageContacts
	PageAccount
	PageRelays
	PageReader
	PageCompose
)

// Folder is a mail folder as the UI shows it.
type Folder string

// Folders, in the order the folder row shows them.
const (
	FolderInbox       Folder = "Inbox"
	FolderSent        Folder = "Sent"
	FolderDrafts      Folder = "Drafts"
	FolderOutbox      Folder = "Outbox"
	FolderArchive     Folder = "Archive"
	FolderNewsletters Folder = "Newsletters"
)

// Folders lists the folders in order.
var Folders = []Folder{FolderInbox, FolderSent, FolderDrafts, FolderOutbox, FolderArchive, FolderNewsletters}

// StoreFolder is the store's folder for a UI folder ("" when the folder is
// not a message folder).
func (f Folder) StoreFolder() string {
	switch f {
	case FolderInbox:
		return store.FolderInbox
	case FolderSent:
		return store.FolderSent
	case FolderArchive:
		return store.FolderArchive
	}
	return ""
}

// Common is embedded in every page: what they share.
type Common struct {
	Ctx     context.Context
	Backend Backend
	// News is the newsletter reader (nil: the Newsletters folder says
	// newsletters are not available).
	News   Newsletters
	Styles *Styles
	Keys   *KeyMap
	Width  int
	Height int
	// Now and Loc pin the clock and the time zone (tests pin both).
	Now func() time.Time
	Loc *time.Location
	// Names maps accounts to the user's local names for them.
	Names map[gethcommon.Address]string
}

// SetSize records the size a page has.
func (c *Common) SetSize(w, h int) { c.Width, c.Height = w, h }

// Page is one screen of the UI.
type Page interface {
	Init() tea.Cmd
	Update(tea.Msg) (Page, tea.Cmd)
	View() string
	SetSize(w, h int)
	// ShortHelp and FullHelp feed the help bar and the ? overlay.
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
	// Capturing reports whether a text field has the focus: the app then
	// passes every key to the page except the always-active ones.
	Capturing() bool
}

// Sender sanitises one line a sender controls (name, subject).
func Sender(s string) string { return sanitize.Line(s) }

// SenderText sanitises a body a sender controls.
func SenderText(s string) string { return sanitize.Text(s) }

// Name is the user's local name for an account, else its short address.
// Local names are the user's own, still sanitised: they may come from a
// pasted contact string.
func (c *Common) Name(a gethcommon.Address) string {
	if a == c.Backend.Address() {
		return "me"
	}
	if n, ok := c.Names[a]; ok && n != "" {
		return sanitize.Line(n)
	}
	return format.Short(a)
}

// MessageFrom is a message's sender label.
func (c *Common) MessageFrom(m *client.Message) string {
	if m.FromName != "" {
		return sanitize.Line(m.FromName)
	}
	return c.Name(m.From)
}

// Time writes a message time compactly: the hour today, the day this year,
// else the date; always in the pinned time zone.
func (c *Common) Time(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = t.In(c.Loc)
	now := c.Now().In(c.Loc)
	switch {
	case t.Year() == now.Year() && t.YearDay() == now.YearDay():
		return t.Format("15:04")
	case t.Year() == now.Year():
		return t.Format("Jan 02")
	}
	return t.Format("2006-01-02")
}

// FullTime writes a time in full, in the pinned zone.
func (c *Common) FullTime(t time.Time) string {
	return t.In(c.Loc).Format("Mon 2 Jan 2006 15:04 MST")
}

// Duration writes a span for people: "23 h 12 min", "5 min", "40 s".
func Duration(d time.Duration) string {
	switch {
	case d <= 0:
		return "none"
	case d >= 48*time.Hour:
		days := int(d / (24 * time.Hour))
		h := int((d % (24 * time.Hour)) / time.Hour)
		if h == 0 {
			return fmt.Sprintf("%d d", days)
		}
		return fmt.Sprintf("%d d %d h", days, h)
	case d >= time.Hour:
		h := int(d / time.Hour)
		m := int((d % time.Hour) / time.Minute)
		if m == 0 || h >= 10 {
			return fmt.Sprintf("%d h", h)
		}
		return fmt.Sprintf("%d h %d min", h, m)
	case d >= time.Minute:
		return fmt.Sprintf("%d min", int(d/time.Minute))
	}
	return fmt.Sprintf("%d s", int(d/time.Second))
}

// Truncate cuts s to w cells with an ellipsis.
func Truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(s, w, "…")
}

// Pad cuts or pads s to exactly w cells.
func Pad(s string, w int) string {
	s = Truncate(s, w)
	if n := lipgloss.Width(s); n < w {
		s += strings.Repeat(" ", w-n)
	}
	return s
}

// PadLeft right-aligns s in w cells.
func PadLeft(s string, w int) string {
	s = Truncate(s, w)
	if n := lipgloss.Width(s); n < w {
		s = strings.Repeat(" ", w-n) + s
	}
	return s
}

// Fit cuts or pads a block to exactly h lines of width w.
func Fit(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i := range lines {
		lines[i] = Pad(lines[i], w)
	}
	for len(lines) < h {
		lines = append(lines, strings.Repeat(" ", w))
	}
	return strings.Join(lines, "\n")
}

// Run returns a command that runs f with the UI's context and turns its
// error into an ErrorMsg, else returns done's message.
func (c *Common) Run(f func(ctx context.Context) (tea.Msg, error)) tea.Cmd {
	ctx := c.Ctx
	return func() tea.Msg {
		m, err := f(ctx)
		if err != nil {
			return Explain(err)
		}
		return m
	}
}

// VerdictEffect says what a verdict will do, in the words the reader shows
// before it is submitted.
func VerdictEffect(v client.Verdict) string {
	switch v {
	case client.Valuable:
		return "mints them reputation: their mail gets cheaper"
	case client.Spam:
		return "marks them: their cold mail costs more; you keep the fee"
	}
	return "clears one pending mail, no judgement"
}

// VerdictName is a verdict's word.
func VerdictName(v client.Verdict) string {
	switch v {
	case client.Valuable:
		return "valuable"
	case client.Spam:
		return "spam"
	}
	return "abstain"
}
