package envelope

import (
	"crypto/ed25519"
	cryptorand "crypto/rand"
	"encoding/binary"
	"fmt"
	"io"

	"golang.org/x/crypto/chacha20poly1305"
)

// Newsletter issues: recipient type 2 (SPEC.md §10.4). An issue is one
// envelope sealed under a symmetric issue key instead of per-recipient
// wraps, so sealing it costs the same for any audience:
//
//	issue  = header ‖ mac ‖ body
//	header = "bmail" ‖ 0x01 ‖ 0x02 ‖ list (32) ‖ epoch u32 ‖ index u32 ‖ nonce (32)
//
// The body key B is HKDF-Expand(chain, "b-mail/v1/issue-key" ‖ nonce, 32)
// where chain is the list's hash-chain value for (epoch, index); the MAC,
// the body and the inner message and its signature are exactly those of
// §4.4–§5 with binding = SHA-256("b-mail/v1/binding" ‖ header), so the
// publisher's signature covers the list, epoch, index and nonce. There is
// no reader check: To holds the publisher's own address.

const (
	// TypeIssue is the recipient type of a newsletter issue.
	TypeIssue = 2

	// IssueHeaderSize is the length of an issue's header.
	IssueHeaderSize = issuePrefixSize + 32 + 4 + 4 + 32
	// MaxIssueSize is the largest well-formed issue (largest bucket).
	MaxIssueSize = IssueHeaderSize + MACSize + MaxBucket

	issuePrefixSize = len(magic) + 1 + 1 // magic, version, type

	// labelIssueKey is the HKDF info prefix of an issue's body key.
	labelIssueKey = "b-mail/v1/issue-key"
)

// IssueHeader is the public part of an issue.
type IssueHeader struct {
	// List is the list id (the list key's x-only public key).
	List [32]byte
	// Epoch and Index place the issue in the list's key schedule.
	Epoch, Index uint32
	// Nonce is drawn by the sealer; with the chain value it gives the body
	// key, so no two seals share one.
	Nonce [32]byte
	// PricedSize is the body ciphertext length (a bucket), not a field: it
	// follows from the issue's length.
	PricedSize uint32
}

// Issue is a parsed issue; parsing checks structure only.
type Issue struct {
	Header IssueHeader
	MAC    [MACSize]byte
	Body   []byte
}

// ParseIssue parses b structurally. The returned Issue refers to b.
func ParseIssue(b []byte) (*Issue, error) {
	if err := checkPrefix(b, "issue", MaxIssueSize, issuePrefixSize); err != nil {
		return nil, err
	}
	p := len(magic)
	if t := b[p+1]; t != TypeIssue {
		return nil, fmt.Errorf("%w: recipient type %d is not a newsletter issue", ErrUnsupportedVersion, t)
	}
	body := len(b) - IssueHeaderSize - MACSize
	if body < 0 || !IsBucket(uint32(body)) {
		return nil, fmt.Errorf("%w: issue of %d bytes leaves a body of %d, not a bucket", ErrMalformed, len(b), body)
	}
	is := &Issue{Header: IssueHeader{PricedSize: uint32(body)}}
	h := &is.Header
	p += 2
	copy(h.List[:], b[p:])
	p += 32
	h.Epoch = binary.BigEndian.Uint32(b[p:])
	h.Index = binary.BigEndian.Uint32(b[p+4:])
	p += 8
	copy(h.Nonce[:], b[p:])
	p += 32
	copy(is.MAC[:], b[p:])
	p += MACSize
	is.Body = b[p:len(b):len(b)]
	return is, nil
}

// Marshal returns the issue bytes; for a parsed issue, its input.
func (is *Issue) Marshal() []byte {
	out := is.Header.appendTo(make([]byte, 0, IssueHeaderSize+MACSize+len(is.Body)))
	out = append(out, is.MAC[:]...)
	return append(out, is.Body...)
}

// Marshal returns the header bytes.
func (h *IssueHeader) Marshal() []byte { return h.appendTo(make([]byte, 0, IssueHeaderSize)) }

func (h *IssueHeader) appendTo(out []byte) []byte {
	out = append(out, magic...)
	out = append(out, Version, TypeIssue)
	out = append(out, h.List[:]...)
	out = binary.BigEndian.AppendUint32(out, h.Epoch)
	out = binary.BigEndian.AppendUint32(out, h.Index)
	return append(out, h.Nonce[:]...)
}

// SealedIssue is the result of SealIssue.
type SealedIssue struct {
	Bytes      []byte
	Header     IssueHeader
	PricedSize uint32
	// MessageID is the inner message's ID (chosen by SealIssue if zero).
	MessageID [32]byte
}

// SealIssue signs msg with the publisher's mail-signing key and seals it
// as issue (list, epoch, index) under chain, the list's hash-chain value
// for that issue. rand supplies the message id (if msg has none) and then
// the 32-byte nonce, in that order (nil means crypto/rand). Every seal
// draws a fresh nonce, so the body key is never used twice even when an
// index is sealed again.
func SealIssue(rand io.Reader, msg *Message, signer ed25519.PrivateKey, list [32]byte, epoch, index uint32, chain *[32]byte) (*SealedIssue, error) {
	if rand == nil {
		rand = cryptorand.Reader
	}
	if len(signer) != ed25519.PrivateKeySize {
		return nil, fmt.Errorf("%w: Ed25519 private key of %d bytes", ErrInvalidRecipient, len(signer))
	}
	if err := msg.validate(); err != nil {
		return nil, err
	}
	enc, err := encodeInner(rand, msg, signer)
	if err != nil {
		return nil, err
	}
	defer enc.release()
	return sealIssue(rand, enc, list, epoch, index, chain)
}

// sealIssue seals an encoded inner message as an issue (tests give it a
// bad signer).
func sealIssue(rand io.Reader, enc *encodedInner, list [32]byte, epoch, index uint32, chain *[32]byte) (*SealedIssue, error) {
	size, ok := bucketFor(len(enc.data) + payloadOverhead)
	if !ok {
		return nil, fmt.Errorf("%w: message needs %d bytes, largest bucket %d", ErrTooLarge, len(enc.data)+payloadOverhead, MaxBucket)
	}
	h := IssueHeader{List: list, Epoch: epoch, Index: index, PricedSize: size}
	if _, err := io.ReadFull(rand, h.Nonce[:]); err != nil {
		return nil, fmt.Errorf("envelope: reading randomness: %w", err)
	}
	bodyKey := IssueKey(chain, &h.Nonce)
	out := h.appendTo(make([]byte, 0, IssueHeaderSize+MACSize+int(size)))
	binding := bindingOf(out)
	macKey, aeadKey := payloadKeys(&bodyKey)
	out = headerMAC(&macKey, &binding, out)
	p := payload{Codec: enc.codec, Data: enc.data}
	copy(p.Signature[:], enc.sign(&binding))
	p.Padding = int(size) - chacha20poly1305.Overhead - (1 + 4 + len(enc.data) + ed25519.SignatureSize)
	bodyAt := len(out)
	out = p.appendTo(out)
	aead, err := chacha20poly1305.New(aeadKey[:])
	if err != nil {
		return nil, err
	}
	return &SealedIssue{
		Bytes:      aead.Seal(out[:bodyAt], zeroNonce[:], out[bodyAt:], nil),
		Header:     h,
		PricedSize: size,
		MessageID:  enc.id,
	}, nil
}

// IssueKey is an issue's body key: HKDF-Expand(PRK = chain, info =
// "b-mail/v1/issue-key" ‖ nonce, L = 32). The chain value is uniformly
// random (a fresh epoch) or an HKDF output, so it is the PRK as is.
func IssueKey(chain, nonce *[32]byte) [32]byte {
	return expandKey(chain[:], []byte(labelIssueKey), nonce[:])
}

// OpenedIssue is a verified issue.
type OpenedIssue struct {
	Header IssueHeader
	// Message is the signed inner message; From is the publisher's account.
	Message *Message
	// Signer is the Ed25519 key that signed it: the caller checks that the
	// publisher's key bundle certifies it.
	Signer ed25519.PublicKey
}

// OpenIssue opens an issue with chain, the list's hash-chain value for the
// issue's (epoch, index). A wrong chain value fails the header MAC
// (ErrTampered), as a changed header or body does. Checks run as in Open
// from the MAC on: MAC, body, padding and decompression bounds, inner
// message, signature over the binding.
func OpenIssue(b []byte, chain *[32]byte) (*OpenedIssue, error) {
	is, err := ParseIssue(b)
	if err != nil {
		return nil, err
	}
	bodyKey := IssueKey(chain, &is.Header.Nonce)
	binding := bindingOf(b[:IssueHeaderSize])
	im, err := openBody(&bodyKey, &binding, &is.MAC, is.Body)
	if err != nil {
		return nil, err
	}
	return &OpenedIssue{Header: is.Header, Message: &im.Message, Signer: ed25519.PublicKey(im.Signer[:])}, nil
}
