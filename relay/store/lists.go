package store

import (
	"database/sql"
	"errors"
	"time"

	"github.com/bmail-network/bmail/relay/wire"
)

// Newsletter list events (kinds 2526, 2527, 12526) are stored as kept
// events routed by their list id. They are kept ListRetention (for
// subscribers who were offline), count against a per-list byte quota that
// evicts the list's oldest issues and slices first, and a list definition
// replaces the list's previous one (newest created_at, then lowest id).

// Defaults for list events.
const (
	DefaultListRetention = 90 * 24 * time.Hour
	DefaultMaxListBytes  = 256 << 20
)

// RoutedKinds returns the kinds a single-letter routing tag selects:
// "p" envelopes, "w" bundles, "n" the list kinds. Nil: not indexed.
func RoutedKinds(name byte) []int {
	switch string(name) {
	case wire.TagList:
		return []int{wire.KindListIssue, wire.KindListKeys, wire.KindListInfo}
	}
	if k, ok := RoutedTag(name); ok {
		return []int{k}
	}
	return nil
}

// listRoom makes size more bytes fit the list's quota by tombstoning its
// oldest issues and slices (evicted). It reports false when size alone is
// over the quota.
func (s *Store) listRoom(tx *sql.Tx, route [32]byte, size, now int64) (bool, error) {
	if size > s.cfg.MaxListBytes {
		return false, nil
	}
	var used int64
	if err := tx.QueryRow(`SELECT COALESCE(SUM(size), 0) FROM events WHERE route = ? AND kind IN (?, ?) AND state = 3`,
		route[:], wire.KindListIssue, wire.KindListKeys).Scan(&used); err != nil {
		return false, err
	}
	for used+size > s.cfg.MaxListBytes {
		rows, err := tx.Query(`SELECT seq, origin, size, created_at FROM events
			WHERE route = ? AND kind IN (?, ?) AND state = 3 ORDER BY seq LIMIT 32`,
			route[:], wire.KindListIssue, wire.KindListKeys)
		if err != nil {
			return false, err
		}
		var victims []row
		for rows.Next() {
			r := row{route: route, state: StateKept}
			if err := rows.Scan(&r.seq, &r.origin, &r.size, &r.created); err != nil {
				rows.Close()
				return false, err
			}
			victims = append(victims, r)
		}
		rows.Close()
		if len(victims) == 0 {
			return false, errors.New("list quota disagrees with the database")
		}
		n := 0
		for _, v := range victims {
			if used+size <= s.cfg.MaxListBytes {
				break
			}
			if err := s.tombstone(tx, v, StateEvicted, now); err != nil {
				return false, err
			}
			used -= v.size
			n++
		}
		if s.cfg.OnEvict != nil {
			s.cfg.OnEvict(n)
		}
	}
	return true, nil
}

// replaceListInfo applies replaceable semantics to a list definition: the
// newest created_at wins, the lowest id wins a tie. It reports whether the
// new one was refused (o.res set).
func (s *Store) replaceListInfo(tx *sql.Tx, o *putOp) (bool, error) {
	e := o.p.Event
	var seq, created, size int64
	var id []byte
	err := tx.QueryRow(`SELECT seq, created_at, id, size FROM events WHERE route = ? AND kind = ? AND state = 3`,
		o.p.Route[:], wire.KindListInfo).Scan(&seq, &created, &id, &size)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if created > e.CreatedAt || (created == e.CreatedAt && string(id) < string(e.ID[:])) {
		o.res = Result{Reject: wire.Reason(wire.PrefixDuplicate, "a newer definition of this list is stored")}
		return true, nil
	}
	if _, err := tx.Exec("DELETE FROM events WHERE seq = ?", seq); err != nil {
		return false, err
	}
	s.count(-1, size, StateKept, o.p.Route, "")
	return false, nil
}
