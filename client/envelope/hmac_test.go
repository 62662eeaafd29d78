package envelope

import (
	"crypto/hmac"
	"crypto/sha256"
	"testing"
)

// TestHMACSHA256 checks hmacSHA256 against crypto/hmac for keys shorter
// than, equal to and longer than a block, and messages in parts up to the
// stack buffer; a longer message panics.
func TestHMACSHA256(t *testing.T) {
	r := detRand([]byte("hmac"))
	for _, kl := range []int{0, 1, 31, 32, 63, 64, 65, 100} {
		for _, ml := range []int{0, 1, 55, 56, 64, 95, hmacMaxMsg - 1, hmacMaxMsg} {
			key, msg := make([]byte, kl), make([]byte, ml)
			r.Read(key)
			r.Read(msg)
			mac := hmac.New(sha256.New, key)
			mac.Write(msg)
			want := mac.Sum(nil)
			cut := ml / 3
			for _, parts := range [][][]byte{{msg}, {msg[:cut], nil, msg[cut:]}} {
				if got := hmacSHA256(key, parts...); string(got[:]) != string(want) {
					t.Fatalf("key %d bytes, message %d bytes in %d parts: differs from crypto/hmac", kl, ml, len(parts))
				}
			}
		}
	}
	defer func() {
		if recover() == nil {
			t.Fatal("a message past hmacMaxMsg did not panic")
		}
	}()
	hmacSHA256(nil, make([]byte, hmacMaxMsg+1))
}
