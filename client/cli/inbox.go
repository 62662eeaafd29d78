package cli

import (
	"context"
	"flag"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/format"
	"github.com/bmail-network/bmail/client/sanitize"
	"github.com/bmail-network/bmail/client/store"
)

type inboxCmd struct {
	net    netFlags
	sync   bool
	folder string
	unread bool
	search string
	limit  int
	json   bool
}

var inboxCommand = &Command{
	Name:    "inbox",
	Summary: "list your mail, and how much unpaid mail was held back",
	Usage:   "[--sync] [--folder inbox|sent|archive] [--unread] [--search TEXT] [--limit N] [--json]",
	Help: `
Lists the messages in a folder (the inbox by default), newest first: id,
date, sender, subject, and what the mail paid you (or "free" from a
contact). Only mail that passed b-mail's acceptance rule is shown: paid
on chain to you, on a network you accept, by the account that signed it,
or free from one of your contacts. Unpaid mail from strangers is never
shown; inbox says how much it held back, and how much paid mail is still
waiting for its payment to be final.

--sync fetches new mail first (see ` + "`bmail sync`" + `). Read a message with
` + "`bmail read ID`" + `.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &inboxCmd{}
		c.net.register(fs)
		fs.BoolVar(&c.sync, "sync", false, "fetch new mail first")
		fs.StringVar(&c.folder, "folder", store.FolderInbox, "the `FOLDER` to list: inbox, sent or archive")
		fs.BoolVar(&c.unread, "unread", false, "only unread mail")
		fs.StringVar(&c.search, "search", "", "only mail whose subject or body contains `TEXT`")
		fs.IntVar(&c.limit, "limit", 50, "list at most `N` messages")
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

type messageLine struct {
	ID        int64    `json:"id"`
	Folder    string   `json:"folder"`
	From      string   `json:"from"`
	FromName  string   `json:"from_name,omitempty"`
	To        []string `json:"to"`
	Cc        []string `json:"cc,omitempty"`
	Subject   string   `json:"subject"`
	SentAt    int64    `json:"sent_at"`
	Fee       uint64   `json:"fee_gwei"`
	Free      bool     `json:"free"`
	Read      bool     `json:"read"`
	Ack       string   `json:"ack,omitempty"`
	MessageID string   `json:"message_id"`
}

func newMessageLine(m *client.Message) messageLine {
	l := messageLine{ID: m.ID, Folder: m.Folder, From: m.From.Hex(), FromName: sanitize.Line(m.FromName), To: []string{},
		Subject: sanitize.Line(m.Subject), SentAt: m.SentAt.Unix(), Fee: m.Fee, Free: m.Free, Read: m.Read,
		MessageID: fmt.Sprintf("0x%x", m.MessageID[:])}
	for _, a := range m.To {
		l.To = append(l.To, a.Hex())
	}
	for _, a := range m.Cc {
		l.Cc = append(l.Cc, a.Hex())
	}
	if m.Ack != store.AckNone {
		l.Ack = client.Verdict(m.Ack).String()
	}
	return l
}

type inboxReport struct {
	netInfo
	Folder   string        `json:"folder"`
	Messages []messageLine `json:"messages"`
	Unread   int           `json:"unread"`
	HeldBack int           `json:"held_back"` // unpaid mail from strangers, never shown
	Waiting  int           `json:"waiting"`   // paid mail whose payment is not final yet
	Rejected int           `json:"rejected"`  // mail that failed the acceptance rule
}

func (c *inboxCmd) Run(ctx context.Context, env *Env, args []string) error {
	switch c.folder {
	case store.FolderInbox, store.FolderSent, store.FolderArchive:
	default:
		return usageErrorf("the folders are inbox, sent and archive", "unknown folder %q", c.folder)
	}
	cl, err := env.OpenClient(ctx, &c.net)
	if err != nil {
		return err
	}
	defer cl.Close()
	if c.sync {
		if _, err := syncOnce(ctx, cl); err != nil {
			return err
		}
	}
	ms, err := cl.Messages(ctx, client.Query{Folder: c.folder, UnreadOnly: c.unread, Search: c.search, Limit: c.limit})
	if err != nil {
		return explain(err)
	}
	rep := inboxReport{netInfo: netOf(cl), Folder: c.folder, Messages: []messageLine{}}
	for i := range ms {
		rep.Messages = append(rep.Messages, newMessageLine(&ms[i]))
	}
	if rep.Unread, err = cl.Unread(ctx); err != nil {
		return err
	}
	if rep.HeldBack, rep.Waiting, rep.Rejected, err = cl.HeldBack(ctx); err != nil {
		return err
	}
	if c.json {
		return printJSON(env.Stdout(), rep)
	}
	w := env.Stdout()
	banner(w, cl.Dev())
	if len(rep.Messages) == 0 {
		fmt.Fprintf(w, "no mail in %s\n", c.folder)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, m := range rep.Messages {
		who := m.From
		if m.FromName != "" {
			who = m.FromName
		}
		if c.folder == store.FolderSent && len(m.To) > 0 {
			who = "to " + m.To[0]
		}
		mark := " "
		if !m.Read {
			mark = "*"
		}
		paid := "free"
		if !m.Free {
			paid = format.Gwei(m.Fee)
		}
		fmt.Fprintf(tw, "%s%d\t%s\t%s\t%s\t%s\n", mark, m.ID, time.Unix(m.SentAt, 0).Local().Format("Jan 02 15:04"), who,
			truncateText(m.Subject, 50), paid)
	}
	tw.Flush()
	fmt.Fprintf(w, "%d unread in the inbox", rep.Unread)
	if rep.HeldBack > 0 {
		fmt.Fprintf(w, "; %d unpaid from strangers held back (never shown)", rep.HeldBack)
	}
	if rep.Waiting > 0 {
		fmt.Fprintf(w, "; %d waiting for their payment to be final", rep.Waiting)
	}
	if rep.Rejected > 0 {
		fmt.Fprintf(w, "; %d rejected (failed the acceptance rule)", rep.Rejected)
	}
	fmt.Fprintln(w)
	return nil
}

// truncateText shortens s to n runes with an ellipsis.
func truncateText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
