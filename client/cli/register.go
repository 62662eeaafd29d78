package cli

import (
	"context"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/sanitize"
)

type registerCmd struct {
	net  netFlags
	json bool
}

var registerCommand = &Command{
	Name:    "register",
	Summary: "publish your key bundle to your inbox relays and register its hash on chain",
	Usage:   "[--relay URL]... [--json]",
	Help: `
Publishes your key bundle (your public keys, inbox relays and accepted
networks, signed by your account) to your inbox relays, and registers its
hash in the BMail contract so that anyone can check the keys a relay serves
against the chain. Others can write to you once this is done.

The inbox relays are --relay (repeat it), else the configuration's relays.
A new bundle is signed when the relays or networks changed or the old one
is close to expiry. Registering costs gas; run it again whenever you change
relays. At least one relay must accept the bundle.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &registerCmd{}
		c.net.register(fs)
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

type registerReport struct {
	netInfo
	Account     string        `json:"account"`
	BundleHash  string        `json:"bundle_hash"`
	Fingerprint string        `json:"fingerprint"`
	Relays      []relayAnswer `json:"relays"`
	Networks    []string      `json:"networks"`
	TxHash      string        `json:"tx_hash,omitempty"` // empty: the chain already named this bundle
	Contact     string        `json:"contact_string"`
}

type relayAnswer struct {
	Relay   string `json:"relay"`
	OK      bool   `json:"ok"`
	Message string `json:"message,omitempty"`
}

func relayAnswers(rs []client.RelayResult) []relayAnswer {
	out := make([]relayAnswer, len(rs))
	for i, r := range rs {
		out[i] = relayAnswer{Relay: sanitize.Line(r.Relay), OK: r.OK, Message: sanitize.Line(r.Message)}
	}
	return out
}

func (c *registerCmd) Run(ctx context.Context, env *Env, args []string) error {
	cl, err := env.OpenClient(ctx, &c.net)
	if err != nil {
		return err
	}
	defer cl.Close()
	reg, err := cl.Register(ctx, client.RegisterOptions{})
	if err != nil {
		return explain(err)
	}
	r := newRegisterReport(cl, reg)
	if c.json {
		return printJSON(env.Stdout(), r)
	}
	w := env.Stdout()
	banner(w, cl.Dev())
	return r.print(w, cl)
}

func newRegisterReport(cl *client.Client, reg *client.Registration) registerReport {
	r := registerReport{netInfo: netOf(cl), Account: cl.Address().Hex(), BundleHash: "0x" + hex.EncodeToString(reg.Hash[:]),
		Fingerprint: reg.Fingerprint.String(), Relays: relayAnswers(reg.Relays), Networks: []string{}, Contact: cl.MyContactString()}
	for _, n := range reg.Bundle.Networks {
		r.Networks = append(r.Networks, config.NetworkName(n))
	}
	if reg.TxHash != ([32]byte{}) {
		r.TxHash = common.Hash(reg.TxHash).Hex()
	}
	return r
}

// print writes the registration as a table.
func (r registerReport) print(w io.Writer, cl *client.Client) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "account\t%s\n", r.Account)
	fmt.Fprintf(tw, "fingerprint\t%s\n", r.Fingerprint)
	fmt.Fprintf(tw, "bundle hash\t%s\n", r.BundleHash)
	for i, a := range r.Relays {
		label := ""
		if i == 0 {
			label = "relays"
		}
		status := "accepted"
		if !a.OK {
			status = "refused: " + a.Message
		}
		fmt.Fprintf(tw, "%s\t%s  %s\n", label, a.Relay, status)
	}
	for i, n := range r.Networks {
		label := ""
		if i == 0 {
			label = "networks"
		}
		fmt.Fprintf(tw, "%s\t%s\n", label, n)
	}
	if r.TxHash != "" {
		fmt.Fprintf(tw, "registered\tin transaction %s (%s)\n", r.TxHash, cl.Label())
	} else {
		fmt.Fprintf(tw, "registered\talready: the chain names this bundle (%s)\n", cl.Label())
	}
	fmt.Fprintf(tw, "contact string\t%s\n", r.Contact)
	return tw.Flush()
}
