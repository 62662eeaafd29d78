package envelope

import (
	"crypto/ed25519"
	"crypto/sha512"
	"crypto/subtle"
	"sync"

	"filippo.io/edwards25519"
)

// verifySignature is ed25519.Verify (RFC 8032, as Go's crypto/ed25519
// checks it: S canonical, R' = [S]B − [k]A compared with R byte for byte,
// no cofactor) with the signer's decoded public key point kept between
// calls: decoding a point costs a field square root, about a tenth of a
// verification, and a reader opens mail from the same senders again and
// again. TestVerifySignatureMatchesStdlib checks it against crypto/ed25519.
func verifySignature(pub *[ed25519.PublicKeySize]byte, msg []byte, sig *[ed25519.SignatureSize]byte) bool {
	negA := signerPoints.get(pub)
	if negA == nil {
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
	r := new(edwards25519.Point).VarTimeDoubleScalarBaseMult(k, negA, s)
	return subtle.ConstantTimeCompare(sig[:32], r.Bytes()) == 1
}

// pointCache keeps −A for the Ed25519 public keys seen last. Public keys
// are public, so the cache holds nothing secret; it is bounded by
// maxCachedSigners and forgets an arbitrary entry when full.
type pointCache struct {
	mu sync.Mutex
	m  map[[ed25519.PublicKeySize]byte]*edwards25519.Point
}

const maxCachedSigners = 1024

var signerPoints pointCache

// get returns −A for the encoded key, or nil if it is not a valid point
// encoding (invalid keys are not cached).
func (c *pointCache) get(pub *[ed25519.PublicKeySize]byte) *edwards25519.Point {
	c.mu.Lock()
	p := c.m[*pub]
	c.mu.Unlock()
	if p != nil {
		return p
	}
	a, err := new(edwards25519.Point).SetBytes(pub[:])
	if err != nil {
		return nil
	}
	p = new(edwards25519.Point).Negate(a)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = make(map[[ed25519.PublicKeySize]byte]*edwards25519.Point)
	}
	if len(c.m) >= maxCachedSigners {
		for k := range c.m {
			delete(c.m, k)
			break
		}
	}
	c.m[*pub] = p
	return p
}
