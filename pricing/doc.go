// Package pricing is the b-mail fee formula in Go: the exact twin of the
// contract's, to the gwei, plus the compiled-in network presets. It is pure:
// no I/O, no clock, and it imports nothing else of the project.
package pricing
