// Package config is the b-mail client's configuration: one struct with named
// defaults, read from a JSON file, then BMAIL_* environment variables, then
// command-line flags, each overriding the one before; Validate says which
// setting is wrong. It also resolves where things live (XDG base
// directories) and keeps profiles apart.
//
// Locations, for profile P ("" is the default profile):
//
//	data directory  --home, else $BMAIL_HOME, else $XDG_DATA_HOME/bmail[-P],
//	                else ~/.local/share/bmail[-P]
//	config file     --config, else $BMAIL_CONFIG, else <home>/config.json when
//	                the home was given explicitly, else
//	                $XDG_CONFIG_HOME/bmail[-P]/config.json, else
//	                ~/.config/bmail[-P]/config.json
//
// Invariants:
//   - A dev profile (named "dev" or "dev-…", or "dev": true in its file) has a
//     data directory of its own, never the default profile's, and everything
//     the client reports for it is marked DEVNET.
//   - Nothing falls back to a dev chain: when no chain is configured,
//     RequireChain names the settings to set. A dev profile reads its chain
//     from the devnet file that `bmail devnet` writes into its home, and says
//     to start one when the file is missing.
//   - A config file is at most MaxFileSize bytes of JSON with no unknown
//     fields; Marshal then Parse gives the same Config back.
package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/pricing"
)

// Named defaults.
const (
	DefaultMinRelays        = 2
	DefaultMaxFeePerMessage = 200_000   // gwei: fee + burn + relay fee of one message, all recipients
	DefaultMaxSpendPerDay   = 2_000_000 // gwei
	DefaultFeeMarginBps     = 2_000     // maxFee = quote × 1.2: room for the fee to move before the payment lands
	DefaultOrderTTL         = 30 * time.Minute
	DefaultUnpaidRetention  = 7 * 24 * time.Hour // a relay's default (relay/store)
	DefaultPollInterval     = 4 * time.Second
	DefaultReorgDepth       = 64
	DefaultNetwork          = "personal"

	// MaxFileSize bounds a config file.
	MaxFileSize = 64 << 10
	// DevnetFile is what `bmail devnet` writes into a dev profile's home.
	DevnetFile = "devnet.json"
	// FileName is the config file's name in its directory.
	FileName = "config.json"
	// DevLabel marks every output of a dev profile.
	DevLabel = "DEVNET"
)

// Environment variables.
const (
	EnvHome          = "BMAIL_HOME"
	EnvProfile       = "BMAIL_PROFILE"
	EnvConfig        = "BMAIL_CONFIG"
	EnvRPCURL        = "BMAIL_RPC_URL"
	EnvChainID       = "BMAIL_CHAIN_ID"
	EnvContract      = "BMAIL_CONTRACT"
	EnvConfirmations = "BMAIL_CONFIRMATIONS"
	EnvRelays        = "BMAIL_RELAYS" // comma-separated
	EnvBatcher       = "BMAIL_BATCHER"
	EnvStartBlock    = "BMAIL_START_BLOCK" // chain.start_block
	EnvMaxFee        = "BMAIL_MAX_FEE"     // gwei per message
	EnvMaxPerDay     = "BMAIL_MAX_PER_DAY" // gwei per day
)

// Errors.
var (
	// ErrNoChain: a flow needs the chain and none is configured.
	ErrNoChain = errors.New("no chain configured")
	// ErrNoDevnet: a dev profile without a running `bmail devnet`.
	ErrNoDevnet = errors.New("no dev chain for this profile")
	// ErrInvalid: a setting is out of range or malformed; the error names it.
	ErrInvalid = errors.New("invalid configuration")
)

// Duration is a time.Duration written as "90s" or "1h" in JSON.
type Duration time.Duration

// MarshalJSON writes the duration as a string such as "1m30s".
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(time.Duration(d).String()) }

// UnmarshalJSON reads a Go duration string.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration: want a string such as \"30s\": %w", err)
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}

// Chain says which chain and contract the client uses.
type Chain struct {
	RPCURL   string `json:"rpc_url,omitempty"`  // http(s):// or ws(s)://
	ChainID  uint64 `json:"chain_id,omitempty"` // transactions are signed for it; checked against the node
	Contract string `json:"contract,omitempty"` // BMail contract address
	// Confirmations: a payment is final this many blocks under the head;
	// 0 means the node's safe head.
	Confirmations uint64 `json:"confirmations,omitempty"`
	// StartBlock is the first block scanned for Delivered logs on a new
	// store (0: the account's first registration block when it was made
	// from this store, else the contract's deployment block; the client
	// finds it and records it in the store).
	StartBlock uint64 `json:"start_block,omitempty"`
	// ReorgDepth is how far the log follower steps back when a block it
	// read is no longer canonical.
	ReorgDepth   uint64   `json:"reorg_depth"`
	PollInterval Duration `json:"poll_interval"`
}

// Configured reports whether the chain's three required settings are set.
func (c Chain) Configured() bool { return c.RPCURL != "" && c.ChainID != 0 && c.Contract != "" }

// ContractAddress is the parsed contract address (zero when unset or bad).
func (c Chain) ContractAddress() common.Address {
	if !common.IsHexAddress(c.Contract) {
		return common.Address{}
	}
	return common.HexToAddress(c.Contract)
}

// Send are the sending settings: spending caps and how to pay.
type Send struct {
	// MinRelays is how many of a recipient's inbox relays must answer OK
	// before the client pays (fewer only when the bundle lists fewer).
	MinRelays int `json:"min_relays"`
	// MaxFeePerMessage caps what one message may cost in gwei (fee, burn
	// and relay fee, all recipients); 0 means no cap.
	MaxFeePerMessage uint64 `json:"max_fee_per_message_gwei"`
	// MaxSpendPerDay caps the gwei committed to payments per UTC day;
	// 0 means no cap.
	MaxSpendPerDay uint64 `json:"max_spend_per_day_gwei"`
	// FeeMarginBps is the room above the quote the signed maxFee allows,
	// in basis points.
	FeeMarginBps uint64 `json:"fee_margin_bps"`
	// Network is the network paid mail is sent on: "personal",
	// "newsletter" or a 0x-prefixed network id.
	Network string `json:"network"`
	// Batcher is the relay URL whose settlement batcher gets EIP-712 payment
	// orders; empty means each payment is its own transaction.
	Batcher string `json:"batcher,omitempty"`
	// OrderTTL is how long an order stays valid (≤ 1 h, the contract's cap).
	OrderTTL Duration `json:"order_ttl"`
}

// Config is everything the client reads.
type Config struct {
	// Profile, Home and File are resolved by Load, not read from the file.
	Profile string `json:"-"`
	Home    string `json:"-"`
	File    string `json:"-"`

	// Dev marks a dev profile (see the package invariants).
	Dev bool `json:"dev,omitempty"`

	Chain Chain `json:"chain"`
	// Relays are the user's inbox relays (published in the key bundle),
	// also asked for other users' bundles.
	Relays []string `json:"relays,omitempty"`
	// Networks are the networks whose paid mail the user accepts
	// (published in the key bundle).
	Networks []string `json:"networks"`
	Send     Send     `json:"send"`
	// UnpaidRetention is how long unpaid mail (held back, or waiting for a
	// payment) is kept after it arrived; 0 means the longest unpaid
	// retention the user's inbox relays state in NIP-11 (DefaultUnpaidRetention
	// when none states one). A payment arriving later finds no envelope,
	// as it would on the relays.
	UnpaidRetention Duration `json:"unpaid_retention,omitempty"`
	// NotifyCommand runs (without a shell) when new mail is shown; the
	// sanitised sender and subject are in BMAIL_FROM and BMAIL_SUBJECT.
	NotifyCommand []string `json:"notify_command,omitempty"`
}

// Default returns the settings used where nothing else is said.
func Default() Config {
	return Config{
		Chain:    Chain{ReorgDepth: DefaultReorgDepth, PollInterval: Duration(DefaultPollInterval)},
		Networks: []string{DefaultNetwork},
		Send: Send{
			MinRelays:        DefaultMinRelays,
			MaxFeePerMessage: DefaultMaxFeePerMessage,
			MaxSpendPerDay:   DefaultMaxSpendPerDay,
			FeeMarginBps:     DefaultFeeMarginBps,
			Network:          DefaultNetwork,
			OrderTTL:         Duration(DefaultOrderTTL),
		},
	}
}

// IsDevProfile reports whether a profile name is a dev profile's.
func IsDevProfile(name string) bool { return name == "dev" || strings.HasPrefix(name, "dev-") }

// Label is what outputs show for the network: DevLabel for a dev profile,
// else "chain <id>".
func (c *Config) Label() string {
	if c.Dev {
		return DevLabel
	}
	if c.Chain.ChainID != 0 {
		return fmt.Sprintf("chain %d", c.Chain.ChainID)
	}
	return "no chain"
}

// Flags are the command-line settings; Register adds them to a FlagSet.
type Flags struct {
	Home, Profile, File             string
	RPCURL, Contract, Batcher       string
	ChainID, Confirmations          uint64
	MaxFee, MaxPerDay               uint64
	Relays                          stringList
	setConfirmations, setMax, setPD bool
}

type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// Register adds the flags to fs.
func (f *Flags) Register(fs *flag.FlagSet) {
	fs.StringVar(&f.Home, "home", "", "use `DIR` as the data directory")
	fs.StringVar(&f.Profile, "profile", "", "use profile `NAME` (its own data directory; \"dev\" is the dev chain)")
	fs.StringVar(&f.File, "config", "", "read settings from `FILE` (JSON)")
	fs.StringVar(&f.RPCURL, "rpc-url", "", "chain JSON-RPC `URL`")
	fs.Uint64Var(&f.ChainID, "chain-id", 0, "chain `ID`")
	fs.StringVar(&f.Contract, "contract", "", "BMail contract `ADDRESS`")
	fs.Func("confirmations", "blocks under the head before a payment is final (0: the safe head)", func(s string) error {
		v, err := strconv.ParseUint(s, 10, 64)
		f.Confirmations, f.setConfirmations = v, true
		return err
	})
	fs.Var(&f.Relays, "relay", "inbox relay `URL` (repeat for more)")
	fs.StringVar(&f.Batcher, "batcher", "", "pay through this relay's settlement batcher (`URL`)")
	fs.Func("max-fee", "cap one message's cost at `GWEI`", func(s string) error {
		v, err := strconv.ParseUint(s, 10, 64)
		f.MaxFee, f.setMax = v, true
		return err
	})
	fs.Func("max-per-day", "cap a day's payments at `GWEI`", func(s string) error {
		v, err := strconv.ParseUint(s, 10, 64)
		f.MaxPerDay, f.setPD = v, true
		return err
	})
}

// Load builds the configuration: defaults, then the file, then the
// environment (getenv), then flags (nil for none). It validates the result.
func Load(f *Flags, getenv func(string) string) (Config, error) {
	if f == nil {
		f = &Flags{}
	}
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	c := Default()
	c.Profile = first(f.Profile, getenv(EnvProfile))
	home, explicit, err := resolveHome(first(f.Home, getenv(EnvHome)), c.Profile, getenv)
	if err != nil {
		return c, err
	}
	c.Home = home
	path, mustExist := first(f.File, getenv(EnvConfig)), true
	if path == "" {
		mustExist = false
		if explicit {
			path = filepath.Join(home, FileName)
		} else if path, err = defaultConfigPath(c.Profile, getenv); err != nil {
			return c, err
		}
	}
	data, err := readLimited(path)
	switch {
	case err == nil:
		if err := c.UnmarshalFile(data); err != nil {
			return c, fmt.Errorf("%w: %s: %w", ErrInvalid, path, err)
		}
		c.File = path
	case errors.Is(err, os.ErrNotExist) && !mustExist:
	default:
		return c, fmt.Errorf("config file: %w", err)
	}
	if IsDevProfile(c.Profile) {
		c.Dev = true
	}
	if c.Dev && c.Profile == "" && !explicit {
		return c, fmt.Errorf("%w: %s says \"dev\": true, but a dev setup needs its own data directory: use --profile dev", ErrInvalid, path)
	}
	if err := c.applyEnv(getenv); err != nil {
		return c, err
	}
	c.applyFlags(f)
	if c.Dev && !c.Chain.Configured() {
		if err := c.applyDevnet(); err != nil && !errors.Is(err, ErrNoDevnet) {
			return c, err
		}
	}
	return c, c.Validate()
}

func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func resolveHome(given, profile string, getenv func(string) string) (string, bool, error) {
	if given != "" {
		abs, err := filepath.Abs(given)
		return abs, true, err
	}
	name := "bmail"
	if profile != "" {
		if err := checkProfileName(profile); err != nil {
			return "", false, err
		}
		name += "-" + profile
	}
	if x := getenv("XDG_DATA_HOME"); x != "" && filepath.IsAbs(x) {
		return filepath.Join(x, name), false, nil
	}
	h := getenv("HOME")
	if h == "" {
		return "", false, fmt.Errorf("%w: cannot find a data directory: HOME is not set (pass --home DIR or set %s)", ErrInvalid, EnvHome)
	}
	return filepath.Join(h, ".local", "share", name), false, nil
}

func defaultConfigPath(profile string, getenv func(string) string) (string, error) {
	name := "bmail"
	if profile != "" {
		name += "-" + profile
	}
	if x := getenv("XDG_CONFIG_HOME"); x != "" && filepath.IsAbs(x) {
		return filepath.Join(x, name, FileName), nil
	}
	h := getenv("HOME")
	if h == "" {
		return "", fmt.Errorf("%w: cannot find a config directory: HOME is not set", ErrInvalid)
	}
	return filepath.Join(h, ".config", name, FileName), nil
}

func checkProfileName(p string) error {
	if len(p) > 64 {
		return fmt.Errorf("%w: profile name longer than 64 characters", ErrInvalid)
	}
	for _, r := range p {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return fmt.Errorf("%w: profile name %q: use a-z, 0-9, '-' and '_'", ErrInvalid, p)
		}
	}
	return nil
}

func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxFileSize {
		return nil, fmt.Errorf("%s is larger than %d bytes", path, MaxFileSize)
	}
	return b, nil
}

// UnmarshalFile reads a config file's JSON over c (fields it leaves out keep
// their values). Unknown fields and trailing data are errors.
func (c *Config) UnmarshalFile(data []byte) error {
	if len(data) > MaxFileSize {
		return fmt.Errorf("larger than %d bytes", MaxFileSize)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(c); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data after the JSON object")
	}
	if _, err := dec.Token(); err == nil {
		return errors.New("trailing data after the JSON object")
	}
	return nil
}

// Marshal returns the file form of c (indented JSON).
func (c *Config) Marshal() ([]byte, error) {
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

func (c *Config) applyEnv(getenv func(string) string) error {
	for _, v := range []struct {
		env string
		dst *string
	}{{EnvRPCURL, &c.Chain.RPCURL}, {EnvContract, &c.Chain.Contract}, {EnvBatcher, &c.Send.Batcher}} {
		if s := getenv(v.env); s != "" {
			*v.dst = s
		}
	}
	for _, v := range []struct {
		env string
		dst *uint64
	}{{EnvChainID, &c.Chain.ChainID}, {EnvConfirmations, &c.Chain.Confirmations}, {EnvStartBlock, &c.Chain.StartBlock},
		{EnvMaxFee, &c.Send.MaxFeePerMessage}, {EnvMaxPerDay, &c.Send.MaxSpendPerDay}} {
		if s := getenv(v.env); s != "" {
			n, err := strconv.ParseUint(s, 10, 64)
			if err != nil {
				return fmt.Errorf("%w: %s=%q: want a whole number", ErrInvalid, v.env, s)
			}
			*v.dst = n
		}
	}
	if s := getenv(EnvRelays); s != "" {
		c.Relays = nil
		for _, r := range strings.Split(s, ",") {
			if r = strings.TrimSpace(r); r != "" {
				c.Relays = append(c.Relays, r)
			}
		}
	}
	return nil
}

func (c *Config) applyFlags(f *Flags) {
	if f.RPCURL != "" {
		c.Chain.RPCURL = f.RPCURL
	}
	if f.ChainID != 0 {
		c.Chain.ChainID = f.ChainID
	}
	if f.Contract != "" {
		c.Chain.Contract = f.Contract
	}
	if f.setConfirmations {
		c.Chain.Confirmations = f.Confirmations
	}
	if len(f.Relays) > 0 {
		c.Relays = append([]string(nil), f.Relays...)
	}
	if f.Batcher != "" {
		c.Send.Batcher = f.Batcher
	}
	if f.setMax {
		c.Send.MaxFeePerMessage = f.MaxFee
	}
	if f.setPD {
		c.Send.MaxSpendPerDay = f.MaxPerDay
	}
}

// Validate checks every setting and names each one that is wrong.
func (c *Config) Validate() error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	if c.Profile != "" {
		if err := checkProfileName(c.Profile); err != nil {
			errs = append(errs, err)
		}
	}
	ch := c.Chain
	if ch.RPCURL != "" && !hasScheme(ch.RPCURL, "http://", "https://", "ws://", "wss://") {
		bad("chain.rpc_url %q: want http(s):// or ws(s)://", ch.RPCURL)
	}
	if ch.Contract != "" && (!common.IsHexAddress(ch.Contract) || common.HexToAddress(ch.Contract) == (common.Address{})) {
		bad("chain.contract %q: want a 0x-prefixed contract address", ch.Contract)
	}
	if ch.ReorgDepth == 0 || ch.ReorgDepth < ch.Confirmations {
		bad("chain.reorg_depth %d: want at least 1 and at least chain.confirmations", ch.ReorgDepth)
	}
	if ch.PollInterval < Duration(10*time.Millisecond) {
		bad("chain.poll_interval %s: want at least 10ms", time.Duration(ch.PollInterval))
	}
	if len(c.Relays) > identity.MaxInboxRelays {
		bad("relays: at most %d", identity.MaxInboxRelays)
	}
	seen := map[string]bool{}
	for _, r := range c.Relays {
		n, err := identity.NormalizeRelayURL(r)
		if err != nil {
			bad("relay %q: %v", r, err)
		} else if seen[n] {
			bad("relay %q listed twice", r)
		}
		seen[n] = true
	}
	if len(c.Networks) > identity.MaxNetworks {
		bad("networks: at most %d", identity.MaxNetworks)
	}
	for _, n := range c.Networks {
		if _, err := ParseNetwork(n); err != nil {
			bad("networks: %v", err)
		}
	}
	s := c.Send
	if s.MinRelays < 1 || s.MinRelays > identity.MaxInboxRelays {
		bad("send.min_relays %d: want 1..%d", s.MinRelays, identity.MaxInboxRelays)
	}
	if s.FeeMarginBps > 10_000 {
		bad("send.fee_margin_bps %d: want at most 10000", s.FeeMarginBps)
	}
	if _, err := ParseNetwork(s.Network); err != nil {
		bad("send.network: %v", err)
	}
	if s.Batcher != "" {
		if _, err := identity.NormalizeRelayURL(s.Batcher); err != nil {
			bad("send.batcher %q: %v", s.Batcher, err)
		}
	}
	if s.OrderTTL < Duration(time.Minute) || s.OrderTTL > Duration(time.Hour) {
		bad("send.order_ttl %s: want 1m..1h", time.Duration(s.OrderTTL))
	}
	if c.UnpaidRetention != 0 && c.UnpaidRetention < Duration(time.Hour) {
		bad("unpaid_retention %s: want 0 (the relays' retention) or at least 1h", time.Duration(c.UnpaidRetention))
	}
	for i, a := range c.NotifyCommand {
		if a == "" || strings.ContainsRune(a, 0) {
			bad("notify_command[%d]: empty or holds a NUL byte", i)
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: %w", ErrInvalid, errors.Join(errs...))
	}
	return nil
}

func hasScheme(s string, schemes ...string) bool {
	for _, p := range schemes {
		if strings.HasPrefix(s, p) && len(s) > len(p) {
			return true
		}
	}
	return false
}

// RequireChain returns nil when the chain is configured, else an error
// naming what to configure. Nothing ever falls back to a dev chain.
func (c *Config) RequireChain() error {
	if c.Chain.Configured() {
		return nil
	}
	if c.Dev {
		return fmt.Errorf("%w: no %s in %s: start one with `bmail devnet --profile %s`",
			ErrNoDevnet, DevnetFile, c.Home, first(c.Profile, "dev"))
	}
	var missing []string
	if c.Chain.RPCURL == "" {
		missing = append(missing, "chain.rpc_url ("+EnvRPCURL+", --rpc-url)")
	}
	if c.Chain.ChainID == 0 {
		missing = append(missing, "chain.chain_id ("+EnvChainID+", --chain-id)")
	}
	if c.Chain.Contract == "" {
		missing = append(missing, "chain.contract ("+EnvContract+", --contract)")
	}
	where := c.File
	if where == "" {
		where = "the config file"
	}
	return fmt.Errorf("%w: set %s in %s; to try b-mail on a local dev chain use --profile dev",
		ErrNoChain, strings.Join(missing, ", "), where)
}

// SendNetworkID is the id of Send.Network.
func (c *Config) SendNetworkID() [32]byte {
	id, _ := ParseNetwork(c.Send.Network)
	return id
}

// NetworkIDs are the ids of Networks, in order.
func (c *Config) NetworkIDs() [][32]byte {
	out := make([][32]byte, 0, len(c.Networks))
	for _, n := range c.Networks {
		if id, err := ParseNetwork(n); err == nil {
			out = append(out, id)
		}
	}
	return out
}

// ParseNetwork reads "personal", "newsletter" (the contract's presets) or a
// 0x-prefixed 32-byte network id.
func ParseNetwork(s string) ([32]byte, error) {
	switch s {
	case "personal":
		return pricing.PersonalID, nil
	case "newsletter":
		return pricing.NewsletterID, nil
	}
	var id [32]byte
	if len(s) != 66 || !strings.HasPrefix(s, "0x") {
		return id, fmt.Errorf("network %q: want personal, newsletter or a 0x-prefixed 32-byte id", s)
	}
	b, err := hexDecode(s[2:])
	if err != nil {
		return id, fmt.Errorf("network %q: %w", s, err)
	}
	copy(id[:], b)
	if id == ([32]byte{}) {
		return id, fmt.Errorf("network %q: the zero id is no network", s)
	}
	return id, nil
}

// NetworkName is the inverse of ParseNetwork.
func NetworkName(id [32]byte) string {
	switch id {
	case pricing.PersonalID:
		return "personal"
	case pricing.NewsletterID:
		return "newsletter"
	}
	return "0x" + fmt.Sprintf("%x", id[:])
}

func hexDecode(s string) ([]byte, error) {
	if len(s)%2 != 0 {
		return nil, errors.New("odd hex length")
	}
	out := make([]byte, len(s)/2)
	for i := range out {
		hi, ok1 := unhex(s[2*i])
		lo, ok2 := unhex(s[2*i+1])
		if !ok1 || !ok2 {
			return nil, errors.New("not hex")
		}
		out[i] = hi<<4 | lo
	}
	return out, nil
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}
