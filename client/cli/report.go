package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/bmail-network/bmail/client/identity"
)

// identityReport is what init, restore and whoami print about an
// identity; its JSON form is the --json output.
type identityReport struct {
	Address             string   `json:"address"`
	KeyIndex            uint32   `json:"key_index"`
	Fingerprint         string   `json:"fingerprint"`
	BundleHash          string   `json:"bundle_hash"`
	EncryptionKey       string   `json:"encryption_key"`
	EncryptionKeySHA256 string   `json:"encryption_key_sha256"`
	SigningKey          string   `json:"signing_key"`
	TransportKey        string   `json:"transport_key"`
	InboxRelays         []string `json:"inbox_relays"`
	Networks            []string `json:"networks"`
	Created             int64    `json:"created"`
	Expires             int64    `json:"expires"`
	Home                string   `json:"home"`
}

func newIdentityReport(b *identity.Bundle, home string) *identityReport {
	h := b.Hash()
	encSum := sha256.Sum256(b.EncryptionKey[:])
	r := &identityReport{
		Address:             b.Account.Hex(),
		KeyIndex:            b.KeyIndex,
		Fingerprint:         b.Fingerprint().String(),
		BundleHash:          "0x" + hex.EncodeToString(h[:]),
		EncryptionKey:       "0x" + hex.EncodeToString(b.EncryptionKey[:]),
		EncryptionKeySHA256: "0x" + hex.EncodeToString(encSum[:]),
		SigningKey:          "0x" + hex.EncodeToString(b.SigningKey[:]),
		TransportKey:        "0x" + hex.EncodeToString(b.TransportKey[:]),
		InboxRelays:         append([]string{}, b.InboxRelays...),
		Networks:            []string{},
		Created:             int64(b.Created),
		Expires:             int64(b.Expires),
		Home:                home,
	}
	for _, n := range b.Networks {
		r.Networks = append(r.Networks, "0x"+hex.EncodeToString(n[:]))
	}
	return r
}

// print writes the report for people, one "label  value" line each.
func (r *identityReport) print(w io.Writer, now time.Time) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	line := func(label, value string) { fmt.Fprintf(tw, "%s\t%s\n", label, value) }
	line("address", r.Address)
	line("fingerprint", r.Fingerprint)
	line("bundle hash", r.BundleHash)
	line("key index", strconv.FormatUint(uint64(r.KeyIndex), 10))
	line("encryption key", "X-Wing, SHA-256 "+r.EncryptionKeySHA256)
	line("signing key", "Ed25519 "+r.SigningKey)
	line("transport key", "BIP-340 "+r.TransportKey)
	// A list prints its label on the first line only.
	list := func(label string, values []string) {
		if len(values) == 0 {
			line(label, "(none)")
		}
		for i, v := range values {
			if i > 0 {
				label = ""
			}
			line(label, v)
		}
	}
	list("inbox relays", r.InboxRelays)
	list("networks", r.Networks)
	line("created", time.Unix(r.Created, 0).UTC().Format(time.RFC3339))
	exp := time.Unix(r.Expires, 0)
	line("expires", exp.UTC().Format(time.RFC3339)+" ("+untilText(now, exp)+")")
	line("home", r.Home)
	tw.Flush()
}

func untilText(now, t time.Time) string {
	d := t.Sub(now)
	if d <= 0 {
		return "expired"
	}
	days := int(d.Hours() / 24)
	switch {
	case days >= 2:
		return fmt.Sprintf("in %d days", days)
	case d >= time.Hour:
		return fmt.Sprintf("in %d hours", int(d.Hours()))
	}
	return "in less than an hour"
}

// printJSON writes v as one JSON object and a newline.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// bundleFlags are the flags that shape a new key bundle (init, restore).
type bundleFlags struct {
	relays   stringList
	networks stringList
	lifetime string
}

func (f *bundleFlags) register(fs *flag.FlagSet) {
	fs.Var(&f.relays, "relay", "inbox relay `URL` (wss://, or ws:// for loopback); repeat for several")
	fs.Var(&f.networks, "network", "accepted network `ID` (32 bytes hex); repeat for several")
	fs.StringVar(&f.lifetime, "expires", "365d", "bundle lifetime (`DURATION`: 365d, 8760h, ...)")
}

// params checks the flags and returns the bundle parameters at now.
func (f *bundleFlags) params(now time.Time) (identity.BundleParams, error) {
	p := identity.BundleParams{Created: now.Truncate(time.Second)}
	life, err := parseLifetime(f.lifetime)
	if err != nil {
		return p, usageErrorf("for example --expires 365d or --expires 720h", "--expires: %v", err)
	}
	if life <= 0 || life > identity.MaxBundleLifetime {
		return p, usageErrorf("", "--expires %s: want more than 0 and at most %d days", f.lifetime, identity.MaxBundleLifetime/(24*time.Hour))
	}
	p.Expires = p.Created.Add(life)
	for _, r := range f.relays {
		n, err := identity.NormalizeRelayURL(r)
		if err != nil {
			return p, usageErrorf("relay URLs look like wss://relay.example.org", "--relay: %v", err)
		}
		p.InboxRelays = append(p.InboxRelays, n)
	}
	for _, s := range f.networks {
		b, err := hex.DecodeString(strings.TrimPrefix(strings.ToLower(s), "0x"))
		if err != nil || len(b) != 32 {
			return p, usageErrorf("a network id is 64 hex digits", "--network %q: not 32 bytes of hex", s)
		}
		p.Networks = append(p.Networks, [32]byte(b))
	}
	return p, nil
}

// parseLifetime reads a Go duration or a whole number of days ("365d").
func parseLifetime(s string) (time.Duration, error) {
	if d, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.ParseUint(d, 10, 16)
		if err != nil {
			return 0, fmt.Errorf("%q is not a number of days", s)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	return time.ParseDuration(s)
}

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(s string) error { *l = append(*l, s); return nil }
