package relay

import (
	"context"
	"encoding/binary"
	"errors"
	"io"
	"net"
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
	ws     *websocket.Conn // reads; writes bypass it (see flush)
	nc     net.Conn        // the socket under ws, written only by flush
	ip     netip.Addr
	origin string

	// output queue, drained by a writer goroutine that runs only while
	// there is something to write (idle connections hold no writer).
	mu        sync.Mutex
	queue     []outFrame
	pending   int
	flushing  bool
	closed    bool
	closeSent bool          // a close frame is queued: nothing may follow it
	flushed   chan struct{} // closed and replaced whenever the queue drains

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
		nc:         ws.NetConn(),
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
	c.ws.SetCloseHandler(func(code int, _ string) error {
		// Echo the peer's close code (RFC 6455 §5.5.1) through the queue,
		// the connection's only writer.
		msg := []byte{}
		if code != websocket.CloseNoStatusReceived {
			msg = websocket.FormatCloseMessage(code, "")
		}
		c.sendControl(websocket.CloseMessage, msg)
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

// outFrame is one queued WebSocket message: opcode and payload.
type outFrame struct {
	op int // websocket.TextMessage, PingMessage, PongMessage, CloseMessage
	p  []byte
}

// send queues a text frame. A connection whose queued output would pass
// MaxPendingBytes is closed: it is slow or dead, and its mail is durable.
func (c *Conn) send(frame []byte) bool {
	c.mu.Lock()
	if c.closed || c.closeSent {
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
	c.enqueueLocked(outFrame{websocket.TextMessage, frame})
	c.mu.Unlock()
	return true
}

// enqueueLocked appends f to the queue and starts the writer if needed;
// c.mu must be held.
func (c *Conn) enqueueLocked(f outFrame) {
	c.queue = append(c.queue, f)
	c.pending += len(f.p)
	if !c.flushing {
		c.flushing = true
		go c.flush()
	}
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

// sendControl queues a control frame (ping, pong, close). Control frames
// are not counted against MaxPendingBytes (they are at most 125 bytes and
// the peer cannot make us queue them faster than it sends frames).
func (c *Conn) sendControl(kind int, data []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed || c.closeSent {
		return
	}
	if kind == websocket.CloseMessage {
		c.closeSent = true
	}
	c.enqueueLocked(outFrame{kind, data})
}

func (c *Conn) ping() { c.sendControl(websocket.PingMessage, nil) }

// flush writes queued frames until the queue is empty, then exits. It is
// the connection's only writer: it frames the queued messages itself
// (server frames are unmasked, RFC 6455 §5.1) and writes as many as fit in
// maxWriteChunk with one system call, each write under the write deadline,
// instead of one call per message (an OK per event, an EVENT per delivery).
func (c *Conn) flush() {
	bp := writeBufs.Get().(*[]byte)
	defer func() {
		if cap(*bp) <= 2*maxWriteChunk {
			writeBufs.Put(bp)
		}
	}()
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
		for i := 0; i < len(q); {
			buf := (*bp)[:0]
			for ; i < len(q) && (len(buf) == 0 || len(buf)+len(q[i].p) <= maxWriteChunk); i++ {
				buf = appendFrame(buf, q[i].op, q[i].p)
			}
			*bp = buf
			c.nc.SetWriteDeadline(time.Now().Add(c.r.cfg.WriteTimeout))
			if _, err := c.nc.Write(buf); err != nil {
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
			c.pending -= len(f.p)
		}
		c.mu.Unlock()
	}
}

// maxWriteChunk bounds the bytes flush hands to one write (and so to one
// write deadline).
const maxWriteChunk = 256 << 10

var writeBufs = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}

// appendFrame appends one unmasked, final WebSocket frame (RFC 6455 §5.2).
func appendFrame(b []byte, op int, p []byte) []byte {
	b = append(b, 0x80|byte(op))
	switch n := len(p); {
	case n < 126:
		b = append(b, byte(n))
	case n <= 0xffff:
		b = append(b, 126)
		b = binary.BigEndian.AppendUint16(b, uint16(n))
	default:
		b = append(b, 127)
		b = binary.BigEndian.AppendUint64(b, uint64(n))
	}
	return append(b, p...)
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

// closeAfterFlush queues a close frame, waits (bounded by ctx and the
// write timeout) for queued output to be written, then closes.
func (c *Conn) closeAfterFlush(ctx context.Context) {
	c.sendControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, ""))
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
