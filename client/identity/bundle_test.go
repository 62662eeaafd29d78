package identity

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

var (
	testCreated = time.Unix(1_767_225_600, 0) // 2026-01-01T00:00:00Z
	testExpires = testCreated.Add(365 * 24 * time.Hour)
	testNetwork = [32]byte(crypto.Keccak256([]byte("b-mail test network")))
)

func testParams() BundleParams {
	return BundleParams{
		InboxRelays: []string{"wss://relay-one.example.org", "wss://relay-two.example.net:7447/inbox", "ws://127.0.0.1:7777"},
		Networks:    [][32]byte{testNetwork, {0x01}},
		Created:     testCreated,
		Expires:     testExpires,
	}
}

func mustBundle(t testing.TB, id *Identity, p BundleParams) *Bundle {
	t.Helper()
	b, err := id.NewSignedBundle(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestBundleRoundTrip(t *testing.T) {
	id := mustIdentity(t, abandonAbout, 2)
	for _, p := range []BundleParams{testParams(), {Created: testCreated, Expires: testExpires}} {
		b := mustBundle(t, id, p)
		data, err := b.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		got, err := ParseBundle(data)
		if err != nil {
			t.Fatal(err)
		}
		again, err := got.MarshalBinary()
		if err != nil || !bytes.Equal(again, data) {
			t.Fatalf("parse → marshal differs (%v)", err)
		}
		if got.Hash() != b.Hash() || got.Account != id.Address || got.KeyIndex != 2 ||
			len(got.InboxRelays) != len(p.InboxRelays) || len(got.Networks) != len(p.Networks) {
			t.Fatalf("round trip lost fields: %+v", got)
		}
		if err := got.Verify(); err != nil {
			t.Fatal(err)
		}
		if err := got.Validate(testCreated.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if got.Fingerprint() != id.Fingerprint() {
			t.Fatal("bundle and identity fingerprints differ")
		}
	}
}

// TestBundleHashMatchesGeth computes the EIP-712 digest with go-ethereum's
// signer/core/apitypes and compares it with Bundle.Hash, then checks that
// the signature recovers to the account through go-ethereum as a wallet
// would.
func TestBundleHashMatchesGeth(t *testing.T) {
	id := mustIdentity(t, abandonAbout, 0)
	for _, p := range []BundleParams{testParams(), {Created: testCreated, Expires: testExpires}} {
		b := mustBundle(t, id, p)
		relays := []interface{}{}
		for _, r := range b.InboxRelays {
			relays = append(relays, r)
		}
		nets := []interface{}{}
		for _, n := range b.Networks {
			nets = append(nets, hexutil.Encode(n[:]))
		}
		td := apitypes.TypedData{
			Types: apitypes.Types{
				"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}},
				"KeyBundle": {
					{Name: "account", Type: "address"},
					{Name: "keyIndex", Type: "uint32"},
					{Name: "encryptionKey", Type: "bytes"},
					{Name: "signingKey", Type: "bytes32"},
					{Name: "transportKey", Type: "bytes32"},
					{Name: "inboxRelays", Type: "string[]"},
					{Name: "networks", Type: "bytes32[]"},
					{Name: "created", Type: "uint64"},
					{Name: "expires", Type: "uint64"},
				},
			},
			PrimaryType: "KeyBundle",
			Domain:      apitypes.TypedDataDomain{Name: BundleDomainName, Version: BundleDomainVersion},
			Message: apitypes.TypedDataMessage{
				"account":       b.Account.Hex(),
				"keyIndex":      fmt.Sprint(b.KeyIndex),
				"encryptionKey": hexutil.Encode(b.EncryptionKey[:]),
				"signingKey":    hexutil.Encode(b.SigningKey[:]),
				"transportKey":  hexutil.Encode(b.TransportKey[:]),
				"inboxRelays":   relays,
				"networks":      nets,
				"created":       fmt.Sprint(b.Created),
				"expires":       fmt.Sprint(b.Expires),
			},
		}
		if got := string(td.EncodeType("KeyBundle")); got != BundleStructType {
			t.Fatalf("geth type string %q, ours %q", got, BundleStructType)
		}
		digest, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			t.Fatal(err)
		}
		h := b.Hash()
		if !bytes.Equal(digest, h[:]) {
			t.Fatalf("digest: geth %x, ours %x", digest, h)
		}
		sig := b.Signature
		sig[64] -= 27
		pub, err := crypto.SigToPub(digest, sig[:])
		if err != nil || crypto.PubkeyToAddress(*pub) != id.Address {
			t.Fatalf("signature does not recover to the account through geth (%v)", err)
		}
	}
}

func TestBundleVerifyRejects(t *testing.T) {
	id := mustIdentity(t, abandonAbout, 0)
	other := mustIdentity(t, trezorVectors[1].phrase, 0)

	b := mustBundle(t, id, testParams())
	b.Expires++
	if err := b.Verify(); !errors.Is(err, ErrBadSignature) {
		t.Errorf("changed field: err = %v", err)
	}

	b = mustBundle(t, id, testParams())
	b.InboxRelays[0] = "wss://evil.example"
	if err := b.Verify(); !errors.Is(err, ErrBadSignature) {
		t.Errorf("changed relay: err = %v", err)
	}

	b = mustBundle(t, id, testParams())
	if err := b.Sign(other.AccountKey); err == nil {
		t.Error("signing with another account's key succeeded")
	}

	// Another account's bundle carrying our address.
	forged := mustBundle(t, other, testParams())
	forged.Account = id.Address
	if err := forged.Verify(); !errors.Is(err, ErrBadSignature) {
		t.Errorf("forged account: err = %v", err)
	}

	unsigned, err := NewBundle(id.PublicKeys(), testParams())
	if err != nil {
		t.Fatal(err)
	}
	if err := unsigned.Verify(); !errors.Is(err, ErrUnsigned) {
		t.Errorf("unsigned Verify: err = %v", err)
	}
	if _, err := unsigned.MarshalBinary(); !errors.Is(err, ErrUnsigned) {
		t.Errorf("unsigned MarshalBinary: err = %v", err)
	}
	if unsigned.Hash() != mustBundle(t, id, testParams()).Hash() {
		t.Error("the hash depends on the signature")
	}
}

func TestBundleValidate(t *testing.T) {
	id := mustIdentity(t, abandonAbout, 0)
	b := mustBundle(t, id, testParams())
	for _, tc := range []struct {
		name string
		now  time.Time
		want error
	}{
		{"at creation", testCreated, nil},
		{"within skew before creation", testCreated.Add(-MaxClockSkew), nil},
		{"before creation", testCreated.Add(-MaxClockSkew - time.Second), ErrBundleNotYetValid},
		{"last second", testExpires.Add(-time.Second), nil},
		{"at expiry", testExpires, ErrBundleExpired},
		{"after expiry", testExpires.Add(time.Hour), ErrBundleExpired},
	} {
		if err := b.Validate(tc.now); !errors.Is(err, tc.want) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.want)
		}
	}
}

func TestNewBundleRules(t *testing.T) {
	keys := mustIdentity(t, abandonAbout, 0).PublicKeys()
	many := func(n int, f func(i int) string) []string {
		var out []string
		for i := range n {
			out = append(out, f(i))
		}
		return out
	}
	manyNets := make([][32]byte, MaxNetworks+1)
	for i := range manyNets {
		manyNets[i][0] = byte(i + 1)
	}
	for _, tc := range []struct {
		name string
		edit func(p *BundleParams)
	}{
		{"expires before created", func(p *BundleParams) { p.Expires = p.Created.Add(-time.Second) }},
		{"expires equals created", func(p *BundleParams) { p.Expires = p.Created }},
		{"lifetime too long", func(p *BundleParams) { p.Expires = p.Created.Add(MaxBundleLifetime + time.Second) }},
		{"before 1970", func(p *BundleParams) { p.Created = time.Unix(-1, 0) }},
		{"too many relays", func(p *BundleParams) {
			p.InboxRelays = many(MaxInboxRelays+1, func(i int) string { return fmt.Sprintf("wss://r%d.example", i) })
		}},
		{"duplicate relay", func(p *BundleParams) { p.InboxRelays = []string{"wss://a.example", "wss://a.example"} }},
		{"non-canonical relay", func(p *BundleParams) { p.InboxRelays = []string{"wss://A.example/"} }},
		{"plain ws to a public host", func(p *BundleParams) { p.InboxRelays = []string{"ws://relay.example"} }},
		{"too many networks", func(p *BundleParams) { p.Networks = manyNets }},
		{"duplicate network", func(p *BundleParams) { p.Networks = [][32]byte{testNetwork, testNetwork} }},
		{"zero network", func(p *BundleParams) { p.Networks = [][32]byte{{}} }},
	} {
		p := testParams()
		tc.edit(&p)
		if _, err := NewBundle(keys, p); !errors.Is(err, ErrInvalidBundle) {
			t.Errorf("%s: err = %v", tc.name, err)
		}
	}
	p := testParams()
	p.InboxRelays = many(MaxInboxRelays, func(i int) string { return fmt.Sprintf("wss://r%d.example", i) })
	p.Networks = manyNets[:MaxNetworks]
	p.Expires = p.Created.Add(MaxBundleLifetime)
	if _, err := NewBundle(keys, p); err != nil {
		t.Errorf("bundle at every limit: %v", err)
	}
}

func TestNormalizeRelayURL(t *testing.T) {
	long := "wss://" + strings.Repeat("a", MaxRelayURLLength-len("wss://")+1)
	for _, tc := range []struct{ in, want string }{
		{"wss://relay.example.com", "wss://relay.example.com"},
		{"WSS://Relay.Example.COM/", "wss://relay.example.com"},
		{"wss://relay.example.com:443/path", "wss://relay.example.com:443/path"},
		{"wss://relay.example.com/Path/", "wss://relay.example.com/Path/"},
		{"ws://localhost:7777", "ws://localhost:7777"},
		{"ws://127.0.0.1:7777/", "ws://127.0.0.1:7777"},
		{"ws://127.8.9.10", "ws://127.8.9.10"},
		{"ws://[::1]:7777", "ws://[::1]:7777"},
		{"wss://[2001:db8::1]:7777", "wss://[2001:db8::1]:7777"},
		{"ws://relay.example.com", ""},
		{"ws://10.0.0.1", ""},
		{"https://relay.example.com", ""},
		{"relay.example.com", ""},
		{"wss://", ""},
		{"wss://user@relay.example.com", ""},
		{"wss://relay.example.com?x=1", ""},
		{"wss://relay.example.com?", ""},
		{"wss://relay.example.com#frag", ""},
		{"wss://relay.example.com:0", ""},
		{"wss://relay.example.com:070", ""},
		{"wss://relay.example.com:65536", ""},
		{"wss://relay.example.com:", ""},
		{"wss://relay example.com", ""},
		{"wss://relé.example.com", ""},
		{"wss://relay.example.com/\x00", ""},
		{"", ""},
		{long, ""},
	} {
		got, err := NormalizeRelayURL(tc.in)
		if tc.want == "" {
			if err == nil {
				t.Errorf("NormalizeRelayURL(%q) = %q, want an error", tc.in, got)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("NormalizeRelayURL(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
		if again, err := NormalizeRelayURL(got); err != nil || again != got {
			t.Errorf("NormalizeRelayURL not idempotent on %q: %q %v", got, again, err)
		}
	}
}

// Offsets in a bundle's encoding with no relays and no networks.
const (
	offIndex     = 1 + 20
	offEncKey    = offIndex + 4
	offTransport = offEncKey + EncryptionPublicKeySize + SigningPublicKeySize
	offRelays    = offTransport + TransportPublicKeySize
	offCreated   = offRelays + 2
	offSig       = offCreated + 16
)

func TestParseBundleRejects(t *testing.T) {
	id := mustIdentity(t, abandonAbout, 0)
	b := mustBundle(t, id, BundleParams{Created: testCreated, Expires: testExpires})
	good, err := b.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if len(good) != offSig+SignatureSize {
		t.Fatalf("layout: %d bytes, want %d", len(good), offSig+SignatureSize)
	}
	edit := func(f func(d []byte) []byte) []byte { return f(bytes.Clone(good)) }
	highS := edit(func(d []byte) []byte {
		s := new(big.Int).SetBytes(d[offSig+32 : offSig+64])
		new(big.Int).Sub(secp256k1N, s).FillBytes(d[offSig+32 : offSig+64])
		d[offSig+64] ^= 1 // 27 ↔ 28: the same signature, mathematically
		return d
	})
	for _, tc := range []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrMalformedBundle},
		{"truncated", good[:len(good)-1], ErrMalformedBundle},
		{"trailing byte", append(bytes.Clone(good), 0), ErrMalformedBundle},
		{"version 0", edit(func(d []byte) []byte { d[0] = 0; return d }), ErrBundleVersion},
		{"version 2", edit(func(d []byte) []byte { d[0] = 2; return d }), ErrBundleVersion},
		{"high s", highS, ErrMalformedBundle},
		{"v = 0", edit(func(d []byte) []byte { d[len(d)-1] = 0; return d }), ErrMalformedBundle},
		{"v = 29", edit(func(d []byte) []byte { d[len(d)-1] = 29; return d }), ErrMalformedBundle},
		{"zero signature", edit(func(d []byte) []byte { clear(d[offSig:]); return d }), ErrMalformedBundle},
		{"r = n", edit(func(d []byte) []byte { secp256k1N.FillBytes(d[offSig : offSig+32]); return d }), ErrMalformedBundle},
		{"too many relays", edit(func(d []byte) []byte { d[offRelays] = MaxInboxRelays + 1; return d }), ErrMalformedBundle},
		{"relay count without relays", edit(func(d []byte) []byte { d[offRelays] = 1; return d }), ErrMalformedBundle},
		{"too many networks", edit(func(d []byte) []byte { d[offRelays+1] = MaxNetworks + 1; return d }), ErrMalformedBundle},
		{"expires = created", edit(func(d []byte) []byte {
			copy(d[offCreated+8:offCreated+16], d[offCreated:offCreated+8])
			return d
		}), ErrInvalidBundle},
		{"transport key not on the curve", edit(func(d []byte) []byte {
			// x = 5 has no point on secp256k1 (5³+7 = 132 is not a square mod p).
			clear(d[offTransport : offTransport+32])
			d[offTransport+31] = 5
			return d
		}), ErrInvalidBundle},
		{"encryption key fails the ML-KEM check", edit(func(d []byte) []byte {
			d[offEncKey], d[offEncKey+1] = 0xff, 0xff // coefficient 4095 ≥ q
			return d
		}), ErrInvalidBundle},
		{"oversized", make([]byte, maxBundleSize+1), ErrMalformedBundle},
	} {
		_, err := ParseBundle(tc.data)
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.want)
		}
	}

	// A relay URL that is valid but not canonical is rejected.
	withRelay := func(url string) []byte {
		d := bytes.Clone(good[:offRelays])
		d = append(d, 1, byte(len(url)))
		d = append(d, url...)
		return append(d, good[offRelays+1:]...)
	}
	// A canonical relay parses (the now-stale signature is Verify's job).
	if _, err := ParseBundle(withRelay("wss://relay.example")); err != nil {
		t.Errorf("canonical relay: err = %v", err)
	}
	for _, url := range []string{"wss://Relay.example", "wss://relay.example/", "ws://relay.example", ""} {
		if _, err := ParseBundle(withRelay(url)); !errors.Is(err, ErrMalformedBundle) {
			t.Errorf("relay %q: err = %v", url, err)
		}
	}
	dupNet := bytes.Clone(good[:offRelays+1])
	dupNet = append(dupNet, 2)
	dupNet = append(dupNet, testNetwork[:]...)
	dupNet = append(dupNet, testNetwork[:]...)
	dupNet = append(dupNet, good[offRelays+2:]...)
	if _, err := ParseBundle(dupNet); !errors.Is(err, ErrMalformedBundle) {
		t.Errorf("duplicate network: err = %v", err)
	}
}

func TestFingerprint(t *testing.T) {
	id := mustIdentity(t, abandonAbout, 0)
	f := id.Fingerprint()
	s := f.String()
	groups := strings.Split(s, " ")
	if len(groups) != 8 {
		t.Fatalf("%q: %d groups, want 8", s, len(groups))
	}
	for _, g := range groups {
		if len(g) != 4 || strings.Trim(g, "abcdefghijklmnopqrstuvwxyz234567") != "" {
			t.Fatalf("%q: bad group %q", s, g)
		}
	}
	back, err := ParseFingerprint(strings.ToUpper(strings.ReplaceAll(s, " ", "-")))
	if err != nil || back != f {
		t.Fatalf("ParseFingerprint: %v", err)
	}
	if _, err := ParseFingerprint(s[:len(s)-1]); err == nil {
		t.Fatal("short fingerprint parsed")
	}
	// Every key is covered; relays, networks and times are not.
	pk := id.PublicKeys()
	for name, edit := range map[string]func(p *PublicKeys){
		"account":    func(p *PublicKeys) { p.Account[0] ^= 1 },
		"encryption": func(p *PublicKeys) { p.EncryptionKey[100] ^= 1 },
		"signing":    func(p *PublicKeys) { p.SigningKey[0] ^= 1 },
		"transport":  func(p *PublicKeys) { p.TransportKey[0] ^= 1 },
	} {
		c := pk
		edit(&c)
		if c.Fingerprint() == f {
			t.Errorf("fingerprint does not cover the %s key", name)
		}
	}
	b1 := mustBundle(t, id, testParams())
	b2 := mustBundle(t, id, BundleParams{Created: testCreated.Add(time.Hour), Expires: testExpires})
	if b1.Fingerprint() != b2.Fingerprint() || b1.Hash() == b2.Hash() {
		t.Fatal("fingerprint should ignore relays and times; the hash should not")
	}
}
