// Package format renders b-mail amounts, addresses and fee breakdowns for
// people, the one way the CLI, the demo and the terminal UI write them.
// It formats only what the client computed; text a sender controls goes
// through client/sanitize instead.
package format

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/bmail-network/bmail/pricing"
)

// Gwei writes an amount of gwei with thousands separators: "12,500 gwei".
func Gwei(n uint64) string { return Thousands(n) + " gwei" }

// Thousands writes n with a comma every three digits.
func Thousands(n uint64) string {
	s := strconv.FormatUint(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// Ether writes wei as ether with up to six decimals: "0.999812 ETH".
func Ether(wei *big.Int) string {
	if wei == nil {
		return "0 ETH"
	}
	r := new(big.Rat).SetFrac(wei, big.NewInt(params.Ether))
	s := strings.TrimRight(strings.TrimRight(r.FloatString(6), "0"), ".")
	return s + " ETH"
}

// GweiAsEther writes gwei as ether ("0.01 ETH"), for balances.
func GweiAsEther(n uint64) string {
	return Ether(new(big.Int).Mul(new(big.Int).SetUint64(n), big.NewInt(params.GWei)))
}

// Short abbreviates an address for tables: "0x1a2b…9f0e".
func Short(a common.Address) string {
	h := a.Hex()
	return h[:6] + "…" + h[len(h)-4:]
}

// Percent writes basis points as a signed percentage: "+100%", "-12.5%".
func Percent(bps int64) string {
	s := strconv.FormatFloat(float64(bps)/100, 'f', -1, 64)
	if bps >= 0 {
		s = "+" + s
	}
	return s + "%"
}

// Breakdown writes a quote step by step, one "label  value" line each,
// every line starting with indent: what the sender pays and why.
func Breakdown(b pricing.Breakdown, indent string) string {
	var s strings.Builder
	line := func(label, value, why string) {
		fmt.Fprintf(&s, "%s%-12s %14s", indent, label, value)
		if why != "" {
			fmt.Fprintf(&s, "  %s", why)
		}
		s.WriteByte('\n')
	}
	line("base", Gwei(b.Base), "")
	if b.SizeCharge > 0 {
		line("size", "+"+Gwei(b.SizeCharge), fmt.Sprintf("%d × 4 KiB", b.Buckets))
	}
	if b.AfterRate != b.Base+b.SizeCharge {
		line("rate", "→ "+Gwei(b.AfterRate), fmt.Sprintf("you sent %.1f mails lately", float64(b.Rate)/pricing.CountUnit))
	}
	if b.AfterReply != b.AfterRate {
		line("reply", "→ "+Gwei(b.AfterReply), fmt.Sprintf("they wrote you %.2f, you wrote them %.2f", float64(b.Rev)/pricing.CountUnit, float64(b.Fwd)/pricing.CountUnit))
	}
	if b.RepBps != 10_000 {
		var parts []string
		if b.NewcomerBps > 0 {
			parts = append(parts, "newcomer "+Percent(int64(b.NewcomerBps)))
		}
		if b.DiscountBps > 0 {
			parts = append(parts, "good reputation "+Percent(-int64(b.DiscountBps)))
		}
		if b.SpamBps > 0 {
			parts = append(parts, fmt.Sprintf("%.2f spam marks %s", float64(b.Spam)/pricing.CountUnit, Percent(int64(b.SpamBps))))
		}
		line("reputation", "→ "+Gwei(b.AfterRep), strings.Join(parts, ", "))
	}
	if b.Recipients > 1 {
		line("recipients", fmt.Sprintf("×%.4f", float64(b.RecipientsBps)/10_000), fmt.Sprintf("%d recipients", b.Recipients))
	}
	line("fee", Gwei(b.Fee), "to the recipient")
	line("burn", "+"+Gwei(b.Burn), "owned by no one")
	if b.RelayFee > 0 {
		line("relay fee", "+"+Gwei(b.RelayFee), fmt.Sprintf("to the relay (cap %s)", Gwei(b.RelayCap)))
	}
	line("total", Gwei(b.Total()), "from your b-mail balance")
	return s.String()
}
