package relay

import (
	"github.com/bmail-network/bmail/relay/wire"
)

// Newsletter list events (SPEC.md §10.6): issues and rotation notices
// (2526), rotation slices (2527) and list definitions (12526). The relay
// holds no roster and reads no content: it accepts an event only when the
// list key itself signed it — its one `n` tag names its own pubkey — and
// serves the list's events to anyone who names the list in `#n`.

// checkList checks a list event's shape: one `n` tag equal to the pubkey,
// strict base64 content within the kind's limit (an issue envelope or a
// rotation slice: max_envelope_bytes decoded; a definition: the bundle
// limit).
func (r *Relay) checkList(e *wire.Event) (route [32]byte, reason string) {
	limit := base64Len(r.cfg.MaxEnvelopeBytes)
	if e.Kind == wire.KindListInfo {
		limit = r.cfg.MaxBundleBytes
	}
	if len(e.Content) > limit {
		return route, wire.Reason(wire.PrefixInvalid, "list event is larger than the limit")
	}
	route, reason = routeTag(e, wire.TagList)
	if reason != "" {
		return route, reason
	}
	if route != e.PubKey {
		return route, wire.Reason(wire.PrefixInvalid, "a list event must be signed by the list key its n tag names")
	}
	if !strictBase64(e.Content) {
		return route, wire.Reason(wire.PrefixInvalid, "content is not standard base64")
	}
	return route, ""
}
