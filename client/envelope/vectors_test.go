package envelope

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cloudflare/circl/kem/xwing"

	"github.com/bmail-network/bmail/internal/vectorfile"
)

// The test vectors in testdata/vectors/envelope are the reference for
// SPEC.md §4 and §5. TestVectors runs every file; TestVectorsUpToDate
// regenerates them and fails if a file differs. To rewrite them after an
// intended format change:
//
//	go test ./client/envelope -run TestVectorsUpToDate -update

var update = flag.Bool("update", false, "rewrite testdata/vectors/envelope from the generators")

const vectorDir = "../../testdata/vectors/envelope"

// vector is one test vector file.
type vector struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	// Seal, when present, holds Seal's inputs; sealing them with the
	// deterministic randomness SHAKE256(rand_seed) must give Envelope.
	Seal     *vSeal   `json:"seal,omitempty"`
	Envelope hexBytes `json:"envelope"`
	// HeaderError, when set, is the error ParseHeader (and so Unwrap) must
	// return; otherwise ParseHeader must give PricedSize and MsgIDs.
	HeaderError string     `json:"header_error,omitempty"`
	PricedSize  uint32     `json:"priced_size,omitempty"`
	MsgIDs      []hexBytes `json:"msg_ids,omitempty"`
	// Readers try Unwrap and then Open, each with its own expectation.
	Readers []vReader `json:"readers,omitempty"`
}

type vSeal struct {
	RandSeed   hexBytes     `json:"rand_seed"`
	SignerSeed hexBytes     `json:"signer_seed"`
	Message    vMessage     `json:"message"`
	Recipients []vRecipient `json:"recipients"`
	// Outputs besides the envelope, indexed like Recipients.
	Secrets   []hexBytes `json:"secrets"`
	Positions []int      `json:"positions"`
	MessageID hexBytes   `json:"message_id"`
}

type vRecipient struct {
	XWingSeed hexBytes `json:"xwing_seed"`
	// Secret all zero means Seal draws it.
	Secret  hexBytes `json:"secret"`
	Contact bool     `json:"contact"`
}

type vReader struct {
	XWingSeed hexBytes `json:"xwing_seed"`
	Address   hexBytes `json:"address"`
	// Secret passed to Open; all zero means none.
	Secret hexBytes `json:"secret"`
	// Expect is "ok" or the name of the error Unwrap or Open must return.
	Expect string `json:"expect"`
	// For "ok": the reader's wrap index, the signer and the message.
	Index   int       `json:"index"`
	Signer  hexBytes  `json:"signer,omitempty"`
	Message *vMessage `json:"message,omitempty"`
}

type vMessage struct {
	ID        hexBytes   `json:"id"`
	InReplyTo hexBytes   `json:"in_reply_to"`
	From      hexBytes   `json:"from"`
	To        []hexBytes `json:"to"`
	Cc        []hexBytes `json:"cc"`
	Bcc       []hexBytes `json:"bcc"`
	ReplyTo   []hexBytes `json:"reply_to"`
	Time      int64      `json:"time"`
	Subject   string     `json:"subject"`
	Body      string     `json:"body"`
}

type hexBytes = vectorfile.Hex

func addrs(in []Address) []hexBytes {
	out := []hexBytes{}
	for _, a := range in {
		out = append(out, hexBytes(a[:]))
	}
	return out
}

func unaddrs(in []hexBytes) []Address {
	var out []Address
	for _, a := range in {
		out = append(out, Address(a))
	}
	return out
}

func toVMessage(m *Message) vMessage {
	return vMessage{
		ID: m.ID[:], InReplyTo: m.InReplyTo[:], From: m.From[:],
		To: addrs(m.To), Cc: addrs(m.Cc), Bcc: addrs(m.Bcc), ReplyTo: addrs(m.ReplyTo),
		Time: m.Time.Unix(), Subject: m.Subject, Body: m.Body,
	}
}

func (v *vMessage) message() *Message {
	return &Message{
		ID: [32]byte(v.ID), InReplyTo: [32]byte(v.InReplyTo), From: Address(v.From),
		To: unaddrs(v.To), Cc: unaddrs(v.Cc), Bcc: unaddrs(v.Bcc), ReplyTo: unaddrs(v.ReplyTo),
		Time: time.Unix(v.Time, 0).UTC(), Subject: v.Subject, Body: v.Body,
	}
}

// vectorErrors names every error a vector may expect. An error matches a
// name when errors.Is holds for that sentinel and for no other, except the
// ones it is documented to wrap (parents).
var vectorErrors = map[string]error{
	"ErrMalformed":          ErrMalformed,
	"ErrTooLarge":           ErrTooLarge,
	"ErrUnsupportedVersion": ErrUnsupportedVersion,
	"ErrLowOrderPoint":      ErrLowOrderPoint,
	"ErrNotForMe":           ErrNotForMe,
	"ErrNotSignedRecipient": ErrNotSignedRecipient,
	"ErrMissingSecret":      ErrMissingSecret,
	"ErrWrongSecret":        ErrWrongSecret,
	"ErrTampered":           ErrTampered,
	"ErrBadSignature":       ErrBadSignature,
	"ErrDecompressionBomb":  ErrDecompressionBomb,
	"ErrInvalidMessage":     ErrInvalidMessage,
	"ErrInvalidRecipient":   ErrInvalidRecipient,
}

var errorParents = map[string][]string{"ErrLowOrderPoint": {"ErrMalformed"}}

// checkError fails unless err is exactly the named error.
func checkError(t *testing.T, err error, name string) {
	t.Helper()
	if _, ok := vectorErrors[name]; !ok {
		t.Fatalf("unknown error name %q", name)
	}
	want := append([]string{name}, errorParents[name]...)
	var got []string
	for n, e := range vectorErrors {
		if errors.Is(err, e) {
			got = append(got, n)
		}
	}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Fatalf("got error %v (matches %v), want %s", err, got, name)
	}
}

func forEachVector(t *testing.T, f func(t *testing.T, v *vector)) {
	files, err := filepath.Glob(filepath.Join(vectorDir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no test vectors found")
	}
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		v := &vector{}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(v); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		t.Run(v.Name, func(t *testing.T) { f(t, v) })
	}
}

func TestVectors(t *testing.T) {
	forEachVector(t, func(t *testing.T, v *vector) {
		if v.Seal != nil {
			checkVectorSeal(t, v)
		}
		h, err := ParseHeader(v.Envelope)
		if v.HeaderError != "" {
			checkError(t, err, v.HeaderError)
			for _, r := range v.Readers {
				priv, _ := xwing.DeriveKeyPair(r.XWingSeed)
				_, err := Unwrap(v.Envelope, priv)
				checkError(t, err, r.Expect)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if h.PricedSize != v.PricedSize || len(h.MsgIDs) != len(v.MsgIDs) {
			t.Fatalf("header: priced size %d, %d msgIds", h.PricedSize, len(h.MsgIDs))
		}
		for i := range h.MsgIDs {
			if !bytes.Equal(h.MsgIDs[i][:], v.MsgIDs[i]) {
				t.Fatalf("msgId %d differs", i)
			}
		}
		for i, r := range v.Readers {
			t.Run(strings.ToLower(r.Expect)+"-"+string(rune('0'+i)), func(t *testing.T) { checkVectorReader(t, v, &r) })
		}
	})
}

func checkVectorSeal(t *testing.T, v *vector) {
	in := v.Seal
	var rs []Recipient
	for _, r := range in.Recipients {
		_, pub := xwing.DeriveKeyPair(r.XWingSeed)
		rs = append(rs, Recipient{PublicKey: pub, Secret: [32]byte(r.Secret), Contact: r.Contact})
	}
	s, err := Seal(detRand(in.RandSeed), in.Message.message(), ed25519.NewKeyFromSeed(in.SignerSeed), rs)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(s.Bytes, v.Envelope) {
		t.Fatalf("Seal gives different bytes (%d, want %d)", len(s.Bytes), len(v.Envelope))
	}
	if s.MessageID != [32]byte(in.MessageID) || !slices.Equal(s.Positions, in.Positions) || s.PricedSize != v.PricedSize {
		t.Fatalf("Seal outputs differ: id %x positions %v size %d", s.MessageID, s.Positions, s.PricedSize)
	}
	for i := range s.Secrets {
		if !bytes.Equal(s.Secrets[i][:], in.Secrets[i]) {
			t.Fatalf("secret %d differs", i)
		}
		if !bytes.Equal(s.MsgIDs[i][:], v.MsgIDs[s.Positions[i]]) {
			t.Fatalf("msgId of recipient %d is not at its position", i)
		}
	}
}

func checkVectorReader(t *testing.T, v *vector, r *vReader) {
	priv, _ := xwing.DeriveKeyPair(r.XWingSeed)
	u, err := Unwrap(v.Envelope, priv)
	if err == nil {
		_, err = Open(v.Envelope, u, [32]byte(r.Secret), Address(r.Address))
		if err == nil && r.Expect == "ok" {
			o, _ := Open(v.Envelope, u, [32]byte(r.Secret), Address(r.Address))
			if o.Index != r.Index || !bytes.Equal(o.Signer, r.Signer) || !bytes.Equal(o.MsgID[:], v.MsgIDs[r.Index]) {
				t.Fatalf("opened index %d signer %x", o.Index, o.Signer)
			}
			if want := r.Message.message(); !reflect.DeepEqual(o.Message, want) {
				t.Fatalf("opened message\n got %+v\nwant %+v", o.Message, want)
			}
			return
		}
	}
	if r.Expect == "ok" {
		t.Fatalf("want ok, got %v", err)
	}
	checkError(t, err, r.Expect)
}

func TestVectorsUpToDate(t *testing.T) {
	want := map[string][]byte{}
	for _, v := range generateVectors(t) {
		b, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		want[v.Name+".json"] = append(b, '\n')
	}
	if *update {
		if err := os.MkdirAll(vectorDir, 0o755); err != nil {
			t.Fatal(err)
		}
		old, _ := filepath.Glob(filepath.Join(vectorDir, "*.json"))
		for _, f := range old {
			if want[filepath.Base(f)] == nil {
				os.Remove(f)
			}
		}
		for name, b := range want {
			if err := os.WriteFile(filepath.Join(vectorDir, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	files, _ := filepath.Glob(filepath.Join(vectorDir, "*.json"))
	if len(files) != len(want) {
		t.Errorf("%d vector files, generators make %d (run with -update)", len(files), len(want))
	}
	for name, b := range want {
		got, err := os.ReadFile(filepath.Join(vectorDir, name))
		if err != nil || !bytes.Equal(got, b) {
			t.Errorf("%s is not what the generator makes (run with -update): %v", name, err)
		}
	}
}

// --- generators ---

// readerSpec describes one reader of a generated vector.
type readerSpec struct {
	p *party
	// secretOf is the recipient whose release secret the reader passes;
	// -1 passes none, -2 passes a wrong one.
	secretOf int
	expect   string
	// recipient is the reader's recipient number, for "ok" readers.
	recipient int
}

var wrongSecret = [32]byte{0: 0x77, 31: 0x77}

func makeReaders(s *Sealed, signer *party, m *Message, specs []readerSpec) []vReader {
	var out []vReader
	for _, sp := range specs {
		r := vReader{XWingSeed: sp.p.xwSeed[:], Address: sp.p.addr[:], Secret: make([]byte, 32), Expect: sp.expect}
		switch {
		case sp.secretOf >= 0:
			r.Secret = s.Secrets[sp.secretOf][:]
		case sp.secretOf == -2:
			r.Secret = wrongSecret[:]
		}
		if sp.expect == "ok" {
			r.Index = s.Positions[sp.recipient]
			r.Signer = hexBytes(signer.edPub)
			vm := toVMessage(m)
			vm.ID = s.MessageID[:]
			r.Message = &vm
		}
		out = append(out, r)
	}
	return out
}

func headerVector(name, desc string, s *Sealed, env []byte) *vector {
	v := &vector{Name: name, Description: desc, Envelope: env, PricedSize: s.PricedSize}
	h, err := ParseHeader(env)
	if err != nil {
		panic(err)
	}
	for _, id := range h.MsgIDs {
		v.MsgIDs = append(v.MsgIDs, id[:])
	}
	return v
}

// sealVector seals with the public Seal and records its inputs.
func sealVector(t *testing.T, name, desc string, signer *party, m *Message, rs []*party, contact []bool, secrets [][32]byte, readers []readerSpec) (*vector, *Sealed) {
	seed := []byte("b-mail envelope vector " + name)
	in := &vSeal{RandSeed: seed, SignerSeed: signer.edSeed[:], Message: toVMessage(m)}
	var recipients []Recipient
	for i, p := range rs {
		r := Recipient{PublicKey: p.xwKey, Contact: contact[i]}
		if secrets != nil {
			r.Secret = secrets[i]
		}
		recipients = append(recipients, r)
		in.Recipients = append(in.Recipients, vRecipient{XWingSeed: p.xwSeed[:], Secret: slices.Clone(r.Secret[:]), Contact: r.Contact})
	}
	s := mustSeal(t, detRand(seed), m, signer, recipients...)
	for i := range s.Secrets {
		in.Secrets = append(in.Secrets, s.Secrets[i][:])
	}
	in.Positions = s.Positions
	in.MessageID = s.MessageID[:]
	v := headerVector(name, desc, s, s.Bytes)
	v.Seal = in
	v.Readers = makeReaders(s, signer, m, readers)
	return v, s
}

func shortMessage(from *party, to ...*party) *Message {
	m := testMessage(from, to...)
	m.Subject = "Lunch"
	m.Body = "Hi, lunch on Thursday at noon? The usual place."
	return m
}

func flipBit(b []byte, off int, bit uint) []byte {
	c := slices.Clone(b)
	c[off] ^= 1 << bit
	return c
}

// internalVector seals through the internal seal with a chosen payload, to
// build envelopes Seal never makes.
func internalVector(t *testing.T, name, desc string, codec uint8, data []byte, sign func(*[32]byte) []byte,
	sealWrap wrapSealer, mutate func([]byte), readers []readerSpec) *vector {
	rs := []Recipient{bob.recipient(false)}
	s, err := seal(detRand([]byte("b-mail envelope vector "+name)), rs, codec, data, sign, sealWrap, mutate)
	if err != nil {
		t.Fatal(err)
	}
	v := headerVector(name, desc, s, s.Bytes)
	v.Readers = makeReaders(s, alice, nil, readers)
	return v
}

func generateVectors(t *testing.T) []*vector {
	var out []*vector
	add := func(v *vector) { out = append(out, v) }

	// Positive vectors, made by Seal.
	paidMsg := shortMessage(alice, bob)
	paid, paidSealed := sealVector(t, "paid-one-recipient",
		"Paid mail from alice to bob: S stays out of the envelope. Bob opens with S; without S, with a wrong S, or with carol's key he cannot.",
		alice, paidMsg, []*party{bob}, []bool{false}, nil, []readerSpec{
			{p: bob, secretOf: 0, expect: "ok", recipient: 0},
			{p: bob, secretOf: -1, expect: "ErrMissingSecret"},
			{p: bob, secretOf: -2, expect: "ErrWrongSecret"},
			{p: carol, secretOf: 0, expect: "ErrNotForMe"},
		})
	add(paid)

	contactMsg := testMessage(alice, bob)
	contactMsg.ID = [32]byte{0: 0xc0, 31: 0x01}
	v, _ := sealVector(t, "contact-one-recipient",
		"Contact mail, a 4 KiB body compressed with zstd: S rides in the wrap, so bob opens without being given S, or with S given.",
		alice, contactMsg, []*party{bob}, []bool{true}, [][32]byte{{0: 0x5e, 31: 0xc7}}, []readerSpec{
			{p: bob, secretOf: -1, expect: "ok", recipient: 0},
			{p: bob, secretOf: 0, expect: "ok", recipient: 0},
			{p: bob, secretOf: -2, expect: "ErrWrongSecret"},
		})
	add(v)

	threadMsg := shortMessage(alice, bob)
	threadMsg.Cc = []Address{carol.addr}
	threadMsg.ReplyTo = []Address{alice.addr, dave.addr}
	threadMsg.InReplyTo = [32]byte{0: 0x1d, 31: 0x1d}
	threadMsg.Subject = "Re: Lunch — naïve café ☕"
	v, _ = sealVector(t, "three-recipients",
		"To bob (paid), Cc carol (contact), and alice's own copy (contact); wraps are shuffled. Dave is not addressed.",
		alice, threadMsg, []*party{bob, carol, alice}, []bool{false, true, true}, nil, []readerSpec{
			{p: bob, secretOf: 0, expect: "ok", recipient: 0},
			{p: carol, secretOf: -1, expect: "ok", recipient: 1},
			{p: alice, secretOf: -1, expect: "ok", recipient: 2},
			{p: bob, secretOf: 1, expect: "ErrWrongSecret"},
			{p: dave, secretOf: -1, expect: "ErrNotForMe"},
		})
	add(v)

	bccMsg := shortMessage(alice, bob)
	bccMsg.Bcc = []Address{dave.addr}
	v, _ = sealVector(t, "bcc-copy",
		"Dave's own envelope of a message to bob with dave in Bcc: dave is a signed recipient.",
		alice, bccMsg, []*party{dave}, []bool{false}, nil, []readerSpec{
			{p: dave, secretOf: 0, expect: "ok", recipient: 0},
		})
	add(v)

	v, _ = sealVector(t, "not-signed-recipient",
		"Sealed to eve's key but signed for bob only: eve can decrypt it but must not accept it.",
		alice, shortMessage(alice, bob), []*party{eve}, []bool{true}, nil, []readerSpec{
			{p: eve, secretOf: -1, expect: "ErrNotSignedRecipient"},
		})
	add(v)

	// Structural damage to the paid vector: ParseHeader must refuse it.
	env := paidSealed.Bytes
	headerBad := func(name, desc string, b []byte, want string) {
		add(&vector{Name: name, Description: desc, Envelope: b, HeaderError: want,
			Readers: makeReaders(paidSealed, alice, nil, []readerSpec{{p: bob, secretOf: 0, expect: want}})})
	}
	headerBad("truncated", "The paid vector without its last byte.", env[:len(env)-1], "ErrMalformed")
	headerBad("truncated-header", "The first 8 bytes of the paid vector, shorter than a header.", env[:8], "ErrMalformed")
	headerBad("extended", "The paid vector with one byte more: the body is no longer a bucket.", append(slices.Clone(env), 0), "ErrMalformed")
	headerBad("bad-magic", "Magic 'bmail' changed to 'bmaim'.", flipBit(env, 4, 1), "ErrMalformed")
	headerBad("version-2", "Version byte 2.", flipBit(flipBit(env, 5, 0), 5, 1), "ErrUnsupportedVersion")
	headerBad("type-2-newsletter", "Recipient type 2 (reserved for newsletter issues).", flipBit(flipBit(env, 6, 0), 6, 1), "ErrUnsupportedVersion")
	zero := slices.Clone(env)
	binary.BigEndian.PutUint16(zero[7:], 0)
	headerBad("zero-recipients", "Recipient count 0.", zero, "ErrMalformed")
	many := slices.Clone(env)
	binary.BigEndian.PutUint16(many[7:], MaxRecipients+1)
	headerBad("too-many-recipients", "Recipient count 101.", many, "ErrTooLarge")
	two := slices.Clone(env)
	binary.BigEndian.PutUint16(two[7:], 2)
	headerBad("count-mismatch", "Recipient count 2 on a one-recipient envelope: what remains for the body is not a bucket.", two, "ErrMalformed")

	// Damage the crypto notices.
	readersAll := func(expect string) []vReader {
		return makeReaders(paidSealed, alice, nil, []readerSpec{{p: bob, secretOf: 0, expect: expect}})
	}
	hl := headerLen(1)
	flipped := func(name, desc string, off int, expect string) {
		v := headerVector(name, desc, paidSealed, flipBit(env, off, 3))
		v.Readers = readersAll(expect)
		add(v)
	}
	flipped("msgid-flipped", "A bit of the msgId flipped: the wraps bind the header, so bob's wrap no longer opens.", 20, "ErrNotForMe")
	flipped("wrap-enc-flipped", "A bit of the X-Wing encapsulation flipped.", hl+100, "ErrNotForMe")
	flipped("wrap-ciphertext-flipped", "A bit of the wrap's HPKE ciphertext flipped.", hl+WrapSize-5, "ErrNotForMe")
	flipped("mac-flipped", "A bit of the header MAC flipped.", hl+WrapSize+3, "ErrTampered")
	flipped("body-flipped", "A bit of the body ciphertext flipped.", len(env)-100, "ErrTampered")

	// The low-order X25519 share (see TestLowOrderShareRejected).
	m := shortMessage(alice, bob)
	lo, err := sealMessage(detRand([]byte("b-mail envelope vector low-order-x25519")), m, alice.edPriv,
		[]Recipient{bob.recipient(true)}, lowOrderSealWrap(lowOrderX25519[2]))
	if err != nil {
		t.Fatal(err)
	}
	add(&vector{Name: "low-order-x25519",
		Description: "A wrap whose X25519 share is a point of order 8, otherwise valid: circl would open it, crypto/hpke refuses it; b-mail refuses the envelope.",
		Envelope:    lo.Bytes, HeaderError: "ErrLowOrderPoint",
		Readers: makeReaders(lo, alice, nil, []readerSpec{{p: bob, secretOf: -1, expect: "ErrLowOrderPoint"}})})

	// Bodies Seal never makes, sealed with the internal seal.
	im := &innerMessage{Message: *paidMsg}
	copy(im.Signer[:], alice.edPub)
	inner := im.marshal()
	signWith := func(p *party, inner []byte) func(*[32]byte) []byte {
		d := sha256.Sum256(inner)
		return func(b *[32]byte) []byte { return ed25519.Sign(p.edPriv, signedMessage(b, &d)) }
	}
	bobReader := func(expect string) []readerSpec { return []readerSpec{{p: bob, secretOf: 0, expect: expect}} }
	add(internalVector(t, "bad-signature", "The inner message names alice's key but carol signed it.",
		codecStored, inner, signWith(carol, inner), xwingSealWrap, nil, bobReader("ErrBadSignature")))
	add(internalVector(t, "signature-over-other-binding", "Alice's signature over a different envelope binding.",
		codecStored, inner, func(*[32]byte) []byte {
			var other [32]byte
			return signWith(alice, inner)(&other)
		}, xwingSealWrap, nil, bobReader("ErrBadSignature")))
	bomb := newZstdEncoder().EncodeAll(make([]byte, 1<<20), nil)
	add(internalVector(t, "decompression-bomb-size", "A zstd frame announcing 1 MiB, over MaxMessageSize.",
		codecZstd, bomb, signWith(alice, inner), xwingSealWrap, nil, bobReader("ErrDecompressionBomb")))
	ratio := newZstdEncoder().EncodeAll(bytes.Repeat(inner[:64], 1000), nil)
	add(internalVector(t, "decompression-bomb-ratio", "A zstd frame of 64,000 bytes compressed more than 64:1.",
		codecZstd, ratio, signWith(alice, inner), xwingSealWrap, nil, bobReader("ErrDecompressionBomb")))
	garbage := append([]byte{messageVersion}, bytes.Repeat([]byte{0xab}, 199)...)
	add(internalVector(t, "garbage-inner", "A stored inner message of version 1 followed by bytes that do not decode.",
		codecStored, garbage, signWith(alice, inner), xwingSealWrap, nil, bobReader("ErrMalformed")))
	v2 := slices.Clone(inner)
	v2[0] = 2
	add(internalVector(t, "inner-version-2", "Inner message version 2.",
		codecStored, v2, signWith(alice, v2), xwingSealWrap, nil, bobReader("ErrUnsupportedVersion")))
	add(internalVector(t, "unknown-codec", "Body codec 7.",
		codecStored, inner, signWith(alice, inner), xwingSealWrap, func(p []byte) { p[0] = 7 }, bobReader("ErrMalformed")))
	add(internalVector(t, "nonzero-padding", "A padding byte is not zero.",
		codecStored, inner, signWith(alice, inner), xwingSealWrap, func(p []byte) { p[len(p)-1] = 1 }, bobReader("ErrMalformed")))
	add(internalVector(t, "wrap-index-mismatch", "The only wrap says it is wrap 1.",
		codecStored, inner, signWith(alice, inner), func(r io.Reader, k *xwing.PublicKey, c *hpkeContext, pt []byte) ([]byte, error) {
			pt[3] = 1
			return xwingSealWrap(r, k, c, pt)
		}, nil, bobReader("ErrMalformed")))
	return out
}
