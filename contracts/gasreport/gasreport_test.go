package gasreport

import (
	"strings"
	"testing"
)

// TestRunReportsEveryOperation runs the whole report (every scenario checks
// that its transactions succeed and that batches deliver all 100 orders).
func TestRunReportsEveryOperation(t *testing.T) {
	res, err := Run()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Result{}
	for _, r := range res {
		got[r.Op] = r
	}
	for _, op := range []string{"register", "send_new_pair", "send_existing_pair", "broadcast_per_recipient",
		"batch_per_message", "batch_distinct_senders", "batch_skipped_order", "ack", "withdraw"} {
		if got[op].Gas == 0 {
			t.Errorf("no gas for %s", op)
		}
		if !strings.HasPrefix(got[op].String(), "op="+op+" gas=") {
			t.Errorf("line %q", got[op])
		}
	}
	if c := got["batch_calldata_per_order"].Bytes; c < 150 || c > 152 {
		t.Errorf("calldata per order %d bytes", c)
	}
	// Batching must beat sending alone, and sharing a sender's slot must beat 100 senders.
	if got["batch_per_message"].Gas >= got["send_existing_pair"].Gas || got["batch_per_message"].Gas >= got["batch_distinct_senders"].Gas {
		t.Errorf("batching does not pay: %+v", got)
	}
	for _, r := range res {
		t.Log(r)
	}
}
