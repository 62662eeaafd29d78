package cli

import (
	"context"
	"flag"
	"fmt"
	"strconv"

	"github.com/bmail-network/bmail/client/format"
)

type blockCmd struct {
	net  netFlags
	json bool
}

var blockCommand = &Command{
	Name:        "block",
	Summary:     "who may not write to you: block list and minimum reputation for strangers",
	Usage:       "[list | add WHO | remove WHO | min-reputation [N]] [--json]",
	AcceptsArgs: true,
	Help: `
The contract itself refuses paid mail from senders you block, and cold
mail (from someone you never wrote to) from senders whose reputation is
below your minimum; their client is told before they pay anything.
Blocked senders' unpaid mail is hidden too. Changing either costs gas.

  list                 the senders you blocked, and your minimum
  add WHO              block a sender (address, contact string or name)
  remove WHO           lift a block
  min-reputation [N]   show, or set, the reputation strangers need`,
	New: func(fs *flag.FlagSet) Runner {
		c := &blockCmd{}
		c.net.register(fs)
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

type blockReport struct {
	netInfo
	Blocked       []string `json:"blocked"`
	MinReputation uint64   `json:"min_reputation"`
}

func (c *blockCmd) Run(ctx context.Context, env *Env, args []string) error {
	sub := "list"
	if len(args) > 0 {
		sub, args = args[0], args[1:]
	}
	switch {
	case (sub == "add" || sub == "remove") && len(args) == 1:
	case sub == "min-reputation" && len(args) <= 1:
	case sub == "list" && len(args) == 0:
	default:
		return usageErrorf("run `bmail help block`", "usage: bmail block [list | add WHO | remove WHO | min-reputation [N]]")
	}
	var minimum uint64
	if sub == "min-reputation" && len(args) == 1 {
		n, err := strconv.ParseUint(args[0], 10, 64)
		if err != nil {
			return usageErrorf("a reputation is a whole number, for example 1000", "%q is not a reputation", args[0])
		}
		minimum = n
	}
	cl, err := env.OpenClient(ctx, &c.net)
	if err != nil {
		return err
	}
	defer cl.Close()
	switch sub {
	case "add", "remove":
		a, err := resolveWho(ctx, cl, args[0])
		if err != nil {
			return err
		}
		if sub == "add" {
			err = cl.Block(ctx, a)
		} else {
			err = cl.Unblock(ctx, a)
		}
		if err != nil {
			return explain(err)
		}
	case "min-reputation":
		if len(args) == 1 {
			if err := cl.SetMinReputation(ctx, minimum); err != nil {
				return explain(err)
			}
		}
	}
	rep := blockReport{netInfo: netOf(cl), Blocked: []string{}}
	bl, err := cl.BlockList(ctx)
	if err != nil {
		return explain(err)
	}
	for _, a := range bl {
		rep.Blocked = append(rep.Blocked, a.Hex())
	}
	if rep.MinReputation, err = cl.MinReputation(ctx); err != nil {
		return explain(err)
	}
	if c.json {
		return printJSON(env.Stdout(), rep)
	}
	w := env.Stdout()
	banner(w, cl.Dev())
	if len(rep.Blocked) == 0 {
		fmt.Fprintln(w, "blocked: nobody")
	}
	for _, a := range rep.Blocked {
		fmt.Fprintf(w, "blocked: %s\n", a)
	}
	fmt.Fprintf(w, "minimum reputation for strangers: %s\n", format.Thousands(rep.MinReputation))
	return nil
}
