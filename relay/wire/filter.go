package wire

import (
	"slices"
	"strconv"
)

// Filter is a NIP-01 filter. A nil list means "absent"; an empty non-nil list
// matches nothing. Tag filter values are 32-byte values (64 hex characters):
// b-mail routes only on keys and ids.
type Filter struct {
	IDs     [][32]byte
	Authors [][32]byte
	Kinds   []int
	Tags    []TagFilter // sorted by Name, names unique
	Since   *int64
	Until   *int64
	Limit   *int64
	// After is the b-mail receive-order cursor (FilterCursorKey): only events
	// the relay stored after the event with this sequence number.
	After *int64
}

// TagFilter is one "#x" condition.
type TagFilter struct {
	Name   byte
	Values [][32]byte
}

// Tag returns the values of the "#name" condition, if present.
func (f *Filter) Tag(name byte) ([][32]byte, bool) {
	for _, t := range f.Tags {
		if t.Name == name {
			return t.Values, true
		}
	}
	return nil, false
}

// Matches reports whether e passes the filter (Limit and After aside: they
// are about the stored query, not about an event).
func (f *Filter) Matches(e *Event) bool {
	if f.IDs != nil && !slices.Contains(f.IDs, e.ID) {
		return false
	}
	if f.Authors != nil && !slices.Contains(f.Authors, e.PubKey) {
		return false
	}
	if f.Kinds != nil && !slices.Contains(f.Kinds, e.Kind) {
		return false
	}
	if f.Since != nil && e.CreatedAt < *f.Since {
		return false
	}
	if f.Until != nil && e.CreatedAt > *f.Until {
		return false
	}
	for _, tf := range f.Tags {
		if !tagMatches(e, tf) {
			return false
		}
	}
	return true
}

func tagMatches(e *Event, tf TagFilter) bool {
	for _, t := range e.Tags {
		if len(t) < 2 || len(t[0]) != 1 || t[0][0] != tf.Name || len(t[1]) != 64 {
			continue
		}
		v, err := ParseHex32(t[1])
		if err != nil {
			continue
		}
		if slices.Contains(tf.Values, v) {
			return true
		}
	}
	return false
}

// Marshal appends the canonical JSON of the filter: keys in the order ids,
// authors, kinds, #tags (by letter), since, until, limit, bmail_after.
func (f *Filter) Marshal(b []byte) []byte {
	b = append(b, '{')
	n := 0
	key := func(k string) {
		if n > 0 {
			b = append(b, ',')
		}
		n++
		b = appendString(b, k)
		b = append(b, ':')
	}
	hexList := func(vs [][32]byte) {
		b = append(b, '[')
		for i, v := range vs {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, '"')
			b = appendHex(b, v[:])
			b = append(b, '"')
		}
		b = append(b, ']')
	}
	if f.IDs != nil {
		key("ids")
		hexList(f.IDs)
	}
	if f.Authors != nil {
		key("authors")
		hexList(f.Authors)
	}
	if f.Kinds != nil {
		key("kinds")
		b = append(b, '[')
		for i, k := range f.Kinds {
			if i > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendInt(b, int64(k), 10)
		}
		b = append(b, ']')
	}
	for _, t := range f.Tags {
		key("#" + string(t.Name))
		hexList(t.Values)
	}
	num := func(k string, v *int64) {
		if v != nil {
			key(k)
			b = strconv.AppendInt(b, *v, 10)
		}
	}
	num("since", f.Since)
	num("until", f.Until)
	num("limit", f.Limit)
	num(FilterCursorKey, f.After)
	return append(b, '}')
}

// ParseFilter decodes one filter object.
func ParseFilter(b []byte, lim Limits) (*Filter, error) {
	if len(b) > lim.MaxMessageBytes {
		return nil, &SyntaxError{Msg: "filter too large", Err: ErrTooLarge}
	}
	d := decoder{b: b, lim: &lim}
	f, err := d.filter()
	if err != nil {
		return nil, err
	}
	return f, d.end()
}

func (d *decoder) filter() (*Filter, error) {
	if err := d.expect('{'); err != nil {
		return nil, err
	}
	if err := d.enter(); err != nil {
		return nil, err
	}
	f := new(Filter)
	seen := map[string]bool{}
	for first := true; ; first = false {
		ok, err := d.more('}', first)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		key, err := d.str()
		if err != nil {
			return nil, err
		}
		if seen[key] {
			return nil, d.fail("duplicate filter key " + strconv.Quote(key))
		}
		seen[key] = true
		if len(seen) > 64 {
			return nil, d.failErr(ErrTooMany, "too many filter keys")
		}
		if err := d.expect(':'); err != nil {
			return nil, err
		}
		switch {
		case key == "ids":
			f.IDs, err = d.hexList("id")
		case key == "authors":
			f.Authors, err = d.hexList("pubkey")
		case key == "kinds":
			f.Kinds, err = d.kindList()
		case key == "since":
			f.Since, err = d.optUint()
		case key == "until":
			f.Until, err = d.optUint()
		case key == "limit":
			f.Limit, err = d.optUint()
		case key == FilterCursorKey:
			f.After, err = d.optUint()
		case len(key) == 2 && key[0] == '#' && isLetter(key[1]):
			var vs [][32]byte
			vs, err = d.hexList("tag value")
			f.Tags = append(f.Tags, TagFilter{Name: key[1], Values: vs})
		default:
			return nil, d.fail("unsupported filter key " + strconv.Quote(key))
		}
		if err != nil {
			return nil, err
		}
	}
	d.leave()
	slices.SortFunc(f.Tags, func(a, b TagFilter) int { return int(a.Name) - int(b.Name) })
	return f, nil
}

func isLetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

func (d *decoder) optUint() (*int64, error) {
	v, err := d.uint()
	if err != nil {
		return nil, err
	}
	return &v, nil
}

func (d *decoder) hexList(what string) ([][32]byte, error) {
	if err := d.expect('['); err != nil {
		return nil, err
	}
	out := [][32]byte{}
	for first := true; ; first = false {
		ok, err := d.more(']', first)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		if len(out) == d.lim.MaxFilterValues {
			return nil, d.failErr(ErrTooMany, "too many values in a filter list")
		}
		var v [32]byte
		if err := d.hexInto(v[:], what); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
}

func (d *decoder) kindList() ([]int, error) {
	if err := d.expect('['); err != nil {
		return nil, err
	}
	out := []int{}
	for first := true; ; first = false {
		ok, err := d.more(']', first)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		if len(out) == d.lim.MaxFilterValues {
			return nil, d.failErr(ErrTooMany, "too many kinds")
		}
		k, err := d.uint()
		if err != nil {
			return nil, err
		}
		if k > 65535 {
			return nil, d.fail("kind out of range")
		}
		out = append(out, int(k))
	}
}
