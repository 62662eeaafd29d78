package pricing

import (
	"fmt"
	"math"
	"math/bits"
	"strings"
)

// Inputs are the decayed quantities the fee depends on, in contract units.
type Inputs struct {
	Size       uint32 // priced size in bytes (1..MaxSize)
	Recipients uint32 // recipients of the message in total (≥ 1)
	Rate       uint64 // sender's decayed recent mails, CountUnit per mail (before this one)
	Rep        uint64 // sender's earned + endorsed reputation
	Spam       uint64 // sender's decayed spam marks, CountUnit per mark
	Fwd        uint64 // pair count sender→recipient, CountUnit per mail
	Rev        uint64 // pair count recipient→sender, CountUnit per mail
	Credit     uint64 // sender's reputation credit: gwei of discount it can still pay
}

// Breakdown is a fee step by step. Every step floors; gwei amounts.
type Breakdown struct {
	Inputs
	Buckets       uint64 // ⌈size/4096⌉
	Base          uint64 // p.Base
	SizeCharge    uint64 // p.PerBucket × (buckets − 1)
	AfterRate     uint64 // × (step + max(0, rate − free)) / step
	AfterReply    uint64 // × (U + fwd) / (U + fwd + w × rev)
	RepBps        uint64 // 10,000 + newcomer surcharge − discount + spam surcharge
	NewcomerBps   uint64 // part of RepBps
	DiscountBps   uint64 // part of RepBps (subtracted)
	SpamBps       uint64 // part of RepBps
	AfterRep      uint64 // × RepBps / 10,000
	RecipientsBps uint64 // 10,000 + p.RecipientBps × (n − 1)
	FullFee       uint64 // the fee without reputation (rep 0: full newcomer surcharge), recipients applied
	RepFee        uint64 // the lowest fee the reputation allows (AfterRep, recipients applied)
	CreditUsed    uint64 // credit spent: (FullFee + its burn) − (Fee + Burn), ≤ Credit
	Fee           uint64 // credited to the recipient: FullFee minus what credit pays, never below RepFee
	Burn          uint64 // fee × BurnBps / 10,000, paid on top and owned by no one
	RelayCap      uint64 // max(fee × RelayCapBps / 10,000, RelayFlat)
	RelayFee      uint64 // what the sender offers the relay (≤ RelayCap)
}

// Price is fee + burn, what maxFee guards.
func (b Breakdown) Price() uint64 { return satAdd(b.Fee, b.Burn) }

// Total is what the sender's balance pays: fee + burn + relay fee.
func (b Breakdown) Total() uint64 { return satAdd(b.Price(), b.RelayFee) }

// String renders the breakdown for a person.
func (b Breakdown) String() string {
	var s strings.Builder
	fmt.Fprintf(&s, "base            %10d gwei\n", b.Base)
	fmt.Fprintf(&s, "size            %10d gwei  (%d × 4 KiB buckets)\n", b.SizeCharge, b.Buckets)
	fmt.Fprintf(&s, "after rate      %10d gwei  (recent mails %.1f)\n", b.AfterRate, float64(b.Rate)/CountUnit)
	fmt.Fprintf(&s, "after reply     %10d gwei  (they wrote you %.2f, you wrote them %.2f)\n", b.AfterReply,
		float64(b.Rev)/CountUnit, float64(b.Fwd)/CountUnit)
	fmt.Fprintf(&s, "reputation      %+9.2f%%       (rep %d: newcomer +%.2f%%, discount −%.2f%%, spam marks %.2f +%.2f%%)\n",
		float64(int64(b.RepBps)-10_000)/100, b.Rep, float64(b.NewcomerBps)/100, float64(b.DiscountBps)/100,
		float64(b.Spam)/CountUnit, float64(b.SpamBps)/100)
	if b.Recipients > 1 {
		fmt.Fprintf(&s, "recipients      ×%.4f        (%d recipients)\n", float64(b.RecipientsBps)/10_000, b.Recipients)
	}
	fmt.Fprintf(&s, "without rep     %10d gwei  (reputation allows %d; credit %d pays %d)\n", b.FullFee, b.RepFee, b.Credit, b.CreditUsed)
	fmt.Fprintf(&s, "fee             %10d gwei  (to the recipient)\n", b.Fee)
	fmt.Fprintf(&s, "burn            %10d gwei\n", b.Burn)
	fmt.Fprintf(&s, "relay fee       %10d gwei  (cap %d)\n", b.RelayFee, b.RelayCap)
	fmt.Fprintf(&s, "total           %10d gwei\n", b.Total())
	return s.String()
}

// Fee is the contract's fee formula (BMail._fee / feeFor) on decayed inputs.
func Fee(p Params, in Inputs) uint64 { return Compute(p, in).Fee }

// Compute evaluates the fee formula step by step (SPEC.md §7).
func Compute(p Params, in Inputs) Breakdown {
	b := Breakdown{Inputs: in}
	size := uint64(in.Size)
	b.Buckets = (size + Bucket - 1) / Bucket
	b.Base = uint64(p.Base)
	if b.Buckets > 0 {
		b.SizeCharge = uint64(p.PerBucket) * (b.Buckets - 1)
	}
	fee := b.Base + b.SizeCharge
	free := uint64(p.RateFree) * CountUnit
	if in.Rate > free {
		step := uint64(p.RateStep) * CountUnit
		fee = mulDivSat(fee, step+in.Rate-free, step)
	}
	b.AfterRate = fee
	w := uint64(p.ReplyWeight)
	if in.Rev != 0 && w != 0 {
		fee = mulDivSat(fee, CountUnit+in.Fwd, CountUnit+in.Fwd+w*in.Rev)
	}
	b.AfterReply = fee
	// Reputation: RepBps is the multiplier at the sender's reputation; with
	// none it would be 10,000 + NewcomerSurchargeBps. Spam marks count in
	// both, so credit never pays a spam surcharge.
	t := uint64(p.RepThreshold)
	mult := uint64(10_000)
	if in.Rep < t {
		b.NewcomerBps = uint64(p.NewcomerSurchargeBps) * (t - in.Rep) / t
		mult += b.NewcomerBps
	} else {
		over := in.Rep - t
		if over > t {
			over = t
		}
		b.DiscountBps = uint64(p.RepDiscountBps) * over / t
		mult -= b.DiscountBps
	}
	b.SpamBps = uint64(p.SpamSurchargeBps) * in.Spam / CountUnit
	mult += b.SpamBps
	b.RepBps = mult
	b.AfterRep = mulDivSat(fee, mult, 10_000)
	full := mulDivSat(fee, 10_000+uint64(p.NewcomerSurchargeBps)+b.SpamBps, 10_000)
	repFee := b.AfterRep
	b.RecipientsBps = 10_000
	if in.Recipients > 1 {
		b.RecipientsBps = 10_000 + uint64(p.RecipientBps)*uint64(in.Recipients-1)
		full = mulDivSat(full, b.RecipientsBps, 10_000)
		repFee = mulDivSat(repFee, b.RecipientsBps, 10_000)
	}
	b.FullFee, b.RepFee = full, repFee
	// Credit pays the gap down to RepFee, gwei of price for gwei of credit:
	// taking a off the fee also takes up to ⌈a·burnBps/10,000⌉ off the burn,
	// so a ≤ ⌊credit·10,000/(10,000 + burnBps)⌋ keeps the saving ≤ credit.
	fee = full
	burnBps := uint64(p.BurnBps)
	fullBurn := mulDivSat(full, burnBps, 10_000)
	if repFee < full && in.Credit != 0 {
		fee = full - min(full-repFee, mulDivSat(in.Credit, 10_000, 10_000+burnBps))
	}
	b.Fee = fee
	b.Burn = mulDivSat(fee, burnBps, 10_000)
	b.CreditUsed = (full - fee) + (fullBurn - b.Burn)
	b.RelayCap = RelayCap(p, fee)
	return b
}

// RelayCap is the largest relay fee a network allows on a fee.
func RelayCap(p Params, fee uint64) uint64 {
	c := mulDivSat(fee, uint64(p.RelayCapBps), 10_000)
	if c < uint64(p.RelayFlat) {
		c = uint64(p.RelayFlat)
	}
	return c
}

// mulDivSat is ⌊a·b/d⌋ with a 128-bit intermediate, saturating at 2^64−1
// exactly where the contract's min(⌊a·b/d⌋, 2^64−1) does.
func mulDivSat(a, b, d uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	if hi >= d {
		return math.MaxUint64
	}
	q, _ := bits.Div64(hi, lo, d)
	return q
}

func satAdd(a, b uint64) uint64 {
	s, c := bits.Add64(a, b, 0)
	if c != 0 {
		return math.MaxUint64
	}
	return s
}
