//go:build !cgo

package store

// Without cgo there is no SQLite to wrap (mattn/go-sqlite3 needs cgo too):
// these keep the package building, and Open uses the default VFS.

const walbufVFS = "bmail-walbuf"

func registerWALBuf() bool { return false }

func walEnd(string) int64 { return -1 }

type walbufStats struct{ writes, syncs, deferred uint64 }

func readWALBufStats() walbufStats { return walbufStats{} }
