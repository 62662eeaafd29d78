package envelope_test

import (
	"crypto/ed25519"
	"fmt"
	"time"

	"github.com/bmail-network/bmail/client/envelope"
)

// A newsletter issue is sealed once under the list's hash-chain value for
// its (epoch, index), whatever the audience; every subscriber holding that
// value opens it.
func ExampleSealIssue() {
	publisher := ed25519.NewKeyFromSeed(make([]byte, ed25519.SeedSize))
	me := envelope.Address{0xaa}
	var list, chain [32]byte // from the list's key schedule (client/newsletter)
	msg := &envelope.Message{From: me, To: []envelope.Address{me}, Time: time.Unix(1_800_000_000, 0),
		Subject: "Issue 1", Body: "Hello, subscribers."}
	sealed, _ := envelope.SealIssue(nil, msg, publisher, list, 0, 0, &chain)

	opened, _ := envelope.OpenIssue(sealed.Bytes, &chain)
	fmt.Println(opened.Message.Subject, opened.Header.Epoch, opened.Header.Index, sealed.PricedSize)
	// Output: Issue 1 0 0 512
}
