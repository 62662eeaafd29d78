package devnet_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/bmail-network/bmail/client/devnet"
	"github.com/bmail-network/bmail/contracts"
)

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// nip11 reads a relay's b-mail terms.
func nip11(t *testing.T, wsURL string) (name string, terms map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, "http"+strings.TrimPrefix(wsURL, "ws"), nil)
	req.Header.Set("Accept", "application/nostr+json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var doc struct {
		Name  string         `json:"name"`
		Terms map[string]any `json:"bmail"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&doc); err != nil {
		t.Fatal(err)
	}
	return doc.Name, doc.Terms
}

func TestEphemeral(t *testing.T) {
	ctx := ctxT(t)
	d, err := devnet.Start(ctx, devnet.Options{Relays: 3, RelayFeeGwei: 1234})
	if err != nil {
		t.Fatal(err)
	}
	dir := d.Dir()
	if len(d.Relays) != 3 || d.Deployment.Address == (common.Address{}) {
		t.Fatalf("devnet %+v", d)
	}
	if _, _, err := contracts.CheckDeployment(ctx, d.Chain.Client(), d.Contract()); err != nil {
		t.Fatal(err)
	}
	for i, r := range d.Relays {
		if !strings.HasPrefix(r.URL, "ws://127.0.0.1:") {
			t.Fatalf("relay URL %s", r.URL)
		}
		name, terms := nip11(t, r.URL)
		want := crypto.PubkeyToAddress(devnet.RelayKey(i).PublicKey)
		if name != r.Name || terms["payout_address"] != want.Hex() || terms["contract"] != d.Contract().Hex() ||
			terms["relay_fee_gwei"] != float64(1234) || terms["chain_id"] != float64(d.ChainID()) {
			t.Fatalf("relay %d: %s %v", i, name, terms)
		}
	}
	rec := d.Record()
	if rec.RPCURL != d.RPCURL() || rec.Contract != d.Contract().Hex() || len(rec.Relays) != 3 {
		t.Fatalf("record %+v", rec)
	}
	cfg := d.Config(t.TempDir())
	if err := cfg.Validate(); err != nil || !cfg.Dev || cfg.Label() != "DEVNET" {
		t.Fatalf("config %+v: %v", cfg, err)
	}
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if err := d.Fund(ctx, addr, big.NewInt(params.Ether)); err != nil {
		t.Fatal(err)
	}
	if bal, err := d.Chain.Client().BalanceAt(ctx, addr, nil); err != nil || bal.Cmp(big.NewInt(params.Ether)) != 0 {
		t.Fatalf("balance %v %v", bal, err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal("second Close:", err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("temporary directory left behind: %v", err)
	}
}

// TestPersisted: a restarted devnet keeps contract, ports and relay
// stores; a port taken by someone else is reported.
func TestPersisted(t *testing.T) {
	ctx := ctxT(t)
	dir := filepath.Join(t.TempDir(), "net")
	d, err := devnet.Start(ctx, devnet.Options{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	first := d.Record()
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if err := d.Fund(ctx, addr, big.NewInt(params.GWei)); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	d, err = devnet.Start(ctx, devnet.Options{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	again := d.Record()
	if again.Contract != first.Contract || again.RPCURL != first.RPCURL || strings.Join(again.Relays, " ") != strings.Join(first.Relays, " ") || d.Redeployed {
		t.Fatalf("restart changed the devnet:\n%+v\n%+v", first, again)
	}
	if bal, err := d.Chain.Client().BalanceAt(ctx, addr, nil); err != nil || bal.Cmp(big.NewInt(params.GWei)) != 0 {
		t.Fatalf("funds lost across the restart: %v %v", bal, err)
	}
	// Another process funds accounts through the running devnet's faucet.
	if _, err := devnet.Faucet(ctx, dir, again.RPCURL, addr, big.NewInt(params.GWei)); err != nil {
		t.Fatal(err)
	}
	if bal, err := d.Chain.Client().BalanceAt(ctx, addr, nil); err != nil || bal.Cmp(big.NewInt(2*params.GWei)) != 0 {
		t.Fatalf("after the faucet: %v %v", bal, err)
	}
	if _, err := devnet.Faucet(ctx, t.TempDir(), again.RPCURL, addr, big.NewInt(1)); !errors.Is(err, devnet.ErrNoDevKey) {
		t.Fatalf("faucet without a devnet: %v", err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, devnet.StateFile)); err != nil {
		t.Fatal(err)
	}

	// Someone else takes relay A's port.
	ln, err := net.Listen("tcp", strings.TrimPrefix(first.Relays[0], "ws://"))
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	if _, err := devnet.Start(ctx, devnet.Options{DataDir: dir}); !errors.Is(err, devnet.ErrPortTaken) {
		t.Fatalf("taken port: %v", err)
	}
}
