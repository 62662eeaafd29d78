package cli

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bmail-network/bmail/client/identity"
	"github.com/ethereum/go-ethereum/crypto"
)

const abandonAbout = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"

// run is one bmail invocation inside a test.
type run struct {
	args     []string
	env      map[string]string
	stdin    string
	terminal Terminal
	ctx      context.Context
	now      time.Time // zero: testNow

	code           int
	stdout, stderr string
}

var testNow = time.Unix(1_767_225_600, 0) // 2026-01-01T00:00:00Z

func (r *run) do(t *testing.T) *run {
	t.Helper()
	var out, errOut bytes.Buffer
	m := &Main{
		Stdin:     strings.NewReader(r.stdin),
		Stdout:    &out,
		Stderr:    &errOut,
		Getenv:    func(k string) string { return r.env[k] },
		Now:       func() time.Time { return cmp.Or(r.now, testNow) },
		Terminal:  r.terminal,
		KDFParams: identity.KDFParams{Time: 1, MemoryKiB: 64, Threads: 1},
	}
	ctx := r.ctx
	if ctx == nil {
		ctx = context.Background()
	}
	r.code = m.Run(ctx, r.args)
	r.stdout, r.stderr = out.String(), errOut.String()
	return r
}

func bmail(t *testing.T, env map[string]string, stdin string, args ...string) *run {
	t.Helper()
	return (&run{args: args, env: env, stdin: stdin}).do(t)
}

func mustCode(t *testing.T, r *run, code int) {
	t.Helper()
	if r.code != code {
		t.Fatalf("bmail %s: exit %d, want %d\nstdout: %s\nstderr: %s", strings.Join(r.args, " "), r.code, code, r.stdout, r.stderr)
	}
}

func pass(p string) map[string]string { return map[string]string{"BMAIL_PASSPHRASE": p} }

func TestInitWhoamiExport(t *testing.T) {
	home := filepath.Join(t.TempDir(), "home")
	r := bmail(t, pass("correct horse battery"), "", "--home", home, "init", "--json",
		"--relay", "WSS://Relay.Example.org/", "--relay", "ws://127.0.0.1:7777",
		"--network", "0x"+strings.Repeat("ab", 32), "--expires", "30d")
	mustCode(t, r, ExitOK)
	var got struct {
		Mnemonic string `json:"mnemonic"`
		identityReport
	}
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("init --json output: %v\n%s", err, r.stdout)
	}
	m, err := identity.ParseMnemonic(got.Mnemonic)
	if err != nil || len(m.Words()) != 24 {
		t.Fatalf("init printed %q (%v), want 24 valid words", got.Mnemonic, err)
	}
	id, _ := identity.FromMnemonic(m, 0)
	if got.Address != id.Address.Hex() || got.Fingerprint != id.Fingerprint().String() {
		t.Fatalf("init reports %s %s, the words give %s %s", got.Address, got.Fingerprint, id.Address.Hex(), id.Fingerprint())
	}
	if want := []string{"wss://relay.example.org", "ws://127.0.0.1:7777"}; strings.Join(got.InboxRelays, " ") != strings.Join(want, " ") {
		t.Fatalf("relays %q, want %q", got.InboxRelays, want)
	}
	if got.Expires-got.Created != 30*24*3600 {
		t.Fatalf("lifetime %d s", got.Expires-got.Created)
	}

	for name, perm := range map[string]os.FileMode{home: 0o700, filepath.Join(home, KeystoreFile): 0o600, filepath.Join(home, BundleFile): 0o644} {
		st, err := os.Stat(name)
		if err != nil || st.Mode().Perm() != perm {
			t.Fatalf("%s: %v mode %v, want %v", name, err, st.Mode().Perm(), perm)
		}
	}

	// whoami needs no passphrase and reports the same identity.
	w := bmail(t, nil, "", "whoami", "--json", "--home", home)
	mustCode(t, w, ExitOK)
	var who identityReport
	if err := json.Unmarshal([]byte(w.stdout), &who); err != nil {
		t.Fatal(err)
	}
	if who.BundleHash != got.BundleHash || who.Address != got.Address || who.Home != home {
		t.Fatalf("whoami %+v\ninit %+v", who, got.identityReport)
	}
	text := bmail(t, nil, "", "--home", home, "whoami")
	mustCode(t, text, ExitOK)
	for _, want := range []string{got.Address, got.Fingerprint, got.BundleHash, "wss://relay.example.org", "in 30 days"} {
		if !strings.Contains(text.stdout, want) {
			t.Errorf("whoami output lacks %q:\n%s", want, text.stdout)
		}
	}

	// export-account-key prints only the key on stdout, warnings on stderr.
	x := bmail(t, pass("correct horse battery"), "", "--home", home, "export-account-key")
	mustCode(t, x, ExitOK)
	key, err := crypto.HexToECDSA(strings.TrimSpace(x.stdout))
	if err != nil {
		t.Fatalf("stdout %q is not a key: %v", x.stdout, err)
	}
	if crypto.PubkeyToAddress(key.PublicKey) != id.Address {
		t.Fatal("exported key is not the account's")
	}
	if !strings.Contains(x.stderr, "NEVER type your recovery words into a wallet") {
		t.Fatalf("no warning on stderr: %q", x.stderr)
	}
}

func TestInitTextShowsWordsOnce(t *testing.T) {
	home := t.TempDir()
	r := bmail(t, pass("correct horse battery"), "", "--home", home, "init")
	mustCode(t, r, ExitOK)
	for _, want := range []string{"24 words", " 1. ", "24. ", "Never type them into a website or a wallet", "bmail export-account-key"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("init output lacks %q", want)
		}
	}
	// The words printed are the ones in the keystore.
	words := make([]string, 24)
	for _, match := range regexp.MustCompile(`(\d+)\. ([a-z]+)`).FindAllStringSubmatch(r.stdout, -1) {
		n, _ := strconv.Atoi(match[1])
		words[n-1] = match[2]
	}
	m, err := identity.ParseMnemonic(strings.Join(words, " "))
	if err != nil {
		t.Fatalf("printed words do not parse: %v\n%s", err, r.stdout)
	}
	ks, _ := identity.LoadKeystore(filepath.Join(home, KeystoreFile))
	got, err := ks.Decrypt([]byte("correct horse battery"))
	if err != nil || got.Phrase() != m.Phrase() {
		t.Fatalf("keystore holds other words (%v)", err)
	}
	// whoami never shows the words.
	w := bmail(t, nil, "", "--home", home, "whoami")
	if strings.Contains(w.stdout, m.Words()[0]+" ") && strings.Contains(w.stdout, m.Words()[1]) {
		t.Fatal("whoami shows recovery words")
	}
}

// TestRestoreWalletVector: the published abandon…about phrase restores the
// well-known account, and the exported key is that account's.
func TestRestoreWalletVector(t *testing.T) {
	home := t.TempDir()
	r := bmail(t, pass("12345678"), "  ABANDON abandon abandon abandon abandon abandon\nabandon abandon abandon abandon abandon about\n", "--home", home, "restore", "--json")
	mustCode(t, r, ExitOK)
	var got identityReport
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatal(err)
	}
	if got.Address != "0x9858EfFD232B4033E47d90003D41EC34EcaEda94" {
		t.Fatalf("address %s", got.Address)
	}
	x := bmail(t, pass("12345678"), "", "--home", home, "export-account-key")
	mustCode(t, x, ExitOK)
	key, err := crypto.HexToECDSA(strings.TrimSpace(x.stdout))
	if err != nil || crypto.PubkeyToAddress(key.PublicKey).Hex() != got.Address {
		t.Fatalf("exported key does not belong to %s (%v)", got.Address, err)
	}
}

func TestRestoreKeyIndex(t *testing.T) {
	home := t.TempDir()
	r := bmail(t, pass("12345678"), abandonAbout, "--home", home, "restore", "--key-index", "2", "--json")
	mustCode(t, r, ExitOK)
	m, _ := identity.ParseMnemonic(abandonAbout)
	id, _ := identity.FromMnemonic(m, 2)
	w := bmail(t, nil, "", "--home", home, "whoami", "--json")
	var got identityReport
	json.Unmarshal([]byte(w.stdout), &got)
	if got.KeyIndex != 2 || got.Fingerprint != id.Fingerprint().String() {
		t.Fatalf("key index %d fingerprint %s, want 2 %s", got.KeyIndex, got.Fingerprint, id.Fingerprint())
	}
}

func TestExitCodesAndHints(t *testing.T) {
	home := t.TempDir()
	mustCode(t, bmail(t, pass("12345678"), abandonAbout, "--home", home, "restore"), ExitOK)
	damaged := t.TempDir()
	mustCode(t, bmail(t, pass("12345678"), abandonAbout, "--home", damaged, "restore"), ExitOK)
	ksPath := filepath.Join(damaged, KeystoreFile)
	data, _ := os.ReadFile(ksPath)
	data[120] ^= 1
	os.WriteFile(ksPath, data, 0o600)

	for _, tc := range []struct {
		name  string
		env   map[string]string
		stdin string
		args  []string
		code  int
		hint  string
	}{
		{"help", nil, "", []string{"help"}, ExitOK, ""},
		{"-h", nil, "", []string{"-h"}, ExitOK, ""},
		{"command -h", nil, "", []string{"init", "-h"}, ExitOK, ""},
		{"no command", nil, "", nil, ExitUsage, ""},
		{"unknown command", nil, "", []string{"sned"}, ExitUsage, "bmail help"},
		{"unknown flag", nil, "", []string{"whoami", "--nope"}, ExitUsage, "bmail help whoami"},
		{"stray argument", nil, "", []string{"--home", home, "whoami", "extra"}, ExitUsage, ""},
		{"bad relay", pass("12345678"), "", []string{"--home", t.TempDir(), "init", "--relay", "http://x.example"}, ExitUsage, "wss://"},
		{"bad network", pass("12345678"), "", []string{"--home", t.TempDir(), "init", "--network", "0x12"}, ExitUsage, "64 hex digits"},
		{"bad expiry", pass("12345678"), "", []string{"--home", t.TempDir(), "init", "--expires", "10y"}, ExitUsage, "--expires 365d"},
		{"no identity", nil, "", []string{"--home", t.TempDir(), "whoami"}, ExitNoIdentity, "bmail init"},
		{"no identity to export", pass("12345678"), "", []string{"--home", t.TempDir(), "export-account-key"}, ExitNoIdentity, "bmail restore"},
		{"wrong passphrase", pass("87654321"), "", []string{"--home", home, "export-account-key"}, ExitWrongPassphrase, "BMAIL_PASSPHRASE"},
		{"damaged keystore", nil, "", []string{"--home", damaged, "whoami"}, ExitKeystoreDamaged, "backup"},
		{"init over an identity", pass("12345678"), "", []string{"--home", home, "init"}, ExitError, "different --home"},
		{"restore over an identity", pass("12345678"), abandonAbout, []string{"--home", home, "restore"}, ExitError, "different --home"},
		{"bad checksum", pass("12345678"), strings.Repeat("abandon ", 12), []string{"--home", t.TempDir(), "restore"}, ExitError, "paper copy"},
		{"eleven words", pass("12345678"), strings.Repeat("abandon ", 11), []string{"--home", t.TempDir(), "restore"}, ExitError, "12 or 24"},
		{"short passphrase", pass("short"), "", []string{"--home", t.TempDir(), "init"}, ExitError, "at least 8"},
		{"no passphrase source", nil, abandonAbout, []string{"--home", t.TempDir(), "restore"}, ExitError, "BMAIL_PASSPHRASE"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := bmail(t, tc.env, tc.stdin, tc.args...)
			mustCode(t, r, tc.code)
			if tc.code != ExitOK && !strings.HasPrefix(r.stderr, "bmail: ") && !strings.Contains(r.stderr, "\nbmail: ") {
				t.Errorf("stderr does not start with \"bmail: \": %q", r.stderr)
			}
			if tc.hint != "" && !strings.Contains(r.stderr, "hint: ") {
				t.Errorf("no hint line: %q", r.stderr)
			}
			if tc.hint != "" && !strings.Contains(r.stderr, tc.hint) {
				t.Errorf("stderr lacks %q: %q", tc.hint, r.stderr)
			}
		})
	}
}

func TestBadInputWritesNothing(t *testing.T) {
	home := filepath.Join(t.TempDir(), "h")
	mustCode(t, bmail(t, pass("12345678"), "", "--home", home, "init", "--relay", "ws://public.example"), ExitUsage)
	mustCode(t, bmail(t, pass("short"), "", "--home", home, "init"), ExitError)
	mustCode(t, bmail(t, pass("12345678"), "abandon", "--home", home, "restore"), ExitError)
	if _, err := os.Stat(home); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("data directory exists after failed commands: %v", err)
	}
}

func TestHelpListsExitCodes(t *testing.T) {
	r := bmail(t, nil, "", "help")
	mustCode(t, r, ExitOK)
	for _, e := range exitCodes {
		if !strings.Contains(r.stdout, e.text) {
			t.Errorf("help lacks exit code %d", e.code)
		}
	}
	for _, c := range commands {
		if !strings.Contains(r.stdout, c.Name) {
			t.Errorf("help lacks command %s", c.Name)
		}
		h := bmail(t, nil, "", "help", c.Name)
		mustCode(t, h, ExitOK)
		if !strings.Contains(h.stdout, "Usage: bmail "+c.Name) || !strings.Contains(h.stdout, "--home DIR") {
			t.Errorf("help %s:\n%s", c.Name, h.stdout)
		}
	}
}

func TestHomeResolution(t *testing.T) {
	for _, tc := range []struct {
		name string
		flag string
		env  map[string]string
		want string
	}{
		{"flag wins", "/x/flag", map[string]string{"BMAIL_HOME": "/x/env", "XDG_DATA_HOME": "/x/xdg", "HOME": "/x/home"}, "/x/flag"},
		{"BMAIL_HOME", "", map[string]string{"BMAIL_HOME": "/x/env", "XDG_DATA_HOME": "/x/xdg", "HOME": "/x/home"}, "/x/env"},
		{"XDG_DATA_HOME", "", map[string]string{"XDG_DATA_HOME": "/x/xdg", "HOME": "/x/home"}, "/x/xdg/bmail"},
		{"relative XDG_DATA_HOME is ignored", "", map[string]string{"XDG_DATA_HOME": "rel", "HOME": "/x/home"}, "/x/home/.local/share/bmail"},
		{"HOME", "", map[string]string{"HOME": "/x/home"}, "/x/home/.local/share/bmail"},
	} {
		env := &Env{main: &Main{Getenv: func(k string) string { return tc.env[k] }}, homeFlag: tc.flag}
		got, err := env.Home()
		if err != nil || got != tc.want {
			t.Errorf("%s: %q %v, want %q", tc.name, got, err, tc.want)
		}
	}
	env := &Env{main: &Main{Getenv: func(string) string { return "" }}}
	if _, err := env.Home(); err == nil || hintOf(err) == "" {
		t.Errorf("no HOME: err = %v, want an error with a hint", err)
	}
	// The environment reaches commands.
	dir := t.TempDir()
	mustCode(t, bmail(t, map[string]string{"BMAIL_HOME": dir, "BMAIL_PASSPHRASE": "12345678"}, abandonAbout, "restore"), ExitOK)
	if _, err := os.Stat(filepath.Join(dir, KeystoreFile)); err != nil {
		t.Fatal(err)
	}
}

func TestPassphraseFile(t *testing.T) {
	dir := t.TempDir()
	home := filepath.Join(dir, "home")
	pf := filepath.Join(dir, "pass")
	os.WriteFile(pf, []byte("correct horse battery\r\nsecond line ignored\n"), 0o600)
	mustCode(t, bmail(t, nil, abandonAbout, "--home", home, "--passphrase-file", pf, "restore"), ExitOK)
	// The file wins over the environment.
	x := bmail(t, pass("not the passphrase"), "", "--home", home, "export-account-key", "--passphrase-file", pf)
	mustCode(t, x, ExitOK)
	x = bmail(t, pass("correct horse battery"), "", "--home", home, "export-account-key")
	mustCode(t, x, ExitOK)

	empty := filepath.Join(dir, "empty")
	os.WriteFile(empty, []byte("\nsecret"), 0o600)
	r := bmail(t, nil, "", "--home", home, "--passphrase-file", empty, "export-account-key")
	mustCode(t, r, ExitError)
	if !strings.Contains(r.stderr, "first line is empty") {
		t.Fatalf("stderr %q", r.stderr)
	}
	r = bmail(t, nil, "", "--home", home, "--passphrase-file", filepath.Join(dir, "missing"), "export-account-key")
	mustCode(t, r, ExitError)
}

// scriptTerminal answers prompts from a script; it stands in for a person
// at a real terminal (a pty), which tests cannot drive portably.
type scriptTerminal struct {
	answers []string
	prompts []string
	cancel  context.CancelFunc // when set, cancel instead of answering once the script is used up
}

func (s *scriptTerminal) ReadSecret(ctx context.Context, prompt string) ([]byte, error) {
	s.prompts = append(s.prompts, prompt)
	if len(s.answers) == 0 {
		if s.cancel != nil {
			s.cancel()
			return nil, ctx.Err()
		}
		return nil, errors.New("script exhausted")
	}
	a := s.answers[0]
	s.answers = s.answers[1:]
	return []byte(a), nil
}

func TestInteractiveRestore(t *testing.T) {
	home := t.TempDir()
	term := &scriptTerminal{answers: []string{
		"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abuot", // typo
		abandonAbout,
		"first passphrase", "different passphrase", // mismatch
		"tiny", // too short
		"good passphrase", "good passphrase",
	}}
	r := (&run{args: []string{"--home", home, "restore"}, terminal: term}).do(t)
	mustCode(t, r, ExitOK)
	for _, want := range []string{`unknown word "abuot" at position 12`, "try again", "the two passphrases differ", "at least 8"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if len(term.prompts) != 7 {
		t.Fatalf("%d prompts, want 7: %q", len(term.prompts), term.prompts)
	}
	// Unlock interactively: two wrong tries, then right.
	term = &scriptTerminal{answers: []string{"wrong one", "wrong two", "good passphrase"}}
	x := (&run{args: []string{"--home", home, "export-account-key"}, terminal: term}).do(t)
	mustCode(t, x, ExitOK)
	if strings.Count(x.stderr, "wrong passphrase, try again") != 2 {
		t.Fatalf("stderr %q", x.stderr)
	}
	term = &scriptTerminal{answers: []string{"a", "b", "c"}}
	x = (&run{args: []string{"--home", home, "export-account-key"}, terminal: term}).do(t)
	mustCode(t, x, ExitWrongPassphrase)
	if !strings.Contains(x.stderr, "hint: if you forgot the passphrase") {
		t.Fatalf("stderr %q", x.stderr)
	}
}

func TestInterruptedAtPrompt(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	home := t.TempDir()
	term := &scriptTerminal{cancel: cancel}
	r := (&run{args: []string{"--home", home, "init"}, terminal: term, ctx: ctx}).do(t)
	mustCode(t, r, ExitInterrupted)
	if entries, _ := os.ReadDir(home); len(entries) != 0 {
		t.Fatalf("interrupted init left %d files", len(entries))
	}
}

func TestWhoamiChecksBundle(t *testing.T) {
	home := t.TempDir()
	mustCode(t, bmail(t, pass("12345678"), abandonAbout, "--home", home, "restore", "--expires", "1d"), ExitOK)

	// Expired: still shown, with a warning.
	later := (&run{args: []string{"--home", home, "whoami"}, now: testNow.Add(48 * time.Hour)}).do(t)
	mustCode(t, later, ExitOK)
	if !strings.Contains(later.stderr, "warning: key bundle expired") || !strings.Contains(later.stdout, "(expired)") {
		t.Fatalf("stdout %s\nstderr %s", later.stdout, later.stderr)
	}

	// A bundle from another identity is refused.
	other := t.TempDir()
	mustCode(t, bmail(t, pass("12345678"), "legal winner thank year wave sausage worth useful legal winner thank yellow", "--home", other, "restore"), ExitOK)
	b, _ := os.ReadFile(filepath.Join(other, BundleFile))
	os.WriteFile(filepath.Join(home, BundleFile), b, 0o644)
	r := bmail(t, nil, "", "--home", home, "whoami")
	mustCode(t, r, ExitError)
	if !strings.Contains(r.stderr, "bundle is for") {
		t.Fatalf("stderr %q", r.stderr)
	}

	// A tampered bundle is refused.
	b[len(b)-70] ^= 1
	os.WriteFile(filepath.Join(other, BundleFile), b, 0o644)
	r = bmail(t, nil, "", "--home", other, "whoami")
	mustCode(t, r, ExitError)

	os.Remove(filepath.Join(other, BundleFile))
	r = bmail(t, nil, "", "--home", other, "whoami")
	mustCode(t, r, ExitError)
	if !strings.Contains(r.stderr, "no key bundle") || !strings.Contains(r.stderr, "hint: ") {
		t.Fatalf("stderr %q", r.stderr)
	}
}
