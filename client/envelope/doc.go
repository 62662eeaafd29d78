// Package envelope seals and opens b-mail envelopes: the encrypted,
// signed, pay-to-read container of one mail message. It owns the
// envelope byte format (SPEC.md §4), the inner message format (SPEC.md §5)
// and the cheap header parsing relays use to learn msgId commitments.
//
// An envelope is
//
//	header ‖ wraps ‖ mac ‖ body
//
// The header is public: format version, recipient type, recipient count
// and, per recipient i, the commitment msgId_i = keccak256(S_i) to the
// recipient's 32-byte release secret S_i. Each wrap
// is a constant-length HPKE (RFC 9180, X-Wing, HKDF-SHA256,
// ChaCha20-Poly1305) ciphertext whose info binds the header; it carries no
// recipient identifier, so readers trial-open. A wrap holds K1_i and a lock
// that hides the body key B under HKDF(K1_i ‖ S_i): without S_i nobody,
// not even the recipient, learns B. Paid mail keeps S_i out of the
// envelope (the paying transaction publishes it); mail between contacts
// carries S_i inside the wrap. The mac is HMAC-SHA256 keyed from B over
// header and wraps (key commitment, checked before the body is decrypted).
// The body is ChaCha20-Poly1305 under a key derived from B, used once, over
// the compressed inner message and its Ed25519 signature, padded to a
// size bucket; its length is the priced size, which anyone computes from
// the envelope length and the recipient count.
//
// A newsletter issue (recipient type 2, issue.go) has no wraps: one body
// sealed under a key derived from the list's hash-chain value, so its cost
// does not grow with the audience; ParseEnvelope refuses it and ParseIssue
// reads nothing else.
//
// Invariants:
//   - Parse then Marshal gives the input back byte for byte, for the
//     envelope, the padded body plaintext and the inner message; every
//     encoding is canonical.
//   - Every input is bounded before work is done on it (see the Max*
//     constants); decompression is bounded by size and by ratio.
//   - Nothing of the inner message is returned before the header MAC, the
//     body AEAD and the inner signature have been checked, and the caller's
//     account address has been found among the signed recipients.
//   - Process-wide state is bounded: the cache of signers' public key
//     points and tables (public data, verify.go), the free lists of zstd
//     coders and the scratch buffer pool (payload.go); the last two may
//     keep bytes of earlier messages in process memory.
//   - The package imports nothing of the b-mail project (a leaf).
package envelope
