package cli

import (
	"context"
	"flag"
	"fmt"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/format"
)

type ackCmd struct {
	net  netFlags
	json bool
}

var ackCommand = &Command{
	Name:        "ack",
	Summary:     "judge a paid message: valuable, spam or abstain",
	Usage:       "[--json] ID valuable|spam|abstain",
	AcceptsArgs: true,
	Help: `
Records your verdict on paid message ID on chain. "valuable" mints the
sender reputation, which makes their mail cheaper for everyone; "spam"
marks them, which makes their mail dearer (spam marks count only on cold
mail — mail you had not invited by writing to them — and once per ack
window); "abstain" just clears the message from your pending verdicts.
You keep the fee either way. Free contact mail cannot be acked. An ack
costs gas.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &ackCmd{}
		c.net.register(fs)
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

type ackReport struct {
	netInfo
	ID         int64   `json:"id"`
	Sender     string  `json:"sender"`
	Verdict    string  `json:"verdict"`
	Reputation uint64  `json:"sender_reputation"`
	SpamMarks  float64 `json:"sender_spam_marks"`
}

func parseVerdict(s string) (client.Verdict, error) {
	for _, v := range []client.Verdict{client.Valuable, client.Spam, client.Abstain} {
		if s == v.String() {
			return v, nil
		}
	}
	return 0, usageErrorf("the verdicts are valuable, spam and abstain", "unknown verdict %q", s)
}

func (c *ackCmd) Run(ctx context.Context, env *Env, args []string) error {
	if len(args) != 2 {
		return usageErrorf("for example: bmail ack 3 valuable", "ack takes a message id and a verdict")
	}
	id, err := parseID(args[0])
	if err != nil {
		return err
	}
	v, err := parseVerdict(args[1])
	if err != nil {
		return err
	}
	cl, err := env.OpenClient(ctx, &c.net)
	if err != nil {
		return err
	}
	defer cl.Close()
	m, err := cl.Message(ctx, id)
	if err != nil {
		return explain(err)
	}
	if v == client.Spam {
		st, err := cl.AckStatusOf(ctx, id)
		if err != nil {
			return explain(err)
		}
		if !st.CanSpam() {
			why := "it was not cold mail (you had written to them)"
			switch {
			case st.Pending == 0:
				why = "no paid mail from this sender waits for your verdict"
			case st.WindowLeft <= 0:
				why = "its ack window has closed"
			case st.Marked:
				why = "you already marked this sender spam in this window"
			}
			return explain(fmt.Errorf("%w: %s", client.ErrSpamNotAllowed, why))
		}
	}
	if err := cl.Ack(ctx, id, v); err != nil {
		return explain(err)
	}
	r, err := cl.Reputation(ctx, m.From)
	if err != nil {
		return explain(err)
	}
	rep := ackReport{netInfo: netOf(cl), ID: id, Sender: m.From.Hex(), Verdict: v.String(), Reputation: r.Total(), SpamMarks: r.SpamMarks}
	if c.json {
		return printJSON(env.Stdout(), rep)
	}
	banner(env.Stdout(), cl.Dev())
	fmt.Fprintf(env.Stdout(), "marked #%d %s; %s now has reputation %s and %.2f spam marks\n", id, v, rep.Sender,
		format.Thousands(rep.Reputation), rep.SpamMarks)
	return nil
}
