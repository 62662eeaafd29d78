package envelope

import (
	"bytes"
	"testing"
)

// Issue decoders are fuzzed like the envelope's: no input panics, and what
// parses marshals back to the input byte for byte. Seeds are the issue
// vectors.

func FuzzParseIssue(f *testing.F) {
	for _, v := range readIssueVectors(f) {
		f.Add([]byte(v.Issue))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		is, err := ParseIssue(b)
		if err != nil {
			return
		}
		if !bytes.Equal(is.Marshal(), b) {
			t.Fatal("issue does not marshal back to its input")
		}
		if !bytes.Equal(is.Header.Marshal(), b[:IssueHeaderSize]) {
			t.Fatal("issue header does not marshal back to its input")
		}
	})
}

// FuzzOpenIssue opens arbitrary bytes with the vectors' chain value: it
// must never panic, and what opens must be the vectors' own issues (the MAC
// and signature hold nothing else).
func FuzzOpenIssue(f *testing.F) {
	fx := newIssueFixture()
	valid := map[string]bool{}
	for _, v := range readIssueVectors(f) {
		f.Add([]byte(v.Issue))
		if v.Seal != nil {
			valid[string(v.Issue)] = true
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if _, err := OpenIssue(b, &fx.chain); err == nil && !valid[string(b)] {
			t.Fatalf("an issue no vector made opens (%d bytes)", len(b))
		}
	})
}
