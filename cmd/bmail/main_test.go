package main

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBinary builds the real bmail binary and drives it as a script
// would: init, whoami, an unknown command.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "bmail")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	home := filepath.Join(dir, "home")
	env := append(os.Environ(), "BMAIL_HOME="+home, "BMAIL_PASSPHRASE=correct horse battery")

	cmd := exec.Command(bin, "init", "--relay", "wss://relay.example.org")
	cmd.Env = env
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("init: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "24. ") {
		t.Fatalf("init did not show 24 words:\n%s", out)
	}

	cmd = exec.Command(bin, "whoami", "--json")
	cmd.Env = env
	out, err = cmd.Output()
	if err != nil {
		t.Fatalf("whoami: %v", err)
	}
	var who struct {
		Address     string   `json:"address"`
		InboxRelays []string `json:"inbox_relays"`
	}
	if err := json.Unmarshal(out, &who); err != nil || !strings.HasPrefix(who.Address, "0x") || len(who.InboxRelays) != 1 {
		t.Fatalf("whoami --json: %v\n%s", err, out)
	}

	cmd = exec.Command(bin, "frobnicate")
	cmd.Env = env
	stderr, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 2 || !strings.HasPrefix(string(stderr), "bmail: ") {
		t.Fatalf("unknown command: %v\n%s", err, stderr)
	}
}
