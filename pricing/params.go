package pricing

import (
	"encoding/binary"
	"fmt"

	"golang.org/x/crypto/sha3"
)

// Params are a network's prices (BMail.Params). Units: gwei for Base,
// PerBucket and RelayFlat; mails for RateFree and RateStep; reputation units
// for RepThreshold; basis points (1/10,000) for every *Bps field.
type Params struct {
	Base                 uint32 // gwei for the first 4 KiB bucket
	PerBucket            uint32 // gwei per further 4 KiB bucket
	RateFree             uint16 // decayed recent mails before escalation starts
	RateStep             uint16 // every RateStep mails above RateFree add +100%
	ReplyWeight          uint8  // reply discount strength
	RepThreshold         uint32 // reputation where the newcomer surcharge ends and discounts start
	RepDiscountBps       uint16 // discount reached at 2×RepThreshold
	NewcomerSurchargeBps uint16 // surcharge at reputation 0
	SpamSurchargeBps     uint16 // surcharge per (decayed) spam mark
	RecipientBps         uint16 // per-recipient price growth per further recipient
	RelayCapBps          uint16 // relay fee cap as a share of the fee (≤ 30%)
	RelayFlat            uint32 // gwei any relay may charge regardless of the fee
	BurnBps              uint16 // share of the fee burned on top (≥ 5%)
}

// Personal is the personal network preset compiled into the contract.
var Personal = Params{
	Base: 5_000, PerBucket: 500, RateFree: 20, RateStep: 10, ReplyWeight: 50,
	RepThreshold: 5_000, RepDiscountBps: 5_000, NewcomerSurchargeBps: 10_000, SpamSurchargeBps: 2_500,
	RecipientBps: 1_000, RelayCapBps: 3_000, RelayFlat: 2_000, BurnBps: 1_000,
}

// Newsletter is the newsletter network preset compiled into the contract.
var Newsletter = Params{
	Base: 1_000, PerBucket: 100, RateFree: 2_000, RateStep: 2_000, ReplyWeight: 10,
	RepThreshold: 20_000, RepDiscountBps: 5_000, NewcomerSurchargeBps: 10_000, SpamSurchargeBps: 2_500,
	RecipientBps: 2, RelayCapBps: 3_000, RelayFlat: 500, BurnBps: 2_000,
}

// The preset network ids (keccak256(abi.encode(params))).
var (
	PersonalID   = Personal.ID()
	NewsletterID = Newsletter.ID()
)

// ParamsError says which field is out of bounds (the contract's BadNetworkParams(field)).
type ParamsError struct{ Field uint8 }

func (e *ParamsError) Error() string {
	return fmt.Sprintf("pricing: network parameter %d (%s) out of bounds", e.Field, paramNames[e.Field])
}

var paramNames = [...]string{"base", "perBucket", "rateFree", "rateStep", "replyWeight", "repThreshold",
	"repDiscountBps", "newcomerSurchargeBps", "spamSurchargeBps", "recipientBps", "relayCapBps", "relayFlat", "burnBps"}

// Validate applies the contract's bounds, returning a *ParamsError naming the
// first field out of bounds.
func (p Params) Validate() error {
	bad := func(f uint8) error { return &ParamsError{Field: f} }
	switch {
	case p.Base == 0 || p.Base > 1e9:
		return bad(0)
	case p.PerBucket > 1e9:
		return bad(1)
	case p.RateStep == 0:
		return bad(3)
	case p.ReplyWeight > 100:
		return bad(4)
	case p.RepThreshold == 0:
		return bad(5)
	case p.RepDiscountBps > 9_000:
		return bad(6)
	case p.NewcomerSurchargeBps > 10_000:
		return bad(7)
	case p.SpamSurchargeBps > 10_000:
		return bad(8)
	case p.RecipientBps > 10_000:
		return bad(9)
	case p.RelayCapBps > 3_000:
		return bad(10)
	case p.RelayFlat > 1_000_000:
		return bad(11)
	case p.BurnBps < 500 || p.BurnBps > 5_000:
		return bad(12)
	}
	return nil
}

// fields returns the params in ABI order.
func (p Params) fields() [13]uint64 {
	return [13]uint64{uint64(p.Base), uint64(p.PerBucket), uint64(p.RateFree), uint64(p.RateStep),
		uint64(p.ReplyWeight), uint64(p.RepThreshold), uint64(p.RepDiscountBps), uint64(p.NewcomerSurchargeBps),
		uint64(p.SpamSurchargeBps), uint64(p.RecipientBps), uint64(p.RelayCapBps), uint64(p.RelayFlat), uint64(p.BurnBps)}
}

// ID is the network id: keccak256(abi.encode(params)).
func (p Params) ID() [32]byte {
	var buf [13 * 32]byte
	for i, v := range p.fields() {
		binary.BigEndian.PutUint64(buf[i*32+24:], v)
	}
	h := sha3.NewLegacyKeccak256()
	h.Write(buf[:])
	var id [32]byte
	h.Sum(id[:0])
	return id
}

// paramOffsets are the bit offsets of the fields in the packed network word.
var paramOffsets = [13]uint{0, 32, 64, 80, 96, 104, 136, 152, 168, 184, 200, 216, 240}
var paramWidths = [13]uint{32, 32, 16, 16, 8, 32, 16, 16, 16, 16, 16, 24, 16}

// Word packs the params as the contract stores them (networkWord).
func (p Params) Word() Word {
	var w Word
	for i, v := range p.fields() {
		w = w.With(paramOffsets[i], paramWidths[i], v)
	}
	return w
}

// ParamsFromWord unpacks a network word.
func ParamsFromWord(w Word) Params {
	f := func(i int) uint64 { return w.Bits(paramOffsets[i], paramWidths[i]) }
	return Params{
		Base: uint32(f(0)), PerBucket: uint32(f(1)), RateFree: uint16(f(2)), RateStep: uint16(f(3)),
		ReplyWeight: uint8(f(4)), RepThreshold: uint32(f(5)), RepDiscountBps: uint16(f(6)),
		NewcomerSurchargeBps: uint16(f(7)), SpamSurchargeBps: uint16(f(8)), RecipientBps: uint16(f(9)),
		RelayCapBps: uint16(f(10)), RelayFlat: uint32(f(11)), BurnBps: uint16(f(12)),
	}
}
