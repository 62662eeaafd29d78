package wire

import (
	"encoding/csv"
	"encoding/hex"
	"os"
	"strings"
	"testing"
)

// backends returns every BIP-340 backend this build can run.
func backends(t testing.TB) []backend {
	bs := []backend{goBackend{}}
	if b := loadLibsecp(); b != nil {
		bs = append(bs, b)
	} else {
		t.Logf("libsecp256k1 not loadable here; testing btcec only")
	}
	return bs
}

func unhexTB(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestBIP340Vectors runs the BIP-340 test vectors (bip-0340/test-vectors.csv,
// the 32-byte-message set) against every backend: signing with the given
// auxiliary randomness must give the vector's signature, and verification
// must give the vector's result.
func TestBIP340Vectors(t *testing.T) {
	f, err := os.Open("testdata/bip340-vectors.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range backends(t) {
		for _, r := range rows[1:] {
			var pub, msg [32]byte
			var sig [64]byte
			copy(pub[:], unhexTB(t, r[2]))
			copy(msg[:], unhexTB(t, r[4]))
			copy(sig[:], unhexTB(t, r[5]))
			want := r[6] == "TRUE"
			if got := b.verify(&pub, &msg, &sig); got != want {
				t.Errorf("%s vector %s (%s): verify = %v, want %v", b.name(), r[0], r[7], got, want)
			}
			if r[1] == "" {
				continue
			}
			var sec, aux [32]byte
			copy(sec[:], unhexTB(t, r[1]))
			copy(aux[:], unhexTB(t, r[3]))
			k, err := b.newKey(&sec)
			if err != nil {
				t.Fatalf("%s vector %s: %v", b.name(), r[0], err)
			}
			if k.pub() != pub {
				t.Errorf("%s vector %s: public key %x, want %x", b.name(), r[0], k.pub(), pub)
			}
			got, err := k.sign(&msg, &aux)
			if err != nil || got != sig {
				t.Errorf("%s vector %s: signature %x (%v), want %x", b.name(), r[0], got, err, sig)
			}
		}
	}
}

func TestBackendsAgree(t *testing.T) {
	bs := backends(t)
	for i := 0; i < 50; i++ {
		s, err := GenerateSigner()
		if err != nil {
			t.Fatal(err)
		}
		e := &Event{CreatedAt: int64(i), Kind: KindEnvelope, Tags: [][]string{}, Content: strings.Repeat("x", i)}
		if err := s.Sign(e); err != nil {
			t.Fatal(err)
		}
		for _, b := range bs {
			if !b.verify(&e.PubKey, &e.ID, &e.Sig) {
				t.Fatalf("%s rejects a signature made by %s", b.name(), Backend())
			}
			bad := e.Sig
			bad[i%64] ^= 1
			if b.verify(&e.PubKey, &e.ID, &bad) {
				t.Fatalf("%s accepts a corrupted signature", b.name())
			}
		}
	}
}

func TestBadSecretKey(t *testing.T) {
	for _, b := range backends(t) {
		var zero [32]byte
		if _, err := b.newKey(&zero); err == nil {
			t.Errorf("%s accepts the zero key", b.name())
		}
		var n [32]byte
		copy(n[:], unhexTB(t, "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141"))
		if _, err := b.newKey(&n); err == nil {
			t.Errorf("%s accepts the curve order as a key", b.name())
		}
	}
}

func BenchmarkVerify(b *testing.B) {
	s, _ := GenerateSigner()
	e := &Event{Kind: KindEnvelope, Tags: [][]string{}}
	_ = s.Sign(e)
	for _, be := range backends(b) {
		b.Run(be.name(), func(b *testing.B) {
			for b.Loop() {
				if !be.verify(&e.PubKey, &e.ID, &e.Sig) {
					b.Fatal("verify failed")
				}
			}
		})
	}
}
