package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/demo"
	"github.com/bmail-network/bmail/client/devnet"
	"github.com/bmail-network/bmail/client/tui"
)

// TryProfile is the dev profile `bmail try` keeps its world in.
const TryProfile = "dev-try"

// tryMarker marks a directory as `bmail try`'s own: only such a directory
// is wiped for a fresh start.
const tryMarker = "bmail-try"

type tryCmd struct {
	seedOnly bool
	keys     string
}

var tryCommand = &Command{
	Name:    "try",
	Summary: "try the terminal UI on a local dev network with people and mail already there",
	Usage:   "[--keys FILE]",
	Help: `
Starts the embedded dev chain, the BMail contract and two relays on
127.0.0.1, creates you, Alice, Bob and Carol (funded with dev ether, a
deposit, keys registered), lets them exchange some mail — Alice's paid
cold mail and a thread with your reply, Carol's paid spam, free mail
from your contact Bob — and opens the terminal UI as you. Everything is
DEVNET and marked so: nothing here is money.

It runs in its own data directory (the dev-try profile's, or --home),
which each run starts afresh; the network stops when you quit.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &tryCmd{}
		fs.StringVar(&c.keys, "keys", "", "read key bindings from `FILE`")
		fs.BoolVar(&c.seedOnly, "seed-only", false, "set the world up and exit (for scripts)")
		return c
	},
}

func (c *tryCmd) Run(ctx context.Context, env *Env, args []string) error {
	if env.homeFlag == "" && env.Profile() == "" && env.Getenv(config.EnvHome) == "" {
		env.profileFlag = TryProfile
	}
	if p := env.Profile(); p != "" && !config.IsDevProfile(p) {
		return usageErrorf("use --profile dev-try (or another dev-… profile)", "profile %q is not a dev profile", p)
	}
	home, err := env.Home()
	if err != nil {
		return err
	}
	km, err := loadKeys(c.keys, home)
	if err != nil {
		return err
	}
	if err := freshTryDir(home); err != nil {
		return err
	}
	log, closeLog := tuiLogger(env, home)
	defer closeLog()
	fmt.Fprintf(env.Stderr(), "[%s] starting a local chain, two relays, and you, Alice, Bob and Carol in %s …\n", config.DevLabel, home)
	net, err := devnet.Start(ctx, devnet.Options{DataDir: filepath.Join(home, DevnetDir), RelayFeeGwei: demo.RelayFeeGwei, Logger: log})
	if err != nil {
		return err
	}
	defer net.Close()
	world, err := demo.Seed(ctx, net, home, demo.SeedOptions{Logger: log})
	if err != nil {
		return fmt.Errorf("setting up the try world: %w", err)
	}
	defer world.Close()
	defer world.You.Close()
	if err := config.WriteDevnet(world.YouHome, net.Record()); err != nil {
		return err
	}
	if c.seedOnly {
		fmt.Fprintf(env.Stdout(), "[%s] ready: your data directory is %s\n", config.DevLabel, world.YouHome)
		return nil
	}
	return tui.Run(ctx, tui.Options{Backend: world.You, Keys: km, Live: true, Bell: true, Dark: true})
}

// freshTryDir empties home when it is try's own directory (or missing),
// and refuses any other non-empty directory.
func freshTryDir(home string) error {
	entries, err := os.ReadDir(home)
	if errors.Is(err, fs.ErrNotExist) || (err == nil && len(entries) == 0) {
		if err := os.MkdirAll(home, 0o700); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(home, tryMarker), []byte("made by bmail try; emptied at each run\n"), 0o600)
	}
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(home, tryMarker)); err != nil {
		return withHint(fmt.Errorf("%s is not empty and was not made by `bmail try`", home), "give try an empty --home, or leave --home out")
	}
	if err := os.RemoveAll(home); err != nil {
		return err
	}
	return freshTryDir(home)
}
