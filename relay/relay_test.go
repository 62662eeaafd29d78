package relay_test

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bmail-network/bmail/relay"
	"github.com/bmail-network/bmail/relay/policies"
	"github.com/bmail-network/bmail/relay/relaytest"
	"github.com/bmail-network/bmail/relay/store"
	"github.com/bmail-network/bmail/relay/wire"
	"github.com/gorilla/websocket"
)

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func TestRelay(t *testing.T) {
	srv := relaytest.Start(t, nil)
	now := time.Now()

	t.Run("publish and OK", func(t *testing.T) {
		c := dialRaw(t, srv.URL)
		e := envelope(t, signer(t).PublicKey(), now, "hello")
		if f := c.publish(e); !f.OK || f.Message != "" {
			t.Fatalf("OK %v %q", f.OK, f.Message)
		}
		if f := c.publish(e); !f.OK || wire.ReasonPrefix(f.Message) != wire.PrefixDuplicate {
			t.Fatalf("resend: OK %v %q, want true duplicate:", f.OK, f.Message)
		}
	})

	t.Run("REQ EOSE live push and CLOSE", func(t *testing.T) {
		alice := signer(t)
		pub := dialRaw(t, srv.URL)
		stored := envelope(t, alice.PublicKey(), now, "stored")
		pub.publish(stored)

		sub := dialRaw(t, srv.URL)
		if f := sub.auth(alice, srv.URL); !f.OK {
			t.Fatalf("AUTH: %q", f.Message)
		}
		sub.sendFrame(&wire.ClientFrame{Type: wire.FrameReq, SubID: "in", Filters: []wire.Filter{inbox(alice.PublicKey())}})
		if f := sub.expect(wire.FrameEvent); f.SubID != "in" || body(f.Event) != "stored" || f.Event.Verify() != nil {
			t.Fatalf("stored event: %+v", f)
		}
		sub.expect(wire.FrameEOSE)
		live := envelope(t, alice.PublicKey(), now, "live")
		pub.publish(live)
		if f := sub.expect(wire.FrameEvent); body(f.Event) != "live" {
			t.Fatalf("live event: %+v", f)
		}
		sub.sendFrame(&wire.ClientFrame{Type: wire.FrameClose, SubID: "in"})
		time.Sleep(50 * time.Millisecond)
		pub.publish(envelope(t, alice.PublicKey(), now, "after close"))
		sub.quiet(300 * time.Millisecond)
	})

	t.Run("reused subscription id replaces the old one", func(t *testing.T) {
		alice, bob := signer(t), signer(t)
		c := dialRaw(t, srv.URL)
		c.auth(alice, srv.URL)
		c.auth(bob, srv.URL) // several keys on one connection
		c.sendFrame(&wire.ClientFrame{Type: wire.FrameReq, SubID: "x", Filters: []wire.Filter{inbox(alice.PublicKey())}})
		c.expect(wire.FrameEOSE)
		c.sendFrame(&wire.ClientFrame{Type: wire.FrameReq, SubID: "x", Filters: []wire.Filter{inbox(bob.PublicKey())}})
		c.expect(wire.FrameEOSE)
		pub := dialRaw(t, srv.URL)
		pub.publish(envelope(t, alice.PublicKey(), now, "to alice"))
		pub.publish(envelope(t, bob.PublicKey(), now, "to bob"))
		if f := c.expect(wire.FrameEvent); body(f.Event) != "to bob" {
			t.Fatalf("replaced subscription got %q", body(f.Event))
		}
		c.quiet(200 * time.Millisecond)
	})

	t.Run("envelopes only for their authenticated recipient", func(t *testing.T) {
		alice, bob := signer(t), signer(t)
		pub := dialRaw(t, srv.URL)
		pub.publish(envelope(t, alice.PublicKey(), now, "secret for alice"))

		stranger := dialRaw(t, srv.URL)
		stranger.sendFrame(&wire.ClientFrame{Type: wire.FrameReq, SubID: "peek", Filters: []wire.Filter{inbox(alice.PublicKey())}})
		if f := stranger.expect(wire.FrameClosed); wire.ReasonPrefix(f.Message) != wire.PrefixAuthRequired {
			t.Fatalf("unauthenticated: %q", f.Message)
		}
		stranger.auth(bob, srv.URL)
		stranger.sendFrame(&wire.ClientFrame{Type: wire.FrameReq, SubID: "peek", Filters: []wire.Filter{inbox(alice.PublicKey())}})
		if f := stranger.expect(wire.FrameClosed); wire.ReasonPrefix(f.Message) != wire.PrefixRestricted {
			t.Fatalf("authenticated as someone else: %q", f.Message)
		}
		// Filters that do not name a recipient are scoped: bob sees none of
		// alice's envelopes by id or by author, stored or live.
		secret := envelope(t, alice.PublicKey(), now, "by id")
		pub.publish(secret)
		nextKey := signer(t)
		stranger.sendFrame(&wire.ClientFrame{Type: wire.FrameReq, SubID: "ids", Filters: []wire.Filter{
			{IDs: [][32]byte{secret.ID}}, {Authors: [][32]byte{secret.PubKey, nextKey.PublicKey()}}}})
		if f := stranger.next(); f.Type != wire.FrameEOSE {
			t.Fatalf("scoped filter leaked %+v", f)
		}
		ap := alice.PublicKey()
		live := &wire.Event{CreatedAt: now.Unix(), Kind: wire.KindEnvelope,
			Tags: [][]string{{wire.TagRecipient, wire.Hex(ap[:])}}, Content: "bGl2ZQ=="}
		nextKey.Sign(live) // an author the stranger subscribed to
		pub.publish(live)
		mine := envelope(t, bob.PublicKey(), now, "for bob")
		pub.publish(mine)
		stranger.sendFrame(&wire.ClientFrame{Type: wire.FrameReq, SubID: "mine", Filters: []wire.Filter{inbox(bob.PublicKey())}})
		if f := stranger.next(); f.Type != wire.FrameEvent || f.SubID != "mine" || f.Event.ID != mine.ID {
			t.Fatalf("bob's own mail: %+v", f)
		}
		stranger.expect(wire.FrameEOSE)
		stranger.quiet(200 * time.Millisecond) // and nothing of alice's arrived live on "ids"
		stranger.sendFrame(&wire.ClientFrame{Type: wire.FrameReq, SubID: "scan", Filters: []wire.Filter{{Kinds: []int{wire.KindBundle}}}})
		if f := stranger.expect(wire.FrameClosed); wire.ReasonPrefix(f.Message) != wire.PrefixUnsupported {
			t.Fatalf("unindexed filter: %q", f.Message)
		}
	})

	t.Run("AUTH is strict", func(t *testing.T) {
		s := signer(t)
		c := dialRaw(t, srv.URL)
		first := c.currentChallenge()
		if len(first) < 32 {
			t.Fatalf("challenge %q shorter than 128 bits", first)
		}
		if f := c.auth(s, "wss://evil.example.com"); f.OK {
			t.Fatal("AUTH for another relay accepted")
		}
		// The challenge was consumed even by the failed attempt.
		stale := authEvent(t, s, srv.URL, first, time.Now())
		c.sendFrame(&wire.ClientFrame{Type: wire.FrameAuth, Event: stale})
		if f := c.expect(wire.FrameOK); f.OK {
			t.Fatal("a used challenge was accepted")
		}
		c.expect(wire.FrameAuth)
		old := authEvent(t, s, srv.URL, c.currentChallenge(), time.Now().Add(-11*time.Minute))
		c.sendFrame(&wire.ClientFrame{Type: wire.FrameAuth, Event: old})
		if f := c.expect(wire.FrameOK); f.OK {
			t.Fatal("AUTH 11 minutes old accepted")
		}
		c.expect(wire.FrameAuth)
		// Scheme and host compare case-insensitively, one trailing slash trimmed.
		variant := strings.Replace(srv.URL, "ws://", "WS://", 1) + "/"
		if f := c.auth(s, variant); !f.OK {
			t.Fatalf("normalised URL refused: %q", f.Message)
		}
		if c.currentChallenge() == first {
			t.Fatal("no new challenge after AUTH")
		}
	})

	t.Run("NIP-11", func(t *testing.T) {
		req, _ := http.NewRequest("GET", srv.HTTPURL, nil)
		req.Header.Set("Accept", "application/nostr+json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		for _, h := range []string{"Access-Control-Allow-Origin", "Access-Control-Allow-Headers", "Access-Control-Allow-Methods"} {
			if resp.Header.Get(h) == "" {
				t.Errorf("missing CORS header %s", h)
			}
		}
		var doc struct {
			SupportedNIPs []int          `json:"supported_nips"`
			Limitation    map[string]any `json:"limitation"`
			BMail         map[string]any `json:"bmail"`
		}
		b, _ := io.ReadAll(resp.Body)
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatalf("%v: %s", err, b)
		}
		if len(doc.SupportedNIPs) == 0 || doc.Limitation["max_message_length"] == nil || doc.Limitation["max_subscriptions"] == nil {
			t.Fatalf("NIP-11 document incomplete: %s", b)
		}
		for _, k := range []string{"max_envelope_bytes", "retention", "relay_fee_gwei", "kinds"} {
			if _, ok := doc.BMail[k]; !ok {
				t.Errorf("b-mail terms lack %q: %s", k, b)
			}
		}
		pre, _ := http.NewRequest("OPTIONS", srv.HTTPURL, nil)
		if r2, err := http.DefaultClient.Do(pre); err != nil || r2.Header.Get("Access-Control-Allow-Origin") != "*" {
			t.Fatalf("CORS preflight: %v", err)
		}
	})

	t.Run("rejections carry prefixes", func(t *testing.T) {
		c := dialRaw(t, srv.URL)
		p := signer(t).PublicKey()
		check := func(name string, e *wire.Event, prefix string) {
			t.Helper()
			f := c.publish(e)
			if f.OK || wire.ReasonPrefix(f.Message) != prefix {
				t.Errorf("%s: OK %v %q, want false %s:", name, f.OK, f.Message, prefix)
			}
		}
		check("too old", envelope(t, p, now.Add(-8*24*time.Hour), "x"), wire.PrefixInvalid)
		check("future", envelope(t, p, now.Add(time.Hour), "x"), wire.PrefixInvalid)
		note := &wire.Event{CreatedAt: now.Unix(), Kind: 1, Tags: [][]string{}, Content: "hi"}
		signer(t).Sign(note)
		check("other kind", note, wire.PrefixBlocked)
		two := &wire.Event{CreatedAt: now.Unix(), Kind: wire.KindEnvelope, Tags: [][]string{{"p", wire.Hex(p[:])}, {"p", wire.Hex(p[:])}}, Content: "eA=="}
		signer(t).Sign(two)
		check("two routing tags", two, wire.PrefixInvalid)
		nob64 := &wire.Event{CreatedAt: now.Unix(), Kind: wire.KindEnvelope, Tags: [][]string{{"p", wire.Hex(p[:])}}, Content: "not base64!"}
		signer(t).Sign(nob64)
		check("content not base64", nob64, wire.PrefixInvalid)
		lines := &wire.Event{CreatedAt: now.Unix(), Kind: wire.KindEnvelope, Tags: [][]string{{"p", wire.Hex(p[:])}}, Content: "eHh4\neHh4"}
		signer(t).Sign(lines)
		check("content with a line break", lines, wire.PrefixInvalid)
		badSig := envelope(t, p, now, "sig")
		badSig.Sig[5] ^= 1
		check("bad signature", badSig, wire.PrefixInvalid)
		badID := envelope(t, p, now, "id")
		badID.Content = "eHg="
		check("wrong id", badID, wire.PrefixInvalid)
		list := &wire.Event{CreatedAt: now.Unix(), Kind: wire.KindListIssue, Tags: [][]string{{"n", wire.Hex(p[:])}}, Content: "eA=="}
		signer(t).Sign(list)
		check("list event not signed by its list key", list, wire.PrefixInvalid)

		c.send(`["EVENT",{"id":1}]`)
		if f := c.expect(wire.FrameNotice); wire.ReasonPrefix(f.Message) != wire.PrefixInvalid {
			t.Errorf("malformed JSON: %q", f.Message)
		}
		c.send(`["REQ","s",{"#t":["` + strings.Repeat("a", 64) + `"]}]`)
		if f := c.expect(wire.FrameClosed); wire.ReasonPrefix(f.Message) != wire.PrefixUnsupported {
			t.Errorf("unindexed tag: %q", f.Message)
		}
		big := envelope(t, p, now, strings.Repeat("z", relay.DefaultMaxMessageBytes))
		c.sendFrame(&wire.ClientFrame{Type: wire.FrameEvent, Event: big})
		if f := c.expect(wire.FrameNotice); wire.ReasonPrefix(f.Message) != wire.PrefixInvalid {
			t.Errorf("oversized frame: %q", f.Message)
		}
		// Still serving after all that.
		if f := c.publish(envelope(t, p, now, "fine")); !f.OK {
			t.Fatalf("relay stopped accepting: %q", f.Message)
		}
	})

	t.Run("key bundles are public and replaceable", func(t *testing.T) {
		s := signer(t)
		acct := [20]byte{1, 2, 3}
		c := dialRaw(t, srv.URL)
		c.publish(bundleEvent(t, s, now.Unix()-10, acct, "v1"))
		c.publish(bundleEvent(t, s, now.Unix(), acct, "v2"))
		if f := c.publish(bundleEvent(t, s, now.Unix()-5, acct, "old")); f.OK {
			t.Fatal("older bundle accepted")
		}
		reader := dialRaw(t, srv.URL) // no AUTH needed
		reader.sendFrame(&wire.ClientFrame{Type: wire.FrameReq, SubID: "b", Filters: []wire.Filter{{Kinds: []int{wire.KindBundle}, Authors: [][32]byte{s.PublicKey()}}}})
		if f := reader.expect(wire.FrameEvent); f.Event.Content != "v2" {
			t.Fatalf("bundle %q", f.Event.Content)
		}
		reader.expect(wire.FrameEOSE)
	})
}

func TestExpiryAndTombstones(t *testing.T) {
	clk := &clock{t: time.Now()}
	srv := relaytest.Start(t, func(c *relay.Config, _ *policies.Limits) {
		c.Now = clk.Now
		c.Store.UnpaidRetention = time.Hour
	})
	alice := signer(t)
	c := dialRaw(t, srv.URL)
	c.auth(alice, srv.URL)
	exp := envelope(t, alice.PublicKey(), clk.Now(), "will expire")
	del := envelope(t, alice.PublicKey(), clk.Now(), "will be deleted")
	c.publish(exp)
	c.publish(del)

	deletion := &wire.Event{CreatedAt: clk.Now().Unix(), Kind: wire.KindDeletion,
		Tags: [][]string{{"e", del.IDHex()}, {"k", "2525"}}}
	alice.Sign(deletion)
	if f := c.publish(deletion); !f.OK || !strings.HasPrefix(f.Message, "deleted 1") {
		t.Fatalf("recipient deletion: %v %q", f.OK, f.Message)
	}
	if f := c.publish(del); !f.OK || !strings.Contains(f.Message, "deleted") {
		t.Fatalf("retry of a deleted envelope: %v %q", f.OK, f.Message)
	}
	clk.Add(2 * time.Hour)
	srv.Relay.SweepNow(ctxT(t))
	if f := c.publish(exp); !f.OK || !strings.Contains(f.Message, "expired") {
		t.Fatalf("retry of an expired envelope: %v %q", f.OK, f.Message)
	}
	c.sendFrame(&wire.ClientFrame{Type: wire.FrameReq, SubID: "in", Filters: []wire.Filter{inbox(alice.PublicKey())}})
	if f := c.next(); f.Type != wire.FrameEOSE {
		t.Fatalf("expired or deleted mail served: %+v", f)
	}
}

func TestLimits(t *testing.T) {
	srv := relaytest.Start(t, func(c *relay.Config, l *policies.Limits) {
		l.EventsPerSecond, l.EventBurst = 5, 5
		l.MaxSubscriptions = 2
		l.MaxConnectionsPerOrigin = 4
		c.Store.MaxUnpaidPerRoute = 20 << 10
	})
	now := time.Now()

	t.Run("events per second per connection", func(t *testing.T) {
		c := dialRaw(t, srv.URL)
		p := signer(t).PublicKey()
		limited := 0
		for i := 0; i < 12; i++ {
			if f := c.publish(envelope(t, p, now, "flood")); !f.OK && wire.ReasonPrefix(f.Message) == wire.PrefixRateLimited {
				limited++
			}
		}
		if limited == 0 {
			t.Fatal("no rate-limited: answer to a flood")
		}
	})

	t.Run("events per second per origin", func(t *testing.T) {
		// Many connections from one address share the origin's budget.
		srv.Policies.Rate.Set(1e6, 1e6, 5, 5)
		defer srv.Policies.Rate.Set(5, 5, 1000, 2000)
		p := signer(t).PublicKey()
		limited := 0
		for i := 0; i < 3; i++ {
			c := dialRaw(t, srv.URL)
			defer c.ws.Close()
			for j := 0; j < 3; j++ {
				if f := c.publish(envelope(t, p, now, "spread")); !f.OK && strings.Contains(f.Message, "your network") {
					limited++
				}
			}
		}
		if limited == 0 {
			t.Fatal("no per-origin rate limit across connections")
		}
	})
	waitConnsGone(t, srv)

	t.Run("subscriptions per connection", func(t *testing.T) {
		c := dialRaw(t, srv.URL)
		f := wire.Filter{Kinds: []int{wire.KindBundle}, Authors: [][32]byte{signer(t).PublicKey()}}
		for _, id := range []string{"a", "b", "a"} { // reusing "a" does not count twice
			c.sendFrame(&wire.ClientFrame{Type: wire.FrameReq, SubID: id, Filters: []wire.Filter{f}})
			c.expect(wire.FrameEOSE)
		}
		c.sendFrame(&wire.ClientFrame{Type: wire.FrameReq, SubID: "c", Filters: []wire.Filter{f}})
		if fr := c.expect(wire.FrameClosed); wire.ReasonPrefix(fr.Message) != wire.PrefixRateLimited {
			t.Fatalf("third subscription: %q", fr.Message)
		}
		req, _ := http.NewRequest("GET", srv.HTTPURL, nil)
		req.Header.Set("Accept", "application/nostr+json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var doc struct {
			Limitation struct {
				MaxSubscriptions int `json:"max_subscriptions"`
			} `json:"limitation"`
		}
		json.NewDecoder(resp.Body).Decode(&doc)
		if doc.Limitation.MaxSubscriptions != 2 {
			t.Fatalf("NIP-11 advertises %d subscriptions, the policy enforces 2", doc.Limitation.MaxSubscriptions)
		}
	})

	waitConnsGone(t, srv)

	t.Run("connections per origin", func(t *testing.T) {
		time.Sleep(100 * time.Millisecond) // earlier subtests' connections may still be counted
		var open []*websocket.Conn
		refused := false
		for i := 0; i < 8 && !refused; i++ {
			ws, resp, err := dialer().Dial(srv.URL, nil)
			if err != nil {
				refused = resp != nil && resp.StatusCode == http.StatusTooManyRequests
				break
			}
			open = append(open, ws)
		}
		for _, ws := range open {
			ws.Close()
		}
		if !refused {
			t.Fatal("no refusal past the per-origin connection limit")
		}
		waitConnsGone(t, srv)
	})

	t.Run("unpaid quota per recipient evicts the oldest", func(t *testing.T) {
		alice := signer(t)
		c := dialRaw(t, srv.URL)
		var first *wire.Event
		for i := 0; i < 4; i++ {
			e := envelope(t, alice.PublicKey(), now, strings.Repeat("q", 6000)+string(rune('a'+i)))
			if i == 0 {
				first = e
			}
			time.Sleep(220 * time.Millisecond) // stay under 5 events/s
			if f := c.publish(e); !f.OK {
				t.Fatalf("publish %d: %q", i, f.Message)
			}
		}
		st, _, err := srv.Relay.Store().Has(ctxT(t), first.ID)
		if err != nil || st != store.StateEvicted {
			t.Fatalf("oldest unpaid envelope is %v (%v), want evicted", st, err)
		}
		if srv.Relay.Metrics.Evicted.Load() == 0 {
			t.Fatal("eviction not counted")
		}
	})
}

// waitConnsGone waits until the relay has seen every test connection close
// (the per-origin connection limit counts them until then).
func waitConnsGone(t *testing.T, srv *relaytest.Server) {
	for i := 0; i < 300 && srv.Relay.Metrics.Connections.Load() > 0; i++ {
		time.Sleep(10 * time.Millisecond)
	}
}

func TestHeaderHook(t *testing.T) {
	var seen [][]byte
	var mu sync.Mutex
	srv := relaytest.Start(t, func(c *relay.Config, _ *policies.Limits) {
		c.MsgIDs = func(content []byte) ([][32]byte, error) {
			mu.Lock()
			seen = append(seen, append([]byte(nil), content...))
			mu.Unlock()
			if string(content) == "YmFk" { // "bad"
				return nil, errors.New("not an envelope")
			}
			return [][32]byte{{1}}, nil
		}
	})
	c := dialRaw(t, srv.URL)
	p := signer(t).PublicKey()
	if f := c.publish(envelope(t, p, time.Now(), "bad")); f.OK || wire.ReasonPrefix(f.Message) != wire.PrefixInvalid {
		t.Fatalf("hook refusal: %v %q", f.OK, f.Message)
	}
	good := envelope(t, p, time.Now(), "good")
	if f := c.publish(good); !f.OK {
		t.Fatalf("hook acceptance: %q", f.Message)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(seen) != 2 || string(seen[1]) != good.Content {
		t.Fatalf("the hook must get the event content as sent: %q", seen)
	}
}
