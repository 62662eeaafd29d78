package client

import (
	"context"

	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/relay/relayclient"
	"github.com/bmail-network/bmail/relay/wire"
)

// What code built on the client (newsletters, tools) needs besides the
// flows: the identity, the chain (Chain) and the relay connections, so it
// reuses the client's pooled, reconnecting connections instead of opening
// its own.

// Identity is the user's unlocked identity. It holds private keys: never
// log or print it.
func (c *Client) Identity() *identity.Identity { return c.id }

// PublishEvent posts e to each relay over the anonymous connection (the
// one not authenticated as the user) and returns every relay's answer in
// the relays' order. A relay that is down answers at once with an error
// message.
func (c *Client) PublishEvent(ctx context.Context, relays []string, e *wire.Event) []RelayResult {
	return c.publishAll(ctx, normalizedRelays(relays), e)
}

// QueryRelay runs one query on a relay and hands each stored event to fn
// until the relay's EOSE. authed uses the connection authenticated as the
// user's transport key (needed to read envelopes addressed to the user).
func (c *Client) QueryRelay(ctx context.Context, relay string, authed bool, f wire.Filter, fn func(relayclient.Received)) error {
	return c.relays.stream(ctx, relay, authed, f, fn)
}
