package relay

import (
	"fmt"
	"io"
	"math"
	"net/http"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// Metrics are the relay's Prometheus metrics, written in the text
// exposition format by ServeHTTP (mount it on the metrics listener).
type Metrics struct {
	Accepted      atomic.Int64 // events stored (new)
	Duplicates    atomic.Int64 // events answered duplicate
	Connections   atomic.Int64 // open now
	ConnsTotal    atomic.Int64 // accepted since start
	Subscriptions atomic.Int64 // open now
	SlowCloses    atomic.Int64 // connections closed for pending bytes or a stalled write
	Evicted       atomic.Int64 // envelopes evicted by quotas
	Delivered     atomic.Int64 // live EVENT frames queued to subscribers
	PaidMarked    atomic.Int64 // envelopes marked paid from Delivered logs

	mu       sync.Mutex
	rejected map[string]int64 // by reason prefix

	BatchSize     *Histogram
	CommitSeconds *Histogram
	SyncSeconds   *Histogram
	PauseSeconds  *Histogram

	gauges     map[string]func() float64
	collectors []func(io.Writer)
}

// AddCollector adds a writer of further metrics in the text format (the
// settlement batcher's), called at each scrape.
func (m *Metrics) AddCollector(f func(io.Writer)) {
	m.mu.Lock()
	m.collectors = append(m.collectors, f)
	m.mu.Unlock()
}

func newMetrics() *Metrics {
	return &Metrics{
		rejected:      map[string]int64{},
		BatchSize:     NewHistogram([]float64{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024}),
		CommitSeconds: NewHistogram([]float64{0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5}),
		SyncSeconds:   NewHistogram([]float64{0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5}),
		PauseSeconds:  NewHistogram([]float64{0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5}),
		gauges:        map[string]func() float64{},
	}
}

// Reject counts one refusal by its NIP-01 prefix ("blocked", …).
func (m *Metrics) Reject(prefix string) {
	if prefix == "" {
		prefix = "other"
	}
	m.mu.Lock()
	m.rejected[prefix]++
	m.mu.Unlock()
}

// Rejected returns the refusals counted under prefix.
func (m *Metrics) Rejected(prefix string) int64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.rejected[prefix]
}

// Gauge registers a gauge computed at scrape time.
func (m *Metrics) Gauge(name string, f func() float64) {
	m.mu.Lock()
	m.gauges[name] = f
	m.mu.Unlock()
}

// ServeHTTP writes the metrics.
func (m *Metrics) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4")
	m.WriteTo(w)
}

// WriteTo writes the text exposition format.
func (m *Metrics) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	counter := func(name, help string, v int64) {
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s counter\n%s %d\n", name, help, name, name, v)
	}
	gauge := func(name, help string, v float64) {
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s gauge\n%s %g\n", name, help, name, name, v)
	}
	counter("bmail_relay_events_accepted_total", "Events stored.", m.Accepted.Load())
	counter("bmail_relay_events_duplicate_total", "Events answered as duplicates.", m.Duplicates.Load())
	counter("bmail_relay_connections_total", "WebSocket connections accepted.", m.ConnsTotal.Load())
	counter("bmail_relay_slow_client_closes_total", "Connections closed for exceeding pending bytes or the write deadline.", m.SlowCloses.Load())
	counter("bmail_relay_evicted_total", "Unpaid envelopes evicted by quotas.", m.Evicted.Load())
	counter("bmail_relay_live_deliveries_total", "Live EVENT frames queued to subscribers.", m.Delivered.Load())
	counter("bmail_relay_paid_marked_total", "Envelopes marked paid from Delivered logs.", m.PaidMarked.Load())
	gauge("bmail_relay_connections", "Open WebSocket connections.", float64(m.Connections.Load()))
	gauge("bmail_relay_subscriptions", "Open subscriptions.", float64(m.Subscriptions.Load()))
	m.mu.Lock()
	b.WriteString("# HELP bmail_relay_rejected_total Refusals (OK false, CLOSED, NOTICE) by reason prefix.\n# TYPE bmail_relay_rejected_total counter\n")
	keys := make([]string, 0, len(m.rejected))
	for k := range m.rejected {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "bmail_relay_rejected_total{reason=%q} %d\n", k, m.rejected[k])
	}
	names := make([]string, 0, len(m.gauges))
	for k := range m.gauges {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		gauge(n, "See SPEC.md §6.", m.gauges[n]())
	}
	m.mu.Unlock()
	m.BatchSize.write(&b, "bmail_relay_write_batch_size", "Operations per store transaction.")
	m.CommitSeconds.write(&b, "bmail_relay_commit_seconds", "Time to commit one store transaction (its WAL writes; the sync is apart).")
	m.SyncSeconds.write(&b, "bmail_relay_sync_seconds", "Time of one WAL sync (fdatasync), which makes the transactions committed before it durable and sends their OKs.")
	m.PauseSeconds.write(&b, "bmail_relay_writer_checkpoint_seconds", "Time the single writer spent completing a WAL checkpoint between two batches (no commit meanwhile).")
	m.mu.Lock()
	collectors := m.collectors
	m.mu.Unlock()
	for _, f := range collectors {
		f(&b)
	}
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

// Histogram is a fixed-bucket Prometheus histogram.
type Histogram struct {
	mu     sync.Mutex
	bounds []float64
	counts []uint64
	sum    float64
	n      uint64
}

// NewHistogram makes a histogram with the given upper bounds.
func NewHistogram(bounds []float64) *Histogram {
	return &Histogram{bounds: bounds, counts: make([]uint64, len(bounds)+1)}
}

// Observe adds one value.
func (h *Histogram) Observe(v float64) {
	i := sort.SearchFloat64s(h.bounds, v)
	h.mu.Lock()
	h.counts[i]++
	h.sum += v
	h.n++
	h.mu.Unlock()
}

// Count returns the number of observations.
func (h *Histogram) Count() uint64 {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.n
}

func (h *Histogram) write(b *strings.Builder, name, help string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	fmt.Fprintf(b, "# HELP %s %s\n# TYPE %s histogram\n", name, help, name)
	var cum uint64
	for i, ub := range h.bounds {
		cum += h.counts[i]
		fmt.Fprintf(b, "%s_bucket{le=\"%g\"} %d\n", name, ub, cum)
	}
	cum += h.counts[len(h.bounds)]
	fmt.Fprintf(b, "%s_bucket{le=\"+Inf\"} %d\n%s_sum %g\n%s_count %d\n", name, cum, name, sanitize(h.sum), name, h.n)
}

func sanitize(f float64) float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}
