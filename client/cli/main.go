package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/client/sanitize"
	"io"
	"os"
	"strings"
	"time"
)

// Main is one run of the bmail command line. Its fields are the outside
// world, so tests can replace them.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads an environment variable (os.Getenv by default).
	Getenv func(string) string
	// Now is the clock (time.Now by default).
	Now func() time.Time
	// Terminal is the interactive terminal, or nil when stdin is not one.
	Terminal Terminal
	// KDFParams are the Argon2id parameters of new keystores
	// (identity.DefaultKDFParams by default).
	KDFParams identity.KDFParams
}

// NewMain returns a Main wired to the process: standard streams,
// environment, clock, and the controlling terminal when stdin is one.
func NewMain() *Main {
	return &Main{
		Stdin:     os.Stdin,
		Stdout:    os.Stdout,
		Stderr:    os.Stderr,
		Getenv:    os.Getenv,
		Now:       time.Now,
		Terminal:  stdinTerminal(),
		KDFParams: identity.DefaultKDFParams,
	}
}

// Run executes the command line args (without the program name) and
// returns the process exit code. Errors are printed to Stderr as
// "bmail: …" with an optional "hint: …" line.
func (m *Main) Run(ctx context.Context, args []string) int {
	err := m.run(ctx, args)
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return ExitOK
	}
	if ctx.Err() != nil && errors.Is(err, context.Canceled) {
		fmt.Fprintln(m.Stderr, "\nbmail: interrupted")
		return ExitInterrupted
	}
	// Errors may quote what relays or senders wrote: sanitise them.
	fmt.Fprintf(m.Stderr, "bmail: %s\n", sanitize.Text(err.Error()))
	if h := sanitize.Text(hintOf(err)); h != "" {
		for _, line := range strings.Split(h, "\n") {
			fmt.Fprintf(m.Stderr, "hint: %s\n", line)
		}
	}
	return exitCode(err)
}

func (m *Main) run(ctx context.Context, args []string) error {
	env := &Env{main: m}
	global := flag.NewFlagSet("bmail", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	env.globalFlags(global)
	help := global.Bool("help", false, "")
	global.BoolVar(help, "h", false, "")
	if err := global.Parse(args); err != nil {
		return usageErrorf("run `bmail help` for the commands and global flags", "%v", err)
	}
	rest := global.Args()
	if *help {
		return printHelp(m.Stdout)
	}
	if len(rest) == 0 {
		printHelp(m.Stderr)
		return &Error{Err: errors.New("no command given"), Code: ExitUsage}
	}
	cmd := lookup(rest[0])
	if cmd == nil {
		return usageErrorf("run `bmail help` for the list of commands", "unknown command %q", rest[0])
	}
	fs, runner := cmd.flagSet(env)
	pos, err := parseArgs(fs, rest[1:])
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return printCommandHelp(m.Stdout, cmd, fs)
		}
		return usageErrorf(fmt.Sprintf("run `bmail help %s` for its usage", cmd.Name), "%s: %v", cmd.Name, err)
	}
	if !cmd.AcceptsArgs && len(pos) > 0 {
		return usageErrorf(fmt.Sprintf("run `bmail help %s` for its usage", cmd.Name),
			"%s takes no arguments, got %q", cmd.Name, pos[0])
	}
	return runner.Run(ctx, env, pos)
}
