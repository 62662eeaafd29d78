package client

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client/chain"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/envelope"
	"github.com/bmail-network/bmail/client/sanitize"
	"github.com/bmail-network/bmail/client/store"
	"github.com/bmail-network/bmail/relay/relayclient"
	"github.com/bmail-network/bmail/relay/wire"
)

// MaxLogRange bounds the blocks of one Delivered-log query.
const MaxLogRange = 5000

// SyncReport is what one Sync pass did.
type SyncReport struct {
	Shown    int // messages newly shown in the inbox
	Waiting  int // paid mail whose final payment has not arrived
	HeldBack int // unpaid mail from senders who are not contacts (never shown)
	Rejected int // mail that failed the acceptance rule (never shown)
	Relays   []RelayResult
	// FinalBlock is the final block the Delivered logs were read up to.
	FinalBlock uint64
	ChainErr   string
	// Pruned is how much unpaid mail (held or waiting) older than the
	// unpaid retention was deleted (see unpaidRetention).
	Pruned int
}

// unpaidRetention is how long unpaid mail is kept: Config.UnpaidRetention,
// else the longest unpaid retention the inbox relays state (a payment
// after that finds no envelope on them either), else the relays' default.
func (c *Client) unpaidRetention(ctx context.Context) time.Duration {
	if c.cfg.UnpaidRetention > 0 {
		return time.Duration(c.cfg.UnpaidRetention)
	}
	var longest time.Duration
	for _, u := range c.inboxRelays() {
		if ri := c.relays.relayInfo(ctx, u, false); ri != nil && ri.Terms != nil {
			longest = max(longest, time.Duration(ri.Terms.Retention.UnpaidSeconds)*time.Second)
		}
	}
	if longest == 0 {
		return config.DefaultUnpaidRetention
	}
	return longest
}

// Sync reads every inbox relay up to its end of stored events (from the
// relay's receive-order cursor, AUTH'd as the user's transport key),
// follows the final Delivered logs to the user, and shows what passes the
// acceptance rule. A relay that is down is reported, not fatal: the others
// still deliver. The chain being down is reported too; mail stays waiting.
func (c *Client) Sync(ctx context.Context) (*SyncReport, error) {
	rep := &SyncReport{}
	before, _ := c.store.CountEnvelopes(ctx)
	relays := c.inboxRelays()
	if len(relays) == 0 {
		return nil, fmt.Errorf("%w: register with inbox relays first", ErrNoRelays)
	}
	rep.Relays = make([]RelayResult, len(relays))
	var wg sync.WaitGroup
	for i, u := range relays {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rep.Relays[i] = RelayResult{Relay: u, OK: true}
			if err := c.catchUp(ctx, u); err != nil {
				rep.Relays[i] = RelayResult{Relay: u, Message: err.Error()}
			}
		}()
	}
	wg.Wait()
	final, chainErr := c.followChain(ctx)
	if chainErr != nil {
		rep.ChainErr = chainErr.Error()
	} else {
		rep.FinalBlock = final
	}
	c.reprocessIn(ctx, store.EnvWaiting) // those whose sender could not be checked before
	if chainErr == nil {                 // payments read up to the final head: what waits now is unpaid
		n, err := c.store.PruneUnpaid(ctx, c.now().Add(-c.unpaidRetention(ctx)))
		if err != nil {
			return rep, err
		}
		rep.Pruned = n
	}
	after, err := c.store.CountEnvelopes(ctx)
	if err != nil {
		return rep, err
	}
	rep.Shown = max(0, after[store.EnvShown]-before[store.EnvShown])
	rep.Waiting, rep.HeldBack, rep.Rejected = after[store.EnvWaiting], after[store.EnvHeld], after[store.EnvRejected]
	return rep, nil
}

// envelopeFilter is the user's inbox on a relay after a cursor.
func (c *Client) envelopeFilter(after int64) wire.Filter {
	return wire.Filter{Kinds: []int{wire.KindEnvelope}, Tags: []wire.TagFilter{{Name: wire.TagRecipient[0], Values: c.routingKeys()}}, After: &after}
}

// catchUp reads one relay's stored envelopes after the cursor, handling
// each as it arrives and recording the cursor every cursorEvery events and
// at the end (a crash re-reads at most that many; handling is idempotent).
func (c *Client) catchUp(ctx context.Context, url string) error {
	cur, err := c.store.RelayCursor(ctx, url)
	if err != nil {
		return err
	}
	top, n := cur, 0
	err = c.relays.stream(ctx, url, true, c.envelopeFilter(cur), func(r relayclient.Received) {
		c.handleEvent(ctx, url, r.Event)
		if r.HasSeq && r.Seq > top {
			top = r.Seq
		}
		if n++; n%cursorEvery == 0 {
			c.store.SetRelayCursor(ctx, url, top)
		}
	})
	c.noteRelay(url, err)
	if top > cur {
		if serr := c.store.SetRelayCursor(ctx, url, top); serr != nil && err == nil {
			err = serr
		}
	}
	return err
}

// cursorEvery is how often a catch-up records its relay cursor.
const cursorEvery = 100

func (c *Client) noteRelay(url string, err error) {
	c.relays.mu.Lock()
	old, had := c.relays.lastE[url]
	c.relays.setErr(url, err)
	c.relays.mu.Unlock()
	if (err != nil) != had || (err != nil && err.Error() != old) {
		e := Event{Kind: EventRelayHealth, Relay: url, Connected: err == nil}
		if err != nil {
			e.Err = err.Error()
		}
		c.emit(e)
	}
}

// handleEvent takes one envelope event from a relay: it checks the routing,
// deduplicates by the user's msgId, trial-opens the wraps with every
// decryption key of the user, stores the envelope and evaluates it.
func (c *Client) handleEvent(ctx context.Context, relay string, ev *wire.Event) {
	if ev == nil || ev.Kind != wire.KindEnvelope || ev.TagCount(wire.TagRecipient) != 1 {
		return
	}
	p, _ := ev.Tag(wire.TagRecipient)
	if !slices.ContainsFunc(c.routingKeys(), func(k [32]byte) bool { return p == wire.Hex(k[:]) }) {
		return
	}
	data, err := envelope.ParseEventContent([]byte(ev.Content))
	if err != nil {
		return
	}
	h, err := envelope.ParseHeader(data)
	if err != nil {
		return
	}
	for _, id := range h.MsgIDs { // a copy from another relay: count it only
		if _, err := c.store.Envelope(ctx, id); err == nil {
			c.store.AddCopy(ctx, id)
			return
		}
	}
	keys, err := c.id.DecryptionKeys(0)
	if err != nil {
		return
	}
	for _, k := range keys {
		u, err := envelope.Unwrap(data, k.Private)
		if err != nil {
			continue
		}
		env := &store.Envelope{MsgID: u.MsgID, Bytes: data, KeyIndex: k.Index, WrapIndex: u.Index, Contact: u.Contact,
			ReceivedAt: c.now(), FirstRelay: relay, State: store.EnvWaiting}
		added, err := c.store.AddEnvelope(ctx, env)
		if err != nil || !added {
			return
		}
		c.evaluate(ctx, env)
		return
	}
}

// reprocess evaluates again every envelope not shown (after contacts or
// accepted keys changed). Waiting envelopes without a payment cost a lookup
// each; the others are opened again.
func (c *Client) reprocess(ctx context.Context) {
	c.reprocessIn(ctx, store.EnvWaiting, store.EnvHeld, store.EnvRejected)
}

func (c *Client) reprocessIn(ctx context.Context, states ...store.EnvelopeState) {
	for _, st := range states {
		envs, err := c.store.EnvelopesIn(ctx, st)
		if err != nil {
			c.log.Warn("reprocess", "err", err)
			return
		}
		for i := range envs {
			c.evaluate(ctx, &envs[i])
		}
	}
	c.emitHeldBack(ctx)
}

func (c *Client) emitHeldBack(ctx context.Context) {
	if n, err := c.store.CountEnvelopes(ctx); err == nil {
		c.emit(Event{Kind: EventHeldBack, Count: n[store.EnvHeld] + n[store.EnvWaiting]})
	}
}

// HeldBack counts the mail the client does not show: unpaid mail from
// senders who are not contacts (Held), paid mail still waiting for a final
// payment (Waiting), and mail that failed the acceptance rule (Rejected).
func (c *Client) HeldBack(ctx context.Context) (held, waiting, rejected int, err error) {
	n, err := c.store.CountEnvelopes(ctx)
	return n[store.EnvHeld], n[store.EnvWaiting], n[store.EnvRejected], err
}

// evaluate applies the acceptance rule (SPEC §9) to a stored envelope and
// moves it to shown, held, rejected or control, or leaves it waiting.
func (c *Client) evaluate(ctx context.Context, env *store.Envelope) {
	c.procMu.Lock()
	defer c.procMu.Unlock()
	cur, err := c.store.Envelope(ctx, env.MsgID)
	if err != nil || cur.State == store.EnvShown || cur.State == store.EnvControl {
		return
	}
	var pays []store.Payment
	if !cur.Contact { // no payment, nothing to open: stay waiting, cheaply
		if pays, err = c.store.PaymentsFor(ctx, cur.MsgID); err != nil {
			return
		}
		if len(pays) == 0 {
			if cur.State != store.EnvWaiting {
				c.setState(ctx, cur, store.EnvWaiting, "no final payment yet", nil)
			}
			return
		}
	}
	key, err := c.id.EncryptionKeyAt(cur.KeyIndex)
	if err != nil {
		return
	}
	u, err := envelope.Unwrap(cur.Bytes, key.Private)
	if err != nil || u.MsgID != cur.MsgID {
		c.setState(ctx, cur, store.EnvRejected, "the envelope no longer opens with the key that unwrapped it", nil)
		return
	}
	if cur.Contact {
		c.evaluateFree(ctx, cur, u)
		return
	}
	var reason string
	var sender *common.Address
	for _, p := range pays {
		m, why, from, retry := c.acceptPaid(ctx, cur, u, &p)
		if retry {
			return // the chain or relays are unreachable: try again later
		}
		if m != nil {
			c.show(ctx, cur, m)
			return
		}
		reason, sender = why, from
	}
	c.setState(ctx, cur, store.EnvRejected, reason, sender)
}

func (c *Client) setState(ctx context.Context, env *store.Envelope, st store.EnvelopeState, reason string, sender *common.Address) {
	if env.State == st && env.Reason == reason {
		return
	}
	if err := c.store.SetEnvelopeState(ctx, env.MsgID, st, reason, sender); err != nil {
		c.log.Warn("envelope state", "err", err)
	}
	env.State, env.Reason = st, reason
}

// acceptPaid checks one final payment against the acceptance rule. It
// returns the message to show, or why not (and the sender when known), or
// retry when the sender's bundle could not be checked now.
func (c *Client) acceptPaid(ctx context.Context, env *store.Envelope, u *envelope.Unwrapped, p *store.Payment) (m *store.Message, why string, from *common.Address, retry bool) {
	if !slices.Contains(c.acceptedNetworks(), p.Network) {
		return nil, fmt.Sprintf("paid on network %x, which this account does not accept", p.Network[:8]), nil, false
	}
	o, err := envelope.Open(env.Bytes, u, p.Secret, envAddr(c.me))
	if err != nil {
		return nil, "does not open with the released secret: " + err.Error(), nil, false
	}
	sender := common.Address(o.Message.From)
	if p.Size != o.PricedSize {
		return nil, fmt.Sprintf("paid for %d bytes, the envelope is priced at %d", p.Size, o.PricedSize), &sender, false
	}
	if p.Payer != sender {
		return nil, fmt.Sprintf("paid by %s, not by the signer's account %s", p.Payer.Hex(), sender.Hex()), &sender, false
	}
	ok, why, retry := c.certifies(ctx, sender, o.Signer)
	if retry {
		return nil, "", nil, true
	}
	if !ok {
		return nil, why, &sender, false
	}
	return messageOf(o, store.FolderInbox, c.now(), p.Fee, p.Network, false), "", &sender, false
}

// evaluateFree handles an envelope whose wrap carried S: a contact grant is
// applied; other mail is shown only from a contact.
func (c *Client) evaluateFree(ctx context.Context, env *store.Envelope, u *envelope.Unwrapped) {
	o, err := envelope.Open(env.Bytes, u, [32]byte{}, envAddr(c.me))
	if err != nil {
		c.setState(ctx, env, store.EnvRejected, "does not open: "+err.Error(), nil)
		return
	}
	sender := common.Address(o.Message.From)
	if sender == c.me {
		c.setState(ctx, env, store.EnvRejected, "claims to come from this account", &sender)
		return
	}
	grant := o.Message.Subject == GrantSubject && (o.Message.Body == GrantAccept || o.Message.Body == GrantRevoke)
	if !grant {
		contact, err := c.isContact(ctx, sender)
		if err != nil {
			return
		}
		if !contact {
			c.setState(ctx, env, store.EnvHeld, "unpaid mail from someone who is not a contact", &sender)
			return
		}
	}
	ok, why, retry := c.certifies(ctx, sender, o.Signer)
	if retry {
		return
	}
	if !ok {
		c.setState(ctx, env, store.EnvRejected, why, &sender)
		return
	}
	if grant {
		accepts := o.Message.Body == GrantAccept
		took, err := c.store.PutGrant(ctx, store.Grant{Account: sender, Accepts: accepts, Time: o.Message.Time.Unix()})
		if err != nil {
			return
		}
		c.setState(ctx, env, store.EnvControl, "contact grant", &sender)
		if took {
			c.emit(Event{Kind: EventGrant, Account: sender, Accepts: accepts})
		}
		return
	}
	c.show(ctx, env, messageOf(o, store.FolderInbox, c.now(), 0, [32]byte{}, true))
}

// certifies checks that signer is a mail-signing key the sender's key
// bundle (checked against the chain) certifies now or certified before.
func (c *Client) certifies(ctx context.Context, sender common.Address, signer []byte) (ok bool, why string, retry bool) {
	peer, err := c.Resolve(ctx, sender)
	var kc *KeyChangedError
	switch {
	case errors.As(err, &kc):
		return false, "the sender's keys changed: compare the new fingerprint and accept it to read this mail", false
	case errors.Is(err, ErrNotRegistered):
		return false, "the sender has no key bundle on chain", false
	case errors.Is(err, ErrBundleSubstituted):
		return false, "the sender's key bundle could not be checked: " + err.Error(), false
	case err != nil:
		return false, "", true
	}
	if string(peer.Bundle.SigningKey[:]) == string(signer) {
		return true, "", false
	}
	if known, err := c.store.IsSigningKey(ctx, sender, signer); err == nil && known {
		return true, "", false
	}
	return false, "the signing key is not certified by the sender's key bundle", false
}

func messageOf(o *envelope.Opened, folder string, now time.Time, fee uint64, network [32]byte, free bool) *store.Message {
	m := o.Message
	return &store.Message{Folder: folder, MessageID: m.ID, InReplyTo: m.InReplyTo, From: common.Address(m.From),
		To: commonAddrs(m.To), Cc: commonAddrs(m.Cc), ReplyTo: commonAddrs(m.ReplyTo), Subject: m.Subject, Body: m.Body,
		SentAt: m.Time, ReceivedAt: now, Fee: fee, Network: network, Free: free}
}

func (c *Client) show(ctx context.Context, env *store.Envelope, m *store.Message) {
	id, err := c.store.ShowEnvelope(ctx, env.MsgID, m)
	if err != nil {
		c.log.Warn("show message", "err", err)
		return
	}
	env.State = store.EnvShown
	c.emit(Event{Kind: EventNewMail, MessageID: id})
	c.notify(id)
}

// notify runs the notification hook and command for a new message.
func (c *Client) notify(id int64) {
	if c.opts.OnNewMail == nil && len(c.cfg.NotifyCommand) == 0 {
		return
	}
	msg, err := c.Message(context.Background(), id)
	if err != nil {
		return
	}
	if c.opts.OnNewMail != nil {
		go c.opts.OnNewMail(*msg)
	}
	if len(c.cfg.NotifyCommand) > 0 {
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, c.cfg.NotifyCommand[0], c.cfg.NotifyCommand[1:]...)
			cmd.Env = append(os.Environ(), "BMAIL_FROM="+sanitize.Line(msg.FromLabel()), "BMAIL_SUBJECT="+sanitize.Line(msg.Subject),
				fmt.Sprintf("BMAIL_MESSAGE_ID=%d", msg.ID))
			if err := cmd.Run(); err != nil {
				c.log.Warn("notify command failed", "err", err)
			}
		}()
	}
}

// ---- the chain ----

// followChain reads final Delivered logs to the user into the store up to
// the final head, rolling back when a block it read is no longer canonical.
// It returns the final block reached.
func (c *Client) followChain(ctx context.Context) (uint64, error) {
	ch, err := c.Chain(ctx)
	if err != nil {
		return 0, err
	}
	for {
		final, more, err := c.followStep(ctx, ch)
		if err != nil {
			c.emit(Event{Kind: EventChainHealth, Err: err.Error()})
			return final, err
		}
		if !more {
			c.emit(Event{Kind: EventChainHealth, Final: final})
			return final, nil
		}
	}
}

// metaScanFrom is the store's meta key for the first block a new store
// reads Delivered logs from.
const metaScanFrom = "scan-from"

// recordScanFrom records n as the first block to read logs from, unless
// the follower has started or an earlier block is recorded.
func (c *Client) recordScanFrom(ctx context.Context, n uint64) error {
	if _, have, err := c.store.ChainCursor(ctx); err != nil || have {
		return err
	}
	if old, err := c.store.Meta(ctx, metaScanFrom); err == nil && len(old) == 8 && beUint64(old) <= n {
		return nil
	}
	var b [8]byte
	putBeUint64(b[:], n)
	return c.store.SetMeta(ctx, metaScanFrom, b[:])
}

// scanFrom is the first block a new store reads Delivered logs from:
// chain.start_block when set; else the block recorded in the store (the
// account's first registration, made from this store); else the
// contract's deployment block, found once and recorded. Never block 0 on a
// real chain: a node that cannot say when the contract was deployed (its
// old state pruned) is an error naming chain.start_block.
func (c *Client) scanFrom(ctx context.Context, ch *chain.Chain) (uint64, error) {
	if c.cfg.Chain.StartBlock != 0 {
		return c.cfg.Chain.StartBlock, nil
	}
	if b, err := c.store.Meta(ctx, metaScanFrom); err == nil && len(b) == 8 {
		return beUint64(b), nil
	}
	n, err := c.deploymentBlock(ctx, ch)
	if err != nil {
		return 0, err
	}
	return n, c.recordScanFrom(ctx, n)
}

// metaDeployBlock is the store's meta key for the contract's deployment
// block.
const metaDeployBlock = "deploy-block"

// deploymentBlock is the contract's deployment block, found once
// (chain.DeploymentBlock) and kept in the store.
func (c *Client) deploymentBlock(ctx context.Context, ch *chain.Chain) (uint64, error) {
	if b, err := c.store.Meta(ctx, metaDeployBlock); err == nil && len(b) == 8 {
		return beUint64(b), nil
	}
	n, err := ch.DeploymentBlock(ctx)
	if err != nil {
		return 0, fmt.Errorf("client: finding the contract's deployment block (set chain.start_block to it): %w", err)
	}
	var b [8]byte
	putBeUint64(b[:], n)
	return n, c.store.SetMeta(ctx, metaDeployBlock, b[:])
}

func (c *Client) followStep(ctx context.Context, ch *chain.Chain) (final uint64, more bool, err error) {
	final, ok, err := ch.FinalHead(ctx)
	if err != nil || !ok {
		return 0, false, err
	}
	cur, have, err := c.store.ChainCursor(ctx)
	if err != nil {
		return final, false, err
	}
	var from uint64
	if !have {
		if from, err = c.scanFrom(ctx, ch); err != nil {
			return final, false, err
		}
	}
	if have {
		h, ok, err := ch.HashAt(ctx, cur.Number)
		if err != nil {
			return final, false, err
		}
		if !ok || h != cur.Hash {
			return final, true, c.rollback(ctx, ch, cur)
		}
		from = cur.Number + 1
	}
	if from > final {
		return final, false, nil
	}
	to := min(final, from+MaxLogRange-1)
	endHash, ok, err := ch.HashAt(ctx, to)
	if err != nil || !ok {
		return final, false, err
	}
	me := c.me
	ds, err := ch.DeliveredTo(ctx, &me, from, to)
	if err != nil {
		return final, false, err
	}
	pays := make([]store.Payment, 0, len(ds))
	for _, d := range ds {
		if d.To != me {
			continue // the node answered more than the topic asked for
		}
		if h, ok, err := ch.HashAt(ctx, d.Block); err != nil || !ok || h != d.BlockHash {
			return final, true, err // read across a reorg: read again
		}
		pays = append(pays, store.Payment{BlockHash: d.BlockHash, LogIndex: d.LogIndex, Block: d.Block, BlockTime: d.BlockTime,
			TxHash: d.TxHash, MsgID: envelope.MsgIDOf(d.Secret), Secret: d.Secret, Payer: d.From, Fee: d.Fee, Size: d.Size,
			Network: d.Network, Relay: d.Relay, RelayFee: d.RelayFee})
	}
	if h, ok, err := ch.HashAt(ctx, to); err != nil || !ok || h != endHash {
		return final, true, err
	}
	added, err := c.store.AddPayments(ctx, store.Cursor{Number: to, Hash: endHash}, pays)
	if err != nil {
		return final, false, err
	}
	for _, p := range added {
		if env, err := c.store.Envelope(ctx, p.MsgID); err == nil {
			c.evaluate(ctx, env)
		}
	}
	return final, to < final, nil
}

// rollback steps the cursor back ReorgDepth blocks below a block that is
// no longer canonical; mail paid above goes back to waiting.
func (c *Client) rollback(ctx context.Context, ch *chain.Chain, cur store.Cursor) error {
	back := uint64(0)
	if cur.Number > c.cfg.Chain.ReorgDepth {
		back = cur.Number - c.cfg.Chain.ReorgDepth
	}
	h, ok, err := ch.HashAt(ctx, back)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("client: no block %d to roll back to", back)
	}
	ids, err := c.store.RollbackPayments(ctx, store.Cursor{Number: back, Hash: h})
	if err != nil {
		return err
	}
	for _, id := range ids {
		if env, err := c.store.Envelope(ctx, id); err == nil && env.Message != 0 {
			c.emit(Event{Kind: EventMailHidden, MessageID: env.Message})
		}
	}
	c.log.Warn("chain reorganised: rolled back", "from", cur.Number, "to", back, "mail pending again", len(ids))
	return nil
}

// ---- live ----

// Run keeps the client live until ctx ends: it subscribes to every inbox
// relay (resuming from the stored cursors across reconnects), follows the
// chain every poll interval, and drives the outbox. Health changes, new
// mail and outbox steps arrive as Events.
func (c *Client) Run(ctx context.Context) error {
	relays := c.inboxRelays()
	if len(relays) == 0 {
		return fmt.Errorf("%w: register with inbox relays first", ErrNoRelays)
	}
	var wg sync.WaitGroup
	for _, u := range relays {
		wg.Add(1)
		go func() { defer wg.Done(); c.watchRelay(ctx, u) }()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(time.Duration(c.cfg.Chain.PollInterval))
		defer t.Stop()
		for {
			if _, err := c.followChain(ctx); err == nil {
				c.reprocessWaiting(ctx)
			}
			if _, err := c.ResumeOutbox(ctx); err != nil {
				c.log.Debug("outbox", "err", err)
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			case <-c.kick:
			}
		}
	}()
	wg.Wait()
	return ctx.Err()
}

// reprocessWaiting re-evaluates waiting envelopes whose sender could not be
// checked before (relays or chain were down).
func (c *Client) reprocessWaiting(ctx context.Context) {
	envs, err := c.store.EnvelopesIn(ctx, store.EnvWaiting)
	if err != nil {
		return
	}
	for i := range envs {
		if ps, _ := c.store.PaymentsFor(ctx, envs[i].MsgID); len(ps) > 0 {
			c.evaluate(ctx, &envs[i])
		}
	}
}

// watchRelay keeps one live subscription to a relay, re-subscribing from
// the stored cursor whenever the subscription ends.
func (c *Client) watchRelay(ctx context.Context, url string) {
	wait := retryWait{min: 250 * time.Millisecond, max: max(c.opts.RelayMaxBackoff, 250*time.Millisecond)}
	for ctx.Err() == nil {
		start := time.Now()
		err := c.subscribeOnce(ctx, url)
		c.noteRelay(url, err)
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait.next(time.Since(start))):
		}
	}
}

// retryWait is how long watchRelay waits before it subscribes again: from
// min, doubling after each attempt up to max, and from min again after an
// attempt that lasted at least max (that subscription worked, so what
// ends it is no reason to wait long).
type retryWait struct{ min, max, cur time.Duration }

func (w *retryWait) next(lasted time.Duration) time.Duration {
	if w.cur == 0 || lasted >= w.max {
		w.cur = w.min
	} else {
		w.cur = min(2*w.cur, w.max)
	}
	return w.cur
}

func (c *Client) subscribeOnce(ctx context.Context, url string) error {
	rc, err := c.relays.conn(ctx, url, true)
	if rc == nil {
		return err
	}
	cur, err := c.store.RelayCursor(ctx, url)
	if err != nil {
		return err
	}
	sub, err := rc.Subscribe(ctx, []wire.Filter{c.envelopeFilter(cur)})
	if err != nil {
		return err
	}
	defer sub.Close()
	health := time.NewTicker(time.Second)
	defer health.Stop()
	connected := rc.Connected()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-health.C:
			if now := rc.Connected(); now != connected {
				connected = now
				var err error
				if !now {
					err = errors.New("disconnected; reconnecting")
				}
				c.noteRelay(url, err)
			}
		case r, ok := <-sub.Events:
			if !ok {
				return fmt.Errorf("subscription ended: %s", sub.Err())
			}
			c.handleEvent(ctx, url, r.Event)
			if r.HasSeq {
				c.store.SetRelayCursor(ctx, url, r.Seq)
			}
		}
	}
}
