package identity

import (
	"errors"
	"fmt"
	"strings"
)

// Mnemonic errors.
var (
	// ErrWordCount: a phrase that is not 12 or 24 words.
	ErrWordCount = errors.New("a recovery phrase has 12 or 24 words")
	// ErrUnknownWord: a word that is not in the BIP-39 English list; the
	// error is an *UnknownWordError.
	ErrUnknownWord = errors.New("unknown word")
	// ErrChecksum: every word is known but the BIP-39 checksum fails.
	ErrChecksum = errors.New("recovery phrase checksum mismatch: a word is wrong or two words are swapped")
)

// Derivation errors.
var (
	// ErrInvalidChildKey: BIP-32 produced an invalid key (probability
	// below 2^-127). BIP-32 says to skip such an index; b-mail's paths are
	// fixed, so the seed cannot be used.
	ErrInvalidChildKey = errors.New("bip32: derived key is invalid for this seed")
	// ErrKeyIndex: a key index above the identity's current index.
	ErrKeyIndex = errors.New("key index not yet in use")
)

// Keystore errors.
var (
	// ErrWrongPassphrase: the file is intact (its checksum matches) but the
	// passphrase does not open it.
	ErrWrongPassphrase = errors.New("wrong passphrase")
	// ErrKeystoreDamaged: the file is truncated, altered or not a keystore.
	ErrKeystoreDamaged = errors.New("keystore file is damaged")
	// ErrKeystoreVersion: a keystore written by a newer, unknown version.
	ErrKeystoreVersion = errors.New("keystore version not supported")
)

// Bundle errors.
var (
	// ErrMalformedBundle: bytes that are not the one canonical encoding of
	// a valid bundle.
	ErrMalformedBundle = errors.New("malformed key bundle")
	// ErrBundleVersion: a bundle of an unknown version.
	ErrBundleVersion = errors.New("key bundle version not supported")
	// ErrInvalidBundle: a field violates the bundle rules (URL syntax,
	// counts, lengths, times, keys).
	ErrInvalidBundle = errors.New("invalid key bundle")
	// ErrBundleExpired: the bundle's expiry has passed.
	ErrBundleExpired = errors.New("key bundle expired")
	// ErrBundleNotYetValid: the bundle's creation time is in the future.
	ErrBundleNotYetValid = errors.New("key bundle created in the future")
	// ErrUnsigned: the bundle has no signature yet.
	ErrUnsigned = errors.New("key bundle is not signed")
	// ErrBadSignature: the signature does not recover to the bundle's
	// account.
	ErrBadSignature = errors.New("key bundle signature does not match its account")
)

// UnknownWordError reports a word of a recovery phrase that is not in the
// BIP-39 English list. errors.Is(err, ErrUnknownWord) holds.
type UnknownWordError struct {
	Word        string   // the word as typed (lowercased)
	Position    int      // 1-based position in the phrase
	Suggestions []string // close words from the list, best first; may be empty
}

func (e *UnknownWordError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "unknown word %q at position %d", e.Word, e.Position)
	if len(e.Suggestions) > 0 {
		b.WriteString(" (did you mean ")
		for i, s := range e.Suggestions {
			if i > 0 {
				if i == len(e.Suggestions)-1 {
					b.WriteString(" or ")
				} else {
					b.WriteString(", ")
				}
			}
			fmt.Fprintf(&b, "%q", s)
		}
		b.WriteString("?)")
	}
	return b.String()
}

// Unwrap lets errors.Is match ErrUnknownWord.
func (e *UnknownWordError) Unwrap() error { return ErrUnknownWord }
