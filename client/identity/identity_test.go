package identity

import (
	"bytes"
	"crypto/ed25519"
	"crypto/hpke"
	"errors"
	"math/big"
	"testing"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	circlhpke "github.com/cloudflare/circl/hpke"
	"github.com/cloudflare/circl/kem/xwing"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

const abandonAbout = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"

func mustIdentity(t testing.TB, phrase string, index uint32) *Identity {
	t.Helper()
	m, err := ParseMnemonic(phrase)
	if err != nil {
		t.Fatal(err)
	}
	id, err := FromMnemonic(m, index)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// TestBIP44EthereumAccount checks the published BIP-39/BIP-44 vector: the
// "abandon … about" phrase without passphrase opens account
// 0x9858EfFD232B4033E47d90003D41EC34EcaEda94 at m/44'/60'/0'/0/0 in every
// standard Ethereum wallet.
func TestBIP44EthereumAccount(t *testing.T) {
	id := mustIdentity(t, abandonAbout, 0)
	want := common.HexToAddress("0x9858EfFD232B4033E47d90003D41EC34EcaEda94")
	if id.Address != want {
		t.Fatalf("address %s, want %s", id.Address, want)
	}
	if got := crypto.PubkeyToAddress(id.AccountKey.PublicKey); got != want {
		t.Fatalf("account key address %s", got)
	}
	if id.Address.Hex() != "0x9858EfFD232B4033E47d90003D41EC34EcaEda94" {
		t.Fatalf("checksummed hex %s", id.Address.Hex())
	}
}

// TestXWingSeedStdlibInterop: the 32-byte X-Wing seed loaded into Go's
// crypto/hpke gives the same public key as circl, so envelopes sealed by
// either library reach the same key.
func TestXWingSeedStdlibInterop(t *testing.T) {
	for i := uint32(0); i < 3; i++ {
		id := mustIdentity(t, abandonAbout, i)
		sk, err := hpke.MLKEM768X25519().NewPrivateKey(id.EncryptionKey.Seed())
		if err != nil {
			t.Fatal(err)
		}
		std := sk.PublicKey().Bytes()
		if len(std) != xwing.PublicKeySize {
			t.Fatalf("stdlib public key of %d bytes", len(std))
		}
		if !bytes.Equal(std, id.EncryptionKey.PublicBytes()) {
			t.Fatalf("index %d: circl and crypto/hpke public keys differ", i)
		}
		seed, err := sk.Bytes()
		if err != nil || !bytes.Equal(seed, id.EncryptionKey.Seed()) {
			t.Fatalf("stdlib private key bytes differ from the seed (err %v)", err)
		}
		var packed [xwing.PrivateKeySize]byte
		id.EncryptionKey.Private.Pack(packed[:])
		if !bytes.Equal(packed[:], id.EncryptionKey.Seed()) {
			t.Fatal("circl private key does not pack to the seed")
		}
	}
}

// TestStdlibSealCirclOpen: a message Go's crypto/hpke seals to the
// derived public key opens with circl's HPKE and the derived circl
// private key, so the two libraries agree on the whole key pair.
func TestStdlibSealCirclOpen(t *testing.T) {
	id := mustIdentity(t, abandonAbout, 0)
	pk, err := hpke.MLKEM768X25519().NewPublicKey(id.EncryptionKey.PublicBytes())
	if err != nil {
		t.Fatal(err)
	}
	info := []byte("b-mail identity interop test")
	ct, err := hpke.Seal(pk, hpke.HKDFSHA256(), hpke.ChaCha20Poly1305(), info, []byte("hello"))
	if err != nil {
		t.Fatal(err)
	}
	suite := circlhpke.NewSuite(circlhpke.KEM_XWING, circlhpke.KDF_HKDF_SHA256, circlhpke.AEAD_ChaCha20Poly1305)
	rcv, err := suite.NewReceiver(id.EncryptionKey.Private, info)
	if err != nil {
		t.Fatal(err)
	}
	opener, err := rcv.Setup(ct[:xwing.CiphertextSize])
	if err != nil {
		t.Fatal(err)
	}
	pt, err := opener.Open(ct[xwing.CiphertextSize:], nil)
	if err != nil || string(pt) != "hello" {
		t.Fatalf("circl open: %q %v", pt, err)
	}
}

func TestKeysDependOnIndexAccountDoesNot(t *testing.T) {
	a := mustIdentity(t, abandonAbout, 0)
	b := mustIdentity(t, abandonAbout, 1)
	if a.Address != b.Address || !a.AccountKey.Equal(b.AccountKey) {
		t.Fatal("account changed with the key index")
	}
	if bytes.Equal(a.EncryptionKey.Seed(), b.EncryptionKey.Seed()) ||
		a.SigningKey.Equal(b.SigningKey) ||
		a.TransportKey.Key.Equals(&b.TransportKey.Key) {
		t.Fatal("a mail key did not change with the key index")
	}
	if a.Fingerprint() == b.Fingerprint() {
		t.Fatal("fingerprint did not change with the key index")
	}
	// The three mail keys are independent of each other too.
	if bytes.Equal(a.EncryptionKey.Seed(), a.SigningKey.Seed()) {
		t.Fatal("encryption and signing seeds are equal")
	}
}

func TestRotateKeepsOldDecryptionKeys(t *testing.T) {
	id := mustIdentity(t, abandonAbout, 0)
	for range 3 {
		next, err := id.Rotate()
		if err != nil {
			t.Fatal(err)
		}
		if next.Index != id.Index+1 || next.Address != id.Address {
			t.Fatalf("rotate: index %d address %s", next.Index, next.Address)
		}
		id = next
	}
	keys, err := id.DecryptionKeys(1)
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) != 3 {
		t.Fatalf("%d keys, want 3 (indices 3, 2, 1)", len(keys))
	}
	for i, k := range keys {
		wantIndex := uint32(3 - i)
		fresh := mustIdentity(t, abandonAbout, wantIndex)
		if k.Index != wantIndex || !bytes.Equal(k.PublicBytes(), fresh.EncryptionKey.PublicBytes()) {
			t.Fatalf("key %d: index %d does not match a fresh derivation at %d", i, k.Index, wantIndex)
		}
	}
	if _, err := id.EncryptionKeyAt(4); !errors.Is(err, ErrKeyIndex) {
		t.Fatalf("future index: err = %v", err)
	}
	if _, err := id.DecryptionKeys(4); !errors.Is(err, ErrKeyIndex) {
		t.Fatalf("future from: err = %v", err)
	}
	all, err := id.DecryptionKeys(0)
	if err != nil || len(all) != 4 || all[3].Index != 0 {
		t.Fatalf("DecryptionKeys(0): %d keys, %v", len(all), err)
	}
}

func TestTransportKeyBIP340(t *testing.T) {
	id := mustIdentity(t, abandonAbout, 0)
	pk := id.PublicKeys()
	pub, err := schnorr.ParsePubKey(pk.TransportKey[:])
	if err != nil {
		t.Fatal(err)
	}
	msg := crypto.Keccak256([]byte("auth challenge"))
	sig, err := schnorr.Sign(id.TransportKey, msg)
	if err != nil {
		t.Fatal(err)
	}
	if !sig.Verify(msg, pub) {
		t.Fatal("BIP-340 signature does not verify under the x-only key")
	}
}

func TestSigningKeyEd25519(t *testing.T) {
	id := mustIdentity(t, abandonAbout, 0)
	pk := id.PublicKeys()
	sig := ed25519.Sign(id.SigningKey, []byte("inner message"))
	if !ed25519.Verify(pk.SigningKey[:], []byte("inner message"), sig) {
		t.Fatal("Ed25519 signature does not verify under the published key")
	}
}

// TestFirstScalar covers the transport key's out-of-range retry: blocks
// equal to n or to zero are skipped.
func TestFirstScalar(t *testing.T) {
	okm := make([]byte, 32*transportBlocks)
	btcec.S256().N.FillBytes(okm[:32]) // n: out of range
	// block 1 zero: invalid
	new(big.Int).SetInt64(7).FillBytes(okm[64:96])
	k, ok := firstScalar(okm)
	if !ok {
		t.Fatal("no scalar found")
	}
	var want btcec.ModNScalar
	want.SetInt(7)
	if !k.Key.Equals(&want) {
		t.Fatal("did not pick the third block")
	}
	if _, ok := firstScalar(make([]byte, 32*transportBlocks)); ok {
		t.Fatal("all-zero output gave a scalar")
	}
}

func TestFromSeedRejectsBadLength(t *testing.T) {
	if _, err := FromSeed(make([]byte, 32), 0); err == nil {
		t.Fatal("32-byte seed accepted")
	}
}
