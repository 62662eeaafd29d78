package cli

import (
	"testing"
)

// TestSendToAndCc: one `bmail send` to a To and a Cc recipient pays each
// of them once; both read the same message with the same To and Cc lists.
func TestSendToAndCc(t *testing.T) {
	d := startDevnet(t)
	alice, bob, carol := newUser(t, d, "alice"), newUser(t, d, "bob"), newUser(t, d, "carol")
	depositAndRegister(t, alice, bob, carol)
	var s sendReport
	alice.json(&s, "Both of you, please.", "send", "--yes", "--max-fee", "100000", "--subject", "To and Cc",
		"--to", bob.addr.Hex(), "--cc", carol.addr.Hex())
	if s.State != "final" || len(s.Recipients) != 2 || s.Recipients[0].To != bob.addr.Hex() || s.Recipients[1].To != carol.addr.Hex() {
		t.Fatalf("send: %+v", s)
	}
	for _, r := range s.Recipients {
		if r.Free || r.Fee == 0 || r.TxHash == "" || r.Posted != 2 {
			t.Fatalf("recipient %+v", r)
		}
	}
	for i, u := range []*user{bob, carol} {
		m := waitSubject(t, u, "To and Cc")
		if m.Fee != s.Recipients[i].Fee || len(m.To) != 1 || m.To[0] != bob.addr.Hex() || len(m.Cc) != 1 || m.Cc[0] != carol.addr.Hex() {
			t.Fatalf("%d read %+v", i, m)
		}
	}
}
