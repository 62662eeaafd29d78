package client

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/pricing"
)

// The contact protocol (SPEC.md §9). Free mail flows from A to B only when
// B's client will show it, that is when A is on B's contact list. B tells A
// so with a contact grant: a free envelope (S in the wrap, no chain
// transaction) from B to A whose signed inner message has the subject
// GrantSubject and the body GrantAccept (or GrantRevoke when B removes A).
// A's client opens free envelopes from anyone, applies a grant whose signer
// B's registered bundle certifies, and never shows it; the newest signed
// time wins, so an old grant cannot be replayed over a revocation. A sends
// free mail to B while B's latest grant accepts; B shows unpaid mail only
// from senders on B's own list.
const (
	GrantSubject = "b-mail/v1/contact-grant"
	GrantAccept  = "accept"
	GrantRevoke  = "revoke"
)

// Contact is an entry of the user's contact list with what the client
// knows about them. Name is the user's own label; the rest is checked.
type Contact struct {
	Account common.Address
	Name    string
	Relays  []string
	// Fingerprint of the pinned bundle (zero when none is pinned yet).
	Fingerprint identity.Fingerprint
	// KeyChanged: the chain names a bundle with other keys, waiting for
	// AcceptKeyChange; NewFingerprint is its fingerprint.
	KeyChanged     bool
	NewFingerprint identity.Fingerprint
	// TheyAccept: their latest grant says they accept free mail from the
	// user. Mutual: that, and they are on the user's list (always true
	// here): mail between the two is free both ways.
	TheyAccept bool
	Mutual     bool
	// GrantDelivered: the user's grant reached their relays.
	GrantDelivered bool
	Blocked        bool
}

// AddContactRequest names who to add: an address, or a contact string
// (which may also carry a fingerprint to check and relay hints).
type AddContactRequest struct {
	Who  string // "0x…" address or a contact string
	Name string
}

// AddContact resolves the account's bundle (checking the fingerprint a
// contact string carries), puts the account on the contact list and sends
// it a contact grant (free control mail) so that it can write to the user
// for free. The grant is an outbox item: if no relay takes it now, Run or
// ResumeOutbox delivers it later.
func (c *Client) AddContact(ctx context.Context, r AddContactRequest) (*Contact, error) {
	acct, card, err := parseWho(r.Who)
	if err != nil {
		return nil, err
	}
	if acct == c.me {
		return nil, errors.New("client: you cannot add yourself as a contact")
	}
	var hints []string
	if card != nil {
		hints = card.Relays
	}
	peer, err := c.Resolve(ctx, acct, hints...)
	if err != nil {
		return nil, err
	}
	if card != nil && card.Fingerprint != nil && *card.Fingerprint != peer.Fingerprint {
		return nil, fmt.Errorf("client: the keys registered for %s have fingerprint %s, not %s as the contact string says",
			acct.Hex(), peer.Fingerprint, *card.Fingerprint)
	}
	ct, err := c.store.Contact(ctx, acct)
	if errors.Is(err, store.ErrNotFound) {
		ct = &store.Contact{Account: acct, AddedAt: c.now()}
	} else if err != nil {
		return nil, err
	}
	if r.Name != "" {
		ct.Name = r.Name
	}
	if len(hints) > 0 {
		ct.Relays = hints
	}
	if err := c.store.PutContact(ctx, ct); err != nil {
		return nil, err
	}
	if _, err := c.enqueueGrant(ctx, acct, true); err != nil {
		return nil, err
	}
	c.runPending(ctx)
	c.reprocess(ctx) // free mail they sent before they were added shows now
	return c.Contact(ctx, acct)
}

// parseWho reads an address or a contact string.
func parseWho(s string) (common.Address, *ContactCard, error) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, ContactScheme) {
		k, err := ParseContactString(s)
		if err != nil {
			return common.Address{}, nil, err
		}
		return k.Account, k, nil
	}
	if common.IsHexAddress(s) && strings.HasPrefix(s, "0x") {
		a := common.HexToAddress(s)
		if a != (common.Address{}) {
			return a, nil, nil
		}
	}
	return common.Address{}, nil, fmt.Errorf("%w: %q is neither a 0x address nor a contact string", ErrUnknownRecipient, truncate(s, 60))
}

// RemoveContact takes the account off the contact list and sends it a
// revocation, so its client pays again; its unpaid mail is held back from
// now on.
func (c *Client) RemoveContact(ctx context.Context, account common.Address) error {
	if err := c.store.DeleteContact(ctx, account); err != nil {
		return err
	}
	if _, err := c.enqueueGrant(ctx, account, false); err != nil {
		return err
	}
	c.runPending(ctx)
	return nil
}

// RenameContact sets the user's local name for a contact.
func (c *Client) RenameContact(ctx context.Context, account common.Address, name string) error {
	ct, err := c.store.Contact(ctx, account)
	if err != nil {
		return err
	}
	ct.Name = name
	return c.store.PutContact(ctx, ct)
}

// Contact returns one contact with its details.
func (c *Client) Contact(ctx context.Context, account common.Address) (*Contact, error) {
	ct, err := c.store.Contact(ctx, account)
	if err != nil {
		return nil, err
	}
	return c.contactDetails(ctx, ct)
}

// Contacts lists the contact list with details.
func (c *Client) Contacts(ctx context.Context) ([]Contact, error) {
	cs, err := c.store.Contacts(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Contact, 0, len(cs))
	for i := range cs {
		d, err := c.contactDetails(ctx, &cs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, *d)
	}
	return out, nil
}

func (c *Client) contactDetails(ctx context.Context, ct *store.Contact) (*Contact, error) {
	d := &Contact{Account: ct.Account, Name: ct.Name, Relays: ct.Relays, GrantDelivered: ct.GrantSentAt != 0}
	if p, err := c.store.Pinned(ctx, ct.Account); err == nil {
		d.Fingerprint = p.Fingerprint
		if p.HasPendingChange() {
			d.KeyChanged, d.NewFingerprint = true, fingerprintOf(p.NewBundle)
		}
	} else if !errors.Is(err, store.ErrNotFound) {
		return nil, err
	}
	g, err := c.store.Grant(ctx, ct.Account)
	if err != nil {
		return nil, err
	}
	d.TheyAccept = g.Accepts
	d.Mutual = g.Accepts
	if d.Blocked, err = c.store.IsBlocked(ctx, ct.Account); err != nil {
		return nil, err
	}
	return d, nil
}

// ContactByName finds a contact by local name (case-insensitive, exact).
func (c *Client) ContactByName(ctx context.Context, name string) (*Contact, error) {
	cs, err := c.store.Contacts(ctx)
	if err != nil {
		return nil, err
	}
	var found *store.Contact
	for i := range cs {
		if strings.EqualFold(cs[i].Name, name) {
			if found != nil {
				return nil, fmt.Errorf("%w: two contacts are named %q", ErrUnknownRecipient, name)
			}
			found = &cs[i]
		}
	}
	if found == nil {
		return nil, fmt.Errorf("%w: no contact named %q", ErrUnknownRecipient, name)
	}
	return c.contactDetails(ctx, found)
}

// ParseRecipient reads what a user typed in To or Cc: a 0x address (any
// case), a contact string, or a contact's local name. It returns the
// account and the relay hints a contact string carries.
func (c *Client) ParseRecipient(ctx context.Context, s string) (common.Address, []string, error) {
	s = strings.TrimSpace(s)
	if a, card, err := parseWho(s); err == nil {
		if card != nil {
			return a, card.Relays, nil
		}
		return a, nil, nil
	} else if strings.HasPrefix(s, ContactScheme) {
		return common.Address{}, nil, err
	}
	ct, err := c.ContactByName(ctx, s)
	if err != nil {
		return common.Address{}, nil, err
	}
	return ct.Account, ct.Relays, nil
}

// TheyAccept reports whether account's latest grant accepts free mail from
// the user.
func (c *Client) theyAccept(ctx context.Context, account common.Address) (bool, error) {
	g, err := c.store.Grant(ctx, account)
	return g.Accepts, err
}

// isContact reports whether account is on the user's list and not blocked.
func (c *Client) isContact(ctx context.Context, account common.Address) (bool, error) {
	if _, err := c.store.Contact(ctx, account); errors.Is(err, store.ErrNotFound) {
		return false, nil
	} else if err != nil {
		return false, err
	}
	blocked, err := c.store.IsBlocked(ctx, account)
	return !blocked, err
}

// ---- blocking and minimum reputation (on chain) ----

// Block makes the contract refuse the sender's mail to the user (paid or
// ordered), and hides their unpaid mail.
func (c *Client) Block(ctx context.Context, sender common.Address) error {
	return c.setBlocked(ctx, sender, true)
}

// Unblock lifts a block.
func (c *Client) Unblock(ctx context.Context, sender common.Address) error {
	return c.setBlocked(ctx, sender, false)
}

func (c *Client) setBlocked(ctx context.Context, sender common.Address, blocked bool) error {
	ch, err := c.Chain(ctx)
	if err != nil {
		return err
	}
	if _, err := ch.Transact(ctx, ch.ABI().PackBlockSender(sender, blocked), nil); err != nil {
		return contractError(err)
	}
	return c.store.SetBlocked(ctx, sender, blocked)
}

// BlockList lists the senders this client blocked.
func (c *Client) BlockList(ctx context.Context) ([]common.Address, error) {
	return c.store.Blocked(ctx)
}

// SetMinReputation sets the reputation a stranger needs to reach the user
// with cold mail.
func (c *Client) SetMinReputation(ctx context.Context, minimum uint64) error {
	ch, err := c.Chain(ctx)
	if err != nil {
		return err
	}
	_, err = ch.Transact(ctx, ch.ABI().PackSetMinReputation(minimum), nil)
	return contractError(err)
}

// MinReputation reads the user's first-contact minimum from the chain.
func (c *Client) MinReputation(ctx context.Context) (uint64, error) {
	ch, err := c.Chain(ctx)
	if err != nil {
		return 0, err
	}
	w, err := ch.Words(ctx, c.me, c.me)
	if err != nil {
		return 0, err
	}
	return pricing.ParseStanding(w.Standing).MinRep, nil
}
