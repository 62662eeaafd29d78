package identity

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/hkdf"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/cloudflare/circl/kem/xwing"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Sizes of the public keys an identity publishes.
const (
	EncryptionPublicKeySize = xwing.PublicKeySize // 1216
	SigningPublicKeySize    = ed25519.PublicKeySize
	TransportPublicKeySize  = 32 // BIP-340 x-only
	SeedSize                = 64 // BIP-39 seed
)

// transportBlocks is how many 32-byte HKDF blocks the transport key may
// try before giving up (each fails with probability below 2^-127).
const transportBlocks = 4

// Identity holds every private key of one user at one key index. The
// account key does not depend on the index; the mail keys do. Older
// indices' decryption keys stay reachable through EncryptionKeyAt, for
// mail sealed to a previous bundle.
type Identity struct {
	// Index is the current key index (0 for a new identity; rotation adds 1).
	Index uint32

	// AccountKey is the secp256k1 key at m/44'/60'/0'/0/0; it pays, is
	// paid, and signs EIP-712 data (orders, acks, the key bundle).
	AccountKey *ecdsa.PrivateKey
	// Address is AccountKey's Ethereum address.
	Address common.Address

	// EncryptionKey is the X-Wing key mail for this index is sealed to.
	EncryptionKey *EncryptionKey
	// SigningKey is the Ed25519 key that signs inner messages.
	SigningKey ed25519.PrivateKey
	// TransportKey is the secp256k1 key for BIP-340 signatures (relay AUTH).
	TransportKey *btcec.PrivateKey

	seed []byte // BIP-39 seed, for keys of older indices
}

// EncryptionKey is an X-Wing key pair with its 32-byte seed (the X-Wing
// private key encoding, identical in circl and Go's crypto/hpke).
type EncryptionKey struct {
	Index   uint32
	Private *xwing.PrivateKey
	Public  *xwing.PublicKey
	seed    [xwing.SeedSize]byte
}

// PublicBytes returns the 1216-byte X-Wing public key.
func (k *EncryptionKey) PublicBytes() []byte {
	out := make([]byte, xwing.PublicKeySize)
	k.Public.Pack(out)
	return out
}

// Seed returns a copy of the 32-byte X-Wing seed (the private key).
func (k *EncryptionKey) Seed() []byte { return slices.Clone(k.seed[:]) }

// FromMnemonic derives the identity of m at key index (empty BIP-39
// passphrase).
func FromMnemonic(m *Mnemonic, index uint32) (*Identity, error) {
	return FromSeed(m.Seed(""), index)
}

// FromSeed derives the identity of a 64-byte BIP-39 seed at key index.
func FromSeed(seed []byte, index uint32) (*Identity, error) {
	if len(seed) != SeedSize {
		return nil, fmt.Errorf("seed of %d bytes, want %d", len(seed), SeedSize)
	}
	acct, err := derivePath(seed, accountPath[:])
	if err != nil {
		return nil, fmt.Errorf("account key %s: %w", AccountPathString, err)
	}
	var keyBytes [32]byte
	acct.key.PutBytes(&keyBytes)
	accountKey, err := crypto.ToECDSA(keyBytes[:])
	if err != nil {
		return nil, fmt.Errorf("account key: %w", err)
	}
	id := &Identity{
		Index:      index,
		AccountKey: accountKey,
		Address:    crypto.PubkeyToAddress(accountKey.PublicKey),
		seed:       slices.Clone(seed),
	}
	id.EncryptionKey = deriveEncryptionKey(seed, index)
	id.SigningKey = ed25519.NewKeyFromSeed(hkdfKey(seed, SigningKeyLabel, index, ed25519.SeedSize))
	if id.TransportKey, err = deriveTransportKey(seed, index); err != nil {
		return nil, err
	}
	return id, nil
}

// Rotate returns the identity at the next key index: same account, new
// mail keys. The receiver is unchanged.
func (id *Identity) Rotate() (*Identity, error) {
	if id.Index == ^uint32(0) {
		return nil, fmt.Errorf("key index %d is the last one", id.Index)
	}
	return FromSeed(id.seed, id.Index+1)
}

// EncryptionKeyAt returns the X-Wing key of an index at or below the
// current one, to open mail sealed to an older bundle.
func (id *Identity) EncryptionKeyAt(index uint32) (*EncryptionKey, error) {
	if index > id.Index {
		return nil, fmt.Errorf("index %d above current %d: %w", index, id.Index, ErrKeyIndex)
	}
	if index == id.Index {
		return id.EncryptionKey, nil
	}
	return deriveEncryptionKey(id.seed, index), nil
}

// TransportKeyAt returns the relay transport key of an index at or below
// the current one, to read mail relays still route to an older bundle's
// transport key (its routing tag) after a rotation.
func (id *Identity) TransportKeyAt(index uint32) (*btcec.PrivateKey, error) {
	if index > id.Index {
		return nil, fmt.Errorf("index %d above current %d: %w", index, id.Index, ErrKeyIndex)
	}
	if index == id.Index {
		return id.TransportKey, nil
	}
	return deriveTransportKey(id.seed, index)
}

// DecryptionKeys returns the X-Wing keys of every index from the current
// one down to from (inclusive), newest first: what a client trial-opens
// envelopes with while mail to older bundles is in flight.
func (id *Identity) DecryptionKeys(from uint32) ([]*EncryptionKey, error) {
	if from > id.Index {
		return nil, fmt.Errorf("index %d above current %d: %w", from, id.Index, ErrKeyIndex)
	}
	out := make([]*EncryptionKey, 0, id.Index-from+1)
	for i := id.Index; ; i-- {
		k, err := id.EncryptionKeyAt(i)
		if err != nil {
			return nil, err
		}
		out = append(out, k)
		if i == from {
			return out, nil
		}
	}
}

// PublicKeys returns the public half of the identity, as a bundle
// carries it.
func (id *Identity) PublicKeys() PublicKeys {
	var pk PublicKeys
	pk.Account = id.Address
	pk.KeyIndex = id.Index
	id.EncryptionKey.Public.Pack(pk.EncryptionKey[:])
	copy(pk.SigningKey[:], id.SigningKey.Public().(ed25519.PublicKey))
	copy(pk.TransportKey[:], schnorr.SerializePubKey(id.TransportKey.PubKey()))
	return pk
}

// Fingerprint is PublicKeys().Fingerprint().
func (id *Identity) Fingerprint() Fingerprint { return id.PublicKeys().Fingerprint() }

// hkdfKey is HKDF-SHA256(ikm = seed, salt = HKDFSalt,
// info = label ‖ u32be(index), length).
func hkdfKey(seed []byte, label string, index uint32, length int) []byte {
	info := binary.BigEndian.AppendUint32([]byte(label), index)
	out, err := hkdf.Key(sha256.New, seed, []byte(HKDFSalt), string(info), length)
	if err != nil {
		// Only an impossible length or FIPS 140-only mode can fail here.
		panic("identity: hkdf: " + err.Error())
	}
	return out
}

func deriveEncryptionKey(seed []byte, index uint32) *EncryptionKey {
	k := &EncryptionKey{Index: index}
	copy(k.seed[:], hkdfKey(seed, EncryptionKeyLabel, index, xwing.SeedSize))
	k.Private, k.Public = xwing.DeriveKeyPair(k.seed[:])
	return k
}

// deriveTransportKey takes the first of transportBlocks 32-byte blocks of
// HKDF output that is a valid secp256k1 scalar (in [1, n-1]).
func deriveTransportKey(seed []byte, index uint32) (*btcec.PrivateKey, error) {
	k, ok := firstScalar(hkdfKey(seed, TransportKeyLabel, index, 32*transportBlocks))
	if !ok {
		return nil, fmt.Errorf("transport key at index %d: no valid scalar in %d blocks", index, transportBlocks)
	}
	return k, nil
}

// firstScalar returns the first 32-byte block of okm that, read big-endian,
// is in [1, n-1].
func firstScalar(okm []byte) (*btcec.PrivateKey, bool) {
	for ; len(okm) >= 32; okm = okm[32:] {
		var s btcec.ModNScalar
		if overflow := s.SetByteSlice(okm[:32]); overflow || s.IsZero() {
			continue
		}
		return btcec.PrivKeyFromScalar(&s), true
	}
	return nil, false
}
