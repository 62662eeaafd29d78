package relay

import (
	"context"
	"fmt"
	"time"

	"github.com/bmail-network/bmail/relay/store"
	"github.com/bmail-network/bmail/relay/wire"
)

// handleEvent is the EVENT pipeline: cheap structural checks, policy hooks,
// the id, the known-id lookup, the signature, the header hook, then the
// store (whose commit sends the OK).
func (c *Conn) handleEvent(e *wire.Event, frameBytes int) {
	r := c.r
	now := r.cfg.Now()
	reject := func(reason string) { c.ok(e.ID, false, reason) }

	route, reason := r.checkShape(e, now)
	if reason != "" {
		reject(reason)
		return
	}
	for _, f := range r.RejectEvent {
		if reason := f(c, e, frameBytes); reason != "" {
			reject(reason)
			return
		}
	}
	if !e.CheckID() {
		reject(wire.Reason(wire.PrefixInvalid, "id is not the hash of the event"))
		return
	}
	if e.Kind != wire.KindDeletion && r.store.MaybeHas(e.ID) {
		if st, ok, err := r.store.Has(context.Background(), e.ID); err != nil {
			reject(wire.Reason(wire.PrefixError, "store unavailable"))
			return
		} else if ok {
			r.Metrics.Duplicates.Add(1)
			c.ok(e.ID, true, duplicateReason(st))
			return
		}
	}
	if !wire.VerifySignature(e.PubKey, e.ID, e.Sig) {
		reject(wire.Reason(wire.PrefixInvalid, "bad signature"))
		return
	}
	var msgIDs [][32]byte
	if e.Kind == wire.KindEnvelope && r.cfg.MsgIDs != nil {
		ids, err := r.cfg.MsgIDs([]byte(e.Content))
		if err != nil {
			reject(wire.Reason(wire.PrefixInvalid, "envelope header: "+err.Error()))
			return
		}
		msgIDs = ids
	}
	c.inflight <- struct{}{} // bounded in-flight writes per connection
	release := func() { <-c.inflight }

	if e.Kind == wire.KindDeletion {
		ids := make([][32]byte, 0, len(e.Tags))
		for _, t := range e.Tags {
			if len(t) >= 2 && t[0] == wire.TagEvent {
				if id, err := wire.ParseHex32(t[1]); err == nil {
					ids = append(ids, id)
				}
			}
		}
		err := r.store.Delete(e.PubKey, ids, func(n int, err error) {
			defer release()
			if err != nil {
				c.ok(e.ID, false, wire.Reason(wire.PrefixError, "could not delete"))
				return
			}
			c.ok(e.ID, true, fmt.Sprintf("deleted %d of %d", n, len(ids)))
		})
		if err != nil {
			release()
			reject(wire.Reason(wire.PrefixError, "relay is shutting down"))
		}
		return
	}
	js := e.Marshal(make([]byte, 0, frameBytes))
	err := r.store.Put(store.Put{Event: e, JSON: js, Route: route, Origin: c.origin, MsgIDs: msgIDs, ReceivedAt: now},
		func(res store.Result) {
			defer release()
			switch {
			case res.Err != nil:
				c.ok(e.ID, false, wire.Reason(wire.PrefixError, "could not store the event"))
			case res.Reject != "":
				c.ok(e.ID, false, res.Reject)
			case res.Duplicate:
				r.Metrics.Duplicates.Add(1)
				c.ok(e.ID, true, duplicateReason(res.Was))
			default:
				r.Metrics.Accepted.Add(1)
				c.ok(e.ID, true, "")
			}
		})
	if err != nil {
		release()
		reject(wire.Reason(wire.PrefixError, "relay is shutting down"))
	}
}

func duplicateReason(st store.State) string {
	switch st {
	case store.StateExpired:
		return wire.Reason(wire.PrefixDuplicate, "this event was stored and has expired")
	case store.StateDeleted:
		return wire.Reason(wire.PrefixDuplicate, "this event was stored and its recipient deleted it")
	case store.StateEvicted:
		return wire.Reason(wire.PrefixDuplicate, "this event was stored and evicted by an unpaid-mail quota")
	}
	return wire.Reason(wire.PrefixDuplicate, "already have this event")
}

// checkShape does the checks that need no crypto and no I/O. It returns
// the routing tag value: the recipient for envelopes, the account word for
// bundles.
func (r *Relay) checkShape(e *wire.Event, now time.Time) (route [32]byte, reason string) {
	cfg := &r.cfg
	created := time.Unix(e.CreatedAt, 0)
	if created.Before(now.Add(-cfg.CreatedAtPast)) {
		return route, wire.Reason(wire.PrefixInvalid, "created_at is too far in the past")
	}
	if created.After(now.Add(cfg.CreatedAtFuture)) {
		return route, wire.Reason(wire.PrefixInvalid, "created_at is too far in the future")
	}
	if x, ok := e.Expiration(); ok && x <= now.Unix() {
		return route, wire.Reason(wire.PrefixInvalid, "event has already expired (NIP-40)")
	}
	switch e.Kind {
	case wire.KindEnvelope:
		if len(e.Content) > base64Len(cfg.MaxEnvelopeBytes) {
			return route, wire.Reason(wire.PrefixInvalid, "envelope is larger than max_envelope_bytes")
		}
		if route, reason = routeTag(e, wire.TagRecipient); reason != "" {
			return route, reason
		}
		// With a header hook configured, the hook decodes the content.
		if cfg.MsgIDs == nil && !strictBase64(e.Content) {
			return route, wire.Reason(wire.PrefixInvalid, "content is not standard base64 of the envelope")
		}
		return route, ""
	case wire.KindBundle:
		if len(e.Content) > cfg.MaxBundleBytes {
			return route, wire.Reason(wire.PrefixInvalid, "bundle is larger than the limit")
		}
		route, reason = routeTag(e, wire.TagAccount)
		if reason != "" {
			return route, reason
		}
		for _, b := range route[:12] {
			if b != 0 {
				return route, wire.Reason(wire.PrefixInvalid, "account tag is not an address word (12 zero bytes, then 20)")
			}
		}
		return route, ""
	case wire.KindDeletion:
		n := 0
		for _, t := range e.Tags {
			if len(t) >= 2 && t[0] == wire.TagEvent {
				if _, err := wire.ParseHex32(t[1]); err != nil {
					return route, wire.Reason(wire.PrefixInvalid, "e tag is not an event id")
				}
				n++
			}
		}
		if n == 0 {
			return route, wire.Reason(wire.PrefixInvalid, "deletion names no event")
		}
		return route, ""
	case wire.KindAuth:
		return route, wire.Reason(wire.PrefixInvalid, "kind 22242 goes in an AUTH frame")
	case wire.KindListIssue, wire.KindListKeys, wire.KindListInfo:
		return r.checkList(e)
	}
	return route, wire.Reason(wire.PrefixBlocked,
		fmt.Sprintf("this relay stores only b-mail kinds %d, %d and the list kinds %d, %d, %d (and NIP-09 deletions)",
			wire.KindEnvelope, wire.KindBundle, wire.KindListIssue, wire.KindListKeys, wire.KindListInfo))
}

// routeTag finds exactly one routing tag named name with a 64-hex value and
// no other single-letter tag (those are the only indexed ones).
func routeTag(e *wire.Event, name string) (route [32]byte, reason string) {
	n := 0
	for _, t := range e.Tags {
		if len(t[0]) != 1 {
			continue
		}
		if t[0] != name {
			return route, wire.Reason(wire.PrefixInvalid, fmt.Sprintf("unexpected %q tag: only %q is allowed", t[0], name))
		}
		if len(t) < 2 {
			return route, wire.Reason(wire.PrefixInvalid, "routing tag has no value")
		}
		v, err := wire.ParseHex32(t[1])
		if err != nil {
			return route, wire.Reason(wire.PrefixInvalid, "routing tag is not 64 lowercase hex")
		}
		route = v
		n++
	}
	if n != 1 {
		return route, wire.Reason(wire.PrefixInvalid, fmt.Sprintf("needs exactly one %q tag", name))
	}
	return route, ""
}

// strictBase64 reports whether s is non-empty standard base64 with padding
// and canonical bits, without line breaks (Go's decoder would skip them).
// It checks in place, without decoding (this runs on every envelope).
func strictBase64(s string) bool {
	n := len(s)
	if n == 0 || n%4 != 0 {
		return false
	}
	pad := 0
	if s[n-1] == '=' {
		pad++
		if s[n-2] == '=' {
			pad++
		}
	}
	body := s[:n-pad]
	for i := 0; i < len(body); i++ {
		if base64Values[body[i]] == 0xff {
			return false
		}
	}
	// Canonical: the bits of the last symbol past the data are zero.
	switch last := base64Values[body[len(body)-1]]; pad {
	case 1:
		return last&0x3 == 0
	case 2:
		return last&0xf == 0
	}
	return true
}

// base64Values maps a byte to its standard base64 value, or 0xff.
var base64Values = func() (t [256]byte) {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := range t {
		t[i] = 0xff
	}
	for i := 0; i < len(alphabet); i++ {
		t[alphabet[i]] = byte(i)
	}
	return t
}()
