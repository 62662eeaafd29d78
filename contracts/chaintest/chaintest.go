// Package chaintest runs go-ethereum's simulated backend under Osaka rules
// with the BMail contract deployed and accounts funded, for the tests of
// every b-mail part that talks to the chain (contract, relay batcher, client).
//
// Invariants: the chain config is mainnet-equivalent Osaka (every later fork
// unset), so measured gas is what mainnet and current L2s charge; blocks are
// produced only by Commit (or AdjustTime/Fork); Transact commits a block per
// transaction and reads the receipt directly, never polling.
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/contracts/bindings"
)

// ChainID is the simulated backend's chain id.
var ChainID = big.NewInt(1337)

// BlockGasLimit is the block gas limit of the simulated chain (Osaka caps a
// single transaction at params.MaxTxGas regardless).
const BlockGasLimit = 60_000_000

// FundWei is what each generated account holds at genesis: 1,000 ETH.
var FundWei = new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))

// OsakaConfig is the simulated backend's dev config with every fork after
// Osaka switched off (the default dev config turns on Amsterdam/Bogota-era
// gas changes that make contracts look more expensive than they are today).
func OsakaConfig() *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	c.AmsterdamTime = nil
	c.BogotaTime = nil
	c.UBTTime = nil
	c.BPO1Time, c.BPO2Time, c.BPO3Time, c.BPO4Time, c.BPO5Time = nil, nil, nil, nil, nil
	return &c
}

// WithOsaka is a simulated.NewBackend option that installs OsakaConfig.
func WithOsaka() func(*node.Config, *ethconfig.Config) {
	return func(_ *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = OsakaConfig()
	}
}

// NewBackend is simulated.NewBackend under Osaka rules with a 60M block gas limit.
func NewBackend(alloc types.GenesisAlloc, opts ...func(*node.Config, *ethconfig.Config)) *simulated.Backend {
	all := append([]func(*node.Config, *ethconfig.Config){WithOsaka(), simulated.WithBlockGasLimit(BlockGasLimit)}, opts...)
	return simulated.NewBackend(alloc, all...)
}

// Chain is an Osaka simulated chain with funded keys and a deployed BMail contract.
type Chain struct {
	Backend  *simulated.Backend
	Client   simulated.Client
	Keys     []*ecdsa.PrivateKey
	Addrs    []common.Address
	Contract common.Address
	ABI      *bindings.BMail
	Instance *bind.BoundContract
}

// New starts a chain with n funded accounts (FundWei each) and BMail deployed
// by the first; it is closed when tb ends.
func New(tb testing.TB, n int) *Chain {
	tb.Helper()
	c, err := Start(n)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { c.Backend.Close() })
	return c
}

// Start is New without a testing.TB (for commands such as gasreport); the
// caller closes c.Backend.
func Start(n int) (*Chain, error) { return StartWith(n) }

// StartWith is Start with extra backend options (for example one that sets
// ethconfig.Config.VMTrace to attach a live tracer).
func StartWith(n int, opts ...func(*node.Config, *ethconfig.Config)) (*Chain, error) {
	if n < 1 {
		n = 1
	}
	c := &Chain{ABI: bindings.NewBMail()}
	alloc := types.GenesisAlloc{}
	for i := 0; i < n; i++ {
		k := DeterministicKey(i)
		c.Keys = append(c.Keys, k)
		a := crypto.PubkeyToAddress(k.PublicKey)
		c.Addrs = append(c.Addrs, a)
		alloc[a] = types.Account{Balance: new(big.Int).Set(FundWei)}
	}
	c.Backend = NewBackend(alloc, opts...)
	c.Client = c.Backend.Client()
	addr, rc, err := c.Deploy(c.Keys[0])
	if err != nil {
		c.Backend.Close()
		return nil, err
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		c.Backend.Close()
		return nil, errors.New("chaintest: deploying BMail failed")
	}
	c.Contract = addr
	c.Instance = c.ABI.Instance(c.Client, addr)
	return c, nil
}

// DeterministicKey is the i-th test key (the same in every run).
func DeterministicKey(i int) *ecdsa.PrivateKey {
	seed := crypto.Keccak256([]byte(fmt.Sprintf("b-mail chaintest key %d", i)))
	k, err := crypto.ToECDSA(seed)
	if err != nil {
		panic(err)
	}
	return k
}

// Deploy deploys a fresh BMail from key and commits the block.
func (c *Chain) Deploy(key *ecdsa.PrivateKey) (common.Address, *types.Receipt, error) {
	code := common.FromHex(bindings.BMailMetaData.Bin)
	tx, err := c.signTx(key, nil, code, nil, 8_000_000)
	if err != nil {
		return common.Address{}, nil, err
	}
	rc, err := c.submit(tx)
	if err != nil {
		return common.Address{}, nil, err
	}
	return rc.ContractAddress, rc, nil
}

// Transact sends calldata (and value wei) from key to the contract with a gas
// estimate; a call that would revert returns the decoded contract error
// (see contracts.DecodeError) without sending anything.
func (c *Chain) Transact(key *ecdsa.PrivateKey, data []byte, value *big.Int) (*types.Receipt, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	gas, err := c.Client.EstimateGas(context.Background(), callMsg(from, c.Contract, data, value))
	if err != nil {
		return nil, contracts.DecodeError(err)
	}
	return c.TransactGas(key, data, value, gas+gas/4)
}

// TransactGas sends calldata with an explicit gas limit, commits and returns
// the receipt (which may have failed status).
func (c *Chain) TransactGas(key *ecdsa.PrivateKey, data []byte, value *big.Int, gas uint64) (*types.Receipt, error) {
	return c.TransactAccess(key, data, value, gas, nil)
}

// TransactAccess is TransactGas with an EIP-2930 access list (nil for none).
func (c *Chain) TransactAccess(key *ecdsa.PrivateKey, data []byte, value *big.Int, gas uint64, list types.AccessList) (*types.Receipt, error) {
	to := c.Contract
	tx, err := c.signTxList(key, &to, data, value, gas, list)
	if err != nil {
		return nil, err
	}
	return c.submit(tx)
}

// SendTx signs a transaction to the contract and hands it to the pool
// without committing (to fill one block with several transactions).
func (c *Chain) SendTx(key *ecdsa.PrivateKey, data []byte, value *big.Int, gas uint64) (*types.Transaction, error) {
	to := c.Contract
	tx, err := c.signTx(key, &to, data, value, gas)
	if err != nil {
		return nil, err
	}
	return tx, c.Client.SendTransaction(context.Background(), tx)
}

// Receipt returns the receipt of a mined transaction.
func (c *Chain) Receipt(tx *types.Transaction) (*types.Receipt, error) {
	return c.Client.TransactionReceipt(context.Background(), tx.Hash())
}

// Call runs calldata against the latest block and returns the raw result or
// the decoded contract error.
func (c *Chain) Call(data []byte) ([]byte, error) {
	out, err := c.Client.CallContract(context.Background(), callMsg(common.Address{}, c.Contract, data, nil), nil)
	if err != nil {
		return nil, contracts.DecodeError(err)
	}
	return out, nil
}

// CallFrom is Call with msg.sender = from.
func (c *Chain) CallFrom(from common.Address, data []byte) ([]byte, error) {
	out, err := c.Client.CallContract(context.Background(), callMsg(from, c.Contract, data, nil), nil)
	if err != nil {
		return nil, contracts.DecodeError(err)
	}
	return out, nil
}

// Now is the timestamp of the latest block.
func (c *Chain) Now() uint64 {
	h, err := c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		panic(err)
	}
	return h.Time
}

// Advance mines an empty block d later than the latest one. The simulated
// beacon refuses while its pool still lists a transaction, and the pool drops
// mined transactions asynchronously, so Advance retries for up to 5 s; it
// panics if a transaction really is still pending.
func (c *Chain) Advance(d time.Duration) {
	deadline := time.Now().Add(5 * time.Second)
	for {
		err := c.Backend.AdjustTime(d)
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			panic(fmt.Sprintf("chaintest: advance time: %v", err))
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (c *Chain) signTx(key *ecdsa.PrivateKey, to *common.Address, data []byte, value *big.Int, gas uint64) (*types.Transaction, error) {
	return c.signTxList(key, to, data, value, gas, nil)
}

func (c *Chain) signTxList(key *ecdsa.PrivateKey, to *common.Address, data []byte, value *big.Int, gas uint64, list types.AccessList) (*types.Transaction, error) {
	ctx := context.Background()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.Client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, err
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	if value == nil {
		value = new(big.Int)
	}
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas, To: to, Value: value, Data: data, AccessList: list,
	})
	return types.SignTx(tx, types.LatestSignerForChainID(ChainID), key)
}

func (c *Chain) submit(tx *types.Transaction) (*types.Receipt, error) {
	if err := c.Client.SendTransaction(context.Background(), tx); err != nil {
		return nil, err
	}
	c.Backend.Commit()
	return c.Client.TransactionReceipt(context.Background(), tx.Hash())
}

// SendCreate sends a contract-creation transaction with initcode (and value
// wei) from key without committing.
func (c *Chain) SendCreate(key *ecdsa.PrivateKey, initcode []byte, value *big.Int) (*types.Transaction, error) {
	tx, err := c.signTx(key, nil, initcode, value, 1_000_000)
	if err != nil {
		return nil, err
	}
	return tx, c.Client.SendTransaction(context.Background(), tx)
}
