package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/format"
	"github.com/bmail-network/bmail/client/store"
)

type sendCmd struct {
	net      netFlags
	to, cc   stringList
	subject  string
	bodyFile string
	reply    int64
	yes      bool
	json     bool
}

var sendCommand = &Command{
	Name:        "send",
	Summary:     "write to one or more people: shows the price, asks, then seals, posts and pays",
	Usage:       "[--to WHO]... [--cc WHO]... [--subject TEXT] [--body-file FILE] [--reply ID] [--yes --max-fee GWEI] [--json] [WHO...]",
	AcceptsArgs: true,
	Help: `
Sends a message. WHO (arguments and --to, and --cc) is a 0x address, a
contact string (bmail:0x…) or a contact's name. The body is plain UTF-8
text (Markdown is fine, HTML is never rendered); it comes from --body-file
FILE, or from stdin ("-", or when no file is given). Attachments are not
supported in this version.

Before anything is sent, send prices the message for every recipient and
shows the breakdown, then asks for confirmation on the terminal. Scripts
pass --yes together with --max-fee GWEI, the most the message may cost in
all (fee, burn and relay fee for every recipient); without a terminal,
--yes and --max-fee are required. Your daily cap (--max-per-day, or
max_spend_per_day_gwei) applies too. Any refusal — above a cap, balance or
gas too low, blocked, below the recipient's minimum reputation — comes
before any money moves (exit code 7).

Then the message is sealed, posted to at least two of each recipient's
inbox relays, paid (one transaction per paid recipient; contacts who
accept you get it free, with no transaction) and followed until the
payment is final. Every step is recorded first: if send is interrupted,
` + "`bmail sync`" + ` resumes it without paying twice.

--reply ID answers message ID: its sender (or Reply-To) becomes the
recipient, "Re: " the subject's prefix, and the message is threaded.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &sendCmd{}
		c.net.register(fs)
		fs.Var(&c.to, "to", "a recipient (`WHO`); repeat for several")
		fs.Var(&c.cc, "cc", "a Cc recipient (`WHO`); repeat for several")
		fs.StringVar(&c.subject, "subject", "", "the subject (`TEXT`)")
		fs.StringVar(&c.bodyFile, "body-file", "", "read the body from `FILE` (\"-\": stdin; default: stdin)")
		fs.Int64Var(&c.reply, "reply", 0, "answer the message with this `ID` (see `bmail inbox`)")
		fs.BoolVar(&c.yes, "yes", false, "do not ask for confirmation (needs --max-fee)")
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

type sendReport struct {
	quoteReport
	OutboxID   int64             `json:"outbox_id"`
	State      string            `json:"state"`
	Recipients []recipientReport `json:"recipients"`
}

type recipientReport struct {
	To       string `json:"to"`
	Free     bool   `json:"free"`
	Posted   int    `json:"relays_ok"`
	Relays   int    `json:"relays"`
	State    string `json:"payment"`
	Fee      uint64 `json:"fee_gwei"`
	RelayFee uint64 `json:"relay_fee_gwei"`
	TxHash   string `json:"tx_hash,omitempty"`
	Block    uint64 `json:"block,omitempty"`
	Error    string `json:"error,omitempty"`
}

func (c *sendCmd) Run(ctx context.Context, env *Env, args []string) error {
	to := append(append([]string{}, c.to...), args...)
	if c.yes && !c.net.isSet("max-fee") {
		return usageErrorf("for example: bmail send --yes --max-fee 20000 …", "--yes needs --max-fee GWEI: the most this message may cost")
	}
	if len(to) == 0 && c.reply == 0 {
		return usageErrorf("for example: bmail send --subject Hello 0xAb58…C9B < body.txt", "name at least one recipient")
	}
	if !c.yes {
		if _, ok := env.Terminal().(LineReader); !ok {
			return usageErrorf("scripts pass --yes --max-fee GWEI", "send asks for confirmation and there is no terminal to ask on")
		}
	}
	cl, err := env.OpenClient(ctx, &c.net)
	if err != nil {
		return err
	}
	defer cl.Close()
	req := client.SendRequest{To: to, Cc: c.cc, Subject: c.subject}
	if c.reply != 0 {
		d, err := cl.Reply(ctx, c.reply, false)
		if err != nil {
			return explain(err)
		}
		if len(req.To) == 0 {
			req.To = d.To
		}
		if req.Subject == "" {
			req.Subject = d.Subject
		}
		req.InReplyTo = d.InReplyTo
	}
	if req.Body, err = readBody(env, c.bodyFile, true); err != nil {
		return err
	}
	w := env.Stdout()
	if c.json {
		w = io.Discard
	}
	banner(w, cl.Dev())
	q, err := quoteAll(ctx, cl, req.To, req.Cc, req.Subject, req.Body)
	if err != nil {
		return err
	}
	q.print(w)
	if err := q.refusal(); err != nil {
		return err
	}
	cfg := cl.Config()
	req.MaxTotal = cfg.Send.MaxFeePerMessage
	if req.MaxTotal > 0 && q.Total > req.MaxTotal {
		return refusedf("raise --max-fee (gwei), or max_fee_per_message_gwei in the config",
			"this message costs %s, above your cap of %s; nothing was sent", format.Gwei(q.Total), format.Gwei(req.MaxTotal))
	}
	if !c.yes {
		question := fmt.Sprintf("Send and pay %s (%s)?", format.Gwei(q.Total), cl.Label())
		if q.Total == 0 {
			question = "Send (free)?"
		}
		ok, err := env.confirm(ctx, question, "scripts pass --yes --max-fee GWEI")
		if err != nil {
			return err
		}
		if !ok {
			return refusedf("", "not sent: not confirmed")
		}
	}
	events, stop := cl.Events()
	done := make(chan struct{})
	defer func() { stop(); <-done }()
	id, err := cl.Enqueue(ctx, req)
	if err != nil {
		close(done)
		return explain(err)
	}
	go func() {
		defer close(done)
		if c.json {
			for range events {
			}
			return
		}
		progress(env.Stderr(), events, id)
	}()
	st, err := cl.RunOutbox(ctx, id)
	if st == nil {
		if st, _ = cl.OutboxItem(context.WithoutCancel(ctx), id); st == nil {
			return explain(err)
		}
	}
	rep := sendReport{quoteReport: *q, OutboxID: id, State: string(st.State)}
	for _, r := range st.Recipients {
		rr := recipientReport{To: r.Account.Hex(), Free: r.Free, Posted: r.Posted, Relays: r.Relays, State: r.PayState,
			Fee: r.Fee, RelayFee: r.RelayFee, Block: r.Block, Error: r.Error}
		if r.TxHash != ([32]byte{}) {
			rr.TxHash = common.Hash(r.TxHash).Hex()
		}
		rep.Recipients = append(rep.Recipients, rr)
	}
	if err != nil {
		if c.json {
			printJSON(env.Stdout(), rep)
		}
		if errors.Is(err, context.Canceled) || st.State == store.OutFailed || st.State == store.OutCancelled {
			return explain(err)
		}
		return withHint(explain(err), "the message is in the outbox as #%d (%s); `bmail sync` carries it on without paying twice", id, st.State)
	}
	if c.json {
		return printJSON(env.Stdout(), rep)
	}
	for _, r := range rep.Recipients {
		switch {
		case r.Free:
			fmt.Fprintf(w, "sent to %s: free, posted to %d of %d relays, no transaction\n", r.To, r.Posted, r.Relays)
		default:
			fmt.Fprintf(w, "sent to %s: posted to %d of %d relays; paid %s (+%s relay fee) in block %d, tx %s; final\n",
				r.To, r.Posted, r.Relays, format.Gwei(r.Fee), format.Gwei(r.RelayFee), r.Block, r.TxHash)
		}
	}
	return nil
}

// progress prints the outbox steps of item id as they happen.
func progress(w io.Writer, events <-chan client.Event, id int64) {
	words := map[store.OutboxState]string{
		store.OutResolved: "checked the recipients' keys against the chain",
		store.OutQuoted:   "priced",
		store.OutSealed:   "sealed",
		store.OutPosted:   "posted to the relays",
		store.OutPaying:   "payment signed and sent",
		store.OutPaid:     "payment mined; waiting until it is final",
	}
	for e := range events {
		if e.Kind == client.EventOutboxStep && e.OutboxID == id {
			if s, ok := words[e.Step]; ok {
				fmt.Fprintf(w, "  … %s\n", s)
			}
		}
	}
}

// parseID reads a message or outbox id argument.
func parseID(s string) (int64, error) {
	n, err := strconv.ParseInt(strings.TrimPrefix(s, "#"), 10, 64)
	if err != nil || n <= 0 {
		return 0, usageErrorf("`bmail inbox` lists messages with their ids", "%q is not a message id", s)
	}
	return n, nil
}
