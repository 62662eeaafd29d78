//go:build !linux

package envelope

import "time"

func threadCPU() (time.Duration, bool) { return 0, false }
