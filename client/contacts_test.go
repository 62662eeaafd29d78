package client_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/clienttest"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/identity"
)

// TestContactsWriteForFree: a grant travels as free control mail; free mail
// flows only towards someone who granted it, costs no transaction, and is
// shown only by a recipient who has the sender on their list; removing a
// contact revokes it and holds their free mail back.
func TestContactsWriteForFree(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 2})
	alice, bob := w.User("alice"), w.User("bob")

	// Alice adds Bob from his contact string (fingerprint checked).
	card := must[*client.ContactCard](t)(client.ParseContactString(bob.MyContactString()))
	if card.Account != bob.Address() || card.Fingerprint == nil || len(card.Relays) != 2 {
		t.Fatalf("card %+v", card)
	}
	ct := must[*client.Contact](t)(alice.AddContact(ctx, client.AddContactRequest{Who: bob.MyContactString(), Name: "Bob"}))
	if !ct.GrantDelivered || ct.TheyAccept || ct.Fingerprint != *card.Fingerprint {
		t.Fatalf("contact %+v", ct)
	}
	events, stop := bob.Events()
	defer stop()
	syncShown(t, ctx, bob) // Bob receives Alice's grant: he may write to her for free
	if s := inboxSubjects(t, ctx, bob); len(s) != 0 {
		t.Fatalf("a grant was shown as mail: %v", s)
	}
	granted := false
	for len(events) > 0 {
		if e := <-events; e.Kind == client.EventGrant && e.Account == alice.Address() && e.Accepts {
			granted = true
		}
	}
	if !granted {
		t.Fatal("no grant event")
	}

	// Bob → Alice is free: no transaction, shown by Alice (Bob is her contact).
	size := must[uint32](t)(bob.PricedSize("free", "no fee", 1, 0))
	if q := must[*client.Quote](t)(bob.Quote(ctx, alice.Address(), size)); !q.Free || q.Total() != 0 {
		t.Fatalf("quote %+v", q)
	}
	bal := must[*client.Wallet](t)(bob.Wallet(ctx)).Balance
	nonce := must[uint64](t)(w.Chain.Client.NonceAt(ctx, bob.Address(), nil))
	st := send(t, ctx, bob, "free", "no fee", alice)
	if !st.Recipients[0].Free || st.Recipients[0].TxHash != ([32]byte{}) {
		t.Fatalf("status %+v", st.Recipients[0])
	}
	if n := must[uint64](t)(w.Chain.Client.NonceAt(ctx, bob.Address(), nil)); n != nonce {
		t.Fatal("free mail sent a transaction")
	}
	if b := must[*client.Wallet](t)(bob.Wallet(ctx)).Balance; b != bal {
		t.Fatalf("free mail cost %d", bal-b)
	}
	syncShown(t, ctx, alice)
	in := must[[]client.Message](t)(alice.Inbox(ctx))
	if len(in) != 1 || !in[0].Free || in[0].FromName != "Bob" || in[0].Fee != 0 {
		t.Fatalf("alice inbox %+v", in)
	}

	// Alice → Bob still pays: Bob has not added her.
	if q := must[*client.Quote](t)(alice.Quote(ctx, bob.Address(), size)); q.Free {
		t.Fatal("free before Bob granted it")
	}
	// Bob adds Alice: now mutual, and Alice writes for free too.
	must[*client.Contact](t)(bob.AddContact(ctx, client.AddContactRequest{Who: alice.Address().Hex(), Name: "Alice"}))
	syncShown(t, ctx, alice)
	if c := must[*client.Contact](t)(alice.Contact(ctx, bob.Address())); !c.Mutual {
		t.Fatalf("not mutual: %+v", c)
	}
	st = send(t, ctx, alice, "free back", "mutual now", bob)
	if !st.Recipients[0].Free {
		t.Fatal("mail between mutual contacts was paid")
	}
	syncShown(t, ctx, bob)
	if s := inboxSubjects(t, ctx, bob); !slices.Equal(s, []string{"free back"}) {
		t.Fatalf("bob inbox %v", s)
	}

	// Bob removes Alice. Before the revocation reaches her, her free mail
	// is held back; after it, she pays again.
	if err := bob.RemoveContact(ctx, alice.Address()); err != nil {
		t.Fatal(err)
	}
	send(t, ctx, alice, "free after removal", "should be held", bob)
	rep := syncShown(t, ctx, bob)
	if s := inboxSubjects(t, ctx, bob); len(s) != 1 || rep.HeldBack != 1 {
		t.Fatalf("after removal: inbox %v report %+v", s, rep)
	}
	syncShown(t, ctx, alice)
	if q := must[*client.Quote](t)(alice.Quote(ctx, bob.Address(), size)); q.Free {
		t.Fatal("still free after the revocation")
	}
	if c := must[*client.Contact](t)(alice.Contact(ctx, bob.Address())); c.Mutual || c.TheyAccept {
		t.Fatalf("contact %+v", c)
	}
	// A wrong fingerprint in a contact string is refused.
	other := must[*client.ContactCard](t)(client.ParseContactString(alice.MyContactString()))
	other.Account = bob.Address()
	carol := w.User("carol")
	if _, err := carol.AddContact(ctx, client.AddContactRequest{Who: other.String()}); err == nil {
		t.Fatal("a contact string with another fingerprint was accepted")
	}
	// Names resolve in To.
	if a, _, err := alice.ParseRecipient(ctx, "bob"); err != nil || a != bob.Address() {
		t.Fatalf("name: %v %v", a, err)
	}
	if _, _, err := alice.ParseRecipient(ctx, "nobody"); !errors.Is(err, client.ErrUnknownRecipient) {
		t.Fatal(err)
	}
}

// TestKeyChangeNeedsAcceptance: a contact rotates keys; sending to them and
// showing their new mail wait until the user accepts the new fingerprint.
func TestKeyChangeNeedsAcceptance(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 2})
	alice := w.User("alice")
	m, bobID := newIdentity(t)
	bob, home := w.NewUser("bob", clienttest.UserOptions{Mnemonic: m})
	must[*client.Contact](t)(alice.AddContact(ctx, client.AddContactRequest{Who: bob.Address().Hex(), Name: "bob"}))
	oldFP := bobID.Fingerprint()

	// Bob rotates to key index 1 and registers the new bundle.
	bob.Close()
	rotated, err := bobID.Rotate()
	if err != nil {
		t.Fatal(err)
	}
	bob2, err := w.Open(home, rotated, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	must[*client.Registration](t)(bob2.Register(ctx, client.RegisterOptions{}))

	_, err = alice.Resolve(ctx, bob.Address())
	var kc *client.KeyChangedError
	if !errors.As(err, &kc) || kc.Old != oldFP || kc.New != rotated.Fingerprint() {
		t.Fatalf("resolve after rotation: %v", err)
	}
	if c := must[*client.Contact](t)(alice.Contact(ctx, bob.Address())); !c.KeyChanged || c.NewFingerprint != rotated.Fingerprint() {
		t.Fatalf("contact %+v", c)
	}
	id := must[int64](t)(alice.Enqueue(ctx, client.SendRequest{To: []string{"bob"}, Subject: "after rotation", Body: "b"}))
	if _, err := alice.ResumeOutbox(ctx); !errors.Is(err, client.ErrKeyChanged) {
		t.Fatalf("send to a changed contact: %v", err)
	}
	if fp := must[identity.Fingerprint](t)(alice.AcceptKeyChange(ctx, bob.Address())); fp != rotated.Fingerprint() {
		t.Fatal("accepted another fingerprint")
	}
	if st, err := alice.RunOutbox(ctx, id); err != nil || !st.Recipients[0].Free && st.Recipients[0].Fee == 0 {
		t.Fatalf("send after acceptance: %v", err)
	}
	syncShown(t, ctx, bob2)
	if s := inboxSubjects(t, ctx, bob2); len(s) != 1 {
		t.Fatalf("bob (rotated) inbox %v", s)
	}
	// Someone who is not a contact may rotate without a question.
	carol := w.User("carol")
	must[*client.Peer](t)(carol.Resolve(ctx, alice.Address()))
	_ = config.DevLabel
}
