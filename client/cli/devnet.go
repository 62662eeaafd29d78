package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/devnet"
	"github.com/bmail-network/bmail/client/format"
	"github.com/bmail-network/bmail/client/internal/atomicfile"
)

// DevnetDir is where `bmail devnet` keeps the dev network inside the dev
// profile's data directory.
const DevnetDir = "devnet"

// devnetFundEther is what `bmail devnet` gives an account.
const devnetFundEther = 100

type devnetCmd struct {
	relays   int
	relayFee int64
	fund     stringList
	json     bool
}

var devnetCommand = &Command{
	Name:        "devnet",
	Summary:     "run a local b-mail network (chain, contract, relays) for the dev profile, until Ctrl-C",
	Usage:       "[--relays N] [--relay-fee GWEI] [--fund ADDRESS]... [--json] | fund [ADDRESS] [AMOUNT]",
	AcceptsArgs: true,
	Help: `
Starts the embedded dev chain (a real go-ethereum node in this process,
mining on demand, JSON-RPC on 127.0.0.1), deploys the BMail contract with
its preset networks (or finds it again on a restart), and starts relays on
127.0.0.1 that publish their terms and follow the chain. Everything is
DEVNET: nothing here is money.

devnet runs for the dev profile (--profile dev unless --home or another
dev profile is given). Its state stays in <dev home>/devnet, so a restart
keeps the chain, the contract and the relays' ports and mail. While it
runs, <dev home>/devnet.json tells the profile's other commands where to
find it (written once the accounts below are funded):

  bmail devnet                        # in one terminal
  bmail --profile dev init            # in another
  bmail --profile dev devnet fund     # 100 ETH of dev ether for gas
  bmail --profile dev wallet deposit 0.01eth
  bmail --profile dev register

devnet funds the profile's account when it starts, and every --fund
ADDRESS. "devnet fund [ADDRESS] [AMOUNT]" funds an account (default: the
profile's) from the running devnet. Other data directories reach it with
the BMAIL_RPC_URL, BMAIL_CHAIN_ID, BMAIL_CONTRACT and BMAIL_RELAYS values
it prints.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &devnetCmd{}
		fs.IntVar(&c.relays, "relays", devnet.DefaultRelays, "start `N` relays (a new devnet only)")
		fs.Int64Var(&c.relayFee, "relay-fee", devnet.DefaultRelayFeeGwei, "each relay's fee per paid message in `GWEI` (0: none)")
		fs.Var(&c.fund, "fund", "give `ADDRESS` 100 ETH of dev ether at start; repeat for several")
		fs.BoolVar(&c.json, "json", false, "print the endpoints as JSON")
		return c
	},
}

type devnetReport struct {
	netInfo
	Home     string            `json:"home"`
	Dir      string            `json:"dir"`
	RPCURL   string            `json:"rpc_url"`
	WSURL    string            `json:"ws_url"`
	ChainID  uint64            `json:"chain_id"`
	Contract string            `json:"contract"`
	Relays   []devnetRelayLine `json:"relays"`
	Funded   []string          `json:"funded"`
	Env      map[string]string `json:"env"`
}

type devnetRelayLine struct {
	URL     string `json:"url"`
	Name    string `json:"name"`
	FeeGwei uint64 `json:"relay_fee_gwei"`
	Payout  string `json:"payout_address"`
}

// devHome settles the dev profile's data directory: --profile dev unless
// a home or profile was given; a given home becomes a dev home (a config
// file saying "dev": true) unless its config says otherwise.
func devHome(env *Env) (config.Config, error) {
	if env.homeFlag == "" && env.Profile() == "" && env.Getenv(config.EnvHome) == "" {
		env.profileFlag = "dev"
	}
	if p := env.Profile(); p != "" && !config.IsDevProfile(p) {
		return config.Config{}, usageErrorf("use --profile dev (or a profile named dev-…)", "profile %q is not a dev profile", p)
	}
	cfg, err := env.Config(nil)
	if err != nil {
		return cfg, err
	}
	if cfg.Dev {
		return cfg, nil
	}
	if cfg.File != "" {
		return cfg, withHint(fmt.Errorf("%s is not a dev profile's config (no \"dev\": true)", cfg.File),
			"use --profile dev, or another --home")
	}
	if err := os.MkdirAll(cfg.Home, 0o700); err != nil {
		return cfg, err
	}
	if err := atomicfile.Write(filepath.Join(cfg.Home, config.FileName), []byte("{\"dev\": true}\n"), 0o600); err != nil {
		return cfg, err
	}
	return env.Config(nil)
}

func (c *devnetCmd) Run(ctx context.Context, env *Env, args []string) error {
	cfg, err := devHome(env)
	if err != nil {
		return err
	}
	if len(args) > 0 {
		if args[0] != "fund" || len(args) > 3 {
			return usageErrorf("run `bmail help devnet`", "unknown devnet command %q", strings.Join(args, " "))
		}
		return c.faucet(ctx, env, cfg, args[1:])
	}
	var fund []common.Address
	for _, s := range c.fund {
		a, err := parseAddress(s)
		if err != nil {
			return err
		}
		fund = append(fund, a)
	}
	if ks, err := env.LoadKeystore(); err == nil {
		fund = append(fund, ks.Address)
	}
	dir := filepath.Join(cfg.Home, DevnetDir)
	fee := c.relayFee
	if fee <= 0 {
		fee = -1 // devnet.Options: negative means no fee
	}
	net, err := devnet.Start(ctx, devnet.Options{DataDir: dir, Relays: c.relays, RelayFeeGwei: fee, Logger: env.logger()})
	if err != nil {
		if errors.Is(err, devnet.ErrPortTaken) {
			return withHint(err, "is `bmail devnet` already running for this profile?")
		}
		return err
	}
	defer net.Close()
	// Fund first, then tell the profile's other commands where the devnet
	// is: a command that finds devnet.json must find the accounts funded.
	funded := []string{}
	for _, a := range fund {
		if err := topUp(ctx, net.Chain.Client(), a, func(wei *big.Int) error { return net.Fund(ctx, a, wei) }); err != nil {
			return err
		}
		funded = append(funded, a.Hex())
	}
	if err := config.WriteDevnet(cfg.Home, net.Record()); err != nil {
		return err
	}
	defer config.RemoveDevnet(cfg.Home)
	rep := devnetReport{netInfo: netInfo{Network: config.DevLabel, Dev: true}, Home: cfg.Home, Dir: dir, RPCURL: net.RPCURL(),
		WSURL: net.Chain.WSURL(), ChainID: net.ChainID(), Contract: net.Contract().Hex(), Funded: funded,
		Env: map[string]string{config.EnvRPCURL: net.RPCURL(), config.EnvChainID: fmt.Sprint(net.ChainID()),
			config.EnvContract: net.Contract().Hex(), config.EnvRelays: strings.Join(net.RelayURLs(), ",")}}
	for _, r := range net.Relays {
		rep.Relays = append(rep.Relays, devnetRelayLine{URL: r.URL, Name: r.Name, FeeGwei: r.FeeGwei, Payout: r.Payout.Hex()})
	}
	if c.json {
		if err := printJSON(env.Stdout(), rep); err != nil {
			return err
		}
	} else {
		rep.print(env.Stdout(), env.invocation(), net.Redeployed)
	}
	<-ctx.Done()
	if !c.json {
		fmt.Fprintln(env.Stderr(), "\nstopping the devnet; its state stays in "+dir)
	}
	return nil
}

func (r *devnetReport) print(w io.Writer, bmail string, redeployed bool) {
	banner(w, true)
	fmt.Fprintf(w, "b-mail dev network running; Ctrl-C stops it (its state stays in %s)\n\n", r.Dir)
	fmt.Fprintf(w, "chain     %s  (WebSocket %s), chain id %d\n", r.RPCURL, r.WSURL, r.ChainID)
	fmt.Fprintf(w, "contract  %s  (BMail with the personal and newsletter networks)\n", r.Contract)
	if redeployed {
		fmt.Fprintln(w, "          deployed again: the chain no longer held the old contract")
	}
	for i, rl := range r.Relays {
		label := "relays"
		if i > 0 {
			label = ""
		}
		fmt.Fprintf(w, "%-9s %s  %s, fee %s, payout %s\n", label, rl.URL, rl.Name, format.Gwei(rl.FeeGwei), rl.Payout)
	}
	for _, a := range r.Funded {
		fmt.Fprintf(w, "funded    %s with %d ETH of dev ether\n", a, devnetFundEther)
	}
	fmt.Fprintf(w, "\nThis profile's commands find it through %s:\n", filepath.Join(r.Home, config.DevnetFile))
	fmt.Fprintf(w, "  %s init; %[1]s devnet fund; %[1]s wallet deposit 0.01eth; %[1]s register\n", bmail)
	fmt.Fprintf(w, "More people on this machine: give each a dev profile of their own (dev-NAME, marked DEVNET too)\nand these settings:\n ")
	for _, k := range []string{config.EnvRPCURL, config.EnvChainID, config.EnvContract, config.EnvRelays} {
		fmt.Fprintf(w, " %s=%s", k, r.Env[k])
	}
	fmt.Fprintf(w, "\n  bmail --profile dev-bob init; %s devnet fund ADDRESS; …\n", bmail)
}

// topUp funds a up to devnetFundEther when it holds less.
func topUp(ctx context.Context, ec *ethclient.Client, a common.Address, fund func(*big.Int) error) error {
	want := new(big.Int).Mul(big.NewInt(devnetFundEther), big.NewInt(params.Ether))
	have, err := ec.BalanceAt(ctx, a, nil)
	if err != nil {
		return err
	}
	if have.Cmp(want) >= 0 {
		return nil
	}
	return fund(new(big.Int).Sub(want, have))
}

// faucet funds an account from the devnet another process runs.
func (c *devnetCmd) faucet(ctx context.Context, env *Env, cfg config.Config, args []string) error {
	if !cfg.Chain.Configured() {
		return explain(cfg.RequireChain())
	}
	var to common.Address
	if len(args) > 0 {
		a, err := parseAddress(args[0])
		if err != nil {
			return err
		}
		to = a
	} else {
		ks, err := env.LoadKeystore()
		if err != nil {
			return err
		}
		to = ks.Address
	}
	wei := new(big.Int).Mul(big.NewInt(devnetFundEther), big.NewInt(params.Ether))
	if len(args) > 1 {
		g, err := parseGwei(args[1])
		if err != nil {
			return usageErrorf("AMOUNT is gwei (250000) or ether (10eth)", "%v", err)
		}
		wei = new(big.Int).Mul(new(big.Int).SetUint64(g), big.NewInt(params.GWei))
	}
	rc, err := devnet.Faucet(ctx, filepath.Join(cfg.Home, DevnetDir), cfg.Chain.RPCURL, to, wei)
	if err != nil {
		return withHint(err, "is `bmail devnet` running for this profile?")
	}
	if c.json {
		return printJSON(env.Stdout(), struct {
			netInfo
			Funded string `json:"funded"`
			Wei    string `json:"wei"`
			TxHash string `json:"tx_hash"`
		}{netInfo{config.DevLabel, true}, to.Hex(), wei.String(), rc.TxHash.Hex()})
	}
	banner(env.Stdout(), true)
	fmt.Fprintf(env.Stdout(), "funded %s with %s of dev ether\n", to.Hex(), format.Ether(wei))
	return nil
}
