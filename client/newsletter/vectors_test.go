package newsletter

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha3"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client/envelope"
	"github.com/bmail-network/bmail/internal/vectorfile"
)

// The vectors in testdata/vectors/newsletter/keys fix the key schedule and
// the record encodings of SPEC.md §10. TestVectors checks every file;
// go test ./client/newsletter -run TestVectorsUpToDate -update rewrites
// them.

var update = flag.Bool("update", false, "rewrite testdata/vectors/newsletter/keys from the generators")

const vectorDir = "../../testdata/vectors/newsletter/keys"

type hexBytes = vectorfile.Hex

// vector is one file. Kind says which fields are set.
type vector struct {
	Name        string `json:"name"`
	Kind        string `json:"kind"` // chain, wrap, definition, record, slice, request, welcome, list-string
	Description string `json:"description"`

	// chain: Chain is chain_0; Steps[i] is chain_{i+1}; Nonce and IssueKeys[i]
	// = envelope.IssueKey(chain_i, Nonce).
	Chain     hexBytes   `json:"chain,omitempty"`
	Steps     []hexBytes `json:"steps,omitempty"`
	Nonce     hexBytes   `json:"nonce,omitempty"`
	IssueKeys []hexBytes `json:"issue_keys,omitempty"`

	// wrap: SealWrap(SubKey, List, Epoch, Slot, Salt, Chain) = Wrap; each
	// reader opens it with its own values or fails (ErrNotMine).
	SubKey  hexBytes     `json:"sub_key,omitempty"`
	List    hexBytes     `json:"list,omitempty"`
	Epoch   uint32       `json:"epoch,omitempty"`
	Slot    uint32       `json:"slot,omitempty"`
	Salt    hexBytes     `json:"salt,omitempty"`
	Wrap    hexBytes     `json:"wrap,omitempty"`
	Readers []wrapReader `json:"readers,omitempty"`

	// encodings: Bytes (or Text for bodies and list strings) parse to
	// Fields (JSON of the parsed value) and marshal back; Error, when set,
	// is the error parsing must give instead. SignerSeed signs definitions.
	SignerSeed hexBytes        `json:"signer_seed,omitempty"`
	Bytes      hexBytes        `json:"bytes,omitempty"`
	Text       string          `json:"text,omitempty"`
	Fields     json.RawMessage `json:"fields,omitempty"`
	Error      string          `json:"error,omitempty"`
}

type wrapReader struct {
	SubKey hexBytes `json:"sub_key"`
	Epoch  uint32   `json:"epoch"`
	Slot   uint32   `json:"slot"`
	Salt   hexBytes `json:"salt"`
	Expect string   `json:"expect"` // "ok" or "ErrNotMine"
}

var vectorErrors = map[string]error{
	"ErrMalformed":          ErrMalformed,
	"ErrTooLarge":           ErrTooLarge,
	"ErrUnsupportedVersion": ErrUnsupportedVersion,
	"ErrNotMine":            ErrNotMine,
	"ErrListString":         ErrListString,
}

func checkErr(t *testing.T, err error, name string) {
	t.Helper()
	want, ok := vectorErrors[name]
	if !ok {
		t.Fatalf("unknown error name %q", name)
	}
	if !errors.Is(err, want) {
		t.Fatalf("got %v, want %s", err, name)
	}
}

func readVectors(t testing.TB) []*vector {
	files, err := filepath.Glob(filepath.Join(vectorDir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no vectors: %v", err)
	}
	var out []*vector
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		v := &vector{}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(v); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, v)
	}
	return out
}

// parsed returns the value an encoding vector's bytes or text parse to,
// and its marshalled form.
func parsed(v *vector) (any, []byte, error) {
	switch v.Kind {
	case "definition":
		d, err := ParseDefinition(v.Bytes)
		if err != nil {
			return nil, nil, err
		}
		return d, d.Marshal(), nil
	case "record":
		r, err := ParseRecord(v.Bytes)
		if err != nil {
			return nil, nil, err
		}
		return r, r.Marshal(), nil
	case "slice":
		s, err := ParseSlice(v.Bytes)
		if err != nil {
			return nil, nil, err
		}
		return s, s.Marshal(), nil
	case "request":
		q, err := ParseRequest(v.Text)
		if err != nil {
			return nil, nil, err
		}
		return q, []byte(q.Marshal()), nil
	case "welcome":
		w, err := ParseWelcome(v.Text)
		if err != nil {
			return nil, nil, err
		}
		return w, []byte(w.Marshal()), nil
	case "list-string":
		l, err := ParseListRef(v.Text)
		if err != nil {
			return nil, nil, err
		}
		return l, []byte(l.String()), nil
	}
	return nil, nil, errors.New("unknown kind " + v.Kind)
}

func TestVectors(t *testing.T) {
	for _, v := range readVectors(t) {
		t.Run(v.Name, func(t *testing.T) {
			switch v.Kind {
			case "chain":
				c := [32]byte(v.Chain)
				nonce := [32]byte(v.Nonce)
				for i, want := range v.Steps {
					if k := envelope.IssueKey(&c, &nonce); !bytes.Equal(k[:], v.IssueKeys[i]) {
						t.Fatalf("issue key %d", i)
					}
					c = NextChain(c)
					if !bytes.Equal(c[:], want) {
						t.Fatalf("chain_%d", i+1)
					}
					at, _ := ChainAt([32]byte(v.Chain), 0, uint32(i+1))
					if at != c {
						t.Fatalf("ChainAt(%d)", i+1)
					}
				}
			case "wrap":
				key, list, salt, c := [32]byte(v.SubKey), [32]byte(v.List), [32]byte(v.Salt), [32]byte(v.Chain)
				if w := SealWrap(nil, &key, &list, v.Epoch, v.Slot, &salt, &c); !bytes.Equal(w, v.Wrap) {
					t.Fatalf("wrap %x", w)
				}
				for _, r := range v.Readers {
					rk, rs := [32]byte(r.SubKey), [32]byte(r.Salt)
					got, err := OpenWrap(v.Wrap, &rk, &list, r.Epoch, r.Slot, &rs)
					if r.Expect == "ok" {
						if err != nil || got != c {
							t.Fatalf("reader: %v", err)
						}
						continue
					}
					checkErr(t, err, r.Expect)
				}
			default:
				val, back, err := parsed(v)
				if v.Error != "" {
					checkErr(t, err, v.Error)
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				in := []byte(v.Bytes)
				if v.Text != "" {
					in = []byte(v.Text)
				}
				if !bytes.Equal(back, in) {
					t.Fatal("does not marshal back to its input")
				}
				js, _ := json.Marshal(val)
				var a, b any
				json.Unmarshal(js, &a)
				json.Unmarshal(v.Fields, &b)
				ja, _ := json.Marshal(a)
				jb, _ := json.Marshal(b)
				if !bytes.Equal(ja, jb) {
					t.Fatalf("fields %s, want %s", ja, jb)
				}
				if d, ok := val.(*Definition); ok {
					if err := d.Verify(); err != nil {
						t.Fatal(err)
					}
					if v.SignerSeed != nil && !bytes.Equal(d.Signer[:], ed25519.NewKeyFromSeed(v.SignerSeed).Public().(ed25519.PublicKey)) {
						t.Fatal("signer differs from the seed's key")
					}
				}
			}
		})
	}
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
	vectorfile.Check(t, vectorDir, want, *update)
}

// --- generators ---

func detRand(label string) io.Reader {
	h := sha3.NewSHAKE256()
	h.Write([]byte("b-mail newsletter vectors " + label))
	return h
}

func draw(r io.Reader) [32]byte {
	var b [32]byte
	io.ReadFull(r, b[:])
	return b
}

func fieldsOf(v any) json.RawMessage {
	b, _ := json.Marshal(v)
	return b
}

func generateVectors(t *testing.T) []*vector {
	r := detRand("keys")
	var out []*vector

	c0, nonce := draw(r), draw(r)
	ch := &vector{Name: "chain", Kind: "chain", Description: "chain_{i+1} = HKDF-Expand(chain_i, \"b-mail/v1/list-next\", 32); issue key i = HKDF-Expand(chain_i, \"b-mail/v1/issue-key\" ‖ nonce, 32).",
		Chain: c0[:], Nonce: nonce[:]}
	c := c0
	for range 4 {
		k := envelope.IssueKey(&c, &nonce)
		ch.IssueKeys = append(ch.IssueKeys, k[:])
		c = NextChain(c)
		ch.Steps = append(ch.Steps, append([]byte(nil), c[:]...))
	}
	out = append(out, ch)

	key, list, salt, chain := draw(r), draw(r), draw(r), draw(r)
	other := draw(r)
	w := SealWrap(nil, &key, &list, 7, 3, &salt, &chain)
	out = append(out, &vector{Name: "wrap", Kind: "wrap",
		Description: "An epoch wrap for slot 3 of epoch 7; readers with another key, slot, epoch or salt get ErrNotMine.",
		SubKey:      key[:], List: list[:], Epoch: 7, Slot: 3, Salt: salt[:], Chain: chain[:], Wrap: w,
		Readers: []wrapReader{
			{SubKey: key[:], Epoch: 7, Slot: 3, Salt: salt[:], Expect: "ok"},
			{SubKey: other[:], Epoch: 7, Slot: 3, Salt: salt[:], Expect: "ErrNotMine"},
			{SubKey: key[:], Epoch: 7, Slot: 4, Salt: salt[:], Expect: "ErrNotMine"},
			{SubKey: key[:], Epoch: 8, Slot: 3, Salt: salt[:], Expect: "ErrNotMine"},
			{SubKey: key[:], Epoch: 7, Slot: 3, Salt: other[:], Expect: "ErrNotMine"},
		}})

	seed := draw(r)
	d := &Definition{List: list, Publisher: common.Address{0xaa, 0xbb}, Created: 1_800_000_000, Name: "Relay Weekly",
		Description: "News about b-mail relays.", Relays: []string{"wss://relay.example.org", "wss://relay-two.example.org"}}
	if err := d.Sign(ed25519.NewKeyFromSeed(seed[:])); err != nil {
		t.Fatal(err)
	}
	db := d.Marshal()
	out = append(out,
		&vector{Name: "definition", Kind: "definition", Description: "A signed list definition.", SignerSeed: seed[:], Bytes: db, Fields: fieldsOf(d)},
		&vector{Name: "definition-truncated", Kind: "definition", Description: "Without its last byte.", Bytes: db[:len(db)-1], Error: "ErrMalformed"},
		&vector{Name: "definition-version-2", Kind: "definition", Description: "Version 2.", Bytes: append([]byte{2}, db[1:]...), Error: "ErrUnsupportedVersion"},
	)
	nonCanon := append([]byte(nil), db...)
	nonCanon[len(nonCanon)-64-len("wss://relay-two.example.org")] = 'W' // an uppercase scheme is not canonical
	out = append(out, &vector{Name: "definition-relay-not-canonical", Kind: "definition", Description: "A relay URL not in canonical form.", Bytes: nonCanon, Error: "ErrMalformed"})

	ro := &Rotation{List: list, Epoch: 2, Salt: salt, Slots: 4001, PerSlice: MaxSliceWraps, Slices: [][32]byte{draw(r), draw(r)}}
	rb := (&Record{Type: RecordRotation, Rotation: ro}).Marshal()
	out = append(out,
		&vector{Name: "record-rotation", Kind: "record", Description: "A rotation notice: 4001 slots in two slices.", Bytes: rb, Fields: fieldsOf(&Record{Type: RecordRotation, Rotation: ro})},
		&vector{Name: "record-rotation-slices-mismatch", Kind: "record", Description: "Three slots per slice need 1,334 slices, not two.",
			Bytes: (&Record{Type: RecordRotation, Rotation: &Rotation{List: list, Epoch: 2, Salt: salt, Slots: 4001, PerSlice: 3, Slices: ro.Slices}}).Marshal(), Error: "ErrMalformed"},
		&vector{Name: "record-type-3", Kind: "record", Description: "An unknown record type.", Bytes: []byte{1, 3}, Error: "ErrUnsupportedVersion"},
		&vector{Name: "record-issue-not-an-issue", Kind: "record", Description: "An issue record whose envelope is not one.", Bytes: []byte{1, 1, 'b', 'm', 'a', 'i', 'l', 1, 1}, Error: "ErrMalformed"},
	)
	sl := &Slice{List: list, Epoch: 2, First: 4000, Wraps: append(append([]byte(nil), w...), w...)}
	sb := sl.Marshal()
	out = append(out,
		&vector{Name: "slice", Kind: "slice", Description: "A rotation slice of two wraps from slot 4000.", Bytes: sb, Fields: fieldsOf(sl)},
		&vector{Name: "slice-partial-wrap", Kind: "slice", Description: "Wraps that are not a multiple of 48 bytes.", Bytes: sb[:len(sb)-1], Error: "ErrMalformed"},
		&vector{Name: "slice-empty", Kind: "slice", Description: "No wraps.", Bytes: sb[:sliceHeaderSize], Error: "ErrMalformed"},
	)
	q := &Request{List: list, Reader: other}
	out = append(out, &vector{Name: "request", Kind: "request", Description: "A subscribe or unsubscribe body.", Text: q.Marshal(), Fields: fieldsOf(q)},
		&vector{Name: "request-padding-bits", Kind: "request", Description: "Non-canonical base64 padding bits.", Text: q.Marshal()[:len(q.Marshal())-2] + "B=", Error: "ErrMalformed"})
	wl := &Welcome{List: list, Request: 1_800_000_001, Slot: 3, Key: key, Epoch: 7, Index: 12, Chain: chain}
	out = append(out, &vector{Name: "welcome", Kind: "welcome", Description: "A welcome body.", Text: wl.Marshal(), Fields: fieldsOf(wl)},
		&vector{Name: "welcome-short", Kind: "welcome", Description: "A welcome without its chain value.", Text: func() string {
			b, _ := contentEncoding.DecodeString(wl.Marshal())
			return contentEncoding.EncodeToString(b[:welcomeSize-KeySize])
		}(), Error: "ErrMalformed"})
	lr := ListRef{List: list, Relays: d.Relays}
	out = append(out, &vector{Name: "list-string", Kind: "list-string", Description: "A list string with two relays.", Text: lr.String(), Fields: fieldsOf(lr)},
		&vector{Name: "list-string-uppercase", Kind: "list-string", Description: "An uppercase list id.", Text: "bmail-list:" + hex.EncodeToString(list[:4]) + "ABCD" + hex.EncodeToString(list[6:]), Error: "ErrListString"},
		&vector{Name: "list-string-duplicate-relay", Kind: "list-string", Description: "A relay named twice.", Text: lr.String() + ";relay=wss://relay.example.org", Error: "ErrListString"})
	return out
}
