package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/sanitize"
	"github.com/bmail-network/bmail/client/store"
)

type outboxCmd struct {
	net  netFlags
	all  bool
	json bool
}

var outboxCommand = &Command{
	Name:        "outbox",
	Summary:     "mail on its way: each message's step; cancel before payment, or carry it on now",
	Usage:       "[list [--all] | cancel ID | retry ID] [--json]",
	AcceptsArgs: true,
	Help: `
Every message is recorded in the outbox before each step of sending it,
so an interrupted send resumes without paying twice (SPEC §9.4). outbox
shows where each message stands:

  queued, resolved, quoted   not sealed yet; nothing posted, nothing paid
  sealed                     posting to the recipients' relays (posted n/m)
  posted                     enough relays took it; the payment is signed next
  paying                     payment signed and sent (or handed to a batcher)
  paid                       payment mined; waiting until it is final
  final                      delivered (free, or paid and final); in Sent
  failed, cancelled          ended; nothing was paid to whom it failed

  list [--all]   messages still on their way (--all: every message)
  cancel ID      cancel a message that has not started paying; envelopes
                 already on relays stay unpaid, so nobody reads them
  retry ID       carry a message on now, as send would (until it is
                 final, or a step fails again); ` + "`bmail sync`" + ` does it for all`,
	New: func(fs *flag.FlagSet) Runner {
		c := &outboxCmd{}
		c.net.register(fs)
		fs.BoolVar(&c.all, "all", false, "list every message, not only those on their way")
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

type outboxReport struct {
	netInfo
	Items []outboxEntry `json:"items"`
	Done  string        `json:"done,omitempty"`
}

type outboxEntry struct {
	ID         int64             `json:"id"`
	Kind       string            `json:"kind"`
	State      string            `json:"state"`
	Step       string            `json:"step"`
	Subject    string            `json:"subject"`
	Updated    int64             `json:"updated"`
	Error      string            `json:"error,omitempty"`
	Recipients []recipientReport `json:"recipients"`
}

func newOutboxLine(s *client.OutboxStatus) outboxEntry {
	l := outboxEntry{ID: s.ID, Kind: s.Kind, State: string(s.State), Step: stepOf(s), Subject: sanitize.Line(s.Subject),
		Updated: s.Updated.Unix(), Error: sanitize.Line(s.Error), Recipients: []recipientReport{}}
	for _, r := range s.Recipients {
		rr := recipientReport{To: r.Account.Hex(), Free: r.Free, Posted: r.Posted, Relays: r.Relays, State: r.PayState,
			Fee: r.Fee, RelayFee: r.RelayFee, Block: r.Block, Error: sanitize.Line(r.Error)}
		if r.TxHash != ([32]byte{}) {
			rr.TxHash = common.Hash(r.TxHash).Hex()
		}
		l.Recipients = append(l.Recipients, rr)
	}
	return l
}

// stepOf says in a few words where an item stands: its state, with the
// relays that took it while posting and the payments while paying.
func stepOf(s *client.OutboxStatus) string {
	posted, relays, paid, payments := 0, 0, 0, 0
	for _, r := range s.Recipients {
		posted += r.Posted
		relays += r.Relays
		if !r.Free {
			payments++
			switch r.PayState {
			case store.PayMined, store.PayFinal:
				paid++
			}
		}
	}
	switch s.State {
	case store.OutSealed, store.OutPosted:
		return fmt.Sprintf("%s, posted %d/%d", s.State, posted, relays)
	case store.OutPaying, store.OutPaid:
		return fmt.Sprintf("%s, %d/%d payments mined", s.State, paid, payments)
	}
	return string(s.State)
}

func (c *outboxCmd) Run(ctx context.Context, env *Env, args []string) error {
	sub := "list"
	if len(args) > 0 {
		sub, args = args[0], args[1:]
	}
	var id int64
	switch {
	case sub == "list" && len(args) == 0:
	case (sub == "cancel" || sub == "retry") && len(args) == 1:
		n, err := parseID(args[0])
		if err != nil {
			return withHint(err, "`bmail outbox` lists the outbox with its ids")
		}
		id = n
	default:
		return usageErrorf("run `bmail help outbox`", "usage: bmail outbox [list [--all] | cancel ID | retry ID]")
	}
	cl, err := env.OpenClient(ctx, &c.net)
	if err != nil {
		return err
	}
	defer cl.Close()
	rep := outboxReport{netInfo: netOf(cl), Items: []outboxEntry{}}
	var runErr error
	switch sub {
	case "list":
		items, err := cl.Outbox(ctx, !c.all)
		if err != nil {
			return explain(err)
		}
		for i := range items {
			rep.Items = append(rep.Items, newOutboxLine(&items[i]))
		}
	case "cancel":
		if err := cl.CancelOutbox(ctx, id); err != nil {
			if errors.Is(err, client.ErrTooLate) {
				return refusedf("a payment that may land cannot be called back; `bmail outbox` follows it", "outbox #%d: %v", id, err)
			}
			return outboxNotFound(explain(err))
		}
		rep.Done = fmt.Sprintf("cancelled #%d; nothing was paid", id)
	case "retry":
		st, err := cl.OutboxItem(ctx, id)
		if err != nil {
			return outboxNotFound(explain(err))
		}
		if st.State.Terminal() {
			return refusedf("`bmail send` writes it again (a failed message's draft is kept)", "outbox #%d is %s; there is nothing to carry on", id, st.State)
		}
		if st, runErr = cl.RunOutbox(ctx, id); st == nil {
			return explain(runErr)
		}
		rep.Done = fmt.Sprintf("#%d is %s", id, st.State)
	}
	if sub != "list" {
		st, err := cl.OutboxItem(context.WithoutCancel(ctx), id)
		if err != nil {
			return explain(err)
		}
		rep.Items = append(rep.Items, newOutboxLine(st))
	}
	if c.json {
		if err := printJSON(env.Stdout(), rep); err != nil {
			return err
		}
		return explainRun(runErr)
	}
	w := env.Stdout()
	banner(w, cl.Dev())
	if len(rep.Items) == 0 {
		fmt.Fprintln(w, "the outbox is empty: nothing on its way")
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, l := range rep.Items {
		to := make([]string, 0, len(l.Recipients))
		for _, r := range l.Recipients {
			to = append(to, r.To)
		}
		subject := l.Subject
		if l.Kind == store.KindGrant {
			subject = "(contact grant)"
		}
		fmt.Fprintf(tw, "#%d\t%s\t%s\t%s\t%s\n", l.ID, time.Unix(l.Updated, 0).Local().Format("Jan 02 15:04"), l.Step,
			truncateText(strings.Join(to, ","), 44), truncateText(subject, 40))
		if l.Error != "" && (l.State == string(store.OutFailed) || sub != "list") {
			fmt.Fprintf(tw, "\t\t%s\t\t\n", truncateText(l.Error, 100))
		}
	}
	tw.Flush()
	if rep.Done != "" {
		fmt.Fprintln(w, rep.Done)
	}
	return explainRun(runErr)
}

// explainRun turns the error of carrying an item on into the CLI's error;
// an item that still waits (for relays or the chain) says so.
func explainRun(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, client.ErrCancelled) {
		return refusedf("", "the message was cancelled")
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return withHint(err, "the message stays in the outbox; `bmail sync` carries it on")
	}
	if e := explain(err); hintOf(e) != "" {
		return e
	}
	return withHint(err, "the message stays in the outbox when it can go on; `bmail outbox` shows its step")
}

func outboxNotFound(err error) error {
	if client.IsNotFound(err) {
		return withHint(err, "`bmail outbox --all` lists the outbox with its ids")
	}
	return err
}
