package client_test

import (
	"fmt"

	"github.com/bmail-network/bmail/client"
)

func ExampleParseContactString() {
	card, err := client.ParseContactString("bmail:0xAb5801a7D398351b8bE11C439e05C5B3259aeC9B;fp=52bhae2z32mljut4g3orwa6dsvvnrrxq;relay=wss://relay.example.org")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(card.Account.Hex())
	fmt.Println(card.Fingerprint)
	fmt.Println(card.Relays)
	// Output:
	// 0xAb5801a7D398351b8bE11C439e05C5B3259aeC9B
	// 52bh ae2z 32ml jut4 g3or wa6d svvn rrxq
	// [wss://relay.example.org]
}

func ExampleContactCard_String() {
	card := &client.ContactCard{Relays: []string{"ws://127.0.0.1:7447"}}
	card.Account[19] = 1
	fmt.Println(card.String())
	// Output: bmail:0x0000000000000000000000000000000000000001;relay=ws://127.0.0.1:7447
}
