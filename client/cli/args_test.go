package cli

import (
	"flag"
	"io"
	"slices"
	"testing"
)

func TestParseArgs(t *testing.T) {
	for _, tc := range []struct {
		in      []string
		pos     []string
		json    bool
		subject string
	}{
		{[]string{"deposit", "0.01eth", "--json"}, []string{"deposit", "0.01eth"}, true, ""},
		{[]string{"--json", "a", "--subject", "s t", "b"}, []string{"a", "b"}, true, "s t"},
		{[]string{"a", "--", "--json", "-x"}, []string{"a", "--json", "-x"}, false, ""},
		{[]string{}, nil, false, ""},
	} {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		j := fs.Bool("json", false, "")
		s := fs.String("subject", "", "")
		pos, err := parseArgs(fs, tc.in)
		if err != nil || !slices.Equal(pos, tc.pos) || *j != tc.json || *s != tc.subject {
			t.Errorf("%q: %q json=%v subject=%q err=%v", tc.in, pos, *j, *s, err)
		}
	}
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if _, err := parseArgs(fs, []string{"a", "--nope"}); err == nil {
		t.Error("an unknown flag after an argument was accepted")
	}
}
