package newsletter

import (
	"context"
	cryptorand "crypto/rand"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/envelope"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/relay/relayclient"
	"github.com/bmail-network/bmail/relay/wire"
)

// Service is the newsletters of one client: the lists its user publishes
// and the lists it subscribes to. It keeps everything in the client's
// store; it is safe for concurrent use by one process.
type Service struct {
	c  *client.Client
	st *store.Store

	// Rand supplies keys, salts and nonces (crypto/rand by default; it must
	// be safe for concurrent use).
	Rand io.Reader
	// Now is the clock (time.Now by default).
	Now func() time.Time
	// RelayTimeout bounds one relay exchange (default 10 s).
	RelayTimeout time.Duration
	// MinRelays is how many of a list's relays must take an event before it
	// counts as posted (default 2, or every relay of a list with fewer).
	MinRelays int
	// BroadcastGasCap caps the gas of one broadcast transaction (0: the
	// protocol's cap per transaction and the block's gas limit).
	BroadcastGasCap uint64

	mu    sync.Mutex
	lists map[[32]byte]*sync.Mutex // one publisher operation per list at a time
}

// New returns the newsletters of c.
func New(c *client.Client) *Service {
	return &Service{c: c, st: c.Store(), Rand: cryptorand.Reader, Now: time.Now, RelayTimeout: 10 * time.Second,
		MinRelays: 2, lists: map[[32]byte]*sync.Mutex{}}
}

// Client is the client the service runs on.
func (s *Service) Client() *client.Client { return s.c }

func (s *Service) listLock(id [32]byte) *sync.Mutex {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.lists[id]
	if m == nil {
		m = &sync.Mutex{}
		s.lists[id] = m
	}
	return m
}

func (s *Service) random32() ([32]byte, error) {
	var b [32]byte
	if _, err := io.ReadFull(s.Rand, b[:]); err != nil {
		return b, fmt.Errorf("newsletter: reading randomness: %w", err)
	}
	return b, nil
}

// newSigner draws a fresh BIP-340 key (list keys, reader keys).
func (s *Service) newSigner() (*wire.Signer, [32]byte, error) {
	for {
		sec, err := s.random32()
		if err != nil {
			return nil, sec, err
		}
		if sg, err := wire.NewSigner(sec); err == nil {
			return sg, sec, nil
		}
	}
}

// signEvent signs a list event of kind for list with its key.
func (s *Service) signEvent(key *wire.Signer, kind int, list [32]byte, content []byte) (*wire.Event, error) {
	e := &wire.Event{CreatedAt: s.Now().Unix(), Kind: kind, Tags: [][]string{{wire.TagList, wire.Hex(list[:])}},
		Content: contentEncoding.EncodeToString(content)}
	if err := key.Sign(e); err != nil {
		return nil, err
	}
	return e, nil
}

// envelopeEvent wraps a sealed envelope to the routing key p in an event
// signed by a one-time key (SPEC.md §6.1).
func (s *Service) envelopeEvent(sealed []byte, p [32]byte) (*wire.Event, error) {
	one, _, err := s.newSigner()
	if err != nil {
		return nil, err
	}
	e := &wire.Event{CreatedAt: s.Now().Unix(), Kind: wire.KindEnvelope, Tags: [][]string{{wire.TagRecipient, wire.Hex(p[:])}},
		Content: envelope.EventContent(sealed)}
	if err := one.Sign(e); err != nil {
		return nil, err
	}
	return e, nil
}

// minRelays is how many of n relays must take an event.
func (s *Service) minRelays(n int) int { return max(1, min(s.MinRelays, n)) }

// post publishes e to relays and reports how many took it (an OK or a
// duplicate), with the first refusal seen.
func (s *Service) post(ctx context.Context, relays []string, e *wire.Event) (int, error) {
	var firstErr error
	ok := 0
	for _, r := range s.c.PublishEvent(ctx, relays, e) {
		if r.OK {
			ok++
		} else if firstErr == nil {
			firstErr = fmt.Errorf("relay %s: %s", r.Relay, r.Message)
		}
	}
	if ok < s.minRelays(len(relays)) {
		return ok, fmt.Errorf("%w: %d of %d (%v)", ErrNotEnoughRelays, ok, len(relays), firstErr)
	}
	return ok, nil
}

// fetch runs a query on each relay (anonymously) and returns the events,
// verified (id and signature), deduplicated by id, with the highest seq
// per relay for cursor queries. A relay that fails is skipped; fetch fails
// only when every relay did.
func (s *Service) fetch(ctx context.Context, relays []string, f wire.Filter) ([]*wire.Event, map[string]int64, error) {
	seen := map[[32]byte]bool{}
	var out []*wire.Event
	cursors := map[string]int64{}
	var errs []error
	for _, r := range relays {
		qf := f
		err := s.c.QueryRelay(ctx, r, false, qf, func(rc relayclient.Received) {
			if rc.HasSeq {
				cursors[r] = max(cursors[r], rc.Seq)
			}
			if seen[rc.Event.ID] || rc.Event.Verify() != nil {
				return
			}
			seen[rc.Event.ID] = true
			out = append(out, rc.Event)
		})
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", r, err))
		}
	}
	if len(errs) == len(relays) && len(relays) > 0 {
		return nil, nil, errors.Join(errs...)
	}
	return out, cursors, nil
}

// fetchAs reads the envelopes addressed to signer's key on one relay after
// the cursor, over a connection authenticated as that key (list keys read
// their requests, reader keys their welcomes). It returns them with the
// new cursor.
func (s *Service) fetchAs(ctx context.Context, relay string, signer *wire.Signer, after int64) ([]*wire.Event, int64, error) {
	dctx, cancel := context.WithTimeout(ctx, s.RelayTimeout)
	defer cancel()
	rc, err := relayclient.Dial(dctx, relay, relayclient.Options{Signers: []*wire.Signer{signer}})
	if err != nil {
		if rc != nil {
			rc.Close()
		}
		return nil, after, err
	}
	defer rc.Close()
	p := signer.PublicKey()
	sub, err := rc.Subscribe(dctx, []wire.Filter{{Kinds: []int{wire.KindEnvelope},
		Tags: []wire.TagFilter{{Name: wire.TagRecipient[0], Values: [][32]byte{p}}}, After: &after}})
	if err != nil {
		return nil, after, err
	}
	defer sub.Close()
	var out []*wire.Event
	cursor := after
	eose := sub.EOSE()
	for {
		select {
		case r, ok := <-sub.Events:
			if !ok {
				return out, cursor, fmt.Errorf("relay %s closed the query: %s", relay, sub.Err())
			}
			cursor = max(cursor, r.Seq)
			out = append(out, r.Event)
		case <-eose:
			for {
				select {
				case r, ok := <-sub.Events:
					if !ok {
						return out, cursor, nil
					}
					cursor = max(cursor, r.Seq)
					out = append(out, r.Event)
				default:
					return out, cursor, nil
				}
			}
		case <-dctx.Done():
			return out, cursor, dctx.Err()
		}
	}
}

// openControl opens a control envelope (contact-wrapped, so it carries its
// release secret) with the user's decryption keys. It returns the opened
// message, or an error when it is not for this user or does not verify.
func (s *Service) openControl(content string) (*envelope.Opened, error) {
	b, err := envelope.ParseEventContent([]byte(content))
	if err != nil {
		return nil, err
	}
	id := s.c.Identity()
	keys, err := id.DecryptionKeys(0)
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		u, err := envelope.Unwrap(b, k.Private)
		if err != nil {
			continue
		}
		if !u.Contact {
			return nil, fmt.Errorf("%w: a control envelope must carry its secret", ErrMalformed)
		}
		return envelope.Open(b, u, [32]byte{}, envelope.Address(id.Address))
	}
	return nil, envelope.ErrNotForMe
}

// sealControl seals a control message to the X-Wing key in a bundle,
// contact-wrapped (free: it needs no payment), and returns its event to
// the routing key p.
func (s *Service) sealControl(encryptionKey []byte, msg *envelope.Message, p [32]byte) (*wire.Event, error) {
	pub, err := envelope.ParsePublicKey(encryptionKey)
	if err != nil {
		return nil, err
	}
	sealed, err := envelope.Seal(s.Rand, msg, s.c.Identity().SigningKey, []envelope.Recipient{{PublicKey: pub, Contact: true}})
	if err != nil {
		return nil, err
	}
	return s.envelopeEvent(sealed.Bytes, p)
}

// parseRecorded parses an event this client recorded in its store (its
// size is whatever it was when recorded: a rotation slice is larger than a
// relay message's default limit).
func parseRecorded(b []byte) (*wire.Event, error) {
	lim := wire.DefaultLimits
	lim.MaxMessageBytes = len(b) + 1
	return wire.ParseEvent(b, lim)
}

// decodeEventContent decodes a list event's content (bounded).
func decodeEventContent(e *wire.Event, limit int) ([]byte, error) {
	return decodeContent(e.Content, limit)
}

// listOf returns the list id an event's n tag names, and whether the event
// is signed by that list's key.
func listOf(e *wire.Event) ([32]byte, bool) {
	v, ok := e.Tag(wire.TagList)
	if !ok {
		return [32]byte{}, false
	}
	id, err := wire.ParseHex32(v)
	return id, err == nil && id == e.PubKey && e.TagCount(wire.TagList) == 1
}
