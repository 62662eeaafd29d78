package envelope

import (
	"encoding/binary"
	"fmt"

	"github.com/cloudflare/circl/kem/xwing"
)

// Wrap plaintext (SPEC.md §4.3): version, flags, recipient index, K1, S or
// zeros, lock. Always wrapPlaintextSize bytes.
const (
	wrapPlaintextSize = 1 + 1 + 2 + 32 + SecretSize + 32

	// flagContact marks a wrap that carries the release secret S_i.
	flagContact = 0x01
)

// Domain-separation labels (SPEC.md §4.7). Each is used in exactly one place.
const (
	// labelWrap prefixes the HPKE info: info = labelWrap ‖ SHA-256(header).
	labelWrap = "b-mail/v1/wrap"
	// labelLock is the HKDF info prefix of the lock key.
	labelLock = "b-mail/v1/lock"
	// labelHeaderMAC is the HKDF info of the header MAC key.
	labelHeaderMAC = "b-mail/v1/header-mac"
	// labelBody is the HKDF info of the body key.
	labelBody = "b-mail/v1/body"
	// labelBinding prefixes the envelope binding hash.
	labelBinding = "b-mail/v1/binding"
	// labelSignature prefixes the message the mail-signing key signs.
	labelSignature = "b-mail/v1/signature"
)

// wrapPlaintext is what one wrap carries to its recipient.
type wrapPlaintext struct {
	Flags  uint8
	Index  uint16
	K1     [32]byte
	Secret [SecretSize]byte // zero unless Flags&flagContact
	Lock   [32]byte
}

func (w *wrapPlaintext) marshal() []byte {
	out := make([]byte, 0, wrapPlaintextSize)
	out = append(out, Version, w.Flags)
	out = binary.BigEndian.AppendUint16(out, w.Index)
	out = append(out, w.K1[:]...)
	out = append(out, w.Secret[:]...)
	return append(out, w.Lock[:]...)
}

func parseWrapPlaintext(b []byte) (*wrapPlaintext, error) {
	if len(b) != wrapPlaintextSize {
		return nil, fmt.Errorf("%w: wrap plaintext of %d bytes", ErrMalformed, len(b))
	}
	if b[0] != Version {
		return nil, fmt.Errorf("%w: wrap version %d", ErrUnsupportedVersion, b[0])
	}
	w := &wrapPlaintext{Flags: b[1], Index: binary.BigEndian.Uint16(b[2:])}
	copy(w.K1[:], b[4:])
	copy(w.Secret[:], b[36:])
	copy(w.Lock[:], b[68:])
	if w.Flags&^flagContact != 0 {
		return nil, fmt.Errorf("%w: unknown wrap flags %#x", ErrMalformed, w.Flags)
	}
	if w.Flags&flagContact == 0 && w.Secret != ([SecretSize]byte{}) {
		return nil, fmt.Errorf("%w: paid wrap carries a secret", ErrMalformed)
	}
	return w, nil
}

// lockPad is HKDF-Expand(PRK = K1 ‖ S, info = labelLock ‖ SHA-256(header)
// ‖ u16 index, L = 32); lock = B ⊕ lockPad. K1 is uniformly random, so
// K1 ‖ S is already a pseudorandom key and HKDF-Extract is skipped
// (RFC 5869 §3.3).
func lockPad(k1, secret, headerHash *[32]byte, index uint16) [32]byte {
	var prk [64]byte
	copy(prk[:32], k1[:])
	copy(prk[32:], secret[:])
	var idx [2]byte
	binary.BigEndian.PutUint16(idx[:], index)
	return expandKey(prk[:], []byte(labelLock), headerHash[:], idx[:])
}

// expandKey is HKDF-Expand(prk, info, 32) with SHA-256 (RFC 5869 §2.3),
// info given in parts. For a 32-byte output it is the single HMAC
// HMAC-SHA256(prk, info ‖ 0x01).
func expandKey(prk []byte, info ...[]byte) [32]byte {
	return hkdfExpand32(prk, info...)
}

func xorInto(dst, a, b *[32]byte) {
	for i := range dst {
		dst[i] = a[i] ^ b[i]
	}
}

// ParsePublicKey parses a recipient's X-Wing encryption public key (1216
// bytes, as in its key bundle). Parsing expands the ML-KEM matrix, which
// costs about as much as a third of a seal: parse a contact's key once and
// keep it.
func ParsePublicKey(b []byte) (*xwing.PublicKey, error) {
	if len(b) != xwing.PublicKeySize {
		return nil, fmt.Errorf("%w: X-Wing public key of %d bytes, want %d", ErrInvalidRecipient, len(b), xwing.PublicKeySize)
	}
	pub, err := xwing.Scheme().UnmarshalBinaryPublicKey(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidRecipient, err)
	}
	return pub.(*xwing.PublicKey), nil
}
