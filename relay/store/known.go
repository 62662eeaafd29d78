package store

import (
	"encoding/binary"
	"sync/atomic"
)

// knownIDs is a Bloom filter over every event id the store has held since
// it opened: "no" is certain, "maybe" needs a look in the database. The
// relay asks it before each signature check, so a new event costs no read.
// Ids are SHA-256 outputs, so their own bytes are the hash functions.
// Forgotten tombstones stay in the filter (a false "maybe" only costs a
// lookup); it is rebuilt from the database at every start.
type knownIDs struct {
	bits []atomic.Uint64
	mask uint64
}

// knownBits is the filter size: 2^26 bits (8 MiB). With four probes the
// false-positive rate is about 1e-5 at a million ids, 0.2% at four million.
const knownBits = 1 << 26

func newKnownIDs() *knownIDs {
	return &knownIDs{bits: make([]atomic.Uint64, knownBits/64), mask: knownBits - 1}
}

func (k *knownIDs) add(id *[32]byte) {
	for i := 0; i < 4; i++ {
		b := binary.LittleEndian.Uint64(id[8*i:]) & k.mask
		w := &k.bits[b/64]
		bit := uint64(1) << (b % 64)
		for {
			old := w.Load()
			if old&bit != 0 || w.CompareAndSwap(old, old|bit) {
				break
			}
		}
	}
}

func (k *knownIDs) maybe(id *[32]byte) bool {
	for i := 0; i < 4; i++ {
		b := binary.LittleEndian.Uint64(id[8*i:]) & k.mask
		if k.bits[b/64].Load()&(uint64(1)<<(b%64)) == 0 {
			return false
		}
	}
	return true
}
