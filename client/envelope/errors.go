package envelope

import (
	"errors"
	"fmt"
)

// Errors returned by this package. Test them with errors.Is; returned errors
// wrap one of these with detail.
var (
	// ErrMalformed: the bytes are not a well-formed envelope, body or inner
	// message (truncated, wrong lengths, non-canonical fields).
	ErrMalformed = errors.New("envelope: malformed")
	// ErrTooLarge: an input or a field is over one of the documented limits
	// (MaxEnvelopeSize, MaxRecipients, MaxSubjectLen, MaxBodyLen, ...).
	ErrTooLarge = errors.New("envelope: over size limit")
	// ErrUnsupportedVersion: the format version or the recipient type is one
	// this code does not implement.
	ErrUnsupportedVersion = errors.New("envelope: unsupported version")
	// ErrLowOrderPoint: a wrap's X25519 share is a low-order point. Such a
	// share is never produced honestly; b-mail rejects it (as Go's crypto/hpke
	// does) even though circl's X-Wing would accept it. It also matches
	// ErrMalformed.
	ErrLowOrderPoint = fmt.Errorf("%w: low-order x25519 share in wrap", ErrMalformed)
	// ErrNotForMe: no wrap opens with the given key: the envelope is not
	// addressed to it, or its header or wraps were changed in transit (the
	// wraps bind the header, so the two cannot be told apart).
	ErrNotForMe = errors.New("envelope: not addressed to this key")
	// ErrNotSignedRecipient: the envelope opened, but the reader's account
	// address is neither the sender nor in the signed To, Cc or Bcc lists.
	ErrNotSignedRecipient = errors.New("envelope: reader is not among the signed recipients")
	// ErrMissingSecret: paid mail needs its release secret S_i and none was
	// given (the wrap does not carry it).
	ErrMissingSecret = errors.New("envelope: release secret missing")
	// ErrWrongSecret: keccak256 of the given release secret is not the
	// reader's msgId.
	ErrWrongSecret = errors.New("envelope: release secret does not match msgId")
	// ErrTampered: the header MAC or the body authentication failed.
	ErrTampered = errors.New("envelope: header mac or body authentication failed")
	// ErrBadSignature: the inner message's Ed25519 signature does not verify.
	ErrBadSignature = errors.New("envelope: bad inner signature")
	// ErrDecompressionBomb: the compressed inner message would decompress
	// past MaxMessageSize or past MaxCompressionRatio times its own size.
	ErrDecompressionBomb = errors.New("envelope: decompression bound exceeded")
	// ErrInvalidMessage: Seal was given a message it cannot encode (no time,
	// no recipient address, text that is not UTF-8).
	ErrInvalidMessage = errors.New("envelope: invalid message")
	// ErrInvalidRecipient: Seal was given a recipient whose public key is not
	// an X-Wing public key, or a signer that is not an Ed25519 private key.
	ErrInvalidRecipient = errors.New("envelope: invalid recipient or signer key")
)
