package envelope

import (
	"bytes"
	"encoding/base64"
	"fmt"
)

// An envelope travels as the content of a Nostr event of the b-mail
// envelope kind (SPEC.md §6): the standard base64 (RFC 4648, with padding)
// of the envelope bytes. These helpers are the one place that encoding is
// written and read, for the client and for the relay.

// MaxEventContentSize is the longest content of a well-formed envelope.
const MaxEventContentSize = (MaxEnvelopeSize + 2) / 3 * 4

var contentEncoding = base64.StdEncoding.Strict()

// EventContent returns the event content carrying an envelope.
func EventContent(envelope []byte) string {
	return contentEncoding.EncodeToString(envelope)
}

// ParseEventContent decodes an envelope event's content: strict standard
// base64 with padding, at most MaxEventContentSize bytes. It does not parse
// the envelope.
func ParseEventContent(content []byte) ([]byte, error) {
	if len(content) > MaxEventContentSize {
		return nil, fmt.Errorf("%w: event content of %d bytes, limit %d", ErrTooLarge, len(content), MaxEventContentSize)
	}
	// Go's decoder skips CR and LF even in strict mode; the content has one
	// encoding only, so they are refused.
	if bytes.ContainsAny(content, "\r\n") {
		return nil, fmt.Errorf("%w: line break in event content", ErrMalformed)
	}
	b := make([]byte, contentEncoding.DecodedLen(len(content)))
	n, err := contentEncoding.Decode(b, content)
	if err != nil {
		return nil, fmt.Errorf("%w: event content is not standard base64: %v", ErrMalformed, err)
	}
	return b[:n], nil
}

// MsgIDsFromEventContent returns the msgId commitments of the envelope an
// event carries, checking the envelope's structure but using no key. It
// has the shape the relay's configuration takes.
func MsgIDsFromEventContent(content []byte) ([][32]byte, error) {
	b, err := ParseEventContent(content)
	if err != nil {
		return nil, err
	}
	h, err := ParseHeader(b)
	if err != nil {
		return nil, err
	}
	return h.MsgIDs, nil
}
