package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// Main dispatches subcommands.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
}

// NewMain returns a Main wired to the process.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
}

// Run runs one subcommand and returns the exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	cmd := "serve"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	var err error
	switch cmd {
	case "serve":
		err = (&ServeCommand{m: m}).Run(ctx, args)
	case "backup":
		err = (&BackupCommand{m: m}).Run(ctx, args)
	case "key":
		err = (&KeyCommand{m: m}).Run(ctx, args)
	case "earnings":
		err = (&EarningsCommand{m: m}).Run(ctx, args)
	case "withdraw":
		err = (&WithdrawCommand{m: m}).Run(ctx, args)
	case "version":
		fmt.Fprintln(m.Stdout, "bmail-relay", version)
	case "help", "-h", "--help":
		fmt.Fprint(m.Stdout, usage)
	default:
		err = fmt.Errorf("unknown command %q\nhint: bmail-relay help", cmd)
	}
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintf(m.Stderr, "bmail-relay: %v\n", err)
		return 1
	}
	return 0
}

const version = "0.1.0"

const usage = `bmail-relay: the b-mail relay daemon

  bmail-relay [serve] [flags]   run the relay (zero configuration: loopback, ./bmail-relay-data)
  bmail-relay backup [flags] DEST
                                write a consistent copy of the store to DEST while the relay runs
  bmail-relay key new|restore|show [-keystore FILE] [-passphrase-file FILE]
                                create, restore (recovery phrase on stdin) or show the operator key
  bmail-relay earnings [-json]  relay fees, gas and L1 cost of final settlement batches; withdrawable balance
  bmail-relay withdraw [-amount GWEI] [-to ADDR] [-wait]
                                withdraw earnings to the payout address (request, wait an hour, complete)
  bmail-relay version

The settlement batcher runs with -batcher (or batcher.enabled), a chain
(-chain-rpc, -contract) and the operator keystore; its passphrase comes from
-passphrase-file, BMAIL_RELAY_PASSPHRASE, or a terminal prompt.

Settings come from defaults, then -config FILE (JSON) or BMAIL_RELAY_CONFIG,
then BMAIL_RELAY_* environment variables, then flags. See SPEC.md §6 and the
README's "Relay" section.
`
