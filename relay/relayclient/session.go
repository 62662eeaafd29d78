package relayclient

import (
	"errors"
	"sync"
	"time"

	"github.com/bmail-network/bmail/relay/wire"
	"github.com/gorilla/websocket"
)

// session is one WebSocket connection of a Client.
type session struct {
	c  *Client
	ws *websocket.Conn

	wmu sync.Mutex // serialises writes

	mu        sync.Mutex
	challenge string
	chNew     chan struct{} // closed when a new challenge arrives
	authOK    map[[32]byte]chan Result
	ready     bool
	dead      chan struct{}
	deadOnce  sync.Once
}

func newSession(c *Client, ws *websocket.Conn) *session {
	return &session{c: c, ws: ws, chNew: make(chan struct{}), authOK: map[[32]byte]chan Result{}, dead: make(chan struct{})}
}

func (s *session) write(frame []byte) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	s.ws.SetWriteDeadline(time.Now().Add(10 * time.Second))
	if err := s.ws.WriteMessage(websocket.TextMessage, frame); err != nil {
		s.close()
	}
}

func (s *session) close() {
	s.deadOnce.Do(func() {
		close(s.dead)
		s.ws.Close()
	})
}

func (s *session) markReady() {
	s.mu.Lock()
	s.ready = true
	s.mu.Unlock()
}

func (s *session) isReady() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ready
}

// serve blocks until the connection ends (the reader runs in read).
func (s *session) serve() {
	select {
	case <-s.dead:
	case <-s.c.ctx.Done():
		s.close()
	}
}

// authenticate answers challenges with each signer in turn (every AUTH
// consumes the challenge; the relay sends a new one after each).
func (s *session) authenticate(signers []*wire.Signer) error {
	deadline := time.After(s.c.opts.AuthWait)
	for _, sg := range signers {
		var ch string
		for ch == "" {
			s.mu.Lock()
			ch, s.challenge = s.challenge, ""
			wait := s.chNew
			s.mu.Unlock()
			if ch != "" {
				break
			}
			select {
			case <-wait:
			case <-deadline:
				return errors.New("relay sent no AUTH challenge")
			case <-s.dead:
				return errors.New("connection lost during AUTH")
			}
		}
		e := &wire.Event{CreatedAt: time.Now().Unix(), Kind: wire.KindAuth,
			Tags: [][]string{{wire.TagRelay, s.c.opts.RelayURL}, {wire.TagChallenge, ch}}}
		if err := sg.Sign(e); err != nil {
			return err
		}
		done := make(chan Result, 1)
		s.mu.Lock()
		s.authOK[e.ID] = done
		s.mu.Unlock()
		s.write((&wire.ClientFrame{Type: wire.FrameAuth, Event: e}).Marshal(nil))
		select {
		case r := <-done:
			if !r.OK {
				return errorf("%w: %s", ErrAuthFailed, r.Message)
			}
		case <-deadline:
			return errors.New("relay did not answer AUTH")
		case <-s.dead:
			return errors.New("connection lost during AUTH")
		}
	}
	return nil
}

// read is the session's reader loop.
func (s *session) read() {
	defer s.close()
	for {
		_, b, err := s.ws.ReadMessage()
		if err != nil {
			return
		}
		f, err := wire.ParseRelayFrame(b, s.c.opts.Limits)
		if err != nil {
			s.c.opts.Logger.Debug("bad frame from relay", "err", err)
			continue
		}
		switch f.Type {
		case wire.FrameAuth:
			s.mu.Lock()
			s.challenge = f.Challenge
			close(s.chNew)
			s.chNew = make(chan struct{})
			s.mu.Unlock()
		case wire.FrameOK:
			r := Result{OK: f.OK, Message: f.Message}
			s.mu.Lock()
			ch := s.authOK[f.ID]
			delete(s.authOK, f.ID)
			s.mu.Unlock()
			if ch != nil {
				ch <- r
				continue
			}
			s.c.answer(f.ID, r)
		case wire.FrameEvent:
			if sub := s.c.sub(f.SubID); sub != nil {
				if err := f.Event.Verify(); err != nil {
					s.c.opts.Logger.Warn("relay sent an event that does not verify", "err", err)
					continue
				}
				sub.deliver(Received{Event: f.Event, Seq: f.Seq, HasSeq: f.HasSeq})
			}
		case wire.FrameEOSE:
			if sub := s.c.sub(f.SubID); sub != nil {
				sub.gotEOSE()
			}
		case wire.FrameClosed:
			s.c.closedByRelay(f.SubID, f.Message)
		case wire.FrameNotice:
			if s.c.opts.OnNotice != nil {
				s.c.opts.OnNotice(f.Message)
			}
		}
	}
}
