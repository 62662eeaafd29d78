package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bmail-network/bmail/relay/wire"
	"github.com/gorilla/websocket"
)

// IdleConnections is how many idle connections the hostile test opens.
const IdleConnections = 10000

func dirBytes(t *testing.T, dir string) int64 {
	var n int64
	filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			n += info.Size()
		}
		return nil
	})
	return n
}

// raiseFDLimit lifts this process's open-file soft limit to its hard limit
// (the test holds one socket per idle connection).
func raiseFDLimit(t *testing.T, need uint64) uint64 {
	var l syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &l); err != nil {
		t.Fatal(err)
	}
	if l.Cur < need && l.Max > l.Cur {
		l.Cur = l.Max
		syscall.Setrlimit(syscall.RLIMIT_NOFILE, &l)
	}
	return l.Cur
}

// TestHostileInput throws what an attacker would at a relay process and
// checks it answers with the right prefixes, stays up, and keeps memory and
// disk bounded. The figures are logged (go test -v) for the README.
func TestHostileInput(t *testing.T) {
	dir := t.TempDir()
	const quota = 1 << 20
	cfg := writeConfig(t, dir, map[string]any{
		"max_unpaid_bytes_per_recipient": quota,
		"max_unpaid_bytes_per_origin":    4 * quota,
		"max_pending_bytes":              1 << 20,
		"write_timeout":                  "2s",
		"limits": map[string]any{
			"max_connections": IdleConnections + 100, "max_connections_per_origin": IdleConnections + 100,
			"max_subscriptions": 8, "events_per_second": 200, "event_burst": 400,
			"origin_events_per_second": 3000, "origin_event_burst": 3000},
	})
	data := filepath.Join(dir, "data")
	relay := startChild(t, "-config", cfg, "-data-dir", data)
	rss0 := relay.rssMB(t)
	now := time.Now()
	env := sealedTo(t, 9)

	t.Run("malformed frames get prefixed answers", func(t *testing.T) {
		c := dial(t, relay.url)
		defer c.ws.Close()
		p, _ := wire.GenerateSigner()
		bad := envelopeEvent(t, p.PublicKey(), env, now)
		bad.Sig[0] ^= 1
		wrongID := envelopeEvent(t, p.PublicKey(), env, now)
		wrongID.ID[0] ^= 1
		for _, s := range []string{`not json`, `["EVENT"`, `{"a":1}`, `["EVENT",{"id":"zz"}]`, strings.Repeat("[", 5000)} {
			c.mu.Lock()
			c.ws.WriteMessage(websocket.TextMessage, []byte(s))
			c.mu.Unlock()
			if f := c.next(t); f.Type != wire.FrameNotice || wire.ReasonPrefix(f.Message) != wire.PrefixInvalid {
				t.Errorf("%.20q: %+v", s, f)
			}
		}
		for _, e := range []*wire.Event{bad, wrongID} {
			c.send(&wire.ClientFrame{Type: wire.FrameEvent, Event: e})
			if f := c.next(t); f.Type != wire.FrameOK || f.OK || wire.ReasonPrefix(f.Message) != wire.PrefixInvalid {
				t.Errorf("bad event: %+v", f)
			}
		}
		huge := envelopeEvent(t, p.PublicKey(), make([]byte, 2<<20), now)
		c.send(&wire.ClientFrame{Type: wire.FrameEvent, Event: huge})
		if f := c.next(t); f.Type != wire.FrameNotice || wire.ReasonPrefix(f.Message) != wire.PrefixInvalid {
			t.Errorf("oversized frame: %+v", f)
		}
	})

	t.Run("flood from one connection is rate limited", func(t *testing.T) {
		c := dial(t, relay.url)
		defer c.ws.Close()
		p, _ := wire.GenerateSigner()
		const n = 2000
		go func() {
			for i := 0; i < n; i++ {
				if c.send(&wire.ClientFrame{Type: wire.FrameEvent, Event: envelopeEvent(t, p.PublicKey(), env, now)}) != nil {
					return
				}
			}
		}()
		limited := 0
		for i := 0; i < n; i++ {
			f := c.next(t)
			if !f.OK && wire.ReasonPrefix(f.Message) == wire.PrefixRateLimited {
				limited++
			}
		}
		t.Logf("flood of %d events on one connection: %d answered rate-limited:", n, limited)
		if limited < n/2 {
			t.Fatalf("only %d of %d rate limited", limited, n)
		}
	})

	t.Run("unpaid flood to one recipient stays within its quota", func(t *testing.T) {
		victim, _ := wire.GenerateSigner()
		var wg sync.WaitGroup
		const conns, per = 10, 300 // 3,000 envelopes ≈ 5.6 MB to one recipient
		for i := 0; i < conns; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c := dial(t, relay.url)
				defer c.ws.Close()
				for j := 0; j < per; j++ {
					c.send(&wire.ClientFrame{Type: wire.FrameEvent, Event: envelopeEvent(t, victim.PublicKey(), env, now)})
					time.Sleep(4 * time.Millisecond) // under the per-connection rate
				}
				for j := 0; j < per; j++ {
					c.next(t)
				}
			}()
		}
		wg.Wait()
		unpaid := relay.metric(t, "bmail_relay_unpaid_bytes")
		evicted := relay.metric(t, "bmail_relay_evicted_total")
		t.Logf("unpaid flood: %d envelopes of %d bytes sent; unpaid bytes stored %.0f (quota %d per recipient, %d per origin); evicted %.0f",
			conns*per, len(env), unpaid, quota, 4*quota, evicted)
		if unpaid > 4*quota+1<<16 || evicted == 0 {
			t.Fatalf("quota not enforced: %.0f unpaid bytes, %.0f evicted", unpaid, evicted)
		}
	})

	t.Run("a subscriber that never reads is cut off", func(t *testing.T) {
		victim, _ := wire.GenerateSigner()
		// A raw socket read only until EOSE, then never again.
		ws, _, err := websocket.DefaultDialer.Dial(relay.url, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer ws.Close()
		read := func() *wire.RelayFrame {
			ws.SetReadDeadline(time.Now().Add(10 * time.Second))
			_, b, err := ws.ReadMessage()
			if err != nil {
				t.Fatal(err)
			}
			f, err := wire.ParseRelayFrame(b, wire.DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			return f
		}
		ch := read()
		ae := &wire.Event{CreatedAt: time.Now().Unix(), Kind: wire.KindAuth, Tags: [][]string{{"relay", relay.url}, {"challenge", ch.Challenge}}}
		victim.Sign(ae)
		ws.WriteMessage(websocket.TextMessage, (&wire.ClientFrame{Type: wire.FrameAuth, Event: ae}).Marshal(nil))
		if f := read(); f.Type != wire.FrameOK || !f.OK {
			t.Fatalf("AUTH: %+v", f)
		}
		read() // the next challenge
		ws.WriteMessage(websocket.TextMessage, (&wire.ClientFrame{Type: wire.FrameReq, SubID: "x", Filters: []wire.Filter{{
			Tags: []wire.TagFilter{{Name: 'p', Values: [][32]byte{victim.PublicKey()}}}}}}).Marshal(nil))
		if f := read(); f.Type != wire.FrameEOSE {
			t.Fatalf("want EOSE: %+v", f)
		}
		before := relay.metric(t, "bmail_relay_slow_client_closes_total")
		big := envelopeBytes(t, 3, 64<<10)
		pubs := make([]*wsc, 6)
		for i := range pubs {
			pubs[i] = dial(t, relay.url)
			defer pubs[i].ws.Close()
		}
		deadline := time.Now().Add(20 * time.Second)
		for i := 0; relay.metric(t, "bmail_relay_slow_client_closes_total") == before && time.Now().Before(deadline); i++ {
			for _, p := range pubs {
				p.send(&wire.ClientFrame{Type: wire.FrameEvent, Event: envelopeEvent(t, victim.PublicKey(), big, now)})
			}
			time.Sleep(30 * time.Millisecond)
		}
		if relay.metric(t, "bmail_relay_slow_client_closes_total") == before {
			t.Fatal("the relay never closed a subscriber that does not read")
		}
		t.Logf("a subscriber that never reads was closed (envelopes of %d bytes; pending cap 1 MiB, write timeout 2 s); relay RSS %.0f MB",
			len(big), relay.rssMB(t))
	})

	t.Run("ten thousand idle connections", func(t *testing.T) {
		n := IdleConnections
		if lim := raiseFDLimit(t, uint64(n)+512); lim < uint64(n)+512 {
			n = int(lim) - 512
			t.Logf("open-file limit %d: scaling down to %d idle connections", lim, n)
		}
		before := relay.rssMB(t)
		conns := make([]*websocket.Conn, 0, n)
		defer func() {
			for _, c := range conns {
				c.Close()
			}
		}()
		d := websocket.Dialer{ReadBufferSize: 256, WriteBufferSize: 256, HandshakeTimeout: 30 * time.Second}
		start := time.Now()
		for i := 0; i < n; i++ {
			ws, _, err := d.Dial(relay.url, nil)
			if err != nil {
				t.Fatalf("connection %d: %v", i, err)
			}
			conns = append(conns, ws)
		}
		opened := time.Since(start)
		time.Sleep(500 * time.Millisecond)
		after := relay.rssMB(t)
		live := relay.metric(t, "bmail_relay_connections")
		// The relay still answers promptly.
		p, _ := wire.GenerateSigner()
		c := dial(t, relay.url)
		defer c.ws.Close()
		t0 := time.Now()
		c.send(&wire.ClientFrame{Type: wire.FrameEvent, Event: envelopeEvent(t, p.PublicKey(), env, now)})
		f := c.next(t)
		ack := time.Since(t0)
		t.Logf("%d idle connections opened in %v: relay RSS %.0f MB → %.0f MB (%.1f KB each), %v connections counted; a publish meanwhile was acknowledged in %v",
			n, opened.Round(time.Millisecond), before, after, (after-before)*1024/float64(n), live, ack.Round(time.Microsecond))
		if !f.OK {
			t.Fatalf("publish during idle flood: %+v", f)
		}
		if after-before > 1024 {
			t.Fatalf("%.0f MB for %d idle connections", after-before, n)
		}
	})

	rss1 := relay.rssMB(t)
	relay.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-relay.done:
	case <-time.After(30 * time.Second):
		t.Fatal("relay did not stop on SIGTERM")
	}
	t.Logf("relay RSS at start %.0f MB, at end %.0f MB; data directory %d KB after a graceful stop", rss0, rss1, dirBytes(t, data)/1024)
	_ = context.Background
	_ = fmt.Sprint
}
