// Package store is the b-mail client's local database: one SQLite file in
// WAL mode (mattn/go-sqlite3) holding pinned key bundles, contacts and
// contact grants, received envelopes and the final payments that release
// them, the messages a user can see (inbox, sent, archive), drafts, the
// outbox with every step of every send, and the relay and chain cursors.
//
// Invariants:
//   - The schema is the numbered migrations in migrations/, applied in
//     order above PRAGMA user_version; a store from a newer build is refused
//     (ErrNewerSchema).
//   - Writes commit with synchronous=FULL before the method returns: the
//     outbox relies on a step being on disk before the step acts.
//   - Multi-row changes that must agree (payments with the chain cursor,
//     a rollback with the envelopes and messages it hides) commit in one
//     transaction.
//   - The store holds sender-controlled text as it was signed; callers
//     sanitise before showing it.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	sqlite3 "github.com/mattn/go-sqlite3"
)

// Errors.
var (
	ErrNotFound    = errors.New("store: not found")
	ErrNewerSchema = errors.New("store: written by a newer b-mail")
	ErrConflict    = errors.New("store: conflicting record")
)

//go:embed migrations/*.up.sql
var migrationFS embed.FS

// Store is an open client database.
type Store struct {
	db  *sql.DB
	Now func() time.Time // the clock for recorded times (time.Now by default)
}

// Open opens (creating if needed) the database at path and migrates it.
func Open(ctx context.Context, path string) (*Store, error) {
	v := url.Values{}
	v.Set("_busy_timeout", "10000")
	v.Set("_txlock", "immediate")
	v.Set("_journal_mode", "WAL")
	v.Set("_synchronous", "FULL")
	v.Set("_foreign_keys", "1")
	db, err := sql.Open("sqlite3", "file:"+path+"?"+v.Encode())
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	db.SetMaxOpenConns(4)
	db.SetConnMaxLifetime(0)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, err
	}
	return &Store{db: db, Now: time.Now}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// SchemaVersion is the number of migrations this build applies.
func SchemaVersion() int {
	ms, _ := migrations()
	return len(ms)
}

type migration struct {
	version int
	name    string
	sql     string
}

func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.up.sql")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, n := range names {
		base := strings.TrimPrefix(n, "migrations/")
		i := strings.IndexByte(base, '_')
		if i < 0 {
			return nil, fmt.Errorf("migration %s: no number", base)
		}
		v, err := strconv.Atoi(base[:i])
		if err != nil {
			return nil, fmt.Errorf("migration %s: bad number: %w", base, err)
		}
		b, err := migrationFS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: base, sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("migrations are not numbered 1..n: %s", m.name)
		}
	}
	return out, nil
}

func migrate(ctx context.Context, db *sql.DB) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	var have int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&have); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if have > len(ms) {
		return fmt.Errorf("%w: schema version %d, this build knows %d", ErrNewerSchema, have, len(ms))
	}
	for _, m := range ms[have:] {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

// inTx runs f in one write transaction.
func (s *Store) inTx(ctx context.Context, f func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := f(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

func (s *Store) now() int64 { return s.Now().Unix() }

func isConstraint(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && se.Code == sqlite3.ErrConstraint
}

// ---- meta ----

// Meta returns a stored fact (ErrNotFound when absent).
func (s *Store) Meta(ctx context.Context, key string) ([]byte, error) {
	var v []byte
	err := s.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return v, err
}

// SetMeta records a fact.
func (s *Store) SetMeta(ctx context.Context, key string, value []byte) error {
	_, err := s.db.ExecContext(ctx, "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, value)
	return err
}

// BindMeta records value under key the first time and afterwards checks
// that it is unchanged (ErrConflict otherwise): a store belongs to one
// account on one chain.
func (s *Store) BindMeta(ctx context.Context, key string, value []byte) error {
	old, err := s.Meta(ctx, key)
	if errors.Is(err, ErrNotFound) {
		return s.SetMeta(ctx, key, value)
	}
	if err != nil {
		return err
	}
	if string(old) != string(value) {
		return fmt.Errorf("%w: %s is %x here, not %x", ErrConflict, key, old, value)
	}
	return nil
}

// ---- helpers for encoding ----

func addrs(b []byte) []common.Address {
	out := make([]common.Address, 0, len(b)/20)
	for i := 0; i+20 <= len(b); i += 20 {
		out = append(out, common.BytesToAddress(b[i:i+20]))
	}
	return out
}

func addrBytes(as []common.Address) []byte {
	out := make([]byte, 0, 20*len(as))
	for _, a := range as {
		out = append(out, a[:]...)
	}
	return out
}

func h32(b []byte) (h [32]byte) { copy(h[:], b); return }

func unix(t int64) time.Time {
	if t == 0 {
		return time.Time{}
	}
	return time.Unix(t, 0)
}

func secs(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

func lines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
