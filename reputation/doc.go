// Package reputation holds the b-mail reputation rules in Go — acks and the
// pending burn they mint from, minting and reputation credit, spam marks,
// endorsement, standing — as the exact twin of the BMail contract's, as pure
// functions on the contract's storage words. Package reputation/ledger
// models the whole contract on top of it and runs the attack simulations the
// README reports.
//
// Invariants: pure (no I/O; time is an argument); integers identical to the
// contract's. Reputation is created only by valuable acks, each minting at
// most half (ρ = 1/2) of its share of the burn its direction's pending paid
// mails paid, and the same amount becomes the sender's credit, the only
// thing that lowers a price for reputation (package pricing spends it gwei
// for gwei). So no account's reputation ever saves it more than half the
// burn it paid. It imports nothing of the project but internal/chainmath
// (decay and storage layout, shared with package pricing).
package reputation
