// Package policies holds the relay's abuse limits as small constructors that
// register hooks on a relay.Relay (khatru style). Each limit answers with a
// NIP-01 reason prefix: rate-limited:, restricted:, blocked:.
//
// Invariants: every per-client table is keyed by relay.Conn or by origin
// (IPv4 address or IPv6 /64) and pruned, so its memory is bounded by the
// number of live connections and recently active origins.
package policies

import (
	"fmt"
	"net/http"
	"net/netip"
	"sync"
	"time"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/relay"
	"github.com/bmail-network/bmail/relay/wire"
)

// Limits are the tunables of ApplyDefaults.
type Limits struct {
	MaxConnections          int     `json:"max_connections"`            // whole relay
	MaxConnectionsPerOrigin int     `json:"max_connections_per_origin"` // per IPv4 address / IPv6 /64
	MaxSubscriptions        int     `json:"max_subscriptions"`          // per connection
	EventsPerSecond         float64 `json:"events_per_second"`          // per connection
	EventBurst              int     `json:"event_burst"`
	OriginEventsPerSecond   float64 `json:"origin_events_per_second"` // per origin, all its connections together
	OriginEventBurst        int     `json:"origin_event_burst"`
}

// DefaultLimits suit a small public relay.
var DefaultLimits = Limits{
	MaxConnections:          20000,
	MaxConnectionsPerOrigin: 200,
	MaxSubscriptions:        32,
	EventsPerSecond:         200,
	EventBurst:              400,
	OriginEventsPerSecond:   1000,
	OriginEventBurst:        2000,
}

// Set is the installed policies, kept so limits can be changed on reload.
type Set struct {
	r     *relay.Relay
	Conns *ConnLimit
	Subs  *SubLimit
	Rate  *EventRate
}

// ApplyDefaults installs every policy with the given limits.
func ApplyDefaults(r *relay.Relay, l Limits) *Set {
	s := &Set{
		Conns: NewConnLimit(l.MaxConnections, l.MaxConnectionsPerOrigin),
		Subs:  &SubLimit{},
		Rate:  NewEventRate(l.EventsPerSecond, l.EventBurst, l.OriginEventsPerSecond, l.OriginEventBurst),
	}
	s.Subs.Set(l.MaxSubscriptions)
	s.Conns.Register(r)
	s.Subs.Register(r)
	s.Rate.Register(r)
	s.r = r
	r.AdvertiseMaxSubscriptions(l.MaxSubscriptions)
	return s
}

// Reload changes the limits in place.
func (s *Set) Reload(l Limits) {
	s.Conns.Set(l.MaxConnections, l.MaxConnectionsPerOrigin)
	s.Subs.Set(l.MaxSubscriptions)
	s.r.AdvertiseMaxSubscriptions(l.MaxSubscriptions)
	s.Rate.Set(l.EventsPerSecond, l.EventBurst, l.OriginEventsPerSecond, l.OriginEventBurst)
}

// ConnLimit caps connections in total and per origin.
type ConnLimit struct {
	mu        sync.Mutex
	max, per  int
	total     int
	perOrigin map[string]int
}

// NewConnLimit makes a connection limit.
func NewConnLimit(max, perOrigin int) *ConnLimit {
	return &ConnLimit{max: max, per: perOrigin, perOrigin: map[string]int{}}
}

// Set changes the caps (existing connections stay).
func (l *ConnLimit) Set(max, perOrigin int) {
	l.mu.Lock()
	l.max, l.per = max, perOrigin
	l.mu.Unlock()
}

// Register installs the hooks.
func (l *ConnLimit) Register(r *relay.Relay) {
	r.RejectConnection = append(r.RejectConnection, func(_ *http.Request, ip netip.Addr) string {
		o := relay.Origin(ip)
		l.mu.Lock()
		defer l.mu.Unlock()
		if l.max > 0 && l.total >= l.max {
			return wire.Reason(wire.PrefixRateLimited, "relay is at its connection limit")
		}
		if l.per > 0 && l.perOrigin[o] >= l.per {
			return wire.Reason(wire.PrefixRateLimited, "too many connections from your network")
		}
		return ""
	})
	r.OnConnect = append(r.OnConnect, func(c *relay.Conn) {
		l.mu.Lock()
		l.total++
		l.perOrigin[c.Origin()]++
		l.mu.Unlock()
	})
	r.OnDisconnect = append(r.OnDisconnect, func(c *relay.Conn) {
		l.mu.Lock()
		l.total--
		if l.perOrigin[c.Origin()]--; l.perOrigin[c.Origin()] <= 0 {
			delete(l.perOrigin, c.Origin())
		}
		l.mu.Unlock()
	})
}

// SubLimit caps subscriptions per connection (a reused id does not count
// twice).
type SubLimit struct {
	mu  sync.Mutex
	max int
}

// Set changes the cap.
func (l *SubLimit) Set(max int) { l.mu.Lock(); l.max = max; l.mu.Unlock() }

// Register installs the hook.
func (l *SubLimit) Register(r *relay.Relay) {
	r.RejectFilter = append(r.RejectFilter, func(c *relay.Conn, id string, _ []wire.Filter) string {
		l.mu.Lock()
		max := l.max
		l.mu.Unlock()
		if max > 0 && c.SubscriptionCount() >= max && !c.HasSubscription(id) {
			return wire.Reason(wire.PrefixRateLimited, fmt.Sprintf("at most %d subscriptions per connection", max))
		}
		return ""
	})
}

// Bucket is a token bucket (not safe for concurrent use: callers lock).
type Bucket struct {
	tokens float64
	last   time.Time
}

// Last is when a token was last asked for.
func (b *Bucket) Last() time.Time { return b.last }

// Take refills the bucket at rate tokens per second up to burst (a new
// bucket starts full) and takes one token if there is one.
func (b *Bucket) Take(now time.Time, rate float64, burst int) bool {
	if b.last.IsZero() {
		b.tokens = float64(burst)
	} else {
		b.tokens = min(float64(burst), b.tokens+now.Sub(b.last).Seconds()*rate)
	}
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// EventRate limits EVENTs per connection and per origin (token buckets);
// it runs before signature verification, so a flood costs the relay little.
type EventRate struct {
	mu                 sync.Mutex
	rate, originRate   float64
	burst, originBurst int
	origins            map[string]*Bucket
	lastPrune          time.Time
	now                func() time.Time
}

// NewEventRate makes the limiter.
func NewEventRate(perConn float64, burst int, perOrigin float64, originBurst int) *EventRate {
	return &EventRate{rate: perConn, burst: burst, originRate: perOrigin, originBurst: originBurst,
		origins: map[string]*Bucket{}, now: time.Now}
}

// Set changes the rates.
func (l *EventRate) Set(perConn float64, burst int, perOrigin float64, originBurst int) {
	l.mu.Lock()
	l.rate, l.burst, l.originRate, l.originBurst = perConn, burst, perOrigin, originBurst
	l.mu.Unlock()
}

type connBucketKey struct{}

// Register installs the hooks: EVENT and ORDER frames share the buckets.
func (l *EventRate) Register(r *relay.Relay) {
	r.RejectEvent = append(r.RejectEvent, func(c *relay.Conn, _ *wire.Event, _ int) string { return l.allow(c) })
	r.RejectOrder = append(r.RejectOrder, func(c *relay.Conn, _ *contracts.SignedOrder) string { return l.allow(c) })
}

// allow takes a token from the connection's and the origin's buckets.
func (l *EventRate) allow(c *relay.Conn) string {
	now := l.now()
	v, _ := c.Values.LoadOrStore(connBucketKey{}, &Bucket{})
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.rate > 0 && !v.(*Bucket).Take(now, l.rate, l.burst) {
		return wire.Reason(wire.PrefixRateLimited, "too many events on this connection; slow down")
	}
	if l.originRate > 0 {
		b := l.origins[c.Origin()]
		if b == nil {
			b = &Bucket{}
			l.origins[c.Origin()] = b
		}
		if !b.Take(now, l.originRate, l.originBurst) {
			return wire.Reason(wire.PrefixRateLimited, "too many events from your network; slow down")
		}
	}
	if now.Sub(l.lastPrune) > time.Minute {
		l.lastPrune = now
		for o, b := range l.origins {
			if now.Sub(b.Last()) > time.Minute {
				delete(l.origins, o)
			}
		}
	}
	return ""
}
