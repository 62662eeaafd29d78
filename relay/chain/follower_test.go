package chain_test

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/bmail-network/bmail/contracts/chaintest"
	"github.com/bmail-network/bmail/relay/chain"
	"github.com/bmail-network/bmail/relay/store"
	"github.com/bmail-network/bmail/relay/wire"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

type fixture struct {
	t        *testing.T
	c        *chaintest.Chain
	st       *store.Store
	f        *chain.Follower
	personal [32]byte
	rollback int
}

const (
	sender    = 1
	recipient = 2
	bystander = 3
)

func setup(t *testing.T) *fixture {
	c := chaintest.New(t, 4)
	st, err := store.Open(context.Background(), store.Config{Path: filepath.Join(t.TempDir(), "r.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close(context.Background()) })
	fx := &fixture{t: t, c: c, st: st}
	out, err := c.Call(c.ABI.PackPERSONAL())
	if err != nil {
		t.Fatal(err)
	}
	fx.personal, _ = c.ABI.UnpackPERSONAL(out)
	fx.f = chain.New(c.Client, st, chain.Config{Contract: c.Contract, Depth: 2, MaxRange: 3, ReorgDepth: 4,
		OnRollback: func(uint64, uint64) { fx.rollback++ }})
	wei := new(big.Int).Mul(big.NewInt(1e9), big.NewInt(1e9)) // 1e9 gwei
	if rc, err := c.Transact(c.Keys[sender], c.ABI.PackDeposit(), wei); err != nil || rc.Status != 1 {
		t.Fatalf("deposit: %v", err)
	}
	return fx
}

func (fx *fixture) put(e *wire.Event, route [32]byte, msgIDs ...[32]byte) {
	ch := make(chan store.Result, 1)
	fx.st.Put(store.Put{Event: e, JSON: e.Marshal(nil), Route: route, Origin: "o", MsgIDs: msgIDs, ReceivedAt: time.Now()},
		func(r store.Result) { ch <- r })
	if r := <-ch; r.Err != nil || r.Reject != "" {
		fx.t.Fatalf("put: %+v", r)
	}
}

func word(a common.Address) [32]byte {
	var w [32]byte
	copy(w[12:], a[:])
	return w
}

// bundleFor stores a bundle saying transport key s speaks for account a.
func (fx *fixture) bundleFor(s *wire.Signer, a common.Address) {
	w := word(a)
	e := &wire.Event{CreatedAt: time.Now().Unix(), Kind: wire.KindBundle, Tags: [][]string{{wire.TagAccount, wire.Hex(w[:])}}, Content: "bundle"}
	s.Sign(e)
	fx.put(e, w)
}

func (fx *fixture) envelopeTo(s *wire.Signer, msgIDs ...[32]byte) *wire.Event {
	p := s.PublicKey()
	e := &wire.Event{CreatedAt: time.Now().Unix(), Kind: wire.KindEnvelope, Tags: [][]string{{wire.TagRecipient, wire.Hex(p[:])}}, Content: "ZQ=="}
	one, _ := wire.GenerateSigner()
	one.Sign(e)
	fx.put(e, p, msgIDs...)
	return e
}

// pay sends a paid message to account `to` releasing secret s.
func (fx *fixture) pay(to int, s [32]byte) *types.Receipt {
	c := fx.c
	rc, err := c.Transact(c.Keys[sender], c.ABI.PackSend(fx.personal, c.Addrs[to], s, 1024, 1e12, common.Address{}, 0), nil)
	if err != nil || rc.Status != 1 {
		fx.t.Fatalf("send: %v", err)
	}
	return rc
}

func (fx *fixture) catchUp() {
	for i := 0; i < 100; i++ {
		more, err := fx.f.Step(context.Background())
		if err != nil {
			fx.t.Fatal(err)
		}
		if !more {
			return
		}
	}
	fx.t.Fatal("follower does not catch up")
}

func (fx *fixture) state(e *wire.Event) store.State {
	st, _, err := fx.st.Has(context.Background(), e.ID)
	if err != nil {
		fx.t.Fatal(err)
	}
	return st
}

func (fx *fixture) commit(n int) {
	for i := 0; i < n; i++ {
		fx.c.Backend.Commit()
	}
}

func TestFollowerMarksPaidFromFinalLogs(t *testing.T) {
	fx := setup(t)
	fx.catchUp() // start at the current final block
	alice, bob := must(wire.GenerateSigner()), must(wire.GenerateSigner())
	fx.bundleFor(alice, fx.c.Addrs[recipient])
	fx.bundleFor(bob, fx.c.Addrs[bystander])
	sA, sB := [32]byte{1}, [32]byte{2}
	idA, idB := crypto.Keccak256Hash(sA[:]), crypto.Keccak256Hash(sB[:])
	// One envelope to alice and bob: both copies carry both msgIds.
	toAlice := fx.envelopeTo(alice, idA, idB)
	toBob := fx.envelopeTo(bob, idA, idB)

	fx.pay(recipient, sA) // pays alice only
	fx.catchUp()
	if fx.state(toAlice) != store.StateUnpaid {
		t.Fatal("marked paid before the block was final")
	}
	fx.commit(2)
	fx.catchUp()
	if fx.state(toAlice) != store.StatePaid {
		t.Fatalf("alice's copy is %v after a final Delivered log", fx.state(toAlice))
	}
	if fx.state(toBob) != store.StateUnpaid {
		t.Fatal("paying alice bought retention for bob's copy")
	}
	cur, ok, _ := fx.st.Cursor(context.Background())
	head, _ := fx.c.Client.HeaderByNumber(context.Background(), nil)
	if !ok || cur.Number != head.Number.Uint64()-2 {
		t.Fatalf("cursor %d, want head-2 = %d", cur.Number, head.Number.Uint64()-2)
	}
}

func TestFollowerRollsBackOnReorg(t *testing.T) {
	fx := setup(t)
	fx.catchUp()
	alice := must(wire.GenerateSigner())
	fx.bundleFor(alice, fx.c.Addrs[recipient])
	s := [32]byte{7}
	env := fx.envelopeTo(alice, crypto.Keccak256Hash(s[:]))
	parent, _ := fx.c.Client.HeaderByNumber(context.Background(), nil)
	rc := fx.pay(recipient, s)
	fx.commit(2)
	fx.catchUp()
	if fx.state(env) != store.StatePaid {
		t.Fatal("not paid before the reorg")
	}
	// Replace the payment's block and those after it with a longer branch.
	if err := fx.c.Backend.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	fx.commit(5)
	fx.catchUp()
	if fx.rollback == 0 {
		t.Fatal("no rollback after the cursor's block was replaced")
	}
	// The new branch decides: paid only if it carries the Delivered log.
	logs, err := fx.c.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: parent.Number, Addresses: []common.Address{fx.c.Contract}})
	if err != nil {
		t.Fatal(err)
	}
	paidOnNewBranch := false
	for _, l := range logs {
		if l.TxHash == rc.TxHash {
			if cur, _, _ := fx.st.Cursor(context.Background()); l.BlockNumber <= cur.Number {
				paidOnNewBranch = true
			}
		}
	}
	want := store.StateUnpaid
	if paidOnNewBranch {
		want = store.StatePaid
	}
	if got := fx.state(env); got != want {
		t.Fatalf("after the reorg the envelope is %v, want %v (payment on new branch: %v)", got, want, paidOnNewBranch)
	}
	t.Logf("payment re-mined on the new branch: %v", paidOnNewBranch)
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
