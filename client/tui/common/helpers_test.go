package common

import "time"

func timeParse(s string) (time.Duration, error) { return time.ParseDuration(s) }
