//go:build !cgo

package wire

func loadLibsecp() backend { return nil }
