// Package reputation holds the b-mail reputation rules in Go — acks,
// minting, spam counters, decay on the global tick grid, endorsement and
// thresholds — as the exact twin of the BMail contract's, plus a Ledger that
// models the whole contract state (balances, pairs, nonces, withdrawals) so
// tests can run the same operations on the chain and in Go and compare every
// storage word, and the attack simulations whose results the README reports
// (sybil rings, one spam mark among praise, provoked spam marks, decay).
//
// Invariants: pure (no I/O; time is an argument); integers identical to the
// contract's; reputation is created only by valuable acks, at most ρ × the
// burn of the acked mail × the acker's standing factor; Σ balances + owed +
// burned equals what was deposited minus what was withdrawn. It imports only
// package pricing of the project (the shared decay arithmetic and storage
// layout: one function where the logic is the same).
package reputation
