package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/client/tui"
	"github.com/bmail-network/bmail/client/tui/common"
)

// KeysFile is the terminal UI's key bindings file in the data directory.
const KeysFile = "keys.json"

type tuiCmd struct {
	net      netFlags
	keys     string
	keysHelp bool
	offline  bool
	light    bool
	noBell   bool
}

var tuiCommand = &Command{
	Name:    "tui",
	Summary: "the terminal UI: read, write and pay for mail, contacts, account, relays",
	Usage:   "[--keys FILE] [--keys-help] [--offline] [--light] [--no-bell]",
	Help: `
Opens b-mail's terminal UI. With no identity in the data directory it
starts onboarding: create an identity (24 recovery words, checked back)
or restore one, choose a passphrase, and see the address to fund.

The UI opens from the local store at once, also with no relay or chain
reachable; it keeps trying them (with backoff) and shows their state in
the status line. Sends made offline wait in the Outbox.

Keys follow mutt and aerc habits; ? lists them. To change them, write
<home>/keys.json (or --keys FILE): a JSON object from action names to a
key or a list of keys, e.g. {"mail.archive": "e", "reader.ack": ["A", "ctrl+a"]}.
--keys-help lists every action with its keys. A key bound to two actions
that are active together is refused at start.

New mail rings the bell and runs notify_command from config.json (no
shell; the sanitised sender and subject in BMAIL_FROM and BMAIL_SUBJECT,
the message id in BMAIL_MESSAGE_ID).

NO_COLOR turns colours off; nothing is shown by colour alone. The mouse
is not captured, so the terminal's own selection works. Ctrl+Z suspends.
BMAIL_LOG=debug writes the client's log to <home>/tui.log.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &tuiCmd{}
		c.net.register(fs)
		fs.StringVar(&c.keys, "keys", "", "read key bindings from `FILE` (default <home>/keys.json)")
		fs.BoolVar(&c.keysHelp, "keys-help", false, "list the actions a keys file can bind, with their keys")
		fs.BoolVar(&c.offline, "offline", false, "do not reach relays or the chain until asked ($ syncs)")
		fs.BoolVar(&c.light, "light", false, "start with light-background styles (the terminal's answer wins)")
		fs.BoolVar(&c.noBell, "no-bell", false, "do not ring the bell when new mail arrives")
		return c
	},
}

func (c *tuiCmd) Run(ctx context.Context, env *Env, args []string) error {
	home, err := env.Home()
	if err != nil {
		return err
	}
	km, err := loadKeys(c.keys, home)
	if err != nil {
		return err
	}
	if c.keysHelp {
		return printKeys(env.Stdout(), km)
	}
	cfg, err := env.Config(&c.net)
	if err != nil {
		return err
	}
	o := tui.Options{Keys: km, Live: !c.offline, Bell: !c.noBell, Dark: !c.light}
	log, closeLog := tuiLogger(env, cfg.Home)
	defer closeLog()
	open := func(ctx context.Context, id *identity.Identity) (common.Backend, error) {
		cl, err := client.Open(ctx, cfg, client.Options{Identity: id, Logger: log})
		if err != nil {
			return nil, explain(err)
		}
		return cl, nil
	}
	if _, err := env.LoadKeystore(); errors.Is(err, ErrNoIdentity) {
		o.Open = open
		o.Onboard = tui.OnboardOptions{Home: cfg.Home, Relays: cfg.Relays, Networks: cfg.NetworkIDs(),
			KDF: env.main.KDFParams, MinPassphrase: MinPassphraseLength, Now: env.Now}
		return runTUI(ctx, o, &o.Backend)
	} else if err != nil {
		return err
	}
	if err := cfg.RequireChain(); err != nil {
		return explain(err)
	}
	id, err := env.OpenIdentity(ctx)
	if err != nil {
		return err
	}
	b, err := open(ctx, id)
	if err != nil {
		return err
	}
	o.Backend = b
	return runTUI(ctx, o, &o.Backend)
}

// runTUI runs the UI and closes the client it ends with.
func runTUI(ctx context.Context, o tui.Options, b *common.Backend) error {
	err := tui.Run(ctx, o)
	if cl, ok := (*b).(interface{ Close() error }); ok && cl != nil {
		cl.Close()
	}
	return err
}

// loadKeys reads the keys file (a missing default file means defaults).
func loadKeys(path, home string) (*common.KeyMap, error) {
	given := path != ""
	if !given {
		path = filepath.Join(home, KeysFile)
	}
	if given {
		if _, err := os.Stat(path); err != nil {
			return nil, usageErrorf("--keys names a JSON file of key bindings", "%v", err)
		}
	}
	km, err := common.LoadKeyMap(path)
	if err != nil {
		return nil, withHint(err, "fix the file (`bmail tui --keys-help` lists the actions), or move it away for the defaults")
	}
	return km, nil
}

func printKeys(w io.Writer, km *common.KeyMap) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ACTION\tKEYS\tDOES")
	for _, a := range km.Actions() {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", a[0], a[1], a[2])
	}
	return tw.Flush()
}

// tuiLogger keeps the client's log off the screen: into <home>/tui.log
// when BMAIL_LOG is set, else nowhere.
func tuiLogger(env *Env, home string) (*slog.Logger, func()) {
	var level slog.Level
	if env.Getenv(EnvLog) == "" || level.UnmarshalText([]byte(env.Getenv(EnvLog))) != nil {
		return slog.New(slog.NewTextHandler(io.Discard, nil)), func() {}
	}
	if err := os.MkdirAll(home, 0o700); err != nil {
		return slog.New(slog.NewTextHandler(io.Discard, nil)), func() {}
	}
	f, err := os.OpenFile(filepath.Join(home, "tui.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return slog.New(slog.NewTextHandler(io.Discard, nil)), func() {}
	}
	return slog.New(slog.NewTextHandler(f, &slog.HandlerOptions{Level: level})), func() { f.Close() }
}
