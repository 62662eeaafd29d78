package contracts

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/bmail-network/bmail/contracts/bindings"
)

// RevertError is a named custom error the contract reverted with.
type RevertError struct {
	Name string // the Solidity error name, e.g. "FeeAboveMax"
	Args []any  // its decoded arguments, in order
}

func (e *RevertError) Error() string {
	if len(e.Args) == 0 {
		return "bmail contract: " + e.Name
	}
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		parts[i] = fmt.Sprint(a)
	}
	return "bmail contract: " + e.Name + "(" + strings.Join(parts, ", ") + ")"
}

// Is makes errors.Is(err, ErrX) match by error name, whatever the arguments.
func (e *RevertError) Is(target error) bool {
	t, ok := target.(*RevertError)
	return ok && t.Name == e.Name
}

// The contract's named errors, for errors.Is.
var (
	ErrUnknownNetwork        = &RevertError{Name: "UnknownNetwork"}
	ErrNetworkExists         = &RevertError{Name: "NetworkExists"}
	ErrBadNetworkParams      = &RevertError{Name: "BadNetworkParams"}
	ErrBadRecipient          = &RevertError{Name: "BadRecipient"}
	ErrBadSize               = &RevertError{Name: "BadSize"}
	ErrBadRelay              = &RevertError{Name: "BadRelay"}
	ErrBlocked               = &RevertError{Name: "Blocked"}
	ErrBelowMinReputation    = &RevertError{Name: "BelowMinReputation"}
	ErrFeeAboveMax           = &RevertError{Name: "FeeAboveMax"}
	ErrRelayFeeAboveCap      = &RevertError{Name: "RelayFeeAboveCap"}
	ErrInsufficientBalance   = &RevertError{Name: "InsufficientBalance"}
	ErrOwedOverflow          = &RevertError{Name: "OwedOverflow"}
	ErrBalanceOverflow       = &RevertError{Name: "BalanceOverflow"}
	ErrNotWholeGwei          = &RevertError{Name: "NotWholeGwei"}
	ErrNoPendingMail         = &RevertError{Name: "NoPendingMail"}
	ErrAlreadyAcked          = &RevertError{Name: "AlreadyAcked"}
	ErrAckWindowClosed       = &RevertError{Name: "AckWindowClosed"}
	ErrNotColdMail           = &RevertError{Name: "NotColdMail"}
	ErrSpamAlreadyMarked     = &RevertError{Name: "SpamAlreadyMarked"}
	ErrBadVerdict            = &RevertError{Name: "BadVerdict"}
	ErrNoWithdrawalRequested = &RevertError{Name: "NoWithdrawalRequested"}
	ErrWithdrawalNotReady    = &RevertError{Name: "WithdrawalNotReady"}
	ErrEndorseBeyondFloor    = &RevertError{Name: "EndorseBeyondFloor"}
	ErrEndorseCapExceeded    = &RevertError{Name: "EndorseCapExceeded"}
	ErrNotTransferable       = &RevertError{Name: "NotTransferable"}
	ErrReentrancy            = &RevertError{Name: "Reentrancy"}
	ErrTransferFailed        = &RevertError{Name: "TransferFailed"}
	ErrBadOrders             = &RevertError{Name: "BadOrders"}
	ErrTooManyRecipients     = &RevertError{Name: "TooManyRecipients"}
	ErrLengthMismatch        = &RevertError{Name: "LengthMismatch"}
)

// AllErrors lists every named error of the contract (the tests check it
// against the ABI).
var AllErrors = []*RevertError{
	ErrUnknownNetwork, ErrNetworkExists, ErrBadNetworkParams, ErrBadRecipient, ErrBadSize,
	ErrBadRelay, ErrBlocked, ErrBelowMinReputation, ErrFeeAboveMax, ErrRelayFeeAboveCap,
	ErrInsufficientBalance, ErrOwedOverflow, ErrBalanceOverflow, ErrNotWholeGwei,
	ErrNoPendingMail, ErrAlreadyAcked, ErrAckWindowClosed, ErrNotColdMail,
	ErrSpamAlreadyMarked, ErrBadVerdict, ErrNoWithdrawalRequested, ErrWithdrawalNotReady,
	ErrEndorseBeyondFloor, ErrEndorseCapExceeded, ErrNotTransferable, ErrReentrancy,
	ErrTransferFailed, ErrBadOrders, ErrTooManyRecipients, ErrLengthMismatch,
}

var contractABI = bindings.NewBMail().GetABI()

// DecodeRevert decodes revert data (selector and ABI-encoded arguments) into a
// *RevertError; ok is false when the data is not one of the contract's errors.
func DecodeRevert(data []byte) (*RevertError, bool) {
	if len(data) < 4 {
		return nil, false
	}
	for name, e := range contractABI.Errors {
		if !bytes.Equal(e.ID[:4], data[:4]) {
			continue
		}
		args, err := unpackErrorArgs(e, data[4:])
		if err != nil {
			return nil, false
		}
		return &RevertError{Name: name, Args: args}, true
	}
	return nil, false
}

func unpackErrorArgs(e abi.Error, data []byte) ([]any, error) {
	if len(e.Inputs) == 0 {
		return nil, nil
	}
	return e.Inputs.Unpack(data)
}

// DecodeError turns an RPC error that carries revert data (eth_call,
// eth_estimateGas) into a *RevertError; any other error comes back unchanged.
func DecodeError(err error) error {
	if err == nil {
		return nil
	}
	var de interface{ ErrorData() any }
	if !errors.As(err, &de) {
		return err
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return err
	}
	data, derr := hexutil.Decode(s)
	if derr != nil {
		return err
	}
	if re, ok := DecodeRevert(data); ok {
		return re
	}
	return err
}
