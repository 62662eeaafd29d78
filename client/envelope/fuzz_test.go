package envelope

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// Every decoder is fuzzed: no input panics, and whatever parses marshals
// back to the input byte for byte (no two encodings of one value). Seeds
// come from the test vectors.

func vectorSeeds(f *testing.F) []*vector {
	files, err := filepath.Glob(filepath.Join(vectorDir, "*.json"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no vectors: %v", err)
	}
	var out []*vector
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		v := &vector{}
		if err := json.Unmarshal(b, v); err != nil {
			f.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

func FuzzParseEnvelope(f *testing.F) {
	for _, v := range vectorSeeds(f) {
		f.Add([]byte(v.Envelope))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := ParseEnvelope(b)
		h, herr := ParseHeader(b)
		if (err == nil) != (herr == nil) {
			t.Fatalf("ParseEnvelope %v, ParseHeader %v", err, herr)
		}
		if err != nil {
			return
		}
		if !bytes.Equal(e.Marshal(), b) {
			t.Fatal("envelope does not marshal back to its input")
		}
		if !bytes.Equal(h.Marshal(), b[:headerLen(len(h.MsgIDs))]) {
			t.Fatal("header does not marshal back to its input")
		}
	})
}

// innerSeeds are the encoded inner messages of the vectors' messages.
func innerSeeds(f *testing.F) [][]byte {
	var out [][]byte
	for _, v := range vectorSeeds(f) {
		if v.Seal == nil {
			continue
		}
		im := &innerMessage{Message: *v.Seal.Message.message()}
		copy(im.Signer[:], alice.edPub)
		out = append(out, im.marshal())
	}
	return out
}

func FuzzParseInnerMessage(f *testing.F) {
	for _, s := range innerSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		im, err := parseInnerMessage(b)
		if err != nil {
			return
		}
		if !bytes.Equal(im.marshal(), b) {
			t.Fatal("inner message does not marshal back to its input")
		}
	})
}

func FuzzParsePayload(f *testing.F) {
	for _, s := range innerSeeds(f) {
		codec, data := compress(s, nil)
		f.Add((&payload{Codec: codec, Data: data, Padding: 40}).marshal())
		f.Add((&payload{Codec: codecStored, Data: s}).marshal())
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := parsePayload(b)
		if err != nil {
			return
		}
		if !bytes.Equal(p.marshal(), b) {
			t.Fatal("payload does not marshal back to its input")
		}
		// Decompression of anything stays within its bounds.
		out, err := decompress(p.Codec, p.Data, nil)
		if err == nil && (len(out) > MaxMessageSize || (p.Codec == codecZstd && len(out) > MaxCompressionRatio*len(p.Data))) {
			t.Fatalf("decompressed %d bytes from %d", len(out), len(p.Data))
		}
	})
}

func FuzzParseWrapPlaintext(f *testing.F) {
	f.Add((&wrapPlaintext{Index: 3, K1: [32]byte{1}, Lock: [32]byte{2}}).marshal())
	f.Add((&wrapPlaintext{Flags: flagContact, Secret: [32]byte{9}}).marshal())
	f.Fuzz(func(t *testing.T, b []byte) {
		w, err := parseWrapPlaintext(b)
		if err != nil {
			return
		}
		if !bytes.Equal(w.marshal(), b) {
			t.Fatal("wrap plaintext does not marshal back to its input")
		}
	})
}

// FuzzOpen runs the reader's whole path on arbitrary bytes with bob's key:
// it must never panic.
func FuzzOpen(f *testing.F) {
	for _, v := range vectorSeeds(f) {
		f.Add([]byte(v.Envelope), []byte{})
	}
	f.Fuzz(func(t *testing.T, b []byte, secret []byte) {
		u, err := Unwrap(b, bob.xwPriv)
		if err != nil {
			return
		}
		var s [32]byte
		copy(s[:], secret)
		Open(b, u, s, bob.addr)
	})
}

func FuzzParseEventContent(f *testing.F) {
	for _, v := range vectorSeeds(f) {
		f.Add([]byte(EventContent(v.Envelope)))
	}
	f.Fuzz(func(t *testing.T, content []byte) {
		b, err := ParseEventContent(content)
		if err != nil {
			return
		}
		if EventContent(b) != string(content) {
			t.Fatal("event content does not encode back to its input")
		}
	})
}
