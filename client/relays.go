package client

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/relay/relayclient"
	"github.com/bmail-network/bmail/relay/wire"
)

// relayPool keeps at most two connections per relay: one authenticated as
// the user's transport key, used only to read the user's inbox, and one
// anonymous, used to post envelopes (so a relay cannot tie the user to the
// mail the user sends), publish the user's bundle and fetch others'.
type relayPool struct {
	c     *Client
	mu    sync.Mutex
	conns map[poolKey]*relayclient.Client
	info  map[string]*RelayInfo
	lastE map[string]string
}

type poolKey struct {
	url    string
	authed bool
}

func newRelayPool(c *Client) *relayPool {
	return &relayPool{c: c, conns: map[poolKey]*relayclient.Client{}, info: map[string]*RelayInfo{}, lastE: map[string]string{}}
}

// conn returns the pooled connection, dialling it if needed. A relay that
// is down still yields a client (it keeps reconnecting); the error says
// the first attempt failed.
func (p *relayPool) conn(ctx context.Context, url string, authed bool) (*relayclient.Client, error) {
	k := poolKey{url, authed}
	p.mu.Lock()
	if rc, ok := p.conns[k]; ok {
		p.mu.Unlock()
		if !rc.Connected() {
			return rc, fmt.Errorf("relay %s: not connected", url)
		}
		return rc, nil
	}
	p.mu.Unlock()
	opts := relayclient.Options{Logger: p.c.log, MinBackoff: min(100*time.Millisecond, p.c.opts.RelayMaxBackoff), MaxBackoff: p.c.opts.RelayMaxBackoff,
		AuthWait: p.c.opts.RelayTimeout}
	if authed {
		opts.Signers = p.c.readers // the current transport key, then older ones
	}
	dctx, cancel := context.WithTimeout(ctx, p.c.opts.RelayTimeout)
	rc, err := relayclient.Dial(dctx, url, opts)
	cancel()
	p.mu.Lock()
	defer p.mu.Unlock()
	if old, ok := p.conns[k]; ok { // lost a race: keep the first
		go rc.Close()
		return old, err
	}
	p.conns[k] = rc
	p.setErr(url, err)
	return rc, err
}

func (p *relayPool) setErr(url string, err error) {
	if err != nil {
		p.lastE[url] = err.Error()
	} else {
		delete(p.lastE, url)
	}
}

func (p *relayPool) close() {
	p.mu.Lock()
	conns := p.conns
	p.conns = map[poolKey]*relayclient.Client{}
	p.mu.Unlock()
	for _, rc := range conns {
		rc.Close()
	}
}

// publish posts e to one relay anonymously and waits for its answer. A
// relay that is not connected now fails at once (its client keeps
// reconnecting; the caller retries later) rather than holding up the
// relays that are up.
func (p *relayPool) publish(ctx context.Context, url string, e *wire.Event) (relayclient.Result, error) {
	ctx, cancel := context.WithTimeout(ctx, p.c.opts.RelayTimeout)
	defer cancel()
	rc, err := p.conn(ctx, url, false)
	if err != nil {
		return relayclient.Result{}, err
	}
	r, err := rc.Publish(ctx, e)
	if err != nil {
		return r, fmt.Errorf("relay %s: %w", url, err)
	}
	return r, nil
}

// fetch runs one query on a relay and returns the stored events up to EOSE.
func (p *relayPool) fetch(ctx context.Context, url string, authed bool, f wire.Filter, max int) ([]relayclient.Received, error) {
	ctx, cancel := context.WithTimeout(ctx, p.c.opts.RelayTimeout)
	defer cancel()
	rc, err := p.conn(ctx, url, authed)
	if err != nil {
		return nil, err
	}
	sub, err := rc.Subscribe(ctx, []wire.Filter{f})
	if err != nil {
		return nil, err
	}
	defer sub.Close()
	var out []relayclient.Received
	for {
		select {
		case r, ok := <-sub.Events:
			if !ok {
				return out, fmt.Errorf("relay %s closed the query: %s", url, sub.Err())
			}
			if len(out) < max {
				out = append(out, r)
			}
		case <-sub.EOSE():
			for {
				select {
				case r, ok := <-sub.Events:
					if ok && len(out) < max {
						out = append(out, r)
						continue
					}
				default:
				}
				return out, nil
			}
		case <-ctx.Done():
			return out, fmt.Errorf("relay %s: %w", url, ctx.Err())
		}
	}
}

// stream runs one query on a relay and hands each stored event to fn as it
// arrives, until EOSE. The relay may take as long as it needs overall; it
// fails after RelayTimeout without any event.
func (p *relayPool) stream(ctx context.Context, url string, authed bool, f wire.Filter, fn func(relayclient.Received)) error {
	dctx, cancel := context.WithTimeout(ctx, p.c.opts.RelayTimeout)
	rc, err := p.conn(dctx, url, authed)
	cancel()
	if err != nil {
		return err
	}
	sub, err := rc.Subscribe(ctx, []wire.Filter{f})
	if err != nil {
		return err
	}
	defer sub.Close()
	idle := time.NewTimer(p.c.opts.RelayTimeout)
	defer idle.Stop()
	eose := sub.EOSE()
	for {
		select {
		case r, ok := <-sub.Events:
			if !ok {
				return fmt.Errorf("relay %s closed the query: %s", url, sub.Err())
			}
			fn(r)
			idle.Reset(p.c.opts.RelayTimeout)
		case <-eose:
			for { // what was queued before EOSE
				select {
				case r, ok := <-sub.Events:
					if ok {
						fn(r)
						continue
					}
				default:
				}
				return nil
			}
		case <-idle.C:
			return fmt.Errorf("relay %s: no answer for %s", url, p.c.opts.RelayTimeout)
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// RelayTerms are the b-mail terms a relay publishes in NIP-11 (SPEC §6).
type RelayTerms struct {
	PayoutAddress    string `json:"payout_address"`
	OrderAddress     string `json:"order_address"`
	ChainID          uint64 `json:"chain_id"`
	Contract         string `json:"contract"`
	RelayFeeGwei     uint64 `json:"relay_fee_gwei"`
	MaxEnvelopeBytes int    `json:"max_envelope_bytes"`
	Retention        struct {
		UnpaidSeconds int64 `json:"unpaid_seconds"`
		PaidSeconds   int64 `json:"paid_seconds"`
	} `json:"retention"`
}

// Payout is the payout address (zero when none or malformed).
func (t *RelayTerms) Payout() common.Address { return hexAddr(t.PayoutAddress) }

// Orders is the address that submits the relay's settlement batches.
func (t *RelayTerms) Orders() common.Address { return hexAddr(t.OrderAddress) }

func hexAddr(s string) common.Address {
	if !common.IsHexAddress(s) {
		return common.Address{}
	}
	return common.HexToAddress(s)
}

// RelayInfo is what the client knows about a relay: its NIP-11 document's
// name and b-mail terms, and its health. Name, Description and the error
// texts come from the relay: sanitise before showing them.
type RelayInfo struct {
	URL         string
	Inbox       bool // one of the user's inbox relays
	Name        string
	Description string
	Terms       *RelayTerms // nil when the relay publishes none
	Connected   bool        // the inbox connection is up (inbox relays)
	Latency     time.Duration
	Fetched     time.Time
	Err         string
}

// maxInfoBytes bounds a NIP-11 document.
const maxInfoBytes = 64 << 10

// infoTTL is how long a NIP-11 document is reused.
const infoTTL = 5 * time.Minute

// relayInfo fetches (or reuses) a relay's NIP-11 document.
func (p *relayPool) relayInfo(ctx context.Context, url string, fresh bool) *RelayInfo {
	p.mu.Lock()
	if ri, ok := p.info[url]; ok && !fresh && p.c.now().Sub(ri.Fetched) < infoTTL && ri.Err == "" {
		p.mu.Unlock()
		return ri
	}
	p.mu.Unlock()
	ri := &RelayInfo{URL: url, Fetched: p.c.now()}
	start := time.Now()
	err := fetchNIP11(ctx, url, p.c.opts.RelayTimeout, ri)
	ri.Latency = time.Since(start)
	if err != nil {
		ri.Err = err.Error()
	}
	p.mu.Lock()
	p.info[url] = ri
	p.mu.Unlock()
	return ri
}

func fetchNIP11(ctx context.Context, url string, timeout time.Duration, ri *RelayInfo) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	hu := "http" + strings.TrimPrefix(url, "ws")
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, hu, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/nostr+json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("NIP-11: HTTP %d", resp.StatusCode)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxInfoBytes+1))
	if err != nil {
		return err
	}
	if len(body) > maxInfoBytes {
		return errors.New("NIP-11 document too large")
	}
	var doc struct {
		Name        string      `json:"name"`
		Description string      `json:"description"`
		Terms       *RelayTerms `json:"bmail"`
	}
	if err := json.Unmarshal(body, &doc); err != nil {
		return fmt.Errorf("NIP-11: %w", err)
	}
	ri.Name, ri.Description, ri.Terms = doc.Name, doc.Description, doc.Terms
	return nil
}

// Relays lists the user's inbox relays and every other relay the client
// knows of (configured, batcher, contacts' hints), with NIP-11 terms
// fetched now and the inbox connections' health.
func (c *Client) Relays(ctx context.Context) ([]RelayInfo, error) {
	urls := map[string]bool{}
	for _, u := range c.inboxRelays() {
		urls[u] = true
	}
	others := normalizedRelays(c.cfg.Relays)
	if c.cfg.Send.Batcher != "" {
		others = append(others, normalizedRelays([]string{c.cfg.Send.Batcher})...)
	}
	var list []string
	for u := range urls {
		list = append(list, u)
	}
	for _, u := range others {
		if _, ok := urls[u]; !ok {
			urls[u] = false
			list = append(list, u)
		}
	}
	sort.Strings(list)
	out := make([]RelayInfo, len(list))
	var wg sync.WaitGroup
	for i, u := range list {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ri := *c.relays.relayInfo(ctx, u, true)
			ri.Inbox = urls[u]
			c.relays.mu.Lock()
			if rc, ok := c.relays.conns[poolKey{u, true}]; ok {
				ri.Connected = rc.Connected()
			}
			if e, ok := c.relays.lastE[u]; ok && ri.Err == "" {
				ri.Err = e
			}
			c.relays.mu.Unlock()
			out[i] = ri
		}()
	}
	wg.Wait()
	return out, nil
}
