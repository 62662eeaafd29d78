// Package sanitize makes text that a mail's sender controls — names,
// subjects, bodies, relay notices — safe to show on a terminal or in any
// other output. It removes terminal escape and control sequences (CSI, OSC,
// DCS and friends, in their 7-bit ESC form and their 8-bit C1 form), every
// other C0 and C1 control character, and the Unicode bidirectional controls
// that can make text read differently from how it is stored (Trojan Source,
// CVE-2021-42574). Invalid UTF-8 becomes U+FFFD.
//
// Invariants: the output is valid UTF-8; it holds no rune below U+0020
// except '\n' and '\t' (Text only), no DEL, no C1 control, no bidi control,
// no line or paragraph separator; sanitising twice gives the same result
// as sanitising once. The CLI and the terminal UI call Line or Text on every
// sender-controlled string before showing it.
package sanitize

import (
	"strings"
	"unicode/utf8"
)

// Line sanitises a single-line field (a name, a subject, an address label):
// newlines, tabs and separators become one space each, everything else
// follows Text.
func Line(s string) string { return clean(s, false) }

// Text sanitises multi-line text (a body): it keeps '\n' and '\t', turns
// "\r\n" and U+2028/U+2029 into '\n', and drops a lone '\r' (which would let
// a line overwrite itself on a terminal).
func Text(s string) string { return clean(s, true) }

// IsClean reports whether s is unchanged by Text (multi) or Line.
func IsClean(s string, multiline bool) bool { return clean(s, multiline) == s }

const (
	esc = 0x1b
	bel = 0x07
	// C1 introducers (8-bit forms of ESC P, ESC X, ESC [, ESC ], ESC ^, ESC _).
	c1DCS = 0x90
	c1SOS = 0x98
	c1CSI = 0x9b
	c1ST  = 0x9c
	c1OSC = 0x9d
	c1PM  = 0x9e
	c1APC = 0x9f
)

func clean(s string, multiline bool) string {
	if fast(s, multiline) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			b.WriteRune(utf8.RuneError)
			i++
			continue
		}
		switch {
		case r == esc:
			i += skipEscape(s, i)
			continue
		case r == c1CSI:
			i += n + skipCSIBody(s, i+n)
			continue
		case r == c1OSC || r == c1DCS || r == c1SOS || r == c1PM || r == c1APC:
			i += n + skipString(s, i+n)
			continue
		case r == '\r':
			if multiline && i+1 < len(s) && s[i+1] == '\n' {
				b.WriteByte('\n')
				i += 2
				continue
			}
			if !multiline {
				b.WriteByte(' ')
			}
		case r == '\n' || r == '\t' || r == '\u2028' || r == '\u2029':
			switch {
			case !multiline:
				b.WriteByte(' ')
			case r == '\t':
				b.WriteByte('\t')
			default:
				b.WriteByte('\n')
			}
		case dropped(r):
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// fast reports whether s needs no change: ASCII printable (plus '\n' and
// '\t' when multiline) or valid UTF-8 with nothing to drop.
func fast(s string, multiline bool) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				if !multiline || (c != '\n' && c != '\t') {
					return false
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n <= 1) || dropped(r) || r == c1CSI || r == '\u2028' || r == '\u2029' {
			return false
		}
		i += n
	}
	return true
}

// dropped reports runes removed outright: C0 (except those handled above),
// DEL, C1, the bidi controls, and invisible characters that only serve to
// disguise text.
func dropped(r rune) bool {
	switch {
	case r < 0x20 && r != '\n' && r != '\t':
		return true
	case r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e: // LRE, RLE, PDF, LRO, RLO
		return true
	case r >= 0x2066 && r <= 0x2069: // LRI, RLI, FSI, PDI
		return true
	case r == 0x200e, r == 0x200f, r == 0x061c: // LRM, RLM, ALM
		return true
	case r == 0x200b, r == 0xfeff: // zero-width space, BOM
		return true
	}
	return false
}

// skipEscape returns how many bytes the escape sequence at s[i] (an ESC)
// spans. A control string (OSC, DCS, SOS, PM, APC) without a terminator
// loses only its introducer, so hostile text after it stays visible, inert.
func skipEscape(s string, i int) int {
	if i+1 >= len(s) {
		return 1
	}
	switch s[i+1] {
	case '[':
		return 2 + skipCSIBody(s, i+2)
	case ']', 'P', 'X', '^', '_':
		return 2 + skipString(s, i+2)
	}
	if s[i+1] < utf8.RuneSelf && s[i+1] >= 0x20 {
		// ESC with intermediates (0x20–0x2f) then a final byte.
		j := i + 1
		for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
			j++
		}
		if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7e {
			return j + 1 - i
		}
		return j - i
	}
	return 1
}

// skipCSIBody returns the length of a CSI sequence's parameters,
// intermediates and final byte starting at s[i]; an unfinished sequence
// ends at the first byte that cannot belong to it.
func skipCSIBody(s string, i int) int {
	j := i
	for j < len(s) && s[j] >= 0x30 && s[j] <= 0x3f {
		j++
	}
	for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
		j++
	}
	if j < len(s) && s[j] >= 0x40 && s[j] <= 0x7e {
		j++
	}
	return j - i
}

// skipString returns the length of a control string's body and terminator
// (BEL, ESC \ or the C1 ST) starting at s[i], or 0 when it is unterminated.
func skipString(s string, i int) int {
	for j := i; j < len(s); j++ {
		switch {
		case s[j] == bel:
			return j + 1 - i
		case s[j] == esc && j+1 < len(s) && s[j+1] == '\\':
			return j + 2 - i
		case s[j] == 0xc2 && j+1 < len(s) && s[j+1] == c1ST:
			return j + 2 - i
		}
	}
	return 0
}
