package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// Command is one bmail subcommand.
type Command struct {
	Name    string // what the user types: bmail <Name>
	Summary string // one line for the command list
	Usage   string // arguments after the name, e.g. "[--json]"
	Help    string // paragraphs shown by `bmail help <Name>`
	// AcceptsArgs allows positional arguments after the flags.
	AcceptsArgs bool
	// New returns a fresh instance of the command with its own flags
	// registered on fs (the global flags are added for every command).
	New func(fs *flag.FlagSet) Runner
}

// Runner runs one parsed command. Run returns errors instead of printing
// them.
type Runner interface {
	Run(ctx context.Context, env *Env, args []string) error
}

// commands is the table of subcommands, in the order help lists them.
// A new subcommand is a file with its *Command and one line here.
var commands []*Command

func init() {
	commands = []*Command{
		initCommand,
		restoreCommand,
		whoamiCommand,
		registerCommand,
		quoteCommand,
		sendCommand,
		outboxCommand,
		inboxCommand,
		readCommand,
		ackCommand,
		syncCommand,
		contactsCommand,
		blockCommand,
		walletCommand,
		listCommand, subscribeCommand, unsubscribeCommand, publishCommand, issuesCommand, broadcastCommand,
		relaysCommand,
		exportAccountKeyCommand,
		keysCommand,
		devnetCommand,
		deployCommand,
		demoCommand,
		tuiCommand,
		tryCommand,
		helpCommand,
	}
}

func lookup(name string) *Command {
	for _, c := range commands {
		if c.Name == name {
			return c
		}
	}
	return nil
}

var helpCommand = &Command{
	Name:        "help",
	Summary:     "show the commands, or the help of one command",
	Usage:       "[command]",
	AcceptsArgs: true,
	New:         func(*flag.FlagSet) Runner { return helpCmd{} },
}

type helpCmd struct{}

func (helpCmd) Run(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 {
		return printHelp(env.Stdout())
	}
	cmd := lookup(args[0])
	if cmd == nil {
		return usageErrorf("run `bmail help` for the list of commands", "unknown command %q", args[0])
	}
	fs, _ := cmd.flagSet(&Env{})
	return printCommandHelp(env.Stdout(), cmd, fs)
}

// flagSet returns the command's flag set (global flags bound to env) and
// a fresh instance bound to it.
func (c *Command) flagSet(env *Env) (*flag.FlagSet, Runner) {
	fs := flag.NewFlagSet("bmail "+c.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	env.globalFlags(fs)
	return fs, c.New(fs)
}

func printHelp(w io.Writer) error {
	fmt.Fprint(w, `bmail is the b-mail client: paid, end-to-end encrypted mail.

Usage:
  bmail [global flags] <command> [flags] [arguments]

Commands:
`)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, c := range commands {
		fmt.Fprintf(tw, "  %s\t%s\n", c.Name, c.Summary)
	}
	tw.Flush()
	fmt.Fprintf(w, `
Global flags (before or after the command):
  --home DIR               data directory (default: $BMAIL_HOME, else
                           $XDG_DATA_HOME/bmail[-PROFILE], else
                           ~/.local/share/bmail[-PROFILE])
  --profile NAME           a profile: its own data directory and config;
                           "dev" (or dev-…) is the local dev network, and
                           everything it shows is marked DEVNET
  --config FILE            read settings from FILE (JSON) instead of
                           $XDG_CONFIG_HOME/bmail[-PROFILE]/config.json
                           (<home>/config.json when --home is given)
  --passphrase-file FILE   read the keystore passphrase from the first line
                           of FILE instead of asking

Commands that reach the chain or relays also take --rpc-url, --chain-id,
--contract, --confirmations, --relay, --batcher, --max-fee and --max-per-day
(see `+"`bmail help send`"+`). Settings come from defaults, then the config
file, then the environment, then flags. Nothing falls back to a dev chain:
without a chain configured, commands say what to set.

Environment:
  BMAIL_HOME        data directory, when --home is not given
  BMAIL_PROFILE     profile, when --profile is not given
  BMAIL_CONFIG      config file, when --config is not given
  BMAIL_PASSPHRASE  keystore passphrase, when --passphrase-file is not given
                    (for scripts; prefer the prompt or a file)
  BMAIL_RPC_URL, BMAIL_CHAIN_ID, BMAIL_CONTRACT, BMAIL_CONFIRMATIONS
                    the chain (JSON-RPC URL, chain id, BMail contract)
  BMAIL_START_BLOCK where a new data directory starts reading payments
                    (default: found on chain; deploy prints it)
  BMAIL_RELAYS      inbox relays, comma-separated
  BMAIL_BATCHER     pay through this relay's settlement batcher
  BMAIL_MAX_FEE, BMAIL_MAX_PER_DAY
                    spending caps in gwei (per message, per UTC day)
  BMAIL_LOG         client log level on stderr (debug, info, warn, error)
  XDG_DATA_HOME, XDG_CONFIG_HOME
                    bases of the default directories

--json prints one JSON object on stdout; network commands mark it with
"network" ("DEVNET" on a dev profile) and "dev".

Exit codes:
`)
	for _, e := range exitCodes {
		fmt.Fprintf(w, "  %-5d %s\n", e.code, e.text)
	}
	fmt.Fprint(w, "\nRun `bmail help <command>` for the flags of a command.\n")
	return nil
}

func printCommandHelp(w io.Writer, cmd *Command, fs *flag.FlagSet) error {
	fmt.Fprintf(w, "Usage: %s\n\n%s\n", strings.TrimSpace("bmail "+cmd.Name+" "+cmd.Usage), cmd.Summary)
	if cmd.Help != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(cmd.Help))
	}
	fmt.Fprint(w, "\nFlags:\n")
	printFlags(w, fs)
	return nil
}

// printFlags lists fs's flags GNU style ("--name VALUE").
func printFlags(w io.Writer, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		if name == "value" {
			name = "VALUE"
		}
		if _, isBool := f.Value.(interface{ IsBoolFlag() bool }); isBool {
			name = ""
		}
		fmt.Fprintf(w, "  --%s", f.Name)
		if name != "" {
			fmt.Fprintf(w, " %s", name)
		}
		fmt.Fprintf(w, "\n      %s", usage)
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			fmt.Fprintf(w, " (default %s)", f.DefValue)
		}
		fmt.Fprintln(w)
	})
}
