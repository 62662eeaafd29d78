// Package relay is the b-mail relay server: NIP-01 over WebSocket for the
// b-mail event kinds, a durable SQLite store (relay/store), NIP-11 and
// NIP-42, abuse-policy hooks (relay/policies), live push and metrics. The
// wire codec it speaks lives in relay/wire, which the client imports too.
//
// A Relay is an http.Handler: it serves WebSocket upgrades and the NIP-11
// document on the same path. Its life cycle is New → serve → Close(ctx).
//
// Invariants:
//   - OK true is sent for an event only after the store committed it
//     durably (or already held it: "duplicate:").
//   - Envelopes are served, from storage and live, only to a connection
//     that authenticated (NIP-42) as the envelope's recipient key.
//   - A subscription sees each matching event once: stored events up to the
//     query's snapshot, then EOSE, then live events after that snapshot.
//   - No client can make the relay buffer without bound: frames are size
//     capped, in-flight writes per connection are capped, and a connection
//     whose pending output exceeds its cap or whose writes stall past the
//     write deadline is closed (its mail is durable; it re-syncs).
package relay
