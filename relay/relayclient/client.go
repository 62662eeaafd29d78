// Package relayclient is the small relay client the b-mail client uses: it
// connects to one relay, answers NIP-42 challenges with the keys it was
// given, publishes events and waits for the relay's OK, keeps
// subscriptions, and reconnects with exponential backoff — re-authenticating,
// re-sending unanswered publishes (relays deduplicate by id) and resuming
// cursor subscriptions after the last receive-order seq delivered.
//
// Invariants: one reader goroutine per connection; writes are serialised;
// a Subscription's Events channel delivers events in the order the relay
// sent them, and for cursor subscriptions never skips one across reconnects.
package relayclient

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strconv"
	"sync"
	"time"

	"github.com/bmail-network/bmail/relay/wire"
	"github.com/gorilla/websocket"
)

// Options configure a Client. Zero fields take defaults.
type Options struct {
	// Signers are the keys to authenticate as (NIP-42) on every connection,
	// before any subscription or publish is sent.
	Signers []*wire.Signer
	// RelayURL is the URL put in AUTH events (defaults to the dialled URL).
	RelayURL   string
	Dialer     *websocket.Dialer
	MinBackoff time.Duration // first retry delay (default 250 ms)
	MaxBackoff time.Duration // cap (default 30 s)
	AuthWait   time.Duration // how long to wait for AUTH to finish (default 10 s)
	Limits     wire.Limits   // frame decoding bounds (default wire.DefaultLimits with 4 MiB frames)
	OnNotice   func(msg string)
	Logger     *slog.Logger
}

// Errors.
var (
	ErrClosed     = errors.New("relay client closed")
	ErrAuthFailed = errors.New("relay refused AUTH")
)

// Client is a connection to one relay that survives disconnects.
type Client struct {
	url  string
	opts Options
	ctx  context.Context
	stop context.CancelFunc
	done chan struct{}

	mu       sync.Mutex
	cur      *session      // nil while disconnected
	ready    chan struct{} // closed when cur is connected and authenticated
	pending  map[[32]byte]*publish
	subs     map[string]*Subscription
	nextSub  int
	lastErr  error
	attempts int
}

type publish struct {
	frame []byte
	done  chan Result
}

// Result is the relay's answer to a publish.
type Result struct {
	OK      bool
	Message string // "prefix: text" when refused, or a note such as "duplicate: …"
}

// Prefix is the machine-readable prefix of the message.
func (r Result) Prefix() string { return wire.ReasonPrefix(r.Message) }

// Dial connects to url and keeps the connection up until Close. It returns
// once the first connection is up and authenticated, or with the error of
// the first attempt (the client keeps retrying either way, until Close).
func Dial(ctx context.Context, url string, opts Options) (*Client, error) {
	if opts.Dialer == nil {
		opts.Dialer = &websocket.Dialer{HandshakeTimeout: 10 * time.Second}
	}
	if opts.MinBackoff <= 0 {
		opts.MinBackoff = 250 * time.Millisecond
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = 30 * time.Second
	}
	if opts.AuthWait <= 0 {
		opts.AuthWait = 10 * time.Second
	}
	if opts.Limits.MaxMessageBytes == 0 {
		opts.Limits = wire.DefaultLimits
		opts.Limits.MaxMessageBytes = 4 << 20
	}
	if opts.RelayURL == "" {
		opts.RelayURL = url
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	cctx, stop := context.WithCancel(context.Background())
	c := &Client{url: url, opts: opts, ctx: cctx, stop: stop, done: make(chan struct{}),
		ready: make(chan struct{}), pending: map[[32]byte]*publish{}, subs: map[string]*Subscription{}}
	first := make(chan error, 1)
	go c.run(first)
	select {
	case err := <-first:
		if err != nil {
			return c, err
		}
		return c, nil
	case <-ctx.Done():
		return c, ctx.Err()
	}
}

// Close ends the client and every subscription.
func (c *Client) Close() error {
	c.stop()
	<-c.done
	return nil
}

// Connected reports whether a connection is up and authenticated now.
func (c *Client) Connected() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.cur != nil && c.cur.isReady()
}

// run keeps a connection up: connect, serve until it breaks, back off, again.
func (c *Client) run(first chan<- error) {
	defer close(c.done)
	backoff := c.opts.MinBackoff
	for c.ctx.Err() == nil {
		s, err := c.connect()
		if first != nil {
			first <- err
			first = nil
		}
		if err == nil {
			started := time.Now()
			s.serve()
			if time.Since(started) > 10*backoff {
				backoff = c.opts.MinBackoff
			}
		} else {
			c.opts.Logger.Debug("relay connect failed", "url", c.url, "err", err)
		}
		c.mu.Lock()
		c.cur = nil
		c.lastErr = err
		c.attempts++
		c.mu.Unlock()
		// Full jitter keeps many clients from reconnecting in lock step.
		d := time.Duration(rand.Int64N(int64(backoff)) + int64(backoff)/2)
		select {
		case <-c.ctx.Done():
		case <-time.After(d):
		}
		backoff = min(2*backoff, c.opts.MaxBackoff)
	}
	c.mu.Lock()
	for _, p := range c.pending {
		select {
		case p.done <- Result{Message: wire.Reason(wire.PrefixError, ErrClosed.Error())}:
		default:
		}
	}
	for _, s := range c.subs {
		s.finish(ErrClosed.Error())
	}
	c.mu.Unlock()
}

// connect dials, authenticates with every signer, then re-sends unanswered
// publishes and re-opens subscriptions.
func (c *Client) connect() (*session, error) {
	dctx, cancel := context.WithTimeout(c.ctx, c.opts.Dialer.HandshakeTimeout+time.Second)
	defer cancel()
	ws, _, err := c.opts.Dialer.DialContext(dctx, c.url, nil)
	if err != nil {
		return nil, err
	}
	s := newSession(c, ws)
	go s.read()
	if err := s.authenticate(c.opts.Signers); err != nil {
		s.close()
		return nil, err
	}
	c.mu.Lock()
	c.cur = s
	for _, p := range c.pending {
		s.write(p.frame)
	}
	for _, sub := range c.subs {
		s.write(sub.reqFrame())
	}
	close(c.ready)
	c.ready = make(chan struct{})
	c.mu.Unlock()
	s.markReady()
	return s, nil
}

// Publish sends e and waits for the relay's OK (re-sending it after a
// reconnect if the answer was lost). A refusal is a Result with OK false,
// not an error; errors are for the context ending or the client closing.
func (c *Client) Publish(ctx context.Context, e *wire.Event) (Result, error) {
	return c.await(ctx, e.ID, (&wire.ClientFrame{Type: wire.FrameEvent, Event: e}).Marshal(nil))
}

// await sends frame, whose answer is the OK with this id, and waits for it,
// re-sending after a reconnect until it comes.
func (c *Client) await(ctx context.Context, id [32]byte, frame []byte) (Result, error) {
	p := &publish{frame: frame, done: make(chan Result, 1)}
	c.mu.Lock()
	if c.ctx.Err() != nil {
		c.mu.Unlock()
		return Result{}, ErrClosed
	}
	if old, dup := c.pending[id]; dup {
		p = old
	} else {
		c.pending[id] = p
		if c.cur != nil {
			c.cur.write(frame)
		}
	}
	c.mu.Unlock()
	select {
	case r := <-p.done:
		return r, nil
	case <-ctx.Done():
		c.mu.Lock()
		if c.pending[id] == p {
			delete(c.pending, id)
		}
		c.mu.Unlock()
		return Result{}, ctx.Err()
	case <-c.ctx.Done():
		return Result{}, ErrClosed
	}
}

func (c *Client) answer(id [32]byte, r Result) {
	c.mu.Lock()
	p := c.pending[id]
	delete(c.pending, id)
	c.mu.Unlock()
	if p != nil {
		p.done <- r
	}
}

// Received is one event a subscription delivered.
type Received struct {
	Event  *wire.Event
	Seq    int64 // the relay's receive-order seq (cursor subscriptions)
	HasSeq bool
}

// Subscription is an open REQ. Events is closed when the subscription ends
// (Close, CLOSED from the relay, or the client closing); Err says why.
type Subscription struct {
	c       *Client
	id      string
	filters []wire.Filter
	Events  chan Received
	eose    chan struct{}
	mu      sync.Mutex
	eosed   bool
	ended   bool
	reason  string
}

// SubscribeBuffer is the Events channel capacity; a consumer that falls
// this far behind stalls the connection, and the relay drops it as slow
// (the client then reconnects and resumes).
const SubscribeBuffer = 1024

// Subscribe opens a subscription. If any filter has After set (the b-mail
// receive-order cursor), every delivered event carries its seq and after a
// reconnect the subscription resumes after the last seq delivered.
func (c *Client) Subscribe(ctx context.Context, filters []wire.Filter) (*Subscription, error) {
	c.mu.Lock()
	if c.ctx.Err() != nil {
		c.mu.Unlock()
		return nil, ErrClosed
	}
	c.nextSub++
	s := &Subscription{c: c, id: "s" + strconv.Itoa(c.nextSub), filters: filters,
		Events: make(chan Received, SubscribeBuffer), eose: make(chan struct{})}
	c.subs[s.id] = s
	if c.cur != nil {
		c.cur.write(s.reqFrame())
	}
	c.mu.Unlock()
	return s, nil
}

// ID is the subscription id on the wire.
func (s *Subscription) ID() string { return s.id }

// EOSE is closed once the relay has sent the stored events (the first time).
func (s *Subscription) EOSE() <-chan struct{} { return s.eose }

// Err returns why the subscription ended ("" while open).
func (s *Subscription) Err() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.reason
}

// Close ends the subscription (sends CLOSE).
func (s *Subscription) Close() {
	c := s.c
	c.mu.Lock()
	delete(c.subs, s.id)
	if c.cur != nil {
		c.cur.write((&wire.ClientFrame{Type: wire.FrameClose, SubID: s.id}).Marshal(nil))
	}
	c.mu.Unlock()
	s.finish("closed by client")
}

func (s *Subscription) reqFrame() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return (&wire.ClientFrame{Type: wire.FrameReq, SubID: s.id, Filters: s.filters}).Marshal(nil)
}

// deliver hands an event to the consumer and advances the cursor.
func (s *Subscription) deliver(r Received) {
	s.mu.Lock()
	if s.ended {
		s.mu.Unlock()
		return
	}
	if r.HasSeq {
		for i := range s.filters {
			if f := &s.filters[i]; f.After != nil && r.Seq > *f.After {
				v := r.Seq
				f.After = &v
			}
		}
	}
	s.mu.Unlock()
	select {
	case s.Events <- r:
	case <-s.c.ctx.Done():
	}
}

func (s *Subscription) gotEOSE() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.eosed {
		s.eosed = true
		close(s.eose)
	}
}

func (s *Subscription) finish(reason string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ended {
		return
	}
	s.ended = true
	s.reason = reason
	close(s.Events)
}

// Cursor returns the highest receive-order seq delivered (cursor
// subscriptions; 0 otherwise). Persist it to resume in a later process.
func (s *Subscription) Cursor() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	var c int64
	for _, f := range s.filters {
		if f.After != nil {
			c = max(c, *f.After)
		}
	}
	return c
}

func (c *Client) closedByRelay(id, msg string) {
	c.mu.Lock()
	s := c.subs[id]
	delete(c.subs, id)
	c.mu.Unlock()
	if s != nil {
		s.finish(msg)
	}
}

func (c *Client) sub(id string) *Subscription {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.subs[id]
}

func errorf(format string, a ...any) error { return fmt.Errorf(format, a...) }
