// Package batcher is the relay's settlement batcher: it takes senders'
// EIP-712 payment orders over the relay's connection (the ORDER frame,
// SPEC.md §6.9), checks them, keeps them in the relay's SQLite store, and
// settles them in batches with the BMail contract's settle(), earning the
// relay fee each order carries. A Batcher implements relay.OrderIntake.
//
// Invariants:
//   - An order is accepted only once it is durable, and only when, at
//     intake: its signature recovers a sender; it names this relay; its
//     network exists; its deadline leaves room for the batch age plus
//     confirmations and is within the contract's hour; its nonce is inside
//     the sender's window, unused, not taken by another open order, and all
//     the sender's open nonces fit one window; the sender's deposit covers
//     every open order's maximum debit plus a reserve; its relay fee covers
//     the order's marginal cost (execution gas and the L1 data fee of its
//     calldata); a live envelope whose header commits to keccak256(secret)
//     is stored here; no final Delivered log already paid it; and the
//     sender is within its rate.
//   - Orders are never served or forwarded: they leave the relay only
//     inside settlement transactions.
//   - Before a batch is broadcast it is simulated (eth_simulateV1) and every
//     order the contract would skip is dropped with the reason; a batch
//     whose every order would be skipped is never sent, so an order that
//     went bad after intake costs the relay nothing on chain.
//   - A batch carries an EIP-2930 access list (contracts.SettleAccessList)
//     only when a simulation with it uses less gas than without and the
//     cost model values the gas saved above the L1 data fee of the list's
//     bytes; every fee bump of the batch carries the same list.
//   - A batch's signed transaction (nonce, raw bytes, order ids) is durable
//     before it is broadcast; after a restart the same bytes are sent again.
//     Fee bumps raise both fee fields by at least 12.5% and are recorded
//     before they are sent; whichever version is mined counts.
//   - An order counts as settled only when its batch's block is final (N
//     confirmations or the safe head); if that block leaves the canonical
//     chain the batch's orders return to submitted and its transaction is
//     sent again.
//   - One batch is unmined at a time, so the operator nonce moves in order;
//     a nonce taken by another transaction (at a final block, with no
//     version of the batch mined) abandons the batch and queues its orders
//     again.
package batcher
