package identity

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/cloudflare/circl/kem/xwing"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Bundle format limits (SPEC §3).
const (
	BundleVersion      = 1
	MaxInboxRelays     = 8
	MaxRelayURLLength  = 255
	MaxNetworks        = 16
	MaxBundleLifetime  = 5 * 366 * 24 * time.Hour
	MaxClockSkew       = 10 * time.Minute
	SignatureSize      = 65
	minBundleSize      = 1 + 20 + 4 + EncryptionPublicKeySize + SigningPublicKeySize + TransportPublicKeySize + 1 + 1 + 8 + 8 + SignatureSize
	maxBundleSize      = minBundleSize + MaxInboxRelays*(1+MaxRelayURLLength) + MaxNetworks*32
	signatureVOffset   = 27
	maxLifetimeSeconds = uint64(MaxBundleLifetime / time.Second)
)

// PublicKeys are the public keys of one identity at one key index.
type PublicKeys struct {
	Account       common.Address
	KeyIndex      uint32
	EncryptionKey [EncryptionPublicKeySize]byte // X-Wing
	SigningKey    [SigningPublicKeySize]byte    // Ed25519
	TransportKey  [TransportPublicKeySize]byte  // BIP-340 x-only secp256k1
}

// Bundle is a signed statement by an account of its mail keys and where
// to reach it. The zero Signature means "not signed yet".
type Bundle struct {
	PublicKeys
	// InboxRelays are the relay URLs (wss://, or ws:// to a loopback host)
	// that hold the account's mail, in order of preference; canonical form
	// (see NormalizeRelayURL), no duplicates, at most MaxInboxRelays.
	InboxRelays []string
	// Networks are the ids of the b-mail networks the account accepts paid
	// mail on; no duplicates, none zero, at most MaxNetworks.
	Networks [][32]byte
	// Created and Expires are unix seconds; Created < Expires and the
	// lifetime is at most MaxBundleLifetime.
	Created uint64
	Expires uint64
	// Signature is the account's EIP-712 signature r ‖ s ‖ v, v ∈ {27, 28},
	// low s.
	Signature [SignatureSize]byte
}

// BundleParams are the parts of a bundle that are not keys.
type BundleParams struct {
	InboxRelays []string
	Networks    [][32]byte
	Created     time.Time
	Expires     time.Time
}

// NewBundle returns an unsigned bundle for keys, checked against the
// bundle rules. Times are truncated to whole seconds.
func NewBundle(keys PublicKeys, p BundleParams) (*Bundle, error) {
	if p.Created.Unix() < 0 || p.Expires.Unix() < 0 {
		return nil, fmt.Errorf("%w: time before 1970", ErrInvalidBundle)
	}
	b := &Bundle{
		PublicKeys:  keys,
		InboxRelays: append([]string(nil), p.InboxRelays...),
		Networks:    append([][32]byte(nil), p.Networks...),
		Created:     uint64(p.Created.Unix()),
		Expires:     uint64(p.Expires.Unix()),
	}
	if err := b.check(); err != nil {
		return nil, err
	}
	return b, nil
}

// NewSignedBundle builds the bundle of id's current keys and signs it with
// id's account key.
func (id *Identity) NewSignedBundle(p BundleParams) (*Bundle, error) {
	b, err := NewBundle(id.PublicKeys(), p)
	if err != nil {
		return nil, err
	}
	if err := b.Sign(id.AccountKey); err != nil {
		return nil, err
	}
	return b, nil
}

// CreatedTime and ExpiresTime return the bundle's times.
func (b *Bundle) CreatedTime() time.Time { return time.Unix(int64(b.Created), 0) }

// ExpiresTime returns the expiry as a time.Time.
func (b *Bundle) ExpiresTime() time.Time { return time.Unix(int64(b.Expires), 0) }

// Sign signs the bundle's Hash with key, which must be the account's key.
func (b *Bundle) Sign(key *ecdsa.PrivateKey) error {
	if crypto.PubkeyToAddress(key.PublicKey) != b.Account {
		return fmt.Errorf("signing key is not the key of account %s", b.Account)
	}
	if err := b.check(); err != nil {
		return err
	}
	h := b.Hash()
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return fmt.Errorf("signing bundle: %w", err)
	}
	sig[64] += signatureVOffset
	copy(b.Signature[:], sig)
	return nil
}

// Verify checks that the signature is well formed and recovers to the
// bundle's account. It does not look at the clock: see Validate.
func (b *Bundle) Verify() error {
	if err := checkSignature(&b.Signature); err != nil {
		return err
	}
	h := b.Hash()
	sig := b.Signature
	sig[64] -= signatureVOffset
	pub, err := crypto.SigToPub(h[:], sig[:])
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	if crypto.PubkeyToAddress(*pub) != b.Account {
		return ErrBadSignature
	}
	return nil
}

// Validate checks the bundle rules and its validity at now: Created at
// most MaxClockSkew in the future, Expires after now. It does not check
// the signature: see Verify.
func (b *Bundle) Validate(now time.Time) error {
	if err := b.check(); err != nil {
		return err
	}
	if b.CreatedTime().After(now.Add(MaxClockSkew)) {
		return fmt.Errorf("%w: created %s", ErrBundleNotYetValid, b.CreatedTime().UTC().Format(time.RFC3339))
	}
	if !now.Before(b.ExpiresTime()) {
		return fmt.Errorf("%w at %s", ErrBundleExpired, b.ExpiresTime().UTC().Format(time.RFC3339))
	}
	return nil
}

// check applies the time-independent rules to everything but the signature.
func (b *Bundle) check() error {
	if len(b.InboxRelays) > MaxInboxRelays {
		return fmt.Errorf("%w: %d inbox relays, at most %d", ErrInvalidBundle, len(b.InboxRelays), MaxInboxRelays)
	}
	seen := make(map[string]bool, len(b.InboxRelays))
	for i, r := range b.InboxRelays {
		if err := checkRelayURL(r); err != nil {
			return fmt.Errorf("%w: inbox relay %d: %w", ErrInvalidBundle, i+1, err)
		}
		if seen[r] {
			return fmt.Errorf("%w: inbox relay %q listed twice", ErrInvalidBundle, r)
		}
		seen[r] = true
	}
	if len(b.Networks) > MaxNetworks {
		return fmt.Errorf("%w: %d networks, at most %d", ErrInvalidBundle, len(b.Networks), MaxNetworks)
	}
	seenNet := make(map[[32]byte]bool, len(b.Networks))
	for _, n := range b.Networks {
		if n == ([32]byte{}) {
			return fmt.Errorf("%w: zero network id", ErrInvalidBundle)
		}
		if seenNet[n] {
			return fmt.Errorf("%w: network %x listed twice", ErrInvalidBundle, n)
		}
		seenNet[n] = true
	}
	if b.Created >= b.Expires {
		return fmt.Errorf("%w: expires (%d) not after created (%d)", ErrInvalidBundle, b.Expires, b.Created)
	}
	if b.Expires-b.Created > maxLifetimeSeconds {
		return fmt.Errorf("%w: lifetime %ds exceeds %ds", ErrInvalidBundle, b.Expires-b.Created, maxLifetimeSeconds)
	}
	if b.Expires > 1<<62 {
		return fmt.Errorf("%w: expiry %d out of range", ErrInvalidBundle, b.Expires)
	}
	return b.PublicKeys.check()
}

// check verifies that the public keys decode: the X-Wing key passes the
// ML-KEM encapsulation-key check and the transport key is an x coordinate
// on secp256k1.
func (pk *PublicKeys) check() error {
	var xpk xwing.PublicKey
	if err := xpk.Unpack(pk.EncryptionKey[:]); err != nil {
		return fmt.Errorf("%w: encryption key: %v", ErrInvalidBundle, err)
	}
	if _, err := schnorr.ParsePubKey(pk.TransportKey[:]); err != nil {
		return fmt.Errorf("%w: transport key: %v", ErrInvalidBundle, err)
	}
	return nil
}

var (
	secp256k1N     = crypto.S256().Params().N
	secp256k1HalfN = new(big.Int).Rsh(secp256k1N, 1)
)

// checkSignature accepts only r, s in [1, n-1], s ≤ n/2 and v ∈ {27, 28}:
// one encoding per signature.
func checkSignature(sig *[SignatureSize]byte) error {
	if *sig == ([SignatureSize]byte{}) {
		return ErrUnsigned
	}
	r := new(big.Int).SetBytes(sig[:32])
	s := new(big.Int).SetBytes(sig[32:64])
	switch {
	case r.Sign() == 0 || r.Cmp(secp256k1N) >= 0:
		return fmt.Errorf("%w: signature r out of range", ErrMalformedBundle)
	case s.Sign() == 0 || s.Cmp(secp256k1HalfN) > 0:
		return fmt.Errorf("%w: signature s out of range (high s is not canonical)", ErrMalformedBundle)
	case sig[64] != signatureVOffset && sig[64] != signatureVOffset+1:
		return fmt.Errorf("%w: signature v = %d, want 27 or 28", ErrMalformedBundle, sig[64])
	}
	return nil
}

// MarshalBinary returns the canonical encoding of a signed bundle
// (SPEC §3.2).
func (b *Bundle) MarshalBinary() ([]byte, error) {
	if err := b.check(); err != nil {
		return nil, err
	}
	if err := checkSignature(&b.Signature); err != nil {
		return nil, err
	}
	out := make([]byte, 0, minBundleSize+len(b.InboxRelays)*32+len(b.Networks)*32)
	out = append(out, BundleVersion)
	out = append(out, b.Account[:]...)
	out = binary.BigEndian.AppendUint32(out, b.KeyIndex)
	out = append(out, b.EncryptionKey[:]...)
	out = append(out, b.SigningKey[:]...)
	out = append(out, b.TransportKey[:]...)
	out = append(out, byte(len(b.InboxRelays)))
	for _, r := range b.InboxRelays {
		out = append(out, byte(len(r)))
		out = append(out, r...)
	}
	out = append(out, byte(len(b.Networks)))
	for _, n := range b.Networks {
		out = append(out, n[:]...)
	}
	out = binary.BigEndian.AppendUint64(out, b.Created)
	out = binary.BigEndian.AppendUint64(out, b.Expires)
	out = append(out, b.Signature[:]...)
	return out, nil
}

// ParseBundle decodes a bundle, accepting only the canonical encoding of a
// bundle that passes the format rules. It neither verifies the signature
// nor looks at the clock: call Verify and Validate.
func ParseBundle(data []byte) (*Bundle, error) {
	b := new(Bundle)
	if err := b.UnmarshalBinary(data); err != nil {
		return nil, err
	}
	return b, nil
}

// UnmarshalBinary is ParseBundle into b.
func (b *Bundle) UnmarshalBinary(data []byte) error {
	if len(data) > maxBundleSize {
		return fmt.Errorf("%w: %d bytes, at most %d", ErrMalformedBundle, len(data), maxBundleSize)
	}
	r := reader{buf: data}
	if v := r.byte(); r.err == nil && v != BundleVersion {
		return fmt.Errorf("%w: version %d", ErrBundleVersion, v)
	}
	var nb Bundle
	copy(nb.Account[:], r.bytes(20))
	nb.KeyIndex = r.uint32()
	copy(nb.EncryptionKey[:], r.bytes(EncryptionPublicKeySize))
	copy(nb.SigningKey[:], r.bytes(SigningPublicKeySize))
	copy(nb.TransportKey[:], r.bytes(TransportPublicKeySize))
	nRelays := int(r.byte())
	if nRelays > MaxInboxRelays {
		return fmt.Errorf("%w: %d inbox relays, at most %d", ErrMalformedBundle, nRelays, MaxInboxRelays)
	}
	for i := 0; i < nRelays && r.err == nil; i++ {
		l := int(r.byte())
		if l == 0 {
			return fmt.Errorf("%w: empty relay URL", ErrMalformedBundle)
		}
		nb.InboxRelays = append(nb.InboxRelays, string(r.bytes(l)))
	}
	nNets := int(r.byte())
	if nNets > MaxNetworks {
		return fmt.Errorf("%w: %d networks, at most %d", ErrMalformedBundle, nNets, MaxNetworks)
	}
	for i := 0; i < nNets && r.err == nil; i++ {
		var n [32]byte
		copy(n[:], r.bytes(32))
		nb.Networks = append(nb.Networks, n)
	}
	nb.Created = r.uint64()
	nb.Expires = r.uint64()
	copy(nb.Signature[:], r.bytes(SignatureSize))
	if r.err != nil {
		return fmt.Errorf("%w: truncated", ErrMalformedBundle)
	}
	if len(r.buf) != 0 {
		return fmt.Errorf("%w: %d trailing bytes", ErrMalformedBundle, len(r.buf))
	}
	if err := nb.check(); err != nil {
		return fmt.Errorf("%w: %w", ErrMalformedBundle, err)
	}
	if err := checkSignature(&nb.Signature); err != nil {
		if err == ErrUnsigned {
			return fmt.Errorf("%w: zero signature", ErrMalformedBundle)
		}
		return err
	}
	*b = nb
	return nil
}

// reader consumes a byte slice; after the first short read every call
// returns zeros and err is set.
type reader struct {
	buf []byte
	err error
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil || len(r.buf) < n {
		r.err = errShort
		return make([]byte, n)
	}
	out := r.buf[:n]
	r.buf = r.buf[n:]
	return out
}

func (r *reader) byte() byte     { return r.bytes(1)[0] }
func (r *reader) uint32() uint32 { return binary.BigEndian.Uint32(r.bytes(4)) }
func (r *reader) uint64() uint64 { return binary.BigEndian.Uint64(r.bytes(8)) }

var errShort = fmt.Errorf("short input")

// NormalizeRelayURL returns the canonical form of a relay URL, the only
// form a bundle accepts: scheme and host lowercased, a lone trailing "/"
// removed. It rejects URLs that are not wss:// (or ws:// to a loopback
// host: localhost, 127.0.0.0/8, [::1]), that carry user info, a query or a
// fragment, non-ASCII or control characters, or are longer than
// MaxRelayURLLength.
func NormalizeRelayURL(s string) (string, error) {
	if len(s) == 0 || len(s) > MaxRelayURLLength {
		return "", fmt.Errorf("relay URL of %d bytes, want 1 to %d", len(s), MaxRelayURLLength)
	}
	for i := 0; i < len(s); i++ {
		if s[i] <= 0x20 || s[i] >= 0x7f {
			return "", fmt.Errorf("relay URL %q: byte %d is not printable ASCII", s, i)
		}
	}
	u, err := url.Parse(s)
	if err != nil {
		return "", fmt.Errorf("relay URL %q: %v", s, err)
	}
	if u.Opaque != "" || u.User != nil || u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || strings.Contains(s, "#") {
		return "", fmt.Errorf("relay URL %q: only scheme, host, port and path are allowed", s)
	}
	host := strings.ToLower(u.Hostname())
	if host == "" {
		return "", fmt.Errorf("relay URL %q: no host", s)
	}
	switch u.Scheme {
	case "wss":
	case "ws":
		if !isLoopback(host) {
			return "", fmt.Errorf("relay URL %q: ws:// only for loopback hosts; use wss://", s)
		}
	default:
		return "", fmt.Errorf("relay URL %q: scheme must be wss:// (or ws:// for loopback)", s)
	}
	if p := u.Port(); p != "" || strings.HasSuffix(u.Host, ":") {
		n, err := strconv.ParseUint(p, 10, 16)
		if err != nil || n == 0 || strconv.FormatUint(n, 10) != p {
			return "", fmt.Errorf("relay URL %q: bad port %q", s, p)
		}
	}
	u.Host = strings.ToLower(u.Host)
	if u.Path == "/" && u.RawPath == "" {
		u.Path = ""
	}
	out := u.String()
	if len(out) > MaxRelayURLLength {
		return "", fmt.Errorf("relay URL %q: too long", s)
	}
	return out, nil
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// checkRelayURL accepts only a URL already in canonical form.
func checkRelayURL(s string) error {
	n, err := NormalizeRelayURL(s)
	if err != nil {
		return err
	}
	if n != s {
		return fmt.Errorf("relay URL %q is not canonical (want %q)", s, n)
	}
	return nil
}
