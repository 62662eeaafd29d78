package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/identity"
)

// What the commands that reach the chain or relays share: their flags
// (client/config's, except the global --home, --profile and --config), the
// configuration, the open client, the DEVNET marking, and the advice and
// exit code for each error the client returns.

// EnvLog sets the client's log level on stderr (debug, info, warn, error;
// default error).
const EnvLog = "BMAIL_LOG"

// netFlags are the chain, relay and spending flags of client/config.
type netFlags struct {
	f  config.Flags
	fs *flag.FlagSet
}

// register adds client/config's flags to fs, except the global ones.
func (n *netFlags) register(fs *flag.FlagSet) {
	scratch := flag.NewFlagSet("", flag.ContinueOnError)
	n.f.Register(scratch)
	scratch.VisitAll(func(f *flag.Flag) {
		switch f.Name {
		case "home", "profile", "config":
			return
		}
		fs.Var(f.Value, f.Name, f.Usage)
	})
	n.fs = fs
}

// isSet reports whether the flag was given on the command line.
func (n *netFlags) isSet(name string) bool {
	set := false
	if n.fs != nil {
		n.fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	}
	return set
}

// invocation is how the user calls bmail for this profile, for hints:
// "bmail", or "bmail --profile dev".
func (e *Env) invocation() string {
	if e.profileFlag != "" {
		return "bmail --profile " + e.profileFlag
	}
	return "bmail"
}

// Config loads the configuration: defaults, the profile's config file,
// BMAIL_* variables, then the flags.
func (e *Env) Config(n *netFlags) (config.Config, error) {
	var f config.Flags
	if n != nil {
		f = n.f
	}
	f.Home, f.Profile, f.File = e.homeFlag, e.profileFlag, e.configFlag
	cfg, err := config.Load(&f, e.Getenv)
	if err != nil {
		return cfg, explain(err)
	}
	return cfg, nil
}

// OpenClient loads the configuration, checks a chain is configured,
// unlocks the identity and opens the client. The caller closes it.
func (e *Env) OpenClient(ctx context.Context, n *netFlags) (*client.Client, error) {
	if _, err := e.LoadKeystore(); err != nil {
		return nil, err // first things first: no identity yet says how to make one
	}
	cfg, err := e.Config(n)
	if err != nil {
		return nil, err
	}
	if err := cfg.RequireChain(); err != nil {
		return nil, explain(err)
	}
	id, err := e.OpenIdentity(ctx)
	if err != nil {
		return nil, err
	}
	c, err := client.Open(ctx, cfg, client.Options{Identity: id, Logger: e.logger()})
	if err != nil {
		return nil, explain(err)
	}
	return c, nil
}

func (e *Env) logger() *slog.Logger {
	var level slog.Level
	if err := level.UnmarshalText([]byte(e.Getenv(EnvLog))); err != nil || e.Getenv(EnvLog) == "" {
		level = slog.LevelError
	}
	return slog.New(slog.NewTextHandler(e.Stderr(), &slog.HandlerOptions{Level: level}))
}

// netInfo marks every --json output of a network command with the network
// it speaks of ("DEVNET" on a dev profile).
type netInfo struct {
	Network string `json:"network"`
	Dev     bool   `json:"dev"`
}

func netOf(c *client.Client) netInfo { return netInfo{Network: c.Label(), Dev: c.Dev()} }

// isDev reports whether this data directory is a dev profile's, whose
// outputs say DEVNET (a config that does not load counts as not dev).
func (e *Env) isDev() bool {
	if config.IsDevProfile(e.Profile()) {
		return true
	}
	cfg, err := e.Config(nil)
	return err == nil && cfg.Dev
}

// banner starts the human output of a dev profile's command.
func banner(w io.Writer, dev bool) {
	if dev {
		fmt.Fprintf(w, "[%s] local dev network: nothing here is real money\n", config.DevLabel)
	}
}

// explain attaches advice and an exit code to the errors users meet.
func explain(err error) error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	var kc *client.KeyChangedError
	if errors.As(err, &kc) {
		return &Error{Err: err, Hint: fmt.Sprintf("compare the new fingerprint with them (in person, or another channel you trust),\nthen run `bmail contacts accept %s`", kc.Account.Hex())}
	}
	for _, m := range []struct {
		err  error
		code int
		hint string
	}{
		{config.ErrNoDevnet, ExitNotConfigured, "`bmail devnet` runs the local dev network for the dev profile (leave it running in another terminal)"},
		{config.ErrNoChain, ExitNotConfigured, "to try b-mail without any set-up, run `bmail demo`; for a local network, `bmail devnet` and --profile dev"},
		{config.ErrInvalid, ExitError, "fix the setting in the config file, the BMAIL_* variable or the flag named above"},
		{client.ErrNoRelays, ExitNotConfigured, "name your inbox relays with --relay URL (repeat it) or BMAIL_RELAYS, then `bmail register`"},
		{client.ErrShortOfFunds, ExitRefused, "`bmail wallet deposit AMOUNT` moves ether into your b-mail balance (for example 0.01eth)"},
		{client.ErrNoGas, ExitRefused, "the account needs ether for gas; on a dev network, `bmail devnet fund ADDRESS`"},
		{client.ErrFeeAboveCap, ExitRefused, "raise the cap with --max-fee GWEI (or max_fee_per_message_gwei in the config)"},
		{client.ErrDailyCap, ExitRefused, "raise --max-per-day GWEI (or max_spend_per_day_gwei in the config), or wait until tomorrow (UTC)"},
		{client.ErrBlocked, ExitRefused, "the recipient blocks you; nothing was paid"},
		{client.ErrBelowMinimum, ExitRefused, "earn reputation by writing mail people mark valuable, or ask them to add you as a contact; nothing was paid"},
		{client.ErrNotRegistered, ExitError, "an account registers its keys with `bmail register`; if this is someone else, ask them to"},
		{client.ErrBundleSubstituted, ExitError, "a relay served keys the chain does not name; try again, or use other relays"},
		{client.ErrNotEnoughRelays, ExitError, "the message stays in the outbox, nothing was paid: `bmail sync` posts it again"},
		{client.ErrUnknownRecipient, ExitUsage, "write a 0x address, a contact string (bmail:0x…) or a contact's name (`bmail contacts`)"},
		{client.ErrNotAckable, ExitError, "only paid mail you received, with no verdict yet, can be acked"},
		{client.ErrSpamNotAllowed, ExitError, "spam marks count only on cold mail, once per ack window; `bmail ack ID abstain` clears it"},
		{client.ErrWithdrawalNotReady, ExitError, "`bmail wallet` shows when the withdrawal is ready"},
		{identity.ErrBundleExpired, ExitError, "the key bundle expired; `bmail register` signs and registers a new one"},
	} {
		if errors.Is(err, m.err) {
			return &Error{Err: err, Hint: m.hint, Code: m.code}
		}
	}
	if client.IsNotFound(err) {
		return &Error{Err: err, Hint: "`bmail inbox` lists messages with their ids"}
	}
	return err
}

// refusedf reports a refusal before any money moved (exit code 7).
func refusedf(hint, format string, a ...any) error {
	return &Error{Err: fmt.Errorf(format, a...), Hint: hint, Code: ExitRefused}
}

// parseGwei reads an amount: gwei as a whole number ("250000",
// "250000gwei") or ether with up to nine decimals ("0.01eth").
func parseGwei(s string) (uint64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if v, ok := strings.CutSuffix(t, "eth"); ok {
		r, ok := new(big.Rat).SetString(strings.TrimSpace(v))
		if !ok || r.Sign() < 0 {
			return 0, fmt.Errorf("amount %q: want gwei (250000) or ether (0.01eth)", s)
		}
		r.Mul(r, new(big.Rat).SetInt64(params.GWei))
		if !r.IsInt() || !r.Num().IsUint64() {
			return 0, fmt.Errorf("amount %q: not a whole number of gwei", s)
		}
		return r.Num().Uint64(), nil
	}
	t = strings.TrimSpace(strings.TrimSuffix(t, "gwei"))
	n, err := strconv.ParseUint(t, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("amount %q: want gwei (250000) or ether (0.01eth)", s)
	}
	return n, nil
}

// parseAddress reads a 0x address argument.
func parseAddress(s string) (common.Address, error) {
	if !common.IsHexAddress(s) || !strings.HasPrefix(s, "0x") {
		return common.Address{}, usageErrorf("an address is 0x followed by 40 hex digits", "%q is not an address", s)
	}
	return common.HexToAddress(s), nil
}

// resolveWho reads an account argument: an address, a contact string or a
// contact's name.
func resolveWho(ctx context.Context, c *client.Client, s string) (common.Address, error) {
	a, _, err := c.ParseRecipient(ctx, s)
	if err != nil {
		return common.Address{}, explain(err)
	}
	return a, nil
}

// LineReader is a Terminal that also reads a typed (echoed) line, for
// confirmations.
type LineReader interface {
	ReadLine(ctx context.Context, prompt string) (string, error)
}

// errNoConfirm: a confirmation is needed and nobody can be asked.
var errNoConfirm = errors.New("this needs your confirmation and there is no terminal to ask on")

// confirm asks a yes/no question on the terminal; only "y" or "yes" is
// yes.
func (e *Env) confirm(ctx context.Context, question, hint string) (bool, error) {
	lr, ok := e.Terminal().(LineReader)
	if !ok {
		return false, &Error{Err: errNoConfirm, Hint: hint, Code: ExitRefused}
	}
	ans, err := lr.ReadLine(ctx, question+" [y/N] ")
	if err != nil {
		return false, err
	}
	switch strings.ToLower(strings.TrimSpace(ans)) {
	case "y", "yes":
		return true, nil
	}
	return false, nil
}
