package config

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bmail-network/bmail/pricing"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestDefaultsValidate(t *testing.T) {
	c := Default()
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.SendNetworkID() != pricing.PersonalID || len(c.NetworkIDs()) != 1 {
		t.Fatal("default network is not the personal preset")
	}
}

func TestLocations(t *testing.T) {
	root := t.TempDir()
	e := map[string]string{"HOME": root}
	c, err := Load(nil, env(e))
	if err != nil {
		t.Fatal(err)
	}
	if c.Home != filepath.Join(root, ".local/share/bmail") || c.File != "" || c.Dev {
		t.Fatalf("default home %q file %q dev %v", c.Home, c.File, c.Dev)
	}
	e["XDG_DATA_HOME"] = filepath.Join(root, "data")
	e["XDG_CONFIG_HOME"] = filepath.Join(root, "cfg")
	write(t, filepath.Join(root, "cfg/bmail-work/config.json"), `{"relays":["wss://r.example.org"]}`)
	c, err = Load(&Flags{Profile: "work"}, env(e))
	if err != nil {
		t.Fatal(err)
	}
	if c.Home != filepath.Join(root, "data/bmail-work") || c.File != filepath.Join(root, "cfg/bmail-work/config.json") {
		t.Fatalf("profile home %q file %q", c.Home, c.File)
	}
	if len(c.Relays) != 1 || c.Dev {
		t.Fatalf("relays %v dev %v", c.Relays, c.Dev)
	}
	// An explicit home holds its own config file.
	home := filepath.Join(root, "alice")
	write(t, filepath.Join(home, FileName), `{"send":{"min_relays":1}}`)
	c, err = Load(&Flags{Home: home}, env(e))
	if err != nil {
		t.Fatal(err)
	}
	if c.Home != home || c.Send.MinRelays != 1 || c.Send.MaxSpendPerDay != DefaultMaxSpendPerDay {
		t.Fatalf("explicit home: %+v", c)
	}
	// A named config file must exist.
	if _, err := Load(&Flags{File: filepath.Join(root, "nope.json")}, env(e)); err == nil {
		t.Fatal("missing --config file accepted")
	}
	if _, err := Load(&Flags{Profile: "Bad/Name"}, env(e)); !errors.Is(err, ErrInvalid) {
		t.Fatalf("bad profile name: %v", err)
	}
}

func TestPrecedence(t *testing.T) {
	home := t.TempDir()
	write(t, filepath.Join(home, FileName), `{
  "chain": {"rpc_url": "http://file", "chain_id": 5, "contract": "0x00000000000000000000000000000000000000aa"},
  "send": {"max_fee_per_message_gwei": 1}
}`)
	e := map[string]string{EnvHome: home, EnvRPCURL: "http://env", EnvMaxFee: "2", EnvRelays: "ws://127.0.0.1:1, ws://127.0.0.1:2", EnvStartBlock: "4242"}
	c, err := Load(nil, env(e))
	if err != nil {
		t.Fatal(err)
	}
	if c.Chain.RPCURL != "http://env" || c.Chain.ChainID != 5 || c.Send.MaxFeePerMessage != 2 || len(c.Relays) != 2 || c.Chain.StartBlock != 4242 {
		t.Fatalf("env over file: %+v", c)
	}
	var f Flags
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	f.Register(fs)
	if err := fs.Parse([]string{"--rpc-url", "http://flag", "--max-fee", "0", "--confirmations", "3", "--relay", "ws://127.0.0.1:3"}); err != nil {
		t.Fatal(err)
	}
	c, err = Load(&f, env(e))
	if err != nil {
		t.Fatal(err)
	}
	if c.Chain.RPCURL != "http://flag" || c.Send.MaxFeePerMessage != 0 || c.Chain.Confirmations != 3 || len(c.Relays) != 1 {
		t.Fatalf("flags over env: %+v", c)
	}
	if err := c.RequireChain(); err != nil {
		t.Fatal(err)
	}
	e[EnvChainID] = "five"
	if _, err := Load(nil, env(e)); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), EnvChainID) {
		t.Fatalf("bad env number: %v", err)
	}
}

func TestValidateNamesTheSetting(t *testing.T) {
	for _, tc := range []struct {
		name, want string
		mod        func(*Config)
	}{
		{"rpc", "chain.rpc_url", func(c *Config) { c.Chain.RPCURL = "ftp://x" }},
		{"contract", "chain.contract", func(c *Config) { c.Chain.Contract = "0x12" }},
		{"relay", "relay \"wss://a b\"", func(c *Config) { c.Relays = []string{"wss://a b"} }},
		{"plain ws", "relay", func(c *Config) { c.Relays = []string{"ws://relay.example.org"} }},
		{"dup relay", "listed twice", func(c *Config) { c.Relays = []string{"wss://a.org", "WSS://A.org/"} }},
		{"network", "networks", func(c *Config) { c.Networks = []string{"gold"} }},
		{"min relays", "send.min_relays", func(c *Config) { c.Send.MinRelays = 0 }},
		{"margin", "send.fee_margin_bps", func(c *Config) { c.Send.FeeMarginBps = 10_001 }},
		{"ttl", "send.order_ttl", func(c *Config) { c.Send.OrderTTL = Duration(2 * 3600e9) }},
		{"batcher", "send.batcher", func(c *Config) { c.Send.Batcher = "http://x" }},
		{"reorg", "chain.reorg_depth", func(c *Config) { c.Chain.Confirmations = 100 }},
		{"notify", "notify_command", func(c *Config) { c.NotifyCommand = []string{""} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Default()
			tc.mod(&c)
			err := c.Validate()
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error naming %q", err, tc.want)
			}
		})
	}
}

func TestRequireChainSaysWhatToSet(t *testing.T) {
	c := Default()
	c.Chain.RPCURL = "http://x"
	err := c.RequireChain()
	if !errors.Is(err, ErrNoChain) {
		t.Fatal(err)
	}
	for _, want := range []string{"chain.chain_id", EnvContract, "--profile dev"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%q does not name %s", err, want)
		}
	}
	if strings.Contains(err.Error(), "chain.rpc_url") {
		t.Errorf("%q names a setting that is set", err)
	}
}

func TestDevProfile(t *testing.T) {
	root := t.TempDir()
	e := map[string]string{"HOME": root}
	c, err := Load(&Flags{Profile: "dev"}, env(e))
	if err != nil {
		t.Fatal(err)
	}
	if !c.Dev || c.Label() != DevLabel || c.Home != filepath.Join(root, ".local/share/bmail-dev") {
		t.Fatalf("dev profile: dev %v label %q home %q", c.Dev, c.Label(), c.Home)
	}
	if err := c.RequireChain(); !errors.Is(err, ErrNoDevnet) || !strings.Contains(err.Error(), "bmail devnet") {
		t.Fatalf("dev profile without a devnet: %v", err)
	}
	d := Devnet{RPCURL: "http://127.0.0.1:8545", ChainID: 1337, Contract: "0x00000000000000000000000000000000000000bb", Relays: []string{"ws://127.0.0.1:7447"}}
	if err := WriteDevnet(c.Home, d); err != nil {
		t.Fatal(err)
	}
	c, err = Load(&Flags{Profile: "dev"}, env(e))
	if err != nil {
		t.Fatal(err)
	}
	if c.RequireChain() != nil || c.Chain.ChainID != 1337 || len(c.Relays) != 1 {
		t.Fatalf("dev profile with a devnet: %+v", c.Chain)
	}
	// The default profile never reads the devnet file, even in the same home.
	c, err = Load(&Flags{Home: c.Home}, env(e))
	if err != nil {
		t.Fatal(err)
	}
	if c.Dev || c.Chain.Configured() || !errors.Is(c.RequireChain(), ErrNoChain) {
		t.Fatalf("default profile fell back to the dev chain: %+v", c.Chain)
	}
	// "dev": true in the default profile's file is refused.
	write(t, filepath.Join(root, ".config/bmail/config.json"), `{"dev": true}`)
	if _, err := Load(nil, env(e)); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "--profile dev") {
		t.Fatalf("dev in the default profile: %v", err)
	}
	if err := RemoveDevnet(filepath.Join(root, ".local/share/bmail-dev")); err != nil {
		t.Fatal(err)
	}
}

func TestFileErrors(t *testing.T) {
	for _, in := range []string{`{"relay":[]}`, `{"chain":{"chain_id":"x"}}`, `{} {}`, `[]`, `{"send":{"order_ttl":"soon"}}`} {
		c := Default()
		if err := c.UnmarshalFile([]byte(in)); err == nil {
			t.Errorf("%s accepted", in)
		}
	}
	big := make([]byte, MaxFileSize+1)
	c := Default()
	if err := c.UnmarshalFile(big); err == nil {
		t.Error("oversized file accepted")
	}
}

func TestNetworkNames(t *testing.T) {
	for _, n := range []string{"personal", "newsletter", "0x" + strings.Repeat("ab", 32)} {
		id, err := ParseNetwork(n)
		if err != nil || NetworkName(id) != n {
			t.Fatalf("%s: %v %s", n, err, NetworkName(id))
		}
	}
	for _, n := range []string{"", "0x00", "0x" + strings.Repeat("00", 32), "0x" + strings.Repeat("zz", 32)} {
		if _, err := ParseNetwork(n); err == nil {
			t.Errorf("%q accepted", n)
		}
	}
}

// FuzzConfigFile: no input panics; whatever parses marshals to a file that
// parses to the same configuration.
func FuzzConfigFile(f *testing.F) {
	d := Default()
	seed, _ := d.Marshal()
	f.Add(seed)
	f.Add([]byte(`{"chain":{"rpc_url":"http://x","chain_id":1,"contract":"0x00000000000000000000000000000000000000aa","poll_interval":"1s"},"relays":["wss://a.org"],"notify_command":["notify-send"]}`))
	f.Add([]byte(`{"send":{"batcher":"wss://b.org","order_ttl":"10m"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c := Default()
		if err := c.UnmarshalFile(data); err != nil {
			return
		}
		_ = c.Validate()
		out, err := c.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		c2 := Default()
		if err := c2.UnmarshalFile(out); err != nil {
			t.Fatalf("marshalled config does not parse: %v\n%s", err, out)
		}
		out2, _ := c2.Marshal()
		if string(out) != string(out2) {
			t.Fatalf("not a fixed point:\n%s\n%s", out, out2)
		}
	})
}
