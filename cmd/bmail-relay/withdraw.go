package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"time"

	"github.com/bmail-network/bmail/relay/batcher"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
)

// WithdrawCommand runs the contract's two-step withdrawal of the relay's
// earnings to the payout address: request (startWithdrawal), wait the
// contract's delay (an hour), complete (completeWithdrawal). Each run does
// the next step; with -wait one run does them all.
type WithdrawCommand struct{ m *Main }

// WithdrawPoll is how often -wait looks at the chain's time.
const WithdrawPoll = 15 * time.Second

// Run runs the command.
func (c *WithdrawCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("withdraw", flag.ContinueOnError)
	fs.SetOutput(c.m.Stderr)
	cfgPath := fs.String("config", "", "JSON config file")
	data := fs.String("data-dir", "", "data directory of the relay")
	ks := fs.String("keystore", "", "operator keystore")
	passFile := fs.String("passphrase-file", "", "file holding the keystore passphrase")
	amount := fs.Uint64("amount", 0, "gwei to withdraw (default: the whole balance)")
	to := fs.String("to", "", "where the ether goes (default: terms.payout_address)")
	wait := fs.Bool("wait", false, "wait out the delay and complete in this run")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, err := loadFor(c.m, *cfgPath, *data, *ks, *passFile)
	if err != nil {
		return err
	}
	payout := cfg.Terms.PayoutAddress
	if *to != "" {
		payout = *to
	}
	if !common.IsHexAddress(payout) {
		return errors.New("no payout address\nhint: set terms.payout_address or pass -to 0x…")
	}
	if cfg.Chain.RPCURL == "" || !common.IsHexAddress(cfg.Chain.Contract) {
		return errors.New("no chain configured\nhint: set chain.rpc_url and chain.contract (or -chain-rpc and -contract in the config)")
	}
	key, err := unlockOperator(c.m, cfg)
	if err != nil {
		return err
	}
	ec, err := ethclient.DialContext(ctx, cfg.Chain.RPCURL)
	if err != nil {
		return err
	}
	defer ec.Close()
	id, err := ec.ChainID(ctx)
	if err != nil {
		return err
	}
	op := batcher.NewOperator(ec, common.HexToAddress(cfg.Chain.Contract), id, key, cfg.Batcher.MaxFeeCapWei)
	out := c.m.Stdout
	for {
		acct, err := op.Account(ctx, common.Address{})
		if err != nil {
			return err
		}
		switch {
		case acct.Requested == 0:
			want := acct.Balance
			if *amount > 0 {
				want = *amount
			}
			if want == 0 {
				fmt.Fprintln(out, "bmail-relay: nothing to withdraw (contract balance 0 gwei)")
				return nil
			}
			if want > acct.Balance {
				return fmt.Errorf("asked for %d gwei, the balance is %d gwei", want, acct.Balance)
			}
			rc, err := op.StartWithdrawal(ctx, want)
			if err != nil {
				return fmt.Errorf("request: %w", err)
			}
			fmt.Fprintf(out, "bmail-relay: requested %d gwei (transaction %s); the contract pays it out after its delay\n", want, rc.TxHash.Hex())
		case !acct.Ready():
			left := time.Duration(acct.ReadyAt-acct.Now) * time.Second
			if !*wait {
				fmt.Fprintf(out, "bmail-relay: %d gwei requested, ready in %s; run bmail-relay withdraw again then (or use -wait)\n", acct.Requested, left)
				return nil
			}
			fmt.Fprintf(out, "bmail-relay: waiting %s for the withdrawal delay\n", left)
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(min(WithdrawPoll, left+time.Second)):
			}
		default:
			rc, err := op.CompleteWithdrawal(ctx, common.HexToAddress(payout))
			if err != nil {
				return fmt.Errorf("complete: %w", err)
			}
			fmt.Fprintf(out, "bmail-relay: withdrew %d gwei to %s (transaction %s)\n", acct.Requested, common.HexToAddress(payout).Hex(), rc.TxHash.Hex())
			return nil
		}
	}
}
