// Package wire is the b-mail relay wire codec: NIP-01 events (canonical
// serialisation, ids, BIP-340 signatures), filters, and every client↔relay
// frame (EVENT, REQ, CLOSE, AUTH, OK, EOSE, CLOSED, NOTICE), plus the b-mail
// event kinds, tag names and rejection prefixes. Both the relay and the
// b-mail client import it.
//
// Invariants:
//   - Decoding is bounded: a frame is rejected before any allocation that
//     grows with it when it exceeds Limits (bytes, nesting depth, tags per
//     event, elements per tag, filters per REQ, values per filter list).
//   - Ids, pubkeys and filter tag values are exactly 64 lowercase hex
//     characters; signatures exactly 128; subscription ids 1..64 bytes.
//   - Encoding is canonical: Marshal(Parse(x)) is a fixed point, and equals
//     x byte for byte whenever x was itself produced by this package.
//   - An Event's ID is sha256 of its NIP-01 serialisation; Verify checks the
//     id and the BIP-340 signature. Signatures are checked with libsecp256k1
//     (loaded at run time) when the system has it, otherwise with btcec.
package wire
