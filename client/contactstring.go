package client

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client/identity"
)

// A contact string is how people hand each other their b-mail address: the
// account, optionally the key fingerprint (so the receiver can check the
// keys the chain names are the ones meant), and up to eight relay hints
// (where the bundle can be fetched before anything else is known):
//
//	bmail:0xAb5801a7D398351b8bE11C439e05C5B3259aeC9B;fp=52bhae2z32mljut4g3orwa6dsvvnrrxq;relay=wss://relay.example.org
//
// Canonical form only: the "bmail:" scheme, the EIP-55 checksummed
// address, then `;fp=` with the 32 lowercase base32 characters of the
// fingerprint, then `;relay=` per relay in canonical URL form (SPEC §3.4)
// without ';', no duplicates. Parsing then formatting gives the input back.
const ContactScheme = "bmail:"

// MaxContactString bounds a contact string.
const MaxContactString = len(ContactScheme) + 42 + len(";fp=") + 32 + identity.MaxInboxRelays*(len(";relay=")+identity.MaxRelayURLLength)

// ErrContactString: a malformed or non-canonical contact string.
var ErrContactString = errors.New("malformed contact string")

// ContactCard is a parsed contact string.
type ContactCard struct {
	Account     common.Address
	Fingerprint *identity.Fingerprint // nil when the string carries none
	Relays      []string
}

// String formats the card as its canonical contact string.
func (k *ContactCard) String() string {
	var b strings.Builder
	b.WriteString(ContactScheme)
	b.WriteString(k.Account.Hex())
	if k.Fingerprint != nil {
		b.WriteString(";fp=")
		b.WriteString(strings.ReplaceAll(k.Fingerprint.String(), " ", ""))
	}
	for _, r := range k.Relays {
		b.WriteString(";relay=")
		b.WriteString(r)
	}
	return b.String()
}

// ParseContactString reads a canonical contact string.
func ParseContactString(s string) (*ContactCard, error) {
	bad := func(why string) error { return fmt.Errorf("%w: %s", ErrContactString, why) }
	if len(s) > MaxContactString {
		return nil, bad("too long")
	}
	rest, ok := strings.CutPrefix(s, ContactScheme)
	if !ok {
		return nil, bad("does not start with " + ContactScheme)
	}
	parts := strings.Split(rest, ";")
	addr := parts[0]
	if !common.IsHexAddress(addr) || !strings.HasPrefix(addr, "0x") || common.HexToAddress(addr).Hex() != addr {
		return nil, bad("the account is not a checksummed 0x address")
	}
	k := &ContactCard{Account: common.HexToAddress(addr)}
	if k.Account == (common.Address{}) {
		return nil, bad("the zero address is no account")
	}
	parts = parts[1:]
	if len(parts) > 0 && strings.HasPrefix(parts[0], "fp=") {
		v := parts[0][3:]
		fp, err := identity.ParseFingerprint(v)
		if err != nil || strings.ReplaceAll(fp.String(), " ", "") != v {
			return nil, bad("the fingerprint is not 32 lowercase base32 characters")
		}
		k.Fingerprint = &fp
		parts = parts[1:]
	}
	for _, p := range parts {
		u, ok := strings.CutPrefix(p, "relay=")
		if !ok {
			return nil, bad(fmt.Sprintf("unexpected field %q", truncate(p, 20)))
		}
		n, err := identity.NormalizeRelayURL(u)
		if err != nil || n != u {
			return nil, bad(fmt.Sprintf("relay %q is not a canonical relay URL", truncate(u, 40)))
		}
		for _, r := range k.Relays {
			if r == u {
				return nil, bad("a relay is listed twice")
			}
		}
		if len(k.Relays) == identity.MaxInboxRelays {
			return nil, bad("more than 8 relays")
		}
		k.Relays = append(k.Relays, u)
	}
	return k, nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// MyContactString is the user's contact string: account, fingerprint and
// inbox relays (from the registered bundle, else the configuration).
func (c *Client) MyContactString() string {
	fp := c.id.Fingerprint()
	k := &ContactCard{Account: c.me, Fingerprint: &fp, Relays: c.inboxRelays()}
	var keep []string
	for _, r := range k.Relays {
		if !strings.Contains(r, ";") {
			keep = append(keep, r)
		}
	}
	k.Relays = keep
	return k.String()
}
