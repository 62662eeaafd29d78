//go:build !linux

package envelope

import "time"

func processCPU() (time.Duration, bool) { return 0, false }
