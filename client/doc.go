// Package client is the b-mail user agent as a library: identity and
// keyring, sealing and opening envelopes, the send and receive flows, the
// local outbox and inbox store, and chain access for users. It holds no UI
// code; the CLI in cmd/bmail and the terminal UI in client/tui are thin
// layers over it.
package client
