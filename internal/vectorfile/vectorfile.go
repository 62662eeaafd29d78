// Package vectorfile keeps a directory of generated test vectors in step
// with the code that generates them: a test makes every file's bytes and
// either rewrites the directory (-update) or fails on any difference, a
// missing file or a file no generator makes. It is for tests only.
package vectorfile

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// Check compares the *.json files of dir with want (file name → bytes).
// With update set it writes want instead, removing the files want lacks.
func Check(t testing.TB, dir string, want map[string][]byte, update bool) {
	t.Helper()
	if update {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		old, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		for _, f := range old {
			if want[filepath.Base(f)] == nil {
				os.Remove(f)
			}
		}
		for name, b := range want {
			if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) != len(want) {
		t.Errorf("%d vector files in %s, the generators make %d (run with -update)", len(files), dir, len(want))
	}
	for name, b := range want {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.Equal(got, b) {
			t.Errorf("%s is not what the generator makes (run with -update): %v", name, err)
		}
	}
}
