package envelope

import "crypto/sha256"

// hmacMaxMsg is the longest message hmacSHA256 takes; every HMAC of the
// key schedule is shorter (the longest is an RFC 9180 LabeledExpand, 95
// bytes).
const hmacMaxMsg = 192

// hmacSHA256 is HMAC-SHA256(key, msg[0] ‖ msg[1] ‖ …) (RFC 2104). A seal
// or an open runs about ten HMACs over short inputs; crypto/hmac allocates
// two hash states and two pads for each key, this computes the same two
// hashes over a stack buffer. It panics on a message longer than
// hmacMaxMsg (callers pass fixed-size inputs). TestHMACSHA256 checks it
// against crypto/hmac.
func hmacSHA256(key []byte, msg ...[]byte) [sha256.Size]byte {
	return hmacParts(key, msg, nil)
}

// hmacParts is HMAC-SHA256(key, msg[0] ‖ msg[1] ‖ … ‖ last).
func hmacParts(key []byte, msg [][]byte, last []byte) (out [sha256.Size]byte) {
	total := len(last)
	for _, m := range msg {
		total += len(m)
	}
	if total > hmacMaxMsg {
		panic("envelope: HMAC message too long")
	}
	var hashedKey [sha256.Size]byte
	if len(key) > sha256.BlockSize { // RFC 2104: a long key is hashed first
		hashedKey = sha256.Sum256(key)
		key = hashedKey[:]
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
	n += copy(buf[n:], last)
	inner := sha256.Sum256(buf[:n])
	for i := range sha256.BlockSize {
		buf[i] ^= ipad ^ opad
	}
	copy(buf[sha256.BlockSize:], inner[:])
	out = sha256.Sum256(buf[:sha256.BlockSize+sha256.Size])
	clear(buf[:]) // the key, and secrets among the messages
	clear(hashedKey[:])
	return out
}

// hkdfExpand32 is HKDF-Expand(prk, info[0] ‖ info[1] ‖ …, 32) with
// SHA-256 (RFC 5869 §2.3): for a 32-byte output, the single HMAC
// HMAC-SHA256(prk, info ‖ 0x01).
func hkdfExpand32(prk []byte, info ...[]byte) [32]byte {
	return hmacParts(prk, info, []byte{1})
}
