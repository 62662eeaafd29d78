package gethdev_test

import (
	"context"
	"fmt"
	"log"

	"github.com/bmail-network/bmail/contracts/devchain/gethdev"
	"github.com/ethereum/go-ethereum/ethclient"
)

// In a test, gethdev.Test(t, cfg) does the same as this and skips the test
// when geth cannot be built; it stops geth and removes its data directory
// in t.Cleanup.
func Example() {
	ctx := context.Background()
	node, err := gethdev.Start(ctx, gethdev.Config{}) // builds geth unless cached
	if err != nil {
		log.Fatal(err)
	}
	defer node.Close() // SIGINT to node.PID(), then removes node.DataDir()

	client, err := ethclient.Dial(node.RPCURL())
	if err != nil {
		log.Fatal(err)
	}
	defer client.Close()
	balance, err := client.BalanceAt(ctx, node.DevAddress(), nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("dev balance:", balance)
}
