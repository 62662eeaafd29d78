package envelope

import (
	"syscall"
	"time"
)

// threadCPU is the CPU time of the calling OS thread. Benchmarks report it
// beside wall time because the machine they run on is shared: CPU time
// does not count the time the thread waited for a core.
func threadCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_THREAD, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
