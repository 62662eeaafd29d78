package store

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bmail-network/bmail/relay/wire"
)

// The writer's WAL frames reach the file in a few large writes, commits
// leave their syncs to the syncer, and what was written is all there after
// a reopen. (The counters are the process's; this package's tests do not
// run in parallel.)
func TestWALWritesGathered(t *testing.T) {
	if !registerWALBuf() {
		t.Fatal("the bmail-walbuf VFS could not be registered")
	}
	var commits atomic.Int64
	h := open(t, func(c *Config) {
		c.BackgroundCheckpoint = time.Hour // no checkpoint: the WAL's length counts every frame
		c.OnBatch = func(int, time.Duration) { commits.Add(1) }
	})
	sg, err := wire.GenerateSigner()
	if err != nil {
		t.Fatal(err)
	}
	now := h.clk.Now().Unix()
	const n = 600
	puts := make([]Put, n)
	for i := range puts {
		puts[i] = h.bulkPut(sg, key(byte(i%100)), now, i)
	}
	wal0, before := walSize(h.path), readWALBufStats()
	for w := 0; w < n; w += 50 {
		h.putAll(puts[w : w+50]) // in waves, so that there are several commits
	}
	after := readWALBufStats()
	frames := (walSize(h.path) - wal0) / (4096 + 24)
	writes, syncs, deferred := after.writes-before.writes, after.syncs-before.syncs, after.deferred-before.deferred
	t.Logf("%d commits, %d frames: %d writes, %d real syncs, %d commit syncs left to the syncer", commits.Load(), frames, writes, syncs, deferred)
	if frames < n/2 {
		t.Fatalf("only %d WAL frames for %d envelopes of 2 KiB", frames, n)
	}
	// SQLite alone writes each frame twice (header, page); the buffer holds
	// about 30 frames.
	if writes == 0 || writes > uint64(frames)/8+uint64(commits.Load())+2 {
		t.Fatalf("%d writes for %d frames in %d commits: not gathered", writes, frames, commits.Load())
	}
	if deferred < uint64(commits.Load()) {
		t.Fatalf("%d commit syncs left to the syncer for %d commits", deferred, commits.Load())
	}
	if syncs > 2 {
		t.Fatalf("%d real syncs through the layer with no checkpoint", syncs)
	}
	// The writer knows the WAL's length exactly (no checkpoint ran, so the
	// file holds every frame since it was created).
	if h.s.walName == "" {
		t.Fatal("the WAL's length is not tracked")
	}
	if got, want := h.s.walLen(), (walSize(h.path)-walHeaderSize)/(4096+walFrameHeaderSize); got != want {
		t.Fatalf("walLen %d, want %d frames", got, want)
	}
	h.reopen()
	got, _, _ := h.query(&wire.Filter{Kinds: []int{wire.KindEnvelope}, Tags: []wire.TagFilter{{Name: 'p', Values: [][32]byte{key(7)}}}}, key(7))
	if len(got) != n/100 {
		t.Fatalf("after reopen: %d envelopes for key 7, want %d", len(got), n/100)
	}
}

// A checkpoint syncs the WAL for real before it copies frames into the
// database file.
func TestWALBufCheckpointSyncs(t *testing.T) {
	h := open(t, func(c *Config) { c.BackgroundCheckpoint = time.Hour })
	h.put(envelope(t, key(1), h.clk.Now().Unix(), "a"), key(1), "o")
	before := readWALBufStats()
	if err := h.s.Checkpoint(t.Context()); err != nil {
		t.Fatal(err)
	}
	if after := readWALBufStats(); after.syncs == before.syncs {
		t.Fatal("the writer's checkpoint did not sync the WAL")
	}
	f := &wire.Filter{Kinds: []int{wire.KindEnvelope}, Tags: []wire.TagFilter{{Name: 'p', Values: [][32]byte{key(1)}}}}
	if got, _, _ := h.query(f, key(1)); len(got) != 1 {
		t.Fatalf("after the checkpoint: %v", got)
	}
}

// Readers querying while the writer commits, the checkpointer copies and
// the WAL restarts many times never meet a frame missing from the file: every
// event they get back parses and its id matches its content.
func TestWALBufReadersDuringWrites(t *testing.T) {
	h := open(t, func(c *Config) {
		c.BackgroundCheckpoint = 2 * time.Millisecond
		c.restartFrames, c.maxWALFrames = 64, 256
	})
	sg, err := wire.GenerateSigner()
	if err != nil {
		t.Fatal(err)
	}
	now := h.clk.Now().Unix()
	const n, routes = 2000, 10
	stop := make(chan struct{})
	var reads atomic.Int64
	var wg sync.WaitGroup
	for r := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := r; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				k := key(byte(i % routes))
				f := &wire.Filter{Kinds: []int{wire.KindEnvelope}, Tags: []wire.TagFilter{{Name: 'p', Values: [][32]byte{k}}}}
				_, _, err := h.s.Query(t.Context(), f, [][32]byte{k}, 50, func(seq int64, js []byte) error {
					e, err := wire.ParseEvent(js, wire.DefaultLimits)
					if err != nil {
						return err
					}
					if !e.CheckID() {
						return fmt.Errorf("seq %d: id does not match the content", seq)
					}
					return nil
				})
				if err != nil {
					t.Errorf("query: %v", err)
					return
				}
				reads.Add(1)
			}
		}()
	}
	for w := 0; w < n; w += 20 {
		wave := make([]Put, 20)
		for j := range wave {
			wave[j] = h.bulkPut(sg, key(byte((w+j)%routes)), now, w+j)
		}
		h.putAll(wave)
	}
	close(stop)
	wg.Wait()
	if reads.Load() < 100 {
		t.Fatalf("only %d queries ran during the writes", reads.Load())
	}
	got, _, _ := h.query(&wire.Filter{Kinds: []int{wire.KindEnvelope}, Tags: []wire.TagFilter{{Name: 'p', Values: [][32]byte{key(3)}}}}, key(3))
	if len(got) != n/routes {
		t.Fatalf("%d envelopes for key 3, want %d", len(got), n/routes)
	}
}

// A store opened by a relative path (bmail-relay's default data directory
// is one) still has its WAL's length tracked: SQLite names the WAL by the
// full path.
func TestWALLengthTrackedRelativePath(t *testing.T) {
	t.Chdir(t.TempDir())
	s, err := Open(t.Context(), Config{Path: "relay.db"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(t.Context())
	if s.walName == "" {
		t.Fatal("the WAL's length is not tracked")
	}
	if n := s.WALFrames(); n < 1 {
		t.Fatalf("WAL of %d frames after an open, which writes", n)
	}
}
