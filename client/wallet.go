package client

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/bmail-network/bmail/client/chain"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/pricing"
)

// Wallet is the user's money as the chain and the store see it. Amounts
// are gwei except Ether (wei). Dev marks a dev profile (DEVNET).
type Wallet struct {
	Account common.Address
	Dev     bool
	Label   string
	// Ether pays for gas.
	Ether *big.Int
	// Balance is the spendable b-mail balance (deposits, claims).
	Balance uint64
	// Claimable is what the user's correspondents' paid mail earned and
	// Claim moves to Balance.
	Claimable uint64
	// Withdrawal is a pending two-step withdrawal (zero Amount: none).
	Withdrawal      chain.Withdrawal
	WithdrawReadyAt time.Time
	Reputation      Reputation
	MinReputation   uint64
	// SpentToday is what payments signed today may spend; the caps are the
	// configured ones (0: none).
	SpentToday uint64
	DayCap     uint64
	MessageCap uint64
}

// Wallet reads the user's balances, earnings to claim, withdrawal,
// reputation and today's spending.
func (c *Client) Wallet(ctx context.Context) (*Wallet, error) {
	ch, err := c.Chain(ctx)
	if err != nil {
		return nil, err
	}
	w := &Wallet{Account: c.me, Dev: c.cfg.Dev, Label: c.cfg.Label(), DayCap: c.cfg.Send.MaxSpendPerDay, MessageCap: c.cfg.Send.MaxFeePerMessage}
	if w.Ether, err = ch.EtherBalance(ctx, c.me); err != nil {
		return nil, err
	}
	if w.Balance, err = ch.BalanceGwei(ctx, c.me); err != nil {
		return nil, err
	}
	payers, err := c.store.Payers(ctx)
	if err != nil {
		return nil, err
	}
	for _, p := range payers {
		n, err := ch.OwedTo(ctx, c.me, p)
		if err != nil {
			return nil, err
		}
		w.Claimable += n
	}
	if w.Withdrawal, err = ch.WithdrawalOf(ctx, c.me); err != nil {
		return nil, err
	}
	if w.Withdrawal.Amount != 0 {
		w.WithdrawReadyAt = time.Unix(int64(w.Withdrawal.ReadyAt), 0)
	}
	if w.Reputation, err = c.Reputation(ctx, c.me); err != nil {
		return nil, err
	}
	if ws, err := ch.Words(ctx, c.me, c.me); err == nil {
		w.MinReputation = pricing.ParseStanding(ws.Standing).MinRep
	}
	if w.SpentToday, err = c.store.Committed(ctx, c.now().UTC().Truncate(24*time.Hour)); err != nil {
		return nil, err
	}
	return w, nil
}

// GweiToWei converts gwei to wei.
func GweiToWei(gwei uint64) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(gwei), big.NewInt(params.GWei))
}

// Deposit moves gwei of the account's ether into its b-mail balance.
func (c *Client) Deposit(ctx context.Context, gwei uint64) error {
	ch, err := c.Chain(ctx)
	if err != nil {
		return err
	}
	_, err = ch.Transact(ctx, ch.ABI().PackDeposit(), GweiToWei(gwei))
	return contractError(err)
}

// Claim moves what every correspondent's paid mail earned the user into
// the balance, and returns the amount.
func (c *Client) Claim(ctx context.Context) (uint64, error) {
	ch, err := c.Chain(ctx)
	if err != nil {
		return 0, err
	}
	payers, err := c.store.Payers(ctx)
	if err != nil {
		return 0, err
	}
	var from []common.Address
	var total uint64
	for _, p := range payers {
		n, err := ch.OwedTo(ctx, c.me, p)
		if err != nil {
			return 0, err
		}
		if n > 0 {
			from, total = append(from, p), total+n
		}
	}
	if len(from) == 0 {
		return 0, nil
	}
	if _, err := ch.Transact(ctx, ch.ABI().PackClaimFrom(from), nil); err != nil {
		return 0, contractError(err)
	}
	return total, nil
}

// RequestWithdrawal is step one of withdrawing gwei from the balance: it
// returns when the second step (CompleteWithdrawal) becomes possible. A new
// request replaces the old one; 0 cancels it.
func (c *Client) RequestWithdrawal(ctx context.Context, gwei uint64) (time.Time, error) {
	ch, err := c.Chain(ctx)
	if err != nil {
		return time.Time{}, err
	}
	if _, err := ch.Transact(ctx, ch.ABI().PackStartWithdrawal(gwei), nil); err != nil {
		return time.Time{}, contractError(err)
	}
	w, err := ch.WithdrawalOf(ctx, c.me)
	if err != nil {
		return time.Time{}, err
	}
	return time.Unix(int64(w.ReadyAt), 0), nil
}

// CompleteWithdrawal is step two: it pays the requested amount to `to`
// (the zero address means the user's own account).
func (c *Client) CompleteWithdrawal(ctx context.Context, to common.Address) error {
	ch, err := c.Chain(ctx)
	if err != nil {
		return err
	}
	if to == (common.Address{}) {
		to = c.me
	}
	_, err = ch.Transact(ctx, ch.ABI().PackCompleteWithdrawal(to), nil)
	return contractError(err)
}

// Earnings are the fees paid to the user, by period and by carrying relay.
type Earnings struct {
	ByPeriod []store.Earning // newest first; Key is the period's first day
	ByRelay  []store.Earning // Key is the relay's payout address
	Total    uint64
	Count    int
}

// Earnings sums the final payments to the user since `since`, in periods
// of `days` days (1: daily, 7: weekly).
func (c *Client) Earnings(ctx context.Context, since time.Time, days int) (*Earnings, error) {
	e := &Earnings{}
	var err error
	if e.ByPeriod, err = c.store.EarningsByDay(ctx, since, days); err != nil {
		return nil, err
	}
	if e.ByRelay, err = c.store.EarningsByRelay(ctx, since); err != nil {
		return nil, err
	}
	for _, p := range e.ByPeriod {
		e.Total += p.Fees
		e.Count += p.Count
	}
	return e, nil
}

// earningsCursorLen is a kept RelayEarnings total: final block (8), its
// hash (32), carried (8), fees (8).
const earningsCursorLen = 56

// RelayEarning is what a relay earned on chain.
type RelayEarning struct {
	Relay   common.Address
	Carried int    // paid messages that named it
	Fees    uint64 // relay fees those payments carried (gwei)
	Balance uint64 // its b-mail balance now (fees accrue there)
}

// RelayEarnings sums the relay fees a relay's address earned from the
// Delivered logs from block `from` (0: chain.start_block, else the
// contract's deployment block) to the head. The Delivered log is indexed on the
// recipient only, so every log is read — in ranges of MaxLogRange blocks,
// and once: the totals up to the final head are kept in the store (per
// relay and `from`, with the final block's hash) and the next call reads
// only the blocks after it (all of them again if that block was
// reorganised away).
func (c *Client) RelayEarnings(ctx context.Context, relay common.Address, from uint64) (*RelayEarning, error) {
	ch, err := c.Chain(ctx)
	if err != nil {
		return nil, err
	}
	if from == 0 {
		if from = c.cfg.Chain.StartBlock; from == 0 {
			if from, err = c.deploymentBlock(ctx, ch); err != nil {
				return nil, err
			}
		}
	}
	head, err := ch.Head(ctx)
	if err != nil {
		return nil, err
	}
	final, ok, err := ch.FinalHead(ctx)
	if err != nil {
		return nil, err
	}
	if !ok || final < from {
		final, ok = 0, false
	}
	final = min(final, head.Number.Uint64())
	r := &RelayEarning{Relay: relay}
	key := fmt.Sprintf("relay-earnings:%s:%d", relay.Hex(), from)
	start := from
	if cur, err := c.store.Meta(ctx, key); err == nil && len(cur) == earningsCursorLen {
		through, hash := beUint64(cur[:8]), [32]byte(cur[8:40])
		if h, canon, err := ch.HashAt(ctx, through); err != nil {
			return nil, err
		} else if canon && h == hash && through <= final {
			start, r.Carried, r.Fees = through+1, int(beUint64(cur[40:48])), beUint64(cur[48:56])
		}
	}
	scan := func(lo, hi uint64) error {
		for ; lo <= hi; lo += MaxLogRange {
			ds, err := ch.DeliveredTo(ctx, nil, lo, min(hi, lo+MaxLogRange-1))
			if err != nil {
				return err
			}
			for _, d := range ds {
				if d.Relay == relay {
					r.Carried++
					r.Fees += d.RelayFee
				}
			}
		}
		return nil
	}
	if ok && start <= final {
		if err := scan(start, final); err != nil {
			return nil, err
		}
		if h, canon, err := ch.HashAt(ctx, final); err == nil && canon {
			cur := make([]byte, earningsCursorLen)
			putBeUint64(cur[:8], final)
			copy(cur[8:40], h[:])
			putBeUint64(cur[40:48], uint64(r.Carried))
			putBeUint64(cur[48:56], r.Fees)
			if err := c.store.SetMeta(ctx, key, cur); err != nil {
				return nil, err
			}
		}
	}
	// Above the final head: read every time, never kept.
	above := max(start, from)
	if ok {
		above = max(above, final+1)
	}
	if err := scan(above, head.Number.Uint64()); err != nil {
		return nil, err
	}
	if r.Balance, err = ch.BalanceGwei(ctx, relay); err != nil {
		return nil, fmt.Errorf("client: relay balance: %w", err)
	}
	return r, nil
}
