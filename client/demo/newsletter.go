package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/bmail-network/bmail/client/newsletter"
	"github.com/bmail-network/bmail/client/sanitize"
)

// The newsletter chapter: Alice publishes a list, Bob and Carol subscribe,
// both read the first issue; Carol leaves, and the next issue starts a key
// she does not get, so only Bob reads it. Issues are free: nothing is paid
// on chain and Alice's cost does not grow with the audience.

// NewsletterResult is what the newsletter chapter did.
type NewsletterResult struct {
	List       newsletter.ListRef
	First      *newsletter.Published  // to Bob and Carol
	Second     *newsletter.Published  // after Carol left: a new epoch
	BobRead    []string               // subjects Bob's client opened
	CarolRead  []string               // subjects Carol's client opened
	CarolSync  *newsletter.SyncReport // Carol's sync after she left
	AliceNonce [2]uint64              // Alice's chain nonce before and after publishing: no transaction
}

// newsletterChapter tells the newsletter chapter.
func newsletterChapter(ctx context.Context, s *story, alice, bob, carol *person) (*NewsletterResult, error) {
	res := &NewsletterResult{}
	pub := newsletter.New(alice.c)
	readers := map[*person]*newsletter.Service{bob: newsletter.New(bob.c), carol: newsletter.New(carol.c)}
	s.chapter("Alice starts a newsletter. Bob and Carol subscribe with its list string: opt-in and signed, and not a contact.")
	l, err := pub.CreateList(ctx, newsletter.CreateListRequest{Name: "Relay Notes", Description: "Alice's notes on running relays."})
	if err != nil {
		return nil, fmt.Errorf("demo: Alice's list: %w", err)
	}
	res.List = l.Ref
	s.line("list", l.Ref.String())
	for _, p := range []*person{bob, carol} {
		if _, err := readers[p].Subscribe(ctx, l.Ref.String()); err != nil {
			return nil, fmt.Errorf("demo: %s subscribes: %w", p.name, err)
		}
	}
	ch, err := alice.c.Chain(ctx)
	if err != nil {
		return nil, err
	}
	if res.AliceNonce[0], err = ch.ConfirmedNonce(ctx); err != nil {
		return nil, err
	}
	s.chapter("Alice publishes issue 1: one envelope under the list's current key, posted once to the list's relays, free for everyone.")
	if res.First, err = pub.Publish(ctx, newsletter.PublishRequest{List: l.Ref.List, Subject: "Notes #1: retention",
		Body: "Keep paid mail 90 days; unpaid mail only until its payment window closes."}); err != nil {
		return nil, fmt.Errorf("demo: issue 1: %w", err)
	}
	s.line("Alice", fmt.Sprintf("welcomed %d subscribers, published issue 1 (%d bytes) to %d of them", len(res.First.Requests.Subscribed),
		res.First.PricedSize, res.First.Audience))
	for _, p := range []*person{bob, carol} {
		if _, err := readers[p].Sync(ctx); err != nil {
			return nil, err
		}
		s.line(p.name, "reads "+latest(ctx, readers[p]))
	}
	s.chapter("Carol unsubscribes. Alice's next issue starts a new epoch: a fresh key, wrapped only for those who stayed.")
	if err := readers[carol].Unsubscribe(ctx, l.Ref.List); err != nil {
		return nil, err
	}
	if res.Second, err = pub.Publish(ctx, newsletter.PublishRequest{List: l.Ref.List, Subject: "Notes #2: batching",
		Body: "A batcher settles many orders in one transaction."}); err != nil {
		return nil, fmt.Errorf("demo: issue 2: %w", err)
	}
	s.line("Alice", fmt.Sprintf("epoch %d: the key went to %d subscriber (%d bytes of key wraps); issue 2 sent", res.Second.Epoch,
		res.Second.Audience, res.Second.RotationBytes))
	if _, err := readers[bob].Sync(ctx); err != nil {
		return nil, err
	}
	s.line("Bob", "reads "+latest(ctx, readers[bob]))
	if res.CarolSync, err = readers[carol].Sync(ctx); err != nil {
		return nil, err
	}
	s.line("Carol", fmt.Sprintf("cannot read issue 2: her keys are for epoch %d and it is sealed under epoch %d's", res.First.Epoch, res.Second.Epoch))
	for p, out := range map[*person]*[]string{bob: &res.BobRead, carol: &res.CarolRead} {
		is, err := readers[p].Issues(ctx, l.Ref.List)
		if err != nil {
			return nil, err
		}
		for _, i := range is {
			*out = append(*out, i.Subject)
		}
	}
	if res.AliceNonce[1], err = ch.ConfirmedNonce(ctx); err != nil {
		return nil, err
	}
	s.line("cost", fmt.Sprintf("%d transactions for two issues: newsletters are free", res.AliceNonce[1]-res.AliceNonce[0]))
	return res, nil
}

// latest is the newest issue a reader holds, as shown.
func latest(ctx context.Context, r *newsletter.Service) string {
	is, err := r.Issues(ctx, [32]byte{})
	if err != nil || len(is) == 0 {
		return "nothing yet"
	}
	return fmt.Sprintf("%q (%s)", sanitize.Line(is[0].Subject), time.Unix(is[0].SentAt, 0).UTC().Format(time.TimeOnly))
}
