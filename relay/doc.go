// Package relay is the b-mail relay server: NIP-01 over WebSocket for the
// b-mail event kinds, a durable SQLite store, NIP-11 and NIP-42, abuse
// policies, the settlement batcher and metrics. The wire codec it speaks
// lives in relay/wire, which the client imports too.
package relay
