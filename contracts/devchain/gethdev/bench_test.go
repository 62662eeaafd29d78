package gethdev_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/bmail-network/bmail/contracts/devchain/gethdev"
	"github.com/bmail-network/bmail/contracts/devchain/internal/evmcheck"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
)

// BenchmarkGethDev measures the pinned geth --dev: "start" is geth init plus
// start until JSON-RPC answers, then Close (SIGINT and wait); "send" is a
// transfer from eth_sendRawTransaction until its receipt is readable
// (polled every 2 ms).
func BenchmarkGethDev(b *testing.B) {
	ctx := context.Background()
	geth, err := gethdev.Build(ctx)
	if err != nil {
		b.Skipf("geth cannot be built: %v", err)
	}
	b.Run("start", func(b *testing.B) {
		for b.Loop() {
			n, err := gethdev.Start(ctx, gethdev.Config{Geth: geth})
			if err != nil {
				b.Fatal(err)
			}
			if err := n.Close(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("send", func(b *testing.B) {
		n := gethdev.Test(b, gethdev.Config{Geth: geth})
		client, err := ethclient.Dial(n.RPCURL())
		if err != nil {
			b.Fatal(err)
		}
		defer client.Close()
		s := evmcheck.Sender{Client: client, Key: n.DevKey(), ChainID: n.ChainID()}
		to := common.Address{0xb0, 0xb}
		for b.Loop() {
			if _, err := s.Send(ctx, &to, big.NewInt(1), evmcheck.TransferGas, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}
