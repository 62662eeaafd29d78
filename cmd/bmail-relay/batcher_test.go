package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bmail-network/bmail/client/envelope"
	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/contracts/bindings"
	"github.com/bmail-network/bmail/contracts/devchain"
	"github.com/bmail-network/bmail/relay/batcher"
	"github.com/bmail-network/bmail/relay/relayclient"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// run runs a subcommand in this process and returns its stdout.
func run(t *testing.T, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: os.Getenv}
	if code := m.Run(context.Background(), args); code != 0 {
		t.Fatalf("bmail-relay %v: exit %d: %s", args, code, errb.String())
	}
	return out.String()
}

// The operator's whole life with the relay as a process on the embedded
// dev chain: a keystore, a relay with the batcher unlocked from the
// environment, NIP-11 terms naming the key, an order handed over and
// settled, earnings, and the two-step withdrawal to the payout address.
func TestBatcherProcess(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	ch, err := devchain.Start(ctx, devchain.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	dep, err := contracts.Deploy(ctx, ch.Client(), ch.DevKey(), contracts.DeployOptions{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	t.Setenv(EnvPassphrase, "correct horse battery")
	out := run(t, "key", "new", "-data-dir", dir)
	m := regexp.MustCompile(`operator key (0x[0-9a-fA-F]{40})`).FindStringSubmatch(out)
	if m == nil || len(strings.Fields(strings.Split(out, "\n")[2])) != 24 {
		t.Fatalf("key new printed %q", out)
	}
	op := common.HexToAddress(m[1])
	if show := strings.TrimSpace(run(t, "key", "show", "-data-dir", dir)); show != op.Hex() {
		t.Fatalf("key show: %s", show)
	}
	if st, err := os.Stat(filepath.Join(dir, "operator.keystore")); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("keystore file: %v %v", st, err)
	}
	// The words restore the same key into another keystore.
	other := filepath.Join(t.TempDir(), "restored.keystore")
	var rout, rerr bytes.Buffer
	rm := &Main{Stdin: strings.NewReader(strings.Split(out, "\n")[2] + "\n"), Stdout: &rout, Stderr: &rerr, Getenv: os.Getenv}
	if code := rm.Run(ctx, []string{"key", "restore", "-keystore", other}); code != 0 || !strings.Contains(rout.String(), op.Hex()) {
		t.Fatalf("key restore: %d %s %s", code, rout.String(), rerr.String())
	}
	if code := rm.Run(ctx, []string{"key", "new", "-keystore", other}); code == 0 {
		t.Fatal("key new overwrote a keystore")
	}
	sender, _ := crypto.GenerateKey()
	payout := common.Address{0xb0, 0x0c}
	for _, a := range []common.Address{op, crypto.PubkeyToAddress(sender.PublicKey)} {
		if _, err := ch.Fund(ctx, a, big.NewInt(params.Ether)); err != nil {
			t.Fatal(err)
		}
	}
	transact(t, ch, sender, dep.Address, bindings.NewBMail().PackDeposit(), new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.GWei)))

	cfg := writeConfig(t, dir, map[string]any{
		"chain":   map[string]any{"rpc_url": ch.RPCURL(), "contract": dep.Address.Hex(), "use_safe_head": true},
		"batcher": map[string]any{"enabled": true, "max_batch_age": "1s", "block_time": "1s", "cost": map[string]any{"gas_price_wei": 10_000_000}},
		"terms":   map[string]any{"relay_fee_gwei": 500, "payout_address": payout.Hex()},
	})
	relayProc := startChild(t, "-config", cfg, "-data-dir", dir)

	// NIP-11 names the order-submitting key and the chain.
	req, _ := http.NewRequest("GET", "http"+strings.TrimPrefix(relayProc.url, "ws"), nil)
	req.Header.Set("Accept", "application/nostr+json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Bmail struct {
			OrderAddress string `json:"order_address"`
			ChainID      uint64 `json:"chain_id"`
			Contract     string `json:"contract"`
			RelayFeeGwei uint64 `json:"relay_fee_gwei"`
		} `json:"bmail"`
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err := json.Unmarshal(b, &doc); err != nil || common.HexToAddress(doc.Bmail.OrderAddress) != op ||
		doc.Bmail.ChainID != ch.ChainID().Uint64() || common.HexToAddress(doc.Bmail.Contract) != dep.Address || doc.Bmail.RelayFeeGwei != 500 {
		t.Fatalf("NIP-11 terms: %s", b)
	}

	// An envelope, then its order.
	rc, err := relayclient.Dial(ctx, relayProc.url, relayclient.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	secret := [32]byte{0x5e, 0xc7}
	msgID := crypto.Keccak256Hash(secret[:])
	env := &envelope.Envelope{Header: envelope.Header{Version: envelope.Version, Type: envelope.TypeXWing,
		PricedSize: envelope.Buckets()[0], MsgIDs: [][32]byte{msgID}},
		Wraps: [][]byte{random(envelope.WrapSize)}, Body: random(int(envelope.Buckets()[0]))}
	if r, err := rc.Publish(ctx, envelopeEvent(t, [32]byte{7}, env.Marshal(), time.Now())); err != nil || !r.OK {
		t.Fatalf("envelope: %+v %v", r, err)
	}
	head, err := ch.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	o, err := contracts.SignOrder(sender, contracts.Order{Network: dep.Personal, To: common.Address{0x70}, Secret: secret,
		Size: 4096, MaxFee: 100_000, RelayFee: 500, Nonce: 0, Deadline: head.Time + 1800, Relay: op},
		contracts.DomainSeparator(ch.ChainID(), dep.Address))
	if err != nil {
		t.Fatal(err)
	}
	if a, err := rc.SubmitOrder(ctx, o); err != nil || a.State != relayclient.OrderQueued {
		t.Fatalf("order: %+v %v", a, err)
	}
	for {
		a, err := rc.SubmitOrder(ctx, o)
		if err != nil {
			t.Fatal(err)
		}
		if a.State == relayclient.OrderSettled {
			break
		}
		if a.State != relayclient.OrderQueued && a.State != relayclient.OrderSubmitted {
			t.Fatalf("order: %+v", a)
		}
		select {
		case <-ctx.Done():
			t.Fatal("the order did not settle")
		case <-time.After(200 * time.Millisecond):
		}
	}
	if v := relayProc.metric(t, "bmail_relay_relay_fees_gwei_total"); v != 500 {
		t.Fatalf("metrics show %v gwei of relay fees", v)
	}

	var rep earningsReport
	if err := json.Unmarshal([]byte(run(t, "earnings", "-config", cfg, "-data-dir", dir, "-json")), &rep); err != nil {
		t.Fatal(err)
	}
	all := rep.Periods[len(rep.Periods)-1]
	if all.Period != "all" || all.Delivered != 1 || all.RelayFees != 500 || all.ExecGwei == 0 || rep.Operator == nil ||
		rep.Operator.BalanceGwei != 500 {
		t.Fatalf("earnings: %+v %+v", all, rep.Operator)
	}
	t.Logf("earnings table:\n%s", run(t, "earnings", "-config", cfg, "-data-dir", dir))

	// Withdraw: request, not ready within the hour, then complete.
	if out := run(t, "withdraw", "-config", cfg, "-data-dir", dir); !strings.Contains(out, "requested 500 gwei") ||
		!strings.Contains(out, "ready in") {
		t.Fatalf("withdraw (request): %s", out)
	}
	if _, err := ch.AdjustTime(ctx, time.Hour+time.Second); err != nil {
		t.Fatal(err)
	}
	if out := run(t, "withdraw", "-config", cfg, "-data-dir", dir); !strings.Contains(out, "withdrew 500 gwei to "+payout.Hex()) {
		t.Fatalf("withdraw (complete): %s", out)
	}
	got, err := ch.Client().BalanceAt(ctx, payout, nil)
	if err != nil || got.Cmp(new(big.Int).Mul(big.NewInt(500), big.NewInt(params.GWei))) != 0 {
		t.Fatalf("payout holds %v wei", got)
	}

	// A reload raises the advertised relay fee, and the intake follows it.
	writeConfig(t, dir, map[string]any{
		"chain":   map[string]any{"rpc_url": ch.RPCURL(), "contract": dep.Address.Hex(), "use_safe_head": true},
		"batcher": map[string]any{"enabled": true, "max_batch_age": "1s", "block_time": "1s", "cost": map[string]any{"gas_price_wei": 10_000_000}},
		"terms":   map[string]any{"relay_fee_gwei": 800, "payout_address": payout.Hex()},
	})
	if err := relayProc.cmd.Process.Signal(syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	o2 := o
	o2.Nonce, o2.Secret = 1, [32]byte{0x5e, 0xc8}
	if o2, err = contracts.SignOrder(sender, o2.Order, contracts.DomainSeparator(ch.ChainID(), dep.Address)); err != nil {
		t.Fatal(err)
	}
	for {
		a, err := rc.SubmitOrder(ctx, o2)
		if err != nil {
			t.Fatal(err)
		}
		if a.Code == batcher.CodeRelayFee && strings.Contains(a.Detail, "800 gwei") {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("after the reload: %+v", a)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// transact sends one call and waits for its receipt (the dev chain mines on
// demand).
func transact(t *testing.T, ch *devchain.Chain, key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int) {
	t.Helper()
	ctx := context.Background()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := ch.Client().PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	head, err := ch.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(ch.ChainID()), &types.DynamicFeeTx{ChainID: ch.ChainID(),
		Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei)),
		Gas: 200_000, To: &to, Value: value, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	if err := ch.Client().SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 500; i++ {
		if rc, err := ch.Client().TransactionReceipt(ctx, tx.Hash()); err == nil {
			if rc.Status != types.ReceiptStatusSuccessful {
				t.Fatal("transaction reverted")
			}
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("transaction not mined")
}
