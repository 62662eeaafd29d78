package client_test

import (
	"context"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/clienttest"
	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/client/store"
)

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func must[T any](t *testing.T) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

func newIdentity(t *testing.T) (*identity.Mnemonic, *identity.Identity) {
	m, err := identity.NewMnemonic()
	if err != nil {
		t.Fatal(err)
	}
	id, err := identity.FromMnemonic(m, 0)
	if err != nil {
		t.Fatal(err)
	}
	return m, id
}

// deliveredCount counts the Delivered logs to `to` carrying secret.
func deliveredCount(t *testing.T, w *clienttest.World, c *client.Client, to common.Address, secret [32]byte) int {
	t.Helper()
	ctx := context.Background()
	ch, err := c.Chain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, _ := ch.Head(ctx)
	ds, err := ch.DeliveredTo(ctx, &to, 0, head.Number.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range ds {
		if d.Secret == secret {
			n++
		}
	}
	return n
}

func send(t *testing.T, ctx context.Context, from *client.Client, subject, body string, to ...*client.Client) *client.OutboxStatus {
	t.Helper()
	var addrs []string
	for _, c := range to {
		addrs = append(addrs, c.Address().Hex())
	}
	st, err := from.Send(ctx, client.SendRequest{To: addrs, Subject: subject, Body: body})
	if err != nil {
		t.Fatalf("send %q: %v", subject, err)
	}
	if st.State != store.OutFinal {
		t.Fatalf("send %q: state %s", subject, st.State)
	}
	return st
}

func syncShown(t *testing.T, ctx context.Context, c *client.Client) *client.SyncReport {
	t.Helper()
	rep, err := c.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func inboxSubjects(t *testing.T, ctx context.Context, c *client.Client) []string {
	t.Helper()
	ms, err := c.Inbox(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range ms {
		out = append(out, m.Subject)
	}
	return out
}

var errCrash = errors.New("injected crash")

func mustJSON(t *testing.T, s string, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(s), v); err != nil {
		t.Fatal(err)
	}
}
