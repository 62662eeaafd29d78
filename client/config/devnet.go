package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/bmail-network/bmail/client/internal/atomicfile"
)

// Devnet is what `bmail devnet` writes into a dev profile's home so that
// the profile's other commands find the running dev chain and relays.
type Devnet struct {
	RPCURL   string   `json:"rpc_url"`
	ChainID  uint64   `json:"chain_id"`
	Contract string   `json:"contract"`
	Relays   []string `json:"relays,omitempty"`
}

// WriteDevnet records a running dev chain in home (atomically, mode 0600).
func WriteDevnet(home string, d Devnet) error {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(home, 0o700); err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(home, DevnetFile), append(b, '\n'), 0o600)
}

// RemoveDevnet forgets the dev chain recorded in home (when it stops).
func RemoveDevnet(home string) error {
	err := os.Remove(filepath.Join(home, DevnetFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return err
}

// applyDevnet fills the chain (and relays, if none are set) from the
// devnet file; ErrNoDevnet when there is none.
func (c *Config) applyDevnet() error {
	data, err := readLimited(filepath.Join(c.Home, DevnetFile))
	if errors.Is(err, os.ErrNotExist) {
		return ErrNoDevnet
	}
	if err != nil {
		return err
	}
	var d Devnet
	if err := json.Unmarshal(data, &d); err != nil {
		return fmt.Errorf("%w: %s: %w", ErrInvalid, DevnetFile, err)
	}
	c.Chain.RPCURL, c.Chain.ChainID, c.Chain.Contract = d.RPCURL, d.ChainID, d.Contract
	if len(c.Relays) == 0 {
		c.Relays = append([]string(nil), d.Relays...)
	}
	return nil
}
