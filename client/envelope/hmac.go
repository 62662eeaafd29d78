package envelope

import (
	"crypto/hmac"
	"crypto/sha256"
)

// hmacMaxMsg is the longest message hmacSHA256 handles on the stack; every
// HMAC of the key schedule is shorter (the longest is an RFC 9180
// LabeledExpand, 95 bytes).
const hmacMaxMsg = 128

// hmacSHA256 is HMAC-SHA256(key, msg[0] ‖ msg[1] ‖ …) (RFC 2104). A seal
// or an open runs about ten HMACs over short inputs; crypto/hmac allocates
// two hash states and two pads for each key, this computes the same two
// hashes over a stack buffer. Longer keys or messages go to crypto/hmac.
// TestHMACSHA256 checks it against crypto/hmac.
func hmacSHA256(key []byte, msg ...[]byte) (out [sha256.Size]byte) {
	total := 0
	for _, m := range msg {
		total += len(m)
	}
	if len(key) > sha256.BlockSize || total > hmacMaxMsg {
		mac := hmac.New(sha256.New, key)
		for _, m := range msg {
			mac.Write(m)
		}
		mac.Sum(out[:0])
		return out
	}
	const ipad, opad = 0x36, 0x5c
	var buf [sha256.BlockSize + hmacMaxMsg]byte
	copy(buf[:], key)
	for i := range sha256.BlockSize {
		buf[i] ^= ipad
	}
	n := sha256.BlockSize
	for _, m := range msg {
		n += copy(buf[n:], m)
	}
	inner := sha256.Sum256(buf[:n])
	for i := range sha256.BlockSize {
		buf[i] ^= ipad ^ opad
	}
	copy(buf[sha256.BlockSize:], inner[:])
	out = sha256.Sum256(buf[:sha256.BlockSize+sha256.Size])
	clear(buf[:]) // the key, and secrets among the messages
	return out
}

// hkdfExpand32 is HKDF-Expand(prk, info[0] ‖ info[1] ‖ …, 32) with
// SHA-256 (RFC 5869 §2.3): for a 32-byte output, the single HMAC
// HMAC-SHA256(prk, info ‖ 0x01). It takes at most 7 info parts.
func hkdfExpand32(prk []byte, info ...[]byte) [32]byte {
	var parts [8][]byte
	n := copy(parts[:7], info)
	if n != len(info) {
		panic("envelope: too many HKDF info parts")
	}
	parts[n] = []byte{1}
	return hmacSHA256(prk, parts[:n+1]...)
}
