package cli

import (
	"context"
	"flag"
	"fmt"
)

type whoamiCmd struct {
	json bool
}

var whoamiCommand = &Command{
	Name:    "whoami",
	Summary: "show the account address, key fingerprint and bundle hash",
	Usage:   "[--json]",
	Help: `
Shows who this data directory belongs to: the account address, the
fingerprint of its keys (read it to a contact to compare), the bundle hash
the account registers on chain, the public keys, inbox relays, accepted
networks and the bundle's validity. No passphrase is needed: everything
shown is public.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &whoamiCmd{}
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

func (c *whoamiCmd) Run(ctx context.Context, env *Env, args []string) error {
	ks, err := env.LoadKeystore()
	if err != nil {
		return err
	}
	b, err := env.LoadBundle(ks)
	if err != nil {
		return err
	}
	home, _ := env.Home()
	report := newIdentityReport(b, home)
	if c.json {
		if err := printJSON(env.Stdout(), report); err != nil {
			return err
		}
	} else {
		banner(env.Stdout(), env.isDev())
		report.print(env.Stdout(), env.Now())
	}
	if err := b.Validate(env.Now()); err != nil {
		fmt.Fprintf(env.Stderr(), "bmail: warning: %v\n", err)
	}
	return nil
}
