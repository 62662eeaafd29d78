// Package e2e holds b-mail's end-to-end test against code nobody here
// wrote: a real `geth --dev` node built from the pinned go-ethereum
// (contracts/devchain/gethdev), two bmail-relay processes and two users
// driving the bmail binary, each command a separate process on loopback,
// through the story of `bmail demo`: deploy, register, quote, a paid cold
// mail, a cheaper reply, a valuable ack, contacts and free mail, wallet
// and earnings. It has no code of its own besides the test.
//
// Run it with `go test ./e2e` (skipped with -short, and skipped when geth
// cannot be built; scripts/test builds geth first).
package e2e
