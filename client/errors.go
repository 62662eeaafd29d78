package client

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client/chain"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/pricing"
)

// Errors callers switch on with errors.Is. Refusals of a payment (blocked,
// below minimum, short of funds, fee above cap, daily cap) come before any
// money moves. Where the contract refused, the error also matches the
// contract's named error (contracts.ErrBlocked, …).
var (
	// ErrBlocked: the recipient blocks the sender.
	ErrBlocked = errors.New("the recipient blocks mail from you")
	// ErrBelowMinimum: cold mail from a sender whose reputation is below
	// the recipient's minimum.
	ErrBelowMinimum = errors.New("your reputation is below the recipient's minimum for first contact")
	// ErrShortOfFunds: the b-mail balance does not cover the payment.
	ErrShortOfFunds = errors.New("your b-mail balance does not cover the payment: deposit more")
	// ErrNoGas: the account has no ether for transaction gas.
	ErrNoGas = chain.ErrNoGas
	// ErrFeeAboveCap: the fee is above the per-message cap or the maxFee
	// signed for it (the fee rose).
	ErrFeeAboveCap = errors.New("the fee is above your cap for one message")
	// ErrDailyCap: the payment would pass the spending cap for today.
	ErrDailyCap = errors.New("the payment would pass your spending cap for today")
	// ErrNotRegistered: the account has no key bundle on chain.
	ErrNotRegistered = errors.New("the account has not registered a key bundle")
	// ErrBundleNotFound: no relay served the bundle the chain names.
	ErrBundleNotFound = errors.New("no relay served the key bundle registered on chain")
	// ErrBundleSubstituted: a relay served a bundle for the account that the
	// chain does not name (old, altered or forged).
	ErrBundleSubstituted = errors.New("a relay served a key bundle that does not match the chain")
	// ErrKeyChanged: a contact's keys changed; see KeyChangedError.
	ErrKeyChanged = errors.New("a contact's keys changed")
	// ErrNoRelays: no relay to publish to or read from.
	ErrNoRelays = errors.New("no relays configured")
	// ErrNotEnoughRelays: fewer relays than required accepted an envelope.
	ErrNotEnoughRelays = errors.New("not enough relays accepted the envelope")
	// ErrCancelled: the outbox item was cancelled.
	ErrCancelled = errors.New("cancelled")
	// ErrTooLate: the outbox item cannot be cancelled any more (paying).
	ErrTooLate = errors.New("payment already started")
	// ErrUnknownRecipient: a To or Cc entry is neither an address, a
	// contact string nor a contact's name.
	ErrUnknownRecipient = errors.New("unknown recipient")
	// ErrNotAckable: no paid mail from that sender is waiting for an ack.
	ErrNotAckable = errors.New("no paid mail from this sender waits for your verdict")
	// ErrAckWindowClosed: the ack window of the mail has passed.
	ErrAckWindowClosed = errors.New("the ack window has closed")
	// ErrSpamNotAllowed: spam marks count only on cold mail, once per window.
	ErrSpamNotAllowed = errors.New("this mail cannot be marked spam (not cold, or already marked)")
	// ErrOrdersUnsupported: no way to hand orders to the configured batcher.
	ErrOrdersUnsupported = errors.New("cannot hand payment orders to the batcher")
	// ErrNoCachedQuote: QuoteCached has no chain state for the recipient.
	ErrNoCachedQuote = errors.New("no cached chain state for this recipient: quote online first")
	// ErrWithdrawalNotReady: the second step of a withdrawal came too early.
	ErrWithdrawalNotReady = errors.New("the withdrawal is not ready yet")
	// ErrNoChain and ErrNoDevnet: no chain is configured (config errors).
	ErrNoChain  = config.ErrNoChain
	ErrNoDevnet = config.ErrNoDevnet
)

// KeyChangedError says a contact's keys changed. Sending to them and
// showing their new mail waits until the user compares the fingerprints
// (out of band) and calls AcceptKeyChange.
type KeyChangedError struct {
	Account  common.Address
	Old, New identity.Fingerprint
}

func (e *KeyChangedError) Error() string {
	return fmt.Sprintf("the keys of contact %s changed: fingerprint was %s, is now %s; compare it with them, then accept the change",
		e.Account.Hex(), e.Old, e.New)
}

// Unwrap lets errors.Is match ErrKeyChanged.
func (e *KeyChangedError) Unwrap() error { return ErrKeyChanged }

// contractError maps the contract's named errors (and pricing's refusals)
// to the client's sentinels, keeping the original in the chain.
func contractError(err error) error {
	if err == nil {
		return nil
	}
	for _, m := range []struct {
		from []error
		to   error
	}{
		{[]error{contracts.ErrBlocked, pricing.ErrBlocked}, ErrBlocked},
		{[]error{contracts.ErrBelowMinReputation, pricing.ErrBelowMinRep}, ErrBelowMinimum},
		{[]error{contracts.ErrInsufficientBalance}, ErrShortOfFunds},
		{[]error{contracts.ErrFeeAboveMax}, ErrFeeAboveCap},
		{[]error{contracts.ErrNoPendingMail, contracts.ErrAlreadyAcked}, ErrNotAckable},
		{[]error{contracts.ErrAckWindowClosed}, ErrAckWindowClosed},
		{[]error{contracts.ErrNotColdMail, contracts.ErrSpamAlreadyMarked}, ErrSpamNotAllowed},
		{[]error{contracts.ErrWithdrawalNotReady}, ErrWithdrawalNotReady},
	} {
		for _, f := range m.from {
			if errors.Is(err, f) {
				return fmt.Errorf("%w: %w", m.to, err)
			}
		}
	}
	return err
}
