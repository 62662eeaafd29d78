package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/bmail-network/bmail/contracts/bindings"
	"github.com/bmail-network/bmail/contracts/devchain/gethdev"
)

const passphrase = "correct horse battery staple"

// requireGeth, set to 1 (scripts/test does), makes a missing geth a
// failure instead of a skip.
const requireGeth = "BMAIL_REQUIRE_GETH"

// commandTimeout bounds one bmail invocation.
const commandTimeout = 2 * time.Minute

// bins are the binaries under test, built once.
type bins struct{ bmail, relay string }

func build(t *testing.T) bins {
	t.Helper()
	dir := t.TempDir()
	b := bins{bmail: filepath.Join(dir, "bmail"), relay: filepath.Join(dir, "bmail-relay")}
	for pkg, out := range map[string]string{"../cmd/bmail": b.bmail, "../cmd/bmail-relay": b.relay} {
		cmd := exec.Command("go", "build", "-o", out, pkg)
		if o, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build %s: %v\n%s", pkg, err, o)
		}
	}
	return b
}

// person is one bmail data directory; every command is a new process.
type person struct {
	t    *testing.T
	name string
	bin  string
	home string
	env  []string
	addr common.Address
}

func newPerson(t *testing.T, b bins, name string) *person {
	p := &person{t: t, name: name, bin: b.bmail, home: filepath.Join(t.TempDir(), name)}
	p.env = append(os.Environ(), "BMAIL_HOME="+p.home, "BMAIL_PASSPHRASE="+passphrase, "BMAIL_LOG=warn")
	var who struct {
		Address string `json:"address"`
	}
	p.json(&who, "", "init")
	p.addr = common.HexToAddress(who.Address)
	return p
}

// run runs bmail with args and returns stdout, stderr and the exit code.
func (p *person) run(stdin string, args ...string) (string, string, int) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), commandTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, p.bin, args...)
	cmd.Env = p.env
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		p.t.Fatalf("%s: bmail %s: %v", p.name, strings.Join(args, " "), err)
	}
	return out.String(), errOut.String(), code
}

// json runs a command with --json, wants exit 0 and decodes its output.
func (p *person) json(v any, stdin string, args ...string) {
	p.t.Helper()
	out, errOut, code := p.run(stdin, append(args, "--json")...)
	if code != 0 {
		p.t.Fatalf("%s: bmail %s: exit %d\n%s%s", p.name, strings.Join(args, " "), code, out, errOut)
	}
	if err := json.Unmarshal([]byte(out), v); err != nil {
		p.t.Fatalf("%s: bmail %s: %v\n%s", p.name, strings.Join(args, " "), err, out)
	}
}

// relayProc is a bmail-relay process.
type relayProc struct {
	cmd    *exec.Cmd
	url    string
	payout common.Address
	log    *bytes.Buffer
	// operator is the settlement batcher's key (zero: no batcher).
	operator common.Address
	dir      string
}

// relayPassphrase unlocks a batcher relay's operator keystore.
const relayPassphrase = "relay operator passphrase"

// newOperator creates a batcher relay's data directory and operator key
// with `bmail-relay key new` (before geth starts, so that the genesis
// funds the key's gas).
func newOperator(t *testing.T, b bins) (dir string, operator common.Address) {
	t.Helper()
	dir = t.TempDir()
	cmd := exec.Command(b.relay, "key", "new", "-data-dir", filepath.Join(dir, "data"))
	cmd.Env = append(os.Environ(), "BMAIL_RELAY_PASSPHRASE="+relayPassphrase)
	out, err := cmd.CombinedOutput()
	m := regexp.MustCompile(`operator key (0x[0-9a-fA-F]{40})`).FindSubmatch(out)
	if err != nil || m == nil {
		t.Fatalf("bmail-relay key new: %v\n%s", err, out)
	}
	return dir, common.HexToAddress(string(m[1]))
}

var servingLine = regexp.MustCompile(`^bmail-relay: serving (ws://\S+) on`)

// startRelay starts a relay; with an operator (newOperator's directory and
// key) it also runs the settlement batcher.
func startRelay(t *testing.T, b bins, rpcURL string, chainID uint64, contract common.Address, fee uint64, opDir string, operator common.Address) *relayProc {
	t.Helper()
	dir := opDir
	if dir == "" {
		dir = t.TempDir()
	}
	key, _ := crypto.GenerateKey()
	r := &relayProc{payout: crypto.PubkeyToAddress(key.PublicKey), log: &bytes.Buffer{}, operator: operator, dir: dir}
	cfg := map[string]any{
		"terms": map[string]any{"payout_address": r.payout.Hex(), "relay_fee_gwei": fee, "chain_id": chainID, "contract": contract.Hex()},
		"chain": map[string]any{"use_safe_head": true},
	}
	if opDir != "" {
		// Batches within a second; the cost model's gas price is low enough
		// that the relay fee covers an order.
		cfg["batcher"] = map[string]any{"enabled": true, "max_batch_age": "1s", "block_time": "1s",
			"cost": map[string]any{"gas_price_wei": 10_000_000}}
	}
	data, _ := json.Marshal(cfg)
	path := filepath.Join(dir, "relay.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	r.cmd = exec.Command(b.relay, "serve", "-config", path, "-listen", "127.0.0.1:0", "-metrics-listen", "127.0.0.1:0",
		"-data-dir", filepath.Join(dir, "data"), "-chain-rpc", rpcURL, "-contract", contract.Hex(), "-log-level", "warn")
	r.cmd.Env = append(os.Environ(), "BMAIL_RELAY_PASSPHRASE="+relayPassphrase)
	r.cmd.Stderr = r.log
	stdout, err := r.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.stop(t) })
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if m := servingLine.FindStringSubmatch(sc.Text()); m != nil {
				urls <- m[1]
			}
		}
		io.Copy(io.Discard, stdout)
	}()
	select {
	case r.url = <-urls:
	case <-time.After(time.Minute):
		t.Fatalf("bmail-relay did not start:\n%s", r.log)
	}
	return r
}

// stop ends the relay by its PID (SIGTERM drains it) and waits.
func (r *relayProc) stop(t *testing.T) {
	if r.cmd.ProcessState != nil {
		return
	}
	r.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- r.cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		r.cmd.Process.Kill()
		<-done
		t.Errorf("bmail-relay did not stop on SIGTERM:\n%s", r.log)
	}
}

// Outputs of the bmail commands (the fields the test reads).
type (
	wallet struct {
		Network   string `json:"network"`
		Balance   uint64 `json:"balance_gwei"`
		Claimable uint64 `json:"claimable_gwei"`
		Done      string `json:"done"`
	}
	registration struct {
		TxHash string `json:"tx_hash"`
		Relays []struct {
			OK bool `json:"ok"`
		} `json:"relays"`
		Contact string `json:"contact_string"`
	}
	quote struct {
		Quotes []struct {
			Free     bool   `json:"free"`
			Fee      uint64 `json:"fee_gwei"`
			RelayFee uint64 `json:"relay_fee_gwei"`
		} `json:"quotes"`
		Total uint64 `json:"total_gwei"`
	}
	sent struct {
		State      string `json:"state"`
		Recipients []struct {
			Free     bool   `json:"free"`
			Posted   int    `json:"relays_ok"`
			Fee      uint64 `json:"fee_gwei"`
			RelayFee uint64 `json:"relay_fee_gwei"`
			TxHash   string `json:"tx_hash"`
		} `json:"recipients"`
	}
	message struct {
		ID       int64  `json:"id"`
		From     string `json:"from"`
		FromName string `json:"from_name"`
		Subject  string `json:"subject"`
		Fee      uint64 `json:"fee_gwei"`
		Free     bool   `json:"free"`
		Body     string `json:"body"`
	}
	inbox struct {
		Messages []message `json:"messages"`
		HeldBack int       `json:"held_back"`
	}
	contacts struct {
		Contacts []struct {
			Account string `json:"account"`
			Mutual  bool   `json:"mutual"`
		} `json:"contacts"`
	}
)

// waitInbox syncs until the inbox holds a message with the subject.
func (p *person) waitInbox(subject string) message {
	p.t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		var in inbox
		p.json(&in, "", "inbox", "--sync")
		for _, m := range in.Messages {
			if m.Subject == subject {
				return m
			}
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("%s never received %q: %+v", p.name, subject, in)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// waitMutual syncs until the contact list shows `other` as mutual.
func (p *person) waitMutual(other common.Address) {
	p.t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		var s struct{}
		p.json(&s, "", "sync")
		var cs contacts
		p.json(&cs, "", "contacts")
		for _, c := range cs.Contacts {
			if c.Account == other.Hex() && c.Mutual {
				return
			}
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("%s: %s never became a mutual contact: %+v", p.name, other.Hex(), cs)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// TestStoryOnGethDev runs the demo's story through the bmail binary, one
// process per command, against geth --dev and two bmail-relay processes.
func TestStoryOnGethDev(t *testing.T) {
	if testing.Short() {
		t.Skip("builds binaries and runs geth --dev")
	}
	start := time.Now()
	if os.Getenv(requireGeth) == "1" {
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
		_, err := gethdev.Build(ctx)
		cancel()
		if err != nil {
			t.Fatalf("%s=1 and geth cannot be built: %v", requireGeth, err)
		}
	}
	b := build(t)
	deployer, alice, bob := newPerson(t, b, "deployer"), newPerson(t, b, "alice"), newPerson(t, b, "bob")
	opDir, operator := newOperator(t, b)
	node := gethdev.Test(t, gethdev.Config{Accounts: []common.Address{deployer.addr, alice.addr, bob.addr, operator}})
	t.Logf("binaries built and geth --dev up after %s", time.Since(start).Round(time.Second))
	chainID := node.ChainID().Uint64()

	// Deploy BMail with `bmail deploy`.
	var dep struct {
		Contract string `json:"contract"`
		Network  string `json:"network"`
	}
	deployer.json(&dep, "", "deploy", "--rpc-url", node.RPCURL(), "--chain-id", fmt.Sprint(chainID), "--yes")
	contract := common.HexToAddress(dep.Contract)
	if dep.Network != fmt.Sprintf("chain %d", chainID) {
		t.Errorf("deploy speaks of %q", dep.Network)
	}

	// Two relays following the chain.
	const relayFee = 1_000
	ra := startRelay(t, b, node.RPCURL(), chainID, contract, relayFee, "", common.Address{})
	rb := startRelay(t, b, node.RPCURL(), chainID, contract, relayFee, "", common.Address{})
	// A third relay runs the settlement batcher; it is nobody's inbox.
	rc := startRelay(t, b, node.RPCURL(), chainID, contract, relayFee, opDir, operator)
	for i, p := range []*person{alice, bob} {
		relays := ra.url + "," + rb.url
		if i == 1 { // Bob lists them the other way round: both relays earn
			relays = rb.url + "," + ra.url
		}
		p.env = append(p.env, "BMAIL_RPC_URL="+node.RPCURL(), fmt.Sprintf("BMAIL_CHAIN_ID=%d", chainID),
			"BMAIL_CONTRACT="+contract.Hex(), "BMAIL_RELAYS="+relays)
		var w wallet
		p.json(&w, "", "wallet", "deposit", "0.01eth")
		if w.Balance != 10_000_000 || w.Network != fmt.Sprintf("chain %d", chainID) {
			t.Fatalf("%s deposit: %+v", p.name, w)
		}
		var reg registration
		p.json(&reg, "", "register")
		if reg.TxHash == "" || len(reg.Relays) != 2 || !reg.Relays[0].OK || !reg.Relays[1].OK {
			t.Fatalf("%s register: %+v", p.name, reg)
		}
	}

	// Alice cold-mails Bob and pays what she was quoted.
	var q quote
	alice.json(&q, "", "quote", "--subject", "Your relay talk", bob.addr.Hex())
	if len(q.Quotes) != 1 || q.Quotes[0].Free || q.Quotes[0].Fee == 0 || q.Quotes[0].RelayFee != relayFee {
		t.Fatalf("quote: %+v", q)
	}
	if _, errOut, code := alice.run("hi", "send", "--yes", "--max-fee", "10", "--subject", "x", bob.addr.Hex()); code != 7 {
		t.Fatalf("send above the cap: exit %d\n%s", code, errOut)
	}
	body := "Hello Bob,\nCould we compare notes on retention?\nAlice\n"
	var cold sent
	alice.json(&cold, body, "send", "--yes", "--max-fee", "50000", "--subject", "Your relay talk", bob.addr.Hex())
	if cold.State != "final" || cold.Recipients[0].Fee != q.Quotes[0].Fee || cold.Recipients[0].TxHash == "" || cold.Recipients[0].Posted != 2 {
		t.Fatalf("cold mail: %+v", cold)
	}

	// Bob reads it and replies, cheaper.
	got := bob.waitInbox("Your relay talk")
	if got.From != alice.addr.Hex() || got.Fee != cold.Recipients[0].Fee || got.Free {
		t.Fatalf("Bob's inbox: %+v", got)
	}
	var rd struct {
		Messages []message `json:"messages"`
	}
	bob.json(&rd, "", "read", fmt.Sprint(got.ID))
	if len(rd.Messages) != 1 || rd.Messages[0].Body != body {
		t.Fatalf("read: %+v", rd)
	}
	var reply sent
	bob.json(&reply, "Gladly. Thursday?", "send", "--reply", fmt.Sprint(got.ID), "--yes", "--max-fee", "50000")
	if reply.State != "final" || reply.Recipients[0].Fee == 0 || reply.Recipients[0].Fee >= cold.Recipients[0].Fee {
		t.Fatalf("reply %+v, cold %+v", reply, cold)
	}
	if m := alice.waitInbox("Re: Your relay talk"); m.From != bob.addr.Hex() {
		t.Fatalf("Alice's inbox: %+v", m)
	}

	// Bob marks Alice's mail valuable: she earns reputation.
	var ack struct {
		Reputation uint64 `json:"sender_reputation"`
	}
	bob.json(&ack, "", "ack", fmt.Sprint(got.ID), "valuable")
	if ack.Reputation == 0 {
		t.Fatal("the valuable ack minted nothing")
	}

	// Alice writes again, paid through relay C's settlement batcher: she
	// signs an order, no transaction of hers. C is not one of Bob's relays,
	// so her client posts the envelope there too (C refuses an order whose
	// envelope it does not hold); C settles it in a batch and earns the
	// relay fee on its operator key.
	var batched sent
	alice.json(&batched, "Slides attached to the talk page.", "send", "--batcher", rc.url, "--yes", "--max-fee", "50000",
		"--subject", "Notes for Thursday", bob.addr.Hex())
	if br := batched.Recipients; batched.State != "final" || len(br) != 1 || br[0].Fee == 0 || br[0].TxHash != "" ||
		br[0].RelayFee != relayFee || br[0].Posted != 2 {
		t.Fatalf("mail paid through the batcher: %+v", batched)
	}
	if m := bob.waitInbox("Notes for Thursday"); m.From != alice.addr.Hex() || m.Fee != batched.Recipients[0].Fee || m.Free {
		t.Fatalf("Bob's inbox (batched): %+v", m)
	}
	ec, err := ethclient.Dial(node.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	if got := balanceGwei(t, ec, contract, rc.operator); got != relayFee {
		t.Fatalf("the batcher's operator earned %d gwei, want %d", got, relayFee)
	}
	paidBob := cold.Recipients[0].Fee + batched.Recipients[0].Fee

	// They become contacts and write for free.
	var share struct {
		Contact string `json:"contact_string"`
	}
	alice.json(&share, "", "contacts", "share")
	var cs contacts
	bob.json(&cs, "", "contacts", "add", share.Contact, "--name", "Alice")
	alice.json(&cs, "", "contacts", "add", bob.addr.Hex(), "--name", "Bob")
	alice.waitMutual(bob.addr)
	bob.waitMutual(alice.addr)
	var free sent
	alice.json(&free, "See you Thursday!", "send", "--yes", "--max-fee", "1", "--subject", "Thursday works", "Bob")
	if !free.Recipients[0].Free || free.Recipients[0].TxHash != "" {
		t.Fatalf("contact mail: %+v", free)
	}
	if m := bob.waitInbox("Thursday works"); !m.Free || m.FromName != "Alice" {
		t.Fatalf("free mail: %+v", m)
	}

	// Wallets: Bob's earnings are claimable, then in his balance.
	var wb wallet
	bob.json(&wb, "", "wallet")
	if wb.Claimable != paidBob {
		t.Fatalf("Bob's claimable %d, Alice paid %d", wb.Claimable, paidBob)
	}
	before := wb.Balance
	bob.json(&wb, "", "wallet", "claim")
	if wb.Balance != before+paidBob || wb.Claimable != 0 {
		t.Fatalf("claim: %+v (before %d)", wb, before)
	}
	var earn struct {
		Total uint64 `json:"total_gwei"`
		Count int    `json:"count"`
	}
	bob.json(&earn, "", "wallet", "earnings")
	if earn.Total != paidBob || earn.Count != 2 {
		t.Fatalf("earnings: %+v", earn)
	}

	// The relays earned their fees on chain: the cold mail paid Bob's first
	// relay (B), the reply Alice's (A).
	for _, r := range []*relayProc{ra, rb} {
		if got := balanceGwei(t, ec, contract, r.payout); got != relayFee {
			t.Errorf("relay %s earned %d gwei, want %d", r.url, got, relayFee)
		}
	}

	// Shut down: relays by PID, then geth, whose data directory must go.
	ra.stop(t)
	rb.stop(t)
	rc.stop(t)
	dataDir := node.DataDir()
	if err := node.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dataDir); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("geth's data directory is still there: %v", err)
	}
	t.Logf("the story on geth --dev took %s in all", time.Since(start).Round(time.Second))
}

func balanceGwei(t *testing.T, ec *ethclient.Client, contract, account common.Address) uint64 {
	t.Helper()
	abi := bindings.NewBMail()
	out, err := ec.CallContract(context.Background(), ethereum.CallMsg{To: &contract, Data: abi.PackBalanceGwei(account)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	v, err := abi.UnpackBalanceGwei(out)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
