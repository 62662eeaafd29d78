package envelope

import (
	"bytes"
	"errors"
	"testing"
)

func TestIssueRoundTrip(t *testing.T) {
	var list, chain [32]byte
	list[0], chain[0] = 1, 2
	m := issueMessage(alice, proseText(2000))
	s, err := SealIssue(nil, m, alice.edPriv, list, 7, 12, &chain)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Bytes) != IssueHeaderSize+MACSize+int(s.PricedSize) {
		t.Fatalf("issue of %d bytes, priced %d", len(s.Bytes), s.PricedSize)
	}
	o, err := OpenIssue(s.Bytes, &chain)
	if err != nil {
		t.Fatal(err)
	}
	if o.Header.List != list || o.Header.Epoch != 7 || o.Header.Index != 12 || o.Message.Body != m.Body ||
		!bytes.Equal(o.Signer, alice.edPub) || o.Message.ID != s.MessageID {
		t.Fatalf("opened %+v", o.Header)
	}
	// A second seal of the same index draws another nonce: another key.
	s2, err := SealIssue(nil, m, alice.edPriv, list, 7, 12, &chain)
	if err != nil {
		t.Fatal(err)
	}
	if s2.Header.Nonce == s.Header.Nonce || IssueKey(&chain, &s2.Header.Nonce) == IssueKey(&chain, &s.Header.Nonce) {
		t.Fatal("two seals of one index share a nonce or key")
	}
}

// An issue is never a personal envelope and the reverse: each parser
// refuses the other's recipient type.
func TestIssueTypesDoNotMix(t *testing.T) {
	var list, chain [32]byte
	s, err := SealIssue(nil, issueMessage(alice, "hello"), alice.edPriv, list, 0, 0, &chain)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ParseEnvelope(s.Bytes); !errors.Is(err, ErrUnsupportedVersion) {
		t.Fatalf("ParseEnvelope of an issue: %v", err)
	}
	if _, err := MsgIDsFromEventContent([]byte(EventContent(s.Bytes))); !errors.Is(err, ErrUnsupportedVersion) {
		t.Fatalf("a relay's header hook accepted an issue as an envelope: %v", err)
	}
	env := mustSeal(t, nil, shortMessage(alice, bob), alice, bob.recipient(false))
	if _, err := ParseIssue(env.Bytes); !errors.Is(err, ErrUnsupportedVersion) {
		t.Fatalf("ParseIssue of an envelope: %v", err)
	}
}

func TestIssueLimits(t *testing.T) {
	var list, chain [32]byte
	if _, err := ParseIssue(make([]byte, MaxIssueSize+1)); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("oversized issue: %v", err)
	}
	m := issueMessage(alice, "x")
	m.To = nil
	if _, err := SealIssue(nil, m, alice.edPriv, list, 0, 0, &chain); !errors.Is(err, ErrInvalidMessage) {
		t.Fatalf("issue without an address: %v", err)
	}
	if _, err := SealIssue(nil, issueMessage(alice, "x"), alice.edPriv[:10], list, 0, 0, &chain); !errors.Is(err, ErrInvalidRecipient) {
		t.Fatalf("short signer: %v", err)
	}
	// The largest body that fits the largest bucket seals; the biggest
	// issue parses and is MaxIssueSize long.
	big := issueMessage(alice, proseText(MaxBodyLen))
	s, err := SealIssue(nil, big, alice.edPriv, list, 0, 0, &chain)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := OpenIssue(s.Bytes, &chain); err != nil {
		t.Fatal(err)
	}
}
