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
	Bin: "0x610140604052346103f257610012610449565b506102fc604051610022816103f6565b61138881526101f4602082015260146040820152600a60608201526032608082015261138860a082015261138860c082015261271060e08201526109c46101008201526103e8610120820152610bb86101408201526107d06101608201526103e8610180820152610091610449565b5061020d604051916100a2836103f6565b6103e88352606460208401526107d060408401526107d06060840152600a6080840152614e2060a084015261138860c084015261271060e08401526109c46101008401526002610120840152610bb86101408401526101f46101608401526107d0610180840152610112816104a8565b60805261011e836104a8565b60a05263ffffffff81511667ffffffff00000000602083015160201b161769ffff0000000000000000604083015160401b16176bffff00000000000000000000606083015160501b16176cff000000000000000000000000608083015160601b161763ffffffff60681b60a083015160681b161761ffff60881b60c083015160881b161761ffff60981b60e083015160981b161761ffff60a81b61010083015160a81b161761ffff60b81b61012083015160b81b161761ffff60c81b61014083015160c81b161763ffffffff60d81b61016083015160d81b16179061018061ffff60f01b91015160f01b161790565b60c05263ffffffff81511667ffffffff00000000602083015160201b161769ffff0000000000000000604083015160401b16176bffff00000000000000000000606083015160501b16176cff000000000000000000000000608083015160601b161763ffffffff60681b60a083015160681b161761ffff60881b60c083015160881b161761ffff60981b60e083015160981b161761ffff60a81b61010083015160a81b161761ffff60b81b61012083015160b81b161761ffff60c81b61014083015160c81b161763ffffffff60d81b61016083015160d81b16179061018061ffff60f01b91015160f01b161790565b60e052466101005260405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f9c1d6efd35ec2225b133d586b4f040615f4cf211d15798262a386b62b3adc19c60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a0815261039660c082610426565b51902061012052604051614ae190816109808239608051818181610c2c0152613a73015260a0518181816110d20152613a9a015260c05181613af6015260e05181613ad10152610100518161384d0152610120518161390c0152f35b5f80fd5b6101a081019081106001600160401b0382111761041257604052565b634e487b7160e01b5f52604160045260245ffd5b601f909101601f19168101906001600160401b0382119082101761041257604052565b60405190610456826103f6565b5f610180838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e0820152826101008201528261012082015282610140820152826101608201520152565b9063ffffffff8251168015908115610971575b5061095e57633b9aca0063ffffffff6020840151161161094a5761ffff6060830151161561093657606460ff608084015116116109235763ffffffff60a0830151161561090f5761232861ffff60c084015116116108fb5761271061ffff60e084015116116108e75761271061ffff61010084015116116108d35761271061ffff61012084015116116108bf57610bb861ffff61014084015116116108ab57620f424063ffffffff61016084015116116108975761ffff610180830151166101f4811090811561088b575b5061087757604051602081019061066581610657868591909161018061ffff816101a084019563ffffffff815116855263ffffffff602082015116602086015282604082015116604086015282606082015116606086015260ff608082015116608086015263ffffffff60a08201511660a08601528260c08201511660c08601528260e08201511660e086015282610100820151166101008601528261012082015116610120860152826101408201511661014086015263ffffffff61016082015116610160860152015116910152565b03601f198101835282610426565b5190208092815f52600460205260405f20546108645761085f816107907fd938022c3ea2c098f700d432d963273aabc28a44b11610a3102f7492ccdd2fd09363ffffffff81511667ffffffff00000000602083015160201b161769ffff0000000000000000604083015160401b16176bffff00000000000000000000606083015160501b16176cff000000000000000000000000608083015160601b161763ffffffff60681b60a083015160681b161761ffff60881b60c083015160881b161761ffff60981b60e083015160981b161761ffff60a81b61010083015160a81b161761ffff60b81b61012083015160b81b161761ffff60c81b61014083015160c81b161763ffffffff60d81b61016083015160d81b16179061018061ffff60f01b91015160f01b161790565b845f52600460205260405f20556040519182918291909161018061ffff816101a084019563ffffffff815116855263ffffffff602082015116602086015282604082015116604086015282606082015116606086015260ff608082015116608086015263ffffffff60a08201511660a08601528260c08201511660c08601528260e08201511660e086015282610100820151166101008601528261012082015116610120860152826101408201511661014086015263ffffffff61016082015116610160860152015116910152565b0390a2565b50630ecb231960e21b5f5260045260245ffd5b63fc572b7f60e01b5f52600c60045260245ffd5b6113889150115f610586565b63fc572b7f60e01b5f52600b60045260245ffd5b63fc572b7f60e01b5f52600a60045260245ffd5b63fc572b7f60e01b5f52600960045260245ffd5b63fc572b7f60e01b5f52600860045260245ffd5b63fc572b7f60e01b5f52600760045260245ffd5b63fc572b7f60e01b5f52600660045260245ffd5b63fc572b7f60e01b5f52600560045260245ffd5b63fc572b7f60e01b5f526004805260245ffd5b63fc572b7f60e01b5f52600360045260245ffd5b63fc572b7f60e01b5f52600160045260245ffd5b63fc572b7f60e01b5f525f60045260245ffd5b633b9aca009150115f6104bb56fe60806040526004361015610040575b3615610018575f80fd5b7f330670ed000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f5f3560e01c806306fdde03146132f0578063095ea7b314611a3d5780630c31a11e14612e5057806318160ddd14612e1557806318e3c52a14612db257806323b872dd14612d49578063313ce56714612d1157806356c8cd9c14612ba65780635759f72114612b1457806364f84e2f1461236d5780636dbaf9ee1461209457806370a082311461204e578063731ccaff14611f615780637332d4d014611ef5578063844c633c14611e3c57806395d89b4114611dc3578063a2c06cdf14611bd6578063a7c1338314611a42578063a9059cbb14611a3d578063ab9fc55a1461193b578063b10e284f14611183578063b760faf914611149578063c0173e18146110f5578063ca682d751461109d578063cd6c3fb614610f61578063d0e30db014610f2f578063d2e91bca14610eee578063db5a0aa114610e5e578063db89c04414610e0a578063dd62ed3e14610dbf578063e1fa8e8414610d51578063ec634dec14610c4f578063f1aa139e14610bf7578063f43f3e8f146106d9578063f4b3741914610457578063f698da2514610416578063f85919e8146102375763ff244eae146101ed575061000e565b346102345760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102345760406020916004358152600483522054604051908152f35b80fd5b50346102345760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102345760043567ffffffffffffffff811161041257610287903690600401613569565b8290835b81811061033f578483806102af575b60209067ffffffffffffffff60405191168152f35b3382528160205260408220546102cf8267ffffffffffffffff83166135b7565b9067ffffffffffffffff821161031757602093917fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000604092338552848752161791205561029a565b6004847f89560ca1000000000000000000000000000000000000000000000000000000008152fd5b61034a818386613685565b3573ffffffffffffffffffffffffffffffffffffffff81169081810361040e573382146104045761037b903361483e565b938454948233105f146103fc5787955b65ffffffffffff81881c169687156103ee57926103ba92889265ffffffffffff60019897961b191690556135b7565b946040519081527f236fa866779288722792180dd38c11b4548ab9e7c663e64673f9698023c9157e60203392a35b0161028b565b5050509350506001906103e8565b60309561038b565b50506001906103e8565b8680fd5b5080fd5b503461023457807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261023457602061044f61384b565b604051908152f35b50346102345760e07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102345760043560243567ffffffffffffffff81116106d5576104aa903690600401613569565b60443567ffffffffffffffff81116106d1576104ca903690600401613569565b9190936104d56134f6565b916104de6134b1565b956104e7613434565b956104f06134c8565b9583036106a9578215801561069e575b6106765761050d84613a71565b93841561064b575090610589939291604051936103208501604052610e10420461053d600c61030083060461392e565b906105516201518080420660061b0461392e565b8069010000000000000000000460b81b9060701b17918069010000000000000000000460601b9060181b1717176102a08601526144af565b959092909160ff811661064657505067ffffffffffffffff16908181116105ea57505067ffffffffffffffff16801515806105e1575b6105c7578380f35b6105da926105d491613650565b9061479f565b5f80808380f35b508215156105bf565b604491869167ffffffffffffffff811115610637575067ffffffffffffffff805b7f4fd2273f00000000000000000000000000000000000000000000000000000000845216600452602452fd5b67ffffffffffffffff9061060b565b6145e1565b7fd1734d44000000000000000000000000000000000000000000000000000000008a52600452602489fd5b6004897f5531b495000000000000000000000000000000000000000000000000000000008152fd5b506104008311610500565b6004897fff633a38000000000000000000000000000000000000000000000000000000008152fd5b8480fd5b8280fd5b34610bf35760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf3576107106133ee565b60243560ff8116809103610bf35760028111610bcb5773ffffffffffffffffffffffffffffffffffffffff821691338314610b9b5761075090339061483e565b8054919033841115610bc35760ff60015b169283602d0293602d850403610959578360a0018060a0116109595760c8850180821161095957826007911c169162ffffff81831c168315610b6e576107ac610e10420491826135aa565b966102d0881015610b46575f97895f525f6020526107cd60405f20546139e2565b95600289036109ae57505060cb810180851161095957836001911c16156109865760cc0180841161095957826001911c16610931576507ffffffffff906510000000000017831b921b1916179061082d62a8c00080420660061b0461392e565b80156109045769010000000000000000000461ffff8260901c160161ffff81116108fb575b7fffffffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffff9060901b911617915b55835f525f60205260405f205560405190815267ffffffffffffffff82166020820152827fd7c9d503d81776a55b4bb110f55f8efe0dac8fbb4ec160020305e13633bed9c260403393a3806108cd57005b7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60205f92604051908152a3005b5061ffff610852565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b7fc77f10b9000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f36c53cff000000000000000000000000000000000000000000000000000000005f5260045ffd5b9250929060b8909694959601808611610959576109e99261ffff836109d4931c16613663565b948560181b6501000000000017901b906135aa565b92600186146109fa575b505061087c565b610a1a929650335f525f602052610a1460405f2054614961565b90614a20565b9384610a28575b86806109f3565b919363ffffffff94610ad1610a466254600080420660061b0461392e565b92610a5f8464ffffffffff8560681c169260401b613663565b810164ffffffffff8111610b3a575b610ab69060681b9480867fffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffffff871617930260401c9064ffffffffff8460681c160260401c6135aa565b978891610ac5836005546135b7565b60055560a01c166135b7565b63ffffffff8111610b2f575b7fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff7fffffffffffffffff00000000ffff0000000000ffffffffffffffffffffffffff9160a01b93169116171791610a21565b5063ffffffff610add565b5064ffffffffff610a6e565b7fc699b849000000000000000000000000000000000000000000000000000000005f5260045ffd5b15610b9b577fa75e5433000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f06183f15000000000000000000000000000000000000000000000000000000005f5260045ffd5b60ff5f610761565b7f43e43260000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f80fd5b34610bf3575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf35760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b34610bf35760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf357610c866133ee565b60243580151590818103610bf35773ffffffffffffffffffffffffffffffffffffffff8316923384148015610d49575b610d2157610cc590339061483e565b9081548433105f14610d1857600160fa5b1b9115610d0f5717905b556040519081527fa4244aa552bd5d27047e6ebc3cbdec7adcd607b095345e3c68ef4ba58c93ed4e60203392a3005b90191690610ce0565b600160fb610cd6565b7f67a2cc26000000000000000000000000000000000000000000000000000000005f5260045ffd5b508315610cb6565b34610bf35760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf357600435335f5260036020528060405f20556040519081527fb8142d42f05d95abf0a6570799774d59276e49ea32a04d9a4ec316ea4a6886bc60203392a2005b34610bf35760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf357610df66133ee565b50610dff613411565b5060206040515f8152f35b34610bf35760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf3576060610e4b610e466133ee565b6137ed565b9060405192835260208301526040820152f35b34610bf35760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf3576020610e976133ee565b610e9f613411565b9073ffffffffffffffffffffffffffffffffffffffff80610ec0848461483e565b54931691161015610edf5765ffffffffffff5f915b604051921c168152f35b65ffffffffffff603091610ed5565b34610bf35760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf357610f2d610f286134df565b613709565b005b5f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf357610f2d336148a1565b34610bf3576101a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf35760206040518181019063ffffffff610fa7613509565b16825263ffffffff610fb761351c565b16604082015261ffff610fc86135c4565b16606082015261ffff610fd96135d5565b16608082015260ff610fe961359a565b1660a082015263ffffffff610ffc61352f565b1660c082015261ffff61100d6135e6565b1660e082015261ffff61101e6135f7565b1661010082015261ffff611030613608565b1661012082015261ffff61104261361a565b1661014082015261ffff61105461362c565b1661016082015263ffffffff611068613542565b1661018082015261ffff61107a61363e565b166101a08201526101a081526110926101c082613365565b519020604051908152f35b34610bf3575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf35760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b34610bf35760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf357602061113f6111316133ee565b61113961351c565b90613695565b6040519015158152f35b60207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf357610f2d61117e6133ee565b6148a1565b34610bf35760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf35760043567ffffffffffffffff8111610bf3576111d2903690600401613569565b9067ffffffffffffffff60243511610bf357366023602435011215610bf3576024356004013567ffffffffffffffff8111610bf357366024828135010111610bf357608d80820480820293918115918504141715610959578282036119135792919061123d8361366d565b9261124b6040519485613365565b8084527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe06112788261366d565b013660208601375f5b8181106118ac57505061129261384b565b93604051946103208601604052610e1042046112b4600c61030083060461392e565b906112c86201518080420660061b0461392e565b8069010000000000000000000460b81b9060701b17918069010000000000000000000460601b9060181b1717176102a08701527f71c31425b6a6eca9610bcaf5de32518c1d21b49ed6c73156d416630e598283c18652336101208701527f19010000000000000000000000000000000000000000000000000000000000006101408701526101428601526102c0850152826102e08501527fd0224d3bd47811b23c92b794a5f11bd730a0b360d87c9feca55a3f5e76eda2666103008501526024803501935f935f9586945f925f945f905f945b60248581350101811061143a57508867ffffffffffffffff8b63ffffffff6113d984608d8e8e8e60028f16611428575b505085611419575b046135aa565b1663ffffffff6040519416845260208401521660408201527ff15aa69d6924369398fcab83064f43f6fe692434b0596cdcf65a3a8bf259ce1460603392a2005b611423863361479f565b6113d3565b5f525f60205260405f205588806113cb565b909192939495969798505f5f835f60408501357f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8116947f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0861160011461189f575060ff608087013560981c16905f918a518110611876575b505f6080602092893598858589015260608b013560601c604089015289606089015263ffffffff60608c013560401c1683890152828b013560d01c60a089015265ffffffffffff838c013560a01c1660c089015263ffffffff60608c0135861c1660e089015263ffffffff60608c01351661010089015261014088206101628901526042610140890120916101a0890192835260ff1c601b016101c0890152848b01356101e089015261020088015282805260015afa505f51946102208401526102408301525b82156117b0575b8215611605575b505091608d91836024946115aa575b5050018b9998979695949392915061139b565b61022086019063ffffffff606085013560201c168252847fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc873586030104610240880152610260870152606061030087015191a28d80611597565b90915063ffffffff606085013560201c168663ffffffff8d60c01c169283831060011461179d578d637fffffff8160e01c169480850394601e8611611766575b50600186861c166001146117515792889260ff9795927f8000000000000000ffffffffffffffffffffffffffffffffffffffffffffffff6116f0989679ffffffffffff0000000000000000000000000000000000000000608088013516331797600160606401000000006dffffffffffff000000000000000060808c013560901c1663ffffffff838d013560401c16171799013560601c971b1760e01b9060c01b1791161790614425565b91909116908115611712575b5091608d91836024945b92945085919350611588565b6001909d019c33608085013579ffffffffffff0000000000000000000000000000000000000000161760a01c909c019b9950600290971796608d6116fc565b50505050505050602491608d91600780611706565b959150507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe2809294011c9301918d601e935f611645565b5050505050602491608d91600680611706565b9050821561186b57898303611818575b8490606085013563ffffffff1660018b161561180e5742811060011461180457610e104201106001146117fb57806115815760089250611581565b60059250611581565b5060049250611581565b5060039250611581565b976002919a939992955016611859575b50508195825f525f60205260405f20549261184284613b18565b988361184e838c613bad565b9515159890506117c0565b5f525f60205260405f20558a80611828565b905083600191611581565b6102c0850151600190910160051b8b01519350608088013560931c611fe016013591505f6114b3565b945050915060029161157a565b6118c46118be82848996979899613685565b35613a71565b9086518110156118e65760019160208260051b89010152019493929194611281565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7fc0e10d61000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610bf35760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf357611972613509565b335f525f60205260405f20549063ffffffff8260c01c169163ffffffff8216928084116119c9575b836040519081527fa8eaee9781e4194ab82ff0c19a99afa67cb73138a4ac53d26e6fe03923136a0960203392a2005b7bffffffff0000000000000000000000000000000000000000000000007f8000000000000000ffffffffffffffffffffffffffffffffffffffffffffffff91611a1c637fffffff8560e01c1691876135aa565b1c335f525f60205260e01b9360c01b169116171760405f205581808061199a565b61347a565b34610bf3576101207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf357611a7a613411565b611a826134f6565b90611a8b6134b1565b9160a43567ffffffffffffffff8116809103610bf35760c43563ffffffff8116809103610bf35760e4359067ffffffffffffffff8216809203610bf357610104359273ffffffffffffffffffffffffffffffffffffffff8416809403610bf35767ffffffffffffffff60209763ffffffff6040519773ffffffffffffffffffffffffffffffffffffffff8b8a019a7f71c31425b6a6eca9610bcaf5de32518c1d21b49ed6c73156d416630e598283c18c5260043560408c01521660608a015260443560808a01521660a08801521660c086015260e08501526101008401526101208301526101408201526101408152611b8661016082613365565b519020611b9161384b565b9060405190838201927f190100000000000000000000000000000000000000000000000000000000000084526022830152604282015260428152611092606282613365565b34610bf35760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf357600435611c10613411565b50611c19613457565b50611c226134f6565b611c2a613556565b50611c3482613a71565b918215611d9857505f905f90611d0d6040516103208101604052610e104204611c63600c61030083060461392e565b906102a0611c7a6201518080420660061b0461392e565b9301928069010000000000000000000460b81b9060701b17918069010000000000000000000460601b9060181b171717815260243590815f525f60205267ffffffffffffffff611ccd60405f2054613b18565b1790608435918215611d8f575b6fffffffffffffffff0000000000000000611cf75f949583613bad565b92519460201b606435171791604435918a613c7e565b9250505060ff81161580611d76575b156106465760608467ffffffffffffffff878662ffffff612710611d4761ffff8560c81c1687613650565b049260d81c16808310611d6e575b5082908160405195168552166020840152166040820152f35b915082611d55565b925080935060081c926127108560f01c85020492611d1c565b60019250611cda565b7fd1734d44000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610bf3575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf357611e38604051611e02604082613365565b600481527f42524550000000000000000000000000000000000000000000000000000000006020820152604051918291826133a6565b0390f35b34610bf35760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf3576080611e756133ee565b611e7d613411565b9073ffffffffffffffffffffffffffffffffffffffff811691825f525f60205260405f2054925f52600160205273ffffffffffffffffffffffffffffffffffffffff611ece8260405f20549461483e565b5491165f52600160205260405f205491604051938452602084015260408301526060820152f35b34610bf35760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf35773ffffffffffffffffffffffffffffffffffffffff611f416133ee565b165f525f602052602067ffffffffffffffff60405f205416604051908152f35b34610bf35760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf357611f986134df565b64ffffffffff67ffffffffffffffff821611612042575b335f5260016020527fffffffffffffffffffffff0000000000ffffffffffffffffffffffffffffffff60405f205416335f52600160205277ffffffffffffffff000000000000000000000000000000008260801b161760405f205567ffffffffffffffff604051911681527fe29148dc2bbd6a5b93260d5890faf3c6cc976c2487f2864db33a3e00defccfcf60203392a2005b5064ffffffffff611faf565b34610bf35760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf357602061044f61208d610e466133ee565b50906135b7565b34610bf35760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf35760043573ffffffffffffffffffffffffffffffffffffffff8116809103610bf35760ff5f5c166123455760017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff005f5c16175f5d335f52600260205260405f205490811561231d5767ffffffffffffffff82169160401c8042106122e75750335f525f60205260405f2054908267ffffffffffffffff8316928382116122b75761216d9293506135aa565b335f525f60205260405f2055335f5260026020525f60408120556040518181528260208201527fbaac24e87e58c882661315cdf88028ec18a57cc2e8d3a8e5e02de1cfa9f167e360403392a2633b9aca00820291808304633b9aca001490151715610959575f80809381935af13d156122b2573d67ffffffffffffffff81116122855760405190612226601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01660200183613365565b81525f60203d92013e5b1561225d577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff005f5c165f5d005b7f90b8ec18000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b612230565b50827f9432a7ee000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b67ffffffffffffffff907fb4387448000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b7f87bdc6a9000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fab143c06000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610bf3576101a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf3576040516101a0810181811067ffffffffffffffff821117612285576040526123c3613509565b908181526123cf61351c565b90602081019182526123df6135c4565b604082019081526123ee6135d5565b606083019081526123fd61359a565b6080840190815261240c61352f565b60a0850190815261241b6135e6565b60c0860190815261242a6135f7565b9060e0870191825261243a613608565b92610100880193845261244b61361a565b94610120890195865261245c61362c565b966101408a0197885261246d613542565b986101608b01998a5263ffffffff61248361363e565b9d6101808d019e8f52168015908115612b06575b50612ada57633b9aca0063ffffffff8d511611612aad5761ffff82511615612a8057606460ff84511611612a545763ffffffff84511615612a275761232861ffff865116116129fa5761271061ffff875116116129cd5761271061ffff885116116129a05761271061ffff8951161161297357610bb861ffff8a51161161294657620f424063ffffffff8b5116116129195761ffff8d51166101f4811090811561290d575b506128e0578a6040516126398161260d60208201948591909161018061ffff816101a084019563ffffffff815116855263ffffffff602082015116602086015282604082015116604086015282606082015116606086015260ff608082015116608086015263ffffffff60a08201511660a08601528260c08201511660c08601528260e08201511660e086015282610100820151166101008601528261012082015116610120860152826101408201511661014086015263ffffffff61016082015116610160860152015116910152565b037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08101835282613365565b5190209b8c5f52600460205260405f20546128b45760209d9776ffff0000000000000000000000000000000000000000007fffff000000000000000000000000000000000000000000000000000000000000988f9e9b947fd938022c3ea2c098f700d432d963273aabc28a44b11610a3102f7492ccdd2fd09e9972ffff00000000000000000000000000000000006128a99f999a8f7effffffff0000000000000000000000000000000000000000000000000000009c6cff0000000000000000000000007affff000000000000000000000000000000000000000000000000009c6bffff0000000000000000000074ffff000000000000000000000000000000000000009869ffff000000000000000078ffff00000000000000000000000000000000000000000000009e67ffffffff0000000063ffffffff70ffffffff00000000000000000000000000995116915160201b1617915160401b1617915160501b1617915160601b1617915160681b1617915160881b1617915160981b1617915160a81b1617915160b81b1617915160c81b1617915160d81b1617915160f01b1617845f526004875260405f20556040519182918291909161018061ffff816101a084019563ffffffff815116855263ffffffff602082015116602086015282604082015116604086015282606082015116606086015260ff608082015116608086015263ffffffff60a08201511660a08601528260c08201511660c08601528260e08201511660e086015282610100820151166101008601528261012082015116610120860152826101408201511661014086015263ffffffff61016082015116610160860152015116910152565b0390a2604051908152f35b8c7f3b2c8c64000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600c60045260245ffd5b6113889150118e61253c565b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600b60045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600a60045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600960045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600860045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600760045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600660045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600560045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f526004805260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600360045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600160045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b633b9aca009150118e612497565b34610bf35760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf35773ffffffffffffffffffffffffffffffffffffffff612b606133ee565b165f526002602052611e3860405f2054604051918167ffffffffffffffff80859460401c1691168390929167ffffffffffffffff60209181604085019616845216910152565b34610bf35760e07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf357600435612be0613411565b50612be96134f6565b90612bf26134b1565b50612bfb613434565b91612c046134c8565b91612c0e81613a71565b908115611d9857612cd890604051906103208201604052610e104204612c3a600c61030083060461392e565b90612c4e6201518080420660061b0461392e565b8069010000000000000000000460b81b9060701b17918069010000000000000000000460601b9060181b1717176102a0830152335f525f60205260405f2093612c978554613b18565b9160443561022085015261024084015260c43560a01b60a435179164010000000060843560401b60643517179160243591612cd23382613bad565b91614425565b919060ff8316159182612d09575b505015610646578367ffffffffffffffff841680612d0057005b610f2d9161479f565b558580612ce6565b34610bf3575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf35760206040515f8152f35b34610bf35760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf357612d806133ee565b50612d89613411565b507fdc8d8db7000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610bf35760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf35773ffffffffffffffffffffffffffffffffffffffff612dfe6133ee565b165f526003602052602060405f2054604051908152f35b34610bf3575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf3576020600554604051908152f35b34610bf35760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf357612e876133ee565b60243567ffffffffffffffff811691828203610bf35773ffffffffffffffffffffffffffffffffffffffff169133831480156132e8575b610d2157612ed56254600080420660061b0461392e565b90335f525f602052612eea60405f20546139e2565b9364ffffffffff8560681c169383850260401c6103e881115f146132e1577ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc188101908111610959575b80841180156132d7575b6132a15750677fffffffffffffff8160011c1693825f526001602052612f6660405f2054614a87565b6254600042049061ffff821661ffff8260701c16145f1461329a5764ffffffffff8160481c16905b612710612f9b89846135b7565b1161325657908594939291612fb96215180080420660061b0461392e565b64ffffffffff82169290612fe381603f89901b6f7fffffffffffffff000000000000000016613663565b84019364ffffffffff8511613249575b810260401c9064ffffffffff85165f170260401c90613011916135aa565b9961301b916135b7565b60481b917fffffffffffffffffffffffffffffffff00000000000000ffffffffffffffffff16907fffffffffffffffffffffffffffffffff00000000000000ffffffff000000000016171790845f52600160205260701b6fffff0000000000000000000000000000161760405f2055808260401b6fffffffffffffffff000000000000000016017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff01906130ce91613663565b968688115f14976131b6975f996132195750507fffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffffff885b338a528960205260681b91161760408820558187528660205260408720548060ff1c156131e4575b506131428461313d876005546135b7565b6135aa565b6005556040805167ffffffffffffffff9283168152918616602083015233917f93ccdffe3ba3c17143460d684dc1a6cf44009588e7b6c65bd59d52c25e50f61d9190a36040518381527fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60203392a36135aa565b6040519081527fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60203392a3005b7f800000000000000000000000000000000000000000000000000000000000000090838952886020521760408820558761312c565b7fffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffffff91613244916135aa565b613104565b64ffffffffff9450612ff3565b506127100361271081116109595767ffffffffffffffff907f481af408000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b5f90612f8e565b67ffffffffffffffff907f5a745c34000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b5060028410612f3d565b505f612f33565b508215612ebe565b34610bf3575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf357611e3860405161332f604082613365565b601181527f622d6d61696c2072657075746174696f6e0000000000000000000000000000006020820152604051918291826133a6565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761228557604052565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602060409481855280519182918282880152018686015e5f8582860101520116010190565b6004359073ffffffffffffffffffffffffffffffffffffffff82168203610bf357565b6024359073ffffffffffffffffffffffffffffffffffffffff82168203610bf357565b60a4359073ffffffffffffffffffffffffffffffffffffffff82168203610bf357565b6044359073ffffffffffffffffffffffffffffffffffffffff82168203610bf357565b34610bf35760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610bf357612d896133ee565b6084359067ffffffffffffffff82168203610bf357565b60c4359067ffffffffffffffff82168203610bf357565b6004359067ffffffffffffffff82168203610bf357565b6064359063ffffffff82168203610bf357565b6004359063ffffffff82168203610bf357565b6024359063ffffffff82168203610bf357565b60a4359063ffffffff82168203610bf357565b610164359063ffffffff82168203610bf357565b6084359063ffffffff82168203610bf357565b9181601f84011215610bf35782359167ffffffffffffffff8311610bf3576020808501948460051b010111610bf357565b6084359060ff82168203610bf357565b9190820391821161095957565b9190820180921161095957565b6044359061ffff82168203610bf357565b6064359061ffff82168203610bf357565b60c4359061ffff82168203610bf357565b60e4359061ffff82168203610bf357565b610104359061ffff82168203610bf357565b610124359061ffff82168203610bf357565b610144359061ffff82168203610bf357565b610184359061ffff82168203610bf357565b8181029291811591840414171561095957565b8115610904570490565b67ffffffffffffffff81116122855760051b60200190565b91908110156118e65760051b0190565b73ffffffffffffffffffffffffffffffffffffffff165f525f60205260405f205463ffffffff808260c01c16921682811061370157601f8301808411610959578110156136fa5760e0018060e011610959576001926136f3916135aa565b1c16151590565b5050505f90565b505050600190565b67ffffffffffffffff81169081156137a957610e10420191824211610959577fa548576ce23404fb1e2c1f9608435f4859f7d1b46d9497ba9c175554760607ce916137a491335f5260026020526fffffffffffffffff00000000000000008560401b161760405f205560405191829167ffffffffffffffff339616908390929167ffffffffffffffff60209181604085019616845216910152565b0390a2565b5050335f5260026020525f60408120556040515f81525f60208201527fa548576ce23404fb1e2c1f9608435f4859f7d1b46d9497ba9c175554760607ce60403392a2565b73ffffffffffffffffffffffffffffffffffffffff5f911691825f525f60205260405f20549061381c82614961565b93613826836149ad565b9260ff1c6138315750565b9092505f52600160205261384860405f20546149e8565b91565b7f0000000000000000000000000000000000000000000000000000000000000000461461390a5760405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f9c1d6efd35ec2225b133d586b4f040615f4cf211d15798262a386b62b3adc19c60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a0815261390460c082613365565b51902090565b7f000000000000000000000000000000000000000000000000000000000000000090565b906801000000000000000091600181166139d2575b600281166139be575b600481166139aa575b60088116613996575b60108116613981575b60201661397057565b9067b504f333f9de64840260401c90565b67d744fccad69d6af490920260401c91613967565b9167eac0c6e7dd24392e0260401c9161395e565b9167f5257d152486cc2c0260401c91613955565b9167fa83b2db722a033a0260401c9161394c565b67fd3e0c0cf486c1749250613943565b61ffff8160401c16620151804204808214613a6c5761ffff8360901c166101ff8460471c168260071c031c60901b927fffffffffffffffffffffffff000000000000000000000000ffffffffffffffff64ffffffffff8260681c166103ff8360461c168460061c031c60681b9362ffffff8360501c169084031c60501b9260401b91161717171790565b505090565b7f00000000000000000000000000000000000000000000000000000000000000008114613af3577f00000000000000000000000000000000000000000000000000000000000000008114613ace575f52600460205260405f205490565b507f000000000000000000000000000000000000000000000000000000000000000090565b507f000000000000000000000000000000000000000000000000000000000000000090565b908162015180420461ffff8260401c1690808203613b3557505050565b8293945061ffff7fffffffffffffffffffffffff000000000000000000000000ffffffffffffffff9360901c166101ff8560471c168260071c031c60901b64ffffffffff8560681c166103ff8660461c168360061c031c60681b179162ffffff8560501c169082031c60501b9060401b171791161790565b905f9164ffffffffff8160681c1680613c5d575b508060ff1c613c00575b60901c61ffff1680613be4575b60d01b9160a01b171790565b613bf762a8c00080420660061b0461392e565b0260401c613bd8565b815f52600160205260405f20546215180063ffffffff64ffffffffff83169260281c1604621518004204031c80613c38575b50613bcb565b9261ffff9193613c516215180080420660061b0461392e565b0260401c019290613c32565b909250613c736254600080420660061b0461392e565b0260401c915f613bc1565b955f92935f98959692968773ffffffffffffffffffffffffffffffffffffffff8716958684148415176144155763ffffffff83169b9062ffffff7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8e0111614404578660601b1573ffffffffffffffffffffffffffffffffffffffff8811166143f3575050760b3a110000000000000000000000000000000000000000838718848811028088185f5284181760205260405f20998a549b62ffffff8d60601c1662ffffff87168103614383575b5060018d868a1160fb031c16614372578560181c68ffffffffffffffffff169a8d60781c9b808d888c116014021c620fffff160260401c9c878b116014026014031c620fffff160260401c976010891061430d575b5f92610fff63ffffffff8660201c169101600c1c810263ffffffff861601039c8962ffff008660381c1662ffffff8860501c168181116142b0575b5050614281575b506127108d818d60d01c61ffff8860a81c160260081c61ffff8860981c160101020467ffffffffffffffff8111614272575b809d63ffffffff8860201c16916127109060018411614215575b508f906127108860f01c8302049e8f9365ffffffffffff8260a01c16918a63ffffffff8d60a01c1684026140fe575b505050505090508c915001958060401c871161409f575062ffffff6127108e61ffff8760c81c1602049460d81c16808510614097575b508060a01c9380851161406b57505067ffffffffffffffff8416838601116140215765ffffffffffff8c8f8290898d11156030021c160111614010575090651fffffffffff96959493929160a01b920190030361ffff8360b81c1662ffffff8260501c160162ffffff8111614006575b7fffffffffffffffffffffffffffffffffffffff000000ffffffffffffffffffff9060501b9116179988828711156030021b018186116014026078019061ffff8460601c16620fffff82841c1601620fffff8111613ffc575b620fffff90831b921b1916179411602d0260a0019484861c9262ffffff8416926102d08462ffffff831603109361ffff8660181c1685029360078760281c16860294019461ffff8611613ff2575b62ffffff9596602c1c169485921694613fe9575b50601090602c1b9110602b1b1790600781100160281b179160181b1717831b921b1916179160081b90565b93506010613fbe565b61ffff9550613faa565b50620fffff613f5c565b5062ffffff613f03565b9c9a50505050505050505050601090565b9c9a50509350955093505067ffffffffffffffff915080830192011161405c575b68ffffffffffffffff009060481b9160081b1617600f1790565b5067ffffffffffffffff614042565b985099509c9a505050505050506cffffffffffffffffffffffff00915060481b9160981c1617600e1790565b93505f613e93565b9950509c9a50505050945050505067ffffffffffffffff82116140ee575b7fffffffffffffffffffffffffffffffffffffffffffffff0000000000000000009060081b169060081b17600d1790565b67ffffffffffffffff91506140bd565b6127109363ffffffff8260681c16809186938282106001146142035750038d8282116141fb575b60881c61ffff1602049003905b60d01c61ffff8c60a81c160260081c01020467ffffffffffffffff81116141ec575b60018195116141bd575b50508210614172575b8e818080808a613e5d565b9b509c9092508360f01c6127100161271063ffffffff8760a01c1602049c81038d81106141b5575b508c90039b6127108d8560f01c0204809b0301915f80614167565b9c505f61419a565b612710929450020467ffffffffffffffff81116141dd575b915f8061415e565b5067ffffffffffffffff6141d5565b5067ffffffffffffffff614154565b829150614125565b60981c61ffff16910302040190614132565b9f507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff83018760b81c61ffff1602019e8f0261271090048067ffffffffffffffff10614263575b9e5f613e2e565b5067ffffffffffffffff61425c565b5067ffffffffffffffff613e14565b60ff8560601c1680614294575b50613de2565b8a929e91926101009102830101916101000102049b5f8061428e565b60708c901c68ffffffffffffffffff160260401c91508082116142d5575b8b91613ddb565b9e8b9f62ffff008860481c1692038201020467ffffffffffffffff81116142fe575b9d5f6142ce565b5067ffffffffffffffff6142f7565b865f52600160205260405f205465ffffffffffff8c60a01c1664ffffffffff8260801c161161433c5750613da0565b9750509c9a50505050505066ffffffffffff0092506dffffffffff000000000000000000915060381c169160981c1617600c1790565b505050505050505050600b93919390565b9c610300908e62ffffff89161860601b189d0461030062ffffff881604038015613d4b577fffffffffffffffffffffffff0000000000ffffffffffffffffffffffffffffff90620fffff8f939f608c1c16811c608c1b90620fffff8460781c16901c60781b179116179b5f613d4b565b999b50995050505050505050601190565b999b50995050505050505050600a90565b989a995050505050505050600990565b85858585614441959b999a969b9897986102a088015195613c7e565b90939297919798819860ff831615600116614461575b5050505050505050565b6080966102209663ffffffff9255169160181b9060601b17176102608301526fffffffffffffffffffffffff0000000081851c169060601b1761028082015201a15f80808080808080614457565b5f945f945f9794335f525f60205260405f20936144cc8554613b18565b956144d73388613bad565b926fffffffffffffffff00000000000000008560201b606435171760c43560a01b60a43517916004356102408901525f5b87811061451b5750505050505050505055565b8060051b80860135908160a01c610bf3578a86868f8c8691614546968a01356102208701528d614425565b60ff81169182156145b9575060108214600c831417600b8314600984141717156145a5575090600192916102608c019081527fee0c7e25232fd21cfaeb5a733f455fb12c722c0082e60df78cbb98fa2687956360203392a35b01614508565b9d9c50505050505050505050505050935092565b9d506001939f9d925083929150909f9060081c6127108960f01c82020401019e9b019c61459f565b60ff811667ffffffffffffffff808360081c169260481c169260098214610d2157600a821461476d57506011811461474557600b811461471d57600c81146146ee57600d81146146bf57600e811461469057600f14614662577f56c84999000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f9432a7ee000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507fd814c455000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507f4fd2273f000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507f7406a479000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7fa5baf151000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f4f292dae000000000000000000000000000000000000000000000000000000005f5260045ffd5b63ffffffff907fb8def7a6000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b73ffffffffffffffffffffffffffffffffffffffff16805f525f6020526147d560405f20549267ffffffffffffffff84166135b7565b9167ffffffffffffffff8311614816577fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000915f525f602052161760405f2055565b7f89560ca1000000000000000000000000000000000000000000000000000000005f5260045ffd5b90760b3a1100000000000000000000000000000000000000009173ffffffffffffffffffffffffffffffffffffffff821673ffffffffffffffffffffffffffffffffffffffff8216105f1461489b575b5f521760205260405f2090565b9061488e565b633b9aca0034066100185773ffffffffffffffffffffffffffffffffffffffff633b9aca003404911690815f525f60205260405f20546148eb8267ffffffffffffffff83166135b7565b9167ffffffffffffffff8311614816577f1097be1d8298997c7140059298ce265b07a3781b991fd7ec8dd614705c9ca3fb927fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000602093865f525f8552161760405f205567ffffffffffffffff60405191168152a2565b6254600042049064ffffffffff625460006201518061ffff8460401c1602049160681c1691031c80156149a8576149a16254600080420660061b0461392e565b0260401c90565b505f90565b62a8c00042049061ffff62a8c00062015180828460401c1602049160901c1691031c80156149a8576149a162a8c00080420660061b0461392e565b6215180063ffffffff64ffffffffff83169260281c1604621518004204031c80156149a8576149a16215180080420660061b0461392e565b906102d08310156136fa57612710811115614a8257506127105b8060c0029060c08204036109595761271090046040018060401161095957614a6191613650565b906102d003906102d08211610959576205a00091614a7e91613650565b0490565b614a3a565b63ffffffff8160281c1690428214614adc577fffffffffffffffffffffffffffffffffffffffffffffff0000000000000000004260281b926215180064ffffffffff84169104621518004204031c9116171790565b90509056",
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
