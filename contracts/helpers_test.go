package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/contracts/bindings"
	"github.com/bmail-network/bmail/contracts/chaintest"
	"github.com/bmail-network/bmail/pricing"
	"github.com/bmail-network/bmail/reputation/ledger"
)

// env is a chain with named helpers for the tests.
type env struct {
	*chaintest.Chain
	t        testing.TB
	personal [32]byte
	news     [32]byte
}

func newEnv(t testing.TB, n int) *env {
	t.Helper()
	c := chaintest.New(t, n)
	e := &env{Chain: c, t: t}
	e.personal = e.bytes32(c.ABI.PackPERSONAL(), c.ABI.UnpackPERSONAL)
	e.news = e.bytes32(c.ABI.PackNEWSLETTER(), c.ABI.UnpackNEWSLETTER)
	return e
}

func (e *env) bytes32(data []byte, unpack func([]byte) ([32]byte, error)) [32]byte {
	e.t.Helper()
	out, err := e.Call(data)
	if err != nil {
		e.t.Fatal(err)
	}
	v, err := unpack(out)
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

func (e *env) key(i int) *ecdsa.PrivateKey { return e.Keys[i] }
func (e *env) addr(i int) common.Address   { return e.Addrs[i] }

// do sends data from account i and fails the test unless it succeeds.
func (e *env) do(i int, data []byte) *types.Receipt {
	e.t.Helper()
	rc, err := e.Transact(e.Keys[i], data, nil)
	if err != nil {
		e.t.Fatalf("transaction from %d: %v", i, err)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("transaction from %d failed", i)
	}
	return rc
}

// fails sends data from account i and checks it reverts with want.
func (e *env) fails(i int, data []byte, want error) {
	e.t.Helper()
	_, err := e.Transact(e.Keys[i], data, nil)
	if !errors.Is(err, want) {
		e.t.Fatalf("want %v, got %v", want, err)
	}
}

func gweiWei(g uint64) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(g), big.NewInt(1e9))
}

func (e *env) deposit(i int, g uint64) {
	e.t.Helper()
	rc, err := e.Transact(e.Keys[i], e.ABI.PackDeposit(), gweiWei(g))
	if err != nil || rc.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("deposit: %v", err)
	}
}

func (e *env) balance(i int) uint64 {
	e.t.Helper()
	out, err := e.Call(e.ABI.PackBalanceGwei(e.Addrs[i]))
	if err != nil {
		e.t.Fatal(err)
	}
	v, err := e.ABI.UnpackBalanceGwei(out)
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

func (e *env) quote(net [32]byte, from, to int, size uint32, n uint32) bindings.QuoteOutput {
	e.t.Helper()
	out, err := e.Call(e.ABI.PackQuote(net, e.Addrs[from], e.Addrs[to], size, n))
	if err != nil {
		e.t.Fatal(err)
	}
	q, err := e.ABI.UnpackQuote(out)
	if err != nil {
		e.t.Fatal(err)
	}
	return q
}

func (e *env) owed(to, from int) uint64 {
	e.t.Helper()
	out, err := e.Call(e.ABI.PackOwedTo(e.Addrs[to], e.Addrs[from]))
	if err != nil {
		e.t.Fatal(err)
	}
	v, _ := e.ABI.UnpackOwedTo(out)
	return v
}

func (e *env) word(data []byte) *big.Int {
	e.t.Helper()
	out, err := e.Call(data)
	if err != nil {
		e.t.Fatal(err)
	}
	return new(big.Int).SetBytes(out)
}

func secret(i int) [32]byte {
	return crypto.Keccak256Hash([]byte{byte(i), byte(i >> 8), byte(i >> 16), 's'})
}

// sendData is calldata for send on network net from any account to `to`.
func (e *env) sendData(net [32]byte, to int, s [32]byte, size uint32, maxFee uint64, relay common.Address, relayFee uint64) []byte {
	return e.ABI.PackSend(net, e.Addrs[to], s, size, maxFee, relay, relayFee)
}

// delivered returns the Delivered events in rc.
func (e *env) delivered(rc *types.Receipt) []*contracts.Delivered {
	var out []*contracts.Delivered
	for _, l := range rc.Logs {
		if ev, err := contracts.UnpackDelivered(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

var _ = contracts.ErrBlocked

func chaintestChainID() *big.Int { return chaintest.ChainID }

func ctxBG() context.Context { return context.Background() }

var secp256k1N = crypto.S256().Params().N

// state reads quoteState(from, to) as pricing words.
func (e *env) state(from, to common.Address) pricing.State {
	e.t.Helper()
	out, err := e.Call(e.ABI.PackQuoteState(from, to))
	if err != nil {
		e.t.Fatal(err)
	}
	q, err := e.ABI.UnpackQuoteState(out)
	if err != nil {
		e.t.Fatal(err)
	}
	return pricing.State{
		Sender: pricing.WordFromBig(q.Account), SenderStanding: pricing.WordFromBig(q.Standing),
		Pair: pricing.WordFromBig(q.Pair), RecipientStanding: pricing.WordFromBig(q.RecipientStanding),
		SenderIsLo: ledger.Address(from).Less(ledger.Address(to)),
	}
}
