package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/devnet"
	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/contracts"
)

// The network commands run against a real devnet: the embedded chain with
// BMail deployed and two relays on loopback (client/devnet).

// ReadLine lets the script terminal answer confirmations too.
func (s *scriptTerminal) ReadLine(ctx context.Context, prompt string) (string, error) {
	b, err := s.ReadSecret(ctx, prompt)
	return string(b), err
}

// user is a data directory with an identity on the devnet.
type user struct {
	t     *testing.T
	home  string
	env   map[string]string
	addr  common.Address
	words string
}

const testPass = "correct horse battery"

func startDevnet(t *testing.T) *devnet.Devnet {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, devnet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// newUser inits an identity in a dev home wired to the devnet (its
// config.json says dev, its devnet.json names the devnet) and funds it.
func newUser(t *testing.T, d *devnet.Devnet, name string) *user {
	t.Helper()
	home := filepath.Join(t.TempDir(), name)
	u := &user{t: t, home: home, env: map[string]string{"BMAIL_PASSPHRASE": testPass, "HOME": t.TempDir()}}
	r := u.run("", "init", "--json")
	mustCode(t, r, ExitOK)
	var who struct {
		Mnemonic string `json:"mnemonic"`
		identityReport
	}
	if err := json.Unmarshal([]byte(r.stdout), &who); err != nil {
		t.Fatal(err)
	}
	u.addr, u.words = common.HexToAddress(who.Address), who.Mnemonic
	devHomeFor(t, d, home)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := d.Fund(ctx, u.addr, big.NewInt(params.Ether)); err != nil {
		t.Fatal(err)
	}
	return u
}

// depositAndRegister moves 0.01 ETH into each user's b-mail balance and
// registers their keys (the configured relays).
func depositAndRegister(t *testing.T, us ...*user) {
	t.Helper()
	for _, u := range us {
		var w walletReport
		u.json(&w, "", "wallet", "deposit", "0.01eth")
		var reg registerReport
		u.json(&reg, "", "register")
	}
}

// devHomeFor makes home a dev home on the devnet.
func devHomeFor(t *testing.T, d *devnet.Devnet, home string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(home, config.FileName), []byte(`{"dev": true}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := config.WriteDevnet(home, d.Record()); err != nil {
		t.Fatal(err)
	}
}

func (u *user) run(stdin string, args ...string) *run {
	u.t.Helper()
	return (&run{args: append([]string{"--home", u.home}, args...), env: u.env, stdin: stdin, now: time.Now()}).do(u.t)
}

// json runs a command with --json, wants exit 0 and decodes stdout.
func (u *user) json(v any, stdin string, args ...string) {
	u.t.Helper()
	r := u.run(stdin, append(args, "--json")...)
	mustCode(u.t, r, ExitOK)
	if err := json.Unmarshal([]byte(r.stdout), v); err != nil {
		u.t.Fatalf("bmail %s: %v\n%s", strings.Join(args, " "), err, r.stdout)
	}
}

func TestNetworkCommands(t *testing.T) {
	d := startDevnet(t)
	alice, bob := newUser(t, d, "alice"), newUser(t, d, "bob")

	// Money in, keys on chain.
	for _, u := range []*user{alice, bob} {
		var w walletReport
		u.json(&w, "", "wallet", "deposit", "0.01eth")
		if w.Balance != 10_000_000 || w.Network != "DEVNET" || !w.Dev || !strings.HasPrefix(w.Done, "deposited") {
			t.Fatalf("deposit: %+v", w)
		}
		var reg registerReport
		u.json(&reg, "", "register")
		if reg.TxHash == "" || len(reg.Relays) != 2 || !reg.Relays[0].OK || !strings.HasPrefix(reg.Contact, "bmail:"+u.addr.Hex()) {
			t.Fatalf("register: %+v", reg)
		}
	}
	var again registerReport
	alice.json(&again, "", "register")
	if again.TxHash != "" {
		t.Fatalf("a second register sent a transaction: %+v", again)
	}

	// The quote, then the refusals before money moves.
	var q quoteReport
	alice.json(&q, "", "quote", "--subject", "Hello", bob.addr.Hex())
	if len(q.Quotes) != 1 || q.Quotes[0].Free || q.Total == 0 || q.Quotes[0].Breakdown.NewcomerBps == 0 || q.Quotes[0].RelayFee != devnet.DefaultRelayFeeGwei {
		t.Fatalf("quote: %+v", q)
	}
	text := alice.run("", "quote", "--subject", "Hello", bob.addr.Hex())
	mustCode(t, text, ExitOK)
	for _, want := range []string{"[DEVNET]", "newcomer +100%", "total"} {
		if !strings.Contains(text.stdout, want) {
			t.Errorf("quote text lacks %q:\n%s", want, text.stdout)
		}
	}
	mustCode(t, alice.run("hi", "send", "--yes", bob.addr.Hex()), ExitUsage)
	capped := alice.run("hi", "send", "--yes", "--max-fee", "100", "--subject", "Hello", bob.addr.Hex())
	mustCode(t, capped, ExitRefused)
	if !strings.Contains(capped.stderr, "hint: raise --max-fee") {
		t.Errorf("cap refusal: %s", capped.stderr)
	}
	mustCode(t, alice.run("hi", "send", "--subject", "Hello", bob.addr.Hex()), ExitUsage) // no terminal to confirm on
	declined := (&run{args: []string{"--home", alice.home, "send", "--subject", "Hello", bob.addr.Hex()}, env: alice.env, stdin: "hi",
		terminal: &scriptTerminal{answers: []string{"n"}}}).do(t)
	mustCode(t, declined, ExitRefused)

	// Alice pays Bob; the body carries escape and bidi tricks.
	body := "Hi Bob,\n\x1b[2J\x1b]0;owned\x07see \u202eevil\u202c you\n"
	var sent sendReport
	alice.json(&sent, body, "send", "--yes", "--max-fee", "50000", "--subject", "Hello \x1b[31mBob", bob.addr.Hex())
	if sent.State != "final" || len(sent.Recipients) != 1 || sent.Recipients[0].Fee != q.Quotes[0].Fee || sent.Recipients[0].TxHash == "" ||
		sent.Recipients[0].Posted != 2 || sent.Network != "DEVNET" {
		t.Fatalf("send: %+v", sent)
	}

	var in inboxReport
	bob.json(&in, "", "inbox", "--sync")
	if len(in.Messages) != 1 || in.Unread != 1 || in.Messages[0].From != alice.addr.Hex() || in.Messages[0].Fee != sent.Recipients[0].Fee {
		t.Fatalf("inbox: %+v", in)
	}
	id := fmt.Sprint(in.Messages[0].ID)
	rd := bob.run("", "read", id)
	mustCode(t, rd, ExitOK)
	for _, bad := range []string{"\x1b", "\u202e", "\x07"} {
		if strings.Contains(rd.stdout, bad) {
			t.Fatalf("read printed %q unsanitised:\n%q", bad, rd.stdout)
		}
	}
	if !strings.Contains(rd.stdout, "Hello Bob") || !strings.Contains(rd.stdout, "see evil you") || !strings.Contains(rd.stdout, "[DEVNET]") {
		t.Fatalf("read:\n%s", rd.stdout)
	}
	bob.json(&in, "", "inbox")
	if in.Unread != 0 || !in.Messages[0].Read {
		t.Fatalf("read did not mark it read: %+v", in)
	}

	// Bob replies, cheaper; then judges Alice's mail.
	var reply sendReport
	bob.json(&reply, "Gladly.", "send", "--reply", id, "--yes", "--max-fee", "50000")
	if reply.State != "final" || reply.Recipients[0].To != alice.addr.Hex() || reply.Recipients[0].Fee >= sent.Recipients[0].Fee {
		t.Fatalf("reply: %+v", reply)
	}
	var ack ackReport
	bob.json(&ack, "", "ack", id, "valuable")
	if ack.Sender != alice.addr.Hex() || ack.Reputation == 0 {
		t.Fatalf("ack: %+v", ack)
	}
	twice := bob.run("", "ack", id, "valuable")
	mustCode(t, twice, ExitError)
	if !strings.Contains(twice.stderr, "hint:") {
		t.Errorf("second ack: %s", twice.stderr)
	}
	mustCode(t, bob.run("", "ack", id, "maybe"), ExitUsage)

	// Contacts: both add each other; mail becomes free.
	var share struct {
		Contact string `json:"contact_string"`
	}
	alice.json(&share, "", "contacts", "share")
	var cs contactsReport
	bob.json(&cs, "", "contacts", "add", share.Contact, "--name", "Alice")
	alice.json(&cs, "", "contacts", "add", bob.addr.Hex(), "--name", "Bob")
	waitMutual := func(u *user) {
		for i := 0; ; i++ {
			var s syncReport
			u.json(&s, "", "sync")
			u.json(&cs, "", "contacts")
			if len(cs.Contacts) == 1 && cs.Contacts[0].Mutual {
				return
			}
			if i == 100 {
				t.Fatalf("never mutual: %+v", cs)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	waitMutual(alice)
	waitMutual(bob)
	var free sendReport
	alice.json(&free, "see you", "send", "--yes", "--max-fee", "1", "--subject", "free", "bob")
	if !free.Recipients[0].Free || free.Recipients[0].TxHash != "" || free.Total != 0 {
		t.Fatalf("contact mail: %+v", free)
	}
	bob.json(&in, "", "inbox", "--sync", "--search", "free")
	if len(in.Messages) != 1 || !in.Messages[0].Free || in.Messages[0].FromName != "Alice" {
		t.Fatalf("free mail in the inbox: %+v", in)
	}
	renamed := bob.run("", "contacts", "rename", "Alice", "Alice B.")
	mustCode(t, renamed, ExitOK)

	// Blocks and the minimum.
	stranger := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	var bl blockReport
	bob.json(&bl, "", "block", "add", stranger.Hex())
	if len(bl.Blocked) != 1 || bl.Blocked[0] != stranger.Hex() {
		t.Fatalf("block: %+v", bl)
	}
	bob.json(&bl, "", "block", "min-reputation", "5000")
	if bl.MinReputation != 5000 {
		t.Fatalf("minimum: %+v", bl)
	}
	bob.json(&bl, "", "block", "remove", stranger.Hex())
	if len(bl.Blocked) != 0 {
		t.Fatalf("unblock: %+v", bl)
	}

	// Wallet: claim, earnings, the two-step withdrawal.
	var w walletReport
	bob.json(&w, "", "wallet")
	if w.Claimable != sent.Recipients[0].Fee {
		t.Fatalf("claimable %d, paid %d", w.Claimable, sent.Recipients[0].Fee)
	}
	bob.json(&w, "", "wallet", "claim")
	if w.Claimable != 0 || !strings.Contains(w.Done, "claimed") {
		t.Fatalf("claim: %+v", w)
	}
	var e earningsReport
	bob.json(&e, "", "wallet", "earnings")
	if e.Total != sent.Recipients[0].Fee || e.Count != 1 || len(e.ByRelay) != 1 {
		t.Fatalf("earnings: %+v", e)
	}
	bob.json(&w, "", "wallet", "withdraw", "request", "1000")
	if w.Withdrawal != 1000 || w.WithdrawReadyAt == 0 {
		t.Fatalf("withdraw request: %+v", w)
	}
	early := bob.run("", "wallet", "withdraw", "complete")
	mustCode(t, early, ExitError)
	if !strings.Contains(early.stderr, "not ready") {
		t.Errorf("early withdrawal: %s", early.stderr)
	}
	bob.json(&w, "", "wallet", "withdraw", "cancel")
	if w.Withdrawal != 0 {
		t.Fatalf("cancel: %+v", w)
	}
	bob.json(&w, "", "wallet", "withdraw", "request", "2000")
	balance := w.Balance
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := d.Chain.AdjustTime(ctx, time.Hour+time.Minute); err != nil {
		t.Fatal(err)
	}
	bob.json(&w, "", "wallet", "withdraw", "complete")
	if w.Withdrawal != 0 || w.Balance != balance-2000 || !strings.Contains(w.Done, "withdrew 2,000 gwei") {
		t.Fatalf("withdrawal: %+v (balance before %d)", w, balance)
	}
	mustCode(t, bob.run("", "wallet", "deposit", "lots"), ExitUsage)

	// Relays: terms and health.
	var rl struct {
		netInfo
		Relays []relayLine `json:"relays"`
	}
	alice.json(&rl, "", "relays")
	if len(rl.Relays) != 2 {
		t.Fatalf("relays: %+v", rl)
	}
	for i, r := range rl.Relays {
		if !r.Inbox || !r.Reachable || !r.SameNetwork || r.RelayFee != devnet.DefaultRelayFeeGwei || r.Payout == "" {
			t.Errorf("relay %d: %+v", i, r)
		}
	}
}

// TestKeyChange: a contact's keys change (the same account registers keys
// at the next index); sending to them is refused until the user accepts
// the change after seeing both fingerprints.
func TestKeyChange(t *testing.T) {
	d := startDevnet(t)
	alice, bob := newUser(t, d, "alice"), newUser(t, d, "bob")
	for _, u := range []*user{alice, bob} {
		mustCode(t, u.run("", "wallet", "deposit", "0.01eth"), ExitOK)
		mustCode(t, u.run("", "register"), ExitOK)
	}
	var cs contactsReport
	bob.json(&cs, "", "contacts", "add", alice.addr.Hex(), "--name", "Alice")
	old := cs.Contacts[0].Fingerprint

	// Alice rotates: her words at key index 1, in a new home, registered.
	rotated := &user{t: t, home: filepath.Join(t.TempDir(), "alice2"), env: alice.env, addr: alice.addr}
	var who identityReport
	r := rotated.run(alice.words, "restore", "--key-index", "1", "--json")
	mustCode(t, r, ExitOK)
	json.Unmarshal([]byte(r.stdout), &who)
	devHomeFor(t, d, rotated.home)
	mustCode(t, rotated.run("", "register"), ExitOK)
	if who.Fingerprint == old {
		t.Fatal("the rotated keys have the old fingerprint")
	}

	refused := bob.run("hi", "send", "--yes", "--max-fee", "50000", "--subject", "s", "Alice")
	mustCode(t, refused, ExitError)
	if !strings.Contains(refused.stderr, "changed") || !strings.Contains(refused.stderr, "bmail contacts accept") {
		t.Fatalf("send to changed keys: %s", refused.stderr)
	}
	mustCode(t, bob.run("", "contacts", "accept", "Alice"), ExitRefused) // nobody to confirm with
	no := (&run{args: []string{"--home", bob.home, "contacts", "accept", "Alice"}, env: bob.env, now: time.Now(),
		terminal: &scriptTerminal{answers: []string{"no"}}}).do(t)
	mustCode(t, no, ExitRefused)
	yes := (&run{args: []string{"--home", bob.home, "contacts", "accept", "Alice"}, env: bob.env, now: time.Now(),
		terminal: &scriptTerminal{answers: []string{"y"}}}).do(t)
	mustCode(t, yes, ExitOK)
	if !strings.Contains(yes.stdout, old) || !strings.Contains(yes.stdout, who.Fingerprint) {
		t.Fatalf("accept did not show both fingerprints:\n%s", yes.stdout)
	}
	bob.json(&cs, "", "contacts")
	if cs.Contacts[0].Fingerprint != who.Fingerprint || cs.Contacts[0].KeyChanged {
		t.Fatalf("after accepting: %+v", cs.Contacts[0])
	}
	var sent sendReport
	bob.json(&sent, "hi", "send", "--yes", "--max-fee", "50000", "--subject", "new keys", "Alice")
	if sent.State != "final" {
		t.Fatalf("send after accepting: %+v", sent)
	}
	if m := waitSubject(t, rotated, "new keys"); m.From != bob.addr.Hex() {
		t.Fatalf("rotated Alice reads %+v", m)
	}
}

func waitSubject(t *testing.T, u *user, subject string) messageLine {
	t.Helper()
	for i := 0; i < 100; i++ {
		var in inboxReport
		u.json(&in, "", "inbox", "--sync")
		for _, m := range in.Messages {
			if m.Subject == subject {
				return m
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%q never arrived", subject)
	return messageLine{}
}

// TestNotConfigured: without a chain the commands say what to set (exit
// 6); without an identity, how to create one (exit 3).
func TestNotConfigured(t *testing.T) {
	home := t.TempDir()
	env := map[string]string{"BMAIL_PASSPHRASE": testPass, "HOME": t.TempDir()}
	r := bmail(t, env, "", "--home", home, "inbox")
	mustCode(t, r, ExitNoIdentity)
	if !strings.Contains(r.stderr, "bmail init") {
		t.Errorf("no identity: %s", r.stderr)
	}
	mustCode(t, bmail(t, env, "", "--home", home, "init"), ExitOK)
	for _, args := range [][]string{{"inbox"}, {"wallet"}, {"register"}, {"send", "--yes", "--max-fee", "1", "0x00000000000000000000000000000000000000aa"}} {
		r := bmail(t, env, "x", append([]string{"--home", home}, args...)...)
		mustCode(t, r, ExitNotConfigured)
		if !strings.Contains(r.stderr, "chain.rpc_url") || !strings.Contains(r.stderr, "hint:") {
			t.Errorf("%v: %s", args, r.stderr)
		}
	}
	// A dev profile without a running devnet says to start one.
	env["XDG_DATA_HOME"], env["XDG_CONFIG_HOME"] = t.TempDir(), t.TempDir()
	mustCode(t, bmail(t, env, "", "--profile", "dev", "init"), ExitOK)
	r = bmail(t, env, "", "--profile", "dev", "wallet")
	mustCode(t, r, ExitNotConfigured)
	if !strings.Contains(r.stderr, "bmail devnet") {
		t.Errorf("dev profile without devnet: %s", r.stderr)
	}
	if _, err := os.Stat(filepath.Join(env["XDG_DATA_HOME"], "bmail-dev", KeystoreFile)); err != nil {
		t.Errorf("the dev profile's identity is not in its own directory: %v", err)
	}
}

// TestDevnetCommand runs `bmail devnet` for the dev profile and uses it
// from the profile's other commands, then stops it.
func TestDevnetCommand(t *testing.T) {
	env := map[string]string{"BMAIL_PASSPHRASE": testPass, "HOME": t.TempDir(), "XDG_DATA_HOME": t.TempDir(), "XDG_CONFIG_HOME": t.TempDir()}
	home := filepath.Join(env["XDG_DATA_HOME"], "bmail-dev")
	mustCode(t, bmail(t, env, "", "--profile", "dev", "init"), ExitOK)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan *run, 1)
	// The --fund accounts are funded before the profile's own, so while
	// devnet.json was written before the funding, the wallet check below
	// mostly ran while the profile's account was still unfunded.
	others := []string{"0x00000000000000000000000000000000000000b1", "0x00000000000000000000000000000000000000b2",
		"0x00000000000000000000000000000000000000b3", "0x00000000000000000000000000000000000000b4"}
	args := []string{"devnet", "--relays", "2"}
	for _, a := range others {
		args = append(args, "--fund", a)
	}
	go func() {
		done <- (&run{args: args, env: env, ctx: ctx}).do(t)
	}()
	// However the test ends, the devnet stops before the temporary
	// directories holding its chain are removed (cleanups run last in,
	// first out); otherwise a failure shows as the chain's database
	// panicking over its deleted files instead of the failure itself.
	var out *run
	t.Cleanup(func() {
		cancel()
		if out == nil {
			out = <-done
		}
	})
	// The wallet is read as soon as devnet.json appears (a user's next
	// command could be that quick).
	record := filepath.Join(home, config.DevnetFile)
	for i := 0; ; i++ {
		if _, err := os.Stat(record); err == nil {
			break
		}
		if i == 6000 {
			t.Fatal("bmail devnet wrote no devnet.json")
		}
		time.Sleep(5 * time.Millisecond)
	}
	// The profile's account was funded before devnet.json appeared.
	var w walletReport
	r := bmail(t, env, "", "--profile", "dev", "wallet", "--json")
	mustCode(t, r, ExitOK)
	json.Unmarshal([]byte(r.stdout), &w)
	if w.EtherWei != new(big.Int).Mul(big.NewInt(devnetFundEther), big.NewInt(params.Ether)).String() || w.Network != "DEVNET" {
		t.Fatalf("dev wallet: %+v", w)
	}
	r = bmail(t, env, "", "--profile", "dev", "devnet", "fund", "0x00000000000000000000000000000000000000aa", "1eth")
	mustCode(t, r, ExitOK)
	if !strings.Contains(r.stdout, "[DEVNET]") || !strings.Contains(r.stdout, "1 ETH") {
		t.Errorf("fund: %s", r.stdout)
	}
	mustCode(t, bmail(t, env, "", "--profile", "dev", "wallet", "deposit", "0.01eth"), ExitOK)
	r = bmail(t, env, "", "--profile", "dev", "register")
	mustCode(t, r, ExitOK)
	if !strings.Contains(r.stdout, "[DEVNET]") || !strings.Contains(r.stdout, "accepted") {
		t.Errorf("register: %s", r.stdout)
	}
	if r := bmail(t, env, "", "--profile", "dev", "whoami"); !strings.HasPrefix(r.stdout, "[DEVNET]") {
		t.Errorf("whoami on the dev profile:\n%s", r.stdout)
	}
	// A second devnet for the same profile is refused.
	second := bmail(t, env, "", "--profile", "dev", "devnet")
	if second.code == ExitOK {
		t.Fatal("a second devnet started on the same profile")
	}
	// A non-dev profile cannot run one.
	mustCode(t, bmail(t, env, "", "--profile", "work", "devnet"), ExitUsage)
	cancel()
	out = <-done
	mustCode(t, out, ExitOK)
	wants := []string{"[DEVNET]", "contract", "devnet relay A", "BMAIL_RPC_URL="}
	for _, a := range others {
		wants = append(wants, "funded    "+common.HexToAddress(a).Hex())
	}
	for _, want := range wants {
		if !strings.Contains(out.stdout, want) {
			t.Errorf("devnet output lacks %q:\n%s", want, out.stdout)
		}
	}
	if _, err := os.Stat(record); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("devnet.json left behind: %v", err)
	}
	r = bmail(t, env, "", "--profile", "dev", "wallet")
	mustCode(t, r, ExitNotConfigured)
}

// TestDeployCommand deploys BMail to a chain from a funded identity.
func TestDeployCommand(t *testing.T) {
	d := startDevnet(t)
	u := newUser(t, d, "deployer")
	u.env = map[string]string{"BMAIL_PASSPHRASE": testPass, "HOME": u.env["HOME"]}
	os.Remove(filepath.Join(u.home, config.FileName)) // a plain (non-dev) home
	r := u.run("", "deploy", "--yes")
	mustCode(t, r, ExitNotConfigured)
	var rep deployReport
	u.json(&rep, "", "deploy", "--rpc-url", d.RPCURL(), "--chain-id", fmt.Sprint(d.ChainID()), "--yes")
	if rep.Deployer != u.addr.Hex() || rep.Network != "chain 1337" || rep.Dev || rep.Block == 0 ||
		rep.Env[config.EnvStartBlock] != fmt.Sprint(rep.Block) {
		t.Fatalf("deploy: %+v", rep)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, _, err := contracts.CheckDeployment(ctx, d.Chain.Client(), common.HexToAddress(rep.Contract)); err != nil {
		t.Fatal(err)
	}
	wrong := u.run("", "deploy", "--rpc-url", d.RPCURL(), "--chain-id", "5", "--yes")
	mustCode(t, wrong, ExitError)
}

// TestDemoCommand: `bmail demo --json` tells the story's facts.
func TestDemoCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the demo")
	}
	r := bmail(t, map[string]string{"HOME": t.TempDir()}, "", "demo", "--json")
	mustCode(t, r, ExitOK)
	var rep demoReport
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Network != "DEVNET" || rep.ReplyFee >= rep.ColdFee || rep.SpamAgainFee <= rep.SpamFee || !rep.FreeMail || rep.Refused == "" ||
		len(rep.People) != 3 || len(rep.RelayEarnings) != 2 || rep.BobInbox != 4 {
		t.Fatalf("demo: %+v", rep)
	}
}

// lockedBuffer is a bytes.Buffer safe to read while a command writes.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestSyncWatch: `sync --watch` prints mail as it arrives, until stopped.
func TestSyncWatch(t *testing.T) {
	d := startDevnet(t)
	alice, bob := newUser(t, d, "alice"), newUser(t, d, "bob")
	for _, u := range []*user{alice, bob} {
		mustCode(t, u.run("", "wallet", "deposit", "0.01eth"), ExitOK)
		mustCode(t, u.run("", "register"), ExitOK)
	}
	var out lockedBuffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: io.Discard, Getenv: func(k string) string { return bob.env[k] },
		Now: time.Now, KDFParams: identity.KDFParams{Time: 1, MemoryKiB: 64, Threads: 1}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan int, 1)
	go func() { done <- m.Run(ctx, []string{"--home", bob.home, "sync", "--watch"}) }()
	for !strings.Contains(out.String(), "0 new") {
		time.Sleep(20 * time.Millisecond)
	}
	mustCode(t, alice.run("hello", "send", "--yes", "--max-fee", "50000", "--subject", "live", bob.addr.Hex()), ExitOK)
	deadline := time.Now().Add(time.Minute)
	for !strings.Contains(out.String(), "from "+alice.addr.Hex()+": live") {
		if time.Now().After(deadline) {
			t.Fatalf("watch printed:\n%s", out.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	if code := <-done; code != ExitOK {
		t.Fatalf("watch ended with %d", code)
	}
}
