//go:build !linux

package store

import "os"

// writeBack writes the database file's dirty pages to disk (see the Linux
// version; elsewhere a full fsync, from the checkpointer's goroutine).
func writeBack(f *os.File) error { return f.Sync() }

// datasync makes f's written data durable.
func datasync(f *os.File) error { return f.Sync() }

// replaced reports whether f, opened at path, is no longer the file there.
func replaced(f *os.File, path string) bool {
	fi, err := os.Stat(path)
	if err != nil {
		return false
	}
	cur, err := f.Stat()
	return err == nil && !os.SameFile(fi, cur)
}
