package identity

import (
	"crypto/hmac"
	"crypto/sha512"
	"encoding/binary"
	"fmt"

	"github.com/btcsuite/btcd/btcec/v2"
)

// HardenedOffset marks a hardened BIP-32 child index (written i' or iH).
const HardenedOffset uint32 = 1 << 31

// AccountPathString is the BIP-44 path of the account key, the first
// account of a standard Ethereum wallet.
const AccountPathString = "m/44'/60'/0'/0/0"

// accountPath is AccountPathString as child indices.
var accountPath = [...]uint32{
	44 | HardenedOffset,
	60 | HardenedOffset,
	0 | HardenedOffset,
	0,
	0,
}

// extendedKey is a BIP-32 extended private key: a secp256k1 scalar and a
// chain code. Only private derivation is needed here.
type extendedKey struct {
	key       btcec.ModNScalar
	chainCode [32]byte
}

// masterKey computes BIP-32's master node: I = HMAC-SHA512("Bitcoin seed",
// seed); key = I[:32], chain code = I[32:]. A key of zero or ≥ n is
// invalid (ErrInvalidChildKey).
func masterKey(seed []byte) (*extendedKey, error) {
	mac := hmac.New(sha512.New, []byte(BIP32MasterKey))
	mac.Write(seed)
	return splitKey(mac.Sum(nil), nil)
}

// child derives child index i (hardened when i ≥ HardenedOffset):
// I = HMAC-SHA512(c, 0x00 ‖ ser256(k) ‖ ser32(i)) for hardened children,
// HMAC-SHA512(c, serP(point(k)) ‖ ser32(i)) for normal ones;
// k_i = parse256(I[:32]) + k mod n, c_i = I[32:]. BIP-32 declares the
// child invalid when parse256(I[:32]) ≥ n or k_i = 0.
func (x *extendedKey) child(i uint32) (*extendedKey, error) {
	var data [37]byte
	if i >= HardenedOffset {
		x.key.PutBytesUnchecked(data[1:33])
	} else {
		pub := btcec.PrivKeyFromScalar(&x.key).PubKey().SerializeCompressed()
		copy(data[:33], pub)
	}
	binary.BigEndian.PutUint32(data[33:], i)
	mac := hmac.New(sha512.New, x.chainCode[:])
	mac.Write(data[:])
	return splitKey(mac.Sum(nil), &x.key)
}

// splitKey turns a 64-byte HMAC output into an extended key, adding parent
// (when not nil) to the left half modulo n.
func splitKey(I []byte, parent *btcec.ModNScalar) (*extendedKey, error) {
	out := new(extendedKey)
	if overflow := out.key.SetByteSlice(I[:32]); overflow {
		return nil, ErrInvalidChildKey
	}
	if parent != nil {
		out.key.Add(parent)
	}
	if out.key.IsZero() {
		return nil, ErrInvalidChildKey
	}
	copy(out.chainCode[:], I[32:])
	return out, nil
}

// derivePath walks path from the master node of seed.
func derivePath(seed []byte, path []uint32) (*extendedKey, error) {
	x, err := masterKey(seed)
	if err != nil {
		return nil, fmt.Errorf("master key: %w", err)
	}
	for depth, i := range path {
		if x, err = x.child(i); err != nil {
			return nil, fmt.Errorf("child %d at depth %d: %w", i&^HardenedOffset, depth+1, err)
		}
	}
	return x, nil
}
