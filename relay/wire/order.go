package wire

import (
	"strconv"

	"github.com/bmail-network/bmail/contracts"
	"github.com/ethereum/go-ethereum/common"
)

// OrderSigBytes is the length of an order signature on the wire: r ‖ s ‖ v
// with v 27 or 28 (the Ethereum personal-sign layout).
const OrderSigBytes = 65

// The payment order object of an ORDER frame (SPEC.md §6.9), canonical
// form, keys in this order:
//
//	{"network":<64 hex>,"to":<40 hex>,"secret":<64 hex>,"size":<u32>,
//	 "max_fee":"<u64 decimal>","relay_fee":"<u64 decimal>","nonce":<u32>,
//	 "deadline":"<u64 decimal>","relay":<40 hex>,"sig":<130 hex>}
//
// Hex is lowercase without 0x; u64 amounts and the deadline are decimal
// strings (JSON numbers above 2^53 are not exact everywhere); u32 fields are
// JSON integers. Every key is required once; unknown keys are refused,
// because every field is signed.
const (
	orderKeyNetwork  = "network"
	orderKeyTo       = "to"
	orderKeySecret   = "secret"
	orderKeySize     = "size"
	orderKeyMaxFee   = "max_fee"
	orderKeyRelayFee = "relay_fee"
	orderKeyNonce    = "nonce"
	orderKeyDeadline = "deadline"
	orderKeyRelay    = "relay"
	orderKeySig      = "sig"
)

// OrderID is the id a relay answers an ORDER with (the id of its OK frame)
// and keys it by: the order's EIP-712 struct hash, hashStruct(Order). It
// does not depend on the chain or contract (the domain), so a client can
// compute it without them, and a second signature over the same order is
// the same order.
func OrderID(o *contracts.SignedOrder) [32]byte { return o.StructHash() }

// ParseOrder decodes one payment order object (not a frame).
func ParseOrder(b []byte, lim Limits) (*contracts.SignedOrder, error) {
	if len(b) > lim.MaxMessageBytes {
		return nil, &SyntaxError{Msg: "order too large", Err: ErrTooLarge}
	}
	d := decoder{b: b, lim: &lim}
	o, err := d.order()
	if err != nil {
		return nil, err
	}
	if err := d.end(); err != nil {
		return nil, err
	}
	return o, nil
}

// AppendOrder appends the canonical JSON object of o.
func AppendOrder(b []byte, o *contracts.SignedOrder) []byte {
	b = append(b, `{"network":"`...)
	b = appendHex(b, o.Network[:])
	b = append(b, `","to":"`...)
	b = appendHex(b, o.To[:])
	b = append(b, `","secret":"`...)
	b = appendHex(b, o.Secret[:])
	b = append(b, `","size":`...)
	b = strconv.AppendUint(b, uint64(o.Size), 10)
	b = append(b, `,"max_fee":"`...)
	b = strconv.AppendUint(b, o.MaxFee, 10)
	b = append(b, `","relay_fee":"`...)
	b = strconv.AppendUint(b, o.RelayFee, 10)
	b = append(b, `","nonce":`...)
	b = strconv.AppendUint(b, uint64(o.Nonce), 10)
	b = append(b, `,"deadline":"`...)
	b = strconv.AppendUint(b, o.Deadline, 10)
	b = append(b, `","relay":"`...)
	b = appendHex(b, o.Relay[:])
	b = append(b, `","sig":"`...)
	b = appendHex(b, o.R[:])
	b = appendHex(b, o.S[:])
	b = appendHex(b, []byte{o.V})
	return append(b, `"}`...)
}

// order decodes an order object.
func (d *decoder) order() (*contracts.SignedOrder, error) {
	if err := d.expect('{'); err != nil {
		return nil, err
	}
	if err := d.enter(); err != nil {
		return nil, err
	}
	o := new(contracts.SignedOrder)
	const (
		fNetwork = 1 << iota
		fTo
		fSecret
		fSize
		fMaxFee
		fRelayFee
		fNonce
		fDeadline
		fRelay
		fSig
		fAll = 1<<iota - 1
	)
	var seen int
	for first := true; ; first = false {
		ok, err := d.more('}', first)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		key, err := d.str()
		if err != nil {
			return nil, err
		}
		if err := d.expect(':'); err != nil {
			return nil, err
		}
		var bit int
		switch key {
		case orderKeyNetwork:
			bit, err = fNetwork, d.hexInto(o.Network[:], key)
		case orderKeyTo:
			bit, err = fTo, d.hexInto(o.To[:], key)
		case orderKeySecret:
			bit, err = fSecret, d.hexInto(o.Secret[:], key)
		case orderKeySize:
			bit = fSize
			o.Size, err = d.uint32()
		case orderKeyMaxFee:
			bit = fMaxFee
			o.MaxFee, err = d.decimalU64()
		case orderKeyRelayFee:
			bit = fRelayFee
			o.RelayFee, err = d.decimalU64()
		case orderKeyNonce:
			bit = fNonce
			o.Nonce, err = d.uint32()
		case orderKeyDeadline:
			bit = fDeadline
			o.Deadline, err = d.decimalU64()
		case orderKeyRelay:
			var a common.Address
			bit, err = fRelay, d.hexInto(a[:], key)
			o.Relay = a
		case orderKeySig:
			var sig [OrderSigBytes]byte
			bit, err = fSig, d.hexInto(sig[:], key)
			copy(o.R[:], sig[0:32])
			copy(o.S[:], sig[32:64])
			o.V = sig[64]
		default:
			return nil, d.fail("unknown order field " + strconv.Quote(key))
		}
		if err != nil {
			return nil, err
		}
		if seen&bit != 0 {
			return nil, d.fail("duplicate field " + strconv.Quote(key))
		}
		seen |= bit
	}
	d.leave()
	if seen != fAll {
		return nil, d.fail("order lacks a required field")
	}
	return o, nil
}

// uint32 reads a JSON integer in 0..2^32-1.
func (d *decoder) uint32() (uint32, error) {
	v, err := d.uint()
	if err != nil {
		return 0, err
	}
	if v > 1<<32-1 {
		return 0, d.fail("integer above 2^32-1")
	}
	return uint32(v), nil
}

// decimalU64 reads a JSON string holding a decimal u64: digits only, no
// sign, no leading zero, at most 2^64-1.
func (d *decoder) decimalU64() (uint64, error) {
	if d.peek() != '"' {
		return 0, d.fail("expected a decimal string")
	}
	start := d.pos + 1
	i := start
	for i < len(d.b) && d.b[i] >= '0' && d.b[i] <= '9' {
		i++
	}
	if i >= len(d.b) || d.b[i] != '"' || i == start || i-start > 20 || (i-start > 1 && d.b[start] == '0') {
		return 0, d.fail("expected a decimal string without sign or leading zero")
	}
	v, err := strconv.ParseUint(string(d.b[start:i]), 10, 64)
	if err != nil {
		return 0, d.fail("decimal string above 2^64-1")
	}
	d.pos = i + 1
	return v, nil
}
