package devchain_test

import (
	"context"
	"fmt"
	"log"
	"math/big"
	"time"

	"github.com/bmail-network/bmail/contracts/devchain"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// storeInitCode deploys a contract whose every call stores 1 in slot 0.
var storeInitCode = common.FromHex("0x6006600c60003960066000f3600160005500")

func Example() {
	ctx := context.Background()

	// An ephemeral chain that mines on demand; DataDir would persist it.
	chain, err := devchain.Start(ctx, devchain.Config{})
	if err != nil {
		log.Fatal(err)
	}
	defer chain.Close()

	// Fund a fresh account from the dev key.
	key, _ := crypto.GenerateKey()
	alice := crypto.PubkeyToAddress(key.PublicKey)
	if _, err := chain.Fund(ctx, alice, big.NewInt(params.Ether)); err != nil {
		log.Fatal(err)
	}

	// Other code (or another process) talks JSON-RPC to chain.RPCURL().
	client, err := ethclient.Dial(chain.RPCURL())
	if err != nil {
		log.Fatal(err)
	}
	defer client.Close()

	// Deploy with bind/v2: sign without sending, then send and wait for the
	// receipt in one eth_sendRawTransactionSync call (bind.WaitMined polls
	// once a second; the block is there in milliseconds).
	opts := bind.NewKeyedTransactor(key, chain.ChainID())
	opts.Context, opts.NoSend = ctx, true
	address, tx, err := bind.DeployContract(opts, storeInitCode, client, nil)
	if err != nil {
		log.Fatal(err)
	}
	receipt, err := client.SendTransactionSync(ctx, tx, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("deployed:", receipt.Status == types.ReceiptStatusSuccessful && receipt.ContractAddress == address)

	// Mainnet gas: a call storing to a cold slot costs 43,106.
	opts.NoSend = false
	call, err := bind.NewBoundContract(address, abi.ABI{}, client, client, client).RawTransact(opts, nil)
	if err != nil {
		log.Fatal(err)
	}
	receipt, err = bind.WaitMined(ctx, client, call.Hash())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("gas:", receipt.GasUsed)

	// Time travel, e.g. past a withdrawal delay.
	before, _ := client.HeaderByNumber(ctx, nil)
	after, err := chain.AdjustTime(ctx, time.Hour)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("seconds later:", after.Time-before.Time)
	// Output:
	// deployed: true
	// gas: 43106
	// seconds later: 3600
}
