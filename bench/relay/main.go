// Command relay is the b-mail relay load generator. It starts a relay
// (bmail-relay's own packages, in a child process on loopback with a fresh
// data directory), then
//
//  1. ingest: P publishers send N pre-signed envelopes of -envelope-bytes
//     each, pipelined, and time every OK (sent only once the event is
//     durable: committed and its WAL synced) — as fast as -window events
//     in flight per publisher allow, or paced at -ingest-rate envelopes/s
//     (an open loop: the latency at that rate, counted from when each
//     envelope was due);
//  2. fan-out: R recipients each AUTH and subscribe to their own inbox, and
//     M envelopes (paced) are timed from publish to delivery;
//  3. CPU per delivery: rounds of envelopes to the subscribers alternate
//     with control rounds to keys nobody subscribed to;
//
// and prints one line:
//
//	ingest_eps=<n> ack_p50_ms=<x> ack_p99_ms=<y> fanout_p99_ms=<z> rss_mb=<m> cpu_us_per_event=<a> cpu_us_per_delivery=<b>
//
// rss_mb is the relay process's peak resident memory. The CPU figures are
// the relay process's own (user + system, from /proc), so they hold even on
// a machine shared with other work, where wall-clock rates do not:
// cpu_us_per_event is its CPU during the ingest phase over the envelopes
// acknowledged; cpu_us_per_delivery is the difference between the delivered
// and the control rounds (the same in every way — connections,
// subscriptions, publishers, count — except that nobody receives the
// control envelopes) over the deliveries. Every loop is bounded in count
// and in time (-timeout). -cpuprofile writes the relay's CPU profile of the
// ingest phase. -real-envelopes sends what b-mail clients send (valid
// single-recipient envelopes, 2,332 bytes with a 1 KiB body) to a relay that
// reads their headers and stores their msgIds, as bmail-relay does; by
// default the content is random bytes and the relay has no header hook.
package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/binary"
	"flag"
	"fmt"
	"io"
	mrand "math/rand/v2"
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

	"github.com/bmail-network/bmail/client/envelope"
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
		ingestRate = flag.Int("ingest-rate", 0, "pace the ingest phase at this many envelopes/s (open loop: latency counted from when each was due, up to 256 in flight per publisher); 0: as fast as the window allows")
		envBytes   = flag.Int("envelope-bytes", 1024, "envelope size before base64")
		recipients = flag.Int("recipients", 1000, "subscribers in the fan-out phase")
		fanEvents  = flag.Int("fanout-events", 5000, "envelopes in the fan-out phase")
		fanRate    = flag.Int("fanout-rate", 2000, "envelopes per second in the fan-out phase")
		cpuN       = flag.Int("delivery-events", 10000, "envelopes (and as many control envelopes) for the CPU per delivery")
		warmup     = flag.Int("warmup", 0, "envelopes published (as fast as the window allows, not timed) before the ingest phase")
		timeout    = flag.Duration("timeout", 3*time.Minute, "give up after this long")
		cpuprofile = flag.String("cpuprofile", "", "write the relay's CPU profile (ingest phase) here")
		bgCkpt     = flag.Duration("background-checkpoint", 0,
			"the relay's background WAL checkpoint period (0: the store's default; 1h turns them off, for diagnosis)")
		realEnv = flag.Bool("real-envelopes", false,
			"send structurally valid single-recipient b-mail envelopes with a body of -envelope-bytes (rounded up to a bucket) "+
				"to a relay that reads their headers and stores their msgIds, as bmail-relay does; default: random bytes, and no header hook")
	)
	flag.Parse()
	if *serveDir != "" {
		serve(*serveDir, *cpuprofile, *bgCkpt, *realEnv)
		return
	}
	if err := run(*events, *publishers, *window, *ingestRate, *warmup, *envBytes, *recipients, *fanEvents, *fanRate, *cpuN, *timeout, *cpuprofile, *bgCkpt, *realEnv); err != nil {
		fmt.Fprintln(os.Stderr, "bench/relay:", err)
		os.Exit(1)
	}
}

// serve runs the relay (the child process).
func serve(dir, cpuprofile string, bgCkpt time.Duration, realEnv bool) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	url := "ws://" + ln.Addr().String()
	cfg := relay.Config{PublicURL: url}
	cfg.Store.Path = filepath.Join(dir, "relay.db")
	// Every envelope comes from 127.0.0.1: the per-origin unpaid quota
	// (128 MiB) would start evicting before the last phase.
	cfg.Store.MaxUnpaidPerOrigin = 1 << 40
	cfg.Store.BackgroundCheckpoint = bgCkpt
	if realEnv {
		cfg.MsgIDs = envelope.MsgIDsFromEventContent // as cmd/bmail-relay configures it
	}
	r, err := relay.New(context.Background(), cfg)
	if err != nil {
		panic(err)
	}
	lim := policies.DefaultLimits
	lim.MaxConnections, lim.MaxConnectionsPerOrigin = 100000, 100000
	lim.EventsPerSecond, lim.EventBurst = 1e9, 1<<30
	lim.OriginEventsPerSecond, lim.OriginEventBurst = 1e9, 1<<30
	policies.ApplyDefaults(r, lim)
	mux := http.NewServeMux()
	mux.Handle("/metrics", r.Metrics)
	mux.Handle("/", r)
	srv := &http.Server{Handler: mux}
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
	cpu  func() time.Duration // user + system CPU of the relay process so far
}

// metrics reads the relay's metrics: sample (name and labels) → value.
func (c *child) metrics() map[string]float64 {
	m := map[string]float64{}
	resp, err := http.Get("http" + strings.TrimPrefix(c.url, "ws") + "/metrics")
	if err != nil {
		return m
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), " "); ok && !strings.HasPrefix(k, "#") {
			m[k], _ = strconv.ParseFloat(v, 64)
		}
	}
	return m
}

// commits describes the store's group commits between two metrics
// readings: how many, events per commit, and the time spent in each commit
// (its WAL writes and fsync, synchronous=FULL): mean, the share over 5, 10
// and 20 ms, and how many took over 50, 100 and 500 ms (a stall of the
// single writer delays every event that arrives meanwhile).
func commits(before, after map[string]float64, events int64) string {
	d := func(k string) float64 { return after[k] - before[k] }
	// hist reads one histogram between the readings: count, mean in ms,
	// and how many observations were above a bucket bound.
	hist := func(name string) (n, meanMS float64, above func(le string) float64) {
		n = d(name + "_count")
		above = func(le string) float64 { return n - d(name+`_bucket{le="`+le+`"}`) }
		if n > 0 {
			meanMS = 1000 * d(name+"_sum") / n
		}
		return n, meanMS, above
	}
	n, mean, above := hist("bmail_relay_commit_seconds")
	if n == 0 {
		return "no commits"
	}
	over := func(le string) float64 { return 100 * above(le) / n }
	out := fmt.Sprintf("%.0f commits, %.1f events each, commit mean %.2f ms, over 5/10/20 ms: %.1f%%/%.1f%%/%.1f%%, over 50/100/500 ms: %.0f/%.0f/%.0f commits",
		n, float64(events)/n, mean, over("0.005"), over("0.01"), over("0.02"),
		above("0.05"), above("0.1"), above("0.5"))
	// The WAL syncs that make commits durable (and send their OKs).
	if ns, mean, above := hist("bmail_relay_sync_seconds"); ns > 0 {
		out += fmt.Sprintf("; %.0f WAL syncs, mean %.2f ms, over 5/10/20 ms: %.1f%%/%.1f%%/%.1f%%",
			ns, mean, 100*above("0.005")/ns, 100*above("0.01")/ns, 100*above("0.02")/ns)
	}
	// The writer's own checkpoints, during which nothing commits.
	if np, mean, above := hist("bmail_relay_writer_checkpoint_seconds"); np > 0 {
		out += fmt.Sprintf("; %.0f writer checkpoints, mean %.2f ms, over 5/10/20 ms: %.0f/%.0f/%.0f",
			np, mean, above("0.005"), above("0.01"), above("0.02"))
	}
	return out
}

func startRelay(cpuprofile string, bgCkpt time.Duration, realEnv bool) (*child, error) {
	dir, err := os.MkdirTemp("", "bmail-relay-bench-")
	if err != nil {
		return nil, err
	}
	args := []string{"-serve-relay", dir, "-background-checkpoint", bgCkpt.String(), fmt.Sprintf("-real-envelopes=%t", realEnv)}
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
	c.cpu = func() time.Duration { return procCPU(cmd.Process.Pid) }
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

// maxInflight is the relay's limit of events awaiting their OK on one
// connection (SPEC.md §6.6): a paced publisher may use all of it.
const maxInflight = 256

func run(n, pubs, window, ingestRate, warmup, envBytes, nrcpt, fanN, fanRate, cpuN int, timeout time.Duration, cpuprofile string, bgCkpt time.Duration, realEnv bool) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	rl, err := startRelay(cpuprofile, bgCkpt, realEnv)
	if err != nil {
		return err
	}
	defer rl.stop()

	// Recipients (transport keys) and pre-signed envelopes.
	rcpts := make([]*wire.Signer, nrcpt)
	for i := range rcpts {
		rcpts[i], _ = wire.GenerateSigner()
	}
	content := func() string {
		env := make([]byte, envBytes)
		rand.Read(env)
		return base64.StdEncoding.EncodeToString(env)
	}
	if realEnv {
		content = func() string { return realEnvelope(envBytes) }
		fmt.Fprintf(os.Stderr, "signing %d single-recipient envelopes of %d bytes (body %d)...\n", n, len(realEnvelopeBytes(envBytes)), bodyBucket(envBytes))
	} else {
		fmt.Fprintf(os.Stderr, "signing %d envelopes of %d bytes...\n", n, envBytes)
	}
	frames := make([][]byte, n)
	ids := make([][32]byte, n)
	sign := func(i int, to *wire.Signer) ([]byte, [32]byte) {
		p := to.PublicKey()
		e := &wire.Event{CreatedAt: time.Now().Unix(), Kind: wire.KindEnvelope,
			Tags: [][]string{{wire.TagRecipient, wire.Hex(p[:])}}, Content: content()}
		s, _ := wire.GenerateSigner()
		s.Sign(e)
		return (&wire.ClientFrame{Type: wire.FrameEvent, Event: e}).Marshal(nil), e.ID
	}
	parallel(n, func(i int) { frames[i], ids[i] = sign(i, rcpts[i%nrcpt]) })
	if warmup > 0 {
		// A relay that has been running: its WAL file, B-trees, caches
		// and heap have grown before the timed phases.
		fmt.Fprintf(os.Stderr, "warm-up: %d envelopes, not timed...\n", warmup)
		wf, wids := make([][]byte, warmup), make([][32]byte, warmup)
		parallel(warmup, func(i int) { wf[i], wids[i] = sign(i, rcpts[i%nrcpt]) })
		if _, err := publish(ctx, rl.url, wf, wids, pubs, window); err != nil {
			return err
		}
	}

	// Phase 1: ingest.
	if cpuprofile != "" {
		rl.cmd.Process.Signal(syscall.SIGUSR1)
	}
	cpu0, self0, m0 := rl.cpu(), selfCPU(), rl.metrics()
	if ingestRate > 0 {
		window = maxInflight
		fmt.Fprintf(os.Stderr, "ingest: paced at %d envelopes/s (open loop, up to %d in flight per publisher)\n", ingestRate, window)
	}
	in, err := publishAt(ctx, rl.url, frames, ids, pubs, window, float64(ingestRate))
	if err != nil {
		return err
	}
	if cpuprofile != "" {
		rl.cmd.Process.Signal(syscall.SIGUSR2)
	}
	cpuIngest, selfIngest, m1 := rl.cpu()-cpu0, selfCPU()-self0, rl.metrics()
	if in.acked == 0 {
		return fmt.Errorf("no event acknowledged (%d refused)", in.refused)
	}
	eps := float64(in.acked) / in.elapsed.Seconds()
	p50, p99 := pct(in.lat, 50), pct(in.lat, 99)
	cpuPerEvent := us(cpuIngest) / float64(in.acked)
	fmt.Fprintf(os.Stderr, "ingest: %d acknowledged, %d refused in %v; relay CPU %v (%.1f µs per event), load generator CPU %.1f µs per event\n",
		in.acked, in.refused, in.elapsed.Round(time.Millisecond), cpuIngest.Round(time.Millisecond), cpuPerEvent,
		us(selfIngest)/float64(in.acked))
	fmt.Fprintf(os.Stderr, "ingest: ack p90 %.2f ms, p99 %.2f, p99.9 %.2f, max %.2f\n",
		ms(pct(in.lat, 90)), ms(p99), ms(pct(in.lat, 99.9)), ms(pct(in.lat, 100)))
	fmt.Fprintf(os.Stderr, "ingest: %s\n", commits(m0, m1, in.acked))
	frames = nil

	// Phase 2: fan-out to recipients each subscribed to their own inbox.
	fmt.Fprintf(os.Stderr, "fan-out: connecting %d recipients...\n", nrcpt)
	var fmu sync.Mutex
	sentAt := map[[32]byte]time.Time{}
	var fan []time.Duration
	var delivered atomic.Int64
	for i, s := range rcpts {
		ws, _, err := websocket.DefaultDialer.DialContext(ctx, rl.url, nil)
		if err != nil {
			return fmt.Errorf("recipient %d: %w", i, err)
		}
		defer ws.Close()
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
				delivered.Add(1)
				fmu.Lock()
				if t0, ok := sentAt[f.Event.ID]; ok {
					fan = append(fan, now.Sub(t0))
				}
				fmu.Unlock()
			}
		}()
	}
	// 2a: latency, paced.
	fanFrames, fanIDs := make([][]byte, fanN), make([][32]byte, fanN)
	parallel(fanN, func(i int) { fanFrames[i], fanIDs[i] = sign(i, rcpts[i%nrcpt]) })
	rl.quiesce(ctx)
	m2 := rl.metrics()
	err = pacedPublish(ctx, rl.url, fanFrames, fanIDs, fanRate, func(id [32]byte, t time.Time) {
		fmu.Lock()
		sentAt[id] = t
		fmu.Unlock()
	})
	if err != nil {
		return fmt.Errorf("fan-out: %w", err)
	}
	if err := waitFor(ctx, &delivered, int64(fanN)); err != nil {
		return err
	}
	fmu.Lock()
	fp50, fp99 := pct(fan, 50), pct(fan, 99)
	fmu.Unlock()
	fmt.Fprintf(os.Stderr, "fan-out: %d of %d delivered at %d/s, p50 %.2f ms; %s\n", delivered.Load(), fanN, fanRate, ms(fp50),
		commits(m2, rl.metrics(), int64(fanN)))

	// 2b: CPU per delivery. Rounds of a control batch (envelopes to keys
	// nobody subscribed to) and a delivered batch (to the subscribers),
	// published like the ingest phase, alternate, each after the relay has
	// gone quiet, so that drift (background checkpoints, garbage collection,
	// other work on the machine) falls on both alike. The difference in the
	// relay's CPU is the cost of the deliveries.
	strangers := make([]*wire.Signer, nrcpt)
	for i := range strangers {
		strangers[i], _ = wire.GenerateSigner()
	}
	ctlFrames, ctlIDs := make([][]byte, cpuN), make([][32]byte, cpuN)
	parallel(cpuN, func(i int) { ctlFrames[i], ctlIDs[i] = sign(i, strangers[i%nrcpt]) })
	dlvFrames, dlvIDs := make([][]byte, cpuN), make([][32]byte, cpuN)
	parallel(cpuN, func(i int) { dlvFrames[i], dlvIDs[i] = sign(i, rcpts[i%nrcpt]) })
	var ctlCPU, dlvCPU time.Duration
	const rounds = 5
	base := delivered.Load()
	for k := 0; k < rounds; k++ {
		lo, hi := k*cpuN/rounds, (k+1)*cpuN/rounds
		rl.quiesce(ctx)
		c0 := rl.cpu()
		if _, err := publish(ctx, rl.url, ctlFrames[lo:hi], ctlIDs[lo:hi], pubs, window); err != nil {
			return fmt.Errorf("control: %w", err)
		}
		ctlCPU += rl.cpu() - c0
		rl.quiesce(ctx)
		c0 = rl.cpu()
		if _, err := publish(ctx, rl.url, dlvFrames[lo:hi], dlvIDs[lo:hi], pubs, window); err != nil {
			return fmt.Errorf("deliveries: %w", err)
		}
		if err := waitFor(ctx, &delivered, base+int64(hi)); err != nil {
			return err
		}
		dlvCPU += rl.cpu() - c0
	}
	perDelivery := us(dlvCPU-ctlCPU) / float64(cpuN)
	fmt.Fprintf(os.Stderr, "deliveries: relay CPU %v for %d delivered, %v for %d to nobody: %.1f µs per delivery\n",
		dlvCPU.Round(time.Millisecond), cpuN, ctlCPU.Round(time.Millisecond), cpuN, perDelivery)

	// 3: catch-up. Every recipient connects anew, AUTHs and fetches its
	// stored inbox from the start (what a client does after a relay
	// restart), 16 at a time.
	rl.quiesce(ctx)
	c0 := rl.cpu()
	start := time.Now()
	var served atomic.Int64
	var cerr error
	var cmu sync.Mutex
	parallelN(len(rcpts), 16, func(i int) {
		n, err := catchUp(ctx, rl.url, rcpts[i])
		served.Add(int64(n))
		if err != nil {
			cmu.Lock()
			cerr = fmt.Errorf("catch-up of recipient %d: %w", i, err)
			cmu.Unlock()
		}
	})
	if cerr != nil {
		return cerr
	}
	took, cpuCatch := time.Since(start), rl.cpu()-c0
	fmt.Fprintf(os.Stderr, "catch-up: %d recipients fetched %d envelopes in %v (%.0f/s); relay CPU %.1f µs per envelope served\n",
		len(rcpts), served.Load(), took.Round(time.Millisecond), float64(served.Load())/took.Seconds(), us(cpuCatch)/float64(max(served.Load(), 1)))
	fmt.Printf("ingest_eps=%.0f ack_p50_ms=%.2f ack_p99_ms=%.2f fanout_p99_ms=%.2f rss_mb=%.0f cpu_us_per_event=%.1f cpu_us_per_delivery=%.1f\n",
		eps, ms(p50), ms(p99), ms(fp99), rl.peak(), cpuPerEvent, perDelivery)
	return nil
}

// published is the outcome of publish.
type published struct {
	acked, refused int64
	lat            []time.Duration // per acknowledged event: send to OK
	elapsed        time.Duration   // first send to last OK
}

// publish sends frames over pubs connections, each keeping window events
// in flight, and times every OK. To keep the load generator's share of the
// shared cores small, each connection's writer frames (and masks) every
// event it may send now into one buffer and writes it with one system
// call, and its reader reads OK frames into one buffer and parses them on
// a fast path.
func publish(ctx context.Context, url string, frames [][]byte, ids [][32]byte, pubs, window int) (published, error) {
	return publishAt(ctx, url, frames, ids, pubs, window, 0)
}

// publishAt is publish, paced when rate > 0: the publishers together offer
// rate events a second whatever the answers do (an open loop; each
// publisher's k-th event is due at start + (k·pubs + p)/rate), and an
// event's latency runs from when it was due, so a relay that falls behind
// is charged for the wait too.
func publishAt(ctx context.Context, url string, frames [][]byte, ids [][32]byte, pubs, window int, rate float64) (published, error) {
	var out published
	var mu sync.Mutex
	var wg sync.WaitGroup
	var last atomic.Int64
	// Connect every publisher first: the dials are not the relay's ingest.
	conns := make([]*websocket.Conn, pubs)
	for p := range conns {
		ws, _, err := websocket.DefaultDialer.DialContext(ctx, url, nil)
		if err != nil {
			return out, err
		}
		defer ws.Close()
		conns[p] = ws
	}
	start := time.Now()
	for p := 0; p < pubs; p++ {
		ws := conns[p]
		var mine []int
		for i := p; i < len(frames); i += pubs {
			mine = append(mine, i)
		}
		sent := make(map[[32]byte]time.Time, len(mine))
		var sentMu sync.Mutex
		slots := make(chan struct{}, window)
		wg.Add(1)
		go func() { // reader
			defer wg.Done()
			local := make([]time.Duration, 0, len(mine))
			var acked, refused int64
			var buf bytes.Buffer
			for got := 0; got < len(mine); {
				ws.SetReadDeadline(time.Now().Add(30 * time.Second))
				_, rd, err := ws.NextReader()
				if err != nil {
					break
				}
				buf.Reset()
				if _, err := buf.ReadFrom(rd); err != nil {
					break
				}
				id, accepted, ok := parseOK(buf.Bytes())
				if !ok {
					continue
				}
				now := time.Now()
				sentMu.Lock()
				t0, ok := sent[id]
				delete(sent, id)
				sentMu.Unlock()
				if !ok {
					continue
				}
				got++
				<-slots
				if accepted {
					acked++
					local = append(local, now.Sub(t0))
					last.Store(now.UnixNano())
				} else {
					refused++
				}
			}
			mu.Lock()
			out.lat = append(out.lat, local...)
			out.acked += acked
			out.refused += refused
			mu.Unlock()
		}()
		// The writer is this connection's only writer: pings are not
		// answered (the connection sends all the time, which keeps it open).
		ws.SetPingHandler(func(string) error { return nil })
		due := func(k int) time.Time {
			return start.Add(time.Duration(float64(k*pubs+p) / rate * float64(time.Second)))
		}
		go func() { // writer
			nc := ws.NetConn()
			var buf []byte
			for k := 0; k < len(mine); {
				if rate > 0 {
					if d := time.Until(due(k)); d > 0 {
						select {
						case <-time.After(d):
						case <-ctx.Done():
							return
						}
					}
				}
				select {
				case slots <- struct{}{}:
				case <-ctx.Done():
					return
				}
				n := 1
				now := time.Now()
				for more := true; more && k+n < len(mine) && (rate == 0 || !due(k+n).After(now)); {
					select {
					case slots <- struct{}{}:
						n++
					default:
						more = false
					}
				}
				buf = buf[:0]
				sentMu.Lock()
				for j, i := range mine[k : k+n] {
					if rate > 0 {
						sent[ids[i]] = due(k + j)
					} else {
						sent[ids[i]] = now
					}
				}
				sentMu.Unlock()
				for _, i := range mine[k : k+n] {
					buf = appendMaskedFrame(buf, frames[i])
				}
				k += n
				if _, err := nc.Write(buf); err != nil {
					return
				}
			}
		}()
	}
	wg.Wait()
	out.elapsed = time.Duration(last.Load() - start.UnixNano())
	if ctx.Err() != nil {
		return out, ctx.Err()
	}
	return out, nil
}

// appendMaskedFrame appends p as one masked client text frame (RFC 6455
// §5.2; the masking key only has to be unpredictable to a browser's
// scripts, so a cheap random source does).
func appendMaskedFrame(b []byte, p []byte) []byte {
	b = append(b, 0x81)
	switch n := len(p); {
	case n < 126:
		b = append(b, 0x80|byte(n))
	case n <= 0xffff:
		b = append(b, 0x80|126, byte(n>>8), byte(n))
	default:
		b = append(b, 0x80|127)
		b = binary.BigEndian.AppendUint64(b, uint64(n))
	}
	var key [4]byte
	binary.LittleEndian.PutUint32(key[:], mrand.Uint32())
	b = append(b, key[:]...)
	off := len(b)
	b = append(b, p...)
	for i := range p {
		b[off+i] ^= key[i&3]
	}
	return b
}

// parseOK reads an OK frame: the fast path for the relay's own encoding
// (["OK","<id>",true|false,...), the codec for anything else.
func parseOK(b []byte) (id [32]byte, accepted, ok bool) {
	const prefix = `["OK","`
	if len(b) > len(prefix)+64+2 && string(b[:len(prefix)]) == prefix && string(b[len(prefix)+64:len(prefix)+66]) == `",` {
		if id, err := wire.ParseHex32(string(b[len(prefix) : len(prefix)+64])); err == nil {
			rest := b[len(prefix)+66:]
			if len(rest) >= 4 && string(rest[:4]) == "true" {
				return id, true, true
			}
			if len(rest) >= 5 && string(rest[:5]) == "false" {
				return id, false, true
			}
		}
	}
	f, err := wire.ParseRelayFrame(b, wire.DefaultLimits)
	if err != nil || f.Type != wire.FrameOK {
		return id, false, false
	}
	return f.ID, f.OK, true
}

// waitFor waits until n reaches want (bounded by ctx).
func waitFor(ctx context.Context, n *atomic.Int64, want int64) error {
	for n.Load() < want {
		if ctx.Err() != nil {
			return fmt.Errorf("timed out: %d of %d delivered", n.Load(), want)
		}
		time.Sleep(time.Millisecond)
	}
	return nil
}

// catchUp connects as s, AUTHs and reads its whole inbox (REQ from the
// start of the relay's receive order), returning how many envelopes came
// before EOSE.
func catchUp(ctx context.Context, url string, s *wire.Signer) (int, error) {
	ws, _, err := websocket.DefaultDialer.DialContext(ctx, url, nil)
	if err != nil {
		return 0, err
	}
	defer ws.Close()
	zero := int64(0)
	p := s.PublicKey()
	return authAndReq(ws, s, url, wire.Filter{Kinds: []int{wire.KindEnvelope}, Tags: []wire.TagFilter{{Name: 'p', Values: [][32]byte{p}}}, After: &zero})
}

func authAndSubscribe(ws *websocket.Conn, s *wire.Signer, url string) error {
	zero := int64(0)
	p := s.PublicKey()
	_, err := authAndReq(ws, s, url, wire.Filter{Kinds: []int{wire.KindEnvelope}, Tags: []wire.TagFilter{{Name: 'p', Values: [][32]byte{p}}}, Limit: &zero})
	return err
}

// authAndReq AUTHs as s and sends one REQ with f, reading until its EOSE;
// it returns the events that came before it.
func authAndReq(ws *websocket.Conn, s *wire.Signer, url string, f wire.Filter) (int, error) {
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
		return 0, err
	}
	e := &wire.Event{CreatedAt: time.Now().Unix(), Kind: wire.KindAuth, Tags: [][]string{{"relay", url}, {"challenge", ch.Challenge}}}
	s.Sign(e)
	ws.WriteMessage(websocket.TextMessage, (&wire.ClientFrame{Type: wire.FrameAuth, Event: e}).Marshal(nil))
	if f, err := read(); err != nil || f.Type != wire.FrameOK || !f.OK {
		return 0, fmt.Errorf("AUTH refused: %v %+v", err, f)
	}
	if _, err := read(); err != nil { // next challenge
		return 0, err
	}
	ws.WriteMessage(websocket.TextMessage, (&wire.ClientFrame{Type: wire.FrameReq, SubID: "in", Filters: []wire.Filter{f}}).Marshal(nil))
	n := 0
	for {
		fr, err := read()
		if err != nil {
			return n, err
		}
		switch fr.Type {
		case wire.FrameEvent:
			n++
		case wire.FrameEOSE:
			ws.SetReadDeadline(time.Time{})
			return n, nil
		case wire.FrameClosed:
			return n, fmt.Errorf("REQ closed: %s", fr.Message)
		}
	}
}

// quiesce waits (at most 10 s) until the relay process uses less than 5% of
// a core over 200 ms: background work from the previous phase is done.
func (c *child) quiesce(ctx context.Context) {
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) && ctx.Err() == nil {
		c0 := c.cpu()
		time.Sleep(200 * time.Millisecond)
		if c.cpu()-c0 < 10*time.Millisecond {
			return
		}
	}
}

// pacedPublish sends frames at rate per second on a new connection and
// waits for every OK. onSend, if set, is told when each id is sent.
func pacedPublish(ctx context.Context, url string, frames [][]byte, ids [][32]byte, rate int,
	onSend func(id [32]byte, t time.Time)) error {
	ws, _, err := websocket.DefaultDialer.DialContext(ctx, url, nil)
	if err != nil {
		return err
	}
	defer ws.Close()
	want := make(map[[32]byte]bool, len(ids))
	for _, id := range ids {
		want[id] = true
	}
	done := make(chan error, 1)
	go func() {
		got := 0
		for got < len(ids) {
			ws.SetReadDeadline(time.Now().Add(30 * time.Second))
			_, b, err := ws.ReadMessage()
			if err != nil {
				done <- err
				return
			}
			f, err := wire.ParseRelayFrame(b, wire.DefaultLimits)
			if err != nil || f.Type != wire.FrameOK || !want[f.ID] {
				continue
			}
			if !f.OK {
				done <- fmt.Errorf("refused: %s", f.Message)
				return
			}
			got++
		}
		done <- nil
	}()
	tick := time.NewTicker(time.Second / time.Duration(rate))
	defer tick.Stop()
	for i := range frames {
		select {
		case <-tick.C:
		case <-ctx.Done():
			return ctx.Err()
		}
		if onSend != nil {
			onSend(ids[i], time.Now())
		}
		if err := ws.WriteMessage(websocket.TextMessage, frames[i]); err != nil {
			return err
		}
	}
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// procCPU is the user + system CPU time of a process (all its threads), from
// /proc/<pid>/stat in clock ticks (USER_HZ, 100 on Linux).
func procCPU(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The command name (field 2) may hold spaces; fields count from after it.
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * (time.Second / 100)
}

// selfCPU is this process's user + system CPU time (the load generator).
func selfCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func parallel(n int, f func(i int)) { parallelN(n, runtime.NumCPU(), f) }

// parallelN runs f(0) … f(n-1) on w goroutines.
func parallelN(n, w int, f func(i int)) {
	var wg sync.WaitGroup
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

func us(d time.Duration) float64 { return float64(d) / float64(time.Microsecond) }

// bodyBucket is the smallest envelope body bucket of at least n bytes.
func bodyBucket(n int) int {
	b := envelope.MinBucket
	for b < n && b < envelope.MaxBucket {
		b *= 2
	}
	return b
}

// realEnvelopeBytes is a structurally valid single-recipient envelope (what
// a relay can check without keys: header, one wrap, MAC, a body bucket)
// with random msgId, wrap, MAC and body: to the relay it is a real mail.
func realEnvelopeBytes(body int) []byte {
	e := &envelope.Envelope{
		Header: envelope.Header{Version: envelope.Version, Type: envelope.TypeXWing, MsgIDs: make([][32]byte, 1)},
		Wraps:  [][]byte{make([]byte, envelope.WrapSize)},
		Body:   make([]byte, bodyBucket(body)),
	}
	rand.Read(e.Header.MsgIDs[0][:])
	rand.Read(e.Wraps[0])
	rand.Read(e.MAC[:])
	rand.Read(e.Body)
	return e.Marshal()
}

func realEnvelope(body int) string { return envelope.EventContent(realEnvelopeBytes(body)) }
