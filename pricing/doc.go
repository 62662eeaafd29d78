// Package pricing is the b-mail fee formula in Go: the exact twin of the
// BMail contract's, to the gwei, with a breakdown a person can read, the
// compiled-in network presets and Quote, which prices a mail from the raw
// storage words a client caches (quoteState).
//
// Invariants: every function is pure (no I/O, no clock: time is an argument)
// and gives the contract's integers exactly, which the differential test in
// contracts/ checks on random inputs; all arithmetic is uint64 with 128-bit
// intermediates (math/bits), saturating where the contract saturates; what a
// sender's reputation takes off the fee without reputation is paid from its
// reputation credit, gwei for gwei (CreditUsed ≤ Credit). It imports nothing
// of the project but internal/chainmath (decay and storage layout, shared
// with package reputation) and re-exports the layout clients need.
package pricing
