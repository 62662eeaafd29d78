package client_test

import (
	"testing"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/clienttest"
	"github.com/bmail-network/bmail/client/store"
)

func TestPaidMailEndToEnd(t *testing.T) {
	ctx := ctxT(t)
	w := clienttest.New(t, clienttest.Options{Relays: 2, RelayFee: 500})
	alice, bob := w.User("alice"), w.User("bob")

	size, err := alice.PricedSize("hello", "Hi Bob, a paid hello.", 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	q, err := alice.Quote(ctx, bob.Address(), size)
	if err != nil {
		t.Fatal(err)
	}
	if q.Free || q.Breakdown.Fee == 0 || q.Refusal != nil {
		t.Fatalf("quote %+v", q)
	}
	st, err := alice.Send(ctx, client.SendRequest{To: []string{bob.Address().Hex()}, Subject: "hello", Body: "Hi Bob, a paid hello."})
	if err != nil {
		t.Fatal(err)
	}
	if st.State != store.OutFinal || st.Recipients[0].Fee != q.Breakdown.Fee || st.Recipients[0].Posted != 2 {
		t.Fatalf("status %+v", st)
	}
	rep, err := bob.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Shown != 1 || rep.HeldBack != 0 {
		t.Fatalf("sync %+v", rep)
	}
	inbox, _ := bob.Inbox(ctx)
	if len(inbox) != 1 || inbox[0].Subject != "hello" || inbox[0].Fee != q.Breakdown.Fee || inbox[0].Free || inbox[0].From != alice.Address() {
		t.Fatalf("inbox %+v", inbox)
	}
	sent, _ := alice.Messages(ctx, client.Query{Folder: store.FolderSent})
	if len(sent) != 1 || sent[0].Fee != q.Breakdown.Fee {
		t.Fatalf("sent %+v", sent)
	}
	if ds, _ := alice.Drafts(ctx); len(ds) != 0 {
		t.Fatalf("draft kept after final: %d", len(ds))
	}
}
