package envelope

import (
	"crypto/ed25519"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"time"
	"unicode/utf8"
)

// Inner message limits (SPEC.md §5).
const (
	// MaxSubjectLen bounds the subject, in bytes of UTF-8.
	MaxSubjectLen = 1024
	// MaxBodyLen bounds the body, in bytes of UTF-8.
	MaxBodyLen = 128 << 10
	// MaxAddresses bounds To, Cc and Bcc together.
	MaxAddresses = 100
	// MaxReplyTo bounds the Reply-To list.
	MaxReplyTo = 4
	// MaxMessageSize is the largest encoded inner message (every field at
	// its limit): 134,311 bytes. Decompression never produces more.
	MaxMessageSize = innerFixedSize + (MaxAddresses+MaxReplyTo)*AddressSize + MaxSubjectLen + MaxBodyLen

	// AddressSize is the size of an account address.
	AddressSize = 20

	messageVersion = 1
	// version, id, in-reply-to, from, signer key, time, four list counts,
	// subject length, body length.
	innerFixedSize = 1 + 32 + 32 + AddressSize + ed25519.PublicKeySize + 8 + 4 + 2 + 4
)

// Address is an account address (the 20-byte Ethereum address of the
// account key).
type Address [AddressSize]byte

// String returns the address as 0x-prefixed lowercase hex.
func (a Address) String() string { return "0x" + hex.EncodeToString(a[:]) }

// Message is the inner message: everything a reader sees. Seal signs it;
// Open returns it only after the signature verified.
type Message struct {
	// ID names this message for threading. Seal picks a random one when it
	// is zero.
	ID [32]byte
	// InReplyTo is the ID of the message this one answers; zero for none.
	InReplyTo [32]byte
	// From is the sender's account address.
	From Address
	// To, Cc and Bcc are the signed recipient lists. Bcc is visible to every
	// reader of this envelope: give each Bcc recipient an envelope of its
	// own whose Bcc lists only that recipient.
	To, Cc, Bcc []Address
	// ReplyTo lists where replies should go; empty means From.
	ReplyTo []Address
	// Time is when the message was written, at second precision, in UTC
	// after Open.
	Time time.Time
	// Subject and Body are UTF-8 text.
	Subject string
	Body    string
}

// IsSignedRecipient reports whether me is the sender or in To, Cc or Bcc.
// Open performs this check itself.
func (m *Message) IsSignedRecipient(me Address) bool {
	if m.From == me {
		return true
	}
	for _, list := range [][]Address{m.To, m.Cc, m.Bcc} {
		for _, a := range list {
			if a == me {
				return true
			}
		}
	}
	return false
}

// validate checks the message against the limits and encoding rules; both
// encoding and decoding use it, so they accept exactly the same messages.
func (m *Message) validate() error {
	switch {
	case len(m.To)+len(m.Cc)+len(m.Bcc) == 0:
		return fmt.Errorf("%w: no recipient address", ErrInvalidMessage)
	case len(m.To)+len(m.Cc)+len(m.Bcc) > MaxAddresses:
		return fmt.Errorf("%w: %d addresses, limit %d", ErrTooLarge, len(m.To)+len(m.Cc)+len(m.Bcc), MaxAddresses)
	case len(m.ReplyTo) > MaxReplyTo:
		return fmt.Errorf("%w: %d reply-to addresses, limit %d", ErrTooLarge, len(m.ReplyTo), MaxReplyTo)
	case len(m.Subject) > MaxSubjectLen:
		return fmt.Errorf("%w: subject of %d bytes, limit %d", ErrTooLarge, len(m.Subject), MaxSubjectLen)
	case len(m.Body) > MaxBodyLen:
		return fmt.Errorf("%w: body of %d bytes, limit %d", ErrTooLarge, len(m.Body), MaxBodyLen)
	case !utf8.ValidString(m.Subject):
		return fmt.Errorf("%w: subject is not UTF-8", ErrInvalidMessage)
	case !utf8.ValidString(m.Body):
		return fmt.Errorf("%w: body is not UTF-8", ErrInvalidMessage)
	case m.Time.IsZero() || m.Time.Unix() < 0:
		return fmt.Errorf("%w: time missing or before 1970", ErrInvalidMessage)
	}
	return nil
}

// innerMessage is the signed inner message as encoded: the message and the
// Ed25519 public key that signs it.
type innerMessage struct {
	Message
	Signer [ed25519.PublicKeySize]byte
}

// marshal encodes the inner message (SPEC.md §5). It assumes validate
// passed.
func (im *innerMessage) marshal() []byte {
	return im.appendTo(make([]byte, 0, im.size()))
}

// size is the length of the encoded inner message.
func (im *innerMessage) size() int {
	m := &im.Message
	return innerFixedSize + (len(m.To)+len(m.Cc)+len(m.Bcc)+len(m.ReplyTo))*AddressSize + len(m.Subject) + len(m.Body)
}

func (im *innerMessage) appendTo(out []byte) []byte {
	m := &im.Message
	out = append(out, messageVersion)
	out = append(out, m.ID[:]...)
	out = append(out, m.InReplyTo[:]...)
	out = append(out, m.From[:]...)
	out = append(out, im.Signer[:]...)
	out = binary.BigEndian.AppendUint64(out, uint64(m.Time.Unix()))
	for _, list := range [][]Address{m.To, m.Cc, m.Bcc, m.ReplyTo} {
		out = append(out, byte(len(list)))
		for _, a := range list {
			out = append(out, a[:]...)
		}
	}
	out = binary.BigEndian.AppendUint16(out, uint16(len(m.Subject)))
	out = append(out, m.Subject...)
	out = binary.BigEndian.AppendUint32(out, uint32(len(m.Body)))
	out = append(out, m.Body...)
	return out
}

// parseInnerMessage decodes an encoded inner message. It accepts exactly
// what marshal produces for a valid message.
func parseInnerMessage(b []byte) (*innerMessage, error) {
	if len(b) > MaxMessageSize {
		return nil, fmt.Errorf("%w: inner message of %d bytes, limit %d", ErrTooLarge, len(b), MaxMessageSize)
	}
	r := newReader(b)
	if v := r.u8(); r.ok && v != messageVersion {
		return nil, fmt.Errorf("%w: inner message version %d", ErrUnsupportedVersion, v)
	}
	im := &innerMessage{}
	m := &im.Message
	r.copy(m.ID[:])
	r.copy(m.InReplyTo[:])
	r.copy(m.From[:])
	r.copy(im.Signer[:])
	t := r.u64()
	if t > math.MaxInt64 {
		return nil, fmt.Errorf("%w: time out of range", ErrMalformed)
	}
	m.Time = time.Unix(int64(t), 0).UTC()
	for _, list := range []*[]Address{&m.To, &m.Cc, &m.Bcc, &m.ReplyTo} {
		n := int(r.u8())
		if n == 0 {
			continue
		}
		if n > MaxAddresses {
			return nil, fmt.Errorf("%w: address list of %d", ErrTooLarge, n)
		}
		*list = make([]Address, n)
		for i := range *list {
			r.copy((*list)[i][:])
		}
	}
	m.Subject = string(r.bytes(int(r.u16())))
	m.Body = string(r.bytes(int(r.u32())))
	if !r.ok {
		return nil, fmt.Errorf("%w: inner message truncated", ErrMalformed)
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes after inner message", ErrMalformed, len(r.b))
	}
	if err := m.validate(); err != nil {
		if errors.Is(err, ErrInvalidMessage) {
			return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
		}
		return nil, err
	}
	return im, nil
}

// reader is a bounds-checked cursor; after a short read ok is false and
// every further read returns zero values.
type reader struct {
	b  []byte
	ok bool
}

func newReader(b []byte) *reader { return &reader{b: b, ok: true} }

func (r *reader) bytes(n int) []byte {
	if !r.ok || n < 0 || n > len(r.b) {
		r.ok = false
		return nil
	}
	out := r.b[:n:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) copy(dst []byte) { copy(dst, r.bytes(len(dst))) }

func (r *reader) u8() uint8 {
	if b := r.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *reader) u16() uint16 {
	if b := r.bytes(2); b != nil {
		return binary.BigEndian.Uint16(b)
	}
	return 0
}

func (r *reader) u32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.BigEndian.Uint32(b)
	}
	return 0
}

func (r *reader) u64() uint64 {
	if b := r.bytes(8); b != nil {
		return binary.BigEndian.Uint64(b)
	}
	return 0
}
