package wire

import (
	"bytes"
	"strings"
	"testing"
)

// Every decoder: no panic, and when a frame decodes, its canonical
// encoding decodes to itself byte for byte; canonical inputs (the seeds)
// come back unchanged.

func seedEvent(f *testing.F) *Event {
	s, err := NewSigner([32]byte{1})
	if err != nil {
		f.Fatal(err)
	}
	e := &Event{CreatedAt: 1700000000, Kind: KindEnvelope, Tags: [][]string{{"p", strings.Repeat("ab", 32)}}, Content: "Zm9v\n\"é"}
	if err := s.Sign(e); err != nil {
		f.Fatal(err)
	}
	return e
}

func FuzzClientFrame(f *testing.F) {
	e := seedEvent(f)
	for _, s := range []string{
		string((&ClientFrame{Type: FrameEvent, Event: e}).Marshal(nil)),
		string((&ClientFrame{Type: FrameAuth, Event: e}).Marshal(nil)),
		`["REQ","s",{"kinds":[2525],"#p":["` + strings.Repeat("ab", 32) + `"],"bmail_after":3}]`,
		`["CLOSE","s"]`,
		`["COUNT","s",{}]`,
		`["ORDER",{"x":"y"}]`,
		string((&ClientFrame{Type: FrameOrder, Order: testOrder(f)}).Marshal(nil)),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		fr, err := ParseClientFrame(in, DefaultLimits)
		if err != nil {
			return
		}
		out := fr.Marshal(nil)
		fr2, err := ParseClientFrame(out, DefaultLimits)
		if err != nil {
			t.Fatalf("canonical form does not decode: %v\n%s", err, out)
		}
		if out2 := fr2.Marshal(nil); !bytes.Equal(out, out2) {
			t.Fatalf("not a fixed point:\n%s\n%s", out, out2)
		}
		if fr.Event != nil && fr.Event.ComputeID() != fr2.Event.ComputeID() {
			t.Fatal("re-encoding changed the event id")
		}
	})
}

func FuzzRelayFrame(f *testing.F) {
	e := seedEvent(f)
	for _, s := range []string{
		string(AppendEventFrame(nil, "s", e.Marshal(nil), 9)),
		string(AppendOK(nil, e.ID, false, "invalid: x")),
		string(AppendEOSE(nil, "s")),
		string(AppendClosed(nil, "s", "error: x")),
		string(AppendNotice(nil, "n")),
		string(AppendAuthChallenge(nil, "c")),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		fr, err := ParseRelayFrame(in, DefaultLimits)
		if err != nil {
			return
		}
		out := fr.Marshal(nil)
		fr2, err := ParseRelayFrame(out, DefaultLimits)
		if err != nil {
			t.Fatalf("canonical form does not decode: %v\n%s", err, out)
		}
		if out2 := fr2.Marshal(nil); !bytes.Equal(out, out2) {
			t.Fatalf("not a fixed point:\n%s\n%s", out, out2)
		}
	})
}

func FuzzEvent(f *testing.F) {
	f.Add(seedEvent(f).Marshal(nil))
	f.Fuzz(func(t *testing.T, in []byte) {
		e, err := ParseEvent(in, DefaultLimits)
		if err != nil {
			return
		}
		out := e.Marshal(nil)
		e2, err := ParseEvent(out, DefaultLimits)
		if err != nil {
			t.Fatalf("canonical form does not decode: %v", err)
		}
		if !bytes.Equal(out, e2.Marshal(nil)) {
			t.Fatal("not a fixed point")
		}
		if e.CheckID() && bytes.Equal(in, out) != true && e.ComputeID() != e2.ComputeID() {
			t.Fatal("id changed")
		}
		_ = e.Verify() // must not panic on any input
	})
}

// The canonical seeds come back byte for byte.
func TestCanonicalSeedsRoundTrip(t *testing.T) {
	e := &Event{CreatedAt: 3, Kind: 1, Tags: [][]string{{"a", "b"}}, Content: "x"}
	s, _ := NewSigner([32]byte{2})
	_ = s.Sign(e)
	in := e.Marshal(nil)
	got, err := ParseEvent(in, DefaultLimits)
	if err != nil || !bytes.Equal(got.Marshal(nil), in) {
		t.Fatalf("canonical event does not round trip: %v", err)
	}
}
