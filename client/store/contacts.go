package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// PinnedBundle is a key bundle whose hash matched the chain when pinned.
type PinnedBundle struct {
	Account     common.Address
	Hash        [32]byte
	Bundle      []byte // canonical encoding
	Fingerprint [20]byte
	PinnedAt    time.Time
	CheckedAt   time.Time
	// A changed bundle with other keys, waiting for the user (zero Hash:
	// none).
	NewHash   [32]byte
	NewBundle []byte
	NewSeenAt time.Time
}

// HasPendingChange reports whether a changed bundle waits for acceptance.
func (p *PinnedBundle) HasPendingChange() bool { return p.NewHash != [32]byte{} }

// Pinned returns the pinned bundle of account (ErrNotFound when none).
func (s *Store) Pinned(ctx context.Context, account common.Address) (*PinnedBundle, error) {
	var p PinnedBundle
	var hash, fp, newHash []byte
	var pinned, checked int64
	var newSeen sql.NullInt64
	err := s.db.QueryRowContext(ctx, `SELECT hash, bundle, fingerprint, pinned_at, checked_at, new_hash, new_bundle, new_seen_at
		FROM bundles WHERE account = ?`, account[:]).Scan(&hash, &p.Bundle, &fp, &pinned, &checked, &newHash, &p.NewBundle, &newSeen)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	p.Account, p.Hash, p.PinnedAt, p.CheckedAt = account, h32(hash), unix(pinned), unix(checked)
	copy(p.Fingerprint[:], fp)
	p.NewHash, p.NewSeenAt = h32(newHash), unix(newSeen.Int64)
	return &p, nil
}

// Pin records p as the account's trusted bundle (clearing any pending
// change) and remembers its signing key.
func (s *Store) Pin(ctx context.Context, p *PinnedBundle, signingKey []byte) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO bundles(account, hash, bundle, fingerprint, pinned_at, checked_at)
			VALUES(?, ?, ?, ?, ?, ?)
			ON CONFLICT(account) DO UPDATE SET hash = excluded.hash, bundle = excluded.bundle,
			fingerprint = excluded.fingerprint, pinned_at = excluded.pinned_at, checked_at = excluded.checked_at,
			new_hash = NULL, new_bundle = NULL, new_seen_at = NULL`,
			p.Account[:], p.Hash[:], p.Bundle, p.Fingerprint[:], secs(p.PinnedAt), secs(p.CheckedAt))
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT OR IGNORE INTO signing_keys(account, signing_key, bundle_hash) VALUES(?, ?, ?)`,
			p.Account[:], signingKey, p.Hash[:])
		return err
	})
}

// Touch records that the chain confirmed the pinned bundle at t.
func (s *Store) Touch(ctx context.Context, account common.Address, t time.Time) error {
	_, err := s.db.ExecContext(ctx, "UPDATE bundles SET checked_at = ? WHERE account = ?", secs(t), account[:])
	return err
}

// SetPendingBundle records a changed bundle awaiting the user's decision.
func (s *Store) SetPendingBundle(ctx context.Context, account common.Address, hash [32]byte, bundle []byte) error {
	res, err := s.db.ExecContext(ctx, "UPDATE bundles SET new_hash = ?, new_bundle = ?, new_seen_at = ? WHERE account = ?",
		hash[:], bundle, s.now(), account[:])
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// IsSigningKey reports whether a pinned bundle of account ever certified key.
func (s *Store) IsSigningKey(ctx context.Context, account common.Address, key []byte) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, "SELECT 1 FROM signing_keys WHERE account = ? AND signing_key = ?", account[:], key).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// Contact is an entry of the user's contact list.
type Contact struct {
	Account     common.Address
	Name        string   // the user's local name for them
	Relays      []string // relay hints from a contact string
	AddedAt     time.Time
	GrantSentAt int64 // signed time of the last grant delivered to them (0: none yet)
}

// PutContact adds or updates a contact.
func (s *Store) PutContact(ctx context.Context, c *Contact) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO contacts(account, name, relays, added_at, grant_sent_at) VALUES(?, ?, ?, ?, ?)
		ON CONFLICT(account) DO UPDATE SET name = excluded.name, relays = excluded.relays, grant_sent_at = excluded.grant_sent_at`,
		c.Account[:], c.Name, strings.Join(c.Relays, "\n"), secs(c.AddedAt), c.GrantSentAt)
	return err
}

// DeleteContact removes a contact (ErrNotFound when absent).
func (s *Store) DeleteContact(ctx context.Context, account common.Address) error {
	res, err := s.db.ExecContext(ctx, "DELETE FROM contacts WHERE account = ?", account[:])
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// Contact returns one contact (ErrNotFound when absent).
func (s *Store) Contact(ctx context.Context, account common.Address) (*Contact, error) {
	cs, err := s.contacts(ctx, "WHERE account = ?", account[:])
	if err != nil {
		return nil, err
	}
	if len(cs) == 0 {
		return nil, ErrNotFound
	}
	return &cs[0], nil
}

// Contacts lists the contact list by name, then account.
func (s *Store) Contacts(ctx context.Context) ([]Contact, error) {
	return s.contacts(ctx, "ORDER BY name, account")
}

func (s *Store) contacts(ctx context.Context, where string, args ...any) ([]Contact, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT account, name, relays, added_at, grant_sent_at FROM contacts "+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Contact
	for rows.Next() {
		var c Contact
		var a []byte
		var relays string
		var added int64
		if err := rows.Scan(&a, &c.Name, &relays, &added, &c.GrantSentAt); err != nil {
			return nil, err
		}
		c.Account, c.Relays, c.AddedAt = common.BytesToAddress(a), lines(relays), unix(added)
		out = append(out, c)
	}
	return out, rows.Err()
}

// Grant is a contact grant received: Account accepts (or, with Accepts
// false, no longer accepts) free mail from the user, as of Time.
type Grant struct {
	Account common.Address
	Accepts bool
	Time    int64
}

// PutGrant records g unless a grant with a newer or equal time is already
// recorded; it reports whether g took effect.
func (s *Store) PutGrant(ctx context.Context, g Grant) (bool, error) {
	res, err := s.db.ExecContext(ctx, `INSERT INTO grants(account, accepts, time) VALUES(?, ?, ?)
		ON CONFLICT(account) DO UPDATE SET accepts = excluded.accepts, time = excluded.time WHERE excluded.time > grants.time`,
		g.Account[:], g.Accepts, g.Time)
	if err != nil {
		return false, err
	}
	n, _ := res.RowsAffected()
	return n > 0, nil
}

// Grant returns the grant recorded from account (Accepts false and Time 0
// when none).
func (s *Store) Grant(ctx context.Context, account common.Address) (Grant, error) {
	g := Grant{Account: account}
	err := s.db.QueryRowContext(ctx, "SELECT accepts, time FROM grants WHERE account = ?", account[:]).Scan(&g.Accepts, &g.Time)
	if errors.Is(err, sql.ErrNoRows) {
		return g, nil
	}
	return g, err
}

// SetBlocked records (or clears) a block this client set on chain.
func (s *Store) SetBlocked(ctx context.Context, account common.Address, blocked bool) error {
	var err error
	if blocked {
		_, err = s.db.ExecContext(ctx, "INSERT OR REPLACE INTO blocked(account, at) VALUES(?, ?)", account[:], s.now())
	} else {
		_, err = s.db.ExecContext(ctx, "DELETE FROM blocked WHERE account = ?", account[:])
	}
	return err
}

// Blocked lists the accounts this client blocked.
func (s *Store) Blocked(ctx context.Context) ([]common.Address, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT account FROM blocked ORDER BY at")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []common.Address
	for rows.Next() {
		var a []byte
		if err := rows.Scan(&a); err != nil {
			return nil, err
		}
		out = append(out, common.BytesToAddress(a))
	}
	return out, rows.Err()
}

// IsBlocked reports whether this client blocked account.
func (s *Store) IsBlocked(ctx context.Context, account common.Address) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, "SELECT 1 FROM blocked WHERE account = ?", account[:]).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}
