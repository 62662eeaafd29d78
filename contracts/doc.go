// Package contracts holds the BMail Solidity sources (src/), their pinned
// build (solc 0.8.37 from npm, build.sh), the committed artifacts (artifacts/)
// and abigen --v2 bindings (bindings/), plus the Go helpers every part uses to
// talk to the contract: EIP-712 payment orders and their packed batch
// encoding (order.go), the anonymous Delivered log's decoder and filter
// (delivered.go; abigen does not bind anonymous events), the contract's named
// errors decoded from reverts (errors.go), the reasons a batch skips an
// order (skip.go) and the log query every log read goes through, which asks
// again while the node's log index is mid-write (logs.go).
//
// Invariants: the bindings and artifacts are generated, never edited; the
// Go constants here mirror the contract's and are checked against it by the
// tests; an order packs to exactly OrderBytes bytes after a batch header and
// a table of its distinct recipients, and unpacking then packing gives the
// input back byte for byte, as does decoding then encoding a Delivered log.
//
// The embedded dev chain lives in contracts/devchain; the Osaka-configured
// simulated backend for tests in contracts/chaintest; the gas report and its
// opcode profiler in contracts/gasreport (go run ./contracts/cmd/gasreport).
package contracts

//go:generate ./build.sh
