package envelope

import (
	"bytes"
	"io"
	"testing"

	"github.com/cloudflare/circl/dh/x25519"
	"github.com/cloudflare/circl/kem/xwing"
)

// TestX25519BaseMatchesCircl checks the Edwards-side key generation
// against circl's X25519 ladder on random keys and on the keys whose
// clamped scalars are the smallest and the largest possible.
func TestX25519BaseMatchesCircl(t *testing.T) {
	r := detRand([]byte("x25519 base"))
	keys := make([]x25519.Key, 2, 1002)
	copy(keys[1][:], bytes.Repeat([]byte{0xff}, 32))
	for range 1000 {
		var k x25519.Key
		io.ReadFull(r, k[:])
		keys = append(keys, k)
	}
	for _, k := range keys {
		var want, got x25519.Key
		x25519.KeyGen(&want, &k)
		x25519Base(&got, &k)
		if got != want {
			t.Fatalf("key %x: got %x, circl %x", k, got, want)
		}
	}
}

// TestEncapsulateMatchesCircl checks xwingEncapsulate against circl's
// EncapsulateTo: the same ciphertext and shared key for every seed.
func TestEncapsulateMatchesCircl(t *testing.T) {
	r := detRand([]byte("x-wing encapsulation"))
	for _, p := range []*party{alice, bob, carol, dave} {
		for range 50 {
			var seed [xwing.EncapsulationSeedSize]byte
			io.ReadFull(r, seed[:])
			ctWant, ssWant := make([]byte, xwing.CiphertextSize), make([]byte, xwing.SharedKeySize)
			p.xwKey.EncapsulateTo(ctWant, ssWant, seed[:])
			ct := make([]byte, xwing.CiphertextSize)
			var ss [xwing.SharedKeySize]byte
			xwingEncapsulate(p.xwKey, ct, &ss, &seed)
			if !bytes.Equal(ct, ctWant) || !bytes.Equal(ss[:], ssWant) {
				t.Fatalf("seed %x: differs from circl", seed)
			}
		}
	}
}
