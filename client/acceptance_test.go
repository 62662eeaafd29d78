package client_test

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/clienttest"
	"github.com/bmail-network/bmail/client/envelope"
	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/pricing"
	"github.com/bmail-network/bmail/relay/relayclient"
	"github.com/bmail-network/bmail/relay/wire"
)

// forge seals mail to a recipient by hand (as a hostile or buggy sender
// could) and posts it to the recipient's inbox relays. signer nil means the
// sender's own mail-signing key.
func forge(t *testing.T, ctx context.Context, w *clienttest.World, from *identity.Identity, signer ed25519.PrivateKey,
	to *identity.Bundle, contact bool, subject string) *envelope.Sealed {
	t.Helper()
	if signer == nil {
		signer = from.SigningKey
	}
	pk, err := envelope.ParsePublicKey(to.EncryptionKey[:])
	if err != nil {
		t.Fatal(err)
	}
	m := &envelope.Message{From: envelope.Address(from.Address), To: []envelope.Address{envelope.Address(to.Account)},
		Time: time.Now(), Subject: subject, Body: "forged by the test"}
	s, err := envelope.Seal(nil, m, signer, []envelope.Recipient{{PublicKey: pk, Contact: contact}})
	if err != nil {
		t.Fatal(err)
	}
	once, _ := wire.GenerateSigner()
	ev := &wire.Event{CreatedAt: time.Now().Unix(), Kind: wire.KindEnvelope,
		Tags: [][]string{{wire.TagRecipient, wire.Hex(to.TransportKey[:])}}, Content: envelope.EventContent(s.Bytes)}
	if err := once.Sign(ev); err != nil {
		t.Fatal(err)
	}
	for _, u := range to.InboxRelays {
		rc, err := relayclient.Dial(ctx, u, relayclient.Options{})
		if err != nil {
			t.Fatal(err)
		}
		r, err := rc.Publish(ctx, ev)
		rc.Close()
		if err != nil || !r.OK {
			t.Fatalf("publish to %s: %v %+v", u, err, r)
		}
	}
	return s
}

// pay calls the contract's send from key's account by hand.
func pay(t *testing.T, w *clienttest.World, payer *identity.Identity, network [32]byte, to common.Address, secret [32]byte, size uint32) {
	t.Helper()
	rc, err := w.Chain.Transact(payer.AccountKey, w.Chain.ABI.PackSend(network, to, secret, size, 1_000_000, common.Address{}, 0), nil)
	if err != nil || rc.Status != 1 {
		t.Fatalf("pay: %v", err)
	}
}

type world struct {
	w          *clienttest.World
	alice, bob *client.Client
	aliceID    *identity.Identity
	carolID    *identity.Identity
	carol      *client.Client
	bobBundle  *identity.Bundle
}

func newWorld(t *testing.T) *world {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 2})
	x := &world{w: w}
	var m *identity.Mnemonic
	m, x.aliceID = newIdentity(t)
	x.alice, _ = w.NewUser("alice", clienttest.UserOptions{Mnemonic: m})
	m, x.carolID = newIdentity(t)
	x.carol, _ = w.NewUser("carol", clienttest.UserOptions{Mnemonic: m})
	x.bob = w.User("bob")
	x.bobBundle = must[*client.Peer](t)(x.alice.Resolve(ctx, x.bob.Address())).Bundle
	return x
}

func rejectedReason(t *testing.T, ctx context.Context, c *client.Client, msgID [32]byte) string {
	t.Helper()
	e, err := c.Store().Envelope(ctx, msgID)
	if err != nil {
		t.Fatal(err)
	}
	if e.State != store.EnvRejected {
		t.Fatalf("envelope %s (%s), want rejected", e.State, e.Reason)
	}
	return e.Reason
}

func TestAcceptanceRule(t *testing.T) {
	x := newWorld(t)
	ctx := ctxT(t)
	bob := x.bob.Address()

	t.Run("unpaid mail from a stranger is never shown", func(t *testing.T) {
		forge(t, ctx, x.w, x.carolID, nil, x.bobBundle, true, "free from a stranger")
		forge(t, ctx, x.w, x.carolID, nil, x.bobBundle, false, "paid mail never paid")
		rep := syncShown(t, ctx, x.bob)
		if s := inboxSubjects(t, ctx, x.bob); len(s) != 0 {
			t.Fatalf("shown: %v", s)
		}
		held, waiting, _, _ := x.bob.HeldBack(ctx)
		if held != 1 || waiting != 1 || rep.HeldBack != 1 || rep.Waiting != 1 {
			t.Fatalf("held %d waiting %d report %+v", held, waiting, rep)
		}
	})

	t.Run("paid through a network the recipient does not accept", func(t *testing.T) {
		s := forge(t, ctx, x.w, x.aliceID, nil, x.bobBundle, false, "newsletter-paid")
		pay(t, x.w, x.aliceID, pricing.NewsletterID, bob, s.Secrets[0], s.PricedSize)
		syncShown(t, ctx, x.bob)
		if r := rejectedReason(t, ctx, x.bob, s.MsgIDs[0]); !strings.Contains(r, "network") {
			t.Fatalf("reason %q", r)
		}
	})

	t.Run("paid by someone other than the signer", func(t *testing.T) {
		s := forge(t, ctx, x.w, x.aliceID, nil, x.bobBundle, false, "paid by carol")
		pay(t, x.w, x.carolID, pricing.PersonalID, bob, s.Secrets[0], s.PricedSize)
		syncShown(t, ctx, x.bob)
		if r := rejectedReason(t, ctx, x.bob, s.MsgIDs[0]); !strings.Contains(r, "paid by") {
			t.Fatalf("reason %q", r)
		}
		// The signer's own payment makes it good.
		pay(t, x.w, x.aliceID, pricing.PersonalID, bob, s.Secrets[0], s.PricedSize)
		syncShown(t, ctx, x.bob)
		if subj := inboxSubjects(t, ctx, x.bob); len(subj) != 1 || subj[0] != "paid by carol" {
			t.Fatalf("inbox %v", subj)
		}
	})

	t.Run("paid for another size", func(t *testing.T) {
		s := forge(t, ctx, x.w, x.aliceID, nil, x.bobBundle, false, "underpaid size")
		pay(t, x.w, x.aliceID, pricing.PersonalID, bob, s.Secrets[0], s.PricedSize/2)
		syncShown(t, ctx, x.bob)
		if r := rejectedReason(t, ctx, x.bob, s.MsgIDs[0]); !strings.Contains(r, "bytes") {
			t.Fatalf("reason %q", r)
		}
	})

	t.Run("signed by a key the sender's bundle does not certify", func(t *testing.T) {
		_, rogue, _ := ed25519.GenerateKey(rand.Reader)
		s := forge(t, ctx, x.w, x.aliceID, rogue, x.bobBundle, false, "rogue signer")
		pay(t, x.w, x.aliceID, pricing.PersonalID, bob, s.Secrets[0], s.PricedSize)
		syncShown(t, ctx, x.bob)
		if r := rejectedReason(t, ctx, x.bob, s.MsgIDs[0]); !strings.Contains(r, "not certified") {
			t.Fatalf("reason %q", r)
		}
	})

	if s := inboxSubjects(t, ctx, x.bob); len(s) != 1 {
		t.Fatalf("inbox at the end: %v", s)
	}
}

// TestSameEnvelopeFromTwoRelaysShownOnce: mail posted to both of Bob's
// relays arrives twice and is shown once; syncing again changes nothing.
func TestSameEnvelopeFromTwoRelaysShownOnce(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 2})
	alice, bob := w.User("alice"), w.User("bob")
	st := send(t, ctx, alice, "twice", "posted to two relays", bob)
	if st.Recipients[0].Posted != 2 {
		t.Fatalf("posted to %d relays", st.Recipients[0].Posted)
	}
	syncShown(t, ctx, bob)
	syncShown(t, ctx, bob)
	if s := inboxSubjects(t, ctx, bob); len(s) != 1 {
		t.Fatalf("inbox %v", s)
	}
	it := must[*store.OutboxItem](t)(alice.Store().Outbox(ctx, st.ID))
	e := must[*store.Envelope](t)(bob.Store().Envelope(ctx, it.Recipients[0].MsgID))
	if e.Copies != 2 || e.State != store.EnvShown {
		t.Fatalf("envelope copies %d state %s", e.Copies, e.State)
	}
}
