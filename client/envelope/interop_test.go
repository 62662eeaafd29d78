package envelope

import (
	"crypto/ecdh"
	"crypto/hkdf"
	"crypto/hpke"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha3"
	"encoding/binary"
	"errors"
	"io"
	"testing"

	circlhpke "github.com/cloudflare/circl/hpke"
	"github.com/cloudflare/circl/kem/mlkem/mlkem768"
	"github.com/cloudflare/circl/kem/xwing"
	"golang.org/x/crypto/chacha20poly1305"
)

// Interop: the wraps are plain RFC 9180 HPKE with X-Wing (KEM 0x647a), so
// Go's standard library crypto/hpke, an independent implementation, must
// open what circl seals and the reverse.

func stdSealWrap(_ io.Reader, to *xwing.PublicKey, info, pt []byte) ([]byte, error) {
	raw, err := to.MarshalBinary()
	if err != nil {
		return nil, err
	}
	pk, err := hpke.MLKEM768X25519().NewPublicKey(raw)
	if err != nil {
		return nil, err
	}
	return hpke.Seal(pk, hpke.HKDFSHA256(), hpke.ChaCha20Poly1305(), info, pt)
}

func stdWrapOpener(t testing.TB, seed []byte) wrapOpener {
	k, err := hpke.MLKEM768X25519().NewPrivateKey(seed)
	if err != nil {
		t.Fatal(err)
	}
	return func(wrap, info []byte) ([]byte, bool) {
		pt, err := hpke.Open(k, hpke.HKDFSHA256(), hpke.ChaCha20Poly1305(), info, wrap)
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

func TestInteropCirclSealsStdlibOpens(t *testing.T) {
	m := testMessage(alice, bob, carol)
	s := mustSeal(t, nil, m, alice, bob.recipient(false), carol.recipient(true))
	for i, p := range []*party{bob, carol} {
		u, err := unwrap(s.Bytes, stdWrapOpener(t, p.xwSeed[:]))
		if err != nil {
			t.Fatalf("%d: crypto/hpke cannot open a circl wrap: %v", i, err)
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

func TestInteropStdlibSealsCirclOpens(t *testing.T) {
	m := testMessage(alice, bob, carol)
	s, err := sealMessage(nil, m, alice.edPriv, []Recipient{bob.recipient(true), carol.recipient(false)}, stdSealWrap)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range []*party{bob, carol} {
		u, err := Unwrap(s.Bytes, p.xwPriv)
		if err != nil {
			t.Fatalf("%d: circl cannot open a crypto/hpke wrap: %v", i, err)
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
// share, so the X25519 shared secret is all zeros. The X-Wing combiner and
// the RFC 9180 key schedule are written out here because no library will
// encapsulate to such a share.
func lowOrderSealWrap(share [32]byte) wrapSealer {
	return func(rand io.Reader, to *xwing.PublicKey, info, pt []byte) ([]byte, error) {
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
		key, nonce := hpkeBaseKeySchedule(h.Sum(nil), info)
		aead, err := chacha20poly1305.New(key)
		if err != nil {
			return nil, err
		}
		out := append(ctM, share[:]...)
		return aead.Seal(out, nonce, pt, nil), nil
	}
}

// hpkeBaseKeySchedule is RFC 9180 §5.1 base mode for X-Wing, HKDF-SHA256,
// ChaCha20-Poly1305.
func hpkeBaseKeySchedule(sharedSecret, info []byte) (key, nonce []byte) {
	suiteID := []byte("HPKE")
	suiteID = binary.BigEndian.AppendUint16(suiteID, 0x647a)
	suiteID = binary.BigEndian.AppendUint16(suiteID, 0x0001)
	suiteID = binary.BigEndian.AppendUint16(suiteID, 0x0003)
	labeled := func(label string, b []byte) []byte {
		out := append([]byte("HPKE-v1"), suiteID...)
		out = append(out, label...)
		return append(out, b...)
	}
	extract := func(salt []byte, label string, ikm []byte) []byte {
		prk, err := hkdf.Extract(sha256.New, labeled(label, ikm), salt)
		if err != nil {
			panic(err)
		}
		return prk
	}
	expand := func(prk []byte, label string, info []byte, n int) []byte {
		full := binary.BigEndian.AppendUint16(nil, uint16(n))
		out, err := hkdf.Expand(sha256.New, prk, string(append(full, labeled(label, info)...)), n)
		if err != nil {
			panic(err)
		}
		return out
	}
	ctx := append([]byte{0}, extract(nil, "psk_id_hash", nil)...)
	ctx = append(ctx, extract(nil, "info_hash", info)...)
	secret := extract(sharedSecret, "secret", nil)
	return expand(secret, "key", ctx, 32), expand(secret, "base_nonce", ctx, 12)
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
	info := wrapInfo(&headerHash)

	suite := circlhpke.NewSuite(circlhpke.KEM_XWING, circlhpke.KDF_HKDF_SHA256, circlhpke.AEAD_ChaCha20Poly1305)
	r, _ := suite.NewReceiver(bob.xwPriv, info)
	o, err := r.Setup(wrap[:xwing.CiphertextSize])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := o.Open(wrap[xwing.CiphertextSize:], nil); err != nil {
		t.Fatalf("circl no longer opens a low-order wrap (%v): update SPEC.md §4", err)
	}
	if _, ok := stdWrapOpener(t, bob.xwSeed[:])(wrap, info); ok {
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
