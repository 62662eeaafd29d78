package client

import (
	"context"
	"encoding/json"
	"errors"
	"time"
)

// Reputation over time, for UIs that draw it (the terminal UI's account
// screen). The chain keeps only the current, decayed standing, so the client
// records a sample each time a UI asks and the chain answers; the samples
// live in the store's meta table, bounded.

const (
	// reputationHistoryKey is the store meta key of the samples.
	reputationHistoryKey = "reputation-history"
	// MaxReputationSamples bounds the recorded samples (oldest dropped).
	MaxReputationSamples = 366
	// ReputationSampleEvery is the least time between two recorded samples
	// with the same value; a changed value is always recorded.
	ReputationSampleEvery = time.Hour
)

// ReputationSample is the user's reputation at one time.
type ReputationSample struct {
	Time  time.Time `json:"time"`
	Total uint64    `json:"total"`
	Spam  float64   `json:"spam"`
}

// ReputationHistory reads the user's reputation from the chain, records it
// (when it changed, or an hour passed since the last sample) and returns
// every recorded sample, oldest first. With the chain unreachable it returns
// the samples recorded so far, and the chain's error.
func (c *Client) ReputationHistory(ctx context.Context) ([]ReputationSample, error) {
	var samples []ReputationSample
	if b, err := c.store.Meta(ctx, reputationHistoryKey); err == nil {
		if err := json.Unmarshal(b, &samples); err != nil {
			samples = nil // a damaged record starts over
		}
	} else if !IsNotFound(err) {
		return nil, err
	}
	r, err := c.Reputation(ctx, c.me)
	if err != nil {
		return samples, err
	}
	s := ReputationSample{Time: c.now().UTC().Truncate(time.Second), Total: r.Total(), Spam: r.SpamMarks}
	if n := len(samples); n > 0 {
		last := samples[n-1]
		if last.Total == s.Total && last.Spam == s.Spam && s.Time.Sub(last.Time) < ReputationSampleEvery {
			return samples, nil
		}
		if s.Time.Before(last.Time) {
			return samples, errors.New("reputation history: the clock went back")
		}
	}
	samples = append(samples, s)
	if len(samples) > MaxReputationSamples {
		samples = samples[len(samples)-MaxReputationSamples:]
	}
	b, err := json.Marshal(samples)
	if err != nil {
		return samples, err
	}
	return samples, c.store.SetMeta(ctx, reputationHistoryKey, b)
}
