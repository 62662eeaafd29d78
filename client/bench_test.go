package client_test

import (
	"context"
	"strings"
	"testing"

	"github.com/bmail-network/bmail/client/clienttest"
)

// BenchmarkQuoteCached is what a UI pays to re-price while the user types:
// the priced size of the draft (a dry-run seal) and a quote from cached
// chain state, no I/O.
func BenchmarkQuoteCached(b *testing.B) {
	ctx := context.Background()
	w := clienttest.New(b, clienttest.Options{Relays: 1})
	alice, bob := w.User("alice"), w.User("bob")
	body := strings.Repeat("A line of a message that is being typed. ", 100)
	if _, err := alice.Quote(ctx, bob.Address(), 4096); err != nil {
		b.Fatal(err)
	}
	b.Run("priced-size", func(b *testing.B) {
		for b.Loop() {
			if _, err := alice.PricedSize("subject", body, 1, 0); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("quote", func(b *testing.B) {
		for b.Loop() {
			if _, err := alice.QuoteCached(bob.Address(), 4096); err != nil {
				b.Fatal(err)
			}
		}
	})
}
