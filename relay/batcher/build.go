package batcher

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/contracts/bindings"
	"github.com/bmail-network/bmail/relay/store"
	"github.com/bmail-network/bmail/relay/wire"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// candidate is a queued order on its way into a batch.
type candidate struct {
	rec   *store.Order
	order contracts.SignedOrder
}

// build sends a new batch when the queue is due: BatchSize orders queued,
// or the oldest older than MaxBatchAge.
func (b *Batcher) build(ctx context.Context, head *types.Header) error {
	queued, err := b.st.QueuedOrders(ctx, b.cfg.BatchSize)
	if err != nil {
		return err
	}
	if len(queued) == 0 {
		return nil
	}
	if len(queued) < b.cfg.BatchSize && b.cfg.Now().Sub(queued[0].ReceivedAt) < b.cfg.MaxBatchAge {
		return nil
	}
	cands := make([]candidate, 0, len(queued))
	var bad []store.OrderDrop
	for _, q := range queued {
		o, err := wire.ParseOrder(q.Body, orderLimits)
		if err != nil { // cannot happen: the body was written by wire.AppendOrder
			bad = append(bad, store.OrderDrop{ID: q.ID, Reason: "unreadable"})
			continue
		}
		// One order the encoding cannot carry must not hold up the batch
		// (the intake refuses them; this guards orders queued by an older
		// build when the encoding narrows).
		if _, _, err := contracts.PackOrders([]contracts.SignedOrder{*o}); err != nil {
			bad = append(bad, store.OrderDrop{ID: q.ID, Reason: CodeUnpackable})
			b.m.dropped(CodeUnpackable)
			continue
		}
		cands = append(cands, candidate{rec: q, order: *o})
	}
	if err := b.drop(ctx, bad); err != nil {
		return err
	}
	cands = arrange(cands)
	for len(cands) > 0 && b.calldataLen(cands) > b.cfg.MaxTxBytes {
		cands = cands[:len(cands)*9/10]
	}
	cands, gas, err := b.simulate(ctx, cands)
	if err != nil || len(cands) == 0 {
		return err
	}
	cd, err := b.calldata(cands)
	if err != nil {
		return err
	}
	list, gas, err := b.accessList(ctx, head, cands, cd, gas)
	if err != nil {
		return err
	}
	return b.send(ctx, head, cands, cd, gas, list)
}

var orderLimits = func() wire.Limits {
	l := wire.DefaultLimits
	l.MaxMessageBytes = 4096
	return l
}()

// arrange orders a batch: senders in order of their oldest order, each
// sender's orders by ascending nonce (so a nonce above the window, which
// slides it, comes after the lower ones it would otherwise kill).
func arrange(cands []candidate) []candidate {
	first := map[[20]byte]int{}
	for i, c := range cands {
		if _, ok := first[c.rec.Signer]; !ok {
			first[c.rec.Signer] = i
		}
	}
	slices.SortStableFunc(cands, func(a, b candidate) int {
		if fa, fb := first[a.rec.Signer], first[b.rec.Signer]; fa != fb {
			return fa - fb
		}
		return int(int64(a.rec.Nonce) - int64(b.rec.Nonce))
	})
	return cands
}

func signedOrders(cands []candidate) []contracts.SignedOrder {
	out := make([]contracts.SignedOrder, len(cands))
	for i := range cands {
		out[i] = cands[i].order
	}
	return out
}

// calldata packs the candidates into settle() calldata.
func (b *Batcher) calldata(cands []candidate) ([]byte, error) {
	nets, data, err := contracts.PackOrders(signedOrders(cands))
	if err != nil {
		return nil, err
	}
	return b.abi.PackSettle(nets, data), nil
}

func (b *Batcher) calldataLen(cands []candidate) int {
	cd, err := b.calldata(cands)
	if err != nil {
		return 1 << 30
	}
	return len(cd)
}

// simulate runs the batch against the latest state and drops every order
// the contract would skip (recording why), repeating until none would; it
// also trims the batch to the gas cap. It returns what is left and the gas
// the simulation used.
func (b *Batcher) simulate(ctx context.Context, cands []candidate) ([]candidate, uint64, error) {
	for round := 0; round < maxSimulationRounds && len(cands) > 0; round++ {
		cd, err := b.calldata(cands)
		if err != nil {
			return nil, 0, err
		}
		res, err := b.runSimulation(ctx, cd, nil)
		if err != nil {
			return nil, 0, err
		}
		if res.reverted != "" {
			if len(cands) == 1 {
				b.m.dropped("reverts")
				return nil, 0, b.drop(ctx, []store.OrderDrop{{ID: cands[0].rec.ID, Reason: "reverts"}})
			}
			b.cfg.Logger.Warn("batch simulation reverted; halving", "orders", len(cands), "reason", res.reverted)
			cands = cands[:len(cands)/2]
			continue
		}
		if len(res.skipped) > 0 {
			var drops []store.OrderDrop
			keep := cands[:0:0]
			for i, c := range cands {
				if r, ok := res.skipped[i]; ok {
					drops = append(drops, store.OrderDrop{ID: c.rec.ID, Reason: r.String()})
					b.m.dropped(r.String())
					continue
				}
				keep = append(keep, c)
			}
			b.cfg.Logger.Info("dropped orders the contract would skip", "dropped", len(drops), "kept", len(keep))
			if err := b.drop(ctx, drops); err != nil {
				return nil, 0, err
			}
			cands = keep
			continue
		}
		if limit := gasLimit(res.gas); limit > b.cfg.MaxTxGas {
			n := int(uint64(len(cands)) * b.cfg.MaxTxGas / limit)
			cands = cands[:max(1, n*9/10)]
			continue
		}
		return cands, res.gas, nil
	}
	if len(cands) == 0 {
		return nil, 0, nil
	}
	return nil, 0, errors.New("batch simulation did not settle down; will retry")
}

func gasLimit(simulated uint64) uint64 {
	return simulated*gasHeadroomNum/gasHeadroomDen + gasHeadroomAdd
}

type simResult struct {
	gas      uint64
	skipped  map[int]contracts.SkipReason // batch index → reason
	reverted string
}

// runSimulation runs settle(calldata) from the operator, with list as its
// access list (nil for none), with eth_simulateV1 (an eth_call that returns
// logs). Nodes without it get eth_estimateGas: reverts are caught, skips
// are not (they then show in the receipt, cost a little gas and are
// reported the same). The gas counts the list's intrinsic cost.
func (b *Batcher) runSimulation(ctx context.Context, calldata []byte, list types.AccessList) (simResult, error) {
	to := b.cfg.Contract
	msg := ethereum.CallMsg{From: b.op, To: &to, Data: calldata, Gas: b.cfg.MaxTxGas, AccessList: list}
	b.mu.Lock()
	noSim := b.noSim
	b.mu.Unlock()
	if !noSim {
		out, err := b.chain.SimulateV1(ctx, ethclient.SimulateOptions{
			BlockStateCalls: []ethclient.SimulateBlock{{Calls: []ethereum.CallMsg{msg}}},
		}, nil)
		switch {
		case err == nil && len(out) == 1 && len(out[0].Calls) == 1:
			call := out[0].Calls[0]
			if call.Status != types.ReceiptStatusSuccessful {
				why := "reverted"
				if call.Error != nil {
					why = call.Error.Message
				}
				return simResult{reverted: why}, nil
			}
			res := simResult{gas: call.GasUsed, skipped: map[int]contracts.SkipReason{}}
			for _, l := range call.Logs {
				if l.Address != b.cfg.Contract {
					continue
				}
				if ev, err := b.abi.UnpackOrderSkippedEvent(l); err == nil {
					res.skipped[int(ev.Index)] = contracts.SkipReason(ev.Reason)
				}
			}
			return res, nil
		case err != nil && !unsupportedMethod(err):
			return simResult{}, fmt.Errorf("simulate: %w", err)
		}
		b.cfg.Logger.Warn("the node has no eth_simulateV1: orders that would be skipped are found only in receipts", "err", err)
		b.mu.Lock()
		b.noSim = true
		b.mu.Unlock()
	}
	msg.Gas = 0
	gas, err := b.chain.EstimateGas(ctx, msg)
	if err != nil {
		var re *contracts.RevertError
		if derr := contracts.DecodeError(err); errors.As(derr, &re) || strings.Contains(err.Error(), "execution reverted") {
			return simResult{reverted: derr.Error()}, nil
		}
		return simResult{}, fmt.Errorf("estimate: %w", err)
	}
	return simResult{gas: gas, skipped: map[int]contracts.SkipReason{}}, nil
}

func unsupportedMethod(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "not found") || strings.Contains(s, "does not exist") ||
		strings.Contains(s, "not available") || strings.Contains(s, "unsupported")
}

func (b *Batcher) drop(ctx context.Context, drops []store.OrderDrop) error {
	if len(drops) == 0 {
		return nil
	}
	_, err := b.st.DropOrders(ctx, drops)
	return err
}

// send signs the batch (calldata cd, access list list, nil for none),
// records it (nonce, raw transaction, order ids) and only then broadcasts
// it.
func (b *Batcher) send(ctx context.Context, head *types.Header, cands []candidate, cd []byte, simulatedGas uint64, list types.AccessList) error {
	nonce, err := b.chain.PendingNonceAt(ctx, b.op)
	if err != nil {
		return fmt.Errorf("nonce: %w", err)
	}
	tip, feeCap, err := b.opr.fees(ctx, head)
	if err != nil {
		return err
	}
	to := b.cfg.Contract
	tx, err := types.SignNewTx(b.cfg.Key, b.signer, &types.DynamicFeeTx{
		ChainID: b.cfg.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: min(gasLimit(simulatedGas), b.cfg.MaxTxGas), To: &to, Data: cd, AccessList: list,
	})
	if err != nil {
		return err
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return err
	}
	ids := make([][32]byte, len(cands))
	for i, c := range cands {
		ids[i] = c.rec.ID
	}
	id, err := b.st.RecordBatch(ctx, nonce, len(cd), store.BatchTx{Hash: tx.Hash(), Raw: raw,
		TipWei: tip.Uint64(), FeeCapWei: feeCap.Uint64(), SentAt: b.cfg.Now()}, ids)
	if err != nil {
		return fmt.Errorf("record batch: %w", err)
	}
	b.m.batches.Add(1)
	b.cfg.Logger.Info("batch recorded", "batch", id, "nonce", nonce, "orders", len(cands), "gas", simulatedGas,
		"calldata", len(cd), "access_list_keys", list.StorageKeys(), "tx", tx.Hash())
	return b.broadcast(ctx, id, tx)
}

// broadcast sends a recorded transaction; "already known" and "nonce too
// low" are not errors here (tracking sorts them out).
func (b *Batcher) broadcast(ctx context.Context, batch int64, tx *types.Transaction) error {
	if f := b.cfg.BeforeBroadcast; f != nil {
		if err := f(tx); err != nil {
			return err
		}
	}
	b.mu.Lock()
	b.sentAt[batch] = b.cfg.Now()
	b.mu.Unlock()
	err := b.chain.SendTransaction(ctx, tx)
	if err == nil || knownTx(err) {
		return nil
	}
	b.cfg.Logger.Warn("broadcast failed; will retry", "batch", batch, "tx", tx.Hash(), "err", err)
	return nil
}

func knownTx(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "already known") || strings.Contains(s, "nonce too low") ||
		strings.Contains(s, "already imported") || strings.Contains(s, "known transaction")
}

// settleABI decodes settle() calldata back into its orders.
var settleMethod = func() func(data []byte) ([][32]byte, []byte, error) {
	parsed, err := bindings.BMailMetaData.ParseABI()
	if err != nil {
		panic("relay/batcher: the committed BMail ABI does not parse: " + err.Error())
	}
	m, ok := parsed.Methods["settle"]
	if !ok {
		panic("relay/batcher: the BMail ABI has no settle")
	}
	return func(data []byte) ([][32]byte, []byte, error) {
		if len(data) < 4 || string(data[:4]) != string(m.ID) {
			return nil, nil, errors.New("not a settle call")
		}
		args, err := m.Inputs.Unpack(data[4:])
		if err != nil || len(args) != 2 {
			return nil, nil, fmt.Errorf("settle arguments: %v", err)
		}
		nets, ok1 := args[0].([][32]byte)
		orders, ok2 := args[1].([]byte)
		if !ok1 || !ok2 {
			return nil, nil, errors.New("settle arguments have unexpected types")
		}
		return nets, orders, nil
	}
}()

// batchOrderIDs returns the ids of the orders a settle transaction carries,
// in the order the contract indexes them.
func (b *Batcher) batchOrderIDs(tx *types.Transaction) ([][32]byte, error) {
	nets, data, err := settleMethod(tx.Data())
	if err != nil {
		return nil, err
	}
	orders, err := contracts.UnpackOrders(nets, data, b.op)
	if err != nil {
		return nil, err
	}
	ids := make([][32]byte, len(orders))
	for i := range orders {
		ids[i] = orders[i].StructHash()
	}
	return ids, nil
}
