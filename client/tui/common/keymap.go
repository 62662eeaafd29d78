package common

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
)

// Scope is where a binding is active. Global bindings are active on every
// screen unless a text field has the focus; a page's bindings are active on
// that page, together with the bindings of its parent scopes.
type Scope string

// Scopes.
const (
	ScopeAlways   Scope = "always" // even while a text field has the focus
	ScopeGlobal   Scope = "global"
	ScopeFolders  Scope = "folders" // the mail screen's folder row (mail and outbox)
	ScopeMail     Scope = "mail"
	ScopeOutbox   Scope = "outbox"
	ScopeReader   Scope = "reader"
	ScopeAck      Scope = "ack" // the ack chooser in the reader
	ScopeCompose  Scope = "compose"
	ScopeReview   Scope = "review"
	ScopeContacts Scope = "contacts"
	ScopeAccount  Scope = "account"
	ScopeRelays   Scope = "relays"
)

// parents says which other scopes are active together with a scope: two
// bindings conflict when they share a key and their scopes are active at the
// same time.
var parents = map[Scope][]Scope{
	ScopeAlways:   nil,
	ScopeGlobal:   nil,
	ScopeFolders:  {ScopeGlobal},
	ScopeMail:     {ScopeGlobal, ScopeFolders},
	ScopeOutbox:   {ScopeGlobal, ScopeFolders},
	ScopeReader:   {ScopeGlobal},
	ScopeAck:      nil, // a modal chooser: only its own keys
	ScopeCompose:  nil, // text fields have the focus: only its own keys
	ScopeReview:   {ScopeGlobal},
	ScopeContacts: {ScopeGlobal},
	ScopeAccount:  {ScopeGlobal},
	ScopeRelays:   {ScopeGlobal},
}

// KeyMap is the one key map of the UI: it feeds the help bar, the `?`
// overlay and every page's key handling. Defaults follow mutt and aerc
// habits; a keys file changes them (LoadKeyMap).
type KeyMap struct {
	// global
	Help, Suspend, Interrupt, Sync, Compose             key.Binding
	TabMail, TabContacts, TabAccount, TabRelays         key.Binding
	Up, Down, PageUp, PageDown, Top, Bottom, Open, Back key.Binding
	// folders (mail and outbox)
	Quit, NextFolder, PrevFolder key.Binding
	// mail list
	Search, FilterUnread, FilterPaid, FilterFrom, ClearFilters key.Binding
	ToggleRead, Archive, Delete, Reply, ReplyAll, Forward      key.Binding
	// outbox
	Retry, Cancel key.Binding
	// reader
	ReaderBack, AckMenu, Undo, SubmitAck, AddContact, Block, Links, Save key.Binding
	CopyAddress, CopyFingerprint, Find, FindNext, FindPrev               key.Binding
	ThreadNext, ThreadPrev, ReaderReply, ReaderReplyAll, ReaderForward   key.Binding
	ReaderArchive, ReaderDelete                                          key.Binding
	// ack chooser
	Valuable, Spam, Abstain, AckCancel key.Binding
	// compose
	NextField, PrevField, Complete, Editor, Review, CloseCompose key.Binding
	// review
	Confirm, Edit key.Binding
	// contacts
	ContactsQuit, ContactAdd, ContactRename, ContactRemove, ContactAcceptKey key.Binding
	ContactBlock, CopyContactString                                          key.Binding
	// account
	AccountQuit, Deposit, Claim, Withdraw, CompleteWithdraw, Register key.Binding
	// relays
	RelaysQuit key.Binding
}

func b(help string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(keyLabel(keys), help))
}

// keyLabel is what the help shows for keys: the first two, joined.
func keyLabel(keys []string) string {
	if len(keys) > 2 {
		keys = keys[:2]
	}
	return strings.Join(keys, "/")
}

// DefaultKeyMap returns the default bindings.
func DefaultKeyMap() *KeyMap {
	return &KeyMap{
		Help:        b("help", "?"),
		Suspend:     b("suspend", "ctrl+z"),
		Interrupt:   b("quit now", "ctrl+c"),
		Sync:        b("sync", "$"),
		Compose:     b("compose", "m"),
		TabMail:     b("mail", "1"),
		TabContacts: b("contacts", "2"),
		TabAccount:  b("account", "3"),
		TabRelays:   b("relays", "4"),
		Up:          b("up", "k", "up"),
		Down:        b("down", "j", "down"),
		PageUp:      b("page up", "pgup", "ctrl+b"),
		PageDown:    b("page down", "pgdown", "ctrl+f", "space"),
		Top:         b("top", "g", "home"),
		Bottom:      b("bottom", "G", "end"),
		Open:        b("open", "enter"),
		Back:        b("back", "esc"),

		Quit:       b("quit", "q"),
		NextFolder: b("next folder", "tab", "l"),
		PrevFolder: b("prev folder", "shift+tab", "h"),

		Search:       b("search", "/"),
		FilterUnread: b("unread only", "U"),
		FilterPaid:   b("paid only", "P"),
		FilterFrom:   b("from sender", "F"),
		ClearFilters: b("clear filters", "C"),
		ToggleRead:   b("read/unread", "N"),
		Archive:      b("archive", "a"),
		Delete:       b("delete", "d"),
		Reply:        b("reply", "r"),
		ReplyAll:     b("reply all", "R"),
		Forward:      b("forward", "f"),

		Retry:  b("retry", "r"),
		Cancel: b("cancel send", "x"),

		ReaderBack:      b("back", "q"),
		AckMenu:         b("ack", "A"),
		Undo:            b("undo ack", "u"),
		SubmitAck:       b("submit ack now", "!"),
		AddContact:      b("add contact", "c"),
		Block:           b("block sender", "B"),
		Links:           b("links", "L"),
		Save:            b("save", "s"),
		CopyAddress:     b("copy address", "y"),
		CopyFingerprint: b("copy fingerprint", "Y"),
		Find:            b("find", "/"),
		FindNext:        b("next match", "n"),
		FindPrev:        b("prev match", "N"),
		ThreadNext:      b("next in thread", "]"),
		ThreadPrev:      b("prev in thread", "["),
		ReaderReply:     b("reply", "r"),
		ReaderReplyAll:  b("reply all", "R"),
		ReaderForward:   b("forward", "f"),
		ReaderArchive:   b("archive", "a"),
		ReaderDelete:    b("delete", "d"),

		Valuable:  b("valuable", "v"),
		Spam:      b("spam", "s"),
		Abstain:   b("abstain", "n"),
		AckCancel: b("cancel", "esc", "q"),

		NextField:    b("next field", "tab"),
		PrevField:    b("prev field", "shift+tab"),
		Complete:     b("complete", "ctrl+n"),
		Editor:       b("$EDITOR", "ctrl+e"),
		Review:       b("review & send", "ctrl+r"),
		CloseCompose: b("close (draft kept)", "esc"),

		Confirm: b("pay & send", "y"),
		Edit:    b("edit", "e"),

		ContactsQuit:      b("quit", "q"),
		ContactAdd:        b("add", "a"),
		ContactRename:     b("rename", "e"),
		ContactRemove:     b("remove", "d"),
		ContactAcceptKey:  b("accept new keys", "K"),
		ContactBlock:      b("block/unblock", "B"),
		CopyContactString: b("copy my contact string", "y"),

		AccountQuit:      b("quit", "q"),
		Deposit:          b("deposit", "D"),
		Claim:            b("claim", "c"),
		Withdraw:         b("withdraw", "w"),
		CompleteWithdraw: b("complete withdrawal", "W"),
		Register:         b("register keys", "R"),

		RelaysQuit: b("quit", "q"),
	}
}

// action is one rebindable binding: its file name and scope.
type action struct {
	id    string
	scope Scope
	b     *key.Binding
}

// actions lists every binding with the name a keys file uses for it.
func (k *KeyMap) actions() []action {
	return []action{
		{"help", ScopeGlobal, &k.Help}, {"suspend", ScopeAlways, &k.Suspend}, {"interrupt", ScopeAlways, &k.Interrupt},
		{"sync", ScopeGlobal, &k.Sync}, {"compose", ScopeGlobal, &k.Compose},
		{"tab.mail", ScopeGlobal, &k.TabMail}, {"tab.contacts", ScopeGlobal, &k.TabContacts},
		{"tab.account", ScopeGlobal, &k.TabAccount}, {"tab.relays", ScopeGlobal, &k.TabRelays},
		{"up", ScopeGlobal, &k.Up}, {"down", ScopeGlobal, &k.Down}, {"page-up", ScopeGlobal, &k.PageUp},
		{"page-down", ScopeGlobal, &k.PageDown}, {"top", ScopeGlobal, &k.Top}, {"bottom", ScopeGlobal, &k.Bottom},
		{"open", ScopeGlobal, &k.Open}, {"back", ScopeGlobal, &k.Back},

		{"folders.quit", ScopeFolders, &k.Quit}, {"folders.next", ScopeFolders, &k.NextFolder},
		{"folders.prev", ScopeFolders, &k.PrevFolder},

		{"mail.search", ScopeMail, &k.Search}, {"mail.filter-unread", ScopeMail, &k.FilterUnread},
		{"mail.filter-paid", ScopeMail, &k.FilterPaid}, {"mail.filter-from", ScopeMail, &k.FilterFrom},
		{"mail.clear-filters", ScopeMail, &k.ClearFilters}, {"mail.toggle-read", ScopeMail, &k.ToggleRead},
		{"mail.archive", ScopeMail, &k.Archive}, {"mail.delete", ScopeMail, &k.Delete},
		{"mail.reply", ScopeMail, &k.Reply}, {"mail.reply-all", ScopeMail, &k.ReplyAll}, {"mail.forward", ScopeMail, &k.Forward},

		{"outbox.retry", ScopeOutbox, &k.Retry}, {"outbox.cancel", ScopeOutbox, &k.Cancel},

		{"reader.back", ScopeReader, &k.ReaderBack}, {"reader.ack", ScopeReader, &k.AckMenu},
		{"reader.undo-ack", ScopeReader, &k.Undo}, {"reader.submit-ack", ScopeReader, &k.SubmitAck},
		{"reader.add-contact", ScopeReader, &k.AddContact}, {"reader.block", ScopeReader, &k.Block},
		{"reader.links", ScopeReader, &k.Links}, {"reader.save", ScopeReader, &k.Save},
		{"reader.copy-address", ScopeReader, &k.CopyAddress}, {"reader.copy-fingerprint", ScopeReader, &k.CopyFingerprint},
		{"reader.find", ScopeReader, &k.Find}, {"reader.find-next", ScopeReader, &k.FindNext},
		{"reader.find-prev", ScopeReader, &k.FindPrev}, {"reader.thread-next", ScopeReader, &k.ThreadNext},
		{"reader.thread-prev", ScopeReader, &k.ThreadPrev}, {"reader.reply", ScopeReader, &k.ReaderReply},
		{"reader.reply-all", ScopeReader, &k.ReaderReplyAll}, {"reader.forward", ScopeReader, &k.ReaderForward},
		{"reader.archive", ScopeReader, &k.ReaderArchive}, {"reader.delete", ScopeReader, &k.ReaderDelete},

		{"ack.valuable", ScopeAck, &k.Valuable}, {"ack.spam", ScopeAck, &k.Spam},
		{"ack.abstain", ScopeAck, &k.Abstain}, {"ack.cancel", ScopeAck, &k.AckCancel},

		{"compose.next-field", ScopeCompose, &k.NextField}, {"compose.prev-field", ScopeCompose, &k.PrevField},
		{"compose.complete", ScopeCompose, &k.Complete}, {"compose.editor", ScopeCompose, &k.Editor},
		{"compose.review", ScopeCompose, &k.Review}, {"compose.close", ScopeCompose, &k.CloseCompose},

		{"review.confirm", ScopeReview, &k.Confirm}, {"review.edit", ScopeReview, &k.Edit},

		{"contacts.quit", ScopeContacts, &k.ContactsQuit}, {"contacts.add", ScopeContacts, &k.ContactAdd},
		{"contacts.rename", ScopeContacts, &k.ContactRename}, {"contacts.remove", ScopeContacts, &k.ContactRemove},
		{"contacts.accept-key", ScopeContacts, &k.ContactAcceptKey}, {"contacts.block", ScopeContacts, &k.ContactBlock},
		{"contacts.copy-contact-string", ScopeContacts, &k.CopyContactString},

		{"account.quit", ScopeAccount, &k.AccountQuit}, {"account.deposit", ScopeAccount, &k.Deposit},
		{"account.claim", ScopeAccount, &k.Claim}, {"account.withdraw", ScopeAccount, &k.Withdraw},
		{"account.complete-withdrawal", ScopeAccount, &k.CompleteWithdraw}, {"account.register", ScopeAccount, &k.Register},

		{"relays.quit", ScopeRelays, &k.RelaysQuit},
	}
}

// Errors of a keys file.
var (
	ErrKeyConflict   = errors.New("key bound twice")
	ErrUnknownAction = errors.New("unknown action")
	ErrKeysFile      = errors.New("malformed keys file")
)

// MaxKeysFile bounds a keys file.
const MaxKeysFile = 64 << 10

// LoadKeyMap reads a keys file over the defaults: a JSON object from action
// names ("mail.archive", "reader.ack", … as listed by `bmail tui --keys-help`)
// to a key or a list of keys ("a", ["a", "ctrl+a"]; an empty list unbinds).
// A missing file gives the defaults. Unknown actions and keys bound to two
// actions that are active at the same time are refused, naming both.
func LoadKeyMap(path string) (*KeyMap, error) {
	k := DefaultKeyMap()
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return k, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxKeysFile+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxKeysFile {
		return nil, fmt.Errorf("%s: %w: larger than %d bytes", path, ErrKeysFile, MaxKeysFile)
	}
	if err := k.Apply(data); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return k, nil
}

// Apply changes bindings from a keys file's JSON and validates the result.
func (k *KeyMap) Apply(data []byte) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("%w: %v", ErrKeysFile, err)
	}
	byID := map[string]action{}
	for _, a := range k.actions() {
		byID[a.id] = a
	}
	ids := make([]string, 0, len(raw))
	for id := range raw {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a, ok := byID[id]
		if !ok {
			return fmt.Errorf("%w %q", ErrUnknownAction, id)
		}
		var keys []string
		var one string
		if err := json.Unmarshal(raw[id], &one); err == nil {
			keys = []string{one}
		} else if err := json.Unmarshal(raw[id], &keys); err != nil {
			return fmt.Errorf("%w: %q: want a key or a list of keys", ErrKeysFile, id)
		}
		for _, s := range keys {
			if s == "" || strings.TrimSpace(s) != s || len(s) > 32 {
				return fmt.Errorf("%w: %q: bad key %q", ErrKeysFile, id, s)
			}
		}
		if len(keys) == 0 {
			a.b.Unbind()
			a.b.SetEnabled(false)
			continue
		}
		a.b.SetKeys(keys...)
		a.b.SetHelp(keyLabel(keys), a.b.Help().Desc)
	}
	return k.Validate()
}

// Validate refuses a key bound to two actions that are active at once.
func (k *KeyMap) Validate() error {
	acts := k.actions()
	var errs []error
	for i, a := range acts {
		for _, o := range acts[i+1:] {
			if !together(a.scope, o.scope) {
				continue
			}
			for _, ka := range a.b.Keys() {
				if slices.Contains(o.b.Keys(), ka) {
					errs = append(errs, fmt.Errorf("%w: %q is bound to %s and %s", ErrKeyConflict, ka, a.id, o.id))
				}
			}
		}
	}
	return errors.Join(errs...)
}

// together reports whether two scopes are ever active at the same time.
func together(a, b Scope) bool {
	return a == b || a == ScopeAlways || b == ScopeAlways ||
		slices.Contains(parents[a], b) || slices.Contains(parents[b], a)
}

// Actions lists the keys file's action names with their current keys, for
// `bmail tui --keys-help` and the documentation.
func (k *KeyMap) Actions() [][3]string {
	var out [][3]string
	for _, a := range k.actions() {
		out = append(out, [3]string{a.id, strings.Join(a.b.Keys(), " "), a.b.Help().Desc})
	}
	return out
}
