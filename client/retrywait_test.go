package client

import (
	"testing"
	"time"
)

// The wait before subscribing again doubles while attempts fail fast, stays
// at its cap, and starts over after a subscription that lasted.
func TestRetryWait(t *testing.T) {
	w := retryWait{min: 250 * time.Millisecond, max: 2 * time.Second}
	var got []time.Duration
	for range 6 {
		got = append(got, w.next(10*time.Millisecond))
	}
	want := []time.Duration{250 * time.Millisecond, 500 * time.Millisecond, time.Second, 2 * time.Second, 2 * time.Second, 2 * time.Second}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("waits after quick failures %v, want %v", got, want)
		}
	}
	if d := w.next(time.Minute); d != 250*time.Millisecond {
		t.Fatalf("after a subscription of a minute the wait is %v, want 250ms", d)
	}
	if d := w.next(time.Millisecond); d != 500*time.Millisecond {
		t.Fatalf("then %v, want 500ms", d)
	}
}
