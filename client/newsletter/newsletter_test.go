package newsletter_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/bmail-network/bmail/client/clienttest"
	"github.com/bmail-network/bmail/client/envelope"
	"github.com/bmail-network/bmail/client/newsletter"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/relay/relayclient"
	"github.com/bmail-network/bmail/relay/wire"
)

// A newsletter world: a chain, two relays, a publisher with a list.
type nlWorld struct {
	t    *testing.T
	w    *clienttest.World
	pub  *newsletter.Service
	list *newsletter.List
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func newWorld(t *testing.T) *nlWorld {
	t.Helper()
	w := clienttest.New(t, clienttest.Options{Relays: 2})
	pub := newsletter.New(w.User("publisher"))
	l, err := pub.CreateList(ctxT(t), newsletter.CreateListRequest{Name: "Relay Weekly", Description: "News about relays."})
	if err != nil {
		t.Fatal(err)
	}
	return &nlWorld{t: t, w: w, pub: pub, list: l}
}

// reader creates a user who subscribes and is welcomed.
func (nw *nlWorld) reader(name string) *newsletter.Service {
	t := nw.t
	t.Helper()
	s := newsletter.New(nw.w.User(name))
	nw.subscribe(s)
	return s
}

func (nw *nlWorld) subscribe(s *newsletter.Service) *newsletter.SyncReport {
	t := nw.t
	t.Helper()
	ctx := ctxT(t)
	sub, err := s.Subscribe(ctx, nw.list.Ref.String())
	if err != nil {
		t.Fatal(err)
	}
	if sub.Name != nw.list.Name || sub.Publisher != nw.pub.Client().Address() || sub.State != newsletter.StatePending {
		t.Fatalf("subscription %+v", sub)
	}
	if _, err := nw.pub.ProcessRequests(ctx, nw.list.Ref.List); err != nil {
		t.Fatal(err)
	}
	rep, err := s.Sync(ctx)
	if err != nil || rep.Welcomed != 1 {
		t.Fatalf("welcome: %+v %v", rep, err)
	}
	// The welcome is counted in this list's share (SyncReport.Lists).
	i := slices.IndexFunc(rep.Lists, func(l newsletter.ListSync) bool { return l.List == nw.list.Ref.List })
	if i < 0 || rep.Lists[i].Name != nw.list.Name || rep.Lists[i].Welcomed != 1 {
		t.Fatalf("the list's share of the sync: %+v", rep.Lists)
	}
	return rep
}

func (nw *nlWorld) publish(subject, body string) *newsletter.Published {
	nw.t.Helper()
	p, err := nw.pub.Publish(ctxT(nw.t), newsletter.PublishRequest{List: nw.list.Ref.List, Subject: subject, Body: body})
	if err != nil {
		nw.t.Fatal(err)
	}
	return p
}

func subjects(t *testing.T, s *newsletter.Service) []string {
	t.Helper()
	is, err := s.Issues(ctxT(t), [32]byte{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, i := range is {
		out = append(out, i.Subject)
	}
	slices.Sort(out)
	return out
}

func sync(t *testing.T, s *newsletter.Service) *newsletter.SyncReport {
	t.Helper()
	rep, err := s.Sync(ctxT(t))
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// Subscribe, publish, read; a reader who joins later cannot read the
// issues before it joined; a subscription is not a contact.
func TestSubscribePublishRead(t *testing.T) {
	nw := newWorld(t)
	ctx := ctxT(t)
	alice, bob := nw.reader("alice"), nw.reader("bob")

	p := nw.publish("Issue 1", "Relays keep paid mail 90 days.")
	if p.Audience != 2 || p.Rotated || p.Epoch != 0 || p.Index != 0 {
		t.Fatalf("published %+v", p)
	}
	for _, s := range []*newsletter.Service{alice, bob} {
		if rep := sync(t, s); rep.Issues != 1 {
			t.Fatalf("sync %+v", rep)
		}
		is, _ := s.Issues(ctx, nw.list.Ref.List)
		if len(is) != 1 || is[0].Subject != "Issue 1" || is[0].Body != "Relays keep paid mail 90 days." ||
			is[0].Publisher != nw.pub.Client().Address() || is[0].ListName != "Relay Weekly" {
			t.Fatalf("issues %+v", is)
		}
	}

	carol := newsletter.New(nw.w.User("carol"))
	if rep := nw.subscribe(carol); rep.Unreadable != 1 || rep.Issues != 0 {
		t.Fatalf("carol's first sync: %+v", rep)
	}
	nw.publish("Issue 2", "second")
	if rep := sync(t, carol); rep.Issues != 1 {
		t.Fatalf("carol's sync: %+v", rep)
	}
	if got := subjects(t, carol); !slices.Equal(got, []string{"Issue 2"}) {
		t.Fatalf("carol reads %v, want only the issue after she joined", got)
	}
	// And with her chain value she cannot compute issue 1's: the chain
	// only runs forward.
	if _, err := newsletter.ChainAt([32]byte{}, 1, 0); err == nil {
		t.Fatal("ChainAt went backwards")
	}

	// No contact was made, both ways: mail between them is paid, and no
	// control envelope ever reached a personal inbox.
	for _, s := range []*newsletter.Service{nw.pub, alice} {
		cs, err := s.Client().Contacts(ctx)
		if err != nil || len(cs) != 0 {
			t.Fatalf("contacts %v %v", cs, err)
		}
	}
	q, err := nw.pub.Client().Quote(ctx, alice.Client().Address(), 512)
	if err != nil || q.Free || q.Breakdown.Fee == 0 {
		t.Fatalf("publisher → subscriber quote: %+v %v", q, err)
	}
	q, err = alice.Client().Quote(ctx, nw.pub.Client().Address(), 512)
	if err != nil || q.Free {
		t.Fatalf("subscriber → publisher quote: %+v %v", q, err)
	}
	for _, s := range []*newsletter.Service{nw.pub, alice} {
		if _, err := s.Client().Sync(ctx); err != nil {
			t.Fatal(err)
		}
		held, waiting, rejected, _ := s.Client().HeldBack(ctx)
		if held+waiting+rejected != 0 {
			t.Fatalf("personal inbox saw newsletter traffic: held %d waiting %d rejected %d", held, waiting, rejected)
		}
	}
}

// Unsubscribing rotates the epoch at the next issue: the leaver cannot read
// it even with everything it held, the others can.
func TestUnsubscribeRotation(t *testing.T) {
	nw := newWorld(t)
	ctx := ctxT(t)
	alice, bob, carol := nw.reader("alice"), nw.reader("bob"), nw.reader("carol")
	nw.publish("Before", "everyone reads this")
	for _, s := range []*newsletter.Service{alice, bob, carol} {
		sync(t, s)
	}
	if err := bob.Unsubscribe(ctx, nw.list.Ref.List); err != nil {
		t.Fatal(err)
	}
	// carol is removed by the publisher too: both removals share one rotation.
	if err := nw.pub.RemoveSubscriber(ctx, nw.list.Ref.List, carol.Client().Address()); err != nil {
		t.Fatal(err)
	}
	p := nw.publish("After", "only alice reads this")
	if !p.Rotated || p.Epoch != 1 || p.Index != 0 || p.Audience != 1 || p.RotationSlots != 3 ||
		len(p.Requests.Unsubscribed) != 1 || p.Requests.Unsubscribed[0] != bob.Client().Address() {
		t.Fatalf("published %+v (requests %+v)", p, p.Requests)
	}
	if rep := sync(t, alice); rep.Rotations != 1 || rep.Issues != 1 {
		t.Fatalf("alice %+v", rep)
	}
	if got := subjects(t, alice); !slices.Equal(got, []string{"After", "Before"}) {
		t.Fatalf("alice reads %v", got)
	}

	// Bob left; a client that ignores that (his state forced back to
	// active, every key kept) still gets nothing: his wrap slot holds random
	// bytes, and the old epoch's chain does not open the new epoch.
	forceActive(t, bob, nw.list.Ref.List)
	rep := sync(t, bob)
	if rep.Issues != 0 || rep.Rotations != 0 || rep.Removed != 1 || rep.Unreadable != 2 {
		t.Fatalf("the leaver's sync: %+v", rep)
	}
	if got := subjects(t, bob); !slices.Equal(got, []string{"Before"}) {
		t.Fatalf("bob reads %v", got)
	}
	// carol, removed by the publisher without asking, is shut out the same
	// way, and learns she was removed.
	rep = sync(t, carol)
	if rep.Issues != 0 || rep.Removed != 1 || rep.Unreadable != 2 {
		t.Fatalf("the removed subscriber's sync: %+v", rep)
	}
	if sub, _ := carol.FindSubscription(ctx, nw.list.Ref.String()); sub.State != newsletter.StateLeft {
		t.Fatalf("carol's subscription %+v", sub)
	}
	// At the crypto level: every key bob holds fails on the new issue.
	sub, _ := bob.Client().Store().Newsletters().Subscription(ctx, nw.list.Ref.List)
	chains, _ := bob.Client().Store().Newsletters().Chains(ctx, nw.list.Ref.List)
	issue := fetchIssue(t, nw, 1, 0)
	for _, c := range chains {
		for i := uint32(0); i < 4; i++ {
			cv, _ := newsletter.ChainAt(c.Chain, c.BaseIndex, c.BaseIndex+i)
			if _, err := envelope.OpenIssue(issue, &cv); err == nil {
				t.Fatal("a leaver's chain value opens the new epoch's issue")
			}
		}
	}
	if sub.Key == nil {
		t.Fatal("bob has no subscriber key to try")
	}
	// A new issue in the same epoch stays closed to them too.
	nw.publish("After 2", "still only alice")
	forceActive(t, bob, nw.list.Ref.List)
	if rep := sync(t, bob); rep.Issues != 0 {
		t.Fatalf("bob read %d issues after leaving", rep.Issues)
	}
	if rep := sync(t, alice); rep.Issues != 1 {
		t.Fatalf("alice %+v", rep)
	}
}

// forceActive marks a subscription active again in the subscriber's own
// store, as a client that ignores its unsubscribe would.
func forceActive(t *testing.T, s *newsletter.Service, list [32]byte) {
	t.Helper()
	ctx := ctxT(t)
	err := s.Client().Store().NewsletterTx(ctx, func(n *store.NL) error {
		sub, err := n.Subscription(ctx, list)
		if err != nil {
			return err
		}
		sub.State = store.SubscriptionActive
		return n.PutSubscription(ctx, sub)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// fetchIssue returns the issue envelope (epoch, index) as the relays hold it.
func fetchIssue(t *testing.T, nw *nlWorld, epoch, index uint32) []byte {
	t.Helper()
	for _, e := range listEvents(t, nw, wire.KindListIssue) {
		b, _ := contentBytes(e)
		rc, err := newsletter.ParseRecord(b)
		if err != nil || rc.Type != newsletter.RecordIssue {
			continue
		}
		is, _ := envelope.ParseIssue(rc.Issue)
		if is.Header.Epoch == epoch && is.Header.Index == index {
			return rc.Issue
		}
	}
	t.Fatalf("no issue (%d, %d) on the relay", epoch, index)
	return nil
}

func listEvents(t *testing.T, nw *nlWorld, kind int) []*wire.Event {
	t.Helper()
	ctx := ctxT(t)
	rc, err := relayclient.Dial(ctx, nw.w.Relays[0].URL, relayclient.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	after := int64(0)
	sub, err := rc.Subscribe(ctx, []wire.Filter{{Kinds: []int{kind}, After: &after,
		Tags: []wire.TagFilter{{Name: 'n', Values: [][32]byte{nw.list.Ref.List}}}}})
	if err != nil {
		t.Fatal(err)
	}
	var out []*wire.Event
	for {
		select {
		case r := <-sub.Events:
			out = append(out, r.Event)
		case <-sub.EOSE():
			for {
				select {
				case r := <-sub.Events:
					out = append(out, r.Event)
				default:
					return out
				}
			}
		case <-ctx.Done():
			t.Fatal("no EOSE")
		}
	}
}

func contentBytes(e *wire.Event) ([]byte, error) {
	return envelope.ParseEventContent([]byte(e.Content))
}

// A subscriber offline while issues and a rotation went out catches up on
// its next sync, in order.
func TestOfflineSubscriberCatchesUp(t *testing.T) {
	nw := newWorld(t)
	ctx := ctxT(t)
	alice, dave := nw.reader("alice"), nw.reader("dave")
	nw.publish("One", "1")
	nw.publish("Two", "2")
	if err := dave.Unsubscribe(ctx, nw.list.Ref.List); err != nil {
		t.Fatal(err)
	}
	nw.publish("Three", "3 (new epoch)")
	nw.publish("Four", "4")
	rep := sync(t, alice) // alice's first sync since she was welcomed
	if rep.Issues != 4 || rep.Rotations != 1 {
		t.Fatalf("catch-up %+v", rep)
	}
	if got := subjects(t, alice); !slices.Equal(got, []string{"Four", "One", "Three", "Two"}) {
		t.Fatalf("alice reads %v", got)
	}
	if rep := sync(t, alice); rep.Issues != 0 {
		t.Fatalf("second sync %+v", rep)
	}
}

// A subscriber cannot forge an issue the others accept, nor replay one.
func TestForgeAndReplay(t *testing.T) {
	nw := newWorld(t)
	ctx := ctxT(t)
	alice, mallory := nw.reader("alice"), nw.reader("mallory")
	nw.publish("Real", "from the publisher")
	sync(t, alice)
	sync(t, mallory)

	// Mallory holds the chain value for the next issue (epoch 0, index 1).
	chains, _ := mallory.Client().Store().Newsletters().Chains(ctx, nw.list.Ref.List)
	c0 := chains[0]
	next, _ := newsletter.ChainAt(c0.Chain, c0.BaseIndex, 1)
	me := envelope.Address(mallory.Client().Address())
	pubAddr := envelope.Address(nw.pub.Client().Address())
	forge := func(from envelope.Address) []byte {
		msg := &envelope.Message{From: from, To: []envelope.Address{from}, Time: time.Now(), Subject: "Forged", Body: "send money"}
		s, err := envelope.SealIssue(nil, msg, mallory.Client().Identity().SigningKey, nw.list.Ref.List, 0, 1, &next)
		if err != nil {
			t.Fatal(err)
		}
		return s.Bytes
	}
	// 1. Her own event key: relays refuse a list event the list key did not sign.
	key, _ := wire.GenerateSigner()
	for _, from := range []envelope.Address{me, pubAddr} {
		ev := &wire.Event{CreatedAt: time.Now().Unix(), Kind: wire.KindListIssue,
			Tags:    [][]string{{"n", wire.Hex(nw.list.Ref.List[:])}},
			Content: envelope.EventContent((&newsletter.Record{Type: newsletter.RecordIssue, Issue: forge(from)}).Marshal())}
		key.Sign(ev)
		for _, r := range mallory.Client().PublishEvent(ctx, nw.w.RelayURLs(), ev) {
			if r.OK || wire.ReasonPrefix(r.Message) != wire.PrefixInvalid {
				t.Fatalf("relay %s took a forged issue: %v %q", r.Relay, r.OK, r.Message)
			}
		}
	}
	// 2. Signed as if by the list key's holder but with her mail key: a
	// reader rejects the body signature. (The test plays a relay that serves
	// it: the list key itself signs the event.)
	l, _ := nw.pub.Client().Store().Newsletters().List(ctx, nw.list.Ref.List)
	listKey, _ := wire.NewSigner(l.Key)
	ev := &wire.Event{CreatedAt: time.Now().Unix(), Kind: wire.KindListIssue,
		Tags:    [][]string{{"n", wire.Hex(nw.list.Ref.List[:])}},
		Content: envelope.EventContent((&newsletter.Record{Type: newsletter.RecordIssue, Issue: forge(pubAddr)}).Marshal())}
	listKey.Sign(ev)
	for _, r := range mallory.Client().PublishEvent(ctx, nw.w.RelayURLs(), ev) {
		if !r.OK {
			t.Fatalf("relay refused the list key's event: %q", r.Message)
		}
	}
	rep := sync(t, alice)
	if rep.Issues != 0 || rep.Rejected != 1 {
		t.Fatalf("alice's sync of a forged issue: %+v", rep)
	}
	// The real index 1 still goes through afterwards.
	nw.publish("Real 2", "the real index 1")
	if rep := sync(t, alice); rep.Issues != 1 {
		t.Fatalf("alice %+v", rep)
	}
	// 3. Replay: every event served again from the start, on both relays.
	resetCursors(t, alice, nw.list.Ref.List)
	rep = sync(t, alice)
	if rep.Issues != 0 {
		t.Fatalf("replayed issues accepted: %+v", rep)
	}
	if got := subjects(t, alice); !slices.Equal(got, []string{"Real", "Real 2"}) {
		t.Fatalf("alice reads %v", got)
	}
	// 4. An issue moved to another index does not open (the MAC and the
	// publisher's signature cover the header).
	real := fetchIssue(t, nw, 0, 0)
	moved := append([]byte(nil), real...)
	moved[envelope.IssueHeaderSize-33] ^= 1 // last byte of the index
	c1, _ := newsletter.ChainAt(c0.Chain, c0.BaseIndex, 1)
	if _, err := envelope.OpenIssue(moved, &c1); !errors.Is(err, envelope.ErrTampered) {
		t.Fatalf("issue moved to index 1: %v", err)
	}
}

func resetCursors(t *testing.T, s *newsletter.Service, list [32]byte) {
	t.Helper()
	ctx := ctxT(t)
	err := s.Client().Store().NewsletterTx(ctx, func(n *store.NL) error {
		for _, r := range s.Client().Config().Relays {
			if err := n.SetCursor(ctx, list, "issues", r, 0); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Subscribing twice is harmless, and so is a replayed request: an
// attacker who re-sends an old subscribe after the subscriber left does
// not put them back.
func TestDoubleAndReplayedSubscribe(t *testing.T) {
	nw := newWorld(t)
	ctx := ctxT(t)
	alice := nw.reader("alice")
	if _, err := alice.Subscribe(ctx, nw.list.Ref.String()); err != nil {
		t.Fatal(err)
	}
	rep, err := nw.pub.ProcessRequests(ctx, nw.list.Ref.List)
	if err != nil || len(rep.Resubscribed) != 1 || len(rep.Subscribed) != 0 {
		t.Fatalf("second subscribe: %+v %v", rep, err)
	}
	subs, _ := nw.pub.Subscribers(ctx, nw.list.Ref.List)
	if len(subs) != 1 || subs[0].Slot != 0 || !subs[0].Active {
		t.Fatalf("roster %+v", subs)
	}
	if r := sync(t, alice); r.Welcomed != 1 {
		t.Fatalf("re-welcome %+v", r)
	}
	nw.publish("One", "1")
	if r := sync(t, alice); r.Issues != 1 {
		t.Fatalf("alice %+v", r)
	}

	if err := alice.Unsubscribe(ctx, nw.list.Ref.List); err != nil {
		t.Fatal(err)
	}
	if _, err := nw.pub.ProcessRequests(ctx, nw.list.Ref.List); err != nil {
		t.Fatal(err)
	}
	// Replay: the relays serve every request again (cursors reset), and the
	// old requests are posted again as new events would be.
	olds := requestsOnRelay(t, nw)
	if len(olds) != 3 {
		t.Fatalf("%d requests on the relay, want 3", len(olds))
	}
	err = nw.pub.Client().Store().NewsletterTx(ctx, func(n *store.NL) error {
		for _, r := range nw.list.Ref.Relays {
			if err := n.SetCursor(ctx, nw.list.Ref.List, "requests", r, 0); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	rep, err = nw.pub.ProcessRequests(ctx, nw.list.Ref.List)
	if err != nil || len(rep.Subscribed)+len(rep.Resubscribed)+len(rep.Unsubscribed) != 0 || rep.Ignored != 3 {
		t.Fatalf("replayed requests: %+v %v", rep, err)
	}
	if subs, _ := nw.pub.Subscribers(ctx, nw.list.Ref.List); len(subs) != 1 || subs[0].Active {
		t.Fatalf("roster after the replay %+v", subs)
	}
	// She can come back with a new request.
	nw.subscribe(alice)
	if subs, _ := nw.pub.Subscribers(ctx, nw.list.Ref.List); !subs[0].Active {
		t.Fatal("a new subscribe after leaving was not applied")
	}
}

func requestsOnRelay(t *testing.T, nw *nlWorld) []*wire.Event {
	t.Helper()
	ctx := ctxT(t)
	l, _ := nw.pub.Client().Store().Newsletters().List(ctx, nw.list.Ref.List)
	key, _ := wire.NewSigner(l.Key)
	rc, err := relayclient.Dial(ctx, nw.w.Relays[0].URL, relayclient.Options{Signers: []*wire.Signer{key}})
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	sub, err := rc.Subscribe(ctx, []wire.Filter{{Kinds: []int{wire.KindEnvelope}, Tags: []wire.TagFilter{{Name: 'p', Values: [][32]byte{l.ID}}}}})
	if err != nil {
		t.Fatal(err)
	}
	var out []*wire.Event
	for {
		select {
		case r := <-sub.Events:
			out = append(out, r.Event)
		case <-sub.EOSE():
			time.Sleep(50 * time.Millisecond)
			for len(sub.Events) > 0 {
				out = append(out, (<-sub.Events).Event)
			}
			return out
		case <-ctx.Done():
			t.Fatal("no EOSE")
		}
	}
}

// The roster lives in the publisher's store: after a restart the publisher
// publishes to the same subscribers.
func TestRosterSurvivesRestart(t *testing.T) {
	w := clienttest.New(t, clienttest.Options{Relays: 2})
	ctx := ctxT(t)
	c, home := w.NewUser("publisher", clienttest.UserOptions{})
	id := c.Identity()
	pub := newsletter.New(c)
	l, err := pub.CreateList(ctx, newsletter.CreateListRequest{Name: "Persisted"})
	if err != nil {
		t.Fatal(err)
	}
	nw := &nlWorld{t: t, w: w, pub: pub, list: l}
	alice, bob := nw.reader("alice"), nw.reader("bob")
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	c2, err := w.Open(home, id, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	nw.pub = newsletter.New(c2)
	lists, err := nw.pub.Lists(ctx)
	if err != nil || len(lists) != 1 || lists[0].Subscribers != 2 {
		t.Fatalf("lists after restart: %+v %v", lists, err)
	}
	nw.publish("After restart", "hello again")
	for _, s := range []*newsletter.Service{alice, bob} {
		if rep := sync(t, s); rep.Issues != 1 {
			t.Fatalf("%+v", rep)
		}
	}
}

// A rotation of more slots than one slice holds: the slices are posted
// concurrently and before their notice, and a subscriber in a later slice
// finds its wrap.
func TestRotationManySlices(t *testing.T) {
	nw := newWorld(t)
	ctx := ctxT(t)
	const fake = 2*newsletter.MaxSliceWraps + 10
	err := nw.pub.Client().Store().NewsletterTx(ctx, func(n *store.NL) error {
		l, err := n.List(ctx, nw.list.Ref.List)
		if err != nil {
			return err
		}
		for slot := uint32(0); slot < fake; slot++ {
			s := &store.ListSubscriber{List: l.ID, Slot: slot, Active: true, JoinedAt: n.Now()}
			s.Account[0], s.Account[1], s.Account[2] = 0xee, byte(slot>>8), byte(slot)
			s.Key[0], s.Key[1] = byte(slot>>8), byte(slot)
			if err := n.PutSubscriber(ctx, s); err != nil {
				return err
			}
		}
		l.Slots = fake
		return n.PutList(ctx, l)
	})
	if err != nil {
		t.Fatal(err)
	}
	alice := nw.reader("alice") // takes the first free slot: fake, in the third slice
	subs, _ := nw.pub.Subscribers(ctx, nw.list.Ref.List)
	if last := subs[len(subs)-1]; last.Account != alice.Client().Address() || last.Slot != fake {
		t.Fatalf("alice's slot: %+v", last)
	}
	nw.publish("One", "1")
	if err := nw.pub.RemoveSubscriber(ctx, nw.list.Ref.List, subs[0].Account); err != nil {
		t.Fatal(err)
	}
	var posted []newsletter.Progress
	p, err := nw.pub.Publish(ctx, newsletter.PublishRequest{List: nw.list.Ref.List, Subject: "Two", Body: "2",
		Progress: func(g newsletter.Progress) {
			if g.Stage == "post" {
				posted = append(posted, g)
			}
		}})
	if err != nil {
		t.Fatal(err)
	}
	if !p.Rotated || p.RotationSlots != fake+1 || p.Audience != fake {
		t.Fatalf("published %+v", p)
	}
	if n := len(listEvents(t, nw, wire.KindListKeys)); n != 3 {
		t.Fatalf("%d slices on the relay, want 3", n)
	}
	if last := posted[len(posted)-1]; last.Done != last.Total || last.Total != 5 { // 3 slices, the notice, the issue
		t.Fatalf("post progress %+v", posted)
	}
	if rep := sync(t, alice); rep.Rotations != 1 || rep.Issues != 2 || rep.Rejected != 0 {
		t.Fatalf("alice %+v", rep)
	}
}
