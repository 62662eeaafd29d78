// Package evmcheck proves, over JSON-RPC, which EVM rules a chain runs: it
// deploys three tiny contracts and checks the gas and the outcome of calling
// them against mainnet's Osaka rules. The devchain and gethdev tests share
// it, so that the in-process chain and a real geth --dev are held to the
// same numbers.
package evmcheck

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// Gas under mainnet's Osaka rules.
const (
	// TransferGas is a plain value transfer.
	TransferGas = params.TxGas // 21,000
	// StoreGas is a call, without calldata, to StoreRuntime: 21,000 + two
	// PUSH1 (3 each) + SSTORE of a cold zero slot to non-zero (20,000 +
	// 2,100 cold access, EIP-2929).
	StoreGas = 21_000 + 3 + 3 + 20_000 + 2_100 // 43,106
)

// Runtime code of the probe contracts.
var (
	// StoreRuntime stores 1 in slot 0: PUSH1 1 PUSH1 0 SSTORE STOP.
	StoreRuntime = []byte{0x60, 0x01, 0x60, 0x00, 0x55, 0x00}
	// CLZRuntime stores CLZ(1) = 255 in slot 0; CLZ (0x1e) exists from
	// Osaka on (EIP-7939): PUSH1 1 CLZ PUSH1 0 SSTORE STOP.
	CLZRuntime = []byte{0x60, 0x01, 0x1e, 0x60, 0x00, 0x55, 0x00}
	// SlotNumRuntime executes SLOTNUM (0x4b), an Amsterdam opcode
	// (EIP-7843); under Osaka it is invalid and the call fails:
	// SLOTNUM PUSH1 0 SSTORE STOP.
	SlotNumRuntime = []byte{0x4b, 0x60, 0x00, 0x55, 0x00}
)

// CLZOfOne is what CLZRuntime stores.
const CLZOfOne = 255

// probeCallGas is the gas limit of calls to the probe contracts.
const probeCallGas = 100_000

// InitCode returns creation code that deploys runtime unchanged:
// PUSH1 n PUSH1 12 PUSH1 0 CODECOPY PUSH1 n PUSH1 0 RETURN, then runtime.
func InitCode(runtime []byte) []byte {
	if len(runtime) > 0xff {
		panic("evmcheck: runtime longer than 255 bytes")
	}
	n := byte(len(runtime))
	prefix := []byte{0x60, n, 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, n, 0x60, 0x00, 0xf3}
	return append(prefix, runtime...)
}

// Client is the part of ethclient.Client (or of ethclient/simulated's
// client) that the probes use.
type Client interface {
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	StorageAt(ctx context.Context, account common.Address, key common.Hash, blockNumber *big.Int) ([]byte, error)
}

// receiptPoll is how often Send asks for a receipt.
const receiptPoll = 2 * time.Millisecond

// Sender signs and sends transactions from one key and waits for each
// receipt.
type Sender struct {
	Client  Client
	Key     *ecdsa.PrivateKey
	ChainID *big.Int
	// Commit, if set, is called after each send: a chain that does not
	// mine by itself (ethclient/simulated) seals the block here.
	Commit func()
}

// Send signs a dynamic-fee transaction to to (nil creates a contract) and
// returns its receipt.
func (s Sender) Send(ctx context.Context, to *common.Address, value *big.Int, gas uint64, data []byte) (*types.Receipt, error) {
	from := crypto.PubkeyToAddress(s.Key.PublicKey)
	nonce, err := s.Client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, err
	}
	head, err := s.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	tip := big.NewInt(params.GWei)
	tx, err := types.SignNewTx(s.Key, types.LatestSignerForChainID(s.ChainID), &types.DynamicFeeTx{
		ChainID:   s.ChainID,
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
		Gas:       gas,
		To:        to,
		Value:     value,
		Data:      data,
	})
	if err != nil {
		return nil, err
	}
	if err := s.Client.SendTransaction(ctx, tx); err != nil {
		return nil, err
	}
	if s.Commit != nil {
		s.Commit()
	}
	for {
		r, err := s.Client.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) && !IsTxIndexing(err) {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(receiptPoll):
		}
	}
}

// IsTxIndexing reports the error go-ethereum returns for a receipt or
// transaction it cannot find while its transaction indexer is behind the
// head: on a fresh chain until the first block is indexed, and for a moment
// after each new block. It means "not found yet", like ethereum.NotFound.
func IsTxIndexing(err error) bool {
	return err != nil && strings.Contains(err.Error(), "transaction indexing is in progress")
}

// Deploy deploys runtime and returns the contract's address.
func (s Sender) Deploy(ctx context.Context, runtime []byte) (common.Address, error) {
	r, err := s.Send(ctx, nil, nil, 200_000, InitCode(runtime))
	if err != nil {
		return common.Address{}, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return common.Address{}, fmt.Errorf("deploy %x: transaction failed", runtime)
	}
	return r.ContractAddress, nil
}

// CheckOsaka runs the probes and returns every way the chain's rules
// differ from mainnet's Osaka rules, or nil.
func CheckOsaka(ctx context.Context, s Sender) error {
	var problems []error
	to := common.Address{0xb, 0xa1, 0x1}
	r, err := s.Send(ctx, &to, big.NewInt(1), TransferGas, nil)
	switch {
	case err != nil:
		return fmt.Errorf("transfer: %w", err)
	case r.Status != types.ReceiptStatusSuccessful || r.GasUsed != TransferGas:
		problems = append(problems, fmt.Errorf("transfer: status %d, gas %d, want 1 and %d", r.Status, r.GasUsed, TransferGas))
	}

	store, err := s.Deploy(ctx, StoreRuntime)
	if err != nil {
		return err
	}
	r, err = s.Send(ctx, &store, nil, probeCallGas, nil)
	switch {
	case err != nil:
		return fmt.Errorf("store: %w", err)
	case r.Status != types.ReceiptStatusSuccessful || r.GasUsed != StoreGas:
		problems = append(problems, fmt.Errorf("cold SSTORE call: status %d, gas %d, want 1 and %d", r.Status, r.GasUsed, StoreGas))
	}

	clz, err := s.Deploy(ctx, CLZRuntime)
	if err != nil {
		return err
	}
	r, err = s.Send(ctx, &clz, nil, probeCallGas, nil)
	if err != nil {
		return fmt.Errorf("clz: %w", err)
	}
	slot, err := s.Client.StorageAt(ctx, clz, common.Hash{}, nil)
	if err != nil {
		return fmt.Errorf("clz: %w", err)
	}
	if r.Status != types.ReceiptStatusSuccessful || new(big.Int).SetBytes(slot).Int64() != CLZOfOne {
		problems = append(problems, fmt.Errorf("CLZ (Osaka): status %d, stored %x, want 1 and %d", r.Status, slot, CLZOfOne))
	}

	slotNum, err := s.Deploy(ctx, SlotNumRuntime)
	if err != nil {
		return err
	}
	r, err = s.Send(ctx, &slotNum, nil, probeCallGas, nil)
	switch {
	case err != nil:
		return fmt.Errorf("slotnum: %w", err)
	case r.Status != types.ReceiptStatusFailed:
		problems = append(problems, errors.New("SLOTNUM (Amsterdam) executed: a fork after Osaka is active"))
	}
	return errors.Join(problems...)
}
