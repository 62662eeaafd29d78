package envelope

import (
	"crypto/sha3"
	"unsafe"

	"filippo.io/edwards25519"
	"filippo.io/edwards25519/field"
	"github.com/cloudflare/circl/dh/x25519"
	"github.com/cloudflare/circl/kem/mlkem/mlkem768"
	"github.com/cloudflare/circl/kem/xwing"
)

// xwingPublicKeyLayout is the layout of circl's xwing.PublicKey (v1.6.5,
// the version go.mod pins): its ML-KEM-768 key and its X25519 key. The
// envelope reads them to encapsulate with its own X25519 key generation
// (x25519Base); the size assertions below stop the build if circl's type
// changes size, and TestEncapsulateMatchesCircl and the vectors check the
// bytes against circl's EncapsulateTo.
type xwingPublicKeyLayout struct {
	m mlkem768.PublicKey
	x x25519.Key
}

var (
	_ [unsafe.Sizeof(xwing.PublicKey{}) - unsafe.Sizeof(xwingPublicKeyLayout{})]byte
	_ [unsafe.Sizeof(xwingPublicKeyLayout{}) - unsafe.Sizeof(xwing.PublicKey{})]byte
)

// xwingLabel is X-Wing's combiner label (draft-connolly-cfrg-xwing-kem).
const xwingLabel = `\.//^\`

// xwingEncapsulate is circl's (*xwing.PublicKey).EncapsulateTo, byte for
// byte, with the ephemeral X25519 key computed by x25519Base.
func xwingEncapsulate(pk *xwing.PublicKey, ct []byte, ss *[xwing.SharedKeySize]byte, seed *[xwing.EncapsulationSeedSize]byte) {
	k := (*xwingPublicKeyLayout)(unsafe.Pointer(pk))
	var ekx, ctx, ssx x25519.Key
	var ssm [mlkem768.SharedKeySize]byte
	copy(ekx[:], seed[32:])
	x25519Base(&ctx, &ekx)
	// A low-order share gives an all-zero ssx; X-Wing ignores it, as circl
	// does (the envelope refuses such shares when parsing).
	x25519.Shared(&ssx, &ekx, &k.x)
	k.m.EncapsulateTo(ct[:mlkem768.CiphertextSize], ssm[:], seed[:32])
	h := sha3.New256()
	h.Write(ssm[:])
	h.Write(ssx[:])
	h.Write(ctx[:])
	h.Write(k.x[:])
	h.Write([]byte(xwingLabel))
	h.Sum(ss[:0])
	copy(ct[mlkem768.CiphertextSize:], ctx[:])
	clear(ekx[:])
	clear(ssx[:])
	clear(ssm[:])
}

// x25519Base is X25519(k, 9), the public key of the private key k,
// computed on the Edwards curve with edwards25519's fixed-base table:
// [k]B, then u = (1 + y) / (1 − y) (RFC 7748 §4.1). The clamped k is a
// multiple of 8 below 2^255, so reducing it modulo the group order does
// not change [k]B, which is never the identity. It is constant time, and
// faster than circl's ladder (TestX25519BaseMatchesCircl).
func x25519Base(pub, priv *x25519.Key) {
	s, err := edwards25519.NewScalar().SetBytesWithClamping(priv[:])
	if err != nil {
		panic(err) // 32 bytes
	}
	p := new(edwards25519.Point).ScalarBaseMult(s)
	_, y, z, _ := p.ExtendedCoordinates() // y = Y/Z
	var num, den field.Element
	num.Add(z, y)
	den.Subtract(z, y)
	den.Invert(&den)
	num.Multiply(&num, &den)
	copy(pub[:], num.Bytes())
}
