// Package contracts holds the BMail Solidity sources, their pinned build
// (solc from npm), the committed artifacts (ABI and bytecode), the generated
// Go bindings, deploy helpers and the embedded dev chain.
package contracts
