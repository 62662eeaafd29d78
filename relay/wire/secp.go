package wire

import (
	"crypto/rand"
	"errors"
	"os"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcec/v2/schnorr"
)

// EnvSecpBackend selects the BIP-340 backend: "go" forces btcec; anything
// else (or unset) uses libsecp256k1 when it can be loaded.
const EnvSecpBackend = "BMAIL_SECP256K1"

// libsecpSoname is the shared library the fast path loads at run time
// (Debian: libsecp256k1-1, which includes the schnorrsig module).
const libsecpSoname = "libsecp256k1.so.1"

// backend is the BIP-340 implementation in use.
type backend interface {
	name() string
	verify(pub *[32]byte, msg *[32]byte, sig *[64]byte) bool
	newKey(sec *[32]byte) (signingKey, error)
}

type signingKey interface {
	pub() [32]byte
	sign(msg *[32]byte, aux *[32]byte) ([64]byte, error)
}

var active backend = chooseBackend()

func chooseBackend() backend {
	if os.Getenv(EnvSecpBackend) != "go" {
		if b := loadLibsecp(); b != nil {
			return b
		}
	}
	return goBackend{}
}

// Backend names the BIP-340 implementation in use: "libsecp256k1" or "btcec".
func Backend() string { return active.name() }

// VerifySignature checks a BIP-340 signature of a 32-byte message.
func VerifySignature(pub [32]byte, msg [32]byte, sig [64]byte) bool {
	return active.verify(&pub, &msg, &sig)
}

// ErrBadSecretKey is returned for a secret key that is zero or not below the
// curve order.
var ErrBadSecretKey = errors.New("invalid secp256k1 secret key")

// Signer signs events with one secret key (BIP-340, fresh auxiliary
// randomness per signature).
type Signer struct {
	key signingKey
	pk  [32]byte
}

// NewSigner makes a signer for a 32-byte secp256k1 secret key.
func NewSigner(secret [32]byte) (*Signer, error) {
	k, err := active.newKey(&secret)
	if err != nil {
		return nil, err
	}
	return &Signer{key: k, pk: k.pub()}, nil
}

// GenerateSigner makes a signer for a fresh random key (a one-time key).
func GenerateSigner() (*Signer, error) {
	for {
		var sec [32]byte
		if _, err := rand.Read(sec[:]); err != nil {
			return nil, err
		}
		s, err := NewSigner(sec)
		if errors.Is(err, ErrBadSecretKey) {
			continue
		}
		return s, err
	}
}

// PublicKey returns the x-only public key.
func (s *Signer) PublicKey() [32]byte { return s.pk }

// Sign sets the event's pubkey, id and signature.
func (s *Signer) Sign(e *Event) error {
	e.PubKey = s.pk
	e.ID = e.ComputeID()
	var aux [32]byte
	if _, err := rand.Read(aux[:]); err != nil {
		return err
	}
	sig, err := s.key.sign(&e.ID, &aux)
	if err != nil {
		return err
	}
	e.Sig = sig
	return nil
}

// goBackend is btcec's BIP-340: correct, pure Go, about 3× slower.
type goBackend struct{}

func (goBackend) name() string { return "btcec" }

func (goBackend) verify(pub *[32]byte, msg *[32]byte, sig *[64]byte) bool {
	pk, err := schnorr.ParsePubKey(pub[:])
	if err != nil {
		return false
	}
	s, err := schnorr.ParseSignature(sig[:])
	if err != nil {
		return false
	}
	return s.Verify(msg[:], pk)
}

type goKey struct {
	sk *btcec.PrivateKey
	pk [32]byte
}

func (goBackend) newKey(sec *[32]byte) (signingKey, error) {
	var s btcec.ModNScalar
	if overflow := s.SetByteSlice(sec[:]); overflow || s.IsZero() {
		return nil, ErrBadSecretKey
	}
	sk, _ := btcec.PrivKeyFromBytes(sec[:])
	k := &goKey{sk: sk}
	copy(k.pk[:], schnorr.SerializePubKey(sk.PubKey()))
	return k, nil
}

func (k *goKey) pub() [32]byte { return k.pk }

func (k *goKey) sign(msg *[32]byte, aux *[32]byte) ([64]byte, error) {
	var out [64]byte
	sig, err := schnorr.Sign(k.sk, msg[:], schnorr.CustomNonce(*aux))
	if err != nil {
		return out, err
	}
	copy(out[:], sig.Serialize())
	return out, nil
}
