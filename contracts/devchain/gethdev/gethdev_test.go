package gethdev_test

import (
	"context"
	"errors"
	"math/big"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/bmail-network/bmail/contracts/devchain"
	"github.com/bmail-network/bmail/contracts/devchain/gethdev"
	"github.com/bmail-network/bmail/contracts/devchain/internal/evmcheck"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// TestGethDev runs the pinned geth --dev: a transfer sent with
// eth_sendRawTransaction is mined on its own and its receipt read back, the
// rules are mainnet's Osaka like the embedded chain's, subscriptions work
// over WebSocket, and Close leaves no process and no data directory.
func TestGethDev(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	alice := crypto.PubkeyToAddress(key.PublicKey)
	n := gethdev.Test(t, gethdev.Config{Accounts: []common.Address{alice}})

	client, err := ethclient.Dial(n.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	if id, err := client.ChainID(ctx); err != nil || id.Uint64() != devchain.DefaultChainID {
		t.Fatalf("chain id %v (%v)", id, err)
	}
	if b, err := client.BalanceAt(ctx, alice, nil); err != nil || b.Cmp(devchain.DefaultAccountBalance) != 0 {
		t.Errorf("alice's genesis balance %v (%v)", b, err)
	}

	ws, err := ethclient.Dial(n.WSURL())
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	heads := make(chan *types.Header, 16)
	sub, err := ws.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()

	// Alice sends 1 wei with plain eth_sendRawTransaction; geth mines it
	// without being asked.
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	bob := common.Address{0xb0, 0xb}
	tip := big.NewInt(1)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(n.ChainID()), &types.DynamicFeeTx{
		ChainID: n.ChainID(), Nonce: 0, GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
		Gas:       evmcheck.TransferGas, To: &bob, Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	sent := time.Now()
	if err := client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	receipt := waitReceipt(ctx, t, client, tx.Hash())
	t.Logf("eth_sendRawTransaction to receipt on geth --dev: %v", time.Since(sent))
	if receipt.Status != types.ReceiptStatusSuccessful || receipt.GasUsed != evmcheck.TransferGas || receipt.BlockNumber.Uint64() != 1 {
		t.Errorf("receipt: status %d, gas %d, block %v", receipt.Status, receipt.GasUsed, receipt.BlockNumber)
	}
	if b, err := client.BalanceAt(ctx, bob, nil); err != nil || b.Int64() != 1 {
		t.Errorf("bob's balance %v (%v)", b, err)
	}
	select {
	case h := <-heads:
		if h.Hash() != receipt.BlockHash {
			t.Errorf("first new head %s, receipt's block %s", h.Hash(), receipt.BlockHash)
		}
	case <-ctx.Done():
		t.Fatal("no new head over WebSocket")
	}
	safe, err := client.HeaderByNumber(ctx, big.NewInt(rpc.SafeBlockNumber.Int64()))
	if err != nil || safe.Hash() != receipt.BlockHash {
		t.Errorf("safe head %v (%v), want the head", safe, err)
	}

	if err := evmcheck.CheckOsaka(ctx, evmcheck.Sender{Client: client, Key: n.DevKey(), ChainID: n.ChainID()}); err != nil {
		t.Errorf("geth --dev rules: %v", err)
	}

	pid, dir := n.PID(), n.DataDir()
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Kill(pid, 0); !errors.Is(err, syscall.ESRCH) {
		t.Errorf("geth %d still there after Close: %v", pid, err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("data directory %s still there after Close: %v", dir, err)
	}
	if err := n.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestStartFailsCleanly(t *testing.T) {
	ctx := context.Background()
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp) // where Start makes its data directory
	if _, err := gethdev.Start(ctx, gethdev.Config{Geth: "/bin/false"}); err == nil {
		t.Error("started with a geth whose init fails")
	}
	// init "succeeds", then the node exits at once.
	if _, err := gethdev.Start(ctx, gethdev.Config{Geth: "/bin/true"}); !errors.Is(err, gethdev.ErrExited) {
		t.Errorf("geth that exits: %v, want ErrExited", err)
	}
	if _, err := gethdev.Start(ctx, gethdev.Config{Geth: "/bin/true", Period: time.Millisecond}); err == nil {
		t.Error("accepted a fractional period")
	}
	if left, err := os.ReadDir(tmp); err != nil || len(left) != 0 {
		t.Errorf("failed starts left %v behind (%v)", left, err)
	}
}

func waitReceipt(ctx context.Context, t *testing.T, client *ethclient.Client, hash common.Hash) *types.Receipt {
	t.Helper()
	for {
		r, err := client.TransactionReceipt(ctx, hash)
		if err == nil {
			return r
		}
		if !errors.Is(err, ethereum.NotFound) && !evmcheck.IsTxIndexing(err) {
			t.Fatal(err)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt for %s: %v", hash, ctx.Err())
		case <-time.After(time.Millisecond):
		}
	}
}
