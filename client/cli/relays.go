package cli

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client/format"
	"github.com/bmail-network/bmail/client/sanitize"
)

type relaysCmd struct {
	net  netFlags
	json bool
}

var relaysCommand = &Command{
	Name:    "relays",
	Summary: "your relays: their terms (fees, payout, retention) and health",
	Usage:   "[--json]",
	Help: `
Lists your inbox relays and the other relays the client knows, with the
terms each publishes in its NIP-11 document (name, relay fee, payout and
order addresses, chain and contract, largest envelope, how long unpaid and
paid mail is kept) and whether it answered. A relay whose terms name
another chain or contract than yours is flagged: its fee would be paid on
a network it does not follow.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &relaysCmd{}
		c.net.register(fs)
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

type relayLine struct {
	URL              string `json:"url"`
	Inbox            bool   `json:"inbox"`
	Name             string `json:"name,omitempty"`
	Description      string `json:"description,omitempty"`
	Reachable        bool   `json:"reachable"`
	LatencyMS        int64  `json:"latency_ms"`
	Error            string `json:"error,omitempty"`
	RelayFee         uint64 `json:"relay_fee_gwei"`
	Payout           string `json:"payout_address,omitempty"`
	Orders           string `json:"order_address,omitempty"`
	ChainID          uint64 `json:"chain_id,omitempty"`
	Contract         string `json:"contract,omitempty"`
	SameNetwork      bool   `json:"same_network"`
	MaxEnvelopeBytes int    `json:"max_envelope_bytes,omitempty"`
	UnpaidSeconds    int64  `json:"unpaid_retention_seconds,omitempty"`
	PaidSeconds      int64  `json:"paid_retention_seconds,omitempty"`
}

func (c *relaysCmd) Run(ctx context.Context, env *Env, args []string) error {
	cl, err := env.OpenClient(ctx, &c.net)
	if err != nil {
		return err
	}
	defer cl.Close()
	infos, err := cl.Relays(ctx)
	if err != nil {
		return explain(err)
	}
	cfg := cl.Config()
	rep := struct {
		netInfo
		Relays []relayLine `json:"relays"`
	}{netOf(cl), []relayLine{}}
	for _, ri := range infos {
		l := relayLine{URL: sanitize.Line(ri.URL), Inbox: ri.Inbox, Name: sanitize.Line(ri.Name), Description: sanitize.Line(ri.Description),
			Reachable: ri.Err == "", LatencyMS: ri.Latency.Milliseconds(), Error: sanitize.Line(ri.Err)}
		if t := ri.Terms; t != nil {
			l.RelayFee, l.ChainID, l.MaxEnvelopeBytes = t.RelayFeeGwei, t.ChainID, t.MaxEnvelopeBytes
			l.UnpaidSeconds, l.PaidSeconds = t.Retention.UnpaidSeconds, t.Retention.PaidSeconds
			if a := t.Payout(); a != (common.Address{}) {
				l.Payout = a.Hex()
			}
			if a := t.Orders(); a != (common.Address{}) {
				l.Orders = a.Hex()
			}
			l.Contract = sanitize.Line(t.Contract)
			l.SameNetwork = t.ChainID == cfg.Chain.ChainID && strings.EqualFold(t.Contract, cfg.Chain.Contract)
		}
		rep.Relays = append(rep.Relays, l)
	}
	if c.json {
		return printJSON(env.Stdout(), rep)
	}
	w := env.Stdout()
	banner(w, cl.Dev())
	if len(rep.Relays) == 0 {
		fmt.Fprintln(w, "no relays: name them with --relay URL or BMAIL_RELAYS, then `bmail register`")
	}
	for _, l := range rep.Relays {
		role := "known"
		if l.Inbox {
			role = "inbox"
		}
		health := fmt.Sprintf("up (%d ms)", l.LatencyMS)
		if !l.Reachable {
			health = "DOWN: " + l.Error
		}
		fmt.Fprintf(w, "%s  [%s] %s  %s\n", l.URL, role, l.Name, health)
		if !l.Reachable {
			continue
		}
		if l.Payout == "" {
			fmt.Fprintln(w, "  publishes no b-mail terms")
			continue
		}
		fmt.Fprintf(w, "  relay fee %s per paid message, to %s\n", format.Gwei(l.RelayFee), l.Payout)
		if l.Orders != "" {
			fmt.Fprintf(w, "  settles payment orders from %s\n", l.Orders)
		}
		fmt.Fprintf(w, "  keeps unpaid mail %s, paid mail %s; envelopes up to %d bytes\n", days(l.UnpaidSeconds), days(l.PaidSeconds), l.MaxEnvelopeBytes)
		if !l.SameNetwork {
			fmt.Fprintf(w, "  WARNING: its terms name chain %d, contract %s — not yours (%d, %s)\n", l.ChainID, l.Contract, cfg.Chain.ChainID, cfg.Chain.Contract)
		}
	}
	return nil
}

func days(seconds int64) string {
	if seconds%86400 == 0 && seconds > 0 {
		return fmt.Sprintf("%d days", seconds/86400)
	}
	return fmt.Sprintf("%d s", seconds)
}
