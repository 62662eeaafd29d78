package client

import (
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client/store"
)

// EventKind says what an Event reports.
type EventKind string

// Event kinds.
const (
	EventNewMail      EventKind = "new-mail"           // MessageID was shown in the inbox
	EventMailHidden   EventKind = "mail-hidden"        // MessageID's payment was reorganised out: pending again
	EventHeldBack     EventKind = "held-back"          // Count unpaid envelopes are held back now
	EventOutboxStep   EventKind = "outbox-step"        // OutboxID reached Step
	EventPaymentFinal EventKind = "payment-final"      // OutboxID's payments are all final
	EventRelayHealth  EventKind = "relay-health"       // Relay connected or not (Err says why)
	EventChainHealth  EventKind = "chain-health"       // Head and Final block numbers, or Err
	EventKeyChanged   EventKind = "key-changed"        // Account's keys changed (a contact: waits for acceptance)
	EventGrant        EventKind = "grant"              // Account granted (Accepts) or withdrew free mail to the user
	EventSubstituted  EventKind = "bundle-substituted" // Relay served a bundle for Account that the chain does not name
)

// Event is one thing a UI may want to show. Dev is set on a dev profile
// (DEVNET).
type Event struct {
	Kind      EventKind
	Time      time.Time
	Dev       bool
	MessageID int64
	OutboxID  int64
	Step      store.OutboxState
	Relay     string
	Connected bool
	Head      uint64
	Final     uint64
	Account   common.Address
	Accepts   bool
	Count     int
	Err       string
}

// EventBuffer is the capacity of a subscriber's channel; a subscriber that
// falls this far behind loses events (counted in Dropped), never blocks the
// client.
const EventBuffer = 256

type broker struct {
	mu      sync.Mutex
	subs    map[int]chan Event
	next    int
	dropped int
}

func (b *broker) subscribe() (<-chan Event, func()) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.subs == nil {
		b.subs = map[int]chan Event{}
	}
	id := b.next
	b.next++
	ch := make(chan Event, EventBuffer)
	b.subs[id] = ch
	return ch, func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		if c, ok := b.subs[id]; ok {
			delete(b.subs, id)
			close(c)
		}
	}
}

func (b *broker) publish(e Event) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs {
		select {
		case ch <- e:
		default:
			b.dropped++
		}
	}
}

func (b *broker) closeAll() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for id, ch := range b.subs {
		delete(b.subs, id)
		close(ch)
	}
}

// Events subscribes to the client's events. The channel is closed by the
// returned cancel function or by Close.
func (c *Client) Events() (<-chan Event, func()) { return c.events.subscribe() }

// DroppedEvents counts events lost because a subscriber was full.
func (c *Client) DroppedEvents() int {
	c.events.mu.Lock()
	defer c.events.mu.Unlock()
	return c.events.dropped
}

func (c *Client) emit(e Event) {
	e.Time, e.Dev = c.now(), c.cfg.Dev
	c.events.publish(e)
}
