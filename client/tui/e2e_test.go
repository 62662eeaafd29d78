package tui_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestEndToEndPTY drives the real bmail binary in pseudo-terminals (tmux,
// 80×24) against the embedded dev chain run by `bmail devnet`: Alice
// writes to Bob in her terminal UI, sees the fee and confirms; Bob's UI
// shows the mail arrive live, he reads it and marks it valuable.
func TestEndToEndPTY(t *testing.T) {
	if testing.Short() {
		t.Skip("builds bmail and runs a dev chain")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed (scripts/test installs it)")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "bmail")
	build := exec.Command("go", "build", "-o", bin, "../../cmd/bmail")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	base := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "XDG_DATA_HOME=" + filepath.Join(dir, "data"),
		"XDG_CONFIG_HOME=" + filepath.Join(dir, "config"), "TERM=xterm-256color", "NO_COLOR=1"}

	// The dev network, in its own process.
	devnet := exec.Command(bin, "devnet", "--json")
	devnet.Env = base
	stdout, err := devnet.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var devErr bytes.Buffer
	devnet.Stderr = &devErr
	if err := devnet.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		devnet.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { devnet.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			devnet.Process.Kill()
		}
	})
	var net struct {
		Env map[string]string `json:"env"`
	}
	if err := json.NewDecoder(stdout).Decode(&net); err != nil {
		t.Fatalf("bmail devnet: %v\n%s", err, devErr.String())
	}
	env := append([]string{}, base...)
	for k, v := range net.Env {
		env = append(env, k+"="+v)
	}
	env = append(env, "BMAIL_PASSPHRASE=correct horse battery")

	run := func(args ...string) []byte {
		t.Helper()
		c := exec.Command(bin, args...)
		c.Env = env
		out, err := c.Output()
		if err != nil {
			var stderr []byte
			if ee, ok := err.(*exec.ExitError); ok {
				stderr = ee.Stderr
			}
			t.Fatalf("bmail %s: %v\n%s%s", strings.Join(args, " "), err, out, stderr)
		}
		return out
	}
	person := func(name string) (home, addr string) {
		home = filepath.Join(dir, name)
		var id struct {
			Address string `json:"address"`
		}
		if err := json.Unmarshal(run("--home", home, "init", "--json"), &id); err != nil {
			t.Fatal(err)
		}
		run("devnet", "fund", id.Address)
		run("--home", home, "wallet", "deposit", "0.01eth")
		run("--home", home, "register")
		return home, id.Address
	}
	aliceHome, _ := person("alice")
	bobHome, bobAddr := person("bob")

	// Two terminals on a tmux server of this test's own.
	sock := "bmail-e2e-" + fmt.Sprint(os.Getpid())
	tmux := func(args ...string) string {
		t.Helper()
		out, err := exec.Command("tmux", append([]string{"-L", sock}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	t.Cleanup(func() { exec.Command("tmux", "-L", sock, "kill-server").Run() })
	open := func(name, home string) {
		cmd := "env -i " + shellQuote(env) + " " + bin + " --home " + home + " tui; sleep 60"
		tmux("new-session", "-d", "-s", name, "-x", "80", "-y", "24", cmd)
	}
	screen := func(name string) string { return tmux("capture-pane", "-p", "-t", name) }
	wait := func(name string, texts ...string) string {
		t.Helper()
		deadline := time.Now().Add(60 * time.Second)
		for {
			s := screen(name)
			ok := true
			for _, x := range texts {
				ok = ok && strings.Contains(s, x)
			}
			if ok {
				return s
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s's terminal never showed %q:\n%s", name, texts, s)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	keys := func(name string, k ...string) { tmux(append([]string{"send-keys", "-t", name}, k...)...) }
	text := func(name, s string) { tmux("send-keys", "-t", name, "-l", s) }

	open("bob", bobHome)
	open("alice", aliceHome)
	wait("bob", "[Inbox]", "● relays")
	wait("alice", "[Inbox]", "● relays")

	// Alice writes to Bob and sees the fee before anything is paid.
	keys("alice", "m")
	wait("alice", "› To")
	text("alice", bobAddr)
	keys("alice", "Tab", "Tab")
	text("alice", "Hello from a terminal")
	keys("alice", "Tab")
	text("alice", "Hi Bob, this mail paid you to read it.")
	s := wait("alice", "gwei (fee", "fresh)")
	fee := regexp.MustCompile(`([\d,]+) gwei \(fee`).FindStringSubmatch(s)
	if fee == nil {
		t.Fatalf("no fee on Alice's screen:\n%s", s)
	}
	keys("alice", "C-r")
	wait("alice", "Review", "[y] pay "+fee[1]+" gwei and send")
	keys("alice", "y")
	wait("alice", "is final: sent", "✓ sent")

	// Bob's UI shows it arrive live; he reads it and marks it valuable.
	s = wait("bob", "Hello from a terminal")
	if !strings.Contains(s, "●") {
		t.Errorf("the new mail is not marked unread:\n%s", s)
	}
	keys("bob", "Enter")
	wait("bob", "Subject  Hello from a terminal", "paid you", "no verdict yet")
	keys("bob", "A")
	wait("bob", "[v] valuable")
	keys("bob", "v")
	wait("bob", "VALUABLE in")
	keys("bob", "!")
	wait("bob", "✓ valuable submitted")
}

// shellQuote writes env as KEY='value' words for `env -i`.
func shellQuote(env []string) string {
	var b strings.Builder
	for i, kv := range env {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("'" + strings.ReplaceAll(kv, "'", `'\''`) + "'")
	}
	return b.String()
}
