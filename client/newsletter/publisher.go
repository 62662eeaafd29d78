package newsletter

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/envelope"
	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/relay/wire"
)

// List is a list this user publishes, as shown.
type List struct {
	Ref         ListRef // the list id and its relays: String() is the list string
	Name        string
	Description string
	Publisher   common.Address
	Created     time.Time
	Subscribers int    // active
	Epoch       uint32 // the current epoch
	NextIndex   uint32 // the next issue's index in it
	// RotationPending is set when someone left since the last issue: the
	// next issue starts a new epoch.
	RotationPending bool
}

// Subscriber is one account on a list's roster.
type Subscriber struct {
	Account common.Address
	Active  bool
	Slot    uint32
	Joined  time.Time
	Left    time.Time // zero while active
}

// CreateListRequest describes a new list.
type CreateListRequest struct {
	Name        string
	Description string
	// Relays hold the list's events; default: the client's relays.
	Relays []string
}

// CreateList creates a list: a fresh list key, epoch 0 from a random chain
// value, and the signed definition, recorded and then posted to the list's
// relays.
func (s *Service) CreateList(ctx context.Context, r CreateListRequest) (*List, error) {
	relays := r.Relays
	if len(relays) == 0 {
		relays = s.c.Config().Relays
	}
	var canon []string
	for _, u := range relays {
		n, err := identity.NormalizeRelayURL(u)
		if err != nil {
			return nil, fmt.Errorf("%w: relay %q: %v", ErrInvalid, u, err)
		}
		if !slices.Contains(canon, n) {
			canon = append(canon, n)
		}
	}
	key, sec, err := s.newSigner()
	if err != nil {
		return nil, err
	}
	chain, err := s.random32()
	if err != nil {
		return nil, err
	}
	id := key.PublicKey()
	now := s.Now()
	def := &Definition{List: id, Publisher: s.c.Address(), Created: uint64(now.Unix()), Name: r.Name,
		Description: r.Description, Relays: canon}
	if err := def.Sign(s.c.Identity().SigningKey); err != nil {
		return nil, err
	}
	ev, err := s.signEvent(key, wire.KindListInfo, id, def.Marshal())
	if err != nil {
		return nil, err
	}
	js := ev.Marshal(nil)
	l := &store.List{ID: id, Key: sec, Name: def.Name, Description: def.Description, Relays: canon, CreatedAt: now.Unix(),
		Definition: js, Chain: chain}
	err = s.st.NewsletterTx(ctx, func(n *store.NL) error {
		if err := n.PutList(ctx, l); err != nil {
			return err
		}
		_, err := n.AddPost(ctx, id, "definition", js, canon)
		return err
	})
	if err != nil {
		return nil, err
	}
	if err := s.postOpen(ctx, id, nil); err != nil {
		return s.listView(ctx, l), fmt.Errorf("newsletter: the list is created and its definition will be posted again with the next command: %w", err)
	}
	return s.listView(ctx, l), nil
}

func (s *Service) listView(ctx context.Context, l *store.List) *List {
	n, _ := s.st.Newsletters().CountSubscribers(ctx, l.ID)
	return &List{Ref: ListRef{List: l.ID, Relays: l.Relays}, Name: l.Name, Description: l.Description,
		Publisher: s.c.Address(), Created: time.Unix(l.CreatedAt, 0), Subscribers: n, Epoch: l.Epoch,
		NextIndex: l.NextIndex, RotationPending: l.Rotate}
}

// Lists returns the lists this user publishes.
func (s *Service) Lists(ctx context.Context) ([]List, error) {
	ls, err := s.st.Newsletters().Lists(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]List, 0, len(ls))
	for i := range ls {
		out = append(out, *s.listView(ctx, &ls[i]))
	}
	return out, nil
}

// FindList resolves what a user typed to one of their own lists: a list
// string, the list id in hex (or a prefix of at least 8 characters), or
// the list's name.
func (s *Service) FindList(ctx context.Context, who string) (*List, error) {
	ls, err := s.st.Newsletters().Lists(ctx)
	if err != nil {
		return nil, err
	}
	l, err := pick(who, len(ls), func(i int) ([32]byte, string) { return ls[i].ID, ls[i].Name })
	if err != nil {
		return nil, err
	}
	return s.listView(ctx, &ls[l]), nil
}

// pick finds the one entry matching who among n (id, name) pairs.
func pick(who string, n int, at func(int) ([32]byte, string)) (int, error) {
	hexID := who
	if ref, err := ParseListRef(who); err == nil {
		hexID = hex.EncodeToString(ref.List[:])
	}
	hexID = strings.ToLower(hexID)
	found := -1
	for i := 0; i < n; i++ {
		id, name := at(i)
		h := hex.EncodeToString(id[:])
		if h == hexID || (len(hexID) >= 8 && strings.HasPrefix(h, hexID)) || name == who {
			if found >= 0 {
				return 0, fmt.Errorf("%w: %q names more than one list; use its id", ErrNoList, who)
			}
			found = i
		}
	}
	if found < 0 {
		return 0, fmt.Errorf("%w: %q", ErrNoList, who)
	}
	return found, nil
}

// Subscribers returns a list's roster (those who left too, after the
// active ones).
func (s *Service) Subscribers(ctx context.Context, list [32]byte) ([]Subscriber, error) {
	if _, err := s.ownList(ctx, list); err != nil {
		return nil, err
	}
	subs, err := s.st.Newsletters().Subscribers(ctx, list, false)
	if err != nil {
		return nil, err
	}
	out := make([]Subscriber, 0, len(subs))
	for _, r := range subs {
		v := Subscriber{Account: r.Account, Active: r.Active, Slot: r.Slot, Joined: time.Unix(r.JoinedAt, 0)}
		if !r.Active {
			v.Left = time.Unix(r.LeftAt, 0)
		}
		out = append(out, v)
	}
	return out, nil
}

// Published returns a list's issues, newest first.
func (s *Service) Published(ctx context.Context, list [32]byte) ([]store.SentIssue, error) {
	if _, err := s.ownList(ctx, list); err != nil {
		return nil, err
	}
	return s.st.Newsletters().SentIssues(ctx, list)
}

func (s *Service) ownList(ctx context.Context, list [32]byte) (*store.List, error) {
	l, err := s.st.Newsletters().List(ctx, list)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("%w: %x", ErrNotPublisher, list[:4])
	}
	return l, err
}

// RequestReport says what processing a list's requests did.
type RequestReport struct {
	Subscribed   []common.Address // new (or returning) subscribers, welcomed
	Resubscribed []common.Address // already subscribed: welcomed again, nothing else changed
	Unsubscribed []common.Address // removed; the next issue rotates
	Ignored      int              // replayed, stale, not for this list, or not certified
}

// ProcessRequests reads the list's subscribe and unsubscribe requests from
// its relays (as the list key), applies each in the order of its signed
// time, answers subscriptions with welcomes and posts them.
func (s *Service) ProcessRequests(ctx context.Context, list [32]byte) (*RequestReport, error) {
	lock := s.listLock(list)
	lock.Lock()
	defer lock.Unlock()
	return s.processRequests(ctx, list)
}

type request struct {
	event  *wire.Event
	opened *envelope.Opened
	body   *Request
	sub    bool
}

func (s *Service) processRequests(ctx context.Context, list [32]byte) (*RequestReport, error) {
	l, err := s.ownList(ctx, list)
	if err != nil {
		return nil, err
	}
	key, err := wire.NewSigner(l.Key)
	if err != nil {
		return nil, err
	}
	rep := &RequestReport{}
	seen := map[[32]byte]bool{}
	var reqs []request
	cursors := map[string]int64{}
	var errs []error
	nl := s.st.Newsletters()
	for _, relay := range l.Relays {
		after, err := nl.Cursor(ctx, list, "requests", relay)
		if err != nil {
			return nil, err
		}
		evs, cur, err := s.fetchAs(ctx, relay, key, after)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", relay, err))
			continue
		}
		cursors[relay] = cur
		for _, e := range evs {
			if seen[e.ID] {
				continue
			}
			seen[e.ID] = true
			o, err := s.openControl(e.Content)
			if err != nil {
				rep.Ignored++
				continue
			}
			subj := o.Message.Subject
			if subj != SubjectSubscribe && subj != SubjectUnsubscribe {
				rep.Ignored++
				continue
			}
			body, err := ParseRequest(o.Message.Body)
			if err != nil || body.List != list {
				rep.Ignored++
				continue
			}
			reqs = append(reqs, request{event: e, opened: o, body: body, sub: subj == SubjectSubscribe})
		}
	}
	if len(errs) == len(l.Relays) {
		return nil, fmt.Errorf("newsletter: no relay of the list answered: %w", errors.Join(errs...))
	}
	slices.SortStableFunc(reqs, func(a, b request) int { return a.opened.Message.Time.Compare(b.opened.Message.Time) })
	for _, q := range reqs {
		applied, err := s.applyRequest(ctx, list, q)
		if err != nil {
			return nil, err
		}
		from := common.Address(q.opened.Message.From)
		switch applied {
		case "subscribed":
			rep.Subscribed = append(rep.Subscribed, from)
		case "resubscribed":
			rep.Resubscribed = append(rep.Resubscribed, from)
		case "unsubscribed":
			rep.Unsubscribed = append(rep.Unsubscribed, from)
		default:
			rep.Ignored++
		}
	}
	err = s.st.NewsletterTx(ctx, func(n *store.NL) error {
		for relay, c := range cursors {
			if err := n.SetCursor(ctx, list, "requests", relay, c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := s.postOpen(ctx, list, nil); err != nil {
		return rep, err
	}
	return rep, nil
}

// applyRequest applies one request: it reports what it did ("" when it
// ignored it). A request whose signed time is not after the subscriber's
// last applied one is a replay or a duplicate and changes nothing.
func (s *Service) applyRequest(ctx context.Context, list [32]byte, q request) (string, error) {
	from := common.Address(q.opened.Message.From)
	peer, err := s.c.Resolve(ctx, from)
	if err != nil {
		var kc *client.KeyChangedError
		if errors.Is(err, client.ErrNotRegistered) || errors.Is(err, client.ErrBundleSubstituted) || errors.As(err, &kc) {
			return "", nil
		}
		return "", err
	}
	if !slices.Equal(peer.Bundle.SigningKey[:], q.opened.Signer) {
		return "", nil // signed by a key the sender's bundle does not certify
	}
	at := q.opened.Message.Time.Unix()
	var did string
	err = s.st.NewsletterTx(ctx, func(n *store.NL) error {
		l, err := n.List(ctx, list)
		if err != nil {
			return err
		}
		sub, err := n.Subscriber(ctx, list, from)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return err
		}
		if sub != nil && at <= sub.LastRequest {
			return nil
		}
		if !q.sub {
			if sub == nil {
				return nil
			}
			if sub.Active {
				sub.Active, sub.LeftAt, l.Rotate = false, n.Now(), true
				did = "unsubscribed"
			}
			sub.LastRequest = at
			if err := n.PutSubscriber(ctx, sub); err != nil {
				return err
			}
			return n.PutList(ctx, l)
		}
		did = "resubscribed"
		if sub == nil || !sub.Active {
			slot, err := n.FreeSlot(ctx, list, l.Slots)
			if err != nil {
				return err
			}
			if slot == l.Slots {
				l.Slots++
			}
			k, err := s.random32()
			if err != nil {
				return err
			}
			sub = &store.ListSubscriber{List: list, Account: from, Slot: slot, Key: k, Active: true, JoinedAt: n.Now()}
			did = "subscribed"
		}
		sub.Reader, sub.LastRequest = q.body.Reader, at
		w := &Welcome{List: list, Request: uint64(at), Slot: sub.Slot, Key: sub.Key, Epoch: l.Epoch, Index: l.NextIndex, Chain: l.Chain}
		msg := &envelope.Message{From: envelope.Address(s.c.Address()), To: []envelope.Address{envelope.Address(from)},
			Time: s.Now(), Subject: SubjectWelcome, Body: w.Marshal()}
		ev, err := s.sealControl(peer.Bundle.EncryptionKey[:], msg, sub.Reader)
		if err != nil {
			return err
		}
		if _, err := n.AddPost(ctx, list, "welcome", ev.Marshal(nil), l.Relays); err != nil {
			return err
		}
		if err := n.PutSubscriber(ctx, sub); err != nil {
			return err
		}
		return n.PutList(ctx, l)
	})
	return did, err
}

// RemoveSubscriber takes an account off the roster (as if it had
// unsubscribed): the next issue rotates.
func (s *Service) RemoveSubscriber(ctx context.Context, list [32]byte, account common.Address) error {
	lock := s.listLock(list)
	lock.Lock()
	defer lock.Unlock()
	return s.st.NewsletterTx(ctx, func(n *store.NL) error {
		l, err := n.List(ctx, list)
		if err != nil {
			return err
		}
		sub, err := n.Subscriber(ctx, list, account)
		if err != nil || !sub.Active {
			return fmt.Errorf("newsletter: %s is not subscribed", account.Hex())
		}
		sub.Active, sub.LeftAt, l.Rotate = false, n.Now(), true
		if err := n.PutSubscriber(ctx, sub); err != nil {
			return err
		}
		return n.PutList(ctx, l)
	})
}

// Progress reports a long step: Stage is "requests", "rotate" or "post";
// Done of Total units (subscribers wrapped, events posted).
type Progress struct {
	Stage       string
	Done, Total int
}

// PublishRequest is an issue to publish.
type PublishRequest struct {
	List    [32]byte
	Subject string
	Body    string
	// SkipRequests publishes without reading the list's requests first
	// (unsubscriptions not read yet then take effect one issue later).
	SkipRequests bool
	Progress     func(Progress)
}

// Published is what Publish did.
type Published struct {
	List       [32]byte
	Epoch      uint32
	Index      uint32
	EventID    [32]byte
	PricedSize uint32
	Audience   int // active subscribers who can read it
	Requests   *RequestReport
	// Rotation, when the issue started a new epoch.
	Rotated       bool
	RotationSlots int // wraps in the rotation (active subscribers and vacant slots)
	RotationBytes int // bytes of the rotation's slices and notice
	RotationTime  time.Duration
}

// Publish publishes an issue: it applies the list's requests, rotates the
// epoch if anyone left since the last issue (one fresh chain_0 wrapped to
// the remaining subscribers), seals the issue once under the chain value,
// records everything, then posts it in order.
func (s *Service) Publish(ctx context.Context, r PublishRequest) (*Published, error) {
	lock := s.listLock(r.List)
	lock.Lock()
	defer lock.Unlock()
	progress := r.Progress
	if progress == nil {
		progress = func(Progress) {}
	}
	if _, err := s.ownList(ctx, r.List); err != nil {
		return nil, err
	}
	out := &Published{List: r.List}
	if !r.SkipRequests {
		progress(Progress{Stage: "requests"})
		rep, err := s.processRequests(ctx, r.List)
		if err != nil {
			return nil, fmt.Errorf("newsletter: reading the list's requests (publish with SkipRequests to go ahead without): %w", err)
		}
		out.Requests = rep
	}
	if err := s.postOpen(ctx, r.List, nil); err != nil {
		return nil, err
	}
	err := s.st.NewsletterTx(ctx, func(n *store.NL) error {
		l, err := n.List(ctx, r.List)
		if err != nil {
			return err
		}
		key, err := wire.NewSigner(l.Key)
		if err != nil {
			return err
		}
		if err := s.refreshDefinition(ctx, n, l, key); err != nil {
			return err
		}
		// Only a rotation reads the roster: an issue's cost does not grow
		// with the audience.
		if out.Audience, err = n.CountSubscribers(ctx, r.List); err != nil {
			return err
		}
		if l.Rotate {
			members, err := n.Subscribers(ctx, r.List, true)
			if err != nil {
				return err
			}
			progress(Progress{Stage: "rotate", Total: len(members)})
			start := time.Now()
			ms := make([]Member, len(members))
			for i, m := range members {
				ms[i] = Member{Slot: m.Slot, Key: m.Key}
			}
			events, bytes, err := s.rotate(l, key, ms)
			if err != nil {
				return err
			}
			for _, ev := range events {
				kind := "slice"
				if ev.Kind == wire.KindListIssue {
					kind = "rotation"
				}
				if _, err := n.AddPost(ctx, r.List, kind, ev.Marshal(nil), l.Relays); err != nil {
					return err
				}
			}
			out.Rotated, out.RotationSlots, out.RotationBytes, out.RotationTime = true, int(l.Slots), bytes, time.Since(start)
			progress(Progress{Stage: "rotate", Done: len(members), Total: len(members)})
		}
		msg := &envelope.Message{From: envelope.Address(s.c.Address()), To: []envelope.Address{envelope.Address(s.c.Address())},
			Time: s.Now(), Subject: r.Subject, Body: r.Body}
		sealed, err := envelope.SealIssue(s.Rand, msg, s.c.Identity().SigningKey, r.List, l.Epoch, l.NextIndex, &l.Chain)
		if err != nil {
			return err
		}
		ev, err := s.signEvent(key, wire.KindListIssue, r.List, (&Record{Type: RecordIssue, Issue: sealed.Bytes}).Marshal())
		if err != nil {
			return err
		}
		out.Epoch, out.Index, out.EventID, out.PricedSize = l.Epoch, l.NextIndex, ev.ID, sealed.PricedSize
		if err := n.AddSentIssue(ctx, &store.SentIssue{List: r.List, Epoch: l.Epoch, Index: l.NextIndex, EventID: ev.ID,
			Subject: r.Subject, Size: sealed.PricedSize, SentAt: msg.Time.Unix(), Audience: out.Audience}); err != nil {
			return err
		}
		if _, err := n.AddPost(ctx, r.List, "issue", ev.Marshal(nil), l.Relays); err != nil {
			return err
		}
		l.Chain, l.NextIndex = NextChain(l.Chain), l.NextIndex+1
		return n.PutList(ctx, l)
	})
	if err != nil {
		return nil, err
	}
	if err := s.postOpen(ctx, r.List, progress); err != nil {
		return out, fmt.Errorf("newsletter: the issue is recorded and will be posted again with the next command: %w", err)
	}
	return out, nil
}

// rotate starts epoch l.Epoch+1 in l: a fresh chain_0 and salt, the wraps
// of every member, cut into slices, and the rotation notice. It returns
// the events to post in order (slices, then the notice) and their content
// bytes.
func (s *Service) rotate(l *store.List, key *wire.Signer, members []Member) ([]*wire.Event, int, error) {
	chain0, err := s.random32()
	if err != nil {
		return nil, 0, err
	}
	salt, err := s.random32()
	if err != nil {
		return nil, 0, err
	}
	epoch := l.Epoch + 1
	wraps, err := SealWraps(s.Rand, &l.ID, epoch, &salt, &chain0, l.Slots, members)
	if err != nil {
		return nil, 0, err
	}
	ro := &Rotation{List: l.ID, Epoch: epoch, Salt: salt, Slots: l.Slots, PerSlice: MaxSliceWraps}
	var events []*wire.Event
	bytes := 0
	for first := 0; first < int(l.Slots); first += MaxSliceWraps {
		end := min(first+MaxSliceWraps, int(l.Slots))
		sl := &Slice{List: l.ID, Epoch: epoch, First: uint32(first), Wraps: wraps[first*WrapSize : end*WrapSize]}
		b := sl.Marshal()
		ev, err := s.signEvent(key, wire.KindListKeys, l.ID, b)
		if err != nil {
			return nil, 0, err
		}
		bytes += len(b)
		ro.Slices = append(ro.Slices, ev.ID)
		events = append(events, ev)
	}
	b := (&Record{Type: RecordRotation, Rotation: ro}).Marshal()
	notice, err := s.signEvent(key, wire.KindListIssue, l.ID, b)
	if err != nil {
		return nil, 0, err
	}
	bytes += len(b)
	l.Epoch, l.NextIndex, l.Chain, l.Rotate = epoch, 0, chain0, false
	return append(events, notice), bytes, nil
}

// refreshDefinition signs the definition again when the user's
// mail-signing key changed since (a key rotation), so subscribers keep
// certifying the list.
func (s *Service) refreshDefinition(ctx context.Context, n *store.NL, l *store.List, key *wire.Signer) error {
	ev, err := wire.ParseEvent(l.Definition, wire.DefaultLimits)
	if err != nil {
		return err
	}
	b, err := decodeEventContent(ev, MaxDefinitionSize)
	if err != nil {
		return err
	}
	def, err := ParseDefinition(b)
	if err != nil {
		return err
	}
	signing := s.c.Identity().SigningKey
	if slices.Equal(def.Signer[:], signing.Public().(ed25519.PublicKey)) {
		return nil
	}
	def.Created = max(def.Created+1, uint64(s.Now().Unix()))
	if err := def.Sign(signing); err != nil {
		return err
	}
	nev, err := s.signEvent(key, wire.KindListInfo, l.ID, def.Marshal())
	if err != nil {
		return err
	}
	l.Definition = nev.Marshal(nil)
	_, err = n.AddPost(ctx, l.ID, "definition", l.Definition, l.Relays)
	return err
}

// postOpen posts, in order, every recorded event of list not posted yet;
// it stops at the first that too few relays take (the rest wait, so order
// is kept). A run of rotation slices is posted concurrently (they do not
// depend on one another), and all of them before what follows (the
// rotation notice that names them).
func (s *Service) postOpen(ctx context.Context, list [32]byte, progress func(Progress)) error {
	posts, err := s.st.Newsletters().OpenPosts(ctx, list)
	if err != nil {
		return err
	}
	if progress == nil {
		progress = func(Progress) {}
	}
	var mu sync.Mutex
	done := 0
	one := func(p store.ListPost) error {
		ev, err := parseRecorded(p.Event)
		if err != nil {
			return fmt.Errorf("newsletter: recorded event %d: %w", p.ID, err)
		}
		if _, err := s.post(ctx, p.Relays, ev); err != nil {
			return err
		}
		if err := s.st.Newsletters().PostDone(ctx, p.ID); err != nil {
			return err
		}
		mu.Lock()
		done++
		progress(Progress{Stage: "post", Done: done, Total: len(posts)})
		mu.Unlock()
		return nil
	}
	for i := 0; i < len(posts); {
		j := i + 1
		for posts[i].Kind == "slice" && j < len(posts) && posts[j].Kind == "slice" {
			j++
		}
		if j == i+1 {
			if err := one(posts[i]); err != nil {
				return err
			}
			i = j
			continue
		}
		errs := make([]error, j-i)
		sem := make(chan struct{}, postConcurrency)
		var wg sync.WaitGroup
		for k := i; k < j; k++ {
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				errs[k-i] = one(posts[k])
			}()
		}
		wg.Wait()
		if err := errors.Join(errs...); err != nil {
			return err
		}
		i = j
	}
	return nil
}

// postConcurrency bounds the rotation slices in flight at once.
const postConcurrency = 8
