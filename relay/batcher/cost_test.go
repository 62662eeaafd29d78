package batcher

import (
	"math/big"
	"testing"
)

// An L1 relay can switch the L1 data fee off; a zero fee per byte alone
// still means the default.
func TestCostModelNoL1Fee(t *testing.T) {
	gas := big.NewInt(1_000_000_000) // 1 gwei
	def := CostModel{}
	def.fill()
	l1 := CostModel{NoL1Fee: true, L1FeePerByteWei: 123}
	l1.fill()
	if def.L1FeePerByteWei != DefaultL1FeePerByteWei || def.L1FeeGwei(1000) == 0 {
		t.Fatalf("default model: %d wei a byte, %d gwei for 1000 bytes", def.L1FeePerByteWei, def.L1FeeGwei(1000))
	}
	if l1.L1FeePerByteWei != 0 || l1.L1FeeGwei(1000) != 0 {
		t.Fatalf("no_l1_fee: %d wei a byte, %d gwei for 1000 bytes", l1.L1FeePerByteWei, l1.L1FeeGwei(1000))
	}
	// The order cost is then the execution gas alone, with the margin.
	want := l1.OrderGas * (10_000 + l1.MarginBps) / 10_000 // at 1 gwei
	if got := l1.OrderCostGwei(gas); got != want {
		t.Fatalf("order cost without L1 fee: %d gwei, want %d", got, want)
	}
	if def.OrderCostGwei(gas) <= l1.OrderCostGwei(gas) {
		t.Fatal("the default model does not charge the L1 data fee")
	}
}
