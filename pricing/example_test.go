package pricing_test

import (
	"fmt"

	"github.com/bmail-network/bmail/pricing"
)

// The preset network ids, as the contract's PERSONAL() and NEWSLETTER() return them.
func Example_presetIDs() {
	fmt.Printf("personal   %x\n", pricing.PersonalID)
	fmt.Printf("newsletter %x\n", pricing.NewsletterID)
	// Output:
	// personal   ab0cba7d7322525aa563bfdee02e7ff4b501a899d5701e38ed75594af110309a
	// newsletter eb216a0a649a0ec260cf99f139669095bacf0d3c014c8e65cdaf51d697cb4326
}

// A newcomer's cold 4 KiB mail on the personal network, step by step.
func ExampleCompute() {
	b := pricing.Compute(pricing.Personal, pricing.Inputs{Size: 4096, Recipients: 1})
	fmt.Println(b.Fee, b.Burn, b.RelayCap)
	// Output: 10000 1000 3000
}
