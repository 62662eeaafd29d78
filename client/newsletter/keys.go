package newsletter

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"golang.org/x/crypto/chacha20poly1305"
)

// The key schedule of a list (SPEC.md §10.3).
//
// Each epoch starts from a fresh random chain value chain_0. Issue i of the
// epoch is sealed under a key from chain_i (envelope.IssueKey), and
// chain_{i+1} = HKDF-Expand(chain_i, "b-mail/v1/list-next", 32): holding
// chain_j gives every later issue of the epoch and none before j. A
// subscriber holds a long-lived subscriber key K (32 random bytes, sent once
// in its welcome, wrapped to its X-Wing key). A rotation wraps the new
// epoch's chain_0 to every remaining subscriber under K:
//
//	wrapKey = HKDF-Expand(K, "b-mail/v1/list-epoch" ‖ list ‖ u32 epoch ‖ u32 slot ‖ salt, 32)
//	wrap    = ChaCha20-Poly1305(wrapKey, nonce 0, aad empty, chain_0)      (48 bytes)
//
// wrapKey is unique per (subscriber, epoch, slot, rotation salt), so the
// zero nonce never repeats under one key, and the slot in the derivation
// pins a wrap to its position.

// Labels (SPEC.md §10.9). Each is used in one place.
const (
	labelNext  = "b-mail/v1/list-next"
	labelEpoch = "b-mail/v1/list-epoch"
)

// Sizes.
const (
	// KeySize is the size of chain values, subscriber keys and salts.
	KeySize = 32
	// WrapSize is the size of one epoch wrap: chain_0 and the AEAD tag.
	WrapSize = KeySize + chacha20poly1305.Overhead
	// MaxChainSteps bounds how far a reader hashes a chain forward for one
	// issue (an index far beyond what it holds is refused, not computed).
	MaxChainSteps = 1 << 20
)

// ErrNotMine is returned when a wrap does not open with the subscriber key:
// the slot is vacant, belongs to someone else, or the subscriber was
// removed.
var ErrNotMine = errors.New("newsletter: the epoch wrap does not open with this subscriber key")

// NextChain returns chain_{i+1} for chain_i.
func NextChain(c [KeySize]byte) [KeySize]byte {
	return expand(c[:], []byte(labelNext))
}

// ChainAt derives the chain value for index from the value held for base
// (index ≥ base, at most MaxChainSteps ahead).
func ChainAt(held [KeySize]byte, base, index uint32) ([KeySize]byte, error) {
	if index < base {
		return [KeySize]byte{}, fmt.Errorf("newsletter: index %d is before the chain value held (%d): issues before joining stay unreadable", index, base)
	}
	if index-base > MaxChainSteps {
		return [KeySize]byte{}, fmt.Errorf("newsletter: index %d is %d steps past the chain value held", index, index-base)
	}
	c := held
	for i := base; i < index; i++ {
		c = NextChain(c)
	}
	return c, nil
}

// expand is HKDF-Expand(prk, info, 32) with SHA-256: the single
// HMAC-SHA256(prk, info ‖ 0x01) (every PRK here is uniformly random).
func expand(prk []byte, info ...[]byte) [KeySize]byte {
	mac := hmac.New(sha256.New, prk)
	for _, p := range info {
		mac.Write(p)
	}
	mac.Write([]byte{1})
	var out [KeySize]byte
	mac.Sum(out[:0])
	return out
}

// wrapInfo is the info of a wrap key: label ‖ list ‖ epoch ‖ slot ‖ salt.
func wrapInfo(list *[32]byte, epoch, slot uint32, salt *[KeySize]byte) []byte {
	b := make([]byte, 0, len(labelEpoch)+32+8+KeySize)
	b = append(b, labelEpoch...)
	b = append(b, list[:]...)
	b = binary.BigEndian.AppendUint32(b, epoch)
	b = binary.BigEndian.AppendUint32(b, slot)
	return append(b, salt[:]...)
}

var zeroNonce [chacha20poly1305.NonceSize]byte

// SealWrap wraps chain_0 of epoch to the subscriber key in slot.
func SealWrap(dst []byte, subKey *[KeySize]byte, list *[32]byte, epoch, slot uint32, salt, chain0 *[KeySize]byte) []byte {
	k := expand(subKey[:], wrapInfo(list, epoch, slot, salt))
	aead, _ := chacha20poly1305.New(k[:]) // a 32-byte key never fails
	return aead.Seal(dst, zeroNonce[:], chain0[:], nil)
}

// OpenWrap opens the wrap in slot with the subscriber key.
func OpenWrap(wrap []byte, subKey *[KeySize]byte, list *[32]byte, epoch, slot uint32, salt *[KeySize]byte) ([KeySize]byte, error) {
	var c [KeySize]byte
	if len(wrap) != WrapSize {
		return c, fmt.Errorf("%w: wrap of %d bytes", ErrMalformed, len(wrap))
	}
	k := expand(subKey[:], wrapInfo(list, epoch, slot, salt))
	aead, _ := chacha20poly1305.New(k[:])
	if _, err := aead.Open(c[:0], zeroNonce[:], wrap, nil); err != nil {
		return [KeySize]byte{}, ErrNotMine
	}
	return c, nil
}

// Member is a subscriber in a rotation: its slot and subscriber key.
type Member struct {
	Slot uint32
	Key  [KeySize]byte
}

// SealWraps builds the wraps of a rotation: slots wraps of WrapSize bytes,
// slot s at offset s·WrapSize, the members' wraps where they sit and random
// bytes in vacant slots (so the vacant slots cannot be told apart). The
// work is split over the machine's cores. rand must be safe for
// concurrent use (crypto/rand is); it fills the vacant slots only.
func SealWraps(rand io.Reader, list *[32]byte, epoch uint32, salt, chain0 *[KeySize]byte, slots uint32, members []Member) ([]byte, error) {
	out := make([]byte, int(slots)*WrapSize)
	if _, err := io.ReadFull(rand, out); err != nil {
		return nil, fmt.Errorf("newsletter: reading randomness: %w", err)
	}
	for _, m := range members {
		if m.Slot >= slots {
			return nil, fmt.Errorf("newsletter: member in slot %d of %d", m.Slot, slots)
		}
	}
	workers := min(runtime.GOMAXPROCS(0), max(1, len(members)/2048))
	var wg sync.WaitGroup
	per := (len(members) + workers - 1) / max(workers, 1)
	for w := 0; w < workers; w++ {
		part := members[min(w*per, len(members)):min((w+1)*per, len(members))]
		wg.Add(1)
		go func() {
			defer wg.Done()
			info := wrapInfo(list, epoch, 0, salt)
			slotAt := len(labelEpoch) + 32 + 4
			for _, m := range part {
				binary.BigEndian.PutUint32(info[slotAt:], m.Slot)
				k := expand(m.Key[:], info)
				aead, _ := chacha20poly1305.New(k[:])
				at := int(m.Slot) * WrapSize
				aead.Seal(out[at:at], zeroNonce[:], chain0[:], nil)
			}
		}()
	}
	wg.Wait()
	return out, nil
}
