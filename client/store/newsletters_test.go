package store

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// The roster and the list's key schedule are on disk: they survive a
// reopen, slots are reused lowest first, and a chain value for an earlier
// index of an epoch is never replaced by a later one.
func TestNewsletterRecords(t *testing.T) {
	ctx := context.Background()
	s, path := open(t)
	list := [32]byte{1}
	l := &List{ID: list, Key: [32]byte{2}, Name: "News", Relays: []string{"ws://127.0.0.1:1"}, Definition: []byte("{}"), Chain: [32]byte{3}, Slots: 3}
	err := s.NewsletterTx(ctx, func(n *NL) error {
		if err := n.PutList(ctx, l); err != nil {
			return err
		}
		for i, a := range []byte{0xa, 0xb, 0xc} {
			if err := n.PutSubscriber(ctx, &ListSubscriber{List: list, Account: common.Address{a}, Slot: uint32(i), Key: [32]byte{a}, Active: a != 0xb}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	n := s.Newsletters()
	got, err := n.List(ctx, list)
	if err != nil || got.Name != "News" || got.Chain != l.Chain || got.Slots != 3 || len(got.Relays) != 1 {
		t.Fatalf("list after reopen: %+v %v", got, err)
	}
	active, err := n.Subscribers(ctx, list, true)
	if err != nil || len(active) != 2 || active[0].Account != (common.Address{0xa}) || active[1].Slot != 2 {
		t.Fatalf("active roster: %+v %v", active, err)
	}
	if free, err := n.FreeSlot(ctx, list, 3); err != nil || free != 1 {
		t.Fatalf("free slot %d %v, want 1 (left by 0x0b)", free, err)
	}
	if free, _ := n.FreeSlot(ctx, [32]byte{9}, 0); free != 0 {
		t.Fatalf("free slot of an empty list: %d", free)
	}

	if ok, err := n.AddChain(ctx, list, ChainValue{Epoch: 1, BaseIndex: 5, Chain: [32]byte{5}}); !ok || err != nil {
		t.Fatal("first chain value not recorded", err)
	}
	if ok, _ := n.AddChain(ctx, list, ChainValue{Epoch: 1, BaseIndex: 7, Chain: [32]byte{7}}); ok {
		t.Fatal("a later chain value replaced an earlier one")
	}
	if ok, _ := n.AddChain(ctx, list, ChainValue{Epoch: 1, BaseIndex: 2, Chain: [32]byte{2}}); !ok {
		t.Fatal("an earlier chain value was not recorded")
	}
	if cs, _ := n.Chains(ctx, list); cs[1].BaseIndex != 2 || cs[1].Chain != ([32]byte{2}) {
		t.Fatalf("chains %+v", cs)
	}

	is := &NewsletterIssue{List: list, Epoch: 1, Index: 3, Subject: "one"}
	if ok, err := n.AddIssue(ctx, is); !ok || err != nil {
		t.Fatal("issue not added", err)
	}
	is.Subject = "replayed"
	if ok, _ := n.AddIssue(ctx, is); ok {
		t.Fatal("the same (list, epoch, index) was added twice")
	}
	if all, _ := n.Issues(ctx, [32]byte{}); len(all) != 1 || all[0].Subject != "one" {
		t.Fatalf("issues %+v", all)
	}
}
