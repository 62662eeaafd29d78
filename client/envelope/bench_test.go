package envelope

import (
	"crypto/ecdh"
	"crypto/ed25519"
	"crypto/mlkem"
	"crypto/rand"
	"fmt"
	"testing"

	"github.com/cloudflare/circl/dh/x25519"
	"github.com/cloudflare/circl/kem/mlkem/mlkem768"
)

// loop runs f b.N times and reports, besides wall time, the CPU time of
// the whole process per operation (cpu-ns/op: every thread, so work handed
// to another core counts), which stays meaningful when other work shares
// the cores. It returns that CPU time (0 where the platform cannot tell).
func loop(b *testing.B, f func()) float64 {
	start, ok := processCPU()
	for b.Loop() {
		f()
	}
	end, ok2 := processCPU()
	if !ok || !ok2 {
		return 0
	}
	perOp := float64((end - start).Nanoseconds()) / float64(b.N)
	b.ReportMetric(perOp, "cpu-ns/op")
	return perOp
}

// BenchmarkSeal seals a 4 KiB 1:1 message: encoding, signing, compression,
// padding, body encryption and one X-Wing wrap, to a contact whose key was
// parsed before.
func BenchmarkSeal(b *testing.B) {
	m := testMessage(alice, bob)
	rs := []Recipient{bob.recipient(false)}
	var s *Sealed
	loop(b, func() { s = mustSeal(b, nil, m, alice, rs...) })
	b.ReportMetric(float64(len(s.Bytes)), "envelope-B")
	b.ReportMetric(float64(s.PricedSize), "priced-B")
}

// BenchmarkSealFromBundleBytes is BenchmarkSeal parsing the recipient's
// X-Wing key from its bundle bytes each time (a first message to someone).
func BenchmarkSealFromBundleBytes(b *testing.B) {
	m := testMessage(alice, bob)
	loop(b, func() {
		k, err := ParsePublicKey(bob.xwPub)
		if err != nil {
			b.Fatal(err)
		}
		mustSeal(b, nil, m, alice, Recipient{PublicKey: k})
	})
}

// BenchmarkOpen unwraps and opens a 4 KiB 1:1 paid message: one X-Wing
// decapsulation, MAC, decryption, decompression, signature verification.
func BenchmarkOpen(b *testing.B) {
	m := testMessage(alice, bob)
	s := mustSeal(b, nil, m, alice, bob.recipient(false))
	loop(b, func() {
		u, err := Unwrap(s.Bytes, bob.xwPriv)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Open(s.Bytes, u, s.Secrets[0], bob.addr); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkSealRecipients seals the 4 KiB message to n recipients; the
// difference between n and 1 divided by n-1 is the cost of one more
// recipient. It reports the bytes each extra recipient adds.
func BenchmarkSealRecipients(b *testing.B) {
	m := testMessage(alice, bob)
	one := mustSeal(b, nil, m, alice, bob.recipient(false))
	for _, n := range []int{1, 2, 10} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			rs := make([]Recipient, n)
			for i := range rs {
				rs[i] = bob.recipient(false)
			}
			var s *Sealed
			loop(b, func() { s = mustSeal(b, nil, m, alice, rs...) })
			if n > 1 {
				b.ReportMetric(float64(len(s.Bytes)-len(one.Bytes))/float64(n-1), "B/extra-recipient")
			}
		})
	}
}

// BenchmarkUnwrapNotForMe trial-opens an envelope of n wraps none of which
// is for the key: the cost of mail for someone else, per wrap.
func BenchmarkUnwrapNotForMe(b *testing.B) {
	m := testMessage(alice, bob)
	for _, n := range []int{1, 10} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			rs := make([]Recipient, n)
			for i := range rs {
				rs[i] = bob.recipient(false)
			}
			s := mustSeal(b, nil, m, alice, rs...)
			cpu := loop(b, func() {
				if _, err := Unwrap(s.Bytes, carol.xwPriv); err != ErrNotForMe {
					b.Fatal(err)
				}
			})
			if cpu > 0 {
				b.ReportMetric(cpu/float64(n), "cpu-ns/wrap")
			}
		})
	}
}

// BenchmarkParts measures the building blocks of Seal and Open on the same
// inputs, so the envelope's own overhead can be read off side by side.
func BenchmarkParts(b *testing.B) {
	m := testMessage(alice, bob)
	im := &innerMessage{Message: *m}
	copy(im.Signer[:], alice.edPub)
	inner := im.marshal()
	_, z := compress(inner, nil)
	hc := newHPKEContext(&[32]byte{1})
	key := bob.xwKey
	pt := make([]byte, wrapPlaintextSize)
	wrap, _ := xwingSealWrap(rand.Reader, key, hc, pt)
	open := xwingWrapOpener(bob.xwPriv)
	circlOpen := circlWrapOpener(bob.xwPriv)
	signed := signedMessage(&[32]byte{}, &[32]byte{})
	sig := ed25519.Sign(alice.edPriv, signed)

	b.Run("xwing-hpke-seal", func(b *testing.B) {
		loop(b, func() { xwingSealWrap(rand.Reader, key, hc, pt) })
	})
	b.Run("xwing-hpke-open", func(b *testing.B) {
		loop(b, func() { open(wrap, hc) })
	})
	b.Run("circl-hpke-seal", func(b *testing.B) {
		loop(b, func() { circlSealWrap(rand.Reader, key, hc, pt) })
	})
	b.Run("circl-hpke-open", func(b *testing.B) {
		loop(b, func() { circlOpen(wrap, hc) })
	})
	b.Run("ed25519-sign", func(b *testing.B) {
		loop(b, func() { ed25519.Sign(alice.edPriv, signed) })
	})
	b.Run("ed25519-verify", func(b *testing.B) {
		loop(b, func() { ed25519.Verify(alice.edPub, signed, sig) })
	})
	b.Run("ed25519-verify-cached-key", func(b *testing.B) {
		pub, s := [32]byte(alice.edPub), [64]byte(sig)
		loop(b, func() { verifySignature(&pub, signed, &s) })
	})
	b.Run("ed25519-signer-table", func(b *testing.B) {
		pub := [32]byte(alice.edPub)
		negA := &signerPoints.get(&pub).negA
		loop(b, func() { newRadix16Table(negA) })
	})
	b.Run("zstd-compress", func(b *testing.B) {
		scratch := make([]byte, 0, len(inner))
		loop(b, func() { compress(inner, scratch) })
		b.ReportMetric(float64(len(z)), "B")
	})
	b.Run("zstd-decompress", func(b *testing.B) {
		scratch := make([]byte, 0, 16<<10)
		loop(b, func() { decompress(codecZstd, z, scratch) })
	})
}

// BenchmarkKEMHalves compares the halves of an X-Wing wrap in circl (what
// the envelope uses) with Go's crypto/mlkem and crypto/ecdh, which hold
// the same keys (the identity tests assert that the standard library
// derives the same public key) but are slower here.
func BenchmarkKEMHalves(b *testing.B) {
	var seed [mlkem768.KeySeedSize]byte
	copy(seed[:], "b-mail benchmark ML-KEM-768 key seed, sixty-four bytes long....")
	cpk, csk := mlkem768.NewKeyFromSeed(seed[:])
	ct := make([]byte, mlkem768.CiphertextSize)
	var ss [mlkem768.SharedKeySize]byte
	cpk.EncapsulateTo(ct, ss[:], seed[:32])
	dk, err := mlkem.NewDecapsulationKey768(seed[:])
	if err != nil {
		b.Fatal(err)
	}
	ek := dk.EncapsulationKey()
	var xs, xp, xo x25519.Key
	copy(xs[:], seed[32:])
	x25519.KeyGen(&xp, &xs)
	sk, err := ecdh.X25519().NewPrivateKey(xs[:])
	if err != nil {
		b.Fatal(err)
	}
	pk := sk.PublicKey()

	b.Run("mlkem768-encapsulate-circl", func(b *testing.B) { loop(b, func() { cpk.EncapsulateTo(ct, ss[:], seed[:32]) }) })
	b.Run("mlkem768-encapsulate-std", func(b *testing.B) { loop(b, func() { ek.Encapsulate() }) })
	b.Run("mlkem768-decapsulate-circl", func(b *testing.B) { loop(b, func() { csk.DecapsulateTo(ss[:], ct) }) })
	b.Run("mlkem768-decapsulate-std", func(b *testing.B) { loop(b, func() { dk.Decapsulate(ct) }) })
	b.Run("x25519-keygen-circl", func(b *testing.B) { loop(b, func() { x25519.KeyGen(&xo, &xs) }) })
	b.Run("x25519-keygen-edwards", func(b *testing.B) { loop(b, func() { x25519Base(&xo, &xs) }) })
	b.Run("x25519-keygen-std", func(b *testing.B) {
		loop(b, func() {
			k, _ := ecdh.X25519().NewPrivateKey(xs[:])
			k.PublicKey()
		})
	})
	b.Run("x25519-shared-circl", func(b *testing.B) { loop(b, func() { x25519.Shared(&xo, &xs, &xp) }) })
	b.Run("x25519-shared-std", func(b *testing.B) { loop(b, func() { sk.ECDH(pk) }) })
}
