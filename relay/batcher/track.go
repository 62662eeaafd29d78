package batcher

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/relay/store"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// track follows every batch in flight and re-checks recent final ones. It
// reports whether a batch is still unmined.
func (b *Batcher) track(ctx context.Context, head *types.Header, final uint64) (unmined bool, err error) {
	open, err := b.st.Batches(ctx, store.BatchSent, store.BatchMined)
	if err != nil {
		return false, err
	}
	for _, bt := range open {
		if bt.State == store.BatchSent {
			mined, err := b.findMined(ctx, bt)
			if err != nil {
				return true, err
			}
			if !mined {
				unmined = true
				if err := b.unmined(ctx, head, final, bt); err != nil {
					return true, err
				}
				continue
			}
		}
		still, err := b.mined(ctx, final, bt)
		if err != nil {
			return true, err
		}
		unmined = unmined || still
	}
	// A reorg deeper than the confirmations can take back a final batch.
	from := uint64(0)
	if n := head.Number.Uint64(); n > b.cfg.ReorgDepth {
		from = n - b.cfg.ReorgDepth
	}
	finals, err := b.st.FinalBatchesFrom(ctx, from)
	if err != nil {
		return unmined, err
	}
	for _, bt := range finals {
		ok, err := b.canonical(ctx, bt.Block, bt.BlockHash)
		if err != nil {
			return unmined, err
		}
		if !ok {
			b.cfg.Logger.Warn("a final batch's block left the chain: its orders are pending again", "batch", bt.ID, "block", bt.Block)
			if err := b.unmine(ctx, bt.ID); err != nil {
				return unmined, err
			}
			unmined = true
		}
	}
	b.refreshBalances(ctx)
	return unmined, nil
}

// findMined looks for a receipt of any version of a sent batch in the
// canonical chain and records it.
func (b *Batcher) findMined(ctx context.Context, bt *store.Batch) (bool, error) {
	for i := len(bt.Txs) - 1; i >= 0; i-- {
		h := common.Hash(bt.Txs[i].Hash)
		rc, err := b.chain.TransactionReceipt(ctx, h)
		if errors.Is(err, ethereum.NotFound) || (err == nil && rc == nil) {
			continue
		}
		if err != nil {
			return false, fmt.Errorf("receipt %s: %w", h, err)
		}
		ok, err := b.canonical(ctx, rc.BlockNumber.Uint64(), rc.BlockHash)
		if err != nil {
			return false, err
		}
		if !ok {
			continue // a stale receipt from a block that left the chain
		}
		if err := b.st.MarkMined(ctx, bt.ID, h, rc.BlockNumber.Uint64(), rc.BlockHash, rc.GasUsed); err != nil {
			return false, err
		}
		bt.State, bt.TxHash, bt.Block, bt.BlockHash, bt.GasUsed = store.BatchMined, h, rc.BlockNumber.Uint64(), rc.BlockHash, rc.GasUsed
		b.cfg.Logger.Info("batch mined", "batch", bt.ID, "tx", h, "block", bt.Block, "version", i+1, "of", len(bt.Txs))
		return true, nil
	}
	return false, nil
}

// canonical reports whether the chain's block at number has hash.
func (b *Batcher) canonical(ctx context.Context, number uint64, hash [32]byte) (bool, error) {
	h, err := b.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(number))
	if errors.Is(err, ethereum.NotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("header %d: %w", number, err)
	}
	return h.Hash() == common.Hash(hash), nil
}

// unmined handles a sent batch no version of which is mined: abandon it
// when a final block shows its nonce taken by another transaction, bump
// its fees when it has waited BumpAfter, else re-send it now and then.
func (b *Batcher) unmined(ctx context.Context, head *types.Header, final uint64, bt *store.Batch) error {
	taken, err := b.chain.NonceAt(ctx, b.op, new(big.Int).SetUint64(final))
	if err != nil {
		return fmt.Errorf("nonce at %d: %w", final, err)
	}
	if taken > bt.Nonce {
		b.cfg.Logger.Warn("another transaction took the batch's nonce: its orders are queued again", "batch", bt.ID, "nonce", bt.Nonce)
		b.m.abandoned.Add(1)
		b.forgetSent(bt.ID)
		return b.st.AbandonBatch(ctx, bt.ID)
	}
	last := bt.Txs[len(bt.Txs)-1]
	cur := new(types.Transaction)
	if err := cur.UnmarshalBinary(last.Raw); err != nil {
		return fmt.Errorf("batch %d: recorded transaction: %w", bt.ID, err)
	}
	now := b.cfg.Now()
	if now.Sub(last.SentAt) >= b.cfg.BumpAfter {
		if next, err := b.bump(ctx, head, cur); err != nil {
			return err
		} else if next != nil {
			raw, err := next.MarshalBinary()
			if err != nil {
				return err
			}
			if err := b.st.AddBatchTx(ctx, bt.ID, store.BatchTx{Hash: next.Hash(), Raw: raw,
				TipWei: next.GasTipCap().Uint64(), FeeCapWei: next.GasFeeCap().Uint64(), SentAt: now}); err != nil {
				return err
			}
			b.m.bumps.Add(1)
			b.cfg.Logger.Info("fee bump", "batch", bt.ID, "tx", next.Hash(), "tip", next.GasTipCap(), "fee_cap", next.GasFeeCap())
			return b.broadcast(ctx, bt.ID, next)
		}
	}
	b.mu.Lock()
	sent, ok := b.sentAt[bt.ID]
	b.mu.Unlock()
	if !ok || now.Sub(sent) >= b.cfg.Rebroadcast {
		return b.broadcast(ctx, bt.ID, cur)
	}
	return nil
}

// bump re-signs tx (same nonce, gas, data and access list) with both fee fields raised
// by 12.5% or to the current market, whichever is higher; nil when the fee
// cap ceiling leaves no room for a valid replacement (+10%).
func (b *Batcher) bump(ctx context.Context, head *types.Header, tx *types.Transaction) (*types.Transaction, error) {
	tip, feeCap, err := b.opr.fees(ctx, head)
	if err != nil {
		return nil, err
	}
	up := func(v *big.Int) *big.Int {
		x := new(big.Int).Mul(v, big.NewInt(bumpNum))
		return x.Div(x, big.NewInt(bumpDen)).Add(x, big.NewInt(1))
	}
	newTip := bigMax(up(tx.GasTipCap()), tip)
	newCap := bigMax(up(tx.GasFeeCap()), feeCap)
	if newCap.Cmp(newTip) < 0 {
		newCap = new(big.Int).Set(newTip)
	}
	ceiling := new(big.Int).SetUint64(b.cfg.MaxFeeCapWei)
	if newCap.Cmp(ceiling) > 0 {
		newCap = ceiling
		if newTip.Cmp(newCap) > 0 {
			newTip = new(big.Int).Set(newCap)
		}
	}
	tenth := func(v *big.Int) *big.Int { // v + 10%, rounded up
		x := new(big.Int).Mul(v, big.NewInt(11))
		return x.Add(x, big.NewInt(9)).Div(x, big.NewInt(10))
	}
	if newCap.Cmp(tenth(tx.GasFeeCap())) < 0 || newTip.Cmp(tenth(tx.GasTipCap())) < 0 {
		b.cfg.Logger.Warn("stuck batch at the fee cap ceiling: not bumping", "tx", tx.Hash(), "fee_cap", tx.GasFeeCap())
		return nil, nil
	}
	return types.SignNewTx(b.cfg.Key, b.signer, &types.DynamicFeeTx{
		ChainID: b.cfg.ChainID, Nonce: tx.Nonce(), GasTipCap: newTip, GasFeeCap: newCap,
		Gas: tx.Gas(), To: tx.To(), Data: tx.Data(), AccessList: tx.AccessList(),
	})
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

// mined handles a mined batch: back to sent when its block left the chain,
// final (orders settled or dropped) once its block is final. It reports
// whether the batch is unmined again.
func (b *Batcher) mined(ctx context.Context, final uint64, bt *store.Batch) (bool, error) {
	ok, err := b.canonical(ctx, bt.Block, bt.BlockHash)
	if err != nil {
		return false, err
	}
	if !ok {
		b.cfg.Logger.Warn("a batch's block left the chain: sending it again", "batch", bt.ID, "block", bt.Block)
		return true, b.unmine(ctx, bt.ID)
	}
	if bt.Block > final {
		return false, nil
	}
	return false, b.finalize(ctx, bt)
}

func (b *Batcher) unmine(ctx context.Context, batch int64) error {
	b.m.reorgs.Add(1)
	b.forgetSent(batch) // re-send at once
	return b.st.UnmineBatch(ctx, batch)
}

func (b *Batcher) forgetSent(batch int64) {
	b.mu.Lock()
	delete(b.sentAt, batch)
	b.mu.Unlock()
}

// finalize reads a final batch's receipt and settles or drops its orders.
func (b *Batcher) finalize(ctx context.Context, bt *store.Batch) error {
	var tx *types.Transaction
	for _, v := range bt.Txs {
		if v.Hash == bt.TxHash {
			tx = new(types.Transaction)
			if err := tx.UnmarshalBinary(v.Raw); err != nil {
				return fmt.Errorf("batch %d: recorded transaction: %w", bt.ID, err)
			}
		}
	}
	if tx == nil {
		return fmt.Errorf("batch %d: the mined transaction %x is not recorded", bt.ID, bt.TxHash[:8])
	}
	ids, err := b.batchOrderIDs(tx)
	if err != nil {
		return fmt.Errorf("batch %d: %w", bt.ID, err)
	}
	rc, err := b.chain.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		return fmt.Errorf("receipt %s: %w", tx.Hash(), err)
	}
	out := store.BatchOutcome{FinalAt: b.cfg.Now(), L1Gwei: b.cfg.Cost.L1FeeGwei(l1Bytes(tx))}
	if rc.EffectiveGasPrice != nil {
		cost := new(big.Int).Mul(rc.EffectiveGasPrice, new(big.Int).SetUint64(rc.GasUsed))
		out.ExecGwei = ceilDiv(cost, big.NewInt(params.GWei))
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		b.cfg.Logger.Error("a settlement transaction reverted: its orders are queued again", "batch", bt.ID, "tx", tx.Hash())
		out.Requeued = ids
		return b.st.FinalizeBatch(ctx, bt.ID, out)
	}
	skipped := map[int]contracts.SkipReason{}
	delivered := -1
	for _, l := range rc.Logs {
		if l.Address != b.cfg.Contract {
			continue
		}
		if ev, err := b.abi.UnpackOrderSkippedEvent(l); err == nil {
			skipped[int(ev.Index)] = contracts.SkipReason(ev.Reason)
		} else if ev, err := b.abi.UnpackSettledEvent(l); err == nil && ev.Relay == b.op {
			out.RelayFees += ev.RelayFees
			delivered = int(ev.Delivered)
		}
	}
	for i, id := range ids {
		if r, ok := skipped[i]; ok {
			out.Dropped = append(out.Dropped, store.OrderDrop{ID: id, Reason: r.String()})
			b.m.dropped(r.String())
			continue
		}
		out.Delivered = append(out.Delivered, id)
	}
	if delivered != len(out.Delivered) {
		b.cfg.Logger.Error("settlement receipt disagrees with the batch", "batch", bt.ID, "settled_event", delivered,
			"orders", len(ids), "skipped", len(skipped))
	}
	b.m.settled.Add(int64(len(out.Delivered)))
	b.cfg.Logger.Info("batch final", "batch", bt.ID, "delivered", len(out.Delivered), "skipped", len(out.Dropped),
		"relay_fees_gwei", out.RelayFees, "gas_gwei", out.ExecGwei, "l1_gwei", out.L1Gwei)
	return b.st.FinalizeBatch(ctx, bt.ID, out)
}

// expire drops queued orders whose deadline no longer leaves time to be
// mined, and now and then deletes old settled and dropped orders.
func (b *Batcher) expire(ctx context.Context, head *types.Header) error {
	margin := uint64((2*b.cfg.BlockTime + b.cfg.PollInterval) / time.Second)
	gone, err := b.st.ExpireOrders(ctx, head.Time+margin)
	if err != nil {
		return err
	}
	for range gone {
		b.m.dropped(SkipExpired)
	}
	now := b.cfg.Now()
	b.mu.Lock()
	due := now.Sub(b.m.lastPurge) > time.Hour
	if due {
		b.m.lastPurge = now
	}
	b.mu.Unlock()
	if due {
		before := now.Add(-b.cfg.OrderRetention).Unix()
		if before > 0 {
			if _, err := b.st.PurgeOrders(ctx, uint64(before)); err != nil {
				return err
			}
		}
	}
	return nil
}

// refreshBalances reads the operator's ether (gas money) and contract
// balance (earnings waiting for withdrawal) for the metrics, every half
// minute.
func (b *Batcher) refreshBalances(ctx context.Context) {
	now := b.cfg.Now()
	b.mu.Lock()
	due := now.Sub(b.m.lastBalances) > 30*time.Second
	if due {
		b.m.lastBalances = now
	}
	b.mu.Unlock()
	if !due {
		return
	}
	wei, err := b.chain.BalanceAt(ctx, b.op, nil)
	if err != nil {
		return
	}
	gwei, err := b.ContractBalance(ctx)
	if err != nil {
		return
	}
	b.mu.Lock()
	b.opWei, b.opGwei = wei, gwei
	b.mu.Unlock()
}

// ContractBalance is the operator's balance in the contract (gwei): relay
// fees earned and not yet withdrawn.
func (b *Batcher) ContractBalance(ctx context.Context) (uint64, error) { return b.balanceOf(ctx, b.op) }

// Operator is the operator's account view (balance, withdrawal).
func (b *Batcher) Operator() *Operator { return b.opr }
