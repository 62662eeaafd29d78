package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"math/big"
	"text/tabwriter"
	"time"

	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/relay/batcher"
	"github.com/bmail-network/bmail/relay/store"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// EarningsCommand prints what the settlement batcher earned: relay fees of
// final batches, the gas they cost and the L1 data fee estimate, per
// period; and, with a chain configured, the operator's withdrawable
// contract balance and its ether for gas.
type EarningsCommand struct{ m *Main }

// earningsReport is the -json output.
type earningsReport struct {
	Periods  []earningsPeriod `json:"periods"`
	Operator *operatorReport  `json:"operator,omitempty"`
}

type earningsPeriod struct {
	Period string `json:"period"`
	store.Earnings
	NetGwei int64 `json:"net_gwei"`
}

type operatorReport struct {
	Address       string `json:"address"`
	BalanceGwei   uint64 `json:"balance_gwei"`
	RequestedGwei uint64 `json:"withdrawal_requested_gwei"`
	ReadyAt       uint64 `json:"withdrawal_ready_at,omitempty"`
	GasWei        string `json:"gas_wei"`
	ChainTime     uint64 `json:"chain_time"`
	Ready         bool   `json:"withdrawal_ready"`
}

// Run runs the command.
func (c *EarningsCommand) Run(ctx context.Context, args []string) error {
	fl := flag.NewFlagSet("earnings", flag.ContinueOnError)
	fl.SetOutput(c.m.Stderr)
	cfgPath := fl.String("config", "", "JSON config file")
	data := fl.String("data-dir", "", "data directory of the relay")
	asJSON := fl.Bool("json", false, "print JSON")
	if err := fl.Parse(args); err != nil {
		return err
	}
	cfg, err := loadFor(c.m, *cfgPath, *data, "", "")
	if err != nil {
		return err
	}
	now := time.Now()
	var rep earningsReport
	for _, p := range []struct {
		name string
		d    time.Duration
	}{{"24h", 24 * time.Hour}, {"7d", 7 * 24 * time.Hour}, {"30d", 30 * 24 * time.Hour}, {"all", 0}} {
		since := time.Time{}
		if p.d > 0 {
			since = now.Add(-p.d)
		}
		e, err := store.ReadEarnings(ctx, cfg.DBPath(), since)
		if err != nil {
			return err
		}
		rep.Periods = append(rep.Periods, earningsPeriod{Period: p.name, Earnings: e, NetGwei: e.Net()})
	}
	if op, err := c.operator(ctx, cfg.KeystorePath(), cfg.Chain.RPCURL, cfg.Chain.Contract); err != nil {
		fmt.Fprintf(c.m.Stderr, "bmail-relay: operator balance unavailable: %v\n", err)
	} else {
		rep.Operator = op
	}
	if *asJSON {
		enc := json.NewEncoder(c.m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	fmt.Fprintln(c.m.Stdout, "bmail-relay earnings: final settlement batches, gwei (1 gwei = 1e-9 ETH)")
	tw := tabwriter.NewWriter(c.m.Stdout, 2, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "period\tbatches\torders\tskipped\trelay fees\tgas\tL1 estimate\tnet\t")
	for _, p := range rep.Periods {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t\n", p.Period, p.Batches, p.Delivered, p.Skipped,
			p.RelayFees, p.ExecGwei, p.L1Gwei, p.NetGwei)
	}
	tw.Flush()
	if op := rep.Operator; op != nil {
		gas, _ := new(big.Int).SetString(op.GasWei, 10)
		eth, _ := new(big.Float).Quo(new(big.Float).SetInt(gas), big.NewFloat(params.Ether)).Float64()
		fmt.Fprintf(c.m.Stdout, "operator %s: %d gwei withdrawable in the contract, %.6f ETH for gas\n", op.Address, op.BalanceGwei, eth)
		if op.RequestedGwei > 0 {
			when := "ready now: bmail-relay withdraw completes it"
			if !op.Ready {
				when = fmt.Sprintf("ready in %s", time.Duration(op.ReadyAt-op.ChainTime)*time.Second)
			}
			fmt.Fprintf(c.m.Stdout, "withdrawal of %d gwei requested, %s\n", op.RequestedGwei, when)
		}
	}
	return nil
}

// operator reads the operator's balances; the address comes from the
// keystore's header, so no passphrase is needed.
func (c *EarningsCommand) operator(ctx context.Context, keystore, rpcURL, contract string) (*operatorReport, error) {
	ks, err := identity.LoadKeystore(keystore)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no operator keystore at %s", keystore)
	}
	if err != nil {
		return nil, err
	}
	if rpcURL == "" {
		return nil, errors.New("no chain configured (chain.rpc_url)")
	}
	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	ec, err := ethclient.DialContext(cctx, rpcURL)
	if err != nil {
		return nil, err
	}
	defer ec.Close()
	id, err := ec.ChainID(cctx)
	if err != nil {
		return nil, err
	}
	acct, err := batcher.NewOperator(ec, common.HexToAddress(contract), id, nil, 0).Account(cctx, ks.Address)
	if err != nil {
		return nil, err
	}
	wei, err := ec.BalanceAt(cctx, ks.Address, nil)
	if err != nil {
		return nil, err
	}
	return &operatorReport{Address: ks.Address.Hex(), BalanceGwei: acct.Balance, RequestedGwei: acct.Requested,
		ReadyAt: acct.ReadyAt, GasWei: wei.String(), ChainTime: acct.Now, Ready: acct.Ready()}, nil
}
