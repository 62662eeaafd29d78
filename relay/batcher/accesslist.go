package batcher

import (
	"context"
	"math/big"

	"github.com/bmail-network/bmail/contracts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
)

// Access lists (EIP-2930). A listed storage slot costs 1,900 gas up front
// and makes its first access warm (100 instead of the cold 2,100), so a
// slot the batch touches saves 100 and one it does not touch costs 1,900;
// the contract's address entry costs 2,400 and saves nothing (a
// transaction's destination is warm anyway). A list therefore pays only
// from 25 touched slots, and its bytes (33 a slot) ride in the transaction,
// which an L2 charges its L1 data fee for. So the batcher measures every
// batch both ways and sends the list only when the cost model finds it
// cheaper.

// listSlotSaving is the most one listed slot can save (Osaka rules; later
// forks that raise the key's price only make the bound looser, and the
// measurement decides anyway).
const listSlotSaving = params.ColdSloadCostEIP2929 - params.WarmStorageReadCostEIP2929 - params.TxAccessListStorageKeyGas

// accessList decides the batch's access list: contracts.SettleAccessList
// when a simulation with it uses less gas than plainGas (the batch's gas
// without one) and the gas saved is worth more than the L1 data fee of the
// list's bytes. It returns the list (nil for none) and the gas to size the
// transaction by.
func (b *Batcher) accessList(ctx context.Context, head *types.Header, cands []candidate, cd []byte, plainGas uint64) (types.AccessList, uint64, error) {
	signers := make([]common.Address, len(cands))
	for i, c := range cands {
		signers[i] = c.rec.Signer
	}
	list := contracts.SettleAccessList(b.cfg.Contract, b.op, signedOrders(cands), signers)
	size := accessListBytes(list)
	if len(cd)+size > b.cfg.MaxTxBytes {
		return nil, plainGas, nil
	}
	price := b.cfg.Cost.gasPrice(marketPrice(head.BaseFee))
	// The most it could save (every listed slot touched) must pay before
	// it is worth a simulation.
	keys, addrs := uint64(list.StorageKeys()), uint64(len(list))
	if most := keys * listSlotSaving; most <= addrs*params.TxAccessListAddressGas ||
		!b.cfg.Cost.listPays(most-addrs*params.TxAccessListAddressGas, size, price) {
		b.cfg.Logger.Debug("no access list: it cannot pay", "keys", keys, "bytes", size)
		return nil, plainGas, nil
	}
	res, err := b.runSimulation(ctx, cd, list)
	if err != nil {
		return nil, 0, err
	}
	// A list changes gas only; a different outcome means the state moved
	// between the two runs, and the run without the list is the one checked.
	if res.reverted != "" || len(res.skipped) > 0 || res.gas >= plainGas || !b.cfg.Cost.listPays(plainGas-res.gas, size, price) {
		b.cfg.Logger.Debug("no access list: it does not pay", "keys", keys, "bytes", size, "gas", res.gas, "without", plainGas)
		return nil, plainGas, nil
	}
	return list, res.gas, nil
}

// accessListBytes is the size of list in a transaction's encoding.
func accessListBytes(list types.AccessList) int {
	if len(list) == 0 {
		return 0
	}
	enc, err := rlp.EncodeToBytes(list)
	if err != nil { // cannot happen: an access list always encodes
		return 1 << 30
	}
	return len(enc)
}

// l1Bytes is what an L2 charges a settlement transaction's L1 data fee
// for, as the cost model counts it: its calldata and its access list.
func l1Bytes(tx *types.Transaction) int { return len(tx.Data()) + accessListBytes(tx.AccessList()) }

// marketPrice is the gas price the batcher expects to pay over baseFee:
// the base fee plus the least tip.
func marketPrice(baseFee *big.Int) *big.Int {
	price := new(big.Int)
	if baseFee != nil {
		price.Set(baseFee)
	}
	return price.Add(price, big.NewInt(minTipWei))
}
