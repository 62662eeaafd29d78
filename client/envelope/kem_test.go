package envelope

import (
	"bytes"
	"runtime"
	"testing"
	"time"

	"github.com/cloudflare/circl/kem/mlkem/mlkem768"
	"github.com/cloudflare/circl/kem/xwing"
)

// TestSplitKeyMatchesCircl checks that the split X-Wing key decapsulates
// exactly as circl's xwing does, for honest ciphertexts and for ones whose
// ML-KEM part was altered (implicit rejection), and that its halves are
// those of circl's key.
func TestSplitKeyMatchesCircl(t *testing.T) {
	r := detRand([]byte("split key"))
	for i := range 8 {
		var seed [xwing.SeedSize]byte
		r.Read(seed[:])
		priv, pub := xwing.DeriveKeyPair(seed[:])
		k := newSplitPrivateKey(&seed)
		var packed [xwing.PublicKeySize]byte
		pub.Pack(packed[:])
		var mpk [mlkem768.PublicKeySize]byte
		k.m.Public().(*mlkem768.PublicKey).Pack(mpk[:])
		if !bytes.Equal(mpk[:], packed[:mlkem768.PublicKeySize]) || !bytes.Equal(k.xpk[:], packed[mlkem768.PublicKeySize:]) {
			t.Fatalf("key %d: split halves differ from circl's public key", i)
		}
		for j := range 4 {
			var encSeed [xwing.EncapsulationSeedSize]byte
			r.Read(encSeed[:])
			ct := make([]byte, xwing.CiphertextSize)
			var want [xwing.SharedKeySize]byte
			pub.EncapsulateTo(ct, want[:], encSeed[:])
			if j == 3 {
				ct[j*100] ^= 1 // ML-KEM implicit rejection
				priv.DecapsulateTo(want[:], ct)
			}
			var got [xwing.SharedKeySize]byte
			k.decapsulateTo(&got, ct)
			if got != want {
				t.Fatalf("key %d ciphertext %d: shared secret %x, circl %x", i, j, got, want)
			}
		}
	}
}

// TestSplitKeyCache checks that one key's split form is derived once,
// derived again after the key is overwritten in place, and dropped when
// the key is collected.
func TestSplitKeyCache(t *testing.T) {
	seed := detRand([]byte("cache"))
	var s1, s2 [xwing.SeedSize]byte
	seed.Read(s1[:])
	seed.Read(s2[:])
	before := splitKeys.len()
	key, _ := xwing.DeriveKeyPair(s1[:])
	a := splitKeyOf(key)
	if splitKeyOf(key) != a {
		t.Fatal("split key derived twice for one key")
	}
	if a.seed != s1 {
		t.Fatal("split key of another seed")
	}
	key.Unpack(s2[:]) // overwritten in place
	if b := splitKeyOf(key); b == a || b.seed != s2 {
		t.Fatal("stale split key after the key was overwritten")
	}
	if n := splitKeys.len(); n != before+1 {
		t.Fatalf("%d cache entries, want %d", n, before+1)
	}
	runtime.KeepAlive(key)
	key = nil
	deadline := time.Now().Add(5 * time.Second)
	for splitKeys.len() > before {
		if time.Now().After(deadline) {
			t.Fatalf("cache entry kept after its key was collected (%d entries, %d before)", splitKeys.len(), before)
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}
