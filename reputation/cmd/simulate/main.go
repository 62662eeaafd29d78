// Command simulate prints the reputation simulations the README reports:
// (a) a sybil ring, (b) one spam mark among praise, (c) a provoked spam mark,
// (d) decay touched every minute vs once a month, (e) a year of decay.
package main

import (
	"fmt"

	"github.com/bmail-network/bmail/reputation"
)

func main() {
	fmt.Print(reputation.SimulateSybilRing(100, 90))
	fmt.Print(reputation.SimulateSpamAmongPraise(20))
	fmt.Print(reputation.SimulateProvokedSpam())
	fmt.Print(reputation.SimulateDecayTouch(30))
	fmt.Print(reputation.YearTable(reputation.SimulateYear()))
}
