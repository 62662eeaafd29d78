// Package chainmath is the arithmetic and storage layout the BMail contract
// and both of its Go twins share: decay on the global tick grid (decay.go),
// 256-bit storage words (word.go) and the packed account, standing and pair
// words (layout.go). Package pricing builds the fee formula on it and package
// reputation the reputation rules; neither imports the other, and both
// re-export what their callers need, so this package stays internal.
//
// Invariants: pure (no I/O, no clock: time is an argument); the integers are
// exactly the contract's (checked on random inputs by the differential test
// in contracts/); decay does not depend on how often a word is touched, and a
// value never rises between additions; every field round-trips through its
// word and writing a field leaves every other bit unchanged.
package chainmath
