package devchain

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
)

// APINamespace is the JSON-RPC namespace of the dev chain's own methods,
// served next to eth_* so that other processes (a CLI talking to
// `bmail devnet`) can drive the chain:
//
//	devchain_commit()               → header of a newly sealed block
//	devchain_adjustTime(seconds)    → header of an empty block that many
//	                                  seconds after its parent
//
// seconds is a JSON number.
const APINamespace = "devchain"

// api is the Service registered under APINamespace.
type api struct {
	sealer *sealer
}

// Commit seals a block now; see Chain.Commit.
func (a *api) Commit(ctx context.Context) (*types.Header, error) {
	return a.sealer.commit()
}

// AdjustTime seals an empty block seconds after its parent; see
// Chain.AdjustTime.
func (a *api) AdjustTime(ctx context.Context, seconds uint64) (*types.Header, error) {
	if seconds > uint64(maxTimeAdjustment/time.Second) {
		return nil, fmt.Errorf("%w: time adjustment of %d s exceeds %v", ErrInvalidConfig, seconds, maxTimeAdjustment)
	}
	return a.sealer.adjustTime(time.Duration(seconds) * time.Second)
}
