package relay

import (
	"encoding/json"
	"net/http"
	"strings"

	"github.com/bmail-network/bmail/relay/wire"
)

// Info is the operator-facing part of the NIP-11 document.
type Info struct {
	Name        string `json:"name,omitempty"`
	Description string `json:"description,omitempty"`
	PubKey      string `json:"pubkey,omitempty"`
	Contact     string `json:"contact,omitempty"`
}

// Terms are the b-mail terms a relay offers, published in NIP-11 under the
// "bmail" key (SPEC.md §6).
type Terms struct {
	PayoutAddress string `json:"payout_address,omitempty"` // where the operator withdraws earnings
	OrderAddress  string `json:"order_address,omitempty"`  // the key that submits settlement batches
	ChainID       uint64 `json:"chain_id,omitempty"`
	Contract      string `json:"contract,omitempty"`
	RelayFeeGwei  uint64 `json:"relay_fee_gwei"`
}

// InfoKey is the NIP-11 key of the b-mail terms.
const InfoKey = "bmail"

// SupportedNIPs are the NIPs this relay implements: 1 (for the b-mail
// kinds), 9 (deletion by author, and by recipient for envelopes), 11, 40
// (expiration caps retention) and 42.
var SupportedNIPs = []int{1, 9, 11, 40, 42}

// Software identifies the relay in NIP-11.
const Software = "https://github.com/bmail-network/bmail"

type infoDoc struct{ body []byte }

type bmailTerms struct {
	Version          int      `json:"version"`
	Terms                     // payout, order address, chain, contract, fee
	MaxEnvelopeBytes int      `json:"max_envelope_bytes"`
	Retention        termsRet `json:"retention"`
	Kinds            kinds    `json:"kinds"`
	CursorKey        string   `json:"cursor_filter_key"`
}

type termsRet struct {
	UnpaidSeconds int64 `json:"unpaid_seconds"`
	PaidSeconds   int64 `json:"paid_seconds"`
}

type kinds struct {
	Envelope  int `json:"envelope"`
	Bundle    int `json:"bundle"`
	ListIssue int `json:"list_issue"`
	ListKeys  int `json:"list_keys"`
	ListInfo  int `json:"list_info"`
}

func (r *Relay) buildInfo(info Info, terms Terms) *infoDoc {
	c := &r.cfg
	sc := c.Store
	doc := map[string]any{
		"name":           info.Name,
		"description":    info.Description,
		"supported_nips": SupportedNIPs,
		"software":       Software,
		"version":        "0",
		"limitation": map[string]any{
			"max_message_length":     c.MaxMessageBytes,
			"max_subscriptions":      r.maxSubs(),
			"max_filters":            r.lim.MaxFilters,
			"max_limit":              c.MaxLimit,
			"max_subid_length":       wire.MaxSubIDLength,
			"max_event_tags":         r.lim.MaxTags,
			"max_content_length":     base64Len(c.MaxEnvelopeBytes),
			"auth_required":          false,
			"payment_required":       false,
			"restricted_writes":      true,
			"created_at_lower_limit": int64(c.CreatedAtPast.Seconds()),
			"created_at_upper_limit": int64(c.CreatedAtFuture.Seconds()),
		},
		"retention": []map[string]any{
			{"kinds": []int{wire.KindEnvelope}, "time": int64(sc.UnpaidRetention.Seconds())},
			{"kinds": []int{wire.KindBundle}, "time": int64(sc.BundleRetention.Seconds()), "count": 1},
			{"kinds": []int{wire.KindListIssue, wire.KindListKeys}, "time": int64(sc.ListRetention.Seconds())},
			{"kinds": []int{wire.KindListInfo}, "time": int64(sc.ListRetention.Seconds()), "count": 1},
		},
		InfoKey: bmailTerms{
			Version:          1,
			Terms:            terms,
			MaxEnvelopeBytes: c.MaxEnvelopeBytes,
			Retention: termsRet{
				UnpaidSeconds: int64(sc.UnpaidRetention.Seconds()),
				PaidSeconds:   int64(sc.PaidRetention.Seconds()),
			},
			Kinds: kinds{Envelope: wire.KindEnvelope, Bundle: wire.KindBundle, ListIssue: wire.KindListIssue,
				ListKeys: wire.KindListKeys, ListInfo: wire.KindListInfo},
			CursorKey: wire.FilterCursorKey,
		},
	}
	if info.PubKey != "" {
		doc["pubkey"] = info.PubKey
	}
	if info.Contact != "" {
		doc["contact"] = info.Contact
	}
	b, _ := json.Marshal(doc)
	return &infoDoc{body: b}
}

func base64Len(n int) int { return (n + 2) / 3 * 4 }

// DefaultMaxSubscriptions is the per-connection subscription limit NIP-11
// states until AdvertiseMaxSubscriptions says otherwise.
const DefaultMaxSubscriptions = 32

// maxSubs is what NIP-11 advertises; the policy enforces it.
func (r *Relay) maxSubs() int {
	if n := r.advSubs.Load(); n > 0 {
		return int(n)
	}
	return DefaultMaxSubscriptions
}

// AdvertiseMaxSubscriptions sets the subscription limit NIP-11 states (the
// policy that enforces it calls this).
func (r *Relay) AdvertiseMaxSubscriptions(n int) {
	r.advSubs.Store(int64(n))
	r.info.Store(r.buildInfo(r.cfg.Info, r.cfg.Terms))
}

// SetTerms replaces the NIP-11 identity and b-mail terms (a reload).
func (r *Relay) SetTerms(info Info, terms Terms) {
	r.cfg.Info, r.cfg.Terms = info, terms
	r.info.Store(r.buildInfo(info, terms))
}

func (r *Relay) serveInfo(w http.ResponseWriter, req *http.Request) {
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("Access-Control-Allow-Headers", "*")
	h.Set("Access-Control-Allow-Methods", "GET, OPTIONS")
	switch {
	case req.Method == http.MethodOptions:
		w.WriteHeader(http.StatusNoContent)
	case req.Method != http.MethodGet && req.Method != http.MethodHead:
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	case strings.Contains(req.Header.Get("Accept"), "application/nostr+json"):
		h.Set("Content-Type", "application/nostr+json")
		w.Write(r.info.Load().body)
	default:
		h.Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("b-mail relay: connect with a WebSocket, or ask with Accept: application/nostr+json\n"))
	}
}
