package cli

import (
	"context"
	"fmt"
	"os"

	"golang.org/x/term"
)

// Terminal is an interactive terminal the user types into.
type Terminal interface {
	// ReadSecret shows prompt and reads one line without echoing it. It
	// returns ctx.Err() when ctx ends first (Ctrl-C), with the terminal
	// restored.
	ReadSecret(ctx context.Context, prompt string) ([]byte, error)
}

// stdinTerminal returns the process's terminal when stdin is one, else nil.
func stdinTerminal() Terminal {
	fd := int(os.Stdin.Fd())
	if !term.IsTerminal(fd) {
		return nil
	}
	return &ttyTerminal{fd: fd, out: os.Stderr}
}

type ttyTerminal struct {
	fd  int
	out *os.File
}

func (t *ttyTerminal) ReadSecret(ctx context.Context, prompt string) ([]byte, error) {
	state, err := term.GetState(t.fd)
	if err != nil {
		return nil, err
	}
	fmt.Fprint(t.out, prompt)
	type result struct {
		b   []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		b, err := term.ReadPassword(t.fd)
		done <- result{b, err}
	}()
	select {
	case r := <-done:
		fmt.Fprintln(t.out)
		return r.b, r.err
	case <-ctx.Done():
		// The read goroutine stays blocked until the process exits; the
		// terminal gets its echo back now.
		term.Restore(t.fd, state)
		return nil, ctx.Err()
	}
}
