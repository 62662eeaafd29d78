package gasreport

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/ethereum/go-ethereum/node"
)

// The opcode profiler: a live tracer attached to the simulated chain's block
// import records every top-level opcode of every transaction with the gas it
// really cost (the drop in available gas to the next top-level opcode, so a
// call to the ecrecover precompile is charged what it kept, not what it was
// forwarded).

// tracerName is the live tracer's registered name.
const tracerName = "bmail-gasprofile"

// Step is one executed top-level opcode.
type Step struct {
	PC  uint64
	Op  vm.OpCode
	Gas uint64 // gas it cost, including memory expansion and precompile work
}

// Profile is the opcode trace of one measured transaction.
type Profile struct {
	Op      string // the gasreport operation
	Div     uint64 // messages the transaction carries (per-message figures divide by it)
	GasUsed uint64 // the receipt's gas
	Steps   []Step
}

// Execution is the gas spent by opcodes (GasUsed minus intrinsic, calldata and refunds).
func (p *Profile) Execution() uint64 {
	var s uint64
	for _, st := range p.Steps {
		s += st.Gas
	}
	return s
}

type txTrace struct {
	steps []Step
	last  uint64
}

type profiler struct {
	mu     sync.Mutex
	cur    *txTrace
	traces map[common.Hash][]Step
}

var (
	registerOnce sync.Once
	activeMu     sync.Mutex
	active       *profiler
)

func newProfiler() *profiler {
	registerOnce.Do(func() {
		tracers.LiveDirectory.Register(tracerName, func(json.RawMessage) (*tracing.Hooks, error) {
			activeMu.Lock()
			p := active
			activeMu.Unlock()
			if p == nil {
				return nil, errors.New("gasreport: no active profiler")
			}
			return p.hooks(), nil
		})
	})
	return &profiler{traces: map[common.Hash][]Step{}}
}

// option installs the profiler as the chain's live tracer.
func (p *profiler) option() func(*node.Config, *ethconfig.Config) {
	return func(_ *node.Config, ec *ethconfig.Config) {
		activeMu.Lock()
		active = p
		activeMu.Unlock()
		ec.VMTrace = tracerName
	}
}

func (p *profiler) hooks() *tracing.Hooks {
	var hash common.Hash
	return &tracing.Hooks{
		OnTxStart: func(_ *tracing.VMContext, tx *types.Transaction, _ common.Address) {
			p.mu.Lock()
			defer p.mu.Unlock()
			hash = tx.Hash()
			p.cur = &txTrace{}
		},
		OnOpcode: func(pc uint64, op byte, gas, cost uint64, _ tracing.OpContext, _ []byte, depth int, _ error) {
			if depth != 1 {
				return
			}
			p.mu.Lock()
			defer p.mu.Unlock()
			t := p.cur
			if t == nil {
				return
			}
			if n := len(t.steps); n > 0 {
				t.steps[n-1].Gas = t.last - gas
			}
			t.steps = append(t.steps, Step{PC: pc, Op: vm.OpCode(op), Gas: cost})
			t.last = gas
		},
		OnTxEnd: func(*types.Receipt, error) {
			p.mu.Lock()
			defer p.mu.Unlock()
			if p.cur != nil {
				p.traces[hash] = p.cur.steps
			}
			p.cur = nil
		},
	}
}

func (p *profiler) steps(h common.Hash) []Step {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.traces[h]
}

// SourceMap maps runtime program counters to source lines; it reads the file
// `BMAIL_SRCMAP=file contracts/build.sh` (or node contracts/build.js) writes.
type SourceMap struct {
	lines map[uint64]string // pc → "file:line"
	text  map[string]string // "file:line" → the line's text
}

// LoadSourceMap reads a source-map file written by contracts/build.js.
func LoadSourceMap(path string) (*SourceMap, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f struct {
		Runtime   string `json:"runtime"`
		SourceMap string `json:"sourceMap"`
		Sources   []struct {
			ID      int    `json:"id"`
			Name    string `json:"name"`
			Content string `json:"content"`
		} `json:"sources"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("source map %s: %w", path, err)
	}
	code, err := hex.DecodeString(strings.TrimSpace(f.Runtime))
	if err != nil {
		return nil, fmt.Errorf("source map %s: runtime: %w", path, err)
	}
	type src struct {
		name  string
		lines []string
		start []int // byte offset of each line
	}
	srcs := map[int]*src{}
	for _, s := range f.Sources {
		x := &src{name: s.Name, lines: strings.Split(s.Content, "\n")}
		off := 0
		for _, l := range x.lines {
			x.start = append(x.start, off)
			off += len(l) + 1
		}
		srcs[s.ID] = x
	}
	sm := &SourceMap{lines: map[uint64]string{}, text: map[string]string{}}
	// Instruction i starts at pc; the source map has one entry per instruction.
	var pcs []uint64
	for pc := 0; pc < len(code); {
		pcs = append(pcs, uint64(pc))
		op := vm.OpCode(code[pc])
		pc++
		if op >= vm.PUSH1 && op <= vm.PUSH32 {
			pc += int(op-vm.PUSH1) + 1
		}
	}
	s, l, fi := -1, -1, -1
	for i, e := range strings.Split(f.SourceMap, ";") {
		if i >= len(pcs) {
			break
		}
		parts := strings.Split(e, ":")
		get := func(k int, cur int) int {
			if k < len(parts) && parts[k] != "" {
				v, err := strconv.Atoi(parts[k])
				if err == nil {
					return v
				}
			}
			return cur
		}
		s, l, fi = get(0, s), get(1, l), get(2, fi)
		x, ok := srcs[fi]
		if !ok || s < 0 {
			sm.lines[pcs[i]] = "generated"
			continue
		}
		ln := sort.Search(len(x.start), func(k int) bool { return x.start[k] > s }) - 1
		key := fmt.Sprintf("%s:%d", strings.TrimPrefix(x.name, "src/"), ln+1)
		sm.lines[pcs[i]] = key
		if ln >= 0 && ln < len(x.lines) {
			sm.text[key] = strings.TrimSpace(x.lines[ln])
		}
	}
	return sm, nil
}

// Write prints the profile: gas by opcode and, with a source map, by source
// line; per-message figures divide by p.Div.
func (p *Profile) Write(w io.Writer, sm *SourceMap, top int) {
	div := p.Div
	if div == 0 {
		div = 1
	}
	exec := p.Execution()
	fmt.Fprintf(w, "profile %s: gas used %d (%d per message); opcodes %d (%d per message); intrinsic, calldata and refunds %d (%d per message)\n",
		p.Op, p.GasUsed, p.GasUsed/div, exec, exec/div, int64(p.GasUsed)-int64(exec), (int64(p.GasUsed)-int64(exec))/int64(div))
	type agg struct {
		key        string
		count, gas uint64
	}
	byOp := map[string]*agg{}
	byLine := map[string]*agg{}
	for _, st := range p.Steps {
		k := st.Op.String()
		if byOp[k] == nil {
			byOp[k] = &agg{key: k}
		}
		byOp[k].count++
		byOp[k].gas += st.Gas
		if sm != nil {
			l := sm.lines[st.PC]
			if l == "" {
				l = "?"
			}
			if byLine[l] == nil {
				byLine[l] = &agg{key: l}
			}
			byLine[l].count++
			byLine[l].gas += st.Gas
		}
	}
	sorted := func(m map[string]*agg) []*agg {
		var out []*agg
		for _, a := range m {
			out = append(out, a)
		}
		sort.Slice(out, func(i, j int) bool {
			if out[i].gas != out[j].gas {
				return out[i].gas > out[j].gas
			}
			return out[i].key < out[j].key
		})
		return out
	}
	fmt.Fprintf(w, "%-16s %10s %12s %14s\n", "opcode", "count/msg", "gas/msg", "share of ops")
	for _, a := range sorted(byOp) {
		fmt.Fprintf(w, "%-16s %10.1f %12.1f %13.1f%%\n", a.key, float64(a.count)/float64(div), float64(a.gas)/float64(div), 100*float64(a.gas)/float64(max(exec, 1)))
	}
	if sm == nil {
		return
	}
	fmt.Fprintf(w, "\n%-18s %10s %10s  %s\n", "source line", "ops/msg", "gas/msg", "text")
	for i, a := range sorted(byLine) {
		if i == top {
			break
		}
		t := sm.text[a.key]
		if len(t) > 90 {
			t = t[:90] + "…"
		}
		fmt.Fprintf(w, "%-18s %10.1f %10.1f  %s\n", a.key, float64(a.count)/float64(div), float64(a.gas)/float64(div), t)
	}
}

// WriteWindow prints, step by step, the opcodes between the n-th and the
// (n+1)-th LOG1 of the profile (one message's work in a batch, from after one
// Delivered log to the next), with source lines when sm is set.
func (p *Profile) WriteWindow(w io.Writer, sm *SourceMap, n int) {
	seen, start, end := 0, -1, -1
	for i, st := range p.Steps {
		if st.Op != vm.LOG1 {
			continue
		}
		seen++
		if seen == n {
			start = i + 1
		}
		if seen == n+1 {
			end = i + 1
			break
		}
	}
	if start < 0 || end < 0 {
		fmt.Fprintf(w, "no window %d\n", n)
		return
	}
	var total uint64
	for _, st := range p.Steps[start:end] {
		total += st.Gas
		line := ""
		if sm != nil {
			line = sm.lines[st.PC]
		}
		fmt.Fprintf(w, "%6d %-14s %6d %7d  %s\n", st.PC, st.Op, st.Gas, total, line)
	}
}
