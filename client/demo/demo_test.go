package demo_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/demo"
)

// TestStory runs the demo and checks the story's facts, not its text.
func TestStory(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var out bytes.Buffer
	dir := t.TempDir()
	res, err := demo.Run(ctx, demo.Options{Out: &out, Dir: dir})
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	t.Logf("the demo took %s", res.Elapsed)
	if testing.Verbose() {
		t.Log("\n" + out.String())
	}
	if len(res.People) != 3 {
		t.Fatalf("people %+v", res.People)
	}
	alice, bob, carol := res.People[0], res.People[1], res.People[2]

	// Alice paid Bob what she was quoted; the reply cost Bob less.
	if res.ColdPaid.Free || res.ColdPaid.Fee != res.Cold.Breakdown.Fee || res.ColdPaid.RelayFee != demo.RelayFeeGwei {
		t.Errorf("cold mail: quoted %+v, paid %+v", res.Cold.Breakdown, res.ColdPaid)
	}
	if res.ReplyPaid.Fee == 0 || res.ReplyPaid.Fee >= res.ColdPaid.Fee || res.Reply.Breakdown.Rev == 0 {
		t.Errorf("reply paid %d (rev %d), cold %d", res.ReplyPaid.Fee, res.Reply.Breakdown.Rev, res.ColdPaid.Fee)
	}
	if res.AliceRepAfterAck.Earned == 0 {
		t.Error("Bob's valuable ack minted Alice no reputation")
	}

	// Carol: spam mark, a dearer second mail, then a refusal with no money moved.
	if res.CarolSpamAfterMark.SpamMarks <= 0 {
		t.Error("no spam mark on Carol")
	}
	if res.SpamAgain.Breakdown.SpamBps == 0 || res.SpamAgainPaid.Fee <= res.SpamPaid.Fee {
		t.Errorf("Carol's second mail paid %d, first %d (spam bps %d)", res.SpamAgainPaid.Fee, res.SpamPaid.Fee, res.SpamAgain.Breakdown.SpamBps)
	}
	if !errors.Is(res.Refused.Refusal, client.ErrBelowMinimum) || !errors.Is(res.RefusedErr, client.ErrBelowMinimum) {
		t.Errorf("refusal: quote %v, send %v", res.Refused.Refusal, res.RefusedErr)
	}
	if res.CarolBalanceAfter != res.CarolBalanceBefore || res.CarolNonceAfter != res.CarolNonceBefore {
		t.Errorf("money moved on the refused send: balance %d → %d, nonce %d → %d",
			res.CarolBalanceBefore, res.CarolBalanceAfter, res.CarolNonceBefore, res.CarolNonceAfter)
	}

	// Contacts write for free.
	if !res.Free.Free || res.Free.Fee != 0 || res.Free.TxHash != ([32]byte{}) {
		t.Errorf("contact mail %+v", res.Free)
	}

	// Bob's inbox: Alice's paid mail, Carol's two, Alice's free one; all
	// shown once.
	subjects := map[string]common.Address{}
	var paidToBob uint64
	for _, m := range res.BobInbox {
		if _, dup := subjects[m.Subject]; dup {
			t.Errorf("%q shown twice", m.Subject)
		}
		subjects[m.Subject] = m.From
		paidToBob += m.Fee
	}
	for subject, from := range map[string]common.Address{"Your relay talk": alice.Address, "WIN A FREE CRUISE": carol.Address,
		"LAST CHANCE: FREE CRUISE": carol.Address, "Thursday works": alice.Address} {
		if subjects[subject] != from {
			t.Errorf("Bob's inbox: %q from %s, want %s", subject, subjects[subject], from)
		}
	}
	if len(res.BobInbox) != 4 {
		t.Errorf("Bob's inbox holds %d messages", len(res.BobInbox))
	}
	// Carol's mail posted without paying was received and held back by
	// Bob's client (never in his inbox), and the story says so.
	if res.HeldBack != 1 || !strings.Contains(out.String(), "held back  1 unpaid mail from a stranger") {
		t.Errorf("held back %d; story:\n%s", res.HeldBack, out.String())
	}
	for _, m := range res.BobInbox {
		if m.Subject == "Free cruise, no strings" {
			t.Error("unpaid mail from a stranger was shown")
		}
	}
	if want := res.ColdPaid.Fee + res.SpamPaid.Fee + res.SpamAgainPaid.Fee; paidToBob != want || res.Claimed != want {
		t.Errorf("Bob was paid %d and claimed %d, want %d", paidToBob, res.Claimed, want)
	}

	// The relays earned exactly the relay fees of the four paid mails, and
	// both earned (Bob lists the relays in the other order).
	var relayFees uint64
	for i, e := range res.Relays {
		if e.Fees == 0 || e.Balance != e.Fees {
			t.Errorf("relay %d: %+v", i, e)
		}
		relayFees += e.Fees
	}
	if relayFees != 4*demo.RelayFeeGwei {
		t.Errorf("relays earned %d", relayFees)
	}

	// Balances: each paid exactly what their payments say (deposit minus
	// fee, burn and relay fee); Bob also holds what he claimed.
	price := func(q *client.Quote, st client.RecipientStatus) uint64 {
		return st.Fee + q.Breakdown.Burn + st.RelayFee
	}
	if want := demo.DepositGwei - price(res.Cold, res.ColdPaid); alice.Wallet.Balance != want {
		t.Errorf("Alice's balance %d, want %d", alice.Wallet.Balance, want)
	}
	if want := demo.DepositGwei - price(res.Reply, res.ReplyPaid) + res.Claimed; bob.Wallet.Balance != want {
		t.Errorf("Bob's balance %d, want %d", bob.Wallet.Balance, want)
	}
	if want := demo.DepositGwei - price(res.Spam, res.SpamPaid) - price(res.SpamAgain, res.SpamAgainPaid); carol.Wallet.Balance != want {
		t.Errorf("Carol's balance %d, want %d", carol.Wallet.Balance, want)
	}
	if alice.Reputation.Total() == 0 || carol.Reputation.SpamMarks <= 0 || !bob.Wallet.Dev || bob.Wallet.Label != "DEVNET" {
		t.Errorf("end: alice %+v carol %+v bob %+v", alice.Reputation, carol.Reputation, bob.Wallet)
	}

	// The story says DEVNET, and the devnet's directory was given back.
	if !strings.Contains(out.String(), "DEVNET") {
		t.Error("the story does not say DEVNET")
	}
	if _, err := os.Stat(filepath.Join(dir, "devnet", "chain")); err != nil {
		t.Errorf("devnet data under the given directory: %v", err)
	}
}

// TestTemporary: without a directory the demo leaves nothing behind.
func TestTemporary(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole story")
	}
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if _, err := demo.Run(ctx, demo.Options{}); err != nil {
		t.Fatal(err)
	}
	left, err := os.ReadDir(tmp)
	if err != nil {
		t.Fatal(err)
	}
	if len(left) != 0 {
		t.Fatalf("left behind: %v", left)
	}
}
