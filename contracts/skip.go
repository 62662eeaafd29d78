package contracts

import "fmt"

// SkipReason is why settle skipped an order (OrderSkipped.reason) or why
// broadcast skipped a recipient (RecipientSkipped.reason).
type SkipReason uint8

// Skip reasons, as in the contract.
const (
	SkipBadSignature        SkipReason = 1  // ecrecover failed, zero signer, v not 27/28
	SkipHighS               SkipReason = 2  // s above n/2 (malleable signature)
	SkipUnknownSigner       SkipReason = 3  // signer has no account: the order was signed for other data (another relay, altered fields)
	SkipExpired             SkipReason = 4  // deadline before the block time
	SkipDeadlineTooFar      SkipReason = 5  // deadline more than an hour after the block time
	SkipNonceTooLow         SkipReason = 6  // below the sender's nonce window, or cancelled with cancelBelow
	SkipNonceUsed           SkipReason = 7  // replayed
	SkipUnknownNetwork      SkipReason = 8  // network not created, or network index outside the table
	SkipBadRecipient        SkipReason = 9  // zero address or the sender itself
	SkipBadSize             SkipReason = 10 // size 0 or above MaxSize
	SkipBlocked             SkipReason = 11 // the recipient blocks the sender
	SkipBelowMinReputation  SkipReason = 12 // cold mail from a sender below the recipient's minimum
	SkipFeeAboveMax         SkipReason = 13 // fee + burn above the signed maxFee
	SkipRelayFeeAboveCap    SkipReason = 14 // relay fee above the network's cap for this fee
	SkipInsufficientBalance SkipReason = 15 // balance below fee + burn + relay fee
	SkipOwedOverflow        SkipReason = 16 // the pair's owed amount would exceed 2^48-1 gwei
	SkipBadRelay            SkipReason = 17 // relay fee with no relay
)

var skipNames = map[SkipReason]string{
	SkipBadSignature:        "bad-signature",
	SkipHighS:               "high-s",
	SkipUnknownSigner:       "unknown-signer",
	SkipExpired:             "expired",
	SkipDeadlineTooFar:      "deadline-too-far",
	SkipNonceTooLow:         "nonce-too-low",
	SkipNonceUsed:           "nonce-used",
	SkipUnknownNetwork:      "unknown-network",
	SkipBadRecipient:        "bad-recipient",
	SkipBadSize:             "bad-size",
	SkipBlocked:             "blocked",
	SkipBelowMinReputation:  "below-min-reputation",
	SkipFeeAboveMax:         "fee-above-max",
	SkipRelayFeeAboveCap:    "relay-fee-above-cap",
	SkipInsufficientBalance: "insufficient-balance",
	SkipOwedOverflow:        "owed-overflow",
	SkipBadRelay:            "bad-relay",
}

// String is the reason's stable machine-readable name.
func (r SkipReason) String() string {
	if s, ok := skipNames[r]; ok {
		return s
	}
	return fmt.Sprintf("skip-%d", uint8(r))
}
