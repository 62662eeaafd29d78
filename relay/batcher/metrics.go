package batcher

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/params"
)

// metrics are the batcher's counters since start; earnings come from the
// store (all time) when scraped.
type metrics struct {
	accepted  atomic.Int64 // orders accepted (new)
	batches   atomic.Int64 // batches recorded and sent
	bumps     atomic.Int64 // fee bumps
	reorgs    atomic.Int64 // batches whose block left the chain
	abandoned atomic.Int64 // batches whose nonce another transaction took
	settled   atomic.Int64 // orders settled by final batches

	mu    sync.Mutex
	drops map[string]int64 // orders dropped, by reason

	lastPurge, lastBalances time.Time // guarded by Batcher.mu
}

func (m *metrics) init() { m.drops = map[string]int64{} }

func (m *metrics) dropped(reason string) {
	m.mu.Lock()
	m.drops[reason]++
	m.mu.Unlock()
}

// Dropped returns the orders dropped since start for reason.
func (b *Batcher) Dropped(reason string) int64 {
	b.m.mu.Lock()
	defer b.m.mu.Unlock()
	return b.m.drops[reason]
}

// WriteMetrics writes the batcher's metrics in the Prometheus text format
// (relay.Metrics.AddCollector mounts it on /metrics): orders by state and
// by outcome, batches, fee bumps, reorgs, and the earnings of final batches
// — relay fees, gas paid, the L1 data fee estimate and the net — plus the
// operator's ether (gas money) and contract balance (withdrawable).
func (b *Batcher) WriteMetrics(w io.Writer) {
	var s strings.Builder
	counter := func(name, help string, v float64) {
		fmt.Fprintf(&s, "# HELP %s %s\n# TYPE %s counter\n%s %g\n", name, help, name, name, v)
	}
	gauge := func(name, help string, v float64) {
		fmt.Fprintf(&s, "# HELP %s %s\n# TYPE %s gauge\n%s %g\n", name, help, name, name, v)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	counter("bmail_relay_orders_accepted_total", "Payment orders accepted (new).", float64(b.m.accepted.Load()))
	counter("bmail_relay_batches_sent_total", "Settlement transactions recorded and sent.", float64(b.m.batches.Load()))
	counter("bmail_relay_batch_fee_bumps_total", "Settlement transactions re-signed with higher fees.", float64(b.m.bumps.Load()))
	counter("bmail_relay_batch_reorgs_total", "Settlement transactions whose block left the chain.", float64(b.m.reorgs.Load()))
	counter("bmail_relay_batches_abandoned_total", "Settlement transactions whose nonce another transaction took.", float64(b.m.abandoned.Load()))
	if c, err := b.st.CountOrders(ctx); err == nil {
		s.WriteString("# HELP bmail_relay_orders Payment orders held, by state.\n# TYPE bmail_relay_orders gauge\n")
		for _, kv := range []struct {
			k string
			v int64
		}{{"queued", c.Queued}, {"submitted", c.Submitted}, {"settled", c.Settled}, {"dropped", c.Dropped}} {
			fmt.Fprintf(&s, "bmail_relay_orders{state=%q} %d\n", kv.k, kv.v)
		}
		age := 0.0
		if !c.OldestQueued.IsZero() {
			age = b.cfg.Now().Sub(c.OldestQueued).Seconds()
		}
		gauge("bmail_relay_oldest_queued_order_seconds", "Age of the oldest queued order.", age)
	}
	b.m.mu.Lock()
	s.WriteString("# HELP bmail_relay_orders_dropped_total Orders dropped since start, by reason.\n# TYPE bmail_relay_orders_dropped_total counter\n")
	keys := make([]string, 0, len(b.m.drops))
	for k := range b.m.drops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&s, "bmail_relay_orders_dropped_total{reason=%q} %d\n", k, b.m.drops[k])
	}
	b.m.mu.Unlock()
	if e, err := b.st.EarningsSince(ctx, time.Time{}); err == nil {
		counter("bmail_relay_settled_orders_total", "Orders settled by final batches (all time).", float64(e.Delivered))
		counter("bmail_relay_final_batches_total", "Final settlement transactions (all time).", float64(e.Batches))
		counter("bmail_relay_relay_fees_gwei_total", "Relay fees credited to the operator by final batches, gwei (all time).", float64(e.RelayFees))
		counter("bmail_relay_gas_cost_gwei_total", "Gas paid for final batches, gwei (all time).", float64(e.ExecGwei))
		counter("bmail_relay_l1_fee_estimate_gwei_total", "L1 data fee estimate for final batches' calldata, gwei (all time).", float64(e.L1Gwei))
		gauge("bmail_relay_net_earnings_gwei", "Relay fees minus gas and the L1 estimate, gwei (all time).", float64(e.Net()))
	}
	b.mu.Lock()
	wei, gwei := b.opWei, b.opGwei
	b.mu.Unlock()
	if wei != nil {
		eth, _ := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(params.Ether)).Float64()
		gauge("bmail_relay_operator_ether", "Ether the order-submitting key holds for gas.", eth)
		gauge("bmail_relay_operator_balance_gwei", "The operator's contract balance (earnings not yet withdrawn), gwei.", float64(gwei))
	}
	io.WriteString(w, s.String())
}
