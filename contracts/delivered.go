package contracts

import (
	"encoding/binary"
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// The Delivered log is anonymous (its only topic is the recipient, left-padded)
// and packs its data into four words, which saves ≈ 1,140 gas per mail over a
// named event with eight ABI words; abigen does not bind anonymous events, so
// this file is its decoder:
//
//	topic 0: to (left-padded to 32 bytes)
//	data:    secret (32) ‖ network (32) ‖ from (20) fee (8) size (4) ‖ relay (20) relayFee (8) 0 (4)
//
// Every other BMail event has at least two topics (signature and an indexed
// address), so a log of the contract with exactly one topic is a Delivered.

// DeliveredDataLen is the length of a Delivered log's data.
const DeliveredDataLen = 128

// ErrNotDelivered: the log is not a well-formed Delivered log.
var ErrNotDelivered = errors.New("contracts: not a Delivered log")

// Delivered is one paid mail as its Delivered log carries it.
type Delivered struct {
	To       common.Address // the recipient (the log's only topic)
	From     common.Address // the sender who paid
	Secret   [32]byte       // the release secret; keccak256(Secret) is the envelope's msgId
	Fee      uint64         // gwei credited to the recipient
	Size     uint32         // priced size in bytes
	Network  [32]byte
	Relay    common.Address // zero when no relay was paid
	RelayFee uint64         // gwei to the relay
	Raw      types.Log      // the log it was decoded from
}

// DeliveredTopics is the eth_getLogs topic filter for Delivered logs to `to`
// (with the contract's address as the query's address). Logs to every
// recipient cannot be selected by topic: query the contract's logs and keep
// those UnpackDelivered accepts.
func DeliveredTopics(to common.Address) [][]common.Hash {
	return [][]common.Hash{{common.BytesToHash(to[:])}}
}

// UnpackDelivered decodes a Delivered log, or returns ErrNotDelivered (for
// the contract's other events, among others). It accepts only the canonical
// form, so DeliveredLog gives the log's topics and data back byte for byte.
func UnpackDelivered(l *types.Log) (*Delivered, error) {
	if len(l.Topics) != 1 || len(l.Data) != DeliveredDataLen {
		return nil, ErrNotDelivered
	}
	t := l.Topics[0]
	for _, b := range t[:12] {
		if b != 0 {
			return nil, ErrNotDelivered
		}
	}
	d := l.Data
	if binary.BigEndian.Uint32(d[124:128]) != 0 {
		return nil, ErrNotDelivered
	}
	out := &Delivered{Raw: *l}
	copy(out.To[:], t[12:])
	copy(out.Secret[:], d[0:32])
	copy(out.Network[:], d[32:64])
	copy(out.From[:], d[64:84])
	out.Fee = binary.BigEndian.Uint64(d[84:92])
	out.Size = binary.BigEndian.Uint32(d[92:96])
	copy(out.Relay[:], d[96:116])
	out.RelayFee = binary.BigEndian.Uint64(d[116:124])
	return out, nil
}

// DeliveredLog encodes d's topics and data as the contract emits them.
func DeliveredLog(d *Delivered) (topics []common.Hash, data []byte) {
	data = make([]byte, 0, DeliveredDataLen)
	data = append(data, d.Secret[:]...)
	data = append(data, d.Network[:]...)
	data = append(data, d.From[:]...)
	data = binary.BigEndian.AppendUint64(data, d.Fee)
	data = binary.BigEndian.AppendUint32(data, d.Size)
	data = append(data, d.Relay[:]...)
	data = binary.BigEndian.AppendUint64(data, d.RelayFee)
	data = append(data, 0, 0, 0, 0)
	return []common.Hash{common.BytesToHash(d.To[:])}, data
}
