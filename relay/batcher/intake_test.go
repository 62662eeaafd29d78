package batcher_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/pricing"
	"github.com/bmail-network/bmail/relay/batcher"
	"github.com/bmail-network/bmail/relay/chain"
	"github.com/bmail-network/bmail/relay/relayclient"
	"github.com/bmail-network/bmail/relay/store"
	"github.com/bmail-network/bmail/relay/wire"
	"github.com/ethereum/go-ethereum/common"
)

// Every intake check refuses with its prefix and code, through a real
// relay connection, and nothing refused is stored.
func TestIntakeRefusals(t *testing.T) {
	w := newWorld(t, 2, 3, nil)
	s, r := w.sender(0), w.recipient(0)
	w.deposit(s, 200_000)
	head := func() uint64 { return w.head().Time }

	// State the cases need: a nonce cancelled on chain, a blocked pair, a
	// message already paid (seen by the chain follower).
	w.tx(s, w.c.ABI.PackCancelBelow(3), nil)
	w.nonces[w.addr(s)] = 3
	w.tx(w.recipient(2), w.c.ABI.PackBlockSender(w.addr(s), true), nil)
	paidSecret := w.secret()
	w.envelope(paidSecret)
	w.tx(s, w.c.ABI.PackSend(pricing.PersonalID, w.addr(r), paidSecret, 4096, 100_000, common.Address{}, 0), nil)
	w.commit(2)
	f := chain.New(w.c.Client, w.store(), chain.Config{Contract: w.c.Contract, Depth: 1, StartBlock: 1})
	for more := true; more; {
		var err error
		if more, err = f.Step(w.ctx); err != nil {
			t.Fatal(err)
		}
	}
	pending := w.order(s, r, true, nil)
	w.mustAccept(pending)

	cases := []struct {
		name, prefix, code string
		post               bool
		mod                func(*contracts.Order)
		sig                func(*contracts.SignedOrder)
	}{
		{"wrong relay", wire.PrefixInvalid, batcher.CodeWrongRelay, true, func(o *contracts.Order) { o.Relay = w.addr(r) }, nil},
		{"bad signature", wire.PrefixInvalid, batcher.CodeBadSignature, true, nil, func(so *contracts.SignedOrder) { so.V = 29 }},
		{"high s", wire.PrefixInvalid, batcher.CodeHighS, true, nil, func(so *contracts.SignedOrder) { copy(so.S[:], bytes.Repeat([]byte{0xff}, 32)) }},
		{"max fee wider than the batch encoding", wire.PrefixInvalid, batcher.CodeUnpackable, true, func(o *contracts.Order) { o.MaxFee = 1 << 50 }, nil},
		{"size 0", wire.PrefixInvalid, batcher.CodeBadSize, true, func(o *contracts.Order) { o.Size = 0 }, nil},
		{"to self", wire.PrefixInvalid, batcher.CodeBadRecipient, true, func(o *contracts.Order) { o.To = w.addr(s) }, nil},
		{"relay fee below the advertised", wire.PrefixBlocked, batcher.CodeRelayFee, true, func(o *contracts.Order) { o.RelayFee = 499 }, nil},
		{"deadline too soon", wire.PrefixInvalid, batcher.CodeDeadlineTooSoon, true, func(o *contracts.Order) { o.Deadline = head() + 5 }, nil},
		{"deadline too far", wire.PrefixInvalid, batcher.CodeDeadlineTooFar, true, func(o *contracts.Order) { o.Deadline = head() + 3700 }, nil},
		{"unknown network", wire.PrefixInvalid, batcher.CodeUnknownNetwork, true, func(o *contracts.Order) { o.Network = [32]byte{1} }, nil},
		{"no envelope", wire.PrefixBlocked, batcher.CodeNoEnvelope, false, nil, nil},
		{"already paid", wire.PrefixBlocked, batcher.CodeAlreadyPaid, false, func(o *contracts.Order) { o.Secret = paidSecret }, nil},
		{"cancelled nonce", wire.PrefixInvalid, batcher.CodeNonceUsed, true, func(o *contracts.Order) { o.Nonce = 2 }, nil},
		{"nonce of an open order", wire.PrefixInvalid, batcher.CodeNoncePending, true, func(o *contracts.Order) { o.Nonce = pending.Nonce }, nil},
		{"nonces wider than the window", wire.PrefixInvalid, batcher.CodeNonceWindow, true, func(o *contracts.Order) { o.Nonce = pending.Nonce + contracts.NonceWindow }, nil},
		{"beyond the deposit", wire.PrefixBlocked, batcher.CodeDeposit, true, func(o *contracts.Order) { o.MaxFee = 150_000 }, nil},
		{"blocked by the recipient", wire.PrefixBlocked, batcher.CodeWouldSkip, true, func(o *contracts.Order) { o.To = w.addr(w.recipient(2)) }, nil},
		{"max fee below the price", wire.PrefixBlocked, batcher.CodeWouldSkip, true, func(o *contracts.Order) { o.MaxFee = 100 }, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o := w.order(s, r, c.post, c.mod)
			if c.sig != nil {
				c.sig(&o)
			}
			a := w.submit(o)
			if a.OK || a.State != relayclient.OrderRefused || a.Prefix() != c.prefix || a.Code != c.code {
				t.Fatalf("got %+v, want %s: %s", a, c.prefix, c.code)
			}
			if _, held, _ := w.store().OrderByID(w.ctx, o.StructHash()); held {
				t.Fatal("a refused order was stored")
			}
		})
	}
	t.Run("the order's cost sets the least relay fee", func(t *testing.T) {
		w2 := newWorld(t, 1, 1, func(c *batcher.Config) { c.Cost.GasPriceWei = 80_000_000 }) // 0.08 gwei: 2,888 gwei an order
		w2.deposit(w2.sender(0), 200_000)
		a := w2.submit(w2.order(w2.sender(0), w2.recipient(0), true, nil))
		if a.Code != batcher.CodeRelayFee {
			t.Fatalf("got %+v", a)
		}
		w2.mustAccept(w2.order(w2.sender(0), w2.recipient(0), true, func(o *contracts.Order) { o.RelayFee = 2_900 }))
	})
	t.Run("an unpackable order in the queue does not hold up the batch", func(t *testing.T) {
		good := w.order(s, r, true, func(o *contracts.Order) { o.MaxFee = 50_000 })
		w.mustAccept(good)
		bad := w.order(s, r, true, func(o *contracts.Order) { o.Deadline = 1 << 40 })
		rec := store.Order{ID: bad.StructHash(), Signer: w.addr(s), Nonce: bad.Nonce, Recipient: bad.To, Body: wireOrder(bad),
			Debit: 1, Deadline: 1 << 40, ReceivedAt: time.Now(), Origin: "test"}
		if res, err := w.store().AddOrder(w.ctx, rec, store.OrderLimits{Balance: 1 << 40}); err != nil || !res.Added {
			t.Fatalf("forcing it in: %+v %v", res, err)
		}
		w.settleAll()
		if st := w.state(bad); st.State != store.OrderDropped || st.Reason != batcher.CodeUnpackable {
			t.Fatalf("the unpackable order: %+v", st)
		}
		if w.state(good).State != store.OrderSettled || w.state(pending).State != store.OrderSettled {
			t.Fatal("the good orders did not settle")
		}
	})
	t.Run("per-sender rate", func(t *testing.T) {
		w3 := newWorld(t, 1, 1, func(c *batcher.Config) { c.SenderRate, c.SenderBurst = 0.001, 2 })
		w3.deposit(w3.sender(0), 1_000_000)
		for k := 0; k < 2; k++ {
			w3.mustAccept(w3.order(w3.sender(0), w3.recipient(0), true, nil))
		}
		if a := w3.submit(w3.order(w3.sender(0), w3.recipient(0), true, nil)); a.Prefix() != wire.PrefixRateLimited || a.Code != batcher.CodeSenderRate {
			t.Fatalf("got %+v", a)
		}
	})
}
