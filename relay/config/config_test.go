package config

import (
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestLoadPrecedence(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "relay.json")
	os.WriteFile(file, []byte(`{"listen":"127.0.0.1:9000","data_dir":"from-file","unpaid_retention":"48h",
		"terms":{"relay_fee_gwei":7},"limits":{"max_subscriptions":5,"events_per_second":10}}`), 0o600)
	env := map[string]string{EnvConfig: file, "BMAIL_RELAY_DATA_DIR": "from-env", "BMAIL_RELAY_LISTEN": "127.0.0.1:9001"}
	c, err := Load([]string{"-listen", "127.0.0.1:9002"}, func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if c.Listen != "127.0.0.1:9002" || c.DataDir != "from-env" || time.Duration(c.UnpaidRetention) != 48*time.Hour ||
		c.Terms.RelayFeeGwei != 7 || c.Limits.MaxSubscriptions != 5 {
		t.Fatalf("precedence wrong: %+v", c)
	}
	if c.PublicURL != "ws://127.0.0.1:9002" {
		t.Fatalf("default public URL %q", c.PublicURL)
	}
}

func TestZeroConfigIsLoopback(t *testing.T) {
	c, err := Load(nil, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(c.Listen, "127.0.0.1:") || !strings.HasPrefix(c.MetricsListen, "127.0.0.1:") {
		t.Fatalf("zero configuration listens on %s and %s", c.Listen, c.MetricsListen)
	}
}

func TestValidateNamesTheBadSetting(t *testing.T) {
	for _, bad := range []struct{ json, want string }{
		{`{"listen":"nope"}`, "listen"},
		{`{"public_url":"http://x"}`, "public_url"},
		{`{"log_level":"loud"}`, "log_level"},
		{`{"trusted_proxies":["x"]}`, "trusted_proxies"},
		{`{"max_envelope_bytes":999999999}`, "max_envelope_bytes"},
		{`{"unpaid_retention":"100h","paid_retention":"1h"}`, "retention"},
		{`{"chain":{"rpc_url":"http://127.0.0.1:8545"}}`, "chain.contract"},
		{`{"no_such_setting":1}`, "no_such_setting"},
	} {
		f := filepath.Join(t.TempDir(), "c.json")
		os.WriteFile(f, []byte(bad.json), 0o600)
		_, err := Load([]string{"-config", f}, func(string) string { return "" })
		if err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%s: error %v, want one naming %q", bad.json, err, bad.want)
		}
	}
}

func TestDiffNamesRestartSettings(t *testing.T) {
	a := Default()
	b := a
	b.Terms.RelayFeeGwei = 5
	b.Limits.EventsPerSecond = 1
	if d := Diff(a, b); len(d) != 0 {
		t.Fatalf("reloadable changes reported as needing a restart: %v", d)
	}
	b.DataDir = "elsewhere"
	if d := Diff(a, b); len(d) != 1 || d[0] != "data_dir" {
		t.Fatalf("Diff = %v", d)
	}
}

func TestBatcherSettings(t *testing.T) {
	f := filepath.Join(t.TempDir(), "c.json")
	os.WriteFile(f, []byte(`{"batcher":{"enabled":true}}`), 0o600)
	if _, err := Load([]string{"-config", f}, func(string) string { return "" }); err == nil || !strings.Contains(err.Error(), "batcher.enabled needs chain.rpc_url") {
		t.Fatalf("batcher without a chain: %v", err)
	}
	os.WriteFile(f, []byte(`{"chain":{"rpc_url":"http://127.0.0.1:8545","contract":"0x00000000000000000000000000000000000000aa","confirmations":3},
		"terms":{"relay_fee_gwei":700},"batcher":{"batch_size":10,"max_batch_age":"5s","cost":{"gas_price_wei":5,"no_l1_fee":true}}}`), 0o600)
	env := map[string]string{"BMAIL_RELAY_BATCHER": "1", "BMAIL_RELAY_PASSPHRASE_FILE": "/run/pass"}
	c, err := Load([]string{"-config", f, "-data-dir", "d"}, func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if !c.Batcher.Enabled || c.Batcher.PassphraseFile != "/run/pass" || c.KeystorePath() != filepath.Join("d", "operator.keystore") {
		t.Fatalf("batcher settings: %+v", c.Batcher)
	}
	bc := c.BatcherConfig(big.NewInt(10))
	if bc.BatchSize != 10 || bc.MaxBatchAge != 5*time.Second || bc.Confirmations != 3 || bc.MinRelayFee != 700 ||
		bc.Cost.GasPriceWei != 5 || !bc.Cost.NoL1Fee || bc.Cost.OrderGas == 0 || bc.ChainID.Int64() != 10 || bc.Contract[19] != 0xaa {
		t.Fatalf("batcher config: %+v", bc)
	}
}
