package wire

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func signed(t testing.TB, kind int, tags [][]string, content string) *Event {
	t.Helper()
	s, err := GenerateSigner()
	if err != nil {
		t.Fatal(err)
	}
	e := &Event{CreatedAt: 1700000000, Kind: kind, Tags: tags, Content: content}
	if err := s.Sign(e); err != nil {
		t.Fatal(err)
	}
	return e
}

func TestEventRoundTripAndVerify(t *testing.T) {
	content := "line\nquote\" back\\ tab\t cr\r bs\b ff\f nul\x00 del\x7f é 🙂 </script>"
	e := signed(t, KindEnvelope, [][]string{{TagRecipient, strings.Repeat("ab", 32)}, {"x", "", "y"}}, content)
	if err := e.Verify(); err != nil {
		t.Fatal(err)
	}
	js := e.Marshal(nil)
	got, err := ParseEvent(js, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if err := got.Verify(); err != nil {
		t.Fatal(err)
	}
	if out := got.Marshal(nil); !bytes.Equal(out, js) {
		t.Fatalf("round trip changed bytes:\n%s\n%s", js, out)
	}
	// The NIP-01 escaping rules: seven named escapes, \u00XX for the other
	// control characters, everything else verbatim.
	want := `"line\nquote\" back\\ tab\t cr\r bs\b ff\f nul\u0000 del` + "\x7f é 🙂 </script>\""
	if !bytes.Contains(js, []byte(want)) {
		t.Fatalf("content not escaped per NIP-01: %s", js)
	}

	tampered := *got
	tampered.Content += "!"
	if err := tampered.Verify(); !errors.Is(err, ErrBadID) {
		t.Fatalf("tampered content: %v, want ErrBadID", err)
	}
	tampered = *got
	tampered.Sig[10] ^= 0x40
	if err := tampered.Verify(); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("tampered signature: %v, want ErrBadSignature", err)
	}
	tampered = *got
	tampered.ID[0] ^= 1
	if err := tampered.Verify(); !errors.Is(err, ErrBadID) {
		t.Fatalf("tampered id: %v, want ErrBadID", err)
	}
}

func TestEventIDIsSerialisationHash(t *testing.T) {
	e := &Event{CreatedAt: 1, Kind: 1, Tags: [][]string{{"e", "a"}}, Content: "hi"}
	got := string(e.Serialize(nil))
	want := `[0,"0000000000000000000000000000000000000000000000000000000000000000",1,1,[["e","a"]],"hi"]`
	if got != want {
		t.Fatalf("serialisation:\n got %s\nwant %s", got, want)
	}
}

// Escaped input decodes to the same event as its canonical form.
func TestEscapesDecode(t *testing.T) {
	e := signed(t, 1, [][]string{}, "é/\U0001F642")
	in := bytes.Replace(e.Marshal(nil), []byte(`"é/🙂"`), []byte(`"\u00e9\/\ud83d\ude42"`), 1)
	got, err := ParseEvent(in, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if got.Content != e.Content || got.Verify() != nil {
		t.Fatalf("escaped content decoded to %q", got.Content)
	}
}

func TestRejects(t *testing.T) {
	ev := string(signed(t, KindEnvelope, [][]string{}, "c").Marshal(nil))
	id := ev[7 : 7+64]
	cases := []struct {
		name, frame string
		err         error
	}{
		{"not json", `hello`, ErrMalformed},
		{"object", `{"EVENT":1}`, ErrMalformed},
		{"unknown type", `["PING"]`, ErrUnknownFrame},
		{"event missing field", strings.Replace(`["EVENT",`+ev+`]`, `"content":"c",`, ``, 1), ErrMalformed},
		{"duplicate field", strings.Replace(`["EVENT",`+ev+`]`, `"content":"c",`, `"content":"c","content":"d",`, 1), ErrMalformed},
		{"uppercase id", strings.Replace(`["EVENT",`+ev+`]`, id, strings.ToUpper(id), 1), ErrMalformed},
		{"short id", strings.Replace(`["EVENT",`+ev+`]`, id, id[:63], 1), ErrMalformed},
		{"float created_at", strings.Replace(`["EVENT",`+ev+`]`, `"created_at":1700000000`, `"created_at":1.7e9`, 1), ErrMalformed},
		{"negative kind", strings.Replace(`["EVENT",`+ev+`]`, `"kind":2525`, `"kind":-1`, 1), ErrMalformed},
		{"kind too big", strings.Replace(`["EVENT",`+ev+`]`, `"kind":2525`, `"kind":65536`, 1), ErrMalformed},
		{"lone surrogate", strings.Replace(`["EVENT",`+ev+`]`, `"content":"c"`, `"content":"\ud800"`, 1), ErrMalformed},
		{"invalid utf8", strings.Replace(`["EVENT",`+ev+`]`, `"content":"c"`, "\"content\":\"\xff\"", 1), ErrMalformed},
		{"raw control char", strings.Replace(`["EVENT",`+ev+`]`, `"content":"c"`, "\"content\":\"\x01\"", 1), ErrMalformed},
		{"tag not strings", strings.Replace(`["EVENT",`+ev+`]`, `"tags":[]`, `"tags":[[1]]`, 1), ErrMalformed},
		{"empty tag", strings.Replace(`["EVENT",`+ev+`]`, `"tags":[]`, `"tags":[[]]`, 1), ErrMalformed},
		{"too many tags", strings.Replace(`["EVENT",`+ev+`]`, `"tags":[]`, `"tags":[`+strings.Repeat(`["a"],`, 64)+`["a"]]`, 1), ErrTooMany},
		{"too many tag elems", strings.Replace(`["EVENT",`+ev+`]`, `"tags":[]`, `"tags":[[`+strings.Repeat(`"a",`, 8)+`"a"]]`, 1), ErrTooMany},
		{"too deep unknown field", strings.Replace(`["EVENT",`+ev+`]`, `"tags":[]`, `"tags":[],"x":[[[[[[[]]]]]]]`, 1), ErrTooDeep},
		{"trailing data", `["CLOSE","s"]x`, ErrMalformed},
		{"trailing comma", `["CLOSE","s",]`, ErrMalformed},
		{"long sub id", `["CLOSE","` + strings.Repeat("s", 65) + `"]`, ErrMalformed},
		{"empty sub id", `["CLOSE",""]`, ErrMalformed},
		{"req without filter", `["REQ","s"]`, ErrMalformed},
		{"filter short hex", `["REQ","s",{"#p":["abc"]}]`, ErrMalformed},
		{"filter uppercase hex", `["REQ","s",{"ids":["` + strings.ToUpper(id) + `"]}]`, ErrMalformed},
		{"filter unknown key", `["REQ","s",{"search":"x"}]`, ErrMalformed},
		{"filter duplicate key", `["REQ","s",{"kinds":[1],"kinds":[2]}]`, ErrMalformed},
		{"filter negative since", `["REQ","s",{"since":-5}]`, ErrMalformed},
		{"filter huge int", `["REQ","s",{"limit":99999999999999999999}]`, ErrMalformed},
		{"too many filters", `["REQ","s"` + strings.Repeat(`,{}`, 17) + `]`, ErrTooMany},
		{"auth with string", `["AUTH","challenge"]`, ErrMalformed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseClientFrame([]byte(c.frame), DefaultLimits)
			if err == nil || !errors.Is(err, c.err) || !errors.Is(err, ErrMalformed) {
				t.Fatalf("got %v, want %v", err, c.err)
			}
		})
	}
	big := []byte(`["NOTICE","` + strings.Repeat("x", DefaultLimits.MaxMessageBytes) + `"]`)
	if _, err := ParseRelayFrame(big, DefaultLimits); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("oversized frame: %v", err)
	}
}

func TestFilterRoundTripAndMatch(t *testing.T) {
	p := strings.Repeat("ab", 32)
	in := `{"ids":[],"kinds":[2525,12525],"#w":["` + p + `"],"#p":["` + p + `"],"since":5,"until":10,"limit":3,"bmail_after":7}`
	f, err := ParseFilter([]byte(in), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"ids":[],"kinds":[2525,12525],"#p":["` + p + `"],"#w":["` + p + `"],"since":5,"until":10,"limit":3,"bmail_after":7}`
	if got := string(f.Marshal(nil)); got != want {
		t.Fatalf("canonical filter:\n got %s\nwant %s", got, want)
	}
	e := &Event{Kind: KindEnvelope, CreatedAt: 6, Tags: [][]string{{"p", p}, {"w", p}}}
	f.IDs = nil
	if !f.Matches(e) {
		t.Fatal("filter should match")
	}
	e.CreatedAt = 11
	if f.Matches(e) {
		t.Fatal("until ignored")
	}
	e.CreatedAt = 6
	e.Tags[0][1] = strings.Repeat("cd", 32)
	if f.Matches(e) {
		t.Fatal("#p ignored")
	}
	f.IDs = [][32]byte{}
	e.Tags[0][1] = p
	if f.Matches(e) {
		t.Fatal("empty ids list must match nothing")
	}
}

func TestFramesRoundTrip(t *testing.T) {
	e := signed(t, KindEnvelope, [][]string{{"p", strings.Repeat("01", 32)}}, "Zm9v")
	for _, s := range []string{
		string((&ClientFrame{Type: FrameEvent, Event: e}).Marshal(nil)),
		string((&ClientFrame{Type: FrameAuth, Event: e}).Marshal(nil)),
		`["REQ","sub 1",{"kinds":[2525]},{"authors":["` + strings.Repeat("01", 32) + `"],"limit":0}]`,
		`["CLOSE","sub 1"]`,
		string((&ClientFrame{Type: FrameOrder, Order: testOrder(t)}).Marshal(nil)),
	} {
		f, err := ParseClientFrame([]byte(s), DefaultLimits)
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		if got := string(f.Marshal(nil)); got != s {
			t.Fatalf("client frame round trip:\n got %s\nwant %s", got, s)
		}
	}
	for _, s := range []string{
		string(AppendEventFrame(nil, "s", e.Marshal(nil), -1)),
		string(AppendEventFrame(nil, "s", e.Marshal(nil), 42)),
		string(AppendOK(nil, e.ID, true, "duplicate: already have it")),
		string(AppendOK(nil, e.ID, false, "")),
		string(AppendEOSE(nil, "s")),
		string(AppendClosed(nil, "s", "auth-required: say who you are")),
		string(AppendNotice(nil, "hello")),
		string(AppendAuthChallenge(nil, "c")),
	} {
		f, err := ParseRelayFrame([]byte(s), DefaultLimits)
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		if got := string(f.Marshal(nil)); got != s {
			t.Fatalf("relay frame round trip:\n got %s\nwant %s", got, s)
		}
	}
}

func TestReasonPrefix(t *testing.T) {
	for in, want := range map[string]string{
		"rate-limited: slow": "rate-limited", "duplicate:": "duplicate", "": "", "no prefix here": "", "Bad: x": "",
	} {
		if got := ReasonPrefix(in); got != want {
			t.Errorf("ReasonPrefix(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkParseEnvelopeFrame(b *testing.B) {
	e := signed(b, KindEnvelope, [][]string{{"p", strings.Repeat("01", 32)}}, strings.Repeat("QUJD", 342))
	frame := (&ClientFrame{Type: FrameEvent, Event: e}).Marshal(nil)
	b.SetBytes(int64(len(frame)))
	for b.Loop() {
		f, err := ParseClientFrame(frame, DefaultLimits)
		if err != nil || !f.Event.CheckID() {
			b.Fatal(err)
		}
	}
}
