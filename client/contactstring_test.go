package client

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client/identity"
)

const (
	testAddr = "0xAb5801a7D398351b8bE11C439e05C5B3259aeC9B"
	testFP   = "52bhae2z32mljut4g3orwa6dsvvnrrxq"
)

func TestContactString(t *testing.T) {
	fp, err := identity.ParseFingerprint(testFP)
	if err != nil {
		t.Fatal(err)
	}
	k := &ContactCard{Account: common.HexToAddress(testAddr), Fingerprint: &fp, Relays: []string{"wss://relay.example.org", "ws://127.0.0.1:7447"}}
	s := k.String()
	if want := "bmail:" + testAddr + ";fp=" + testFP + ";relay=wss://relay.example.org;relay=ws://127.0.0.1:7447"; s != want {
		t.Fatalf("got %s\nwant %s", s, want)
	}
	back, err := ParseContactString(s)
	if err != nil || back.String() != s || *back.Fingerprint != fp || len(back.Relays) != 2 {
		t.Fatalf("%v %+v", err, back)
	}
	if b, err := ParseContactString("bmail:" + testAddr); err != nil || b.Fingerprint != nil || len(b.Relays) != 0 {
		t.Fatalf("address only: %v %+v", err, b)
	}
	for _, bad := range []string{
		"",
		testAddr,
		"bmail:" + strings.ToLower(testAddr), // not checksummed
		"bmail:0x0000000000000000000000000000000000000000",           // zero
		"bmail:" + testAddr + ";fp=" + strings.ToUpper(testFP),       // not lowercase
		"bmail:" + testAddr + ";fp=52bh ae2z",                        // short, spaced
		"bmail:" + testAddr + ";relay=wss://a.org;fp=" + testFP,      // order
		"bmail:" + testAddr + ";relay=WSS://a.org",                   // not canonical
		"bmail:" + testAddr + ";relay=ws://a.org",                    // ws to a public host
		"bmail:" + testAddr + ";relay=wss://a.org;relay=wss://a.org", // twice
		"bmail:" + testAddr + ";name=bob",                            // unknown field
		"bmail:" + testAddr + ";",                                    // empty field
		"bmail:" + testAddr + strings.Repeat(";relay=wss://a.org", 9),
		"bmail:" + testAddr + strings.Repeat("x", MaxContactString),
	} {
		if _, err := ParseContactString(bad); !errors.Is(err, ErrContactString) {
			t.Errorf("%q: %v", bad, err)
		}
	}
}

// FuzzParseContactString: no panic; whatever parses formats back to the
// same bytes.
func FuzzParseContactString(f *testing.F) {
	f.Add("bmail:" + testAddr + ";fp=" + testFP + ";relay=wss://relay.example.org;relay=ws://127.0.0.1:7447")
	f.Add("bmail:" + testAddr)
	f.Add("bmail:" + testAddr + ";relay=wss://a.org/path;x")
	f.Fuzz(func(t *testing.T, s string) {
		k, err := ParseContactString(s)
		if err != nil {
			if !errors.Is(err, ErrContactString) {
				t.Fatalf("error without ErrContactString: %v", err)
			}
			return
		}
		if k.String() != s {
			t.Fatalf("parse→format changed %q into %q", s, k.String())
		}
	})
}
