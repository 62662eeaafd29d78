package vectorfile

import (
	"encoding/hex"
	"encoding/json"
)

// Hex is bytes written in a vector file as a lowercase hex string.
type Hex []byte

// MarshalJSON writes h as a lowercase hex string.
func (h Hex) MarshalJSON() ([]byte, error) { return json.Marshal(hex.EncodeToString(h)) }

// UnmarshalJSON reads a hex string.
func (h *Hex) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	d, err := hex.DecodeString(s)
	*h = d
	return err
}
