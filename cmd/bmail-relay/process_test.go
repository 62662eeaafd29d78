package main

import (
	"bufio"
	"context"
	cryptorand "crypto/rand"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bmail-network/bmail/client/envelope"
	"github.com/bmail-network/bmail/relay/wire"
	"github.com/gorilla/websocket"
)

// The relay runs as a separate process: this test binary re-executed with
// BMAIL_RELAY_CHILD set runs main's code instead of the tests.
func TestMain(m *testing.M) {
	if os.Getenv("BMAIL_RELAY_CHILD") == "1" {
		var args []string
		json.Unmarshal([]byte(os.Getenv("BMAIL_RELAY_ARGS")), &args)
		os.Exit(NewMain().Run(context.Background(), args))
	}
	os.Exit(m.Run())
}

type child struct {
	cmd     *exec.Cmd
	url     string
	metrics string
	done    chan struct{}
}

func startChild(t *testing.T, args ...string) *child {
	t.Helper()
	a, _ := json.Marshal(append([]string{"serve", "-listen", "127.0.0.1:0", "-metrics-listen", "127.0.0.1:0", "-log-level", "warn"}, args...))
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "BMAIL_RELAY_CHILD=1", "BMAIL_RELAY_ARGS="+string(a))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: cmd, done: make(chan struct{})}
	go func() { cmd.Wait(); close(c.done) }()
	t.Cleanup(func() { c.kill() })
	line := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		if sc.Scan() {
			line <- sc.Text()
		}
		io.Copy(io.Discard, out)
	}()
	select {
	case l := <-line:
		// bmail-relay: serving ws://127.0.0.1:P on 127.0.0.1:P metrics 127.0.0.1:Q secp256k1 NAME
		f := strings.Fields(l)
		if len(f) < 8 || f[1] != "serving" {
			t.Fatalf("unexpected first line %q", l)
		}
		c.url, c.metrics = f[2], f[6]
		t.Logf("relay process %d at %s (BIP-340 via %s)", cmd.Process.Pid, c.url, f[8])
	case <-time.After(60 * time.Second):
		t.Fatal("relay process did not start")
	}
	return c
}

func (c *child) kill() {
	c.cmd.Process.Signal(syscall.SIGKILL)
	<-c.done
}

func (c *child) rssMB(t *testing.T) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", c.cmd.Process.Pid))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmRSS:") {
			kb, _ := strconv.ParseFloat(strings.Fields(l)[1], 64)
			return kb / 1024
		}
	}
	t.Fatal("no VmRSS")
	return 0
}

// metric reads one metric from the relay's /metrics.
func (c *child) metric(t *testing.T, name string) float64 {
	resp, err := http.Get("http://" + c.metrics + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, name+" ") {
			v, _ := strconv.ParseFloat(strings.Fields(l)[1], 64)
			return v
		}
	}
	return 0
}

func writeConfig(t *testing.T, dir string, cfg map[string]any) string {
	p := filepath.Join(dir, "relay.json")
	b, _ := json.Marshal(cfg)
	if err := os.WriteFile(p, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// sealedTo returns envelope bytes the relay's header hook accepts: a
// structurally valid envelope (header, one wrap, MAC, smallest bucket).
func sealedTo(t *testing.T, seed byte) []byte { return envelopeBytes(t, seed, 0) }

// envelopeBytes builds a structurally valid one-recipient envelope whose
// body is the largest bucket not above minBody (the smallest if none).
// Relays check structure only, so random wraps, MAC and body will do.
func envelopeBytes(t *testing.T, seed byte, minBody uint32) []byte {
	bucket := envelope.Buckets()[0]
	for _, b := range envelope.Buckets() {
		if b <= minBody {
			bucket = b
		}
	}
	e := &envelope.Envelope{
		Header: envelope.Header{Version: envelope.Version, Type: envelope.TypeXWing, PricedSize: bucket,
			MsgIDs: [][32]byte{{seed}}},
		Wraps: [][]byte{random(envelope.WrapSize)},
		Body:  random(int(bucket)),
	}
	copy(e.MAC[:], random(envelope.MACSize))
	b := e.Marshal()
	if _, err := envelope.ParseHeader(b); err != nil {
		t.Fatalf("test envelope does not parse: %v", err)
	}
	return b
}

func random(n int) []byte {
	b := make([]byte, n)
	cryptorand.Read(b)
	return b
}

func envelopeEvent(t testing.TB, to [32]byte, env []byte, created time.Time) *wire.Event {
	e := &wire.Event{CreatedAt: created.Unix(), Kind: wire.KindEnvelope,
		Tags: [][]string{{wire.TagRecipient, wire.Hex(to[:])}}, Content: base64.StdEncoding.EncodeToString(env)}
	s, err := wire.GenerateSigner()
	if err != nil {
		t.Fatal(err)
	}
	s.Sign(e)
	return e
}

type wsc struct {
	ws        *websocket.Conn
	mu        sync.Mutex
	challenge chan string
	frames    chan *wire.RelayFrame
}

func dial(t testing.TB, url string) *wsc {
	ws, _, err := websocket.DefaultDialer.Dial(url, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := &wsc{ws: ws, challenge: make(chan string, 16), frames: make(chan *wire.RelayFrame, 1<<16)}
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
				continue
			}
			if f.Type == wire.FrameAuth {
				c.challenge <- f.Challenge
				continue
			}
			c.frames <- f
		}
	}()
	return c
}

func (c *wsc) send(f *wire.ClientFrame) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ws.WriteMessage(websocket.TextMessage, f.Marshal(nil))
}

func (c *wsc) next(t *testing.T) *wire.RelayFrame {
	select {
	case f, ok := <-c.frames:
		if !ok {
			t.Fatal("connection closed")
		}
		return f
	case <-time.After(20 * time.Second):
		t.Fatal("no frame")
	}
	return nil
}

func (c *wsc) auth(t *testing.T, s *wire.Signer, url string) {
	ch := <-c.challenge
	e := &wire.Event{CreatedAt: time.Now().Unix(), Kind: wire.KindAuth, Tags: [][]string{{"relay", url}, {"challenge", ch}}}
	s.Sign(e)
	c.send(&wire.ClientFrame{Type: wire.FrameAuth, Event: e})
	if f := c.next(t); f.Type != wire.FrameOK || !f.OK {
		t.Fatalf("AUTH: %+v", f)
	}
}

// TestCrashSafety: the relay is SIGKILLed under load and restarted; every
// event that had received OK true is served again.
func TestCrashSafety(t *testing.T) {
	dir := t.TempDir()
	cfg := writeConfig(t, dir, map[string]any{"limits": map[string]any{
		"max_connections": 1000, "max_connections_per_origin": 1000, "max_subscriptions": 32,
		"events_per_second": 1e6, "event_burst": 1e6, "origin_events_per_second": 1e6, "origin_event_burst": 1e6}})
	data := filepath.Join(dir, "data")
	args := []string{"-config", cfg, "-data-dir", data}
	relay := startChild(t, args...)

	var keys []*wire.Signer
	var envs [][]byte
	for i := 0; i < 4; i++ {
		s, _ := wire.GenerateSigner()
		keys = append(keys, s)
		envs = append(envs, sealedTo(t, byte(i+1)))
	}
	var mu sync.Mutex
	acked := map[[32]byte]bool{}
	refused := map[string]int{}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for p := 0; p < 6; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			c := dial(t, relay.url)
			inflight := make(chan struct{}, 64)
			dead := make(chan struct{})
			go func() {
				defer close(dead)
				for f := range c.frames {
					if f.Type == wire.FrameOK {
						if f.OK {
							mu.Lock()
							acked[f.ID] = true
							mu.Unlock()
						} else {
							mu.Lock()
							refused[f.Message]++
							mu.Unlock()
						}
						<-inflight
					}
				}
			}()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				case <-dead:
					return
				case inflight <- struct{}{}:
				}
				k := (p + i) % len(keys)
				// Some backdated by up to a day: catch-up must not care.
				e := envelopeEvent(t, keys[k].PublicKey(), envs[k], time.Now().Add(-time.Duration(i%3)*8*time.Hour))
				if c.send(&wire.ClientFrame{Type: wire.FrameEvent, Event: e}) != nil {
					return
				}
			}
		}(p)
	}
	time.Sleep(1500 * time.Millisecond)
	relay.kill() // SIGKILL mid-stream
	close(stop)
	wg.Wait()
	mu.Lock()
	n := len(acked)
	mu.Unlock()
	if len(refused) > 0 {
		t.Fatalf("refusals under load: %v", refused)
	}
	if n < 100 {
		t.Fatalf("only %d events acknowledged before the kill", n)
	}

	relay = startChild(t, args...)
	resp, err := http.Get("http://" + relay.metrics + "/healthz")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("health after restart: %v %v", resp, err)
	}
	resp.Body.Close()
	c := dial(t, relay.url)
	for _, k := range keys {
		c.auth(t, k, relay.url)
	}
	var ps [][32]byte
	for _, k := range keys {
		ps = append(ps, k.PublicKey())
	}
	zero := int64(0)
	c.send(&wire.ClientFrame{Type: wire.FrameReq, SubID: "all", Filters: []wire.Filter{{
		Kinds: []int{wire.KindEnvelope}, Tags: []wire.TagFilter{{Name: 'p', Values: ps}}, After: &zero}}})
	served := map[[32]byte]bool{}
	for {
		f := c.next(t)
		if f.Type == wire.FrameEOSE {
			break
		}
		if f.Type == wire.FrameEvent {
			served[f.Event.ID] = true
		}
	}
	if got := relay.metric(t, "bmail_relay_stored_events"); got < float64(n) {
		t.Fatalf("metrics say %v events stored, %d were acknowledged", got, n)
	}
	if got := relay.metric(t, "bmail_relay_wal_frames"); got < 1 {
		t.Fatalf("metrics say the WAL has %v frames after a start, which writes", got)
	}
	missing := 0
	for id := range acked {
		if !served[id] {
			missing++
		}
	}
	t.Logf("acknowledged before SIGKILL: %d; served after restart: %d; acknowledged but missing: %d", n, len(served), missing)
	if missing > 0 {
		t.Fatalf("%d acknowledged events lost in the crash", missing)
	}
}
