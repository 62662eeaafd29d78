// Command relay is the b-mail relay load generator. It starts a relay
// (bmail-relay's own packages, in a child process on loopback with a fresh
// data directory), then
//
//  1. ingest: P publishers send N pre-signed envelopes of -envelope-bytes
//     each, pipelined, and time every OK (sent only after the durable
//     commit, synchronous=FULL);
//  2. fan-out: R recipients each AUTH and subscribe to their own inbox, and
//     M envelopes (paced) are timed from publish to delivery;
//
// and prints one line:
//
//	ingest_eps=<n> ack_p50_ms=<x> ack_p99_ms=<y> fanout_p99_ms=<z> rss_mb=<m>
//
// rss_mb is the relay process's peak resident memory. Every loop is bounded
// in count and in time (-timeout). -cpuprofile writes the relay's CPU profile.
package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/base64"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/bmail-network/bmail/relay"
	"github.com/bmail-network/bmail/relay/policies"
	"github.com/bmail-network/bmail/relay/wire"
	"github.com/gorilla/websocket"
)

func main() {
	var (
		serveDir   = flag.String("serve-relay", "", "internal: run the relay on this data directory")
		events     = flag.Int("events", 60000, "envelopes in the ingest phase")
		publishers = flag.Int("publishers", 8, "publishing connections")
		window     = flag.Int("window", 16, "events in flight per publisher (ack latency is about publishers×window/rate)")
		envBytes   = flag.Int("envelope-bytes", 1024, "envelope size before base64")
		recipients = flag.Int("recipients", 1000, "subscribers in the fan-out phase")
		fanEvents  = flag.Int("fanout-events", 5000, "envelopes in the fan-out phase")
		fanRate    = flag.Int("fanout-rate", 2000, "envelopes per second in the fan-out phase")
		timeout    = flag.Duration("timeout", 3*time.Minute, "give up after this long")
		cpuprofile = flag.String("cpuprofile", "", "write the relay's CPU profile (ingest phase) here")
	)
	flag.Parse()
	if *serveDir != "" {
		serve(*serveDir, *cpuprofile)
		return
	}
	if err := run(*events, *publishers, *window, *envBytes, *recipients, *fanEvents, *fanRate, *timeout, *cpuprofile); err != nil {
		fmt.Fprintln(os.Stderr, "bench/relay:", err)
		os.Exit(1)
	}
}

// serve runs the relay (the child process).
func serve(dir, cpuprofile string) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	url := "ws://" + ln.Addr().String()
	cfg := relay.Config{PublicURL: url}
	cfg.Store.Path = filepath.Join(dir, "relay.db")
	r, err := relay.New(context.Background(), cfg)
	if err != nil {
		panic(err)
	}
	lim := policies.DefaultLimits
	lim.MaxConnections, lim.MaxConnectionsPerOrigin = 100000, 100000
	lim.EventsPerSecond, lim.EventBurst = 1e9, 1<<30
	lim.OriginEventsPerSecond, lim.OriginEventBurst = 1e9, 1<<30
	policies.ApplyDefaults(r, lim)
	srv := &http.Server{Handler: r}
	go srv.Serve(ln)
	var prof *os.File
	if cpuprofile != "" {
		prof, _ = os.Create(cpuprofile)
	}
	fmt.Printf("%s %s\n", url, wire.Backend())
	sig := make(chan os.Signal, 4)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGUSR1, syscall.SIGUSR2)
	for s := range sig {
		switch s {
		case syscall.SIGUSR1:
			if prof != nil {
				pprof.StartCPUProfile(prof)
			}
		case syscall.SIGUSR2:
			if prof != nil {
				pprof.StopCPUProfile()
				prof.Close()
			}
		case syscall.SIGTERM:
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			srv.Shutdown(ctx)
			r.Close(ctx)
			cancel()
			return
		}
	}
}

type child struct {
	cmd  *exec.Cmd
	url  string
	dir  string
	peak func() float64
}

func startRelay(cpuprofile string) (*child, error) {
	dir, err := os.MkdirTemp("", "bmail-relay-bench-")
	if err != nil {
		return nil, err
	}
	args := []string{"-serve-relay", dir}
	if cpuprofile != "" {
		abs, _ := filepath.Abs(cpuprofile)
		args = append(args, "-cpuprofile", abs)
	}
	cmd := exec.Command(os.Args[0], args...)
	out, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(out)
	if !sc.Scan() {
		return nil, fmt.Errorf("relay process did not start")
	}
	f := strings.Fields(sc.Text())
	go io.Copy(io.Discard, out)
	fmt.Fprintf(os.Stderr, "relay pid %d at %s, BIP-340 via %s, %d CPUs\n", cmd.Process.Pid, f[0], f[1], runtime.NumCPU())
	c := &child{cmd: cmd, url: f[0], dir: dir}
	c.peak = func() float64 {
		b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/status", cmd.Process.Pid))
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "VmHWM:") {
				kb, _ := strconv.ParseFloat(strings.Fields(l)[1], 64)
				return kb / 1024
			}
		}
		return 0
	}
	return c, nil
}

func (c *child) stop() {
	c.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { c.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		c.cmd.Process.Kill()
	}
	os.RemoveAll(c.dir)
}

func run(n, pubs, window, envBytes, nrcpt, fanN, fanRate int, timeout time.Duration, cpuprofile string) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	rl, err := startRelay(cpuprofile)
	if err != nil {
		return err
	}
	defer rl.stop()

	// Recipients (transport keys) and pre-signed envelopes.
	rcpts := make([]*wire.Signer, nrcpt)
	for i := range rcpts {
		rcpts[i], _ = wire.GenerateSigner()
	}
	fmt.Fprintf(os.Stderr, "signing %d envelopes of %d bytes...\n", n+fanN, envBytes)
	frames := make([][]byte, n)
	ids := make([][32]byte, n)
	sign := func(i int, to *wire.Signer) ([]byte, [32]byte) {
		env := make([]byte, envBytes)
		rand.Read(env)
		p := to.PublicKey()
		e := &wire.Event{CreatedAt: time.Now().Unix(), Kind: wire.KindEnvelope,
			Tags: [][]string{{wire.TagRecipient, wire.Hex(p[:])}}, Content: base64.StdEncoding.EncodeToString(env)}
		s, _ := wire.GenerateSigner()
		s.Sign(e)
		return (&wire.ClientFrame{Type: wire.FrameEvent, Event: e}).Marshal(nil), e.ID
	}
	parallel(n, func(i int) { frames[i], ids[i] = sign(i, rcpts[i%nrcpt]) })

	// Phase 1: ingest.
	if cpuprofile != "" {
		rl.cmd.Process.Signal(syscall.SIGUSR1)
	}
	lat := make([]time.Duration, 0, n)
	var latMu sync.Mutex
	var acked, refused atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	var last atomic.Int64
	for p := 0; p < pubs; p++ {
		ws, _, err := websocket.DefaultDialer.DialContext(ctx, rl.url, nil)
		if err != nil {
			return err
		}
		defer ws.Close()
		var mine []int
		for i := p; i < n; i += pubs {
			mine = append(mine, i)
		}
		sent := make(map[[32]byte]time.Time, len(mine))
		var sentMu sync.Mutex
		slots := make(chan struct{}, window)
		wg.Add(1)
		go func() { // reader
			defer wg.Done()
			local := make([]time.Duration, 0, len(mine))
			got := 0
			for got < len(mine) {
				ws.SetReadDeadline(time.Now().Add(30 * time.Second))
				_, b, err := ws.ReadMessage()
				if err != nil {
					break
				}
				f, err := wire.ParseRelayFrame(b, wire.DefaultLimits)
				if err != nil || f.Type != wire.FrameOK {
					continue
				}
				now := time.Now()
				sentMu.Lock()
				t0, ok := sent[f.ID]
				delete(sent, f.ID)
				sentMu.Unlock()
				if !ok {
					continue
				}
				got++
				<-slots
				if f.OK {
					acked.Add(1)
					local = append(local, now.Sub(t0))
					last.Store(now.UnixNano())
				} else {
					refused.Add(1)
				}
			}
			latMu.Lock()
			lat = append(lat, local...)
			latMu.Unlock()
		}()
		go func() { // writer
			for _, i := range mine {
				select {
				case slots <- struct{}{}:
				case <-ctx.Done():
					return
				}
				sentMu.Lock()
				sent[ids[i]] = time.Now()
				sentMu.Unlock()
				if ws.WriteMessage(websocket.TextMessage, frames[i]) != nil {
					return
				}
			}
		}()
	}
	wg.Wait()
	if cpuprofile != "" {
		rl.cmd.Process.Signal(syscall.SIGUSR2)
	}
	elapsed := time.Duration(last.Load() - start.UnixNano())
	if acked.Load() == 0 {
		return fmt.Errorf("no event acknowledged (%d refused)", refused.Load())
	}
	eps := float64(acked.Load()) / elapsed.Seconds()
	p50, p99 := pct(lat, 50), pct(lat, 99)
	fmt.Fprintf(os.Stderr, "ingest: %d acknowledged, %d refused in %v\n", acked.Load(), refused.Load(), elapsed.Round(time.Millisecond))
	frames = nil

	// Phase 2: fan-out to recipients each subscribed to their own inbox.
	fmt.Fprintf(os.Stderr, "fan-out: connecting %d recipients...\n", nrcpt)
	type delivery struct{ at time.Time }
	var fmu sync.Mutex
	sentAt := map[[32]byte]time.Time{}
	var fan []time.Duration
	var delivered atomic.Int64
	subs := make([]*websocket.Conn, nrcpt)
	for i, s := range rcpts {
		ws, _, err := websocket.DefaultDialer.DialContext(ctx, rl.url, nil)
		if err != nil {
			return fmt.Errorf("recipient %d: %w", i, err)
		}
		defer ws.Close()
		subs[i] = ws
		if err := authAndSubscribe(ws, s, rl.url); err != nil {
			return fmt.Errorf("recipient %d: %w", i, err)
		}
		go func() {
			for {
				_, b, err := ws.ReadMessage()
				if err != nil {
					return
				}
				now := time.Now()
				f, err := wire.ParseRelayFrame(b, wire.DefaultLimits)
				if err != nil || f.Type != wire.FrameEvent {
					continue
				}
				fmu.Lock()
				if t0, ok := sentAt[f.Event.ID]; ok {
					fan = append(fan, now.Sub(t0))
					delivered.Add(1)
				}
				fmu.Unlock()
			}
		}()
	}
	fanFrames := make([][]byte, fanN)
	fanIDs := make([][32]byte, fanN)
	parallel(fanN, func(i int) { fanFrames[i], fanIDs[i] = sign(i, rcpts[i%nrcpt]) })
	pub, _, err := websocket.DefaultDialer.DialContext(ctx, rl.url, nil)
	if err != nil {
		return err
	}
	defer pub.Close()
	go io.Copy(io.Discard, pub.NetConn()) // OKs are not needed here
	tick := time.NewTicker(time.Second / time.Duration(fanRate))
	for i := range fanFrames {
		<-tick.C
		fmu.Lock()
		sentAt[fanIDs[i]] = time.Now()
		fmu.Unlock()
		if err := pub.WriteMessage(websocket.TextMessage, fanFrames[i]); err != nil {
			return err
		}
	}
	tick.Stop()
	for delivered.Load() < int64(fanN) && ctx.Err() == nil {
		time.Sleep(20 * time.Millisecond)
	}
	fmu.Lock()
	fp99 := pct(fan, 99)
	fmt.Fprintf(os.Stderr, "fan-out: %d of %d delivered, p50 %.2f ms\n", delivered.Load(), fanN, ms(pct(fan, 50)))
	fmu.Unlock()
	if ctx.Err() != nil {
		return fmt.Errorf("timed out")
	}
	fmt.Printf("ingest_eps=%.0f ack_p50_ms=%.2f ack_p99_ms=%.2f fanout_p99_ms=%.2f rss_mb=%.0f\n",
		eps, ms(p50), ms(p99), ms(fp99), rl.peak())
	return nil
}

func authAndSubscribe(ws *websocket.Conn, s *wire.Signer, url string) error {
	read := func() (*wire.RelayFrame, error) {
		ws.SetReadDeadline(time.Now().Add(30 * time.Second))
		_, b, err := ws.ReadMessage()
		if err != nil {
			return nil, err
		}
		return wire.ParseRelayFrame(b, wire.DefaultLimits)
	}
	ch, err := read()
	if err != nil {
		return err
	}
	e := &wire.Event{CreatedAt: time.Now().Unix(), Kind: wire.KindAuth, Tags: [][]string{{"relay", url}, {"challenge", ch.Challenge}}}
	s.Sign(e)
	ws.WriteMessage(websocket.TextMessage, (&wire.ClientFrame{Type: wire.FrameAuth, Event: e}).Marshal(nil))
	if f, err := read(); err != nil || f.Type != wire.FrameOK || !f.OK {
		return fmt.Errorf("AUTH refused: %v %+v", err, f)
	}
	if _, err := read(); err != nil { // next challenge
		return err
	}
	zero := int64(0)
	p := s.PublicKey()
	ws.WriteMessage(websocket.TextMessage, (&wire.ClientFrame{Type: wire.FrameReq, SubID: "in", Filters: []wire.Filter{{
		Kinds: []int{wire.KindEnvelope}, Tags: []wire.TagFilter{{Name: 'p', Values: [][32]byte{p}}}, Limit: &zero}}}).Marshal(nil))
	for {
		f, err := read()
		if err != nil {
			return err
		}
		if f.Type == wire.FrameEOSE {
			ws.SetReadDeadline(time.Time{})
			return nil
		}
	}
}

func parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	w := runtime.NumCPU()
	for k := 0; k < w; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			for i := k; i < n; i += w {
				f(i)
			}
		}(k)
	}
	wg.Wait()
}

func pct(d []time.Duration, p float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), d...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[min(len(s)-1, int(float64(len(s))*p/100))]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
