// Command simulate prints the reputation simulations the README reports:
// (a) a sybil ring, in reputation and in money, (b) one spam mark among
// praise, (c) a provoked spam mark, (d) decay touched every minute vs once a
// month, (e) a year of decay.
package main

import (
	"fmt"

	"github.com/bmail-network/bmail/reputation/ledger"
)

func main() {
	fmt.Print(ledger.SimulateSybilRing(100, 90))
	fmt.Print(ledger.SimulateSpamAmongPraise(20))
	fmt.Print(ledger.SimulateProvokedSpam())
	fmt.Print(ledger.SimulateDecayTouch(30))
	fmt.Print(ledger.YearTable(ledger.SimulateYear()))
}
