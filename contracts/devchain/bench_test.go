package devchain

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
)

// BenchmarkStart measures Start to a serving, funded chain plus Close.
func BenchmarkStart(b *testing.B) {
	ctx := context.Background()
	accounts := Config{}
	for range 3 {
		accounts.Accounts = append(accounts.Accounts, newAddress(b))
	}
	b.Run("ephemeral", func(b *testing.B) {
		for b.Loop() {
			c, err := Start(ctx, accounts)
			if err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			c.Close()
			b.StartTimer()
		}
	})
	b.Run("persisted-restart", func(b *testing.B) {
		cfg := accounts
		cfg.DataDir = b.TempDir()
		c, err := Start(ctx, cfg)
		if err != nil {
			b.Fatal(err)
		}
		c.Close()
		for b.Loop() {
			c, err := Start(ctx, cfg)
			if err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			c.Close()
			b.StartTimer()
		}
	})
}

// BenchmarkSendToReceipt measures a transfer from eth_sendRawTransaction
// over HTTP until its receipt is readable: polling eth_getTransactionReceipt
// every 200 µs ("poll"), and in one eth_sendRawTransactionSync call
// ("sync"), on an in-memory chain and on a persisted one.
func BenchmarkSendToReceipt(b *testing.B) {
	for _, chain := range []struct {
		name      string
		persisted bool
	}{{"ephemeral", false}, {"persisted", true}} {
		b.Run(chain.name, func(b *testing.B) {
			cfg := Config{}
			if chain.persisted {
				cfg.DataDir = b.TempDir()
			}
			benchmarkSendToReceipt(b, cfg)
		})
	}
}

func benchmarkSendToReceipt(b *testing.B, cfg Config) {
	ctx := context.Background()
	c, err := Start(ctx, cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	client, err := ethclient.Dial(c.RPCURL())
	if err != nil {
		b.Fatal(err)
	}
	defer client.Close()
	to := newAddress(b)
	nonce := uint64(0)
	b.Run("poll", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			tx := signTransfer(b, c, nonce, to)
			nonce++
			b.StartTimer()
			if err := client.SendTransaction(ctx, tx); err != nil {
				b.Fatal(err)
			}
			for {
				if _, err := client.TransactionReceipt(ctx, tx.Hash()); err == nil {
					break
				}
				time.Sleep(200 * time.Microsecond)
			}
		}
	})
	b.Run("sync", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			tx := signTransfer(b, c, nonce, to)
			nonce++
			b.StartTimer()
			if _, err := client.SendTransactionSync(ctx, tx, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}
