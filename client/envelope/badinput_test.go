package envelope

import (
	"bytes"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
)

// TestBadInput feeds truncated, bit-flipped, oversized and wrong-version
// envelopes and checks each gives its named error.
func TestBadInput(t *testing.T) {
	m := shortMessage(alice, bob, carol)
	s := mustSeal(t, detRand([]byte("bad input")), m, alice, bob.recipient(false), carol.recipient(true))
	env := s.Bytes
	bobAt := s.Positions[0]

	// try runs the reader's whole path and returns the first error.
	try := func(b []byte) error {
		if _, err := ParseHeader(b); err != nil {
			return err
		}
		u, err := Unwrap(b, bob.xwPriv)
		if err != nil {
			return err
		}
		_, err = Open(b, u, s.Secrets[0], bob.addr)
		return err
	}
	if err := try(env); err != nil {
		t.Fatal(err)
	}

	t.Run("truncated", func(t *testing.T) {
		for n := range len(env) {
			checkError(t, try(env[:n]), "ErrMalformed")
		}
	})

	t.Run("extended", func(t *testing.T) {
		checkError(t, try(append(slices.Clone(env), 0)), "ErrMalformed")
	})

	t.Run("bit-flipped", func(t *testing.T) {
		hl := headerLen(2)
		macAt := hl + 2*WrapSize
		for off := range env {
			bits := []uint{uint(off % 8)}
			if off < hl {
				bits = []uint{0, 1, 2, 3, 4, 5, 6, 7}
			}
			for _, bit := range bits {
				b := flipBit(env, off, bit)
				var want string
				switch {
				case off < 5:
					want = "ErrMalformed" // magic
				case off < 7:
					want = "ErrUnsupportedVersion" // version, type
				case off < 9:
					// The count: zero, or a length that leaves no bucket.
					n := int(b[7])<<8 | int(b[8])
					want = "ErrMalformed"
					if n > MaxRecipients {
						want = "ErrTooLarge"
					}
				case off < hl:
					want = "ErrNotForMe" // msgIds: every wrap binds the header
				case off < macAt:
					if (off-hl)/WrapSize != bobAt {
						// Another reader's wrap: bob still opens his, but the
						// MAC covers all wraps.
						want = "ErrTampered"
					} else {
						want = "ErrNotForMe"
					}
				default:
					want = "ErrTampered" // MAC, body
				}
				err := try(b)
				if !errorIs(err, want) {
					t.Fatalf("flip at %d bit %d: got %v, want %s", off, bit, err, want)
				}
			}
		}
	})

	t.Run("oversized", func(t *testing.T) {
		big := make([]byte, MaxEnvelopeSize+1)
		copy(big, env[:headerLen(2)])
		checkError(t, try(big), "ErrTooLarge")
	})

	t.Run("wrong-version", func(t *testing.T) {
		for _, v := range []byte{0, 2, 0xff} {
			b := slices.Clone(env)
			b[5] = v
			checkError(t, try(b), "ErrUnsupportedVersion")
		}
	})

	t.Run("other-envelope", func(t *testing.T) {
		other := mustSeal(t, nil, m, alice, bob.recipient(false), carol.recipient(true))
		u, err := Unwrap(other.Bytes, bob.xwPriv)
		if err != nil {
			t.Fatal(err)
		}
		_, err = Open(env, u, s.Secrets[0], bob.addr)
		checkError(t, err, "ErrTampered")
	})
}

func errorIs(err error, name string) bool { return errors.Is(err, vectorErrors[name]) }

func TestSealLimits(t *testing.T) {
	ok := func() *Message { return shortMessage(alice, bob) }
	r := []Recipient{bob.recipient(false)}
	cases := []struct {
		name string
		edit func(m *Message) (*Message, []Recipient, []byte)
		want string
	}{
		{"subject-too-long", func(m *Message) (*Message, []Recipient, []byte) {
			m.Subject = strings.Repeat("s", MaxSubjectLen+1)
			return m, r, nil
		}, "ErrTooLarge"},
		{"body-too-long", func(m *Message) (*Message, []Recipient, []byte) {
			m.Body = strings.Repeat("b", MaxBodyLen+1)
			return m, r, nil
		}, "ErrTooLarge"},
		{"too-many-addresses", func(m *Message) (*Message, []Recipient, []byte) {
			m.Cc = make([]Address, MaxAddresses)
			return m, r, nil
		}, "ErrTooLarge"},
		{"too-many-reply-to", func(m *Message) (*Message, []Recipient, []byte) {
			m.ReplyTo = make([]Address, MaxReplyTo+1)
			return m, r, nil
		}, "ErrTooLarge"},
		{"too-many-recipients", func(m *Message) (*Message, []Recipient, []byte) {
			return m, slices.Repeat(r, MaxRecipients+1), nil
		}, "ErrTooLarge"},
		{"no-recipients", func(m *Message) (*Message, []Recipient, []byte) { return m, nil, nil }, "ErrInvalidRecipient"},
		{"nil-public-key", func(m *Message) (*Message, []Recipient, []byte) {
			return m, []Recipient{{}}, nil
		}, "ErrInvalidRecipient"},
		{"bad-signer", func(m *Message) (*Message, []Recipient, []byte) { return m, r, []byte{1, 2, 3} }, "ErrInvalidRecipient"},
		{"no-address", func(m *Message) (*Message, []Recipient, []byte) {
			m.To = nil
			return m, r, nil
		}, "ErrInvalidMessage"},
		{"no-time", func(m *Message) (*Message, []Recipient, []byte) {
			m.Time = m.Time.AddDate(-3000, 0, 0)
			return m, r, nil
		}, "ErrInvalidMessage"},
		{"subject-not-utf8", func(m *Message) (*Message, []Recipient, []byte) {
			m.Subject = "\xff"
			return m, r, nil
		}, "ErrInvalidMessage"},
		{"body-not-utf8", func(m *Message) (*Message, []Recipient, []byte) {
			m.Body = "ok \xc3"
			return m, r, nil
		}, "ErrInvalidMessage"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, rs, signer := c.edit(ok())
			if signer == nil {
				signer = alice.edPriv
			}
			_, err := Seal(nil, m, signer, rs)
			checkError(t, err, c.want)
		})
	}
}

// TestLargestMessage seals a message with every field at its limit to the
// maximum number of recipients: it must seal, stay within MaxEnvelopeSize
// and open.
func TestLargestMessage(t *testing.T) {
	if testing.Short() {
		t.Skip("seals 100 wraps")
	}
	m := shortMessage(alice, bob)
	m.Subject = strings.Repeat("ü", MaxSubjectLen/2)
	// Text that zstd cannot shrink by much.
	var body strings.Builder
	r := detRand([]byte("incompressible"))
	buf := make([]byte, 1)
	for body.Len() < MaxBodyLen {
		r.Read(buf)
		body.WriteByte(' ' + buf[0]%95)
	}
	m.Body = body.String()
	m.To = make([]Address, MaxAddresses)
	m.To[0] = bob.addr
	m.ReplyTo = make([]Address, MaxReplyTo)
	rs := slices.Repeat([]Recipient{carol.recipient(false)}, MaxRecipients-1)
	rs = append(rs, bob.recipient(true))
	s := mustSeal(t, nil, m, alice, rs...)
	if len(s.Bytes) > MaxEnvelopeSize {
		t.Fatalf("%d bytes, over MaxEnvelopeSize %d", len(s.Bytes), MaxEnvelopeSize)
	}
	u, err := Unwrap(s.Bytes, bob.xwPriv)
	if err != nil {
		t.Fatal(err)
	}
	o, err := Open(s.Bytes, u, [32]byte{}, bob.addr)
	if err != nil {
		t.Fatal(err)
	}
	if o.Message.Body != m.Body {
		t.Fatal("body changed")
	}
	// And the limits are tight: the encoded message is MaxMessageSize.
	im := &innerMessage{Message: *m}
	im.ID = s.MessageID
	if n := len(im.marshal()); n != MaxMessageSize {
		t.Fatalf("largest inner message is %d bytes, MaxMessageSize %d", n, MaxMessageSize)
	}
	if MaxMessageSize+payloadOverhead > MaxBucket {
		t.Fatal("the largest message does not fit the largest bucket uncompressed")
	}
}

func TestParseMarshalRoundTrip(t *testing.T) {
	s := mustSeal(t, nil, testMessage(alice, bob), alice, bob.recipient(false), carol.recipient(false))
	e, err := ParseEnvelope(s.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(e.Marshal(), s.Bytes) {
		t.Fatal("Marshal does not give the parsed bytes back")
	}
	if !bytes.Equal(e.Header.Marshal(), s.Bytes[:headerLen(2)]) {
		t.Fatal("Header.Marshal differs")
	}
}

func TestBuckets(t *testing.T) {
	b := Buckets()
	if b[0] != MinBucket || b[len(b)-1] != MaxBucket || len(b) != 10 {
		t.Fatalf("buckets %v", b)
	}
	for _, s := range b {
		if !IsBucket(s) || IsBucket(s+1) || IsBucket(s-1) {
			t.Fatalf("IsBucket around %d", s)
		}
		if got, _ := bucketFor(int(s)); got != s {
			t.Fatalf("bucketFor(%d) = %d", s, got)
		}
		if got, ok := bucketFor(int(s) + 1); ok && got != 2*s {
			t.Fatalf("bucketFor(%d) = %d", s+1, got)
		}
	}
	if _, ok := bucketFor(MaxBucket + 1); ok {
		t.Fatal("bucket past MaxBucket")
	}
}

func TestParsePublicKey(t *testing.T) {
	k, err := ParsePublicKey(bob.xwPub)
	if err != nil {
		t.Fatal(err)
	}
	if raw, _ := k.MarshalBinary(); !bytes.Equal(raw, bob.xwPub) {
		t.Fatal("parsed key marshals differently")
	}
	_, err = ParsePublicKey(bob.xwPub[:100])
	checkError(t, err, "ErrInvalidRecipient")
	// An ML-KEM key whose coefficients are not reduced mod q fails the
	// FIPS 203 encapsulation key check.
	bad := slices.Clone(bob.xwPub)
	bad[0], bad[1] = 0xff, 0xff
	_, err = ParsePublicKey(bad)
	checkError(t, err, "ErrInvalidRecipient")
}

// TestSealRandomnessFails cuts the randomness at every point Seal reads it:
// Seal must fail cleanly, and must read exactly what SPEC.md §4.9 says.
func TestSealRandomnessFails(t *testing.T) {
	m := testMessage(alice, bob)
	rs := []Recipient{bob.recipient(false), carol.recipient(true)}
	// id 32, secrets 64, shuffle 2, B 32, two wraps of 32 + 64.
	const total = 32 + 64 + 2 + 32 + 2*(32+64)
	for n := range total {
		r := io.LimitReader(detRand([]byte("cut")), int64(n))
		if _, err := Seal(r, m, alice.edPriv, rs); !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
			t.Fatalf("randomness cut at %d: %v", n, err)
		}
	}
	if _, err := Seal(io.LimitReader(detRand([]byte("cut")), total), m, alice.edPriv, rs); err != nil {
		t.Fatalf("%d bytes of randomness should be enough: %v", total, err)
	}
}
