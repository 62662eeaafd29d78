package contracts

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/bmail-network/bmail/contracts/bindings"
	"github.com/bmail-network/bmail/pricing"
)

// Deploying BMail on any chain (`bmail deploy`, `bmail devnet`): the
// constructor creates the two preset networks, so one transaction deploys
// the contract and the presets. CheckDeployment proves an address holds
// BMail with exactly the presets of package pricing.

// Deployment errors.
var (
	// ErrNotDeployed: no code at the address.
	ErrNotDeployed = errors.New("contracts: no contract at the address")
	// ErrWrongPresets: the address holds a contract whose preset networks
	// are not pricing's (another contract, or another build of BMail).
	ErrWrongPresets = errors.New("contracts: the contract's preset networks are not this build's")
	// ErrChainMismatch: the node serves another chain than the one asked for.
	ErrChainMismatch = errors.New("contracts: the node serves another chain id")
	// ErrDeployFailed: the deploying transaction was mined but reverted.
	ErrDeployFailed = errors.New("contracts: the deploying transaction reverted")
)

// DefaultDeployPoll is how often Deploy looks for the receipt and new
// blocks.
const DefaultDeployPoll = time.Second

// DeployBackend is what Deploy needs of a node; *ethclient.Client has it.
type DeployBackend interface {
	bind.ContractBackend
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	ChainID(ctx context.Context) (*big.Int, error)
}

// DeployOptions shape a deployment.
type DeployOptions struct {
	// ChainID, when set, must be the node's chain id (the transaction is
	// signed for it either way).
	ChainID uint64
	// Confirmations is how many blocks must be on top of the deploying
	// block before Deploy returns (0: return once it is mined).
	Confirmations uint64
	// Poll is how often to look for the receipt (DefaultDeployPoll when 0).
	Poll time.Duration
}

// Deployment is a deployed, checked BMail contract.
type Deployment struct {
	Address    common.Address
	ChainID    uint64
	TxHash     common.Hash
	Block      uint64
	GasUsed    uint64
	Deployer   common.Address
	Personal   [32]byte // the personal preset's network id
	Newsletter [32]byte // the newsletter preset's network id
}

// Deploy deploys BMail from key, waits until the transaction is mined (and
// Confirmations deep), and checks the deployment with CheckDeployment. Gas
// is estimated by the node; fees follow its suggestions.
func Deploy(ctx context.Context, b DeployBackend, key *ecdsa.PrivateKey, o DeployOptions) (*Deployment, error) {
	if o.Poll <= 0 {
		o.Poll = DefaultDeployPoll
	}
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("contracts: chain id: %w", err)
	}
	if o.ChainID != 0 && id.Uint64() != o.ChainID {
		return nil, fmt.Errorf("%w: %d, not %d", ErrChainMismatch, id.Uint64(), o.ChainID)
	}
	opts := bind.NewKeyedTransactor(key, id)
	opts.Context, opts.NoSend = ctx, true
	addr, tx, err := bind.DeployContract(opts, common.FromHex(bindings.BMailMetaData.Bin), b, nil)
	if err != nil {
		return nil, fmt.Errorf("contracts: sign the deployment: %w", DecodeError(err))
	}
	if err := b.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("contracts: send the deployment: %w", err)
	}
	rc, err := waitReceipt(ctx, b, tx.Hash(), o.Poll)
	if err != nil {
		return nil, err
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("%w (transaction %s)", ErrDeployFailed, tx.Hash().Hex())
	}
	d := &Deployment{Address: addr, ChainID: id.Uint64(), TxHash: tx.Hash(), Block: rc.BlockNumber.Uint64(),
		GasUsed: rc.GasUsed, Deployer: opts.From}
	// The check below reads the code at the latest state, which must
	// include the receipt's block (see WaitHead), plus the confirmations.
	if err := WaitHead(ctx, b, d.Block+o.Confirmations, o.Poll); err != nil {
		return nil, err
	}
	if o.Confirmations > 0 {
		// Still in the canonical chain at that depth?
		if rc, err = b.TransactionReceipt(ctx, tx.Hash()); err != nil || rc == nil || rc.BlockNumber.Uint64() != d.Block {
			return nil, fmt.Errorf("contracts: the deployment left the chain (reorganised) before %d confirmations", o.Confirmations)
		}
	}
	if d.Personal, d.Newsletter, err = CheckDeployment(ctx, b, addr); err != nil {
		return nil, err
	}
	return d, nil
}

// CheckDeployment checks that addr holds BMail with pricing's preset
// networks and returns their ids.
func CheckDeployment(ctx context.Context, b bind.ContractCaller, addr common.Address) (personal, newsletter [32]byte, err error) {
	code, err := b.CodeAt(ctx, addr, nil)
	if err != nil {
		return personal, newsletter, err
	}
	if len(code) == 0 {
		return personal, newsletter, fmt.Errorf("%w %s", ErrNotDeployed, addr.Hex())
	}
	abi := bindings.NewBMail()
	call := func(data []byte) ([]byte, error) {
		return b.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: data}, nil)
	}
	out, err := call(abi.PackPERSONAL())
	if err == nil {
		personal, err = abi.UnpackPERSONAL(out)
	}
	if err == nil {
		out, err = call(abi.PackNEWSLETTER())
	}
	if err == nil {
		newsletter, err = abi.UnpackNEWSLETTER(out)
	}
	if err != nil {
		return personal, newsletter, fmt.Errorf("%w: %s: %w", ErrWrongPresets, addr.Hex(), err)
	}
	if personal != pricing.PersonalID || newsletter != pricing.NewsletterID {
		return personal, newsletter, fmt.Errorf("%w: %s names personal %x, newsletter %x", ErrWrongPresets, addr.Hex(), personal[:4], newsletter[:4])
	}
	for _, id := range [][32]byte{personal, newsletter} {
		out, err := call(abi.PackNetworkWord(id))
		if err != nil {
			return personal, newsletter, err
		}
		w, err := abi.UnpackNetworkWord(out)
		if err != nil {
			return personal, newsletter, err
		}
		if w.Sign() == 0 {
			return personal, newsletter, fmt.Errorf("%w: network %x is not created", ErrWrongPresets, id[:4])
		}
	}
	return personal, newsletter, nil
}

func waitReceipt(ctx context.Context, b DeployBackend, hash common.Hash, poll time.Duration) (*types.Receipt, error) {
	for {
		rc, err := b.TransactionReceipt(ctx, hash)
		if err == nil && rc != nil {
			return rc, nil
		}
		// "not found" and "transaction indexing is in progress" mean: not yet.
		if err := sleep(ctx, poll); err != nil {
			return nil, fmt.Errorf("contracts: waiting for the deployment %s: %w", hash.Hex(), err)
		}
	}
}

// WaitHead returns once the node's latest block is at least number,
// looking every poll. go-ethereum serves a receipt from the moment its
// block's lookup entries are written, a moment before that block becomes
// the head its "latest" state reads use: a caller that reads state right
// after a receipt (a balance, a contract's code) waits for the head first.
func WaitHead(ctx context.Context, b bind.ContractBackend, number uint64, poll time.Duration) error {
	for {
		h, err := b.HeaderByNumber(ctx, nil)
		if err != nil {
			return err
		}
		if h.Number.Uint64() >= number {
			return nil
		}
		if err := sleep(ctx, poll); err != nil {
			return err
		}
	}
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
