package client_test

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/clienttest"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/relay/relayclient"
)

// TestRelayGoesAway: Bob runs live; one of his relays is killed; mail
// posted to the other still arrives, and the dead relay is reported.
func TestRelayGoesAway(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 2})
	alice, _ := w.NewUser("alice", clienttest.UserOptions{Configure: func(c *config.Config) { c.Send.MinRelays = 1 }})
	bob := w.User("bob")
	events, stop := bob.Events()
	defer stop()
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- bob.Run(runCtx) }()
	defer func() { cancel(); <-done }()

	waitFor := func(what string, ok func(client.Event) bool) {
		t.Helper()
		timeout := time.After(30 * time.Second)
		for {
			select {
			case e := <-events:
				if ok(e) {
					return
				}
			case <-timeout:
				t.Fatalf("no %s event", what)
			}
		}
	}
	send(t, ctx, alice, "before", "both relays up", bob)
	waitFor("new mail", func(e client.Event) bool { return e.Kind == client.EventNewMail })

	dead := w.Relays[0].URL
	w.Relays[0].Close()
	waitFor("relay down", func(e client.Event) bool {
		return e.Kind == client.EventRelayHealth && e.Relay == dead && !e.Connected
	})
	st := send(t, ctx, alice, "after", "one relay left", bob)
	if st.Recipients[0].Posted != 1 {
		t.Fatalf("posted to %d relays", st.Recipients[0].Posted)
	}
	waitFor("new mail", func(e client.Event) bool { return e.Kind == client.EventNewMail })
	if s := inboxSubjects(t, ctx, bob); !slices.Equal(s, []string{"after", "before"}) {
		t.Fatalf("inbox %v", s)
	}
	// A one-shot sync reports the dead relay and carries on.
	rep := syncShown(t, ctx, bob)
	bad := 0
	for _, r := range rep.Relays {
		if !r.OK {
			bad++
		}
	}
	if bad != 1 {
		t.Fatalf("relays %+v", rep.Relays)
	}
}

// TestPayThroughBatcher: with a batcher configured, payments are EIP-712
// orders handed over the wire to the relay's own settlement batcher
// (relay/batcher): no transaction of the sender's, the relay earns its fee;
// an order the batcher refuses fails its recipient before any money moves;
// an order left unsettled past its deadline is signed again and paid once.
func TestPayThroughBatcher(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 2, RelayFee: 700, WithBatcher: true})
	bob := w.User("bob")
	useBatcher := func(c *config.Config) { c.Send.Batcher = w.Relays[0].URL }

	t.Run("settled", func(t *testing.T) {
		alice, _ := w.NewUser("alice", clienttest.UserOptions{Configure: useBatcher})
		nonce := must[uint64](t)(w.Chain.Client.NonceAt(ctx, alice.Address(), nil))
		st := send(t, ctx, alice, "by order", "settled by the relay", bob)
		r := st.Recipients[0]
		if r.PayMode != store.ModeOrder || r.RelayFee != 700 || r.Fee == 0 {
			t.Fatalf("recipient %+v", r)
		}
		if n := must[uint64](t)(w.Chain.Client.NonceAt(ctx, alice.Address(), nil)); n != nonce {
			t.Fatal("the sender sent a transaction")
		}
		re := must[*client.RelayEarning](t)(alice.RelayEarnings(ctx, w.BatcherAddress(), 0))
		if re.Fees != 700 || re.Carried != 1 {
			t.Fatalf("relay earned %+v", re)
		}
		syncShown(t, ctx, bob)
		if s := inboxSubjects(t, ctx, bob); !slices.Contains(s, "by order") {
			t.Fatalf("inbox %v", s)
		}
	})

	t.Run("the batcher's relay is not the recipient's", func(t *testing.T) {
		// Dave's inbox is not on the batcher's relay: the envelope is
		// posted there too, or the batcher would refuse the order
		// (no-envelope).
		dave, _ := w.NewUser("dave", clienttest.UserOptions{NoRegister: true})
		must[*client.Registration](t)(dave.Register(ctx, client.RegisterOptions{Relays: w.RelayURLs()[1:]}))
		alice, _ := w.NewUser("alice-elsewhere", clienttest.UserOptions{Configure: useBatcher})
		st := send(t, ctx, alice, "posted to the batcher too", "b", dave)
		r := st.Recipients[0]
		if r.PayMode != store.ModeOrder || r.Posted != 1 || r.Relays != 1 || r.Fee == 0 {
			t.Fatalf("recipient %+v", r)
		}
		posts := must[[]store.Post](t)(alice.Store().Posts(ctx, st.ID, 0))
		if !slices.ContainsFunc(posts, func(p store.Post) bool { return p.Relay == w.Relays[0].URL && p.OK }) {
			t.Fatalf("the batcher's relay never took the envelope: %+v", posts)
		}
		syncShown(t, ctx, dave)
		if s := inboxSubjects(t, ctx, dave); !slices.Contains(s, "posted to the batcher too") {
			t.Fatalf("inbox %v", s)
		}
	})

	t.Run("refused by the batcher", func(t *testing.T) {
		// Alice's deposit covers the quote but not the signed maximum (the
		// fee margin) plus the batcher's reserve: the batcher refuses the
		// order at intake (blocked: deposit); the recipient fails before
		// any money moves.
		alice, _ := w.NewUser("alice-refused", clienttest.UserOptions{Configure: useBatcher, Deposit: 1})
		size := must[uint32](t)(alice.PricedSize("refused", "b", 1, 0))
		q := must[*client.Quote](t)(alice.Quote(ctx, bob.Address(), size))
		if err := alice.Deposit(ctx, q.Total()-1); err != nil {
			t.Fatal(err)
		}
		before := must[*client.Wallet](t)(alice.Wallet(ctx)).Balance
		st, err := alice.Send(ctx, client.SendRequest{To: []string{bob.Address().Hex()}, Subject: "refused", Body: "b"})
		if err == nil || st.State != store.OutFailed || st.Recipients[0].PayState != store.PaySkipped {
			t.Fatalf("send: %v, status %s %+v", err, st.State, st.Recipients[0])
		}
		if !strings.Contains(st.Recipients[0].Error, "refused") || !strings.Contains(st.Recipients[0].Error, "deposit") {
			t.Fatalf("recipient error %q", st.Recipients[0].Error)
		}
		if ds := must[[]client.Draft](t)(alice.Drafts(ctx)); len(ds) != 1 {
			t.Fatal("draft lost")
		}
		if sent := must[[]client.Message](t)(alice.Messages(ctx, client.Query{Folder: store.FolderSent})); len(sent) != 0 {
			t.Fatal("an unpaid message went to Sent")
		}
		if after := must[*client.Wallet](t)(alice.Wallet(ctx)).Balance; after != before {
			t.Fatalf("balance moved by %d", before-after)
		}
	})
}

// TestExpiredOrderSignedAgain: the batcher sat on an order past its
// deadline (the sender's client crashed meanwhile); resuming signs a new
// order, the batcher drops the stale one and settles the new: paid once.
func TestExpiredOrderSignedAgain(t *testing.T) {
	ctx := ctxT(t)
	o := newOrderCrash(t, "late")
	resume := o.w.Pause()
	o.w.Chain.Advance(2 * time.Hour)
	resume()
	o.crash.Store(false)
	o.alice.Close()
	alice2, err := o.w.Open(o.home, o.id, o.useBatcher, nil)
	if err != nil {
		t.Fatal(err)
	}
	st, err := o.runSettling(ctx, alice2)
	if err != nil || st.State != store.OutFinal {
		t.Fatalf("%v %+v", err, st)
	}
	now := must[*store.OutboxItem](t)(alice2.Store().Outbox(ctx, o.itemID)).Recipients[0]
	if now.OrderNonce == o.first.OrderNonce || now.OrderDeadline <= o.first.OrderDeadline {
		t.Fatal("the order was not signed again")
	}
	if n := deliveredCount(t, o.w, alice2, o.bob.Address(), o.first.Secret); n != 1 {
		t.Fatalf("paid %d times", n)
	}
}

// TestToAndCc: one envelope for To and Cc, a payment per recipient, the
// same signed lists for both readers.
func TestToAndCc(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 2})
	alice, bob, carol := w.User("alice"), w.User("bob"), w.User("carol")
	st := must[*client.OutboxStatus](t)(alice.Send(ctx, client.SendRequest{To: []string{bob.Address().Hex()},
		Cc: []string{carol.Address().Hex(), bob.Address().Hex()}, Subject: "to both", Body: "hello both"}))
	if len(st.Recipients) != 2 || st.Recipients[0].Fee == 0 || st.Recipients[1].Fee == 0 || st.Recipients[0].TxHash == st.Recipients[1].TxHash {
		t.Fatalf("status %+v", st)
	}
	for _, c := range []*client.Client{bob, carol} {
		syncShown(t, ctx, c)
		in := must[[]client.Message](t)(c.Inbox(ctx))
		if len(in) != 1 || !slices.Equal(in[0].To, []common.Address{bob.Address()}) || !slices.Equal(in[0].Cc, []common.Address{carol.Address()}) {
			t.Fatalf("inbox %+v", in)
		}
	}
	d := must[*client.Draft](t)(carol.Reply(ctx, must[[]client.Message](t)(carol.Inbox(ctx))[0].ID, true))
	if !slices.Equal(d.To, []string{alice.Address().Hex()}) || !slices.Equal(d.Cc, []string{bob.Address().Hex()}) {
		t.Fatalf("reply-all %+v", d)
	}
}

// TestSubstitutedBundleCaught: a relay that serves a bundle for an account
// other than the one the chain names (validly signed by an older key
// index, or forged) is caught and never used.
func TestSubstitutedBundleCaught(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 3})
	good, evil := w.RelayURLs()[:2], w.RelayURLs()[2]
	m, bobID := newIdentity(t)
	bob, _ := w.NewUser("bob", clienttest.UserOptions{Mnemonic: m, NoRegister: true})
	must[*client.Registration](t)(bob.Register(ctx, client.RegisterOptions{Relays: good}))
	// A bundle Bob signed for other keys (never registered) sits on the evil relay.
	other, _ := bobID.Rotate()
	fake, err := other.NewSignedBundle(identity.BundleParams{InboxRelays: []string{evil}, Created: time.Now(), Expires: time.Now().Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	publishBundle(t, ctx, evil, fake, other)

	carol, _ := w.NewUser("carol", clienttest.UserOptions{Configure: func(c *config.Config) { c.Relays = []string{evil} }})
	events, stop := carol.Events()
	defer stop()
	_, err = carol.Resolve(ctx, bob.Address())
	if !errors.Is(err, client.ErrBundleSubstituted) {
		t.Fatalf("resolve from the evil relay: %v", err)
	}
	caught := false
	for len(events) > 0 {
		if e := <-events; e.Kind == client.EventSubstituted && e.Relay == evil {
			caught = true
		}
	}
	if !caught {
		t.Fatal("no bundle-substituted event")
	}
	// With a good relay among the hints, the registered bundle is found
	// and the substitute ignored.
	p := must[*client.Peer](t)(carol.Resolve(ctx, bob.Address(), good[1], evil))
	if p.Fingerprint != bobID.Fingerprint() {
		t.Fatal("resolved the substitute")
	}
}

func publishBundle(t *testing.T, ctx context.Context, url string, b *identity.Bundle, id *identity.Identity) {
	t.Helper()
	ev, err := client.BundleEvent(b, id, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	rc, err := relayclient.Dial(ctx, url, relayclient.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	if r, err := rc.Publish(ctx, ev); err != nil || !r.OK {
		t.Fatalf("publish bundle: %v %+v", err, r)
	}
}

// TestEventsAndNotify: a send reports every outbox step; new mail reaches
// the hook and the notify command with the sender's text made inert.
func TestEventsAndNotify(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 2})
	alice := w.User("alice")
	notified := make(chan client.Message, 1)
	out := filepath.Join(t.TempDir(), "notified")
	bob, _ := w.NewUser("bob", clienttest.UserOptions{
		Configure: func(c *config.Config) {
			c.NotifyCommand = []string{"sh", "-c", `printf '%s|%s' "$BMAIL_FROM" "$BMAIL_SUBJECT" > ` + out}
		},
		Client: func(o *client.Options) { o.OnNewMail = func(m client.Message) { notified <- m } },
	})
	events, stop := alice.Events()
	defer stop()
	send(t, ctx, alice, "\x1b]0;pwned\x07hi \u202eevil", "body", bob)
	var steps []store.OutboxState
	final := false
	for len(events) > 0 {
		e := <-events
		switch e.Kind {
		case client.EventOutboxStep:
			steps = append(steps, e.Step)
		case client.EventPaymentFinal:
			final = true
		}
	}
	want := []store.OutboxState{store.OutQueued, store.OutResolved, store.OutQuoted, store.OutSealed, store.OutPosted, store.OutPaying, store.OutPaid, store.OutFinal}
	if !slices.Equal(steps, want) || !final {
		t.Fatalf("steps %v final %v", steps, final)
	}
	syncShown(t, ctx, bob)
	select {
	case m := <-notified:
		if m.From != alice.Address() {
			t.Fatalf("hook got %+v", m)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("hook not called")
	}
	var got []byte
	for i := 0; i < 500; i++ {
		if got, _ = os.ReadFile(out); len(got) > 0 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if string(got) != alice.Address().Hex()+"|hi evil" {
		t.Fatalf("notify command saw %q", got)
	}
}

// TestQuoteCached: the cached state prices like a fresh quote, without it
// an error says to quote online first.
func TestQuoteCached(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 2, RelayFee: 100})
	alice, bob := w.User("alice"), w.User("bob")
	if _, err := alice.QuoteCached(bob.Address(), 512); !errors.Is(err, client.ErrNoCachedQuote) {
		t.Fatal(err)
	}
	fresh := must[*client.Quote](t)(alice.Quote(ctx, bob.Address(), 8192))
	cached := must[*client.Quote](t)(alice.QuoteCached(bob.Address(), 8192))
	if !cached.Cached || cached.Breakdown != fresh.Breakdown || cached.Relay != fresh.Relay {
		t.Fatalf("cached %+v\nfresh %+v", cached.Breakdown, fresh.Breakdown)
	}
	bigger := must[*client.Quote](t)(alice.QuoteCached(bob.Address(), 64<<10))
	if bigger.Breakdown.Fee <= fresh.Breakdown.Fee {
		t.Fatal("a bigger message is not dearer")
	}
}

// TestWalletWithdraw: the two-step withdrawal waits its hour.
func TestWalletWithdraw(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 1})
	alice := w.User("alice")
	before := must[*client.Wallet](t)(alice.Wallet(ctx))
	ready := must[time.Time](t)(alice.RequestWithdrawal(ctx, 1_000_000))
	if ready.IsZero() {
		t.Fatal("no ready time")
	}
	if err := alice.CompleteWithdrawal(ctx, common.Address{}); !errors.Is(err, client.ErrWithdrawalNotReady) {
		t.Fatalf("early: %v", err)
	}
	resume := w.Pause()
	w.Chain.Advance(61 * time.Minute)
	resume()
	if err := alice.CompleteWithdrawal(ctx, common.Address{}); err != nil {
		t.Fatal(err)
	}
	after := must[*client.Wallet](t)(alice.Wallet(ctx))
	if after.Balance != before.Balance-1_000_000 || after.Withdrawal.Amount != 0 {
		t.Fatalf("after %+v", after)
	}
	gain := new(big.Int).Sub(after.Ether, before.Ether)
	if gain.Cmp(big.NewInt(5e14)) < 0 { // 1e15 wei less the gas of two transactions
		t.Fatalf("ether gained %s", gain)
	}
}

// TestNoChainConfigured: the client opens without a chain (offline
// reading works); anything that needs the chain says what to configure.
func TestNoChainConfigured(t *testing.T) {
	ctx := ctxT(t)
	_, id := newIdentity(t)
	cfg := config.Default()
	cfg.Home = t.TempDir()
	c, err := client.Open(ctx, cfg, client.Options{Identity: id})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Inbox(ctx); err != nil {
		t.Fatal(err)
	}
	_, err = c.Register(ctx, client.RegisterOptions{})
	if !errors.Is(err, client.ErrNoChain) || !strings.Contains(err.Error(), "chain.rpc_url") {
		t.Fatalf("register without a chain: %v", err)
	}
	// The store belongs to one account.
	_, other := newIdentity(t)
	if _, err := client.Open(ctx, cfg, client.Options{Identity: other}); err == nil {
		t.Fatal("a store opened for another account")
	}
}

// TestRelayList: NIP-11 terms and the inbox flag.
func TestRelayList(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 2, RelayFee: 42})
	alice := w.User("alice")
	syncShown(t, ctx, alice)
	rs := must[[]client.RelayInfo](t)(alice.Relays(ctx))
	if len(rs) != 2 {
		t.Fatalf("%d relays", len(rs))
	}
	for _, r := range rs {
		if !r.Inbox || !r.Connected || r.Terms == nil || r.Terms.RelayFeeGwei != 42 || r.Terms.Payout() == (common.Address{}) || r.Err != "" {
			t.Fatalf("relay %+v", r)
		}
	}
}
