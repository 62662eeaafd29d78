package contracts

import (
	"context"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// LogFilterer is the part of a node a log query needs (ethclient.Client and
// the simulated backend's client both satisfy it).
type LogFilterer interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Asking again for logs the node's log index was writing under the query.
const (
	// LogIndexAttempts bounds the FilterLogs calls of one query.
	LogIndexAttempts = 8
	// logIndexFirstWait is the wait before the second call; it doubles
	// after each call up to logIndexMaxWait (about half a second in all).
	logIndexFirstWait = 5 * time.Millisecond
	logIndexMaxWait   = 200 * time.Millisecond
	// LogIndexBusy is in the error go-ethereum's log search returns when it
	// meets the log index in the middle of a write.
	LogIndexBusy = "failed to retrieve log value pointer"
)

// FilterLogs is src.FilterLogs, asked again (at most LogIndexAttempts calls
// in all, about half a second of waiting) while the node answers that its
// log index is being written; then the node's last error is returned. Any
// other error is returned at once, and ctx's error if it ends while waiting.
// Every log read of the project goes through it: the client's (sync,
// payment search, relay earnings) and the relay's chain follower.
//
// go-ethereum (v1.17) indexes a new head's logs after importing the block,
// rewriting the head's filter map in batches of 1,024 rows; between batches
// it releases its lock with a temporary indexed range in force. While the
// head's map is the chain's first (its first 65,536 log values: any young
// chain, such as the dev chain or geth --dev), that range holds no block at
// all. A search whose range was fixed just before, ending at the indexed
// head N, then reads block N+1's log value pointer from the database, where
// it is only written at the end of the rewrite: "failed to retrieve log value
// pointer after last block N: failed to retrieve log value pointer of block
// N+1: not found". Reading right at the head while blocks arrive (a sync
// while others send) meets that window now and then; it closes once the
// rewrite is done, within milliseconds, so the same query asked again
// succeeds.
func FilterLogs(ctx context.Context, src LogFilterer, q ethereum.FilterQuery) ([]types.Log, error) {
	wait := logIndexFirstWait
	for attempt := 1; ; attempt++ {
		logs, err := src.FilterLogs(ctx, q)
		if err == nil || attempt == LogIndexAttempts || !strings.Contains(err.Error(), LogIndexBusy) {
			return logs, err
		}
		if err := sleep(ctx, wait); err != nil {
			return nil, err
		}
		wait = min(2*wait, logIndexMaxWait)
	}
}
