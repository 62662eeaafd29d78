package client_test

import (
	"crypto/ecdsa"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/clienttest"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/store"
)

// TestDemoStory runs the demo's story through the library: Alice cold-mails
// Bob and pays; Bob reads and replies, cheaper; Carol spams Bob, Bob marks
// it spam, Carol's next mail costs more and, after Bob raises his minimum,
// is refused before any money moves; Bob marks Alice's mail valuable;
// Alice and Bob become contacts and write for free; the relays earned.
func TestDemoStory(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 2, RelayFee: 1_000})
	alice, bob, carol := w.User("alice"), w.User("bob"), w.User("carol")
	body := "Hello Bob, I would like to talk about your relay."
	size := must[uint32](t)(alice.PricedSize("Hello", body, 1, 0))

	cold := must[*client.Quote](t)(alice.Quote(ctx, bob.Address(), size))
	st := send(t, ctx, alice, "Hello", body, bob)
	if st.Recipients[0].Fee != cold.Breakdown.Fee || cold.Breakdown.RelayFee != 1_000 {
		t.Fatalf("paid %d, quoted %+v", st.Recipients[0].Fee, cold.Breakdown)
	}
	syncShown(t, ctx, bob)
	in := must[[]client.Message](t)(bob.Inbox(ctx))
	if len(in) != 1 || in[0].Read || in[0].Fee != cold.Breakdown.Fee {
		t.Fatalf("bob inbox %+v", in)
	}
	if err := bob.Read(ctx, in[0].ID, true); err != nil {
		t.Fatal(err)
	}
	if n := must[int](t)(bob.Unread(ctx)); n != 0 {
		t.Fatalf("unread %d", n)
	}

	// Bob replies: cheaper, because he is replying.
	d := must[*client.Draft](t)(bob.Reply(ctx, in[0].ID, false))
	if d.Subject != "Re: Hello" || !slices.Equal(d.To, []string{alice.Address().Hex()}) {
		t.Fatalf("reply draft %+v", d)
	}
	d.Body = "Hi Alice, happy to."
	d.ID = must[int64](t)(bob.SaveDraft(ctx, d))
	reply := must[*client.Quote](t)(bob.Quote(ctx, alice.Address(), must[uint32](t)(bob.PricedSize(d.Subject, d.Body, 1, 0))))
	if reply.Breakdown.Fee >= cold.Breakdown.Fee {
		t.Fatalf("reply fee %d not below cold fee %d", reply.Breakdown.Fee, cold.Breakdown.Fee)
	}
	rs := must[*client.OutboxStatus](t)(bob.Send(ctx, client.SendRequest{DraftID: d.ID}))
	if rs.State != store.OutFinal {
		t.Fatalf("reply %+v", rs)
	}
	syncShown(t, ctx, alice)
	thread := must[[]client.Message](t)(alice.Thread(ctx, must[[]client.Message](t)(alice.Inbox(ctx))[0].ID))
	if len(thread) != 2 || thread[0].Subject != "Hello" || thread[1].Subject != "Re: Hello" {
		t.Fatalf("thread %+v", thread)
	}

	// Bob marks Alice's mail valuable: her reputation grows.
	if err := bob.Ack(ctx, in[0].ID, client.Valuable); err != nil {
		t.Fatal(err)
	}
	if r := must[client.Reputation](t)(bob.Reputation(ctx, alice.Address())); r.Earned == 0 {
		t.Fatal("no reputation minted for a valuable ack")
	}
	if err := bob.Ack(ctx, in[0].ID, client.Valuable); !errors.Is(err, client.ErrNotAckable) {
		t.Fatalf("second ack: %v", err)
	}

	// Carol spams Bob; Bob marks it spam; her next mail costs more.
	spamSize := must[uint32](t)(carol.PricedSize("WIN", "buy now", 1, 0))
	first := must[*client.Quote](t)(carol.Quote(ctx, bob.Address(), spamSize))
	send(t, ctx, carol, "WIN", "buy now", bob)
	syncShown(t, ctx, bob)
	spam := must[[]client.Message](t)(bob.Messages(ctx, client.Query{From: ptr(carol.Address())}))[0]
	status := must[*client.AckStatus](t)(bob.AckStatusOf(ctx, spam.ID))
	if status.Pending != 1 || !status.CanSpam() || status.WindowLeft <= 0 || status.WindowLeft > client.AckWindow {
		t.Fatalf("ack status %+v", status)
	}
	if err := bob.Ack(ctx, spam.ID, client.Spam); err != nil {
		t.Fatal(err)
	}
	if m := must[*client.Message](t)(bob.Message(ctx, spam.ID)); m.Ack != int(client.Spam) {
		t.Fatalf("ack not recorded: %d", m.Ack)
	}
	second := must[*client.Quote](t)(carol.Quote(ctx, bob.Address(), spamSize))
	if second.Breakdown.SpamBps == 0 || second.Breakdown.Fee <= first.Breakdown.Fee {
		t.Fatalf("fee after a spam mark %d (spam bps %d), before %d", second.Breakdown.Fee, second.Breakdown.SpamBps, first.Breakdown.Fee)
	}

	// Bob raises his minimum: Carol is refused before any money moves.
	if err := bob.SetMinReputation(ctx, 1_000); err != nil {
		t.Fatal(err)
	}
	if v := must[uint64](t)(bob.MinReputation(ctx)); v != 1_000 {
		t.Fatalf("minimum %d", v)
	}
	third := must[*client.Quote](t)(carol.Quote(ctx, bob.Address(), spamSize))
	if !errors.Is(third.Refusal, client.ErrBelowMinimum) {
		t.Fatalf("quote refusal %v", third.Refusal)
	}
	before := must[*client.Wallet](t)(carol.Wallet(ctx))
	if _, err := carol.Send(ctx, client.SendRequest{To: []string{bob.Address().Hex()}, Subject: "WIN again", Body: "buy now"}); !errors.Is(err, client.ErrBelowMinimum) {
		t.Fatalf("send below minimum: %v", err)
	}
	after := must[*client.Wallet](t)(carol.Wallet(ctx))
	if after.Balance != before.Balance || after.Ether.Cmp(before.Ether) != 0 {
		t.Fatal("money moved on a refused send")
	}
	if ds := must[[]client.Draft](t)(carol.Drafts(ctx)); len(ds) != 1 {
		t.Fatal("the refused mail's draft was lost")
	}

	// Alice and Bob become contacts and write for free.
	must[*client.Contact](t)(alice.AddContact(ctx, client.AddContactRequest{Who: bob.MyContactString(), Name: "Bob"}))
	must[*client.Contact](t)(bob.AddContact(ctx, client.AddContactRequest{Who: alice.MyContactString(), Name: "Alice"}))
	syncShown(t, ctx, alice)
	syncShown(t, ctx, bob)
	if st := send(t, ctx, alice, "free", "between contacts", bob); !st.Recipients[0].Free {
		t.Fatal("contact mail was paid")
	}

	// The relays earned their fees; Bob earned Alice's and Carol's fees.
	var relayFees uint64
	for _, k := range w.RelayKeys {
		re := must[*client.RelayEarning](t)(alice.RelayEarnings(ctx, addrOf(k), 0))
		relayFees += re.Fees
		if re.Balance != re.Fees {
			t.Fatalf("relay balance %d, fees %d", re.Balance, re.Fees)
		}
	}
	if relayFees != 3*1_000 {
		t.Fatalf("relays earned %d", relayFees)
	}
	earn := must[*client.Earnings](t)(bob.Earnings(ctx, time.Time{}, 1))
	if earn.Count != 2 || earn.Total != cold.Breakdown.Fee+first.Breakdown.Fee || len(earn.ByRelay) == 0 {
		t.Fatalf("earnings %+v", earn)
	}
	wb := must[*client.Wallet](t)(bob.Wallet(ctx))
	if wb.Claimable != earn.Total {
		t.Fatalf("claimable %d, earned %d", wb.Claimable, earn.Total)
	}
	claimed := must[uint64](t)(bob.Claim(ctx))
	if wb2 := must[*client.Wallet](t)(bob.Wallet(ctx)); claimed != earn.Total || wb2.Balance != wb.Balance+claimed || wb2.Claimable != 0 {
		t.Fatalf("claimed %d: %+v", claimed, wb2)
	}
	_ = config.DevLabel
}

func ptr[T any](v T) *T { return &v }

// TestRefusalsBeforeMoneyMoves: caps, balance and blocks refuse a send in
// the quote step; nothing is signed and the draft stays.
func TestRefusalsBeforeMoneyMoves(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 2})
	bob := w.User("bob")
	for _, tc := range []struct {
		name  string
		want  error
		setup func(t *testing.T, c *client.Client)
		opts  clienttest.UserOptions
		req   client.SendRequest
	}{
		{name: "fee above the message cap", want: client.ErrFeeAboveCap, req: client.SendRequest{MaxTotal: 10}},
		{name: "daily cap", want: client.ErrDailyCap, opts: clienttest.UserOptions{Configure: func(c *config.Config) { c.Send.MaxSpendPerDay = 100 }}},
		{name: "short of funds", want: client.ErrShortOfFunds, opts: clienttest.UserOptions{Deposit: 1}},
		{name: "blocked", want: client.ErrBlocked, setup: func(t *testing.T, c *client.Client) {
			if err := bob.Block(ctxT(t), c.Address()); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := w.NewUser("sender", tc.opts)
			if tc.setup != nil {
				tc.setup(t, c)
			}
			nonce := must[uint64](t)(w.Chain.Client.NonceAt(ctx, c.Address(), nil))
			tc.req.To, tc.req.Subject, tc.req.Body = []string{bob.Address().Hex()}, "s", "b"
			st, err := c.Send(ctx, tc.req)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if st.State != store.OutFailed || st.Recipients[0].TxHash != ([32]byte{}) {
				t.Fatalf("status %+v", st)
			}
			if n := must[uint64](t)(w.Chain.Client.NonceAt(ctx, c.Address(), nil)); n != nonce {
				t.Fatal("a transaction was sent")
			}
			if ds := must[[]client.Draft](t)(c.Drafts(ctx)); len(ds) != 1 {
				t.Fatal("draft lost")
			}
		})
	}
	blocked := must[[]common.Address](t)(bob.BlockList(ctx))
	if len(blocked) != 1 {
		t.Fatalf("block list %v", blocked)
	}
	if err := bob.Unblock(ctx, blocked[0]); err != nil {
		t.Fatal(err)
	}
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
