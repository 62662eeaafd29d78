package batcher

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/contracts/bindings"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Operator is the relay operator's account on the contract, without the
// batcher's store: its balance (relay fees earned), and the contract's
// two-step withdrawal (bmail-relay withdraw uses it while the relay runs).
type Operator struct {
	chain     Chain
	key       *ecdsa.PrivateKey
	addr      common.Address
	contract  common.Address
	chainID   *big.Int
	maxFeeCap uint64
	abi       *bindings.BMail
	signer    types.Signer
}

// NewOperator makes the operator's view of the contract. maxFeeCapWei 0
// takes DefaultMaxFeeCapWei. key may be nil for read-only use.
func NewOperator(chain Chain, contract common.Address, chainID *big.Int, key *ecdsa.PrivateKey, maxFeeCapWei uint64) *Operator {
	if maxFeeCapWei == 0 {
		maxFeeCapWei = DefaultMaxFeeCapWei
	}
	o := &Operator{chain: chain, key: key, contract: contract, chainID: chainID, maxFeeCap: maxFeeCapWei,
		abi: bindings.NewBMail(), signer: types.LatestSignerForChainID(chainID)}
	if key != nil {
		o.addr = crypto.PubkeyToAddress(key.PublicKey)
	}
	return o
}

// Withdrawal is the operator's account state for a withdrawal.
type Withdrawal struct {
	Balance   uint64 // gwei in the contract (earned relay fees not yet withdrawn)
	Requested uint64 // gwei requested by startWithdrawal (0: none)
	ReadyAt   uint64 // chain time from which completeWithdrawal pays it
	Now       uint64 // the chain's time now
}

// Ready reports whether a requested withdrawal can be completed now.
func (w Withdrawal) Ready() bool { return w.Requested > 0 && w.Now >= w.ReadyAt }

// Account reads the state of account (the operator's own when zero).
func (o *Operator) Account(ctx context.Context, account common.Address) (Withdrawal, error) {
	if account == (common.Address{}) {
		account = o.addr
	}
	var w Withdrawal
	out, err := o.call(ctx, o.abi.PackBalanceGwei(account))
	if err != nil {
		return w, err
	}
	if w.Balance, err = o.abi.UnpackBalanceGwei(out); err != nil {
		return w, err
	}
	if out, err = o.call(ctx, o.abi.PackWithdrawalRequestOf(account)); err != nil {
		return w, err
	}
	r, err := o.abi.UnpackWithdrawalRequestOf(out)
	if err != nil {
		return w, err
	}
	w.Requested, w.ReadyAt = r.Amount, r.ReadyAt
	h, err := o.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return w, err
	}
	w.Now = h.Time
	return w, nil
}

// StartWithdrawal asks the contract to pay amount gwei out after its delay
// (step one) and waits for the receipt.
func (o *Operator) StartWithdrawal(ctx context.Context, amount uint64) (*types.Receipt, error) {
	return o.transact(ctx, o.abi.PackStartWithdrawal(amount))
}

// CompleteWithdrawal pays the requested amount to `to` (step two) and
// waits for the receipt.
func (o *Operator) CompleteWithdrawal(ctx context.Context, to common.Address) (*types.Receipt, error) {
	return o.transact(ctx, o.abi.PackCompleteWithdrawal(to))
}

func (o *Operator) call(ctx context.Context, data []byte) ([]byte, error) {
	return o.chain.CallContract(ctx, ethereum.CallMsg{From: o.addr, To: &o.contract, Data: data}, nil)
}

// ReceiptWait bounds how long transact waits for a receipt.
const ReceiptWait = 5 * time.Minute

// transact sends one call from the operator (gas estimated; a revert comes
// back as the contract's named error) and waits until it is mined.
func (o *Operator) transact(ctx context.Context, data []byte) (*types.Receipt, error) {
	if o.key == nil {
		return nil, errors.New("operator: no key")
	}
	msg := ethereum.CallMsg{From: o.addr, To: &o.contract, Data: data}
	gas, err := o.chain.EstimateGas(ctx, msg)
	if err != nil {
		return nil, contracts.DecodeError(err)
	}
	head, err := o.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	tip, feeCap, err := o.fees(ctx, head)
	if err != nil {
		return nil, err
	}
	nonce, err := o.chain.PendingNonceAt(ctx, o.addr)
	if err != nil {
		return nil, err
	}
	tx, err := types.SignNewTx(o.key, o.signer, &types.DynamicFeeTx{ChainID: o.chainID, Nonce: nonce,
		GasTipCap: tip, GasFeeCap: feeCap, Gas: gas + gas/4, To: &o.contract, Data: data})
	if err != nil {
		return nil, err
	}
	if err := o.chain.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("send: %w", err)
	}
	wctx, cancel := context.WithTimeout(ctx, ReceiptWait)
	defer cancel()
	for {
		rc, err := o.chain.TransactionReceipt(wctx, tx.Hash())
		if err == nil && rc != nil {
			if rc.Status != types.ReceiptStatusSuccessful {
				return rc, fmt.Errorf("transaction %s reverted", tx.Hash())
			}
			return rc, nil
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
		select {
		case <-wctx.Done():
			return nil, fmt.Errorf("transaction %s not mined: %w", tx.Hash(), wctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// fees picks the priority fee and fee cap for a new transaction: the
// node's suggested tip (at least minTipWei) and twice the base fee on top,
// bounded by the fee cap ceiling.
func (o *Operator) fees(ctx context.Context, head *types.Header) (tip, feeCap *big.Int, err error) {
	tip, err = o.chain.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("tip: %w", err)
	}
	if tip.Cmp(big.NewInt(minTipWei)) < 0 {
		tip = big.NewInt(minTipWei)
	}
	base := new(big.Int)
	if head.BaseFee != nil {
		base.Set(head.BaseFee)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	limit := new(big.Int).SetUint64(o.maxFeeCap)
	if feeCap.Cmp(limit) > 0 {
		feeCap = limit
	}
	if tip.Cmp(feeCap) > 0 {
		tip = new(big.Int).Set(feeCap)
	}
	return tip, feeCap, nil
}
