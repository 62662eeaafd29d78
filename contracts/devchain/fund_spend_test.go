package devchain_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/bmail-network/bmail/contracts/devchain"
)

// TestFundThenSpend: an account can spend what Fund gave it as soon as
// Fund returns (the transaction pool has moved to the funding block).
func TestFundThenSpend(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	chain, err := devchain.Start(ctx, devchain.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ec := chain.Client()
	for i := 0; i < 30; i++ {
		key, _ := crypto.GenerateKey()
		from := crypto.PubkeyToAddress(key.PublicKey)
		if _, err := chain.Fund(ctx, from, big.NewInt(params.Ether)); err != nil {
			t.Fatal(err)
		}
		head, err := ec.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		to := chain.DevAddress()
		tx, _ := types.SignNewTx(key, types.LatestSignerForChainID(chain.ChainID()), &types.DynamicFeeTx{ChainID: chain.ChainID(),
			GasTipCap: big.NewInt(params.GWei), GasFeeCap: new(big.Int).Add(big.NewInt(params.GWei), new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
			Gas: params.TxGas, To: &to, Value: big.NewInt(params.GWei)})
		if err := ec.SendTransaction(ctx, tx); err != nil {
			t.Fatalf("spend %d right after Fund: %v", i, err)
		}
	}
}
