package relay_test

import (
	"context"
	"encoding/base64"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bmail-network/bmail/relay/wire"
	"github.com/gorilla/websocket"
)

// raw is a bare WebSocket client that speaks frames, for exact assertions.
type raw struct {
	t         *testing.T
	ws        *websocket.Conn
	frames    chan *wire.RelayFrame
	mu        sync.Mutex
	challenge string
}

func dialRaw(t *testing.T, url string) *raw {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial(url, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := &raw{t: t, ws: ws, frames: make(chan *wire.RelayFrame, 4096)}
	go func() {
		defer close(c.frames)
		lim := wire.DefaultLimits
		lim.MaxMessageBytes = 8 << 20
		for {
			_, b, err := ws.ReadMessage()
			if err != nil {
				return
			}
			f, err := wire.ParseRelayFrame(b, lim)
			if err != nil {
				t.Errorf("relay sent a frame we cannot parse: %v: %s", err, b)
				return
			}
			if f.Type == wire.FrameAuth {
				c.mu.Lock()
				c.challenge = f.Challenge
				c.mu.Unlock()
			}
			c.frames <- f
		}
	}()
	t.Cleanup(func() { ws.Close() })
	c.expect(wire.FrameAuth) // the relay greets with a challenge
	return c
}

func (c *raw) send(s string) {
	c.t.Helper()
	if err := c.ws.WriteMessage(websocket.TextMessage, []byte(s)); err != nil {
		c.t.Fatal(err)
	}
}

func (c *raw) sendFrame(f *wire.ClientFrame) { c.send(string(f.Marshal(nil))) }

// next returns the next frame other than AUTH challenges.
func (c *raw) next() *wire.RelayFrame {
	c.t.Helper()
	for {
		select {
		case f, ok := <-c.frames:
			if !ok {
				c.t.Fatal("connection closed")
			}
			if f.Type == wire.FrameAuth {
				continue
			}
			return f
		case <-time.After(5 * time.Second):
			c.t.Fatal("no frame within 5s")
		}
	}
}

func (c *raw) expect(typ string) *wire.RelayFrame {
	c.t.Helper()
	select {
	case f, ok := <-c.frames:
		if !ok {
			c.t.Fatalf("connection closed, want %s", typ)
		}
		if f.Type != typ {
			c.t.Fatalf("got %s %+v, want %s", f.Type, f, typ)
		}
		return f
	case <-time.After(5 * time.Second):
		c.t.Fatalf("no %s within 5s", typ)
	}
	return nil
}

// quiet asserts no frame (other than AUTH) arrives for d.
func (c *raw) quiet(d time.Duration) {
	c.t.Helper()
	deadline := time.After(d)
	for {
		select {
		case f, ok := <-c.frames:
			if !ok {
				return
			}
			if f.Type != wire.FrameAuth {
				c.t.Fatalf("unexpected frame %s %+v", f.Type, f)
			}
		case <-deadline:
			return
		}
	}
}

func (c *raw) currentChallenge() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.challenge
}

// publish sends an event and returns the OK.
func (c *raw) publish(e *wire.Event) *wire.RelayFrame {
	c.t.Helper()
	c.sendFrame(&wire.ClientFrame{Type: wire.FrameEvent, Event: e})
	f := c.next()
	if f.Type != wire.FrameOK || f.ID != e.ID {
		c.t.Fatalf("got %s %+v, want OK for %s", f.Type, f, e.IDHex())
	}
	return f
}

// auth authenticates as s against relayURL with the current challenge.
func (c *raw) auth(s *wire.Signer, relayURL string) *wire.RelayFrame {
	c.t.Helper()
	e := authEvent(c.t, s, relayURL, c.currentChallenge(), time.Now())
	c.sendFrame(&wire.ClientFrame{Type: wire.FrameAuth, Event: e})
	f := c.expect(wire.FrameOK)
	c.expect(wire.FrameAuth) // a fresh challenge follows every AUTH
	return f
}

func authEvent(t *testing.T, s *wire.Signer, relayURL, challenge string, at time.Time) *wire.Event {
	e := &wire.Event{CreatedAt: at.Unix(), Kind: wire.KindAuth,
		Tags: [][]string{{wire.TagRelay, relayURL}, {wire.TagChallenge, challenge}}}
	if err := s.Sign(e); err != nil {
		t.Fatal(err)
	}
	return e
}

func signer(t *testing.T) *wire.Signer {
	s, err := wire.GenerateSigner()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// envelope makes a one-time-key-signed envelope to recipient.
func envelope(t *testing.T, to [32]byte, created time.Time, body string) *wire.Event {
	t.Helper()
	e := &wire.Event{CreatedAt: created.Unix(), Kind: wire.KindEnvelope,
		Tags:    [][]string{{wire.TagRecipient, wire.Hex(to[:])}},
		Content: base64.StdEncoding.EncodeToString([]byte(body))}
	if err := signer(t).Sign(e); err != nil {
		t.Fatal(err)
	}
	return e
}

func body(e *wire.Event) string {
	b, _ := base64.StdEncoding.DecodeString(e.Content)
	return string(b)
}

func inbox(p [32]byte) wire.Filter {
	return wire.Filter{Kinds: []int{wire.KindEnvelope}, Tags: []wire.TagFilter{{Name: 'p', Values: [][32]byte{p}}}}
}

func ptr(v int64) *int64 { return &v }

func bundleEvent(t *testing.T, s *wire.Signer, created int64, account [20]byte, content string) *wire.Event {
	var word [32]byte
	copy(word[12:], account[:])
	e := &wire.Event{CreatedAt: created, Kind: wire.KindBundle,
		Tags: [][]string{{wire.TagAccount, wire.Hex(word[:])}}, Content: content}
	if err := s.Sign(e); err != nil {
		t.Fatal(err)
	}
	return e
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

var _ = strings.Repeat

func dialer() *websocket.Dialer { return websocket.DefaultDialer }
