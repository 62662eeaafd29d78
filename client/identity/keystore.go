package identity

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/binary"
	"fmt"
	"io"
	"os"

	"github.com/bmail-network/bmail/client/internal/atomicfile"
	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/chacha20poly1305"
)

// Keystore file layout, version 1 (SPEC §2). Every field has a fixed size,
// so the file is always KeystoreSize bytes.
const (
	KeystoreVersion = 1
	KeystoreSize    = ksChecksumOff + sha256.Size // 171

	ksSaltSize      = 16
	ksPlaintextSize = 1 + EntropySize24 // entropy length ‖ entropy, zero-padded
	ksCiphertextLen = ksPlaintextSize + chacha20poly1305.Overhead

	ksVersionOff  = len(KeystoreMagic)                       // 16
	ksTimeOff     = ksVersionOff + 1                         // 17
	ksMemoryOff   = ksTimeOff + 4                            // 21
	ksThreadsOff  = ksMemoryOff + 4                          // 25
	ksSaltOff     = ksThreadsOff + 1                         // 26
	ksAddressOff  = ksSaltOff + ksSaltSize                   // 42
	ksIndexOff    = ksAddressOff + 20                        // 62
	ksNonceOff    = ksIndexOff + 4                           // 66
	ksCipherOff   = ksNonceOff + chacha20poly1305.NonceSizeX // 90
	ksChecksumOff = ksCipherOff + ksCiphertextLen            // 139
)

// KDFParams are the Argon2id parameters of a keystore.
type KDFParams struct {
	Time      uint32 // passes over memory, 1..MaxKDFTime
	MemoryKiB uint32 // memory in KiB, 8·Threads..MaxKDFMemoryKiB
	Threads   uint8  // parallelism, 1..MaxKDFThreads
}

// Argon2id bounds a keystore may ask for. A file beyond them is treated as
// damaged rather than allowed to exhaust the machine.
const (
	MaxKDFTime      = 64
	MaxKDFMemoryKiB = 4 << 20 // 4 GiB
	MaxKDFThreads   = 64
)

// DefaultKDFParams is RFC 9106's second recommended Argon2id setting
// (t = 3, m = 64 MiB, p = 4); about 0.15 s to unlock on this project's
// 2-core machine (BenchmarkKeystoreUnlock).
var DefaultKDFParams = KDFParams{Time: 3, MemoryKiB: 64 << 10, Threads: 4}

func (p KDFParams) check() error {
	switch {
	case p.Time < 1 || p.Time > MaxKDFTime:
		return fmt.Errorf("argon2id time %d outside 1..%d", p.Time, MaxKDFTime)
	case p.Threads < 1 || p.Threads > MaxKDFThreads:
		return fmt.Errorf("argon2id threads %d outside 1..%d", p.Threads, MaxKDFThreads)
	case p.MemoryKiB < 8*uint32(p.Threads) || p.MemoryKiB > MaxKDFMemoryKiB:
		return fmt.Errorf("argon2id memory %d KiB outside %d..%d", p.MemoryKiB, 8*uint32(p.Threads), MaxKDFMemoryKiB)
	}
	return nil
}

// Keystore is a parsed keystore file: the mnemonic encrypted under a
// passphrase, plus the public account address and key index in the clear
// (authenticated as associated data), so that tools can show who the file
// belongs to without the passphrase.
type Keystore struct {
	Params     KDFParams
	Salt       [ksSaltSize]byte
	Address    common.Address
	KeyIndex   uint32
	Nonce      [chacha20poly1305.NonceSizeX]byte
	Ciphertext [ksCiphertextLen]byte
}

// NewKeystore encrypts m under passphrase, recording the key index and
// the account address of m.
func NewKeystore(m *Mnemonic, index uint32, passphrase []byte, params KDFParams) (*Keystore, error) {
	return sealKeystore(rand.Reader, m, index, passphrase, params)
}

// sealKeystore is NewKeystore with the salt and nonce read from rnd.
func sealKeystore(rnd io.Reader, m *Mnemonic, index uint32, passphrase []byte, params KDFParams) (*Keystore, error) {
	if err := params.check(); err != nil {
		return nil, err
	}
	id, err := FromMnemonic(m, index)
	if err != nil {
		return nil, err
	}
	ks := &Keystore{Params: params, Address: id.Address, KeyIndex: index}
	if _, err := io.ReadFull(rnd, ks.Salt[:]); err != nil {
		return nil, fmt.Errorf("reading salt: %w", err)
	}
	if _, err := io.ReadFull(rnd, ks.Nonce[:]); err != nil {
		return nil, fmt.Errorf("reading nonce: %w", err)
	}
	var plain [ksPlaintextSize]byte
	plain[0] = byte(len(m.entropy))
	copy(plain[1:], m.entropy)
	aead, err := chacha20poly1305.NewX(ks.key(passphrase))
	if err != nil {
		return nil, err
	}
	header := ks.marshal()
	aead.Seal(ks.Ciphertext[:0], ks.Nonce[:], plain[:], header[:ksCipherOff])
	return ks, nil
}

// key runs Argon2id over the passphrase.
func (ks *Keystore) key(passphrase []byte) []byte {
	return argon2.IDKey(passphrase, ks.Salt[:], ks.Params.Time, ks.Params.MemoryKiB, ks.Params.Threads, chacha20poly1305.KeySize)
}

// Decrypt returns the mnemonic, or ErrWrongPassphrase when the AEAD does
// not open (the file's checksum was already verified when it was parsed,
// so a failure means the passphrase is wrong).
func (ks *Keystore) Decrypt(passphrase []byte) (*Mnemonic, error) {
	if err := ks.Params.check(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrKeystoreDamaged, err)
	}
	aead, err := chacha20poly1305.NewX(ks.key(passphrase))
	if err != nil {
		return nil, err
	}
	header := ks.marshal()
	plain, err := aead.Open(nil, ks.Nonce[:], ks.Ciphertext[:], header[:ksCipherOff])
	if err != nil {
		return nil, ErrWrongPassphrase
	}
	n := int(plain[0])
	if (n != EntropySize12 && n != EntropySize24) ||
		subtle.ConstantTimeCompare(plain[1+n:], make([]byte, len(plain)-1-n)) != 1 {
		return nil, fmt.Errorf("%w: bad plaintext layout", ErrKeystoreDamaged)
	}
	return &Mnemonic{entropy: bytes.Clone(plain[1 : 1+n])}, nil
}

// Unlock decrypts the keystore and derives the identity at its key index,
// checking that it belongs to the recorded address.
func (ks *Keystore) Unlock(passphrase []byte) (*Identity, error) {
	m, err := ks.Decrypt(passphrase)
	if err != nil {
		return nil, err
	}
	id, err := FromMnemonic(m, ks.KeyIndex)
	if err != nil {
		return nil, err
	}
	if id.Address != ks.Address {
		return nil, fmt.Errorf("%w: mnemonic belongs to %s, header says %s", ErrKeystoreDamaged, id.Address, ks.Address)
	}
	return id, nil
}

// MarshalBinary returns the file bytes.
func (ks *Keystore) MarshalBinary() ([]byte, error) {
	if err := ks.Params.check(); err != nil {
		return nil, err
	}
	out := ks.marshal()
	return out[:], nil
}

func (ks *Keystore) marshal() [KeystoreSize]byte {
	var out [KeystoreSize]byte
	copy(out[:], KeystoreMagic)
	out[ksVersionOff] = KeystoreVersion
	binary.BigEndian.PutUint32(out[ksTimeOff:], ks.Params.Time)
	binary.BigEndian.PutUint32(out[ksMemoryOff:], ks.Params.MemoryKiB)
	out[ksThreadsOff] = ks.Params.Threads
	copy(out[ksSaltOff:], ks.Salt[:])
	copy(out[ksAddressOff:], ks.Address[:])
	binary.BigEndian.PutUint32(out[ksIndexOff:], ks.KeyIndex)
	copy(out[ksNonceOff:], ks.Nonce[:])
	copy(out[ksCipherOff:], ks.Ciphertext[:])
	sum := sha256.Sum256(out[:ksChecksumOff])
	copy(out[ksChecksumOff:], sum[:])
	return out
}

// ParseKeystore decodes a keystore file. Errors: ErrKeystoreVersion for a
// version it does not know, ErrKeystoreDamaged for anything else that is
// not an intact version-1 file.
func ParseKeystore(data []byte) (*Keystore, error) {
	ks := new(Keystore)
	if err := ks.UnmarshalBinary(data); err != nil {
		return nil, err
	}
	return ks, nil
}

// UnmarshalBinary is ParseKeystore into ks.
func (ks *Keystore) UnmarshalBinary(data []byte) error {
	if len(data) < ksVersionOff+1 || string(data[:ksVersionOff]) != KeystoreMagic {
		return fmt.Errorf("%w: not a b-mail keystore", ErrKeystoreDamaged)
	}
	if v := data[ksVersionOff]; v != KeystoreVersion {
		return fmt.Errorf("%w: version %d (this b-mail reads version %d)", ErrKeystoreVersion, v, KeystoreVersion)
	}
	if len(data) != KeystoreSize {
		return fmt.Errorf("%w: %d bytes, want %d", ErrKeystoreDamaged, len(data), KeystoreSize)
	}
	sum := sha256.Sum256(data[:ksChecksumOff])
	if !bytes.Equal(sum[:], data[ksChecksumOff:]) {
		return fmt.Errorf("%w: checksum mismatch", ErrKeystoreDamaged)
	}
	var n Keystore
	n.Params.Time = binary.BigEndian.Uint32(data[ksTimeOff:])
	n.Params.MemoryKiB = binary.BigEndian.Uint32(data[ksMemoryOff:])
	n.Params.Threads = data[ksThreadsOff]
	if err := n.Params.check(); err != nil {
		return fmt.Errorf("%w: %w", ErrKeystoreDamaged, err)
	}
	copy(n.Salt[:], data[ksSaltOff:])
	copy(n.Address[:], data[ksAddressOff:])
	n.KeyIndex = binary.BigEndian.Uint32(data[ksIndexOff:])
	copy(n.Nonce[:], data[ksNonceOff:])
	copy(n.Ciphertext[:], data[ksCipherOff:])
	*ks = n
	return nil
}

// SaveKeystore writes ks to path atomically with mode 0600.
func SaveKeystore(path string, ks *Keystore) error {
	data, err := ks.MarshalBinary()
	if err != nil {
		return err
	}
	return atomicfile.Write(path, data, 0o600)
}

// LoadKeystore reads and parses the keystore at path. A missing file gives
// an error matching fs.ErrNotExist.
func LoadKeystore(path string) (*Keystore, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// Read one byte past the size so an overlong file is noticed.
	data, err := io.ReadAll(io.LimitReader(f, int64(KeystoreSize)+1))
	if err != nil {
		return nil, fmt.Errorf("reading keystore: %w", err)
	}
	ks, err := ParseKeystore(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ks, nil
}
