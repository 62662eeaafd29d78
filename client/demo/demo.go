// Package demo is `bmail demo`: with nothing set up, it starts a devnet in a
// temporary directory (the embedded chain with BMail deployed and two relays
// on loopback), creates Alice, Bob and Carol, and tells b-mail's story with
// real transactions and real envelopes, printing each step with its fee
// breakdown:
//
//  1. Alice cold-mails Bob and pays.
//  2. Bob reads it and replies, cheaper because he is replying; he marks
//     Alice's mail valuable and she earns reputation.
//  3. Carol spams Bob; Bob marks it spam; Carol's next mail costs more and,
//     after Bob raises his minimum reputation, is refused before any money
//     moves; her mail posted without paying is held back by Bob's client,
//     never shown, only counted.
//  4. Alice and Bob become contacts and write for free.
//  5. The relays show what they earned; Bob claims his earnings; the story
//     ends with balances and reputations.
//
// Run returns the story's facts (Result) so a test can check them without
// reading the text. Everything is DEVNET: nothing here is money. The
// relays earn through the relay argument of each paying send (the
// settlement batcher is not part of the demo).
//
// Invariants: the demo touches nothing outside its temporary directory,
// which Run removes; every text a sender controls is sanitised before it
// is printed.
package demo

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/devnet"
	"github.com/bmail-network/bmail/client/envelope"
	"github.com/bmail-network/bmail/client/format"
	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/client/sanitize"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/relay/wire"
)

// The story's amounts.
const (
	// FundEther is the dev ether each person gets for gas.
	FundEther = 1
	// DepositGwei is what each person moves into their b-mail balance.
	DepositGwei = 10_000_000 // 0.01 ETH
	// RelayFeeGwei is what each devnet relay asks per paid message.
	RelayFeeGwei = 1_000
	// MinReputation is the minimum Bob sets for strangers' first mail.
	MinReputation = 1_000
	// syncPoll is how often a reader syncs while waiting for mail.
	syncPoll = 50 * time.Millisecond
	// waitLimit bounds each wait for mail or a grant to arrive: generous,
	// since on a loaded machine a send and its payment can take long.
	waitLimit = 3 * time.Minute
)

// Options shape a run.
type Options struct {
	// Out receives the story (nil: nothing is printed).
	Out io.Writer
	// Dir is where the devnet and the three data directories go; empty
	// means a fresh temporary directory that Run removes.
	Dir    string
	Logger *slog.Logger
}

// Person is one of the story's people at the end.
type Person struct {
	Name       string
	Address    common.Address
	Wallet     *client.Wallet
	Reputation client.Reputation
}

// Result is what happened, for tests and --json.
type Result struct {
	Devnet config.Devnet
	People []Person // Alice, Bob, Carol

	Cold, Reply, Spam, SpamAgain *client.Quote          // the quotes shown before each paid mail
	ColdPaid, ReplyPaid          client.RecipientStatus // what each payment did
	SpamPaid, SpamAgainPaid      client.RecipientStatus
	AliceRepAfterAck             client.Reputation // Alice's standing after Bob's valuable ack
	CarolSpamAfterMark           client.Reputation // Carol's after Bob's spam mark

	// Refused is Carol's quote after Bob raised his minimum; RefusedErr is
	// what Send said; CarolBalanceBefore/After bracket the refused send.
	Refused                               *client.Quote
	RefusedErr                            error
	CarolBalanceBefore, CarolBalanceAfter uint64
	CarolNonceBefore, CarolNonceAfter     uint64
	Free                                  client.RecipientStatus // Alice's mail to Bob as a contact
	BobInbox                              []client.Message
	Claimed                               uint64 // what Bob claimed at the end
	// HeldBack is how much unpaid mail from strangers Bob's client held
	// back (Carol's attempt without paying).
	HeldBack   int
	Newsletter *NewsletterResult // the newsletter chapter
	Relays     []client.RelayEarning
	RelayNames []string
	Elapsed    time.Duration
}

// person is a participant while the story runs.
type person struct {
	name string
	c    *client.Client
}

func (p *person) addr() common.Address { return p.c.Address() }

// story prints as it goes.
type story struct {
	out  io.Writer
	step int
}

func (s *story) printf(format string, a ...any) { fmt.Fprintf(s.out, format, a...) }

func (s *story) chapter(title string) {
	s.step++
	s.printf("\n%d. %s\n", s.step, title)
}

func (s *story) line(label, value string) { s.printf("   %-10s %s\n", label, value) }

// Run tells the story and returns its facts.
func Run(ctx context.Context, o Options) (res *Result, err error) {
	start := time.Now()
	if o.Out == nil {
		o.Out = io.Discard
	}
	s := &story{out: o.Out}
	dir := o.Dir // empty: everything goes into the devnet's temporary directory
	net, err := devnet.Start(ctx, devnet.Options{DataDir: subdir(dir, "devnet"), RelayFeeGwei: RelayFeeGwei, Logger: o.Logger})
	if err != nil {
		return nil, fmt.Errorf("demo: start the devnet: %w", err)
	}
	defer net.Close()
	if dir == "" {
		dir = net.Dir()
	}
	res = &Result{Devnet: net.Record()}
	s.printf("b-mail demo — %s: a chain and two relays running inside this process on 127.0.0.1.\n", config.DevLabel)
	s.printf("Nothing here is real money. Amounts are in gwei (1 ETH = 1,000,000,000 gwei).\n\n")
	s.line("chain", fmt.Sprintf("%s (chain id %d), BMail contract %s", net.RPCURL(), net.ChainID(), net.Contract().Hex()))
	for i, r := range net.Relays {
		label := ""
		if i == 0 {
			label = "relays"
		}
		s.line(label, fmt.Sprintf("%s  %s, asks %s per paid message", r.URL, r.Name, format.Gwei(r.FeeGwei)))
		res.RelayNames = append(res.RelayNames, r.Name)
	}

	// 1. Three people.
	s.chapter("Alice, Bob and Carol create their identities, get dev ether for gas, deposit 0.01 ETH into b-mail and register their key bundles.")
	relays := net.RelayURLs()
	alice, err := newPerson(ctx, net, dir, "Alice", relays, o.Logger)
	if err != nil {
		return nil, err
	}
	defer alice.c.Close()
	// Bob lists the relays the other way round, so mail to him pays the
	// other relay's fee: both relays earn.
	bob, err := newPerson(ctx, net, dir, "Bob", reversed(relays), o.Logger)
	if err != nil {
		return nil, err
	}
	defer bob.c.Close()
	carol, err := newPerson(ctx, net, dir, "Carol", relays, o.Logger)
	if err != nil {
		return nil, err
	}
	defer carol.c.Close()
	for _, p := range []*person{alice, bob, carol} {
		b, _ := p.c.MyBundle()
		s.line(p.name, fmt.Sprintf("%s  keys %s", p.addr().Hex(), b.Fingerprint()))
	}
	names := map[common.Address]string{alice.addr(): "Alice", bob.addr(): "Bob", carol.addr(): "Carol"}
	relayNames := map[common.Address]string{}
	for _, r := range net.Relays {
		relayNames[r.Payout] = r.Name
	}

	// 2. Alice's cold mail.
	s.chapter("Alice writes to Bob, who has never heard of her. Before anything is sent she sees the price:")
	if res.Cold, res.ColdPaid, err = paidMail(ctx, s, alice, bob, "Your relay talk",
		"Hello Bob,\n\nI enjoyed your talk on running relays. Could we compare notes on retention?\n\nAlice", [32]byte{}, relayNames); err != nil {
		return nil, err
	}

	// 3. Bob reads and replies.
	s.chapter("Bob syncs: his client fetches the envelope from his relays, finds Alice's payment on chain (it released the key), and shows the mail.")
	coldMsg, err := waitFor(ctx, bob, alice.addr(), "Your relay talk")
	if err != nil {
		return nil, err
	}
	showMessage(s, coldMsg, names)
	if err := bob.c.Read(ctx, coldMsg.ID, true); err != nil {
		return nil, err
	}
	s.chapter("Bob replies. It costs him less: Alice wrote to him first, and replies are cheap.")
	d, err := bob.c.Reply(ctx, coldMsg.ID, false)
	if err != nil {
		return nil, err
	}
	if res.Reply, res.ReplyPaid, err = paidMail(ctx, s, bob, alice, d.Subject,
		"Hi Alice,\n\nGladly. Thursday?\n\nBob", coldMsg.MessageID, relayNames); err != nil {
		return nil, err
	}
	if _, err := waitFor(ctx, alice, bob.addr(), d.Subject); err != nil {
		return nil, err
	}
	s.line("Alice", "synced and read the reply")
	s.chapter("Bob marks Alice's mail valuable. The contract mints her reputation, which makes her mail cheaper everywhere.")
	if err := bob.c.Ack(ctx, coldMsg.ID, client.Valuable); err != nil {
		return nil, fmt.Errorf("demo: Bob's valuable ack: %w", err)
	}
	if res.AliceRepAfterAck, err = bob.c.Reputation(ctx, alice.addr()); err != nil {
		return nil, err
	}
	s.line("Alice", fmt.Sprintf("reputation %s", format.Thousands(res.AliceRepAfterAck.Total())))

	// 4. Carol's spam.
	s.chapter("Carol sends Bob an advertisement, cold:")
	if res.Spam, res.SpamPaid, err = paidMail(ctx, s, carol, bob, "WIN A FREE CRUISE",
		"Click here!!! Limited offer.", [32]byte{}, relayNames); err != nil {
		return nil, err
	}
	spamMsg, err := waitFor(ctx, bob, carol.addr(), "WIN A FREE CRUISE")
	if err != nil {
		return nil, err
	}
	showMessage(s, spamMsg, names)
	st, err := bob.c.AckStatusOf(ctx, spamMsg.ID)
	if err != nil {
		return nil, err
	}
	s.chapter(fmt.Sprintf("Bob marks it spam (allowed: the mail was cold, %.0f hours left in the ack window). Bob keeps the fee.", st.WindowLeft.Hours()))
	if err := bob.c.Ack(ctx, spamMsg.ID, client.Spam); err != nil {
		return nil, fmt.Errorf("demo: Bob's spam mark: %w", err)
	}
	if res.CarolSpamAfterMark, err = carol.c.Reputation(ctx, carol.addr()); err != nil {
		return nil, err
	}
	s.line("Carol", fmt.Sprintf("spam marks %.2f", res.CarolSpamAfterMark.SpamMarks))
	s.chapter("Carol tries again. Her spam mark makes it cost more:")
	if res.SpamAgain, res.SpamAgainPaid, err = paidMail(ctx, s, carol, bob, "LAST CHANCE: FREE CRUISE",
		"Really, click here!!!", [32]byte{}, relayNames); err != nil {
		return nil, err
	}
	s.line("more", fmt.Sprintf("%s instead of %s", format.Gwei(res.SpamAgain.Breakdown.Fee), format.Gwei(res.Spam.Breakdown.Fee)))
	if _, err := waitFor(ctx, bob, carol.addr(), "LAST CHANCE: FREE CRUISE"); err != nil {
		return nil, err
	}
	s.chapter(fmt.Sprintf("Bob has had enough: strangers now need reputation %s to reach him. Carol's next mail is refused before any money moves.", format.Thousands(MinReputation)))
	if err := bob.c.SetMinReputation(ctx, MinReputation); err != nil {
		return nil, err
	}
	if err := refused(ctx, s, res, carol, bob); err != nil {
		return nil, err
	}
	s.chapter("Carol tries to get in without paying: her client seals the mail as if Bob had made her a contact (the key inside the envelope) and posts it straight to his relays.")
	if err := unpaidFromStranger(ctx, s, res, carol, bob); err != nil {
		return nil, err
	}

	// 5. Contacts.
	s.chapter("Alice and Bob add each other as contacts (by contact string). Each client sends the other a free grant.")
	if _, err := alice.c.AddContact(ctx, client.AddContactRequest{Who: bob.c.MyContactString(), Name: "Bob"}); err != nil {
		return nil, err
	}
	if _, err := bob.c.AddContact(ctx, client.AddContactRequest{Who: alice.c.MyContactString(), Name: "Alice"}); err != nil {
		return nil, err
	}
	s.line("Alice", "shares "+alice.c.MyContactString())
	if err := waitGrant(ctx, alice, bob.addr()); err != nil {
		return nil, err
	}
	if err := waitGrant(ctx, bob, alice.addr()); err != nil {
		return nil, err
	}
	s.chapter("Now they write for free: no transaction, the key rides inside the envelope.")
	if res.Free, err = freeMail(ctx, s, alice, bob, "Thursday works", "See you Thursday!"); err != nil {
		return nil, err
	}
	freeMsg, err := waitFor(ctx, bob, alice.addr(), "Thursday works")
	if err != nil {
		return nil, err
	}
	showMessage(s, freeMsg, names)
	if res.Newsletter, err = newsletterChapter(ctx, s, alice, bob, carol); err != nil {
		return nil, err
	}

	// 6. The end.
	s.chapter("What the relays earned (relay fees paid with each send, credited to their payout addresses):")
	for _, r := range net.Relays {
		e, err := alice.c.RelayEarnings(ctx, r.Payout, 0)
		if err != nil {
			return nil, err
		}
		res.Relays = append(res.Relays, *e)
		s.line(r.Name, fmt.Sprintf("carried %s, earned %s, balance %s", plural(e.Carried, "paid mail", "paid mails"), format.Gwei(e.Fees), format.Gwei(e.Balance)))
	}
	s.chapter("Bob's inbox, and what he earned from it. He claims it into his balance.")
	if res.BobInbox, err = bob.c.Inbox(ctx); err != nil {
		return nil, err
	}
	for _, m := range res.BobInbox {
		fee := "free (contact)"
		if !m.Free {
			fee = "paid him " + format.Gwei(m.Fee)
		}
		s.printf("   %-6s %-28s %s\n", names[m.From], sanitize.Line(m.Subject), fee)
	}
	held, _, _, err := bob.c.HeldBack(ctx)
	if err != nil {
		return nil, err
	}
	res.HeldBack = held
	s.line("held back", plural(held, "unpaid mail from a stranger", "unpaid mails from strangers")+" (never shown)")
	if res.Claimed, err = bob.c.Claim(ctx); err != nil {
		return nil, err
	}
	s.line("claimed", format.Gwei(res.Claimed))
	s.chapter("Balances and reputations at the end (" + config.DevLabel + "):")
	s.printf("   %-6s %16s %16s %12s %11s\n", "", "b-mail balance", "gas ether", "reputation", "spam marks")
	for _, p := range []*person{alice, bob, carol} {
		w, err := p.c.Wallet(ctx)
		if err != nil {
			return nil, err
		}
		r := w.Reputation
		res.People = append(res.People, Person{Name: p.name, Address: p.addr(), Wallet: w, Reputation: r})
		s.printf("   %-6s %16s %16s %12s %11.2f\n", p.name, format.Gwei(w.Balance), format.Ether(w.Ether), format.Thousands(r.Total()), r.SpamMarks)
	}
	res.Elapsed = time.Since(start)
	where := "The devnet stops now and its temporary directory is removed"
	if o.Dir != "" {
		where = "The devnet stops now; its data stays in " + o.Dir
	}
	s.printf("\nThe story took %.1f s. %s; `bmail devnet` keeps one running.\n", res.Elapsed.Seconds(), where)
	return res, nil
}

func subdir(dir, name string) string {
	if dir == "" {
		return ""
	}
	return filepath.Join(dir, name)
}

func reversed(in []string) []string {
	out := slices.Clone(in)
	slices.Reverse(out)
	return out
}

// newPerson makes an identity and a client on the devnet, funds it,
// deposits and registers with the given inbox relays.
func newPerson(ctx context.Context, net *devnet.Devnet, dir, name string, relays []string, log *slog.Logger) (*person, error) {
	m, err := identity.NewMnemonic()
	if err != nil {
		return nil, err
	}
	return newPersonWith(ctx, net, dir, name, relays, log, m)
}

// newPersonWith is newPerson with given recovery words.
func newPersonWith(ctx context.Context, net *devnet.Devnet, dir, name string, relays []string, log *slog.Logger, m *identity.Mnemonic) (*person, error) {
	id, err := identity.FromMnemonic(m, 0)
	if err != nil {
		return nil, err
	}
	if err := net.Fund(ctx, id.Address, new(big.Int).Mul(big.NewInt(FundEther), big.NewInt(params.Ether))); err != nil {
		return nil, fmt.Errorf("demo: fund %s: %w", name, err)
	}
	c, err := client.Open(ctx, net.Config(filepath.Join(dir, strings.ToLower(name))), client.Options{Identity: id, Logger: log})
	if err != nil {
		return nil, err
	}
	if err := c.Deposit(ctx, DepositGwei); err != nil {
		c.Close()
		return nil, fmt.Errorf("demo: %s's deposit: %w", name, err)
	}
	if _, err := c.Register(ctx, client.RegisterOptions{Relays: relays}); err != nil {
		c.Close()
		return nil, fmt.Errorf("demo: %s's registration: %w", name, err)
	}
	return &person{name: name, c: c}, nil
}

// paidMail quotes, prints the breakdown, sends and prints the payment.
func paidMail(ctx context.Context, s *story, from, to *person, subject, body string, inReplyTo [32]byte, relays map[common.Address]string) (*client.Quote, client.RecipientStatus, error) {
	size, err := from.c.PricedSize(subject, body, 1, 0)
	if err != nil {
		return nil, client.RecipientStatus{}, err
	}
	q, err := from.c.Quote(ctx, to.addr(), size)
	if err != nil {
		return nil, client.RecipientStatus{}, fmt.Errorf("demo: %s's quote: %w", from.name, err)
	}
	s.printf("   %s → %s, %q (%d bytes priced)\n", from.name, to.name, subject, size)
	s.printf("%s", format.Breakdown(q.Breakdown, "     "))
	st, err := from.c.Send(ctx, client.SendRequest{To: []string{to.addr().Hex()}, Subject: subject, Body: body, InReplyTo: inReplyTo})
	if err != nil {
		return q, client.RecipientStatus{}, fmt.Errorf("demo: %s's mail: %w", from.name, err)
	}
	r := st.Recipients[0]
	s.line("sent", fmt.Sprintf("posted to %d relays; paid in block %d (tx %s…); final", r.Posted, r.Block, common.Hash(r.TxHash).Hex()[:18]))
	s.line("credited", fmt.Sprintf("%s to %s, %s to %s", format.Gwei(r.Fee), to.name, format.Gwei(r.RelayFee), relays[q.Relay]))
	return q, r, nil
}

// freeMail sends contact mail and prints that nothing was paid.
func freeMail(ctx context.Context, s *story, from, to *person, subject, body string) (client.RecipientStatus, error) {
	q, err := from.c.Quote(ctx, to.addr(), 0)
	if err != nil {
		return client.RecipientStatus{}, err
	}
	if !q.Free {
		return client.RecipientStatus{}, errors.New("demo: contact mail was quoted as paid")
	}
	st, err := from.c.Send(ctx, client.SendRequest{To: []string{to.addr().Hex()}, Subject: subject, Body: body})
	if err != nil {
		return client.RecipientStatus{}, err
	}
	r := st.Recipients[0]
	s.printf("   %s → %s, %q\n", from.name, to.name, subject)
	s.line("quote", "free: "+to.name+" accepts free mail from "+from.name)
	s.line("sent", fmt.Sprintf("posted to %d relays; no transaction, nothing paid", r.Posted))
	return r, nil
}

// refused shows Carol's quote with its refusal, then her send failing with
// her balance and nonce unchanged.
func refused(ctx context.Context, s *story, res *Result, carol, bob *person) error {
	subject, body := "FINAL NOTICE: CRUISE", "Last chance!!!"
	size, err := carol.c.PricedSize(subject, body, 1, 0)
	if err != nil {
		return err
	}
	if res.Refused, err = carol.c.Quote(ctx, bob.addr(), size); err != nil {
		return err
	}
	s.line("quote", fmt.Sprintf("%s — refused: %s", format.Gwei(res.Refused.Total()), refusalText(res.Refused.Refusal)))
	ch, err := carol.c.Chain(ctx)
	if err != nil {
		return err
	}
	before, err := carol.c.Wallet(ctx)
	if err != nil {
		return err
	}
	res.CarolBalanceBefore = before.Balance
	if res.CarolNonceBefore, err = ch.Backend().NonceAt(ctx, carol.addr(), nil); err != nil {
		return err
	}
	st, err := carol.c.Send(ctx, client.SendRequest{To: []string{bob.addr().Hex()}, Subject: subject, Body: body})
	res.RefusedErr = err
	if err == nil {
		return fmt.Errorf("demo: Carol's mail below Bob's minimum went through: %+v", st)
	}
	after, err := carol.c.Wallet(ctx)
	if err != nil {
		return err
	}
	res.CarolBalanceAfter = after.Balance
	if res.CarolNonceAfter, err = ch.Backend().NonceAt(ctx, carol.addr(), nil); err != nil {
		return err
	}
	s.line("send", fmt.Sprintf("refused before signing anything: %s", refusalText(res.RefusedErr)))
	s.line("Carol", fmt.Sprintf("balance %s before and %s after; no transaction sent; her draft is kept", format.Gwei(res.CarolBalanceBefore), format.Gwei(res.CarolBalanceAfter)))
	return nil
}

// unpaidFromStranger posts Carol's unpaid contact-wrapped mail to Bob's
// inbox relays, as a client that ignores the rules would, and syncs Bob
// until his client has it and holds it back: Carol is not his contact, so
// it is never shown, only counted.
func unpaidFromStranger(ctx context.Context, s *story, res *Result, carol, bob *person) error {
	peer, err := carol.c.Resolve(ctx, bob.addr())
	if err != nil {
		return err
	}
	pk, err := envelope.ParsePublicKey(peer.Bundle.EncryptionKey[:])
	if err != nil {
		return err
	}
	id := carol.c.Identity()
	m := &envelope.Message{From: envelope.Address(id.Address), To: []envelope.Address{envelope.Address(bob.addr())},
		Time: time.Now(), Subject: "Free cruise, no strings", Body: "Just reply YES!!!"}
	sealed, err := envelope.Seal(nil, m, id.SigningKey, []envelope.Recipient{{PublicKey: pk, Contact: true}})
	if err != nil {
		return err
	}
	once, err := wire.GenerateSigner()
	if err != nil {
		return err
	}
	ev := &wire.Event{CreatedAt: time.Now().Unix(), Kind: wire.KindEnvelope,
		Tags: [][]string{{wire.TagRecipient, wire.Hex(peer.Bundle.TransportKey[:])}}, Content: envelope.EventContent(sealed.Bytes)}
	if err := once.Sign(ev); err != nil {
		return err
	}
	took := 0
	for _, r := range carol.c.PublishEvent(ctx, peer.Bundle.InboxRelays, ev) {
		if r.OK {
			took++
		}
	}
	if took == 0 {
		return errors.New("demo: no relay took Carol's unpaid mail")
	}
	s.line("relays", fmt.Sprintf("%d of %d took it (a relay cannot tell paid mail from unpaid before the chain says so)", took, len(peer.Bundle.InboxRelays)))
	wctx, cancel := context.WithTimeout(ctx, waitLimit)
	defer cancel()
	for {
		if _, err := bob.c.Sync(wctx); err != nil {
			return err
		}
		held, _, _, err := bob.c.HeldBack(wctx)
		if err != nil {
			return err
		}
		if held > 0 {
			res.HeldBack = held
			break
		}
		select {
		case <-wctx.Done():
			return fmt.Errorf("demo: Bob's client never received Carol's unpaid mail: %w", wctx.Err())
		case <-time.After(syncPoll):
		}
	}
	s.line("Bob", "his client received it, opened it, and holds it back: Carol is not his contact and paid nothing; it is never shown")
	return nil
}

// refusalText is the client's plain sentence for a refusal.
func refusalText(err error) string {
	for _, e := range []error{client.ErrBelowMinimum, client.ErrBlocked} {
		if errors.Is(err, e) {
			return e.Error()
		}
	}
	return fmt.Sprint(err)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// waitFor syncs until the reader's inbox shows mail from `from` with the
// subject, and returns it.
func waitFor(ctx context.Context, reader *person, from common.Address, subject string) (*client.Message, error) {
	ctx, cancel := context.WithTimeout(ctx, waitLimit)
	defer cancel()
	for {
		if _, err := reader.c.Sync(ctx); err != nil {
			return nil, err
		}
		ms, err := reader.c.Messages(ctx, client.Query{Folder: store.FolderInbox, From: &from})
		if err != nil {
			return nil, err
		}
		for i := range ms {
			if ms[i].Subject == subject {
				return &ms[i], nil
			}
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("demo: %s never saw %q: %w", reader.name, subject, ctx.Err())
		case <-time.After(syncPoll):
		}
	}
}

// waitGrant syncs until the reader knows `from` accepts free mail.
func waitGrant(ctx context.Context, reader *person, from common.Address) error {
	ctx, cancel := context.WithTimeout(ctx, waitLimit)
	defer cancel()
	for {
		if _, err := reader.c.Sync(ctx); err != nil {
			return err
		}
		ct, err := reader.c.Contact(ctx, from)
		if err != nil {
			return err
		}
		if ct.Mutual {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("demo: %s never got the contact grant: %w", reader.name, ctx.Err())
		case <-time.After(syncPoll):
		}
	}
}

// showMessage prints a received message; everything the sender wrote is
// sanitised.
func showMessage(s *story, m *client.Message, names map[common.Address]string) {
	paid := "free (from a contact)"
	if !m.Free {
		paid = "paid " + format.Gwei(m.Fee) + " to the reader"
	}
	s.line("from", fmt.Sprintf("%s <%s>, keys %s", names[m.From], m.From.Hex(), m.Fingerprint))
	s.line("subject", sanitize.Line(m.Subject))
	s.line("payment", paid)
	for _, l := range strings.Split(sanitize.Text(m.Body), "\n") {
		s.printf("   │ %s\n", l)
	}
}
