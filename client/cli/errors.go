package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/bmail-network/bmail/client/identity"
)

// Exit codes of the bmail binary (also listed by `bmail help`).
const (
	ExitOK              = 0   // success
	ExitError           = 1   // any other failure
	ExitUsage           = 2   // bad command line
	ExitNoIdentity      = 3   // no identity in the data directory yet
	ExitWrongPassphrase = 4   // the keystore did not open with the passphrase
	ExitKeystoreDamaged = 5   // the keystore file is damaged or from a newer version
	ExitNotConfigured   = 6   // no chain or relays configured (or no devnet running)
	ExitRefused         = 7   // refused before any money moved (caps, balance, gas, block, minimum reputation)
	ExitInterrupted     = 130 // interrupted (Ctrl-C)
)

// exitCodes documents the codes for `bmail help`, in order.
var exitCodes = []struct {
	code int
	text string
}{
	{ExitOK, "success"},
	{ExitError, "error"},
	{ExitUsage, "usage error (unknown command, bad flag or argument)"},
	{ExitNoIdentity, "no identity in the data directory (run `bmail init` or `bmail restore`)"},
	{ExitWrongPassphrase, "wrong passphrase"},
	{ExitKeystoreDamaged, "keystore damaged or written by a newer b-mail"},
	{ExitNotConfigured, "no chain or relays configured, or no devnet running for a dev profile"},
	{ExitRefused, "refused before any money moved: fee above your cap, daily cap, balance or gas too low, blocked, below the minimum reputation, or not confirmed"},
	{ExitInterrupted, "interrupted"},
}

// ErrNoIdentity: the data directory has no keystore.
var ErrNoIdentity = errors.New("no b-mail identity here")

// Error is an error with advice for the user and an exit code.
type Error struct {
	Err  error
	Hint string // printed as "hint: …" under the error; may be empty
	Code int    // exit code; 0 means "derive from Err"
}

func (e *Error) Error() string { return e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// withHint attaches advice to err (nil stays nil).
func withHint(err error, format string, args ...any) error {
	if err == nil {
		return nil
	}
	return &Error{Err: err, Hint: fmt.Sprintf(format, args...)}
}

// usageErrorf reports a bad command line (exit code 2).
func usageErrorf(hint, format string, args ...any) error {
	return &Error{Err: fmt.Errorf(format, args...), Hint: hint, Code: ExitUsage}
}

// exitCode maps an error returned by a command to the process exit code.
func exitCode(err error) int {
	var e *Error
	if errors.As(err, &e) && e.Code != 0 {
		return e.Code
	}
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, context.Canceled):
		return ExitInterrupted
	case errors.Is(err, ErrNoIdentity):
		return ExitNoIdentity
	case errors.Is(err, identity.ErrWrongPassphrase):
		return ExitWrongPassphrase
	case errors.Is(err, identity.ErrKeystoreDamaged), errors.Is(err, identity.ErrKeystoreVersion):
		return ExitKeystoreDamaged
	}
	return ExitError
}

// hintOf returns the first hint found along err's chain.
func hintOf(err error) string {
	for err != nil {
		if e, ok := err.(*Error); ok && e.Hint != "" {
			return e.Hint
		}
		err = errors.Unwrap(err)
	}
	return ""
}
