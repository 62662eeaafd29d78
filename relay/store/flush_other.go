//go:build !linux

package store

import "os"

// writeBack writes the database file's dirty pages to disk (see the Linux
// version; elsewhere a full fsync, from the checkpointer's goroutine).
func writeBack(f *os.File) error { return f.Sync() }

// datasync makes f's written data durable.
func datasync(f *os.File) error { return f.Sync() }
