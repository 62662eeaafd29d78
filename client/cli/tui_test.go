package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A keys file is read before the terminal is touched: a conflict stops
// `bmail tui` with both actions named; a good file shows in --keys-help.
func TestTUIKeysFile(t *testing.T) {
	home := t.TempDir()
	env := map[string]string{"BMAIL_HOME": home}
	write := func(name, body string) string {
		p := filepath.Join(home, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	bad := write("bad.json", `{"folders.next": "d"}`)
	r := bmail(t, env, "", "tui", "--keys", bad)
	if r.code == 0 || !strings.Contains(r.stderr, "key bound twice") || !strings.Contains(r.stderr, "folders.next") ||
		!strings.Contains(r.stderr, "mail.delete") || !strings.Contains(r.stderr, "--keys-help") {
		t.Fatalf("exit %d\nstderr: %s", r.code, r.stderr)
	}
	// The default file is read too.
	write(KeysFile, `{"reader.ack": "q"}`) // q is reader.back
	if r := bmail(t, env, "", "tui"); r.code == 0 || !strings.Contains(r.stderr, "key bound twice") {
		t.Fatalf("a conflict in %s: exit %d\nstderr: %s", KeysFile, r.code, r.stderr)
	}
	good := write("good.json", `{"mail.archive": "e"}`)
	r = bmail(t, env, "", "tui", "--keys", good, "--keys-help")
	mustCode(t, r, 0)
	for _, l := range strings.Split(r.stdout, "\n") {
		if strings.HasPrefix(l, "mail.archive ") && !strings.Contains(l, " e ") {
			t.Fatalf("--keys-help shows %q", l)
		}
	}
	if !strings.Contains(r.stdout, "mail.archive") {
		t.Fatalf("--keys-help lists no mail.archive:\n%s", r.stdout)
	}
}

// `bmail try` builds its world in a directory of its own (emptied at each
// run) and refuses a directory it did not make or a profile that is not a
// dev one.
func TestTryCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain")
	}
	home := filepath.Join(t.TempDir(), "try")
	for range 2 { // the second run starts afresh in the same directory
		r := bmail(t, nil, "", "--home", home, "try", "--seed-only")
		mustCode(t, r, 0)
		if !strings.Contains(r.stdout, "DEVNET") || !strings.Contains(r.stdout, "ready: your data directory is") {
			t.Fatalf("stdout: %s", r.stdout)
		}
	}
	foreign := t.TempDir()
	if err := os.WriteFile(filepath.Join(foreign, "mine.txt"), []byte("keep"), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := bmail(t, nil, "", "--home", foreign, "try", "--seed-only"); r.code == 0 || !strings.Contains(r.stderr, "not made by `bmail try`") {
		t.Fatalf("a foreign directory: exit %d\nstderr: %s", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(foreign, "mine.txt")); err != nil {
		t.Fatal("try touched a directory it did not make")
	}
	if r := bmail(t, nil, "", "--profile", "work", "try", "--seed-only"); r.code == 0 || !strings.Contains(r.stderr, "not a dev profile") {
		t.Fatalf("a real profile: exit %d\nstderr: %s", r.code, r.stderr)
	}
}
