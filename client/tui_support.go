package client

import "context"

// MarkIssueRead sets the read flag of a received newsletter issue (the
// terminal UI's Newsletters folder clears its unread mark with it).
func (c *Client) MarkIssueRead(ctx context.Context, list [32]byte, epoch, index uint32, read bool) error {
	return c.store.Newsletters().MarkIssueRead(ctx, list, epoch, index, read)
}
