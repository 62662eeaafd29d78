package format

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/pricing"
)

func TestNumbers(t *testing.T) {
	for n, want := range map[uint64]string{0: "0", 7: "7", 999: "999", 1000: "1,000", 12500: "12,500", 1234567: "1,234,567",
		18446744073709551615: "18,446,744,073,709,551,615"} {
		if got := Thousands(n); got != want {
			t.Errorf("Thousands(%d) = %q, want %q", n, got, want)
		}
	}
	for wei, want := range map[string]string{"0": "0 ETH", "1000000000000000000": "1 ETH", "10000000000000000": "0.01 ETH",
		"999812345678901234": "0.999812 ETH", "1500000000000000000000": "1500 ETH"} {
		v, _ := new(big.Int).SetString(wei, 10)
		if got := Ether(v); got != want {
			t.Errorf("Ether(%s) = %q, want %q", wei, got, want)
		}
	}
	if got := GweiAsEther(10_000_000); got != "0.01 ETH" {
		t.Errorf("GweiAsEther = %q", got)
	}
	if got := Percent(10_000); got != "+100%" {
		t.Errorf("Percent = %q", got)
	}
	if got := Percent(-1250); got != "-12.5%" {
		t.Errorf("Percent = %q", got)
	}
	a := common.HexToAddress("0x1a2b000000000000000000000000000000009f0e")
	if got, h := Short(a), a.Hex(); got != h[:6]+"…"+h[38:] || len(h) != 42 {
		t.Errorf("Short = %q", got)
	}
}

// TestBreakdown prices a cold newcomer's mail and a reply with the personal
// preset and checks each step the quote took is named, with its amount.
func TestBreakdown(t *testing.T) {
	cold := pricing.Compute(pricing.Personal, pricing.Inputs{Size: 4096, Recipients: 1})
	cold.RelayFee = 1000
	text := Breakdown(cold, "  ")
	for _, want := range []string{"  base", Gwei(cold.Base), "newcomer +100%", "fee", Gwei(cold.Fee), "burn", "relay fee", "+1,000 gwei",
		"total", Gwei(cold.Total())} {
		if !strings.Contains(text, want) {
			t.Errorf("cold breakdown lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "reply") || strings.Contains(text, "rate") {
		t.Errorf("cold mail shows a reply or rate step:\n%s", text)
	}
	reply := pricing.Compute(pricing.Personal, pricing.Inputs{Size: 4096, Recipients: 1, Rev: pricing.CountUnit})
	text = Breakdown(reply, "")
	if !strings.Contains(text, "reply") || !strings.Contains(text, "they wrote you 1.00") || strings.Contains(text, "relay fee") {
		t.Errorf("reply breakdown:\n%s", text)
	}
	if reply.Fee >= cold.Fee {
		t.Fatalf("reply %d not cheaper than cold %d", reply.Fee, cold.Fee)
	}
}
