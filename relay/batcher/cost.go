package batcher

import (
	"math/big"

	"github.com/bmail-network/bmail/contracts"
	"github.com/ethereum/go-ethereum/params"
)

// CostModel is what one more order in a batch costs the relay on an L2:
// the execution gas it adds at the gas price, plus the L1 data fee for its
// calldata. The intake refuses orders whose relay fee does not cover it.
type CostModel struct {
	// OrderGas is the execution gas one more order adds to a batch. The
	// default covers what this package's own path measures (README
	// "Relay"): about 15,000 per order from ten senders to pairs that
	// already exist, 20,100 from distinct senders, with the access list
	// (BenchmarkBatchGas; 85–180 more without it), and 21,100 when most
	// pairs are new (TestThousandOrdersFromFiftySenders). The batcher sends
	// an access list only when it lowers the batch's cost in this model
	// (listPays), so the model without one stays an upper bound.
	OrderGas uint64 `json:"order_gas"`
	// OrderBytes is the calldata one more order adds (contracts.OrderBytes,
	// plus contracts.RecipientBytes when the batch does not name its
	// recipient yet; the default assumes it does not). An access list adds
	// 33 bytes a slot, sent only when the gas it saves is worth more.
	OrderBytes uint64 `json:"order_bytes"`
	// GasPriceWei prices the execution gas; 0 takes the chain's base fee
	// plus the priority fee the batcher pays.
	GasPriceWei uint64 `json:"gas_price_wei"`
	// L1FeePerByteWei is the L1 data fee per calldata byte an OP-stack or
	// Arbitrum chain adds (on an L1, set NoL1Fee). The default, 0.04 gwei a byte, is
	// Base's fee with its scalars at an L1 base fee of 1 gwei and cheap
	// blobs, without compression (an over-estimate: orders are ~2/3
	// random bytes).
	L1FeePerByteWei uint64 `json:"l1_fee_per_byte_wei"`
	// NoL1Fee says the chain adds no L1 data fee (an L1 itself):
	// L1FeePerByteWei is then 0 whatever it says (0 there means the
	// default).
	NoL1Fee bool `json:"no_l1_fee"`
	// MarginBps is added on top of the cost (basis points): the fee must
	// cover cost × (1 + margin).
	MarginBps uint64 `json:"margin_bps"`
}

// Cost model defaults.
const (
	DefaultOrderGas        = 25_000
	DefaultL1FeePerByteWei = 40_000_000 // 0.04 gwei
	DefaultMarginBps       = 2_000      // +20%
)

func (m *CostModel) fill() {
	if m.OrderGas == 0 {
		m.OrderGas = DefaultOrderGas
	}
	if m.OrderBytes == 0 {
		m.OrderBytes = contracts.OrderBytes + contracts.RecipientBytes
	}
	switch {
	case m.NoL1Fee:
		m.L1FeePerByteWei = 0
	case m.L1FeePerByteWei == 0:
		m.L1FeePerByteWei = DefaultL1FeePerByteWei
	}
	if m.MarginBps == 0 {
		m.MarginBps = DefaultMarginBps
	}
}

// OrderCostGwei is the marginal cost of one order at gasPriceWei (used when
// GasPriceWei is 0), with the margin, rounded up to whole gwei.
func (m CostModel) OrderCostGwei(gasPriceWei *big.Int) uint64 {
	wei := new(big.Int).Mul(m.gasPrice(gasPriceWei), new(big.Int).SetUint64(m.OrderGas))
	wei.Add(wei, new(big.Int).Mul(new(big.Int).SetUint64(m.L1FeePerByteWei), new(big.Int).SetUint64(m.OrderBytes)))
	wei.Mul(wei, new(big.Int).SetUint64(10_000+m.MarginBps))
	return ceilDiv(wei, big.NewInt(10_000*params.GWei))
}

// gasPrice is GasPriceWei, or market when that is 0.
func (m CostModel) gasPrice(market *big.Int) *big.Int {
	price := new(big.Int).SetUint64(m.GasPriceWei)
	if m.GasPriceWei == 0 && market != nil {
		price.Set(market)
	}
	return price
}

// listPays reports whether an access list that saves gasSaved gas and adds
// listBytes to the transaction lowers what the batch costs: the gas saved at
// the gas price (market when GasPriceWei is 0) against the L1 data fee of
// the list's bytes.
func (m CostModel) listPays(gasSaved uint64, listBytes int, market *big.Int) bool {
	saved := new(big.Int).Mul(m.gasPrice(market), new(big.Int).SetUint64(gasSaved))
	fee := new(big.Int).Mul(new(big.Int).SetUint64(m.L1FeePerByteWei), big.NewInt(int64(listBytes)))
	return saved.Cmp(fee) > 0
}

// L1FeeGwei estimates the L1 data fee of a transaction's bytes (calldata
// and access list), rounded up.
func (m CostModel) L1FeeGwei(bytes int) uint64 {
	wei := new(big.Int).Mul(new(big.Int).SetUint64(m.L1FeePerByteWei), big.NewInt(int64(bytes)))
	return ceilDiv(wei, big.NewInt(params.GWei))
}

// ceilDiv is ⌈a/b⌉ saturated to uint64.
func ceilDiv(a, b *big.Int) uint64 {
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	if !q.IsUint64() {
		return ^uint64(0)
	}
	return q.Uint64()
}
