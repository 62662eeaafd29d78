// Package chain is the b-mail client's access to the BMail contract: the
// views a client reads (bundle hashes, the storage words quotes are computed
// from, balances, reputation), the transactions a user sends (register,
// send, deposit, withdraw, ack, block, minimum reputation), the user's
// Delivered logs, and finality.
//
// Invariants:
//   - Every transaction is estimated first: a call the contract would revert
//     returns the decoded contract error (contracts.RevertError) and nothing
//     is sent.
//   - A transaction's raw bytes and hash exist before it is broadcast
//     (SignTx, then Broadcast), so a caller can record them first and, after
//     a crash, tell "never sent" from "sent" by receipt and nonce.
//   - Log reads ride out go-ethereum's log index being rewritten at the
//     head (a bounded retry, see contracts.FilterLogs); any other node error is
//     returned at once.
//   - Final means: the block is at or below the node's safe head
//     (Confirmations 0), or at least Confirmations blocks under the head,
//     and still canonical (its hash is the chain's at that height).
package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/contracts/bindings"
	"github.com/bmail-network/bmail/pricing"
)

// Backend is what the client needs of an Ethereum node: ethclient.Client
// (a real node or the embedded dev chain) and the simulated backend's
// client both satisfy it.
type Backend interface {
	bind.ContractBackend
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
	NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error)
	ChainID(ctx context.Context) (*big.Int, error)
}

// Errors.
var (
	// ErrWrongChain: the node serves another chain than the configured one.
	ErrWrongChain = errors.New("chain: the node serves another chain id")
	// ErrNoContract: no code at the configured contract address.
	ErrNoContract = errors.New("chain: no contract at the configured address")
	// ErrReverted: a mined transaction failed.
	ErrReverted = errors.New("chain: transaction reverted")
	// ErrNoGas: the account has too little ether to pay for gas.
	ErrNoGas = errors.New("chain: not enough ether for gas")
)

// Default poll interval for receipts and heads.
const DefaultPoll = 250 * time.Millisecond

// Dial connects to a node by URL (http(s):// or ws(s)://).
func Dial(ctx context.Context, url string) (*ethclient.Client, error) {
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("chain: dial %s: %w", url, err)
	}
	return c, nil
}

// Config configures a Chain.
type Config struct {
	Contract common.Address
	ChainID  *big.Int
	// Confirmations under the head that make a block final; 0 means the
	// node's safe head.
	Confirmations uint64
	Poll          time.Duration // receipt and head polling (DefaultPoll)
}

// Chain is the contract as one account sees it.
type Chain struct {
	b      Backend
	cfg    Config
	abi    *bindings.BMail
	key    *ecdsa.PrivateKey
	from   common.Address
	domain [32]byte

	txMu sync.Mutex // serialises signing so nonces do not collide
}

// New binds the contract for the account of key. It checks the node's chain
// id and that the contract has code.
func New(ctx context.Context, b Backend, key *ecdsa.PrivateKey, cfg Config) (*Chain, error) {
	if cfg.Poll <= 0 {
		cfg.Poll = DefaultPoll
	}
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: chain id: %w", err)
	}
	if cfg.ChainID == nil {
		cfg.ChainID = id
	} else if id.Cmp(cfg.ChainID) != 0 {
		return nil, fmt.Errorf("%w: node %s, configured %s", ErrWrongChain, id, cfg.ChainID)
	}
	code, err := b.CodeAt(ctx, cfg.Contract, nil)
	if err != nil {
		return nil, fmt.Errorf("chain: contract code: %w", err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("%w: %s on chain %s", ErrNoContract, cfg.Contract, cfg.ChainID)
	}
	c := &Chain{b: b, cfg: cfg, abi: bindings.NewBMail(), key: key, from: crypto.PubkeyToAddress(key.PublicKey),
		domain: contracts.DomainSeparator(cfg.ChainID, cfg.Contract)}
	return c, nil
}

// Backend returns the node connection.
func (c *Chain) Backend() Backend { return c.b }

// Contract is the contract address.
func (c *Chain) Contract() common.Address { return c.cfg.Contract }

// ChainID is the chain id transactions are signed for.
func (c *Chain) ChainID() *big.Int { return new(big.Int).Set(c.cfg.ChainID) }

// From is the account this Chain signs for.
func (c *Chain) From() common.Address { return c.from }

// Domain is the EIP-712 domain separator of payment orders.
func (c *Chain) Domain() [32]byte { return c.domain }

// Poll is the polling interval.
func (c *Chain) Poll() time.Duration { return c.cfg.Poll }

// call runs a view against the latest block.
func (c *Chain) call(ctx context.Context, data []byte) ([]byte, error) {
	out, err := c.b.CallContract(ctx, ethereum.CallMsg{From: c.from, To: &c.cfg.Contract, Data: data}, nil)
	if err != nil {
		return nil, contracts.DecodeError(err)
	}
	return out, nil
}

// BundleOf is the bundle hash account registered (zero when none).
func (c *Chain) BundleOf(ctx context.Context, account common.Address) ([32]byte, error) {
	out, err := c.call(ctx, c.abi.PackBundleOf(account))
	if err != nil {
		return [32]byte{}, fmt.Errorf("chain: bundleOf: %w", err)
	}
	return c.abi.UnpackBundleOf(out)
}

// Words are the four storage words a quote of mail from `From` to `To`
// reads, in one call.
type Words struct {
	Account, Standing, Pair, RecipientStanding pricing.Word
}

// Words reads the raw account and standing words of from, the pair word of
// {from, to} and the standing word of to.
func (c *Chain) Words(ctx context.Context, from, to common.Address) (*Words, error) {
	out, err := c.call(ctx, c.abi.PackQuoteState(from, to))
	if err != nil {
		return nil, fmt.Errorf("chain: quoteState: %w", err)
	}
	v, err := c.abi.UnpackQuoteState(out)
	if err != nil {
		return nil, err
	}
	return &Words{Account: pricing.WordFromBig(v.Account), Standing: pricing.WordFromBig(v.Standing),
		Pair: pricing.WordFromBig(v.Pair), RecipientStanding: pricing.WordFromBig(v.RecipientStanding)}, nil
}

// QuoteState is the chain state a quote reads, and when it was read.
type QuoteState struct {
	pricing.State
	Params    pricing.Params
	BlockTime uint64 // the latest block's time when read
	ReadAt    time.Time
}

// QuoteState reads what pricing.Quote needs to price mail from the user to
// `to` on network.
func (c *Chain) QuoteState(ctx context.Context, network [32]byte, to common.Address) (*QuoteState, error) {
	head, err := c.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("chain: head: %w", err)
	}
	q := &QuoteState{BlockTime: head.Time, ReadAt: time.Now()}
	q.SenderIsLo = bytesLess(c.from, to)
	out, err := c.call(ctx, c.abi.PackNetworkWord(network))
	if err != nil {
		return nil, fmt.Errorf("chain: network: %w", err)
	}
	nw, err := c.abi.UnpackNetworkWord(out)
	if err != nil {
		return nil, err
	}
	if nw.Sign() == 0 {
		return nil, fmt.Errorf("chain: %w", contracts.ErrUnknownNetwork)
	}
	q.Params = pricing.ParamsFromWord(pricing.WordFromBig(nw))
	w, err := c.Words(ctx, c.from, to)
	if err != nil {
		return nil, err
	}
	q.Sender, q.SenderStanding, q.Pair, q.RecipientStanding = w.Account, w.Standing, w.Pair, w.RecipientStanding
	return q, nil
}

func bytesLess(a, b common.Address) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// BalanceGwei is a's spendable b-mail balance.
func (c *Chain) BalanceGwei(ctx context.Context, a common.Address) (uint64, error) {
	out, err := c.call(ctx, c.abi.PackBalanceGwei(a))
	if err != nil {
		return 0, err
	}
	return c.abi.UnpackBalanceGwei(out)
}

// OwedTo is what account can claim from its pair with counterparty.
func (c *Chain) OwedTo(ctx context.Context, account, counterparty common.Address) (uint64, error) {
	out, err := c.call(ctx, c.abi.PackOwedTo(account, counterparty))
	if err != nil {
		return 0, err
	}
	return c.abi.UnpackOwedTo(out)
}

// Withdrawal is a pending withdrawal request.
type Withdrawal struct {
	Amount  uint64 // gwei
	ReadyAt uint64 // unix seconds (block time)
}

// WithdrawalOf is a's pending withdrawal request.
func (c *Chain) WithdrawalOf(ctx context.Context, a common.Address) (Withdrawal, error) {
	out, err := c.call(ctx, c.abi.PackWithdrawalRequestOf(a))
	if err != nil {
		return Withdrawal{}, err
	}
	v, err := c.abi.UnpackWithdrawalRequestOf(out)
	return Withdrawal{Amount: v.Amount, ReadyAt: v.ReadyAt}, err
}

// Reputation is an account's reputation decayed to now.
type Reputation struct {
	Earned, Endorsed uint64
	Spam             uint64 // marks × pricing.CountUnit
}

// Total is earned plus endorsed reputation (what fees and minimums use).
func (r Reputation) Total() uint64 { return r.Earned + r.Endorsed }

// ReputationOf reads a's reputation.
func (c *Chain) ReputationOf(ctx context.Context, a common.Address) (Reputation, error) {
	out, err := c.call(ctx, c.abi.PackReputationOf(a))
	if err != nil {
		return Reputation{}, err
	}
	v, err := c.abi.UnpackReputationOf(out)
	if err != nil {
		return Reputation{}, err
	}
	return Reputation{Earned: v.Earned.Uint64(), Endorsed: v.Endorsed.Uint64(), Spam: v.Spam.Uint64()}, nil
}

// NonceUsed reports whether an order nonce of account can no longer be used.
func (c *Chain) NonceUsed(ctx context.Context, account common.Address, nonce uint32) (bool, error) {
	out, err := c.call(ctx, c.abi.PackNonceUsed(account, nonce))
	if err != nil {
		return false, err
	}
	return c.abi.UnpackNonceUsed(out)
}

// DeploymentBlock finds the block that created the contract: the lowest
// block at which it has code (a bisection over the head, about 25 state
// reads on a long chain). No log of the contract can be older, so it is
// where a new store starts reading Delivered logs. A node that has pruned
// the old state answers with an error.
func (c *Chain) DeploymentBlock(ctx context.Context) (uint64, error) {
	head, err := c.Head(ctx)
	if err != nil {
		return 0, err
	}
	hasCode := func(n uint64) (bool, error) {
		code, err := c.b.CodeAt(ctx, c.cfg.Contract, new(big.Int).SetUint64(n))
		return len(code) > 0, err
	}
	lo, hi := uint64(0), head.Number.Uint64() // code at hi (checked in New)
	if ok, err := hasCode(hi); err != nil {
		return 0, err
	} else if !ok {
		return 0, ErrNoContract
	}
	for lo < hi {
		mid := lo + (hi-lo)/2
		ok, err := hasCode(mid)
		if err != nil {
			return 0, err
		}
		if ok {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

// EtherBalance is a's ether balance in wei (what pays for gas).
func (c *Chain) EtherBalance(ctx context.Context, a common.Address) (*big.Int, error) {
	return c.b.BalanceAt(ctx, a, nil)
}

// Head is the latest block header.
func (c *Chain) Head(ctx context.Context) (*types.Header, error) { return c.b.HeaderByNumber(ctx, nil) }

// FinalHead is the newest final block number (see the package invariants);
// ok is false while no block is final yet.
func (c *Chain) FinalHead(ctx context.Context) (n uint64, ok bool, err error) {
	if c.cfg.Confirmations == 0 {
		h, err := c.b.HeaderByNumber(ctx, big.NewInt(int64(rpc.SafeBlockNumber)))
		if err != nil {
			return 0, false, fmt.Errorf("chain: safe head: %w", err)
		}
		return h.Number.Uint64(), true, nil
	}
	h, err := c.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, false, fmt.Errorf("chain: head: %w", err)
	}
	if h.Number.Uint64() < c.cfg.Confirmations {
		return 0, false, nil
	}
	return h.Number.Uint64() - c.cfg.Confirmations, true, nil
}

// HashAt is the canonical block hash at n; ok is false when the chain is
// shorter than n (a reorg to a shorter chain).
func (c *Chain) HashAt(ctx context.Context, n uint64) (h [32]byte, ok bool, err error) {
	hd, err := c.b.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if errors.Is(err, ethereum.NotFound) {
		return h, false, nil
	}
	if err != nil {
		return h, false, fmt.Errorf("chain: header %d: %w", n, err)
	}
	return hd.Hash(), true, nil
}

// IsFinal reports whether the block (number, hash) is final and canonical;
// canonical false means it was reorganised out.
func (c *Chain) IsFinal(ctx context.Context, number uint64, hash [32]byte) (final, canonical bool, err error) {
	h, ok, err := c.HashAt(ctx, number)
	if err != nil || !ok || h != hash {
		return false, false, err
	}
	f, ok, err := c.FinalHead(ctx)
	if err != nil {
		return false, true, err
	}
	return ok && number <= f, true, nil
}

// ---- transactions ----

// Signed is a transaction ready to broadcast.
type Signed struct {
	Tx    *types.Transaction
	Raw   []byte
	Hash  [32]byte
	Nonce uint64
}

// SignTx estimates gas for calldata (and value wei) to the contract and
// signs a transaction with the next pending nonce. A call the contract
// would revert returns the decoded error without signing anything. It does
// not broadcast.
func (c *Chain) SignTx(ctx context.Context, data []byte, value *big.Int) (*Signed, error) {
	c.txMu.Lock()
	defer c.txMu.Unlock()
	return c.signLocked(ctx, data, value, nil)
}

// SignTxNonce is SignTx with a given nonce (the caller manages nonces).
func (c *Chain) SignTxNonce(ctx context.Context, data []byte, value *big.Int, nonce uint64) (*Signed, error) {
	c.txMu.Lock()
	defer c.txMu.Unlock()
	return c.signLocked(ctx, data, value, &nonce)
}

func (c *Chain) signLocked(ctx context.Context, data []byte, value *big.Int, nonce *uint64) (*Signed, error) {
	if value == nil {
		value = new(big.Int)
	}
	gas, err := c.b.EstimateGas(ctx, ethereum.CallMsg{From: c.from, To: &c.cfg.Contract, Data: data, Value: value})
	if err != nil {
		if derr := contracts.DecodeError(err); derr != err {
			return nil, derr
		}
		if strings.Contains(err.Error(), "insufficient funds") {
			return nil, fmt.Errorf("%w: %v", ErrNoGas, err)
		}
		return nil, fmt.Errorf("chain: estimate gas: %w", err)
	}
	gas += gas / 4
	var n uint64
	if nonce != nil {
		n = *nonce
	} else if n, err = c.b.PendingNonceAt(ctx, c.from); err != nil {
		return nil, fmt.Errorf("chain: nonce: %w", err)
	}
	head, err := c.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("chain: head: %w", err)
	}
	tip, err := c.b.SuggestGasTipCap(ctx)
	if err != nil || tip.Sign() == 0 {
		tip = big.NewInt(params.GWei)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	bal, err := c.b.BalanceAt(ctx, c.from, nil)
	if err == nil {
		need := new(big.Int).Add(value, new(big.Int).Mul(feeCap, new(big.Int).SetUint64(gas)))
		if bal.Cmp(need) < 0 {
			return nil, fmt.Errorf("%w: have %s wei, need up to %s", ErrNoGas, bal, need)
		}
	}
	to := c.cfg.Contract
	tx, err := types.SignNewTx(c.key, types.LatestSignerForChainID(c.cfg.ChainID), &types.DynamicFeeTx{
		ChainID: c.cfg.ChainID, Nonce: n, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &to, Value: value, Data: data,
	})
	if err != nil {
		return nil, err
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return nil, err
	}
	return &Signed{Tx: tx, Raw: raw, Hash: tx.Hash(), Nonce: n}, nil
}

// Broadcast sends a signed transaction's raw bytes. Sending the same bytes
// twice is harmless: "already known" is not an error.
func (c *Chain) Broadcast(ctx context.Context, raw []byte) error {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(raw); err != nil {
		return fmt.Errorf("chain: recorded transaction does not decode: %w", err)
	}
	err := c.b.SendTransaction(ctx, tx)
	if err != nil && (strings.Contains(err.Error(), "already known") || strings.Contains(err.Error(), "already imported")) {
		return nil
	}
	return err
}

// IsNonceTooLow reports whether a broadcast failed because the nonce was
// used by another transaction already.
func IsNonceTooLow(err error) bool {
	return err != nil && strings.Contains(err.Error(), "nonce too low")
}

// Receipt returns the receipt of a mined transaction, or nil while it is
// not mined (or the node is still indexing).
func (c *Chain) Receipt(ctx context.Context, hash [32]byte) (*types.Receipt, error) {
	r, err := c.b.TransactionReceipt(ctx, hash)
	if errors.Is(err, ethereum.NotFound) || (err != nil && strings.Contains(err.Error(), "indexing is in progress")) {
		return nil, nil
	}
	return r, err
}

// ConfirmedNonce is the account's nonce in the latest block: every nonce
// below it has been used by a mined transaction.
func (c *Chain) ConfirmedNonce(ctx context.Context) (uint64, error) {
	return c.b.NonceAt(ctx, c.from, nil)
}

// WaitMined polls until hash is mined and returns the receipt; a failed
// transaction returns ErrReverted with the receipt.
func (c *Chain) WaitMined(ctx context.Context, hash [32]byte) (*types.Receipt, error) {
	t := time.NewTicker(c.cfg.Poll)
	defer t.Stop()
	for {
		r, err := c.Receipt(ctx, hash)
		if err != nil {
			return nil, err
		}
		if r != nil {
			// Reads right after WaitMined must see the transaction.
			if err := contracts.WaitHead(ctx, c.b, r.BlockNumber.Uint64(), min(c.cfg.Poll, 10*time.Millisecond)); err != nil {
				return nil, err
			}
			if r.Status != types.ReceiptStatusSuccessful {
				return r, fmt.Errorf("%w: %x", ErrReverted, hash)
			}
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// WaitFinal polls until the mined transaction hash is final, re-reading its
// receipt so a reorg that moved it to another block is followed.
func (c *Chain) WaitFinal(ctx context.Context, hash [32]byte) (*types.Receipt, error) {
	t := time.NewTicker(c.cfg.Poll)
	defer t.Stop()
	for {
		r, err := c.Receipt(ctx, hash)
		if err != nil {
			return nil, err
		}
		if r != nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return r, fmt.Errorf("%w: %x", ErrReverted, hash)
			}
			final, canonical, err := c.IsFinal(ctx, r.BlockNumber.Uint64(), r.BlockHash)
			if err != nil {
				return nil, err
			}
			if final && canonical {
				return r, nil
			}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// Transact signs, broadcasts and waits until the transaction is mined: the
// one-shot path for register, deposit, acks and settings (payments for
// mail go through the outbox, which records them first and waits until
// they are final).
func (c *Chain) Transact(ctx context.Context, data []byte, value *big.Int) (*types.Receipt, error) {
	s, err := c.SignTx(ctx, data, value)
	if err != nil {
		return nil, err
	}
	if err := c.Broadcast(ctx, s.Raw); err != nil {
		return nil, fmt.Errorf("chain: broadcast: %w", err)
	}
	return c.WaitMined(ctx, s.Hash)
}

// ABI is the contract's binding (for packing calldata).
func (c *Chain) ABI() *bindings.BMail { return c.abi }

// ---- logs ----

// Delivered is a Delivered log with where it sits.
type Delivered struct {
	contracts.Delivered
	Block     uint64
	BlockHash [32]byte
	BlockTime uint64
	TxHash    [32]byte
	LogIndex  uint
}

// DeliveredTo returns the Delivered logs addressed to `to` (nil: every
// recipient) in blocks from..through, in chain order.
func (c *Chain) DeliveredTo(ctx context.Context, to *common.Address, from, through uint64) ([]Delivered, error) {
	if from > through {
		return nil, nil // e.g. the chain is shorter after a reorg
	}
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(through),
		Addresses: []common.Address{c.cfg.Contract}}
	if to != nil {
		q.Topics = contracts.DeliveredTopics(*to)
	}
	logs, err := contracts.FilterLogs(ctx, c.b, q)
	if err != nil {
		return nil, fmt.Errorf("chain: logs %d..%d: %w", from, through, err)
	}
	times := map[uint64]uint64{}
	out := make([]Delivered, 0, len(logs))
	for i := range logs {
		lg := &logs[i]
		if lg.Removed {
			continue
		}
		d, err := contracts.UnpackDelivered(lg)
		if err != nil {
			continue // another event of the contract
		}
		bt := lg.BlockTimestamp
		if bt == 0 {
			if t, ok := times[lg.BlockNumber]; ok {
				bt = t
			} else {
				h, err := c.b.HeaderByNumber(ctx, new(big.Int).SetUint64(lg.BlockNumber))
				if err != nil {
					return nil, fmt.Errorf("chain: header %d: %w", lg.BlockNumber, err)
				}
				bt, times[lg.BlockNumber] = h.Time, h.Time
			}
		}
		out = append(out, Delivered{Delivered: *d, Block: lg.BlockNumber, BlockHash: lg.BlockHash,
			BlockTime: bt, TxHash: lg.TxHash, LogIndex: lg.Index})
	}
	return out, nil
}
