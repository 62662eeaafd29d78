package envelope

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"github.com/cloudflare/circl/kem/xwing"
	"golang.org/x/crypto/chacha20poly1305"
)

// Format constants (SPEC.md §4).
const (
	// Version is the envelope format version this package reads and writes.
	Version = 1

	// TypeXWing is the recipient type of envelopes with one X-Wing HPKE wrap
	// per recipient. Type 2 (TypeIssue) is a newsletter issue sealed under a
	// symmetric issue key: ParseIssue reads it, ParseEnvelope refuses it.
	TypeXWing = 1

	// MsgIDSize is the size of a msgId commitment, keccak256(S_i).
	MsgIDSize = 32
	// SecretSize is the size of a release secret S_i.
	SecretSize = 32
	// WrapSize is the constant size of one wrap: the X-Wing encapsulation
	// (1120 bytes) and the HPKE ciphertext of the wrap plaintext (100 + 16).
	WrapSize = xwing.CiphertextSize + wrapPlaintextSize + chacha20poly1305.Overhead
	// BytesPerRecipient is what each recipient adds to an envelope: its
	// msgId in the header and its wrap.
	BytesPerRecipient = MsgIDSize + WrapSize
	// MACSize is the size of the header MAC (HMAC-SHA256).
	MACSize = 32

	// MinBucket and MaxBucket bound the priced sizes. The buckets are the
	// powers of two from MinBucket to MaxBucket; the body ciphertext is
	// exactly one bucket long, and that length is the priced size.
	MinBucket = 512
	MaxBucket = 256 << 10

	// MaxRecipients bounds the wraps in one envelope.
	MaxRecipients = 100
	// MaxEnvelopeSize is the largest well-formed envelope (100 recipients,
	// largest bucket): 388,985 bytes.
	MaxEnvelopeSize = headerFixedSize + MaxRecipients*BytesPerRecipient + MACSize + MaxBucket

	magic           = "bmail"
	headerFixedSize = len(magic) + 1 + 1 + 2
	x25519Offset    = xwing.CiphertextSize - 32 // X25519 share inside the encapsulation
)

// Header is the public part of an envelope: what relays, payers and anyone
// holding the bytes can read without keys.
type Header struct {
	Version uint8
	// Type is the recipient type (TypeXWing).
	Type uint8
	// MsgIDs holds one commitment keccak256(S_i) per recipient, in wrap order.
	MsgIDs [][32]byte
	// PricedSize is the body ciphertext length, one of Buckets(): the size
	// the contract prices. It is not a header field: every other length of
	// the envelope follows from the header, so it is the envelope length
	// minus those.
	PricedSize uint32
}

// Envelope is a parsed envelope. Parsing checks structure only (lengths,
// version, buckets, low-order shares); no key is used.
type Envelope struct {
	Header Header
	// Wraps holds one WrapSize-byte wrap per recipient, in header order.
	Wraps [][]byte
	// MAC is HMAC-SHA256 over header and wraps, keyed from the body key.
	MAC [MACSize]byte
	// Body is the body ciphertext, Header.PricedSize bytes.
	Body []byte
}

// ParseHeader parses the whole envelope b structurally and returns its
// header. It does no cryptography: a relay calls it to learn the msgId
// commitments and the priced size. b must be the complete envelope.
func ParseHeader(b []byte) (*Header, error) {
	e, err := ParseEnvelope(b)
	if err != nil {
		return nil, err
	}
	return &e.Header, nil
}

// checkPrefix checks what every envelope starts with, whatever its
// recipient type: the size bounds (limit, and minSize for its fixed
// header), the magic and the version. what names the kind in the error.
func checkPrefix(b []byte, what string, limit, minSize int) error {
	if len(b) > limit {
		return fmt.Errorf("%w: %s of %d bytes, limit %d", ErrTooLarge, what, len(b), limit)
	}
	if len(b) < minSize {
		return fmt.Errorf("%w: %d bytes, shorter than a header", ErrMalformed, len(b))
	}
	if string(b[:len(magic)]) != magic {
		return fmt.Errorf("%w: not a b-mail envelope", ErrMalformed)
	}
	if v := b[len(magic)]; v != Version {
		return fmt.Errorf("%w: envelope version %d", ErrUnsupportedVersion, v)
	}
	return nil
}

// ParseEnvelope parses b structurally. The returned Envelope refers to b;
// callers must not modify b while using it.
func ParseEnvelope(b []byte) (*Envelope, error) {
	if err := checkPrefix(b, "envelope", MaxEnvelopeSize, headerFixedSize); err != nil {
		return nil, err
	}
	p := len(magic)
	if t := b[p+1]; t != TypeXWing {
		return nil, fmt.Errorf("%w: recipient type %d", ErrUnsupportedVersion, t)
	}
	n := int(binary.BigEndian.Uint16(b[p+2:]))
	switch {
	case n == 0:
		return nil, fmt.Errorf("%w: no recipients", ErrMalformed)
	case n > MaxRecipients:
		return nil, fmt.Errorf("%w: %d recipients, limit %d", ErrTooLarge, n, MaxRecipients)
	}
	body := len(b) - (headerFixedSize + n*BytesPerRecipient + MACSize)
	if body < 0 || !IsBucket(uint32(body)) {
		return nil, fmt.Errorf("%w: %d bytes with %d recipients leave a body of %d, not a bucket", ErrMalformed, len(b), n, body)
	}
	size := uint32(body)
	e := &Envelope{
		Header: Header{Version: Version, Type: TypeXWing, PricedSize: size, MsgIDs: make([][32]byte, n)},
		Wraps:  make([][]byte, n),
	}
	p = headerFixedSize
	for i := range n {
		copy(e.Header.MsgIDs[i][:], b[p:])
		p += MsgIDSize
	}
	for i := range n {
		w := b[p : p+WrapSize : p+WrapSize]
		if isLowOrderX25519(w[x25519Offset : x25519Offset+32]) {
			return nil, fmt.Errorf("%w (wrap %d)", ErrLowOrderPoint, i)
		}
		e.Wraps[i] = w
		p += WrapSize
	}
	copy(e.MAC[:], b[p:])
	p += MACSize
	e.Body = b[p:len(b):len(b)]
	return e, nil
}

// Marshal returns the envelope bytes. For a parsed envelope it is the
// parsed input, byte for byte.
func (e *Envelope) Marshal() []byte {
	out := e.Header.Marshal()
	for _, w := range e.Wraps {
		out = append(out, w...)
	}
	out = append(out, e.MAC[:]...)
	return append(out, e.Body...)
}

// Marshal returns the header bytes (magic, version, type, count, msgIds).
func (h *Header) Marshal() []byte {
	out := make([]byte, 0, headerFixedSize+len(h.MsgIDs)*MsgIDSize)
	return h.appendTo(out)
}

func (h *Header) appendTo(out []byte) []byte {
	out = append(out, magic...)
	out = append(out, h.Version, h.Type)
	out = binary.BigEndian.AppendUint16(out, uint16(len(h.MsgIDs)))
	for _, id := range h.MsgIDs {
		out = append(out, id[:]...)
	}
	return out
}

// headerLen is the length of the header with n recipients.
func headerLen(n int) int { return headerFixedSize + n*MsgIDSize }

// Buckets returns the priced sizes, smallest first.
func Buckets() []uint32 {
	var out []uint32
	for s := uint32(MinBucket); s <= MaxBucket; s *= 2 {
		out = append(out, s)
	}
	return out
}

// IsBucket reports whether size is one of Buckets().
func IsBucket(size uint32) bool {
	return size >= MinBucket && size <= MaxBucket && size&(size-1) == 0
}

// bucketFor returns the smallest bucket of at least n bytes.
func bucketFor(n int) (uint32, bool) {
	for s := uint32(MinBucket); s <= MaxBucket; s *= 2 {
		if int(s) >= n {
			return s, true
		}
	}
	return 0, false
}

// lowOrderX25519 lists, with the top bit cleared, every 255-bit encoding of
// an X25519 u-coordinate of order dividing 8 (RFC 7748 ignores the top
// bit): 0, 1, p-1, p, p+1 and the two points of order 8. X25519 with any
// clamped scalar maps exactly these to the all-zero shared secret; Go's
// crypto/ecdh rejects them, circl's X-Wing does not.
var lowOrderX25519 = [...][32]byte{
	{},
	{1},
	{0xe0, 0xeb, 0x7a, 0x7c, 0x3b, 0x41, 0xb8, 0xae, 0x16, 0x56, 0xe3, 0xfa, 0xf1, 0x9f, 0xc4, 0x6a,
		0xda, 0x09, 0x8d, 0xeb, 0x9c, 0x32, 0xb1, 0xfd, 0x86, 0x62, 0x05, 0x16, 0x5f, 0x49, 0xb8, 0x00},
	{0x5f, 0x9c, 0x95, 0xbc, 0xa3, 0x50, 0x8c, 0x24, 0xb1, 0xd0, 0xb1, 0x55, 0x9c, 0x83, 0xef, 0x5b,
		0x04, 0x44, 0x5c, 0xc4, 0x58, 0x1c, 0x8e, 0x86, 0xd8, 0x22, 0x4e, 0xdd, 0xd0, 0x9f, 0x11, 0x57},
	{0xec, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f},
	{0xed, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f},
	{0xee, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f},
}

func isLowOrderX25519(u []byte) bool {
	var c [32]byte
	copy(c[:], u)
	c[31] &= 0x7f
	for i := range lowOrderX25519 {
		if bytes.Equal(c[:], lowOrderX25519[i][:]) {
			return true
		}
	}
	return false
}
