package relay

import (
	"encoding/base64"
	"strings"
	"testing"
)

// strictBase64 checks in place what the standard strict decoder (refusing
// line breaks, which it would skip) accepts.
func FuzzStrictBase64(f *testing.F) {
	for _, s := range []string{"", "QQ==", "QR==", "QUI=", "QUJ=", "QUJD", "QUJD\n", "Q===", "====", "QUJ", "QU=D", "-_-_", "QUJDRA=="} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, err := base64.StdEncoding.Strict().DecodeString(s)
		want := s != "" && err == nil && !strings.ContainsAny(s, "\r\n")
		if got := strictBase64(s); got != want {
			t.Fatalf("strictBase64(%q) = %v, the strict decoder says %v", s, got, want)
		}
	})
}
