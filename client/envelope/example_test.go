package envelope_test

import (
	"bytes"
	"crypto/ed25519"
	"fmt"
	"time"

	"github.com/bmail-network/bmail/client/envelope"
	"github.com/cloudflare/circl/kem/xwing"
)

// Keys come from the identity package in b-mail; here they are derived
// from fixed seeds.
// The X-Wing public key is returned as bytes, as a key bundle carries it.
func keys(b byte) (xwPriv *xwing.PrivateKey, xwPub []byte, ed ed25519.PrivateKey, addr envelope.Address) {
	seed := bytes.Repeat([]byte{b}, 32)
	priv, pub := xwing.DeriveKeyPair(seed)
	xwPub, _ = pub.MarshalBinary()
	return priv, xwPub, ed25519.NewKeyFromSeed(seed), envelope.Address{b}
}

func mustParse(b []byte) *xwing.PublicKey {
	k, err := envelope.ParsePublicKey(b)
	if err != nil {
		panic(err)
	}
	return k
}

// Alice writes to Bob, a contact: the release secret rides in the wrap and
// Bob opens without a payment.
func Example() {
	_, _, aliceSign, aliceAddr := keys(1)
	bobPriv, bobPubBytes, _, bobAddr := keys(2)

	// Parse a contact's key from its bundle once, and keep it.
	bobPub, err := envelope.ParsePublicKey(bobPubBytes)
	if err != nil {
		panic(err)
	}
	msg := &envelope.Message{
		From:    aliceAddr,
		To:      []envelope.Address{bobAddr},
		Time:    time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC),
		Subject: "Lunch",
		Body:    "Thursday at noon?",
	}
	sealed, err := envelope.Seal(nil, msg, aliceSign, []envelope.Recipient{
		{PublicKey: bobPub, Contact: true},
	})
	if err != nil {
		panic(err)
	}

	// Bob trial-opens the wraps with his key, then opens the body. A zero
	// secret means "use the one in the wrap".
	u, err := envelope.Unwrap(sealed.Bytes, bobPriv)
	if err != nil {
		panic(err)
	}
	opened, err := envelope.Open(sealed.Bytes, u, [32]byte{}, bobAddr)
	if err != nil {
		panic(err)
	}
	fmt.Println(opened.Message.Subject, "/", opened.Message.Body)
	fmt.Println("signed by alice:", opened.Signer.Equal(aliceSign.Public()))
	fmt.Println("priced size:", sealed.PricedSize)
	// Output:
	// Lunch / Thursday at noon?
	// signed by alice: true
	// priced size: 512
}

// Paid mail: the release secret stays out of the envelope. The sender pays
// with Secrets[i]; the contract logs it, and the recipient opens with it.
func ExampleOpen_paid() {
	_, _, aliceSign, aliceAddr := keys(1)
	bobPriv, bobPub, _, bobAddr := keys(2)
	msg := &envelope.Message{
		From: aliceAddr, To: []envelope.Address{bobAddr},
		Time: time.Unix(1772366400, 0), Subject: "Offer", Body: "Worth your time, I hope.",
	}
	sealed, _ := envelope.Seal(nil, msg, aliceSign, []envelope.Recipient{{PublicKey: mustParse(bobPub)}})

	u, _ := envelope.Unwrap(sealed.Bytes, bobPriv)
	_, err := envelope.Open(sealed.Bytes, u, [32]byte{}, bobAddr)
	fmt.Println("before payment:", err)

	secret := sealed.Secrets[0] // what the Delivered log carries
	fmt.Println("secret matches msgId:", envelope.MsgIDOf(secret) == u.MsgID)
	opened, err := envelope.Open(sealed.Bytes, u, secret, bobAddr)
	fmt.Println("after payment:", err, opened.Message.Subject)
	// Output:
	// before payment: envelope: release secret missing
	// secret matches msgId: true
	// after payment: <nil> Offer
}

// A relay learns the msgId commitments and the priced size without keys.
func ExampleParseHeader() {
	_, _, aliceSign, aliceAddr := keys(1)
	_, bobPub, _, bobAddr := keys(2)
	_, carolPub, _, carolAddr := keys(3)
	msg := &envelope.Message{
		From: aliceAddr, To: []envelope.Address{bobAddr}, Cc: []envelope.Address{carolAddr},
		Time: time.Unix(1772366400, 0), Subject: "Minutes", Body: "Attached below.",
	}
	sealed, _ := envelope.Seal(nil, msg, aliceSign, []envelope.Recipient{{PublicKey: mustParse(bobPub)}, {PublicKey: mustParse(carolPub)}})

	h, err := envelope.ParseHeader(sealed.Bytes)
	if err != nil {
		panic(err)
	}
	fmt.Println("version", h.Version, "recipients", len(h.MsgIDs), "priced size", h.PricedSize)
	fmt.Println("bytes:", len(sealed.Bytes))
	// Output:
	// version 1 recipients 2 priced size 512
	// bytes: 3089
}
