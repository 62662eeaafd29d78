package relayclient_test

import (
	"context"
	"sync"
	"testing"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/relay"
	"github.com/bmail-network/bmail/relay/policies"
	"github.com/bmail-network/bmail/relay/relayclient"
	"github.com/bmail-network/bmail/relay/relaytest"
	"github.com/bmail-network/bmail/relay/wire"
	"github.com/ethereum/go-ethereum/common"
)

// scripted answers orders by nonce; it stands in for the settlement batcher,
// which relay/batcher tests against a chain.
type scripted struct {
	mu   sync.Mutex
	seen []contracts.SignedOrder
}

func (s *scripted) SubmitOrder(_ context.Context, o *contracts.SignedOrder, origin string) (bool, string) {
	s.mu.Lock()
	s.seen = append(s.seen, *o)
	s.mu.Unlock()
	switch o.Nonce {
	case 1:
		return true, ""
	case 2:
		return true, "duplicate: settled: 0xabc in block 7"
	case 3:
		return false, "skipped: insufficient-balance: the deposit no longer covers it"
	}
	return false, "blocked: deposit: balance 10 gwei, open orders 0 gwei, this order 20 gwei"
}

func testOrder(nonce uint32) contracts.SignedOrder {
	return contracts.SignedOrder{Order: contracts.Order{Network: [32]byte{1}, To: common.Address{2}, Secret: [32]byte{3},
		Size: 4096, MaxFee: 1 << 40, RelayFee: 500, Nonce: nonce, Deadline: 1 << 33, Relay: common.Address{4}}, V: 27}
}

func TestSubmitOrder(t *testing.T) {
	ctx := ctxT(t)
	t.Run("a relay without a batcher refuses", func(t *testing.T) {
		srv := relaytest.Start(t, nil)
		c, err := relayclient.Dial(ctx, srv.URL, relayclient.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		a, err := c.SubmitOrder(ctx, testOrder(1))
		if err != nil {
			t.Fatal(err)
		}
		if a.OK || a.State != relayclient.OrderRefused || a.Prefix() != wire.PrefixUnsupported {
			t.Fatalf("answer %+v", a)
		}
	})
	t.Run("answers are parsed", func(t *testing.T) {
		intake := &scripted{}
		srv := relaytest.Start(t, nil)
		srv.Relay.SetOrderIntake(intake)
		c, err := relayclient.Dial(ctx, srv.URL, relayclient.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		for _, w := range []struct {
			nonce              uint32
			ok                 bool
			state, code, extra string
		}{
			{1, true, relayclient.OrderQueued, "", ""},
			{2, true, relayclient.OrderSettled, "settled", "0xabc in block 7"},
			{3, false, relayclient.OrderSkipped, "insufficient-balance", "the deposit no longer covers it"},
			{4, false, relayclient.OrderRefused, "deposit", "balance 10 gwei, open orders 0 gwei, this order 20 gwei"},
		} {
			o := testOrder(w.nonce)
			a, err := c.SubmitOrder(ctx, o)
			if err != nil {
				t.Fatal(err)
			}
			if a.OK != w.ok || a.State != w.state || a.Code != w.code || a.Detail != w.extra || a.ID != o.StructHash() {
				t.Errorf("nonce %d: %+v", w.nonce, a)
			}
		}
		intake.mu.Lock()
		defer intake.mu.Unlock()
		if len(intake.seen) != 4 || intake.seen[0] != testOrder(1) {
			t.Fatalf("the relay handed over %+v", intake.seen)
		}
	})
	t.Run("orders share the connection's rate limit", func(t *testing.T) {
		intake := &scripted{}
		srv := relaytest.Start(t, func(_ *relay.Config, l *policies.Limits) { l.EventsPerSecond, l.EventBurst = 0.001, 2 })
		srv.Relay.SetOrderIntake(intake)
		c, err := relayclient.Dial(ctx, srv.URL, relayclient.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		var limited int
		for n := uint32(1); n <= 4; n++ {
			a, err := c.SubmitOrder(ctx, testOrder(n+100))
			if err != nil {
				t.Fatal(err)
			}
			if a.Prefix() == wire.PrefixRateLimited {
				limited++
			}
		}
		if limited != 2 {
			t.Fatalf("%d of 4 orders rate-limited, want 2 (burst 2)", limited)
		}
	})
}

// Any relay message parses into some state without panicking, and the
// state follows the OK flag and prefix.
func FuzzParseOrderAnswer(f *testing.F) {
	for _, s := range []string{"", "duplicate: settled: 0xabc in block 7", "skipped: expired: x", "blocked: deposit: y", "a:b:c", ":"} {
		f.Add(true, s)
		f.Add(false, s)
	}
	f.Fuzz(func(t *testing.T, ok bool, msg string) {
		a := relayclient.ParseOrderAnswer([32]byte{}, relayclient.Result{OK: ok, Message: msg})
		switch {
		case !ok && a.State != relayclient.OrderSkipped && a.State != relayclient.OrderRefused:
			t.Fatalf("refusal read as %q", a.State)
		case ok && a.State == relayclient.OrderRefused:
			t.Fatalf("acceptance read as refused: %q", msg)
		}
	})
}

func ExampleClient_SubmitOrder() {
	ctx := context.Background()
	c, err := relayclient.Dial(ctx, "ws://127.0.0.1:7447", relayclient.Options{})
	if err != nil {
		return
	}
	defer c.Close()
	var order contracts.SignedOrder // contracts.SignOrder(accountKey, contracts.Order{…, Relay: <NIP-11 order_address>}, domain)
	a, err := c.SubmitOrder(ctx, order)
	if err != nil {
		return // the context ended or the client closed: hand it over again later
	}
	switch a.State {
	case relayclient.OrderQueued, relayclient.OrderSubmitted:
		// send it again later to follow it (repeats are harmless)
	case relayclient.OrderSettled:
		// a.Detail names the transaction; the Delivered log is on chain
	case relayclient.OrderSkipped:
		// a.Code says why (a contracts.SkipReason name or "expired"): sign a new order
	case relayclient.OrderRefused:
		// a.Prefix() and a.Code say why ("rate-limited"/"error": try again later)
	}
}
