package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/bmail-network/bmail/relay/config"
	"github.com/bmail-network/bmail/relay/store"
)

// BackupCommand writes a consistent online copy of the store (VACUUM INTO).
type BackupCommand struct{ m *Main }

// Run runs the command.
func (c *BackupCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	data := fs.String("data-dir", "", "data directory of the relay (default: from config)")
	cfgPath := fs.String("config", "", "JSON config file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("backup needs one destination file\nhint: bmail-relay backup relay-copy.db")
	}
	var cargs []string
	if *cfgPath != "" {
		cargs = append(cargs, "-config", *cfgPath)
	}
	if *data != "" {
		cargs = append(cargs, "-data-dir", *data)
	}
	cfg, err := config.Load(cargs, c.m.Getenv)
	if err != nil {
		return err
	}
	dest := fs.Arg(0)
	if _, err := os.Stat(dest); err == nil {
		return fmt.Errorf("%s exists; backup will not overwrite it", dest)
	}
	if err := store.BackupFile(ctx, cfg.DBPath(), dest); err != nil {
		return err
	}
	fmt.Fprintf(c.m.Stdout, "bmail-relay: backed up %s to %s\n", cfg.DBPath(), dest)
	return nil
}
