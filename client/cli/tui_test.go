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
