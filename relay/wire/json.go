package wire

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// Limits bound what the decoder accepts. The zero value is not useful; use
// DefaultLimits and tighten.
type Limits struct {
	MaxMessageBytes int // whole frame
	MaxDepth        int // nesting of arrays and objects, frame array = 1
	MaxTags         int // tags per event
	MaxTagElems     int // strings per tag
	MaxFilters      int // filters per REQ
	MaxFilterValues int // values per filter list (ids, authors, kinds, #x)
}

// DefaultLimits are generous bounds for any b-mail frame.
var DefaultLimits = Limits{
	MaxMessageBytes: 256 << 10,
	MaxDepth:        6,
	MaxTags:         64,
	MaxTagElems:     8,
	MaxFilters:      16,
	MaxFilterValues: 512,
}

// Decoding errors. Every error the decoder returns wraps ErrMalformed, and
// the more specific sentinels below where they apply.
var (
	ErrMalformed    = errors.New("malformed frame")
	ErrTooLarge     = errors.New("frame too large")
	ErrTooDeep      = errors.New("frame nested too deeply")
	ErrTooMany      = errors.New("too many elements")
	ErrUnknownFrame = errors.New("unknown frame type")
)

// SyntaxError reports where and why decoding stopped.
type SyntaxError struct {
	Offset int
	Msg    string
	Err    error // a sentinel above, besides ErrMalformed
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("at byte %d: %s", e.Offset, e.Msg)
}

func (e *SyntaxError) Unwrap() []error {
	if e.Err != nil {
		return []error{ErrMalformed, e.Err}
	}
	return []error{ErrMalformed}
}

// decoder is a small strict JSON reader over one frame. It never recurses
// without counting depth and never allocates more than the input holds.
type decoder struct {
	b     []byte
	pos   int
	depth int
	lim   *Limits
}

func (d *decoder) fail(msg string) error { return &SyntaxError{Offset: d.pos, Msg: msg} }

func (d *decoder) failErr(err error, msg string) error {
	return &SyntaxError{Offset: d.pos, Msg: msg, Err: err}
}

func (d *decoder) ws() {
	for d.pos < len(d.b) {
		switch d.b[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

// peek returns the next non-space byte (0 at the end).
func (d *decoder) peek() byte {
	d.ws()
	if d.pos >= len(d.b) {
		return 0
	}
	return d.b[d.pos]
}

func (d *decoder) expect(c byte) error {
	if d.peek() != c {
		return d.fail("expected " + strconv.QuoteRune(rune(c)))
	}
	d.pos++
	return nil
}

func (d *decoder) enter() error {
	d.depth++
	if d.depth > d.lim.MaxDepth {
		return d.failErr(ErrTooDeep, "nested too deeply")
	}
	return nil
}

func (d *decoder) leave() { d.depth-- }

// more handles the separator in a list: after the first element it requires
// ',' or the closing byte; it reports whether another element follows.
func (d *decoder) more(close byte, first bool) (bool, error) {
	c := d.peek()
	if c == close {
		d.pos++
		return false, nil
	}
	if !first {
		if c != ',' {
			return false, d.fail("expected ',' or " + strconv.QuoteRune(rune(close)))
		}
		d.pos++
		if d.peek() == close {
			return false, d.fail("trailing comma")
		}
	}
	return true, nil
}

func (d *decoder) end() error {
	if d.peek() != 0 {
		return d.fail("trailing data")
	}
	return nil
}

// str reads a JSON string. Strings without escapes are returned without
// copying through a second buffer.
func (d *decoder) str() (string, error) {
	b, err := d.strBytes()
	return string(b), err
}

// strBytes reads a string like str. Without escapes it returns the bytes
// of the input, without copying: valid only until the caller keeps them
// (object keys are compared and dropped).
func (d *decoder) strBytes() ([]byte, error) {
	if d.peek() != '"' {
		return nil, d.fail("expected string")
	}
	d.pos++
	start := d.pos
	i := start + plainPrefix(d.b[start:])
	for ; i < len(d.b); i++ {
		c := d.b[i]
		if c == '"' {
			s := d.b[start:i]
			if !utf8.Valid(s) {
				return nil, d.fail("invalid UTF-8 in string")
			}
			d.pos = i + 1
			return s, nil
		}
		if c == '\\' {
			return d.strSlow(start)
		}
		if c < 0x20 {
			d.pos = i
			return nil, d.fail("control character in string")
		}
	}
	return nil, d.fail("unterminated string")
}

// plainPrefix returns how many leading bytes of b, a multiple of 8, hold
// none of the bytes that end or interrupt a string's plain run ('"', '\\',
// controls below 0x20): it tests eight at a time (content is kilobytes of
// base64, and a byte loop was most of a frame's decoding).
func plainPrefix(b []byte) int {
	const (
		ones  = 0x0101010101010101
		highs = 0x8080808080808080
	)
	i := 0
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		q := w ^ ('"' * ones)   // zero where a byte is '"'
		bs := w ^ ('\\' * ones) // zero where a byte is '\\'
		// (x - ones) &^ x has a byte's high bit set for some byte of x
		// that is zero (exactly when one is); w - 0x20*ones likewise for
		// some byte below 0x20.
		if ((q-ones)&^q|(bs-ones)&^bs|(w-0x20*ones)&^w)&highs != 0 {
			break
		}
	}
	return i
}

func (d *decoder) strSlow(start int) ([]byte, error) {
	out := make([]byte, 0, 64)
	i := start
	for i < len(d.b) {
		c := d.b[i]
		switch {
		case c == '"':
			if !utf8.Valid(out) {
				return nil, d.fail("invalid UTF-8 in string")
			}
			d.pos = i + 1
			return out, nil
		case c < 0x20:
			d.pos = i
			return nil, d.fail("control character in string")
		case c != '\\':
			out = append(out, c)
			i++
			continue
		}
		if i+1 >= len(d.b) {
			break
		}
		e := d.b[i+1]
		i += 2
		switch e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := hex4(d.b, i)
			if !ok {
				d.pos = i
				return nil, d.fail("bad \\u escape")
			}
			i += 4
			if utf16.IsSurrogate(r) {
				if r >= 0xdc00 || i+6 > len(d.b) || d.b[i] != '\\' || d.b[i+1] != 'u' {
					d.pos = i
					return nil, d.fail("lone surrogate")
				}
				r2, ok := hex4(d.b, i+2)
				if !ok || r2 < 0xdc00 || r2 > 0xdfff {
					d.pos = i
					return nil, d.fail("lone surrogate")
				}
				i += 6
				r = utf16.DecodeRune(r, r2)
			}
			out = utf8.AppendRune(out, r)
		default:
			d.pos = i - 1
			return nil, d.fail("bad escape")
		}
	}
	d.pos = len(d.b)
	return nil, d.fail("unterminated string")
}

func hex4(b []byte, i int) (rune, bool) {
	if i+4 > len(b) {
		return 0, false
	}
	var r rune
	for _, c := range b[i : i+4] {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			r |= rune(c - 'A' + 10)
		default:
			return 0, false
		}
	}
	return r, true
}

// maxSafeInt is the largest integer every JSON implementation holds exactly.
const maxSafeInt = 1<<53 - 1

// uint reads a non-negative integer without sign, fraction or exponent.
func (d *decoder) uint() (int64, error) {
	d.ws()
	start := d.pos
	var v int64
	for d.pos < len(d.b) && d.b[d.pos] >= '0' && d.b[d.pos] <= '9' {
		v = v*10 + int64(d.b[d.pos]-'0')
		d.pos++
		if v > maxSafeInt {
			return 0, d.fail("integer out of range")
		}
	}
	n := d.pos - start
	switch {
	case n == 0:
		return 0, d.fail("expected non-negative integer")
	case n > 1 && d.b[start] == '0':
		return 0, d.fail("leading zero")
	}
	if d.pos < len(d.b) {
		switch d.b[d.pos] {
		case '.', 'e', 'E':
			return 0, d.fail("expected integer")
		}
	}
	return v, nil
}

// boolean reads true or false.
func (d *decoder) boolean() (bool, error) {
	d.ws()
	switch {
	case hasPrefix(d.b[d.pos:], "true"):
		d.pos += 4
		return true, nil
	case hasPrefix(d.b[d.pos:], "false"):
		d.pos += 5
		return false, nil
	}
	return false, d.fail("expected boolean")
}

func hasPrefix(b []byte, s string) bool { return len(b) >= len(s) && string(b[:len(s)]) == s }

// skip skips any JSON value, counting depth.
func (d *decoder) skip() error {
	switch c := d.peek(); {
	case c == '"':
		_, err := d.str()
		return err
	case c == '{':
		d.pos++
		if err := d.enter(); err != nil {
			return err
		}
		for first := true; ; first = false {
			ok, err := d.more('}', first)
			if err != nil {
				return err
			}
			if !ok {
				break
			}
			if _, err := d.str(); err != nil {
				return err
			}
			if err := d.expect(':'); err != nil {
				return err
			}
			if err := d.skip(); err != nil {
				return err
			}
		}
		d.leave()
		return nil
	case c == '[':
		d.pos++
		if err := d.enter(); err != nil {
			return err
		}
		for first := true; ; first = false {
			ok, err := d.more(']', first)
			if err != nil {
				return err
			}
			if !ok {
				break
			}
			if err := d.skip(); err != nil {
				return err
			}
		}
		d.leave()
		return nil
	case c == 't' || c == 'f':
		_, err := d.boolean()
		return err
	case c == 'n':
		if hasPrefix(d.b[d.pos:], "null") {
			d.pos += 4
			return nil
		}
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number()
	}
	return d.fail("expected value")
}

// number skips a JSON number of any form.
func (d *decoder) number() error {
	start := d.pos
	if d.b[d.pos] == '-' {
		d.pos++
	}
	digits := func() int {
		n := 0
		for d.pos < len(d.b) && d.b[d.pos] >= '0' && d.b[d.pos] <= '9' {
			d.pos++
			n++
		}
		return n
	}
	if digits() == 0 {
		return d.fail("bad number")
	}
	if d.pos < len(d.b) && d.b[d.pos] == '.' {
		d.pos++
		if digits() == 0 {
			return d.fail("bad number")
		}
	}
	if d.pos < len(d.b) && (d.b[d.pos] == 'e' || d.b[d.pos] == 'E') {
		d.pos++
		if d.pos < len(d.b) && (d.b[d.pos] == '+' || d.b[d.pos] == '-') {
			d.pos++
		}
		if digits() == 0 {
			return d.fail("bad number")
		}
	}
	if d.pos-start > 64 {
		return d.fail("number too long")
	}
	return nil
}

// hexN decodes exactly 2*len(dst) lowercase hex characters from a JSON string.
func (d *decoder) hexInto(dst []byte, what string) error {
	if d.peek() != '"' {
		return d.fail("expected " + what)
	}
	n := 2 * len(dst)
	if d.pos+n+2 > len(d.b) || d.b[d.pos+1+n] != '"' {
		return d.fail(what + " must be " + strconv.Itoa(n) + " lowercase hex characters")
	}
	if !decodeLowerHex(dst, d.b[d.pos+1:d.pos+1+n]) {
		return d.fail(what + " must be " + strconv.Itoa(n) + " lowercase hex characters")
	}
	d.pos += n + 2
	return nil
}

func decodeLowerHex(dst, src []byte) bool {
	for i := range dst {
		hi, ok1 := unhex(src[2*i])
		lo, ok2 := unhex(src[2*i+1])
		if !ok1 || !ok2 {
			return false
		}
		dst[i] = hi<<4 | lo
	}
	return true
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	}
	return 0, false
}

// ParseHex32 parses exactly 64 lowercase hex characters.
func ParseHex32(s string) ([32]byte, error) {
	var out [32]byte
	if len(s) != 64 || !decodeLowerHex(out[:], []byte(s)) {
		return out, fmt.Errorf("%w: want 64 lowercase hex characters", ErrMalformed)
	}
	return out, nil
}

const hexdigits = "0123456789abcdef"

func appendHex(b []byte, src []byte) []byte {
	for _, c := range src {
		b = append(b, hexdigits[c>>4], hexdigits[c&15])
	}
	return b
}

// Hex returns the lowercase hex of b.
func Hex(b []byte) string { return string(appendHex(make([]byte, 0, 2*len(b)), b)) }

// appendString appends s as a JSON string with NIP-01's escaping: the seven
// named escapes, \u00XX for other control characters, everything else
// verbatim.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	// The scan reads s in place; it does not write.
	for i := plainPrefix(unsafe.Slice(unsafe.StringData(s), len(s))); i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"':
			b = append(b, '\\', '"')
		case '\\':
			b = append(b, '\\', '\\')
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		case '\b':
			b = append(b, '\\', 'b')
		case '\f':
			b = append(b, '\\', 'f')
		default:
			b = append(b, '\\', 'u', '0', '0', hexdigits[c>>4], hexdigits[c&15])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
