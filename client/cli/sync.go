package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/format"
	"github.com/bmail-network/bmail/client/newsletter"
	"github.com/bmail-network/bmail/client/sanitize"
	"github.com/bmail-network/bmail/client/store"
)

type syncCmd struct {
	net   netFlags
	watch bool
	json  bool
}

var syncCommand = &Command{
	Name:    "sync",
	Summary: "fetch new mail, follow payments on chain, and carry on unfinished sends",
	Usage:   "[--watch] [--json]",
	Help: `
Reads every inbox relay (authenticated as your transport key, from where
the last sync stopped), follows the chain's final Delivered logs to your
account, and shows what passes the acceptance rule. A relay that is down
is reported and the others still deliver; mail whose payment is not final
yet waits. Messages still in the outbox (an interrupted send) are carried
on from the step they reached, without paying twice.

Then it catches up every newsletter you subscribe to, as ` + "`bmail issues`" + `
does (welcomes, new keys, issues after where the last catch-up of that
list stopped), and says per list how many new issues arrived; ` + "`bmail issues`" + `
shows them. A list whose relays fail is reported; the mail and the other
lists still sync, and the next sync picks it up where it stopped.

Exit status: 0 when the pass ran, even if relays (of your inbox or of a
list) or the chain could not be reached: each is reported, and --json
has them in "relays", "chain_error" and "newsletters[].errors"; 1 when
the mail part failed, or when the newsletters failed locally (the data
directory), after the mail part's report.

--watch stays connected and prints new mail as it arrives, until Ctrl-C
(newsletters are caught up once, at the start).`,
	New: func(fs *flag.FlagSet) Runner {
		c := &syncCmd{}
		c.net.register(fs)
		fs.BoolVar(&c.watch, "watch", false, "stay connected and print new mail until interrupted")
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

type syncReport struct {
	netInfo
	Shown      int           `json:"shown"`
	Waiting    int           `json:"waiting"`
	HeldBack   int           `json:"held_back"`
	Rejected   int           `json:"rejected"`
	FinalBlock uint64        `json:"final_block"`
	ChainError string        `json:"chain_error,omitempty"`
	Relays     []relayAnswer `json:"relays"`
	Outbox     []outboxLine  `json:"outbox"`
	// Newsletters is one line per subscription caught up (none when the
	// user subscribes to nothing); NewsletterError a local failure that
	// stopped the catch-up.
	Newsletters     []newsletterSync `json:"newsletters"`
	NewsletterError string           `json:"newsletter_error,omitempty"`
}

// newsletterSync is what one subscription's catch-up brought.
type newsletterSync struct {
	List      string   `json:"list"`
	Name      string   `json:"list_name"`
	Issues    int      `json:"new_issues"`
	Welcomed  bool     `json:"welcomed,omitempty"`
	Rotations int      `json:"new_keys,omitempty"`
	Removed   bool     `json:"removed,omitempty"`
	Rejected  int      `json:"rejected,omitempty"`
	Waiting   int      `json:"waiting,omitempty"`
	Errors    []string `json:"errors,omitempty"` // relays that failed
}

type outboxLine struct {
	ID      int64  `json:"id"`
	State   string `json:"state"`
	Subject string `json:"subject"`
	Error   string `json:"error,omitempty"`
}

// syncOnce carries on the outbox and fetches new mail.
func syncOnce(ctx context.Context, cl *client.Client) (*syncReport, error) {
	rep := &syncReport{netInfo: netOf(cl), Outbox: []outboxLine{}}
	out, oerr := cl.ResumeOutbox(ctx)
	for _, o := range out {
		l := outboxLine{ID: o.ID, State: string(o.State), Subject: sanitize.Line(o.Subject), Error: sanitize.Line(o.Error)}
		rep.Outbox = append(rep.Outbox, l)
	}
	if errors.Is(oerr, context.Canceled) {
		return nil, oerr
	}
	sr, err := cl.Sync(ctx)
	if err != nil {
		return nil, explain(err)
	}
	rep.Shown, rep.Waiting, rep.HeldBack, rep.Rejected = sr.Shown, sr.Waiting, sr.HeldBack, sr.Rejected
	rep.FinalBlock, rep.ChainError = sr.FinalBlock, sanitize.Line(sr.ChainErr)
	rep.Relays = relayAnswers(sr.Relays)
	return rep, nil
}

// syncNewsletters catches up every subscribed list with the catch-up
// `bmail issues` runs (newsletter.Service.Sync; each list's cursors move
// only past what it delivered) and adds a line per list to rep. A list's
// failing relays are in its line; the error returned is a local failure.
func syncNewsletters(ctx context.Context, cl *client.Client, rep *syncReport) error {
	rep.Newsletters = []newsletterSync{}
	r, err := newsletter.New(cl).Sync(ctx)
	if r != nil {
		for _, l := range r.Lists {
			line := newsletterSync{List: fmt.Sprintf("%x", l.List[:]), Name: sanitize.Line(l.Name), Issues: l.Issues,
				Welcomed: l.Welcomed > 0, Rotations: l.Rotations, Removed: l.Removed > 0, Rejected: l.Rejected, Waiting: l.Waiting}
			for _, e := range l.Errors {
				if m := sanitize.Line(e.Error()); !slices.Contains(line.Errors, m) {
					line.Errors = append(line.Errors, m)
				}
			}
			rep.Newsletters = append(rep.Newsletters, line)
		}
	}
	if err != nil {
		rep.NewsletterError = sanitize.Line(err.Error())
		return explainNewsletter(fmt.Errorf("newsletters: %w", err))
	}
	return nil
}

func (r *syncReport) print(w io.Writer) {
	for _, a := range r.Relays {
		if a.OK {
			fmt.Fprintf(w, "relay %s: read\n", a.Relay)
		} else {
			fmt.Fprintf(w, "relay %s: unreachable (%s); the other relays still deliver\n", a.Relay, a.Message)
		}
	}
	if r.ChainError != "" {
		fmt.Fprintf(w, "chain: %s; paid mail waits until the chain is reachable\n", r.ChainError)
	} else {
		fmt.Fprintf(w, "chain: payments read up to final block %d\n", r.FinalBlock)
	}
	for _, o := range r.Outbox {
		fmt.Fprintf(w, "outbox #%d %q: %s", o.ID, o.Subject, o.State)
		if o.Error != "" {
			fmt.Fprintf(w, " (%s)", o.Error)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%d new", r.Shown)
	if r.Waiting > 0 {
		fmt.Fprintf(w, "; %d waiting for a final payment", r.Waiting)
	}
	if r.HeldBack > 0 {
		fmt.Fprintf(w, "; %d unpaid from strangers held back (never shown)", r.HeldBack)
	}
	if r.Rejected > 0 {
		fmt.Fprintf(w, "; %d rejected", r.Rejected)
	}
	fmt.Fprintln(w)
	for _, l := range r.Newsletters {
		noun := "issues"
		if l.Issues == 1 {
			noun = "issue"
		}
		fmt.Fprintf(w, "newsletter %q: %d new %s", l.Name, l.Issues, noun)
		if l.Welcomed {
			fmt.Fprint(w, "; subscription answered")
		}
		if l.Rotations > 0 {
			fmt.Fprintf(w, "; %d new keys", l.Rotations)
		}
		if l.Removed {
			fmt.Fprint(w, "; the publisher removed you: later issues are not for you")
		}
		if l.Rejected > 0 {
			fmt.Fprintf(w, "; %d refused (forged or tampered)", l.Rejected)
		}
		if l.Waiting > 0 {
			fmt.Fprintf(w, "; %d waiting for their key", l.Waiting)
		}
		if len(l.Errors) > 0 {
			fmt.Fprint(w, "; relays failed (the next sync tries again):")
		}
		fmt.Fprintln(w)
		for _, e := range l.Errors {
			fmt.Fprintf(w, "  %s\n", e)
		}
	}
}

func (c *syncCmd) Run(ctx context.Context, env *Env, args []string) error {
	cl, err := env.OpenClient(ctx, &c.net)
	if err != nil {
		return err
	}
	defer cl.Close()
	rep, err := syncOnce(ctx, cl)
	if err != nil {
		return err
	}
	nerr := syncNewsletters(ctx, cl, rep)
	if c.json {
		if err := printJSON(env.Stdout(), rep); err != nil {
			return err
		}
	} else {
		banner(env.Stdout(), cl.Dev())
		rep.print(env.Stdout())
	}
	if nerr != nil || !c.watch {
		return nerr
	}
	return watch(ctx, env, cl, c.json)
}

// watch keeps the client live and prints new mail until ctx ends.
func watch(ctx context.Context, env *Env, cl *client.Client, asJSON bool) error {
	events, stop := cl.Events()
	defer stop()
	runErr := make(chan error, 1)
	go func() { runErr <- cl.Run(ctx) }()
	if !asJSON {
		fmt.Fprintln(env.Stderr(), "watching for new mail; Ctrl-C stops")
	}
	for {
		select {
		case err := <-runErr:
			if errors.Is(err, context.Canceled) {
				return nil
			}
			return explain(err)
		case e, ok := <-events:
			if !ok {
				return nil
			}
			switch e.Kind {
			case client.EventNewMail:
				m, err := cl.Message(ctx, e.MessageID)
				if err != nil {
					continue
				}
				l := newMessageLine(m)
				if asJSON {
					printJSON(env.Stdout(), struct {
						netInfo
						messageLine
					}{netOf(cl), l})
					continue
				}
				paid := "free"
				if !m.Free && m.Folder != store.FolderSent {
					paid = format.Gwei(m.Fee)
				}
				who := l.From
				if l.FromName != "" {
					who = l.FromName
				}
				fmt.Fprintf(env.Stdout(), "new #%d from %s: %s (%s)\n", l.ID, who, l.Subject, paid)
			case client.EventRelayHealth:
				if !asJSON && !e.Connected {
					fmt.Fprintf(env.Stderr(), "relay %s: %s\n", sanitize.Line(e.Relay), sanitize.Line(e.Err))
				}
			}
		}
	}
}
