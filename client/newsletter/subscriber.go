package newsletter

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/envelope"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/relay/wire"
)

// Subscription states, as shown.
const (
	StatePending = "pending" // request sent, no welcome yet
	StateActive  = "active"
	StateLeft    = "left"
)

// Subscription is a list this user subscribes to, as shown.
type Subscription struct {
	Ref         ListRef
	Name        string
	Description string
	Publisher   common.Address
	State       string
	Since       time.Time
}

func subscriptionView(s *store.Subscription) Subscription {
	st := StatePending
	switch s.State {
	case store.SubscriptionActive:
		st = StateActive
	case store.SubscriptionLeft:
		st = StateLeft
	}
	return Subscription{Ref: ListRef{List: s.List, Relays: s.Relays}, Name: s.Name, Description: s.Description,
		Publisher: s.Publisher, State: st, Since: time.Unix(s.SubscribedAt, 0)}
}

// Subscriptions returns the lists this user subscribes (or subscribed) to.
func (s *Service) Subscriptions(ctx context.Context) ([]Subscription, error) {
	subs, err := s.st.Newsletters().Subscriptions(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Subscription, 0, len(subs))
	for i := range subs {
		out = append(out, subscriptionView(&subs[i]))
	}
	return out, nil
}

// FindSubscription resolves what a user typed (list string, id or prefix,
// name) to one of their subscriptions.
func (s *Service) FindSubscription(ctx context.Context, who string) (*Subscription, error) {
	subs, err := s.st.Newsletters().Subscriptions(ctx)
	if err != nil {
		return nil, err
	}
	i, err := pick(who, len(subs), func(i int) ([32]byte, string) { return subs[i].List, subs[i].Name })
	if err != nil {
		return nil, err
	}
	v := subscriptionView(&subs[i])
	return &v, nil
}

// Lookup fetches and checks a list's definition from its relays: the list
// key signed the event, the definition names the list, and the publisher's
// registered bundle certifies the key that signed it.
func (s *Service) Lookup(ctx context.Context, ref ListRef) (*Definition, []byte, *client.Peer, error) {
	relays := ref.Relays
	if len(relays) == 0 {
		relays = s.c.Config().Relays
	}
	evs, _, err := s.fetch(ctx, relays, wire.Filter{Kinds: []int{wire.KindListInfo},
		Tags: []wire.TagFilter{{Name: wire.TagList[0], Values: [][32]byte{ref.List}}}})
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%w: %w", ErrListNotFound, err)
	}
	var best *Definition
	var bestEv *wire.Event
	for _, e := range evs {
		id, ok := listOf(e)
		if !ok || id != ref.List || e.Kind != wire.KindListInfo {
			continue
		}
		b, err := decodeEventContent(e, MaxDefinitionSize)
		if err != nil {
			continue
		}
		d, err := ParseDefinition(b)
		if err != nil || d.List != ref.List || d.Verify() != nil {
			continue
		}
		if best == nil || d.Created > best.Created {
			best, bestEv = d, e
		}
	}
	if best == nil {
		return nil, nil, nil, fmt.Errorf("%w: %x", ErrListNotFound, ref.List[:4])
	}
	peer, err := s.c.Resolve(ctx, best.Publisher, best.Relays...)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("newsletter: the list's publisher %s: %w", best.Publisher.Hex(), err)
	}
	if peer.Bundle.SigningKey != best.Signer {
		return nil, nil, nil, fmt.Errorf("%w: the publisher's key bundle does not certify the key that signed the list", ErrBadSignature)
	}
	return best, bestEv.Marshal(nil), peer, nil
}

// Subscribe subscribes to a list (a list string): it checks the list's
// definition, then sends a signed subscribe request to the list key; the
// subscription is pending until Sync finds the welcome. Subscribing again
// while subscribed asks for the welcome again and changes nothing else.
func (s *Service) Subscribe(ctx context.Context, listString string) (*Subscription, error) {
	ref, err := ParseListRef(listString)
	if err != nil {
		return nil, err
	}
	if _, err := s.st.Newsletters().List(ctx, ref.List); err == nil {
		return nil, ErrOwnList
	}
	def, defJSON, peer, err := s.Lookup(ctx, *ref)
	if err != nil {
		return nil, err
	}
	if def.Publisher == s.c.Address() {
		return nil, ErrOwnList
	}
	var sub *store.Subscription
	var ev *wire.Event
	err = s.st.NewsletterTx(ctx, func(n *store.NL) error {
		old, err := n.Subscription(ctx, ref.List)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return err
		}
		sub = &store.Subscription{List: ref.List, State: store.SubscriptionPending, SubscribedAt: n.Now()}
		if old != nil {
			sub = old
			if sub.State == store.SubscriptionLeft {
				sub.State, sub.SubscribedAt = store.SubscriptionPending, n.Now()
			}
		}
		if old == nil || old.State == store.SubscriptionLeft {
			_, sec, err := s.newSigner()
			if err != nil {
				return err
			}
			sub.ReaderKey, sub.Key = sec, nil
		}
		sub.Publisher, sub.Signer, sub.Name, sub.Description, sub.Relays, sub.Definition =
			def.Publisher, def.Signer, def.Name, def.Description, def.Relays, defJSON
		at := max(s.Now().Unix(), sub.LastRequest+1)
		sub.LastRequest = at
		reader, err := wire.NewSigner(sub.ReaderKey)
		if err != nil {
			return err
		}
		ev, err = s.request(peer, def, SubjectSubscribe, reader.PublicKey(), at)
		if err != nil {
			return err
		}
		if _, err := n.AddPost(ctx, ref.List, "request", ev.Marshal(nil), def.Relays); err != nil {
			return err
		}
		return n.PutSubscription(ctx, sub)
	})
	if err != nil {
		return nil, err
	}
	v := subscriptionView(sub)
	if err := s.postOpen(ctx, ref.List, nil); err != nil {
		return &v, fmt.Errorf("newsletter: the request is recorded and will be sent again with the next command: %w", err)
	}
	return &v, nil
}

// request seals a subscribe or unsubscribe request to the publisher,
// addressed to the list key.
func (s *Service) request(peer *client.Peer, def *Definition, subject string, reader [32]byte, at int64) (*wire.Event, error) {
	body := (&Request{List: def.List, Reader: reader}).Marshal()
	msg := &envelope.Message{From: envelope.Address(s.c.Address()), To: []envelope.Address{envelope.Address(def.Publisher)},
		Time: time.Unix(at, 0), Subject: subject, Body: body}
	return s.sealControl(peer.Bundle.EncryptionKey[:], msg, def.List)
}

// Unsubscribe leaves a list: a signed unsubscribe request to the list key.
// The publisher's next issue starts an epoch this user has no key for.
func (s *Service) Unsubscribe(ctx context.Context, list [32]byte) error {
	nl := s.st.Newsletters()
	sub, err := nl.Subscription(ctx, list)
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("%w: not subscribed", ErrNoList)
	}
	if err != nil {
		return err
	}
	peer, err := s.c.Resolve(ctx, sub.Publisher, sub.Relays...)
	if err != nil {
		return err
	}
	err = s.st.NewsletterTx(ctx, func(n *store.NL) error {
		at := max(s.Now().Unix(), sub.LastRequest+1)
		def := &Definition{List: list, Publisher: sub.Publisher}
		reader, err := wire.NewSigner(sub.ReaderKey)
		if err != nil {
			return err
		}
		ev, err := s.request(peer, def, SubjectUnsubscribe, reader.PublicKey(), at)
		if err != nil {
			return err
		}
		if _, err := n.AddPost(ctx, list, "request", ev.Marshal(nil), sub.Relays); err != nil {
			return err
		}
		sub.LastRequest, sub.State = at, store.SubscriptionLeft
		return n.PutSubscription(ctx, sub)
	})
	if err != nil {
		return err
	}
	return s.postOpen(ctx, list, nil)
}

// SyncReport says what Sync found.
type SyncReport struct {
	Welcomed  int // subscriptions that became active (or were welcomed again)
	Removed   int // subscriptions whose publisher removed this user (a rotation left it out)
	Rotations int // epochs whose key this user received
	Issues    int // new issues
	// Unreadable counts list events this user has no key for and never will
	// (issues from before it joined, rotations after it left); Rejected
	// those that failed a check (forged, tampered, replayed into another
	// place); Waiting those kept until their key material arrives.
	Unreadable, Rejected, Waiting int
	Errors                        []error // relays that failed (the others still delivered)
	// Lists is each subscription's share of the counts and errors above,
	// in the order synced (empty within a ListSync).
	Lists []ListSync `json:"-"`
}

// ListSync is what Sync found for one subscription.
type ListSync struct {
	List [32]byte
	Name string // as the list's definition names it; sanitise before showing
	SyncReport
}

// add counts o into r (not its Lists).
func (r *SyncReport) add(o *SyncReport) {
	r.Welcomed += o.Welcomed
	r.Removed += o.Removed
	r.Rotations += o.Rotations
	r.Issues += o.Issues
	r.Unreadable += o.Unreadable
	r.Rejected += o.Rejected
	r.Waiting += o.Waiting
	r.Errors = append(r.Errors, o.Errors...)
}

// Sync reads every subscription's relays once: welcomes first (as the
// subscription's reader key), then the list's rotations and issues after
// the stored cursors, in epoch and index order. A relay that fails is
// reported in Errors (of the list and of the whole) and the others still
// deliver; Sync itself fails only when the store does or ctx ends, and
// then still returns what the lists before brought.
func (s *Service) Sync(ctx context.Context) (*SyncReport, error) {
	subs, err := s.st.Newsletters().Subscriptions(ctx)
	if err != nil {
		return nil, err
	}
	rep := &SyncReport{}
	for i := range subs {
		if subs[i].State == store.SubscriptionLeft {
			continue
		}
		one := ListSync{List: subs[i].List, Name: subs[i].Name}
		err := s.syncOne(ctx, subs[i].List, &one.SyncReport)
		rep.add(&one.SyncReport)
		rep.Lists = append(rep.Lists, one)
		if err != nil {
			return rep, err
		}
	}
	return rep, nil
}

func (s *Service) syncOne(ctx context.Context, list [32]byte, rep *SyncReport) error {
	if err := s.postOpen(ctx, list, nil); err != nil {
		rep.Errors = append(rep.Errors, err)
	}
	if err := s.syncWelcomes(ctx, list, rep); err != nil {
		return err
	}
	sub, err := s.st.Newsletters().Subscription(ctx, list)
	if err != nil {
		return err
	}
	nl := s.st.Newsletters()
	var events []*wire.Event
	cursors := map[string]int64{}
	for _, relay := range sub.Relays {
		after, err := nl.Cursor(ctx, list, "issues", relay)
		if err != nil {
			return err
		}
		evs, cur, err := s.fetch(ctx, []string{relay}, wire.Filter{Kinds: []int{wire.KindListIssue},
			Tags: []wire.TagFilter{{Name: wire.TagList[0], Values: [][32]byte{list}}}, After: &after})
		if err != nil {
			rep.Errors = append(rep.Errors, err)
			continue
		}
		events = append(events, evs...)
		if c, ok := cur[relay]; ok {
			cursors[relay] = c
		}
	}
	if err := s.readEvents(ctx, sub, events, rep); err != nil {
		return err
	}
	return s.st.NewsletterTx(ctx, func(n *store.NL) error {
		for relay, c := range cursors {
			if err := n.SetCursor(ctx, list, "issues", relay, c); err != nil {
				return err
			}
		}
		return nil
	})
}

// syncWelcomes reads the welcomes addressed to the subscription's reader
// key and applies the newest that answers a request this user sent.
func (s *Service) syncWelcomes(ctx context.Context, list [32]byte, rep *SyncReport) error {
	nl := s.st.Newsletters()
	sub, err := nl.Subscription(ctx, list)
	if err != nil {
		return err
	}
	reader, err := wire.NewSigner(sub.ReaderKey)
	if err != nil {
		return err
	}
	var best *Welcome
	cursors := map[string]int64{}
	for _, relay := range sub.Relays {
		after, err := nl.Cursor(ctx, list, "welcomes", relay)
		if err != nil {
			return err
		}
		evs, cur, err := s.fetchAs(ctx, relay, reader, after)
		if err != nil {
			rep.Errors = append(rep.Errors, fmt.Errorf("%s: %w", relay, err))
			continue
		}
		cursors[relay] = cur
		for _, e := range evs {
			o, err := s.openControl(e.Content)
			if err != nil || o.Message.Subject != SubjectWelcome || common.Address(o.Message.From) != sub.Publisher {
				continue
			}
			if !s.certified(ctx, sub, o.Signer) {
				rep.Rejected++
				continue
			}
			w, err := ParseWelcome(o.Message.Body)
			if err != nil || w.List != list || int64(w.Request) > sub.LastRequest || int64(w.Request) < sub.Welcomed {
				rep.Rejected++
				continue
			}
			if best == nil || w.Request > best.Request {
				best = w
			}
		}
	}
	return s.st.NewsletterTx(ctx, func(n *store.NL) error {
		for relay, c := range cursors {
			if err := n.SetCursor(ctx, list, "welcomes", relay, c); err != nil {
				return err
			}
		}
		if best == nil {
			return nil
		}
		cur, err := n.Subscription(ctx, list)
		if err != nil || cur.State == store.SubscriptionLeft {
			return err
		}
		k := best.Key
		cur.Key, cur.Slot, cur.Welcomed, cur.State = &k, best.Slot, int64(best.Request), store.SubscriptionActive
		if err := n.PutSubscription(ctx, cur); err != nil {
			return err
		}
		if _, err := n.AddChain(ctx, list, store.ChainValue{Epoch: best.Epoch, BaseIndex: best.Index, Chain: best.Chain}); err != nil {
			return err
		}
		rep.Welcomed++
		return nil
	})
}

// certified reports whether signer is the publisher's: the key that signed
// the list's definition, or the one the publisher's registered bundle
// certifies now (after a key rotation).
func (s *Service) certified(ctx context.Context, sub *store.Subscription, signer []byte) bool {
	if slices.Equal(sub.Signer[:], signer) {
		return true
	}
	peer, err := s.c.Resolve(ctx, sub.Publisher, sub.Relays...)
	return err == nil && slices.Equal(peer.Bundle.SigningKey[:], signer)
}

// listEvent is a list issue event read and parsed.
type listEvent struct {
	event  *wire.Event
	record *Record
	issue  *envelope.Issue
}

// readEvents handles list events (fresh ones and those kept waiting):
// rotations first, by epoch, then issues by epoch and index.
func (s *Service) readEvents(ctx context.Context, sub *store.Subscription, fresh []*wire.Event, rep *SyncReport) error {
	list := sub.List
	nl := s.st.Newsletters()
	pending, err := nl.Pending(ctx, list)
	if err != nil {
		return err
	}
	wasPending := map[[32]byte]bool{}
	all := fresh
	for _, p := range pending {
		e, err := parseRecorded(p.Event)
		if err != nil {
			nl.DropPending(ctx, list, p.EventID)
			continue
		}
		wasPending[e.ID] = true
		all = append(all, e)
	}
	var evs []listEvent
	seen := map[[32]byte]bool{}
	for _, e := range all {
		if seen[e.ID] {
			continue
		}
		seen[e.ID] = true
		id, ok := listOf(e)
		if !ok || id != list || e.Kind != wire.KindListIssue || e.Verify() != nil {
			rep.Rejected++
			continue
		}
		b, err := decodeEventContent(e, MaxRecordSize)
		if err != nil {
			rep.Rejected++
			continue
		}
		rc, err := ParseRecord(b)
		if err != nil {
			rep.Rejected++
			continue
		}
		le := listEvent{event: e, record: rc}
		if rc.Type == RecordIssue {
			le.issue, _ = envelope.ParseIssue(rc.Issue)
			if le.issue.Header.List != list {
				rep.Rejected++
				continue
			}
		} else if rc.Rotation.List != list {
			rep.Rejected++
			continue
		}
		evs = append(evs, le)
	}
	slices.SortStableFunc(evs, func(a, b listEvent) int {
		ka, kb := a.order(), b.order()
		for i := range ka {
			if ka[i] != kb[i] {
				if ka[i] < kb[i] {
					return -1
				}
				return 1
			}
		}
		return 0
	})
	removedAt := int64(-1) // the first epoch this user has no key for, once known
	for _, le := range evs {
		var outcome string
		var err error
		switch {
		case le.record.Type == RecordRotation:
			outcome, err = s.readRotation(ctx, list, le)
			if outcome == "removed" && removedAt < 0 {
				removedAt = int64(le.record.Rotation.Epoch)
				if err == nil {
					err = s.markRemoved(ctx, list)
				}
				rep.Removed++
				outcome = "unreadable"
			}
		case removedAt >= 0 && int64(le.issue.Header.Epoch) >= removedAt:
			outcome = "unreadable"
		default:
			outcome, err = s.readIssue(ctx, sub, le)
		}
		if err != nil {
			return err
		}
		id := le.event.ID
		switch outcome {
		case "wait":
			if !wasPending[id] {
				if err := nl.AddPending(ctx, list, id, le.event.Marshal(nil)); err != nil {
					return err
				}
			}
			rep.Waiting++
			continue
		case "rotation":
			rep.Rotations++
		case "issue":
			rep.Issues++
		case "unreadable":
			rep.Unreadable++
		case "rejected":
			rep.Rejected++
		}
		if wasPending[id] {
			if err := nl.DropPending(ctx, list, id); err != nil {
				return err
			}
		}
	}
	return nil
}

// markRemoved records that the publisher removed this user: the
// subscription ends as if it had left.
func (s *Service) markRemoved(ctx context.Context, list [32]byte) error {
	return s.st.NewsletterTx(ctx, func(n *store.NL) error {
		sub, err := n.Subscription(ctx, list)
		if err != nil {
			return err
		}
		sub.State = store.SubscriptionLeft
		return n.PutSubscription(ctx, sub)
	})
}

// order sorts rotations before the issues of their epoch.
func (le *listEvent) order() [3]uint64 {
	if le.record.Type == RecordRotation {
		return [3]uint64{uint64(le.record.Rotation.Epoch), 0, 0}
	}
	h := le.issue.Header
	return [3]uint64{uint64(h.Epoch), 1, uint64(h.Index)}
}

// readRotation opens this user's wrap of a rotation: "rotation" (got the
// epoch's chain_0), "removed" (a later epoch with no wrap for this user:
// the publisher removed it), "wait" (no subscriber key yet), or "" (an
// epoch it holds already, or one from before it joined).
func (s *Service) readRotation(ctx context.Context, list [32]byte, le listEvent) (string, error) {
	ro := le.record.Rotation
	nl := s.st.Newsletters()
	chains, err := nl.Chains(ctx, list)
	if err != nil {
		return "", err
	}
	// A rotation of an epoch this user already holds (from a welcome), or
	// of one before its first, is not for it.
	for e := range chains {
		if e >= ro.Epoch {
			return "", nil
		}
	}
	sub, err := nl.Subscription(ctx, list)
	if err != nil {
		return "", err
	}
	if sub.Key == nil {
		return "wait", nil
	}
	if sub.Slot >= ro.Slots {
		return "removed", nil
	}
	j, pos := ro.SliceOf(sub.Slot)
	sliceID := ro.Slices[j]
	evs, _, err := s.fetch(ctx, sub.Relays, wire.Filter{IDs: [][32]byte{sliceID},
		Tags: []wire.TagFilter{{Name: wire.TagList[0], Values: [][32]byte{list}}}})
	if err != nil || len(evs) == 0 {
		return "wait", nil // the relays may have it later
	}
	e := evs[0]
	if id, ok := listOf(e); !ok || id != list || e.Kind != wire.KindListKeys || e.ID != sliceID {
		return "rejected", nil
	}
	b, err := decodeEventContent(e, MaxSliceSize)
	if err != nil {
		return "rejected", nil
	}
	sl, err := ParseSlice(b)
	if err != nil || sl.List != list || sl.Epoch != ro.Epoch || sl.First != uint32(j)*ro.PerSlice {
		return "rejected", nil
	}
	chain0, err := OpenWrap(sl.Wrap(pos), sub.Key, &list, ro.Epoch, sub.Slot, &ro.Salt)
	if err != nil {
		return "removed", nil
	}
	if _, err := nl.AddChain(ctx, list, store.ChainValue{Epoch: ro.Epoch, BaseIndex: 0, Chain: chain0}); err != nil {
		return "", err
	}
	return "rotation", nil
}

// readIssue opens an issue with the chain value held for its epoch and
// records it: "issue", "" (already received: a copy or a replay),
// "unreadable" (from before this user joined), "wait" (its epoch's key
// has not arrived) or "rejected" (does not open or verify).
func (s *Service) readIssue(ctx context.Context, sub *store.Subscription, le listEvent) (string, error) {
	list := sub.List
	h := le.issue.Header
	nl := s.st.Newsletters()
	if ok, err := nl.HasIssue(ctx, list, h.Epoch, h.Index); err != nil || ok {
		return "", err
	}
	chains, err := nl.Chains(ctx, list)
	if err != nil {
		return "", err
	}
	held, ok := chains[h.Epoch]
	if !ok {
		for e := range chains {
			if e > h.Epoch {
				return "unreadable", nil // an epoch before this user's keys
			}
		}
		return "wait", nil
	}
	chain, err := ChainAt(held.Chain, held.BaseIndex, h.Index)
	if err != nil {
		return "unreadable", nil
	}
	o, err := envelope.OpenIssue(le.record.Issue, &chain)
	if err != nil {
		return "rejected", nil
	}
	if common.Address(o.Message.From) != sub.Publisher || !s.certified(ctx, sub, o.Signer) {
		return "rejected", nil
	}
	added, err := nl.AddIssue(ctx, &store.NewsletterIssue{List: list, Epoch: h.Epoch, Index: h.Index, EventID: le.event.ID,
		MessageID: o.Message.ID, Publisher: sub.Publisher, Subject: o.Message.Subject, Body: o.Message.Body,
		SentAt: o.Message.Time.Unix(), ReceivedAt: s.Now().Unix()})
	if err != nil || !added {
		return "", err
	}
	return "issue", nil
}

// Issues returns the received issues of a list (zero: of every list),
// newest first. Text is as the publisher signed it: sanitise before
// showing.
func (s *Service) Issues(ctx context.Context, list [32]byte) ([]store.NewsletterIssue, error) {
	return s.st.Newsletters().Issues(ctx, list)
}
