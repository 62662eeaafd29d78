package relay_test

import (
	"encoding/base64"
	"strings"
	"testing"
	"time"

	"github.com/bmail-network/bmail/relay"
	"github.com/bmail-network/bmail/relay/policies"
	"github.com/bmail-network/bmail/relay/relaytest"
	"github.com/bmail-network/bmail/relay/wire"
)

// listEvent makes a list event of kind signed by key, routed to list.
func listEvent(t *testing.T, key *wire.Signer, list [32]byte, kind int, created time.Time, content string) *wire.Event {
	t.Helper()
	e := &wire.Event{CreatedAt: created.Unix(), Kind: kind,
		Tags:    [][]string{{wire.TagList, wire.Hex(list[:])}},
		Content: base64.StdEncoding.EncodeToString([]byte(content))}
	if err := key.Sign(e); err != nil {
		t.Fatal(err)
	}
	return e
}

func listFilter(list [32]byte, kinds ...int) wire.Filter {
	f := wire.Filter{Tags: []wire.TagFilter{{Name: 'n', Values: [][32]byte{list}}}}
	if len(kinds) > 0 {
		f.Kinds = kinds
	}
	return f
}

// drain collects EVENT frames of sub until its EOSE.
func drain(t *testing.T, c *raw, sub string) []*wire.Event {
	t.Helper()
	var out []*wire.Event
	for {
		f := c.next()
		switch f.Type {
		case wire.FrameEvent:
			if f.SubID == sub {
				out = append(out, f.Event)
			}
		case wire.FrameEOSE:
			return out
		default:
			t.Fatalf("got %s %+v while draining %s", f.Type, f, sub)
		}
	}
}

func TestLists(t *testing.T) {
	srv := relaytest.Start(t, nil)
	now := time.Now()

	t.Run("accepted only from the list key", func(t *testing.T) {
		c := dialRaw(t, srv.URL)
		key := signer(t)
		list := key.PublicKey()
		for _, kind := range []int{wire.KindListIssue, wire.KindListKeys, wire.KindListInfo} {
			if f := c.publish(listEvent(t, key, list, kind, now, "issue")); !f.OK {
				t.Fatalf("kind %d from the list key: %q", kind, f.Message)
			}
			forged := listEvent(t, signer(t), list, kind, now, "forged")
			if f := c.publish(forged); f.OK || wire.ReasonPrefix(f.Message) != wire.PrefixInvalid {
				t.Fatalf("kind %d signed by another key: %v %q", kind, f.OK, f.Message)
			}
		}
		two := &wire.Event{CreatedAt: now.Unix(), Kind: wire.KindListIssue, Content: "eA==",
			Tags: [][]string{{"n", wire.Hex(list[:])}, {"p", wire.Hex(list[:])}}}
		key.Sign(two)
		if f := c.publish(two); f.OK || wire.ReasonPrefix(f.Message) != wire.PrefixInvalid {
			t.Fatalf("a second routing tag: %v %q", f.OK, f.Message)
		}
		nob64 := &wire.Event{CreatedAt: now.Unix(), Kind: wire.KindListIssue, Content: "not base64",
			Tags: [][]string{{"n", wire.Hex(list[:])}}}
		key.Sign(nob64)
		if f := c.publish(nob64); f.OK || wire.ReasonPrefix(f.Message) != wire.PrefixInvalid {
			t.Fatalf("content not base64: %v %q", f.OK, f.Message)
		}
		big := listEvent(t, key, list, wire.KindListInfo, now, strings.Repeat("d", relay.DefaultMaxBundleBytes))
		if f := c.publish(big); f.OK || wire.ReasonPrefix(f.Message) != wire.PrefixInvalid {
			t.Fatalf("oversized definition: %v %q", f.OK, f.Message)
		}
	})

	t.Run("stored for offline readers and fanned out live, without AUTH", func(t *testing.T) {
		key := signer(t)
		list := key.PublicKey()
		pub := dialRaw(t, srv.URL)
		first := listEvent(t, key, list, wire.KindListIssue, now, "issue 0")
		pub.publish(first)
		slice := listEvent(t, key, list, wire.KindListKeys, now, "slice")
		pub.publish(slice)

		reader := dialRaw(t, srv.URL) // never authenticates
		reader.sendFrame(&wire.ClientFrame{Type: wire.FrameReq, SubID: "l",
			Filters: []wire.Filter{func() wire.Filter { f := listFilter(list, wire.KindListIssue); f.After = ptr(0); return f }()}})
		got := drain(t, reader, "l")
		if len(got) != 1 || got[0].ID != first.ID {
			t.Fatalf("stored: %d events", len(got))
		}
		other := dialRaw(t, srv.URL)
		otherKey := signer(t)
		other.sendFrame(&wire.ClientFrame{Type: wire.FrameReq, SubID: "o", Filters: []wire.Filter{listFilter(otherKey.PublicKey())}})
		if len(drain(t, other, "o")) != 0 {
			t.Fatal("another list's reader got events")
		}

		second := listEvent(t, key, list, wire.KindListIssue, now, "issue 1")
		pub.publish(second)
		f := reader.expect(wire.FrameEvent)
		if f.Event.ID != second.ID || f.Seq == 0 {
			t.Fatalf("live: %+v", f)
		}
		pub.publish(listEvent(t, key, list, wire.KindListKeys, now, "another slice"))
		reader.quiet(200 * time.Millisecond) // the kinds filter keeps slices out
		other.quiet(100 * time.Millisecond)

		// Slices are fetched by id, naming the list.
		byID := dialRaw(t, srv.URL)
		fl := listFilter(list)
		fl.IDs = [][32]byte{slice.ID}
		byID.sendFrame(&wire.ClientFrame{Type: wire.FrameReq, SubID: "k", Filters: []wire.Filter{fl}})
		if got := drain(t, byID, "k"); len(got) != 1 || got[0].ID != slice.ID {
			t.Fatalf("slice by id: %d events", len(got))
		}
		// Without #n the relay serves no list event, stored or live.
		byID.sendFrame(&wire.ClientFrame{Type: wire.FrameReq, SubID: "a",
			Filters: []wire.Filter{{Authors: [][32]byte{list}}}})
		if got := drain(t, byID, "a"); len(got) != 0 {
			t.Fatalf("list events served without #n: %d", len(got))
		}
		pub.publish(listEvent(t, key, list, wire.KindListIssue, now, "issue 2"))
		byID.quiet(200 * time.Millisecond)
	})

	t.Run("a definition is replaceable", func(t *testing.T) {
		key := signer(t)
		list := key.PublicKey()
		c := dialRaw(t, srv.URL)
		old := listEvent(t, key, list, wire.KindListInfo, now.Add(-time.Minute), "v1")
		newer := listEvent(t, key, list, wire.KindListInfo, now, "v2")
		c.publish(old)
		c.publish(newer)
		if f := c.publish(listEvent(t, key, list, wire.KindListInfo, now.Add(-2*time.Minute), "v0")); f.OK ||
			wire.ReasonPrefix(f.Message) != wire.PrefixDuplicate {
			t.Fatalf("older definition: %v %q", f.OK, f.Message)
		}
		c.sendFrame(&wire.ClientFrame{Type: wire.FrameReq, SubID: "d", Filters: []wire.Filter{listFilter(list, wire.KindListInfo)}})
		if got := drain(t, c, "d"); len(got) != 1 || body(got[0]) != "v2" {
			t.Fatalf("definitions served: %d", len(got))
		}
	})

	t.Run("the list key deletes its events; nobody else does", func(t *testing.T) {
		key := signer(t)
		list := key.PublicKey()
		c := dialRaw(t, srv.URL)
		e := listEvent(t, key, list, wire.KindListKeys, now, "stale slice")
		c.publish(e)
		del := func(by *wire.Signer) string {
			d := &wire.Event{CreatedAt: now.Unix(), Kind: wire.KindDeletion, Tags: [][]string{{"e", e.IDHex()}}}
			by.Sign(d)
			return c.publish(d).Message
		}
		if m := del(signer(t)); m != "deleted 0 of 1" {
			t.Fatalf("a stranger's deletion: %q", m)
		}
		if m := del(key); m != "deleted 1 of 1" {
			t.Fatalf("the list key's deletion: %q", m)
		}
		if f := c.publish(e); !f.OK || wire.ReasonPrefix(f.Message) != wire.PrefixDuplicate {
			t.Fatalf("re-sent after deletion: %v %q", f.OK, f.Message)
		}
	})
}

// A list is bounded: past its quota the oldest issues and slices are
// evicted, the definition stays.
func TestListQuota(t *testing.T) {
	srv := relaytest.Start(t, func(c *relay.Config, _ *policies.Limits) { c.Store.MaxListBytes = 4 << 10 })
	key := signer(t)
	list := key.PublicKey()
	c := dialRaw(t, srv.URL)
	now := time.Now()
	c.publish(listEvent(t, key, list, wire.KindListInfo, now, "definition"))
	var ids [][32]byte
	for i := range 8 {
		e := listEvent(t, key, list, wire.KindListIssue, now, strings.Repeat(string(rune('a'+i)), 1000))
		if f := c.publish(e); !f.OK {
			t.Fatalf("issue %d: %q", i, f.Message)
		}
		ids = append(ids, e.ID)
	}
	if f := c.publish(listEvent(t, key, list, wire.KindListIssue, now, strings.Repeat("z", 5000))); f.OK {
		t.Fatal("an issue larger than the quota was stored")
	}
	c.sendFrame(&wire.ClientFrame{Type: wire.FrameReq, SubID: "q", Filters: []wire.Filter{listFilter(list)}})
	got := drain(t, c, "q")
	kept := map[[32]byte]bool{}
	info := 0
	for _, e := range got {
		if e.Kind == wire.KindListInfo {
			info++
		}
		kept[e.ID] = true
	}
	if info != 1 || len(got) < 3 || len(got) > 5 || !kept[ids[7]] || kept[ids[0]] {
		t.Fatalf("after the quota: %d events, definition %d, newest kept %v, oldest kept %v", len(got), info, kept[ids[7]], kept[ids[0]])
	}
}
