package identity

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/crypto"
)

// EIP-712 type strings of the key bundle (SPEC §3.3).
const (
	BundleDomainType = "EIP712Domain(string name,string version)"
	BundleStructType = "KeyBundle(address account,uint32 keyIndex,bytes encryptionKey," +
		"bytes32 signingKey,bytes32 transportKey,string[] inboxRelays,bytes32[] networks," +
		"uint64 created,uint64 expires)"
)

var (
	bundleTypeHash  = keccak([]byte(BundleStructType))
	bundleDomainSep = keccak(
		crypto.Keccak256([]byte(BundleDomainType)),
		crypto.Keccak256([]byte(BundleDomainName)),
		crypto.Keccak256([]byte(BundleDomainVersion)),
	)
)

// BundleDomainSeparator returns the EIP-712 domain separator of bundles.
func BundleDomainSeparator() [32]byte { return bundleDomainSep }

// Hash returns the bundle's EIP-712 digest,
// keccak256(0x19 ‖ 0x01 ‖ domainSeparator ‖ hashStruct(bundle)): what the
// account signs, and the bundleHash the account registers on chain. It
// covers every field except the signature.
func (b *Bundle) Hash() [32]byte {
	s := b.StructHash()
	return keccak([]byte{0x19, 0x01}, bundleDomainSep[:], s[:])
}

// StructHash returns EIP-712 hashStruct(KeyBundle).
func (b *Bundle) StructHash() [32]byte {
	relays := make([]byte, 0, 32*len(b.InboxRelays))
	for _, r := range b.InboxRelays {
		h := keccak([]byte(r))
		relays = append(relays, h[:]...)
	}
	nets := make([]byte, 0, 32*len(b.Networks))
	for _, n := range b.Networks {
		nets = append(nets, n[:]...)
	}
	enc := keccak(b.EncryptionKey[:])
	rh := keccak(relays)
	nh := keccak(nets)
	return keccak(
		bundleTypeHash[:],
		word(b.Account[:]),
		uintWord(uint64(b.KeyIndex)),
		enc[:],
		b.SigningKey[:],
		b.TransportKey[:],
		rh[:],
		nh[:],
		uintWord(b.Created),
		uintWord(b.Expires),
	)
}

func keccak(parts ...[]byte) [32]byte {
	var out [32]byte
	copy(out[:], crypto.Keccak256(parts...))
	return out
}

// word left-pads b (at most 32 bytes) to a 32-byte ABI word.
func word(b []byte) []byte {
	out := make([]byte, 32)
	copy(out[32-len(b):], b)
	return out
}

func uintWord(v uint64) []byte {
	out := make([]byte, 32)
	binary.BigEndian.PutUint64(out[24:], v)
	return out
}
