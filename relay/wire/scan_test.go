package wire

import (
	mrand "math/rand/v2"
	"testing"
)

// TestPlainPrefix checks the eight-at-a-time scan against a byte loop:
// the prefix it skips holds no '"', '\\' or control byte, and it stops
// within eight bytes of the first one.
func TestPlainPrefix(t *testing.T) {
	special := func(c byte) bool { return c == '"' || c == '\\' || c < 0x20 }
	first := func(b []byte) int {
		for i, c := range b {
			if special(c) {
				return i
			}
		}
		return len(b)
	}
	r := mrand.New(mrand.NewPCG(1, 2))
	alphabet := []byte("ABCxyz019+/=é\x7f\x80\xff !#[]{}")
	for n := 0; n < 20000; n++ {
		b := make([]byte, r.IntN(80))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		if len(b) > 0 && r.IntN(3) > 0 { // one special byte somewhere, sometimes
			b[r.IntN(len(b))] = []byte{'"', '\\', 0, '\n', 0x1f, 0x20 - 1}[r.IntN(6)]
		}
		got, want := plainPrefix(b), first(b)
		if got%8 != 0 || got > want || want-got >= 8 && got+8 <= len(b) {
			t.Fatalf("plainPrefix(%q) = %d, first special byte at %d", b, got, want)
		}
	}
	// Every byte value in every lane of a word.
	for c := 0; c < 256; c++ {
		for lane := 0; lane < 8; lane++ {
			b := []byte("AAAAAAAAAAAAAAAA")
			b[lane] = byte(c)
			got := plainPrefix(b)
			if special(byte(c)) != (got == 0) {
				t.Fatalf("byte %#x in lane %d: plainPrefix = %d", c, lane, got)
			}
		}
	}
}
