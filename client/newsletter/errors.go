package newsletter

import "errors"

// Errors returned by this package; test them with errors.Is.
var (
	// ErrMalformed: bytes that are not a well-formed newsletter record,
	// slice, definition or control body.
	ErrMalformed = errors.New("newsletter: malformed")
	// ErrTooLarge: an input over its documented limit.
	ErrTooLarge = errors.New("newsletter: over size limit")
	// ErrUnsupportedVersion: a version or record type this code does not
	// implement.
	ErrUnsupportedVersion = errors.New("newsletter: unsupported version")
	// ErrInvalid: a list definition (name, description, relays) that breaks
	// the rules, given to CreateList or found in a definition.
	ErrInvalid = errors.New("newsletter: invalid list")
	// ErrBadSignature: a definition, issue or list event whose signature
	// does not verify, or whose signer is not the list's publisher.
	ErrBadSignature = errors.New("newsletter: bad signature")
	// ErrListString: text that is not a list string (bmail-list:…).
	ErrListString = errors.New("newsletter: not a list string")
	// ErrNoList: no list or subscription of that name or id here.
	ErrNoList = errors.New("newsletter: no such list")
	// ErrListNotFound: no relay serves a valid definition of the list.
	ErrListNotFound = errors.New("newsletter: list not found on its relays")
	// ErrNotPublisher: the list is not one this user publishes.
	ErrNotPublisher = errors.New("newsletter: not a list you publish")
	// ErrOwnList: a publisher cannot subscribe to its own list.
	ErrOwnList = errors.New("newsletter: that is your own list")
	// ErrNotEnoughRelays: too few of the list's relays took an event.
	ErrNotEnoughRelays = errors.New("newsletter: too few relays took the event")
)
