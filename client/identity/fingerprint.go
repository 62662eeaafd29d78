package identity

import (
	"crypto/sha256"
	"encoding/base32"
	"fmt"
	"strings"
)

// FingerprintSize is the length of a key fingerprint in bytes (160 bits).
const FingerprintSize = 20

// fingerprintEncoding is RFC 4648 base32, lowercase, no padding: 20 bytes
// become 32 characters.
var fingerprintEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// Fingerprint identifies an account's public keys for humans: two people
// read it aloud to check they see the same keys, and a client warns when a
// contact's fingerprint changes. It covers the account and the three mail
// keys, not relays, networks or times.
type Fingerprint [FingerprintSize]byte

// Fingerprint returns the first 20 bytes of SHA-256(FingerprintLabel ‖
// account ‖ encryptionKey ‖ signingKey ‖ transportKey).
func (pk PublicKeys) Fingerprint() Fingerprint {
	h := sha256.New()
	h.Write([]byte(FingerprintLabel))
	h.Write(pk.Account[:])
	h.Write(pk.EncryptionKey[:])
	h.Write(pk.SigningKey[:])
	h.Write(pk.TransportKey[:])
	var f Fingerprint
	copy(f[:], h.Sum(nil))
	return f
}

// String formats f as eight groups of four base32 characters separated by
// spaces, e.g. "q4vb 2n7x ....".
func (f Fingerprint) String() string {
	s := fingerprintEncoding.EncodeToString(f[:])
	var b strings.Builder
	for i := 0; i < len(s); i += 4 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[i : i+4])
	}
	return b.String()
}

// ParseFingerprint reads a fingerprint as String writes it; case, spaces
// and dashes are ignored.
func ParseFingerprint(s string) (Fingerprint, error) {
	var f Fingerprint
	clean := strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '\t' {
			return -1
		}
		return r
	}, strings.ToLower(s))
	b, err := fingerprintEncoding.DecodeString(clean)
	if err != nil || len(b) != FingerprintSize {
		return f, fmt.Errorf("fingerprint %q: want %d base32 characters", s, fingerprintEncoding.EncodedLen(FingerprintSize))
	}
	copy(f[:], b)
	return f, nil
}
