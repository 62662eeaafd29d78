package envelope

import (
	"crypto/ed25519"
	"runtime"
	"testing"
	"time"
)

func TestTmpPair(t *testing.T) {
	runtime.LockOSThread()
	m := testMessage(alice, bob)
	im := &innerMessage{Message: *m}
	copy(im.Signer[:], alice.edPub)
	inner := im.marshal()
	_, z := compress(inner)
	info := []byte("b-mail/v1/wrap and a 32-byte header hash.........")
	pt := make([]byte, wrapPlaintextSize)
	wrap, _ := circlSealWrap(nil, bob.xwKey, info, pt)
	open := circlWrapOpener(bob.xwPriv)
	signed := signedMessage(&[32]byte{}, &[32]byte{})
	sig := ed25519.Sign(alice.edPriv, signed)
	s := mustSeal(t, nil, m, alice, bob.recipient(false))
	u0, _ := Unwrap(s.Bytes, bob.xwPriv)
	scratch := make([]byte, 0, 16<<10)
	fs := []struct {
		name string
		f    func()
	}{
		{"seal", func() { mustSeal(t, nil, m, alice, bob.recipient(false)) }},
		{"open", func() {
			u, _ := Unwrap(s.Bytes, bob.xwPriv)
			if _, err := Open(s.Bytes, u, s.Secrets[0], bob.addr); err != nil {
				t.Fatal(err)
			}
		}},
		{"unwrap", func() { Unwrap(s.Bytes, bob.xwPriv) }},
		{"openonly", func() { Open(s.Bytes, u0, s.Secrets[0], bob.addr) }},
		{"hpke-seal", func() { circlSealWrap(nil, bob.xwKey, info, pt) }},
		{"hpke-open", func() { open(wrap, info) }},
		{"sign", func() { ed25519.Sign(alice.edPriv, signed) }},
		{"verify", func() { ed25519.Verify(alice.edPub, signed, sig) }},
		{"compress", func() { compress(inner) }},
		{"decompress", func() { decompress(codecZstd, z, scratch) }},
	}
	tot := make([]time.Duration, len(fs))
	const rounds, per = 30, 100
	for range rounds {
		for i, f := range fs {
			t0, _ := threadCPU()
			for range per {
				f.f()
			}
			t1, _ := threadCPU()
			tot[i] += t1 - t0
		}
	}
	for i, f := range fs {
		t.Logf("%-12s %v", f.name, tot[i]/(rounds*per))
	}
}
