package envelope

import "testing"

// TestAllZero checks the padding check at every length and position.
func TestAllZero(t *testing.T) {
	for n := range 40 {
		b := make([]byte, n)
		if !allZero(b) {
			t.Fatalf("%d zeros refused", n)
		}
		for i := range n {
			b[i] = 0x80
			if allZero(b) {
				t.Fatalf("byte %d of %d set, accepted", i, n)
			}
			b[i] = 0
		}
	}
}

// TestCoderStack checks that the free list hands back the last coder put
// (LIFO), creates one when empty, and drops what exceeds its bound.
func TestCoderStack(t *testing.T) {
	made, dropped := 0, 0
	s := coderStack[*int]{
		new:  func() *int { made++; v := made; return &v },
		drop: func(*int) { dropped++ },
	}
	a, b := s.get(), s.get()
	s.put(a)
	s.put(b)
	if s.get() != b || s.get() != a || made != 2 {
		t.Fatal("not LIFO")
	}
	for range maxFreeCoders + 3 {
		s.put(new(int))
	}
	if len(s.free) != maxFreeCoders || dropped != 3 {
		t.Fatalf("%d kept, %d dropped", len(s.free), dropped)
	}
}
