package cli

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/bmail-network/bmail/client/chain"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/format"
	"github.com/bmail-network/bmail/contracts"
)

type deployCmd struct {
	net  netFlags
	yes  bool
	json bool
}

var deployCommand = &Command{
	Name:    "deploy",
	Summary: "deploy the BMail contract and its preset networks to a chain, and print the config to use it",
	Usage:   "--rpc-url URL --chain-id ID [--confirmations N] [--yes] [--json]",
	Help: `
Deploys the BMail contract to the configured chain (--rpc-url and
--chain-id, or chain.rpc_url and chain.chain_id in the config, or
BMAIL_RPC_URL and BMAIL_CHAIN_ID) from your account: one transaction, whose
constructor also creates the personal and newsletter networks. It waits
until the transaction is --confirmations blocks deep (0: mined), checks
the contract and its presets, and prints the address with the settings
clients and relays need.

The contract has no owner and no admin key: the account that deploys it
keeps no power over it. Deploying costs gas (several million); deploy asks
for confirmation on the terminal unless --yes is given.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &deployCmd{}
		c.net.register(fs)
		fs.BoolVar(&c.yes, "yes", false, "do not ask for confirmation")
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

type deployReport struct {
	netInfo
	Contract      string            `json:"contract"`
	ChainID       uint64            `json:"chain_id"`
	RPCURL        string            `json:"rpc_url"`
	TxHash        string            `json:"tx_hash"`
	Block         uint64            `json:"block"`
	GasUsed       uint64            `json:"gas_used"`
	Deployer      string            `json:"deployer"`
	Confirmations uint64            `json:"confirmations"`
	Personal      string            `json:"personal_network"`
	Newsletter    string            `json:"newsletter_network"`
	Env           map[string]string `json:"env"`
}

func (c *deployCmd) Run(ctx context.Context, env *Env, args []string) error {
	cfg, err := env.Config(&c.net)
	if err != nil {
		return err
	}
	if cfg.Chain.RPCURL == "" || cfg.Chain.ChainID == 0 {
		return &Error{Err: fmt.Errorf("%w: deploy needs the chain's RPC URL and chain id", config.ErrNoChain),
			Hint: "pass --rpc-url URL --chain-id ID (or set BMAIL_RPC_URL and BMAIL_CHAIN_ID)", Code: ExitNotConfigured}
	}
	id, err := env.OpenIdentity(ctx)
	if err != nil {
		return err
	}
	ec, err := chain.Dial(ctx, cfg.Chain.RPCURL)
	if err != nil {
		return err
	}
	defer ec.Close()
	bal, err := ec.BalanceAt(ctx, id.Address, nil)
	if err != nil {
		return fmt.Errorf("chain %s: %w", cfg.Chain.RPCURL, err)
	}
	if bal.Sign() == 0 {
		return refusedf("fund the account with ether for gas first", "%s holds no ether to pay for the deployment", id.Address.Hex())
	}
	if !c.yes {
		fmt.Fprintf(env.Stderr(), "Deploying BMail to %s (chain id %d) from %s, which holds %s.\n", cfg.Chain.RPCURL, cfg.Chain.ChainID,
			id.Address.Hex(), format.Ether(bal))
		ok, err := env.confirm(ctx, "Deploy and pay the gas?", "pass --yes to deploy without asking")
		if err != nil {
			return err
		}
		if !ok {
			return refusedf("", "not deployed: not confirmed")
		}
	}
	d, err := contracts.Deploy(ctx, ec, id.AccountKey, contracts.DeployOptions{ChainID: cfg.Chain.ChainID, Confirmations: cfg.Chain.Confirmations})
	if err != nil {
		return explain(err)
	}
	rep := deployReport{netInfo: netInfo{Network: cfg.Label(), Dev: cfg.Dev}, Contract: d.Address.Hex(), ChainID: d.ChainID,
		RPCURL: cfg.Chain.RPCURL, TxHash: d.TxHash.Hex(), Block: d.Block, GasUsed: d.GasUsed, Deployer: d.Deployer.Hex(),
		Confirmations: cfg.Chain.Confirmations, Personal: fmt.Sprintf("0x%x", d.Personal[:]), Newsletter: fmt.Sprintf("0x%x", d.Newsletter[:]),
		Env: map[string]string{config.EnvRPCURL: cfg.Chain.RPCURL, config.EnvChainID: fmt.Sprint(d.ChainID), config.EnvContract: d.Address.Hex(),
			config.EnvStartBlock: fmt.Sprint(d.Block)}}
	if c.json {
		return printJSON(env.Stdout(), rep)
	}
	w := env.Stdout()
	banner(w, cfg.Dev)
	fmt.Fprintf(w, "deployed BMail at %s\n", rep.Contract)
	fmt.Fprintf(w, "  chain id %d, block %d, transaction %s, gas %s\n", rep.ChainID, rep.Block, rep.TxHash, format.Thousands(rep.GasUsed))
	fmt.Fprintf(w, "  networks: personal %s, newsletter %s\n", rep.Personal, rep.Newsletter)
	fmt.Fprintf(w, "\nClients: put this in config.json (or set the environment variables below):\n")
	fmt.Fprintf(w, "  \"chain\": {\"rpc_url\": %q, \"chain_id\": %d, \"contract\": %q, \"start_block\": %d}\n", rep.RPCURL, rep.ChainID, rep.Contract, rep.Block)
	var kv []string
	for _, k := range []string{config.EnvRPCURL, config.EnvChainID, config.EnvContract, config.EnvStartBlock} {
		kv = append(kv, k+"="+rep.Env[k])
	}
	fmt.Fprintf(w, "  %s\n", strings.Join(kv, " "))
	fmt.Fprintf(w, "Relays: bmail-relay -chain-rpc %s -contract %s\n", rep.RPCURL, rep.Contract)
	return nil
}
