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
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AckWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyAcked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"field\",\"type\":\"uint8\"}],\"name\":\"BadNetworkParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOrders\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRelay\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"}],\"name\":\"BadSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadVerdict\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BalanceOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"reputation\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"BelowMinReputation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Blocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"available\",\"type\":\"uint64\"}],\"name\":\"EndorseBeyondFloor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"room\",\"type\":\"uint64\"}],\"name\":\"EndorseCapExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxFee\",\"type\":\"uint64\"}],\"name\":\"FeeAboveMax\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"balance\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"needed\",\"type\":\"uint64\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"network\",\"type\":\"bytes32\"}],\"name\":\"NetworkExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoPendingMail\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoWithdrawalRequested\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotColdMail\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotTransferable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotWholeGwei\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OwedOverflow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrancy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"relayFee\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cap\",\"type\":\"uint64\"}],\"name\":\"RelayFeeAboveCap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SpamAlreadyMarked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyRecipients\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"network\",\"type\":\"bytes32\"}],\"name\":\"UnknownNetwork\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalNotReady\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"acker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"minted\",\"type\":\"uint64\"}],\"name\":\"Acked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"blocked\",\"type\":\"bool\"}],\"name\":\"BlockSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":true,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"network\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"payment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"relaying\",\"type\":\"bytes32\"}],\"name\":\"Delivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"received\",\"type\":\"uint64\"}],\"name\":\"Endorsed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"MinReputationSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"base\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"perBucket\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"rateFree\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"rateStep\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"replyWeight\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"repThreshold\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"repDiscountBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"newcomerSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"spamSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recipientBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"relayCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"relayFlat\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"burnBps\",\"type\":\"uint16\"}],\"indexed\":false,\"internalType\":\"structBMail.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"NetworkCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"below\",\"type\":\"uint32\"}],\"name\":\"NoncesCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"index\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"OrderSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"RecipientSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"bundleHash\",\"type\":\"bytes32\"}],\"name\":\"Registered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"delivered\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"skipped\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"relayFees\",\"type\":\"uint64\"}],\"name\":\"Settled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"NEWSLETTER\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PERSONAL\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"}],\"name\":\"ack\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceGwei\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"blocked\",\"type\":\"bool\"}],\"name\":\"blockSender\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"network\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"secrets\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxFee\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"relayFee\",\"type\":\"uint64\"}],\"name\":\"broadcast\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"bundleOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"below\",\"type\":\"uint32\"}],\"name\":\"cancelBelow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"counterparties\",\"type\":\"address[]\"}],\"name\":\"claimFrom\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"total\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"completeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"base\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"perBucket\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"rateFree\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"rateStep\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"replyWeight\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"repThreshold\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"repDiscountBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"newcomerSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"spamSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recipientBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"relayCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"relayFlat\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"burnBps\",\"type\":\"uint16\"}],\"internalType\":\"structBMail.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"createNetwork\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"depositTo\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"endorse\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"base\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"perBucket\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"rateFree\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"rateStep\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"replyWeight\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"repThreshold\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"repDiscountBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"newcomerSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"spamSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recipientBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"relayCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"relayFlat\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"burnBps\",\"type\":\"uint16\"}],\"internalType\":\"structBMail.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"networkId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"networkWord\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"}],\"name\":\"nonceUsed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"network\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxFee\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"relayFee\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"}],\"name\":\"orderDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"counterparty\",\"type\":\"address\"}],\"name\":\"owedTo\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"network\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recipients\",\"type\":\"uint32\"}],\"name\":\"quote\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"fee\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"burn\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"relayCap\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"quoteState\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"account\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"standing\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pair\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"recipientStanding\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"bundleHash\",\"type\":\"bytes32\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"reputationOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"earned\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"endorsed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"spam\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"network\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxFee\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"relayFee\",\"type\":\"uint64\"}],\"name\":\"send\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"setMinReputation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"networks\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"orders\",\"type\":\"bytes\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"startWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"withdrawalRequestOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "BMail",
	Bin: "0x610140604052348015610010575f5ffd5b505f6100f4604080516101a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081019190915250604080516101a0810182526113888082526101f46020830152601492820192909252600a60608201526032608082015260a0810182905260c081019190915261271060e08201526109c46101008201526103e86101208201819052610bb86101408301526107d061016083015261018082015290565b90505f6101d8604080516101a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081019190915250604080516101a0810182526103e88152606460208201526107d091810182905260608101829052600a6080820152614e2060a082015261138860c082015261271060e08201526109c46101008201526002610120820152610bb86101408201526101f461016082015261018081019190915290565b90506101e382610440565b6080526101ef81610440565b60a0526102ba825f60f082610180015161ffff16901b60d883610160015163ffffffff16901b60c884610140015161ffff16901b60b885610120015161ffff16901b60a886610100015161ffff16901b60988760e0015161ffff16901b60888860c0015161ffff16901b60688960a0015163ffffffff16901b60608a6080015160ff16901b60508b6060015161ffff16901b60408c6040015161ffff16901b60208d6020015163ffffffff16901b8d5f015163ffffffff161717171717171717171717179050919050565b60c052610385815f60f082610180015161ffff16901b60d883610160015163ffffffff16901b60c884610140015161ffff16901b60b885610120015161ffff16901b60a886610100015161ffff16901b60988760e0015161ffff16901b60888860c0015161ffff16901b60688960a0015163ffffffff16901b60608a6080015160ff16901b60508b6060015161ffff16901b60408c6040015161ffff16901b60208d6020015163ffffffff16901b8d5f015163ffffffff161717171717171717171717179050919050565b60e0524661010052610434604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f9c1d6efd35ec2225b133d586b4f040615f4cf211d15798262a386b62b3adc19c918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b61012052506109439050565b5f61044a826105c0565b8160405160200161045b9190610817565b60408051601f1981840301815291815281516020928301205f8181526004909352912054909150156104a857604051630ecb231960e21b8152600481018290526024015b60405180910390fd5b610570825f60f082610180015161ffff16901b60d883610160015163ffffffff16901b60c884610140015161ffff16901b60b885610120015161ffff16901b60a886610100015161ffff16901b60988760e0015161ffff16901b60888860c0015161ffff16901b60688960a0015163ffffffff16901b60608a6080015160ff16901b60508b6060015161ffff16901b60408c6040015161ffff16901b60208d6020015163ffffffff16901b8d5f015163ffffffff161717171717171717171717179050919050565b5f8281526004602052604090819020919091555181907fd938022c3ea2c098f700d432d963273aabc28a44b11610a3102f7492ccdd2fd0906105b3908590610817565b60405180910390a2919050565b805163ffffffff1615806105e05750633b9aca00815f015163ffffffff16115b156106005760405163fc572b7f60e01b81525f600482015260240161049f565b633b9aca00816020015163ffffffff1611156106325760405163fc572b7f60e01b81526001600482015260240161049f565b806060015161ffff165f0361065d5760405163fc572b7f60e01b81526003600482015260240161049f565b6064816080015160ff1611156106885760405163fc572b7f60e01b815260048181015260240161049f565b8060a0015163ffffffff165f036106b55760405163fc572b7f60e01b81526005600482015260240161049f565b6123288160c0015161ffff1611156106e35760405163fc572b7f60e01b81526006600482015260240161049f565b6127108160e0015161ffff1611156107115760405163fc572b7f60e01b81526007600482015260240161049f565b61271081610100015161ffff1611156107405760405163fc572b7f60e01b81526008600482015260240161049f565b61271081610120015161ffff16111561076f5760405163fc572b7f60e01b81526009600482015260240161049f565b610bb881610140015161ffff16111561079e5760405163fc572b7f60e01b8152600a600482015260240161049f565b620f424081610160015163ffffffff1611156107d05760405163fc572b7f60e01b8152600b600482015260240161049f565b6101f481610180015161ffff1610806107f3575061138881610180015161ffff16115b156108145760405163fc572b7f60e01b8152600c600482015260240161049f565b50565b815163ffffffff1681526101a08101602083015161083d602084018263ffffffff169052565b506040830151610853604084018261ffff169052565b506060830151610869606084018261ffff169052565b50608083015161087e608084018260ff169052565b5060a083015161089660a084018263ffffffff169052565b5060c08301516108ac60c084018261ffff169052565b5060e08301516108c260e084018261ffff169052565b506101008301516108da61010084018261ffff169052565b506101208301516108f261012084018261ffff169052565b5061014083015161090a61014084018261ffff169052565b5061016083015161092461016084018263ffffffff169052565b5061018083015161093c61018084018261ffff169052565b5092915050565b60805160a05160c05160e051610100516101205161520d6109b45f395f61216101525f61213901525f81816127ff015261432f01525f81816127b101526142e501525f81816106bf015281816127d7015261430a01525f81816107f00152818161278901526142c0015261520d5ff3fe60806040526004361061027a575f3560e01c8063ab9fc55a1161014b578063db89c044116100c6578063f43f3e8f1161007c578063f698da2511610062578063f698da2514610850578063f85919e814610864578063ff244eae14610883575f5ffd5b8063f43f3e8f14610812578063f4b3741914610831575f5ffd5b8063e1fa8e84116100ac578063e1fa8e84146107a1578063ec634dec146107c0578063f1aa139e146107df575f5ffd5b8063db89c04414610746578063dd62ed3e14610780575f5ffd5b8063ca682d751161011b578063d0e30db011610101578063d0e30db014610700578063d2e91bca14610708578063db5a0aa114610727575f5ffd5b8063ca682d75146106ae578063cd6c3fb6146106e1575f5ffd5b8063ab9fc55a1461063e578063b10e284f1461065d578063b760faf91461067c578063c0173e181461068f575f5ffd5b806364f84e2f116101f5578063844c633c116101ab578063a2c06cdf11610191578063a2c06cdf146105d5578063a7c133831461061f578063a9059cbb14610313575f5ffd5b8063844c633c1461054e57806395d89b411461058d575f5ffd5b806370a08231116101db57806370a08231146104b6578063731ccaff146104d55780637332d4d0146104f4575f5ffd5b806364f84e2f146104785780636dbaf9ee14610497575f5ffd5b806318e3c52a1161024a578063313ce56711610230578063313ce567146103cb57806356c8cd9c146103f05780635759f7211461040f575f5ffd5b806318e3c52a1461038657806323b872dd146103b1575f5ffd5b806306fdde03146102b5578063095ea7b3146103135780630c31a11e1461034257806318160ddd14610363575f5ffd5b366102b1576040517f330670ed00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5ffd5b3480156102c0575f5ffd5b506102fd6040518060400160405280601181526020017f622d6d61696c2072657075746174696f6e00000000000000000000000000000081525081565b60405161030a91906146e8565b60405180910390f35b34801561031e575f5ffd5b5061033261032d36600461475c565b6108ae565b604051901515815260200161030a565b34801561034d575f5ffd5b5061036161035c36600461479d565b6108e1565b005b34801561036e575f5ffd5b5061037860055481565b60405190815260200161030a565b348015610391575f5ffd5b506103786103a03660046147d0565b60036020525f908152604090205481565b3480156103bc575f5ffd5b5061033261032d3660046147eb565b3480156103d6575f5ffd5b506103de5f81565b60405160ff909116815260200161030a565b3480156103fb575f5ffd5b5061036161040a36600461483c565b610c4c565b34801561041a575f5ffd5b506104576104293660046147d0565b73ffffffffffffffffffffffffffffffffffffffff165f908152600260205260409081902054919082901c90565b6040805167ffffffffffffffff93841681529290911660208301520161030a565b348015610483575f5ffd5b506103786104923660046148b3565b610d4e565b3480156104a2575f5ffd5b506103616104b13660046147d0565b610d6c565b3480156104c1575f5ffd5b506103786104d03660046147d0565b611034565b3480156104e0575f5ffd5b506103616104ef3660046148cd565b611058565b3480156104ff575f5ffd5b5061053561050e3660046147d0565b73ffffffffffffffffffffffffffffffffffffffff165f9081526020819052604090205490565b60405167ffffffffffffffff909116815260200161030a565b348015610559575f5ffd5b5061056d6105683660046148e6565b611113565b60408051948552602085019390935291830152606082015260800161030a565b348015610598575f5ffd5b506102fd6040518060400160405280600481526020017f425245500000000000000000000000000000000000000000000000000000000081525081565b3480156105e0575f5ffd5b506105f46105ef36600461491d565b61118e565b6040805167ffffffffffffffff9485168152928416602084015292169181019190915260600161030a565b34801561062a575f5ffd5b5061037861063936600461497b565b611226565b348015610649575f5ffd5b50610361610658366004614a15565b611342565b348015610668575f5ffd5b50610361610677366004614a76565b611425565b61036161068a3660046147d0565b6115d7565b34801561069a575f5ffd5b506103326106a9366004614b0f565b6115e3565b3480156106b9575f5ffd5b506103787f000000000000000000000000000000000000000000000000000000000000000081565b3480156106ec575f5ffd5b506103786106fb3660046148b3565b611679565b6103616116a8565b348015610713575f5ffd5b506103616107223660046148cd565b6116b3565b348015610732575f5ffd5b506105356107413660046148e6565b61179d565b348015610751575f5ffd5b506107656107603660046147d0565b6117fd565b6040805193845260208401929092529082015260600161030a565b34801561078b575f5ffd5b5061037861079a3660046148e6565b5f92915050565b3480156107ac575f5ffd5b506103616107bb366004614b39565b611888565b3480156107cb575f5ffd5b506103616107da366004614b50565b6118cb565b3480156107ea575f5ffd5b506103787f000000000000000000000000000000000000000000000000000000000000000081565b34801561081d575f5ffd5b5061036161082c366004614b90565b6119f7565b34801561083c575f5ffd5b5061036161084b366004614bba565b611f19565b34801561085b575f5ffd5b50610378612136565b34801561086f575f5ffd5b5061053561087e366004614c74565b61222f565b34801561088e575f5ffd5b5061037861089d366004614b39565b5f9081526004602052604090205490565b5f6040517fdc8d8db700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff8216331480610919575073ffffffffffffffffffffffffffffffffffffffff8216155b15610950576040517f67a2cc2600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6109666109614262546000612413565b61243d565b335f908152602081905260408120549192509061098290612526565b905064ffffffffff606882901c16820260401c5f6103e882116109a5575f6109b1565b6109b16103e883614ce0565b9050808567ffffffffffffffff1611806109d5575060028567ffffffffffffffff16105b15610a1d576040517f5a745c3400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526024015b60405180910390fd5b5f610a3c87610a2d600289614d20565b67ffffffffffffffff166125d0565b9050606884901c64ffffffffff165f610a5f67ffffffffffffffff89168861276d565b9050818111610a7757610a728183614ce0565b610a79565b5f5b335f908152602081905260408082207fffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffffff8a16606885901b17905573ffffffffffffffffffffffffffffffffffffffff8c16825281205491935060ff82901c9003610b275773ffffffffffffffffffffffffffffffffffffffff8a165f9081526020819052604090207f8000000000000000000000000000000000000000000000000000000000000000821790555b8867ffffffffffffffff1684600554610b409190614d4f565b610b4a9190614ce0565b6005556040805167ffffffffffffffff808c1682528616602082015273ffffffffffffffffffffffffffffffffffffffff8c169133917f93ccdffe3ba3c17143460d684dc1a6cf44009588e7b6c65bd59d52c25e50f61d910160405180910390a360405184815273ffffffffffffffffffffffffffffffffffffffff8b169033907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35f337fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef610c2f8767ffffffffffffffff8e16614ce0565b60405190815260200160405180910390a350505050505050505050565b5f610c5688612786565b9050805f03610c94576040517fd1734d4400000000000000000000000000000000000000000000000000000000815260048101899052602401610a14565b67ffffffffffffffff821615801590610cc1575073ffffffffffffffffffffffffffffffffffffffff8316155b15610cf8576040517f4f292dae00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f610d075f835f5f5f5f612835565b505090508060ff165f14610d1f57610d1f818761380e565b67ffffffffffffffff831615610d4357610d43848467ffffffffffffffff16613b6e565b505050505050505050565b5f610d66610d6136849003840184614dc2565b613c3f565b92915050565b60ff5f5c1615610da8576040517fab143c0600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60015f805c7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00168217905d50335f9081526002602052604081205490819003610e1d576040517f87bdc6a900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b67ffffffffffffffff8116604082901c42811115610e73576040517fb438744800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610a14565b335f9081526020819052604090205467ffffffffffffffff811680841115610edb576040517f9432a7ee00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808316600483015285166024820152604401610a14565b610ee58483614ce0565b335f8181526020818152604080832094909455600290528281205590517fbaac24e87e58c882661315cdf88028ec18a57cc2e8d3a8e5e02de1cfa9f167e390610f5c908990889073ffffffffffffffffffffffffffffffffffffffff92909216825267ffffffffffffffff16602082015260400190565b60405180910390a25f73ffffffffffffffffffffffffffffffffffffffff8716610f8a633b9aca0087614ec5565b6040515f81818185875af1925050503d805f8114610fc3576040519150601f19603f3d011682016040523d82523d5f602084013e610fc8565b606091505b5050905080611003576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00815c16815d5050505050505050565b5f5f5f611040846117fd565b5090925090506110508183614d4f565b949350505050565b64ffffffffff8167ffffffffffffffff161115611077575064ffffffffff5b335f818152600160209081526040918290208054608086901b77ffffffffffffffff00000000000000000000000000000000167fffffffffffffffffffffff0000000000ffffffffffffffffffffffffffffffff821617909155915167ffffffffffffffff851681529192917fe29148dc2bbd6a5b93260d5890faf3c6cc976c2487f2864db33a3e00defccfcf91015b60405180910390a25050565b73ffffffffffffffffffffffffffffffffffffffff82165f90815260208181526040808320546001909252822054829182918291906111596111558989613df1565b5490565b73ffffffffffffffffffffffffffffffffffffffff979097165f90815260016020526040902054919890975090945092505050565b5f5f5f5f61119b89612786565b9050805f036111d9576040517fd1734d44000000000000000000000000000000000000000000000000000000008152600481018a9052602401610a14565b5f5f5f6111eb6003855f5f5f5f612835565b9250925092508260ff165f1461120557611205838a61380e565b81816112118685613e5e565b96509650965050505050955095509592505050565b604080517f71c31425b6a6eca9610bcaf5de32518c1d21b49ed6c73156d416630e598283c160208201529081018a905273ffffffffffffffffffffffffffffffffffffffff808a1660608301526080820189905263ffffffff80891660a084015267ffffffffffffffff80891660c085015280881660e0850152908616610100840152841661012083015282166101408201525f908190610160016040516020818303038152906040528051906020012090506112e1612136565b6040517f19010000000000000000000000000000000000000000000000000000000000006020820152602281019190915260428101829052606201604051602081830303815290604052805190602001209150509998505050505050505050565b335f9081526020819052604090205463ffffffff60c082901c81169083168110156113e5575f6113788263ffffffff8616614ce0565b335f9081526020819052604090207f8000000000000000ffffffffffffffffffffffffffffffffffffffffffffffff85167bffffffff00000000000000000000000000000000000000000000000060c088901b161760e095861c637fffffff1690921c90941b1792839055505b60405163ffffffff8416815233907fa8eaee9781e4194ab82ff0c19a99afa67cb73138a4ac53d26e6fe03923136a099060200160405180910390a2505050565b5f80821561153d576002831015611468576040517fc0e10d6100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61147560025f8587614edc565b61147e91614f03565b60f01c91505f61148f601484614ec5565b61149a906002614d4f565b9050808410156114d6576040517fc0e10d6100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b607b6114e28286614ce0565b6114ec9190614f68565b91506114f9607b83614ec5565b6115039082614d4f565b841461153b576040517fc0e10d6100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505b60028481019087905f90819061155790878688878e612835565b9250925050815f1461156d5761156d3383613b6e565b337ff15aa69d6924369398fcab83064f43f6fe692434b0596cdcf65a3a8bf259ce148261159a8189614ce0565b6040805163ffffffff938416815292909116602083015267ffffffffffffffff86169082015260600160405180910390a250505050505050505050565b6115e081613e99565b50565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526020819052604081205463ffffffff60c082901c811690841681111561162957600192505050610d66565b611634601f82614d4f565b8463ffffffff161061164a575f92505050610d66565b8061165c63ffffffff861660e0614d4f565b6116669190614ce0565b82901c6001165f14159250505092915050565b5f8160405160200161168b9190614f7b565b604051602081830303815290604052805190602001209050919050565b6116b133613e99565b565b8067ffffffffffffffff165f0361171357335f8181526002602090815260408083208390558051838152918201929092527fa548576ce23404fb1e2c1f9608435f4859f7d1b46d9497ba9c175554760607ce91015b60405180910390a250565b5f611720610e1042614d4f565b335f818152600260205260409081902067ffffffffffffffff86166fffffffffffffffff000000000000000085841b1617905551919250907fa548576ce23404fb1e2c1f9608435f4859f7d1b46d9497ba9c175554760607ce90611107908590859067ffffffffffffffff92831681529116602082015260400190565b5f5f6117ac6111558585613df1565b905065ffffffffffff8373ffffffffffffffffffffffffffffffffffffffff168573ffffffffffffffffffffffffffffffffffffffff16106117ef5760306117f1565b5f5b9190911c169392505050565b73ffffffffffffffffffffffffffffffffffffffff81165f908152602081905260408120548190819061182f81613ffa565b935061184381609061ffff62a8c00061400c565b915060ff81901c156118805773ffffffffffffffffffffffffffffffffffffffff85165f9081526001602052604090205461187d9061407b565b92505b509193909250565b335f8181526003602052604090819020839055517fb8142d42f05d95abf0a6570799774d59276e49ea32a04d9a4ec316ea4a6886bc906117089084815260200190565b73ffffffffffffffffffffffffffffffffffffffff8216331480611903575073ffffffffffffffffffffffffffffffffffffffff8216155b1561193a576040517f67a2cc2600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6119458333613df1565b90505f611950825490565b90505f73ffffffffffffffffffffffffffffffffffffffff851633106119815761197c60fa6001614d4f565b611984565b60fa5b6001901b905083611998578019821661199c565b8082175b8084559150604051841515815273ffffffffffffffffffffffffffffffffffffffff86169033907fa4244aa552bd5d27047e6ebc3cbdec7adcd607b095345e3c68ef4ba58c93ed4e9060200160405180910390a35050505050565b600260ff82161115611a35576040517f43e4326000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b3373ffffffffffffffffffffffffffffffffffffffff831603611a84576040517f06183f1500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611a8f8333613df1565b90505f611a9a825490565b90505f3373ffffffffffffffffffffffffffffffffffffffff861611611ac0575f611ac3565b60015b60ff1690505f611ad482602d614ec5565b611adf9060a0614d4f565b90505f6007611aef602884614d4f565b85901c1690505f62ffffff611b048285614d4f565b86901c169050815f03611b7c57805f03611b4a576040517f06183f1500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517fa75e543300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611b89610e1042614f68565b90505f611b968383614ce0565b90506102d08110611bd3576040517fc699b84900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff8a165f908152602081905260408120548190611c0390612526565b90507ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff8c1601611d0457611c3a602b88614d4f565b89901c6001165f03611c78576040517f36c53cff00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611c83602c88614d4f565b89901c6001165f14611cc1576040517fc77f10b900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6507ffffffffff871b1998909816651000000000008417871b1797611cfd81609061ffff610100611cf86109614262a8c000612413565b6140c1565b9050611e43565b5f8661ffff611d1460188b614d4f565b8c901c16611d229190614f68565b9050611d3c65010000000000601883901b17891b8b614ce0565b99507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60ff8d1601611e4157335f90815260208190526040812054611d8090613ffa565b9050611d8d8282876140f5565b93508315611e3f575f611da66109614262546000612413565b905064ffffffffff606885811c8216830260401c91611dc891879189866140c1565b9450611de48164ffffffffff606888901c16840260401c614ce0565b95508560055f828254611df79190614d4f565b909155505f9050611e128760a088901c63ffffffff16614d4f565b905063ffffffff811115611e27575063ffffffff5b60a081901b60a063ffffffff901b1987161795505050505b505b505b888a5573ffffffffffffffffffffffffffffffffffffffff8c165f8181526020818152604091829020849055815160ff8f16815267ffffffffffffffff8616918101919091523392917fd7c9d503d81776a55b4bb110f55f8efe0dac8fbb4ec160020305e13633bed9c2910160405180910390a38115611f0b5760405182815273ffffffffffffffffffffffffffffffffffffffff8d16905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35b505050505050505050505050565b86858114611f53576040517fff633a3800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b801580611f61575061040081115b15611f98576040517f5531b49500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611fa28b612786565b9050805f03611fe0576040517fd1734d44000000000000000000000000000000000000000000000000000000008152600481018c9052602401610a14565b67ffffffffffffffff83161580159061200d575073ffffffffffffffffffffffffffffffffffffffff8416155b15612044576040517f4f292dae00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b89885f808061205860018787878b86612835565b9250925092508260ff165f1461207257612072838c61380e565b8967ffffffffffffffff168211156120ea5767ffffffffffffffff821161209957816120a3565b67ffffffffffffffff5b6040517f4fd2273f00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9182166004820152908b166024820152604401610a14565b67ffffffffffffffff88161580159061210257508015155b15612124576121248961211f8367ffffffffffffffff8c16614ec5565b613b6e565b50505050505050505050505050505050565b5f7f0000000000000000000000000000000000000000000000000000000000000000460361218357507f000000000000000000000000000000000000000000000000000000000000000090565b61222a604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f9c1d6efd35ec2225b133d586b4f040615f4cf211d15798262a386b62b3adc19c918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b905090565b5f5f5f5b83811015612366575f85858381811061224e5761224e6150a8565b905060200201602081019061226391906147d0565b90503373ffffffffffffffffffffffffffffffffffffffff821603612288575061235e565b5f6122933383613df1565b90505f61229e825490565b90505f73ffffffffffffffffffffffffffffffffffffffff841633106122c55760306122c7565b5f5b905081811c65ffffffffffff165f8190036122e657505050505061235e565b65ffffffffffff821b19831684556122fe8188614d4f565b60405167ffffffffffffffff8316815290975073ffffffffffffffffffffffffffffffffffffffff86169033907f236fa866779288722792180dd38c11b4548ab9e7c663e64673f9698023c9157e9060200160405180910390a350505050505b600101612233565b50801561240c57335f90815260208190526040812054906123918367ffffffffffffffff8416614d4f565b905067ffffffffffffffff8111156123d5576040517f89560ca100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f9081526020819052604090207fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000929092161790555b9392505050565b5f8182848161242457612424614cf3565b066040028161243557612435614cf3565b049392505050565b5f600782167f77d0df730ad13bb87a83b2db722a033a7d3e0c0cf486c1748000000000000000600382111561248f57507f6d4f301ed9942b846fe4b99bdcdaf5cb7281773c59ffb13975257d152486cc2c5b67ffffffffffffffff816003841660061b1c166001603f1b018460031c92507f45672a115506dadd5744fccad69d6af46ac0c6e7dd24392e8000000000000000915060038311156124fe577f0b95c1e3ea8bd6e61837f0518db8a96f25fed6a9b15138ea3504f333f9de648491505b67ffffffffffffffff826003851660061b1c166001603f1b01810260401c9350505050919050565b5f604082901c61ffff168161253e6201518042614f68565b905080820361254f57509192915050565b61ffff609085811c919091166080808504908404031c901b64ffffffffff606886811c919091166040808604818604039190911c90911b605087811c62ffffff169585039590951c90941b92901b7fffffffffffffffffffffffff000000000000000000000000ffffffffffffffff90951694909417171791909117919050565b73ffffffffffffffffffffffffffffffffffffffff82165f90815260016020526040812054819061260090614190565b90505f6126106254600042614f68565b90505f61ffff821661ffff607085901c161461262c575f612639565b64ffffffffff604884901c165b90506127106126488683614d4f565b11156126995761265a81612710614ce0565b6040517f481af40800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610a14565b5f6126aa6109614262151800612413565b90505f64ffffffffff8516820260401c90506126ce855f64ffffffffff8a866140c1565b94506126e68164ffffffffff8716840260401c614ce0565b95506fffff0000000000000000000000000000607085901b16604861270b8986614d4f565b73ffffffffffffffffffffffffffffffffffffffff909a165f9081526001602052604090207fffffffffffffffffffffffffffffffff00000000000000ffffffffffffffffff9790971699901b98909817979097179093555091949350505050565b5f81600183604086901b01038161243557612435614cf3565b5f7f000000000000000000000000000000000000000000000000000000000000000082036127d557507f0000000000000000000000000000000000000000000000000000000000000000919050565b7f0000000000000000000000000000000000000000000000000000000000000000820361282357507f0000000000000000000000000000000000000000000000000000000000000000919050565b505f9081526004602052604090205490565b5f5f5f612841896141ff565b613591565b8060a05263ffffffff81166102a05263ffffffff8160201c166102c05261ffff8160401c1660081b6102e05260ff8160601c166103005262ffffff8160d81c16610360528060f01c61038052506116b160a0516101005160801c61ffff8260a81c160260081c61ffff8260981c1661271001016103205250565b5f8181526020819052604081205490508062015180420461ffff8360401c1681811461295857609084811c61ffff166080808404908504031c901b606885811c64ffffffffff166040808504818704039190911c90911b7fffffffffffffffffffffffff000000000000000000000000ffffffffffffffff87169185901b605088811c62ffffff168688031c901b1791909117171792505b50508060c0525f64ffffffffff8260681c16801561298e57612986625460006040625460004206020461243d565b810260401c91505b8260ff1c156129ec57845f52600160205260405f205464ffffffffff81166215180063ffffffff8360281c1604621518004204031c91505080156129ec576129e2621518006040621518004206020461243d565b810260401c820191505b61ffff8360901c1690508015612a1757612a1262a8c000604062a8c0004206020461243d565b0260401c5b8460e0528460601b6101c0528060801b8217610100525063ffffffff8260a01c161515811515026101405117610120525050612a7660a0516101005160801c61ffff8260a81c160260081c61ffff8260981c1661271001016103205250565b919050565b6127108183020467ffffffffffffffff811115612a9d575067ffffffffffffffff5b610140518015612adb576127108161ffff60a05160b81c160261271001830204915067ffffffffffffffff821115612adb5767ffffffffffffffff91505b5092915050565b5f5f5f84925085915060a0516127106fffffffffffffffffffffffffffffffff610100511663ffffffff8360681c1680821060018114612b4257818303925081831115612b2d578192505b818361ffff8760881c16020484039350612b55565b8183830361ffff8760981c160204840193505b505050612b766101005160801c61ffff8460a81c160260081c820187612a7b565b905086811015612bc1578160f01c6127100161271063ffffffff60c05160a01c160204808289031015612ba857508087035b808803955061271060f084901c87020494508489030192505b505093509350939050565b8067ffffffffffffffff811115612a76575067ffffffffffffffff919050565b5f5f60e0516103e05181811481151715612c0a576009935050505090565b62ffffff600161042051031115612c2557600a935050505090565b808211925080821883028083185f52760b3a1100000000000000000000000000000000000000008183181760205250505060405f2080610160528054905060805162ffffff8260601c16818114612cc65781811860601b83189250610300810461030083040391508115612cc657620fffff8360781c16821c9050620fffff83608c1c16821c915081608c1b8160781b1764ffffffffff60781b1984161792505b505060038160fa1c1615612ceb576001818360fb031c1615612ceb57600b9250505090565b5f5f8360140261020051620fffff8583608c031c160260401c6010811092508215612d64576103e0515f52600160205264ffffffffff60405f205460801c166fffffffffffffffffffffffffffffffff610100511680821115612d61578160481b8160081b17600c179850505050505050505090565b50505b60016104205103600c1c6102c051026102a0510193506102e05162ffffff60c05160501c1681811115612dd657610240510260401c81811115612dd65761ffff60a05160501c1660081b80838303820188020496505067ffffffffffffffff861115612dd65767ffffffffffffffff95505b50506103005181810215612e085761020051620fffff87856078011c160260401c610100018282028101818702049550505b5050505f5f6127106103205185020467ffffffffffffffff811115612e32575067ffffffffffffffff5b6127106103805182020492506101205115612ea9576101405115612e6b57612e5c61271082612a7b565b90506127106103805182020492505b6fffffffffffffffffffffffffffffffff610100511615612ea95763ffffffff60c05160a01c1615612ea957612ea2838287612ae2565b9350935090505b8094505081840161044051811115612ede576104405160481b612ecb82612bcc565b60081b17600d1797505050505050505090565b6104605161036051811115612f325761271061ffff60a05160c81c1687020461036051811015612f0e5750610360515b80821115612f30578060481b8260081b17600e17995050505050505050505090565b505b60c0519181019167ffffffffffffffff8116831115612f7757612f5483612bcc565b60481b67ffffffffffffffff821660081b17600f17995050505050505050505090565b8815603002915065ffffffffffff8765ffffffffffff8a851c16011115612fa8576010995050505050505050505090565b6102605187831b98909801979260a085901b9103036cffffff0000000000000000000080821684011115612ff8576cffffff0000000000000000000081166cffffff000000000000000000000392505b90910160c0525050610220516078601487020190811b90620fffff901b858116820181101561302957808616810391505b5080850194505084602d0260a001651fffffffffff85821c166080516102d062ffffff831682031082028461ffff8260181c1601945061ffff85111561306f5761ffff94505b80602c1c80156130825762ffffff821692505b60078260281c16915080602c1b87602b1b1760078310830160281b178660181b84171792505050808218831b871896505050505050610420518160201b1760a01b6101d45250610280516130f1578061016051556104605160201b61034051176101e0526103e0516080610180a15b505090565b5f5b8281101561316a578060051b8201355f815f8114613156576106605183146001811461314d576106a05184146001811461314057845f52600460205260405f20549350613147565b6106c05193505b50613154565b6106805192505b505b506107e0600584901b0152506001016130f8565b505050565b5f5f61064051831015613194578260051b61062051013591508260051b6107e0015190505b816103c052816101a0526131a781612846565b826106e052801560ff1b42016107c052505050565b63ffffffff606082013560b01c1661070052607b6106005182030461072052508161074052806105c0516060610700a250506001610760510161076052565b5f5f5f5b848410156134b3575f60408501357f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81167f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a081111561326c5761326460025f896131bc565b5050506134a8565b6105a05260ff1c601b01610560526020850135610580528435610400819052610180526106e051606086013590601a82901a9081146132ae576132ae8161316f565b8160f01c90506014810261078051013560601c6107a0518210026103e0525063ffffffff8160d01c166104205263ffffffff8160b01c166104805263ffffffff8160901c166104a05265ffffffffffff8160601c166104405265ffffffffffff8160301c1661046052506101406103a0206105025260426104e020610540525f5f5260205f608061054060015afa50505f51806133575761335160015f876131bc565b506134a8565b8281146133985781156133765760c0515f848152602081905260409020555b5f9150809250613385816128c0565b613398575f9250613351600382876131bc565b6107c0516104a05103610e108111156133e157426104a051039050610e108111600181146133d1576133cc600884896131bc565b613264565b6132645f831260050384896131bc565b5060c0518063ffffffff8260c01c166104805103601e8111156134535763ffffffff81111561341f576134166006858a6131bc565b505050506134a8565b637fffffff8360e01c16601e82031c60e01b601e610480510360c01b17677fffffffffffffff60c01b198416179150601e90505b600160e09091011b8181161561346f576134166007858a6131bc565b80821760c05261347d612bec565b90508015613497578260c05261341660ff8216858a6131bc565b505050506001905061046051830192505b607b840193506131ff565b80156134cb5760c0515f838152602081905260409020555b505092915050565b5f5f5f5f5b86811015613586578060051b8501358060a01c156134f4575f5ffd5b806103e0528160051b8701356101805261350c612bec565b60ff811680156135515760ff821660108114600c821417600b821460098314171761353e578297505050505050613588565b805f525082336105e05160205fa361357b565b67ffffffffffffffff6101c05160201c169150612710610380518302048201860195506001850194505b5050506001016134d8565b505b93509350939050565b610e1042046080526135ad600c610300610e104204060461243d565b806102005280600160481b04610220526135d3620151806040620151804206020461243d565b61024081905269010000000000000000000460501b61026052508880156136af576001811461372a576002811461379e577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff608435801501016101405261363989612846565b6136446024356128c0565b5067ffffffffffffffff60c0511760c0526001610280526044356103e0526064356104205267ffffffffffffffff610440525f61046052613683612bec565b9350836136aa5767ffffffffffffffff6101c05160201c1692506127108960f01c84020491505b613801565b5f610140526136bd89612846565b6136c6336128c0565b505f6102805260a43560601b610340526024356103e052606435610420526084356104405260c43561046052604435610180526004356101a052613708612bec565b935060ff84166136aa5760c051335f9081526020819052604090205b55613801565b600186036101405261373b89612846565b613744336128c0565b505f6102805260a43560601b610340526064356104205267ffffffffffffffff6104405260c435610460526004356101a05261378186888a6134d3565b93509350935060c051613724335f90815260208190526040902090565b6137a885876130f6565b5f610140525f610280523360601b610340528761078052886107a05260148902880197508761060052856106205284610640526101006106e0525f610760526137f6607b88028901896131fb565b925061076051870391505b5096509650969350505050565b60ff8216600883901c604884901c7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff78301613875576040517f67a2cc2600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff683016138d6576040517fb8def7a600000000000000000000000000000000000000000000000000000000815263ffffffff85166004820152602401610a14565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffef830161392f576040517f4f292dae00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff58301613988576040517fa5baf15100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff483016139f5576040517f7406a47900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808416600483015282166024820152604401610a14565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff38301613a62576040517f4fd2273f00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808416600483015282166024820152604401610a14565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff28301613acf576040517fd814c45500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808416600483015282166024820152604401610a14565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff18301613b3c576040517f9432a7ee00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808416600483015282166024820152604401610a14565b6040517f56c8499900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff82165f9081526020819052604081205490613ba88367ffffffffffffffff8416614d4f565b905067ffffffffffffffff811115613bec576040517f89560ca100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff9093165f9081526020819052604090207fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000009190911690921790915550565b5f613c4982614354565b81604051602001613c5a91906150d5565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291815281516020928301205f818152600490935291205490915015613cd9576040517f3b2c8c6400000000000000000000000000000000000000000000000000000000815260048101829052602401610a14565b613da1825f60f082610180015161ffff16901b60d883610160015163ffffffff16901b60c884610140015161ffff16901b60b885610120015161ffff16901b60a886610100015161ffff16901b60988760e0015161ffff16901b60888860c0015161ffff16901b60688960a0015163ffffffff16901b60608a6080015160ff16901b60508b6060015161ffff16901b60408c6040015161ffff16901b60208d6020015163ffffffff16901b8d5f015163ffffffff161717171717171717171717179050919050565b5f8281526004602052604090819020919091555181907fd938022c3ea2c098f700d432d963273aabc28a44b11610a3102f7492ccdd2fd090613de49085906150d5565b60405180910390a2919050565b5f5f5f8373ffffffffffffffffffffffffffffffffffffffff168573ffffffffffffffffffffffffffffffffffffffff1610613e2e578385613e31565b84845b5f918252760b3a110000000000000000000000000000000000000000176020526040902095945050505050565b5f612710613e7460c885901c61ffff1684614ec5565b613e7e9190614f68565b905060d883901c62ffffff1680821015612adb579392505050565b613ea7633b9aca00346151fa565b15613ede576040517f330670ed00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f613eed633b9aca0034614f68565b73ffffffffffffffffffffffffffffffffffffffff83165f90815260208190526040812054919250613f298367ffffffffffffffff8416614d4f565b905067ffffffffffffffff811115613f6d576040517f89560ca100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff84165f81815260208181526040918290207fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000861685179055905167ffffffffffffffff861681527f1097be1d8298997c7140059298ce265b07a3781b991fd7ec8dd614705c9ca3fb910160405180910390a250505050565b5f610d6682606864ffffffffff625460005b5f62015180604086901c61ffff16028183828161402b5761402b614cf3565b0484428161403b5761403b614cf3565b0403858789901c16901c9050805f03614058575f92505050611050565b614070816140696109614288612413565b0260401c90565b979650505050505050565b5f63ffffffff602883901c1664ffffffffff8316621518008083044291909104031c8083036140ad57505f9392505050565b611050816140696109614262151800612413565b5f5f6140cd84846146d4565b87871c8616019050848111156140e05750835b84861b19871690861b17905095945050505050565b5f6102d0821061410657505f61240c565b5f6127108411614116578361411a565b6127105b90505f61271061412b8360c0614ec5565b6141359190614f68565b614140906040614d4f565b90506102d06141526002610100614ec5565b61415c9190614ec5565b614168856102d0614ce0565b6141728389614ec5565b61417c9190614ec5565b6141869190614f68565b9695505050505050565b5f602882901c63ffffffff16428082036141ac57509192915050565b5f62151800830462151800837fffffffffffffffffffffffffffffffffffffffffffffff000000000000000000881664ffffffffff98909816919004919091031c9490941760289190911b179392505050565b6001810361422d577fee0c7e25232fd21cfaeb5a733f455fb12c722c0082e60df78cbb98fa268795636105e0525b600281146142385750565b7f71c31425b6a6eca9610bcaf5de32518c1d21b49ed6c73156d416630e598283c15f614262612136565b7fd0224d3bd47811b23c92b794a5f11bd730a0b360d87c9feca55a3f5e76eda2666105c0526103a09290925250336104c0527f19010000000000000000000000000000000000000000000000000000000000006104e0526104e252507f0000000000000000000000000000000000000000000000000000000000000000610660527f0000000000000000000000000000000000000000000000000000000000000000610680527f00000000000000000000000000000000000000000000000000000000000000006106a0527f00000000000000000000000000000000000000000000000000000000000000006106c052565b805163ffffffff1615806143745750633b9aca00815f015163ffffffff16115b156143ad576040517ffc572b7f0000000000000000000000000000000000000000000000000000000081525f6004820152602401610a14565b633b9aca00816020015163ffffffff1611156143f8576040517ffc572b7f00000000000000000000000000000000000000000000000000000000815260016004820152602401610a14565b806060015161ffff165f0361443c576040517ffc572b7f00000000000000000000000000000000000000000000000000000000815260036004820152602401610a14565b6064816080015160ff161115614480576040517ffc572b7f000000000000000000000000000000000000000000000000000000008152600481810152602401610a14565b8060a0015163ffffffff165f036144c6576040517ffc572b7f00000000000000000000000000000000000000000000000000000000815260056004820152602401610a14565b6123288160c0015161ffff16111561450d576040517ffc572b7f00000000000000000000000000000000000000000000000000000000815260066004820152602401610a14565b6127108160e0015161ffff161115614554576040517ffc572b7f00000000000000000000000000000000000000000000000000000000815260076004820152602401610a14565b61271081610100015161ffff16111561459c576040517ffc572b7f00000000000000000000000000000000000000000000000000000000815260086004820152602401610a14565b61271081610120015161ffff1611156145e4576040517ffc572b7f00000000000000000000000000000000000000000000000000000000815260096004820152602401610a14565b610bb881610140015161ffff16111561462c576040517ffc572b7f000000000000000000000000000000000000000000000000000000008152600a6004820152602401610a14565b620f424081610160015163ffffffff161115614677576040517ffc572b7f000000000000000000000000000000000000000000000000000000008152600b6004820152602401610a14565b6101f481610180015161ffff16108061469a575061138881610180015161ffff16115b156115e0576040517ffc572b7f000000000000000000000000000000000000000000000000000000008152600c6004820152602401610a14565b5f81604084901b8161243557612435614cf3565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b73ffffffffffffffffffffffffffffffffffffffff811681146115e0575f5ffd5b5f5f6040838503121561476d575f5ffd5b82356147788161473b565b946020939093013593505050565b803567ffffffffffffffff81168114612a76575f5ffd5b5f5f604083850312156147ae575f5ffd5b82356147b98161473b565b91506147c760208401614786565b90509250929050565b5f602082840312156147e0575f5ffd5b813561240c8161473b565b5f5f5f606084860312156147fd575f5ffd5b83356148088161473b565b925060208401356148188161473b565b929592945050506040919091013590565b803563ffffffff81168114612a76575f5ffd5b5f5f5f5f5f5f5f60e0888a031215614852575f5ffd5b8735965060208801356148648161473b565b95506040880135945061487960608901614829565b935061488760808901614786565b925060a08801356148978161473b565b91506148a560c08901614786565b905092959891949750929550565b5f6101a08284031280156148c5575f5ffd5b509092915050565b5f602082840312156148dd575f5ffd5b61240c82614786565b5f5f604083850312156148f7575f5ffd5b82356149028161473b565b915060208301356149128161473b565b809150509250929050565b5f5f5f5f5f60a08688031215614931575f5ffd5b8535945060208601356149438161473b565b935060408601356149538161473b565b925061496160608701614829565b915061496f60808701614829565b90509295509295909350565b5f5f5f5f5f5f5f5f5f6101208a8c031215614994575f5ffd5b8935985060208a01356149a68161473b565b975060408a013596506149bb60608b01614829565b95506149c960808b01614786565b94506149d760a08b01614786565b93506149e560c08b01614829565b92506149f360e08b01614786565b91506101008a0135614a048161473b565b809150509295985092959850929598565b5f60208284031215614a25575f5ffd5b61240c82614829565b5f5f83601f840112614a3e575f5ffd5b50813567ffffffffffffffff811115614a55575f5ffd5b6020830191508360208260051b8501011115614a6f575f5ffd5b9250929050565b5f5f5f5f60408587031215614a89575f5ffd5b843567ffffffffffffffff811115614a9f575f5ffd5b614aab87828801614a2e565b909550935050602085013567ffffffffffffffff811115614aca575f5ffd5b8501601f81018713614ada575f5ffd5b803567ffffffffffffffff811115614af0575f5ffd5b876020828401011115614b01575f5ffd5b949793965060200194505050565b5f5f60408385031215614b20575f5ffd5b8235614b2b8161473b565b91506147c760208401614829565b5f60208284031215614b49575f5ffd5b5035919050565b5f5f60408385031215614b61575f5ffd5b8235614b6c8161473b565b915060208301358015158114614912575f5ffd5b803560ff81168114612a76575f5ffd5b5f5f60408385031215614ba1575f5ffd5b8235614bac8161473b565b91506147c760208401614b80565b5f5f5f5f5f5f5f5f5f60e08a8c031215614bd2575f5ffd5b8935985060208a013567ffffffffffffffff811115614bef575f5ffd5b614bfb8c828d01614a2e565b90995097505060408a013567ffffffffffffffff811115614c1a575f5ffd5b614c268c828d01614a2e565b9097509550614c39905060608b01614829565b9350614c4760808b01614786565b925060a08a0135614c578161473b565b9150614c6560c08b01614786565b90509295985092959850929598565b5f5f60208385031215614c85575f5ffd5b823567ffffffffffffffff811115614c9b575f5ffd5b614ca785828601614a2e565b90969095509350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81810381811115610d6657610d66614cb3565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f67ffffffffffffffff831680614d3957614d39614cf3565b8067ffffffffffffffff84160491505092915050565b80820180821115610d6657610d66614cb3565b6040516101a0810167ffffffffffffffff81118282101715614dab577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405290565b803561ffff81168114612a76575f5ffd5b5f6101a0828403128015614dd4575f5ffd5b50614ddd614d62565b614de683614829565b8152614df460208401614829565b6020820152614e0560408401614db1565b6040820152614e1660608401614db1565b6060820152614e2760808401614b80565b6080820152614e3860a08401614829565b60a0820152614e4960c08401614db1565b60c0820152614e5a60e08401614db1565b60e0820152614e6c6101008401614db1565b610100820152614e7f6101208401614db1565b610120820152614e926101408401614db1565b610140820152614ea56101608401614829565b610160820152614eb86101808401614db1565b6101808201529392505050565b8082028115828204841417610d6657610d66614cb3565b5f5f85851115614eea575f5ffd5b83861115614ef6575f5ffd5b5050820193919092039150565b80357fffff0000000000000000000000000000000000000000000000000000000000008116906002841015612adb577fffff000000000000000000000000000000000000000000000000000000000000808560020360031b1b82161691505092915050565b5f82614f7657614f76614cf3565b500490565b6101a08101614f9782614f8d85614829565b63ffffffff169052565b614fa360208401614829565b63ffffffff166020830152614fba60408401614db1565b61ffff166040830152614fcf60608401614db1565b61ffff166060830152614fe460808401614b80565b60ff166080830152614ff860a08401614829565b63ffffffff1660a083015261500f60c08401614db1565b61ffff1660c083015261502460e08401614db1565b61ffff1660e083015261503a6101008401614db1565b61ffff166101008301526150516101208401614db1565b61ffff166101208301526150686101408401614db1565b61ffff1661014083015261507f6101608401614829565b63ffffffff166101608301526150986101808401614db1565b61ffff8116610180840152612adb565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b815163ffffffff1681526101a0810160208301516150fb602084018263ffffffff169052565b506040830151615111604084018261ffff169052565b506060830151615127606084018261ffff169052565b50608083015161513c608084018260ff169052565b5060a083015161515460a084018263ffffffff169052565b5060c083015161516a60c084018261ffff169052565b5060e083015161518060e084018261ffff169052565b5061010083015161519861010084018261ffff169052565b506101208301516151b061012084018261ffff169052565b506101408301516151c861014084018261ffff169052565b506101608301516151e261016084018263ffffffff169052565b50610180830151612adb61018084018261ffff169052565b5f8261520857615208614cf3565b50069056",
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
// Solidity: function quote(bytes32 network, address from, address to, uint32 size, uint32 recipients) returns(uint64 fee, uint64 burn, uint64 relayCap)
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
// Solidity: function quote(bytes32 network, address from, address to, uint32 size, uint32 recipients) returns(uint64 fee, uint64 burn, uint64 relayCap)
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
// Solidity: function quote(bytes32 network, address from, address to, uint32 size, uint32 recipients) returns(uint64 fee, uint64 burn, uint64 relayCap)
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
