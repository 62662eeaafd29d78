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
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AckWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyAcked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"field\",\"type\":\"uint8\"}],\"name\":\"BadNetworkParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOrders\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRelay\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"}],\"name\":\"BadSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadVerdict\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BalanceOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"reputation\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"BelowMinReputation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Blocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"available\",\"type\":\"uint64\"}],\"name\":\"EndorseBeyondFloor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"room\",\"type\":\"uint64\"}],\"name\":\"EndorseCapExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxFee\",\"type\":\"uint64\"}],\"name\":\"FeeAboveMax\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"balance\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"needed\",\"type\":\"uint64\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"network\",\"type\":\"bytes32\"}],\"name\":\"NetworkExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoPendingMail\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoWithdrawalRequested\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotColdMail\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotTransferable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotWholeGwei\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OwedOverflow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrancy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"relayFee\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cap\",\"type\":\"uint64\"}],\"name\":\"RelayFeeAboveCap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SpamAlreadyMarked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyRecipients\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"network\",\"type\":\"bytes32\"}],\"name\":\"UnknownNetwork\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalNotReady\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"acker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"minted\",\"type\":\"uint64\"}],\"name\":\"Acked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"blocked\",\"type\":\"bool\"}],\"name\":\"BlockSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"fee\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"network\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"relayFee\",\"type\":\"uint64\"}],\"name\":\"Delivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"received\",\"type\":\"uint64\"}],\"name\":\"Endorsed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"MinReputationSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"base\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"perBucket\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"rateFree\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"rateStep\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"replyWeight\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"repThreshold\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"repDiscountBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"newcomerSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"spamSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recipientBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"relayCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"relayFlat\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"burnBps\",\"type\":\"uint16\"}],\"indexed\":false,\"internalType\":\"structBMail.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"NetworkCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"below\",\"type\":\"uint32\"}],\"name\":\"NoncesCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"index\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"OrderSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"RecipientSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"bundleHash\",\"type\":\"bytes32\"}],\"name\":\"Registered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"delivered\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"skipped\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"relayFees\",\"type\":\"uint64\"}],\"name\":\"Settled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"NEWSLETTER\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PERSONAL\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"accountWord\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"}],\"name\":\"ack\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceGwei\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"network\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"secrets\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxFee\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"relayFee\",\"type\":\"uint64\"}],\"name\":\"broadcast\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"bundleOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"below\",\"type\":\"uint32\"}],\"name\":\"cancelBelow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"counterparties\",\"type\":\"address[]\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"total\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"completeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"base\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"perBucket\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"rateFree\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"rateStep\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"replyWeight\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"repThreshold\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"repDiscountBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"newcomerSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"spamSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recipientBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"relayCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"relayFlat\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"burnBps\",\"type\":\"uint16\"}],\"internalType\":\"structBMail.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"createNetwork\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"depositTo\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"endorse\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paramsWord\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"recipients\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rate\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rep\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"spam\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fwd\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rev\",\"type\":\"uint256\"}],\"name\":\"feeFor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"burn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ackerRep\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ageHours\",\"type\":\"uint256\"}],\"name\":\"mintAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"base\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"perBucket\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"rateFree\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"rateStep\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"replyWeight\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"repThreshold\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"repDiscountBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"newcomerSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"spamSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recipientBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"relayCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"relayFlat\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"burnBps\",\"type\":\"uint16\"}],\"internalType\":\"structBMail.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"networkId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"networkParams\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"base\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"perBucket\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"rateFree\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"rateStep\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"replyWeight\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"repThreshold\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"repDiscountBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"newcomerSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"spamSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recipientBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"relayCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"relayFlat\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"burnBps\",\"type\":\"uint16\"}],\"internalType\":\"structBMail.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"networkWord\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"newsletterParams\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"base\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"perBucket\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"rateFree\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"rateStep\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"replyWeight\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"repThreshold\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"repDiscountBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"newcomerSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"spamSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recipientBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"relayCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"relayFlat\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"burnBps\",\"type\":\"uint16\"}],\"internalType\":\"structBMail.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"}],\"name\":\"nonceUsed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"network\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxFee\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"relayFee\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"}],\"name\":\"orderDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"counterparty\",\"type\":\"address\"}],\"name\":\"owedTo\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"b\",\"type\":\"address\"}],\"name\":\"pairWord\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"personalParams\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"base\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"perBucket\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"rateFree\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"rateStep\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"replyWeight\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"repThreshold\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"repDiscountBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"newcomerSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"spamSurchargeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recipientBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"relayCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"relayFlat\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"burnBps\",\"type\":\"uint16\"}],\"internalType\":\"structBMail.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"network\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recipients\",\"type\":\"uint32\"}],\"name\":\"quote\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"fee\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"burn\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"relayCap\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"bundleHash\",\"type\":\"bytes32\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"reputationOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"earned\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"endorsed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"spam\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"requestWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"network\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxFee\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"relayFee\",\"type\":\"uint64\"}],\"name\":\"send\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"blocked\",\"type\":\"bool\"}],\"name\":\"setBlocked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"setMinReputation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"networks\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"orders\",\"type\":\"bytes\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"standingWord\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"withdrawalOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "BMail",
	Bin: "0x610140604052346103f257610012610449565b506102fc604051610022816103f6565b61138881526101f4602082015260146040820152600a60608201526032608082015261138860a082015261138860c082015261271060e08201526109c46101008201526103e8610120820152610bb86101408201526107d06101608201526103e8610180820152610091610449565b5061020d604051916100a2836103f6565b6103e88352606460208401526107d060408401526107d06060840152600a6080840152614e2060a084015261138860c084015261271060e08401526109c46101008401526002610120840152610bb86101408401526101f46101608401526107d0610180840152610112816104a8565b60805261011e836104a8565b60a05263ffffffff81511667ffffffff00000000602083015160201b161769ffff0000000000000000604083015160401b16176bffff00000000000000000000606083015160501b16176cff000000000000000000000000608083015160601b161763ffffffff60681b60a083015160681b161761ffff60881b60c083015160881b161761ffff60981b60e083015160981b161761ffff60a81b61010083015160a81b161761ffff60b81b61012083015160b81b161761ffff60c81b61014083015160c81b161763ffffffff60d81b61016083015160d81b16179061018061ffff60f01b91015160f01b161790565b60c05263ffffffff81511667ffffffff00000000602083015160201b161769ffff0000000000000000604083015160401b16176bffff00000000000000000000606083015160501b16176cff000000000000000000000000608083015160601b161763ffffffff60681b60a083015160681b161761ffff60881b60c083015160881b161761ffff60981b60e083015160981b161761ffff60a81b61010083015160a81b161761ffff60b81b61012083015160b81b161761ffff60c81b61014083015160c81b161763ffffffff60d81b61016083015160d81b16179061018061ffff60f01b91015160f01b161790565b60e052466101005260405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f9c1d6efd35ec2225b133d586b4f040615f4cf211d15798262a386b62b3adc19c60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a0815261039660c082610426565b5190206101205260405161514490816109808239608051818181610b72015261406e015260a051818181610f270152614095015260c051816140f1015260e051816140cc01526101005181613d8501526101205181613e440152f35b5f80fd5b6101a081019081106001600160401b0382111761041257604052565b634e487b7160e01b5f52604160045260245ffd5b601f909101601f19168101906001600160401b0382119082101761041257604052565b60405190610456826103f6565b5f610180838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e0820152826101008201528261012082015282610140820152826101608201520152565b9063ffffffff8251168015908115610971575b5061095e57633b9aca0063ffffffff6020840151161161094a5761ffff6060830151161561093657606460ff608084015116116109235763ffffffff60a0830151161561090f5761232861ffff60c084015116116108fb5761271061ffff60e084015116116108e75761271061ffff61010084015116116108d35761271061ffff61012084015116116108bf57610bb861ffff61014084015116116108ab57620f424063ffffffff61016084015116116108975761ffff610180830151166101f4811090811561088b575b5061087757604051602081019061066581610657868591909161018061ffff816101a084019563ffffffff815116855263ffffffff602082015116602086015282604082015116604086015282606082015116606086015260ff608082015116608086015263ffffffff60a08201511660a08601528260c08201511660c08601528260e08201511660e086015282610100820151166101008601528261012082015116610120860152826101408201511661014086015263ffffffff61016082015116610160860152015116910152565b03601f198101835282610426565b5190208092815f52600460205260405f20546108645761085f816107907fd938022c3ea2c098f700d432d963273aabc28a44b11610a3102f7492ccdd2fd09363ffffffff81511667ffffffff00000000602083015160201b161769ffff0000000000000000604083015160401b16176bffff00000000000000000000606083015160501b16176cff000000000000000000000000608083015160601b161763ffffffff60681b60a083015160681b161761ffff60881b60c083015160881b161761ffff60981b60e083015160981b161761ffff60a81b61010083015160a81b161761ffff60b81b61012083015160b81b161761ffff60c81b61014083015160c81b161763ffffffff60d81b61016083015160d81b16179061018061ffff60f01b91015160f01b161790565b845f52600460205260405f20556040519182918291909161018061ffff816101a084019563ffffffff815116855263ffffffff602082015116602086015282604082015116604086015282606082015116606086015260ff608082015116608086015263ffffffff60a08201511660a08601528260c08201511660c08601528260e08201511660e086015282610100820151166101008601528261012082015116610120860152826101408201511661014086015263ffffffff61016082015116610160860152015116910152565b0390a2565b50630ecb231960e21b5f5260045260245ffd5b63fc572b7f60e01b5f52600c60045260245ffd5b6113889150115f610586565b63fc572b7f60e01b5f52600b60045260245ffd5b63fc572b7f60e01b5f52600a60045260245ffd5b63fc572b7f60e01b5f52600960045260245ffd5b63fc572b7f60e01b5f52600860045260245ffd5b63fc572b7f60e01b5f52600760045260245ffd5b63fc572b7f60e01b5f52600660045260245ffd5b63fc572b7f60e01b5f52600560045260245ffd5b63fc572b7f60e01b5f526004805260245ffd5b63fc572b7f60e01b5f52600360045260245ffd5b63fc572b7f60e01b5f52600160045260245ffd5b63fc572b7f60e01b5f525f60045260245ffd5b633b9aca009150115f6104bb56fe60c06040526004361015610040575b3615610018575f80fd5b7f330670ed000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f3560e01c80620af2a1146136595780626e81381461361a57806306fdde03146135a5578063095ea7b3146115e15780630c31a11e146130da5780630f95206114612f2657806314bf9d2b14612e9457806318160ddd14612e5957806318e3c52a14612df657806323b872dd14612d8d5780632af42f6a14612c1e578063313ce56714612be6578063318d9e5d14612a155780633a17d17e146129c25780634ddaa2f21461296057806351791269146128fd57806356c8cd9c1461279b5780635b648c591461262c57806364f84e2f14611e97578063655c4d0614611e555780636dbaf9ee14611b7c57806370a0823114611b36578063731ccaff14611a495780637332d4d0146119dd57806395d89b4114611964578063a2c06cdf1461177a578063a7c13383146115e6578063a9059cbb146115e1578063ab9fc55a146114df578063b10e284f14610fd8578063b760faf914610f9e578063c0173e1814610f4a578063ca682d7514610ef2578063cd6c3fb614610db6578063d0e30db014610d84578063db5a0aa114610cf4578063db89c04414610ca0578063dd62ed3e14610c55578063dfd3476814610c03578063e1fa8e8414610b95578063f1aa139e14610b3d578063f43f3e8f14610677578063f4b37419146102bd578063f698da251461027d5763ff244eae0361000e57346102795760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610279576004355f526004602052602060405f2054604051908152f35b5f80fd5b34610279575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102795760206102b5613d83565b604051908152f35b346102795760e07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102795760043560243567ffffffffffffffff81116102795761030f9036906004016138db565b60443567ffffffffffffffff81116102795761032f9036906004016138db565b61033a92919261390c565b6103426137b3565b9061034b613779565b946103546137ca565b9684860361064f5785158015610644575b61061c576103728961406c565b9586156105f057908798939299969591335f525f60205261039660405f2054613f7d565b975f975f9c5f9773ffffffffffffffffffffffffffffffffffffffff67ffffffffffffffff63ffffffff8a1692169d16915b858a1061047c57508e8e8e8e67ffffffffffffffff8e168f818111610422575050335f525f60205260405f205580151580610419575b61040457005b6104179261041191613bdb565b9061491d565b005b508215156103fe565b67ffffffffffffffff81111561046d575067ffffffffffffffff805b7f4fd2273f000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b67ffffffffffffffff9061043e565b9091929394959697989d9c9b9a61050b8f8e6104ac6104a461049f848d8f613af1565b613b2e565b928d87613af1565b3573ffffffffffffffffffffffffffffffffffffffff604051936104cf856137fe565b8b8552166020840152604083015285606083015267ffffffffffffffff60808301528660a083015260c08201528860e08201528d339088614113565b909c60ff8216806105485750509e9f9c9d9e6105306001926105379260081c9061397c565b9c9d613d56565b9f5b019897969594939291906103c8565b91909e9f9d509c9f919c600b821480156105e6575b80156105dc575b80156105d2575b156105cb57509060019173ffffffffffffffffffffffffffffffffffffffff61059861049f848c8e613af1565b16906040519081527fee0c7e25232fd21cfaeb5a733f455fb12c722c0082e60df78cbb98fa2687956360203392a3610539565b8b9061475f565b506010821461056b565b5060098214610564565b50600c821461055d565b897fd1734d44000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f5531b495000000000000000000000000000000000000000000000000000000005f5260045ffd5b506104008611610365565b7fff633a38000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102795760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610279576106ae613733565b60243560ff81168091036102795760028111610b155773ffffffffffffffffffffffffffffffffffffffff821691338314610ae7576106ee903390613e66565b8054919033841115610b0f5760015b60ff81169384600302906003820486141591826108ee5760f0018060f01191826108ee57876018026018810489036108ee5760a001928360a0116108ee5762ffffff82851c1690600783851c1615610ab95761075e610e1042049283613a7b565b996102d08b1015610a91575f9a8c5f525f60205261077f60405f2054613f7d565b9860028c0361096b5750508060f6018060f6116108ee57846001911c16156109435760f801958660f8116108ee57600184881c1661091b576108ee576108ee5762ffffff6001600792861b961b941b19921b1916161717906107ea62a8c00080420660061b04613ec9565b80156108c15769010000000000000000000461ffff8260a01c160161ffff81116108b8575b7fffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffff9060a01b911617915b55835f525f60205260405f205560405190815267ffffffffffffffff82166020820152827fd7c9d503d81776a55b4bb110f55f8efe0dac8fbb4ec160020305e13633bed9c260403393a38061088a57005b7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60205f92604051908152a3005b5061ffff61080f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7fc77f10b9000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f36c53cff000000000000000000000000000000000000000000000000000000005f5260045ffd5b9591989997509550610984939250600191501b90613a7b565b9360018714610996575b505050610839565b929650909160ff8216036108ee57610ff09060041b1660d001908160d0116108ee576109dc91335f525f60205261ffff846109d460405f2054614e32565b921c16613bee565b93846109eb575b86808061098e565b9391610a7090610a046254600080420660061b04613ec9565b90610a1d8264ffffffffff8360781c169660401b613a88565b850164ffffffffff8111610a85575b7fffffffffffffffffffffffff0000000000ffffffffffffffffffffffffffffff9060781b9116179064ffffffffff8183960260401c9260781c160260401c613a7b565b93610a7d8560055461397c565b6005556109e3565b5064ffffffffff610a2c565b7fc699b849000000000000000000000000000000000000000000000000000000005f5260045ffd5b5015610ae7577fa75e5433000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f06183f15000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f6106fd565b7f43e43260000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610279575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102795760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102795760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261027957600435335f5260036020528060405f20556040519081527fb8142d42f05d95abf0a6570799774d59276e49ea32a04d9a4ec316ea4a6886bc60203392a2005b34610279576101007ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102795760206102b560e43560c43560a435608435606435604435602435600435614f28565b346102795760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261027957610c8c613733565b50610c95613756565b5060206040515f8152f35b346102795760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610279576060610ce1610cdc613733565b613cf5565b9060405192835260208301526040820152f35b346102795760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610279576020610d2d613733565b610d35613756565b9073ffffffffffffffffffffffffffffffffffffffff80610d568484613e66565b54931691161015610d755765ffffffffffff5f915b604051921c168152f35b65ffffffffffff603091610d6b565b5f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102795761041733614d72565b34610279576101a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102795760206040518181019063ffffffff610dfc61391f565b16825263ffffffff610e0c613932565b16604082015261ffff610e1d613b4f565b16606082015261ffff610e2e613b60565b16608082015260ff610e3e61396c565b1660a082015263ffffffff610e51613945565b1660c082015261ffff610e62613b71565b1660e082015261ffff610e73613b82565b1661010082015261ffff610e85613b93565b1661012082015261ffff610e97613ba5565b1661014082015261ffff610ea9613bb7565b1661016082015263ffffffff610ebd613958565b1661018082015261ffff610ecf613bc9565b166101a08201526101a08152610ee76101c08261381b565b519020604051908152f35b34610279575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102795760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102795760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610279576020610f94610f86613733565b610f8e613932565b90613c88565b6040519015158152f35b60207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261027957610417610fd3613733565b614d72565b346102795760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102795760043567ffffffffffffffff8111610279576110279036906004016138db565b60243567ffffffffffffffff811161027957366023820112156102795780600401359067ffffffffffffffff82116102795736602483830101116102795760968083048082029181159183041417156108ee5782036114b75791929061108c84613c5c565b611099604051918261381b565b8481527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe06110c686613c5c565b013660208301375f5b85811061148457506110df613d83565b93604051916110ed836137fe565b5f83525f60208401525f60408401525f60608401525f60808401525f60c0840152600160e08401523360a08401525f6080525f6080525f60a0525f60a0525f5f935f975f998a985f5b60968a0481106111e557508967ffffffffffffffff8c63ffffffff61116a8460968f8f6111b9575b856111aa575b04613a7b565b1663ffffffff6040519416845260208401521660408201527ff15aa69d6924369398fcab83064f43f6fe692434b0596cdcf65a3a8bf259ce1460603392a2005b6111b4863361491d565b611164565b73ffffffffffffffffffffffffffffffffffffffff608051165f525f60205260a05160405f205561115e565b9091929394959697989950611205848484888c6024609688029101614a99565b809493929194611416575073ffffffffffffffffffffffffffffffffffffffff6080511673ffffffffffffffffffffffffffffffffffffffff8416036113a5575b5f908a611345575050876003935b5f908515611330575b8c86156112e5575b50506040805163ffffffff94909416845261ffff8716602085015260ff959095169483019490945250600193925073ffffffffffffffffffffffffffffffffffffffff91909116907fd0224d3bd47811b23c92b794a5f11bd730a0b360d87c9feca55a3f5e76eda26690606090a25b01908b999897969594939291611136565b60ff9650916112f986926112ff9594613c74565b51614113565b93909316928315611313578089918c611265565b60a05250505060c085015160019c8d019c9b019a985088906112d4565b94505061133f8260a051614c9d565b9461125d565b42811015611359575050876004935b611254565b610e1042018042116108ee578a911115611377579050600593611254565b90938b518110801590611393575b156113545760089450611254565b5061139e818d613c74565b5115611385565b98509a6113ea575b5f9a8160805273ffffffffffffffffffffffffffffffffffffffff82165f525f60205260405f2054986113e28a15159a613f7d565b60a052611246565b73ffffffffffffffffffffffffffffffffffffffff608051165f525f60205260a05160405f20556113ad565b6040805163ffffffff94909416845261ffff8716602085015260ff919091169083015250600193925073ffffffffffffffffffffffffffffffffffffffff91909116907fd0224d3bd47811b23c92b794a5f11bd730a0b360d87c9feca55a3f5e76eda26690606090a26112d4565b806114a061149a60019389889a99969798613af1565b3561406c565b6114aa8286613c74565b52019492919093946110cf565b7fc0e10d61000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102795760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102795761151661391f565b335f525f60205260405f20549063ffffffff8260b01c169163ffffffff82169280841161156d575b836040519081527fa8eaee9781e4194ab82ff0c19a99afa67cb73138a4ac53d26e6fe03923136a0960203392a2005b79ffffffff000000000000000000000000000000000000000000007ff0000000000000000000ffffffffffffffffffffffffffffffffffffffffffff916115c0650fffffffffff8560d01c169187613a7b565b1c335f525f60205260d01b9360b01b169116171760405f205581808061153e565b6138a4565b34610279576101207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102795761161e613756565b61162661390c565b9061162f6137b3565b9160a43567ffffffffffffffff81168091036102795760c43563ffffffff81168091036102795760e4359067ffffffffffffffff821680920361027957610104359273ffffffffffffffffffffffffffffffffffffffff84168094036102795767ffffffffffffffff60209763ffffffff6040519773ffffffffffffffffffffffffffffffffffffffff8b8a019a7f71c31425b6a6eca9610bcaf5de32518c1d21b49ed6c73156d416630e598283c18c5260043560408c01521660608a015260443560808a01521660a08801521660c086015260e0850152610100840152610120830152610140820152610140815261172a6101608261381b565b519020611735613d83565b9060405190838201927f190100000000000000000000000000000000000000000000000000000000000084526022830152604282015260428152610ee760628261381b565b346102795760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610279576004356117b4613756565b9060443573ffffffffffffffffffffffffffffffffffffffff8116808203610279576117de61390c565b916084359463ffffffff861693848703610279576117fb8661406c565b958615611939575063ffffffff16958615801561192c575b6119005791606096826118639473ffffffffffffffffffffffffffffffffffffffff61189e9897951694855f525f60205261186961185460405f2054613f7d565b95610e10420498899186613e66565b54614994565b9511156118f157611883600c6103006001985b0604613ec9565b966118e3575063ffffffff60ff6001965b1695169288614a00565b9067ffffffffffffffff6118c583826127106118bd8660f01c84613bdb565b041693614a6a565b169067ffffffffffffffff6040519316835260208301526040820152f35b60ff63ffffffff9196611894565b611883600c6103005f9861187c565b867fb8def7a6000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5063010000008711611813565b7fd1734d44000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610279575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610279576119d96040516119a360408261381b565b600481527f425245500000000000000000000000000000000000000000000000000000000060208201526040519182918261385c565b0390f35b346102795760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102795773ffffffffffffffffffffffffffffffffffffffff611a29613733565b165f525f602052602067ffffffffffffffff60405f205416604051908152f35b346102795760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261027957611a8061379c565b64ffffffffff67ffffffffffffffff821611611b2a575b335f5260016020527fffffffffffffffffffffff0000000000ffffffffffffffffffffffffffffffff60405f205416335f52600160205277ffffffffffffffff000000000000000000000000000000008260801b161760405f205567ffffffffffffffff604051911681527fe29148dc2bbd6a5b93260d5890faf3c6cc976c2487f2864db33a3e00defccfcf60203392a2005b5064ffffffffff611a97565b346102795760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102795760206102b5611b75610cdc613733565b509061397c565b346102795760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102795760043573ffffffffffffffffffffffffffffffffffffffff81168091036102795760ff5f5c16611e2d5760017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff005f5c16175f5d335f52600260205260405f2054908115611e055767ffffffffffffffff82169160401c804210611dcf5750335f525f60205260405f2054908267ffffffffffffffff831692838211611d9f57611c55929350613a7b565b335f525f60205260405f2055335f5260026020525f60408120556040518181528260208201527fbaac24e87e58c882661315cdf88028ec18a57cc2e8d3a8e5e02de1cfa9f167e360403392a2633b9aca00820291808304633b9aca0014901517156108ee575f80809381935af13d15611d9a573d67ffffffffffffffff8111611d6d5760405190611d0e601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0166020018361381b565b81525f60203d92013e5b15611d45577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff005f5c165f5d005b7f90b8ec18000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b611d18565b50827f9432a7ee000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b67ffffffffffffffff907fb4387448000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b7f87bdc6a9000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fab143c06000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102795760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102795760206102b5604435602435600435613bee565b34610279576101a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261027957604051611ed3816137e1565b611edb61391f565b90818152611ee7613932565b9060208101918252611ef7613b4f565b60408201908152611f06613b60565b60608301908152611f1561396c565b60808401908152611f24613945565b60a08501908152611f33613b71565b60c08601908152611f42613b82565b9060e08701918252611f52613b93565b926101008801938452611f63613ba5565b946101208901958652611f74613bb7565b966101408a01978852611f85613958565b986101608b01998a5263ffffffff611f9b613bc9565b9d6101808d019e8f5216801590811561261e575b506125f257633b9aca0063ffffffff8d5116116125c55761ffff8251161561259857606460ff8451161161256c5763ffffffff8451161561253f5761232861ffff865116116125125761271061ffff875116116124e55761271061ffff885116116124b85761271061ffff8951161161248b57610bb861ffff8a51161161245e57620f424063ffffffff8b5116116124315761ffff8d51166101f48110908115612425575b506123f8578a6040516121518161212560208201948591909161018061ffff816101a084019563ffffffff815116855263ffffffff602082015116602086015282604082015116604086015282606082015116606086015260ff608082015116608086015263ffffffff60a08201511660a08601528260c08201511660c08601528260e08201511660e086015282610100820151166101008601528261012082015116610120860152826101408201511661014086015263ffffffff61016082015116610160860152015116910152565b037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0810183528261381b565b5190209b8c5f52600460205260405f20546123cc5760209d9776ffff0000000000000000000000000000000000000000007fffff000000000000000000000000000000000000000000000000000000000000988f9e9b947fd938022c3ea2c098f700d432d963273aabc28a44b11610a3102f7492ccdd2fd09e9972ffff00000000000000000000000000000000006123c19f999a8f7effffffff0000000000000000000000000000000000000000000000000000009c6cff0000000000000000000000007affff000000000000000000000000000000000000000000000000009c6bffff0000000000000000000074ffff000000000000000000000000000000000000009869ffff000000000000000078ffff00000000000000000000000000000000000000000000009e67ffffffff0000000063ffffffff70ffffffff00000000000000000000000000995116915160201b1617915160401b1617915160501b1617915160601b1617915160681b1617915160881b1617915160981b1617915160a81b1617915160b81b1617915160c81b1617915160d81b1617915160f01b1617845f526004875260405f20556040519182918291909161018061ffff816101a084019563ffffffff815116855263ffffffff602082015116602086015282604082015116604086015282606082015116606086015260ff608082015116608086015263ffffffff60a08201511660a08601528260c08201511660c08601528260e08201511660e086015282610100820151166101008601528261012082015116610120860152826101408201511661014086015263ffffffff61016082015116610160860152015116910152565b0390a2604051908152f35b8c7f3b2c8c64000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600c60045260245ffd5b6113889150118e612054565b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600b60045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600a60045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600960045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600860045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600760045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600660045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600560045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f526004805260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600360045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f52600160045260245ffd5b7ffc572b7f000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b633b9aca009150118e611faf565b34610279575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261027957612662613a92565b506119d9604051612672816137e1565b61138881526101f4602082015260146040820152600a60608201526032608082015261138860a082015261138860c082015261271060e08201526109c46101008201526103e8610120820152610bb86101408201526107d06101608201526103e86101808201526040519182918291909161018061ffff816101a084019563ffffffff815116855263ffffffff602082015116602086015282604082015116604086015282606082015116606086015260ff608082015116608086015263ffffffff60a08201511660a08601528260c08201511660c08601528260e08201511660e086015282610100820151166101008601528261012082015116610120860152826101408201511661014086015263ffffffff61016082015116610160860152015116910152565b346102795760e07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610279576004356127d5613756565b6127dd61390c565b6127e56137b3565b926127ee613779565b936127f76137ca565b6128008361406c565b9182156128d1576128a393929167ffffffffffffffff8092335f525f60205273ffffffffffffffffffffffffffffffffffffffff61284160405f2054613f7d565b996040519761284f896137fe565b8852166020870152604435604087015263ffffffff8816606087015216608085015273ffffffffffffffffffffffffffffffffffffffff881660a085015216948560c0840152600160e08401523391614113565b60ff81939293166128cc575050335f525f60205260405f2055806128c357005b6104179161491d565b61475f565b837fd1734d44000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102795760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102795773ffffffffffffffffffffffffffffffffffffffff612949613733565b165f526001602052602060405f2054604051908152f35b346102795760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102795773ffffffffffffffffffffffffffffffffffffffff6129ac613733565b165f525f602052602060405f2054604051908152f35b346102795760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610279576020612a0c6129fe613733565b612a06613756565b90613e66565b54604051908152f35b346102795760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102795760043567ffffffffffffffff811161027957612a649036906004016138db565b905f915f5b818110612b1c578380612a8c575b60209067ffffffffffffffff60405191168152f35b335f525f60205260405f205490612aad8167ffffffffffffffff841661397c565b67ffffffffffffffff8111612af4577fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000602093335f525f8552161760405f20559050612a77565b7f89560ca1000000000000000000000000000000000000000000000000000000005f5260045ffd5b612b2a61049f828486613af1565b73ffffffffffffffffffffffffffffffffffffffff811690338214612bdc57612b539033613e66565b948554958233105f14612bd4575f965b65ffffffffffff81891c16978815612bc65792612b9292899265ffffffffffff60019897961b1916905561397c565b956040519081527f236fa866779288722792180dd38c11b4548ab9e7c663e64673f9698023c9157e60203392a35b01612a69565b505050945050600190612bc0565b603096612b63565b5050600190612bc0565b34610279575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102795760206040515f8152f35b34610279575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261027957612c54613a92565b506119d9604051612c64816137e1565b6103e88152606460208201526107d060408201526107d06060820152600a6080820152614e2060a082015261138860c082015261271060e08201526109c46101008201526002610120820152610bb86101408201526101f46101608201526107d06101808201526040519182918291909161018061ffff816101a084019563ffffffff815116855263ffffffff602082015116602086015282604082015116604086015282606082015116606086015260ff608082015116608086015263ffffffff60a08201511660a08601528260c08201511660c08601528260e08201511660e086015282610100820151166101008601528261012082015116610120860152826101408201511661014086015263ffffffff61016082015116610160860152015116910152565b346102795760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261027957612dc4613733565b50612dcd613756565b507fdc8d8db7000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102795760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102795773ffffffffffffffffffffffffffffffffffffffff612e42613733565b165f526003602052602060405f2054604051908152f35b34610279575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610279576020600554604051908152f35b346102795760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102795773ffffffffffffffffffffffffffffffffffffffff612ee0613733565b165f5260026020526119d960405f2054604051918167ffffffffffffffff80859460401c1691168390929167ffffffffffffffff60209181604085019616845216910152565b346102795760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610279576119d9612f60613a92565b6004355f52600460205260405f205463ffffffff8116825263ffffffff8160201c16602083015261ffff8160401c16604083015261ffff8160501c16606083015260ff8160601c16608083015263ffffffff8160681c1660a083015261ffff8160881c1660c083015261ffff8160981c1660e083015261ffff8160a81c1661010083015261ffff8160b81c1661012083015261ffff8160c81c1661014083015262ffffff8160d81c1661016083015260f01c6101808201526040519182918291909161018061ffff816101a084019563ffffffff815116855263ffffffff602082015116602086015282604082015116604086015282606082015116606086015260ff608082015116608086015263ffffffff60a08201511660a08601528260c08201511660c08601528260e08201511660e086015282610100820151166101008601528261012082015116610120860152826101408201511661014086015263ffffffff61016082015116610160860152015116910152565b346102795760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261027957613111613733565b60243567ffffffffffffffff8116918282036102795773ffffffffffffffffffffffffffffffffffffffff1691338314801561359d575b6135755761315f6254600080420660061b04613ec9565b90335f525f60205261317460405f2054613f7d565b9364ffffffffff8560781c169383850260401c6103e881115f1461356e577ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc1881019081116108ee575b8084118015613564575b61352e5750677fffffffffffffff8160011c1693825f5260016020526131f060405f2054614012565b6254600042049061ffff821661ffff8260701c16145f146135275764ffffffffff8160481c16905b612710613225898461397c565b116134e3579085949392916132436215180080420660061b04613ec9565b64ffffffffff8216929061326d81603f89901b6f7fffffffffffffff000000000000000016613a88565b84019364ffffffffff85116134d6575b810260401c9064ffffffffff85165f170260401c9061329b91613a7b565b996132a59161397c565b60481b917fffffffffffffffffffffffffffffffff00000000000000ffffffffffffffffff16907fffffffffffffffffffffffffffffffff00000000000000ffffffff000000000016171790845f52600160205260701b6fffff0000000000000000000000000000161760405f2055808260401b6fffffffffffffffff000000000000000016017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff019061335891613a88565b968688115f1497613443975f996134a65750507fffffffffffffffffffffffff0000000000ffffffffffffffffffffffffffffff885b338a528960205260781b911617604088205581875286602052604087205460018160fc1c1615613471575b506133cf846133ca8760055461397c565b613a7b565b6005556040805167ffffffffffffffff9283168152918616602083015233917f93ccdffe3ba3c17143460d684dc1a6cf44009588e7b6c65bd59d52c25e50f61d9190a36040518381527fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60203392a3613a7b565b6040519081527fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60203392a3005b7f10000000000000000000000000000000000000000000000000000000000000009083895288602052176040882055876133b9565b7fffffffffffffffffffffffff0000000000ffffffffffffffffffffffffffffff916134d191613a7b565b61338e565b64ffffffffff945061327d565b506127100361271081116108ee5767ffffffffffffffff907f481af408000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b5f90613218565b67ffffffffffffffff907f5a745c34000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b50600284106131c7565b505f6131bd565b7f67a2cc26000000000000000000000000000000000000000000000000000000005f5260045ffd5b508215613148565b34610279575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610279576119d96040516135e460408261381b565b601181527f622d6d61696c2072657075746174696f6e00000000000000000000000000000060208201526040519182918261385c565b346102795760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102795761041761365461379c565b613989565b346102795760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261027957613690613733565b602435801515908181036102795773ffffffffffffffffffffffffffffffffffffffff831692338414801561372b575b613575576136cf903390613e66565b9081548433105f1461372257600160fa5b1b91156137195717905b556040519081527fa4244aa552bd5d27047e6ebc3cbdec7adcd607b095345e3c68ef4ba58c93ed4e60203392a3005b901916906136ea565b600160fb6136e0565b5083156136c0565b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361027957565b6024359073ffffffffffffffffffffffffffffffffffffffff8216820361027957565b60a4359073ffffffffffffffffffffffffffffffffffffffff8216820361027957565b6004359067ffffffffffffffff8216820361027957565b6084359067ffffffffffffffff8216820361027957565b60c4359067ffffffffffffffff8216820361027957565b6101a0810190811067ffffffffffffffff821117611d6d57604052565b610100810190811067ffffffffffffffff821117611d6d57604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117611d6d57604052565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602060409481855280519182918282880152018686015e5f8582860101520116010190565b346102795760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261027957612dcd613733565b9181601f840112156102795782359167ffffffffffffffff8311610279576020808501948460051b01011161027957565b6064359063ffffffff8216820361027957565b6004359063ffffffff8216820361027957565b6024359063ffffffff8216820361027957565b60a4359063ffffffff8216820361027957565b610164359063ffffffff8216820361027957565b6084359060ff8216820361027957565b919082018092116108ee57565b67ffffffffffffffff8116908115613a2957610e104201918242116108ee577fa548576ce23404fb1e2c1f9608435f4859f7d1b46d9497ba9c175554760607ce91613a2491335f5260026020526fffffffffffffffff00000000000000008560401b161760405f205560405191829167ffffffffffffffff339616908390929167ffffffffffffffff60209181604085019616845216910152565b0390a2565b5050335f5260026020525f60408120556040515f81525f60208201527fa548576ce23404fb1e2c1f9608435f4859f7d1b46d9497ba9c175554760607ce60403392a2565b608c0390608c82116108ee57565b919082039182116108ee57565b81156108c1570490565b60405190613a9f826137e1565b5f610180838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e0820152826101008201528261012082015282610140820152826101608201520152565b9190811015613b015760051b0190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b3573ffffffffffffffffffffffffffffffffffffffff811681036102795790565b6044359061ffff8216820361027957565b6064359061ffff8216820361027957565b60c4359061ffff8216820361027957565b60e4359061ffff8216820361027957565b610104359061ffff8216820361027957565b610124359061ffff8216820361027957565b610144359061ffff8216820361027957565b610184359061ffff8216820361027957565b818102929181159184041417156108ee57565b906102d0831015613c5557612710811115613c5057506127105b8060c0029060c08204036108ee576127109004604001806040116108ee57613c2f91613bdb565b906102d003906102d082116108ee576205a00091613c4c91613bdb565b0490565b613c08565b5050505f90565b67ffffffffffffffff8111611d6d5760051b60200190565b8051821015613b015760209160051b010190565b73ffffffffffffffffffffffffffffffffffffffff165f525f60205260405f205463ffffffff808260b01c169216828110613ced57602c83018084116108ee57811015613c555760d0018060d0116108ee57600192613ce691613a7b565b1c16151590565b505050600190565b73ffffffffffffffffffffffffffffffffffffffff5f911691825f525f60205260405f205490613d2482614e32565b936001613d3084614e7b565b9360fc1c16613d3c5750565b9092505f526001602052613d5360405f2054614ef0565b91565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81146108ee5760010190565b7f00000000000000000000000000000000000000000000000000000000000000004614613e425760405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f9c1d6efd35ec2225b133d586b4f040615f4cf211d15798262a386b62b3adc19c60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a08152613e3c60c08261381b565b51902090565b7f000000000000000000000000000000000000000000000000000000000000000090565b90760b3a1100000000000000000000000000000000000000009173ffffffffffffffffffffffffffffffffffffffff821673ffffffffffffffffffffffffffffffffffffffff8216105f14613ec3575b5f521760205260405f2090565b90613eb6565b90680100000000000000009160018116613f6d575b60028116613f59575b60048116613f45575b60088116613f31575b60108116613f1c575b602016613f0b57565b9067b504f333f9de64840260401c90565b67d744fccad69d6af490920260401c91613f02565b9167eac0c6e7dd24392e0260401c91613ef9565b9167f5257d152486cc2c0260401c91613ef0565b9167fa83b2db722a033a0260401c91613ee7565b67fd3e0c0cf486c1749250613ede565b63ffffffff8160401c1642811461400e5761ffff8260a01c1662a8c000820462a8c0004204031c60a01b9164ffffffffff8160781c16625460008304625460004204031c60781b916201518062ffffff8360601c169104620151804204031c60601b907fffffffffffffffffffff0000000000000000000000000000ffffffffffffffff4260401b91161717171790565b5090565b63ffffffff8160281c1690428214614067577fffffffffffffffffffffffffffffffffffffffffffffff0000000000000000004260281b926215180064ffffffffff84169104621518004204031c9116171790565b905090565b7f000000000000000000000000000000000000000000000000000000000000000081146140ee577f000000000000000000000000000000000000000000000000000000000000000081146140c9575f52600460205260405f205490565b507f000000000000000000000000000000000000000000000000000000000000000090565b507f000000000000000000000000000000000000000000000000000000000000000090565b939291909173ffffffffffffffffffffffffffffffffffffffff6020820151169182158015614740575b6147345760608201518015908115614726575b5061471a5760c08201511515806146f8575b6146ec576141708382613e66565b90614180610e1042048354614994565b8473ffffffffffffffffffffffffffffffffffffffff8316115f146146e5576001935b60ff851660fb0360fb81116108ee57826001911c166146d6576141d0600c610300610e1042040604613ec9565b91601460ff871681020460ff8716036108ee57601083620fffff836141fa60ff8b16601402613a6d565b1c160260401c10156146b657865f52600160205260405f205464ffffffffff8160801c168061467a575b505060ff861660f60160f6116108ee57600160ff871660f6011b17935b61425e8389878d60608701518960ff8d169460e08a015193614a00565b9261271061426f8c60f01c86613bdb565b049561427b878661397c565b9b8c608086015180911161463a57508561429491614a6a565b60c08501519080821161461e57506142ac908d61397c565b9067ffffffffffffffff8b1682116145d15760ff8916603002916030830460ff8b16036108ee576030838103116108ee576142f48765ffffffffffff84866030031c1661397c565b9b65ffffffffffff8d116145bd57036143166201518080420660061b04613ec9565b9081156108c15765ffffffffffff9169010000000000000000000462ffffff8260601c160162ffffff81116145b3575b7fffffffffffffffffffffffffffffffffff000000ffffffffffffffffffffffff9060601b9116179b836030031b926030031b19161760ff881660140260780191826078116108ee5780156108c157690100000000000000000004620fffff82841c1601620fffff81116145a9575b620fffff90831b921b191617809660ff81166003026003810460ff8316036108ee5760f001978860f0116108ee5760ff82166018026018810460ff8416036108ee5760a001908160a0116108ee576007848b1c169262ffffff85841c169460ff821660f8018060f8116108ee576001901b85151580614590575b614588575b60078610614578575b8181161561456a576102d061445688610e104204613a7b565b1015614558575b50505b610ff09060041b1660d001918260d0116108ee577f0e3897c248b9827a41d49bdbdfd22dde0a7b644bb2f7fa67127a9769194c16c99a60e09a61ffff8111156145495750600762ffffff61ffff805b871b98851b97841b961b931b911b17171916171717905560408101519163ffffffff60608301511667ffffffffffffffff8351928160c073ffffffffffffffffffffffffffffffffffffffff60a088015116960151169573ffffffffffffffffffffffffffffffffffffffff6040519816885260208801521660408601526060850152608084015260a083015260c0820152a29160081b90565b62ffffff61ffff6007926144af565b610e1042049650191691505f8061445d565b5050610e1042049450614460565b9461458290613d56565b9461443d565b5f9550614434565b506102d06145a288610e104204613a7b565b101561442f565b50620fffff6143b5565b5062ffffff614346565b9d5060109c9b505050505050505050505050565b50989a50505050505050505067ffffffffffffffff81115f146146155750600f67ffffffffffffffff925b68ffffffffffffffff00819460481b9160081b16171790565b600f90926145fc565b9c5098505050505050505050600e919360481b9060081b171790565b9c98505050505050505050600d92915067ffffffffffffffff81115f14614674575067ffffffffffffffff905b9360481b9060081b171790565b90614667565b614684868b6150f5565b9081101561422457975099505050505050506dffffffffff000000000000000000600c929460381c169060081b171790565b60ff861660f60160f6116108ee57600160ff871660f6011b191693614241565b50505050505090915090600b90565b5f936141a3565b50505090915090601190565b5073ffffffffffffffffffffffffffffffffffffffff60a08301511615614162565b50505090915090600a90565b63010000009150115f614150565b50505090915090600990565b5073ffffffffffffffffffffffffffffffffffffffff8116831461413d565b60ff811667ffffffffffffffff808360081c169260481c16926009821461357557600a82146148eb5750601181146148c357600b811461489b57600c811461486c57600d811461483d57600e811461480e57600f146147e0577f56c84999000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f9432a7ee000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507fd814c455000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507f4fd2273f000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507f7406a479000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7fa5baf151000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f4f292dae000000000000000000000000000000000000000000000000000000005f5260045ffd5b63ffffffff907fb8def7a6000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b73ffffffffffffffffffffffffffffffffffffffff16805f525f60205261495360405f20549267ffffffffffffffff841661397c565b9167ffffffffffffffff8311612af4577fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000915f525f602052161760405f2055565b9062ffffff8260601c168181146149fb576103009004610300820403917fffffffffffffffffffffffff0000000000000000ffffffffffffffffffffffff620fffff82608c1c16841c608c1b93620fffff8360781c16901c60781b9260601b911617171790565b505090565b9295919495939093826014029260148404036108ee578260780192836078116108ee5788620fffff614a679a818b614a3a614a6196613a6d565b1c160260401c99614a4a89614eb5565b961c160260401c96614a5b87614e7b565b966150f5565b93614f28565b90565b9190612710614a8562ffffff9261ffff8660c81c1690613bdb565b049260d81c16808310614a955750565b9150565b91939492905f9201948535956020810135956040820135956076830135938760c01c9063ffffffff8960a01c169a67ffffffffffffffff8a60601c169a60ff808c60581c169b60501c16988260601c908160208901528c67ffffffffffffffff63ffffffff8660401c16958660608c015216958660808b01528460408b01528760c08b01528082105f14614c9257614b3092613af1565b3580975b527f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08911614c7f57601b8a141580614c74575b614c6157946056946080989460429460209c99945f9c99604051967f71c31425b6a6eca9610bcaf5de32518c1d21b49ed6c73156d416630e598283c188528f880152604087015260608601528a85015260a084015260c08301528d60e08301528c610100830152336101208301526101408220907f190100000000000000000000000000000000000000000000000000000000000083526002830152602282015220936040519485528785015201356040830152606082015282805260015afa15614c56575f519473ffffffffffffffffffffffffffffffffffffffff861615614c4d57565b5f955060019150565b6040513d5f823e3d90fd5b505f9d60019a5098505050505050505050565b50601c8a1415614b67565b505f9d60029a5098505050505050505050565b5050505f8097614b34565b63ffffffff8160b01c1691828110614d6a57650fffffffffff8260d01c1690602c84018085116108ee57811015614d22575b614cdb84600192613a7b565b1b90818116614d1857907ff0000000000000000000ffffffffffffffffffffffffffffffffffffffffffff911760d01b9260b01b91161717905f90565b5050905090600790565b92907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd58401918483116108ee57600191614d5f614cdb9285613a7b565b1c9294915050614ccf565b509160069150565b633b9aca0034066100185773ffffffffffffffffffffffffffffffffffffffff633b9aca003404911690815f525f60205260405f2054614dbc8267ffffffffffffffff831661397c565b9167ffffffffffffffff8311612af4577f1097be1d8298997c7140059298ce265b07a3781b991fd7ec8dd614705c9ca3fb927fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000602093865f525f8552161760405f205567ffffffffffffffff60405191168152a2565b6254600042049064ffffffffff6254600063ffffffff8360401c16049160781c1691031c8015614e7657614e6f6254600080420660061b04613ec9565b0260401c90565b505f90565b62a8c00042049061ffff62a8c00063ffffffff8360401c16049160a01c1691031c8015614e7657614e6f62a8c00080420660061b04613ec9565b6201518042049062ffffff6201518063ffffffff8360401c16049160601c1691031c8015614e7657614e6f6201518080420660061b04613ec9565b6215180063ffffffff64ffffffffff83169260281c1604621518004204031c8015614e7657614e6f6215180080420660061b04613ec9565b9590967fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff610fff612710979596949a9901600c1c0163ffffffff8860201c160263ffffffff8816019462ffff008860381c168082116150b4575b505060ff8760601c16811515806150ab575b615089575b50505063ffffffff8560681c169084918082105f1461505e57614fc691810361ffff8860981c1602613a88565b01905b61ffff8560a81c160260081c01020467ffffffffffffffff81115f14615058575067ffffffffffffffff905b81936001811161500457505050565b6127109394507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff61ffff91019160b81c16028201020467ffffffffffffffff81115f14614a67575067ffffffffffffffff90565b90614ff5565b8061507a9203818111615082575b61ffff8860881c1602613a88565b900390614fc9565b508061506c565b6150a29395916101009102830101916101000102613a88565b915f8080614f99565b50801515614f94565b956150cd929662ffff008a60481c169283010302613a88565b67ffffffffffffffff8111156150f0575067ffffffffffffffff5b935f80614f82565b6150e8565b9190600161510284614e32565b9360fc1c1661510e5750565b9173ffffffffffffffffffffffffffffffffffffffff614a679293165f52600160205261513e60405f2054614ef0565b9061397c56",
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

// PackAccountWord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ddaa2f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accountWord(address account) view returns(uint256)
func (bMail *BMail) PackAccountWord(account common.Address) []byte {
	enc, err := bMail.abi.Pack("accountWord", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccountWord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ddaa2f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accountWord(address account) view returns(uint256)
func (bMail *BMail) TryPackAccountWord(account common.Address) ([]byte, error) {
	return bMail.abi.Pack("accountWord", account)
}

// UnpackAccountWord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ddaa2f2.
//
// Solidity: function accountWord(address account) view returns(uint256)
func (bMail *BMail) UnpackAccountWord(data []byte) (*big.Int, error) {
	out, err := bMail.abi.Unpack("accountWord", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x318d9e5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(address[] counterparties) returns(uint64 total)
func (bMail *BMail) PackClaim(counterparties []common.Address) []byte {
	enc, err := bMail.abi.Pack("claim", counterparties)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x318d9e5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(address[] counterparties) returns(uint64 total)
func (bMail *BMail) TryPackClaim(counterparties []common.Address) ([]byte, error) {
	return bMail.abi.Pack("claim", counterparties)
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x318d9e5d.
//
// Solidity: function claim(address[] counterparties) returns(uint64 total)
func (bMail *BMail) UnpackClaim(data []byte) (uint64, error) {
	out, err := bMail.abi.Unpack("claim", data)
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

// PackFeeFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfd34768.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeFor(uint256 paramsWord, uint256 size, uint256 recipients, uint256 rate, uint256 rep, uint256 spam, uint256 fwd, uint256 rev) pure returns(uint256)
func (bMail *BMail) PackFeeFor(paramsWord *big.Int, size *big.Int, recipients *big.Int, rate *big.Int, rep *big.Int, spam *big.Int, fwd *big.Int, rev *big.Int) []byte {
	enc, err := bMail.abi.Pack("feeFor", paramsWord, size, recipients, rate, rep, spam, fwd, rev)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfd34768.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeFor(uint256 paramsWord, uint256 size, uint256 recipients, uint256 rate, uint256 rep, uint256 spam, uint256 fwd, uint256 rev) pure returns(uint256)
func (bMail *BMail) TryPackFeeFor(paramsWord *big.Int, size *big.Int, recipients *big.Int, rate *big.Int, rep *big.Int, spam *big.Int, fwd *big.Int, rev *big.Int) ([]byte, error) {
	return bMail.abi.Pack("feeFor", paramsWord, size, recipients, rate, rep, spam, fwd, rev)
}

// UnpackFeeFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdfd34768.
//
// Solidity: function feeFor(uint256 paramsWord, uint256 size, uint256 recipients, uint256 rate, uint256 rep, uint256 spam, uint256 fwd, uint256 rev) pure returns(uint256)
func (bMail *BMail) UnpackFeeFor(data []byte) (*big.Int, error) {
	out, err := bMail.abi.Unpack("feeFor", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMintAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x655c4d06.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintAmount(uint256 burn, uint256 ackerRep, uint256 ageHours) pure returns(uint256)
func (bMail *BMail) PackMintAmount(burn *big.Int, ackerRep *big.Int, ageHours *big.Int) []byte {
	enc, err := bMail.abi.Pack("mintAmount", burn, ackerRep, ageHours)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x655c4d06.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintAmount(uint256 burn, uint256 ackerRep, uint256 ageHours) pure returns(uint256)
func (bMail *BMail) TryPackMintAmount(burn *big.Int, ackerRep *big.Int, ageHours *big.Int) ([]byte, error) {
	return bMail.abi.Pack("mintAmount", burn, ackerRep, ageHours)
}

// UnpackMintAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x655c4d06.
//
// Solidity: function mintAmount(uint256 burn, uint256 ackerRep, uint256 ageHours) pure returns(uint256)
func (bMail *BMail) UnpackMintAmount(data []byte) (*big.Int, error) {
	out, err := bMail.abi.Unpack("mintAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// PackNetworkParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f952061.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function networkParams(bytes32 id) view returns((uint32,uint32,uint16,uint16,uint8,uint32,uint16,uint16,uint16,uint16,uint16,uint32,uint16) p)
func (bMail *BMail) PackNetworkParams(id [32]byte) []byte {
	enc, err := bMail.abi.Pack("networkParams", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNetworkParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f952061.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function networkParams(bytes32 id) view returns((uint32,uint32,uint16,uint16,uint8,uint32,uint16,uint16,uint16,uint16,uint16,uint32,uint16) p)
func (bMail *BMail) TryPackNetworkParams(id [32]byte) ([]byte, error) {
	return bMail.abi.Pack("networkParams", id)
}

// UnpackNetworkParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0f952061.
//
// Solidity: function networkParams(bytes32 id) view returns((uint32,uint32,uint16,uint16,uint8,uint32,uint16,uint16,uint16,uint16,uint16,uint32,uint16) p)
func (bMail *BMail) UnpackNetworkParams(data []byte) (BMailParams, error) {
	out, err := bMail.abi.Unpack("networkParams", data)
	if err != nil {
		return *new(BMailParams), err
	}
	out0 := *abi.ConvertType(out[0], new(BMailParams)).(*BMailParams)
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

// PackNewsletterParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2af42f6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function newsletterParams() pure returns((uint32,uint32,uint16,uint16,uint8,uint32,uint16,uint16,uint16,uint16,uint16,uint32,uint16))
func (bMail *BMail) PackNewsletterParams() []byte {
	enc, err := bMail.abi.Pack("newsletterParams")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNewsletterParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2af42f6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function newsletterParams() pure returns((uint32,uint32,uint16,uint16,uint8,uint32,uint16,uint16,uint16,uint16,uint16,uint32,uint16))
func (bMail *BMail) TryPackNewsletterParams() ([]byte, error) {
	return bMail.abi.Pack("newsletterParams")
}

// UnpackNewsletterParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2af42f6a.
//
// Solidity: function newsletterParams() pure returns((uint32,uint32,uint16,uint16,uint8,uint32,uint16,uint16,uint16,uint16,uint16,uint32,uint16))
func (bMail *BMail) UnpackNewsletterParams(data []byte) (BMailParams, error) {
	out, err := bMail.abi.Unpack("newsletterParams", data)
	if err != nil {
		return *new(BMailParams), err
	}
	out0 := *abi.ConvertType(out[0], new(BMailParams)).(*BMailParams)
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

// PackPairWord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a17d17e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pairWord(address a, address b) view returns(uint256)
func (bMail *BMail) PackPairWord(a common.Address, b common.Address) []byte {
	enc, err := bMail.abi.Pack("pairWord", a, b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPairWord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a17d17e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pairWord(address a, address b) view returns(uint256)
func (bMail *BMail) TryPackPairWord(a common.Address, b common.Address) ([]byte, error) {
	return bMail.abi.Pack("pairWord", a, b)
}

// UnpackPairWord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a17d17e.
//
// Solidity: function pairWord(address a, address b) view returns(uint256)
func (bMail *BMail) UnpackPairWord(data []byte) (*big.Int, error) {
	out, err := bMail.abi.Unpack("pairWord", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPersonalParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b648c59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function personalParams() pure returns((uint32,uint32,uint16,uint16,uint8,uint32,uint16,uint16,uint16,uint16,uint16,uint32,uint16))
func (bMail *BMail) PackPersonalParams() []byte {
	enc, err := bMail.abi.Pack("personalParams")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPersonalParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b648c59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function personalParams() pure returns((uint32,uint32,uint16,uint16,uint8,uint32,uint16,uint16,uint16,uint16,uint16,uint32,uint16))
func (bMail *BMail) TryPackPersonalParams() ([]byte, error) {
	return bMail.abi.Pack("personalParams")
}

// UnpackPersonalParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b648c59.
//
// Solidity: function personalParams() pure returns((uint32,uint32,uint16,uint16,uint8,uint32,uint16,uint16,uint16,uint16,uint16,uint32,uint16))
func (bMail *BMail) UnpackPersonalParams(data []byte) (BMailParams, error) {
	out, err := bMail.abi.Unpack("personalParams", data)
	if err != nil {
		return *new(BMailParams), err
	}
	out0 := *abi.ConvertType(out[0], new(BMailParams)).(*BMailParams)
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

// PackRequestWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x006e8138.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestWithdrawal(uint64 amount) returns()
func (bMail *BMail) PackRequestWithdrawal(amount uint64) []byte {
	enc, err := bMail.abi.Pack("requestWithdrawal", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x006e8138.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestWithdrawal(uint64 amount) returns()
func (bMail *BMail) TryPackRequestWithdrawal(amount uint64) ([]byte, error) {
	return bMail.abi.Pack("requestWithdrawal", amount)
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

// PackSetBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x000af2a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBlocked(address sender, bool blocked) returns()
func (bMail *BMail) PackSetBlocked(sender common.Address, blocked bool) []byte {
	enc, err := bMail.abi.Pack("setBlocked", sender, blocked)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x000af2a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBlocked(address sender, bool blocked) returns()
func (bMail *BMail) TryPackSetBlocked(sender common.Address, blocked bool) ([]byte, error) {
	return bMail.abi.Pack("setBlocked", sender, blocked)
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

// PackStandingWord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51791269.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function standingWord(address account) view returns(uint256)
func (bMail *BMail) PackStandingWord(account common.Address) []byte {
	enc, err := bMail.abi.Pack("standingWord", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStandingWord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51791269.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function standingWord(address account) view returns(uint256)
func (bMail *BMail) TryPackStandingWord(account common.Address) ([]byte, error) {
	return bMail.abi.Pack("standingWord", account)
}

// UnpackStandingWord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51791269.
//
// Solidity: function standingWord(address account) view returns(uint256)
func (bMail *BMail) UnpackStandingWord(data []byte) (*big.Int, error) {
	out, err := bMail.abi.Unpack("standingWord", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// PackWithdrawalOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14bf9d2b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalOf(address account) view returns(uint64 amount, uint64 readyAt)
func (bMail *BMail) PackWithdrawalOf(account common.Address) []byte {
	enc, err := bMail.abi.Pack("withdrawalOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14bf9d2b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalOf(address account) view returns(uint64 amount, uint64 readyAt)
func (bMail *BMail) TryPackWithdrawalOf(account common.Address) ([]byte, error) {
	return bMail.abi.Pack("withdrawalOf", account)
}

// WithdrawalOfOutput serves as a container for the return parameters of contract
// method WithdrawalOf.
type WithdrawalOfOutput struct {
	Amount  uint64
	ReadyAt uint64
}

// UnpackWithdrawalOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x14bf9d2b.
//
// Solidity: function withdrawalOf(address account) view returns(uint64 amount, uint64 readyAt)
func (bMail *BMail) UnpackWithdrawalOf(data []byte) (WithdrawalOfOutput, error) {
	out, err := bMail.abi.Unpack("withdrawalOf", data)
	outstruct := new(WithdrawalOfOutput)
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
