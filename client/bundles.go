package client

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/relay/wire"
)

// DefaultBundleLifetime is how long a bundle Register signs stays valid.
const DefaultBundleLifetime = 365 * 24 * time.Hour

// renewBefore: Register signs a new bundle when the old one expires sooner.
const renewBefore = 30 * 24 * time.Hour

// accountWord is the bundle event's account tag value: 12 zero bytes, then
// the address (the indexed `to` topic of a Delivered log).
func accountWord(a common.Address) [32]byte {
	var w [32]byte
	copy(w[12:], a[:])
	return w
}

// BundleEvent is the replaceable relay event (SPEC §6.1) that carries a
// signed bundle: content the standard base64 of the bundle, one account tag,
// signed by id's transport key.
func BundleEvent(b *identity.Bundle, id *identity.Identity, now time.Time) (*wire.Event, error) {
	signer, err := wire.NewSigner([32]byte(id.TransportKey.Serialize()))
	if err != nil {
		return nil, err
	}
	return bundleEvent(b, signer, now)
}

func bundleEvent(b *identity.Bundle, signer *wire.Signer, now time.Time) (*wire.Event, error) {
	data, err := b.MarshalBinary()
	if err != nil {
		return nil, err
	}
	w := accountWord(b.Account)
	e := &wire.Event{CreatedAt: now.Unix(), Kind: wire.KindBundle,
		Tags:    [][]string{{wire.TagAccount, wire.Hex(w[:])}},
		Content: base64.StdEncoding.EncodeToString(data)}
	return e, signer.Sign(e)
}

// RegisterOptions change what Register publishes; zero fields take the
// configuration's relays and networks and DefaultBundleLifetime.
type RegisterOptions struct {
	Relays   []string
	Networks [][32]byte
	Lifetime time.Duration
}

// RelayResult is one relay's answer to a publish.
type RelayResult struct {
	Relay   string
	OK      bool
	Message string // the relay's text: sanitise before showing
}

// Registration is what Register did.
type Registration struct {
	Bundle      *identity.Bundle
	Hash        [32]byte
	Fingerprint identity.Fingerprint
	Relays      []RelayResult
	// TxHash is the register transaction; zero when the chain already
	// named this bundle.
	TxHash [32]byte
}

// Register publishes the user's key bundle to the inbox relays and
// registers its hash on chain (when the chain does not name it already),
// waiting until the registration is final. It signs a new bundle when the
// relays or networks changed or the old one is close to expiry, and saves
// it in the data directory. At least one relay must accept the bundle.
func (c *Client) Register(ctx context.Context, o RegisterOptions) (*Registration, error) {
	ch, err := c.Chain(ctx)
	if err != nil {
		return nil, err
	}
	relays := normalizedRelays(o.Relays)
	if len(relays) == 0 {
		relays = normalizedRelays(c.cfg.Relays)
	}
	if len(relays) == 0 {
		return nil, fmt.Errorf("%w: set relays in the config (or pass them) before registering", ErrNoRelays)
	}
	networks := o.Networks
	if len(networks) == 0 {
		networks = c.cfg.NetworkIDs()
	}
	lifetime := o.Lifetime
	if lifetime <= 0 {
		lifetime = DefaultBundleLifetime
	}
	now := c.now()
	b, err := c.MyBundle()
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		c.log.Warn("replacing unreadable own bundle", "err", err)
	}
	if err != nil || b.KeyIndex != c.id.Index || !slices.Equal(b.InboxRelays, relays) || !slices.Equal(b.Networks, networks) ||
		b.ExpiresTime().Sub(now) < renewBefore {
		nb, err := c.id.NewSignedBundle(identity.BundleParams{InboxRelays: relays, Networks: networks,
			Created: now, Expires: now.Add(lifetime)})
		if err != nil {
			return nil, err
		}
		if err := c.saveBundle(nb); err != nil {
			return nil, err
		}
		b = nb
	}
	reg := &Registration{Bundle: b, Hash: b.Hash(), Fingerprint: b.Fingerprint()}
	ev, err := bundleEvent(b, c.transport, now)
	if err != nil {
		return nil, err
	}
	reg.Relays = c.publishAll(ctx, b.InboxRelays, ev)
	if !slices.ContainsFunc(reg.Relays, func(r RelayResult) bool { return r.OK }) {
		return reg, fmt.Errorf("%w: no inbox relay accepted the key bundle (%s)", ErrNotEnoughRelays, summarize(reg.Relays))
	}
	onChain, err := ch.BundleOf(ctx, c.me)
	if err != nil {
		return reg, err
	}
	if onChain != reg.Hash {
		r, err := ch.Transact(ctx, ch.ABI().PackRegister(reg.Hash), nil)
		if err != nil {
			return reg, contractError(err)
		}
		reg.TxHash = r.TxHash
		if onChain == ([32]byte{}) {
			// First registration: nobody could seal mail to this account
			// before it, so a new store reads logs from here.
			if err := c.recordScanFrom(ctx, r.BlockNumber.Uint64()); err != nil {
				return reg, err
			}
		}
	}
	// The user's own bundle is pinned like anyone's.
	if err := c.store.Pin(ctx, &store.PinnedBundle{Account: c.me, Hash: reg.Hash, Bundle: mustMarshal(b),
		Fingerprint: reg.Fingerprint, PinnedAt: now, CheckedAt: now}, b.SigningKey[:]); err != nil {
		return reg, err
	}
	return reg, nil
}

func mustMarshal(b *identity.Bundle) []byte {
	data, err := b.MarshalBinary()
	if err != nil {
		panic("client: a verified bundle does not marshal: " + err.Error())
	}
	return data
}

// publishAll posts e to every relay in parallel and returns their answers
// in the relays' order.
func (c *Client) publishAll(ctx context.Context, relays []string, e *wire.Event) []RelayResult {
	out := make([]RelayResult, len(relays))
	var wg sync.WaitGroup
	for i, u := range relays {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := c.relays.publish(ctx, u, e)
			out[i] = RelayResult{Relay: u, OK: r.OK, Message: r.Message}
			if err != nil {
				out[i].Message = err.Error()
			}
		}()
	}
	wg.Wait()
	return out
}

func summarize(rs []RelayResult) string {
	s := ""
	for i, r := range rs {
		if i > 0 {
			s += "; "
		}
		s += r.Relay + ": " + r.Message
	}
	return s
}

// Peer is an account whose key bundle the client checked against the chain.
type Peer struct {
	Account     common.Address
	Bundle      *identity.Bundle
	Hash        [32]byte
	Fingerprint identity.Fingerprint
	// Changed is set when the bundle differs from the one pinned before
	// (same keys: relays, networks or times changed; or new keys of someone
	// who is not a contact).
	Changed bool
}

// Resolve returns the account's key bundle as the chain names it: from the
// pinned copy when the chain still names it, else fetched from relays
// (hints first, then the contact's hints, the bundle's own relays and the
// configured relays), checked (signature, account, hash = bundleOf on
// chain) and pinned. A changed bundle with other keys for a contact is not
// pinned: the error is a *KeyChangedError until AcceptKeyChange.
func (c *Client) Resolve(ctx context.Context, account common.Address, hints ...string) (*Peer, error) {
	ch, err := c.Chain(ctx)
	if err != nil {
		return nil, err
	}
	want, err := ch.BundleOf(ctx, account)
	if err != nil {
		return nil, err
	}
	if want == ([32]byte{}) {
		return nil, fmt.Errorf("%w: %s", ErrNotRegistered, account.Hex())
	}
	pinned, err := c.store.Pinned(ctx, account)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return nil, err
	}
	now := c.now()
	if pinned != nil && pinned.Hash == want {
		b, err := identity.ParseBundle(pinned.Bundle)
		if err != nil {
			return nil, fmt.Errorf("client: pinned bundle of %s: %w", account.Hex(), err)
		}
		c.store.Touch(ctx, account, now)
		return &Peer{Account: account, Bundle: b, Hash: want, Fingerprint: b.Fingerprint()}, nil
	}
	if pinned != nil && pinned.NewHash == want {
		return nil, &KeyChangedError{Account: account, Old: pinned.Fingerprint, New: fingerprintOf(pinned.NewBundle)}
	}
	b, err := c.fetchBundle(ctx, account, want, c.bundleRelays(ctx, account, pinned, hints))
	if err != nil {
		return nil, err
	}
	if err := b.Validate(now); err != nil {
		return nil, fmt.Errorf("client: bundle of %s: %w", account.Hex(), err)
	}
	fp := b.Fingerprint()
	data := mustMarshal(b)
	peer := &Peer{Account: account, Bundle: b, Hash: want, Fingerprint: fp, Changed: pinned != nil}
	if pinned != nil && identity.Fingerprint(pinned.Fingerprint) != fp {
		c.emit(Event{Kind: EventKeyChanged, Account: account})
		if _, err := c.store.Contact(ctx, account); err == nil {
			if err := c.store.SetPendingBundle(ctx, account, want, data); err != nil {
				return nil, err
			}
			return nil, &KeyChangedError{Account: account, Old: pinned.Fingerprint, New: fp}
		}
	}
	if err := c.store.Pin(ctx, &store.PinnedBundle{Account: account, Hash: want, Bundle: data, Fingerprint: fp,
		PinnedAt: now, CheckedAt: now}, b.SigningKey[:]); err != nil {
		return nil, err
	}
	return peer, nil
}

func fingerprintOf(bundle []byte) identity.Fingerprint {
	b, err := identity.ParseBundle(bundle)
	if err != nil {
		return identity.Fingerprint{}
	}
	return b.Fingerprint()
}

// AcceptKeyChange pins a contact's changed bundle after the user compared
// the new fingerprint, and re-reads mail held for it. It returns the new
// fingerprint.
func (c *Client) AcceptKeyChange(ctx context.Context, account common.Address) (identity.Fingerprint, error) {
	pinned, err := c.store.Pinned(ctx, account)
	if err != nil {
		return identity.Fingerprint{}, err
	}
	if !pinned.HasPendingChange() {
		return pinned.Fingerprint, fmt.Errorf("client: no key change of %s is waiting", account.Hex())
	}
	ch, err := c.Chain(ctx)
	if err != nil {
		return identity.Fingerprint{}, err
	}
	want, err := ch.BundleOf(ctx, account)
	if err != nil {
		return identity.Fingerprint{}, err
	}
	if want != pinned.NewHash {
		return identity.Fingerprint{}, fmt.Errorf("client: the chain no longer names the bundle waiting for %s; resolve it again", account.Hex())
	}
	b, err := identity.ParseBundle(pinned.NewBundle)
	if err != nil {
		return identity.Fingerprint{}, err
	}
	now := c.now()
	if err := c.store.Pin(ctx, &store.PinnedBundle{Account: account, Hash: want, Bundle: pinned.NewBundle,
		Fingerprint: b.Fingerprint(), PinnedAt: now, CheckedAt: now}, b.SigningKey[:]); err != nil {
		return identity.Fingerprint{}, err
	}
	c.reprocess(ctx)
	return b.Fingerprint(), nil
}

// bundleRelays lists where to look for an account's bundle, best first.
func (c *Client) bundleRelays(ctx context.Context, account common.Address, pinned *store.PinnedBundle, hints []string) []string {
	var out []string
	add := func(us []string) {
		for _, u := range normalizedRelays(us) {
			if !slices.Contains(out, u) {
				out = append(out, u)
			}
		}
	}
	add(hints)
	if ct, err := c.store.Contact(ctx, account); err == nil {
		add(ct.Relays)
	}
	if pinned != nil {
		if b, err := identity.ParseBundle(pinned.Bundle); err == nil {
			add(b.InboxRelays)
		}
	}
	add(c.cfg.Relays)
	add(c.inboxRelays())
	return out
}

// fetchBundle asks each relay for the account's bundles and returns the
// one whose hash is want. Bundles for the account that the chain does not
// name are reported (EventSubstituted) and skipped.
func (c *Client) fetchBundle(ctx context.Context, account common.Address, want [32]byte, relays []string) (*identity.Bundle, error) {
	if len(relays) == 0 {
		return nil, fmt.Errorf("%w: nowhere to look for the bundle of %s", ErrNoRelays, account.Hex())
	}
	w := accountWord(account)
	f := wire.Filter{Kinds: []int{wire.KindBundle}, Tags: []wire.TagFilter{{Name: wire.TagAccount[0], Values: [][32]byte{w}}}}
	var substituted, failed []string
	for _, u := range relays {
		evs, err := c.relays.fetch(ctx, u, false, f, 16)
		if err != nil {
			failed = append(failed, u)
			continue
		}
		for _, r := range evs {
			b, ok := c.checkBundleEvent(r.Event, account)
			if ok && b.Hash() == want {
				return b, nil
			}
			substituted = append(substituted, u)
			c.emit(Event{Kind: EventSubstituted, Account: account, Relay: u})
		}
	}
	if len(substituted) > 0 {
		return nil, fmt.Errorf("%w: %s from %v (and none served the registered one)", ErrBundleSubstituted, account.Hex(), substituted)
	}
	return nil, fmt.Errorf("%w: %s (asked %d relays, %d unreachable)", ErrBundleNotFound, account.Hex(), len(relays), len(failed))
}

// checkBundleEvent parses and verifies a bundle event for account.
func (c *Client) checkBundleEvent(e *wire.Event, account common.Address) (*identity.Bundle, bool) {
	if e == nil || e.Kind != wire.KindBundle || len(e.Content) > 2*identity.MaxInboxRelays*identity.MaxRelayURLLength+8192 {
		return nil, false
	}
	data, err := base64.StdEncoding.Strict().DecodeString(e.Content)
	if err != nil {
		return nil, false
	}
	b, err := identity.ParseBundle(data)
	if err != nil || b.Account != account || b.Verify() != nil {
		return nil, false
	}
	return b, true
}
