package wire

import (
	"crypto/rand"
	"encoding/csv"
	"encoding/hex"
	mrand "math/rand/v2"
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

// signedChecks returns n checks of valid signatures by fresh keys over
// random messages.
func signedChecks(t testing.TB, n int) []SigCheck {
	t.Helper()
	cs := make([]SigCheck, n)
	for i := range cs {
		s, err := GenerateSigner()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := rand.Read(cs[i].Msg[:]); err != nil {
			t.Fatal(err)
		}
		var aux [32]byte
		sig, err := s.key.sign(&cs[i].Msg, &aux)
		if err != nil {
			t.Fatal(err)
		}
		cs[i].PubKey, cs[i].Sig = s.PublicKey(), sig
	}
	return cs
}

// batchResults runs b's batch verify, with ok pre-set to the opposite of
// want so that an item the batch skips shows up as wrong.
func batchResults(b backend, cs []SigCheck, want []bool) []bool {
	ok := make([]bool, len(cs))
	for i := range ok {
		ok[i] = !want[i]
	}
	b.verifyBatch(cs, ok)
	return ok
}

func TestVerifyBatch(t *testing.T) {
	valid := signedChecks(t, 40)
	corrupt := func(c SigCheck, i int) SigCheck {
		switch i % 3 {
		case 0:
			c.Sig[i%64] ^= 0x80
		case 1:
			c.Msg[i%32] ^= 1
		default:
			c.PubKey[i%32] ^= 4
		}
		return c
	}
	type batchCase struct {
		checks []SigCheck
		want   []bool
	}
	cases := map[string]batchCase{"empty": {}}
	all := func(cs []SigCheck, v bool) []bool {
		w := make([]bool, len(cs))
		for i := range w {
			w[i] = v
		}
		return w
	}
	cases["one valid"] = batchCase{valid[:1], []bool{true}}
	cases["all valid"] = batchCase{valid, all(valid, true)}
	bad := make([]SigCheck, len(valid))
	for i := range valid {
		bad[i] = corrupt(valid[i], i)
	}
	cases["all invalid"] = batchCase{bad, all(bad, false)}
	// Mixed: bad ones at the ends and in runs, so that a result written to
	// the wrong index or a batch that stops at the first failure shows.
	var mixed []SigCheck
	var mixedWant []bool
	for i := range valid {
		if i == 0 || i == len(valid)-1 || i%5 == 2 || i%5 == 3 {
			mixed, mixedWant = append(mixed, bad[i]), append(mixedWant, false)
		} else {
			mixed, mixedWant = append(mixed, valid[i]), append(mixedWant, true)
		}
	}
	cases["mixed"] = batchCase{mixed, mixedWant}
	for _, b := range backends(t) {
		for name, c := range cases {
			got := batchResults(b, c.checks, c.want)
			for i := range c.checks {
				if got[i] != c.want[i] {
					t.Errorf("%s %s: item %d = %v, want %v", b.name(), name, i, got[i], c.want[i])
				}
			}
		}
	}
	// The exported entry point uses the active backend and takes a longer ok.
	ok := make([]bool, len(mixed)+3)
	for i := range ok {
		ok[i] = true
	}
	VerifySignatures(mixed, ok)
	for i, w := range mixedWant {
		if ok[i] != w {
			t.Errorf("VerifySignatures item %d = %v, want %v", i, ok[i], w)
		}
	}
	if !ok[len(mixed)] || !ok[len(mixed)+2] {
		t.Error("VerifySignatures wrote past len(checks)")
	}
}

// TestVerifyBatchAgrees checks the batch path against the single verify of
// every backend (btcec included) on random inputs: valid signatures,
// corrupted ones, and random bytes (mostly keys off the curve and
// out-of-range signature halves).
func TestVerifyBatchAgrees(t *testing.T) {
	bs := backends(t)
	for round := 0; round < 5; round++ {
		cs := signedChecks(t, 30)
		for i := range cs {
			switch i % 4 {
			case 1:
				cs[i].Sig[mrand.IntN(64)] ^= byte(1 << mrand.IntN(8))
			case 2:
				rand.Read(cs[i].PubKey[:])
			case 3:
				rand.Read(cs[i].Sig[:])
				if mrand.IntN(2) == 0 {
					for j := 32; j < 64; j++ {
						cs[i].Sig[j] = 0xff // s above the group order
					}
				}
			}
		}
		mrand.Shuffle(len(cs), func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
		want := make([]bool, len(cs))
		for i := range cs {
			want[i] = goBackend{}.verify(&cs[i].PubKey, &cs[i].Msg, &cs[i].Sig)
		}
		nValid := 0
		for _, w := range want {
			if w {
				nValid++
			}
		}
		if nValid == 0 || nValid == len(cs) {
			t.Fatalf("round %d: %d of %d valid: the inputs do not mix", round, nValid, len(cs))
		}
		for _, b := range bs {
			got := batchResults(b, cs, want)
			for i := range cs {
				if single := b.verify(&cs[i].PubKey, &cs[i].Msg, &cs[i].Sig); got[i] != single || got[i] != want[i] {
					t.Fatalf("%s round %d item %d: batch %v, single %v, btcec %v", b.name(), round, i, got[i], single, want[i])
				}
			}
		}
	}
}

// TestVerifyBatchVectors runs the BIP-340 vectors through the batch path in
// one batch per backend.
func TestVerifyBatchVectors(t *testing.T) {
	f, err := os.Open("testdata/bip340-vectors.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var cs []SigCheck
	var want []bool
	for _, r := range rows[1:] {
		var c SigCheck
		copy(c.PubKey[:], unhexTB(t, r[2]))
		copy(c.Msg[:], unhexTB(t, r[4]))
		copy(c.Sig[:], unhexTB(t, r[5]))
		cs, want = append(cs, c), append(want, r[6] == "TRUE")
	}
	for _, b := range backends(t) {
		got := batchResults(b, cs, want)
		for i := range cs {
			if got[i] != want[i] {
				t.Errorf("%s vector %s: %v, want %v", b.name(), rows[i+1][0], got[i], want[i])
			}
		}
	}
}

// BenchmarkVerifyBatch is the per-signature cost of a batch of 64, against
// BenchmarkVerify's one call per signature.
func BenchmarkVerifyBatch(b *testing.B) {
	cs := signedChecks(b, 64)
	ok := make([]bool, len(cs))
	for _, be := range backends(b) {
		b.Run(be.name(), func(b *testing.B) {
			for b.Loop() {
				be.verifyBatch(cs, ok)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(cs))/1e3, "µs/sig")
		})
	}
}
