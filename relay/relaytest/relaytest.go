// Package relaytest starts a real b-mail relay on loopback for tests of any
// package (the client's included): a real SQLite file in a temporary
// directory, a real WebSocket listener on 127.0.0.1, default policies.
//
//	srv := relaytest.Start(t, nil)
//	c, err := relayclient.Dial(ctx, srv.URL, relayclient.Options{Signers: []*wire.Signer{me}})
package relaytest

import (
	"context"
	"net"
	"net/http"
	"path/filepath"
	"testing"
	"time"

	"github.com/bmail-network/bmail/relay"
	"github.com/bmail-network/bmail/relay/policies"
)

// Server is a running relay.
type Server struct {
	URL      string // ws://127.0.0.1:port
	HTTPURL  string // http://127.0.0.1:port (NIP-11)
	Relay    *relay.Relay
	Policies *policies.Set
	DBPath   string
	http     *http.Server
	ln       net.Listener
	cfg      relay.Config
	lim      policies.Limits
}

// Start runs a relay until the test ends. mod may change the config (the
// store path and public URL are already set) and the limits before start.
func Start(t testing.TB, mod func(*relay.Config, *policies.Limits)) *Server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{ln: ln, URL: "ws://" + ln.Addr().String(), HTTPURL: "http://" + ln.Addr().String(),
		DBPath: filepath.Join(t.TempDir(), "relay.db")}
	s.cfg = relay.Config{PublicURL: s.URL}
	s.cfg.Store.Path = s.DBPath
	s.lim = policies.DefaultLimits
	if mod != nil {
		mod(&s.cfg, &s.lim)
	}
	s.serve(t)
	t.Cleanup(func() { s.Close() })
	return s
}

// Restart starts a relay that was closed again, on the same address with
// the same store file and configuration: a relay that went away and came
// back. Close (and the test's end) stops it again.
func (s *Server) Restart(t testing.TB) {
	t.Helper()
	ln, err := net.Listen("tcp", s.ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	s.ln = ln
	s.serve(t)
}

// serve runs a relay on s.ln.
func (s *Server) serve(t testing.TB) {
	r, err := relay.New(context.Background(), s.cfg)
	if err != nil {
		s.ln.Close()
		t.Fatal(err)
	}
	s.Relay = r
	s.Policies = policies.ApplyDefaults(r, s.lim)
	s.http = &http.Server{Handler: r, ReadHeaderTimeout: 10 * time.Second}
	go s.http.Serve(s.ln)
}

// Close stops the relay gracefully (idempotent): the listener, every
// connection and the store.
func (s *Server) Close() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s.http.Shutdown(ctx)
	s.Relay.Close(ctx)
}
