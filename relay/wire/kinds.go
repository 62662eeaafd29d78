package wire

// Event kinds b-mail uses. None of them is used by a published NIP (checked
// against the NIPs kinds table and the registry of kinds); see SPEC.md §6.
const (
	// KindDeletion is the NIP-09 deletion request. On b-mail relays the
	// recipient of an envelope may also delete it (as NIP-09 allows for gift
	// wraps): see SPEC.md §6.
	KindDeletion = 5
	// KindEnvelope is a sealed b-mail envelope (regular). Content is the
	// standard base64 of the envelope bytes; exactly one TagRecipient tag.
	KindEnvelope = 2525
	// KindListIssue is a newsletter list issue or rotation notice (regular).
	// The list kinds (IsListKind) carry exactly one TagList tag whose value
	// is the event's own pubkey: the list key signs everything of its list.
	// Content is standard base64; anyone may read them (SPEC.md §10).
	KindListIssue = 2526
	// KindListKeys is a slice of a newsletter epoch rotation: wrapped epoch
	// keys (regular), fetched by id so that subscribers download only their
	// own slice.
	KindListKeys = 2527
	// KindListInfo is a newsletter list's signed definition (replaceable:
	// one per list key, the newest wins).
	KindListInfo = 12526
	// KindBundle is a user's key bundle (replaceable: one per pubkey; the
	// newest created_at wins, the lowest id wins a tie). Signed by the user's
	// transport key; carries exactly one TagAccount tag.
	KindBundle = 12525
	// KindAuth is the NIP-42 authentication event, sent only in AUTH frames.
	KindAuth = 22242
)

// Tag names.
const (
	// TagRecipient routes an envelope: the recipient's transport public key.
	TagRecipient = "p"
	// TagList routes the list kinds: the 32-byte list id, which is the list
	// key (the events' pubkey).
	TagList = "n"
	// TagAccount on a key bundle names the account (Ethereum address) the
	// transport key speaks for, as a 32-byte word (12 zero bytes, then the
	// 20-byte address) — exactly the indexed `to` topic of a Delivered log.
	TagAccount = "w"
	// TagEvent names an event (NIP-09 deletion targets).
	TagEvent = "e"
	// TagKind names the kind of a deletion target (NIP-09).
	TagKind = "k"
	// TagExpiration is the NIP-40 expiration timestamp.
	TagExpiration = "expiration"
	// TagRelay and TagChallenge are the NIP-42 AUTH tags.
	TagRelay     = "relay"
	TagChallenge = "challenge"
)

// Frame labels (the first element of every frame).
const (
	FrameEvent  = "EVENT"
	FrameReq    = "REQ"
	FrameClose  = "CLOSE"
	FrameAuth   = "AUTH"
	FrameOK     = "OK"
	FrameEOSE   = "EOSE"
	FrameClosed = "CLOSED"
	FrameNotice = "NOTICE"
	FrameCount  = "COUNT"
	// FrameOrder hands a b-mail payment order to a relay's settlement
	// batcher: ["ORDER", <order object>] (ParseOrder, AppendOrder), answered
	// with ["OK", <order id hex>, <bool>, <message>] where the id is OrderID
	// (SPEC.md §6.9). Sending the same order again asks for its status.
	// Orders carry release secrets and are never served or forwarded.
	FrameOrder = "ORDER"
)

// FilterCursorKey is the b-mail filter extension that asks for stored events
// in the relay's receive order after a cursor: {"bmail_after": <seq>}. A
// subscription using it gets ["EVENT", <sub>, <event>, <seq>] frames.
const FilterCursorKey = "bmail_after"

// Machine-readable prefixes of OK and CLOSED messages (NIP-01, NIP-42).
const (
	PrefixInvalid      = "invalid"
	PrefixBlocked      = "blocked"
	PrefixRateLimited  = "rate-limited"
	PrefixAuthRequired = "auth-required"
	PrefixRestricted   = "restricted"
	PrefixDuplicate    = "duplicate"
	PrefixError        = "error"
	PrefixUnsupported  = "unsupported"
	// PrefixSkipped answers an ORDER that was accepted earlier and then
	// dropped: the code after it says why (SPEC.md §6.9).
	PrefixSkipped = "skipped"
)

// Reason joins a machine-readable prefix and a human-readable message.
func Reason(prefix, msg string) string { return prefix + ": " + msg }

// ReasonPrefix returns the machine-readable prefix of an OK or CLOSED
// message ("" when it has none).
func ReasonPrefix(msg string) string {
	for i := 0; i < len(msg); i++ {
		switch c := msg[i]; {
		case c == ':':
			return msg[:i]
		case c >= 'a' && c <= 'z', c == '-':
		default:
			return ""
		}
	}
	return ""
}

// IsReplaceable reports whether kind is replaceable under NIP-01.
func IsReplaceable(kind int) bool {
	return kind == 0 || kind == 3 || (kind >= 10000 && kind < 20000)
}

// IsEphemeral reports whether kind is ephemeral under NIP-01.
func IsEphemeral(kind int) bool { return kind >= 20000 && kind < 30000 }

// IsListKind reports whether kind is one of the newsletter list kinds
// (KindListIssue, KindListKeys, KindListInfo).
func IsListKind(kind int) bool {
	return kind == KindListIssue || kind == KindListKeys || kind == KindListInfo
}
