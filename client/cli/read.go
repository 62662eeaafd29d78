package cli

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/format"
	"github.com/bmail-network/bmail/client/sanitize"
)

type readCmd struct {
	net    netFlags
	thread bool
	keep   bool
	json   bool
}

var readCommand = &Command{
	Name:        "read",
	Summary:     "show a message (and mark it read)",
	Usage:       "[--thread] [--keep-unread] [--json] ID",
	AcceptsArgs: true,
	Help: `
Shows message ID (from ` + "`bmail inbox`" + `): sender with the fingerprint of the
keys that signed it, recipients, date, what it paid you, and the body.
Everything the sender wrote is cleaned of terminal escape sequences,
control characters and bidirectional overrides before it is printed.
Bodies are plain text; nothing is rendered as HTML. --thread shows the
messages it answers and that answer it, oldest first.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &readCmd{}
		c.net.register(fs)
		fs.BoolVar(&c.thread, "thread", false, "show the whole thread")
		fs.BoolVar(&c.keep, "keep-unread", false, "do not mark it read")
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

type readMessage struct {
	messageLine
	Fingerprint string `json:"fingerprint"`
	Body        string `json:"body"`
}

type readReport struct {
	netInfo
	Messages []readMessage `json:"messages"`
}

func (c *readCmd) Run(ctx context.Context, env *Env, args []string) error {
	if len(args) != 1 {
		return usageErrorf("for example: bmail read 3", "read takes one message id")
	}
	id, err := parseID(args[0])
	if err != nil {
		return err
	}
	cl, err := env.OpenClient(ctx, &c.net)
	if err != nil {
		return err
	}
	defer cl.Close()
	var ms []client.Message
	if c.thread {
		ms, err = cl.Thread(ctx, id)
	} else {
		var m *client.Message
		if m, err = cl.Message(ctx, id); err == nil {
			ms = []client.Message{*m}
		}
	}
	if err != nil {
		return explain(err)
	}
	if !c.keep {
		if err := cl.Read(ctx, id, true); err != nil {
			return explain(err)
		}
	}
	rep := readReport{netInfo: netOf(cl)}
	for i := range ms {
		rep.Messages = append(rep.Messages, readMessage{messageLine: newMessageLine(&ms[i]),
			Fingerprint: ms[i].Fingerprint.String(), Body: sanitize.Text(ms[i].Body)})
	}
	if c.json {
		return printJSON(env.Stdout(), rep)
	}
	w := env.Stdout()
	banner(w, cl.Dev())
	for i, m := range rep.Messages {
		if i > 0 {
			fmt.Fprintln(w, strings.Repeat("─", 60))
		}
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		from := m.From
		if m.FromName != "" {
			from = m.FromName + " <" + m.From + ">"
		}
		fmt.Fprintf(tw, "message\t#%d (%s)\n", m.ID, m.Folder)
		fmt.Fprintf(tw, "from\t%s\n", from)
		fmt.Fprintf(tw, "keys\t%s\n", m.Fingerprint)
		fmt.Fprintf(tw, "to\t%s\n", strings.Join(m.To, ", "))
		if len(m.Cc) > 0 {
			fmt.Fprintf(tw, "cc\t%s\n", strings.Join(m.Cc, ", "))
		}
		fmt.Fprintf(tw, "date\t%s\n", time.Unix(m.SentAt, 0).Local().Format(time.RFC1123))
		switch {
		case m.Free:
			fmt.Fprintf(tw, "paid\tfree (contact mail)\n")
		case m.Folder == "sent":
			fmt.Fprintf(tw, "paid\tyou paid %s\n", format.Gwei(m.Fee))
		default:
			fmt.Fprintf(tw, "paid\t%s to you\n", format.Gwei(m.Fee))
		}
		if m.Ack != "" {
			fmt.Fprintf(tw, "your verdict\t%s\n", m.Ack)
		}
		fmt.Fprintf(tw, "subject\t%s\n", m.Subject)
		tw.Flush()
		fmt.Fprintf(w, "\n%s\n", strings.TrimRight(m.Body, "\n"))
	}
	return nil
}
