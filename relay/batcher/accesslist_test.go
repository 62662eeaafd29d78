package batcher_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/contracts/chaintest"
	"github.com/bmail-network/bmail/relay/batcher"
	"github.com/bmail-network/bmail/relay/store"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/rpc"
)

// noSimulate is a node without eth_simulateV1: the batcher measures with
// eth_estimateGas instead.
type noSimulate struct{ batcher.Chain }

func (noSimulate) SimulateV1(context.Context, ethclient.SimulateOptions, *rpc.BlockNumberOrHash) ([]ethclient.SimulateBlockResult, error) {
	return nil, errors.New("the method eth_simulateV1 does not exist/is not available")
}

// listBatch is one batch settled through the batcher: senders × perSender
// orders, sender s's k-th to recipient k.
type listBatch struct {
	w      *world
	orders []contracts.SignedOrder
	from   []int // sender of each order
	txs    []*types.Transaction
	mined  *types.Transaction
	rc     *types.Receipt
}

// settleListBatch runs a world whose cost model charges l1FeePerByte (0:
// the default) and whose stuck batches are bumped at every step, so the
// batch is signed at least twice before it is mined.
func settleListBatch(t *testing.T, senders, perSender int, l1FeePerByte uint64, wrap func(batcher.Chain) batcher.Chain) *listBatch {
	t.Helper()
	w := newWorld(t, senders, perSender, func(c *batcher.Config) {
		c.BatchSize = senders * perSender
		c.Cost.L1FeePerByteWei = l1FeePerByte
		c.BumpAfter, c.Rebroadcast = time.Millisecond, time.Hour
	})
	if wrap != nil {
		w.chain = wrap(w.chain)
		w.restart()
	}
	lb := &listBatch{w: w}
	for s := 0; s < senders; s++ {
		w.deposit(w.sender(s), 10_000_000)
	}
	for s := 0; s < senders; s++ {
		for k := 0; k < perSender; k++ {
			o := w.order(w.sender(s), w.recipient(k), true, nil)
			w.mustAccept(o)
			lb.orders = append(lb.orders, o)
			lb.from = append(lb.from, w.sender(s))
		}
	}
	w.step() // version 1 in the pool
	time.Sleep(2 * time.Millisecond)
	w.step() // version 2: a fee bump
	rcs := w.settleAll()
	if len(rcs) != 1 || rcs[0].Status != types.ReceiptStatusSuccessful || w.delivered(rcs[0]) != len(lb.orders) {
		t.Fatalf("%d settlement receipts delivering %d of %d", len(rcs), w.delivered(rcs...), len(lb.orders))
	}
	lb.rc = rcs[0]
	for _, o := range lb.orders {
		if w.state(o).State != store.OrderSettled {
			t.Fatal("an order did not settle")
		}
	}
	bs, err := w.store().Batches(w.ctx)
	if err != nil || len(bs) != 1 || bs[0].State != store.BatchFinal || len(bs[0].Txs) < 2 {
		t.Fatalf("batches %+v %v (want one, final, bumped)", bs, err)
	}
	for _, v := range bs[0].Txs {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(v.Raw); err != nil {
			t.Fatal(err)
		}
		lb.txs = append(lb.txs, tx)
		if tx.Hash() == lb.rc.TxHash {
			lb.mined = tx
		}
	}
	if lb.mined == nil {
		t.Fatal("the mined transaction is not recorded")
	}
	return lb
}

// wantList is the access list the batch's slots make: the contract with
// every sender's account, every pair and the operator's account.
func (lb *listBatch) wantList() map[common.Hash]bool {
	keys := map[common.Hash]bool{contracts.AccountSlot(lb.w.addr(operator)): true}
	for i, o := range lb.orders {
		keys[contracts.AccountSlot(lb.w.addr(lb.from[i]))] = true
		keys[contracts.PairSlot(lb.w.addr(lb.from[i]), o.To)] = true
	}
	return keys
}

// hasList reports whether tx carries exactly want (one entry, the contract,
// no key twice).
func (lb *listBatch) hasList(tx *types.Transaction, want map[common.Hash]bool) bool {
	al := tx.AccessList()
	if len(al) != 1 || al[0].Address != lb.w.c.Contract || len(al[0].StorageKeys) != len(want) {
		return false
	}
	seen := map[common.Hash]bool{}
	for _, k := range al[0].StorageKeys {
		if !want[k] || seen[k] {
			return false
		}
		seen[k] = true
	}
	return true
}

// instead mines, in place of the batch's block, the same transaction
// (nonce, gas, calldata) with list instead (nil for none) and higher fees,
// and returns its receipt: the same batch on the same state, the other way.
func (lb *listBatch) instead(t *testing.T, list types.AccessList) *types.Receipt {
	t.Helper()
	w := lb.w
	parent, err := w.c.Client.HeaderByNumber(w.ctx, new(big.Int).Sub(lb.rc.BlockNumber, big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	if err := w.c.Backend.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	two := big.NewInt(2)
	tx, err := types.SignNewTx(w.c.Keys[operator], types.LatestSignerForChainID(chaintest.ChainID), &types.DynamicFeeTx{
		ChainID: chaintest.ChainID, Nonce: lb.mined.Nonce(), Gas: lb.mined.Gas(), To: lb.mined.To(), Data: lb.mined.Data(),
		GasTipCap: new(big.Int).Mul(lb.mined.GasTipCap(), two), GasFeeCap: new(big.Int).Mul(lb.mined.GasFeeCap(), two),
		AccessList: list,
	})
	if err != nil {
		t.Fatal(err)
	}
	// The pool takes the fork in the background: until it has, the nonce
	// looks used.
	for i := 0; ; i++ {
		err := w.c.Client.SendTransaction(w.ctx, tx)
		if err == nil {
			break
		}
		if i == 200 {
			t.Fatal(err)
		}
		time.Sleep(10 * time.Millisecond)
	}
	w.commit(1)
	rc, err := w.c.Client.TransactionReceipt(w.ctx, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if rc.Status != types.ReceiptStatusSuccessful || rc.BlockNumber.Cmp(lb.rc.BlockNumber) != 0 || w.delivered(rc) != len(lb.orders) {
		t.Fatalf("the other way: status %d at block %v delivering %d", rc.Status, rc.BlockNumber, w.delivered(rc))
	}
	return rc
}

// A batch large enough for its access list to pay goes out with it — every
// version, the fee bump too — whether the batcher measures with
// eth_simulateV1 or eth_estimateGas; it settles, and the same transaction
// without the list, mined on the same state, uses more gas.
func TestBatchCarriesAccessList(t *testing.T) {
	for _, tc := range []struct {
		name string
		wrap func(batcher.Chain) batcher.Chain
	}{
		{"eth_simulateV1", nil},
		{"eth_estimateGas", func(c batcher.Chain) batcher.Chain { return noSimulate{c} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// 20 senders, 2 orders each: 20 accounts + 40 pairs + the operator.
			lb := settleListBatch(t, 20, 2, 1, tc.wrap)
			want := lb.wantList()
			if len(want) != 61 {
				t.Fatalf("%d distinct slots", len(want))
			}
			for i, tx := range lb.txs {
				if !lb.hasList(tx, want) {
					t.Fatalf("version %d of %d carries access list %v", i+1, len(lb.txs), tx.AccessList())
				}
			}
			if lb.rc.GasUsed > lb.mined.Gas() {
				t.Fatalf("gas used %d above the limit %d", lb.rc.GasUsed, lb.mined.Gas())
			}
			plain := lb.instead(t, nil)
			if lb.rc.GasUsed >= plain.GasUsed {
				t.Fatalf("with the access list %d gas, without %d", lb.rc.GasUsed, plain.GasUsed)
			}
			t.Logf("%d orders: %d gas with the access list, %d without", len(lb.orders), lb.rc.GasUsed, plain.GasUsed)
		})
	}
}

// The batcher decides per batch: a batch that touches too few slots for
// the list's address entry to pay goes without one, and so does a large
// batch whose list saves gas worth less than the L1 data fee of its bytes
// (the default 0.04 gwei a byte against the tests' 0.01 gwei gas). The
// same transactions with the list, mined on the same state, show both.
func TestAccessListOnlyWhenItPays(t *testing.T) {
	t.Run("few slots", func(t *testing.T) {
		lb := settleListBatch(t, 1, 3, 1, nil)
		for _, tx := range lb.txs {
			if len(tx.AccessList()) != 0 {
				t.Fatalf("a 3-order batch carries access list %v", tx.AccessList())
			}
		}
		listed := lb.instead(t, lb.list())
		if listed.GasUsed <= lb.rc.GasUsed {
			t.Fatalf("with the access list %d gas, without %d: it would have paid", listed.GasUsed, lb.rc.GasUsed)
		}
	})
	t.Run("L1 data fee", func(t *testing.T) {
		lb := settleListBatch(t, 20, 2, 0, nil)
		for _, tx := range lb.txs {
			if len(tx.AccessList()) != 0 {
				t.Fatalf("the batch carries access list %v", tx.AccessList())
			}
		}
		list := lb.list()
		listed := lb.instead(t, list)
		if listed.GasUsed >= lb.rc.GasUsed {
			t.Fatalf("with the access list %d gas, without %d: the list saves no gas here", listed.GasUsed, lb.rc.GasUsed)
		}
		enc, err := rlp.EncodeToBytes(list)
		if err != nil {
			t.Fatal(err)
		}
		cost := lb.w.cfg.Cost
		saved := (lb.rc.GasUsed - listed.GasUsed) * cost.GasPriceWei
		if l1 := uint64(len(enc)) * batcher.DefaultL1FeePerByteWei; saved >= l1 {
			t.Fatalf("the list saves %d wei of gas against %d wei of L1 data fee: it would have paid", saved, l1)
		}
	})
}

// list is the batch's access list in the order the batcher would send it.
func (lb *listBatch) list() types.AccessList {
	signers := make([]common.Address, len(lb.from))
	for i, s := range lb.from {
		signers[i] = lb.w.addr(s)
	}
	return contracts.SettleAccessList(lb.w.c.Contract, lb.w.addr(operator), lb.orders, signers)
}
