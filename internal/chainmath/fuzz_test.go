package chainmath

import "testing"

// FuzzWordFields checks that every field written reads back and that writing
// a field leaves every other bit unchanged.
func FuzzWordFields(f *testing.F) {
	f.Add(make([]byte, 32), uint(0), uint(64), uint64(1))
	f.Add(make([]byte, 32), uint(60), uint(24), uint64(0xffffff))
	f.Fuzz(func(t *testing.T, raw []byte, off, n uint, v uint64) {
		if len(raw) != 32 || n == 0 || n > 64 || off+n > 256 {
			return
		}
		var w Word
		copy(w[:], raw)
		w2 := w.With(off, n, v)
		mask := v
		if n < 64 {
			mask = v & (1<<n - 1)
		}
		if got := w2.Bits(off, n); got != mask {
			t.Fatalf("Bits(%d,%d) = %x after With(%x)", off, n, got, v)
		}
		if w2.With(off, n, w.Bits(off, n)) != w {
			t.Fatalf("restoring the field did not give the word back")
		}
	})
}
