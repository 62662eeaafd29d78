package identity

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"math/big"
	"testing"

	"github.com/btcsuite/btcd/btcec/v2"
	"golang.org/x/crypto/ripemd160" //nolint:staticcheck // BIP-32 fingerprints are RIPEMD-160.
)

// bip32Vectors are test vectors 1 and 2 of BIP-32 (bitcoin/bips
// bip-0032.mediawiki): each step's extended private key.
var bip32Vectors = []struct {
	seed  string
	steps []struct {
		child uint32
		xprv  string
	}
}{
	{
		seed: "000102030405060708090a0b0c0d0e0f",
		steps: []struct {
			child uint32
			xprv  string
		}{
			{0 | HardenedOffset, "xprv9uHRZZhk6KAJC1avXpDAp4MDc3sQKNxDiPvvkX8Br5ngLNv1TxvUxt4cV1rGL5hj6KCesnDYUhd7oWgT11eZG7XnxHrnYeSvkzY7d2bhkJ7"},
			{1, "xprv9wTYmMFdV23N2TdNG573QoEsfRrWKQgWeibmLntzniatZvR9BmLnvSxqu53Kw1UmYPxLgboyZQaXwTCg8MSY3H2EU4pWcQDnRnrVA1xe8fs"},
			{2 | HardenedOffset, "xprv9z4pot5VBttmtdRTWfWQmoH1taj2axGVzFqSb8C9xaxKymcFzXBDptWmT7FwuEzG3ryjH4ktypQSAewRiNMjANTtpgP4mLTj34bhnZX7UiM"},
			{2, "xprvA2JDeKCSNNZky6uBCviVfJSKyQ1mDYahRjijr5idH2WwLsEd4Hsb2Tyh8RfQMuPh7f7RtyzTtdrbdqqsunu5Mm3wDvUAKRHSC34sJ7in334"},
			{1000000000, "xprvA41z7zogVVwxVSgdKUHDy1SKmdb533PjDz7J6N6mV6uS3ze1ai8FHa8kmHScGpWmj4WggLyQjgPie1rFSruoUihUZREPSL39UNdE3BBDu76"},
		},
	},
	{
		seed: "fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542",
		steps: []struct {
			child uint32
			xprv  string
		}{
			{0, "xprv9vHkqa6EV4sPZHYqZznhT2NPtPCjKuDKGY38FBWLvgaDx45zo9WQRUT3dKYnjwih2yJD9mkrocEZXo1ex8G81dwSM1fwqWpWkeS3v86pgKt"},
			{2147483647 | HardenedOffset, "xprv9wSp6B7kry3Vj9m1zSnLvN3xH8RdsPP1Mh7fAaR7aRLcQMKTR2vidYEeEg2mUCTAwCd6vnxVrcjfy2kRgVsFawNzmjuHc2YmYRmagcEPdU9"},
			{1, "xprv9zFnWC6h2cLgpmSA46vutJzBcfJ8yaJGg8cX1e5StJh45BBciYTRXSd25UEPVuesF9yog62tGAQtHjXajPPdbRCHuWS6T8XA2ECKADdw4Ef"},
			{2147483646 | HardenedOffset, "xprvA1RpRA33e1JQ7ifknakTFpgNXPmW2YvmhqLQYMmrj4xJXXWYpDPS3xz7iAxn8L39njGVyuoseXzU6rcxFLJ8HFsTjSyQbLYnMpCqE2VbFWc"},
			{2, "xprvA2nrNbFZABcdryreWet9Ea4LvTJcGsqrMzxHx98MMrotbir7yrKCEXw7nadnHM8Dq38EGfSh6dqA9QWTyefMLEcBYJUuekgW4BYPJcr9E7j"},
		},
	},
}

func TestBIP32Vectors(t *testing.T) {
	for _, v := range bip32Vectors {
		seed, _ := hex.DecodeString(v.seed)
		x, err := masterKey(seed)
		if err != nil {
			t.Fatal(err)
		}
		for depth, step := range v.steps {
			parentFP := keyFingerprint(x)
			if x, err = x.child(step.child); err != nil {
				t.Fatal(err)
			}
			if got := serializeXprv(x, byte(depth+1), parentFP, step.child); got != step.xprv {
				t.Errorf("seed %s depth %d:\n got %s\nwant %s", v.seed[:8], depth+1, got, step.xprv)
			}
		}
	}
}

// TestBIP32InvalidChild drives splitKey with the out-of-range values
// BIP-32 declares invalid: I_L ≥ n, and k_i = 0.
func TestBIP32InvalidChild(t *testing.T) {
	n := btcec.S256().N
	I := make([]byte, 64)
	n.FillBytes(I[:32]) // I_L = n
	if _, err := splitKey(I, nil); !errors.Is(err, ErrInvalidChildKey) {
		t.Errorf("I_L = n: err = %v", err)
	}
	for i := range 32 {
		I[i] = 0xff // I_L = 2^256-1
	}
	if _, err := splitKey(I, nil); !errors.Is(err, ErrInvalidChildKey) {
		t.Errorf("I_L = 2^256-1: err = %v", err)
	}
	// I_L = n-1 plus parent 1 wraps to zero.
	new(big.Int).Sub(n, big.NewInt(1)).FillBytes(I[:32])
	var one btcec.ModNScalar
	one.SetInt(1)
	if _, err := splitKey(I, &one); !errors.Is(err, ErrInvalidChildKey) {
		t.Errorf("k_i = 0: err = %v", err)
	}
	clear(I[:32]) // master I_L = 0
	if _, err := splitKey(I, nil); !errors.Is(err, ErrInvalidChildKey) {
		t.Errorf("master I_L = 0: err = %v", err)
	}
	I[31] = 1
	if _, err := splitKey(I, nil); err != nil {
		t.Errorf("I_L = 1: err = %v", err)
	}
}

// keyFingerprint is the first four bytes of HASH160 of the compressed
// public key.
func keyFingerprint(x *extendedKey) [4]byte {
	pub := btcec.PrivKeyFromScalar(&x.key).PubKey().SerializeCompressed()
	s := sha256.Sum256(pub)
	r := ripemd160.New()
	r.Write(s[:])
	var fp [4]byte
	copy(fp[:], r.Sum(nil))
	return fp
}

// serializeXprv is BIP-32's mainnet extended private key serialization:
// base58check(version ‖ depth ‖ parent fingerprint ‖ child ‖ chain code ‖
// 0x00 ‖ key). Tests only: b-mail never exports extended keys.
func serializeXprv(x *extendedKey, depth byte, parentFP [4]byte, child uint32) string {
	b := []byte{0x04, 0x88, 0xad, 0xe4, depth}
	b = append(b, parentFP[:]...)
	b = binary.BigEndian.AppendUint32(b, child)
	b = append(b, x.chainCode[:]...)
	var k [32]byte
	x.key.PutBytes(&k)
	b = append(b, 0)
	b = append(b, k[:]...)
	h1 := sha256.Sum256(b)
	h2 := sha256.Sum256(h1[:])
	return base58(append(b, h2[:4]...))
}

func base58(b []byte) string {
	const alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
	n := new(big.Int).SetBytes(b)
	var out []byte
	mod := new(big.Int)
	for n.Sign() > 0 {
		n.DivMod(n, big.NewInt(58), mod)
		out = append(out, alphabet[mod.Int64()])
	}
	for _, c := range b {
		if c != 0 {
			break
		}
		out = append(out, '1')
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}
