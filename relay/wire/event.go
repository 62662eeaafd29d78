package wire

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"strconv"
)

// Event is a NIP-01 event.
type Event struct {
	ID        [32]byte
	PubKey    [32]byte
	CreatedAt int64
	Kind      int
	Tags      [][]string
	Content   string
	Sig       [64]byte
}

// Event validation errors.
var (
	ErrBadID        = errors.New("event id does not match its content")
	ErrBadSignature = errors.New("bad event signature")
)

// Serialize appends the NIP-01 serialisation whose sha256 is the event id:
// [0,<pubkey>,<created_at>,<kind>,<tags>,<content>].
func (e *Event) Serialize(b []byte) []byte {
	b = append(b, `[0,"`...)
	b = appendHex(b, e.PubKey[:])
	b = append(b, `",`...)
	b = strconv.AppendInt(b, e.CreatedAt, 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(e.Kind), 10)
	b = append(b, ',')
	b = appendTags(b, e.Tags)
	b = append(b, ',')
	b = appendString(b, e.Content)
	return append(b, ']')
}

// ComputeID returns sha256 of the NIP-01 serialisation.
func (e *Event) ComputeID() [32]byte {
	var stack [2048]byte
	return sha256.Sum256(e.Serialize(stack[:0]))
}

// CheckID reports whether ID matches the content.
func (e *Event) CheckID() bool { return e.ComputeID() == e.ID }

// Verify checks the id and the BIP-340 signature.
func (e *Event) Verify() error {
	if !e.CheckID() {
		return ErrBadID
	}
	if !VerifySignature(e.PubKey, e.ID, e.Sig) {
		return ErrBadSignature
	}
	return nil
}

// Marshal appends the canonical JSON object of the event.
func (e *Event) Marshal(b []byte) []byte {
	b = append(b, `{"id":"`...)
	b = appendHex(b, e.ID[:])
	b = append(b, `","pubkey":"`...)
	b = appendHex(b, e.PubKey[:])
	b = append(b, `","created_at":`...)
	b = strconv.AppendInt(b, e.CreatedAt, 10)
	b = append(b, `,"kind":`...)
	b = strconv.AppendInt(b, int64(e.Kind), 10)
	b = append(b, `,"tags":`...)
	b = appendTags(b, e.Tags)
	b = append(b, `,"content":`...)
	b = appendString(b, e.Content)
	b = append(b, `,"sig":"`...)
	b = appendHex(b, e.Sig[:])
	return append(b, `"}`...)
}

func appendTags(b []byte, tags [][]string) []byte {
	b = append(b, '[')
	for i, t := range tags {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		for j, s := range t {
			if j > 0 {
				b = append(b, ',')
			}
			b = appendString(b, s)
		}
		b = append(b, ']')
	}
	return append(b, ']')
}

// ParseEvent decodes one event object (not a frame).
func ParseEvent(b []byte, lim Limits) (*Event, error) {
	if len(b) > lim.MaxMessageBytes {
		return nil, &SyntaxError{Msg: "event too large", Err: ErrTooLarge}
	}
	d := decoder{b: b, lim: &lim}
	e, err := d.event()
	if err != nil {
		return nil, err
	}
	if err := d.end(); err != nil {
		return nil, err
	}
	return e, nil
}

// event decodes an event object. Every one of the seven fields is required
// exactly once; unknown fields are skipped (bounded by depth).
func (d *decoder) event() (*Event, error) {
	if err := d.expect('{'); err != nil {
		return nil, err
	}
	if err := d.enter(); err != nil {
		return nil, err
	}
	e := new(Event)
	const (
		fID = 1 << iota
		fPubKey
		fCreatedAt
		fKind
		fTags
		fContent
		fSig
		fAll = 1<<iota - 1
	)
	var seen int
	for first := true; ; first = false {
		ok, err := d.more('}', first)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		key, err := d.strBytes()
		if err != nil {
			return nil, err
		}
		if err := d.expect(':'); err != nil {
			return nil, err
		}
		var bit int
		switch string(key) { // compared without a copy
		case "id":
			bit, err = fID, d.hexInto(e.ID[:], "id")
		case "pubkey":
			bit, err = fPubKey, d.hexInto(e.PubKey[:], "pubkey")
		case "created_at":
			bit = fCreatedAt
			e.CreatedAt, err = d.uint()
		case "kind":
			bit = fKind
			var k int64
			k, err = d.uint()
			if err == nil && k > 65535 {
				err = d.fail("kind out of range")
			}
			e.Kind = int(k)
		case "tags":
			bit = fTags
			e.Tags, err = d.tags()
		case "content":
			bit = fContent
			e.Content, err = d.str()
		case "sig":
			bit, err = fSig, d.hexInto(e.Sig[:], "sig")
		default:
			err = d.skip()
		}
		if err != nil {
			return nil, err
		}
		if seen&bit != 0 {
			return nil, d.fail("duplicate field " + strconv.Quote(string(key)))
		}
		seen |= bit
	}
	d.leave()
	if seen != fAll {
		return nil, d.fail("event lacks a required field")
	}
	return e, nil
}

func (d *decoder) tags() ([][]string, error) {
	if err := d.expect('['); err != nil {
		return nil, err
	}
	if err := d.enter(); err != nil {
		return nil, err
	}
	tags := [][]string{}
	for first := true; ; first = false {
		ok, err := d.more(']', first)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		if len(tags) == d.lim.MaxTags {
			return nil, d.failErr(ErrTooMany, "too many tags")
		}
		if err := d.expect('['); err != nil {
			return nil, err
		}
		if err := d.enter(); err != nil {
			return nil, err
		}
		tag := []string{}
		for first := true; ; first = false {
			ok, err := d.more(']', first)
			if err != nil {
				return nil, err
			}
			if !ok {
				break
			}
			if len(tag) == d.lim.MaxTagElems {
				return nil, d.failErr(ErrTooMany, "too many elements in a tag")
			}
			s, err := d.str()
			if err != nil {
				return nil, err
			}
			tag = append(tag, s)
		}
		d.leave()
		if len(tag) == 0 {
			return nil, d.fail("empty tag")
		}
		tags = append(tags, tag)
	}
	d.leave()
	return tags, nil
}

// Tag returns the value of the first tag named name ("" and false if none).
func (e *Event) Tag(name string) (string, bool) {
	for _, t := range e.Tags {
		if len(t) >= 2 && t[0] == name {
			return t[1], true
		}
	}
	return "", false
}

// TagCount counts the tags named name.
func (e *Event) TagCount(name string) int {
	n := 0
	for _, t := range e.Tags {
		if len(t) >= 1 && t[0] == name {
			n++
		}
	}
	return n
}

// Expiration returns the NIP-40 expiration time, if the event carries a
// well-formed one.
func (e *Event) Expiration() (int64, bool) {
	v, ok := e.Tag(TagExpiration)
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		return 0, false
	}
	return n, true
}

// IDHex returns the id as lowercase hex.
func (e *Event) IDHex() string { return Hex(e.ID[:]) }

// String names the event for logs.
func (e *Event) String() string {
	return fmt.Sprintf("event %s kind %d", Hex(e.ID[:4]), e.Kind)
}
