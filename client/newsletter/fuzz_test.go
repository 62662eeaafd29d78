package newsletter

import (
	"bytes"
	"testing"
)

// Every decoder is fuzzed: no input panics, and what parses marshals back
// to its input byte for byte. Seeds are the vectors.

func seeds(f *testing.F, kind string) {
	for _, v := range readVectors(f) {
		if v.Kind != kind {
			continue
		}
		if v.Text != "" {
			f.Add([]byte(v.Text))
		} else {
			f.Add([]byte(v.Bytes))
		}
	}
}

func FuzzParseDefinition(f *testing.F) {
	seeds(f, "definition")
	f.Fuzz(func(t *testing.T, b []byte) {
		if d, err := ParseDefinition(b); err == nil && !bytes.Equal(d.Marshal(), b) {
			t.Fatal("definition does not marshal back")
		}
	})
}

func FuzzParseRecord(f *testing.F) {
	seeds(f, "record")
	f.Fuzz(func(t *testing.T, b []byte) {
		if r, err := ParseRecord(b); err == nil && !bytes.Equal(r.Marshal(), b) {
			t.Fatal("record does not marshal back")
		}
	})
}

func FuzzParseSlice(f *testing.F) {
	seeds(f, "slice")
	f.Fuzz(func(t *testing.T, b []byte) {
		if s, err := ParseSlice(b); err == nil && !bytes.Equal(s.Marshal(), b) {
			t.Fatal("slice does not marshal back")
		}
	})
}

func FuzzParseBodies(f *testing.F) {
	seeds(f, "request")
	seeds(f, "welcome")
	f.Fuzz(func(t *testing.T, b []byte) {
		if q, err := ParseRequest(string(b)); err == nil && q.Marshal() != string(b) {
			t.Fatal("request does not marshal back")
		}
		if w, err := ParseWelcome(string(b)); err == nil && w.Marshal() != string(b) {
			t.Fatal("welcome does not marshal back")
		}
	})
}

func FuzzParseListRef(f *testing.F) {
	seeds(f, "list-string")
	f.Fuzz(func(t *testing.T, b []byte) {
		if l, err := ParseListRef(string(b)); err == nil && l.String() != string(b) {
			t.Fatal("list string does not format back")
		}
	})
}
