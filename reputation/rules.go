package reputation

import "github.com/bmail-network/bmail/pricing"

// Contract constants of the reputation rules.
const (
	AckWindowHours = 720    // acks accepted while the mail is younger than this
	RhoDen         = 2      // ρ = 1/2: minted ≤ burn/2
	StandingFull   = 10_000 // acker reputation at which an ack counts fully
	EndorseFloor   = 1_000  // reputation an endorser keeps
	EndorseMax     = 10_000 // endorsed reputation an account receives per RepHalfLife epoch
	SpamMark       = pricing.CountUnit
)

// Verdicts of an ack.
const (
	Abstain  uint8 = 0
	Valuable uint8 = 1
	Spam     uint8 = 2
)

// Standing256 is the acker's standing factor in 1/256: 64 (¼) for a
// newcomer, rising linearly to 256 (1) at StandingFull reputation.
func Standing256(ackerRep uint64) uint64 {
	r := ackerRep
	if r > StandingFull {
		r = StandingFull
	}
	return 64 + 192*r/StandingFull
}

// MintAmount is what a valuable ack mints before saturation:
// ⌊burn × standing256 × (AckWindowHours − age) / (RhoDen × 256 × AckWindowHours)⌋.
func MintAmount(burn, ackerRep, ageHours uint64) uint64 {
	if ageHours >= AckWindowHours {
		return 0
	}
	return burn * Standing256(ackerRep) * (AckWindowHours - ageHours) / (RhoDen * 256 * AckWindowHours)
}

// Factor in rules of thumb: the largest mint a single ack can give.
const MaxMintPerAck = (1<<16 - 1) / RhoDen
