package relay

import (
	"context"
	"errors"
	"io"
	"net/netip"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bmail-network/bmail/relay/wire"
	"github.com/gorilla/websocket"
)

// Conn is one client connection.
type Conn struct {
	r      *Relay
	ws     *websocket.Conn
	ip     netip.Addr
	origin string

	// output queue, drained by a writer goroutine that runs only while
	// there is something to write (idle connections hold no writer).
	mu       sync.Mutex
	queue    [][]byte
	pending  int
	flushing bool
	closed   bool
	flushed  chan struct{} // closed and replaced whenever the queue drains

	challenge string                     // guarded by mu
	authed    atomic.Pointer[[][32]byte] // copy on write
	subs      map[string]*sub            // guarded by mu

	inflight   chan struct{} // one token per event waiting for its OK
	readerDone chan struct{}
	stopped    atomic.Bool

	// Values lets policies keep per-connection state.
	Values sync.Map
}

func newConn(r *Relay, ws *websocket.Conn, ip netip.Addr) *Conn {
	c := &Conn{
		r:          r,
		ws:         ws,
		ip:         ip,
		origin:     Origin(ip),
		flushed:    make(chan struct{}),
		subs:       map[string]*sub{},
		inflight:   make(chan struct{}, r.cfg.MaxInflight),
		readerDone: make(chan struct{}),
	}
	empty := [][32]byte{}
	c.authed.Store(&empty)
	return c
}

// IP is the client's address (see Config.TrustedProxies).
func (c *Conn) IP() netip.Addr { return c.ip }

// Origin is the network the client is counted under (IPv4 address or IPv6 /64).
func (c *Conn) Origin() string { return c.origin }

// Authed returns the keys the connection authenticated as.
func (c *Conn) Authed() [][32]byte { return *c.authed.Load() }

func (c *Conn) isAuthed(k [32]byte) bool {
	for _, a := range c.Authed() {
		if a == k {
			return true
		}
	}
	return false
}

// serve is the connection's reader loop.
func (c *Conn) serve() {
	defer c.r.forget(c)
	defer close(c.readerDone)
	pongWait := 2*c.r.cfg.PingInterval + 5*time.Second
	c.ws.SetReadLimit(HardFrameLimit)
	c.ws.SetReadDeadline(time.Now().Add(pongWait))
	c.ws.SetPongHandler(func(string) error {
		return c.ws.SetReadDeadline(time.Now().Add(pongWait))
	})
	c.ws.SetPingHandler(func(data string) error {
		c.sendControl(websocket.PongMessage, []byte(data))
		return nil
	})
	c.sendAuthChallenge()
	buf := make([]byte, 0, 4096)
	for !c.stopped.Load() {
		typ, rd, err := c.ws.NextReader()
		if err != nil {
			break
		}
		c.ws.SetReadDeadline(time.Now().Add(pongWait))
		if typ != websocket.TextMessage {
			io.Copy(io.Discard, rd)
			c.notice(wire.Reason(wire.PrefixInvalid, "frames are JSON text messages"))
			continue
		}
		buf = buf[:0]
		var n int64
		buf, n, err = readCapped(rd, buf, c.r.cfg.MaxMessageBytes)
		if err != nil {
			break
		}
		if n > int64(c.r.cfg.MaxMessageBytes) {
			c.r.Metrics.Reject(wire.PrefixInvalid)
			c.notice(wire.Reason(wire.PrefixInvalid, "frame is larger than max_message_length"))
			continue
		}
		c.handle(buf)
		if cap(buf) > 64<<10 {
			buf = make([]byte, 0, 4096) // do not pin a large buffer on an idle connection
		}
	}
	c.dropSubs()
	c.drainInflight()
	c.closeAfterFlush(context.Background())
}

// readCapped reads the message into buf up to limit bytes and counts (and
// discards) the rest.
func readCapped(rd io.Reader, buf []byte, limit int) ([]byte, int64, error) {
	for {
		if len(buf) == cap(buf) {
			if len(buf) > limit {
				n, err := io.Copy(io.Discard, rd)
				return buf, int64(len(buf)) + n, err
			}
			buf = append(buf, 0)[:len(buf)]
		}
		m, err := rd.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+m]
		if errors.Is(err, io.EOF) {
			return buf, int64(len(buf)), nil
		}
		if err != nil {
			return buf, int64(len(buf)), err
		}
	}
}

// stopReading makes the reader loop end (used by Close).
func (c *Conn) stopReading() {
	c.stopped.Store(true)
	c.ws.SetReadDeadline(time.Now())
}

func (c *Conn) waitReader(ctx context.Context) {
	select {
	case <-c.readerDone:
	case <-ctx.Done():
	}
}

// drainInflight waits until every event this connection handed to the
// store has its outcome (so OKs are not lost on a clean close).
func (c *Conn) drainInflight() {
	for i := 0; i < cap(c.inflight); i++ {
		select {
		case c.inflight <- struct{}{}:
		case <-time.After(30 * time.Second):
			return
		}
	}
}

// send queues a text frame. A connection whose queued output would pass
// MaxPendingBytes is closed: it is slow or dead, and its mail is durable.
func (c *Conn) send(frame []byte) bool {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return false
	}
	if c.pending+len(frame) > c.r.cfg.MaxPendingBytes {
		c.mu.Unlock()
		c.r.Metrics.SlowCloses.Add(1)
		c.r.log.Info("closing slow client", "origin", c.origin, "pending", c.pending)
		c.kill()
		return false
	}
	c.queue = append(c.queue, frame)
	c.pending += len(frame)
	if !c.flushing {
		c.flushing = true
		go c.flush()
	}
	c.mu.Unlock()
	return true
}

// pendingBytes is the queued output.
func (c *Conn) pendingBytes() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.pending
}

// waitBelow blocks until queued output is at most n bytes (or the
// connection closes); catch-up paging uses it to pace itself.
func (c *Conn) waitBelow(n int) bool {
	for {
		c.mu.Lock()
		if c.closed {
			c.mu.Unlock()
			return false
		}
		if c.pending <= n {
			c.mu.Unlock()
			return true
		}
		ch := c.flushed
		c.mu.Unlock()
		select {
		case <-ch:
		case <-time.After(c.r.cfg.WriteTimeout):
		}
	}
}

// sendControl writes a control frame (ping, pong) outside the queue;
// gorilla allows WriteControl concurrently with other writes.
func (c *Conn) sendControl(kind int, data []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return
	}
	deadline := time.Now().Add(c.r.cfg.WriteTimeout)
	go func() {
		if err := c.ws.WriteControl(kind, data, deadline); err != nil {
			c.kill()
		}
	}()
}

func (c *Conn) ping() { c.sendControl(websocket.PingMessage, nil) }

// flush writes queued frames until the queue is empty, then exits.
func (c *Conn) flush() {
	for {
		c.mu.Lock()
		if len(c.queue) == 0 || c.closed {
			c.flushing = false
			close(c.flushed)
			c.flushed = make(chan struct{})
			c.mu.Unlock()
			return
		}
		q := c.queue
		c.queue = nil
		c.mu.Unlock()
		for _, f := range q {
			c.ws.SetWriteDeadline(time.Now().Add(c.r.cfg.WriteTimeout))
			if err := c.ws.WriteMessage(websocket.TextMessage, f); err != nil {
				var ne interface{ Timeout() bool }
				if errors.As(err, &ne) && ne.Timeout() {
					c.r.Metrics.SlowCloses.Add(1)
				}
				c.kill()
				break
			}
		}
		c.mu.Lock()
		for _, f := range q {
			c.pending -= len(f)
		}
		c.mu.Unlock()
	}
}

// kill closes the socket now; the reader loop ends and cleans up.
func (c *Conn) kill() {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return
	}
	c.closed = true
	close(c.flushed)
	c.flushed = make(chan struct{})
	c.mu.Unlock()
	c.ws.Close()
}

// closeAfterFlush waits (bounded by ctx and the write timeout) for queued
// output to be written, then closes.
func (c *Conn) closeAfterFlush(ctx context.Context) {
	t := time.NewTimer(c.r.cfg.WriteTimeout)
	defer t.Stop()
	for {
		c.mu.Lock()
		if c.closed || (len(c.queue) == 0 && !c.flushing) {
			c.mu.Unlock()
			break
		}
		ch := c.flushed
		c.mu.Unlock()
		select {
		case <-ch:
		case <-t.C:
			c.kill()
			return
		case <-ctx.Done():
			c.kill()
			return
		}
	}
	c.mu.Lock()
	closed := c.closed
	c.mu.Unlock()
	if !closed {
		c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, ""),
			time.Now().Add(time.Second))
	}
	c.kill()
}

func (c *Conn) notice(msg string) { c.send(wire.AppendNotice(nil, msg)) }

func (c *Conn) ok(id [32]byte, accepted bool, msg string) {
	if !accepted {
		c.r.Metrics.Reject(wire.ReasonPrefix(msg))
	}
	c.send(wire.AppendOK(nil, id, accepted, msg))
}

func (c *Conn) closed_(subID, msg string) {
	c.r.Metrics.Reject(wire.ReasonPrefix(msg))
	c.send(wire.AppendClosed(nil, subID, msg))
}

func (c *Conn) sendAuthChallenge() {
	ch := newChallenge()
	c.mu.Lock()
	c.challenge = ch
	c.mu.Unlock()
	c.send(wire.AppendAuthChallenge(nil, ch))
}

// handle dispatches one frame.
func (c *Conn) handle(b []byte) {
	f, err := wire.ParseClientFrame(b, c.r.lim)
	if err != nil {
		c.r.Metrics.Reject(wire.PrefixInvalid)
		if errors.Is(err, wire.ErrUnknownFrame) {
			c.notice(wire.Reason(wire.PrefixInvalid, "unknown frame type"))
			return
		}
		c.notice(wire.Reason(wire.PrefixInvalid, err.Error()))
		return
	}
	switch f.Type {
	case wire.FrameEvent:
		c.handleEvent(f.Event, len(b))
	case wire.FrameReq:
		c.handleReq(f.SubID, f.Filters)
	case wire.FrameClose:
		c.closeSub(f.SubID)
	case wire.FrameAuth:
		c.handleAuth(f.Event)
	case wire.FrameCount:
		c.closed_(f.SubID, wire.Reason(wire.PrefixUnsupported, "COUNT (NIP-45) is not supported"))
	case wire.FrameOrder:
		c.handleOrder(f.Order)
	}
}

func (c *Conn) handleAuth(e *wire.Event) {
	c.mu.Lock()
	challenge := c.challenge
	c.challenge = "" // every AUTH consumes the challenge
	c.mu.Unlock()
	reason := c.r.checkAuth(e, challenge, c.r.cfg.Now())
	if reason == "" && len(c.Authed()) >= MaxAuthKeys && !c.isAuthed(e.PubKey) {
		reason = wire.Reason(wire.PrefixRestricted, "too many keys on one connection")
	}
	if reason == "" {
		old := c.Authed()
		if !c.isAuthed(e.PubKey) {
			next := append(append(make([][32]byte, 0, len(old)+1), old...), e.PubKey)
			c.authed.Store(&next)
		}
	}
	c.ok(e.ID, reason == "", reason)
	c.sendAuthChallenge()
}
