package devchain

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// transferGas is the gas of a plain value transfer to an account without
// code.
const transferGas = params.TxGas

// Fund sends amount wei from the dev key to to and returns the receipt once
// the transfer is mined. Fund calls are serialised among themselves; to is
// expected to be an account without code (the gas limit is a plain
// transfer's).
func (c *Chain) Fund(ctx context.Context, to common.Address, amount *big.Int) (*types.Receipt, error) {
	if c.isClosed() {
		return nil, ErrClosed
	}
	if amount == nil || amount.Sign() <= 0 {
		return nil, fmt.Errorf("%w: fund amount must be positive", ErrInvalidConfig)
	}
	c.fundMu.Lock()
	defer c.fundMu.Unlock()

	from := c.DevAddress()
	nonce, err := c.client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("devchain: fund: nonce: %w", err)
	}
	head, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("devchain: fund: head: %w", err)
	}
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(c.devKey, types.LatestSignerForChainID(c.chainID), &types.DynamicFeeTx{
		ChainID:   c.chainID,
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: feeCap,
		Gas:       transferGas,
		To:        &to,
		Value:     amount,
	})
	if err != nil {
		return nil, fmt.Errorf("devchain: fund: sign: %w", err)
	}
	receipt, err := c.client.SendTransactionSync(ctx, tx, nil)
	if err != nil {
		return nil, fmt.Errorf("devchain: fund %s: %w", to, err)
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return receipt, fmt.Errorf("devchain: fund %s: transaction %s failed", to, tx.Hash())
	}
	// The transaction pool moves to the new head asynchronously and, until
	// it has, checks new transactions against the old state: `to` could not
	// spend the funds yet ("insufficient funds"). It has moved once it has
	// dropped the mined transfer.
	for c.eth.TxPool().Has(tx.Hash()) {
		select {
		case <-ctx.Done():
			return receipt, fmt.Errorf("devchain: fund %s: waiting for the pool: %w", to, ctx.Err())
		case <-time.After(time.Millisecond):
		}
	}
	return receipt, nil
}
