package batcher_test

import (
	"testing"

	"github.com/bmail-network/bmail/pricing"
	"github.com/bmail-network/bmail/relay/batcher"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// BenchmarkBatchGas measures gas per message through the batcher's own
// path — intake over a real relay connection, the simulation, the recorded
// and broadcast transaction — in gasreport's two scenarios, 100 orders to
// pairs that have corresponded both ways: from 10 senders (10 each; the
// README's batch_per_message) and from 100 distinct senders. gas/msg is the
// whole transaction (intrinsic gas, calldata and access list included) over
// its orders, calldata-bytes/msg its calldata, list-keys the storage keys
// of its access list; wall time is not the point:
//
//	go test ./relay/batcher -run '^$' -bench BatchGas -benchtime 3x
//
// gas/msg averages the b.N rounds, and later rounds cost more as the
// senders' history grows (ten_senders: the fourth round on, about 210 a
// message above the first), so compare figures at the same -benchtime.
// The operator has settled before (its contract balance is not zero, as
// gasreport's relay's is not), so no batch pays the one-time first credit.
// The cost model sees an L1 data fee of next to nothing (an L1, or blobs at
// their floor), so the batcher sends the access list where it saves gas;
// the _l2_fee cases keep the default 0.04 gwei a byte against the tests'
// 0.01 gwei gas, where the list's 33 bytes a slot cost more than its 100
// gas and the batcher sends none.
func BenchmarkBatchGas(b *testing.B) {
	b.Run("ten_senders", func(b *testing.B) { benchBatchGas(b, 10, 10, func(s, k int) int { return k }, 1) })
	b.Run("distinct_senders", func(b *testing.B) { benchBatchGas(b, 100, 1, func(s, k int) int { return s }, 1) })
	b.Run("ten_senders_l2_fee", func(b *testing.B) { benchBatchGas(b, 10, 10, func(s, k int) int { return k }, 0) })
	b.Run("distinct_senders_l2_fee", func(b *testing.B) { benchBatchGas(b, 100, 1, func(s, k int) int { return s }, 0) })
}

// benchBatchGas settles b.N batches of senders × perSender orders; sender s's
// k-th order goes to recipient to(s, k), and every such pair corresponds
// both ways before the timer starts. l1FeePerByte is the cost model's L1
// data fee (0: the default).
func benchBatchGas(b *testing.B, senders, perSender int, to func(s, k int) int, l1FeePerByte uint64) {
	recipients := 0
	for s := 0; s < senders; s++ {
		for k := 0; k < perSender; k++ {
			recipients = max(recipients, to(s, k)+1)
		}
	}
	n := senders * perSender
	w := newWorld(b, senders, recipients, func(c *batcher.Config) {
		c.BatchSize = n
		c.Cost.L1FeePerByteWei = l1FeePerByte
		c.SenderRate = 1e6 // -benchtime beyond 3x sends faster than a sender's default rate
	})
	w.deposit(operator, 1)
	for s := 0; s < senders; s++ {
		w.deposit(w.sender(s), 1_000_000_000)
	}
	for r := 0; r < recipients; r++ {
		w.deposit(w.recipient(r), 1_000_000_000)
	}
	send := func(from, to int) {
		w.tx(from, w.c.ABI.PackSend(pricing.PersonalID, w.addr(to), w.secret(), 4096, 1<<40, common.Address{}, 0), nil)
	}
	for s := 0; s < senders; s++ {
		for k := 0; k < perSender; k++ {
			send(w.sender(s), w.recipient(to(s, k)))
			send(w.recipient(to(s, k)), w.sender(s))
		}
	}
	var gas, calldata, orders, keys uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for s := 0; s < senders; s++ {
			for k := 0; k < perSender; k++ {
				w.mustAccept(w.order(w.sender(s), w.recipient(to(s, k)), true, nil))
			}
		}
		rcs := w.settleAll() // every batch so far; this round's is the last
		rc := rcs[len(rcs)-1]
		if len(rcs) != i+1 || w.delivered(rc) != n {
			b.Fatalf("%d transactions, the last delivering %d", len(rcs), w.delivered(rc))
		}
		gas += rc.GasUsed
		orders += uint64(n)
		tx := w.mined(rc)
		calldata += uint64(len(tx.Data()))
		keys += uint64(tx.AccessList().StorageKeys())
	}
	b.ReportMetric(float64(gas)/float64(orders), "gas/msg")
	b.ReportMetric(float64(calldata)/float64(orders), "calldata-bytes/msg")
	b.ReportMetric(float64(keys)/float64(b.N), "list-keys")
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
