package envelope

import (
	"crypto/sha3"
	"crypto/subtle"
	"runtime"
	"sync"
	"weak"

	"github.com/cloudflare/circl/dh/x25519"
	"github.com/cloudflare/circl/kem/mlkem/mlkem768"
	"github.com/cloudflare/circl/kem/xwing"
)

// X-Wing (draft-connolly-cfrg-xwing-kem-05) is ML-KEM-768 and X25519 side
// by side, their shared secrets combined with SHA-3. The two halves are
// independent, so a wrap is opened with the ML-KEM decapsulation on one
// core while the X25519 exchange, which takes about twice as long, runs on
// the other. circl's xwing.PrivateKey keeps its halves private, so the
// halves are derived again from its 32-byte seed exactly as circl derives
// them (TestSplitKeyMatchesCircl) and kept while the key lives.

// xwingLabel ends the combiner input (the X-Wing label, `\.//^\`).
const xwingLabel = `\.//^\`

// splitPrivateKey is an X-Wing private key in its two halves.
type splitPrivateKey struct {
	seed [xwing.SeedSize]byte
	m    *mlkem768.PrivateKey
	x    x25519.Key // X25519 secret
	xpk  x25519.Key // X25519 public key
}

// newSplitPrivateKey expands an X-Wing seed: SHAKE256(seed, 96) gives the
// ML-KEM-768 key seed (64 bytes) and the X25519 secret (32 bytes).
func newSplitPrivateKey(seed *[xwing.SeedSize]byte) *splitPrivateKey {
	k := &splitPrivateKey{seed: *seed}
	var expanded [mlkem768.KeySeedSize + x25519.Size]byte
	h := sha3.NewSHAKE256()
	h.Write(seed[:])
	h.Read(expanded[:])
	_, k.m = mlkem768.NewKeyFromSeed(expanded[:mlkem768.KeySeedSize])
	copy(k.x[:], expanded[mlkem768.KeySeedSize:])
	x25519.KeyGen(&k.xpk, &k.x)
	clear(expanded[:])
	return k
}

// decapsulateTo is X-Wing Decapsulate. The ML-KEM half runs as a side
// task; an X25519 share of low order gives an all-zero X25519 secret, as
// in circl (ParseEnvelope refuses such wraps before they get here).
func (k *splitPrivateKey) decapsulateTo(ss *[xwing.SharedKeySize]byte, ct []byte) {
	var ssm [mlkem768.SharedKeySize]byte
	task := startSide(true, func() { k.m.DecapsulateTo(ssm[:], ct[:mlkem768.CiphertextSize]) })
	var ctx, ssx x25519.Key
	copy(ctx[:], ct[mlkem768.CiphertextSize:xwing.CiphertextSize])
	x25519.Shared(&ssx, &k.x, &ctx)
	task.wait()
	xwingCombine(ss, &ssm, &ssx, &ctx, &k.xpk)
	clear(ssm[:])
	clear(ssx[:])
}

// xwingCombine is the X-Wing combiner:
// SHA3-256(ss_M ‖ ss_X ‖ ct_X ‖ pk_X ‖ label).
func xwingCombine(out *[xwing.SharedKeySize]byte, ssm *[mlkem768.SharedKeySize]byte, ssx, ctx, pkx *x25519.Key) {
	var in [mlkem768.SharedKeySize + 3*x25519.Size + len(xwingLabel)]byte
	b := append(in[:0], ssm[:]...)
	b = append(b, ssx[:]...)
	b = append(b, ctx[:]...)
	b = append(b, pkx[:]...)
	b = append(b, xwingLabel...)
	*out = sha3.Sum256(b)
	clear(in[:])
}

// splitKeys holds the split form of the X-Wing private keys in use, each
// for as long as its xwing.PrivateKey is reachable.
var splitKeys = keyCache[xwing.PrivateKey, splitPrivateKey]{}

// splitKeyOf returns the split form of key, derived on first use. An entry
// is checked against the key's seed, so a key overwritten in place (Unpack)
// is derived again.
func splitKeyOf(key *xwing.PrivateKey) *splitPrivateKey {
	var seed [xwing.SeedSize]byte
	key.Pack(seed[:])
	defer clear(seed[:])
	k, _ := splitKeys.get(key, func(k *splitPrivateKey) bool {
		return subtle.ConstantTimeCompare(k.seed[:], seed[:]) == 1
	}, func() (*splitPrivateKey, error) { return newSplitPrivateKey(&seed), nil })
	return k
}

// keyCache maps keys of type K to values derived from them, without
// keeping the keys alive: an entry goes when its key is collected.
type keyCache[K, V any] struct {
	mu sync.Mutex
	m  map[weak.Pointer[K]]*V
}

// get returns the value for k if there is one and valid accepts it, or
// stores and returns what derive returns.
func (c *keyCache[K, V]) get(k *K, valid func(*V) bool, derive func() (*V, error)) (*V, error) {
	wp := weak.Make(k)
	c.mu.Lock()
	v, ok := c.m[wp]
	c.mu.Unlock()
	if ok && valid(v) {
		return v, nil
	}
	v, err := derive()
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = make(map[weak.Pointer[K]]*V)
	}
	if _, known := c.m[wp]; !known {
		runtime.AddCleanup(k, c.drop, wp)
	}
	c.m[wp] = v
	return v, nil
}

func (c *keyCache[K, V]) drop(wp weak.Pointer[K]) {
	c.mu.Lock()
	delete(c.m, wp)
	c.mu.Unlock()
}

// len returns the number of entries (tests).
func (c *keyCache[K, V]) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.m)
}
