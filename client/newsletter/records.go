package newsletter

import (
	"crypto/ed25519"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/crypto/cryptobyte"

	"github.com/bmail-network/bmail/client/envelope"
	"github.com/bmail-network/bmail/client/identity"
)

// The byte formats of SPEC.md §10.5: what travels in the list kinds' event
// content (standard base64 of these bytes) and in the bodies of the
// control envelopes. Every decoder is strict: one encoding per value, so
// parse then marshal gives the input back.

// Format constants.
const (
	// Version is the version byte of every newsletter record.
	Version = 1

	// MaxNameLen and MaxDescriptionLen bound a list's texts (UTF-8 bytes).
	MaxNameLen        = 64
	MaxDescriptionLen = 1024
	// MaxRelays bounds a list's relays.
	MaxRelays = identity.MaxInboxRelays

	// MaxSliceWraps is the most wraps in one rotation slice: a slice stays
	// under a relay's default 192 KiB event content (SPEC.md §6.6).
	MaxSliceWraps = 4000

	// Record types of a list issue event (kind 2526).
	RecordIssue    = 1
	RecordRotation = 2

	labelDefinition = "b-mail/v1/list-definition"

	// Subjects of the control envelopes (SPEC.md §10.7).
	SubjectSubscribe   = "b-mail/v1/list-subscribe"
	SubjectUnsubscribe = "b-mail/v1/list-unsubscribe"
	SubjectWelcome     = "b-mail/v1/list-welcome"

	// ListScheme starts a list string.
	ListScheme = "bmail-list:"
)

var contentEncoding = base64.StdEncoding.Strict()

// decodeContent decodes strict standard base64 of at most limit bytes.
func decodeContent(s string, limit int) ([]byte, error) {
	if len(s) > (limit+2)/3*4 {
		return nil, fmt.Errorf("%w: content of %d characters", ErrTooLarge, len(s))
	}
	if strings.ContainsAny(s, "\r\n") {
		return nil, fmt.Errorf("%w: line break in content", ErrMalformed)
	}
	b, err := contentEncoding.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("%w: content is not standard base64: %v", ErrMalformed, err)
	}
	return b, nil
}

// ---- definition (kind 12526) ----

// Definition is a list as its publisher signed it.
type Definition struct {
	List      [32]byte       // the list id: the list key's x-only public key
	Publisher common.Address // the publisher's account
	Signer    [32]byte       // the publisher's Ed25519 mail-signing key (its bundle certifies it)
	Created   uint64         // unix seconds; a newer definition has a larger one
	Name      string
	// Description is free text; Relays are where the list's events live
	// (canonical relay URLs, 1 to MaxRelays, no duplicates).
	Description string
	Relays      []string
	Signature   [ed25519.SignatureSize]byte
}

func (d *Definition) check() error {
	switch {
	case len(d.Name) == 0 || len(d.Name) > MaxNameLen || !utf8.ValidString(d.Name):
		return fmt.Errorf("%w: name of %d bytes (1 to %d of UTF-8)", ErrInvalid, len(d.Name), MaxNameLen)
	case len(d.Description) > MaxDescriptionLen || !utf8.ValidString(d.Description):
		return fmt.Errorf("%w: description of %d bytes (at most %d of UTF-8)", ErrInvalid, len(d.Description), MaxDescriptionLen)
	case len(d.Relays) == 0 || len(d.Relays) > MaxRelays:
		return fmt.Errorf("%w: %d relays (1 to %d)", ErrInvalid, len(d.Relays), MaxRelays)
	}
	seen := map[string]bool{}
	for _, r := range d.Relays {
		n, err := identity.NormalizeRelayURL(r)
		if err != nil || n != r || seen[r] {
			return fmt.Errorf("%w: relay %q is not a canonical relay URL, or repeated", ErrInvalid, r)
		}
		seen[r] = true
	}
	return nil
}

// signed is what the signature covers: the label, then the encoding up to
// the signature.
func (d *Definition) signed() []byte {
	b := []byte(labelDefinition)
	return d.appendBody(b)
}

func (d *Definition) appendBody(b []byte) []byte {
	b = append(b, Version)
	b = append(b, d.List[:]...)
	b = append(b, d.Publisher[:]...)
	b = append(b, d.Signer[:]...)
	b = binary.BigEndian.AppendUint64(b, d.Created)
	b = append(b, byte(len(d.Name)))
	b = append(b, d.Name...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(d.Description)))
	b = append(b, d.Description...)
	b = append(b, byte(len(d.Relays)))
	for _, r := range d.Relays {
		b = append(b, byte(len(r)))
		b = append(b, r...)
	}
	return b
}

// Sign checks the definition and signs it with the publisher's
// mail-signing key (whose public key it sets as Signer).
func (d *Definition) Sign(key ed25519.PrivateKey) error {
	copy(d.Signer[:], key.Public().(ed25519.PublicKey))
	if err := d.check(); err != nil {
		return err
	}
	copy(d.Signature[:], ed25519.Sign(key, d.signed()))
	return nil
}

// Verify checks the signature by Signer (the caller checks that the
// publisher's bundle certifies Signer).
func (d *Definition) Verify() error {
	if !ed25519.Verify(d.Signer[:], d.signed(), d.Signature[:]) {
		return fmt.Errorf("%w: list definition", ErrBadSignature)
	}
	return nil
}

// Marshal encodes the definition.
func (d *Definition) Marshal() []byte {
	return append(d.appendBody(nil), d.Signature[:]...)
}

// MaxDefinitionSize bounds an encoded definition.
const MaxDefinitionSize = 1 + 32 + 20 + 32 + 8 + 1 + MaxNameLen + 2 + MaxDescriptionLen + 1 +
	MaxRelays*(1+identity.MaxRelayURLLength) + ed25519.SignatureSize

// ParseDefinition decodes a definition (it does not verify the signature).
func ParseDefinition(b []byte) (*Definition, error) {
	if len(b) > MaxDefinitionSize {
		return nil, fmt.Errorf("%w: definition of %d bytes", ErrTooLarge, len(b))
	}
	s := cryptobyte.String(b)
	if err := readVersion(&s, "definition"); err != nil {
		return nil, err
	}
	d := &Definition{}
	var name, desc cryptobyte.String
	var n uint8
	ok := s.CopyBytes(d.List[:]) && s.CopyBytes(d.Publisher[:]) && s.CopyBytes(d.Signer[:]) && s.ReadUint64(&d.Created) &&
		s.ReadUint8LengthPrefixed(&name) && s.ReadUint16LengthPrefixed(&desc) && s.ReadUint8(&n)
	for i := 0; i < int(n) && ok; i++ {
		var relay cryptobyte.String
		ok = s.ReadUint8LengthPrefixed(&relay)
		d.Relays = append(d.Relays, string(relay))
	}
	ok = ok && s.CopyBytes(d.Signature[:])
	if err := finish(ok, s, "definition"); err != nil {
		return nil, err
	}
	d.Name, d.Description = string(name), string(desc)
	if err := d.check(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return d, nil
}

// ---- list issue event records (kind 2526) ----

// Rotation is the notice that starts an epoch: where the slices holding
// the wrapped chain_0 are. Slice j holds slots [j·PerSlice, (j+1)·PerSlice).
type Rotation struct {
	List     [32]byte
	Epoch    uint32
	Salt     [KeySize]byte
	Slots    uint32
	PerSlice uint32
	// Slices are the event ids of the slices (kind 2527), in slot order.
	Slices [][32]byte
}

func (ro *Rotation) check() error {
	if ro.PerSlice == 0 || ro.PerSlice > MaxSliceWraps {
		return fmt.Errorf("%w: %d wraps per slice", ErrMalformed, ro.PerSlice)
	}
	if want := (uint64(ro.Slots) + uint64(ro.PerSlice) - 1) / uint64(ro.PerSlice); uint64(len(ro.Slices)) != want {
		return fmt.Errorf("%w: %d slices for %d slots of %d", ErrMalformed, len(ro.Slices), ro.Slots, ro.PerSlice)
	}
	return nil
}

// SliceOf returns the slice index and the position in it of slot.
func (ro *Rotation) SliceOf(slot uint32) (int, int) {
	return int(slot / ro.PerSlice), int(slot % ro.PerSlice)
}

// Record is the content of a list issue event: an issue or a rotation.
type Record struct {
	Type     uint8
	Issue    []byte    // RecordIssue: the issue envelope (recipient type 2)
	Rotation *Rotation // RecordRotation
}

// MaxRecordSize bounds a decoded record.
const MaxRecordSize = 2 + envelope.MaxIssueSize

// Marshal encodes the record.
func (rc *Record) Marshal() []byte {
	b := []byte{Version, rc.Type}
	switch rc.Type {
	case RecordIssue:
		return append(b, rc.Issue...)
	case RecordRotation:
		ro := rc.Rotation
		b = append(b, ro.List[:]...)
		b = binary.BigEndian.AppendUint32(b, ro.Epoch)
		b = append(b, ro.Salt[:]...)
		b = binary.BigEndian.AppendUint32(b, ro.Slots)
		b = binary.BigEndian.AppendUint32(b, ro.PerSlice)
		b = binary.BigEndian.AppendUint16(b, uint16(len(ro.Slices)))
		for _, id := range ro.Slices {
			b = append(b, id[:]...)
		}
	}
	return b
}

// ParseRecord decodes a record; an issue's envelope is parsed
// structurally (envelope.ParseIssue).
func ParseRecord(b []byte) (*Record, error) {
	if len(b) > MaxRecordSize {
		return nil, fmt.Errorf("%w: record of %d bytes", ErrTooLarge, len(b))
	}
	s := cryptobyte.String(b)
	if err := readVersion(&s, "record"); err != nil {
		return nil, err
	}
	rc := &Record{}
	if !s.ReadUint8(&rc.Type) {
		return nil, fmt.Errorf("%w: record truncated", ErrMalformed)
	}
	switch rc.Type {
	case RecordIssue:
		rc.Issue = []byte(s)
		if _, err := envelope.ParseIssue(rc.Issue); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
		}
		return rc, nil
	case RecordRotation:
		ro := &Rotation{}
		var n uint16
		ok := s.CopyBytes(ro.List[:]) && s.ReadUint32(&ro.Epoch) && s.CopyBytes(ro.Salt[:]) && s.ReadUint32(&ro.Slots) &&
			s.ReadUint32(&ro.PerSlice) && s.ReadUint16(&n)
		for i := 0; i < int(n) && ok; i++ {
			var id [32]byte
			ok = s.CopyBytes(id[:])
			ro.Slices = append(ro.Slices, id)
		}
		if err := finish(ok, s, "rotation"); err != nil {
			return nil, err
		}
		if err := ro.check(); err != nil {
			return nil, err
		}
		rc.Rotation = ro
		return rc, nil
	}
	return nil, fmt.Errorf("%w: record type %d", ErrUnsupportedVersion, rc.Type)
}

// ---- rotation slices (kind 2527) ----

// Slice is part of a rotation: consecutive slots' wraps from First.
type Slice struct {
	List  [32]byte
	Epoch uint32
	First uint32
	Wraps []byte // a multiple of WrapSize, 1 to MaxSliceWraps wraps
}

const sliceHeaderSize = 1 + 32 + 4 + 4

// MaxSliceSize bounds an encoded slice.
const MaxSliceSize = sliceHeaderSize + MaxSliceWraps*WrapSize

// Marshal encodes the slice.
func (sl *Slice) Marshal() []byte {
	b := make([]byte, 0, sliceHeaderSize+len(sl.Wraps))
	b = append(b, Version)
	b = append(b, sl.List[:]...)
	b = binary.BigEndian.AppendUint32(b, sl.Epoch)
	b = binary.BigEndian.AppendUint32(b, sl.First)
	return append(b, sl.Wraps...)
}

// Wrap returns the wrap at position i of the slice.
func (sl *Slice) Wrap(i int) []byte {
	if i < 0 || (i+1)*WrapSize > len(sl.Wraps) {
		return nil
	}
	return sl.Wraps[i*WrapSize : (i+1)*WrapSize]
}

// ParseSlice decodes a slice.
func ParseSlice(b []byte) (*Slice, error) {
	if len(b) > MaxSliceSize {
		return nil, fmt.Errorf("%w: slice of %d bytes", ErrTooLarge, len(b))
	}
	s := cryptobyte.String(b)
	if err := readVersion(&s, "slice"); err != nil {
		return nil, err
	}
	sl := &Slice{}
	if !s.CopyBytes(sl.List[:]) || !s.ReadUint32(&sl.Epoch) || !s.ReadUint32(&sl.First) {
		return nil, fmt.Errorf("%w: slice truncated", ErrMalformed)
	}
	sl.Wraps = []byte(s)
	if len(sl.Wraps) == 0 || len(sl.Wraps)%WrapSize != 0 {
		return nil, fmt.Errorf("%w: slice wraps of %d bytes", ErrMalformed, len(sl.Wraps))
	}
	return sl, nil
}

// ---- control bodies (SPEC.md §10.7) ----

// Request is the body of a subscribe or unsubscribe envelope.
type Request struct {
	List [32]byte
	// Reader is the subscription's reader key (x-only, BIP-340): the welcome
	// is addressed to it, so the subscriber's inbox key never appears.
	Reader [32]byte
}

const requestSize = 1 + 32 + 32

// Marshal encodes the request as the envelope body text.
func (q *Request) Marshal() string {
	b := append([]byte{Version}, q.List[:]...)
	return contentEncoding.EncodeToString(append(b, q.Reader[:]...))
}

// ParseRequest decodes a request body.
func ParseRequest(body string) (*Request, error) {
	b, err := decodeContent(body, requestSize)
	if err != nil {
		return nil, err
	}
	s := cryptobyte.String(b)
	if err := readVersion(&s, "request"); err != nil {
		return nil, err
	}
	q := &Request{}
	if err := finish(s.CopyBytes(q.List[:]) && s.CopyBytes(q.Reader[:]), s, "request"); err != nil {
		return nil, err
	}
	return q, nil
}

// Welcome is the body of a welcome envelope: what a subscriber needs to
// read the list from now on.
type Welcome struct {
	List [32]byte
	// Request is the time of the subscribe request it answers.
	Request uint64
	Slot    uint32
	Key     [KeySize]byte // the subscriber key K
	// Epoch, Index and Chain: the chain value for the next issue.
	Epoch, Index uint32
	Chain        [KeySize]byte
}

const welcomeSize = 1 + 32 + 8 + 4 + KeySize + 4 + 4 + KeySize

// Marshal encodes the welcome as the envelope body text.
func (w *Welcome) Marshal() string {
	b := make([]byte, 0, welcomeSize)
	b = append(b, Version)
	b = append(b, w.List[:]...)
	b = binary.BigEndian.AppendUint64(b, w.Request)
	b = binary.BigEndian.AppendUint32(b, w.Slot)
	b = append(b, w.Key[:]...)
	b = binary.BigEndian.AppendUint32(b, w.Epoch)
	b = binary.BigEndian.AppendUint32(b, w.Index)
	b = append(b, w.Chain[:]...)
	return contentEncoding.EncodeToString(b)
}

// ParseWelcome decodes a welcome body.
func ParseWelcome(body string) (*Welcome, error) {
	b, err := decodeContent(body, welcomeSize)
	if err != nil {
		return nil, err
	}
	s := cryptobyte.String(b)
	if err := readVersion(&s, "welcome"); err != nil {
		return nil, err
	}
	w := &Welcome{}
	ok := s.CopyBytes(w.List[:]) && s.ReadUint64(&w.Request) && s.ReadUint32(&w.Slot) && s.CopyBytes(w.Key[:]) &&
		s.ReadUint32(&w.Epoch) && s.ReadUint32(&w.Index) && s.CopyBytes(w.Chain[:])
	if err := finish(ok, s, "welcome"); err != nil {
		return nil, err
	}
	return w, nil
}

// ---- list strings ----

// ListRef names a list: its id and where to find it. Its text form, the
// list string, is
//
//	bmail-list:<64 lowercase hex>[;relay=<canonical relay URL>]…
//
// with at most MaxRelays relays, no duplicates; only that form parses.
type ListRef struct {
	List   [32]byte
	Relays []string
}

// String is the list string.
func (l ListRef) String() string {
	var b strings.Builder
	b.WriteString(ListScheme)
	b.WriteString(hex.EncodeToString(l.List[:]))
	for _, r := range l.Relays {
		b.WriteString(";relay=")
		b.WriteString(r)
	}
	return b.String()
}

// ParseListRef parses a list string.
func ParseListRef(s string) (*ListRef, error) {
	bad := func(why string) error { return fmt.Errorf("%w: %s", ErrListString, why) }
	if len(s) > len(ListScheme)+64+MaxRelays*(7+identity.MaxRelayURLLength) {
		return nil, bad("too long")
	}
	rest, ok := strings.CutPrefix(s, ListScheme)
	if !ok {
		return nil, bad("does not start with " + ListScheme)
	}
	parts := strings.Split(rest, ";")
	id, err := hex.DecodeString(parts[0])
	if err != nil || len(id) != 32 || hex.EncodeToString(id) != parts[0] {
		return nil, bad("the list id is not 64 lowercase hex characters")
	}
	l := &ListRef{List: [32]byte(id)}
	seen := map[string]bool{}
	for _, p := range parts[1:] {
		u, ok := strings.CutPrefix(p, "relay=")
		if !ok {
			return nil, bad("unknown part " + p)
		}
		n, err := identity.NormalizeRelayURL(u)
		if err != nil || n != u || seen[u] {
			return nil, bad("relay " + u + " is not a canonical relay URL, or repeated")
		}
		seen[u] = true
		l.Relays = append(l.Relays, u)
	}
	if len(l.Relays) > MaxRelays {
		return nil, bad("too many relays")
	}
	return l, nil
}

// ---- reading ----

// readVersion reads the version byte; an unknown one is
// ErrUnsupportedVersion (a missing one shows as truncation later).
func readVersion(s *cryptobyte.String, what string) error {
	var v uint8
	if s.ReadUint8(&v) && v != Version {
		return fmt.Errorf("%w: %s version %d", ErrUnsupportedVersion, what, v)
	}
	return nil
}

// finish fails when a read ran short or bytes are left over.
func finish(ok bool, rest cryptobyte.String, what string) error {
	if !ok {
		return fmt.Errorf("%w: %s truncated", ErrMalformed, what)
	}
	if !rest.Empty() {
		return fmt.Errorf("%w: %d trailing bytes after %s", ErrMalformed, len(rest), what)
	}
	return nil
}
