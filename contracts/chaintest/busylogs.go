package chaintest

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/bmail-network/bmail/contracts"
)

// BusyLogs answers FilterLogs with Err for its next Fail calls and then asks
// Next. A real node gives that answer while its log index is between two
// write batches (see contracts.FilterLogs), a window nobody outside
// go-ethereum can open on demand, so tests replay it. Calls counts every
// call. Tests wrap it with the rest of the client they need, forwarding
// FilterLogs to it.
type BusyLogs struct {
	Next  contracts.LogFilterer
	Err   error
	Fail  int
	Calls int
}

// ErrLogIndexBusy is the node's answer: the error `bmail demo` got from the
// dev chain under load.
var ErrLogIndexBusy = errors.New("failed to retrieve log value pointer after last block 10: failed to retrieve log value pointer of block 11: not found")

// FilterLogs fails while Fail is above zero, then asks Next.
func (b *BusyLogs) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	b.Calls++
	if b.Fail > 0 {
		b.Fail--
		return nil, b.Err
	}
	return b.Next.FilterLogs(ctx, q)
}
