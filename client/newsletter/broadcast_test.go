package newsletter_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/clienttest"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/newsletter"
	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/pricing"
)

// A paid broadcast: quoted per recipient, paid in as few transactions as
// the gas cap allows, and every fee lands in its recipient's balance; the
// recipients read the mail; nobody learns the rest of the audience.
func TestBroadcastPaysEveryRecipient(t *testing.T) {
	for _, tc := range []struct {
		name   string
		gasCap uint64
		txs    int
	}{
		{"one transaction", 0, 1},
		{"gas cap splits", 1, 4}, // a cap below one recipient's gas: one recipient per transaction
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := clienttest.New(t, clienttest.Options{Relays: 2})
			ctx := ctxT(t)
			pub := newsletter.New(w.User("publisher"))
			pub.BroadcastGasCap = tc.gasCap
			accepts := func(c *config.Config) { c.Networks = []string{"personal", "newsletter"} }
			var readers []*client.Client
			var to []common.Address
			for _, name := range []string{"ann", "ben", "cyd", "dot"} {
				c, _ := w.NewUser(name, clienttest.UserOptions{Configure: accepts})
				readers = append(readers, c)
				to = append(to, c.Address())
			}
			personalOnly := w.User("eve") // accepts the personal network only
			to = append(to, personalOnly.Address(), to[0])

			q, err := pub.QuoteBroadcast(ctx, newsletter.BroadcastRequest{To: to, Subject: "Launch", Body: "We launched. Read all about it."})
			if err != nil {
				t.Fatal(err)
			}
			if q.Network != pricing.NewsletterID || len(q.Recipients) != 5 || q.Paid() != 4 || len(q.Transactions) != tc.txs {
				t.Fatalf("quote: network %x, %d recipients, %d paid, transactions %v", q.Network[:4], len(q.Recipients), q.Paid(), q.Transactions)
			}
			var sum uint64
			for _, r := range q.Recipients {
				if r.To == personalOnly.Address() {
					if r.Refused == "" || r.Tx != -1 {
						t.Fatalf("eve accepted: %+v", r)
					}
					continue
				}
				if r.Refused != "" || r.Breakdown.Fee == 0 || r.Breakdown.Burn == 0 {
					t.Fatalf("recipient %+v", r)
				}
				sum += r.Breakdown.Price()
			}
			if q.Total != sum || q.Total != q.Fee+q.Burn || q.MaxTotal < q.Total {
				t.Fatalf("totals %+v (sum %d)", q, sum)
			}
			if _, err := pub.Broadcast(ctx, q, q.Total/2, nil); err == nil {
				t.Fatal("broadcast over the cap went ahead")
			}
			var stages []string
			balance0, _ := pub.Client().Wallet(ctx)
			res, err := pub.Broadcast(ctx, q, 0, func(p newsletter.Progress) {
				if len(stages) == 0 || stages[len(stages)-1] != p.Stage {
					stages = append(stages, p.Stage)
				}
			})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("gas: %d per recipient estimated, %d used for %d recipients in %d transactions", q.GasPerRecipient, res.GasUsed, res.Delivered, len(res.TxHashes))
			if res.Delivered != 4 || res.Refused != 1 || res.Skipped != 0 || len(res.TxHashes) != tc.txs {
				t.Fatalf("result %+v", res)
			}
			if !slices.Equal(stages, []string{"seal", "post", "pay"}) {
				t.Fatalf("progress stages %v", stages)
			}
			balance1, _ := pub.Client().Wallet(ctx)
			if spent := balance0.Balance - balance1.Balance; spent == 0 || spent > q.MaxTotal {
				t.Fatalf("spent %d gwei, quoted %d (at most %d)", spent, q.Total, q.MaxTotal)
			}
			fees := map[common.Address]uint64{}
			for _, r := range res.Recipients {
				fees[r.Account] = r.Fee
			}
			for _, c := range readers {
				if _, err := c.Sync(ctx); err != nil {
					t.Fatal(err)
				}
				in, err := c.Inbox(ctx)
				if err != nil || len(in) != 1 || in[0].Subject != "Launch" || in[0].Fee != fees[c.Address()] ||
					in[0].From != pub.Client().Address() {
					t.Fatalf("%s's inbox %+v %v", c.Address().Hex(), in, err)
				}
				if len(in[0].To) != 1 || in[0].To[0] != c.Address() {
					t.Fatalf("the envelope names more of the audience: %v", in[0].To)
				}
				wal, err := c.Wallet(ctx)
				if err != nil || wal.Claimable != fees[c.Address()] || wal.Claimable == 0 {
					t.Fatalf("%s claimable %+v %v, fee %d", c.Address().Hex(), wal, err, fees[c.Address()])
				}
				got, err := c.Claim(ctx)
				if err != nil || got != fees[c.Address()] {
					t.Fatalf("claim %d %v", got, err)
				}
			}
			// Resuming a finished broadcast pays nothing again.
			again, err := pub.ResumeBroadcasts(ctx, nil)
			if err != nil || len(again) != 0 {
				t.Fatalf("resume %v %v", again, err)
			}
		})
	}
}

// A broadcast interrupted after its transaction was signed and sent is
// finished by ResumeBroadcasts without paying twice.
func TestBroadcastResume(t *testing.T) {
	w := clienttest.New(t, clienttest.Options{Relays: 2})
	ctx := ctxT(t)
	pub := newsletter.New(w.User("publisher"))
	accepts := func(c *config.Config) { c.Networks = []string{"personal", "newsletter"} }
	var readers []*client.Client
	var to []common.Address
	for _, name := range []string{"ann", "ben"} {
		c, _ := w.NewUser(name, clienttest.UserOptions{Configure: accepts})
		readers, to = append(readers, c), append(to, c.Address())
	}
	q, err := pub.QuoteBroadcast(ctx, newsletter.BroadcastRequest{To: to, Subject: "Once", Body: "Paid once."})
	if err != nil {
		t.Fatal(err)
	}
	before, _ := pub.Client().Wallet(ctx)
	resume := w.Pause() // the transaction is sent but not mined
	short, cancel := context.WithTimeout(ctx, 2*time.Second)
	_, err = pub.Broadcast(short, q, 0, nil)
	cancel()
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("interrupted broadcast: %v", err)
	}
	resume()
	res, err := pub.ResumeBroadcasts(ctx, nil)
	if err != nil || len(res) != 1 || res[0].Delivered != 2 || len(res[0].TxHashes) != 1 {
		t.Fatalf("resumed: %+v %v", res, err)
	}
	after, _ := pub.Client().Wallet(ctx)
	if spent := before.Balance - after.Balance; spent == 0 || spent > q.MaxTotal {
		t.Fatalf("spent %d, quoted at most %d", spent, q.MaxTotal)
	}
	fees := map[common.Address]uint64{}
	for _, r := range res[0].Recipients {
		fees[r.Account] = r.Fee
	}
	for _, c := range readers {
		if _, err := c.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		wal, err := c.Wallet(ctx)
		if err != nil || wal.Claimable == 0 || wal.Claimable != fees[c.Address()] {
			t.Fatalf("%s claimable %d, fee %d (%v)", c.Address().Hex(), wal.Claimable, fees[c.Address()], err)
		}
	}
	if again, err := pub.ResumeBroadcasts(ctx, nil); err != nil || len(again) != 0 {
		t.Fatalf("second resume %v %v", again, err)
	}
}

// With too small a balance the quote still prices every recipient, and
// paying is refused before any transaction is sent.
func TestBroadcastBalanceTooLow(t *testing.T) {
	w := clienttest.New(t, clienttest.Options{Relays: 2})
	ctx := ctxT(t)
	poor, _ := w.NewUser("poor", clienttest.UserOptions{Deposit: 1})
	pub := newsletter.New(poor)
	ann, _ := w.NewUser("ann", clienttest.UserOptions{Configure: func(c *config.Config) { c.Networks = []string{"newsletter"} }})
	q, err := pub.QuoteBroadcast(ctx, newsletter.BroadcastRequest{To: []common.Address{ann.Address()}, Subject: "Hi", Body: "Hello."})
	if err != nil {
		t.Fatal(err)
	}
	if q.Paid() != 1 || q.Total == 0 || q.Balance != 1 || q.GasPerRecipient == 0 {
		t.Fatalf("quote %+v", q)
	}
	ch, _ := poor.Chain(ctx)
	nonce, _ := ch.ConfirmedNonce(ctx)
	if _, err := pub.Broadcast(ctx, q, 0, nil); !errors.Is(err, contracts.ErrInsufficientBalance) {
		t.Fatalf("broadcast with balance 1: %v", err)
	}
	if after, _ := ch.ConfirmedNonce(ctx); after != nonce {
		t.Fatal("a transaction was sent")
	}
	if open, err := pub.ResumeBroadcasts(ctx, nil); err != nil || len(open) != 0 {
		t.Fatalf("a refused broadcast was recorded: %v %v", open, err)
	}
}
