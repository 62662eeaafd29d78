package cli

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/format"
	"github.com/bmail-network/bmail/client/newsletter"
)

type broadcastCmd struct {
	net      netFlags
	network  string
	toFile   string
	subject  string
	bodyFile string
	yes      bool
	resume   bool
	json     bool
}

var broadcastCommand = &Command{
	Name:    "broadcast",
	Summary: "paid mail to a cold audience: quotes per recipient, then pays in as few transactions as possible",
	Usage:   "--to FILE --subject TEXT [--network newsletter] [--body-file FILE] [--yes --max-fee GWEI] [--json] | --resume",
	Help: `
Sends one message to many people who did not subscribe, paying each of
them on a network (default: newsletter, whose prices make mass cold mail
expensive and targeted mail affordable). --to FILE lists the recipients,
one 0x address a line ("#" starts a comment); the body comes from
--body-file FILE or stdin.

broadcast first quotes: each recipient's fee and burn, and who is left out
and why (no key bundle, does not accept the network, blocks you, minimum
reputation), with the total. After you confirm (scripts: --yes with
--max-fee GWEI, the most the whole broadcast may cost), every recipient
gets an envelope naming only them, posted to their inbox relays; then the
contract's broadcast pays up to 1,024 recipients per transaction (fewer
when the gas cap requires), with a progress bar. Everything is recorded
first: an interrupted broadcast is finished by running ` + "`bmail broadcast --resume`" + `
without paying twice.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &broadcastCmd{}
		c.net.register(fs)
		fs.StringVar(&c.network, "network", "newsletter", "the `NETWORK` that prices the mail (newsletter, personal or a 0x id)")
		fs.StringVar(&c.toFile, "to", "", "read the recipients from `FILE` (one 0x address a line)")
		fs.StringVar(&c.subject, "subject", "", "the subject (`TEXT`)")
		fs.StringVar(&c.bodyFile, "body-file", "", "read the body from `FILE` (\"-\": stdin; default: stdin)")
		fs.BoolVar(&c.yes, "yes", false, "do not ask for confirmation (needs --max-fee)")
		fs.BoolVar(&c.resume, "resume", false, "finish the broadcasts an interruption left unpaid (pays nothing twice)")
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

type broadcastReport struct {
	netInfo
	Network    string               `json:"network_id"`
	Size       uint32               `json:"size"`
	Total      uint64               `json:"total_gwei"`
	MaxTotal   uint64               `json:"max_total_gwei"`
	Fee        uint64               `json:"fee_gwei"`
	Burn       uint64               `json:"burn_gwei"`
	Txs        []int                `json:"transactions"`
	Recipients []broadcastRecipient `json:"recipients"`
	ID         int64                `json:"id,omitempty"`
	Delivered  int                  `json:"delivered"`
	Skipped    int                  `json:"skipped"`
	Refused    int                  `json:"refused"`
	Fees       uint64               `json:"fees_paid_gwei"`
	GasUsed    uint64               `json:"gas_used"`
	TxHashes   []string             `json:"tx_hashes,omitempty"`
}

type broadcastRecipient struct {
	To      string `json:"to"`
	Tx      int    `json:"tx"`
	Fee     uint64 `json:"fee_gwei"`
	Burn    uint64 `json:"burn_gwei"`
	Refused string `json:"refused,omitempty"`
	Status  string `json:"status,omitempty"`
}

// maxAddressFile bounds the recipients file.
const maxAddressFile = 8 << 20

// readAddresses reads a file of 0x addresses, one a line.
func readAddresses(path string) ([]common.Address, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--to: %w", err)
	}
	defer f.Close()
	return parseAddresses(f, path)
}

// parseAddresses reads 0x addresses, one a line ("#" starts a comment,
// blank lines are skipped), at most MaxBroadcastRecipients and
// maxAddressFile bytes; name is for errors.
func parseAddresses(r io.Reader, path string) ([]common.Address, error) {
	var out []common.Address
	sc := bufio.NewScanner(io.LimitReader(r, maxAddressFile))
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if !common.IsHexAddress(line) || !strings.HasPrefix(line, "0x") {
			return nil, usageErrorf("one 0x address a line; # starts a comment", "%s line %d: %q is not an address", path, n, line)
		}
		if len(out) == newsletter.MaxBroadcastRecipients {
			return nil, usageErrorf("split the audience", "%s: more than %d recipients", path, newsletter.MaxBroadcastRecipients)
		}
		out = append(out, common.HexToAddress(line))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("--to: %w", err)
	}
	return out, nil
}

func (c *broadcastCmd) Run(ctx context.Context, env *Env, args []string) error {
	if c.resume {
		return c.resumeAll(ctx, env)
	}
	if c.toFile == "" || strings.TrimSpace(c.subject) == "" {
		return usageErrorf("for example: bmail broadcast --to audience.txt --subject Launch < launch.md", "broadcast needs --to FILE and --subject")
	}
	if c.yes && !c.net.isSet("max-fee") {
		return usageErrorf("for example: bmail broadcast --yes --max-fee 5000000 …", "--yes needs --max-fee GWEI: the most the broadcast may cost")
	}
	if !c.yes {
		if _, ok := env.Terminal().(LineReader); !ok {
			return usageErrorf("scripts pass --yes --max-fee GWEI", "broadcast asks for confirmation and there is no terminal to ask on")
		}
	}
	network, err := config.ParseNetwork(c.network)
	if err != nil {
		return usageErrorf("--network newsletter, personal or a 0x-prefixed 32-byte id", "%v", err)
	}
	to, err := readAddresses(c.toFile)
	if err != nil {
		return err
	}
	if len(to) == 0 {
		return usageErrorf("one 0x address a line", "%s lists no recipient", c.toFile)
	}
	body, err := readBody(env, c.bodyFile, true)
	if err != nil {
		return err
	}
	cl, nl, w, err := openNewsletters(ctx, env, &c.net, c.json)
	if err != nil {
		return err
	}
	defer cl.Close()
	q, err := nl.QuoteBroadcast(ctx, newsletter.BroadcastRequest{Network: network, To: to, Subject: c.subject, Body: body})
	if err != nil {
		return explainNewsletter(err)
	}
	rep := broadcastReport{netInfo: netOf(cl), Network: config.NetworkName(q.Network), Size: q.Size, Total: q.Total,
		MaxTotal: q.MaxTotal, Fee: q.Fee, Burn: q.Burn, Txs: q.Transactions}
	for _, r := range q.Recipients {
		rep.Recipients = append(rep.Recipients, broadcastRecipient{To: r.To.Hex(), Tx: r.Tx, Fee: r.Breakdown.Fee,
			Burn: r.Breakdown.Burn, Refused: r.Refused})
	}
	printBroadcastQuote(w, q)
	if q.Paid() == 0 {
		return refusedf("", "no recipient can be paid for; nothing was sent")
	}
	cfg := cl.Config()
	limit := cfg.Send.MaxFeePerMessage
	if limit > 0 && q.MaxTotal > limit {
		return refusedf("raise --max-fee (gwei), or max_fee_per_message_gwei in the config",
			"this broadcast may cost up to %s, above your cap of %s; nothing was sent", format.Gwei(q.MaxTotal), format.Gwei(limit))
	}
	if day := cfg.Send.MaxSpendPerDay; day > 0 {
		// What today's payments (mail and earlier broadcasts) may still
		// spend counts against the same cap.
		w, err := cl.Wallet(ctx)
		if err != nil {
			return err
		}
		if w.SpentToday+q.MaxTotal > day {
			return refusedf("raise --max-per-day (gwei)", "this broadcast may cost up to %s and %s is committed today, above your daily cap of %s; nothing was sent",
				format.Gwei(q.MaxTotal), format.Gwei(w.SpentToday), format.Gwei(day))
		}
	}
	if q.MaxTotal > q.Balance {
		return refusedf("`bmail wallet deposit AMOUNT` adds to it", "your balance %s is below the broadcast's %s; nothing was sent",
			format.Gwei(q.Balance), format.Gwei(q.MaxTotal))
	}
	if !c.yes {
		ok, err := env.confirm(ctx, fmt.Sprintf("Send to %d recipients and pay %s (%s)?", q.Paid(), format.Gwei(q.Total), cl.Label()),
			"scripts pass --yes --max-fee GWEI")
		if err != nil {
			return err
		}
		if !ok {
			return refusedf("", "not sent: not confirmed")
		}
	}
	bar := newProgressBar(env.Stderr(), c.json)
	res, err := nl.Broadcast(ctx, q, limit, bar.update)
	bar.done()
	if err != nil {
		return explainNewsletter(err)
	}
	rep.ID, rep.Delivered, rep.Skipped, rep.Refused, rep.Fees, rep.GasUsed = res.ID, res.Delivered, res.Skipped, res.Refused, res.Fees, res.GasUsed
	status := map[common.Address]string{}
	for _, r := range res.Recipients {
		status[r.Account] = r.Status
	}
	for i := range rep.Recipients {
		rep.Recipients[i].Status = status[common.HexToAddress(rep.Recipients[i].To)]
	}
	for _, h := range res.TxHashes {
		rep.TxHashes = append(rep.TxHashes, common.Hash(h).Hex())
	}
	if c.json {
		return printJSON(env.Stdout(), rep)
	}
	fmt.Fprintf(w, "delivered to %d recipients (%s to them) in %d transactions, %d gas; %d skipped by the contract, %d left out\n",
		res.Delivered, format.Gwei(res.Fees), len(res.TxHashes), res.GasUsed, res.Skipped, res.Refused)
	return nil
}

// resumeAll finishes the recorded broadcasts that are not final.
func (c *broadcastCmd) resumeAll(ctx context.Context, env *Env) error {
	cl, nl, w, err := openNewsletters(ctx, env, &c.net, c.json)
	if err != nil {
		return err
	}
	defer cl.Close()
	bar := newProgressBar(env.Stderr(), c.json)
	res, err := nl.ResumeBroadcasts(ctx, bar.update)
	bar.done()
	if err != nil {
		return explainNewsletter(err)
	}
	var reps []broadcastReport
	for _, r := range res {
		reps = append(reps, broadcastReport{netInfo: netOf(cl), ID: r.ID, Delivered: r.Delivered, Skipped: r.Skipped,
			Refused: r.Refused, Fees: r.Fees, GasUsed: r.GasUsed})
		fmt.Fprintf(w, "broadcast #%d: delivered to %d recipients (%s to them)\n", r.ID, r.Delivered, format.Gwei(r.Fees))
	}
	if len(res) == 0 {
		fmt.Fprintln(w, "no unfinished broadcast")
	}
	if c.json {
		return printJSON(env.Stdout(), map[string]any{"network": netOf(cl).Network, "dev": cl.Dev(), "broadcasts": reps})
	}
	return nil
}

// printBroadcastQuote shows the quote: the recipients, then the totals.
func printBroadcastQuote(w io.Writer, q *newsletter.BroadcastQuote) {
	const show = 20 // recipients listed one by one; the rest are summed
	fmt.Fprintf(w, "broadcast on the %s network, %d bytes priced, %d recipients:\n", config.NetworkName(q.Network), q.Size, len(q.Recipients))
	for i, r := range q.Recipients {
		if i == show {
			fmt.Fprintf(w, "  … and %d more (--json lists every one)\n", len(q.Recipients)-show)
			break
		}
		if r.Refused != "" {
			fmt.Fprintf(w, "  %s  left out: %s\n", r.To.Hex(), r.Refused)
			continue
		}
		fmt.Fprintf(w, "  %s  %s + %s burn\n", r.To.Hex(), format.Gwei(r.Breakdown.Fee), format.Gwei(r.Breakdown.Burn))
	}
	fmt.Fprintf(w, "total for %d recipients: %s (%s to them, %s burned), at most %s; %d transactions; balance %s\n",
		q.Paid(), format.Gwei(q.Total), format.Gwei(q.Fee), format.Gwei(q.Burn), format.Gwei(q.MaxTotal), len(q.Transactions), format.Gwei(q.Balance))
}

// progressBar draws newsletter progress (sealing, posting, paying,
// rotating) on one line of stderr.
type progressBar struct {
	w     io.Writer
	off   bool
	drawn bool
	last  string
}

func newProgressBar(w io.Writer, off bool) *progressBar { return &progressBar{w: w, off: off} }

const barWidth = 30

func (b *progressBar) update(p newsletter.Progress) {
	if b.off {
		return
	}
	words := map[string]string{"seal": "sealing", "post": "posting", "pay": "paying", "rotate": "new key for", "requests": "reading requests"}
	line := fmt.Sprintf("%-16s", words[p.Stage])
	if p.Total > 0 {
		filled := barWidth * p.Done / p.Total
		line += fmt.Sprintf(" [%s%s] %d/%d", strings.Repeat("#", filled), strings.Repeat(".", barWidth-filled), p.Done, p.Total)
	}
	if line == b.last {
		return
	}
	b.last, b.drawn = line, true
	fmt.Fprintf(b.w, "\r%-70s", line)
}

func (b *progressBar) done() {
	if b.drawn {
		fmt.Fprintln(b.w)
	}
}
