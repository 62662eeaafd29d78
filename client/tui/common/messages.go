package common

import (
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/sanitize"
)

// Messages every page may send; the app routes them. Each page package owns
// its other messages.
type (
	// ErrorMsg shows an error inline, with the next step to take.
	ErrorMsg struct {
		Err  error
		Hint string
		// Known is the client's sentinel Err matched, when one did: its
		// text is the plain sentence for the error (Err may wrap it with
		// the layers' own words).
		Known error
	}
	// InfoMsg shows a short notice in the status area.
	InfoMsg struct{ Text string }
	// OpenMessageMsg opens a message in the reader.
	OpenMessageMsg struct{ ID int64 }
	// ComposeMsg opens the composer on a draft (nil: a new message).
	ComposeMsg struct{ Draft *client.Draft }
	// ShowPageMsg switches to a page (and, for mail, a folder).
	ShowPageMsg struct {
		Page   PageID
		Folder Folder
	}
	// BackMsg leaves the reader or the composer.
	BackMsg struct{}
	// RefreshMsg asks every page to reload what it shows from the store.
	RefreshMsg struct{}
	// SentMsg: an outbox item was queued and is being driven.
	SentMsg struct{ OutboxID int64 }
	// CopyMsg copies text to the terminal's clipboard (OSC 52).
	CopyMsg struct{ Text, What string }
)

// ErrorCmd returns a command that shows err with the advice for it.
func ErrorCmd(err error) tea.Cmd {
	if err == nil {
		return nil
	}
	return func() tea.Msg { return Explain(err) }
}

// InfoCmd returns a command that shows a notice.
func InfoCmd(format string, a ...any) tea.Cmd {
	text := fmt.Sprintf(format, a...)
	return func() tea.Msg { return InfoMsg{Text: text} }
}

// Cmd wraps a message as a command.
func Cmd(m tea.Msg) tea.Cmd { return func() tea.Msg { return m } }

// Explain attaches the next step to the errors users meet. The error text
// may quote relays or senders: it is sanitised where it is shown.
func Explain(err error) ErrorMsg {
	var kc *client.KeyChangedError
	if errors.As(err, &kc) {
		return ErrorMsg{Err: err, Hint: fmt.Sprintf("compare the new fingerprint %s with them out of band, then accept it on the Contacts screen (K)", kc.New)}
	}
	for _, m := range []struct {
		err  error
		hint string
	}{
		{client.ErrBlocked, "only they can unblock you: ask them by other means; nothing was paid"},
		{client.ErrBelowMinimum, "earn reputation with mail people value, or ask them to add you as a contact; nothing was paid"},
		{client.ErrShortOfFunds, "deposit on the Account screen (3, then D); nothing was paid"},
		{client.ErrNoGas, "the account needs ether for gas; on a dev network run `bmail devnet fund`"},
		{client.ErrFeeAboveCap, "raise max_fee_per_message_gwei in the config, or try later; nothing was paid"},
		{client.ErrDailyCap, "today's spending cap is reached: raise max_spend_per_day_gwei or wait until tomorrow (UTC)"},
		{client.ErrNotRegistered, "they have not registered keys yet; ask them to run b-mail once"},
		{client.ErrBundleSubstituted, "a relay served keys the chain does not name; try again, or use other relays"},
		{client.ErrNotEnoughRelays, "the message stays in the outbox, nothing was paid; retry from the Outbox (r)"},
		{client.ErrUnknownRecipient, "write a 0x address, a contact string (bmail:0x…) or a contact's name"},
		{client.ErrNotAckable, "only paid mail you received, with no verdict yet, can be acked"},
		{client.ErrAckWindowClosed, "the ack window has closed; nothing was changed"},
		{client.ErrSpamNotAllowed, "spam marks count only on cold mail, once per window; abstain instead"},
		{client.ErrTooLate, "payment already started; wait for it in the Outbox"},
		{client.ErrWithdrawalNotReady, "the Account screen shows when the withdrawal is ready"},
		{client.ErrNoRelays, "configure inbox relays (relays in config.json or BMAIL_RELAYS), then register"},
		{client.ErrNoCachedQuote, "the quote needs the chain once; it updates when the chain is reachable"},
		{config.ErrNoChain, "configure chain.rpc_url, chain.chain_id and chain.contract (or try `bmail try`)"},
		{config.ErrNoDevnet, "start `bmail devnet` for this profile in another terminal"},
	} {
		if errors.Is(err, m.err) {
			return ErrorMsg{Err: err, Hint: m.hint, Known: m.err}
		}
	}
	return ErrorMsg{Err: err}
}

// Text is the error's one-line text, sanitised.
func (e ErrorMsg) Text() string { return sanitize.Line(e.Err.Error()) }

// Sentence is the error in one plain sentence: the known error's own text
// when the error is one the user meets (not the chain of wrapped causes
// after it), else the whole text; sanitised.
func (e ErrorMsg) Sentence() string {
	if e.Known != nil {
		return sanitize.Line(e.Known.Error())
	}
	return e.Text()
}

// Problem is an error short enough for one line beside a name: a
// contact's changed keys name the contact by the user's local name and the
// step to take (the full error quotes both fingerprints); other errors are
// their sanitised text.
func (c *Common) Problem(err error) string {
	var kc *client.KeyChangedError
	if errors.As(err, &kc) {
		return fmt.Sprintf("keys of %s changed: compare on Contacts (2), K accepts", c.Name(kc.Account))
	}
	return Explain(err).Text()
}
