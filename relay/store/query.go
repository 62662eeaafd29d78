package store

import (
	"context"
	"database/sql"
	"strings"

	"github.com/bmail-network/bmail/relay/wire"
)

// RoutedTag returns the kind whose routing tag is the single-letter tag
// name: "p" routes envelopes, "w" names a bundle's account.
func RoutedTag(name byte) (kind int, ok bool) {
	switch string(name) {
	case wire.TagRecipient:
		return wire.KindEnvelope, true
	case wire.TagAccount:
		return wire.KindBundle, true
	}
	return 0, false
}

// Query streams the live events matching f to emit, inside one read
// snapshot, and returns the snapshot's head seq: every event stored later
// has a larger seq. Envelopes are returned only when addressed to one of
// readable (the keys the connection authenticated as).
//
// With f.After set the events come in receive order (seq ascending) after
// that cursor; otherwise newest created_at first, as NIP-01 has it. At most
// limit events are emitted. emit must not keep json.
func (s *Store) Query(ctx context.Context, f *wire.Filter, readable [][32]byte, limit int,
	emit func(seq int64, json []byte) error) (head int64, n int, err error) {
	tx, err := s.rdb.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return 0, 0, err
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx,
		"SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0)").Scan(&head); err != nil {
		return 0, 0, err
	}
	q, args, ok := s.buildQuery(f, readable, limit)
	if !ok {
		return head, 0, nil
	}
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return head, 0, err
	}
	defer rows.Close()
	for rows.Next() {
		var seq int64
		var js sql.RawBytes
		if err := rows.Scan(&seq, &js); err != nil {
			return head, n, err
		}
		if err := emit(seq, js); err != nil {
			return head, n, err
		}
		n++
	}
	return head, n, rows.Err()
}

// Indexed reports whether a filter can be answered from an index: it names
// ids, authors, or a routing tag (#p, #w, #n). Others would scan every event,
// so the relay refuses them.
func Indexed(f *wire.Filter) bool { return f.IDs != nil || f.Authors != nil || len(f.Tags) > 0 }

// buildQuery turns a filter into SQL. ok is false when nothing can match
// (or the filter is not Indexed).
func (s *Store) buildQuery(f *wire.Filter, readable [][32]byte, limit int) (string, []any, bool) {
	if !Indexed(f) {
		return "", nil, false
	}
	var w strings.Builder
	args := []any{s.cfg.Now().Unix()}
	w.WriteString("SELECT seq, json FROM events WHERE state IN (1, 2, 3) AND expires_at > ?")
	in := func(col string, vals []any) {
		w.WriteString(" AND " + col + " IN (?" + strings.Repeat(", ?", len(vals)-1) + ")")
		args = append(args, vals...)
	}
	blobs := func(vs [][32]byte) []any {
		out := make([]any, len(vs))
		for i := range vs {
			out[i] = vs[i][:]
		}
		return out
	}
	if f.IDs != nil {
		if len(f.IDs) == 0 {
			return "", nil, false
		}
		in("id", blobs(f.IDs))
	}
	if f.Authors != nil {
		if len(f.Authors) == 0 {
			return "", nil, false
		}
		in("pubkey", blobs(f.Authors))
	}
	if f.Kinds != nil {
		ks := make([]any, 0, len(f.Kinds))
		for _, k := range f.Kinds {
			if k == wire.KindEnvelope || k == wire.KindBundle || wire.IsListKind(k) {
				ks = append(ks, k)
			}
		}
		if len(ks) == 0 {
			return "", nil, false
		}
		in("kind", ks)
	}
	for _, t := range f.Tags {
		kinds := RoutedKinds(t.Name)
		if len(kinds) == 0 || len(t.Values) == 0 {
			return "", nil, false
		}
		in("route", blobs(t.Values))
		if len(kinds) == 1 {
			w.WriteString(" AND kind = ?")
			args = append(args, kinds[0])
		} else {
			ks := make([]any, len(kinds))
			for i, k := range kinds {
				ks[i] = k
			}
			in("kind", ks)
		}
	}
	if f.Since != nil {
		w.WriteString(" AND created_at >= ?")
		args = append(args, *f.Since)
	}
	if f.Until != nil {
		w.WriteString(" AND created_at <= ?")
		args = append(args, *f.Until)
	}
	// List events are public, served to filters that name their list in
	// #n (the route index answers them). Otherwise envelopes only for
	// their recipients; literal kinds so that SQLite can use the partial
	// bundle index and the route index (a multi-index OR) instead of
	// scanning.
	if _, lists := f.Tag(wire.TagList[0]); lists {
		w.WriteString(" AND kind IN (2526, 2527, 12526)")
	} else if len(readable) == 0 {
		w.WriteString(" AND kind = 12525")
	} else {
		w.WriteString(" AND (kind = 12525 OR (kind = 2525 AND route IN (?" + strings.Repeat(", ?", len(readable)-1) + ")))")
		args = append(args, blobs(readable)...)
	}
	if f.After != nil {
		w.WriteString(" AND seq > ? ORDER BY seq LIMIT ?")
		args = append(args, *f.After, limit)
	} else {
		w.WriteString(" ORDER BY created_at DESC, seq DESC LIMIT ?")
		args = append(args, limit)
	}
	return w.String(), args, true
}
