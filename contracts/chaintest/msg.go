package chaintest

import (
	"math/big"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

func callMsg(from, to common.Address, data []byte, value *big.Int) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Data: data, Value: value}
}
