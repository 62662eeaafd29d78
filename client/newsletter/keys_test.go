package newsletter

import (
	"bytes"
	cryptorand "crypto/rand"
	"errors"
	"testing"
)

// SealWraps (split over the cores) gives each member exactly SealWrap's
// wrap at its slot; vacant slots hold bytes no member key opens.
func TestSealWraps(t *testing.T) {
	r := detRand("sealwraps")
	list, salt, chain := draw(r), draw(r), draw(r)
	var members []Member
	for s := uint32(0); s < 10_000; s++ {
		if s%7 == 3 {
			continue // vacant
		}
		members = append(members, Member{Slot: s, Key: draw(r)})
	}
	out, err := SealWraps(cryptorand.Reader, &list, 5, &salt, &chain, 10_000, members)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 10_000*WrapSize {
		t.Fatalf("%d bytes", len(out))
	}
	for _, m := range members {
		at := int(m.Slot) * WrapSize
		if want := SealWrap(nil, &m.Key, &list, 5, m.Slot, &salt, &chain); !bytes.Equal(out[at:at+WrapSize], want) {
			t.Fatalf("slot %d differs from SealWrap", m.Slot)
		}
	}
	// A member's key opens only its own slot.
	m := members[0]
	for _, slot := range []uint32{m.Slot + 1, 3} {
		at := int(slot) * WrapSize
		if _, err := OpenWrap(out[at:at+WrapSize], &m.Key, &list, 5, slot, &salt); !errors.Is(err, ErrNotMine) {
			t.Fatalf("slot %d opened with another member's key: %v", slot, err)
		}
	}
	if _, err := SealWraps(cryptorand.Reader, &list, 5, &salt, &chain, 3, members[:5]); err == nil {
		t.Fatal("a member beyond the slots was accepted")
	}
}

func TestChainAtBounds(t *testing.T) {
	c := draw(detRand("bounds"))
	if _, err := ChainAt(c, 5, 4); err == nil {
		t.Fatal("an index before the held one")
	}
	if _, err := ChainAt(c, 0, MaxChainSteps+1); err == nil {
		t.Fatal("an index too far ahead")
	}
	if got, _ := ChainAt(c, 3, 3); got != c {
		t.Fatal("ChainAt of the held index changed it")
	}
}

func BenchmarkSealWraps100k(b *testing.B) {
	r := detRand("bench")
	list, salt, chain := draw(r), draw(r), draw(r)
	members := make([]Member, 100_000)
	for i := range members {
		members[i] = Member{Slot: uint32(i), Key: draw(r)}
	}
	b.ResetTimer()
	for range b.N {
		if _, err := SealWraps(cryptorand.Reader, &list, 1, &salt, &chain, 100_000, members); err != nil {
			b.Fatal(err)
		}
	}
}
