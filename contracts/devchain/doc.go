// Package devchain runs b-mail's embedded dev chain: a real go-ethereum node
// (node.Node + eth.Ethereum) in this process, whose blocks a simulated
// beacon client (catalyst.SimulatedBeacon) seals, serving JSON-RPC over HTTP
// and WebSocket on one 127.0.0.1 port. `bmail devnet`, `bmail demo` and
// tests start one with a single call:
//
//	chain, err := devchain.Start(ctx, devchain.Config{})
//	defer chain.Close()
//	chain.RPCURL()   // http://127.0.0.1:<port>; WSURL() is ws:// on the same port
//	chain.Fund(ctx, addr, wei)
//
// # Invariants
//
//   - Rules: ChainConfig — mainnet's as of Osaka (with the blob-only forks
//     BPO1 and BPO2), nothing later, so gas matches mainnet: a transfer costs
//     21,000, a cold SSTORE call 43,106. go-ethereum's own dev rules (geth
//     --dev, ethclient/simulated) also switch on Bogota and charge the same
//     SSTORE call 131,026; SimulatedOsaka fixes ethclient/simulated.
//   - Loopback only: no peer-to-peer networking, RPC on 127.0.0.1.
//   - One sealer: every block — on demand, periodic, Commit, AdjustTime, or
//     devchain_commit/devchain_adjustTime over JSON-RPC — is sealed under one
//     lock, so there is never a second block on the same parent.
//   - A persisted chain (Config.DataDir) keeps its genesis, rules, dev key
//     (DataDir/devkey) and time offset across restarts; one process per
//     directory.
//
// # Mining
//
// With Config.Period zero a block is sealed as soon as a transaction is
// pending — all pending transactions that fit go into it — and no block is
// sealed otherwise. From eth_sendRawTransaction to a receipt takes a few
// milliseconds (BenchmarkSendToReceipt). Commit seals a block now (empty if
// nothing is pending). With a Period, one block per period, empty or not,
// as geth --dev --dev.period does; transactions wait for the next one.
//
// # Time
//
// A block's timestamp is the wall clock, or its parent's plus one second if
// that is later. AdjustTime seals an empty block d after its parent; later
// blocks count on from there, so a two-step withdrawal with a one-hour delay
// is: request, AdjustTime(ctx, time.Hour), withdraw. Time only moves forward.
//
// # Safe and finalized heads
//
// The simulated beacon reports the safe head equal to the head, and the
// finalized head as the last block whose number is a multiple of 32, so
// "finalized" lags by up to 31 blocks and, with on-demand mining, moves only
// as transactions arrive. Right after a persisted chain restarts both report
// the genesis until the next block is sealed.
//
// For b-mail's "final" on the dev chain use the safe head: a payment is
// final once its block number is at most the safe head's. Do not wait for
// "finalized" (it may never come on a quiet dev chain), nor for N > 0
// confirmations unless something seals more blocks (Commit, or a Period).
// On a real network "final" is the safe head or N confirmations, as
// configured.
//
// # Deploying a contract
//
// Use bind/v2 against Client or an ethclient.Client dialled to RPCURL:
// bind.DeployContract with bind.NewKeyedTransactor(key, chain.ChainID()),
// then wait for the receipt. bind.WaitMined and bind.WaitDeployed poll once
// a second; on this chain prefer signing with TransactOpts.NoSend and
// sending with ethclient's SendTransactionSync (eth_sendRawTransactionSync),
// which returns the receipt as soon as the block is sealed. See Example.
// While go-ethereum's transaction indexer is behind the head (on a fresh
// chain, and for a moment after each block) eth_getTransactionReceipt
// returns the error "transaction indexing is in progress" instead of null:
// treat it as "not mined yet".
package devchain
