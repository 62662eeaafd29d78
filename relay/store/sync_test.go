package store

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/bmail-network/bmail/relay/wire"
)

// An event's answer comes only after a WAL sync that began after its
// commit; live subscribers (OnCommit) get it before.
func TestAnswerAfterSync(t *testing.T) {
	var mu sync.Mutex
	var log []string
	rec := func(s string) { mu.Lock(); log = append(log, s); mu.Unlock() }
	h := open(t, func(c *Config) {
		c.OnCommit = func([]Stored) { rec("commit") }
		c.OnSync = func(int, time.Duration) { rec("sync") }
	})
	e := envelope(t, key(1), h.clk.Now().Unix(), "a")
	ch := make(chan Result, 1)
	if err := h.s.Put(Put{Event: e, JSON: e.Marshal(nil), Route: key(1), Origin: "o", ReceivedAt: h.clk.Now()},
		func(r Result) { rec("answer"); ch <- r }); err != nil {
		t.Fatal(err)
	}
	if r := <-ch; r.Err != nil || r.Seq == 0 {
		t.Fatalf("result %+v", r)
	}
	mu.Lock()
	defer mu.Unlock()
	want := []string{"commit", "sync", "answer"}
	if len(log) != 3 || log[0] != want[0] || log[1] != want[1] || log[2] != want[2] {
		t.Fatalf("order %v, want %v", log, want)
	}
}

// While the sync is held back, the event is pushed live but neither its
// answer nor a duplicate's (through Has) is given.
func TestNothingAnsweredBeforeSync(t *testing.T) {
	gate := make(chan struct{})
	var hold sync.Once
	committed := make(chan struct{}, 1)
	h := open(t, func(c *Config) {
		c.OnCommit = func([]Stored) { committed <- struct{}{} }
		c.beforeSync = func() { hold.Do(func() { <-gate }) }
	})
	e := envelope(t, key(1), h.clk.Now().Unix(), "a")
	answered := make(chan Result, 1)
	if err := h.s.Put(Put{Event: e, JSON: e.Marshal(nil), Route: key(1), Origin: "o", ReceivedAt: h.clk.Now()},
		func(r Result) { answered <- r }); err != nil {
		t.Fatal(err)
	}
	<-committed
	has := make(chan bool, 1)
	go func() {
		_, ok, err := h.s.Has(context.Background(), e.ID)
		has <- ok && err == nil
	}()
	select {
	case <-answered:
		t.Fatal("answered before the sync")
	case <-has:
		t.Fatal("Has reported the event before the sync")
	case <-time.After(200 * time.Millisecond):
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := h.s.Has(ctx, e.ID); err == nil {
		t.Fatal("Has with a cancelled context did not give up while the event is not durable")
	}
	close(gate)
	if r := <-answered; r.Err != nil || r.Seq == 0 {
		t.Fatalf("result %+v", r)
	}
	if !<-has {
		t.Fatal("Has did not report the event once durable")
	}
}

// Seqs handed out before a reopen (live, perhaps not durable) are never
// given to another event after it.
func TestSeqsSkippedAtOpen(t *testing.T) {
	h := open(t, nil)
	now := h.clk.Now().Unix()
	// A store that never held an event on disk (its first ones lost with
	// the counter) skips too.
	if seq := h.put(envelope(t, key(1), now, "first"), key(1), "o").Seq; seq <= seqGap {
		t.Fatalf("first seq of a new store %d, want > %d", seq, seqGap)
	}
	first := h.put(envelope(t, key(1), now, "a"), key(1), "o").Seq
	h.reopen()
	next := h.put(envelope(t, key(1), now, "b"), key(1), "o").Seq
	if next <= first+seqGap-1 {
		t.Fatalf("seq after reopen %d, want > %d", next, first+seqGap-1)
	}
	// The writer's lead: the batches the syncer holds and those queued for
	// it, the one being filled.
	if lead := (2*syncQueue + 2) * maxBatchCap; seqGap <= lead {
		t.Fatalf("seqGap %d does not cover the writer's lead over the sync (%d)", seqGap, lead)
	}
}

// Many publishers at once: every event gets exactly one answer, in batches
// the syncer groups.
func TestConcurrentAnswers(t *testing.T) {
	var syncs, batches int
	var mu sync.Mutex
	h := open(t, func(c *Config) {
		c.OnSync = func(n int, _ time.Duration) { mu.Lock(); syncs++; batches += n; mu.Unlock() }
	})
	now := h.clk.Now().Unix()
	const n = 400
	evs := make([]*wire.Event, n)
	for i := range evs {
		evs[i] = envelope(t, key(byte(i%7)), now, "x")
	}
	var wg sync.WaitGroup
	var answers sync.Map
	for i, e := range evs {
		wg.Add(1)
		if err := h.s.Put(Put{Event: e, JSON: e.Marshal(nil), Route: key(byte(i % 7)), Origin: "o", ReceivedAt: h.clk.Now()},
			func(r Result) {
				if _, dup := answers.LoadOrStore(e.ID, r); dup {
					t.Errorf("second answer for %x", e.ID[:4])
				}
				wg.Done()
			}); err != nil {
			t.Fatal(err)
		}
	}
	wg.Wait()
	seen := map[int64]bool{}
	answers.Range(func(_, v any) bool {
		r := v.(Result)
		if r.Err != nil || r.Seq == 0 || seen[r.Seq] {
			t.Errorf("result %+v", r)
		}
		seen[r.Seq] = true
		return true
	})
	if len(seen) != n {
		t.Fatalf("%d answers, want %d", len(seen), n)
	}
	mu.Lock()
	defer mu.Unlock()
	if syncs == 0 || batches < syncs {
		t.Fatalf("%d syncs for %d batches", syncs, batches)
	}
}

// The syncer notices that the WAL file it holds was removed (and would
// then open the new one).
func TestReplacedWAL(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x-wal")
	if err := os.WriteFile(path, []byte("wal"), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if replaced(f, path) {
		t.Fatal("the file at its path reported replaced")
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("new"), 0o600); err != nil {
		t.Fatal(err)
	}
	if !replaced(f, path) {
		t.Fatal("a removed file not reported replaced")
	}
}
