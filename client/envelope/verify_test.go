package envelope

import (
	"crypto/ed25519"
	"encoding/hex"
	"math/big"
	"testing"

	"filippo.io/edwards25519"
)

// TestVerifySignatureMatchesStdlib checks verifySignature against
// crypto/ed25519.Verify on valid signatures, on every single-bit flip of
// key, message and signature, on S + L (not canonical), and on keys that
// are small-order points or not valid encodings at all.
func TestVerifySignatureMatchesStdlib(t *testing.T) {
	type tc struct {
		pub [32]byte
		msg []byte
		sig [64]byte
	}
	var cases []tc
	r := detRand([]byte("verify"))
	for i := range 4 {
		var seed [32]byte
		r.Read(seed[:])
		priv := ed25519.NewKeyFromSeed(seed[:])
		msg := make([]byte, 19+64)
		r.Read(msg)
		c := tc{pub: [32]byte(priv.Public().(ed25519.PublicKey)), msg: msg, sig: [64]byte(ed25519.Sign(priv, msg))}
		cases = append(cases, c)
		if i > 0 {
			continue
		}
		for bit := range 64 * 8 {
			f := c
			f.sig[bit/8] ^= 1 << (bit % 8)
			cases = append(cases, f)
		}
		for bit := range 32 * 8 {
			f := c
			f.pub[bit/8] ^= 1 << (bit % 8)
			cases = append(cases, f)
		}
		for bit := range len(msg) * 8 {
			f := c
			f.msg = append([]byte(nil), msg...)
			f.msg[bit/8] ^= 1 << (bit % 8)
			cases = append(cases, f)
		}
		// S + L: the same signature with S not reduced.
		l, _ := new(big.Int).SetString("7237005577332262213973186563042994240857116359379907606001950938285454250989", 10)
		s := new(big.Int).SetBytes(reverse(c.sig[32:]))
		s.Add(s, l)
		f := c
		copy(f.sig[32:], reverse(s.FillBytes(make([]byte, 32))))
		cases = append(cases, f)
	}
	// Small-order and non-canonical keys, with a signature whose R is the
	// identity and S zero: it verifies against a small-order A for some
	// messages, as with crypto/ed25519 (no cofactor check in either).
	for _, k := range []string{
		"0100000000000000000000000000000000000000000000000000000000000000", // identity
		"ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // order 2
		"0000000000000000000000000000000000000000000000000000000000000080", // order 4
		"c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a", // order 8
		"edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // y = p, not canonical
		"eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // y = p + 1
		"0200000000000000000000000000000000000000000000000000000000000000", // not on the curve
	} {
		pub, _ := hex.DecodeString(k)
		var sig [64]byte
		sig[0] = 1 // R = identity, S = 0
		for m := range 16 {
			cases = append(cases, tc{pub: [32]byte(pub), msg: []byte{byte(m)}, sig: sig})
		}
	}
	accepted := 0
	for i, c := range cases {
		for range 2 { // the second time from the cache
			want := ed25519.Verify(c.pub[:], c.msg, c.sig[:])
			if got := verifySignature(&c.pub, c.msg, &c.sig); got != want {
				t.Fatalf("case %d (key %x): verifySignature %v, crypto/ed25519 %v", i, c.pub, got, want)
			}
			if want {
				accepted++
			}
		}
	}
	if accepted < 2*4+2 {
		t.Fatalf("only %d accepted cases: the test lost its valid signatures", accepted)
	}
}

func reverse(b []byte) []byte {
	out := make([]byte, len(b))
	for i := range b {
		out[len(b)-1-i] = b[i]
	}
	return out
}

// TestPointCacheBounded checks that the signer cache and its tables stay
// within their bounds, and that evictions keep the table count exact.
func TestPointCacheBounded(t *testing.T) {
	var c pointCache
	r := detRand([]byte("cache bound"))
	for range maxCachedSigners + 50 {
		var seed [32]byte
		r.Read(seed[:])
		pub := [32]byte(ed25519.NewKeyFromSeed(seed[:]).Public().(ed25519.PublicKey))
		for range tableAfterUses {
			if c.get(&pub) == nil {
				t.Fatal("valid key refused")
			}
		}
	}
	if len(c.m) != maxCachedSigners {
		t.Fatalf("%d entries, bound %d", len(c.m), maxCachedSigners)
	}
	tables := 0
	for _, k := range c.m {
		if k.table.Load() != nil {
			tables++
		}
	}
	if tables != c.tables || tables > maxSignerTables {
		t.Fatalf("%d tables, counted %d, bound %d", tables, c.tables, maxSignerTables)
	}
}

// TestRadix16MatchesDoubleScalarMult checks the table arithmetic of the
// cached-signer path against edwards25519's VarTimeDoubleScalarBaseMult:
// [a]P + [b]B for random scalars (and the edge scalars 0, 1, L−1), with P
// a prime-order point, a point with a torsion component, and a
// small-order point.
func TestRadix16MatchesDoubleScalarMult(t *testing.T) {
	r := detRand([]byte("radix16"))
	scalar := func() *edwards25519.Scalar {
		var b [64]byte
		r.Read(b[:])
		s, _ := new(edwards25519.Scalar).SetUniformBytes(b[:])
		return s
	}
	var lMinus1 [32]byte
	copy(lMinus1[:], reverse(mustHex("1000000000000000000000000000000014def9dea2f79cd65812631a5cf5d3ec")))
	edge := []*edwards25519.Scalar{edwards25519.NewScalar()}
	oneS, _ := new(edwards25519.Scalar).SetCanonicalBytes(append([]byte{1}, make([]byte, 31)...))
	lm1, err := new(edwards25519.Scalar).SetCanonicalBytes(lMinus1[:])
	if err != nil {
		t.Fatal(err)
	}
	edge = append(edge, oneS, lm1)

	order8, _ := new(edwards25519.Point).SetBytes(mustHex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"))
	prime := new(edwards25519.Point).ScalarBaseMult(scalar())
	mixed := new(edwards25519.Point).Add(prime, order8)
	for _, p := range []*edwards25519.Point{prime, mixed, order8} {
		tp := newRadix16Table(p)
		var scalars [][2]*edwards25519.Scalar
		for _, a := range edge {
			for _, b := range edge {
				scalars = append(scalars, [2]*edwards25519.Scalar{a, b})
			}
		}
		for range 50 {
			scalars = append(scalars, [2]*edwards25519.Scalar{scalar(), scalar()})
		}
		for _, ab := range scalars {
			want := new(edwards25519.Point).VarTimeDoubleScalarBaseMult(ab[0], p, ab[1])
			var got edwards25519.Point
			radix16DoubleMult(&got, ab[0], tp, ab[1], basepointTable())
			if got.Equal(want) != 1 || string(got.Bytes()) != string(want.Bytes()) {
				t.Fatalf("[%x]P + [%x]B differs from VarTimeDoubleScalarBaseMult", ab[0].Bytes(), ab[1].Bytes())
			}
		}
	}
}

func mustHex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}
