package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/contracts/chaintest"
)

func sampleOrders(t testing.TB) ([][32]byte, []byte) {
	domain := contracts.DomainSeparator(big.NewInt(1337), common.Address{1})
	var orders []contracts.SignedOrder
	for i := 0; i < 3; i++ {
		o := contracts.Order{Network: [32]byte{byte(i % 2)}, To: common.Address{byte(i % 2)}, Secret: secret(i), Size: 4096,
			MaxFee: 1 << 30, RelayFee: 100, Nonce: uint32(i), Deadline: 1_800_000_000, Relay: common.Address{9}}
		so, err := contracts.SignOrder(chaintest.DeterministicKey(i), o, domain)
		if err != nil {
			t.Fatal(err)
		}
		orders = append(orders, so)
	}
	nets, data, err := contracts.PackOrders(orders)
	if err != nil {
		t.Fatal(err)
	}
	return nets, data
}

func TestOrderPackRoundTripAndSigner(t *testing.T) {
	nets, data := sampleOrders(t)
	head := contracts.BatchHeaderBytes + 2*contracts.RecipientBytes // orders 0 and 2 share a recipient
	if len(data) != head+3*contracts.OrderBytes || len(nets) != 2 {
		t.Fatalf("packed %d bytes, %d networks", len(data), len(nets))
	}
	orders, err := contracts.UnpackOrders(nets, data, common.Address{9})
	if err != nil {
		t.Fatal(err)
	}
	domain := contracts.DomainSeparator(big.NewInt(1337), common.Address{1})
	for i, o := range orders {
		s, err := o.Signer(domain)
		if err != nil || s != crypto.PubkeyToAddress(chaintest.DeterministicKey(i).PublicKey) {
			t.Fatalf("order %d signer %v %v", i, s, err)
		}
	}
	// The same order for another relay recovers to someone else.
	orders[0].Relay = common.Address{8}
	if s, _ := orders[0].Signer(domain); s == crypto.PubkeyToAddress(chaintest.DeterministicKey(0).PublicKey) {
		t.Fatal("relay is not bound by the signature")
	}
	// Non-canonical tables are refused.
	bad := bytes.Clone(data)
	bad[head+122] = 1 // the first order names the second network first
	if _, err := contracts.UnpackOrders(nets, bad, common.Address{}); err == nil {
		t.Fatal("accepted a table out of first-use order")
	}
	// The same for the recipient table: out of first-use order, an index
	// beyond it, a repeated or an unused entry.
	for i, f := range []func(b []byte){
		func(b []byte) { b[head+97] = 1 },
		func(b []byte) { b[head+97] = 2 },
		func(b []byte) { copy(b[2+20:2+40], b[2:22]) },
		func(b []byte) { b[head+2*contracts.OrderBytes+97] = 0; b[head+contracts.OrderBytes+97] = 0 },
	} {
		bad := bytes.Clone(data)
		f(bad)
		if _, err := contracts.UnpackOrders(nets, bad, common.Address{}); err == nil {
			t.Fatalf("recipient case %d accepted", i)
		}
	}
	if _, err := contracts.UnpackOrders([][32]byte{nets[0], nets[0]}, data, common.Address{}); err == nil {
		t.Fatal("accepted a duplicate network")
	}
	if _, err := contracts.UnpackOrders(append(nets, [32]byte{7}), data, common.Address{}); err == nil {
		t.Fatal("accepted an unused network")
	}
	if _, err := contracts.UnpackOrders(nets, data[:100], common.Address{}); err == nil {
		t.Fatal("accepted a short order")
	}
	// Fields beyond their packed width, and signatures the compact form cannot carry.
	for i, f := range []func(*contracts.SignedOrder){
		func(o *contracts.SignedOrder) { o.Deadline = 1 << 32 },
		func(o *contracts.SignedOrder) { o.MaxFee = 1 << 48 },
		func(o *contracts.SignedOrder) { o.RelayFee = 1 << 48 },
		func(o *contracts.SignedOrder) { o.V = 29 },
		func(o *contracts.SignedOrder) { o.S[0] = 0x80 },
	} {
		o := orders[1]
		f(&o)
		if _, _, err := contracts.PackOrders([]contracts.SignedOrder{o}); err == nil {
			t.Fatalf("case %d packed", i)
		}
	}
}

// FuzzDeliveredLog: decoding a log never panics, and whatever decodes
// encodes back to the same topics and data.
func FuzzDeliveredLog(f *testing.F) {
	d := &contracts.Delivered{To: common.Address{1}, From: common.Address{2}, Secret: secret(1), Fee: 10_000, Size: 4096,
		Network: [32]byte{3}, Relay: common.Address{4}, RelayFee: 1_000}
	topics, data := contracts.DeliveredLog(d)
	f.Add(topics[0][:], data)
	f.Add(make([]byte, 32), make([]byte, 128))
	f.Fuzz(func(t *testing.T, topic, data []byte) {
		if len(topic) != 32 {
			return
		}
		l := &types.Log{Topics: []common.Hash{common.Hash(topic)}, Data: data}
		d, err := contracts.UnpackDelivered(l)
		if err != nil {
			return
		}
		topics, data2 := contracts.DeliveredLog(d)
		if len(topics) != 1 || topics[0] != l.Topics[0] || !bytes.Equal(data, data2) {
			t.Fatal("round trip changed the log")
		}
	})
}

// FuzzUnpackOrders: decoding never panics, and whatever decodes packs back
// to the same bytes.
func FuzzUnpackOrders(f *testing.F) {
	nets, data := sampleOrders(f)
	var table []byte
	for _, n := range nets {
		table = append(table, n[:]...)
	}
	f.Add(table, data)
	f.Add([]byte{}, []byte{})
	f.Add(table[:32], data[:contracts.BatchHeaderBytes+contracts.RecipientBytes+contracts.OrderBytes])
	f.Fuzz(func(t *testing.T, table, data []byte) {
		if len(table)%32 != 0 || len(table) > 32*8 || len(data) > 20*contracts.OrderBytes {
			return
		}
		var nets [][32]byte
		for i := 0; i < len(table); i += 32 {
			nets = append(nets, [32]byte(table[i:i+32]))
		}
		orders, err := contracts.UnpackOrders(nets, data, common.Address{})
		if err != nil {
			return
		}
		nets2, data2, err := contracts.PackOrders(orders)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(data, data2) || len(nets2) != len(nets) {
			t.Fatalf("round trip changed the batch")
		}
		for i := range nets {
			if nets[i] != nets2[i] {
				t.Fatal("round trip changed the network table")
			}
		}
	})
}
