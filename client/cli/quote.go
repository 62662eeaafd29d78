package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/format"
	"github.com/bmail-network/bmail/client/sanitize"
	"github.com/bmail-network/bmail/pricing"
)

type quoteCmd struct {
	net      netFlags
	subject  string
	bodyFile string
	cc       stringList
	json     bool
}

var quoteCommand = &Command{
	Name:        "quote",
	Summary:     "show what a message would cost now, step by step, without sending anything",
	Usage:       "[--subject TEXT] [--body-file FILE] [--cc WHO]... [--json] WHO...",
	AcceptsArgs: true,
	Help: `
Prices a message to each recipient from the chain's current state: the
base price, the size charge, your recent sending rate, how much you and
the recipient wrote each other (replies are cheap), your reputation and
spam marks, the burn and the relay's fee. A recipient who added you as a
contact costs nothing. A recipient who blocks you, or whose minimum
reputation you are below, is shown as refused.

WHO is a 0x address, a contact string (bmail:0x…) or a contact's name. The
size comes from the subject and body (--body-file, "-" for stdin); sizes
are buckets, so short messages cost the same.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &quoteCmd{}
		c.net.register(fs)
		fs.StringVar(&c.subject, "subject", "", "the subject (`TEXT`)")
		fs.StringVar(&c.bodyFile, "body-file", "", "read the body from `FILE` (\"-\": stdin)")
		fs.Var(&c.cc, "cc", "a Cc recipient (`WHO`); repeat for several")
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

// quoteLine is one recipient's quote as printed.
type quoteLine struct {
	To        string         `json:"to"`
	Name      string         `json:"name,omitempty"`
	Cc        bool           `json:"cc,omitempty"`
	Free      bool           `json:"free"`
	Size      uint32         `json:"size"`
	Fee       uint64         `json:"fee_gwei"`
	Burn      uint64         `json:"burn_gwei"`
	RelayFee  uint64         `json:"relay_fee_gwei"`
	Total     uint64         `json:"total_gwei"`
	Relay     string         `json:"relay,omitempty"`
	Refusal   string         `json:"refusal,omitempty"`
	Breakdown *breakdownJSON `json:"breakdown,omitempty"`

	breakdown pricing.Breakdown
	account   common.Address
	refusal   error
}

// quoteReport is the quote command's output (and part of send's).
type quoteReport struct {
	netInfo
	Size   uint32      `json:"size"`
	Quotes []quoteLine `json:"quotes"`
	Total  uint64      `json:"total_gwei"`
}

func (c *quoteCmd) Run(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 {
		return usageErrorf("for example: bmail quote 0xAb58…C9B", "name at least one recipient")
	}
	body, err := readBody(env, c.bodyFile, false)
	if err != nil {
		return err
	}
	cl, err := env.OpenClient(ctx, &c.net)
	if err != nil {
		return err
	}
	defer cl.Close()
	rep, err := quoteAll(ctx, cl, args, c.cc, c.subject, body)
	if err != nil {
		return err
	}
	if c.json {
		return printJSON(env.Stdout(), rep)
	}
	banner(env.Stdout(), cl.Dev())
	rep.print(env.Stdout())
	return nil
}

// quoteAll resolves every recipient and quotes a message of this subject
// and body to each.
func quoteAll(ctx context.Context, cl *client.Client, to, cc []string, subject, body string) (*quoteReport, error) {
	size, err := cl.PricedSize(subject, body, len(to), len(cc))
	if err != nil {
		return nil, explain(err)
	}
	rep := &quoteReport{netInfo: netOf(cl), Size: size}
	seen := map[common.Address]bool{}
	for i, who := range append(append([]string{}, to...), cc...) {
		a, err := resolveWho(ctx, cl, who)
		if err != nil {
			return nil, err
		}
		if seen[a] {
			continue
		}
		seen[a] = true
		q, err := cl.Quote(ctx, a, size)
		if err != nil {
			return nil, explain(err)
		}
		l := quoteLine{To: a.Hex(), Cc: i >= len(to), Free: q.Free, Size: size, account: a}
		if ct, err := cl.Contact(ctx, a); err == nil {
			l.Name = sanitize.Line(ct.Name)
		}
		if !q.Free {
			b := q.Breakdown
			l.Fee, l.Burn, l.RelayFee, l.Total, l.breakdown = b.Fee, b.Burn, b.RelayFee, b.Total(), b
			l.Breakdown = newBreakdownJSON(b)
			if q.Relay != (common.Address{}) {
				l.Relay = q.Relay.Hex()
			}
			rep.Total += l.Total
		}
		if q.Refusal != nil {
			l.Refusal, l.refusal = q.Refusal.Error(), q.Refusal
		}
		rep.Quotes = append(rep.Quotes, l)
	}
	return rep, nil
}

// breakdownJSON is a quote's steps in --json output (gwei, basis points,
// and counts in pricing.CountUnit).
type breakdownJSON struct {
	Buckets       uint64 `json:"buckets"`
	Base          uint64 `json:"base"`
	SizeCharge    uint64 `json:"size_charge"`
	Rate          uint64 `json:"rate"`
	AfterRate     uint64 `json:"after_rate"`
	Fwd           uint64 `json:"you_wrote_them"`
	Rev           uint64 `json:"they_wrote_you"`
	AfterReply    uint64 `json:"after_reply"`
	Reputation    uint64 `json:"reputation"`
	SpamMarks     uint64 `json:"spam_marks"`
	RepBps        uint64 `json:"reputation_bps"`
	NewcomerBps   uint64 `json:"newcomer_bps"`
	DiscountBps   uint64 `json:"discount_bps"`
	SpamBps       uint64 `json:"spam_bps"`
	AfterRep      uint64 `json:"after_reputation"`
	RecipientsBps uint64 `json:"recipients_bps"`
	Fee           uint64 `json:"fee"`
	Burn          uint64 `json:"burn"`
	RelayCap      uint64 `json:"relay_cap"`
	RelayFee      uint64 `json:"relay_fee"`
	Total         uint64 `json:"total"`
	CountUnit     uint64 `json:"count_unit"`
}

func newBreakdownJSON(b pricing.Breakdown) *breakdownJSON {
	return &breakdownJSON{Buckets: b.Buckets, Base: b.Base, SizeCharge: b.SizeCharge, Rate: b.Rate, AfterRate: b.AfterRate,
		Fwd: b.Fwd, Rev: b.Rev, AfterReply: b.AfterReply, Reputation: b.Rep, SpamMarks: b.Spam, RepBps: b.RepBps,
		NewcomerBps: b.NewcomerBps, DiscountBps: b.DiscountBps, SpamBps: b.SpamBps, AfterRep: b.AfterRep,
		RecipientsBps: b.RecipientsBps, Fee: b.Fee, Burn: b.Burn, RelayCap: b.RelayCap, RelayFee: b.RelayFee,
		Total: b.Total(), CountUnit: pricing.CountUnit}
}

// refusal returns the first recipient's refusal as an exit-code-7 error.
func (r *quoteReport) refusal() error {
	for _, l := range r.Quotes {
		if l.refusal != nil {
			return explain(fmt.Errorf("%s: %w", l.To, l.refusal))
		}
	}
	return nil
}

func (r *quoteReport) print(w io.Writer) {
	for _, l := range r.Quotes {
		who := l.To
		if l.Name != "" {
			who = l.Name + " <" + l.To + ">"
		}
		if l.Cc {
			who = "Cc " + who
		}
		fmt.Fprintf(w, "to %s, %d bytes priced\n", who, l.Size)
		switch {
		case l.Free:
			fmt.Fprintln(w, "  free: they added you as a contact (no transaction)")
		default:
			fmt.Fprint(w, format.Breakdown(l.breakdown, "  "))
		}
		if l.Refusal != "" {
			fmt.Fprintf(w, "  REFUSED: %s\n", l.Refusal)
		}
	}
	if len(r.Quotes) > 1 {
		fmt.Fprintf(w, "total for %d recipients: %s\n", len(r.Quotes), format.Gwei(r.Total))
	}
}

// maxBodyFile bounds a body read from a file or stdin (the envelope's own
// limit is lower and checked by the client).
const maxBodyFile = 1 << 20

// readBody reads the body from path ("-": stdin); with path empty it reads
// stdin when stdinDefault is set, else the body is empty.
func readBody(env *Env, path string, stdinDefault bool) (string, error) {
	var r io.Reader
	switch {
	case path == "-" || (path == "" && stdinDefault):
		r = env.Stdin()
		if env.Terminal() != nil {
			fmt.Fprintln(env.Stderr(), "Type the message; end it with Ctrl-D on a line of its own.")
		}
	case path != "":
		f, err := os.Open(path)
		if err != nil {
			return "", fmt.Errorf("body: %w", err)
		}
		defer f.Close()
		r = f
	default:
		return "", nil
	}
	b, err := io.ReadAll(io.LimitReader(r, maxBodyFile+1))
	if err != nil {
		return "", fmt.Errorf("body: %w", err)
	}
	if len(b) > maxBodyFile {
		return "", fmt.Errorf("body: larger than %d bytes", maxBodyFile)
	}
	return string(b), nil
}
