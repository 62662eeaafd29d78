package cli

import (
	"context"
	"flag"
	"io"

	"github.com/bmail-network/bmail/client/demo"
	"github.com/bmail-network/bmail/client/format"
)

type demoCmd struct {
	dir  string
	json bool
}

var demoCommand = &Command{
	Name:    "demo",
	Summary: "watch b-mail work, with nothing set up: a local chain, two relays, Alice, Bob and Carol",
	Usage:   "[--keep DIR] [--json]",
	Help: `
Starts the embedded dev chain with the BMail contract and two relays inside
this process (DEVNET, on 127.0.0.1, in a temporary directory), creates
Alice, Bob and Carol, and tells a short story with real transactions and
real envelopes, printing each step with its fee breakdown: Alice cold-mails
Bob and pays; Bob reads and replies, cheaper because he is replying; Carol
spams Bob, Bob marks it spam, Carol's next mail costs more and, after Bob
raises his minimum reputation, is refused; Alice and Bob become contacts
and write for free; the relays show what they earned. It ends with
balances and reputations, and removes everything it made.

It touches no data directory of yours and needs no identity. --keep DIR
keeps the chain, relays and the three people's data in DIR.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &demoCmd{}
		fs.StringVar(&c.dir, "keep", "", "keep everything in `DIR` instead of a temporary directory")
		fs.BoolVar(&c.json, "json", false, "print the story's facts as JSON instead of the story")
		return c
	},
}

type demoPerson struct {
	Name       string  `json:"name"`
	Address    string  `json:"address"`
	Balance    uint64  `json:"balance_gwei"`
	EtherWei   string  `json:"ether_wei"`
	Reputation uint64  `json:"reputation"`
	SpamMarks  float64 `json:"spam_marks"`
}

type demoReport struct {
	netInfo
	RPCURL        string        `json:"rpc_url"`
	ChainID       uint64        `json:"chain_id"`
	Contract      string        `json:"contract"`
	ColdFee       uint64        `json:"cold_fee_gwei"`
	ReplyFee      uint64        `json:"reply_fee_gwei"`
	SpamFee       uint64        `json:"spam_fee_gwei"`
	SpamAgainFee  uint64        `json:"spam_again_fee_gwei"`
	Refused       string        `json:"refused"`
	FreeMail      bool          `json:"free_mail"`
	BobInbox      int           `json:"bob_inbox"`
	BobClaimed    uint64        `json:"bob_claimed_gwei"`
	RelayEarnings []earningLine `json:"relay_earnings"`
	People        []demoPerson  `json:"people"`
	ElapsedMS     int64         `json:"elapsed_ms"`
}

func (c *demoCmd) Run(ctx context.Context, env *Env, args []string) error {
	var out io.Writer = env.Stdout()
	if c.json {
		out = nil
	}
	res, err := demo.Run(ctx, demo.Options{Out: out, Dir: c.dir})
	if err != nil {
		return err
	}
	if !c.json {
		return nil
	}
	rep := demoReport{netInfo: netInfo{Network: "DEVNET", Dev: true}, RPCURL: res.Devnet.RPCURL, ChainID: res.Devnet.ChainID,
		Contract: res.Devnet.Contract, ColdFee: res.ColdPaid.Fee, ReplyFee: res.ReplyPaid.Fee, SpamFee: res.SpamPaid.Fee,
		SpamAgainFee: res.SpamAgainPaid.Fee, FreeMail: res.Free.Free, BobInbox: len(res.BobInbox), BobClaimed: res.Claimed,
		ElapsedMS: res.Elapsed.Milliseconds()}
	if res.RefusedErr != nil {
		rep.Refused = res.RefusedErr.Error()
	}
	for i, e := range res.Relays {
		rep.RelayEarnings = append(rep.RelayEarnings, earningLine{Key: res.RelayNames[i] + " " + format.Short(e.Relay), Fees: e.Fees, Count: e.Carried})
	}
	for _, p := range res.People {
		rep.People = append(rep.People, demoPerson{Name: p.Name, Address: p.Address.Hex(), Balance: p.Wallet.Balance,
			EtherWei: p.Wallet.Ether.String(), Reputation: p.Reputation.Total(), SpamMarks: p.Reputation.SpamMarks})
	}
	return printJSON(env.Stdout(), rep)
}
