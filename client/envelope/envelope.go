package envelope

import (
	"crypto/ed25519"
	"crypto/hmac"
	cryptorand "crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"

	"github.com/cloudflare/circl/kem/xwing"
	"golang.org/x/crypto/chacha20poly1305"
	"golang.org/x/crypto/sha3"
)

// Recipient is one recipient of an envelope.
type Recipient struct {
	// PublicKey is the recipient's X-Wing encryption public key, from its
	// key bundle through ParsePublicKey.
	PublicKey *xwing.PublicKey
	// Secret is the release secret S_i. Zero means Seal draws a random one;
	// either way Sealed.Secrets reports it. A caller-supplied secret must be
	// uniformly random and used for one recipient of one envelope only: it
	// becomes public when the mail is paid.
	Secret [SecretSize]byte
	// Contact puts Secret inside the wrap, so the recipient reads without a
	// payment. Otherwise (paid mail) Secret stays out of the envelope and the
	// paying transaction publishes it.
	Contact bool
}

// Sealed is the result of Seal. Slices are indexed like Seal's recipients.
type Sealed struct {
	// Bytes is the envelope.
	Bytes []byte
	// MsgIDs[i] = keccak256(Secrets[i]), the commitment in the header.
	MsgIDs [][32]byte
	// Secrets[i] is recipient i's release secret S_i: what the payment for
	// recipient i reveals on chain.
	Secrets [][SecretSize]byte
	// Positions[i] is recipient i's wrap index in the envelope (wraps are
	// shuffled, so the index does not reveal the To, Cc, Bcc order).
	Positions []int
	// PricedSize is the body ciphertext length, the size the contract prices.
	PricedSize uint32
	// MessageID is the inner message's ID (chosen by Seal if it was zero).
	MessageID [32]byte
}

// Seal signs msg with the sender's mail-signing key, compresses, pads and
// encrypts it, and wraps the body key to each recipient. rand supplies all
// randomness (nil means crypto/rand); the order in which it is read is
// fixed (SPEC.md §4.9), so a deterministic reader gives a reproducible
// envelope. msg.Time is kept at second precision.
//
// The signer's public key is written into the message; readers must check
// that it belongs to msg.From (the sender's key bundle). Seal does not
// check that the recipients' keys belong to the listed addresses.
func Seal(rand io.Reader, msg *Message, signer ed25519.PrivateKey, recipients []Recipient) (*Sealed, error) {
	return sealMessage(rand, msg, signer, recipients, xwingSealWrap)
}

func sealMessage(rand io.Reader, msg *Message, signer ed25519.PrivateKey, recipients []Recipient, sealWrap wrapSealer) (*Sealed, error) {
	if rand == nil {
		rand = cryptorand.Reader
	}
	if len(signer) != ed25519.PrivateKeySize {
		return nil, fmt.Errorf("%w: Ed25519 private key of %d bytes", ErrInvalidRecipient, len(signer))
	}
	if err := msg.validate(); err != nil {
		return nil, err
	}
	if err := checkRecipients(recipients); err != nil {
		return nil, err
	}
	enc, err := encodeInner(rand, msg, signer)
	if err != nil {
		return nil, err
	}
	defer enc.release()
	s, err := seal(rand, recipients, enc.codec, enc.data, enc.sign, sealWrap, nil)
	if err != nil {
		return nil, err
	}
	s.MessageID = enc.id
	return s, nil
}

// encodedInner is an inner message encoded, compressed and ready to be
// signed over an envelope binding: what every envelope type seals.
type encodedInner struct {
	id      [32]byte
	codec   uint8
	data    []byte // compressed or stored; valid until release
	sign    func(binding *[32]byte) []byte
	release func()
}

// encodeInner writes the signer's key into msg, draws a message id if it
// has none (the first randomness read), encodes and compresses it. The
// encoded and compressed message are copied into the envelope, so they
// live in pooled scratch buffers until release.
func encodeInner(rand io.Reader, msg *Message, signer ed25519.PrivateKey) (*encodedInner, error) {
	im := &innerMessage{Message: *msg}
	copy(im.Signer[:], signer.Public().(ed25519.PublicKey))
	im.Time = im.Time.Truncate(0) // drop the monotonic reading
	if im.ID == ([32]byte{}) {
		if _, err := io.ReadFull(rand, im.ID[:]); err != nil {
			return nil, fmt.Errorf("envelope: reading randomness: %w", err)
		}
	}
	innerBuf, zBuf := getScratch(im.size()), getScratch(im.size()/2+64)
	inner := im.appendTo((*innerBuf)[:0])
	codec, data := compress(inner, *zBuf)
	digest := sha256.Sum256(inner)
	return &encodedInner{
		id: im.ID, codec: codec, data: data,
		sign: func(binding *[32]byte) []byte {
			return ed25519.Sign(signer, signedMessage(binding, &digest))
		},
		release: func() { putScratch(innerBuf); putScratch(zBuf) },
	}, nil
}

func checkRecipients(recipients []Recipient) error {
	switch {
	case len(recipients) == 0:
		return fmt.Errorf("%w: no recipients", ErrInvalidRecipient)
	case len(recipients) > MaxRecipients:
		return fmt.Errorf("%w: %d recipients, limit %d", ErrTooLarge, len(recipients), MaxRecipients)
	}
	for i, r := range recipients {
		if r.PublicKey == nil {
			return fmt.Errorf("%w: recipient %d has no public key", ErrInvalidRecipient, i)
		}
	}
	return nil
}

// seal builds an envelope around an encoded inner message, given as its
// codec and (possibly compressed) data. sign is called with the envelope
// binding. mutate, when not nil, edits the body plaintext before encryption
// (tests build bad envelopes with it).
func seal(rand io.Reader, recipients []Recipient, codec uint8, data []byte,
	sign func(binding *[32]byte) []byte, sealWrap wrapSealer, mutate func(plaintext []byte)) (*Sealed, error) {
	n := len(recipients)
	size, ok := bucketFor(len(data) + payloadOverhead)
	if !ok {
		return nil, fmt.Errorf("%w: message needs %d bytes, largest bucket %d", ErrTooLarge, len(data)+payloadOverhead, MaxBucket)
	}
	s := &Sealed{
		MsgIDs:     make([][32]byte, n),
		Secrets:    make([][SecretSize]byte, n),
		Positions:  make([]int, n),
		PricedSize: size,
	}
	for i, r := range recipients {
		s.Secrets[i] = r.Secret
		if r.Secret == ([SecretSize]byte{}) {
			if _, err := io.ReadFull(rand, s.Secrets[i][:]); err != nil {
				return nil, fmt.Errorf("envelope: reading randomness: %w", err)
			}
		}
		s.MsgIDs[i] = MsgIDOf(s.Secrets[i])
	}
	order, err := shuffle(rand, n) // order[position] = recipient
	if err != nil {
		return nil, err
	}
	for pos, i := range order {
		s.Positions[i] = pos
	}
	var bodyKey [32]byte
	if _, err := io.ReadFull(rand, bodyKey[:]); err != nil {
		return nil, fmt.Errorf("envelope: reading randomness: %w", err)
	}

	hl := headerLen(n)
	out := make([]byte, 0, hl+n*WrapSize+MACSize+int(size))
	h := Header{Version: Version, Type: TypeXWing, MsgIDs: make([][32]byte, n)}
	for pos, i := range order {
		h.MsgIDs[pos] = s.MsgIDs[i]
	}
	out = h.appendTo(out)
	headerHash := sha256.Sum256(out)
	hc := newHPKEContext(&headerHash)
	for pos, i := range order {
		w := wrapPlaintext{Index: uint16(pos)}
		if _, err := io.ReadFull(rand, w.K1[:]); err != nil {
			return nil, fmt.Errorf("envelope: reading randomness: %w", err)
		}
		if recipients[i].Contact {
			w.Flags = flagContact
			w.Secret = s.Secrets[i]
		}
		pad := lockPad(&w.K1, &s.Secrets[i], &headerHash, w.Index)
		xorInto(&w.Lock, &bodyKey, &pad)
		wrap, err := sealWrap(rand, recipients[i].PublicKey, hc, w.marshal())
		if err != nil {
			return nil, fmt.Errorf("envelope: sealing wrap for recipient %d: %w", i, err)
		}
		if len(wrap) != WrapSize {
			return nil, fmt.Errorf("envelope: wrap of %d bytes, want %d", len(wrap), WrapSize)
		}
		out = append(out, wrap...)
	}

	binding := bindingOf(out)
	macKey, aeadKey := payloadKeys(&bodyKey)
	out = headerMAC(&macKey, &binding, out)

	// The body plaintext is built in place and encrypted over itself.
	p := payload{Codec: codec, Data: data}
	copy(p.Signature[:], sign(&binding))
	p.Padding = int(size) - chacha20poly1305.Overhead - (1 + 4 + len(data) + ed25519.SignatureSize)
	bodyAt := len(out)
	out = p.appendTo(out)
	if mutate != nil {
		mutate(out[bodyAt:])
	}
	aead, err := chacha20poly1305.New(aeadKey[:])
	if err != nil {
		return nil, err
	}
	s.Bytes = aead.Seal(out[:bodyAt], zeroNonce[:], out[bodyAt:], nil)
	return s, nil
}

// shuffle returns a uniformly random permutation of 0..n-1 (Fisher-Yates,
// drawing each index from two bytes of rand by rejection sampling).
func shuffle(rand io.Reader, n int) ([]int, error) {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	var b [2]byte
	for i := n - 1; i > 0; i-- {
		k := uint32(i + 1)
		limit := 65536 - 65536%k
		for {
			if _, err := io.ReadFull(rand, b[:]); err != nil {
				return nil, fmt.Errorf("envelope: reading randomness: %w", err)
			}
			if v := uint32(binary.BigEndian.Uint16(b[:])); v < limit {
				j := int(v % k)
				order[i], order[j] = order[j], order[i]
				break
			}
		}
	}
	return order, nil
}

// Unwrapped is the result of trial-opening an envelope's wraps with one
// decryption key. It is tied to the envelope it came from.
type Unwrapped struct {
	// Index is the position of the reader's wrap and msgId.
	Index int
	// MsgID is the reader's commitment keccak256(S_i): the id a payment for
	// this reader will carry on chain.
	MsgID [32]byte
	// Contact reports whether the wrap carried the release secret (mail
	// from a contact); Secret holds it then.
	Contact bool
	Secret  [SecretSize]byte

	headerHash [32]byte
	k1, lock   [32]byte
}

// Unwrap trial-opens the envelope's wraps with the reader's X-Wing private
// key and returns the first that opens. It fails with ErrNotForMe when none
// does. The cost is one X-Wing decapsulation per wrap tried.
func Unwrap(b []byte, key *xwing.PrivateKey) (*Unwrapped, error) {
	if key == nil {
		return nil, fmt.Errorf("%w: nil decryption key", ErrInvalidRecipient)
	}
	return unwrap(b, xwingWrapOpener(key))
}

func unwrap(b []byte, open wrapOpener) (*Unwrapped, error) {
	e, err := ParseEnvelope(b)
	if err != nil {
		return nil, err
	}
	headerHash := sha256.Sum256(b[:headerLen(len(e.Wraps))])
	hc := newHPKEContext(&headerHash)
	for i, wrap := range e.Wraps {
		pt, ok := open(wrap, hc)
		if !ok {
			continue
		}
		w, err := parseWrapPlaintext(pt)
		if err != nil {
			return nil, fmt.Errorf("wrap %d: %w", i, err)
		}
		if int(w.Index) != i {
			return nil, fmt.Errorf("%w: wrap %d claims index %d", ErrMalformed, i, w.Index)
		}
		return &Unwrapped{
			Index:      i,
			MsgID:      e.Header.MsgIDs[i],
			Contact:    w.Flags&flagContact != 0,
			Secret:     w.Secret,
			headerHash: headerHash,
			k1:         w.K1,
			lock:       w.Lock,
		}, nil
	}
	return nil, ErrNotForMe
}

// Opened is a verified message and what the reader needs to act on it.
type Opened struct {
	// Message is the signed inner message.
	Message *Message
	// Signer is the Ed25519 key that signed it. The caller must check that
	// it belongs to Message.From (the sender's key bundle).
	Signer ed25519.PublicKey
	// Index, MsgID and Secret are the reader's: its wrap position, its
	// commitment and the release secret that opened the mail.
	Index  int
	MsgID  [32]byte
	Secret [SecretSize]byte
	// PricedSize is the priced size of the envelope.
	PricedSize uint32
}

// Open opens an envelope that Unwrap accepted. secret is the reader's
// release secret S_i (from the paying transaction); zero means "use the
// secret carried in the wrap" (contact mail) and fails with
// ErrMissingSecret when the wrap has none. me is the reader's account
// address; Open fails with ErrNotSignedRecipient unless me is the sender or
// in the signed To, Cc or Bcc lists.
//
// Checks run in this order: msgId = keccak256(secret), the header MAC
// (key commitment), the body AEAD, the padding and decompression bounds,
// the inner message encoding, the Ed25519 signature over the envelope
// binding, and the reader's address.
func Open(b []byte, u *Unwrapped, secret [SecretSize]byte, me Address) (*Opened, error) {
	if u == nil {
		return nil, fmt.Errorf("%w: nil Unwrapped", ErrNotForMe)
	}
	e, err := ParseEnvelope(b)
	if err != nil {
		return nil, err
	}
	n := len(e.Wraps)
	hl := headerLen(n)
	authed := b[:hl+n*WrapSize]
	if sha256.Sum256(b[:hl]) != u.headerHash || u.Index >= n {
		return nil, fmt.Errorf("%w: unwrapped from a different envelope", ErrTampered)
	}
	if secret == ([SecretSize]byte{}) {
		if !u.Contact {
			return nil, ErrMissingSecret
		}
		secret = u.Secret
	}
	if MsgIDOf(secret) != e.Header.MsgIDs[u.Index] {
		return nil, ErrWrongSecret
	}

	var bodyKey [32]byte
	pad := lockPad(&u.k1, &secret, &u.headerHash, uint16(u.Index))
	xorInto(&bodyKey, &u.lock, &pad)
	binding := bindingOf(authed)
	im, err := openBody(&bodyKey, &binding, &e.MAC, e.Body)
	if err != nil {
		return nil, err
	}
	if !im.IsSignedRecipient(me) {
		return nil, ErrNotSignedRecipient
	}
	return &Opened{
		Message:    &im.Message,
		Signer:     ed25519.PublicKey(im.Signer[:]),
		Index:      u.Index,
		MsgID:      e.Header.MsgIDs[u.Index],
		Secret:     secret,
		PricedSize: e.Header.PricedSize,
	}, nil
}

// openBody checks the header MAC keyed from the body key B, decrypts the
// body, bounds and decompresses the inner message, decodes it and verifies
// its signature over the envelope binding: §4.8 steps 5 to 9, the same for
// every envelope type.
func openBody(bodyKey, binding, mac *[32]byte, body []byte) (*innerMessage, error) {
	macKey, aeadKey := payloadKeys(bodyKey)
	if !hmac.Equal(headerMAC(&macKey, binding, nil), mac[:]) {
		return nil, fmt.Errorf("%w: header mac", ErrTampered)
	}
	aead, err := chacha20poly1305.New(aeadKey[:])
	if err != nil {
		return nil, err
	}
	ptBuf := getScratch(len(body))
	defer putScratch(ptBuf)
	pt, err := aead.Open((*ptBuf)[:0], zeroNonce[:], body, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: body", ErrTampered)
	}
	p, err := parsePayload(pt)
	if err != nil {
		return nil, err
	}
	innerBuf := getScratch(MinBucket * 16)
	defer putScratch(innerBuf)
	inner, err := decompress(p.Codec, p.Data, *innerBuf)
	if err != nil {
		return nil, err
	}
	im, err := parseInnerMessage(inner)
	if err != nil {
		return nil, err
	}
	digest := sha256.Sum256(inner)
	if !verifySignature(&im.Signer, signedMessage(binding, &digest), &p.Signature) {
		return nil, ErrBadSignature
	}
	return im, nil
}

// MsgIDOf returns the msgId commitment of a release secret:
// keccak256(secret), as the contract computes it.
func MsgIDOf(secret [SecretSize]byte) [32]byte {
	h := sha3.NewLegacyKeccak256()
	h.Write(secret[:])
	return [32]byte(h.Sum(nil))
}

var zeroNonce [chacha20poly1305.NonceSize]byte

// payloadKeys derives the header MAC key and the body key from the body
// key B, which is uniformly random and so serves as the HKDF
// pseudorandom key directly: HKDF-Expand(B, label, 32).
func payloadKeys(b *[32]byte) (macKey, bodyKey [32]byte) {
	return expandKey(b[:], []byte(labelHeaderMAC)), expandKey(b[:], []byte(labelBody))
}

// headerMAC appends HMAC-SHA256(macKey, binding) to out. The binding hashes
// header and wraps, so the MAC covers them; it is keyed from the body key,
// so it commits the envelope to one body key.
func headerMAC(macKey, binding *[32]byte, out []byte) []byte {
	mac := hmacSHA256(macKey[:], binding[:])
	return append(out, mac[:]...)
}

// bindingOf is SHA-256(labelBinding ‖ header ‖ wraps).
func bindingOf(headerAndWraps []byte) [32]byte {
	h := sha256.New()
	h.Write([]byte(labelBinding))
	h.Write(headerAndWraps)
	return [32]byte(h.Sum(nil))
}

// signedMessage is what the mail-signing key signs:
// labelSignature ‖ binding ‖ SHA-256(encoded inner message).
func signedMessage(binding, digest *[32]byte) []byte {
	m := make([]byte, 0, len(labelSignature)+64)
	m = append(m, labelSignature...)
	m = append(m, binding[:]...)
	return append(m, digest[:]...)
}
