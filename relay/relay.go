package relay

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/netip"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/relay/store"
	"github.com/bmail-network/bmail/relay/wire"
	"github.com/gorilla/websocket"
)

// Defaults for Config.
const (
	DefaultMaxMessageBytes  = 384 << 10
	DefaultMaxEnvelopeBytes = 192 << 10 // decoded envelope bytes
	DefaultMaxBundleBytes   = 16 << 10
	DefaultMaxPendingBytes  = 4 << 20
	DefaultWriteTimeout     = 10 * time.Second
	DefaultPingInterval     = 25 * time.Second // well inside the 60 s idle timeout common proxies use
	DefaultMaxInflight      = 256
	DefaultMaxLimit         = 500
	DefaultCreatedAtPast    = 7 * 24 * time.Hour
	DefaultCreatedAtFuture  = 15 * time.Minute
	// HardFrameLimit is the most a client may send in one WebSocket message
	// before the connection is closed; frames between MaxMessageBytes and
	// this are read (not kept) and answered with an invalid: NOTICE.
	HardFrameLimit = 16 << 20
)

// Config configures a Relay. Zero fields take the defaults above.
type Config struct {
	// PublicURL is the relay's own URL (ws:// or wss://). NIP-42 AUTH
	// events must name it; request headers are never used instead.
	PublicURL string
	Store     store.Config

	Info  Info  // NIP-11 identity
	Terms Terms // b-mail terms in NIP-11

	MaxMessageBytes  int
	MaxEnvelopeBytes int
	MaxBundleBytes   int
	MaxPendingBytes  int           // queued output per connection before it is closed
	WriteTimeout     time.Duration // one write to a connection
	PingInterval     time.Duration
	MaxInflight      int // events per connection waiting for their OK
	MaxLimit         int // events per stored query (and per cursor page)
	CreatedAtPast    time.Duration
	CreatedAtFuture  time.Duration

	// TrustedProxies may set X-Forwarded-For; everyone else is counted by
	// their socket address.
	TrustedProxies []netip.Prefix

	// MsgIDs reads the msgId commitments from an envelope event's content
	// (the base64 text, as bytes): it decodes the content strictly and
	// parses the envelope header (cmd/bmail-relay wires it to
	// envelope.MsgIDsFromEventContent). An error rejects the envelope as
	// invalid. Nil: the relay checks only that the content is strict base64,
	// and envelopes are never matched to payments.
	MsgIDs func(content []byte) ([][32]byte, error)

	Logger *slog.Logger
	Now    func() time.Time
}

func (c *Config) fill() error {
	if c.PublicURL == "" {
		return errors.New("relay: PublicURL is required (NIP-42 compares AUTH with it)")
	}
	setI := func(p *int, v int) {
		if *p <= 0 {
			*p = v
		}
	}
	setD := func(p *time.Duration, v time.Duration) {
		if *p <= 0 {
			*p = v
		}
	}
	setI(&c.MaxMessageBytes, DefaultMaxMessageBytes)
	setI(&c.MaxEnvelopeBytes, DefaultMaxEnvelopeBytes)
	setI(&c.MaxBundleBytes, DefaultMaxBundleBytes)
	setI(&c.MaxPendingBytes, DefaultMaxPendingBytes)
	setI(&c.MaxInflight, DefaultMaxInflight)
	setI(&c.MaxLimit, DefaultMaxLimit)
	setD(&c.WriteTimeout, DefaultWriteTimeout)
	setD(&c.PingInterval, DefaultPingInterval)
	setD(&c.CreatedAtPast, DefaultCreatedAtPast)
	setD(&c.CreatedAtFuture, DefaultCreatedAtFuture)
	if c.MaxMessageBytes > HardFrameLimit {
		return fmt.Errorf("relay: MaxMessageBytes %d above the hard limit %d", c.MaxMessageBytes, HardFrameLimit)
	}
	setD(&c.Store.UnpaidRetention, store.DefaultUnpaidRetention)
	setD(&c.Store.PaidRetention, store.DefaultPaidRetention)
	setD(&c.Store.BundleRetention, store.DefaultBundleRetention)
	setD(&c.Store.ListRetention, store.DefaultListRetention)
	if c.Store.TombstoneRetention == 0 {
		c.Store.TombstoneRetention = c.CreatedAtPast + 24*time.Hour
	}
	if c.Store.TombstoneRetention <= c.CreatedAtPast {
		return fmt.Errorf("relay: tombstone retention %v must exceed the accepted created_at age %v, or retries would be stored again",
			c.Store.TombstoneRetention, c.CreatedAtPast)
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Store.Now == nil {
		c.Store.Now = c.Now
	}
	if c.Store.Logger == nil {
		c.Store.Logger = c.Logger
	}
	return nil
}

// Relay is the b-mail relay: an http.Handler for WebSocket and NIP-11.
type Relay struct {
	// Hooks, khatru style: each returns "" to let the request through or a
	// NIP-01 reason ("prefix: message"). Set them before serving.
	RejectConnection []func(r *http.Request, ip netip.Addr) string
	// RejectEvent runs after the cheap structural checks and before the id
	// check, the known-id lookup and the signature: keep these cheap.
	RejectEvent  []func(c *Conn, e *wire.Event, frameBytes int) string
	RejectFilter []func(c *Conn, subID string, filters []wire.Filter) string
	// RejectOrder runs before an ORDER reaches the intake (before any signature
	// recovery or chain read): keep these cheap.
	RejectOrder  []func(c *Conn, o *contracts.SignedOrder) string
	OnConnect    []func(c *Conn)
	OnDisconnect []func(c *Conn)

	Metrics *Metrics

	cfg       Config
	orders    atomic.Pointer[OrderIntake]
	info      atomic.Pointer[infoDoc]
	advSubs   atomic.Int64
	publicURL string
	lim       wire.Limits
	store     *store.Store
	hub       *hub
	upgrader  websocket.Upgrader
	log       *slog.Logger

	mu      sync.Mutex
	conns   map[*Conn]struct{}
	closing bool
	wg      sync.WaitGroup // connections
	stop    chan struct{}
	bg      sync.WaitGroup // background loops
}

// New opens the store and makes a relay. Serve it with an http.Server (or
// httptest.NewServer); call Close to stop.
func New(ctx context.Context, cfg Config) (*Relay, error) {
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	r := &Relay{
		Metrics:   newMetrics(),
		cfg:       cfg,
		publicURL: NormalizeURL(cfg.PublicURL),
		hub:       newHub(),
		log:       cfg.Logger,
		conns:     map[*Conn]struct{}{},
		stop:      make(chan struct{}),
	}
	r.lim = wire.DefaultLimits
	r.lim.MaxMessageBytes = cfg.MaxMessageBytes
	r.info.Store(r.buildInfo(cfg.Info, cfg.Terms))
	sc := cfg.Store
	sc.OnCommit = r.dispatch
	sc.OnBatch = func(n int, d time.Duration) {
		r.Metrics.BatchSize.Observe(float64(n))
		r.Metrics.CommitSeconds.Observe(d.Seconds())
	}
	sc.OnSync = func(_ int, d time.Duration) { r.Metrics.SyncSeconds.Observe(d.Seconds()) }
	sc.OnPause = func(d time.Duration) { r.Metrics.PauseSeconds.Observe(d.Seconds()) }
	sc.OnEvict = func(n int) { r.Metrics.Evicted.Add(int64(n)) }
	st, err := store.Open(ctx, sc)
	if err != nil {
		return nil, err
	}
	r.store = st
	r.Metrics.Gauge("bmail_relay_unpaid_bytes", func() float64 { return float64(st.Stats().UnpaidBytes) })
	r.Metrics.Gauge("bmail_relay_stored_bytes", func() float64 { return float64(st.Stats().LiveBytes) })
	r.Metrics.Gauge("bmail_relay_stored_events", func() float64 { return float64(st.Stats().LiveEvents) })
	r.Metrics.Gauge("bmail_relay_wal_frames", func() float64 { return float64(st.WALFrames()) })
	r.upgrader = websocket.Upgrader{
		ReadBufferSize:  0, // reuse the HTTP server's buffers
		WriteBufferSize: 0,
		WriteBufferPool: &sync.Pool{},
		CheckOrigin:     func(*http.Request) bool { return true }, // any web client may connect
	}
	r.bg.Add(2)
	go r.pinger()
	go r.sweeper()
	return r, nil
}

// Store gives access to the relay's store (the chain follower and the
// backup command use it).
func (r *Relay) Store() *store.Store { return r.store }

// Config returns the effective configuration (defaults filled in).
func (r *Relay) Config() Config { return r.cfg }

// ServeHTTP serves WebSocket upgrades, the NIP-11 document (GET with
// Accept: application/nostr+json, plus CORS preflight) and a plain page.
func (r *Relay) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if websocket.IsWebSocketUpgrade(req) {
		r.serveWS(w, req)
		return
	}
	r.serveInfo(w, req)
}

func (r *Relay) serveWS(w http.ResponseWriter, req *http.Request) {
	ip := clientIP(req, r.cfg.TrustedProxies)
	r.mu.Lock()
	closing := r.closing
	r.mu.Unlock()
	if closing {
		http.Error(w, "relay is shutting down", http.StatusServiceUnavailable)
		return
	}
	for _, f := range r.RejectConnection {
		if reason := f(req, ip); reason != "" {
			r.Metrics.Reject(wire.ReasonPrefix(reason))
			http.Error(w, reason, http.StatusTooManyRequests)
			return
		}
	}
	ws, err := r.upgrader.Upgrade(w, req, nil)
	if err != nil {
		return // the upgrader answered
	}
	c := newConn(r, ws, ip)
	r.mu.Lock()
	if r.closing {
		r.mu.Unlock()
		ws.Close()
		return
	}
	r.conns[c] = struct{}{}
	r.wg.Add(1)
	r.mu.Unlock()
	r.Metrics.Connections.Add(1)
	r.Metrics.ConnsTotal.Add(1)
	for _, f := range r.OnConnect {
		f(c)
	}
	go c.serve()
}

func (r *Relay) forget(c *Conn) {
	r.mu.Lock()
	delete(r.conns, c)
	r.mu.Unlock()
	r.Metrics.Connections.Add(-1)
	for _, f := range r.OnDisconnect {
		f(c)
	}
	r.wg.Done()
}

// Close shuts the relay down gracefully: no new connections; connections
// stop reading; every write already handed to the store commits and its OK
// is sent; queued output is flushed (bounded by ctx); then everything closes.
func (r *Relay) Close(ctx context.Context) error {
	r.mu.Lock()
	if r.closing {
		r.mu.Unlock()
		return nil
	}
	r.closing = true
	conns := make([]*Conn, 0, len(r.conns))
	for c := range r.conns {
		conns = append(conns, c)
	}
	r.mu.Unlock()
	close(r.stop)
	r.bg.Wait()
	for _, c := range conns {
		c.stopReading()
	}
	for _, c := range conns {
		c.waitReader(ctx)
	}
	err := r.store.Close(ctx) // drains the writer: every pending OK is queued
	for _, c := range conns {
		c.closeAfterFlush(ctx)
	}
	done := make(chan struct{})
	go func() { r.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		if err == nil {
			err = ctx.Err()
		}
	}
	return err
}

// pinger pings every connection each PingInterval (one goroutine for all).
func (r *Relay) pinger() {
	defer r.bg.Done()
	t := time.NewTicker(r.cfg.PingInterval)
	defer t.Stop()
	for {
		select {
		case <-r.stop:
			return
		case <-t.C:
		}
		r.mu.Lock()
		conns := make([]*Conn, 0, len(r.conns))
		for c := range r.conns {
			conns = append(conns, c)
		}
		r.mu.Unlock()
		for _, c := range conns {
			c.ping()
		}
	}
}

// SweepInterval is how often expired events are tombstoned.
const SweepInterval = time.Minute

func (r *Relay) sweeper() {
	defer r.bg.Done()
	t := time.NewTicker(SweepInterval)
	defer t.Stop()
	for {
		select {
		case <-r.stop:
			return
		case <-t.C:
		}
		r.SweepNow(context.Background())
	}
}

// SweepNow expires, forgets and drops what is due (also run every minute).
func (r *Relay) SweepNow(ctx context.Context) {
	const chunk = 1000
	for i := 0; i < 100; i++ {
		res, err := r.store.Sweep(ctx, chunk)
		if err != nil {
			if !errors.Is(err, store.ErrClosed) {
				r.log.Warn("sweep failed", "err", err)
			}
			return
		}
		if res.Expired < chunk && res.Forgotten < chunk && res.PaymentsDropped < chunk {
			return
		}
	}
}
