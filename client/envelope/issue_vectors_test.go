package envelope

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// The vectors in testdata/vectors/newsletter/issue are the reference for
// newsletter issues (recipient type 2, SPEC.md §10.4). TestIssueVectors
// runs every file; TestIssueVectorsUpToDate regenerates them (with
// -update) and fails if a file differs.

const issueVectorDir = "../../testdata/vectors/newsletter/issue"

// issueVector is one issue test vector file.
type issueVector struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	// Seal, when present, holds SealIssue's inputs; sealing them with
	// SHAKE256(rand_seed) must give Issue.
	Seal  *vIssueSeal `json:"seal,omitempty"`
	Issue hexBytes    `json:"issue"`
	// ParseError, when set, is the error ParseIssue (and OpenIssue) must
	// return; otherwise ParseIssue must give Header.
	ParseError string        `json:"parse_error,omitempty"`
	Header     *vIssueHeader `json:"header,omitempty"`
	Readers    []vIssueRead  `json:"readers,omitempty"`
}

type vIssueSeal struct {
	RandSeed   hexBytes `json:"rand_seed"`
	SignerSeed hexBytes `json:"signer_seed"`
	Message    vMessage `json:"message"`
	List       hexBytes `json:"list"`
	Epoch      uint32   `json:"epoch"`
	Index      uint32   `json:"index"`
	Chain      hexBytes `json:"chain"`
	// Outputs besides the issue.
	MessageID hexBytes `json:"message_id"`
	IssueKey  hexBytes `json:"issue_key"`
}

type vIssueHeader struct {
	List       hexBytes `json:"list"`
	Epoch      uint32   `json:"epoch"`
	Index      uint32   `json:"index"`
	Nonce      hexBytes `json:"nonce"`
	PricedSize uint32   `json:"priced_size"`
}

type vIssueRead struct {
	// Chain is the hash-chain value the reader opens with.
	Chain  hexBytes `json:"chain"`
	Expect string   `json:"expect"` // "ok" or an error name
	// For "ok": the signer and the message.
	Signer  hexBytes  `json:"signer,omitempty"`
	Message *vMessage `json:"message,omitempty"`
}

func readIssueVectors(t testing.TB) []*issueVector {
	files, err := filepath.Glob(filepath.Join(issueVectorDir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no issue vectors: %v", err)
	}
	var out []*issueVector
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		v := &issueVector{}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(v); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		out = append(out, v)
	}
	return out
}

func TestIssueVectors(t *testing.T) {
	for _, v := range readIssueVectors(t) {
		t.Run(v.Name, func(t *testing.T) {
			if s := v.Seal; s != nil {
				chain := [32]byte(s.Chain)
				sealed, err := SealIssue(detRand(s.RandSeed), s.Message.message(), ed25519.NewKeyFromSeed(s.SignerSeed),
					[32]byte(s.List), s.Epoch, s.Index, &chain)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(sealed.Bytes, v.Issue) {
					t.Fatalf("SealIssue gives different bytes (%d, want %d)", len(sealed.Bytes), len(v.Issue))
				}
				if sealed.MessageID != [32]byte(s.MessageID) {
					t.Fatalf("message id %x", sealed.MessageID)
				}
				if k := IssueKey(&chain, &sealed.Header.Nonce); !bytes.Equal(k[:], s.IssueKey) {
					t.Fatalf("issue key %x", k)
				}
			}
			is, err := ParseIssue(v.Issue)
			if v.ParseError != "" {
				checkError(t, err, v.ParseError)
				for _, r := range v.Readers {
					chain := [32]byte(r.Chain)
					_, err := OpenIssue(v.Issue, &chain)
					checkError(t, err, r.Expect)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			h := v.Header
			if is.Header.List != [32]byte(h.List) || is.Header.Epoch != h.Epoch || is.Header.Index != h.Index ||
				is.Header.Nonce != [32]byte(h.Nonce) || is.Header.PricedSize != h.PricedSize {
				t.Fatalf("header %+v", is.Header)
			}
			if !bytes.Equal(is.Marshal(), v.Issue) {
				t.Fatal("issue does not marshal back to its bytes")
			}
			for _, r := range v.Readers {
				chain := [32]byte(r.Chain)
				o, err := OpenIssue(v.Issue, &chain)
				if r.Expect != "ok" {
					checkError(t, err, r.Expect)
					continue
				}
				if err != nil {
					t.Fatalf("want ok, got %v", err)
				}
				if !bytes.Equal(o.Signer, r.Signer) {
					t.Fatalf("signer %x", o.Signer)
				}
				got, _ := json.Marshal(toVMessage(o.Message))
				want, _ := json.Marshal(r.Message)
				if !bytes.Equal(got, want) {
					t.Fatalf("message %s, want %s", got, want)
				}
				if o.Header != is.Header {
					t.Fatalf("opened header %+v", o.Header)
				}
			}
		})
	}
}

func TestIssueVectorsUpToDate(t *testing.T) {
	want := map[string][]byte{}
	for _, v := range generateIssueVectors(t) {
		b, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		want[v.Name+".json"] = append(b, '\n')
	}
	if *update {
		if err := os.MkdirAll(issueVectorDir, 0o755); err != nil {
			t.Fatal(err)
		}
		old, _ := filepath.Glob(filepath.Join(issueVectorDir, "*.json"))
		for _, f := range old {
			if want[filepath.Base(f)] == nil {
				os.Remove(f)
			}
		}
		for name, b := range want {
			if err := os.WriteFile(filepath.Join(issueVectorDir, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	files, _ := filepath.Glob(filepath.Join(issueVectorDir, "*.json"))
	if len(files) != len(want) {
		t.Errorf("%d issue vector files, generators make %d (run with -update)", len(files), len(want))
	}
	for name, b := range want {
		got, err := os.ReadFile(filepath.Join(issueVectorDir, name))
		if err != nil || !bytes.Equal(got, b) {
			t.Errorf("%s is not what the generator makes (run with -update): %v", name, err)
		}
	}
}

// --- generators ---

// issueFixture is what the generated vectors share: a list, a chain value,
// a publisher and an issue message.
type issueFixture struct {
	list, chain, next [32]byte
	publisher         *party
}

func newIssueFixture() *issueFixture {
	f := &issueFixture{publisher: alice}
	r := detRand([]byte("b-mail issue vectors"))
	r.Read(f.list[:])
	r.Read(f.chain[:])
	r.Read(f.next[:])
	return f
}

// issueMessage is an issue as a publisher writes it: To holds the
// publisher's own address.
func issueMessage(from *party, body string) *Message {
	m := shortMessage(from, from)
	m.Subject = "Issue 1: relays"
	m.Body = body
	return m
}

func (f *issueFixture) header(is *SealedIssue) *vIssueHeader {
	h := is.Header
	return &vIssueHeader{List: h.List[:], Epoch: h.Epoch, Index: h.Index, Nonce: h.Nonce[:], PricedSize: h.PricedSize}
}

func (f *issueFixture) seal(t *testing.T, name, desc string, m *Message, epoch, index uint32) (*issueVector, *SealedIssue) {
	seed := []byte("b-mail issue vector " + name)
	s, err := SealIssue(detRand(seed), m, f.publisher.edPriv, f.list, epoch, index, &f.chain)
	if err != nil {
		t.Fatal(err)
	}
	key := IssueKey(&f.chain, &s.Header.Nonce)
	ok := toVMessage(m)
	ok.ID = s.MessageID[:]
	return &issueVector{
		Name: name, Description: desc,
		Seal: &vIssueSeal{RandSeed: seed, SignerSeed: f.publisher.edSeed[:], Message: toVMessage(m),
			List: f.list[:], Epoch: epoch, Index: index, Chain: f.chain[:], MessageID: s.MessageID[:], IssueKey: key[:]},
		Issue:  s.Bytes,
		Header: f.header(s),
		Readers: []vIssueRead{
			{Chain: f.chain[:], Expect: "ok", Signer: hexBytes(f.publisher.edPub), Message: &ok},
			{Chain: f.next[:], Expect: "ErrTampered"},
		},
	}, s
}

// bad is a vector of changed issue bytes that still parse: every reader
// holding the right chain value gets expect.
func (f *issueFixture) bad(name, desc string, s *SealedIssue, b []byte, expect string) *issueVector {
	is, err := ParseIssue(b)
	if err != nil {
		panic(name + ": " + err.Error())
	}
	h := is.Header
	return &issueVector{Name: name, Description: desc, Issue: b,
		Header:  &vIssueHeader{List: h.List[:], Epoch: h.Epoch, Index: h.Index, Nonce: h.Nonce[:], PricedSize: h.PricedSize},
		Readers: []vIssueRead{{Chain: f.chain[:], Expect: expect}}}
}

func (f *issueFixture) unparsable(name, desc string, b []byte, expect string) *issueVector {
	return &issueVector{Name: name, Description: desc, Issue: b, ParseError: expect,
		Readers: []vIssueRead{{Chain: f.chain[:], Expect: expect}}}
}

func generateIssueVectors(t *testing.T) []*issueVector {
	f := newIssueFixture()
	var out []*issueVector
	first, s := f.seal(t, "issue-small", "A short issue (epoch 3, index 0); a reader with the next chain value cannot open it.",
		issueMessage(alice, "Relays now keep paid mail for 90 days."), 3, 0)
	out = append(out, first)
	large, _ := f.seal(t, "issue-4k", "A 4 KiB issue (compressed), epoch 0, index 41.", issueMessage(alice, proseText(4096)), 0, 41)
	out = append(out, large)

	b := s.Bytes
	flip := func(off int) []byte { return flipBit(b, off, 0) }
	out = append(out,
		f.bad("issue-list-flipped", "A bit of the list id flipped: the MAC (keyed from the issue key, over the header) fails.", s, flip(7), "ErrTampered"),
		f.bad("issue-epoch-flipped", "A bit of the epoch flipped.", s, flip(7+32+3), "ErrTampered"),
		f.bad("issue-index-flipped", "A bit of the index flipped: an issue cannot be replayed under another index.", s, flip(7+32+7), "ErrTampered"),
		f.bad("issue-nonce-flipped", "A bit of the nonce flipped: another issue key.", s, flip(7+40), "ErrTampered"),
		f.bad("issue-mac-flipped", "A bit of the MAC flipped.", s, flip(IssueHeaderSize), "ErrTampered"),
		f.bad("issue-body-flipped", "A bit of the body flipped.", s, flip(len(b)-1), "ErrTampered"),
	)

	// A signature over another binding: sealed with a signer whose
	// signature is for a different header.
	enc, err := encodeInner(detRand([]byte("bad signature")), issueMessage(alice, "forged"), alice.edPriv)
	if err != nil {
		t.Fatal(err)
	}
	sign := enc.sign
	enc.sign = func(binding *[32]byte) []byte {
		other := *binding
		other[0] ^= 1
		return sign(&other)
	}
	bad, err := sealIssue(detRand([]byte("bad signature nonce")), enc, f.list, 3, 1, &f.chain)
	enc.release()
	if err != nil {
		t.Fatal(err)
	}
	out = append(out, f.bad("issue-bad-signature", "The inner signature is over another binding.", bad, bad.Bytes, "ErrBadSignature"))

	withByte := func(off int, v byte) []byte {
		c := bytes.Clone(b)
		c[off] = v
		return c
	}
	out = append(out,
		f.unparsable("issue-truncated", "The issue without its last byte: the body is not a bucket.", b[:len(b)-1], "ErrMalformed"),
		f.unparsable("issue-header-only", "Only a header.", b[:IssueHeaderSize], "ErrMalformed"),
		f.unparsable("issue-short", "Shorter than magic, version and type.", b[:6], "ErrMalformed"),
		f.unparsable("issue-bad-magic", "The magic is not \"bmail\".", withByte(0, 'B'), "ErrMalformed"),
		f.unparsable("issue-version-2", "Envelope version 2.", withByte(5, 2), "ErrUnsupportedVersion"),
		f.unparsable("issue-type-1", "Recipient type 1 in an issue.", withByte(6, 1), "ErrUnsupportedVersion"),
		f.unparsable("issue-type-3", "Recipient type 3 (unassigned).", withByte(6, 3), "ErrUnsupportedVersion"),
		f.unparsable("issue-extra-byte", "A byte after the body.", append(bytes.Clone(b), 0), "ErrMalformed"),
	)
	return out
}
