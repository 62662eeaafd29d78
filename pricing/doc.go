// Package pricing is the b-mail fee formula in Go: the exact twin of the
// BMail contract's, to the gwei, plus the compiled-in network presets, the
// decay arithmetic on the global tick grid and the layout of the contract's
// packed storage words (account, standing, pair), so a client can quote from
// cached chain state.
//
// Invariants: every function is pure (no I/O, no clock: time is an argument)
// and gives the contract's integers exactly, which the differential test in
// contracts/ checks on random inputs; all arithmetic is uint64 with 128-bit
// intermediates (math/bits), saturating where the contract saturates. It
// imports nothing else of the project; package reputation builds on it.
package pricing
