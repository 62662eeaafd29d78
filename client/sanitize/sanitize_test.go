package sanitize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLineAndText(t *testing.T) {
	for _, tc := range []struct{ name, in, line, text string }{
		{"plain", "Hello, world", "Hello, world", "Hello, world"},
		{"unicode kept", "Grüße 🙂 日本 مرحبا", "Grüße 🙂 日本 مرحبا", "Grüße 🙂 日本 مرحبا"},
		{"emoji zwj kept", "👩\u200d💻", "👩\u200d💻", "👩\u200d💻"},
		{"newlines", "a\nb\tc", "a b c", "a\nb\tc"},
		{"crlf", "a\r\nb", "a  b", "a\nb"},
		{"lone cr overwrites", "paid 0\rpaid 9999", "paid 0 paid 9999", "paid 0paid 9999"},
		{"sgr colour", "\x1b[31mred\x1b[0m", "red", "red"},
		{"clear screen", "x\x1b[2J\x1b[Hy", "xy", "xy"},
		{"osc title bel", "a\x1b]0;owned\x07b", "ab", "ab"},
		{"osc 8 hyperlink st", "\x1b]8;;https://evil\x1b\\click\x1b]8;;\x1b\\", "click", "click"},
		{"osc unterminated", "a\x1b]52;c;ZXZpbA==", "a52;c;ZXZpbA==", "a52;c;ZXZpbA=="},
		{"dcs", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab", "ab"},
		{"esc charset", "a\x1b(0b", "ab", "ab"},
		{"esc keypad", "a\x1b=b", "ab", "ab"},
		{"esc at end", "a\x1b", "a", "a"},
		{"c1 csi", "a\u009b31mb", "ab", "ab"},
		{"c1 osc", "a\u009d0;t\u009cb", "ab", "ab"},
		{"c0 c1 del", "a\x00\x07\x08\x7f\u0085b", "ab", "ab"},
		{"bidi override", "invoice_\u202efdp.exe", "invoice_fdp.exe", "invoice_fdp.exe"},
		{"bidi isolates", "\u2066a\u2067b\u2068c\u2069\u200e\u200f\u061c", "abc", "abc"},
		{"invisible", "pay\u200bpal\ufeff", "paypal", "paypal"},
		{"separators", "a\u2028b\u2029c", "a b c", "a\nb\nc"},
		{"invalid utf8", "a\xffb\xc3", "a\ufffdb\ufffd", "a\ufffdb\ufffd"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Line(tc.in); got != tc.line {
				t.Errorf("Line(%q) = %q, want %q", tc.in, got, tc.line)
			}
			if got := Text(tc.in); got != tc.text {
				t.Errorf("Text(%q) = %q, want %q", tc.in, got, tc.text)
			}
		})
	}
}

func TestIsClean(t *testing.T) {
	if !IsClean("a\nb", true) || IsClean("a\nb", false) || IsClean("\x1b[1m", true) {
		t.Fatal("IsClean disagrees with Text/Line")
	}
}

// checkInvariants is what every output must satisfy.
func checkInvariants(t *testing.T, in, out string, multiline bool) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("invalid utf-8 out of %q: %q", in, out)
	}
	for _, r := range out {
		if r < 0x20 && !(multiline && (r == '\n' || r == '\t')) {
			t.Fatalf("control %U left in %q (from %q)", r, out, in)
		}
		if dropped(r) || r == '\u2028' || r == '\u2029' {
			t.Fatalf("rune %U left in %q (from %q)", r, out, in)
		}
	}
	if again := clean(out, multiline); again != out {
		t.Fatalf("not idempotent: %q → %q → %q", in, out, again)
	}
	if len(out) > 3*len(in) {
		t.Fatalf("output grew too much: %d → %d", len(in), len(out))
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{"", "hello", "\x1b[31mred", "\x1b]0;t\x07", "\u202e", "a\r\nb", "\xff\xfe", "\u009b1m", "\x1bP\x1b\\"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkInvariants(t, s, Line(s), false)
		checkInvariants(t, s, Text(s), true)
		if strings.ContainsAny(Line(s), "\n\t") {
			t.Fatal("line kept a newline or tab")
		}
	})
}

func BenchmarkTextClean(b *testing.B) {
	s := strings.Repeat("A plain line of mail text, nothing to remove.\n", 100)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Text(s)
	}
}
