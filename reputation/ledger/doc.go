// Package ledger models the whole BMail contract in Go — balances, networks,
// send, broadcast, settle, acks, endorsements, nonces, withdrawals — on top
// of the exact twins (package pricing for fees, package reputation for the
// reputation rules, internal/chainmath for decay and the storage words), so
// tests can run the same operations on the chain and here and compare every
// storage word (contracts/random_test.go), and it runs the attack
// simulations the README reports (sim.go, cmd reputation/cmd/simulate).
//
// Invariants: each Ledger method changes the state exactly as the contract
// function it mirrors, or nothing when the contract would revert; Σ balances
// + owed + burned equals what was deposited minus what was withdrawn; for
// every account the discount its reputation obtained ≤ the credit minted to
// it ≤ half the burn it paid (TestNoStrategyProfits).
package ledger
