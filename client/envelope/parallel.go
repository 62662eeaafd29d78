package envelope

import (
	"runtime"
	"sync/atomic"
)

// A sideTask is work the caller needs later that may run on another core
// meanwhile. Whoever claims it first runs it: the goroutine started for it
// or, in wait, the caller itself. So a caller never waits for a goroutine
// that has not started (on a busy machine the other core may not be free),
// only for one that is already running the task.
//
// Handing work to another core pays only when a core is idle: otherwise
// the goroutine starts after the caller has done the work itself, and
// waking it cost CPU time for nothing. So side goroutines are started
// while they are useful: after sideMissLimit tasks in a row that the
// caller ran itself, only one task in sideProbeEvery gets a goroutine,
// until one is claimed by its goroutine again.
type sideTask struct {
	f       func()
	claimed atomic.Bool
	started bool // a goroutine was started for f
	done    chan struct{}
}

const (
	sideMissLimit  = 8
	sideProbeEvery = 16
)

var (
	sideMisses atomic.Int32  // side tasks in a row the caller ran itself
	sideProbes atomic.Uint32 // tasks seen while side goroutines are off
)

// startSide returns a task running f. It starts a goroutine for it when
// parallel is set, more than one core may run Go code and recent side
// goroutines were useful; otherwise wait runs f.
func startSide(parallel bool, f func()) *sideTask {
	t := &sideTask{f: f, done: make(chan struct{})}
	if parallel && runtime.GOMAXPROCS(0) > 1 &&
		(sideMisses.Load() < sideMissLimit || sideProbes.Add(1)%sideProbeEvery == 0) {
		t.started = true
		go t.run()
		// A new goroutine waits in its P's "run next" slot, which another
		// core may take only after sleeping a few microseconds (about
		// 100 µs on this project's machine, timer slack included). A
		// second goroutine takes that slot and moves the task to the run
		// queue, where an idle core takes it at once.
		go func() {}()
	}
	return t
}

// run runs f unless it was claimed already.
func (t *sideTask) run() bool {
	if !t.claimed.CompareAndSwap(false, true) {
		return false
	}
	t.f()
	close(t.done)
	return true
}

// wait returns once f has run, running it in the caller if nobody claimed
// it yet.
func (t *sideTask) wait() {
	if t.run() {
		if t.started && sideMisses.Load() < sideMissLimit {
			sideMisses.Add(1)
		}
		return
	}
	<-t.done
	if t.started {
		sideMisses.Store(0)
	}
}

// cancel makes sure f does not run after it returns: it claims f if
// nobody did, or waits for the run in progress.
func (t *sideTask) cancel() {
	if t.claimed.CompareAndSwap(false, true) {
		close(t.done)
		return
	}
	<-t.done
}
