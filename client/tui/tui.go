// Package tui is b-mail's terminal UI, built with Bubble Tea v2 on the client
// library: Mail (folders, threads, search, filters), the reader with acks,
// the composer with live quotes and a review before paying, the Outbox,
// Contacts, Account and Relays, a status line, and onboarding for a new
// user. It holds no protocol, chain or crypto logic: every flow is a call on
// common.Backend (*client.Client), run as a command so nothing blocks the
// screen.
//
// Layout follows soft-serve: common (styles, key map, backend, messages),
// components (widgets), pages/* (screens, each owning its messages), and
// this package's App routing between them.
//
// Invariants: everything a sender controls is sanitised before it is drawn;
// no state is shown by colour alone (marks and words carry it, so NO_COLOR
// and the golden files read the same); the mouse is off, so the terminal's
// own selection works; a panic restores the terminal (Bubble Tea's panic
// handler) before the error is printed.
package tui

//go:generate go test -run TestDocsScreens -update-docs .

import (
	"context"
	"errors"
	"os"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/client/tui/common"
)

// Options shape the UI.
type Options struct {
	// Backend is the open client; nil starts onboarding, which calls Open
	// with the new identity.
	Backend common.Backend
	// Open opens the client for an identity made by onboarding.
	Open func(ctx context.Context, id *identity.Identity) (common.Backend, error)
	// Onboard says where onboarding writes the new identity.
	Onboard OnboardOptions
	// Keys is the key map (DefaultKeyMap when nil).
	Keys *common.KeyMap
	// Now and Loc pin the clock and time zone (time.Now and time.Local
	// when nil).
	Now func() time.Time
	Loc *time.Location
	// AckDelay is how long a verdict can be undone before it is submitted.
	AckDelay time.Duration
	// Live runs the client's live loop (relay subscriptions, chain
	// following, outbox) while the UI is open.
	Live bool
	// Bell rings the terminal bell when new mail arrives. (The user's
	// new-mail hook is the client's: config notify_command, run by the
	// live loop.)
	Bell bool
	// Dark forces the dark (true) or light styles until the terminal
	// answers with its background colour.
	Dark bool
}

// Run runs the UI on the terminal until the user quits. NO_COLOR (any
// value) turns colours off.
func Run(ctx context.Context, o Options, progOpts ...tea.ProgramOption) error {
	opts := append([]tea.ProgramOption{tea.WithContext(ctx)}, progOpts...)
	if os.Getenv("NO_COLOR") != "" { // last: it wins over any profile asked for
		opts = append(opts, tea.WithColorProfile(colorprofile.Ascii))
	}
	_, err := tea.NewProgram(New(ctx, o), opts...).Run()
	if errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}
