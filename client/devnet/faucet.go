package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// ErrNoDevKey: the directory holds no persisted devnet.
var ErrNoDevKey = errors.New("devnet: no dev key here (is this a persisted devnet's directory?)")

// loadDevKey reads dir's dev key, creating it when create is set.
func loadDevKey(dir string, create bool) (*ecdsa.PrivateKey, error) {
	path := filepath.Join(dir, DevKeyFile)
	key, err := crypto.LoadECDSA(path)
	if err == nil {
		return key, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("devnet: dev key: %w", err)
	}
	if !create {
		return nil, fmt.Errorf("%w: %s", ErrNoDevKey, dir)
	}
	if key, err = crypto.GenerateKey(); err != nil {
		return nil, err
	}
	if err := crypto.SaveECDSA(path, key); err != nil {
		return nil, fmt.Errorf("devnet: save dev key: %w", err)
	}
	return key, nil
}

// Faucet sends wei to `to` from the dev key of the persisted devnet in dir,
// running in another process and serving JSON-RPC at rpcURL, and waits
// until the transfer is mined.
func Faucet(ctx context.Context, dir, rpcURL string, to common.Address, wei *big.Int) (*types.Receipt, error) {
	key, err := loadDevKey(dir, false)
	if err != nil {
		return nil, err
	}
	ec, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		return nil, fmt.Errorf("devnet: dial %s: %w", rpcURL, err)
	}
	defer ec.Close()
	id, err := ec.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("devnet: is the devnet running? %w", err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := ec.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, err
	}
	head, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{ChainID: id, Nonce: nonce,
		GasTipCap: tip, GasFeeCap: feeCap, Gas: params.TxGas, To: &to, Value: wei})
	if err != nil {
		return nil, err
	}
	if err := ec.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("devnet: faucet: %w", err)
	}
	for {
		if rc, err := ec.TransactionReceipt(ctx, tx.Hash()); err == nil && rc != nil {
			return rc, waitPoolCaughtUp(ctx, ec, from, tx.Hash())
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// waitPoolCaughtUp waits until the node's transaction pool has dropped the
// mined transaction hash from `from`. go-ethereum's pool moves to a new
// head asynchronously; until it has, it checks new transactions against
// the state before the block, so an account funded in that block could
// not spend yet ("insufficient funds").
func waitPoolCaughtUp(ctx context.Context, ec *ethclient.Client, from common.Address, hash common.Hash) error {
	tx, _, err := ec.TransactionByHash(ctx, hash)
	if err != nil {
		return err
	}
	nonce := strconv.FormatUint(tx.Nonce(), 10)
	for {
		var content map[string]map[string]json.RawMessage // "pending"/"queued" → nonce → transaction
		if err := ec.Client().CallContext(ctx, &content, "txpool_contentFrom", from); err != nil {
			return fmt.Errorf("devnet: txpool: %w", err)
		}
		if _, ok := content["pending"][nonce]; !ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
}
