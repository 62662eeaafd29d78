package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/bmail-network/bmail/relay/wire"
)

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

type harness struct {
	t     *testing.T
	s     *Store
	clk   *clock
	path  string
	cfg   Config
	mu    sync.Mutex
	fresh []Stored
}

func open(t *testing.T, mod func(*Config)) *harness {
	t.Helper()
	h := &harness{t: t, clk: &clock{t: time.Unix(1_800_000_000, 0)}, path: filepath.Join(t.TempDir(), "relay.db")}
	h.cfg = Config{Path: h.path, Now: h.clk.Now, OnCommit: func(st []Stored) {
		h.mu.Lock()
		h.fresh = append(h.fresh, st...)
		h.mu.Unlock()
	}}
	if mod != nil {
		mod(&h.cfg)
	}
	h.reopen()
	t.Cleanup(func() { h.s.Close(context.Background()) })
	return h
}

func (h *harness) reopen() {
	h.t.Helper()
	if h.s != nil {
		if err := h.s.Close(context.Background()); err != nil {
			h.t.Fatal(err)
		}
	}
	s, err := Open(context.Background(), h.cfg)
	if err != nil {
		h.t.Fatal(err)
	}
	h.s = s
}

func key(b byte) [32]byte { var k [32]byte; k[0] = b; k[31] = 1; return k }

func envelope(t *testing.T, to [32]byte, created int64, content string) *wire.Event {
	t.Helper()
	s, err := wire.GenerateSigner()
	if err != nil {
		t.Fatal(err)
	}
	e := &wire.Event{CreatedAt: created, Kind: wire.KindEnvelope,
		Tags: [][]string{{wire.TagRecipient, wire.Hex(to[:])}}, Content: content}
	if err := s.Sign(e); err != nil {
		t.Fatal(err)
	}
	return e
}

func (h *harness) put(e *wire.Event, route [32]byte, origin string, msgIDs ...[32]byte) Result {
	h.t.Helper()
	ch := make(chan Result, 1)
	err := h.s.Put(Put{Event: e, JSON: e.Marshal(nil), Route: route, Origin: origin, MsgIDs: msgIDs,
		ReceivedAt: h.clk.Now()}, func(r Result) { ch <- r })
	if err != nil {
		h.t.Fatal(err)
	}
	r := <-ch
	if r.Err != nil {
		h.t.Fatal(r.Err)
	}
	return r
}

func (h *harness) query(f *wire.Filter, readable ...[32]byte) (ids []string, seqs []int64, head int64) {
	h.t.Helper()
	head, _, err := h.s.Query(context.Background(), f, readable, 1000, func(seq int64, js []byte) error {
		e, err := wire.ParseEvent(js, wire.DefaultLimits)
		if err != nil {
			return err
		}
		ids = append(ids, e.Content)
		seqs = append(seqs, seq)
		return nil
	})
	if err != nil {
		h.t.Fatal(err)
	}
	return ids, seqs, head
}

func ptr(v int64) *int64 { return &v }

// bulkPut is envelope i of a bulk test: about 2 KiB to route `to`, signed
// by sg.
func (h *harness) bulkPut(sg *wire.Signer, to [32]byte, now int64, i int) Put {
	h.t.Helper()
	e := &wire.Event{CreatedAt: now, Kind: wire.KindEnvelope,
		Tags: [][]string{{wire.TagRecipient, wire.Hex(to[:])}}, Content: strings.Repeat("Q", 1368) + strconv.Itoa(i)}
	if err := sg.Sign(e); err != nil {
		h.t.Fatal(err)
	}
	return Put{Event: e, JSON: e.Marshal(nil), Route: to, Origin: "o", ReceivedAt: h.clk.Now()}
}

// putAll queues every put at once (so the writer batches them) and waits
// for all the answers; an error or a refusal fails the test.
func (h *harness) putAll(puts []Put) {
	h.t.Helper()
	var wg sync.WaitGroup
	wg.Add(len(puts))
	for _, p := range puts {
		if err := h.s.Put(p, func(r Result) {
			if r.Err != nil || r.Seq == 0 {
				h.t.Errorf("put: %+v", r)
			}
			wg.Done()
		}); err != nil {
			h.t.Fatal(err)
		}
	}
	wg.Wait()
}

func TestPutQueryDuplicate(t *testing.T) {
	h := open(t, nil)
	alice, bob := key(1), key(2)
	now := h.clk.Now().Unix()
	e1 := envelope(t, alice, now, "a1")
	e2 := envelope(t, alice, now-3600, "a2-backdated")
	e3 := envelope(t, bob, now, "b1")
	r1 := h.put(e1, alice, "o1")
	r2 := h.put(e2, alice, "o1")
	h.put(e3, bob, "o1")
	if r1.Seq <= 0 || r2.Seq <= r1.Seq {
		t.Fatalf("seqs %d %d not increasing", r1.Seq, r2.Seq)
	}
	if d := h.put(e1, alice, "o1"); !d.Duplicate || d.Was != StateUnpaid {
		t.Fatalf("second put: %+v, want duplicate", d)
	}
	f := &wire.Filter{Kinds: []int{wire.KindEnvelope}, Tags: []wire.TagFilter{{Name: 'p', Values: [][32]byte{alice}}}}
	got, _, head := h.query(f, alice)
	if strings.Join(got, ",") != "a1,a2-backdated" || head < r2.Seq {
		t.Fatalf("alice's inbox newest first: %v head %d", got, head)
	}
	if got, _, _ := h.query(f, bob); len(got) != 0 {
		t.Fatalf("bob reads alice's mail: %v", got)
	}
	if got, _, _ := h.query(&wire.Filter{}); len(got) != 0 {
		t.Fatalf("an unauthenticated open filter returns envelopes: %v", got)
	}
	// Receive-order cursor: the backdated envelope comes after a1.
	f.After = ptr(r1.Seq)
	if got, _, _ := h.query(f, alice); strings.Join(got, ",") != "a2-backdated" {
		t.Fatalf("after cursor: %v", got)
	}
	h.mu.Lock()
	n := len(h.fresh)
	h.mu.Unlock()
	if n != 3 {
		t.Fatalf("OnCommit saw %d events, want 3", n)
	}
}

func TestTombstonesAndDeletion(t *testing.T) {
	h := open(t, func(c *Config) { c.UnpaidRetention = time.Hour; c.TombstoneRetention = 48 * time.Hour })
	alice := key(1)
	now := h.clk.Now().Unix()
	keepE := envelope(t, alice, now, "keep")
	delE := envelope(t, alice, now, "delete me")
	h.put(keepE, alice, "o")
	h.put(delE, alice, "o")
	ch := make(chan int, 1)
	// A stranger cannot delete alice's mail; alice can.
	h.s.Delete(key(9), [][32]byte{delE.ID}, func(n int, err error) { ch <- n })
	if n := <-ch; n != 0 {
		t.Fatalf("stranger deleted %d", n)
	}
	h.s.Delete(alice, [][32]byte{delE.ID}, func(n int, err error) { ch <- n })
	if n := <-ch; n != 1 {
		t.Fatalf("recipient deleted %d", n)
	}
	if r := h.put(delE, alice, "o"); !r.Duplicate || r.Was != StateDeleted {
		t.Fatalf("retry of a deleted envelope: %+v", r)
	}
	h.clk.Add(2 * time.Hour)
	res, err := h.s.Sweep(context.Background(), 100)
	if err != nil || res.Expired != 1 {
		t.Fatalf("sweep: %+v %v", res, err)
	}
	if r := h.put(keepE, alice, "o"); !r.Duplicate || r.Was != StateExpired {
		t.Fatalf("retry of an expired envelope: %+v", r)
	}
	f := &wire.Filter{Tags: []wire.TagFilter{{Name: 'p', Values: [][32]byte{alice}}}}
	if got, _, _ := h.query(f, alice); len(got) != 0 {
		t.Fatalf("tombstones served: %v", got)
	}
	// Tombstones are forgotten once created_at is past TombstoneRetention.
	h.clk.Add(48 * time.Hour)
	if res, _ := h.s.Sweep(context.Background(), 100); res.Forgotten != 2 {
		t.Fatalf("forgotten %d, want 2", res.Forgotten)
	}
	if _, ok, _ := h.s.Has(context.Background(), keepE.ID); ok {
		t.Fatal("tombstone kept too long")
	}
}

func TestQuotasEvictOldestUnpaid(t *testing.T) {
	var evicted int
	h := open(t, func(c *Config) {
		c.MaxUnpaidPerRoute = 5000
		c.MaxUnpaidPerOrigin = 8000
		c.OnEvict = func(n int) { evicted += n }
	})
	alice, bob := key(1), key(2)
	now := h.clk.Now().Unix()
	body := strings.Repeat("x", 900)
	var first *wire.Event
	for i := 0; i < 10; i++ {
		e := envelope(t, alice, now, body+string(rune('a'+i)))
		if i == 0 {
			first = e
		}
		h.put(e, alice, "flooder")
	}
	st := h.s.Stats()
	if st.UnpaidBytes > 5000 {
		t.Fatalf("unpaid bytes %d over the per-recipient quota", st.UnpaidBytes)
	}
	if s, _, _ := h.s.Has(context.Background(), first.ID); s != StateEvicted {
		t.Fatalf("oldest envelope state %v, want evicted", s)
	}
	// Per origin: the flooder's mail to bob evicts the flooder's own oldest.
	for i := 0; i < 6; i++ {
		h.put(envelope(t, bob, now, body+string(rune('A'+i))), bob, "flooder")
	}
	h.put(envelope(t, bob, now, "from someone else"), bob, "honest")
	h.reopen() // counters are rebuilt from the database
	st2 := h.s.Stats()
	var perOrigin int64
	row := h.s.rdb.QueryRow("SELECT COALESCE(SUM(size),0) FROM events WHERE state = 1 AND origin = 'flooder'")
	if err := row.Scan(&perOrigin); err != nil {
		t.Fatal(err)
	}
	if perOrigin > 8000 || evicted == 0 {
		t.Fatalf("origin quota not enforced: %d bytes, %d evicted", perOrigin, evicted)
	}
	if st2.UnpaidBytes != h.s.unpaidBytes || h.s.unpaidOrigin["honest"] == 0 {
		t.Fatalf("counters after reopen: %+v", st2)
	}
}

func TestGlobalCapRefuses(t *testing.T) {
	h := open(t, func(c *Config) { c.MaxBytes = 3000 })
	now := h.clk.Now().Unix()
	var last Result
	for i := 0; i < 5; i++ {
		last = h.put(envelope(t, key(byte(i)), now, strings.Repeat("y", 800)), key(byte(i)), "o")
	}
	if wire.ReasonPrefix(last.Reject) != wire.PrefixError {
		t.Fatalf("storage cap: %+v", last)
	}
}

func bundle(t *testing.T, s *wire.Signer, created int64, account [32]byte, content string) *wire.Event {
	e := &wire.Event{CreatedAt: created, Kind: wire.KindBundle,
		Tags: [][]string{{wire.TagAccount, wire.Hex(account[:])}}, Content: content}
	if err := s.Sign(e); err != nil {
		t.Fatal(err)
	}
	return e
}

func TestBundleReplacement(t *testing.T) {
	h := open(t, nil)
	s, _ := wire.GenerateSigner()
	acct := key(7)
	now := h.clk.Now().Unix()
	h.put(bundle(t, s, now, acct, "v1"), acct, "o")
	if r := h.put(bundle(t, s, now-10, acct, "old"), acct, "o"); wire.ReasonPrefix(r.Reject) != wire.PrefixDuplicate {
		t.Fatalf("older bundle: %+v", r)
	}
	h.put(bundle(t, s, now+10, acct, "v2"), acct, "o")
	// Same created_at: the lowest id wins.
	a, b := bundle(t, s, now+20, acct, "tie-a"), bundle(t, s, now+20, acct, "tie-b")
	lo, hi := a, b
	if string(b.ID[:]) < string(a.ID[:]) {
		lo, hi = b, a
	}
	h.put(hi, acct, "o")
	h.put(lo, acct, "o")
	if r := h.put(hi, acct, "o"); r.Reject == "" && !r.Duplicate {
		t.Fatalf("higher id accepted after lower: %+v", r)
	}
	got, _, _ := h.query(&wire.Filter{Kinds: []int{wire.KindBundle}, Authors: [][32]byte{s.PublicKey()}})
	if len(got) != 1 || got[0] != lo.Content {
		t.Fatalf("bundles kept: %v, want [%s]", got, lo.Content)
	}
	if got, _, _ := h.query(&wire.Filter{Tags: []wire.TagFilter{{Name: 'w', Values: [][32]byte{acct}}}}); len(got) != 1 {
		t.Fatalf("bundle by account: %v", got)
	}
}

func TestMarkPaidNeedsRecipientAccount(t *testing.T) {
	h := open(t, func(c *Config) { c.UnpaidRetention = time.Hour })
	ctx := context.Background()
	now := h.clk.Now().Unix()
	aliceT, _ := wire.GenerateSigner()
	bobT, _ := wire.GenerateSigner()
	aliceAcct, bobAcct := key(0xa1), key(0xb0)
	h.put(bundle(t, aliceT, now, aliceAcct, "alice"), aliceAcct, "o")
	h.put(bundle(t, bobT, now, bobAcct, "bob"), bobAcct, "o")
	msgA, msgB := key(0x11), key(0x22)
	// One envelope to two recipients: same header (both msgIds) in both copies.
	toAlice := envelope(t, aliceT.PublicKey(), now, "copy for alice")
	toBob := envelope(t, bobT.PublicKey(), now, "copy for bob")
	h.put(toAlice, aliceT.PublicKey(), "o", msgA, msgB)
	h.put(toBob, bobT.PublicKey(), "o", msgA, msgB)

	// The sender pays alice only: only alice's copy is paid.
	n, err := h.s.MarkPaid(ctx, ChainCursor{Number: 10, Hash: key(10)}, []Payment{{Block: 10, MsgID: msgA, To: aliceAcct}})
	if err != nil || n != 1 {
		t.Fatalf("marked %d (%v), want 1", n, err)
	}
	if st, _, _ := h.s.Has(ctx, toAlice.ID); st != StatePaid {
		t.Fatalf("alice's copy %v", st)
	}
	if st, _, _ := h.s.Has(ctx, toBob.ID); st != StateUnpaid {
		t.Fatalf("bob's copy %v: paying alice must not buy bob's retention", st)
	}
	// A payment seen before the envelope arrives marks it paid at once.
	h.s.MarkPaid(ctx, ChainCursor{Number: 11, Hash: key(11)}, []Payment{{Block: 11, MsgID: key(0x33), To: bobAcct}})
	late := envelope(t, bobT.PublicKey(), now, "late copy")
	if r := h.put(late, bobT.PublicKey(), "o", key(0x33)); !r.Paid {
		t.Fatalf("late envelope not paid at insert: %+v", r)
	}
	c, ok, _ := h.s.Cursor(ctx)
	if !ok || c.Number != 11 {
		t.Fatalf("cursor %+v", c)
	}
	// Reorg back to block 10: the block-11 payment is forgotten.
	if n, err := h.s.Rollback(ctx, ChainCursor{Number: 10, Hash: key(10)}); err != nil || n != 1 {
		t.Fatalf("rollback unmarked %d (%v)", n, err)
	}
	if st, _, _ := h.s.Has(ctx, late.ID); st != StateUnpaid {
		t.Fatalf("after rollback %v", st)
	}
	// Paid mail outlives the unpaid grace period.
	h.clk.Add(2 * time.Hour)
	h.s.Sweep(ctx, 100)
	if st, _, _ := h.s.Has(ctx, toAlice.ID); st != StatePaid {
		t.Fatalf("paid envelope %v after the unpaid grace period", st)
	}
	if st, _, _ := h.s.Has(ctx, toBob.ID); st != StateExpired {
		t.Fatalf("unpaid envelope %v after the grace period", st)
	}
}

func TestBackupAndReopen(t *testing.T) {
	h := open(t, nil)
	now := h.clk.Now().Unix()
	for i := 0; i < 20; i++ {
		h.put(envelope(t, key(1), now, "m"), key(1), "o")
	}
	dest := filepath.Join(t.TempDir(), "copy.db")
	if err := h.s.Backup(context.Background(), dest); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite3", "file:"+dest+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow("SELECT COUNT(*) FROM events").Scan(&n); err != nil || n != 20 {
		t.Fatalf("backup holds %d events (%v)", n, err)
	}
	var ver int
	db.QueryRow("PRAGMA user_version").Scan(&ver)
	if ms, _ := migrations(); ver != len(ms) {
		t.Fatalf("backup schema version %d, want %d", ver, len(ms))
	}
	if err := h.s.Checkpoint(context.Background()); err != nil {
		t.Fatal(err)
	}
	// With no reader open, the TRUNCATE checkpoint empties the WAL.
	if fi, err := os.Stat(h.path + "-wal"); err == nil && fi.Size() != 0 {
		t.Fatalf("WAL holds %d bytes after a TRUNCATE checkpoint", fi.Size())
	}
}

// BenchmarkPut measures the store's write path alone: 1 KiB envelopes to
// 1,000 recipients, each with one msgId, through group commit with
// synchronous=FULL, at most batch events per transaction (64 is about what
// a relay acknowledging 10,000 events/s within 20 ms can gather; 1,024 is
// the default cap, reached only by a backlog). Besides ns/op it reports the
// process CPU and the bytes written to disk per event (WAL and
// checkpoints), which the machine's other load disturbs less than wall
// time.
func BenchmarkPut(b *testing.B) {
	for _, batch := range []int{64, DefaultMaxBatch} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) { benchmarkPut(b, batch) })
	}
}

func benchmarkPut(b *testing.B, batch int) {
	s, err := Open(context.Background(), Config{Path: filepath.Join(b.TempDir(), "b.db"), MaxBatch: batch})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close(context.Background())
	sg, _ := wire.GenerateSigner()
	routes := make([][32]byte, 1000)
	for i := range routes {
		routes[i] = sha([32]byte{byte(i), byte(i >> 8)})
	}
	puts := make([]Put, b.N)
	for i := range puts {
		e := &wire.Event{CreatedAt: int64(i), Kind: wire.KindEnvelope,
			Tags: [][]string{{"p", wire.Hex(routes[i%1000][:])}}, Content: strings.Repeat("Q", 1368)}
		sg.Sign(e)
		puts[i] = Put{Event: e, JSON: e.Marshal(nil), Route: routes[i%1000], Origin: "o", MsgIDs: [][32]byte{sha(e.ID)},
			ReceivedAt: time.Now()}
	}
	var wg sync.WaitGroup
	wg.Add(b.N)
	io0, cpu0 := ioBytes(), cpuTime()
	b.ResetTimer()
	for _, p := range puts {
		s.Put(p, func(r Result) { wg.Done() })
	}
	wg.Wait()
	b.StopTimer()
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N), "cpu-µs/event")
	b.ReportMetric(float64(ioBytes()-io0)/1024/float64(b.N), "disk-KB/event")
}

func ioBytes() int64 {
	b, _ := os.ReadFile("/proc/self/io")
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "write_bytes:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			return n
		}
	}
	return 0
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestKnownIDsFilter(t *testing.T) {
	h := open(t, nil)
	e := envelope(t, key(1), h.clk.Now().Unix(), "k")
	if h.s.MaybeHas(e.ID) {
		t.Fatal("a new id is reported as maybe held")
	}
	h.put(e, key(1), "o")
	if !h.s.MaybeHas(e.ID) {
		t.Fatal("a stored id is reported as certainly absent")
	}
	h.reopen()
	if !h.s.MaybeHas(e.ID) {
		t.Fatal("the filter is not rebuilt at open")
	}
	fp := 0
	for i := 0; i < 100000; i++ {
		var id [32]byte
		copy(id[:], wire.Hex([]byte{byte(i), byte(i >> 8), byte(i >> 16)}))
		id = sha(id)
		if h.s.MaybeHas(id) {
			fp++
		}
	}
	if fp > 5 {
		t.Fatalf("%d false positives in 100000 with one id stored", fp)
	}
}

func sha(b [32]byte) [32]byte { return sha256.Sum256(b[:]) }

func TestNewerSchemaRefused(t *testing.T) {
	h := open(t, nil)
	h.s.Close(context.Background())
	db, err := sql.Open("sqlite3", "file:"+h.path)
	if err != nil {
		t.Fatal(err)
	}
	db.Exec("PRAGMA user_version = 99")
	db.Close()
	if _, err := Open(context.Background(), h.cfg); !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("opening a newer schema: %v", err)
	}
	h.s, _ = Open(context.Background(), Config{Path: filepath.Join(t.TempDir(), "fresh.db")})
}

// walSize is the WAL file's size (0 when it does not exist).
func walSize(path string) int64 {
	fi, err := os.Stat(path + "-wal")
	if err != nil {
		return 0
	}
	return fi.Size()
}

// Under writes that never pause, the WAL must still restart from its start:
// a background checkpoint alone almost never reaches its end, and the WAL
// used to grow with everything written (then a commit truncated it).
func TestWALBoundedUnderSteadyWrites(t *testing.T) {
	const restart, maxFrames = 64, 256
	var pauses atomic.Int64
	h := open(t, func(c *Config) {
		c.MaxBatch = 4
		c.BackgroundCheckpoint = 5 * time.Millisecond
		c.restartFrames, c.maxWALFrames = restart, maxFrames
		c.OnPause = func(time.Duration) { pauses.Add(1) }
	})
	sg, err := wire.GenerateSigner()
	if err != nil {
		t.Fatal(err)
	}
	now := h.clk.Now().Unix()
	const n = 3000
	stop := make(chan struct{})
	peak := make(chan int64)
	go func() {
		var m int64
		for {
			select {
			case <-stop:
				peak <- max(m, walSize(h.path))
				return
			case <-time.After(time.Millisecond):
				m = max(m, walSize(h.path))
			}
		}
	}()
	io0 := walSize(h.path)
	puts := make([]Put, n)
	for i := range puts {
		puts[i] = h.bulkPut(sg, key(byte(i)), now, i)
	}
	h.putAll(puts)
	close(stop)
	m := <-peak
	// n envelopes of 2 KiB and more fill at least n/2 pages of 4 KiB, and
	// a WAL that never restarts holds them all; this one holds at most
	// maxFrames frames and what the batches of one or two checkpointer
	// passes add (each waits for its WAL and database syncs).
	if written := int64(n/2) * 4096; m >= written*3/4 || m > 4*maxFrames*4120 {
		t.Fatalf("WAL peaked at %d bytes (started at %d) for about %d bytes written: it did not restart", m, io0, written)
	}
	if pauses.Load() == 0 {
		t.Fatal("the writer completed no checkpoint (OnPause never called)")
	}
	got, _, _ := h.query(&wire.Filter{Kinds: []int{wire.KindEnvelope}, Tags: []wire.TagFilter{{Name: 'p', Values: [][32]byte{key(7)}}}}, key(7))
	if len(got) == 0 {
		t.Fatal("nothing stored")
	}
}

// A TRUNCATE checkpoint runs once CheckpointEvery has passed and the writer
// had nothing to do for IdleTruncate, and empties the WAL.
func TestIdleTruncate(t *testing.T) {
	h := open(t, func(c *Config) {
		c.BackgroundCheckpoint = 5 * time.Millisecond
		c.IdleTruncate = 20 * time.Millisecond
	})
	now := h.clk.Now().Unix()
	h.put(envelope(t, key(1), now, "a"), key(1), "o")
	time.Sleep(100 * time.Millisecond)
	if walSize(h.path) == 0 {
		t.Fatal("WAL truncated before CheckpointEvery passed")
	}
	h.clk.Add(DefaultCheckpointEvery)
	h.put(envelope(t, key(1), now, "c"), key(1), "o")
	for deadline := time.Now().Add(5 * time.Second); walSize(h.path) != 0; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("WAL still %d bytes after an idle period", walSize(h.path))
		}
	}
}
