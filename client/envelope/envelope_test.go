package envelope

import (
	"bytes"
	"crypto/hkdf"
	"crypto/sha256"
	"reflect"
	"testing"
)

func TestSealOpenPaid(t *testing.T) {
	m := testMessage(alice, bob)
	s := mustSeal(t, nil, m, alice, bob.recipient(false))
	if len(s.Bytes) != headerLen(1)+WrapSize+MACSize+int(s.PricedSize) {
		t.Fatalf("envelope of %d bytes", len(s.Bytes))
	}
	h, err := ParseHeader(s.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	if h.PricedSize != s.PricedSize || !reflect.DeepEqual(h.MsgIDs, s.MsgIDs) {
		t.Fatalf("header %+v does not match sealed %+v", h, s)
	}
	u, err := Unwrap(s.Bytes, bob.xwPriv)
	if err != nil {
		t.Fatal(err)
	}
	if u.Contact {
		t.Fatal("paid wrap claims to carry the secret")
	}
	if _, err := Open(s.Bytes, u, [32]byte{}, bob.addr); err != ErrMissingSecret {
		t.Fatalf("open without secret: %v", err)
	}
	o, err := Open(s.Bytes, u, s.Secrets[0], bob.addr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(o.Signer, alice.edPub) || o.MsgID != s.MsgIDs[0] || o.Message.Body != m.Body {
		t.Fatalf("opened %+v", o)
	}
	m.ID = s.MessageID
	if !reflect.DeepEqual(o.Message, m) {
		t.Fatalf("message changed:\n got %+v\nwant %+v", o.Message, m)
	}
}

func TestExpandKeyIsHKDFExpand(t *testing.T) {
	for _, n := range []int{32, 64} {
		prk := bytes.Repeat([]byte{byte(n)}, n)
		info := []byte(labelLock + "and some context")
		want, err := hkdf.Expand(sha256.New, prk, string(info), 32)
		if err != nil {
			t.Fatal(err)
		}
		if got := expandKey(prk, info[:5], info[5:]); !bytes.Equal(got[:], want) {
			t.Fatalf("expandKey differs from HKDF-Expand for a %d-byte key", n)
		}
	}
}

func TestEventContent(t *testing.T) {
	s := mustSeal(t, detRand([]byte("event")), shortMessage(alice, bob), alice, bob.recipient(false), carol.recipient(true))
	c := EventContent(s.Bytes)
	b, err := ParseEventContent([]byte(c))
	if err != nil || !bytes.Equal(b, s.Bytes) {
		t.Fatalf("round trip: %v", err)
	}
	ids, err := MsgIDsFromEventContent([]byte(c))
	if err != nil {
		t.Fatal(err)
	}
	h, _ := ParseHeader(s.Bytes)
	if !reflect.DeepEqual(ids, h.MsgIDs) {
		t.Fatal("msgIds differ from the header's")
	}
	for _, bad := range []string{c[:len(c)-1], c + "=", "!" + c[1:], c[:8] + "\n" + c[8:], c[:8] + "-" + c[9:], c[:8] + "_" + c[9:]} {
		_, err := ParseEventContent([]byte(bad))
		checkError(t, err, "ErrMalformed")
	}
	_, err = ParseEventContent(make([]byte, MaxEventContentSize+1))
	checkError(t, err, "ErrTooLarge")
	_, err = MsgIDsFromEventContent([]byte(EventContent(s.Bytes[:100])))
	checkError(t, err, "ErrMalformed")
}
