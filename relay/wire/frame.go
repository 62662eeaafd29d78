package wire

import (
	"strconv"

	"github.com/bmail-network/bmail/contracts"
)

// MaxSubIDLength bounds subscription ids (NIP-01).
const MaxSubIDLength = 64

// ClientFrame is a frame a client sends to a relay.
type ClientFrame struct {
	Type    string                 // FrameEvent, FrameReq, FrameClose, FrameAuth, FrameCount or FrameOrder
	Event   *Event                 // EVENT, AUTH
	SubID   string                 // REQ, CLOSE, COUNT
	Filters []Filter               // REQ, COUNT
	Order   *contracts.SignedOrder // ORDER: the payment order (SPEC.md §6.9)
}

// RelayFrame is a frame a relay sends to a client.
type RelayFrame struct {
	Type      string // FrameEvent, FrameOK, FrameEOSE, FrameClosed, FrameNotice or FrameAuth
	SubID     string // EVENT, EOSE, CLOSED
	Event     *Event // EVENT
	Seq       int64  // EVENT: receive-order sequence when HasSeq
	HasSeq    bool
	ID        [32]byte // OK
	OK        bool     // OK
	Message   string   // OK, CLOSED, NOTICE
	Challenge string   // AUTH
}

// ParseClientFrame decodes one client→relay frame within lim.
func ParseClientFrame(b []byte, lim Limits) (*ClientFrame, error) {
	if len(b) > lim.MaxMessageBytes {
		return nil, &SyntaxError{Msg: "frame too large", Err: ErrTooLarge}
	}
	d := decoder{b: b, lim: &lim}
	if err := d.expect('['); err != nil {
		return nil, err
	}
	if err := d.enter(); err != nil {
		return nil, err
	}
	typ, err := d.str()
	if err != nil {
		return nil, err
	}
	f := &ClientFrame{Type: typ}
	switch typ {
	case FrameEvent, FrameAuth:
		if err := d.expect(','); err != nil {
			return nil, err
		}
		if typ == FrameAuth && d.peek() == '"' {
			return nil, d.fail("AUTH from a client carries an event")
		}
		if f.Event, err = d.event(); err != nil {
			return nil, err
		}
	case FrameReq, FrameCount:
		if f.SubID, err = d.subID(); err != nil {
			return nil, err
		}
		for {
			if d.peek() != ',' {
				break
			}
			d.pos++
			if len(f.Filters) == lim.MaxFilters {
				return nil, d.failErr(ErrTooMany, "too many filters")
			}
			flt, err := d.filter()
			if err != nil {
				return nil, err
			}
			f.Filters = append(f.Filters, *flt)
		}
		if len(f.Filters) == 0 {
			return nil, d.fail("REQ needs at least one filter")
		}
	case FrameClose:
		if f.SubID, err = d.subID(); err != nil {
			return nil, err
		}
	case FrameOrder:
		if err := d.expect(','); err != nil {
			return nil, err
		}
		if f.Order, err = d.order(); err != nil {
			return nil, err
		}
	default:
		return nil, d.failErr(ErrUnknownFrame, "unknown frame type "+strconv.Quote(typ))
	}
	if err := d.expect(']'); err != nil {
		return nil, err
	}
	d.leave()
	return f, d.end()
}

// subID reads ",<subscription id>".
func (d *decoder) subID() (string, error) {
	if err := d.expect(','); err != nil {
		return "", err
	}
	s, err := d.str()
	if err != nil {
		return "", err
	}
	if len(s) == 0 || len(s) > MaxSubIDLength {
		return "", d.fail("subscription id must be 1 to 64 bytes")
	}
	return s, nil
}

// Marshal appends the canonical JSON of the frame.
func (f *ClientFrame) Marshal(b []byte) []byte {
	b = append(b, '[')
	b = appendString(b, f.Type)
	switch f.Type {
	case FrameEvent, FrameAuth:
		b = append(b, ',')
		b = f.Event.Marshal(b)
	case FrameReq, FrameCount:
		b = append(b, ',')
		b = appendString(b, f.SubID)
		for i := range f.Filters {
			b = append(b, ',')
			b = f.Filters[i].Marshal(b)
		}
	case FrameClose:
		b = append(b, ',')
		b = appendString(b, f.SubID)
	case FrameOrder:
		b = append(b, ',')
		b = AppendOrder(b, f.Order)
	}
	return append(b, ']')
}

// ParseRelayFrame decodes one relay→client frame within lim.
func ParseRelayFrame(b []byte, lim Limits) (*RelayFrame, error) {
	if len(b) > lim.MaxMessageBytes {
		return nil, &SyntaxError{Msg: "frame too large", Err: ErrTooLarge}
	}
	d := decoder{b: b, lim: &lim}
	if err := d.expect('['); err != nil {
		return nil, err
	}
	if err := d.enter(); err != nil {
		return nil, err
	}
	typ, err := d.str()
	if err != nil {
		return nil, err
	}
	f := &RelayFrame{Type: typ}
	switch typ {
	case FrameEvent:
		if f.SubID, err = d.subID(); err != nil {
			return nil, err
		}
		if err := d.expect(','); err != nil {
			return nil, err
		}
		if f.Event, err = d.event(); err != nil {
			return nil, err
		}
		if d.peek() == ',' {
			d.pos++
			if f.Seq, err = d.uint(); err != nil {
				return nil, err
			}
			f.HasSeq = true
		}
	case FrameOK:
		if err := d.expect(','); err != nil {
			return nil, err
		}
		if err := d.hexInto(f.ID[:], "id"); err != nil {
			return nil, err
		}
		if err := d.expect(','); err != nil {
			return nil, err
		}
		if f.OK, err = d.boolean(); err != nil {
			return nil, err
		}
		if err := d.expect(','); err != nil {
			return nil, err
		}
		if f.Message, err = d.str(); err != nil {
			return nil, err
		}
	case FrameEOSE:
		if f.SubID, err = d.subID(); err != nil {
			return nil, err
		}
	case FrameClosed:
		if f.SubID, err = d.subID(); err != nil {
			return nil, err
		}
		if err := d.expect(','); err != nil {
			return nil, err
		}
		if f.Message, err = d.str(); err != nil {
			return nil, err
		}
	case FrameNotice:
		if err := d.expect(','); err != nil {
			return nil, err
		}
		if f.Message, err = d.str(); err != nil {
			return nil, err
		}
	case FrameAuth:
		if err := d.expect(','); err != nil {
			return nil, err
		}
		if f.Challenge, err = d.str(); err != nil {
			return nil, err
		}
	default:
		return nil, d.failErr(ErrUnknownFrame, "unknown frame type "+strconv.Quote(typ))
	}
	if err := d.expect(']'); err != nil {
		return nil, err
	}
	d.leave()
	return f, d.end()
}

// Marshal appends the canonical JSON of the frame.
func (f *RelayFrame) Marshal(b []byte) []byte {
	switch f.Type {
	case FrameEvent:
		seq := int64(-1)
		if f.HasSeq {
			seq = f.Seq
		}
		return AppendEventFrame(b, f.SubID, f.Event.Marshal(nil), seq)
	case FrameOK:
		return AppendOK(b, f.ID, f.OK, f.Message)
	case FrameEOSE:
		return AppendEOSE(b, f.SubID)
	case FrameClosed:
		return AppendClosed(b, f.SubID, f.Message)
	case FrameNotice:
		return AppendNotice(b, f.Message)
	case FrameAuth:
		return AppendAuthChallenge(b, f.Challenge)
	}
	return b
}

// AppendEventFrame appends ["EVENT",<sub>,<event JSON>] and, when seq ≥ 0,
// the receive-order sequence as a fourth element. eventJSON must be a
// canonical event object (Event.Marshal).
func AppendEventFrame(b []byte, subID string, eventJSON []byte, seq int64) []byte {
	b = append(b, `["EVENT",`...)
	b = appendString(b, subID)
	b = append(b, ',')
	b = append(b, eventJSON...)
	if seq >= 0 {
		b = append(b, ',')
		b = strconv.AppendInt(b, seq, 10)
	}
	return append(b, ']')
}

// AppendOK appends ["OK",<id>,<ok>,<message>].
func AppendOK(b []byte, id [32]byte, ok bool, msg string) []byte {
	b = append(b, `["OK","`...)
	b = appendHex(b, id[:])
	b = append(b, `",`...)
	b = strconv.AppendBool(b, ok)
	b = append(b, ',')
	b = appendString(b, msg)
	return append(b, ']')
}

// AppendEOSE appends ["EOSE",<sub>].
func AppendEOSE(b []byte, subID string) []byte {
	b = append(b, `["EOSE",`...)
	b = appendString(b, subID)
	return append(b, ']')
}

// AppendClosed appends ["CLOSED",<sub>,<message>].
func AppendClosed(b []byte, subID, msg string) []byte {
	b = append(b, `["CLOSED",`...)
	b = appendString(b, subID)
	b = append(b, ',')
	b = appendString(b, msg)
	return append(b, ']')
}

// AppendNotice appends ["NOTICE",<message>].
func AppendNotice(b []byte, msg string) []byte {
	b = append(b, `["NOTICE",`...)
	b = appendString(b, msg)
	return append(b, ']')
}

// AppendAuthChallenge appends ["AUTH",<challenge>].
func AppendAuthChallenge(b []byte, challenge string) []byte {
	b = append(b, `["AUTH",`...)
	b = appendString(b, challenge)
	return append(b, ']')
}
