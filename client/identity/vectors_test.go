package identity

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"iter"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The vectors in testdata/vectors/identity pin every byte SPEC.md §1–3
// describes. They are regenerated (after a deliberate format change only)
// with:
//
//	go test ./client/identity -run TestVectors -update-vectors
var updateVectors = flag.Bool("update-vectors", false, "rewrite testdata/vectors/identity from the implementation")

const vectorDir = "../../testdata/vectors/identity"

// vector is one test vector file. Type selects the fields that matter:
//
//	mnemonic  phrase → entropy, or error
//	identity  mnemonic, index → seed and every derived key
//	bundle    mnemonic, index, bundle fields → hashes and bytes; or bytes →
//	          parse/verify/validate error
//	keystore  mnemonic, index, passphrase, kdf, salt, nonce → file bytes; or
//	          file bytes, passphrase → error
type vector struct {
	Type        string `json:"type"`
	Description string `json:"description"`

	Phrase     string `json:"phrase,omitempty"`
	Mnemonic   string `json:"mnemonic,omitempty"`
	Index      uint32 `json:"index"`
	Entropy    string `json:"entropy,omitempty"`
	Passphrase string `json:"passphrase,omitempty"`

	Seed                string `json:"seed,omitempty"`
	AccountKey          string `json:"account_key,omitempty"`
	Address             string `json:"address,omitempty"`
	EncryptionSeed      string `json:"encryption_seed,omitempty"`
	EncryptionPublicKey string `json:"encryption_public_key,omitempty"`
	SigningSeed         string `json:"signing_seed,omitempty"`
	SigningPublicKey    string `json:"signing_public_key,omitempty"`
	TransportSecretKey  string `json:"transport_secret_key,omitempty"`
	TransportPublicKey  string `json:"transport_public_key,omitempty"`
	Fingerprint         string `json:"fingerprint,omitempty"`

	InboxRelays     []string `json:"inbox_relays,omitempty"`
	Networks        []string `json:"networks,omitempty"`
	Created         uint64   `json:"created,omitempty"`
	Expires         uint64   `json:"expires,omitempty"`
	DomainSeparator string   `json:"domain_separator,omitempty"`
	StructHash      string   `json:"struct_hash,omitempty"`
	Hash            string   `json:"hash,omitempty"`
	Bundle          string   `json:"bundle,omitempty"`
	Now             uint64   `json:"now,omitempty"`

	KDF      *KDFParams `json:"kdf,omitempty"`
	Salt     string     `json:"salt,omitempty"`
	Nonce    string     `json:"nonce,omitempty"`
	Keystore string     `json:"keystore,omitempty"`

	// Error names the sentinel the vector must fail with (see
	// vectorErrors); empty means success.
	Error string `json:"error,omitempty"`
}

var vectorErrors = map[string]error{
	"ErrWordCount":         ErrWordCount,
	"ErrUnknownWord":       ErrUnknownWord,
	"ErrChecksum":          ErrChecksum,
	"ErrWrongPassphrase":   ErrWrongPassphrase,
	"ErrKeystoreDamaged":   ErrKeystoreDamaged,
	"ErrKeystoreVersion":   ErrKeystoreVersion,
	"ErrMalformedBundle":   ErrMalformedBundle,
	"ErrBundleVersion":     ErrBundleVersion,
	"ErrInvalidBundle":     ErrInvalidBundle,
	"ErrBadSignature":      ErrBadSignature,
	"ErrBundleExpired":     ErrBundleExpired,
	"ErrBundleNotYetValid": ErrBundleNotYetValid,
}

// forEachVector runs f on every vector file as a subtest named after it.
func forEachVector(t *testing.T, f func(t *testing.T, v *vector)) {
	for name, v := range readVectors(t) {
		t.Run(name, func(t *testing.T) { f(t, v) })
	}
}

// forEachVectorFile calls f on every vector, for fuzz seed corpora.
func forEachVectorFile(tb testing.TB, f func(v *vector)) {
	for _, v := range readVectors(tb) {
		f(v)
	}
}

// readVectors yields every vector file in name order, named without
// ".json".
func readVectors(tb testing.TB) iter.Seq2[string, *vector] {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(vectorDir, "*.json"))
	if err != nil {
		tb.Fatal(err)
	}
	if len(files) == 0 {
		tb.Fatalf("no vectors in %s", vectorDir)
	}
	return func(yield func(string, *vector) bool) {
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				tb.Fatal(err)
			}
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.DisallowUnknownFields()
			v := new(vector)
			if err := dec.Decode(v); err != nil {
				tb.Fatalf("%s: %v", file, err)
			}
			if !yield(strings.TrimSuffix(filepath.Base(file), ".json"), v) {
				return
			}
		}
	}
}

func mustUnhex(tb testing.TB, s string) []byte {
	tb.Helper()
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		tb.Fatalf("bad hex %q: %v", s, err)
	}
	return b
}

func TestVectors(t *testing.T) {
	if *updateVectors {
		writeVectors(t)
	}
	seen := map[string]int{}
	forEachVector(t, func(t *testing.T, v *vector) {
		seen[v.Type]++
		var want error
		if v.Error != "" {
			var ok bool
			if want, ok = vectorErrors[v.Error]; !ok {
				t.Fatalf("unknown error name %q", v.Error)
			}
		}
		switch v.Type {
		case "mnemonic":
			checkMnemonicVector(t, v, want)
		case "identity":
			checkIdentityVector(t, v)
		case "bundle":
			checkBundleVector(t, v, want)
		case "keystore":
			checkKeystoreVector(t, v, want)
		default:
			t.Fatalf("unknown vector type %q", v.Type)
		}
	})
	for _, typ := range []string{"mnemonic", "identity", "bundle", "keystore"} {
		if seen[typ] == 0 {
			t.Errorf("no %s vectors", typ)
		}
	}
}

func expectErr(t *testing.T, err, want error) bool {
	t.Helper()
	if want == nil {
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		return false
	}
	if !errors.Is(err, want) {
		t.Fatalf("err = %v, want %v", err, want)
	}
	return true
}

func eqHex(t *testing.T, what string, got []byte, want string) {
	t.Helper()
	if hex.EncodeToString(got) != strings.TrimPrefix(want, "0x") {
		t.Errorf("%s:\n got %x\nwant %s", what, got, want)
	}
}

func checkMnemonicVector(t *testing.T, v *vector, want error) {
	m, err := ParseMnemonic(v.Phrase)
	if expectErr(t, err, want) {
		return
	}
	eqHex(t, "entropy", m.Entropy(), v.Entropy)
	if v.Mnemonic != "" && m.Phrase() != v.Mnemonic {
		t.Errorf("canonical phrase %q, want %q", m.Phrase(), v.Mnemonic)
	}
}

func checkIdentityVector(t *testing.T, v *vector) {
	m, err := ParseMnemonic(v.Mnemonic)
	if err != nil {
		t.Fatal(err)
	}
	eqHex(t, "seed", m.Seed(""), v.Seed)
	id, err := FromMnemonic(m, v.Index)
	if err != nil {
		t.Fatal(err)
	}
	var acct [32]byte
	id.AccountKey.D.FillBytes(acct[:])
	eqHex(t, "account key", acct[:], v.AccountKey)
	if id.Address.Hex() != v.Address {
		t.Errorf("address %s, want %s", id.Address.Hex(), v.Address)
	}
	eqHex(t, "encryption seed", id.EncryptionKey.Seed(), v.EncryptionSeed)
	eqHex(t, "encryption public key", id.EncryptionKey.PublicBytes(), v.EncryptionPublicKey)
	eqHex(t, "signing seed", id.SigningKey.Seed(), v.SigningSeed)
	pk := id.PublicKeys()
	eqHex(t, "signing public key", pk.SigningKey[:], v.SigningPublicKey)
	eqHex(t, "transport secret key", id.TransportKey.Serialize(), v.TransportSecretKey)
	eqHex(t, "transport public key", pk.TransportKey[:], v.TransportPublicKey)
	if id.Fingerprint().String() != v.Fingerprint {
		t.Errorf("fingerprint %q, want %q", id.Fingerprint(), v.Fingerprint)
	}
}

func checkBundleVector(t *testing.T, v *vector, want error) {
	data := mustUnhex(t, v.Bundle)
	b, err := ParseBundle(data)
	if err == nil {
		err = b.Verify()
	}
	if err == nil && v.Now != 0 {
		err = b.Validate(time.Unix(int64(v.Now), 0))
	}
	if expectErr(t, err, want) {
		return
	}
	again, err := b.MarshalBinary()
	if err != nil || !bytes.Equal(again, data) {
		t.Fatalf("parse → marshal differs (%v)", err)
	}
	// Rebuild from the mnemonic and the listed fields: same bytes.
	m, err := ParseMnemonic(v.Mnemonic)
	if err != nil {
		t.Fatal(err)
	}
	id, err := FromMnemonic(m, v.Index)
	if err != nil {
		t.Fatal(err)
	}
	p := BundleParams{
		InboxRelays: v.InboxRelays,
		Created:     time.Unix(int64(v.Created), 0),
		Expires:     time.Unix(int64(v.Expires), 0),
	}
	for _, n := range v.Networks {
		p.Networks = append(p.Networks, [32]byte(mustUnhex(t, n)))
	}
	rebuilt, err := id.NewSignedBundle(p)
	if err != nil {
		t.Fatal(err)
	}
	out, _ := rebuilt.MarshalBinary()
	eqHex(t, "bundle", out, v.Bundle)
	ds := BundleDomainSeparator()
	eqHex(t, "domain separator", ds[:], v.DomainSeparator)
	sh := b.StructHash()
	eqHex(t, "struct hash", sh[:], v.StructHash)
	h := b.Hash()
	eqHex(t, "hash", h[:], v.Hash)
	if b.Fingerprint().String() != v.Fingerprint {
		t.Errorf("fingerprint %q, want %q", b.Fingerprint(), v.Fingerprint)
	}
}

func checkKeystoreVector(t *testing.T, v *vector, want error) {
	data := mustUnhex(t, v.Keystore)
	ks, err := ParseKeystore(data)
	var id *Identity
	if err == nil {
		id, err = ks.Unlock([]byte(v.Passphrase))
	}
	if expectErr(t, err, want) {
		return
	}
	if id.Address.Hex() != v.Address || id.Index != v.Index {
		t.Errorf("unlocked %s at %d, want %s at %d", id.Address.Hex(), id.Index, v.Address, v.Index)
	}
	// Re-encrypt with the listed salt and nonce: same bytes.
	m, err := ParseMnemonic(v.Mnemonic)
	if err != nil {
		t.Fatal(err)
	}
	rnd := bytes.NewReader(append(mustUnhex(t, v.Salt), mustUnhex(t, v.Nonce)...))
	again, err := sealKeystore(rnd, m, v.Index, []byte(v.Passphrase), *v.KDF)
	if err != nil {
		t.Fatal(err)
	}
	out, _ := again.MarshalBinary()
	eqHex(t, "keystore", out, v.Keystore)
}

// writeVectors regenerates the vector files from the implementation and
// from deliberate corruptions of its output.
func writeVectors(t *testing.T) {
	if err := os.MkdirAll(vectorDir, 0o755); err != nil {
		t.Fatal(err)
	}
	old, _ := filepath.Glob(filepath.Join(vectorDir, "*.json"))
	for _, f := range old {
		os.Remove(f)
	}
	write := func(name string, v *vector) {
		data, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(vectorDir, name+".json"), append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	twentyFour := trezorVectors[4].phrase // letter advice … bless

	// Mnemonics.
	write("mnemonic-12-words", &vector{Type: "mnemonic", Description: "12 words, all-zero entropy",
		Phrase: abandonAbout, Mnemonic: abandonAbout, Entropy: strings.Repeat("00", 16)})
	write("mnemonic-24-words-messy", &vector{Type: "mnemonic",
		Description: "24 words typed with capitals, tabs, newlines and four-letter abbreviations; normalised to the canonical phrase",
		Phrase:      "  LETTER advi\tcage absurd amount doctor acoustic avoid letter advice cage absurd\namount doctor acou avoid letter advice cage absurd amount doctor acoustic BLESS ",
		Mnemonic:    twentyFour, Entropy: strings.Repeat("80", 32)})
	write("mnemonic-bad-checksum", &vector{Type: "mnemonic", Description: "last word changed: checksum fails",
		Phrase: strings.Repeat("abandon ", 11) + "abandon", Error: "ErrChecksum"})
	write("mnemonic-unknown-word", &vector{Type: "mnemonic", Description: "third word misspelt",
		Phrase: "abandon abandon abandn abandon abandon abandon abandon abandon abandon abandon abandon about", Error: "ErrUnknownWord"})
	write("mnemonic-18-words", &vector{Type: "mnemonic", Description: "a valid BIP-39 phrase of 18 words; b-mail accepts 12 or 24",
		Phrase: "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon agent", Error: "ErrWordCount"})

	// Identities.
	for _, tc := range []struct {
		name, phrase string
		index        uint32
	}{
		{"identity-abandon-about-0", abandonAbout, 0},
		{"identity-abandon-about-1", abandonAbout, 1},
		{"identity-24-words-0", twentyFour, 0},
	} {
		m, _ := ParseMnemonic(tc.phrase)
		id, err := FromMnemonic(m, tc.index)
		if err != nil {
			t.Fatal(err)
		}
		pk := id.PublicKeys()
		var acct [32]byte
		id.AccountKey.D.FillBytes(acct[:])
		write(tc.name, &vector{
			Type:                "identity",
			Description:         fmt.Sprintf("every key of a %d-word mnemonic at key index %d (empty BIP-39 passphrase)", len(m.Words()), tc.index),
			Mnemonic:            tc.phrase,
			Index:               tc.index,
			Seed:                hex.EncodeToString(m.Seed("")),
			AccountKey:          hex.EncodeToString(acct[:]),
			Address:             id.Address.Hex(),
			EncryptionSeed:      hex.EncodeToString(id.EncryptionKey.Seed()),
			EncryptionPublicKey: hex.EncodeToString(id.EncryptionKey.PublicBytes()),
			SigningSeed:         hex.EncodeToString(id.SigningKey.Seed()),
			SigningPublicKey:    hex.EncodeToString(pk.SigningKey[:]),
			TransportSecretKey:  hex.EncodeToString(id.TransportKey.Serialize()),
			TransportPublicKey:  hex.EncodeToString(pk.TransportKey[:]),
			Fingerprint:         id.Fingerprint().String(),
		})
	}

	// Bundles.
	bundleVector := func(phrase string, index uint32, p BundleParams, desc string) (*vector, *Bundle) {
		m, _ := ParseMnemonic(phrase)
		id, err := FromMnemonic(m, index)
		if err != nil {
			t.Fatal(err)
		}
		b, err := id.NewSignedBundle(p)
		if err != nil {
			t.Fatal(err)
		}
		data, _ := b.MarshalBinary()
		ds, sh, h := BundleDomainSeparator(), b.StructHash(), b.Hash()
		v := &vector{Type: "bundle", Description: desc, Mnemonic: phrase, Index: index,
			InboxRelays: p.InboxRelays, Created: b.Created, Expires: b.Expires,
			DomainSeparator: hex.EncodeToString(ds[:]), StructHash: hex.EncodeToString(sh[:]),
			Hash: hex.EncodeToString(h[:]), Bundle: hex.EncodeToString(data), Fingerprint: b.Fingerprint().String()}
		for _, n := range p.Networks {
			v.Networks = append(v.Networks, hex.EncodeToString(n[:]))
		}
		return v, b
	}
	full, fullBundle := bundleVector(abandonAbout, 0, testParams(), "three inbox relays, two networks")
	write("bundle-full", full)
	empty, _ := bundleVector(twentyFour, 1, BundleParams{Created: testCreated, Expires: testExpires}, "no relays, no networks, key index 1")
	write("bundle-empty-lists", empty)

	good, _ := fullBundle.MarshalBinary()
	bad := func(name, desc, errName string, edit func(d []byte) []byte, now uint64) {
		write(name, &vector{Type: "bundle", Description: desc, Bundle: hex.EncodeToString(edit(bytes.Clone(good))), Now: now, Error: errName})
	}
	bad("bundle-trailing-byte", "a valid bundle plus one byte", "ErrMalformedBundle",
		func(d []byte) []byte { return append(d, 0) }, 0)
	bad("bundle-truncated", "a valid bundle minus its last byte", "ErrMalformedBundle",
		func(d []byte) []byte { return d[:len(d)-1] }, 0)
	bad("bundle-version-2", "version byte 2", "ErrBundleVersion",
		func(d []byte) []byte { d[0] = 2; return d }, 0)
	bad("bundle-high-s", "the same signature with s replaced by n-s and v flipped: valid ECDSA, not canonical", "ErrMalformedBundle",
		func(d []byte) []byte {
			sig := d[len(d)-SignatureSize:]
			s := new(big.Int).SetBytes(sig[32:64])
			new(big.Int).Sub(secp256k1N, s).FillBytes(sig[32:64])
			sig[64] ^= 1
			return d
		}, 0)
	bad("bundle-v-0", "v = 0 instead of 27", "ErrMalformedBundle",
		func(d []byte) []byte { d[len(d)-1] -= signatureVOffset; return d }, 0)
	relayOff := offRelays // first relay's length byte follows the count
	bad("bundle-relay-uppercase", "first relay URL's host in capitals: not canonical", "ErrMalformedBundle",
		func(d []byte) []byte {
			host := relayOff + 2 + len("wss://")
			d[host] = 'R'
			return d
		}, 0)
	bad("bundle-bad-signature", "a network id byte changed after signing", "ErrBadSignature",
		func(d []byte) []byte {
			d[len(d)-SignatureSize-16-1] ^= 1 // last byte of the last network id
			return d
		}, 0)
	bad("bundle-expired", "valid bundle checked one second after it expires", "ErrBundleExpired",
		func(d []byte) []byte { return d }, fullBundle.Expires+1)
	bad("bundle-not-yet-valid", "valid bundle checked 11 minutes before its creation", "ErrBundleNotYetValid",
		func(d []byte) []byte { return d }, fullBundle.Created-11*60)

	// Keystores.
	salt := bytes.Repeat([]byte{0x5a}, ksSaltSize)
	nonce := bytes.Repeat([]byte{0xa5}, 24)
	kdf := KDFParams{Time: 2, MemoryKiB: 256, Threads: 1}
	ksVector := func(name, phrase string, index uint32, pass string) []byte {
		m, _ := ParseMnemonic(phrase)
		ks, err := sealKeystore(bytes.NewReader(append(bytes.Clone(salt), nonce...)), m, index, []byte(pass), kdf)
		if err != nil {
			t.Fatal(err)
		}
		data, _ := ks.MarshalBinary()
		write(name, &vector{Type: "keystore", Description: "fixed salt and nonce; cheap Argon2id parameters",
			Mnemonic: phrase, Index: index, Passphrase: pass, KDF: &kdf,
			Salt: hex.EncodeToString(salt), Nonce: hex.EncodeToString(nonce), Keystore: hex.EncodeToString(data),
			Address: ks.Address.Hex()})
		return data
	}
	ks12 := ksVector("keystore-12-words", abandonAbout, 0, "correct horse battery staple")
	ksVector("keystore-24-words-index-3", twentyFour, 3, "pässwörd with ünïcode")
	ksBad := func(name, desc, pass, errName string, edit func(d []byte) []byte) {
		write(name, &vector{Type: "keystore", Description: desc, Passphrase: pass,
			Keystore: hex.EncodeToString(edit(bytes.Clone(ks12))), Error: errName})
	}
	ksBad("keystore-wrong-passphrase", "intact file, wrong passphrase", "correct horse battery stapler", "ErrWrongPassphrase",
		func(d []byte) []byte { return d })
	ksBad("keystore-damaged-ciphertext", "one ciphertext bit flipped; the checksum catches it before any passphrase is tried",
		"correct horse battery staple", "ErrKeystoreDamaged",
		func(d []byte) []byte { d[ksCipherOff+3] ^= 0x10; return d })
	ksBad("keystore-truncated", "last byte missing", "correct horse battery staple", "ErrKeystoreDamaged",
		func(d []byte) []byte { return d[:len(d)-1] })
	ksBad("keystore-version-2", "version byte 2", "correct horse battery staple", "ErrKeystoreVersion",
		func(d []byte) []byte { d[ksVersionOff] = 2; return d })
}
