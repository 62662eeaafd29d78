// Package config is bmail-relay's configuration: one struct with validated
// defaults, read from a JSON file, then environment variables
// (BMAIL_RELAY_*), then command-line flags, each overriding the one before.
// Which settings take effect on a reload (SIGHUP) without a restart is
// listed in Reloadable.
package config

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/bmail-network/bmail/relay"
	"github.com/bmail-network/bmail/relay/batcher"
	"github.com/bmail-network/bmail/relay/policies"
	"github.com/bmail-network/bmail/relay/store"
	"github.com/ethereum/go-ethereum/common"
)

// Duration is a time.Duration written as "90m", "168h" in JSON.
type Duration time.Duration

// MarshalJSON writes the duration as a string.
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(time.Duration(d).String()) }

// UnmarshalJSON reads "1h30m" or a number of seconds.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		v, err := time.ParseDuration(s)
		*d = Duration(v)
		return err
	}
	var n float64
	if err := json.Unmarshal(b, &n); err != nil {
		return fmt.Errorf("duration: want \"1h\" or seconds: %w", err)
	}
	*d = Duration(time.Duration(n * float64(time.Second)))
	return nil
}

// Chain configures the Delivered-log follower (off when RPCURL is empty).
type Chain struct {
	RPCURL      string `json:"rpc_url"`
	Contract    string `json:"contract"`
	ChainID     uint64 `json:"chain_id"`
	Depth       uint64 `json:"confirmations"`
	UseSafeHead bool   `json:"use_safe_head"`
	StartBlock  uint64 `json:"start_block"`
	MaxRange    uint64 `json:"max_range"`
}

// Batcher configures the settlement batcher (relay/batcher; SPEC.md §6.9):
// off unless Enabled, and then it needs chain.rpc_url, chain.contract and
// the operator's key in Keystore. Zero fields take relay/batcher's
// defaults; chain.confirmations and chain.use_safe_head decide finality for
// it as for the follower, and terms.relay_fee_gwei is the least relay fee
// it accepts.
type Batcher struct {
	Enabled bool `json:"enabled"`
	// Keystore holds the operator key (default <data_dir>/operator.keystore;
	// bmail-relay key new writes one).
	Keystore string `json:"keystore"`
	// PassphraseFile unlocks the keystore on unattended starts; without it
	// the passphrase comes from BMAIL_RELAY_PASSPHRASE, else a terminal
	// prompt (README "Relay": the trade-off).
	PassphraseFile string            `json:"passphrase_file"`
	BatchSize      int               `json:"batch_size"`
	MaxBatchAge    Duration          `json:"max_batch_age"`
	BlockTime      Duration          `json:"block_time"`
	BumpAfter      Duration          `json:"bump_after"`
	MaxFeeCapWei   uint64            `json:"max_fee_cap_wei"`
	ReserveGwei    uint64            `json:"reserve_gwei"`
	SenderRate     float64           `json:"orders_per_second_per_sender"`
	SenderBurst    int               `json:"order_burst_per_sender"`
	Cost           batcher.CostModel `json:"cost"`
}

// Config is everything bmail-relay reads.
type Config struct {
	Listen        string   `json:"listen"`         // WebSocket + NIP-11
	PublicURL     string   `json:"public_url"`     // NIP-42 compares AUTH with this
	DataDir       string   `json:"data_dir"`       // SQLite file lives here
	MetricsListen string   `json:"metrics_listen"` // /metrics and /healthz ("" disables)
	LogLevel      string   `json:"log_level"`      // debug, info, warn, error
	Proxies       []string `json:"trusted_proxies"`

	Info   relay.Info      `json:"info"`
	Terms  relay.Terms     `json:"terms"`
	Limits policies.Limits `json:"limits"`

	MaxMessageBytes    int      `json:"max_message_bytes"`
	MaxEnvelopeBytes   int      `json:"max_envelope_bytes"`
	MaxPendingBytes    int      `json:"max_pending_bytes"`
	WriteTimeout       Duration `json:"write_timeout"`
	PingInterval       Duration `json:"ping_interval"`
	UnpaidRetention    Duration `json:"unpaid_retention"`
	PaidRetention      Duration `json:"paid_retention"`
	MaxUnpaidRecipient int64    `json:"max_unpaid_bytes_per_recipient"`
	MaxUnpaidOrigin    int64    `json:"max_unpaid_bytes_per_origin"`
	MaxStoreBytes      int64    `json:"max_store_bytes"`

	Chain   Chain   `json:"chain"`
	Batcher Batcher `json:"batcher"`
}

// DefaultListen is loopback: a zero-configuration start is private.
const DefaultListen = "127.0.0.1:7447"

// Default returns the zero-configuration settings: loopback listeners and a
// data directory under the working directory.
func Default() Config {
	return Config{
		Listen:             DefaultListen,
		DataDir:            "bmail-relay-data",
		MetricsListen:      "127.0.0.1:7448",
		LogLevel:           "info",
		Limits:             policies.DefaultLimits,
		MaxMessageBytes:    relay.DefaultMaxMessageBytes,
		MaxEnvelopeBytes:   relay.DefaultMaxEnvelopeBytes,
		MaxPendingBytes:    relay.DefaultMaxPendingBytes,
		WriteTimeout:       Duration(relay.DefaultWriteTimeout),
		PingInterval:       Duration(relay.DefaultPingInterval),
		UnpaidRetention:    Duration(store.DefaultUnpaidRetention),
		PaidRetention:      Duration(store.DefaultPaidRetention),
		MaxUnpaidRecipient: store.DefaultMaxUnpaidPerRoute,
		MaxUnpaidOrigin:    store.DefaultMaxUnpaidPerOrigin,
		MaxStoreBytes:      store.DefaultMaxBytes,
		Chain:              Chain{Depth: 12, MaxRange: 2000},
		Batcher: Batcher{
			BatchSize: batcher.DefaultBatchSize, MaxBatchAge: Duration(batcher.DefaultMaxBatchAge),
			BlockTime: Duration(batcher.DefaultBlockTime), BumpAfter: Duration(batcher.DefaultBumpAfter),
			MaxFeeCapWei: batcher.DefaultMaxFeeCapWei, SenderRate: batcher.DefaultSenderRate,
			SenderBurst: batcher.DefaultSenderBurst,
			Cost: batcher.CostModel{OrderGas: batcher.DefaultOrderGas, L1FeePerByteWei: batcher.DefaultL1FeePerByteWei,
				MarginBps: batcher.DefaultMarginBps},
		},
	}
}

// Env names.
const (
	EnvPrefix = "BMAIL_RELAY_"
	EnvConfig = EnvPrefix + "CONFIG"
)

// Load builds the configuration: defaults, then the file named by -config
// or BMAIL_RELAY_CONFIG, then the environment, then the other flags.
func Load(args []string, getenv func(string) string) (Config, error) {
	c := Default()
	fs := flag.NewFlagSet("bmail-relay", flag.ContinueOnError)
	path := fs.String("config", getenv(EnvConfig), "JSON config file")
	listen := fs.String("listen", "", "WebSocket listen address (default "+DefaultListen+")")
	public := fs.String("public-url", "", "the relay's public ws:// or wss:// URL (AUTH events must name it)")
	data := fs.String("data-dir", "", "data directory")
	metrics := fs.String("metrics-listen", "", "metrics and health listen address")
	rpcURL := fs.String("chain-rpc", "", "JSON-RPC URL of the chain to follow")
	contract := fs.String("contract", "", "BMail contract address")
	level := fs.String("log-level", "", "debug, info, warn or error")
	batch := fs.Bool("batcher", false, "run the settlement batcher (needs -chain-rpc, -contract and the operator keystore)")
	keystore := fs.String("keystore", "", "operator keystore (default <data-dir>/operator.keystore)")
	passFile := fs.String("passphrase-file", "", "file holding the operator keystore's passphrase")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if *path != "" {
		if err := c.readFile(*path); err != nil {
			return c, err
		}
	}
	for _, v := range []struct {
		env string
		dst *string
	}{
		{"LISTEN", &c.Listen}, {"PUBLIC_URL", &c.PublicURL}, {"DATA_DIR", &c.DataDir},
		{"METRICS_LISTEN", &c.MetricsListen}, {"LOG_LEVEL", &c.LogLevel},
		{"CHAIN_RPC", &c.Chain.RPCURL}, {"CONTRACT", &c.Chain.Contract},
		{"KEYSTORE", &c.Batcher.Keystore}, {"PASSPHRASE_FILE", &c.Batcher.PassphraseFile},
	} {
		if s := getenv(EnvPrefix + v.env); s != "" {
			*v.dst = s
		}
	}
	for _, v := range []struct {
		flag string
		dst  *string
	}{
		{*listen, &c.Listen}, {*public, &c.PublicURL}, {*data, &c.DataDir}, {*metrics, &c.MetricsListen},
		{*rpcURL, &c.Chain.RPCURL}, {*contract, &c.Chain.Contract}, {*level, &c.LogLevel},
		{*keystore, &c.Batcher.Keystore}, {*passFile, &c.Batcher.PassphraseFile},
	} {
		if v.flag != "" {
			*v.dst = v.flag
		}
	}
	if getenv(EnvPrefix+"BATCHER") == "1" || *batch {
		c.Batcher.Enabled = true
	}
	if c.PublicURL == "" {
		c.PublicURL = "ws://" + c.Listen
	}
	return c, c.Validate()
}

func (c *Config) readFile(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(c); err != nil {
		return fmt.Errorf("config %s: %w", path, err)
	}
	return nil
}

// Validate checks every setting and says which one is wrong.
func (c *Config) Validate() error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	if _, _, err := net.SplitHostPort(c.Listen); err != nil {
		bad("listen %q: %v", c.Listen, err)
	}
	if c.MetricsListen != "" {
		if _, _, err := net.SplitHostPort(c.MetricsListen); err != nil {
			bad("metrics_listen %q: %v", c.MetricsListen, err)
		}
	}
	if !strings.HasPrefix(c.PublicURL, "ws://") && !strings.HasPrefix(c.PublicURL, "wss://") {
		bad("public_url %q: want ws:// or wss://", c.PublicURL)
	}
	if c.DataDir == "" {
		bad("data_dir is empty")
	}
	if _, err := c.Level(); err != nil {
		bad("%v", err)
	}
	if _, err := c.TrustedProxies(); err != nil {
		bad("%v", err)
	}
	if c.MaxMessageBytes < 1024 || c.MaxMessageBytes > relay.HardFrameLimit {
		bad("max_message_bytes %d: want 1 KiB..%d", c.MaxMessageBytes, relay.HardFrameLimit)
	}
	if c.MaxEnvelopeBytes <= 0 || (c.MaxEnvelopeBytes+2)/3*4+1024 > c.MaxMessageBytes {
		bad("max_envelope_bytes %d does not fit max_message_bytes %d once base64-encoded", c.MaxEnvelopeBytes, c.MaxMessageBytes)
	}
	if c.MaxPendingBytes < c.MaxMessageBytes {
		bad("max_pending_bytes %d is below max_message_bytes", c.MaxPendingBytes)
	}
	if c.UnpaidRetention <= 0 || c.PaidRetention < c.UnpaidRetention {
		bad("retention: want 0 < unpaid ≤ paid")
	}
	if c.MaxUnpaidRecipient < int64(c.MaxEnvelopeBytes) || c.MaxUnpaidOrigin < int64(c.MaxEnvelopeBytes) {
		bad("unpaid quotas must hold at least one envelope of max_envelope_bytes")
	}
	if c.Limits.MaxSubscriptions <= 0 || c.Limits.EventsPerSecond <= 0 {
		bad("limits: max_subscriptions and events_per_second must be positive")
	}
	if c.Chain.RPCURL != "" && !common.IsHexAddress(c.Chain.Contract) {
		bad("chain.contract %q is not an address (needed with chain.rpc_url)", c.Chain.Contract)
	}
	if c.Batcher.Enabled {
		if c.Chain.RPCURL == "" {
			bad("batcher.enabled needs chain.rpc_url and chain.contract")
		}
		if c.Batcher.BatchSize < 1 || c.Batcher.MaxBatchAge <= 0 || c.Batcher.SenderRate <= 0 || c.Batcher.SenderBurst < 1 {
			bad("batcher: batch_size, max_batch_age, orders_per_second_per_sender and order_burst_per_sender must be positive")
		}
		if c.Terms.OrderAddress != "" && !common.IsHexAddress(c.Terms.OrderAddress) {
			bad("terms.order_address %q is not an address", c.Terms.OrderAddress)
		}
	}
	if c.Terms.PayoutAddress != "" && !common.IsHexAddress(c.Terms.PayoutAddress) {
		bad("terms.payout_address %q is not an address", c.Terms.PayoutAddress)
	}
	return errors.Join(errs...)
}

// Level parses LogLevel.
func (c *Config) Level() (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(c.LogLevel)); err != nil {
		return 0, fmt.Errorf("log_level %q: want debug, info, warn or error", c.LogLevel)
	}
	return l, nil
}

// TrustedProxies parses Proxies (addresses or CIDR prefixes).
func (c *Config) TrustedProxies() ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, s := range c.Proxies {
		if p, err := netip.ParsePrefix(s); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(s)
		if err != nil {
			return nil, fmt.Errorf("trusted_proxies: %q is not an address or prefix", s)
		}
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}

// DBPath is the SQLite file.
func (c *Config) DBPath() string { return filepath.Join(c.DataDir, "relay.db") }

// KeystorePath is the operator keystore.
func (c *Config) KeystorePath() string {
	if c.Batcher.Keystore != "" {
		return c.Batcher.Keystore
	}
	return filepath.Join(c.DataDir, "operator.keystore")
}

// BatcherConfig turns the settings into batcher.Config for the operator
// key on chainID (logger, key and hooks set by the caller).
func (c *Config) BatcherConfig(chainID *big.Int) batcher.Config {
	b := &c.Batcher
	return batcher.Config{
		Contract: common.HexToAddress(c.Chain.Contract), ChainID: chainID,
		BatchSize: b.BatchSize, MaxBatchAge: time.Duration(b.MaxBatchAge),
		Confirmations: c.Chain.Depth, UseSafeHead: c.Chain.UseSafeHead,
		BlockTime: time.Duration(b.BlockTime), BumpAfter: time.Duration(b.BumpAfter), MaxFeeCapWei: b.MaxFeeCapWei,
		MinRelayFee: c.Terms.RelayFeeGwei, ReserveGwei: b.ReserveGwei,
		SenderRate: b.SenderRate, SenderBurst: b.SenderBurst, Cost: b.Cost,
	}
}

// RelayConfig turns the settings into relay.Config (hooks set by the caller).
func (c *Config) RelayConfig() relay.Config {
	proxies, _ := c.TrustedProxies()
	rc := relay.Config{
		PublicURL:        c.PublicURL,
		Info:             c.Info,
		Terms:            c.Terms,
		MaxMessageBytes:  c.MaxMessageBytes,
		MaxEnvelopeBytes: c.MaxEnvelopeBytes,
		MaxPendingBytes:  c.MaxPendingBytes,
		WriteTimeout:     time.Duration(c.WriteTimeout),
		PingInterval:     time.Duration(c.PingInterval),
		TrustedProxies:   proxies,
	}
	rc.Store = store.Config{
		Path:               c.DBPath(),
		UnpaidRetention:    time.Duration(c.UnpaidRetention),
		PaidRetention:      time.Duration(c.PaidRetention),
		MaxUnpaidPerRoute:  c.MaxUnpaidRecipient,
		MaxUnpaidPerOrigin: c.MaxUnpaidOrigin,
		MaxBytes:           c.MaxStoreBytes,
	}
	return rc
}

// Reloadable lists what a reload changes without a restart: the NIP-11
// identity and terms (the batcher's least relay fee follows
// terms.relay_fee_gwei), and the connection, subscription and rate limits.
// Everything else (listeners, data directory, store quotas and retention,
// the chain) needs a restart; Diff reports such changes.
var Reloadable = []string{"info", "terms", "limits"}

// Diff names the settings that differ between a and b and need a restart.
func Diff(a, b Config) []string {
	var out []string
	ja, jb := a, b
	ja.Info, jb.Info = relay.Info{}, relay.Info{}
	ja.Terms, jb.Terms = relay.Terms{}, relay.Terms{}
	ja.Limits, jb.Limits = policies.Limits{}, policies.Limits{}
	ma, _ := json.Marshal(ja)
	mb, _ := json.Marshal(jb)
	var fa, fb map[string]json.RawMessage
	json.Unmarshal(ma, &fa)
	json.Unmarshal(mb, &fb)
	for k, v := range fa {
		if string(fb[k]) != string(v) {
			out = append(out, k)
		}
	}
	return out
}
