package identity

import (
	"bytes"
	"slices"
	"testing"
)

// seedFromVectors adds every vector's bytes of one kind to the corpus.
func seedFromVectors(f *testing.F, pick func(v *vector) string) {
	f.Helper()
	forEachVectorFile(f, func(v *vector) {
		if s := pick(v); s != "" {
			f.Add(mustUnhex(f, s))
		}
	})
}

func FuzzParseBundle(f *testing.F) {
	seedFromVectors(f, func(v *vector) string { return v.Bundle })
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := ParseBundle(data)
		if err != nil {
			return
		}
		out, err := b.MarshalBinary()
		if err != nil {
			t.Fatalf("parsed bundle does not marshal: %v", err)
		}
		if !bytes.Equal(out, data) {
			t.Fatalf("parse → marshal differs:\n in %x\nout %x", data, out)
		}
		_ = b.Verify()
		_ = b.Hash()
	})
}

func FuzzParseKeystore(f *testing.F) {
	seedFromVectors(f, func(v *vector) string { return v.Keystore })
	f.Fuzz(func(t *testing.T, data []byte) {
		ks, err := ParseKeystore(data)
		if err != nil {
			return
		}
		out, err := ks.MarshalBinary()
		if err != nil {
			t.Fatalf("parsed keystore does not marshal: %v", err)
		}
		if !bytes.Equal(out, data) {
			t.Fatalf("parse → marshal differs:\n in %x\nout %x", data, out)
		}
	})
}

func FuzzParseMnemonic(f *testing.F) {
	forEachVectorFile(f, func(v *vector) {
		if v.Phrase != "" {
			f.Add(v.Phrase)
		}
	})
	f.Fuzz(func(t *testing.T, phrase string) {
		m, err := ParseMnemonic(phrase)
		if err != nil {
			return
		}
		back, err := ParseMnemonic(m.Phrase())
		if err != nil || !slices.Equal(back.Entropy(), m.Entropy()) {
			t.Fatalf("canonical phrase of %q does not parse back: %v", phrase, err)
		}
	})
}

func FuzzNormalizeRelayURL(f *testing.F) {
	for _, s := range []string{"wss://relay.example.com", "WSS://A.B/", "ws://[::1]:1/x/", "ws://127.0.0.1:65535/%2F"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := NormalizeRelayURL(s)
		if err != nil {
			return
		}
		again, err := NormalizeRelayURL(n)
		if err != nil || again != n {
			t.Fatalf("not idempotent: %q → %q → %q (%v)", s, n, again, err)
		}
		if err := checkRelayURL(n); err != nil {
			t.Fatalf("normalised %q rejected: %v", n, err)
		}
	})
}
