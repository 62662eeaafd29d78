package relay

import (
	"crypto/rand"
	"encoding/hex"
	"strings"
	"time"

	"github.com/bmail-network/bmail/relay/wire"
)

// challengeBytes is the NIP-42 challenge size: 256 bits, above the 128 the
// design asks for.
const challengeBytes = 32

// AuthWindow is how far an AUTH event's created_at may be from now.
const AuthWindow = 10 * time.Minute

// MaxAuthKeys bounds the keys one connection may authenticate as (key
// rotation needs more than one).
const MaxAuthKeys = 8

func newChallenge() string {
	var b [challengeBytes]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("relay: no randomness for an AUTH challenge: " + err.Error())
	}
	return hex.EncodeToString(b[:])
}

// NormalizeURL makes a relay URL comparable: scheme and host lowercased, one
// trailing "/" trimmed. Nothing else changes.
func NormalizeURL(u string) string {
	scheme, rest, ok := strings.Cut(u, "://")
	if !ok {
		return strings.TrimSuffix(u, "/")
	}
	host, path := rest, ""
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		host, path = rest[:i], rest[i:]
	}
	return strings.TrimSuffix(strings.ToLower(scheme)+"://"+strings.ToLower(host)+path, "/")
}

// checkAuth validates an AUTH event against the challenge it must answer.
// It returns "" or a NIP-01 reason.
func (r *Relay) checkAuth(e *wire.Event, challenge string, now time.Time) string {
	if e.Kind != wire.KindAuth {
		return wire.Reason(wire.PrefixInvalid, "AUTH needs a kind 22242 event")
	}
	if d := now.Sub(time.Unix(e.CreatedAt, 0)); d > AuthWindow || d < -AuthWindow {
		return wire.Reason(wire.PrefixInvalid, "AUTH created_at is more than 10 minutes from now")
	}
	got, ok := e.Tag(wire.TagChallenge)
	if !ok || challenge == "" || got != challenge {
		return wire.Reason(wire.PrefixInvalid, "AUTH does not answer the current challenge")
	}
	relayTag, ok := e.Tag(wire.TagRelay)
	if !ok || NormalizeURL(relayTag) != r.publicURL {
		return wire.Reason(wire.PrefixInvalid, "AUTH names another relay URL")
	}
	if err := e.Verify(); err != nil {
		return wire.Reason(wire.PrefixInvalid, "AUTH "+err.Error())
	}
	return ""
}
