package wire

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/bmail-network/bmail/contracts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func testOrder(t testing.TB) *contracts.SignedOrder {
	t.Helper()
	key, err := crypto.ToECDSA(bytes.Repeat([]byte{7}, 32))
	if err != nil {
		t.Fatal(err)
	}
	o := contracts.Order{Network: [32]byte{0xab, 1}, To: common.Address{0xcd, 2}, Secret: [32]byte{0xef, 3}, Size: 4096,
		MaxFee: math.MaxUint64, RelayFee: 1500, Nonce: math.MaxUint32, Deadline: 1_800_000_000, Relay: common.Address{0x12}}
	so, err := contracts.SignOrder(key, o, [32]byte{9})
	if err != nil {
		t.Fatal(err)
	}
	return &so
}

func TestOrderRoundTrip(t *testing.T) {
	o := testOrder(t)
	js := AppendOrder(nil, o)
	got, err := ParseOrder(js, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if *got != *o {
		t.Fatalf("round trip changed the order:\n%+v\n%+v", got, o)
	}
	if out := AppendOrder(nil, got); !bytes.Equal(out, js) {
		t.Fatalf("not canonical:\n%s\n%s", js, out)
	}
	// u64 fields travel as decimal strings, u32 as integers.
	for _, want := range []string{`"max_fee":"18446744073709551615"`, `"nonce":4294967295`, `"size":4096`, `"deadline":"1800000000"`} {
		if !bytes.Contains(js, []byte(want)) {
			t.Fatalf("%s lacks %s", js, want)
		}
	}
	// The id is the struct hash: independent of the signature.
	other := *o
	other.R[0] ^= 1
	if OrderID(&other) != OrderID(o) || OrderID(o) != o.StructHash() {
		t.Fatal("the order id depends on the signature")
	}
	// In a frame, with keys in another order and spaces.
	in := `[ "ORDER" , {"sig":"` + Hex(o.R[:]) + Hex(o.S[:]) + Hex([]byte{o.V}) + `", "relay":"` + Hex(o.Relay[:]) +
		`","deadline":"1800000000","nonce":4294967295,"relay_fee":"1500","max_fee":"18446744073709551615","size":4096,` +
		`"secret":"` + Hex(o.Secret[:]) + `","to":"` + Hex(o.To[:]) + `","network":"` + Hex(o.Network[:]) + `"} ]`
	f, err := ParseClientFrame([]byte(in), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if f.Type != FrameOrder || *f.Order != *o {
		t.Fatalf("frame decoded to %+v", f)
	}
	if out := f.Marshal(nil); string(out) != `["ORDER",`+string(js)+`]` {
		t.Fatalf("frame marshal: %s", out)
	}
}

func TestOrderRejects(t *testing.T) {
	js := string(AppendOrder(nil, testOrder(t)))
	cases := []struct{ name, from, to string }{
		{"unknown field", `"size":4096`, `"size":4096,"memo":"x"`},
		{"duplicate field", `"size":4096`, `"size":4096,"size":4096`},
		{"missing field", `"size":4096,`, ``},
		{"size above u32", `"size":4096`, `"size":4294967296`},
		{"size as string", `"size":4096`, `"size":"4096"`},
		{"fee as number", `"relay_fee":"1500"`, `"relay_fee":1500`},
		{"fee leading zero", `"relay_fee":"1500"`, `"relay_fee":"01500"`},
		{"fee negative", `"relay_fee":"1500"`, `"relay_fee":"-1"`},
		{"fee empty", `"relay_fee":"1500"`, `"relay_fee":""`},
		{"fee above u64", `"max_fee":"18446744073709551615"`, `"max_fee":"18446744073709551616"`},
		{"fee too long", `"max_fee":"18446744073709551615"`, `"max_fee":"184467440737095516150"`},
		{"address with 0x", `"relay":"12`, `"relay":"0x12`},
		{"uppercase hex", `"secret":"ef`, `"secret":"EF`},
		{"short sig", `"sig":"`, `"sig":"00`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			bad := strings.Replace(js, c.from, c.to, 1)
			if bad == js {
				t.Fatalf("case does not change the input")
			}
			if _, err := ParseOrder([]byte(bad), DefaultLimits); !errors.Is(err, ErrMalformed) {
				t.Fatalf("%s: got %v", bad, err)
			}
			if _, err := ParseClientFrame([]byte(`["ORDER",`+bad+`]`), DefaultLimits); !errors.Is(err, ErrMalformed) {
				t.Fatalf("frame: got %v", err)
			}
		})
	}
	if _, err := ParseClientFrame([]byte(`["ORDER","x"]`), DefaultLimits); !errors.Is(err, ErrMalformed) {
		t.Fatalf("ORDER with a string: %v", err)
	}
}

func FuzzOrder(f *testing.F) {
	f.Add(AppendOrder(nil, testOrder(f)))
	f.Add([]byte(`{"network":"` + strings.Repeat("0", 64) + `"}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		o, err := ParseOrder(in, DefaultLimits)
		if err != nil {
			return
		}
		out := AppendOrder(nil, o)
		o2, err := ParseOrder(out, DefaultLimits)
		if err != nil {
			t.Fatalf("canonical form does not decode: %v\n%s", err, out)
		}
		if *o2 != *o || !bytes.Equal(AppendOrder(nil, o2), out) {
			t.Fatalf("not a fixed point:\n%s", out)
		}
	})
}
