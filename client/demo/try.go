package demo

import (
	"context"
	"errors"
	"io"
	"log/slog"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/devnet"
	"github.com/bmail-network/bmail/client/identity"
)

// Seeded is the world `bmail try` opens the terminal UI on: the user
// ("You") with mail already exchanged with Alice, Bob and Carol on a
// running devnet.
type Seeded struct {
	You     *client.Client
	YouHome string
	// People are Alice, Bob and Carol's clients, by name.
	People map[string]*client.Client
	others []*client.Client
}

// SeedOptions shape the seeded world.
type SeedOptions struct {
	// Mnemonic gives a person fixed recovery words (tests pin addresses
	// and fingerprints with it); nil or a nil result means fresh words.
	Mnemonic func(name string) *identity.Mnemonic
	Logger   *slog.Logger
}

// Close closes the other people's clients (the caller closes You).
func (s *Seeded) Close() error {
	var errs []error
	for _, c := range s.others {
		errs = append(errs, c.Close())
	}
	return errors.Join(errs...)
}

// The mail `bmail try` seeds, so the UI opens on a lived-in inbox.
const (
	TryWelcomeSubject = "Welcome to b-mail"
	TryWelcomeBody    = `Hi! I paid to put this in your inbox: you were a stranger to me.

A few things to try in this terminal UI:
  enter   read a message      A   ack it (valuable, spam, abstain)
  r       reply (cheaper)     m   write a new message
  2       contacts            3   your account and earnings
  ?       every key

The fee I paid is shown in the list and in the header above.
More at https://example.org/bmail-tour

Alice`
	TryAgainBody   = "Glad you wrote back. Replies are cheap, and friends write for free.\n\nAlice"
	TryLunchSubj   = "Lunch on Thursday?"
	TryLunchBody   = "We are contacts now, so this cost me nothing.\n\nBob"
	TrySpamSubject = "WIN A FREE CRUISE"
	TrySpamBody    = "Click here!!! https://cruise.example.com/win\n\nLimited offer."
)

// Seed creates You, Alice, Bob and Carol on net (each funded, with a
// deposit, registered; data directories under dir), then: Alice cold-mails
// You; You reply and Alice answers (a thread with your reply); Carol sends
// paid spam, then unpaid mail that You's client holds back; You and Bob
// become contacts and Bob writes for free. It returns once You's inbox
// shows all of it.
func Seed(ctx context.Context, net *devnet.Devnet, dir string, o SeedOptions) (_ *Seeded, err error) {
	s := &story{out: io.Discard}
	relays := net.RelayURLs()
	seeded := &Seeded{People: map[string]*client.Client{}}
	defer func() {
		if err != nil {
			seeded.Close()
			if seeded.You != nil {
				seeded.You.Close()
			}
		}
	}()
	mk := func(name string, rs []string) (*person, error) {
		var m *identity.Mnemonic
		if o.Mnemonic != nil {
			m = o.Mnemonic(name)
		}
		if m == nil {
			var err error
			if m, err = identity.NewMnemonic(); err != nil {
				return nil, err
			}
		}
		p, err := newPersonWith(ctx, net, dir, name, rs, o.Logger, m)
		if err != nil {
			return nil, err
		}
		if name == "You" {
			seeded.You = p.c
		} else {
			seeded.others = append(seeded.others, p.c)
			seeded.People[name] = p.c
		}
		return p, nil
	}
	you, err := mk("You", relays)
	if err != nil {
		return nil, err
	}
	seeded.YouHome = subdir(dir, "you")
	alice, err := mk("Alice", relays)
	if err != nil {
		return nil, err
	}
	bob, err := mk("Bob", reversed(relays))
	if err != nil {
		return nil, err
	}
	carol, err := mk("Carol", relays)
	if err != nil {
		return nil, err
	}
	if _, _, err := paidMail(ctx, s, alice, you, TryWelcomeSubject, TryWelcomeBody, [32]byte{}, nil); err != nil {
		return nil, err
	}
	welcome, err := waitFor(ctx, you, alice.addr(), TryWelcomeSubject)
	if err != nil {
		return nil, err
	}
	d, err := you.c.Reply(ctx, welcome.ID, false)
	if err != nil {
		return nil, err
	}
	if _, _, err := paidMail(ctx, s, you, alice, d.Subject, "Thanks Alice! Trying it now.", welcome.MessageID, nil); err != nil {
		return nil, err
	}
	mine, err := waitFor(ctx, alice, you.addr(), d.Subject)
	if err != nil {
		return nil, err
	}
	// Each mail is in You's inbox before the next is sent, so the inbox
	// lists them in the order they were written.
	if _, _, err := paidMail(ctx, s, alice, you, d.Subject, TryAgainBody, mine.MessageID, nil); err != nil {
		return nil, err
	}
	if _, err := waitFor(ctx, you, alice.addr(), d.Subject); err != nil {
		return nil, err
	}
	if _, _, err := paidMail(ctx, s, carol, you, TrySpamSubject, TrySpamBody, [32]byte{}, nil); err != nil {
		return nil, err
	}
	if _, err := waitFor(ctx, you, carol.addr(), TrySpamSubject); err != nil {
		return nil, err
	}
	// Carol also posts mail without paying, contact-wrapped, straight to
	// You's relays: You's client receives it and holds it back (Carol is
	// no contact), so the held-back count is really 1.
	if err := unpaidFromStranger(ctx, s, &Result{}, carol, you); err != nil {
		return nil, err
	}
	if _, err := you.c.AddContact(ctx, client.AddContactRequest{Who: bob.c.MyContactString(), Name: "Bob"}); err != nil {
		return nil, err
	}
	if _, err := bob.c.AddContact(ctx, client.AddContactRequest{Who: you.c.MyContactString(), Name: "You"}); err != nil {
		return nil, err
	}
	if _, err := you.c.AddContact(ctx, client.AddContactRequest{Who: alice.addr().Hex(), Name: "Alice"}); err != nil {
		return nil, err
	}
	if err := waitGrant(ctx, bob, you.addr()); err != nil {
		return nil, err
	}
	if _, err := freeMail(ctx, s, bob, you, TryLunchSubj, TryLunchBody); err != nil {
		return nil, err
	}
	if _, err := waitFor(ctx, you, bob.addr(), TryLunchSubj); err != nil {
		return nil, err
	}
	return seeded, nil
}
