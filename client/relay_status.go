package client

// InboxConnections reports, without any I/O, whether each of the user's
// inbox relays has a live authenticated connection now (a status line's
// "relays 2/2"). Relays never dialled yet are reported false. The client's
// relay-health events say when a connection fails; this says when one is
// up.
func (c *Client) InboxConnections() map[string]bool {
	out := map[string]bool{}
	urls := c.inboxRelays()
	c.relays.mu.Lock()
	defer c.relays.mu.Unlock()
	for _, u := range urls {
		rc, ok := c.relays.conns[poolKey{u, true}]
		out[u] = ok && rc.Connected()
	}
	return out
}
