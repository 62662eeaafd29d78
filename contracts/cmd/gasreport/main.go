// Command gasreport prints the BMail contract's gas per operation under
// Osaka rules, one `op=<name> gas=<n>` line each, plus the calldata bytes
// per settlement order.
package main

import (
	"fmt"
	"os"

	"github.com/bmail-network/bmail/contracts/gasreport"
)

func main() {
	res, err := gasreport.Run()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gasreport:", err)
		os.Exit(1)
	}
	for _, r := range res {
		fmt.Println(r)
	}
}
