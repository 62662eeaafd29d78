package gasreport

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/core/vm"

	"github.com/bmail-network/bmail/contracts"
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
	// 10 recipients in a 100-order batch: 2 bytes of their table per order.
	if c := got["batch_calldata_per_order"].Bytes; c < contracts.OrderBytes+2 || c > contracts.OrderBytes+4 {
		t.Errorf("calldata per order %d bytes", c)
	}
	if nz, z := got["batch_calldata_nonzero_per_order"].Bytes, got["batch_calldata_compressed_per_order"].Bytes; nz < 96 || z < 96 || z > contracts.OrderBytes+2 {
		t.Errorf("non-zero %d, compressed %d bytes per order (secret, r and s are 96 random bytes)", nz, z)
	}
	// Batching must beat sending alone, and sharing a sender's slot must beat 100 senders.
	if got["batch_per_message"].Gas >= got["send_existing_pair"].Gas || got["batch_per_message"].Gas >= got["batch_distinct_senders"].Gas {
		t.Errorf("batching does not pay: %+v", got)
	}
	for _, r := range res {
		t.Log(r)
	}
	// The same scenarios with access lists: the batches must get cheaper.
	listed, err := RunAccessList()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range listed {
		if (r.Op == "batch_per_message" || r.Op == "batch_distinct_senders") && r.Gas >= got[r.Op].Gas {
			t.Errorf("%s: %d gas with an access list, %d without", r.Op, r.Gas, got[r.Op].Gas)
		}
	}
}

// TestProfileChargesEachOpcode checks the opcode trace of a batch: one
// ecrecover call per order, and opcode gas that fits inside the receipt's.
func TestProfileChargesEachOpcode(t *testing.T) {
	_, profs, err := RunProfiled()
	if err != nil {
		t.Fatal(err)
	}
	p := profs["batch_per_message"]
	if p == nil || p.Div != 100 {
		t.Fatalf("no batch profile: %+v", p)
	}
	calls := 0
	for _, s := range p.Steps {
		if s.Op == vm.STATICCALL {
			calls++
			if s.Gas < 3000 {
				t.Fatalf("ecrecover charged %d gas", s.Gas)
			}
		}
	}
	if calls != 100 {
		t.Fatalf("%d ecrecover calls for 100 orders", calls)
	}
	if exec := p.Execution(); exec == 0 || exec+21_000 > p.GasUsed {
		t.Fatalf("opcodes %d gas of %d used", exec, p.GasUsed)
	}
}

func TestLoadSourceMapLines(t *testing.T) {
	// PUSH1 1, PUSH1 2, ADD: three instructions at pcs 0, 2, 4; the map puts
	// the first two on line 1 and the ADD on line 2.
	f := filepath.Join(t.TempDir(), "m.json")
	src := "a = 1 + 2;\nb = a;\n"
	if err := os.WriteFile(f, []byte(`{"runtime":"6001600201","sourceMap":"0:5:0:-;;11:6","sources":[{"id":0,"name":"src/X.sol","content":`+strconv.Quote(src)+`}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	sm, err := LoadSourceMap(f)
	if err != nil {
		t.Fatal(err)
	}
	if sm.lines[0] != "X.sol:1" || sm.lines[2] != "X.sol:1" || sm.lines[4] != "X.sol:2" || sm.text["X.sol:2"] != "b = a;" {
		t.Fatalf("%v %v", sm.lines, sm.text)
	}
}
