// Package client is the b-mail user agent as a library: one Client per data
// directory, with a method for each flow — register the key bundle, resolve
// and pin others' bundles, quote, send through a recorded outbox, sync and
// show mail under the acceptance rule, ack, contacts and their free mail,
// blocks and minimum reputation, wallet, relays — plus what a UI needs
// around them (events, drafts, read state, folders, search, spending caps, a
// notification hook). It holds no UI code; the CLI (client/cli, cmd/bmail)
// and the terminal UI (client/tui) are thin layers over it. SPEC.md §9 is
// its specification.
//
// Invariants:
//   - Unpaid mail is shown only from a contact (a sender on the user's own
//     list); paid mail only with a final Delivered log that passes every
//     check of the acceptance rule (to the user, an accepted network, payer
//     = the signer's certified account, the priced size, S opens it).
//     Everything else is held back or rejected, and counted.
//   - Every outbox step is recorded in the store before it acts; a payment's
//     raw transaction (or signed order) is recorded before it is broadcast,
//     and a second one is signed only when the first provably cannot land.
//     A crash at any point resumes without paying twice or losing the draft.
//   - A bundle is used only when its hash is the one the chain names; a
//     contact's change of keys is refused until the user accepts it.
//   - Refusals (blocked, below minimum, caps, funds) come before any money
//     moves, as errors callers switch on (errors.go).
//   - Open touches no network: chain and relays are reached on first use,
//     so a client opens offline; nothing ever falls back to a dev chain.
//   - Text a sender controls is returned as signed; callers pass it through
//     client/sanitize before any output.
package client
