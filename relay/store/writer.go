package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/bmail-network/bmail/relay/wire"
)

// op is one unit of work for the writer goroutine.
type op interface {
	// apply does the work inside the batch transaction. An error fails the
	// whole batch (policy refusals are results, not errors).
	apply(s *Store, tx *sql.Tx) error
	// finish reports the outcome once the transaction committed (err nil)
	// or failed.
	finish(s *Store, err error)
}

type stmts struct {
	byID, bundleOf, insert, insertMsgID, paidAtInsert, tombstone, delMsgIDs, oldestRoute, oldestOrigin *sql.Stmt
}

func prepare(ctx context.Context, db *sql.DB) (*stmts, error) {
	var st stmts
	var err error
	p := func(q string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var s *sql.Stmt
		s, err = db.PrepareContext(ctx, q)
		if err != nil {
			err = fmt.Errorf("prepare %q: %w", q, err)
		}
		return s
	}
	st.byID = p("SELECT state FROM events WHERE id = ?")
	st.bundleOf = p("SELECT seq, created_at, id, size FROM events WHERE pubkey = ? AND kind = 12525 AND state = 3")
	st.insert = p(`INSERT INTO events (id, pubkey, kind, created_at, route, received_at, expires_at, state, size, origin, expiration, paid_block, json)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`)
	st.insertMsgID = p("INSERT OR IGNORE INTO msgids (msgid, seq) VALUES (?, ?)")
	st.paidAtInsert = p(`SELECT MIN(p.block) FROM payments p
		WHERE p.msgid = ? AND p.recipient = (SELECT route FROM events WHERE kind = 12525 AND state = 3 AND pubkey = ?)`)
	st.tombstone = p("UPDATE events SET state = ?, json = NULL, size = 0, expires_at = ? WHERE seq = ?")
	st.delMsgIDs = p("DELETE FROM msgids WHERE seq = ?")
	st.oldestRoute = p("SELECT seq, route, origin, size, created_at FROM events WHERE route = ? AND state = 1 ORDER BY seq LIMIT 32")
	st.oldestOrigin = p("SELECT seq, route, origin, size, created_at FROM events WHERE origin = ? AND state = 1 ORDER BY seq LIMIT 32")
	if err != nil {
		st.close()
		return nil, err
	}
	return &st, nil
}

func (st *stmts) close() {
	for _, s := range []*sql.Stmt{st.byID, st.bundleOf, st.insert, st.insertMsgID, st.paidAtInsert, st.tombstone, st.delMsgIDs, st.oldestRoute, st.oldestOrigin} {
		if s != nil {
			s.Close()
		}
	}
}

// writer is the single goroutine that writes. It opens a transaction for
// the first queued operation and applies each operation as it arrives,
// and commits once the syncer is free to sync the result (or MaxBatch
// operations are in, or the batch has been open holdMax): under load, one
// commit per WAL sync, however long the disk takes; when idle, a commit at
// once. That is the group commit; see sync.go.
func (s *Store) writer() {
	defer func() {
		close(s.syncq)
		<-s.syncDone
		close(s.done)
	}()
	for {
		first, ok := s.next()
		if !ok {
			return
		}
		s.runBatch(first)
		if s.restartDue.Swap(false) || s.walLen() >= s.cfg.maxWALFrames {
			s.catchUp()
		}
	}
}

// holdMax bounds how long the writer keeps a transaction open waiting for
// a busy syncer: live subscribers get an event only after its commit.
const holdMax = 2 * time.Millisecond

// next waits for the next operation. When a TRUNCATE checkpoint is due, it
// runs one if nothing arrives for IdleTruncate: never while writes flow,
// where its wait for readers and its shrinking of the WAL file would hold
// every event behind it.
func (s *Store) next() (op, bool) {
	if s.cfg.Now().Sub(s.lastCkpt) < s.cfg.CheckpointEvery {
		o, ok := <-s.ops
		return o, ok
	}
	t := time.NewTimer(s.cfg.IdleTruncate)
	defer t.Stop()
	select {
	case o, ok := <-s.ops:
		return o, ok
	case <-t.C:
	}
	if s.checkpoint() == nil {
		s.walFrames.Store(0)
	}
	o, ok := <-s.ops
	return o, ok
}

// catchUp is the writer's own PASSIVE checkpoint (see restartFrames): run
// between batches, no commit can land during it, so it completes (unless a
// reader still uses the WAL's start) and the next transaction restarts the
// WAL.
func (s *Store) catchUp() {
	var busy, logN, done int
	// A background pass in progress holds SQLite's checkpoint lock (a
	// PASSIVE checkpoint does not wait for it). Waiting for it would hold
	// every event meanwhile; try again after the next batch instead (the
	// checkpointer starts no pass while restartDue is set).
	if !s.ckptMu.TryLock() {
		s.restartDue.Store(true)
		return
	}
	defer s.ckptMu.Unlock()
	start := time.Now()
	if s.cfg.OnPause != nil {
		defer func() { s.cfg.OnPause(time.Since(start)) }()
	}
	if err := s.wdb.QueryRow("PRAGMA wal_checkpoint(PASSIVE)").Scan(&busy, &logN, &done); err != nil {
		s.cfg.Logger.Warn("wal checkpoint failed", "err", err)
	}
	s.walFrames.Store(0) // the checkpointer reports the length again
}

func (s *Store) checkpoint() error {
	s.lastCkpt = s.cfg.Now()
	var busy, logN, ckpt int
	if err := s.wdb.QueryRow("PRAGMA wal_checkpoint(TRUNCATE)").Scan(&busy, &logN, &ckpt); err != nil {
		s.cfg.Logger.Warn("wal checkpoint failed", "err", err)
		return err
	}
	if busy != 0 {
		s.cfg.Logger.Debug("wal checkpoint could not finish: readers active", "wal_frames", logN, "checkpointed", ckpt)
	}
	return nil
}

var errBatchFailed = errors.New("batch failed")

// runBatch runs one transaction: first and what arrives while it is open
// (see writer), then hands it to the syncer. Checkpoint requests run
// outside any transaction, after it.
func (s *Store) runBatch(first op) {
	var (
		ops   []op
		later []*funcOp
		tx    *sql.Tx
		err   error
		hold  *time.Timer
	)
	s.undo = s.undo[:0]
	clear(s.txStmts)
	defer clear(s.txStmts)
	add := func(o op) {
		if f, ok := o.(*funcOp); ok && f.checkpoint {
			later = append(later, f)
			return
		}
		ops = append(ops, o)
		if err != nil {
			return
		}
		if tx == nil {
			if tx, err = s.wdb.Begin(); err != nil {
				return
			}
		}
		err = o.apply(s, tx)
	}
	add(first)
collect:
	for len(ops)+len(later) < s.cfg.MaxBatch && err == nil {
		select {
		case o, ok := <-s.ops:
			if !ok {
				break collect
			}
			add(o)
			continue
		default:
		}
		if tx == nil || !s.syncBusy() {
			break
		}
		if hold == nil {
			hold = time.NewTimer(holdMax)
			defer hold.Stop()
		}
		select {
		case o, ok := <-s.ops:
			if !ok {
				break collect
			}
			add(o)
		case <-s.syncFree:
			break collect
		case <-hold.C:
			break collect
		}
	}
	if tx != nil {
		if err == nil {
			start := time.Now()
			if err = tx.Commit(); err == nil && s.cfg.OnBatch != nil {
				s.cfg.OnBatch(len(ops), time.Since(start))
			}
		} else {
			tx.Rollback()
		}
	}
	if err != nil {
		for i := len(s.undo) - 1; i >= 0; i-- {
			s.undo[i]()
		}
		s.cfg.Logger.Error("write batch failed", "ops", len(ops), "err", err)
		err = fmt.Errorf("%w: %w", errBatchFailed, err)
	}
	s.publishStats()
	if err != nil {
		for _, o := range ops {
			o.finish(s, err)
		}
	} else if len(ops) > 0 {
		s.committed(ops)
	}
	for _, f := range later {
		f.finish(s, s.checkpoint())
	}
}

// committed hands a committed batch on: its events to live subscribers
// now (their seqs are never reused, see skipSeqs), every answer to the
// syncer.
func (s *Store) committed(ops []op) {
	var stored []Stored
	for _, o := range ops {
		if p, ok := o.(*putOp); ok && p.stored != nil {
			stored = append(stored, *p.stored)
		}
	}
	if len(stored) > 0 && s.cfg.OnCommit != nil {
		s.cfg.OnCommit(stored)
	}
	b := synced{ops: ops}
	if len(stored) > 0 {
		b.seq = stored[len(stored)-1].Seq
	}
	s.syncq <- b
}

// txStmt returns st bound to the batch transaction, prepared once per batch.
func (s *Store) txStmt(tx *sql.Tx, st *sql.Stmt) *sql.Stmt {
	if t, ok := s.txStmts[st]; ok {
		return t
	}
	t := tx.Stmt(st)
	s.txStmts[st] = t
	return t
}

// funcOp runs arbitrary writer work (payments, sweeps) or a checkpoint.
type funcOp struct {
	f          func(tx *sql.Tx) error
	ch         chan error
	checkpoint bool
	err        error
}

func (o *funcOp) apply(s *Store, tx *sql.Tx) error {
	o.err = o.f(tx)
	return o.err
}

func (o *funcOp) finish(s *Store, err error) { o.ch <- err }

// putOp stores one event.
type putOp struct {
	p      Put
	cb     func(Result)
	res    Result
	stored *Stored
}

func (o *putOp) finish(s *Store, err error) {
	if err != nil {
		o.res = Result{Err: err}
	}
	if o.cb != nil {
		o.cb(o.res)
	}
}

func (o *putOp) apply(s *Store, tx *sql.Tx) error {
	e := o.p.Event
	st := s.stmts
	now := o.p.ReceivedAt.Unix()
	size := int64(len(o.p.JSON))
	var state State
	var keep time.Duration
	switch e.Kind {
	case wire.KindBundle:
		state, keep = StateKept, s.cfg.BundleRetention
		refused, err := s.replaceBundle(tx, o)
		if err != nil || refused {
			return err
		}
	case wire.KindEnvelope:
		state, keep = StateUnpaid, s.cfg.UnpaidRetention
	case wire.KindListInfo:
		state, keep = StateKept, s.cfg.ListRetention
		refused, err := s.replaceListInfo(tx, o)
		if err != nil || refused {
			return err
		}
	case wire.KindListIssue, wire.KindListKeys:
		state, keep = StateKept, s.cfg.ListRetention
		fits, err := s.listRoom(tx, o.p.Route, size, now)
		if err != nil {
			return err
		}
		if !fits {
			o.res = Result{Reject: wire.Reason(wire.PrefixInvalid, "list event is larger than the list quota")}
			return nil
		}
	default:
		o.res = Result{Reject: wire.Reason(wire.PrefixBlocked, fmt.Sprintf("kind %d is not stored here", e.Kind))}
		return nil
	}
	if s.liveBytes+size > s.cfg.MaxBytes {
		o.res = Result{Reject: wire.Reason(wire.PrefixError, "relay storage is full; try another relay")}
		return nil
	}
	var paidBlock sql.NullInt64
	if state == StateUnpaid {
		if size > s.cfg.MaxUnpaidPerRoute || size > s.cfg.MaxUnpaidPerOrigin {
			o.res = Result{Reject: wire.Reason(wire.PrefixInvalid, "envelope is larger than an inbox quota")}
			return nil
		}
		if s.payments.Load() > 0 {
			for _, id := range o.p.MsgIDs {
				var b sql.NullInt64
				if err := s.txStmt(tx, st.paidAtInsert).QueryRow(id[:], o.p.Route[:]).Scan(&b); err != nil {
					return err
				}
				if b.Valid && (!paidBlock.Valid || b.Int64 < paidBlock.Int64) {
					paidBlock = b
				}
			}
		}
		if paidBlock.Valid {
			state, keep = StatePaid, s.cfg.PaidRetention
		}
	}
	expires := now + int64(keep/time.Second)
	var expiration sql.NullInt64
	if x, ok := e.Expiration(); ok {
		expiration = sql.NullInt64{Int64: x, Valid: true}
		expires = min(expires, x)
	}
	// The unique id index answers "already held?" (live or tombstone).
	res, err := s.txStmt(tx, st.insert).Exec(e.ID[:], e.PubKey[:], e.Kind, e.CreatedAt, o.p.Route[:], now, expires,
		state, size, o.p.Origin, expiration, paidBlock, o.p.JSON)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		var was State
		if err := s.txStmt(tx, st.byID).QueryRow(e.ID[:]).Scan(&was); err != nil {
			return err
		}
		o.res = Result{Duplicate: true, Was: was}
		return nil
	}
	seq, err := res.LastInsertId()
	if err != nil {
		return err
	}
	s.known.add(&e.ID) // before the commit: a lookup may then only over-report
	for _, id := range o.p.MsgIDs {
		if _, err := s.txStmt(tx, st.insertMsgID).Exec(id[:], seq); err != nil {
			return err
		}
	}
	s.count(+1, size, state, o.p.Route, o.p.Origin)
	// Over a quota: evict the oldest unpaid envelopes of this recipient and
	// of this origin (never the one just stored: it is the newest, and it
	// fits a quota on its own).
	if state == StateUnpaid {
		if err := s.makeRoom(tx, o.p.Route, o.p.Origin, 0, now); err != nil {
			return err
		}
	}
	if e.Kind == wire.KindBundle {
		if err := s.payBundleInbox(tx, e.PubKey, o.p.Route); err != nil {
			return err
		}
	}
	o.res = Result{Seq: seq, Paid: state == StatePaid}
	o.stored = &Stored{Seq: seq, Event: e, JSON: o.p.JSON, Route: o.p.Route}
	return nil
}

// count adjusts the counters by one event (sign +1 or -1), with undo.
func (s *Store) count(sign int64, size int64, state State, route [32]byte, origin string) {
	apply := func(sg int64) {
		s.liveEvents += sg
		s.liveBytes += sg * size
		if state == StateUnpaid {
			s.unpaidBytes += sg * size
			s.unpaidRoute[route] += sg * size
			s.unpaidOrigin[origin] += sg * size
			if s.unpaidRoute[route] == 0 {
				delete(s.unpaidRoute, route)
			}
			if s.unpaidOrigin[origin] == 0 {
				delete(s.unpaidOrigin, origin)
			}
		}
	}
	apply(sign)
	s.undo = append(s.undo, func() { apply(-sign) })
}

// replaceBundle applies NIP-01 replaceable semantics for a bundle: the
// newest created_at wins, the lowest id wins a tie. It reports whether the
// new bundle was refused (o.res set).
func (s *Store) replaceBundle(tx *sql.Tx, o *putOp) (bool, error) {
	e := o.p.Event
	var seq, created, size int64
	var id []byte
	err := s.txStmt(tx, s.stmts.bundleOf).QueryRow(e.PubKey[:]).Scan(&seq, &created, &id, &size)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if created > e.CreatedAt || (created == e.CreatedAt && string(id) < string(e.ID[:])) {
		o.res = Result{Reject: wire.Reason(wire.PrefixDuplicate, "a newer bundle from this key is stored")}
		return true, nil
	}
	if _, err := tx.Exec("DELETE FROM events WHERE seq = ?", seq); err != nil {
		return false, err
	}
	s.count(-1, size, StateKept, [32]byte{}, "")
	return false, nil
}

// payBundleInbox marks paid the unpaid envelopes to a transport key whose
// payment was seen before its bundle named the paying account.
func (s *Store) payBundleInbox(tx *sql.Tx, transport [32]byte, account [32]byte) error {
	rows, err := tx.Query(`SELECT e.seq, MIN(p.block) FROM events e
		JOIN msgids m ON m.seq = e.seq JOIN payments p ON p.msgid = m.msgid
		WHERE e.route = ? AND e.kind = ? AND e.state = 1 AND p.recipient = ? GROUP BY e.seq`,
		transport[:], wire.KindEnvelope, account[:])
	if err != nil {
		return err
	}
	type hit struct{ seq, block int64 }
	var hits []hit
	for rows.Next() {
		var h hit
		if err := rows.Scan(&h.seq, &h.block); err != nil {
			rows.Close()
			return err
		}
		hits = append(hits, h)
	}
	rows.Close()
	for _, h := range hits {
		if err := s.setPaid(tx, h.seq, h.block); err != nil {
			return err
		}
	}
	return rows.Err()
}

// row is the part of an event the quota and tombstone logic needs.
type row struct {
	seq, size, created int64
	route              [32]byte
	origin             string
	state              State
}

// makeRoom evicts the oldest unpaid envelopes of route and of origin until
// size more bytes fit in both quotas.
func (s *Store) makeRoom(tx *sql.Tx, route [32]byte, origin string, size, now int64) error {
	if err := s.evict(tx, s.stmts.oldestRoute, route[:], now, func() bool {
		return s.unpaidRoute[route]+size > s.cfg.MaxUnpaidPerRoute
	}); err != nil {
		return err
	}
	return s.evict(tx, s.stmts.oldestOrigin, origin, now, func() bool {
		return s.unpaidOrigin[origin]+size > s.cfg.MaxUnpaidPerOrigin
	})
}

// evict tombstones the oldest unpaid rows q returns for key while over().
func (s *Store) evict(tx *sql.Tx, q *sql.Stmt, key any, now int64, over func() bool) error {
	for over() {
		rows, err := s.txStmt(tx, q).Query(key)
		if err != nil {
			return err
		}
		var victims []row
		for rows.Next() {
			var r row
			var rt []byte
			if err := rows.Scan(&r.seq, &rt, &r.origin, &r.size, &r.created); err != nil {
				rows.Close()
				return err
			}
			r.route, r.state = [32]byte(rt), StateUnpaid
			victims = append(victims, r)
		}
		rows.Close()
		if len(victims) == 0 {
			return errors.New("quota counters disagree with the database")
		}
		n := 0
		for _, v := range victims {
			if !over() {
				break
			}
			if err := s.tombstone(tx, v, StateEvicted, now); err != nil {
				return err
			}
			n++
		}
		if s.cfg.OnEvict != nil {
			s.cfg.OnEvict(n)
		}
	}
	return nil
}

// tombstone turns a live row into a tombstone kept until its created_at is
// older than TombstoneRetention (and at least an hour).
func (s *Store) tombstone(tx *sql.Tx, r row, to State, now int64) error {
	until := max(r.created+int64(s.cfg.TombstoneRetention/time.Second), now+3600)
	if _, err := s.txStmt(tx, s.stmts.tombstone).Exec(to, until, r.seq); err != nil {
		return err
	}
	if _, err := s.txStmt(tx, s.stmts.delMsgIDs).Exec(r.seq); err != nil {
		return err
	}
	s.count(-1, r.size, r.state, r.route, r.origin)
	return nil
}

// deleteOp tombstones events on request of their recipient or author.
type deleteOp struct {
	deleter [32]byte
	ids     [][32]byte
	cb      func(int, error)
	n       int
}

func (o *deleteOp) apply(s *Store, tx *sql.Tx) error {
	now := s.cfg.Now().Unix()
	o.n = 0
	for _, id := range o.ids {
		var r row
		var rt, pub []byte
		var kind int
		err := tx.QueryRow("SELECT seq, route, origin, size, created_at, state, kind, pubkey FROM events WHERE id = ?", id[:]).
			Scan(&r.seq, &rt, &r.origin, &r.size, &r.created, &r.state, &kind, &pub)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return err
		}
		r.route = [32]byte(rt)
		if !r.state.Live() {
			continue
		}
		switch {
		case kind == wire.KindEnvelope && (r.route == o.deleter || [32]byte(pub) == o.deleter):
			if err := s.tombstone(tx, r, StateDeleted, now); err != nil {
				return err
			}
		case wire.IsListKind(kind) && [32]byte(pub) == o.deleter:
			if err := s.tombstone(tx, r, StateDeleted, now); err != nil {
				return err
			}
		case kind == wire.KindBundle && [32]byte(pub) == o.deleter:
			if _, err := tx.Exec("DELETE FROM events WHERE seq = ?", r.seq); err != nil {
				return err
			}
			s.count(-1, r.size, r.state, r.route, r.origin)
		default:
			continue
		}
		o.n++
	}
	return nil
}

func (o *deleteOp) finish(s *Store, err error) {
	if o.cb != nil {
		o.cb(o.n, err)
	}
}
