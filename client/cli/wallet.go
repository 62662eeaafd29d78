package cli

import (
	"context"
	"flag"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/format"
)

type walletCmd struct {
	net   netFlags
	to    string
	days  int
	since string
	json  bool
}

var walletCommand = &Command{
	Name:        "wallet",
	Summary:     "your money: balance, deposit, claim, withdraw (two steps), earnings",
	Usage:       "[show | deposit AMOUNT | claim | withdraw request AMOUNT | withdraw complete [--to ADDRESS] | withdraw cancel | earnings [--days N] [--since DATE]] [--json]",
	AcceptsArgs: true,
	Help: `
Your account holds ether for gas; your b-mail balance (in the contract)
pays for mail. What correspondents paid you is claimable and moves into
the balance with "claim". Withdrawing takes two steps at least an hour
apart, so that nobody can race the payments you signed.

  show                       ether, balance, claimable, pending withdrawal,
                             reputation, today's spending against your caps
  deposit AMOUNT             move ether into the b-mail balance
  claim                      move what your mail earned into the balance
  withdraw request AMOUNT    step one (replaces an earlier request)
  withdraw complete          step two, once ready; --to pays another address
  withdraw cancel            cancel the pending request
  earnings                   fees paid to you, per period (--days, default 1)
                             and per relay that carried the mail, since
                             --since (YYYY-MM-DD, default 30 days ago)

AMOUNT is gwei (250000 or 250000gwei) or ether (0.01eth).`,
	New: func(fs *flag.FlagSet) Runner {
		c := &walletCmd{}
		c.net.register(fs)
		fs.StringVar(&c.to, "to", "", "pay the withdrawal to `ADDRESS` (default: your account)")
		fs.IntVar(&c.days, "days", 1, "earnings per period of `N` days")
		fs.StringVar(&c.since, "since", "", "earnings since `DATE` (YYYY-MM-DD, UTC)")
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

type walletReport struct {
	netInfo
	Account         string  `json:"account"`
	EtherWei        string  `json:"ether_wei"`
	Balance         uint64  `json:"balance_gwei"`
	Claimable       uint64  `json:"claimable_gwei"`
	Withdrawal      uint64  `json:"withdrawal_gwei"`
	WithdrawReadyAt int64   `json:"withdrawal_ready_at,omitempty"`
	Reputation      uint64  `json:"reputation"`
	SpamMarks       float64 `json:"spam_marks"`
	MinReputation   uint64  `json:"min_reputation"`
	SpentToday      uint64  `json:"spent_today_gwei"`
	DayCap          uint64  `json:"day_cap_gwei"`
	MessageCap      uint64  `json:"message_cap_gwei"`
	Done            string  `json:"done,omitempty"` // what the subcommand did
}

type earningsReport struct {
	netInfo
	Since    string        `json:"since"`
	Days     int           `json:"days"`
	Total    uint64        `json:"total_gwei"`
	Count    int           `json:"count"`
	ByPeriod []earningLine `json:"by_period"`
	ByRelay  []earningLine `json:"by_relay"`
}

type earningLine struct {
	Key   string `json:"key"`
	Fees  uint64 `json:"fees_gwei"`
	Count int    `json:"count"`
}

func (c *walletCmd) Run(ctx context.Context, env *Env, args []string) error {
	sub := "show"
	if len(args) > 0 {
		sub, args = args[0], args[1:]
	}
	if sub == "withdraw" {
		if len(args) == 0 {
			return usageErrorf("bmail wallet withdraw request AMOUNT, then withdraw complete", "withdraw needs request, complete or cancel")
		}
		sub, args = "withdraw "+args[0], args[1:]
	}
	var amount uint64
	switch sub {
	case "deposit", "withdraw request":
		if len(args) != 1 {
			return usageErrorf("AMOUNT is gwei (250000) or ether (0.01eth)", "%s takes an amount", sub)
		}
		n, err := parseGwei(args[0])
		if err != nil {
			return usageErrorf("AMOUNT is gwei (250000) or ether (0.01eth)", "%v", err)
		}
		if n == 0 {
			return usageErrorf("", "the amount must be more than 0")
		}
		amount = n
	case "show", "claim", "withdraw complete", "withdraw cancel", "earnings":
		if len(args) != 0 {
			return usageErrorf("run `bmail help wallet`", "%s takes no arguments", sub)
		}
	default:
		return usageErrorf("run `bmail help wallet`", "unknown wallet command %q", sub)
	}
	var to common.Address
	if c.to != "" {
		a, err := parseAddress(c.to)
		if err != nil {
			return err
		}
		to = a
	}
	since := time.Time{}
	if c.since != "" {
		t, err := time.Parse(time.DateOnly, c.since)
		if err != nil {
			return usageErrorf("for example --since 2026-01-31", "--since %q: not a date", c.since)
		}
		since = t
	}
	if c.days < 1 {
		return usageErrorf("", "--days must be at least 1")
	}
	cl, err := env.OpenClient(ctx, &c.net)
	if err != nil {
		return err
	}
	defer cl.Close()
	var done string
	switch sub {
	case "earnings":
		if since.IsZero() {
			since = env.Now().UTC().AddDate(0, 0, -30).Truncate(24 * time.Hour)
		}
		return c.earnings(ctx, env, cl, since)
	case "deposit":
		if err := cl.Deposit(ctx, amount); err != nil {
			return explain(err)
		}
		done = "deposited " + format.Gwei(amount)
	case "claim":
		n, err := cl.Claim(ctx)
		if err != nil {
			return explain(err)
		}
		done = "claimed " + format.Gwei(n)
	case "withdraw request":
		ready, err := cl.RequestWithdrawal(ctx, amount)
		if err != nil {
			return explain(err)
		}
		done = fmt.Sprintf("requested a withdrawal of %s; complete it after %s with `bmail wallet withdraw complete`",
			format.Gwei(amount), ready.Local().Format(time.RFC1123))
	case "withdraw cancel":
		if _, err := cl.RequestWithdrawal(ctx, 0); err != nil {
			return explain(err)
		}
		done = "cancelled the withdrawal request"
	case "withdraw complete":
		w, err := cl.Wallet(ctx)
		if err != nil {
			return explain(err)
		}
		if err := cl.CompleteWithdrawal(ctx, to); err != nil {
			return explain(err)
		}
		dest := to
		if dest == (common.Address{}) {
			dest = cl.Address()
		}
		done = fmt.Sprintf("withdrew %s to %s", format.Gwei(w.Withdrawal.Amount), dest.Hex())
	}
	w, err := cl.Wallet(ctx)
	if err != nil {
		return explain(err)
	}
	rep := walletReport{netInfo: netOf(cl), Account: w.Account.Hex(), EtherWei: w.Ether.String(), Balance: w.Balance,
		Claimable: w.Claimable, Withdrawal: w.Withdrawal.Amount, Reputation: w.Reputation.Total(), SpamMarks: w.Reputation.SpamMarks,
		MinReputation: w.MinReputation, SpentToday: w.SpentToday, DayCap: w.DayCap, MessageCap: w.MessageCap, Done: done}
	if w.Withdrawal.Amount != 0 {
		rep.WithdrawReadyAt = w.WithdrawReadyAt.Unix()
	}
	if c.json {
		return printJSON(env.Stdout(), rep)
	}
	out := env.Stdout()
	banner(out, cl.Dev())
	if done != "" {
		fmt.Fprintln(out, done)
	}
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "account\t%s (%s)\n", rep.Account, cl.Label())
	fmt.Fprintf(tw, "ether for gas\t%s\n", format.Ether(w.Ether))
	fmt.Fprintf(tw, "b-mail balance\t%s (%s)\n", format.Gwei(w.Balance), format.GweiAsEther(w.Balance))
	fmt.Fprintf(tw, "claimable\t%s\n", format.Gwei(w.Claimable))
	if w.Withdrawal.Amount != 0 {
		fmt.Fprintf(tw, "withdrawal\t%s, ready %s\n", format.Gwei(w.Withdrawal.Amount), w.WithdrawReadyAt.Local().Format(time.RFC1123))
	}
	fmt.Fprintf(tw, "reputation\t%s (spam marks %.2f)\n", format.Thousands(rep.Reputation), rep.SpamMarks)
	fmt.Fprintf(tw, "min reputation\t%s for strangers' first mail\n", format.Thousands(w.MinReputation))
	fmt.Fprintf(tw, "spent today\t%s of %s; at most %s per message\n", format.Gwei(w.SpentToday), capText(w.DayCap), capText(w.MessageCap))
	return tw.Flush()
}

func capText(n uint64) string {
	if n == 0 {
		return "no cap"
	}
	return format.Gwei(n)
}

func (c *walletCmd) earnings(ctx context.Context, env *Env, cl *client.Client, since time.Time) error {
	e, err := cl.Earnings(ctx, since, c.days)
	if err != nil {
		return explain(err)
	}
	rep := earningsReport{netInfo: netOf(cl), Since: since.Format(time.DateOnly), Days: c.days, Total: e.Total, Count: e.Count,
		ByPeriod: []earningLine{}, ByRelay: []earningLine{}}
	for _, p := range e.ByPeriod {
		rep.ByPeriod = append(rep.ByPeriod, earningLine{p.Key, p.Fees, p.Count})
	}
	for _, p := range e.ByRelay {
		rep.ByRelay = append(rep.ByRelay, earningLine{p.Key, p.Fees, p.Count})
	}
	if c.json {
		return printJSON(env.Stdout(), rep)
	}
	w := env.Stdout()
	banner(w, cl.Dev())
	fmt.Fprintf(w, "earned %s from %d paid mails since %s\n", format.Gwei(e.Total), e.Count, rep.Since)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, p := range rep.ByPeriod {
		fmt.Fprintf(tw, "  %s\t%s\t%d mails\n", p.Key, format.Gwei(p.Fees), p.Count)
	}
	if len(rep.ByRelay) > 0 {
		fmt.Fprintln(tw, "by the relay that carried it:")
	}
	for _, p := range rep.ByRelay {
		fmt.Fprintf(tw, "  %s\t%s\t%d mails\n", p.Key, format.Gwei(p.Fees), p.Count)
	}
	return tw.Flush()
}
