package chainmath

import (
	"encoding/binary"
	"math/big"
)

// Word is one 256-bit storage word of the contract as 32 big-endian bytes
// (what eth_call returns for accountWord, pairWord, standingWord, networkWord).
type Word [32]byte

// WordFromBig converts a uint256 (as a big.Int) to a Word; it panics above 2^256-1.
func WordFromBig(x *big.Int) Word {
	var w Word
	x.FillBytes(w[:])
	return w
}

// Big returns the word as a big.Int.
func (w Word) Big() *big.Int { return new(big.Int).SetBytes(w[:]) }

// limb returns 64-bit limb i (0 = least significant).
func (w Word) limb(i uint) uint64 { return binary.BigEndian.Uint64(w[24-8*i:]) }

func (w *Word) setLimb(i uint, v uint64) { binary.BigEndian.PutUint64(w[24-8*i:], v) }

// Bits returns the n-bit field (n ≤ 64) at bit offset off (0 = least significant).
func (w Word) Bits(off, n uint) uint64 {
	i, s := off/64, off%64
	v := w.limb(i) >> s
	if s+n > 64 && i < 3 {
		v |= w.limb(i+1) << (64 - s)
	}
	if n == 64 {
		return v
	}
	return v & (1<<n - 1)
}

// With returns w with the n-bit field at off set to v (v is masked to n bits).
func (w Word) With(off, n uint, v uint64) Word {
	if n < 64 {
		v &= 1<<n - 1
	}
	i, s := off/64, off%64
	mask := ^uint64(0)
	if n < 64 {
		mask = 1<<n - 1
	}
	w.setLimb(i, w.limb(i)&^(mask<<s)|v<<s)
	if s+n > 64 && i < 3 {
		w.setLimb(i+1, w.limb(i+1)&^(mask>>(64-s))|v>>(64-s))
	}
	return w
}

// Bit reports whether bit off is set.
func (w Word) Bit(off uint) bool { return w.Bits(off, 1) == 1 }

// WithBit sets or clears bit off.
func (w Word) WithBit(off uint, on bool) Word {
	var v uint64
	if on {
		v = 1
	}
	return w.With(off, 1, v)
}
