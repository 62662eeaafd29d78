package contracts

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// EIP-712 names of the payment order and its domain (DESIGN.md, INTERFACES.md).
const (
	DomainName    = "BMail"
	DomainVersion = "1"
	OrderType     = "Order(bytes32 network,address to,bytes32 secret,uint32 size,uint64 maxFee,uint64 relayFee,uint32 nonce,uint64 deadline,address relay)"
	domainType    = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
)

// Limits the contract enforces on orders and batches.
const (
	OrderBytes       = 123       // packed bytes per order record in settle
	RecipientBytes   = 20        // bytes per entry of a batch's recipient table
	BatchHeaderBytes = 2         // the recipient count that opens a non-empty batch
	MaxRecipients    = 1<<16 - 1 // distinct recipients one batch can name (two-byte index)
	MaxDeadlineAhead = 3600      // seconds an order may be valid beyond the block time
	NonceWindow      = 31        // nonces tracked above the sender's window base
	MaxNetworks      = 256       // networks one batch can name (one-byte index)
	MaxSize          = 1 << 24   // largest priced size in bytes
	// Fields narrower in the packed order than in the signed one: a deadline
	// is a u32 (seconds, until 2106), maxFee and relayFee are u48 gwei
	// (281,474 ETH). PackOrders refuses an order beyond them (send it with
	// send() instead).
	MaxPackedDeadline = 1<<32 - 1
	MaxPackedFee      = 1<<48 - 1
)

var (
	orderTypeHash  = crypto.Keccak256Hash([]byte(OrderType))
	domainTypeHash = crypto.Keccak256Hash([]byte(domainType))
	secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)
)

// Order errors.
var (
	ErrOrderLength   = errors.New("orders: length does not match the recipient table and the order size")
	ErrOrderNetwork  = errors.New("orders: network index outside the table")
	ErrOrderNetworks = errors.New("orders: network table is not in first-use order or has unused entries")
	ErrOrderTo       = errors.New("orders: recipient index outside the table")
	ErrOrderTos      = errors.New("orders: recipient table is not in first-use order or has unused entries")
	ErrTooManyTos    = errors.New("orders: more than 65,535 recipients in one batch")
	ErrHighS         = errors.New("orders: signature s above n/2")
	ErrSignature     = errors.New("orders: invalid signature")
	ErrTooManyNets   = errors.New("orders: more than 256 networks in one batch")
	ErrOrderField    = errors.New("orders: deadline, maxFee or relayFee beyond the packed width")
)

// Order is the EIP-712 payment order a sender signs for a relay to settle.
type Order struct {
	Network  [32]byte
	To       common.Address
	Secret   [32]byte
	Size     uint32
	MaxFee   uint64
	RelayFee uint64
	Nonce    uint32
	Deadline uint64
	Relay    common.Address
}

// SignedOrder is an order with its secp256k1 signature (V is 27 or 28).
type SignedOrder struct {
	Order
	V    uint8
	R, S [32]byte
}

// DomainSeparator is the EIP-712 domain separator of the contract at address on chainID.
func DomainSeparator(chainID *big.Int, contract common.Address) [32]byte {
	return crypto.Keccak256Hash(
		domainTypeHash[:],
		crypto.Keccak256([]byte(DomainName)),
		crypto.Keccak256([]byte(DomainVersion)),
		common.LeftPadBytes(chainID.Bytes(), 32),
		common.LeftPadBytes(contract[:], 32),
	)
}

// StructHash is hashStruct(order).
func (o *Order) StructHash() [32]byte {
	var buf [10 * 32]byte
	copy(buf[0:32], orderTypeHash[:])
	copy(buf[32:64], o.Network[:])
	copy(buf[64+12:96], o.To[:])
	copy(buf[96:128], o.Secret[:])
	binary.BigEndian.PutUint32(buf[160-4:160], o.Size)
	binary.BigEndian.PutUint64(buf[192-8:192], o.MaxFee)
	binary.BigEndian.PutUint64(buf[224-8:224], o.RelayFee)
	binary.BigEndian.PutUint32(buf[256-4:256], o.Nonce)
	binary.BigEndian.PutUint64(buf[288-8:288], o.Deadline)
	copy(buf[288+12:320], o.Relay[:])
	return crypto.Keccak256Hash(buf[:])
}

// Digest is the EIP-712 digest keccak256(0x1901 ‖ domain ‖ hashStruct(order)).
func (o *Order) Digest(domain [32]byte) [32]byte {
	sh := o.StructHash()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domain[:], sh[:])
}

// SignOrder signs o under domain with key (low-s, V = 27 or 28).
func SignOrder(key *ecdsa.PrivateKey, o Order, domain [32]byte) (SignedOrder, error) {
	d := o.Digest(domain)
	sig, err := crypto.Sign(d[:], key)
	if err != nil {
		return SignedOrder{}, fmt.Errorf("sign order: %w", err)
	}
	so := SignedOrder{Order: o, V: sig[64] + 27}
	copy(so.R[:], sig[0:32])
	copy(so.S[:], sig[32:64])
	return so, nil
}

// Signer recovers the address that signed the order under domain, rejecting
// high-s signatures as the contract does.
func (s *SignedOrder) Signer(domain [32]byte) (common.Address, error) {
	if new(big.Int).SetBytes(s.S[:]).Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, ErrHighS
	}
	if s.V != 27 && s.V != 28 {
		return common.Address{}, ErrSignature
	}
	d := s.Digest(domain)
	sig := make([]byte, 65)
	copy(sig[0:32], s.R[:])
	copy(sig[32:64], s.S[:])
	sig[64] = s.V - 27
	pub, err := crypto.SigToPub(d[:], sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// PackOrders encodes orders for settle(networks, data): a network table in
// order of first use, and data (empty for no orders) big-endian: the count R
// of distinct recipients (2 bytes), the R recipients in order of first use (20
// bytes each), then OrderBytes per order:
// secret(32) r(32) vs(32) toIndex(2) size(4) nonce(4) deadline(4) maxFee(6)
// relayFee(6) networkIndex(1), where vs = s | (v − 27) << 255 is the
// EIP-2098 compact form of (v, s). A recipient that several orders name is
// written once. The relay is not encoded: the contract takes it from
// msg.sender. It fails with ErrOrderField when a field does not fit its
// packed width, ErrSignature when V is not 27 or 28, ErrHighS when S does
// not fit in 255 bits (the contract skips the rest of high s itself), and
// ErrTooManyNets or ErrTooManyTos beyond 256 networks or 65,535 recipients.
func PackOrders(orders []SignedOrder) (networks [][32]byte, data []byte, err error) {
	if len(orders) == 0 {
		return nil, nil, nil
	}
	nets := firstUse[[32]byte]{index: map[[32]byte]int{}, max: MaxNetworks, err: ErrTooManyNets}
	tos := firstUse[common.Address]{index: map[common.Address]int{}, max: MaxRecipients, err: ErrTooManyTos}
	records := make([]byte, 0, len(orders)*OrderBytes)
	for i := range orders {
		o := &orders[i]
		if o.Deadline > MaxPackedDeadline || o.MaxFee > MaxPackedFee || o.RelayFee > MaxPackedFee {
			return nil, nil, ErrOrderField
		}
		if o.V != 27 && o.V != 28 {
			return nil, nil, ErrSignature
		}
		if o.S[0]&0x80 != 0 {
			return nil, nil, ErrHighS
		}
		k, err := nets.of(o.Network)
		if err != nil {
			return nil, nil, err
		}
		t, err := tos.of(o.To)
		if err != nil {
			return nil, nil, err
		}
		records = appendOrder(records, o, uint16(t), byte(k))
	}
	data = make([]byte, 0, BatchHeaderBytes+len(tos.list)*RecipientBytes+len(records))
	data = binary.BigEndian.AppendUint16(data, uint16(len(tos.list)))
	for _, a := range tos.list {
		data = append(data, a[:]...)
	}
	return nets.list, append(data, records...), nil
}

// firstUse numbers the distinct values of a batch's table in order of first use.
type firstUse[K comparable] struct {
	index map[K]int
	list  []K
	max   int
	err   error // when a value beyond max distinct ones arrives
}

func (f *firstUse[K]) of(k K) (int, error) {
	if i, ok := f.index[k]; ok {
		return i, nil
	}
	if len(f.list) == f.max {
		return 0, f.err
	}
	f.index[k] = len(f.list)
	f.list = append(f.list, k)
	return len(f.list) - 1, nil
}

func appendOrder(b []byte, o *SignedOrder, toIdx uint16, netIdx byte) []byte {
	b = append(b, o.Secret[:]...)
	b = append(b, o.R[:]...)
	vs := o.S
	vs[0] |= (o.V - 27) << 7
	b = append(b, vs[:]...)
	b = binary.BigEndian.AppendUint16(b, toIdx)
	b = binary.BigEndian.AppendUint32(b, o.Size)
	b = binary.BigEndian.AppendUint32(b, o.Nonce)
	b = binary.BigEndian.AppendUint32(b, uint32(o.Deadline))
	b = appendUint48(b, o.MaxFee)
	b = appendUint48(b, o.RelayFee)
	return append(b, netIdx)
}

func appendUint48(b []byte, v uint64) []byte {
	return append(b, byte(v>>40), byte(v>>32), byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func uint48(b []byte) uint64 {
	return uint64(b[0])<<40 | uint64(b[1])<<32 | uint64(b[2])<<24 | uint64(b[3])<<16 | uint64(b[4])<<8 | uint64(b[5])
}

// UnpackOrders decodes what PackOrders produced, naming relay as the relay of
// every order. It accepts only canonical input (network and recipient tables
// in first-use order with no unused or repeated entry, and at least one order
// after a header), so packing the result gives data back byte for byte.
func UnpackOrders(networks [][32]byte, data []byte, relay common.Address) ([]SignedOrder, error) {
	if len(networks) > MaxNetworks {
		return nil, ErrTooManyNets
	}
	if len(data) == 0 {
		if len(networks) != 0 {
			return nil, ErrOrderNetworks
		}
		return nil, nil
	}
	if len(data) < BatchHeaderBytes {
		return nil, ErrOrderLength
	}
	r := int(binary.BigEndian.Uint16(data))
	head := BatchHeaderBytes + r*RecipientBytes
	if len(data) < head+OrderBytes || (len(data)-head)%OrderBytes != 0 {
		return nil, ErrOrderLength
	}
	table := data[BatchHeaderBytes:head]
	data = data[head:]
	n := len(data) / OrderBytes
	out := make([]SignedOrder, n)
	seenNets, seenTos := 0, 0
	for i := 0; i < n; i++ {
		b := data[i*OrderBytes : (i+1)*OrderBytes]
		o := &out[i]
		copy(o.Secret[:], b[0:32])
		copy(o.R[:], b[32:64])
		copy(o.S[:], b[64:96])
		o.V = 27 + o.S[0]>>7
		o.S[0] &= 0x7f
		t := int(binary.BigEndian.Uint16(b[96:98]))
		o.Size = binary.BigEndian.Uint32(b[98:102])
		o.Nonce = binary.BigEndian.Uint32(b[102:106])
		o.Deadline = uint64(binary.BigEndian.Uint32(b[106:110]))
		o.MaxFee = uint48(b[110:116])
		o.RelayFee = uint48(b[116:122])
		k := int(b[122])
		if k >= len(networks) {
			return nil, ErrOrderNetwork
		}
		if k > seenNets {
			return nil, ErrOrderNetworks
		}
		if k == seenNets {
			seenNets++
		}
		if t >= r {
			return nil, ErrOrderTo
		}
		if t > seenTos {
			return nil, ErrOrderTos
		}
		if t == seenTos {
			seenTos++
		}
		o.Network = networks[k]
		copy(o.To[:], table[t*RecipientBytes:(t+1)*RecipientBytes])
		o.Relay = relay
	}
	if seenNets != len(networks) {
		return nil, ErrOrderNetworks
	}
	if seenTos != r {
		return nil, ErrOrderTos
	}
	seen := make(map[[32]byte]bool, len(networks))
	for _, id := range networks {
		if seen[id] {
			return nil, ErrOrderNetworks
		}
		seen[id] = true
	}
	tos := make(map[common.Address]bool, r)
	for i := 0; i < r; i++ {
		a := common.Address(table[i*RecipientBytes : (i+1)*RecipientBytes])
		if tos[a] {
			return nil, ErrOrderTos
		}
		tos[a] = true
	}
	return out, nil
}
