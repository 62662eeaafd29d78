package envelope

import (
	"bytes"
	"crypto/ecdh"
	"crypto/hpke"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha3"
	"errors"
	"io"
	"testing"

	circlhpke "github.com/cloudflare/circl/hpke"
	"github.com/cloudflare/circl/kem/mlkem/mlkem768"
	"github.com/cloudflare/circl/kem/xwing"
)

// Interop: the wraps are plain RFC 9180 HPKE with X-Wing (KEM 0x647a), so
// Go's standard library crypto/hpke, an independent implementation, must
// open what circl seals and the reverse.

func stdSealWrap(_ io.Reader, to *xwing.PublicKey, c *hpkeContext, pt []byte) ([]byte, error) {
	raw, err := to.MarshalBinary()
	if err != nil {
		return nil, err
	}
	pk, err := hpke.MLKEM768X25519().NewPublicKey(raw)
	if err != nil {
		return nil, err
	}
	return hpke.Seal(pk, hpke.HKDFSHA256(), hpke.ChaCha20Poly1305(), c.info, pt)
}

func stdWrapOpener(t testing.TB, seed []byte) wrapOpener {
	k, err := hpke.MLKEM768X25519().NewPrivateKey(seed)
	if err != nil {
		t.Fatal(err)
	}
	return func(wrap []byte, c *hpkeContext) ([]byte, bool) {
		pt, err := hpke.Open(k, hpke.HKDFSHA256(), hpke.ChaCha20Poly1305(), c.info, wrap)
		return pt, err == nil
	}
}

func TestInteropSameKeysFromSeed(t *testing.T) {
	k, err := hpke.MLKEM768X25519().NewPrivateKey(bob.xwSeed[:])
	if err != nil {
		t.Fatal(err)
	}
	if string(k.PublicKey().Bytes()) != string(bob.xwPub) {
		t.Fatal("crypto/hpke and circl derive different X-Wing public keys from one seed")
	}
}

func TestInteropOursSealsStdlibOpens(t *testing.T) {
	m := testMessage(alice, bob, carol)
	s := mustSeal(t, nil, m, alice, bob.recipient(false), carol.recipient(true))
	for i, p := range []*party{bob, carol} {
		u, err := unwrap(s.Bytes, stdWrapOpener(t, p.xwSeed[:]))
		if err != nil {
			t.Fatalf("%d: crypto/hpke cannot open our wrap: %v", i, err)
		}
		o, err := Open(s.Bytes, u, s.Secrets[i], p.addr)
		if err != nil {
			t.Fatal(err)
		}
		if o.Message.Body != m.Body || u.Index != s.Positions[i] {
			t.Fatalf("%d: opened a different message or index", i)
		}
	}
}

func TestInteropStdlibSealsOursOpens(t *testing.T) {
	m := testMessage(alice, bob, carol)
	s, err := sealMessage(nil, m, alice.edPriv, []Recipient{bob.recipient(true), carol.recipient(false)}, stdSealWrap)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range []*party{bob, carol} {
		u, err := Unwrap(s.Bytes, p.xwPriv)
		if err != nil {
			t.Fatalf("%d: we cannot open a crypto/hpke wrap: %v", i, err)
		}
		if _, err := Open(s.Bytes, u, s.Secrets[i], p.addr); err != nil {
			t.Fatal(err)
		}
	}
}

// TestLowOrderListIsComplete checks the low-order list against Go's
// crypto/ecdh, which rejects exactly the shares that give an all-zero
// X25519 shared secret.
func TestLowOrderListIsComplete(t *testing.T) {
	priv, err := ecdh.X25519().GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range lowOrderX25519 {
		for _, top := range []byte{0, 0x80} {
			enc := u
			enc[31] |= top
			if !isLowOrderX25519(enc[:]) {
				t.Fatalf("%x not flagged", enc)
			}
			pub, err := ecdh.X25519().NewPublicKey(enc[:])
			if err != nil {
				t.Fatal(err)
			}
			if _, err := priv.ECDH(pub); err == nil {
				t.Fatalf("crypto/ecdh accepts %x, so it is not low order", enc)
			}
		}
	}
	// Every other share gives a non-zero secret: spot-check random ones and
	// neighbours of the listed ones.
	var enc [32]byte
	for i := range 2000 {
		if i < 1000 {
			rand.Read(enc[:])
		} else {
			enc = lowOrderX25519[i%len(lowOrderX25519)]
			enc[i%31] ^= 1 << (i % 7)
		}
		pub, err := ecdh.X25519().NewPublicKey(enc[:])
		if err != nil {
			t.Fatal(err)
		}
		_, err = priv.ECDH(pub)
		if (err != nil) != isLowOrderX25519(enc[:]) {
			t.Fatalf("%x: crypto/ecdh error %v, flagged %v", enc, err, isLowOrderX25519(enc[:]))
		}
	}
}

// lowOrderSealWrap seals wraps whose X25519 share is the low-order point
// share, so the X25519 shared secret is all zeros. The X-Wing combiner is
// written out here because no library will encapsulate to such a share.
func lowOrderSealWrap(share [32]byte) wrapSealer {
	return func(rand io.Reader, to *xwing.PublicKey, c *hpkeContext, pt []byte) ([]byte, error) {
		raw, err := to.MarshalBinary()
		if err != nil {
			return nil, err
		}
		var mpk mlkem768.PublicKey
		if err := mpk.Unpack(raw[:mlkem768.PublicKeySize]); err != nil {
			return nil, err
		}
		seed := make([]byte, 32)
		if _, err := io.ReadFull(rand, seed); err != nil {
			return nil, err
		}
		ctM := make([]byte, mlkem768.CiphertextSize)
		ssM := make([]byte, mlkem768.SharedKeySize)
		mpk.EncapsulateTo(ctM, ssM, seed)
		var ssX [32]byte // X25519(sk, low-order share) = 0
		h := sha3.New256()
		h.Write(ssM)
		h.Write(ssX[:])
		h.Write(share[:])
		h.Write(raw[mlkem768.PublicKeySize:])
		h.Write([]byte(`\.//^\`))
		aead, nonce := c.aead(h.Sum(nil))
		out := append(ctM, share[:]...)
		return aead.Seal(out, nonce, pt, nil), nil
	}
}

// TestLowOrderShareRejected pins b-mail's behaviour for a wrap whose X25519
// share is low order: circl's X-Wing opens it, Go's crypto/hpke refuses it,
// and b-mail refuses the whole envelope with ErrLowOrderPoint before any
// decapsulation (so relays refuse it too).
func TestLowOrderShareRejected(t *testing.T) {
	share := lowOrderX25519[2] // a point of order 8
	m := testMessage(alice, bob)
	s, err := sealMessage(detRand([]byte("low order")), m, alice.edPriv, []Recipient{bob.recipient(true)}, lowOrderSealWrap(share))
	if err != nil {
		t.Fatal(err)
	}
	hl := headerLen(1)
	wrap := s.Bytes[hl : hl+WrapSize]
	headerHash := sha256.Sum256(s.Bytes[:hl])
	hc := newHPKEContext(&headerHash)

	if _, ok := circlWrapOpener(bob.xwPriv)(wrap, hc); !ok {
		t.Fatal("circl no longer opens a low-order wrap: update SPEC.md §4.3")
	}
	if _, ok := xwingWrapOpener(bob.xwPriv)(wrap, hc); !ok {
		t.Fatal("the X-Wing opener refuses a low-order wrap; only the parser should")
	}
	if _, ok := stdWrapOpener(t, bob.xwSeed[:])(wrap, hc); ok {
		t.Fatal("crypto/hpke opened a low-order wrap")
	}
	if _, err := ParseHeader(s.Bytes); !errors.Is(err, ErrLowOrderPoint) || !errors.Is(err, ErrMalformed) {
		t.Fatalf("ParseHeader: %v", err)
	}
	if _, err := Unwrap(s.Bytes, bob.xwPriv); !errors.Is(err, ErrLowOrderPoint) {
		t.Fatalf("Unwrap: %v", err)
	}
	// The same share with the ignored top bit set is rejected too.
	share[31] |= 0x80
	s2, err := sealMessage(detRand([]byte("low order")), m, alice.edPriv, []Recipient{bob.recipient(true)}, lowOrderSealWrap(share))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ParseHeader(s2.Bytes); !errors.Is(err, ErrLowOrderPoint) {
		t.Fatalf("top bit set: %v", err)
	}
}

// circl's hpke package is the reference for the wraps: the same suite, the
// same randomness, the same bytes.

var circlSuite = circlhpke.NewSuite(circlhpke.KEM_XWING, circlhpke.KDF_HKDF_SHA256, circlhpke.AEAD_ChaCha20Poly1305)

func circlSealWrap(rand io.Reader, to *xwing.PublicKey, c *hpkeContext, plaintext []byte) ([]byte, error) {
	s, err := circlSuite.NewSender(to, c.info)
	if err != nil {
		return nil, err
	}
	enc, sealer, err := s.Setup(rand)
	if err != nil {
		return nil, err
	}
	ct, err := sealer.Seal(plaintext, nil)
	if err != nil {
		return nil, err
	}
	return append(enc, ct...), nil
}

func circlWrapOpener(key *xwing.PrivateKey) wrapOpener {
	return func(wrap []byte, c *hpkeContext) ([]byte, bool) {
		r, err := circlSuite.NewReceiver(key, c.info)
		if err != nil {
			return nil, false
		}
		o, err := r.Setup(wrap[:xwing.CiphertextSize])
		if err != nil {
			return nil, false
		}
		pt, err := o.Open(wrap[xwing.CiphertextSize:], nil)
		return pt, err == nil
	}
}

func TestHPKEMatchesCircl(t *testing.T) {
	pt := make([]byte, wrapPlaintextSize)
	for i := range 20 {
		var hh [32]byte
		hh[0] = byte(i)
		hc := newHPKEContext(&hh)
		pt[0] = byte(i)
		seed := []byte{byte(i)}
		ours, err := xwingSealWrap(detRand(seed), bob.xwKey, hc, pt)
		if err != nil {
			t.Fatal(err)
		}
		theirs, err := circlSealWrap(detRand(seed), bob.xwKey, hc, pt)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(ours, theirs) {
			t.Fatalf("%d: wrap differs from circl's hpke", i)
		}
		for name, open := range map[string]wrapOpener{
			"ours": xwingWrapOpener(bob.xwPriv), "circl": circlWrapOpener(bob.xwPriv), "crypto/hpke": stdWrapOpener(t, bob.xwSeed[:]),
		} {
			got, ok := open(ours, hc)
			if !ok || !bytes.Equal(got, pt) {
				t.Fatalf("%d: %s does not open the wrap", i, name)
			}
			if _, ok := xwingWrapOpener(carol.xwPriv)(ours, hc); ok {
				t.Fatalf("%d: carol's key opens bob's wrap", i)
			}
			other := newHPKEContext(&[32]byte{0xff})
			if _, ok := open(ours, other); ok {
				t.Fatalf("%d: %s opens the wrap under another header", i, name)
			}
		}
	}
}

func TestInteropCirclSealsOursOpens(t *testing.T) {
	m := testMessage(alice, bob)
	s, err := sealMessage(nil, m, alice.edPriv, []Recipient{bob.recipient(false)}, circlSealWrap)
	if err != nil {
		t.Fatal(err)
	}
	u, err := Unwrap(s.Bytes, bob.xwPriv)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open(s.Bytes, u, s.Secrets[0], bob.addr); err != nil {
		t.Fatal(err)
	}
}
