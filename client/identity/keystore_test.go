package identity

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/crypto/chacha20poly1305"
)

// testKDF is cheap enough for unit tests; DefaultKDFParams is for people.
var testKDF = KDFParams{Time: 1, MemoryKiB: 64, Threads: 1}

func mustKeystore(t testing.TB, phrase string, index uint32, pass string) *Keystore {
	t.Helper()
	m, err := ParseMnemonic(phrase)
	if err != nil {
		t.Fatal(err)
	}
	ks, err := NewKeystore(m, index, []byte(pass), testKDF)
	if err != nil {
		t.Fatal(err)
	}
	return ks
}

func TestKeystoreRoundTrip(t *testing.T) {
	for _, phrase := range []string{abandonAbout, trezorVectors[3].phrase} {
		ks := mustKeystore(t, phrase, 5, "correct horse")
		data, err := ks.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if len(data) != KeystoreSize {
			t.Fatalf("%d bytes, want %d (12 and 24 words must not differ in size)", len(data), KeystoreSize)
		}
		parsed, err := ParseKeystore(data)
		if err != nil {
			t.Fatal(err)
		}
		if again, _ := parsed.MarshalBinary(); !bytes.Equal(again, data) {
			t.Fatal("parse → marshal differs")
		}
		m, err := parsed.Decrypt([]byte("correct horse"))
		if err != nil {
			t.Fatal(err)
		}
		if m.Phrase() != phrase {
			t.Fatalf("decrypted %q", m.Phrase())
		}
		id, err := parsed.Unlock([]byte("correct horse"))
		if err != nil {
			t.Fatal(err)
		}
		want := mustIdentity(t, phrase, 5)
		if id.Index != 5 || id.Address != want.Address || id.Fingerprint() != want.Fingerprint() {
			t.Fatal("unlocked identity differs from a fresh derivation")
		}
		if parsed.Address != want.Address || parsed.KeyIndex != 5 {
			t.Fatal("public header fields wrong")
		}
	}
}

func TestKeystoreWrongPassphrase(t *testing.T) {
	ks := mustKeystore(t, abandonAbout, 0, "right")
	for _, p := range []string{"wrong", "", "right ", "Right"} {
		if _, err := ks.Unlock([]byte(p)); !errors.Is(err, ErrWrongPassphrase) {
			t.Errorf("passphrase %q: err = %v", p, err)
		}
	}
}

// TestKeystoreEveryBitFlip: flipping any single bit of the file is caught
// by the keyless checksum (or the magic/version check) before any
// passphrase is tried, so it is never mistaken for a wrong passphrase.
func TestKeystoreEveryBitFlip(t *testing.T) {
	data, _ := mustKeystore(t, abandonAbout, 0, "pw").MarshalBinary()
	for i := range len(data) * 8 {
		d := bytes.Clone(data)
		d[i/8] ^= 1 << (i % 8)
		_, err := ParseKeystore(d)
		want := ErrKeystoreDamaged
		if i/8 == ksVersionOff {
			want = ErrKeystoreVersion
		}
		if !errors.Is(err, want) {
			t.Fatalf("bit %d (byte %d): err = %v, want %v", i, i/8, err, want)
		}
	}
}

func TestKeystoreDamaged(t *testing.T) {
	data, _ := mustKeystore(t, abandonAbout, 0, "pw").MarshalBinary()
	reseal := func(d []byte) []byte {
		sum := sha256.Sum256(d[:ksChecksumOff])
		copy(d[ksChecksumOff:], sum[:])
		return d
	}
	for _, tc := range []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrKeystoreDamaged},
		{"magic only", []byte(KeystoreMagic), ErrKeystoreDamaged},
		{"truncated", data[:len(data)-1], ErrKeystoreDamaged},
		{"extended", append(bytes.Clone(data), 0), ErrKeystoreDamaged},
		{"other file", []byte("{\"version\":3,\"crypto\":{}}"), ErrKeystoreDamaged},
		{"future version", func() []byte { d := bytes.Clone(data); d[ksVersionOff] = 2; return d }(), ErrKeystoreVersion},
		{"zero time, checksum fixed", func() []byte {
			d := bytes.Clone(data)
			binary.BigEndian.PutUint32(d[ksTimeOff:], 0)
			return reseal(d)
		}(), ErrKeystoreDamaged},
		{"huge memory, checksum fixed", func() []byte {
			d := bytes.Clone(data)
			binary.BigEndian.PutUint32(d[ksMemoryOff:], MaxKDFMemoryKiB+1)
			return reseal(d)
		}(), ErrKeystoreDamaged},
		{"zero threads, checksum fixed", func() []byte {
			d := bytes.Clone(data)
			d[ksThreadsOff] = 0
			return reseal(d)
		}(), ErrKeystoreDamaged},
	} {
		if _, err := ParseKeystore(tc.data); !errors.Is(err, tc.want) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.want)
		}
	}
}

// TestKeystoreHeaderIsAuthenticated: someone who edits the clear header
// and recomputes the keyless checksum cannot make the keystore open as
// another account or index; the AEAD (AAD = header) refuses. The checksum
// cannot tell this from a wrong passphrase, by design (it has no key).
func TestKeystoreHeaderIsAuthenticated(t *testing.T) {
	ks := mustKeystore(t, abandonAbout, 0, "pw")
	for name, edit := range map[string]func(k *Keystore){
		"address": func(k *Keystore) { k.Address[0] ^= 1 },
		"index":   func(k *Keystore) { k.KeyIndex = 1 },
		"salt":    func(k *Keystore) { k.Salt[0] ^= 1 },
		"time":    func(k *Keystore) { k.Params.Time++ },
	} {
		c := *ks
		edit(&c)
		data, _ := c.MarshalBinary()
		parsed, err := ParseKeystore(data)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := parsed.Unlock([]byte("pw")); !errors.Is(err, ErrWrongPassphrase) {
			t.Errorf("%s edited: err = %v", name, err)
		}
	}
}

func TestKeystoreRejectsBadParams(t *testing.T) {
	m, _ := ParseMnemonic(abandonAbout)
	for _, p := range []KDFParams{
		{Time: 0, MemoryKiB: 64, Threads: 1},
		{Time: 1, MemoryKiB: 7, Threads: 1},
		{Time: 1, MemoryKiB: 64, Threads: 0},
		{Time: 1, MemoryKiB: 64, Threads: 9}, // memory below 8·threads
		{Time: MaxKDFTime + 1, MemoryKiB: 64, Threads: 1},
	} {
		if _, err := NewKeystore(m, 0, []byte("pw"), p); err == nil {
			t.Errorf("params %+v accepted", p)
		}
	}
	if err := DefaultKDFParams.check(); err != nil {
		t.Fatalf("default params: %v", err)
	}
}

func TestSaveLoadKeystore(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "keystore")
	if _, err := LoadKeystore(path); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("missing file: err = %v", err)
	}
	ks := mustKeystore(t, abandonAbout, 3, "pw")
	if err := SaveKeystore(path, ks); err != nil {
		t.Fatal(err)
	}
	// Overwrite once more: the rename path replaces an existing file.
	if err := SaveKeystore(path, ks); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v, want 0600", st.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("%d files in the directory, want 1 (temp files left behind?)", len(entries))
	}
	loaded, err := LoadKeystore(path)
	if err != nil {
		t.Fatal(err)
	}
	if *loaded != *ks {
		t.Fatal("loaded keystore differs")
	}
	// A damaged file on disk names the path and the sentinel.
	data, _ := os.ReadFile(path)
	data[100] ^= 0x80
	os.WriteFile(path, data, 0o600)
	if _, err := LoadKeystore(path); !errors.Is(err, ErrKeystoreDamaged) {
		t.Fatalf("damaged file: err = %v", err)
	}
	// An overlong file is not read past its limit and is rejected.
	os.WriteFile(path, make([]byte, 1<<20), 0o600)
	if _, err := LoadKeystore(path); !errors.Is(err, ErrKeystoreDamaged) {
		t.Fatalf("1 MiB file: err = %v", err)
	}
}

// BenchmarkKeystoreUnlock measures an unlock with DefaultKDFParams: the
// delay a person waits after typing the passphrase.
func BenchmarkKeystoreUnlock(b *testing.B) {
	m, _ := ParseMnemonic(abandonAbout)
	ks, err := NewKeystore(m, 0, []byte("pw"), DefaultKDFParams)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := ks.Unlock([]byte("pw")); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFromMnemonic measures deriving every key of an identity from
// its words (PBKDF2, BIP-32, HKDF, X-Wing key generation).
func BenchmarkFromMnemonic(b *testing.B) {
	m, _ := ParseMnemonic(abandonAbout)
	for b.Loop() {
		if _, err := FromMnemonic(m, 0); err != nil {
			b.Fatal(err)
		}
	}
}

// TestKeystoreInnerLayout: content that authenticates but breaks the
// plaintext rules (written by a buggy or hostile writer who knows the
// passphrase) is reported as damage, not as a wrong passphrase.
func TestKeystoreInnerLayout(t *testing.T) {
	pass := []byte("pw")
	base := mustKeystore(t, abandonAbout, 0, "pw")
	reseal := func(ks *Keystore, plain []byte) {
		aead, err := chacha20poly1305.NewX(ks.key(pass))
		if err != nil {
			t.Fatal(err)
		}
		h := ks.marshal()
		aead.Seal(ks.Ciphertext[:0], ks.Nonce[:], plain, h[:ksCipherOff])
	}
	good := make([]byte, ksPlaintextSize)
	good[0] = EntropySize12 // abandon…about is all-zero entropy

	c := *base
	reseal(&c, good)
	if _, err := c.Unlock(pass); err != nil {
		t.Fatalf("hand-sealed good plaintext: %v", err)
	}
	for name, edit := range map[string]func(p []byte, k *Keystore){
		"entropy length 20":  func(p []byte, k *Keystore) { p[0] = 20 },
		"entropy length 0":   func(p []byte, k *Keystore) { p[0] = 0 },
		"non-zero padding":   func(p []byte, k *Keystore) { p[ksPlaintextSize-1] = 1 },
		"address of another": func(p []byte, k *Keystore) { k.Address[19] ^= 1 },
	} {
		c := *base
		p := bytes.Clone(good)
		edit(p, &c)
		reseal(&c, p)
		if _, err := c.Unlock(pass); !errors.Is(err, ErrKeystoreDamaged) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}
