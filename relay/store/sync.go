package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"time"
)

// Durability is pipelined. The writer's commit writes the transaction's
// WAL frames and returns without waiting for the disk (its connection
// leaves a commit's sync to the syncer, see walbuf.go; without that layer
// it runs with synchronous=NORMAL, which does the same), and the writer
// goes on to the next batch at once. The syncer goroutine then syncs the
// WAL file (fdatasync) and only after that
// answers the batch's operations — the OK true of every event in it. One
// sync covers every batch committed before it started, so while the disk
// works the writer fills the next batch, and the single writer never waits
// for the disk. An acknowledged event is as durable as with
// synchronous=FULL: its frames, and every frame before them, were on disk
// before its OK. What the disk does not have yet after a power loss is
// exactly what was never acknowledged; SQLite's WAL recovery stops at the
// last complete transaction whose frames' checksums hold.
//
// Two things become visible before they are durable, and both are made
// safe here:
//   - seqs. Live subscribers get an event right after its commit, and
//     readers see committed rows, so a subscriber may hold a seq that a
//     power loss then takes back. At every open the store moves the
//     AUTOINCREMENT counter past seqGap numbers (durably, before anything
//     is served); the writer is never more than a few batches of at most
//     MaxBatch events ahead of the disk (those the syncer holds, those
//     queued for it and the one being filled), far fewer than seqGap, so a
//     seq handed out before a crash is never given to another event after
//     it, and a client resuming from it misses nothing (SPEC.md §6.4).
//   - duplicates. Has reports an event only once its seq is durable, so a
//     retry's OK true "duplicate:" never precedes the original's sync.
const (
	syncQueue   = 4
	seqGap      = 1 << 20
	maxBatchCap = 16384 // (2·syncQueue + 2) batches of it stay under seqGap
)

// synced is one committed batch waiting for the sync: its operations and
// its highest seq (0 when it stored no event).
type synced struct {
	ops []op
	seq int64
}

// errSyncFailed answers every operation of a batch whose WAL sync failed.
// After a failed fsync the kernel may have dropped the pages, so the store
// answers every later write with it too (nothing is retried).
var errSyncFailed = errors.New("store: sync of the write-ahead log failed")

// skipSeqs moves the events' AUTOINCREMENT counter past seqGap unused
// numbers. It runs at open, before the writer starts; Open syncs the WAL
// after it.
// A store whose first events were lost with their counter (a power loss
// before the first sync) has no counter row yet: it gets one, so those
// seqs are skipped too.
func skipSeqs(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("open store: skip seqs: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO sqlite_sequence (name, seq)
		SELECT 'events', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'events')`); err != nil {
		return fmt.Errorf("open store: skip seqs: %w", err)
	}
	if _, err := tx.ExecContext(ctx, "UPDATE sqlite_sequence SET seq = seq + ? WHERE name = 'events'", seqGap); err != nil {
		return fmt.Errorf("open store: skip seqs: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("open store: skip seqs: %w", err)
	}
	return nil
}

// openWAL opens the WAL file the syncer syncs. SQLite keeps it (the same
// file, truncated at most) while any connection is open; syncWAL checks
// that it is still the file at the path.
func (s *Store) openWAL() error {
	f, err := os.Open(s.cfg.Path + "-wal")
	if err != nil {
		return fmt.Errorf("open store: %w", err)
	}
	s.walf = f
	return nil
}

// syncWAL makes every WAL frame written so far durable.
func (s *Store) syncWAL() error {
	if replaced(s.walf, s.cfg.Path+"-wal") {
		// The WAL was removed and created anew, which SQLite does only
		// after a complete checkpoint: what the old file held is in the
		// synced database.
		s.walf.Close()
		if err := s.openWAL(); err != nil {
			return err
		}
	}
	return datasync(s.walf)
}

// syncBusy reports whether the syncer has batches to sync or is syncing.
func (s *Store) syncBusy() bool { return s.syncing.Load() || len(s.syncq) > 0 }

// syncer syncs the WAL behind the writer and answers the operations of
// the batches each sync covered.
func (s *Store) syncer() {
	defer close(s.syncDone)
	var pending []synced
	for b := range s.syncq {
		s.syncing.Store(true)
		pending = append(pending[:0], b)
	more:
		for len(pending) < syncQueue {
			select {
			case b, ok := <-s.syncq:
				if !ok {
					break more
				}
				pending = append(pending, b)
			default:
				break more
			}
		}
		start := time.Now()
		if s.cfg.beforeSync != nil {
			s.cfg.beforeSync()
		}
		err := s.failure()
		if err == nil {
			if err = s.syncWAL(); err != nil {
				s.cfg.Logger.Error("write-ahead log sync failed: refusing all writes", "err", err)
				err = fmt.Errorf("%w: %w", errSyncFailed, err)
			}
		}
		if s.cfg.OnSync != nil {
			s.cfg.OnSync(len(pending), time.Since(start))
		}
		var top int64
		for _, b := range pending {
			top = max(top, b.seq)
		}
		s.setDurable(top, err)
		for _, b := range pending {
			for _, o := range b.ops {
				o.finish(s, err)
			}
		}
		s.syncing.Store(false)
		select {
		case s.syncFree <- struct{}{}:
		default:
		}
	}
}

// failure is the sync error that stopped the store, if any.
func (s *Store) failure() error {
	s.durableMu.Lock()
	defer s.durableMu.Unlock()
	return s.syncErr
}

func (s *Store) setDurable(seq int64, err error) {
	s.durableMu.Lock()
	defer s.durableMu.Unlock()
	if err != nil && s.syncErr == nil {
		s.syncErr = err
	} else if err == nil && seq > s.durableSeq {
		s.durableSeq = seq
	} else {
		return
	}
	close(s.durableCh)
	s.durableCh = make(chan struct{})
}

// waitDurable returns once the event with this seq is on disk.
func (s *Store) waitDurable(ctx context.Context, seq int64) error {
	for {
		s.durableMu.Lock()
		d, err, ch := s.durableSeq, s.syncErr, s.durableCh
		s.durableMu.Unlock()
		if err != nil {
			return err
		}
		if seq <= d {
			return nil
		}
		select {
		case <-ch:
		case <-s.syncDone:
			return ErrClosed
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}
