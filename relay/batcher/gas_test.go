package batcher_test

import (
	"testing"

	"github.com/bmail-network/bmail/pricing"
	"github.com/bmail-network/bmail/relay/batcher"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// BenchmarkBatchGas measures batch_per_message through the batcher's own
// path — intake over a real relay connection, the simulation, the recorded
// and broadcast transaction — in gasreport's scenario: 100 orders from 10
// senders (10 each) to pairs that have corresponded both ways. gas/msg is
// the whole transaction (intrinsic gas and calldata included) over its
// orders, and calldata-bytes/msg its calldata; wall time is not the point:
//
//	go test ./relay/batcher -run '^$' -bench BatchGas -benchtime 3x
func BenchmarkBatchGas(b *testing.B) {
	const senders, recipients = 10, 10
	w := newWorld(b, senders, recipients, func(c *batcher.Config) { c.BatchSize = 100 })
	for s := 0; s < senders; s++ {
		w.deposit(w.sender(s), 1_000_000_000)
	}
	for r := 0; r < recipients; r++ {
		w.deposit(w.recipient(r), 1_000_000_000)
	}
	// Every pair corresponds both ways first.
	for s := 0; s < senders; s++ {
		for r := 0; r < recipients; r++ {
			w.tx(w.sender(s), w.c.ABI.PackSend(pricing.PersonalID, w.addr(w.recipient(r)), w.secret(), 4096, 1<<40, common.Address{}, 0), nil)
			w.tx(w.recipient(r), w.c.ABI.PackSend(pricing.PersonalID, w.addr(w.sender(s)), w.secret(), 4096, 1<<40, common.Address{}, 0), nil)
		}
	}
	var gas, calldata, orders uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for s := 0; s < senders; s++ {
			for r := 0; r < recipients; r++ {
				w.mustAccept(w.order(w.sender(s), w.recipient(r), true, nil))
			}
		}
		rcs := w.settleAll() // every batch so far; this round's is the last
		rc := rcs[len(rcs)-1]
		if len(rcs) != i+1 || w.delivered(rc) != senders*recipients {
			b.Fatalf("%d transactions, the last delivering %d", len(rcs), w.delivered(rc))
		}
		gas += rc.GasUsed
		orders += senders * recipients
		calldata += uint64(len(w.mined(rc).Data()))
	}
	b.ReportMetric(float64(gas)/float64(orders), "gas/msg")
	b.ReportMetric(float64(calldata)/float64(orders), "calldata-bytes/msg")
}

// mined is the transaction of a receipt.
func (w *world) mined(rc *types.Receipt) *types.Transaction {
	w.t.Helper()
	tx, _, err := w.c.Client.TransactionByHash(w.ctx, rc.TxHash)
	if err != nil {
		w.t.Fatal(err)
	}
	return tx
}
