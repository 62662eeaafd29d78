package relay

import (
	"context"
	"slices"
	"sync"

	"github.com/bmail-network/bmail/relay/store"
	"github.com/bmail-network/bmail/relay/wire"
)

// MaxCatchUpBuffer bounds the live events a subscription holds while its
// stored query runs; past it the subscription is CLOSED (the client
// re-subscribes from its cursor).
const MaxCatchUpBuffer = 4096

// sub is one subscription.
type sub struct {
	c       *Conn
	id      string
	filters []wire.Filter
	cursor  bool       // frames carry the receive-order seq
	routes  [][32]byte // index keys; nil: matched against every event

	mu        sync.Mutex
	live      bool  // false while the stored query runs
	threshold int64 // live delivery only above this seq
	buffered  []store.Stored
	overflow  bool
	gone      bool
}

// hub indexes subscriptions by routing tag value (recipient key for
// envelopes, account word for bundles) so that live push costs a map
// lookup, not a scan of every subscription.
type hub struct {
	mu      sync.RWMutex
	byRoute map[[32]byte]map[*sub]struct{}
	global  map[*sub]struct{}
	scratch []*sub // used only by dispatch (the writer goroutine)
}

func newHub() *hub {
	return &hub{byRoute: map[[32]byte]map[*sub]struct{}{}, global: map[*sub]struct{}{}}
}

func (h *hub) add(s *sub) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if s.routes == nil {
		h.global[s] = struct{}{}
		return
	}
	for _, r := range s.routes {
		m := h.byRoute[r]
		if m == nil {
			m = map[*sub]struct{}{}
			h.byRoute[r] = m
		}
		m[s] = struct{}{}
	}
}

func (h *hub) remove(s *sub) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if s.routes == nil {
		delete(h.global, s)
		return
	}
	for _, r := range s.routes {
		if m := h.byRoute[r]; m != nil {
			delete(m, s)
			if len(m) == 0 {
				delete(h.byRoute, r)
			}
		}
	}
}

// dispatch pushes freshly committed events to live subscriptions. It runs
// on the store's writer goroutine and never blocks: sends only queue.
func (r *Relay) dispatch(stored []store.Stored) {
	h := r.hub
	for i := range stored {
		st := &stored[i]
		h.mu.RLock()
		subs := h.scratch[:0]
		for s := range h.byRoute[st.Route] {
			subs = append(subs, s)
		}
		for s := range h.global {
			subs = append(subs, s)
		}
		h.mu.RUnlock()
		for _, s := range subs {
			s.offer(st)
		}
		clear(subs)
		h.scratch = subs[:0]
	}
}

func (s *sub) matches(e *wire.Event) bool {
	for i := range s.filters {
		if s.filters[i].Matches(e) {
			return true
		}
	}
	return false
}

func (s *sub) offer(st *store.Stored) {
	if st.Event.Kind == wire.KindEnvelope && !s.c.isAuthed(st.Route) {
		return
	}
	if !s.matches(st.Event) || (wire.IsListKind(st.Event.Kind) && !s.namesList(st.Event)) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.gone:
	case !s.live:
		if len(s.buffered) < MaxCatchUpBuffer {
			s.buffered = append(s.buffered, *st)
		} else {
			s.overflow = true
		}
	case st.Seq > s.threshold:
		s.deliver(st)
	}
}

// deliver queues one live event (s.mu held).
func (s *sub) deliver(st *store.Stored) {
	seq := int64(-1)
	if s.cursor {
		seq = st.Seq
	}
	if s.c.send(wire.AppendEventFrame(make([]byte, 0, len(st.JSON)+len(s.id)+32), s.id, st.JSON, seq)) {
		s.c.r.Metrics.Delivered.Add(1)
	}
}

// namesList reports whether a filter that matches the list event e names
// its list in #n: list events are served, stored and live, only to such
// filters (SPEC.md §10.6).
func (s *sub) namesList(e *wire.Event) bool {
	for i := range s.filters {
		if _, ok := s.filters[i].Tag(wire.TagList[0]); ok && s.filters[i].Matches(e) {
			return true
		}
	}
	return false
}

// checkFilters refuses filters the relay cannot serve to this connection.
func (c *Conn) checkFilters(filters []wire.Filter) string {
	for i := range filters {
		f := &filters[i]
		if !store.Indexed(f) {
			return wire.Reason(wire.PrefixUnsupported, "a filter must name ids, authors, #p, #w or #n (anything else would scan every event)")
		}
		for _, t := range f.Tags {
			if store.RoutedKinds(t.Name) == nil {
				return wire.Reason(wire.PrefixUnsupported, "only #p (envelopes), #w (bundles) and #n (newsletter lists) are indexed")
			}
		}
		recipients, hasP := f.Tag('p')
		wantsEnvelopes := f.Kinds != nil && slices.Contains(f.Kinds, wire.KindEnvelope)
		if !hasP && !wantsEnvelopes {
			continue // envelopes in the result are scoped to the authenticated keys
		}
		if !hasP {
			recipients = nil
		}
		allowed := len(recipients) > 0
		for _, p := range recipients {
			if !c.isAuthed(p) {
				allowed = false
			}
		}
		if !allowed {
			if len(c.Authed()) == 0 {
				return wire.Reason(wire.PrefixAuthRequired, "envelopes are served only to their recipient: AUTH first, then ask with #p set to your key")
			}
			return wire.Reason(wire.PrefixRestricted, "envelopes are served only to their recipient: #p must name keys this connection authenticated as")
		}
	}
	return ""
}

// handleReq opens (or replaces) a subscription: stored events, EOSE, live.
func (c *Conn) handleReq(subID string, filters []wire.Filter) {
	r := c.r
	for _, f := range r.RejectFilter {
		if reason := f(c, subID, filters); reason != "" {
			c.closeSub(subID)
			c.closed_(subID, reason)
			return
		}
	}
	if reason := c.checkFilters(filters); reason != "" {
		c.closeSub(subID)
		c.closed_(subID, reason)
		return
	}
	s := &sub{c: c, id: subID, filters: filters}
	routed := true
	for i := range filters {
		f := &filters[i]
		if f.After != nil {
			s.cursor = true
		}
		if len(f.Tags) == 0 {
			routed = false
			continue
		}
		for _, t := range f.Tags {
			s.routes = append(s.routes, t.Values...)
		}
	}
	if !routed {
		s.routes = nil
	}
	c.closeSub(subID) // a reused id replaces the old subscription
	c.mu.Lock()
	c.subs[subID] = s
	c.mu.Unlock()
	r.Metrics.Subscriptions.Add(1)
	r.hub.add(s)

	readable := c.Authed()
	var head int64
	for i := range filters {
		h, ok := c.query(s, &filters[i], readable)
		if !ok {
			return
		}
		head = max(head, h)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.gone {
		return
	}
	if s.overflow {
		s.gone = true
		go c.closeSub(subID)
		c.closed_(subID, wire.Reason(wire.PrefixError, "too many events arrived during the stored query; subscribe again from your cursor"))
		return
	}
	s.threshold = head
	c.send(wire.AppendEOSE(nil, subID))
	for i := range s.buffered {
		if s.buffered[i].Seq > head {
			s.deliver(&s.buffered[i])
		}
	}
	s.buffered = nil
	s.live = true
}

// query sends the stored events for one filter and returns the snapshot
// head. Cursor filters page through everything after the cursor, pacing
// themselves on the connection's output; others send at most limit.
func (c *Conn) query(s *sub, f *wire.Filter, readable [][32]byte) (int64, bool) {
	r := c.r
	ctx := context.Background()
	seqOut := int64(-1)
	var last int64
	emit := func(seq int64, js []byte) error {
		if s.cursor {
			seqOut = seq
		}
		last = seq
		if !c.send(wire.AppendEventFrame(make([]byte, 0, len(js)+len(s.id)+32), s.id, js, seqOut)) {
			return errConnClosed
		}
		return nil
	}
	if f.After == nil {
		limit := r.cfg.MaxLimit
		if f.Limit != nil && int(*f.Limit) < limit {
			limit = int(*f.Limit)
		}
		head, _, err := r.store.Query(ctx, f, readable, limit, emit)
		if err != nil {
			c.queryFailed(s, err)
			return 0, false
		}
		return head, true
	}
	page := r.cfg.MaxLimit
	fc := *f
	after := *f.After
	for {
		fc.After = &after
		head, n, err := r.store.Query(ctx, &fc, readable, page, emit)
		if err != nil {
			c.queryFailed(s, err)
			return 0, false
		}
		if n < page {
			return head, true
		}
		after = last
		if !c.waitBelow(r.cfg.MaxPendingBytes / 2) {
			return 0, false
		}
	}
}

type connClosedError struct{}

func (connClosedError) Error() string { return "connection closed" }

var errConnClosed error = connClosedError{}

func (c *Conn) queryFailed(s *sub, err error) {
	if err == errConnClosed {
		return
	}
	c.r.log.Warn("stored query failed", "err", err)
	c.closeSub(s.id)
	c.closed_(s.id, wire.Reason(wire.PrefixError, "stored query failed"))
}

// closeSub ends a subscription (CLOSE, replacement, disconnect).
func (c *Conn) closeSub(subID string) {
	c.mu.Lock()
	s := c.subs[subID]
	delete(c.subs, subID)
	c.mu.Unlock()
	if s == nil {
		return
	}
	c.r.hub.remove(s)
	s.mu.Lock()
	s.gone = true
	s.buffered = nil
	s.mu.Unlock()
	c.r.Metrics.Subscriptions.Add(-1)
}

// SubscriptionCount is the number of subscriptions open on the connection.
func (c *Conn) SubscriptionCount() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.subs)
}

// HasSubscription reports whether id names an open subscription.
func (c *Conn) HasSubscription(id string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.subs[id]
	return ok
}

func (c *Conn) dropSubs() {
	c.mu.Lock()
	ids := make([]string, 0, len(c.subs))
	for id := range c.subs {
		ids = append(ids, id)
	}
	c.mu.Unlock()
	for _, id := range ids {
		c.closeSub(id)
	}
}
