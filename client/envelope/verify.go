package envelope

import (
	"crypto/ed25519"
	"crypto/sha512"
	"crypto/subtle"
	"sync"
	"sync/atomic"

	"filippo.io/edwards25519"
)

// verifySignature is ed25519.Verify (RFC 8032, as Go's crypto/ed25519
// checks it: S canonical, R' = [S]B − [k]A compared with R byte for byte,
// no cofactor) with the signer's decoded public key point kept between
// calls: decoding a point costs a field square root, about a tenth of a
// verification, and a reader opens mail from the same senders again and
// again. From a signer's second message on, −A also gets a table of its
// multiples (radix16Table), and R' is computed from that table and one of
// B, with 4 doublings instead of about 250. Every path computes the same
// group element, so the verdict is the same; TestVerifySignatureMatchesStdlib
// checks it against crypto/ed25519 and TestRadix16MatchesDoubleScalarMult
// checks the table arithmetic.
func verifySignature(pub *[ed25519.PublicKeySize]byte, msg []byte, sig *[ed25519.SignatureSize]byte) bool {
	key := signerPoints.get(pub)
	if key == nil {
		return false
	}
	s, err := new(edwards25519.Scalar).SetCanonicalBytes(sig[32:])
	if err != nil {
		return false
	}
	h := sha512.New()
	h.Write(sig[:32])
	h.Write(pub[:])
	h.Write(msg)
	var digest [sha512.Size]byte
	k, err := new(edwards25519.Scalar).SetUniformBytes(h.Sum(digest[:0]))
	if err != nil {
		return false
	}
	var r edwards25519.Point
	if t := key.table.Load(); t != nil {
		radix16DoubleMult(&r, k, t, s, basepointTable())
	} else {
		r.VarTimeDoubleScalarBaseMult(k, &key.negA, s)
	}
	return subtle.ConstantTimeCompare(sig[:32], r.Bytes()) == 1
}

// signerKey is a cached Ed25519 public key: −A and, once the signer was
// seen twice, the table of its multiples.
type signerKey struct {
	negA   edwards25519.Point
	uses   int  // guarded by pointCache.mu
	tabled bool // guarded by pointCache.mu: counted in pointCache.tables
	table  atomic.Pointer[radix16Table]
}

// pointCache keeps −A for the Ed25519 public keys seen last, and tables
// for at most maxSignerTables of them. Public keys are public, so the
// cache holds nothing secret; it is bounded by maxCachedSigners and
// forgets an arbitrary entry when full.
type pointCache struct {
	mu     sync.Mutex
	m      map[[ed25519.PublicKeySize]byte]*signerKey
	tables int // entries of m with a table (built or being built)
}

const (
	maxCachedSigners = 1024
	// maxSignerTables bounds the signers with a table (40 KiB each).
	maxSignerTables = 64
	// tableAfterUses is the use of a signer's key that builds its table:
	// building costs about two verifications, so one-off senders skip it.
	tableAfterUses = 2
)

var signerPoints pointCache

// get returns the cached key for the encoding, or nil if it is not a valid
// point encoding (invalid keys are not cached). On the tableAfterUses-th
// use it builds the signer's table, within maxSignerTables.
func (c *pointCache) get(pub *[ed25519.PublicKeySize]byte) *signerKey {
	c.mu.Lock()
	key := c.m[*pub]
	build := false
	if key != nil {
		key.uses++
		if key.uses == tableAfterUses && c.tables < maxSignerTables {
			c.tables++
			key.tabled, build = true, true
		}
	}
	c.mu.Unlock()
	if key != nil {
		if build {
			key.table.Store(newRadix16Table(&key.negA))
		}
		return key
	}
	a, err := new(edwards25519.Point).SetBytes(pub[:])
	if err != nil {
		return nil
	}
	key = &signerKey{uses: 1}
	key.negA.Negate(a)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = make(map[[ed25519.PublicKeySize]byte]*signerKey)
	}
	if len(c.m) >= maxCachedSigners {
		for k, old := range c.m {
			if old.tabled {
				c.tables--
			}
			delete(c.m, k)
			break
		}
	}
	c.m[*pub] = key
	return key
}

// radix16Table holds j·256^i·P for i < 32 and j = 1..8: with a scalar
// written in 64 signed radix-16 digits e_0..e_63 in [−8, 8],
// [x]P = 16·Σ e_{2i+1}·256^i·P + Σ e_{2i}·256^i·P, which is 64 table
// additions and 4 doublings (the layout of edwards25519's own base-point
// table, here variable time: everything it handles is public).
type radix16Table [32][8]edwards25519.Point

func newRadix16Table(p *edwards25519.Point) *radix16Table {
	t := new(radix16Table)
	var base edwards25519.Point
	base.Set(p)
	for i := range t {
		t[i][0].Set(&base)
		for j := 1; j < 8; j++ {
			t[i][j].Add(&t[i][j-1], &base)
		}
		if i < len(t)-1 { // base = 256·base: 8·base doubled 5 times
			base.Add(&t[i][7], &t[i][7])
			for range 4 {
				base.Add(&base, &base)
			}
		}
	}
	return t
}

var basepointTable = sync.OnceValue(func() *radix16Table {
	return newRadix16Table(edwards25519.NewGeneratorPoint())
})

// signedRadix16 writes a reduced scalar as 64 digits in [−8, 8].
func signedRadix16(x *edwards25519.Scalar) [64]int8 {
	b := x.Bytes()
	var e [64]int8
	for i, c := range b {
		e[2*i] = int8(c & 15)
		e[2*i+1] = int8(c >> 4)
	}
	for i := range 63 { // x < 2^253, so the top digit stays below 8
		carry := (e[i] + 8) >> 4
		e[i] -= carry << 4
		e[i+1] += carry
	}
	return e
}

// radix16DoubleMult sets v = [a]P + [b]Q from the tables of P and Q.
func radix16DoubleMult(v *edwards25519.Point, a *edwards25519.Scalar, tp *radix16Table, b *edwards25519.Scalar, tq *radix16Table) {
	ea, eb := signedRadix16(a), signedRadix16(b)
	v.Set(edwards25519.NewIdentityPoint())
	for i := 1; i < 64; i += 2 {
		addDigit(v, &tp[i/2], ea[i])
		addDigit(v, &tq[i/2], eb[i])
	}
	for range 4 {
		v.Add(v, v)
	}
	for i := 0; i < 64; i += 2 {
		addDigit(v, &tp[i/2], ea[i])
		addDigit(v, &tq[i/2], eb[i])
	}
}

func addDigit(v *edwards25519.Point, row *[8]edwards25519.Point, d int8) {
	switch {
	case d > 0:
		v.Add(v, &row[d-1])
	case d < 0:
		v.Subtract(v, &row[-d-1])
	}
}
