// Package reputation holds the b-mail reputation rules in Go — acks,
// minting, spam counters, decay on the global tick grid, endorsement and
// thresholds — as the exact twin of the contract's, plus simulations of the
// attacks the rules are built to resist. It is pure: no I/O, and it imports
// nothing else of the project.
package reputation
