package cli

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// FuzzParseAddresses: no input panics; what parses, written back one
// address a line, parses to the same addresses.
func FuzzParseAddresses(f *testing.F) {
	f.Add("# audience\n0x00000000000000000000000000000000000000aA\n\n0x1111111111111111111111111111111111111111  # ben\n")
	f.Add("0x1111111111111111111111111111111111111111\r\n0x12")
	f.Add("1111111111111111111111111111111111111111\n")
	f.Fuzz(func(t *testing.T, in string) {
		got, err := parseAddresses(strings.NewReader(in), "in")
		if err != nil {
			return
		}
		var b strings.Builder
		for _, a := range got {
			b.WriteString(a.Hex() + "\n")
		}
		again, err := parseAddresses(strings.NewReader(b.String()), "again")
		if err != nil || len(again) != len(got) {
			t.Fatalf("%q parsed to %v, written back %v (%v)", in, got, again, err)
		}
		for i := range got {
			if again[i] != got[i] {
				t.Fatalf("%q: address %d is %s then %s", in, i, got[i].Hex(), again[i].Hex())
			}
		}
	})
}

func TestParseAddresses(t *testing.T) {
	got, err := parseAddresses(strings.NewReader("# audience\n0x00000000000000000000000000000000000000aA\n\n 0x1111111111111111111111111111111111111111  # ben\n"), "f")
	if err != nil || len(got) != 2 || got[0] != common.HexToAddress("0xaa") || got[1] != common.HexToAddress("0x1111111111111111111111111111111111111111") {
		t.Fatalf("%v %v", got, err)
	}
	for _, bad := range []string{"0x12\n", "1111111111111111111111111111111111111111\n", "0x1111111111111111111111111111111111111111 0x22\n"} {
		if _, err := parseAddresses(strings.NewReader(bad), "f"); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}
