package envelope

import (
	"syscall"
	"time"
)

// processCPU is the CPU time of the process, all its threads together.
// Benchmarks report it beside wall time because the machine they run on
// is shared: CPU time does not count the time spent waiting for a core,
// and it counts the work Seal and Open hand to another core.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
