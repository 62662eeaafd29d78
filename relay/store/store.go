// Package store is the relay's durable event store: one SQLite file in WAL
// mode with numbered migrations, written by a single goroutine that commits
// in groups, read by a pool of query-only connections.
//
// Invariants:
//   - A Put's callback (and every other write's answer) comes only after
//     its transaction committed and the WAL was synced after it (see
//     sync.go; as durable as synchronous=FULL): "stored" means on disk.
//   - seq (the receive order) only grows and is never reused, not even a
//     seq seen live before a power loss took its event back (every open
//     skips 2^20), and a batch commits atomically, so a reader that has
//     seen every event up to seq n never later finds a new event at or
//     below n.
//   - An event the relay stopped serving (expired, deleted by its recipient,
//     evicted) leaves a tombstone until its created_at is too old to be
//     accepted again, so a sender's retry is answered as a duplicate.
//   - Unpaid envelopes count against a per-recipient and a per-origin byte
//     quota; going over evicts the oldest unpaid envelopes of that recipient
//     or origin. Everything stored counts against a global byte cap, which
//     refuses (never evicts) when full.
//   - Only the writer goroutine writes; it alone owns the quota counters.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bmail-network/bmail/relay/wire"
	_ "github.com/mattn/go-sqlite3" // the SQLite driver
)

// State is the life-cycle state of a stored event.
type State int

// Event states. The first three are served; the rest are tombstones.
const (
	StateUnpaid  State = 1 // envelope waiting for payment; grace-period retention, quotas apply
	StatePaid    State = 2 // envelope whose payment was seen in a final Delivered log
	StateKept    State = 3 // key bundle or list event
	StateExpired State = 4 // retention ran out
	StateDeleted State = 5 // deleted by its recipient or author
	StateEvicted State = 6 // evicted by an unpaid-bytes quota
)

// Live reports whether events in this state are served.
func (s State) Live() bool { return s >= StateUnpaid && s <= StateKept }

func (s State) String() string {
	switch s {
	case StateUnpaid:
		return "unpaid"
	case StatePaid:
		return "paid"
	case StateKept:
		return "kept"
	case StateExpired:
		return "expired"
	case StateDeleted:
		return "deleted"
	case StateEvicted:
		return "evicted"
	}
	return fmt.Sprintf("state(%d)", int(s))
}

// Errors.
var (
	ErrClosed      = errors.New("store is closed")
	ErrNewerSchema = errors.New("database schema is newer than this build")
)

// Defaults.
const (
	DefaultUnpaidRetention    = 7 * 24 * time.Hour
	DefaultPaidRetention      = 90 * 24 * time.Hour
	DefaultBundleRetention    = 365 * 24 * time.Hour
	DefaultTombstoneRetention = 8 * 24 * time.Hour
	DefaultMaxUnpaidPerRoute  = 32 << 20
	DefaultMaxUnpaidPerOrigin = 128 << 20
	DefaultMaxBytes           = 8 << 30
	DefaultMaxBatch           = 1024
	DefaultCheckpointEvery    = 30 * time.Second
	DefaultIdleTruncate       = time.Second
	// DefaultBackgroundCheckpoint is how often a second connection copies
	// the WAL into the database (PASSIVE), off the writer's path.
	DefaultBackgroundCheckpoint = 200 * time.Millisecond
	DefaultReaders              = 4
)

// Config configures a Store. Fields left zero take the defaults above.
type Config struct {
	Path string // SQLite file

	UnpaidRetention time.Duration
	PaidRetention   time.Duration
	BundleRetention time.Duration
	// ListRetention is how long newsletter list events are kept.
	ListRetention time.Duration
	// TombstoneRetention is how long past an event's created_at its
	// tombstone is kept; it must exceed the oldest created_at the relay
	// accepts, or a retry could be stored again.
	TombstoneRetention time.Duration

	MaxUnpaidPerRoute  int64 // unpaid envelope bytes per recipient
	MaxUnpaidPerOrigin int64 // unpaid envelope bytes per submitting network
	MaxBytes           int64 // everything stored
	MaxListBytes       int64 // issues and rotation slices per list

	MaxBatch int // operations per transaction (at most maxBatchCap)
	// CheckpointEvery is the least time between TRUNCATE checkpoints of
	// the WAL by the writer, which it runs only after IdleTruncate with
	// nothing to write (a TRUNCATE holds the writer while it waits for
	// readers and shrinks the file).
	CheckpointEvery time.Duration
	IdleTruncate    time.Duration
	// BackgroundCheckpoint is the period of PASSIVE checkpoints run by a
	// second connection, so that commits never pay for copying the WAL.
	BackgroundCheckpoint time.Duration
	Readers              int // query connections

	// OnCommit receives the events a transaction stored, in seq order,
	// right after the commit, before the sync makes them durable (see
	// sync.go: their seqs are never reused). It runs on the writer
	// goroutine: it must not block.
	OnCommit func([]Stored)
	// OnBatch observes each transaction: operations in it and time spent
	// committing (writing the WAL, without the sync).
	OnBatch func(ops int, commit time.Duration)
	// OnSync observes each WAL sync: transactions it made durable and its
	// time.
	OnSync func(batches int, d time.Duration)
	// OnPause observes each checkpoint the writer completes between two
	// batches (see restartFrames): nothing commits meanwhile.
	OnPause func(d time.Duration)
	// OnEvict observes evictions by quota.
	OnEvict func(n int)

	Logger *slog.Logger
	Now    func() time.Time

	// WAL lengths in frames: restartFrames and maxWALFrames unless a test
	// sets them lower.
	restartFrames, maxWALFrames int64
	// beforeSync, when a test sets it, runs in the syncer before each sync.
	beforeSync func()
}

func (c *Config) fill() {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	defi := func(d *int64, v int64) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&c.UnpaidRetention, DefaultUnpaidRetention)
	def(&c.PaidRetention, DefaultPaidRetention)
	def(&c.BundleRetention, DefaultBundleRetention)
	def(&c.ListRetention, DefaultListRetention)
	def(&c.TombstoneRetention, DefaultTombstoneRetention)
	def(&c.CheckpointEvery, DefaultCheckpointEvery)
	def(&c.IdleTruncate, DefaultIdleTruncate)
	def(&c.BackgroundCheckpoint, DefaultBackgroundCheckpoint)
	defi(&c.MaxUnpaidPerRoute, DefaultMaxUnpaidPerRoute)
	defi(&c.MaxUnpaidPerOrigin, DefaultMaxUnpaidPerOrigin)
	defi(&c.MaxBytes, DefaultMaxBytes)
	defi(&c.MaxListBytes, DefaultMaxListBytes)
	defi(&c.restartFrames, restartFrames)
	defi(&c.maxWALFrames, maxWALFrames)
	if c.MaxBatch <= 0 {
		c.MaxBatch = DefaultMaxBatch
	}
	// The writer's lead over the disk must stay far below seqGap.
	c.MaxBatch = min(c.MaxBatch, maxBatchCap)
	if c.Readers <= 0 {
		c.Readers = DefaultReaders
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
}

// Put is one event to store.
type Put struct {
	Event      *wire.Event
	JSON       []byte     // canonical event JSON, served as is
	Route      [32]byte   // envelopes: recipient key; bundles: account word
	Origin     string     // submitting network, for the per-origin quota
	MsgIDs     [][32]byte // envelopes: msgId commitments in the header
	ReceivedAt time.Time
}

// Result is the outcome of a Put.
type Result struct {
	Seq       int64
	Duplicate bool  // the event (or its tombstone) was already held
	Was       State // for duplicates: the state found
	Paid      bool  // stored as paid (its payment was already seen)
	// Reject is a NIP-01 reason ("prefix: message") when the store refused
	// the event for policy; Err is set when it failed.
	Reject string
	Err    error
}

// Stored is an event a transaction committed, handed to Config.OnCommit.
type Stored struct {
	Seq   int64
	Event *wire.Event
	JSON  []byte
	Route [32]byte
}

// Stats are the store's counters.
type Stats struct {
	LiveEvents  int64
	LiveBytes   int64
	UnpaidBytes int64
}

// Store is the relay's SQLite store. Open it, use it from any goroutine,
// Close it.
type Store struct {
	cfg Config
	wdb *sql.DB // one connection, owned by the writer goroutine
	rdb *sql.DB // query-only pool
	cdb *sql.DB // one connection for background checkpoints
	// dbf is the database file, opened once for the checkpointer's
	// writeBack and closed only after every connection (closing any
	// descriptor of the file drops the process's POSIX locks on it).
	dbf *os.File

	mu     sync.RWMutex // guards closed against concurrent sends on ops
	closed bool
	ops    chan op
	done   chan struct{}
	ckStop chan struct{}
	ckDone chan struct{}

	// Counters owned by the writer goroutine.
	unpaidRoute  map[[32]byte]int64
	unpaidOrigin map[string]int64
	liveBytes    int64
	liveEvents   int64
	unpaidBytes  int64
	undo         []func()
	txStmts      map[*sql.Stmt]*sql.Stmt // statements bound to the current batch
	lastCkpt     time.Time
	walFrames    atomic.Int64 // WAL length seen by the last background checkpoint
	walName      string       // the WAL's path as SQLite names it, when walbuf tracks its length (walLen)
	pageSize     int64
	restartDue   atomic.Bool // the checkpointer asks the writer to complete a checkpoint
	ckptMu       sync.Mutex  // held by whichever of the two runs a PASSIVE checkpoint

	// The syncer (sync.go): batches committed but not yet on disk, the
	// WAL file it syncs, and the highest seq known durable.
	syncq      chan synced
	syncing    atomic.Bool   // the syncer holds batches it has not answered
	syncFree   chan struct{} // signalled when it has answered them
	syncDone   chan struct{}
	walf       *os.File
	durableMu  sync.Mutex
	durableSeq int64         // guarded by durableMu
	durableCh  chan struct{} // closed (and replaced) when durableSeq moves or the store fails
	syncErr    error         // guarded by durableMu: set once a sync failed

	stats    atomic.Pointer[Stats]
	known    *knownIDs
	payments atomic.Int64 // payments recorded (an upper bound: only "zero" is used, to skip lookups)
	stmts    *stmts
}

// Open opens (creating if needed) the store at cfg.Path, migrates it and
// starts the writer.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	cfg.fill()
	if cfg.Path == "" {
		return nil, errors.New("store: no path")
	}
	// The writer's connection gathers its WAL writes and leaves its
	// commits' syncs to the syncer (walbuf.go); without that layer it
	// commits with synchronous=NORMAL once the syncer runs.
	walbuf := registerWALBuf()
	wdsn := dsn(cfg.Path, false)
	if walbuf {
		wdsn += "&vfs=" + walbufVFS
	}
	wdb, err := sql.Open("sqlite3", wdsn)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	wdb.SetMaxOpenConns(1)
	wdb.SetMaxIdleConns(1)
	wdb.SetConnMaxLifetime(0)
	for _, p := range []string{
		"PRAGMA journal_mode=WAL",
		"PRAGMA synchronous=FULL",       // see walbuf.go, and syncer
		"PRAGMA checkpoint_fullfsync=1", // checkpoints' syncs are real ones under walbuf
		fmt.Sprintf("PRAGMA journal_size_limit=%d", walSizeLimit),
		"PRAGMA wal_autocheckpoint=0", // the checkpointer goroutine does it
		// 8 MiB, not more: a B-tree split that reorders its new pages
		// moves one through the lock page's number as a temporary key
		// (balance_nonroot), which makes the page cache believe it holds
		// a page beyond the file's end, so the commit's truncation of
		// the cache scans all of its hash table, once per transaction.
		// With 64 MiB a commit took 0.60-0.67 ms and an event 122-128
		// µs of CPU, against 0.36-0.40 ms and 101-104 µs with 8 MiB and
		// 106-110 µs with 2 MiB (go run ./bench/relay -recipients 100).
		"PRAGMA cache_size=-8192",
		"PRAGMA temp_store=MEMORY",
	} {
		if _, err := wdb.ExecContext(ctx, p); err != nil {
			wdb.Close()
			return nil, fmt.Errorf("open store: %s: %w", p, err)
		}
	}
	if err := migrate(ctx, wdb); err != nil {
		wdb.Close()
		return nil, err
	}
	if err := skipSeqs(ctx, wdb); err != nil {
		wdb.Close()
		return nil, err
	}
	// Under walbuf the commits so far were not synced: the skip must be
	// on disk before anything is served.
	walf, err := os.Open(cfg.Path + "-wal")
	if err == nil && walbuf {
		err = datasync(walf)
	}
	if err != nil {
		if walf != nil {
			walf.Close()
		}
		wdb.Close()
		return nil, fmt.Errorf("open store: %w", err)
	}
	rdb, err := sql.Open("sqlite3", dsn(cfg.Path, true))
	if err != nil {
		walf.Close()
		wdb.Close()
		return nil, fmt.Errorf("open store: %w", err)
	}
	rdb.SetMaxOpenConns(cfg.Readers)
	rdb.SetMaxIdleConns(cfg.Readers)
	s := &Store{
		cfg:          cfg,
		wdb:          wdb,
		rdb:          rdb,
		ops:          make(chan op, 4*cfg.MaxBatch),
		done:         make(chan struct{}),
		unpaidRoute:  map[[32]byte]int64{},
		unpaidOrigin: map[string]int64{},
		lastCkpt:     cfg.Now(),
		known:        newKnownIDs(),
		txStmts:      map[*sql.Stmt]*sql.Stmt{},
		walf:         walf,
	}
	if err := wdb.QueryRowContext(ctx, "PRAGMA page_size").Scan(&s.pageSize); err != nil {
		s.closeDBs()
		return nil, fmt.Errorf("open store: %w", err)
	}
	if walbuf {
		s.walName = sqliteWALName(cfg.Path)
		if walEnd(s.walName) < 0 {
			cfg.Logger.Warn("the WAL's length is not tracked; the writer relies on the checkpointer's reports", "wal", s.walName)
			s.walName = ""
		}
	}
	if s.stmts, err = prepare(ctx, wdb); err != nil {
		s.closeDBs()
		return nil, err
	}
	if err := s.loadCounters(ctx); err != nil {
		s.closeDBs()
		return nil, err
	}
	if s.cdb, err = sql.Open("sqlite3", dsn(cfg.Path, false)); err != nil {
		s.closeDBs()
		return nil, err
	}
	s.cdb.SetMaxOpenConns(1)
	if s.dbf, err = os.Open(cfg.Path); err != nil {
		s.closeDBs()
		return nil, fmt.Errorf("open store: %w", err)
	}
	if err := s.wdb.QueryRowContext(ctx, "SELECT COALESCE(MAX(seq), 0) FROM events").Scan(&s.durableSeq); err != nil {
		s.closeDBs()
		return nil, err
	}
	if !walbuf {
		if _, err := s.wdb.ExecContext(ctx, "PRAGMA synchronous=NORMAL"); err != nil {
			s.closeDBs()
			return nil, fmt.Errorf("open store: %w", err)
		}
	}
	s.durableCh = make(chan struct{})
	s.syncq = make(chan synced, syncQueue)
	s.syncFree = make(chan struct{}, 1)
	s.ckStop, s.ckDone, s.syncDone = make(chan struct{}), make(chan struct{}), make(chan struct{})
	go s.checkpointer()
	go s.syncer()
	go s.writer()
	return s, nil
}

func dsn(path string, readOnly bool) string {
	v := url.Values{}
	v.Set("_busy_timeout", "10000")
	v.Set("_txlock", "immediate")
	if readOnly {
		v.Set("_query_only", "1")
		v.Set("_txlock", "deferred")
	}
	return "file:" + path + "?" + v.Encode()
}

func (s *Store) closeDBs() {
	if s.stmts != nil {
		s.stmts.close()
	}
	if s.cdb != nil {
		s.cdb.Close()
	}
	s.rdb.Close()
	s.wdb.Close()
	if s.dbf != nil {
		s.dbf.Close()
	}
	if s.walf != nil {
		s.walf.Close()
	}
}

func (s *Store) loadCounters(ctx context.Context) error {
	ids, err := s.wdb.QueryContext(ctx, "SELECT id FROM events")
	if err != nil {
		return fmt.Errorf("load ids: %w", err)
	}
	for ids.Next() {
		var id []byte
		if err := ids.Scan(&id); err != nil {
			ids.Close()
			return err
		}
		s.known.add((*[32]byte)(id))
	}
	ids.Close()
	rows, err := s.wdb.QueryContext(ctx, "SELECT route, SUM(size) FROM events WHERE state = 1 GROUP BY route")
	if err != nil {
		return fmt.Errorf("load quotas: %w", err)
	}
	for rows.Next() {
		var r []byte
		var n int64
		if err := rows.Scan(&r, &n); err != nil {
			rows.Close()
			return err
		}
		s.unpaidRoute[[32]byte(r)] = n
		s.unpaidBytes += n
	}
	rows.Close()
	rows, err = s.wdb.QueryContext(ctx, "SELECT origin, SUM(size) FROM events WHERE state = 1 GROUP BY origin")
	if err != nil {
		return fmt.Errorf("load quotas: %w", err)
	}
	for rows.Next() {
		var o string
		var n int64
		if err := rows.Scan(&o, &n); err != nil {
			rows.Close()
			return err
		}
		s.unpaidOrigin[o] = n
	}
	rows.Close()
	var np int64
	if err := s.wdb.QueryRowContext(ctx, "SELECT COUNT(*) FROM payments").Scan(&np); err != nil {
		return err
	}
	s.payments.Store(np)
	err = s.wdb.QueryRowContext(ctx, "SELECT COUNT(*), COALESCE(SUM(size), 0) FROM events WHERE state IN (1, 2, 3)").
		Scan(&s.liveEvents, &s.liveBytes)
	s.publishStats()
	return err
}

func (s *Store) publishStats() {
	s.stats.Store(&Stats{LiveEvents: s.liveEvents, LiveBytes: s.liveBytes, UnpaidBytes: s.unpaidBytes})
}

// Stats returns the counters as of the last commit.
func (s *Store) Stats() Stats { return *s.stats.Load() }

// Close stops accepting work, lets the writer finish everything queued
// (each caller still gets its answer), checkpoints the WAL and closes.
func (s *Store) Close(ctx context.Context) error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	close(s.ops)
	s.mu.Unlock()
	select {
	case <-s.done:
	case <-ctx.Done():
		return ctx.Err()
	}
	close(s.ckStop)
	<-s.ckDone
	_, _ = s.wdb.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	s.closeDBs()
	return nil
}

// WAL bounds, in frames (pages) since the WAL last restarted from its start.
// Only a checkpoint that reaches the WAL's end with no commit landing
// meanwhile syncs the database and lets the writer's next transaction
// restart the WAL from its start. Under steady writes the background
// checkpoint, which takes longer than the gap between commits, almost never
// gets there: the WAL grew without bound (680 MB in the bench's
// 60,000-envelope ingest) until the first commit after a restart truncated
// it to journal_size_limit, a 450 ms stall of the writer.
const (
	// restartFrames is the WAL length above which the writer finishes the
	// background checkpoint's work itself, right after that checkpoint
	// wrote its pages back: a PASSIVE checkpoint between two batches copies
	// what the last few commits added and syncs the database.
	restartFrames = 8192
	// maxWALFrames is the length at which the writer does so whatever the
	// checkpointer's state, should it fall behind. It is far above
	// restartFrames: the checkpointer sees the WAL at most one
	// BackgroundCheckpoint late (5,500 frames at the bench's ingest rate)
	// and then makes its passes, and a writer that steps in before them
	// copies hundreds of frames in its pause. The WAL file stays below
	// journal_size_limit, so a restart never truncates it.
	maxWALFrames = 3 * restartFrames
	walSizeLimit = 128 << 20
)

// checkpointer copies committed WAL frames into the database file every
// BackgroundCheckpoint (PASSIVE: it never blocks the writer or readers),
// then writes the copied pages back (writeBack), so that the fsync that
// ends a complete checkpoint finds little to write and the kernel never
// flushes a pile of them at once under the writer's WAL fsync. When the
// WAL is longer than restartFrames it asks the writer to complete it.
func (s *Store) checkpointer() {
	defer close(s.ckDone)
	t := time.NewTicker(s.cfg.BackgroundCheckpoint)
	defer t.Stop()
	for {
		select {
		case <-s.ckStop:
			return
		case <-t.C:
		}
		if s.restartDue.Load() {
			continue // the writer is about to complete one; do not hold the lock it needs
		}
		logN, done, err := s.backgroundPass()
		if err != nil || logN <= s.cfg.restartFrames {
			continue
		}
		// Before the writer completes the checkpoint (with nothing
		// committing meanwhile), copy and write back what arrived during
		// the last pass, again, until a pass finds only a few frames new
		// or maxPrePasses were made: the writer's pause then copies and
		// syncs only what arrived during the last pass. The pause is
		// about 3 ms plus 20-25 µs for each frame it copies (measured in
		// the bench's ingest, where a pass finds 50-250 new frames).
		restarted := false
		for range maxPrePasses {
			if s.restartDue.Load() {
				break // the writer wants to complete one now (maxWALFrames): leave it the lock
			}
			n, d, err := s.backgroundPass()
			if err != nil {
				break
			}
			if n < logN {
				restarted = true // the writer got there first (maxWALFrames)
				break
			}
			fresh := d - done
			logN, done = n, d
			if fresh <= smallResidual {
				break
			}
		}
		if !restarted {
			s.restartDue.Store(true)
		}
	}
}

// The checkpointer's passes before it asks the writer to complete a
// checkpoint: at most maxPrePasses, ending once a pass copied at most
// smallResidual frames.
const (
	maxPrePasses  = 8
	smallResidual = 64
)

// backgroundPass is one PASSIVE checkpoint from the checkpointer's
// connection followed by the write-back of what it copied. It returns the
// WAL's length in frames and how many of them are in the database.
func (s *Store) backgroundPass() (logN, done int64, err error) {
	var busy int
	s.ckptMu.Lock()
	err = s.cdb.QueryRow("PRAGMA wal_checkpoint(PASSIVE)").Scan(&busy, &logN, &done)
	s.ckptMu.Unlock()
	if err != nil {
		s.cfg.Logger.Warn("background checkpoint failed", "err", err)
		return 0, 0, err
	}
	s.walFrames.Store(logN)
	if err := writeBack(s.dbf); err != nil {
		s.cfg.Logger.Warn("database write-back failed", "err", err)
	}
	return logN, done, nil
}

// submit queues an operation for the writer; it blocks while the queue is
// full (backpressure to the connection that produced it).
func (s *Store) submit(o op) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return ErrClosed
	}
	s.ops <- o
	return nil
}

// Put queues an event. done is called from the writer goroutine once the
// outcome is durable (or failed); it must not block.
func (s *Store) Put(p Put, done func(Result)) error {
	return s.submit(&putOp{p: p, cb: done})
}

// Delete tombstones the events named by ids that deleter may delete: an
// envelope addressed to deleter or signed by it, or deleter's own bundle.
// done gets the number deleted.
func (s *Store) Delete(deleter [32]byte, ids [][32]byte, done func(n int, err error)) error {
	return s.submit(&deleteOp{deleter: deleter, ids: ids, cb: done})
}

// do runs f inside a writer transaction and waits for the commit.
func (s *Store) do(ctx context.Context, f func(tx *sql.Tx) error) error {
	ch := make(chan error, 1)
	if err := s.submit(&funcOp{f: f, ch: ch}); err != nil {
		return err
	}
	select {
	case err := <-ch:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// MaybeHas answers from memory whether id may be held: false is certain
// (the event is new); true needs Has.
func (s *Store) MaybeHas(id [32]byte) bool { return s.known.maybe(&id) }

// Has reports whether id is held, live or as a tombstone, and in which state.
// An event committed but not yet on disk is reported once it is, so that
// a duplicate's OK true never precedes the original's durability.
func (s *Store) Has(ctx context.Context, id [32]byte) (State, bool, error) {
	var st State
	var seq int64
	err := s.rdb.QueryRowContext(ctx, "SELECT state, seq FROM events WHERE id = ?", id[:]).Scan(&st, &seq)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, err
	}
	if err := s.waitDurable(ctx, seq); err != nil {
		return 0, false, err
	}
	return st, true, nil
}

// Get returns an event's state and, when live, its JSON.
func (s *Store) Get(ctx context.Context, id [32]byte) (State, []byte, error) {
	var st State
	var js []byte
	err := s.rdb.QueryRowContext(ctx, "SELECT state, json FROM events WHERE id = ?", id[:]).Scan(&st, &js)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil, nil
	}
	return st, js, err
}

// Backup writes a consistent copy of the live database to dest with
// VACUUM INTO, while the relay keeps running. dest must not exist.
func (s *Store) Backup(ctx context.Context, dest string) error {
	return BackupFile(ctx, s.cfg.Path, dest)
}

// BackupFile copies the store at src to dest with VACUUM INTO: a consistent
// snapshot, taken while another process (the running relay) keeps writing.
// It never copies the file itself, which could catch the WAL half-applied.
func BackupFile(ctx context.Context, src, dest string) error {
	if _, err := os.Stat(src); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	db, err := sql.Open("sqlite3", dsn(src, false))
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, "VACUUM INTO ?", dest); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	return nil
}

// Checkpoint runs a TRUNCATE checkpoint now (the writer also runs them
// every CheckpointEvery).
func (s *Store) Checkpoint(ctx context.Context) error {
	ch := make(chan error, 1)
	if err := s.submit(&funcOp{ch: ch, checkpoint: true}); err != nil {
		return err
	}
	select {
	case err := <-ch:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// WALFrames is the WAL's length in frames (since it last restarted from
// its start), for the relay's metrics.
func (s *Store) WALFrames() int64 { return s.walLen() }

// walLen is the WAL's length in frames: exact when walbuf tracks it (the
// writer's own writes since the WAL restarted), else what the last
// background checkpoint saw, which can be a whole pass old.
func (s *Store) walLen() int64 {
	if s.walName == "" {
		return s.walFrames.Load()
	}
	return max(walEnd(s.walName)-walHeaderSize, 0) / (s.pageSize + walFrameHeaderSize)
}

// SQLite's WAL layout: a 32-byte header, then frames of a 24-byte header
// and a page.
const walHeaderSize, walFrameHeaderSize = 32, 24

// sqliteWALName is the name SQLite's unix VFS gives the WAL of the
// database at path: its full path, symbolic links resolved, and "-wal".
func sqliteWALName(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	return path + "-wal"
}
