package relayclient_test

import (
	"context"
	"encoding/base64"
	"io"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/bmail-network/bmail/relay"
	"github.com/bmail-network/bmail/relay/policies"
	"github.com/bmail-network/bmail/relay/relayclient"
	"github.com/bmail-network/bmail/relay/relaytest"
	"github.com/bmail-network/bmail/relay/wire"
)

func signer(t *testing.T) *wire.Signer {
	s, err := wire.GenerateSigner()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func envelope(t *testing.T, to [32]byte, created time.Time, body string) *wire.Event {
	e := &wire.Event{CreatedAt: created.Unix(), Kind: wire.KindEnvelope,
		Tags: [][]string{{wire.TagRecipient, wire.Hex(to[:])}}, Content: base64.StdEncoding.EncodeToString([]byte(body))}
	if err := signer(t).Sign(e); err != nil {
		t.Fatal(err)
	}
	return e
}

func body(e *wire.Event) string {
	b, _ := base64.StdEncoding.DecodeString(e.Content)
	return string(b)
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func recv(t *testing.T, s *relayclient.Subscription) relayclient.Received {
	t.Helper()
	select {
	case r, ok := <-s.Events:
		if !ok {
			t.Fatalf("subscription ended: %s", s.Err())
		}
		return r
	case <-time.After(10 * time.Second):
		t.Fatal("no event within 10s")
	}
	return relayclient.Received{}
}

func cursorInbox(p [32]byte, after int64) []wire.Filter {
	return []wire.Filter{{Kinds: []int{wire.KindEnvelope}, Tags: []wire.TagFilter{{Name: 'p', Values: [][32]byte{p}}}, After: &after}}
}

func TestPublishSubscribe(t *testing.T) {
	srv := relaytest.Start(t, nil)
	ctx := ctxT(t)
	alice := signer(t)
	c, err := relayclient.Dial(ctx, srv.URL, relayclient.Options{Signers: []*wire.Signer{alice}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	e := envelope(t, alice.PublicKey(), time.Now(), "one")
	if r, err := c.Publish(ctx, e); err != nil || !r.OK {
		t.Fatalf("publish: %+v %v", r, err)
	}
	if r, _ := c.Publish(ctx, e); !r.OK || r.Prefix() != wire.PrefixDuplicate {
		t.Fatalf("republish: %+v", r)
	}
	bad := envelope(t, alice.PublicKey(), time.Now().Add(-30*24*time.Hour), "old")
	if r, _ := c.Publish(ctx, bad); r.OK || r.Prefix() != wire.PrefixInvalid {
		t.Fatalf("refusal: %+v", r)
	}
	sub, err := c.Subscribe(ctx, cursorInbox(alice.PublicKey(), 0))
	if err != nil {
		t.Fatal(err)
	}
	if r := recv(t, sub); body(r.Event) != "one" || !r.HasSeq {
		t.Fatalf("stored: %+v", r)
	}
	<-sub.EOSE()
	c.Publish(ctx, envelope(t, alice.PublicKey(), time.Now(), "two"))
	if r := recv(t, sub); body(r.Event) != "two" || sub.Cursor() != r.Seq {
		t.Fatalf("live: %+v cursor %d", r, sub.Cursor())
	}
}

// proxy is a loopback TCP proxy whose connections can be cut, to break a
// client's connection without the client's knowledge.
type proxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	conns  []net.Conn
}

func newProxy(t *testing.T, target string) *proxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln, target: target}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			u, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, u)
			p.mu.Unlock()
			go func() { io.Copy(u, c); u.Close() }()
			go func() { io.Copy(c, u); c.Close() }()
		}
	}()
	t.Cleanup(func() { ln.Close(); p.cut() })
	return p
}

func (p *proxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// Catch-up after a reconnect misses nothing, even mail whose created_at is
// backdated before anything the client already saw.
func TestReconnectResumesFromCursor(t *testing.T) {
	srv := relaytest.Start(t, nil)
	px := newProxy(t, srv.URL[len("ws://"):])
	ctx := ctxT(t)
	alice := signer(t)
	c, err := relayclient.Dial(ctx, "ws://"+px.ln.Addr().String(), relayclient.Options{
		Signers: []*wire.Signer{alice}, RelayURL: srv.URL, MinBackoff: 20 * time.Millisecond, MaxBackoff: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	sender, err := relayclient.Dial(ctx, srv.URL, relayclient.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer sender.Close()
	now := time.Now()
	sender.Publish(ctx, envelope(t, alice.PublicKey(), now, "first"))
	sub, _ := c.Subscribe(ctx, cursorInbox(alice.PublicKey(), 0))
	if r := recv(t, sub); body(r.Event) != "first" {
		t.Fatal(body(r.Event))
	}
	<-sub.EOSE()

	px.cut() // the client does not know yet
	for _, b := range []string{"backdated a day", "backdated a week"} {
		age := 24 * time.Hour
		if b == "backdated a week" {
			age = 6 * 24 * time.Hour
		}
		if r, err := sender.Publish(ctx, envelope(t, alice.PublicKey(), now.Add(-age), b)); err != nil || !r.OK {
			t.Fatalf("publish: %+v %v", r, err)
		}
	}
	got := map[string]bool{}
	for len(got) < 2 {
		got[body(recv(t, sub).Event)] = true
	}
	if !got["backdated a day"] || !got["backdated a week"] {
		t.Fatalf("after reconnect got %v", got)
	}
	// A fresh process resumes from the persisted cursor.
	cursor := sub.Cursor()
	sender.Publish(ctx, envelope(t, alice.PublicKey(), now.Add(-48*time.Hour), "while offline"))
	c2, err := relayclient.Dial(ctx, srv.URL, relayclient.Options{Signers: []*wire.Signer{alice}})
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	sub2, _ := c2.Subscribe(ctx, cursorInbox(alice.PublicKey(), cursor))
	if r := recv(t, sub2); body(r.Event) != "while offline" {
		t.Fatalf("resumed with %q", body(r.Event))
	}
	<-sub2.EOSE()
}

// A subscriber that stops reading is cut off; the others keep getting mail
// promptly.
func TestSlowSubscriberIsDropped(t *testing.T) {
	srv := relaytest.Start(t, func(c *relay.Config, l *policies.Limits) {
		c.MaxPendingBytes = 64 << 10
		c.WriteTimeout = 500 * time.Millisecond
		l.EventsPerSecond, l.EventBurst = 1e6, 1e6
		l.OriginEventsPerSecond, l.OriginEventBurst = 1e6, 1e6
	})
	ctx := ctxT(t)
	alice, bob := signer(t), signer(t)
	// The slow client: a raw socket that subscribes and then never reads.
	slow, err := relayclient.Dial(ctx, srv.URL, relayclient.Options{Signers: []*wire.Signer{alice}})
	if err != nil {
		t.Fatal(err)
	}
	defer slow.Close()
	ssub, _ := slow.Subscribe(ctx, cursorInbox(alice.PublicKey(), 0))
	<-ssub.EOSE()
	good, err := relayclient.Dial(ctx, srv.URL, relayclient.Options{Signers: []*wire.Signer{bob}})
	if err != nil {
		t.Fatal(err)
	}
	defer good.Close()
	gsub, _ := good.Subscribe(ctx, cursorInbox(bob.PublicKey(), 0))
	<-gsub.EOSE()
	sender, _ := relayclient.Dial(ctx, srv.URL, relayclient.Options{})
	defer sender.Close()
	big := string(make([]byte, 30000))
	// Fill the slow client's buffers: it reads nothing from ssub.Events
	// after SubscribeBuffer events, so its socket backs up.
	var wg sync.WaitGroup
	for i := 0; i < relayclient.SubscribeBuffer+600; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sender.Publish(ctx, envelope(t, alice.PublicKey(), time.Now(), big))
		}()
		if i%64 == 0 {
			wg.Wait()
		}
	}
	wg.Wait()
	deadline := time.Now().Add(10 * time.Second)
	for srv.Relay.Metrics.SlowCloses.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if srv.Relay.Metrics.SlowCloses.Load() == 0 {
		t.Fatal("slow subscriber was not closed")
	}
	start := time.Now()
	sender.Publish(ctx, envelope(t, bob.PublicKey(), time.Now(), "for bob"))
	if r := recv(t, gsub); body(r.Event) != "for bob" {
		t.Fatal(body(r.Event))
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("other subscriber waited %v", d)
	}
}
