package envelope

import (
	"bytes"
	"fmt"
	"runtime"
	"testing"
)

// TestOneCore seals and opens with GOMAXPROCS 1, where side tasks run in
// the caller, and compares with the parallel result.
func TestOneCore(t *testing.T) {
	m := testMessage(alice, bob)
	parallel := mustSeal(t, detRand([]byte("one core")), m, alice, bob.recipient(true))
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	one := mustSeal(t, detRand([]byte("one core")), m, alice, bob.recipient(true))
	if !bytes.Equal(one.Bytes, parallel.Bytes) {
		t.Fatal("GOMAXPROCS 1 seals other bytes")
	}
	u, err := Unwrap(one.Bytes, bob.xwPriv)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open(one.Bytes, u, [SecretSize]byte{}, bob.addr); err != nil {
		t.Fatal(err)
	}
}

// TestSideTask checks that a side task runs exactly once whoever claims
// it, and that cancel keeps an unclaimed one from running.
func TestSideTask(t *testing.T) {
	for _, parallel := range []bool{false, true} {
		t.Run(fmt.Sprint("parallel=", parallel), func(t *testing.T) {
			for range 200 {
				n := 0
				task := startSide(parallel, func() { n++ })
				task.wait()
				task.wait()
				if n != 1 {
					t.Fatalf("ran %d times", n)
				}
			}
			ran := false
			task := startSide(false, func() { ran = true })
			task.cancel()
			task.wait()
			if ran {
				t.Fatal("ran after cancel")
			}
		})
	}
}

// TestSideTaskBackOff checks that side goroutines stop after tasks their
// goroutine never claimed, but for one probe in sideProbeEvery, and come
// back once a goroutine claims its task.
func TestSideTaskBackOff(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		t.Skip("needs GOMAXPROCS > 1")
	}
	defer sideMisses.Store(0)
	sideMisses.Store(sideMissLimit)
	started := 0
	for range 4 * sideProbeEvery {
		task := startSide(true, func() {})
		if task.started {
			started++
		}
		task.cancel()
	}
	if started != 4 {
		t.Fatalf("%d goroutines started while backing off, want 4", started)
	}
	// A goroutine that claims its task turns side goroutines back on.
	for sideMisses.Load() != 0 {
		task := startSide(true, func() {})
		if task.started {
			for !task.claimed.Load() {
				runtime.Gosched()
			}
		}
		task.wait()
	}
	if !startSide(true, func() {}).started {
		t.Fatal("side goroutines still off after one was useful")
	}
}
