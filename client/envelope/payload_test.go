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
