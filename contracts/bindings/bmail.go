// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// BMailParams is an auto generated low-level Go binding around an user-defined struct.
type BMailParams struct {
	Base                 uint32
	PerBucket            uint32
	RateFree             uint16
	RateStep             uint16
	ReplyWeight          uint8
	RepThreshold         uint32
	RepDiscountBps       uint16
	NewcomerSurchargeBps uint16
	SpamSurchargeBps     uint16
	RecipientBps         uint16
	RelayCapBps          uint16
	RelayFlat            uint32
	BurnBps              uint16
}

// BMailMetaData contains all meta data concerning the BMail contract.
var BMailMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AckWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyAcked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"field\",\"type\":\"uint8\"}],\"name\":\"BadNetworkParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOrders\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRelay\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"}],\"name\":\"BadSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadVerdict\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BalanceOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"reputation\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"BelowMinReputation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Blocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"available\",\"type\":\"uint64\"}],\"name\":\"EndorseBeyondFloor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"room\",\"type\":\"uint64\"}],\"name\":\"EndorseCapExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxFee\",\"type\":\"uint64\"}],\"name\":\"FeeAboveMax\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"balance\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"needed\",\"type\":\"uint64\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"network\",\"type\":\"bytes32\"}],\"name\":\"NetworkExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoPendingMail\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoWithdrawalRequested\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotColdMail\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotTransferable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotWholeGwei\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OwedOverflow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrancy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"relayFee\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cap\",\"type\":\"uint64\"}],\"name\":\"RelayFeeAboveCap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SpamAlreadyMarked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyRecipients\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"network\",\"type\":\"bytes32\"}],\"name\":\"UnknownNetwork\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalNotReady\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"acker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"minted\",\"type\":\"uint64\"}],\"name\":\"Acked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"blocked\",\"type\":\"bool\"}],\"name\":\"BlockSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"fee\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"network\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"relayFee\",\"type\":\"uint64\"}],\"name\":\"Delivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"received\",\"type\":\"uint64\"}],\"name\":\"Endorsed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"MinReputationSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"base\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"perBucket\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"rateFree\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"rateStep\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"replyWeight\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"repThreshold\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"repDiscountBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"newcomerSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"spamSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recipientBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"relayCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"relayFlat\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"burnBps\",\"type\":\"uint16\"}],\"indexed\":false,\"internalType\":\"structBMail.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"NetworkCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"below\",\"type\":\"uint32\"}],\"name\":\"NoncesCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"index\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"OrderSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"RecipientSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"bundleHash\",\"type\":\"bytes32\"}],\"name\":\"Registered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"delivered\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"skipped\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"relayFees\",\"type\":\"uint64\"}],\"name\":\"Settled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"NEWSLETTER\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PERSONAL\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"}],\"name\":\"ack\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceGwei\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"blocked\",\"type\":\"bool\"}],\"name\":\"blockSender\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"network\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"secrets\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxFee\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"relayFee\",\"type\":\"uint64\"}],\"name\":\"broadcast\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"bundleOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"below\",\"type\":\"uint32\"}],\"name\":\"cancelBelow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"counterparties\",\"type\":\"address[]\"}],\"name\":\"claimFrom\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"total\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"completeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"base\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"perBucket\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"rateFree\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"rateStep\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"replyWeight\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"repThreshold\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"repDiscountBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"newcomerSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"spamSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recipientBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"relayCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"relayFlat\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"burnBps\",\"type\":\"uint16\"}],\"internalType\":\"structBMail.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"createNetwork\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"depositTo\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"endorse\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"base\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"perBucket\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"rateFree\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"rateStep\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"replyWeight\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"repThreshold\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"repDiscountBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"newcomerSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"spamSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recipientBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"relayCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"relayFlat\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"burnBps\",\"type\":\"uint16\"}],\"internalType\":\"structBMail.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"networkId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"networkWord\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"}],\"name\":\"nonceUsed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"network\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxFee\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"relayFee\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"}],\"name\":\"orderDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"counterparty\",\"type\":\"address\"}],\"name\":\"owedTo\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"network\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recipients\",\"type\":\"uint32\"}],\"name\":\"quote\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"fee\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"burn\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"relayCap\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"quoteState\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"account\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"standing\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pair\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"recipientStanding\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"bundleHash\",\"type\":\"bytes32\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"reputationOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"earned\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"endorsed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"spam\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"network\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxFee\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"relayFee\",\"type\":\"uint64\"}],\"name\":\"send\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"setMinReputation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"networks\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"orders\",\"type\":\"bytes\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"startWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"withdrawalRequestOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "BMail",
	Bin: "0x610140604052346103f257610012610449565b506102fc604051610022816103f6565b61138881526101f4602082015260146040820152600a60608201526032608082015261138860a082015261138860c082015261271060e08201526109c46101008201526103e8610120820152610bb86101408201526107d06101608201526103e8610180820152610091610449565b5061020d604051916100a2836103f6565b6103e88352606460208401526107d060408401526107d06060840152600a6080840152614e2060a084015261138860c084015261271060e08401526109c46101008401526002610120840152610bb86101408401526101f46101608401526107d0610180840152610112816104a8565b60805261011e836104a8565b60a05263ffffffff81511667ffffffff00000000602083015160201b161769ffff0000000000000000604083015160401b16176bffff00000000000000000000606083015160501b16176cff000000000000000000000000608083015160601b161763ffffffff60681b60a083015160681b161761ffff60881b60c083015160881b161761ffff60981b60e083015160981b161761ffff60a81b61010083015160a81b161761ffff60b81b61012083015160b81b161761ffff60c81b61014083015160c81b161763ffffffff60d81b61016083015160d81b16179061018061ffff60f01b91015160f01b161790565b60c05263ffffffff81511667ffffffff00000000602083015160201b161769ffff0000000000000000604083015160401b16176bffff00000000000000000000606083015160501b16176cff000000000000000000000000608083015160601b161763ffffffff60681b60a083015160681b161761ffff60881b60c083015160881b161761ffff60981b60e083015160981b161761ffff60a81b61010083015160a81b161761ffff60b81b61012083015160b81b161761ffff60c81b61014083015160c81b161763ffffffff60d81b61016083015160d81b16179061018061ffff60f01b91015160f01b161790565b60e052466101005260405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f9c1d6efd35ec2225b133d586b4f040615f4cf211d15798262a386b62b3adc19c60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a0815261039660c082610426565b51902061012052604051614cfe90816109808239608051818181610e120152613ad5015260a0518181816112b60152613afc015260c05181613b58015260e05181613b3301526101005181613855015261012051816139140152f35b5f80fd5b6101a081019081106001600160401b0382111761041257604052565b634e487b7160e01b5f52604160045260245ffd5b601f909101601f19168101906001600160401b0382119082101761041257604052565b60405190610456826103f6565b5f610180838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e0820152826101008201528261012082015282610140820152826101608201520152565b9063ffffffff8251168015908115610971575b5061095e57633b9aca0063ffffffff6020840151161161094a5761ffff6060830151161561093657606460ff608084015116116109235763ffffffff60a0830151161561090f5761232861ffff60c084015116116108fb5761271061ffff60e084015116116108e75761271061ffff61010084015116116108d35761271061ffff61012084015116116108bf57610bb861ffff61014084015116116108ab57620f424063ffffffff61016084015116116108975761ffff610180830151166101f4811090811561088b575b5061087757604051602081019061066581610657868591909161018061ffff816101a084019563ffffffff815116855263ffffffff602082015116602086015282604082015116604086015282606082015116606086015260ff608082015116608086015263ffffffff60a08201511660a08601528260c08201511660c08601528260e08201511660e086015282610100820151166101008601528261012082015116610120860152826101408201511661014086015263ffffffff61016082015116610160860152015116910152565b03601f198101835282610426565b5190208092815f52600460205260405f20546108645761085f816107907fd938022c3ea2c098f700d432d963273aabc28a44b11610a3102f7492ccdd2fd09363ffffffff81511667ffffffff00000000602083015160201b161769ffff0000000000000000604083015160401b16176bffff00000000000000000000606083015160501b16176cff000000000000000000000000608083015160601b161763ffffffff60681b60a083015160681b161761ffff60881b60c083015160881b161761ffff60981b60e083015160981b161761ffff60a81b61010083015160a81b161761ffff60b81b61012083015160b81b161761ffff60c81b61014083015160c81b161763ffffffff60d81b61016083015160d81b16179061018061ffff60f01b91015160f01b161790565b845f52600460205260405f20556040519182918291909161018061ffff816101a084019563ffffffff815116855263ffffffff602082015116602086015282604082015116604086015282606082015116606086015260ff608082015116608086015263ffffffff60a08201511660a08601528260c08201511660c08601528260e08201511660e086015282610100820151166101008601528261012082015116610120860152826101408201511661014086015263ffffffff61016082015116610160860152015116910152565b0390a2565b50630ecb231960e21b5f5260045260245ffd5b63fc572b7f60e01b5f52600c60045260245ffd5b6113889150115f610586565b63fc572b7f60e01b5f52600b60045260245ffd5b63fc572b7f60e01b5f52600a60045260245ffd5b63fc572b7f60e01b5f52600960045260245ffd5b63fc572b7f60e01b5f52600860045260245ffd5b63fc572b7f60e01b5f52600760045260245ffd5b63fc572b7f60e01b5f52600660045260245ffd5b63fc572b7f60e01b5f52600560045260245ffd5b63fc572b7f60e01b5f526004805260245ffd5b63fc572b7f60e01b5f52600360045260245ffd5b63fc572b7f60e01b5f52600160045260245ffd5b63fc572b7f60e01b5f525f60045260245ffd5b633b9aca009150115f6104bb56fe6101606040526004361015610041575b3615610019575f80fd5b7f330670ed000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f3560e01c806306fdde03146132af578063095ea7b3146119985780630c31a11e14612e0f57806318160ddd14612dd457806318e3c52a14612d7157806323b872dd14612d08578063313ce56714612cd057806356c8cd9c14612b655780635759f72114612ad357806364f84e2f1461232c5780636dbaf9ee1461205357806370a082311461200d578063731ccaff14611f205780637332d4d014611eb4578063844c633c14611dfb57806395d89b4114611d82578063a2c06cdf14611b31578063a7c133831461199d578063a9059cbb14611998578063ab9fc55a14611896578063b10e284f14611367578063b760faf91461132d578063c0173e18146112d9578063ca682d7514611281578063cd6c3fb614611145578063d0e30db014611113578063d2e91bca146110d4578063db5a0aa114611044578063db89c04414610ff0578063dd62ed3e14610fa5578063e1fa8e8414610f37578063ec634dec14610e35578063f1aa139e14610ddd578063f43f3e8f14610878578063f4b3741914610449578063f698da2514610409578063f85919e8146102335763ff244eae0361000f573461022f5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f576004355f526004602052602060405f2054604051908152f35b5f80fd5b3461022f5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f5760043567ffffffffffffffff811161022f5761028290369060040161350f565b905f915f5b81811061033a5783806102aa575b60209067ffffffffffffffff60405191168152f35b335f525f60205260405f2054906102cb8167ffffffffffffffff8416613567565b67ffffffffffffffff8111610312577fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000602093335f525f8552161760405f20559050610295565b7f89560ca1000000000000000000000000000000000000000000000000000000005f5260045ffd5b61034d61034882848661362b565b613832565b73ffffffffffffffffffffffffffffffffffffffff8116903382146103ff5761037690336143c8565b948554958233105f146103f7575f965b65ffffffffffff81891c169788156103e957926103b592899265ffffffffffff60019897961b19169055613567565b956040519081527f236fa866779288722792180dd38c11b4548ab9e7c663e64673f9698023c9157e60203392a35b01610287565b5050509450506001906103e3565b603096610386565b50506001906103e3565b3461022f575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f576020610441613853565b604051908152f35b3461022f5760e07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f5760043560243567ffffffffffffffff811161022f5761049b90369060040161350f565b919060443567ffffffffffffffff811161022f576104bd90369060040161350f565b90926104c76134af565b936104d061346a565b906104d9613410565b956104e2613481565b958589036108505788158015610845575b61081d5761050085613ad3565b9889156107f15795929190989498335f525f60205261052260405f20546139ea565b965f965f9b61052f613b7a565b916040519161053d83613324565b82525f60208301528c73ffffffffffffffffffffffffffffffffffffffff60408401915f835263ffffffff8916606086015267ffffffffffffffff60808601521660a084015267ffffffffffffffff8d1660c08401528460e08401525f985b858a1061066457508e8e8e8e67ffffffffffffffff8e168f81811161060a575050335f525f60205260405f205567ffffffffffffffff8116151580610601575b6105e257005b6105ff9267ffffffffffffffff6105f99216613600565b90614351565b005b508215156105dc565b67ffffffffffffffff811115610655575067ffffffffffffffff805b7f4fd2273f000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b67ffffffffffffffff90610626565b9091929394959697989e9b9a8f86868e6106ae848f88908f8f6103486106b99a6106a39273ffffffffffffffffffffffffffffffffffffffff9461362b565b16602087015261362b565b3587523390886140f3565b909c60ff821661073e5750906106d29160081c90613567565b9a9b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81146107115760018091019f5b0198979695949392919061059c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b9d9c509b9f909b600b60ff82161480156107e4575b80156107d7575b80156107ca575b156107c3579060019173ffffffffffffffffffffffffffffffffffffffff61078d610348848c8e61362b565b169060ff604051911681527fee0c7e25232fd21cfaeb5a733f455fb12c722c0082e60df78cbb98fa2687956360203392a3610702565b8990614193565b50601060ff821614610761565b50600960ff82161461075a565b50600c60ff821614610753565b857fd1734d44000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f5531b495000000000000000000000000000000000000000000000000000000005f5260045ffd5b5061040089116104f3565b7fff633a38000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461022f5760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f576108af6133ca565b60243560ff811680910361022f5760028111610db55773ffffffffffffffffffffffffffffffffffffffff821691338314610d86576108ef9033906143c8565b8054919033841115610dae576001925b60ff841680600302906003820481141591826107115760f001958660f011968761071157600785821c1694836018026018810485036107115760a001928360a0116107115762ffffff82851c16948715610d5857610962610e1042049687613550565b9a6102d08c1015610d30575f9b8d5f525f60205261098360405f20546139ea565b9960028d03610b675750508160f6018060f61161071157846001911c1615610b3f578160f801978860f811610711576001858a1c16610b1757610711576107115760ff82160361071157610ff09060041b1660d001938460d0116107115762ffffff61ffff6001600793871b981b961b19941b19921b19161616171790610a1362a8c00080420660061b04613936565b8015610aea5769010000000000000000000461ffff8260901c160161ffff8111610ae1575b7fffffffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffff9060901b911617915b55835f525f60205260405f205560405190815267ffffffffffffffff82166020820152827fd7c9d503d81776a55b4bb110f55f8efe0dac8fbb4ec160020305e13633bed9c260403393a380610ab357005b7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60205f92604051908152a3005b5061ffff610a38565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b7fc77f10b9000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f36c53cff000000000000000000000000000000000000000000000000000000005f5260045ffd5b96509650509091929697955060ff7f0fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8316160361071157610ff09060041b1660d001948560d011610711576001610bc7610bd39461ffff858a1c1661355d565b80971b911b1790613550565b9260018614610be4575b5050610a62565b610c04929650335f525f602052610bfe60405f205461481a565b906148d9565b9384610c12575b8680610bdd565b919363ffffffff94610cbb610c306254600080420660061b04613936565b92610c498464ffffffffff8560681c169260401b61355d565b810164ffffffffff8111610d24575b610ca09060681b9480867fffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffffff871617930260401c9064ffffffffff8460681c160260401c613550565b978891610caf83600554613567565b60055560a01c16613567565b63ffffffff8111610d19575b7fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff7fffffffffffffffff00000000ffff0000000000ffffffffffffffffffffffffff9160a01b93169116171791610c0b565b5063ffffffff610cc7565b5064ffffffffff610c58565b7fc699b849000000000000000000000000000000000000000000000000000000005f5260045ffd5b8515610d86577fa75e5433000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f06183f15000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f926108ff565b7f43e43260000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461022f575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461022f5760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f57610e6c6133ca565b6024358015159081810361022f5773ffffffffffffffffffffffffffffffffffffffff8316923384148015610f2f575b610f0757610eab9033906143c8565b9081548433105f14610efe57600160fa5b1b9115610ef55717905b556040519081527fa4244aa552bd5d27047e6ebc3cbdec7adcd607b095345e3c68ef4ba58c93ed4e60203392a3005b90191690610ec6565b600160fb610ebc565b7f67a2cc26000000000000000000000000000000000000000000000000000000005f5260045ffd5b508315610e9c565b3461022f5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f57600435335f5260036020528060405f20556040519081527fb8142d42f05d95abf0a6570799774d59276e49ea32a04d9a4ec316ea4a6886bc60203392a2005b3461022f5760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f57610fdc6133ca565b50610fe56133ed565b5060206040515f8152f35b3461022f5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f57606061103161102c6133ca565b6137d4565b9060405192835260208301526040820152f35b3461022f5760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f57602061107d6133ca565b6110856133ed565b9073ffffffffffffffffffffffffffffffffffffffff806110a684846143c8565b549316911610156110c55765ffffffffffff5f915b604051921c168152f35b65ffffffffffff6030916110bb565b3461022f5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f576105ff61110e613498565b6136f0565b5f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f576105ff3361475a565b3461022f576101a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f5760206040518181019063ffffffff61118b6134c2565b16825263ffffffff61119b6134d5565b16604082015261ffff6111ac613574565b16606082015261ffff6111bd613585565b16608082015260ff6111cd613540565b1660a082015263ffffffff6111e06134e8565b1660c082015261ffff6111f1613596565b1660e082015261ffff6112026135a7565b1661010082015261ffff6112146135b8565b1661012082015261ffff6112266135ca565b1661014082015261ffff6112386135dc565b1661016082015263ffffffff61124c6134fb565b1661018082015261ffff61125e6135ee565b166101a08201526101a081526112766101c082613341565b519020604051908152f35b3461022f575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461022f5760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f5760206113236113156133ca565b61131d6134d5565b9061367c565b6040519015158152f35b60207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f576105ff6113626133ca565b61475a565b3461022f5760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f5760043567ffffffffffffffff811161022f576113b690369060040161350f565b6024359167ffffffffffffffff831161022f573660238401121561022f57826004013560805267ffffffffffffffff6080511161022f573660246080518501011161022f57608051609690819004808202918115918304141715610711576080510361186e5761142582613613565b906114336040519283613341565b8282527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe061146084613613565b013660208401375f5b8381106118465750611479613853565b9160405161148681613324565b5f81525f60208201525f60408201525f60608201525f60808201525f60c0820152600160e08201523360a08201526114bc613b7a565b5f61010081905261014081905260c081905260e081905295869591929190865b6096608051048110611592578867ffffffffffffffff8960e051611564575b80611555575b63ffffffff61151584609660805104613550565b1663ffffffff6040519416845260208401521660408201527ff15aa69d6924369398fcab83064f43f6fe692434b0596cdcf65a3a8bf259ce1460603392a2005b61155f8133614351565b611501565b73ffffffffffffffffffffffffffffffffffffffff61010051165f525f6020526101405160405f20556114fb565b6115a7838389878e6024609688029101614492565b61012091909152919291806117d9575073ffffffffffffffffffffffffffffffffffffffff610100511673ffffffffffffffffffffffffffffffffffffffff831603611759575b5f9060c051155f146116f45750506003915b87875f85156116dd575b8b8615611687575b50506040805163ffffffff94909416845261ffff8716602085015260ff959095169483019490945250600193925073ffffffffffffffffffffffffffffffffffffffff91909116907fd0224d3bd47811b23c92b794a5f11bd730a0b360d87c9feca55a3f5e76eda26690606090a25b016114dc565b60ff96506116a69392916116a087926101205190613668565b516140f3565b939093169283156116ba578789918b611612565b9150506001929a999150610140528160e05260c0850151019760e0510198611681565b5093506116ed8261014051614687565b949061160a565b428110156117075750506004915b611600565b610e10420142116107115742610e100110156117265750600591611600565b9188516101205110801590611744575b156117025760089250611600565b50611752610120518a613668565b5115611736565b60e0516117ab575b5f60e052816101005273ffffffffffffffffffffffffffffffffffffffff82165f525f60205260405f205460a05260a051151560c0526117a260a0516139ea565b610140526115ee565b73ffffffffffffffffffffffffffffffffffffffff61010051165f525f6020526101405160405f2055611761565b6040805163ffffffff95909516855261ffff8616602086015260ff9190911690840152506001929173ffffffffffffffffffffffffffffffffffffffff91909116907fd0224d3bd47811b23c92b794a5f11bd730a0b360d87c9feca55a3f5e76eda26690606090a2611681565b8061185d611857600193878661362b565b35613ad3565b6118678286613668565b5201611469565b7fc0e10d61000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461022f5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f576118cd6134c2565b335f525f60205260405f20549063ffffffff8260c01c169163ffffffff821692808411611924575b836040519081527fa8eaee9781e4194ab82ff0c19a99afa67cb73138a4ac53d26e6fe03923136a0960203392a2005b7bffffffff0000000000000000000000000000000000000000000000007f8000000000000000ffffffffffffffffffffffffffffffffffffffffffffffff91611977637fffffff8560e01c169187613550565b1c335f525f60205260e01b9360c01b169116171760405f20558180806118f5565b613433565b3461022f576101207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f576119d56133ed565b6119dd6134af565b906119e661346a565b9160a43567ffffffffffffffff811680910361022f5760c43563ffffffff811680910361022f5760e4359067ffffffffffffffff821680920361022f57610104359273ffffffffffffffffffffffffffffffffffffffff841680940361022f5767ffffffffffffffff60209763ffffffff6040519773ffffffffffffffffffffffffffffffffffffffff8b8a019a7f71c31425b6a6eca9610bcaf5de32518c1d21b49ed6c73156d416630e598283c18c5260043560408c01521660608a015260443560808a01521660a08801521660c086015260e08501526101008401526101208301526101408201526101408152611ae161016082613341565b519020611aec613853565b9060405190838201927f190100000000000000000000000000000000000000000000000000000000000084526022830152604282015260428152611276606282613341565b3461022f5760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f57600435611b6b6133ed565b9060443573ffffffffffffffffffffffffffffffffffffffff811680820361022f57611b956134af565b906084359163ffffffff83169081840361022f57611bb286613ad3565b958615611d57575063ffffffff169081158015611d4a575b611d1e5773ffffffffffffffffffffffffffffffffffffffff871693845f525f602052611bfa60405f20546139ea565b93611c19611c10611c09613b7a565b988b6143c8565b5488519061442b565b951115611d165760ff60015b1691611d1057506001925b8160140291601483040361071157816078019586607811610711576020810196620fffff878951921c160260401c92608c0398608c8a1161071157606099620fffff611cc49867ffffffffffffffff9a51921c160260401c9463ffffffff80611cb6611caf86604081015162ffffff8a60501c160260401c9689614940565b9587614a23565b9560a01c169716908a614a64565b5090929062ffffff612710611ce160c885901c61ffff1687613600565b049260d81c16808310611d08575b5082908160405195168552166020840152166040820152f35b915082611cef565b92611c30565b60ff5f611c25565b507fb8def7a6000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5063010000008211611bca565b7fd1734d44000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461022f575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f57611df7604051611dc1604082613341565b600481527f4252455000000000000000000000000000000000000000000000000000000000602082015260405191829182613382565b0390f35b3461022f5760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f576080611e346133ca565b611e3c6133ed565b9073ffffffffffffffffffffffffffffffffffffffff811691825f525f60205260405f2054925f52600160205273ffffffffffffffffffffffffffffffffffffffff611e8d8260405f2054946143c8565b5491165f52600160205260405f205491604051938452602084015260408301526060820152f35b3461022f5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f5773ffffffffffffffffffffffffffffffffffffffff611f006133ca565b165f525f602052602067ffffffffffffffff60405f205416604051908152f35b3461022f5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f57611f57613498565b64ffffffffff67ffffffffffffffff821611612001575b335f5260016020527fffffffffffffffffffffff0000000000ffffffffffffffffffffffffffffffff60405f205416335f52600160205277ffffffffffffffff000000000000000000000000000000008260801b161760405f205567ffffffffffffffff604051911681527fe29148dc2bbd6a5b93260d5890faf3c6cc976c2487f2864db33a3e00defccfcf60203392a2005b5064ffffffffff611f6e565b3461022f5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f57602061044161204c61102c6133ca565b5090613567565b3461022f5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f5760043573ffffffffffffffffffffffffffffffffffffffff811680910361022f5760ff5f5c166123045760017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff005f5c16175f5d335f52600260205260405f20549081156122dc5767ffffffffffffffff82169160401c8042106122a65750335f525f60205260405f2054908267ffffffffffffffff8316928382116122765761212c929350613550565b335f525f60205260405f2055335f5260026020525f60408120556040518181528260208201527fbaac24e87e58c882661315cdf88028ec18a57cc2e8d3a8e5e02de1cfa9f167e360403392a2633b9aca00820291808304633b9aca001490151715610711575f80809381935af13d15612271573d67ffffffffffffffff811161224457604051906121e5601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01660200183613341565b81525f60203d92013e5b1561221c577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff005f5c165f5d005b7f90b8ec18000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6121ef565b50827f9432a7ee000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b67ffffffffffffffff907fb4387448000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b7f87bdc6a9000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fab143c06000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461022f576101a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f576040516101a0810181811067ffffffffffffffff821117612244576040526123826134c2565b9081815261238e6134d5565b906020810191825261239e613574565b604082019081526123ad613585565b606083019081526123bc613540565b608084019081526123cb6134e8565b60a085019081526123da613596565b60c086019081526123e96135a7565b9060e087019182526123f96135b8565b92610100880193845261240a6135ca565b94610120890195865261241b6135dc565b966101408a0197885261242c6134fb565b986101608b01998a5263ffffffff6124426135ee565b9d6101808d019e8f52168015908115612ac5575b50612a9957633b9aca0063ffffffff8d511611612a6c5761ffff82511615612a3f57606460ff84511611612a135763ffffffff845116156129e65761232861ffff865116116129b95761271061ffff8751161161298c5761271061ffff8851161161295f5761271061ffff8951161161293257610bb861ffff8a51161161290557620f424063ffffffff8b5116116128d85761ffff8d51166101f481109081156128cc575b5061289f578a6040516125f8816125cc60208201948591909161018061ffff816101a084019563ffffffff815116855263ffffffff602082015116602086015282604082015116604086015282606082015116606086015260ff608082015116608086015263ffffffff60a08201511660a08601528260c08201511660c08601528260e08201511660e086015282610100820151166101008601528261012082015116610120860152826101408201511661014086015263ffffffff61016082015116610160860152015116910152565b037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08101835282613341565b5190209b8c5f52600460205260405f20546128735760209d9776ffff0000000000000000000000000000000000000000007fffff000000000000000000000000000000000000000000000000000000000000988f9e9b947fd938022c3ea2c098f700d432d963273aabc28a44b11610a3102f7492ccdd2fd09e9972ffff00000000000000000000000000000000006128689f999a8f7effffffff0000000000000000000000000000000000000000000000000000009c6cff0000000000000000000000007affff000000000000000000000000000000000000000000000000009c6bffff0000000000000000000074ffff000000000000000000000000000000000000009869ffff000000000000000078ffff00000000000000000000000000000000000000000000009e67ffffffff0000000063ffffffff70ffffffff00000000000000000000000000995116915160201b1617915160401b1617915160501b1617915160601b1617915160681b1617915160881b1617915160981b1617915160a81b1617915160b81b1617915160c81b1617915160d81b1617915160f01b1617845f526004875260405f20556040519182918291909161018061ffff816101a084019563ffffffff815116855263ffffffff602082015116602086015282604082015116604086015282606082015116606086015260ff608082015116608086015263ffffffff60a08201511660a08601528260c08201511660c08601528260e08201511660e086015282610100820151166101008601528261012082015116610120860152826101408201511661014086015263ffffffff61016082015116610160860152015116910152565b0390a2604051908152f35b8c7f3b2c8c64000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600c60045260245ffd5b6113889150118e6124fb565b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600b60045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600a60045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600960045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600860045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600760045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600660045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600560045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f526004805260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600360045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600160045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b633b9aca009150118e612456565b3461022f5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f5773ffffffffffffffffffffffffffffffffffffffff612b1f6133ca565b165f526002602052611df760405f2054604051918167ffffffffffffffff80859460401c1691168390929167ffffffffffffffff60209181604085019616845216910152565b3461022f5760e07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f57600435612b9f6133ed565b612ba76134af565b612baf61346a565b91612bb8613410565b93612bc1613481565b612bca82613ad3565b948515612ca457612c7693929167ffffffffffffffff8092335f525f60205273ffffffffffffffffffffffffffffffffffffffff612c0b60405f20546139ea565b9660405196612c1988613324565b8752166020860152604435604086015263ffffffff8816606086015216608084015273ffffffffffffffffffffffffffffffffffffffff881660a084015216948560c0830152600160e0830152612c6e613b7a565b9233916140f3565b60ff8193929316612c9f575050335f525f60205260405f205580612c9657005b6105ff91614351565b614193565b827fd1734d44000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461022f575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f5760206040515f8152f35b3461022f5760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f57612d3f6133ca565b50612d486133ed565b507fdc8d8db7000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461022f5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f5773ffffffffffffffffffffffffffffffffffffffff612dbd6133ca565b165f526003602052602060405f2054604051908152f35b3461022f575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f576020600554604051908152f35b3461022f5760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f57612e466133ca565b60243567ffffffffffffffff81169182820361022f5773ffffffffffffffffffffffffffffffffffffffff169133831480156132a7575b610f0757612e946254600080420660061b04613936565b90335f525f602052612ea960405f20546139ea565b9364ffffffffff8560681c169383850260401c6103e881115f146132a0577ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc188101908111610711575b8084118015613296575b6132605750677fffffffffffffff8160011c1693825f526001602052612f2560405f2054613a79565b6254600042049061ffff821661ffff8260701c16145f146132595764ffffffffff8160481c16905b612710612f5a8984613567565b1161321557908594939291612f786215180080420660061b04613936565b64ffffffffff82169290612fa281603f89901b6f7fffffffffffffff00000000000000001661355d565b84019364ffffffffff8511613208575b810260401c9064ffffffffff85165f170260401c90612fd091613550565b99612fda91613567565b60481b917fffffffffffffffffffffffffffffffff00000000000000ffffffffffffffffff16907fffffffffffffffffffffffffffffffff00000000000000ffffffff000000000016171790845f52600160205260701b6fffff0000000000000000000000000000161760405f2055808260401b6fffffffffffffffff000000000000000016017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff019061308d9161355d565b968688115f1497613175975f996131d85750507fffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffffff885b338a528960205260681b91161760408820558187528660205260408720548060ff1c156131a3575b50613101846130fc87600554613567565b613550565b6005556040805167ffffffffffffffff9283168152918616602083015233917f93ccdffe3ba3c17143460d684dc1a6cf44009588e7b6c65bd59d52c25e50f61d9190a36040518381527fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60203392a3613550565b6040519081527fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60203392a3005b7f80000000000000000000000000000000000000000000000000000000000000009083895288602052176040882055876130eb565b7fffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffffff9161320391613550565b6130c3565b64ffffffffff9450612fb2565b506127100361271081116107115767ffffffffffffffff907f481af408000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b5f90612f4d565b67ffffffffffffffff907f5a745c34000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b5060028410612efc565b505f612ef2565b508215612e7d565b3461022f575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f57611df76040516132ee604082613341565b601181527f622d6d61696c2072657075746174696f6e000000000000000000000000000000602082015260405191829182613382565b610100810190811067ffffffffffffffff82111761224457604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761224457604052565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602060409481855280519182918282880152018686015e5f8582860101520116010190565b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361022f57565b6024359073ffffffffffffffffffffffffffffffffffffffff8216820361022f57565b60a4359073ffffffffffffffffffffffffffffffffffffffff8216820361022f57565b3461022f5760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261022f57612d486133ca565b6084359067ffffffffffffffff8216820361022f57565b60c4359067ffffffffffffffff8216820361022f57565b6004359067ffffffffffffffff8216820361022f57565b6064359063ffffffff8216820361022f57565b6004359063ffffffff8216820361022f57565b6024359063ffffffff8216820361022f57565b60a4359063ffffffff8216820361022f57565b610164359063ffffffff8216820361022f57565b9181601f8401121561022f5782359167ffffffffffffffff831161022f576020808501948460051b01011161022f57565b6084359060ff8216820361022f57565b9190820391821161071157565b8115610aea570490565b9190820180921161071157565b6044359061ffff8216820361022f57565b6064359061ffff8216820361022f57565b60c4359061ffff8216820361022f57565b60e4359061ffff8216820361022f57565b610104359061ffff8216820361022f57565b610124359061ffff8216820361022f57565b610144359061ffff8216820361022f57565b610184359061ffff8216820361022f57565b8181029291811591840414171561071157565b67ffffffffffffffff81116122445760051b60200190565b919081101561363b5760051b0190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b805182101561363b5760209160051b010190565b73ffffffffffffffffffffffffffffffffffffffff165f525f60205260405f205463ffffffff808260c01c1692168281106136e857601f8301808411610711578110156136e15760e0018060e011610711576001926136da91613550565b1c16151590565b5050505f90565b505050600190565b67ffffffffffffffff811690811561379057610e10420191824211610711577fa548576ce23404fb1e2c1f9608435f4859f7d1b46d9497ba9c175554760607ce9161378b91335f5260026020526fffffffffffffffff00000000000000008560401b161760405f205560405191829167ffffffffffffffff339616908390929167ffffffffffffffff60209181604085019616845216910152565b0390a2565b5050335f5260026020525f60408120556040515f81525f60208201527fa548576ce23404fb1e2c1f9608435f4859f7d1b46d9497ba9c175554760607ce60403392a2565b73ffffffffffffffffffffffffffffffffffffffff5f911691825f525f60205260405f2054906138038261481a565b9361380d83614866565b9260ff1c6138185750565b9092505f52600160205261382f60405f20546148a1565b91565b3573ffffffffffffffffffffffffffffffffffffffff8116810361022f5790565b7f000000000000000000000000000000000000000000000000000000000000000046146139125760405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f9c1d6efd35ec2225b133d586b4f040615f4cf211d15798262a386b62b3adc19c60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a0815261390c60c082613341565b51902090565b7f000000000000000000000000000000000000000000000000000000000000000090565b906801000000000000000091600181166139da575b600281166139c6575b600481166139b2575b6008811661399e575b60108116613989575b60201661397857565b9067b504f333f9de64840260401c90565b67d744fccad69d6af490920260401c9161396f565b9167eac0c6e7dd24392e0260401c91613966565b9167f5257d152486cc2c0260401c9161395d565b9167fa83b2db722a033a0260401c91613954565b67fd3e0c0cf486c174925061394b565b61ffff8160401c16620151804204808214613a745761ffff8360901c166101ff8460471c168260071c031c60901b927fffffffffffffffffffffffff000000000000000000000000ffffffffffffffff64ffffffffff8260681c166103ff8360461c168460061c031c60681b9362ffffff8360501c169084031c60501b9260401b91161717171790565b505090565b63ffffffff8160281c1690428214613ace577fffffffffffffffffffffffffffffffffffffffffffffff0000000000000000004260281b926215180064ffffffffff84169104621518004204031c9116171790565b905090565b7f00000000000000000000000000000000000000000000000000000000000000008114613b55577f00000000000000000000000000000000000000000000000000000000000000008114613b30575f52600460205260405f205490565b507f000000000000000000000000000000000000000000000000000000000000000090565b507f000000000000000000000000000000000000000000000000000000000000000090565b6040519060c0820182811067ffffffffffffffff821117612244576040525f8252602082015f815260408301905f82525f60608501525f60808501525f60a0850152613bd4600c61030086610e1042048091520604613936565b9052613be96201518080420660061b04613936565b9052565b925f5f95945f945f945f5f602085015194838614861517613dc657606081015163010000008111901517613db65760c060a082015115910151151516613da7575050808391848111613d81575b5090760b3a110000000000000000000000000000000000000000915f521760205260405f2097885495825162ffffff8860601c16818103613d23575b50506001878960fb031c16613d1657505060200151938560140294620fffff828282828a6078011c160260401c97608c031c160260401c9360018760f6011b9260108610600114613cc957505090191694565b5f52600160205260405f205464ffffffffff8160801c1680831090151516613cf15750501794565b9092506dffffffffff0000000000000000009197935060381c169060081b17600c1790565b9450949692505050600b90565b906103007fffffffffffffffffffffffff0000000000000000ffffffffffffffffffffffff9299939904610300820403620fffff84608c1c16811c608c1b90620fffff8560781c16901c60781b179060601b17911617955f80613c76565b600198509150839050760b3a110000000000000000000000000000000000000000613c3a565b98945098959450505050601190565b5098945098959450505050600a90565b5098945098959450505050600990565b9196999893959490998a868301996080860151808c116140ba575060c08601519462ffffff61271061ffff8360c81c168702049160d81c168082106140b2575b508086116140985750848b0167ffffffffffffffff831681116140535787603002603003928583851c65ffffffffffff16019e8f65ffffffffffff1061403f57500360408a015169010000000000000000000462ffffff8260501c160162ffffff8111614035575b60501b907fffffffffffffffffffffffffffffffffffffff000000ffffffffffffffffffff16179c821b9165ffffffffffff901b1916179585601402607801976020810151690100000000000000000004888a1c620fffff160196620fffff88119960e0996020997f0e3897c248b9827a41d49bdbdfd22dde0a7b644bb2f7fa67127a9769194c16c99c61402b575b620fffff90831b921b1916179151908060030260f001908060180260a001928160041b60d00195600786851c169161ffff87891c169062ffffff88881c16946102d086830310159081614020575b60078610614015575b60019060f8011b90818a165f14613fff57613fef575b50509262ffffff9261ffff926007955b01838111613fe8575b891b91871b90861b1717961b931b911b171719161790556040519687526040830151848801526040870152606082015160608701528151608087015260a082015160a087015260c0860152015192a260081b90565b5082613f93565b199097169693508261ffff613f7a565b5050600794509261ffff9262ffffff9492613f8a565b600190950194613f64565b5f9550859350613f5b565b50620fffff613f0d565b5062ffffff613e7e565b9e5050505050505050505050505050601090565b99505098505050505050505067ffffffffffffffff8111614089575b68ffffffffffffffff009060481b9160081b1617600f1790565b5067ffffffffffffffff61406f565b99505050505095505050505060481b9060081b17600e1790565b90505f613e16565b995050505050505050505067ffffffffffffffff82116140e3575b60481b9060081b17600d1790565b67ffffffffffffffff91506140d5565b909493929192614104818588614940565b9261411184838784613bed565b809a95989499939a929192614185575061417b96949286949261416d9260606141819e9f9901519260e08801519060408a015162ffffff8c60501c160260401c61415b8b8d614a23565b9263ffffffff8d60a01c169689614a64565b60a098929791981b90613550565b90613dd6565b9091565b9a9950505050505050505050565b60ff811667ffffffffffffffff808360081c169260481c169260098214610f0757600a821461431f5750601181146142f757600b81146142cf57600c81146142a057600d811461427157600e811461424257600f14614214577f56c84999000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f9432a7ee000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507fd814c455000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507f4fd2273f000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507f7406a479000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7fa5baf151000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f4f292dae000000000000000000000000000000000000000000000000000000005f5260045ffd5b63ffffffff907fb8def7a6000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b73ffffffffffffffffffffffffffffffffffffffff16805f525f60205261438760405f20549267ffffffffffffffff8416613567565b9167ffffffffffffffff8311610312577fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000915f525f602052161760405f2055565b90760b3a1100000000000000000000000000000000000000009173ffffffffffffffffffffffffffffffffffffffff821673ffffffffffffffffffffffffffffffffffffffff8216105f14614425575b5f521760205260405f2090565b90614418565b9062ffffff8260601c16818114613a74576103009004610300820403917fffffffffffffffffffffffff0000000000000000ffffffffffffffffffffffff620fffff82608c1c16841c608c1b93620fffff8360781c16901c60781b9260601b911617171790565b91939492905f9201948535956020810135956040820135956076830135938760c01c9063ffffffff8960a01c169a67ffffffffffffffff8a60601c169a60ff808c60581c169b60501c16988260601c908160208901528c67ffffffffffffffff63ffffffff8660401c16958660608c015216958660808b01528460408b01528760c08b01528082105f1461467c576145299261362b565b3580975b527f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0891161466957601b8a14158061465e575b61464b57946056946080989460429460209c99945f9c99604051967f71c31425b6a6eca9610bcaf5de32518c1d21b49ed6c73156d416630e598283c188528f880152604087015260608601528a85015260a084015260c08301528d60e08301528c610100830152336101208301526101408220907f190100000000000000000000000000000000000000000000000000000000000083526002830152602282015220936040519485528785015201356040830152606082015282805260015afa505f519473ffffffffffffffffffffffffffffffffffffffff86161561464257565b5f955060019150565b505f9d60019a5098505050505050505050565b50601c8a1415614560565b505f9d60029a5098505050505050505050565b5050505f809761452d565b63ffffffff8160c01c169182811061475257637fffffff8260e01c1690601f84018085116107115781101561470a575b6146c384600192613550565b1b9081811661470057907f8000000000000000ffffffffffffffffffffffffffffffffffffffffffffffff911760e01b9260c01b91161717905f90565b5050905090600790565b92907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe2840191848311610711576001916147476146c39285613550565b1c92949150506146b7565b509160069150565b633b9aca0034066100195773ffffffffffffffffffffffffffffffffffffffff633b9aca003404911690815f525f60205260405f20546147a48267ffffffffffffffff8316613567565b9167ffffffffffffffff8311610312577f1097be1d8298997c7140059298ce265b07a3781b991fd7ec8dd614705c9ca3fb927fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000602093865f525f8552161760405f205567ffffffffffffffff60405191168152a2565b6254600042049064ffffffffff625460006201518061ffff8460401c1602049160681c1691031c80156148615761485a6254600080420660061b04613936565b0260401c90565b505f90565b62a8c00042049061ffff62a8c00062015180828460401c1602049160901c1691031c80156148615761485a62a8c00080420660061b04613936565b6215180063ffffffff64ffffffffff83169260281c1604621518004204031c80156148615761485a6215180080420660061b04613936565b906102d08310156136e15761271081111561493b57506127105b8060c0029060c0820403610711576127109004604001806040116107115761491a91613600565b906102d003906102d08211610711576205a0009161493791613600565b0490565b6148f3565b9291905f9364ffffffffff8160681c16806149ee575b5060ff1c614962575050565b73ffffffffffffffffffffffffffffffffffffffff165f52600160205260405f20546149a96215180063ffffffff64ffffffffff84169360281c1604621518004204613550565b1c90816149b4575050565b9060a06149d1939492018051156149d4575b510260401c90613567565b90565b6149e76215180080420660061b04613936565b81526149c6565b90945060608301805115614a09575b510260401c935f614956565b614a1c6254600080420660061b04613936565b81526149fd565b60901c61ffff16908115614a5e57608001805115614a44575b510260401c90565b614a5762a8c00080420660061b04613936565b8152614a3c565b50505f90565b97949192939590967fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff610fff5f9901600c1c0163ffffffff8a60201c160263ffffffff8a16019462ffff008a60381c16808211614cc4575b505060ff8960601c1680151582151516614ca7575b50505061ffff8760a81c160260081c9561ffff8160981c1693612710808987010185020467ffffffffffffffff8111614c98575b809261271091600186119586614c37575b50508060f01c95612710878602049a8b98869a86151581151516614b43575b505050505050505050505092565b8463ffffffff6127109660681c1680928794828210600114614c2b57500390828211614c23575b60881c61ffff16020490035b01020467ffffffffffffffff8111614c14575b8094614be5575b5050818310614ba5575b808080808080614b35565b9295509295509250612710848101910204918103828110614bdb575b508161271091039283020480930301905f80808080614b9a565b9150612710614bc1565b612710929450020467ffffffffffffffff8111614c05575b915f80614b90565b5067ffffffffffffffff614bfd565b5067ffffffffffffffff614b89565b829150614b6a565b92509003020401614b76565b6127109295507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff909391930161ffff8660b81c1602018092020467ffffffffffffffff8111614c89575b925f80614b16565b5067ffffffffffffffff614c81565b5067ffffffffffffffff614b05565b9061010091959293950283010191610100010204915f8080614ad1565b62ffff008b6048989394981c1692038201020467ffffffffffffffff8111614cef575b935f80614abc565b5067ffffffffffffffff614ce756",
}

// BMail is an auto generated Go binding around an Ethereum contract.
type BMail struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BMail) GetABI() abi.ABI {
	return c.abi
}

// NewBMail creates a new instance of BMail.
func NewBMail() *BMail {
	parsed, err := BMailMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BMail{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BMail) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackNEWSLETTER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca682d75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NEWSLETTER() view returns(bytes32)
func (bMail *BMail) PackNEWSLETTER() []byte {
	enc, err := bMail.abi.Pack("NEWSLETTER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNEWSLETTER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca682d75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NEWSLETTER() view returns(bytes32)
func (bMail *BMail) TryPackNEWSLETTER() ([]byte, error) {
	return bMail.abi.Pack("NEWSLETTER")
}

// UnpackNEWSLETTER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca682d75.
//
// Solidity: function NEWSLETTER() view returns(bytes32)
func (bMail *BMail) UnpackNEWSLETTER(data []byte) ([32]byte, error) {
	out, err := bMail.abi.Unpack("NEWSLETTER", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPERSONAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1aa139e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PERSONAL() view returns(bytes32)
func (bMail *BMail) PackPERSONAL() []byte {
	enc, err := bMail.abi.Pack("PERSONAL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPERSONAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1aa139e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PERSONAL() view returns(bytes32)
func (bMail *BMail) TryPackPERSONAL() ([]byte, error) {
	return bMail.abi.Pack("PERSONAL")
}

// UnpackPERSONAL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1aa139e.
//
// Solidity: function PERSONAL() view returns(bytes32)
func (bMail *BMail) UnpackPERSONAL(data []byte) ([32]byte, error) {
	out, err := bMail.abi.Unpack("PERSONAL", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43f3e8f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ack(address sender, uint8 verdict) returns()
func (bMail *BMail) PackAck(sender common.Address, verdict uint8) []byte {
	enc, err := bMail.abi.Pack("ack", sender, verdict)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43f3e8f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ack(address sender, uint8 verdict) returns()
func (bMail *BMail) TryPackAck(sender common.Address, verdict uint8) ([]byte, error) {
	return bMail.abi.Pack("ack", sender, verdict)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address , address ) pure returns(uint256)
func (bMail *BMail) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := bMail.abi.Pack("allowance", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address , address ) pure returns(uint256)
func (bMail *BMail) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return bMail.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) pure returns(uint256)
func (bMail *BMail) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := bMail.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address , uint256 ) pure returns(bool)
func (bMail *BMail) PackApprove(arg0 common.Address, arg1 *big.Int) []byte {
	enc, err := bMail.abi.Pack("approve", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address , uint256 ) pure returns(bool)
func (bMail *BMail) TryPackApprove(arg0 common.Address, arg1 *big.Int) ([]byte, error) {
	return bMail.abi.Pack("approve", arg0, arg1)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address , uint256 ) pure returns(bool)
func (bMail *BMail) UnpackApprove(data []byte) (bool, error) {
	out, err := bMail.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceGwei is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7332d4d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceGwei(address account) view returns(uint64)
func (bMail *BMail) PackBalanceGwei(account common.Address) []byte {
	enc, err := bMail.abi.Pack("balanceGwei", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceGwei is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7332d4d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceGwei(address account) view returns(uint64)
func (bMail *BMail) TryPackBalanceGwei(account common.Address) ([]byte, error) {
	return bMail.abi.Pack("balanceGwei", account)
}

// UnpackBalanceGwei is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7332d4d0.
//
// Solidity: function balanceGwei(address account) view returns(uint64)
func (bMail *BMail) UnpackBalanceGwei(data []byte) (uint64, error) {
	out, err := bMail.abi.Unpack("balanceGwei", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (bMail *BMail) PackBalanceOf(account common.Address) []byte {
	enc, err := bMail.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (bMail *BMail) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return bMail.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (bMail *BMail) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := bMail.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBlockSender is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec634dec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blockSender(address sender, bool blocked) returns()
func (bMail *BMail) PackBlockSender(sender common.Address, blocked bool) []byte {
	enc, err := bMail.abi.Pack("blockSender", sender, blocked)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlockSender is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec634dec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blockSender(address sender, bool blocked) returns()
func (bMail *BMail) TryPackBlockSender(sender common.Address, blocked bool) ([]byte, error) {
	return bMail.abi.Pack("blockSender", sender, blocked)
}

// PackBroadcast is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4b37419.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function broadcast(bytes32 network, address[] to, bytes32[] secrets, uint32 size, uint64 maxFee, address relay, uint64 relayFee) returns()
func (bMail *BMail) PackBroadcast(network [32]byte, to []common.Address, secrets [][32]byte, size uint32, maxFee uint64, relay common.Address, relayFee uint64) []byte {
	enc, err := bMail.abi.Pack("broadcast", network, to, secrets, size, maxFee, relay, relayFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBroadcast is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4b37419.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function broadcast(bytes32 network, address[] to, bytes32[] secrets, uint32 size, uint64 maxFee, address relay, uint64 relayFee) returns()
func (bMail *BMail) TryPackBroadcast(network [32]byte, to []common.Address, secrets [][32]byte, size uint32, maxFee uint64, relay common.Address, relayFee uint64) ([]byte, error) {
	return bMail.abi.Pack("broadcast", network, to, secrets, size, maxFee, relay, relayFee)
}

// PackBundleOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18e3c52a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bundleOf(address ) view returns(bytes32)
func (bMail *BMail) PackBundleOf(arg0 common.Address) []byte {
	enc, err := bMail.abi.Pack("bundleOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBundleOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18e3c52a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bundleOf(address ) view returns(bytes32)
func (bMail *BMail) TryPackBundleOf(arg0 common.Address) ([]byte, error) {
	return bMail.abi.Pack("bundleOf", arg0)
}

// UnpackBundleOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18e3c52a.
//
// Solidity: function bundleOf(address ) view returns(bytes32)
func (bMail *BMail) UnpackBundleOf(data []byte) ([32]byte, error) {
	out, err := bMail.abi.Unpack("bundleOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancelBelow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab9fc55a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelBelow(uint32 below) returns()
func (bMail *BMail) PackCancelBelow(below uint32) []byte {
	enc, err := bMail.abi.Pack("cancelBelow", below)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelBelow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab9fc55a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelBelow(uint32 below) returns()
func (bMail *BMail) TryPackCancelBelow(below uint32) ([]byte, error) {
	return bMail.abi.Pack("cancelBelow", below)
}

// PackClaimFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf85919e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimFrom(address[] counterparties) returns(uint64 total)
func (bMail *BMail) PackClaimFrom(counterparties []common.Address) []byte {
	enc, err := bMail.abi.Pack("claimFrom", counterparties)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf85919e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimFrom(address[] counterparties) returns(uint64 total)
func (bMail *BMail) TryPackClaimFrom(counterparties []common.Address) ([]byte, error) {
	return bMail.abi.Pack("claimFrom", counterparties)
}

// UnpackClaimFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf85919e8.
//
// Solidity: function claimFrom(address[] counterparties) returns(uint64 total)
func (bMail *BMail) UnpackClaimFrom(data []byte) (uint64, error) {
	out, err := bMail.abi.Unpack("claimFrom", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCompleteWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6dbaf9ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function completeWithdrawal(address to) returns()
func (bMail *BMail) PackCompleteWithdrawal(to common.Address) []byte {
	enc, err := bMail.abi.Pack("completeWithdrawal", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompleteWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6dbaf9ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function completeWithdrawal(address to) returns()
func (bMail *BMail) TryPackCompleteWithdrawal(to common.Address) ([]byte, error) {
	return bMail.abi.Pack("completeWithdrawal", to)
}

// PackCreateNetwork is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64f84e2f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createNetwork((uint32,uint32,uint16,uint16,uint8,uint32,uint16,uint16,uint16,uint16,uint16,uint32,uint16) params) returns(bytes32)
func (bMail *BMail) PackCreateNetwork(params BMailParams) []byte {
	enc, err := bMail.abi.Pack("createNetwork", params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateNetwork is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64f84e2f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createNetwork((uint32,uint32,uint16,uint16,uint8,uint32,uint16,uint16,uint16,uint16,uint16,uint32,uint16) params) returns(bytes32)
func (bMail *BMail) TryPackCreateNetwork(params BMailParams) ([]byte, error) {
	return bMail.abi.Pack("createNetwork", params)
}

// UnpackCreateNetwork is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x64f84e2f.
//
// Solidity: function createNetwork((uint32,uint32,uint16,uint16,uint8,uint32,uint16,uint16,uint16,uint16,uint16,uint32,uint16) params) returns(bytes32)
func (bMail *BMail) UnpackCreateNetwork(data []byte) ([32]byte, error) {
	out, err := bMail.abi.Unpack("createNetwork", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (bMail *BMail) PackDecimals() []byte {
	enc, err := bMail.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (bMail *BMail) TryPackDecimals() ([]byte, error) {
	return bMail.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (bMail *BMail) UnpackDecimals(data []byte) (uint8, error) {
	out, err := bMail.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit() payable returns()
func (bMail *BMail) PackDeposit() []byte {
	enc, err := bMail.abi.Pack("deposit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit() payable returns()
func (bMail *BMail) TryPackDeposit() ([]byte, error) {
	return bMail.abi.Pack("deposit")
}

// PackDepositTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb760faf9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositTo(address account) payable returns()
func (bMail *BMail) PackDepositTo(account common.Address) []byte {
	enc, err := bMail.abi.Pack("depositTo", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb760faf9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositTo(address account) payable returns()
func (bMail *BMail) TryPackDepositTo(account common.Address) ([]byte, error) {
	return bMail.abi.Pack("depositTo", account)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (bMail *BMail) PackDomainSeparator() []byte {
	enc, err := bMail.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (bMail *BMail) TryPackDomainSeparator() ([]byte, error) {
	return bMail.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (bMail *BMail) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := bMail.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEndorse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c31a11e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function endorse(address to, uint64 amount) returns()
func (bMail *BMail) PackEndorse(to common.Address, amount uint64) []byte {
	enc, err := bMail.abi.Pack("endorse", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEndorse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c31a11e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function endorse(address to, uint64 amount) returns()
func (bMail *BMail) TryPackEndorse(to common.Address, amount uint64) ([]byte, error) {
	return bMail.abi.Pack("endorse", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (bMail *BMail) PackName() []byte {
	enc, err := bMail.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (bMail *BMail) TryPackName() ([]byte, error) {
	return bMail.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (bMail *BMail) UnpackName(data []byte) (string, error) {
	out, err := bMail.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNetworkId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd6c3fb6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function networkId((uint32,uint32,uint16,uint16,uint8,uint32,uint16,uint16,uint16,uint16,uint16,uint32,uint16) params) pure returns(bytes32)
func (bMail *BMail) PackNetworkId(params BMailParams) []byte {
	enc, err := bMail.abi.Pack("networkId", params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNetworkId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd6c3fb6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function networkId((uint32,uint32,uint16,uint16,uint8,uint32,uint16,uint16,uint16,uint16,uint16,uint32,uint16) params) pure returns(bytes32)
func (bMail *BMail) TryPackNetworkId(params BMailParams) ([]byte, error) {
	return bMail.abi.Pack("networkId", params)
}

// UnpackNetworkId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd6c3fb6.
//
// Solidity: function networkId((uint32,uint32,uint16,uint16,uint8,uint32,uint16,uint16,uint16,uint16,uint16,uint32,uint16) params) pure returns(bytes32)
func (bMail *BMail) UnpackNetworkId(data []byte) ([32]byte, error) {
	out, err := bMail.abi.Unpack("networkId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackNetworkWord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff244eae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function networkWord(bytes32 id) view returns(uint256)
func (bMail *BMail) PackNetworkWord(id [32]byte) []byte {
	enc, err := bMail.abi.Pack("networkWord", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNetworkWord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff244eae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function networkWord(bytes32 id) view returns(uint256)
func (bMail *BMail) TryPackNetworkWord(id [32]byte) ([]byte, error) {
	return bMail.abi.Pack("networkWord", id)
}

// UnpackNetworkWord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xff244eae.
//
// Solidity: function networkWord(bytes32 id) view returns(uint256)
func (bMail *BMail) UnpackNetworkWord(data []byte) (*big.Int, error) {
	out, err := bMail.abi.Unpack("networkWord", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNonceUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0173e18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonceUsed(address account, uint32 nonce) view returns(bool)
func (bMail *BMail) PackNonceUsed(account common.Address, nonce uint32) []byte {
	enc, err := bMail.abi.Pack("nonceUsed", account, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonceUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0173e18.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonceUsed(address account, uint32 nonce) view returns(bool)
func (bMail *BMail) TryPackNonceUsed(account common.Address, nonce uint32) ([]byte, error) {
	return bMail.abi.Pack("nonceUsed", account, nonce)
}

// UnpackNonceUsed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc0173e18.
//
// Solidity: function nonceUsed(address account, uint32 nonce) view returns(bool)
func (bMail *BMail) UnpackNonceUsed(data []byte) (bool, error) {
	out, err := bMail.abi.Unpack("nonceUsed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOrderDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7c13383.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function orderDigest(bytes32 network, address to, bytes32 secret, uint32 size, uint64 maxFee, uint64 relayFee, uint32 nonce, uint64 deadline, address relay) view returns(bytes32)
func (bMail *BMail) PackOrderDigest(network [32]byte, to common.Address, secret [32]byte, size uint32, maxFee uint64, relayFee uint64, nonce uint32, deadline uint64, relay common.Address) []byte {
	enc, err := bMail.abi.Pack("orderDigest", network, to, secret, size, maxFee, relayFee, nonce, deadline, relay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrderDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7c13383.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function orderDigest(bytes32 network, address to, bytes32 secret, uint32 size, uint64 maxFee, uint64 relayFee, uint32 nonce, uint64 deadline, address relay) view returns(bytes32)
func (bMail *BMail) TryPackOrderDigest(network [32]byte, to common.Address, secret [32]byte, size uint32, maxFee uint64, relayFee uint64, nonce uint32, deadline uint64, relay common.Address) ([]byte, error) {
	return bMail.abi.Pack("orderDigest", network, to, secret, size, maxFee, relayFee, nonce, deadline, relay)
}

// UnpackOrderDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7c13383.
//
// Solidity: function orderDigest(bytes32 network, address to, bytes32 secret, uint32 size, uint64 maxFee, uint64 relayFee, uint32 nonce, uint64 deadline, address relay) view returns(bytes32)
func (bMail *BMail) UnpackOrderDigest(data []byte) ([32]byte, error) {
	out, err := bMail.abi.Unpack("orderDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOwedTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb5a0aa1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owedTo(address account, address counterparty) view returns(uint64)
func (bMail *BMail) PackOwedTo(account common.Address, counterparty common.Address) []byte {
	enc, err := bMail.abi.Pack("owedTo", account, counterparty)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwedTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb5a0aa1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owedTo(address account, address counterparty) view returns(uint64)
func (bMail *BMail) TryPackOwedTo(account common.Address, counterparty common.Address) ([]byte, error) {
	return bMail.abi.Pack("owedTo", account, counterparty)
}

// UnpackOwedTo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb5a0aa1.
//
// Solidity: function owedTo(address account, address counterparty) view returns(uint64)
func (bMail *BMail) UnpackOwedTo(data []byte) (uint64, error) {
	out, err := bMail.abi.Unpack("owedTo", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2c06cdf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quote(bytes32 network, address from, address to, uint32 size, uint32 recipients) view returns(uint64 fee, uint64 burn, uint64 relayCap)
func (bMail *BMail) PackQuote(network [32]byte, from common.Address, to common.Address, size uint32, recipients uint32) []byte {
	enc, err := bMail.abi.Pack("quote", network, from, to, size, recipients)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2c06cdf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quote(bytes32 network, address from, address to, uint32 size, uint32 recipients) view returns(uint64 fee, uint64 burn, uint64 relayCap)
func (bMail *BMail) TryPackQuote(network [32]byte, from common.Address, to common.Address, size uint32, recipients uint32) ([]byte, error) {
	return bMail.abi.Pack("quote", network, from, to, size, recipients)
}

// QuoteOutput serves as a container for the return parameters of contract
// method Quote.
type QuoteOutput struct {
	Fee      uint64
	Burn     uint64
	RelayCap uint64
}

// UnpackQuote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2c06cdf.
//
// Solidity: function quote(bytes32 network, address from, address to, uint32 size, uint32 recipients) view returns(uint64 fee, uint64 burn, uint64 relayCap)
func (bMail *BMail) UnpackQuote(data []byte) (QuoteOutput, error) {
	out, err := bMail.abi.Unpack("quote", data)
	outstruct := new(QuoteOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fee = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Burn = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.RelayCap = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackQuoteState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x844c633c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteState(address from, address to) view returns(uint256 account, uint256 standing, uint256 pair, uint256 recipientStanding)
func (bMail *BMail) PackQuoteState(from common.Address, to common.Address) []byte {
	enc, err := bMail.abi.Pack("quoteState", from, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x844c633c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteState(address from, address to) view returns(uint256 account, uint256 standing, uint256 pair, uint256 recipientStanding)
func (bMail *BMail) TryPackQuoteState(from common.Address, to common.Address) ([]byte, error) {
	return bMail.abi.Pack("quoteState", from, to)
}

// QuoteStateOutput serves as a container for the return parameters of contract
// method QuoteState.
type QuoteStateOutput struct {
	Account           *big.Int
	Standing          *big.Int
	Pair              *big.Int
	RecipientStanding *big.Int
}

// UnpackQuoteState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x844c633c.
//
// Solidity: function quoteState(address from, address to) view returns(uint256 account, uint256 standing, uint256 pair, uint256 recipientStanding)
func (bMail *BMail) UnpackQuoteState(data []byte) (QuoteStateOutput, error) {
	out, err := bMail.abi.Unpack("quoteState", data)
	outstruct := new(QuoteStateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Account = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Standing = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Pair = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.RecipientStanding = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1fa8e84.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(bytes32 bundleHash) returns()
func (bMail *BMail) PackRegister(bundleHash [32]byte) []byte {
	enc, err := bMail.abi.Pack("register", bundleHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1fa8e84.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(bytes32 bundleHash) returns()
func (bMail *BMail) TryPackRegister(bundleHash [32]byte) ([]byte, error) {
	return bMail.abi.Pack("register", bundleHash)
}

// PackReputationOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb89c044.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reputationOf(address account) view returns(uint256 earned, uint256 endorsed, uint256 spam)
func (bMail *BMail) PackReputationOf(account common.Address) []byte {
	enc, err := bMail.abi.Pack("reputationOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReputationOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb89c044.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reputationOf(address account) view returns(uint256 earned, uint256 endorsed, uint256 spam)
func (bMail *BMail) TryPackReputationOf(account common.Address) ([]byte, error) {
	return bMail.abi.Pack("reputationOf", account)
}

// ReputationOfOutput serves as a container for the return parameters of contract
// method ReputationOf.
type ReputationOfOutput struct {
	Earned   *big.Int
	Endorsed *big.Int
	Spam     *big.Int
}

// UnpackReputationOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb89c044.
//
// Solidity: function reputationOf(address account) view returns(uint256 earned, uint256 endorsed, uint256 spam)
func (bMail *BMail) UnpackReputationOf(data []byte) (ReputationOfOutput, error) {
	out, err := bMail.abi.Unpack("reputationOf", data)
	outstruct := new(ReputationOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Earned = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Endorsed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Spam = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56c8cd9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function send(bytes32 network, address to, bytes32 secret, uint32 size, uint64 maxFee, address relay, uint64 relayFee) returns()
func (bMail *BMail) PackSend(network [32]byte, to common.Address, secret [32]byte, size uint32, maxFee uint64, relay common.Address, relayFee uint64) []byte {
	enc, err := bMail.abi.Pack("send", network, to, secret, size, maxFee, relay, relayFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56c8cd9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function send(bytes32 network, address to, bytes32 secret, uint32 size, uint64 maxFee, address relay, uint64 relayFee) returns()
func (bMail *BMail) TryPackSend(network [32]byte, to common.Address, secret [32]byte, size uint32, maxFee uint64, relay common.Address, relayFee uint64) ([]byte, error) {
	return bMail.abi.Pack("send", network, to, secret, size, maxFee, relay, relayFee)
}

// PackSetMinReputation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x731ccaff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinReputation(uint64 minimum) returns()
func (bMail *BMail) PackSetMinReputation(minimum uint64) []byte {
	enc, err := bMail.abi.Pack("setMinReputation", minimum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinReputation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x731ccaff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinReputation(uint64 minimum) returns()
func (bMail *BMail) TryPackSetMinReputation(minimum uint64) ([]byte, error) {
	return bMail.abi.Pack("setMinReputation", minimum)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb10e284f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(bytes32[] networks, bytes orders) returns()
func (bMail *BMail) PackSettle(networks [][32]byte, orders []byte) []byte {
	enc, err := bMail.abi.Pack("settle", networks, orders)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb10e284f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(bytes32[] networks, bytes orders) returns()
func (bMail *BMail) TryPackSettle(networks [][32]byte, orders []byte) ([]byte, error) {
	return bMail.abi.Pack("settle", networks, orders)
}

// PackStartWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2e91bca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function startWithdrawal(uint64 amount) returns()
func (bMail *BMail) PackStartWithdrawal(amount uint64) []byte {
	enc, err := bMail.abi.Pack("startWithdrawal", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStartWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2e91bca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function startWithdrawal(uint64 amount) returns()
func (bMail *BMail) TryPackStartWithdrawal(amount uint64) ([]byte, error) {
	return bMail.abi.Pack("startWithdrawal", amount)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (bMail *BMail) PackSymbol() []byte {
	enc, err := bMail.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (bMail *BMail) TryPackSymbol() ([]byte, error) {
	return bMail.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (bMail *BMail) UnpackSymbol(data []byte) (string, error) {
	out, err := bMail.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (bMail *BMail) PackTotalSupply() []byte {
	enc, err := bMail.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (bMail *BMail) TryPackTotalSupply() ([]byte, error) {
	return bMail.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (bMail *BMail) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := bMail.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address , uint256 ) pure returns(bool)
func (bMail *BMail) PackTransfer(arg0 common.Address, arg1 *big.Int) []byte {
	enc, err := bMail.abi.Pack("transfer", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address , uint256 ) pure returns(bool)
func (bMail *BMail) TryPackTransfer(arg0 common.Address, arg1 *big.Int) ([]byte, error) {
	return bMail.abi.Pack("transfer", arg0, arg1)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address , uint256 ) pure returns(bool)
func (bMail *BMail) UnpackTransfer(data []byte) (bool, error) {
	out, err := bMail.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address , address , uint256 ) pure returns(bool)
func (bMail *BMail) PackTransferFrom(arg0 common.Address, arg1 common.Address, arg2 *big.Int) []byte {
	enc, err := bMail.abi.Pack("transferFrom", arg0, arg1, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address , address , uint256 ) pure returns(bool)
func (bMail *BMail) TryPackTransferFrom(arg0 common.Address, arg1 common.Address, arg2 *big.Int) ([]byte, error) {
	return bMail.abi.Pack("transferFrom", arg0, arg1, arg2)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address , address , uint256 ) pure returns(bool)
func (bMail *BMail) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := bMail.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWithdrawalRequestOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5759f721.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalRequestOf(address account) view returns(uint64 amount, uint64 readyAt)
func (bMail *BMail) PackWithdrawalRequestOf(account common.Address) []byte {
	enc, err := bMail.abi.Pack("withdrawalRequestOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalRequestOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5759f721.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalRequestOf(address account) view returns(uint64 amount, uint64 readyAt)
func (bMail *BMail) TryPackWithdrawalRequestOf(account common.Address) ([]byte, error) {
	return bMail.abi.Pack("withdrawalRequestOf", account)
}

// WithdrawalRequestOfOutput serves as a container for the return parameters of contract
// method WithdrawalRequestOf.
type WithdrawalRequestOfOutput struct {
	Amount  uint64
	ReadyAt uint64
}

// UnpackWithdrawalRequestOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5759f721.
//
// Solidity: function withdrawalRequestOf(address account) view returns(uint64 amount, uint64 readyAt)
func (bMail *BMail) UnpackWithdrawalRequestOf(data []byte) (WithdrawalRequestOfOutput, error) {
	out, err := bMail.abi.Unpack("withdrawalRequestOf", data)
	outstruct := new(WithdrawalRequestOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.ReadyAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// BMailAcked represents a Acked event raised by the BMail contract.
type BMailAcked struct {
	Sender  common.Address
	Acker   common.Address
	Verdict uint8
	Minted  uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const BMailAckedEventName = "Acked"

// ContractEventName returns the user-defined event name.
func (BMailAcked) ContractEventName() string {
	return BMailAckedEventName
}

// UnpackAckedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Acked(address indexed sender, address indexed acker, uint8 verdict, uint64 minted)
func (bMail *BMail) UnpackAckedEvent(log *types.Log) (*BMailAcked, error) {
	event := "Acked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bMail.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BMailAcked)
	if len(log.Data) > 0 {
		if err := bMail.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bMail.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BMailBlockSet represents a BlockSet event raised by the BMail contract.
type BMailBlockSet struct {
	Account common.Address
	Sender  common.Address
	Blocked bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const BMailBlockSetEventName = "BlockSet"

// ContractEventName returns the user-defined event name.
func (BMailBlockSet) ContractEventName() string {
	return BMailBlockSetEventName
}

// UnpackBlockSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BlockSet(address indexed account, address indexed sender, bool blocked)
func (bMail *BMail) UnpackBlockSetEvent(log *types.Log) (*BMailBlockSet, error) {
	event := "BlockSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bMail.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BMailBlockSet)
	if len(log.Data) > 0 {
		if err := bMail.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bMail.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BMailClaimed represents a Claimed event raised by the BMail contract.
type BMailClaimed struct {
	Account common.Address
	From    common.Address
	Amount  uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const BMailClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (BMailClaimed) ContractEventName() string {
	return BMailClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(address indexed account, address indexed from, uint64 amount)
func (bMail *BMail) UnpackClaimedEvent(log *types.Log) (*BMailClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bMail.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BMailClaimed)
	if len(log.Data) > 0 {
		if err := bMail.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bMail.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BMailDelivered represents a Delivered event raised by the BMail contract.
type BMailDelivered struct {
	To       common.Address
	From     common.Address
	Secret   [32]byte
	Fee      uint64
	Size     uint32
	Network  [32]byte
	Relay    common.Address
	RelayFee uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const BMailDeliveredEventName = "Delivered"

// ContractEventName returns the user-defined event name.
func (BMailDelivered) ContractEventName() string {
	return BMailDeliveredEventName
}

// UnpackDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Delivered(address indexed to, address from, bytes32 secret, uint64 fee, uint32 size, bytes32 network, address relay, uint64 relayFee)
func (bMail *BMail) UnpackDeliveredEvent(log *types.Log) (*BMailDelivered, error) {
	event := "Delivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bMail.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BMailDelivered)
	if len(log.Data) > 0 {
		if err := bMail.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bMail.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BMailDeposited represents a Deposited event raised by the BMail contract.
type BMailDeposited struct {
	Account common.Address
	Amount  uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const BMailDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (BMailDeposited) ContractEventName() string {
	return BMailDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed account, uint64 amount)
func (bMail *BMail) UnpackDepositedEvent(log *types.Log) (*BMailDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bMail.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BMailDeposited)
	if len(log.Data) > 0 {
		if err := bMail.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bMail.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BMailEndorsed represents a Endorsed event raised by the BMail contract.
type BMailEndorsed struct {
	From     common.Address
	To       common.Address
	Amount   uint64
	Received uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const BMailEndorsedEventName = "Endorsed"

// ContractEventName returns the user-defined event name.
func (BMailEndorsed) ContractEventName() string {
	return BMailEndorsedEventName
}

// UnpackEndorsedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Endorsed(address indexed from, address indexed to, uint64 amount, uint64 received)
func (bMail *BMail) UnpackEndorsedEvent(log *types.Log) (*BMailEndorsed, error) {
	event := "Endorsed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bMail.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BMailEndorsed)
	if len(log.Data) > 0 {
		if err := bMail.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bMail.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BMailMinReputationSet represents a MinReputationSet event raised by the BMail contract.
type BMailMinReputationSet struct {
	Account common.Address
	Minimum uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const BMailMinReputationSetEventName = "MinReputationSet"

// ContractEventName returns the user-defined event name.
func (BMailMinReputationSet) ContractEventName() string {
	return BMailMinReputationSetEventName
}

// UnpackMinReputationSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinReputationSet(address indexed account, uint64 minimum)
func (bMail *BMail) UnpackMinReputationSetEvent(log *types.Log) (*BMailMinReputationSet, error) {
	event := "MinReputationSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bMail.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BMailMinReputationSet)
	if len(log.Data) > 0 {
		if err := bMail.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bMail.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BMailNetworkCreated represents a NetworkCreated event raised by the BMail contract.
type BMailNetworkCreated struct {
	Id     [32]byte
	Params BMailParams
	Raw    *types.Log // Blockchain specific contextual infos
}

const BMailNetworkCreatedEventName = "NetworkCreated"

// ContractEventName returns the user-defined event name.
func (BMailNetworkCreated) ContractEventName() string {
	return BMailNetworkCreatedEventName
}

// UnpackNetworkCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NetworkCreated(bytes32 indexed id, (uint32,uint32,uint16,uint16,uint8,uint32,uint16,uint16,uint16,uint16,uint16,uint32,uint16) params)
func (bMail *BMail) UnpackNetworkCreatedEvent(log *types.Log) (*BMailNetworkCreated, error) {
	event := "NetworkCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bMail.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BMailNetworkCreated)
	if len(log.Data) > 0 {
		if err := bMail.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bMail.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BMailNoncesCancelled represents a NoncesCancelled event raised by the BMail contract.
type BMailNoncesCancelled struct {
	Account common.Address
	Below   uint32
	Raw     *types.Log // Blockchain specific contextual infos
}

const BMailNoncesCancelledEventName = "NoncesCancelled"

// ContractEventName returns the user-defined event name.
func (BMailNoncesCancelled) ContractEventName() string {
	return BMailNoncesCancelledEventName
}

// UnpackNoncesCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NoncesCancelled(address indexed account, uint32 below)
func (bMail *BMail) UnpackNoncesCancelledEvent(log *types.Log) (*BMailNoncesCancelled, error) {
	event := "NoncesCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bMail.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BMailNoncesCancelled)
	if len(log.Data) > 0 {
		if err := bMail.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bMail.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BMailOrderSkipped represents a OrderSkipped event raised by the BMail contract.
type BMailOrderSkipped struct {
	From   common.Address
	Nonce  uint32
	Index  uint16
	Reason uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const BMailOrderSkippedEventName = "OrderSkipped"

// ContractEventName returns the user-defined event name.
func (BMailOrderSkipped) ContractEventName() string {
	return BMailOrderSkippedEventName
}

// UnpackOrderSkippedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderSkipped(address indexed from, uint32 nonce, uint16 index, uint8 reason)
func (bMail *BMail) UnpackOrderSkippedEvent(log *types.Log) (*BMailOrderSkipped, error) {
	event := "OrderSkipped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bMail.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BMailOrderSkipped)
	if len(log.Data) > 0 {
		if err := bMail.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bMail.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BMailRecipientSkipped represents a RecipientSkipped event raised by the BMail contract.
type BMailRecipientSkipped struct {
	From   common.Address
	To     common.Address
	Reason uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const BMailRecipientSkippedEventName = "RecipientSkipped"

// ContractEventName returns the user-defined event name.
func (BMailRecipientSkipped) ContractEventName() string {
	return BMailRecipientSkippedEventName
}

// UnpackRecipientSkippedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RecipientSkipped(address indexed from, address indexed to, uint8 reason)
func (bMail *BMail) UnpackRecipientSkippedEvent(log *types.Log) (*BMailRecipientSkipped, error) {
	event := "RecipientSkipped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bMail.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BMailRecipientSkipped)
	if len(log.Data) > 0 {
		if err := bMail.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bMail.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BMailRegistered represents a Registered event raised by the BMail contract.
type BMailRegistered struct {
	Account    common.Address
	BundleHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const BMailRegisteredEventName = "Registered"

// ContractEventName returns the user-defined event name.
func (BMailRegistered) ContractEventName() string {
	return BMailRegisteredEventName
}

// UnpackRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Registered(address indexed account, bytes32 bundleHash)
func (bMail *BMail) UnpackRegisteredEvent(log *types.Log) (*BMailRegistered, error) {
	event := "Registered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bMail.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BMailRegistered)
	if len(log.Data) > 0 {
		if err := bMail.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bMail.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BMailSettled represents a Settled event raised by the BMail contract.
type BMailSettled struct {
	Relay     common.Address
	Delivered uint32
	Skipped   uint32
	RelayFees uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const BMailSettledEventName = "Settled"

// ContractEventName returns the user-defined event name.
func (BMailSettled) ContractEventName() string {
	return BMailSettledEventName
}

// UnpackSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Settled(address indexed relay, uint32 delivered, uint32 skipped, uint64 relayFees)
func (bMail *BMail) UnpackSettledEvent(log *types.Log) (*BMailSettled, error) {
	event := "Settled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bMail.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BMailSettled)
	if len(log.Data) > 0 {
		if err := bMail.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bMail.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BMailTransfer represents a Transfer event raised by the BMail contract.
type BMailTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const BMailTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (BMailTransfer) ContractEventName() string {
	return BMailTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (bMail *BMail) UnpackTransferEvent(log *types.Log) (*BMailTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bMail.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BMailTransfer)
	if len(log.Data) > 0 {
		if err := bMail.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bMail.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BMailWithdrawalRequested represents a WithdrawalRequested event raised by the BMail contract.
type BMailWithdrawalRequested struct {
	Account common.Address
	Amount  uint64
	ReadyAt uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const BMailWithdrawalRequestedEventName = "WithdrawalRequested"

// ContractEventName returns the user-defined event name.
func (BMailWithdrawalRequested) ContractEventName() string {
	return BMailWithdrawalRequestedEventName
}

// UnpackWithdrawalRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalRequested(address indexed account, uint64 amount, uint64 readyAt)
func (bMail *BMail) UnpackWithdrawalRequestedEvent(log *types.Log) (*BMailWithdrawalRequested, error) {
	event := "WithdrawalRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bMail.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BMailWithdrawalRequested)
	if len(log.Data) > 0 {
		if err := bMail.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bMail.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BMailWithdrawn represents a Withdrawn event raised by the BMail contract.
type BMailWithdrawn struct {
	Account common.Address
	To      common.Address
	Amount  uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const BMailWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (BMailWithdrawn) ContractEventName() string {
	return BMailWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, address to, uint64 amount)
func (bMail *BMail) UnpackWithdrawnEvent(log *types.Log) (*BMailWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bMail.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BMailWithdrawn)
	if len(log.Data) > 0 {
		if err := bMail.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bMail.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (bMail *BMail) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], bMail.abi.Errors["AckWindowClosed"].ID.Bytes()[:4]) {
		return bMail.UnpackAckWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["AlreadyAcked"].ID.Bytes()[:4]) {
		return bMail.UnpackAlreadyAckedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["BadNetworkParams"].ID.Bytes()[:4]) {
		return bMail.UnpackBadNetworkParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["BadOrders"].ID.Bytes()[:4]) {
		return bMail.UnpackBadOrdersError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["BadRecipient"].ID.Bytes()[:4]) {
		return bMail.UnpackBadRecipientError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["BadRelay"].ID.Bytes()[:4]) {
		return bMail.UnpackBadRelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["BadSize"].ID.Bytes()[:4]) {
		return bMail.UnpackBadSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["BadVerdict"].ID.Bytes()[:4]) {
		return bMail.UnpackBadVerdictError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["BalanceOverflow"].ID.Bytes()[:4]) {
		return bMail.UnpackBalanceOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["BelowMinReputation"].ID.Bytes()[:4]) {
		return bMail.UnpackBelowMinReputationError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["Blocked"].ID.Bytes()[:4]) {
		return bMail.UnpackBlockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["EndorseBeyondFloor"].ID.Bytes()[:4]) {
		return bMail.UnpackEndorseBeyondFloorError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["EndorseCapExceeded"].ID.Bytes()[:4]) {
		return bMail.UnpackEndorseCapExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["FeeAboveMax"].ID.Bytes()[:4]) {
		return bMail.UnpackFeeAboveMaxError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return bMail.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return bMail.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["NetworkExists"].ID.Bytes()[:4]) {
		return bMail.UnpackNetworkExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["NoPendingMail"].ID.Bytes()[:4]) {
		return bMail.UnpackNoPendingMailError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["NoWithdrawalRequested"].ID.Bytes()[:4]) {
		return bMail.UnpackNoWithdrawalRequestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["NotColdMail"].ID.Bytes()[:4]) {
		return bMail.UnpackNotColdMailError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["NotTransferable"].ID.Bytes()[:4]) {
		return bMail.UnpackNotTransferableError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["NotWholeGwei"].ID.Bytes()[:4]) {
		return bMail.UnpackNotWholeGweiError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["OwedOverflow"].ID.Bytes()[:4]) {
		return bMail.UnpackOwedOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["Reentrancy"].ID.Bytes()[:4]) {
		return bMail.UnpackReentrancyError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["RelayFeeAboveCap"].ID.Bytes()[:4]) {
		return bMail.UnpackRelayFeeAboveCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["SpamAlreadyMarked"].ID.Bytes()[:4]) {
		return bMail.UnpackSpamAlreadyMarkedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["TooManyRecipients"].ID.Bytes()[:4]) {
		return bMail.UnpackTooManyRecipientsError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return bMail.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["UnknownNetwork"].ID.Bytes()[:4]) {
		return bMail.UnpackUnknownNetworkError(raw[4:])
	}
	if bytes.Equal(raw[:4], bMail.abi.Errors["WithdrawalNotReady"].ID.Bytes()[:4]) {
		return bMail.UnpackWithdrawalNotReadyError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BMailAckWindowClosed represents a AckWindowClosed error raised by the BMail contract.
type BMailAckWindowClosed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AckWindowClosed()
func BMailAckWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xc699b8493591b78be00a14711a9cec2d1f451df1a1254964ba295a7e8c5620e7")
}

// UnpackAckWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AckWindowClosed()
func (bMail *BMail) UnpackAckWindowClosedError(raw []byte) (*BMailAckWindowClosed, error) {
	out := new(BMailAckWindowClosed)
	if err := bMail.abi.UnpackIntoInterface(out, "AckWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailAlreadyAcked represents a AlreadyAcked error raised by the BMail contract.
type BMailAlreadyAcked struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyAcked()
func BMailAlreadyAckedErrorID() common.Hash {
	return common.HexToHash("0xa75e5433525c80d2032414ccd06b9dcf2687357b28e72b3039a40aa276f862a9")
}

// UnpackAlreadyAckedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyAcked()
func (bMail *BMail) UnpackAlreadyAckedError(raw []byte) (*BMailAlreadyAcked, error) {
	out := new(BMailAlreadyAcked)
	if err := bMail.abi.UnpackIntoInterface(out, "AlreadyAcked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailBadNetworkParams represents a BadNetworkParams error raised by the BMail contract.
type BMailBadNetworkParams struct {
	Field uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadNetworkParams(uint8 field)
func BMailBadNetworkParamsErrorID() common.Hash {
	return common.HexToHash("0xfc572b7f31e98413f9462422ede4b37c1e65d84f58729a9a7276400d8a9b71d1")
}

// UnpackBadNetworkParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadNetworkParams(uint8 field)
func (bMail *BMail) UnpackBadNetworkParamsError(raw []byte) (*BMailBadNetworkParams, error) {
	out := new(BMailBadNetworkParams)
	if err := bMail.abi.UnpackIntoInterface(out, "BadNetworkParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailBadOrders represents a BadOrders error raised by the BMail contract.
type BMailBadOrders struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOrders()
func BMailBadOrdersErrorID() common.Hash {
	return common.HexToHash("0xc0e10d611e1f3a6d3a4949e9e5aefbf77825825b59a8c58c71e113e18e2b6687")
}

// UnpackBadOrdersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOrders()
func (bMail *BMail) UnpackBadOrdersError(raw []byte) (*BMailBadOrders, error) {
	out := new(BMailBadOrders)
	if err := bMail.abi.UnpackIntoInterface(out, "BadOrders", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailBadRecipient represents a BadRecipient error raised by the BMail contract.
type BMailBadRecipient struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRecipient()
func BMailBadRecipientErrorID() common.Hash {
	return common.HexToHash("0x67a2cc26f08d48fe23887a2dc9ef6aad11816d32578024f4a106e08c02451210")
}

// UnpackBadRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRecipient()
func (bMail *BMail) UnpackBadRecipientError(raw []byte) (*BMailBadRecipient, error) {
	out := new(BMailBadRecipient)
	if err := bMail.abi.UnpackIntoInterface(out, "BadRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailBadRelay represents a BadRelay error raised by the BMail contract.
type BMailBadRelay struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRelay()
func BMailBadRelayErrorID() common.Hash {
	return common.HexToHash("0x4f292daeebb211bb7f97687b4d9c70098ff0707ceab53cbdfcd21dab0c6b775e")
}

// UnpackBadRelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRelay()
func (bMail *BMail) UnpackBadRelayError(raw []byte) (*BMailBadRelay, error) {
	out := new(BMailBadRelay)
	if err := bMail.abi.UnpackIntoInterface(out, "BadRelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailBadSize represents a BadSize error raised by the BMail contract.
type BMailBadSize struct {
	Size uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSize(uint32 size)
func BMailBadSizeErrorID() common.Hash {
	return common.HexToHash("0xb8def7a662cf67f30804e28e4bc69cc2069cb72e0f5584dffff59f647667fa15")
}

// UnpackBadSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSize(uint32 size)
func (bMail *BMail) UnpackBadSizeError(raw []byte) (*BMailBadSize, error) {
	out := new(BMailBadSize)
	if err := bMail.abi.UnpackIntoInterface(out, "BadSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailBadVerdict represents a BadVerdict error raised by the BMail contract.
type BMailBadVerdict struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadVerdict()
func BMailBadVerdictErrorID() common.Hash {
	return common.HexToHash("0x43e43260896d755cf70b6c0904acfac8fcd52f7ac7c0bf280af75907b90e2148")
}

// UnpackBadVerdictError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadVerdict()
func (bMail *BMail) UnpackBadVerdictError(raw []byte) (*BMailBadVerdict, error) {
	out := new(BMailBadVerdict)
	if err := bMail.abi.UnpackIntoInterface(out, "BadVerdict", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailBalanceOverflow represents a BalanceOverflow error raised by the BMail contract.
type BMailBalanceOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BalanceOverflow()
func BMailBalanceOverflowErrorID() common.Hash {
	return common.HexToHash("0x89560ca179de587f7cde21350ea3b3107bc2c395f00f00f5a5d9131f8e274b90")
}

// UnpackBalanceOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BalanceOverflow()
func (bMail *BMail) UnpackBalanceOverflowError(raw []byte) (*BMailBalanceOverflow, error) {
	out := new(BMailBalanceOverflow)
	if err := bMail.abi.UnpackIntoInterface(out, "BalanceOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailBelowMinReputation represents a BelowMinReputation error raised by the BMail contract.
type BMailBelowMinReputation struct {
	Reputation uint64
	Minimum    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BelowMinReputation(uint64 reputation, uint64 minimum)
func BMailBelowMinReputationErrorID() common.Hash {
	return common.HexToHash("0x7406a479cff1bd1bd9f726253ae194454db9f4256959464dc56c9f5c9b775cff")
}

// UnpackBelowMinReputationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BelowMinReputation(uint64 reputation, uint64 minimum)
func (bMail *BMail) UnpackBelowMinReputationError(raw []byte) (*BMailBelowMinReputation, error) {
	out := new(BMailBelowMinReputation)
	if err := bMail.abi.UnpackIntoInterface(out, "BelowMinReputation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailBlocked represents a Blocked error raised by the BMail contract.
type BMailBlocked struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Blocked()
func BMailBlockedErrorID() common.Hash {
	return common.HexToHash("0xa5baf151492801d3b7a89ece73c1ed0b6dde992d47a0e283ff7d352bba70e0f5")
}

// UnpackBlockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Blocked()
func (bMail *BMail) UnpackBlockedError(raw []byte) (*BMailBlocked, error) {
	out := new(BMailBlocked)
	if err := bMail.abi.UnpackIntoInterface(out, "Blocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailEndorseBeyondFloor represents a EndorseBeyondFloor error raised by the BMail contract.
type BMailEndorseBeyondFloor struct {
	Available uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EndorseBeyondFloor(uint64 available)
func BMailEndorseBeyondFloorErrorID() common.Hash {
	return common.HexToHash("0x5a745c34795c147372b9e9e7cc62ff8f0ad08346d7cd3d8f2282691c27ebafcd")
}

// UnpackEndorseBeyondFloorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EndorseBeyondFloor(uint64 available)
func (bMail *BMail) UnpackEndorseBeyondFloorError(raw []byte) (*BMailEndorseBeyondFloor, error) {
	out := new(BMailEndorseBeyondFloor)
	if err := bMail.abi.UnpackIntoInterface(out, "EndorseBeyondFloor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailEndorseCapExceeded represents a EndorseCapExceeded error raised by the BMail contract.
type BMailEndorseCapExceeded struct {
	Room uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EndorseCapExceeded(uint64 room)
func BMailEndorseCapExceededErrorID() common.Hash {
	return common.HexToHash("0x481af408fcfdbdafa71c20226bf8690d993fe270ddeff06ff08581ec8467a232")
}

// UnpackEndorseCapExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EndorseCapExceeded(uint64 room)
func (bMail *BMail) UnpackEndorseCapExceededError(raw []byte) (*BMailEndorseCapExceeded, error) {
	out := new(BMailEndorseCapExceeded)
	if err := bMail.abi.UnpackIntoInterface(out, "EndorseCapExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailFeeAboveMax represents a FeeAboveMax error raised by the BMail contract.
type BMailFeeAboveMax struct {
	Price  uint64
	MaxFee uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeAboveMax(uint64 price, uint64 maxFee)
func BMailFeeAboveMaxErrorID() common.Hash {
	return common.HexToHash("0x4fd2273f1b0457b47c4ffea48493a7d4944190755d6a0140a816c146dac3e577")
}

// UnpackFeeAboveMaxError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeAboveMax(uint64 price, uint64 maxFee)
func (bMail *BMail) UnpackFeeAboveMaxError(raw []byte) (*BMailFeeAboveMax, error) {
	out := new(BMailFeeAboveMax)
	if err := bMail.abi.UnpackIntoInterface(out, "FeeAboveMax", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailInsufficientBalance represents a InsufficientBalance error raised by the BMail contract.
type BMailInsufficientBalance struct {
	Balance uint64
	Needed  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint64 balance, uint64 needed)
func BMailInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0x9432a7ee96eb516e30413b18ab75b707f9f48f1d3ecc73060500340ea90e11c8")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint64 balance, uint64 needed)
func (bMail *BMail) UnpackInsufficientBalanceError(raw []byte) (*BMailInsufficientBalance, error) {
	out := new(BMailInsufficientBalance)
	if err := bMail.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailLengthMismatch represents a LengthMismatch error raised by the BMail contract.
type BMailLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func BMailLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (bMail *BMail) UnpackLengthMismatchError(raw []byte) (*BMailLengthMismatch, error) {
	out := new(BMailLengthMismatch)
	if err := bMail.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailNetworkExists represents a NetworkExists error raised by the BMail contract.
type BMailNetworkExists struct {
	Network [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NetworkExists(bytes32 network)
func BMailNetworkExistsErrorID() common.Hash {
	return common.HexToHash("0x3b2c8c6451b0ad01644da69ac38d8bfd24a343f2e50a7a4c315b972e2f8a4b1e")
}

// UnpackNetworkExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NetworkExists(bytes32 network)
func (bMail *BMail) UnpackNetworkExistsError(raw []byte) (*BMailNetworkExists, error) {
	out := new(BMailNetworkExists)
	if err := bMail.abi.UnpackIntoInterface(out, "NetworkExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailNoPendingMail represents a NoPendingMail error raised by the BMail contract.
type BMailNoPendingMail struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoPendingMail()
func BMailNoPendingMailErrorID() common.Hash {
	return common.HexToHash("0x06183f15eea8268be0a58393033920657115241fefe4b114cf18518f3c22cf6f")
}

// UnpackNoPendingMailError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoPendingMail()
func (bMail *BMail) UnpackNoPendingMailError(raw []byte) (*BMailNoPendingMail, error) {
	out := new(BMailNoPendingMail)
	if err := bMail.abi.UnpackIntoInterface(out, "NoPendingMail", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailNoWithdrawalRequested represents a NoWithdrawalRequested error raised by the BMail contract.
type BMailNoWithdrawalRequested struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoWithdrawalRequested()
func BMailNoWithdrawalRequestedErrorID() common.Hash {
	return common.HexToHash("0x87bdc6a9cec56cef4e73de5358b9da8b84e566b7335acf2cb00a5c27102a655e")
}

// UnpackNoWithdrawalRequestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoWithdrawalRequested()
func (bMail *BMail) UnpackNoWithdrawalRequestedError(raw []byte) (*BMailNoWithdrawalRequested, error) {
	out := new(BMailNoWithdrawalRequested)
	if err := bMail.abi.UnpackIntoInterface(out, "NoWithdrawalRequested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailNotColdMail represents a NotColdMail error raised by the BMail contract.
type BMailNotColdMail struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotColdMail()
func BMailNotColdMailErrorID() common.Hash {
	return common.HexToHash("0x36c53cff6985381d12e95d36d353836582c5b4232e45828ca7b300f779f4af83")
}

// UnpackNotColdMailError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotColdMail()
func (bMail *BMail) UnpackNotColdMailError(raw []byte) (*BMailNotColdMail, error) {
	out := new(BMailNotColdMail)
	if err := bMail.abi.UnpackIntoInterface(out, "NotColdMail", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailNotTransferable represents a NotTransferable error raised by the BMail contract.
type BMailNotTransferable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTransferable()
func BMailNotTransferableErrorID() common.Hash {
	return common.HexToHash("0xdc8d8db78d5a7a955c0008cdb175a6daa2ad76ae227915e1cd1b28ee4ec4bec3")
}

// UnpackNotTransferableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTransferable()
func (bMail *BMail) UnpackNotTransferableError(raw []byte) (*BMailNotTransferable, error) {
	out := new(BMailNotTransferable)
	if err := bMail.abi.UnpackIntoInterface(out, "NotTransferable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailNotWholeGwei represents a NotWholeGwei error raised by the BMail contract.
type BMailNotWholeGwei struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotWholeGwei()
func BMailNotWholeGweiErrorID() common.Hash {
	return common.HexToHash("0x330670ed51ce849b8a58b6f71461cb57113ecc0121a9f86338d4591e56c036de")
}

// UnpackNotWholeGweiError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotWholeGwei()
func (bMail *BMail) UnpackNotWholeGweiError(raw []byte) (*BMailNotWholeGwei, error) {
	out := new(BMailNotWholeGwei)
	if err := bMail.abi.UnpackIntoInterface(out, "NotWholeGwei", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailOwedOverflow represents a OwedOverflow error raised by the BMail contract.
type BMailOwedOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwedOverflow()
func BMailOwedOverflowErrorID() common.Hash {
	return common.HexToHash("0x56c84999754dc3cb7ffd5a478f2350c29fcb70b6223272898756950386568c69")
}

// UnpackOwedOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwedOverflow()
func (bMail *BMail) UnpackOwedOverflowError(raw []byte) (*BMailOwedOverflow, error) {
	out := new(BMailOwedOverflow)
	if err := bMail.abi.UnpackIntoInterface(out, "OwedOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailReentrancy represents a Reentrancy error raised by the BMail contract.
type BMailReentrancy struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Reentrancy()
func BMailReentrancyErrorID() common.Hash {
	return common.HexToHash("0xab143c06c9772d69bbbc9f2fe74acd02f810e93b099f3d1dac8448ac9ae35991")
}

// UnpackReentrancyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Reentrancy()
func (bMail *BMail) UnpackReentrancyError(raw []byte) (*BMailReentrancy, error) {
	out := new(BMailReentrancy)
	if err := bMail.abi.UnpackIntoInterface(out, "Reentrancy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailRelayFeeAboveCap represents a RelayFeeAboveCap error raised by the BMail contract.
type BMailRelayFeeAboveCap struct {
	RelayFee uint64
	Cap      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RelayFeeAboveCap(uint64 relayFee, uint64 cap)
func BMailRelayFeeAboveCapErrorID() common.Hash {
	return common.HexToHash("0xd814c4552a3fd46a9bb67dafca9f53e858872b5da8fe6d92b50a7870a25ab2b6")
}

// UnpackRelayFeeAboveCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RelayFeeAboveCap(uint64 relayFee, uint64 cap)
func (bMail *BMail) UnpackRelayFeeAboveCapError(raw []byte) (*BMailRelayFeeAboveCap, error) {
	out := new(BMailRelayFeeAboveCap)
	if err := bMail.abi.UnpackIntoInterface(out, "RelayFeeAboveCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailSpamAlreadyMarked represents a SpamAlreadyMarked error raised by the BMail contract.
type BMailSpamAlreadyMarked struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SpamAlreadyMarked()
func BMailSpamAlreadyMarkedErrorID() common.Hash {
	return common.HexToHash("0xc77f10b97220c2e893325bb7e189b1808faee5eb6ff79e03012fcd98b5eeef8f")
}

// UnpackSpamAlreadyMarkedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SpamAlreadyMarked()
func (bMail *BMail) UnpackSpamAlreadyMarkedError(raw []byte) (*BMailSpamAlreadyMarked, error) {
	out := new(BMailSpamAlreadyMarked)
	if err := bMail.abi.UnpackIntoInterface(out, "SpamAlreadyMarked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailTooManyRecipients represents a TooManyRecipients error raised by the BMail contract.
type BMailTooManyRecipients struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyRecipients()
func BMailTooManyRecipientsErrorID() common.Hash {
	return common.HexToHash("0x5531b4957fce0c47443d078fbe139f15efad8eac45d4c42b07ef1f6be7119514")
}

// UnpackTooManyRecipientsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyRecipients()
func (bMail *BMail) UnpackTooManyRecipientsError(raw []byte) (*BMailTooManyRecipients, error) {
	out := new(BMailTooManyRecipients)
	if err := bMail.abi.UnpackIntoInterface(out, "TooManyRecipients", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailTransferFailed represents a TransferFailed error raised by the BMail contract.
type BMailTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func BMailTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (bMail *BMail) UnpackTransferFailedError(raw []byte) (*BMailTransferFailed, error) {
	out := new(BMailTransferFailed)
	if err := bMail.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailUnknownNetwork represents a UnknownNetwork error raised by the BMail contract.
type BMailUnknownNetwork struct {
	Network [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownNetwork(bytes32 network)
func BMailUnknownNetworkErrorID() common.Hash {
	return common.HexToHash("0xd1734d44d0bf370577f11031c75e20ca92e1f59516d6e61705c0e74a525140cb")
}

// UnpackUnknownNetworkError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownNetwork(bytes32 network)
func (bMail *BMail) UnpackUnknownNetworkError(raw []byte) (*BMailUnknownNetwork, error) {
	out := new(BMailUnknownNetwork)
	if err := bMail.abi.UnpackIntoInterface(out, "UnknownNetwork", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BMailWithdrawalNotReady represents a WithdrawalNotReady error raised by the BMail contract.
type BMailWithdrawalNotReady struct {
	ReadyAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalNotReady(uint64 readyAt)
func BMailWithdrawalNotReadyErrorID() common.Hash {
	return common.HexToHash("0xb4387448a3ea3bd3bf98108bfbf80e13e305852c3294fe983f97d1242551535a")
}

// UnpackWithdrawalNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalNotReady(uint64 readyAt)
func (bMail *BMail) UnpackWithdrawalNotReadyError(raw []byte) (*BMailWithdrawalNotReady, error) {
	out := new(BMailWithdrawalNotReady)
	if err := bMail.abi.UnpackIntoInterface(out, "WithdrawalNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}
