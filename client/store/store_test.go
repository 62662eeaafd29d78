package store

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func open(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "bmail.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

var ctx = context.Background()

func TestMigrationsAndReopen(t *testing.T) {
	s, path := open(t)
	if err := s.BindMeta(ctx, "account", []byte{1}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if err := s2.BindMeta(ctx, "account", []byte{1}); err != nil {
		t.Fatal(err)
	}
	if err := s2.BindMeta(ctx, "account", []byte{2}); !errors.Is(err, ErrConflict) {
		t.Fatalf("another account bound: %v", err)
	}
	var mode string
	if err := s2.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Fatalf("journal mode %q %v", mode, err)
	}
	// A store from a newer build is refused.
	s2.db.Exec("PRAGMA user_version = 99")
	s2.Close()
	if _, err := Open(ctx, path); !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("newer schema: %v", err)
	}
	db, _ := sql.Open("sqlite3", path)
	db.Exec("PRAGMA user_version = 1")
	db.Close()
}

func TestContactsGrantsBlocks(t *testing.T) {
	s, _ := open(t)
	a := common.HexToAddress("0xa")
	if err := s.PutContact(ctx, &Contact{Account: a, Name: "alice", Relays: []string{"ws://127.0.0.1:1"}, AddedAt: time.Unix(5, 0)}); err != nil {
		t.Fatal(err)
	}
	c, err := s.Contact(ctx, a)
	if err != nil || c.Name != "alice" || len(c.Relays) != 1 || c.AddedAt.Unix() != 5 {
		t.Fatalf("%+v %v", c, err)
	}
	if err := s.DeleteContact(ctx, a); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Contact(ctx, a); !errors.Is(err, ErrNotFound) {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		g    Grant
		took bool
	}{{Grant{a, true, 10}, true}, {Grant{a, false, 9}, false}, {Grant{a, false, 10}, false}, {Grant{a, false, 11}, true}} {
		took, err := s.PutGrant(ctx, tc.g)
		if err != nil || took != tc.took {
			t.Fatalf("grant %+v: took %v %v", tc.g, took, err)
		}
	}
	if g, _ := s.Grant(ctx, a); g.Accepts || g.Time != 11 {
		t.Fatalf("grant %+v", g)
	}
	s.SetBlocked(ctx, a, true)
	if b, _ := s.IsBlocked(ctx, a); !b {
		t.Fatal("not blocked")
	}
	s.SetBlocked(ctx, a, false)
	if l, _ := s.Blocked(ctx); len(l) != 0 {
		t.Fatal("still blocked")
	}
}

func TestBundlePinning(t *testing.T) {
	s, _ := open(t)
	a := common.HexToAddress("0xb")
	p := &PinnedBundle{Account: a, Hash: [32]byte{1}, Bundle: []byte("b1"), Fingerprint: [20]byte{1}, PinnedAt: time.Unix(1, 0), CheckedAt: time.Unix(1, 0)}
	if err := s.Pin(ctx, p, []byte("key1")); err != nil {
		t.Fatal(err)
	}
	if err := s.SetPendingBundle(ctx, a, [32]byte{2}, []byte("b2")); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Pinned(ctx, a)
	if got.Hash != p.Hash || !got.HasPendingChange() || string(got.NewBundle) != "b2" {
		t.Fatalf("%+v", got)
	}
	p2 := &PinnedBundle{Account: a, Hash: [32]byte{2}, Bundle: []byte("b2"), Fingerprint: [20]byte{2}}
	if err := s.Pin(ctx, p2, []byte("key2")); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Pinned(ctx, a)
	if got.HasPendingChange() || got.Hash != p2.Hash {
		t.Fatalf("accepting did not clear the change: %+v", got)
	}
	for _, k := range []string{"key1", "key2"} {
		if ok, _ := s.IsSigningKey(ctx, a, []byte(k)); !ok {
			t.Fatalf("%s forgotten", k)
		}
	}
	if ok, _ := s.IsSigningKey(ctx, a, []byte("key3")); ok {
		t.Fatal("unknown key certified")
	}
	if err := s.SetPendingBundle(ctx, common.HexToAddress("0xc"), [32]byte{3}, nil); !errors.Is(err, ErrNotFound) {
		t.Fatal(err)
	}
}

func TestEnvelopesPaymentsRollback(t *testing.T) {
	s, _ := open(t)
	id1, id2 := [32]byte{1}, [32]byte{2}
	e := &Envelope{MsgID: id1, Bytes: []byte("env"), FirstRelay: "r1", State: EnvWaiting, ReceivedAt: time.Unix(3, 0)}
	if added, err := s.AddEnvelope(ctx, e); !added || err != nil {
		t.Fatal(added, err)
	}
	e.FirstRelay = "r2"
	if added, err := s.AddEnvelope(ctx, e); added || err != nil {
		t.Fatal("duplicate added", err)
	}
	got, _ := s.Envelope(ctx, id1)
	if got.Copies != 2 || got.FirstRelay != "r1" {
		t.Fatalf("%+v", got)
	}
	s.AddEnvelope(ctx, &Envelope{MsgID: id2, Bytes: []byte("e2"), State: EnvWaiting})

	from := common.HexToAddress("0xf")
	pays := []Payment{
		{BlockHash: [32]byte{10}, LogIndex: 0, Block: 10, BlockTime: 86400 * 3, MsgID: id1, Payer: from, Fee: 7, Relay: common.HexToAddress("0x1")},
		{BlockHash: [32]byte{12}, LogIndex: 1, Block: 12, BlockTime: 86400*3 + 5, MsgID: id2, Payer: from, Fee: 9, Relay: common.HexToAddress("0x2")},
	}
	added, err := s.AddPayments(ctx, Cursor{12, [32]byte{12}}, pays)
	if err != nil || len(added) != 2 {
		t.Fatal(len(added), err)
	}
	if added, _ := s.AddPayments(ctx, Cursor{12, [32]byte{12}}, pays); len(added) != 0 {
		t.Fatal("payments added twice")
	}
	for _, id := range [][32]byte{id1, id2} {
		if _, err := s.ShowEnvelope(ctx, id, &Message{From: from, Subject: "s", Fee: 1}); err != nil {
			t.Fatal(err)
		}
	}
	if n, _ := s.CountUnread(ctx, FolderInbox); n != 2 {
		t.Fatalf("unread %d", n)
	}
	back, err := s.RollbackPayments(ctx, Cursor{11, [32]byte{11}})
	if err != nil || len(back) != 1 || back[0] != id2 {
		t.Fatalf("rollback %v %v", back, err)
	}
	if env, _ := s.Envelope(ctx, id2); env.State != EnvWaiting {
		t.Fatalf("state %s", env.State)
	}
	ms, _ := s.Messages(ctx, Query{Folder: FolderInbox})
	if len(ms) != 1 || ms[0].MsgID != id1 {
		t.Fatalf("visible after rollback: %d", len(ms))
	}
	if c, ok, _ := s.ChainCursor(ctx); !ok || c.Number != 11 {
		t.Fatalf("cursor %v", c)
	}
	// Shown again after the payment is back: same row, visible.
	s.AddPayments(ctx, Cursor{13, [32]byte{13}}, []Payment{{BlockHash: [32]byte{13}, Block: 13, BlockTime: 86400 * 4, MsgID: id2, Payer: from, Fee: 9}})
	rowID, _ := s.ShowEnvelope(ctx, id2, &Message{From: from, Fee: 9})
	ms, _ = s.Messages(ctx, Query{Folder: FolderInbox})
	if len(ms) != 2 || (ms[0].ID != rowID && ms[1].ID != rowID) {
		t.Fatalf("not shown again: %d", len(ms))
	}
	days, _ := s.EarningsByDay(ctx, time.Time{}, 1)
	if len(days) != 2 || days[0].Key != "1970-01-05" || days[0].Fees != 9 || days[1].Fees != 7 {
		t.Fatalf("days %+v", days)
	}
	rel, _ := s.EarningsByRelay(ctx, time.Time{})
	if len(rel) != 2 || rel[0].Fees != 9 {
		t.Fatalf("relays %+v", rel)
	}
	if counts, _ := s.CountEnvelopes(ctx); counts[EnvShown] != 2 {
		t.Fatalf("counts %v", counts)
	}
}

func TestMessagesAndDrafts(t *testing.T) {
	s, _ := open(t)
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	root := &Message{Folder: FolderSent, MessageID: [32]byte{1}, From: a, To: []common.Address{b}, Cc: []common.Address{a, b}, Subject: "100% sure_", Body: "hello", SentAt: time.Unix(10, 0)}
	if _, err := s.AddMessage(ctx, root); err != nil {
		t.Fatal(err)
	}
	reply := &Message{Folder: FolderInbox, MessageID: [32]byte{2}, InReplyTo: [32]byte{1}, From: b, To: []common.Address{a}, Subject: "re", Body: "HELLO back", SentAt: time.Unix(20, 0)}
	s.AddMessage(ctx, reply)
	got, _ := s.Message(ctx, root.ID)
	if !reflect.DeepEqual(got.Cc, root.Cc) || got.Ack != AckNone || got.Folder != FolderSent {
		t.Fatalf("%+v", got)
	}
	for _, tc := range []struct {
		q    Query
		want int
	}{
		{Query{Search: "hello"}, 2},
		{Query{Search: "100%"}, 1},
		{Query{Search: "%"}, 1},
		{Query{Search: "_"}, 1},
		{Query{Thread: [32]byte{1}}, 2},
		{Query{From: &b}, 1},
		{Query{Folder: FolderInbox, UnreadOnly: true}, 1},
	} {
		if ms, _ := s.Messages(ctx, tc.q); len(ms) != tc.want {
			t.Errorf("%+v: %d, want %d", tc.q, len(ms), tc.want)
		}
	}
	s.SetRead(ctx, reply.ID, true)
	s.Move(ctx, reply.ID, FolderArchive)
	s.SetAck(ctx, reply.ID, 2, [32]byte{9})
	got, _ = s.Message(ctx, reply.ID)
	if !got.Read || got.Folder != FolderArchive || got.Ack != 2 || got.AckTx != [32]byte{9} {
		t.Fatalf("%+v", got)
	}
	if err := s.Move(ctx, reply.ID, "trash"); err == nil {
		t.Fatal("unknown folder accepted")
	}
	if err := s.DeleteMessage(ctx, reply.ID); err != nil {
		t.Fatal(err)
	}
	d := &Draft{To: []string{"alice", "0xb"}, Subject: "s", Body: "b"}
	id, err := s.SaveDraft(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	d.Body = "b2"
	s.SaveDraft(ctx, d)
	gd, _ := s.Draft(ctx, id)
	if gd.Body != "b2" || len(gd.To) != 2 || len(gd.Cc) != 0 {
		t.Fatalf("%+v", gd)
	}
	s.DeleteDraft(ctx, id)
	if ds, _ := s.Drafts(ctx); len(ds) != 0 {
		t.Fatal("draft not deleted")
	}
}

func TestOutbox(t *testing.T) {
	s, _ := open(t)
	s.Now = func() time.Time { return time.Unix(1000, 0) }
	it := &OutboxItem{Kind: KindMail, State: OutQueued, Message: []byte("m"), MaxTotal: 50,
		Recipients: []OutboxRecipient{{Account: common.HexToAddress("0x1"), Relays: []string{"r1", "r2"}}, {Account: common.HexToAddress("0x2"), Free: true}}}
	id, err := s.CreateOutbox(ctx, it)
	if err != nil {
		t.Fatal(err)
	}
	it.State, it.Message = OutPaying, []byte("m2")
	r := &it.Recipients[0]
	r.PayMode, r.PayState, r.MaxFee, r.RelayFee, r.CommittedAt, r.TxRaw, r.TxHash, r.TxNonce = ModeTx, PaySigned, 20, 3, s.Now(), []byte{1, 2}, [32]byte{7}, 4
	it.Recipients[1].PayState = PayFree
	if err := s.SaveOutbox(ctx, it); err != nil {
		t.Fatal(err)
	}
	got, err := s.Outbox(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Recipients, it.Recipients) || got.State != OutPaying || string(got.Message) != "m2" {
		t.Fatalf("round trip:\n%+v\n%+v", got.Recipients, it.Recipients)
	}
	if n, _ := s.Committed(ctx, time.Unix(999, 0)); n != 23 {
		t.Fatalf("committed %d", n)
	}
	if n, _ := s.Committed(ctx, time.Unix(1001, 0)); n != 0 {
		t.Fatalf("committed later %d", n)
	}
	// A paid broadcast counts against the daily cap from the moment a
	// transaction for it is signed: quoted chunks and failed ones do not.
	nl := s.Newsletters()
	bid, err := nl.AddBroadcast(ctx, &Broadcast{Subject: "b", Size: 512, State: "paying"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []BroadcastChunk{
		{Broadcast: bid, Chunk: 0, MaxFee: 100, Raw: []byte{1}, State: "final"},
		{Broadcast: bid, Chunk: 1, MaxFee: 200, Raw: []byte{2}, State: "signed"},
		{Broadcast: bid, Chunk: 2, MaxFee: 400, State: "quoted"},
		{Broadcast: bid, Chunk: 3, MaxFee: 800, Raw: []byte{3}, State: "failed"},
	} {
		if err := nl.PutBroadcastChunk(ctx, &c); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := s.Committed(ctx, time.Unix(999, 0)); err != nil || n != 23+300 {
		t.Fatalf("committed with a broadcast %d, %v", n, err)
	}
	if n, _ := s.Committed(ctx, time.Unix(1001, 0)); n != 0 {
		t.Fatalf("committed later with a broadcast %d", n)
	}
	s.RecordPost(ctx, id, 0, Post{Relay: "r1", OK: false, Message: "error: x"})
	s.RecordPost(ctx, id, 0, Post{Relay: "r1", OK: true})
	if ps, _ := s.Posts(ctx, id, 0); len(ps) != 1 || !ps[0].OK {
		t.Fatalf("posts %+v", ps)
	}
	if p, _ := s.OutboxItems(ctx, true); len(p) != 1 {
		t.Fatal("pending item missing")
	}
	it.State = OutFinal
	s.SaveOutbox(ctx, it)
	if p, _ := s.OutboxItems(ctx, true); len(p) != 0 {
		t.Fatal("final item pending")
	}
	if _, ok, _ := s.MaxOrderNonce(ctx); ok {
		t.Fatal("order nonce without orders")
	}
}
