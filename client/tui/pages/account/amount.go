package account

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// ParseGwei reads an amount typed by the user: gwei ("250000",
// "250000gwei") or ether with up to nine decimals ("0.01eth").
func ParseGwei(s string) (uint64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if v, ok := strings.CutSuffix(t, "eth"); ok {
		r, ok := new(big.Rat).SetString(strings.TrimSpace(v))
		if !ok || r.Sign() < 0 {
			return 0, fmt.Errorf("amount %q: want gwei (250000) or ether (0.01eth)", s)
		}
		r.Mul(r, new(big.Rat).SetInt64(1_000_000_000))
		if !r.IsInt() || !r.Num().IsUint64() {
			return 0, fmt.Errorf("amount %q: not a whole number of gwei", s)
		}
		return r.Num().Uint64(), nil
	}
	n, err := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(t, "gwei")), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("amount %q: want gwei (250000) or ether (0.01eth)", s)
	}
	return n, nil
}
