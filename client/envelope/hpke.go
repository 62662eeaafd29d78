package envelope

import (
	"crypto/cipher"
	"crypto/sha256"
	"fmt"
	"io"

	"github.com/cloudflare/circl/kem/xwing"
	"golang.org/x/crypto/chacha20poly1305"
)

// The wraps are single-shot HPKE (RFC 9180) base mode with the suite
// X-Wing (KEM 0x647a), HKDF-SHA256 (KDF 0x0001), ChaCha20-Poly1305 (AEAD
// 0x0003). The KEM is circl's X-Wing; the key schedule of RFC 9180 §5.1 is
// written out here because circl's hpke package spends about 7 µs per wrap
// on allocation and on values single-shot mode never uses (the exporter
// secret, the constant psk_id_hash). The bytes are those of circl's hpke
// for the same randomness (TestHPKEMatchesCircl), and Go's crypto/hpke
// opens them and seals wraps this code opens (interop_test.go). Auth mode
// is never used: the inner signature authenticates the sender (and circl's
// SetupAuth panics with X-Wing).

// RFC 9180 labels.
const (
	hpkeVersionLabel   = "HPKE-v1"
	hpkeLabelPSKIDHash = "psk_id_hash"
	hpkeLabelInfoHash  = "info_hash"
	hpkeLabelSecret    = "secret"
	hpkeLabelKey       = "key"
	hpkeLabelBaseNonce = "base_nonce"
	hpkeModeBase       = 0x00
)

// hpkeSuiteID is "HPKE" ‖ I2OSP(kem_id, 2) ‖ I2OSP(kdf_id, 2) ‖ I2OSP(aead_id, 2).
var hpkeSuiteID = [...]byte{'H', 'P', 'K', 'E', 0x64, 0x7a, 0x00, 0x01, 0x00, 0x03}

// hpkePSKIDHash is LabeledExtract("", "psk_id_hash", ""): base mode has no
// PSK, so it is a constant of the suite.
var hpkePSKIDHash = hpkeLabeledExtract(nil, hpkeLabelPSKIDHash, nil)

// hpkeContext is what every wrap of one envelope shares: the HPKE info and
// the key schedule context derived from it.
type hpkeContext struct {
	info      []byte
	ksContext []byte // mode ‖ psk_id_hash ‖ info_hash
}

// newHPKEContext returns the wrap context of an envelope:
// info = labelWrap ‖ SHA-256(header).
func newHPKEContext(headerHash *[32]byte) *hpkeContext {
	info := make([]byte, 0, len(labelWrap)+32)
	info = append(info, labelWrap...)
	info = append(info, headerHash[:]...)
	infoHash := hpkeLabeledExtract(nil, hpkeLabelInfoHash, info)
	ks := make([]byte, 0, 1+2*sha256.Size)
	ks = append(ks, hpkeModeBase)
	ks = append(ks, hpkePSKIDHash[:]...)
	ks = append(ks, infoHash[:]...)
	return &hpkeContext{info: info, ksContext: ks}
}

// aead runs the rest of the key schedule for one KEM shared secret and
// returns the AEAD and its base nonce (the nonce of the only message).
func (c *hpkeContext) aead(sharedSecret []byte) (cipher.AEAD, []byte) {
	secret := hpkeLabeledExtract(sharedSecret, hpkeLabelSecret, nil)
	key := hpkeLabeledExpand(secret[:], hpkeLabelKey, c.ksContext, chacha20poly1305.KeySize)
	nonce := hpkeLabeledExpand(secret[:], hpkeLabelBaseNonce, c.ksContext, chacha20poly1305.NonceSize)
	a, err := chacha20poly1305.New(key[:chacha20poly1305.KeySize])
	if err != nil {
		panic(err) // the key has the right size
	}
	return a, nonce[:chacha20poly1305.NonceSize]
}

// hpkeLabeledExtract is HKDF-Extract(salt, "HPKE-v1" ‖ suite_id ‖ label ‖ ikm).
func hpkeLabeledExtract(salt []byte, label string, ikm []byte) [sha256.Size]byte {
	var zeros [sha256.Size]byte
	if len(salt) == 0 {
		salt = zeros[:] // RFC 5869: an absent salt is HashLen zeros
	}
	return hmacSHA256(salt, []byte(hpkeVersionLabel), hpkeSuiteID[:], []byte(label), ikm)
}

// hpkeLabeledExpand is HKDF-Expand(prk, I2OSP(n, 2) ‖ "HPKE-v1" ‖ suite_id ‖
// label ‖ info, n) for n ≤ 32, which is one HMAC block: the first n bytes
// of the result.
func hpkeLabeledExpand(prk []byte, label string, info []byte, n int) [sha256.Size]byte {
	return hkdfExpand32(prk, []byte{byte(n >> 8), byte(n)}, []byte(hpkeVersionLabel), hpkeSuiteID[:], []byte(label), info)
}

// A wrapSealer HPKE-seals one wrap plaintext (single shot, empty aad) and
// returns enc ‖ ciphertext. Seal uses xwingSealWrap; tests plug in circl's
// hpke and Go's crypto/hpke.
type wrapSealer func(rand io.Reader, to *xwing.PublicKey, c *hpkeContext, plaintext []byte) ([]byte, error)

// A wrapOpener trial-opens one wrap; it returns false when the wrap is not
// for its key.
type wrapOpener func(wrap []byte, c *hpkeContext) ([]byte, bool)

// xwingSealWrap is SealBase: it reads the 64-byte X-Wing encapsulation seed
// from rand (as circl's hpke does) and encrypts under the derived key.
func xwingSealWrap(rand io.Reader, to *xwing.PublicKey, c *hpkeContext, plaintext []byte) ([]byte, error) {
	var seed [xwing.EncapsulationSeedSize]byte
	if _, err := io.ReadFull(rand, seed[:]); err != nil {
		return nil, fmt.Errorf("envelope: reading randomness: %w", err)
	}
	var ss [xwing.SharedKeySize]byte
	out := make([]byte, xwing.CiphertextSize, WrapSize)
	xwingEncapsulate(to, out, &ss, &seed)
	a, nonce := c.aead(ss[:])
	return a.Seal(out, nonce, plaintext, nil), nil
}

// xwingWrapOpener is OpenBase with the reader's key.
func xwingWrapOpener(key *xwing.PrivateKey) wrapOpener {
	return func(wrap []byte, c *hpkeContext) ([]byte, bool) {
		if len(wrap) != WrapSize {
			return nil, false
		}
		var ss [xwing.SharedKeySize]byte
		key.DecapsulateTo(ss[:], wrap[:xwing.CiphertextSize])
		a, nonce := c.aead(ss[:])
		pt, err := a.Open(nil, nonce, wrap[xwing.CiphertextSize:], nil)
		return pt, err == nil
	}
}
