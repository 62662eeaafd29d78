package client_test

import (
	"slices"
	"testing"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/clienttest"
)

// TestRotationReadsOldRoutingTags: mail posted to Bob's old bundle (routed
// to his old transport key, sealed to his old encryption key) before he
// rotated is still read after the rotation, with mail to the new bundle.
func TestRotationReadsOldRoutingTags(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 2})
	alice := w.User("alice")
	m, id := newIdentity(t)
	bob, home := w.NewUser("bob", clienttest.UserOptions{Mnemonic: m})
	send(t, ctx, alice, "to the old keys", "b", bob)
	bob.Close() // Bob had not read it yet

	next, err := id.Rotate()
	if err != nil {
		t.Fatal(err)
	}
	bob2, err := w.Open(home, next, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	reg := must[*client.Registration](t)(bob2.Register(ctx, client.RegisterOptions{}))
	if reg.Bundle.KeyIndex != 1 || reg.TxHash == ([32]byte{}) {
		t.Fatalf("rotation: key index %d, tx %x", reg.Bundle.KeyIndex, reg.TxHash)
	}
	send(t, ctx, alice, "to the new keys", "b", bob2)
	syncShown(t, ctx, bob2)
	s := inboxSubjects(t, ctx, bob2)
	if !slices.Contains(s, "to the old keys") || !slices.Contains(s, "to the new keys") {
		t.Fatalf("inbox after rotation %v", s)
	}
}
