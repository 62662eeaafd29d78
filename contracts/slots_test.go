package contracts_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/contracts"
)

// TestSlotsMatchStorage: the Go slot helpers name the words quoteState
// reads, and a settlement with SettleAccessList delivers the same as one
// without, for less gas once it lists enough slots to repay the list's
// address entry (30 recipients here).
func TestSlotsMatchStorage(t *testing.T) {
	e := newEnv(t, 4)
	e.deposit(1, 100_000_000)
	e.do(1, e.sendData(e.personal, 2, secret(1), 4096, lots, common.Address{}, 0))
	out, err := e.Call(e.ABI.PackQuoteState(e.addr(1), e.addr(2)))
	if err != nil {
		t.Fatal(err)
	}
	qs, err := e.ABI.UnpackQuoteState(out)
	if err != nil {
		t.Fatal(err)
	}
	at := func(h common.Hash) *big.Int {
		v, err := e.Client.StorageAt(context.Background(), e.Contract, h, nil)
		if err != nil {
			t.Fatal(err)
		}
		return new(big.Int).SetBytes(v)
	}
	if at(contracts.AccountSlot(e.addr(1))).Cmp(qs.Account) != 0 || qs.Account.Sign() == 0 {
		t.Fatal("account slot")
	}
	if at(contracts.PairSlot(e.addr(2), e.addr(1))).Cmp(qs.Pair) != 0 || qs.Pair.Sign() == 0 {
		t.Fatal("pair slot")
	}
	relay := 3
	now := e.Now()
	batch := func(nonce uint32) ([][32]byte, []byte, []contracts.SignedOrder) {
		var orders []contracts.SignedOrder
		for k := uint32(0); k < 30; k++ {
			orders = append(orders, e.signed(1, contracts.Order{Network: e.personal, To: common.Address{0xbb, byte(k)}, Secret: secret(int(nonce + k)),
				Size: 4096, MaxFee: lots, RelayFee: 100, Nonce: nonce + k, Deadline: now + 1800, Relay: e.addr(relay)}))
		}
		nets, data, err := contracts.PackOrders(orders)
		if err != nil {
			t.Fatal(err)
		}
		return nets, data, orders
	}
	nets, data, _ := batch(1) // creates the 30 pairs
	if _, err := e.TransactGas(e.key(relay), e.ABI.PackSettle(nets, data), nil, 5_000_000); err != nil {
		t.Fatal(err)
	}
	nets, data, _ = batch(31)
	plain, err := e.TransactGas(e.key(relay), e.ABI.PackSettle(nets, data), nil, 5_000_000)
	if err != nil {
		t.Fatal(err)
	}
	nets, data, orders := batch(61)
	signers := make([]common.Address, len(orders))
	for i := range signers {
		signers[i] = e.addr(1)
	}
	list := contracts.SettleAccessList(e.Contract, e.addr(relay), orders, signers)
	if len(list) != 1 || len(list[0].StorageKeys) != 32 {
		t.Fatalf("access list %v", list)
	}
	listed, err := e.TransactAccess(e.key(relay), e.ABI.PackSettle(nets, data), nil, 5_000_000, list)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.delivered(plain)) != 30 || len(e.delivered(listed)) != 30 || listed.GasUsed >= plain.GasUsed {
		t.Fatalf("delivered %d and %d, gas %d with the list, %d without", len(e.delivered(plain)),
			len(e.delivered(listed)), listed.GasUsed, plain.GasUsed)
	}
}
