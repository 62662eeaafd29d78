package devchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"net/url"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bmail-network/bmail/contracts/devchain/internal/evmcheck"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
)

func TestStartServesLoopbackRPC(t *testing.T) {
	ctx := testContext(t)
	alice := newAddress(t)
	c := startChain(t, Config{Accounts: []common.Address{alice}})

	httpURL, err := url.Parse(c.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	wsURL, err := url.Parse(c.WSURL())
	if err != nil {
		t.Fatal(err)
	}
	if httpURL.Scheme != "http" || wsURL.Scheme != "ws" || httpURL.Hostname() != loopback || httpURL.Host != wsURL.Host {
		t.Fatalf("endpoints %s and %s, want http and ws on one 127.0.0.1 port", c.RPCURL(), c.WSURL())
	}
	for _, endpoint := range []string{c.RPCURL(), c.WSURL()} {
		client := dial(t, endpoint)
		id, err := client.ChainID(ctx)
		if err != nil || id.Uint64() != DefaultChainID || c.ChainID().Uint64() != DefaultChainID {
			t.Errorf("%s: chain id %v (%v), Chain says %v", endpoint, id, err, c.ChainID())
		}
		assertBalance(t, client, c.DevAddress(), DevBalance)
		assertBalance(t, client, alice, DefaultAccountBalance)
	}

	// The WebSocket endpoint carries subscriptions.
	heads := make(chan *types.Header, 4)
	sub, err := dial(t, c.WSURL()).SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	r, err := c.Fund(ctx, alice, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	select {
	case h := <-heads:
		if h.Hash() != r.BlockHash {
			t.Errorf("new head %s, funding block %s", h.Hash(), r.BlockHash)
		}
	case <-ctx.Done():
		t.Fatal("no new head over WebSocket")
	}
	assertBalance(t, dial(t, c.RPCURL()), alice, new(big.Int).Add(DefaultAccountBalance, big.NewInt(1)))
}

func TestRulesAreMainnetOsaka(t *testing.T) {
	c := startChain(t, Config{})
	err := evmcheck.CheckOsaka(testContext(t), evmcheck.Sender{Client: dial(t, c.RPCURL()), Key: c.DevKey(), ChainID: c.ChainID()})
	if err != nil {
		t.Fatal(err)
	}
}

func TestMinesOnDemandWithoutEmptyBlocks(t *testing.T) {
	ctx := testContext(t)
	c := startChain(t, Config{})
	client := dial(t, c.RPCURL())

	// Plain eth_sendRawTransaction, then wait for the receipt.
	const count = 20
	var hashes []common.Hash
	for i := range count {
		tx := signTransfer(t, c, uint64(i), newAddress(t))
		if err := client.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		hashes = append(hashes, tx.Hash())
	}
	var last uint64
	for _, h := range hashes {
		r := waitReceipt(t, client, h)
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transfer %s failed", h)
		}
		last = max(last, r.BlockNumber.Uint64())
	}
	head, err := client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if head != last {
		t.Errorf("head %d, last receipt in block %d", head, last)
	}
	for n := uint64(1); n <= head; n++ {
		block, err := client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		if len(block.Transactions()) == 0 {
			t.Errorf("block %d is empty", n)
		}
	}

	// Idle: no transactions, no blocks.
	time.Sleep(1500 * time.Millisecond)
	if idle, err := client.BlockNumber(ctx); err != nil || idle != head {
		t.Errorf("head moved from %d to %d (%v) with nothing pending", head, idle, err)
	}
}

func TestCommitSealsABlock(t *testing.T) {
	ctx := testContext(t)
	c := startChain(t, Config{})
	h, err := c.Commit(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if h.Number.Uint64() != 1 {
		t.Errorf("first committed block %v", h.Number)
	}
	var viaRPC types.Header
	if err := dial(t, c.RPCURL()).Client().CallContext(ctx, &viaRPC, APINamespace+"_commit"); err != nil {
		t.Fatal(err)
	}
	if viaRPC.Number.Uint64() != 2 || viaRPC.ParentHash != h.Hash() {
		t.Errorf("devchain_commit sealed %v on %s, want 2 on %s", viaRPC.Number, viaRPC.ParentHash, h.Hash())
	}
	block, err := c.Client().BlockByHash(ctx, viaRPC.Hash())
	if err != nil || len(block.Transactions()) != 0 {
		t.Errorf("committed block: %v, %v", block, err)
	}
}

func TestAdjustTimeMovesBlockTimestamps(t *testing.T) {
	ctx := testContext(t)
	c := startChain(t, Config{})
	client := dial(t, c.RPCURL())
	parent, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}

	// A transaction still pending when AdjustTime is called lands in a
	// block before the later one.
	tx := signTransfer(t, c, 0, newAddress(t))
	if err := client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	later, err := c.AdjustTime(ctx, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	r := waitReceipt(t, client, tx.Hash())
	if r.BlockNumber.Cmp(later.Number) >= 0 {
		t.Errorf("pending transfer mined in block %v, time-travel block %v", r.BlockNumber, later.Number)
	}
	mined, err := client.HeaderByHash(ctx, r.BlockHash)
	if err != nil {
		t.Fatal(err)
	}
	if later.Time != mined.Time+3600 {
		t.Errorf("adjusted block time %d, parent %d (+3600 wanted)", later.Time, mined.Time)
	}
	if mined.Time < parent.Time {
		t.Errorf("time went backwards: %d after %d", mined.Time, parent.Time)
	}

	// Blocks after it keep counting from the adjusted time.
	funded, err := c.Fund(ctx, newAddress(t), big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	next, err := client.HeaderByHash(ctx, funded.BlockHash)
	if err != nil {
		t.Fatal(err)
	}
	if next.Time <= later.Time {
		t.Errorf("block after time travel at %d, not after %d", next.Time, later.Time)
	}

	// Over JSON-RPC, in seconds.
	var viaRPC types.Header
	if err := client.Client().CallContext(ctx, &viaRPC, APINamespace+"_adjustTime", 7200); err != nil {
		t.Fatal(err)
	}
	if viaRPC.Time != next.Time+7200 {
		t.Errorf("devchain_adjustTime(7200): time %d, parent %d", viaRPC.Time, next.Time)
	}

	for _, d := range []time.Duration{0, -time.Second, 1500 * time.Millisecond, maxTimeAdjustment + time.Second} {
		if _, err := c.AdjustTime(ctx, d); !errors.Is(err, ErrInvalidConfig) {
			t.Errorf("AdjustTime(%v) = %v, want ErrInvalidConfig", d, err)
		}
	}
	err = client.Client().CallContext(ctx, &viaRPC, APINamespace+"_adjustTime", uint64(1)<<62)
	if err == nil || !strings.Contains(err.Error(), "time adjustment") {
		t.Errorf("devchain_adjustTime(2^62) = %v", err)
	}
}

// TestConcurrentSealing sends transactions from several accounts while
// Commit and AdjustTime run: every transaction is mined exactly once, on
// one unbroken chain. Run it with -race.
func TestConcurrentSealing(t *testing.T) {
	ctx := testContext(t)
	const senders, perSender = 4, 8
	keys := make([]*ecdsa.PrivateKey, senders)
	var accounts []common.Address
	for i := range keys {
		keys[i] = mustKey(t)
		accounts = append(accounts, crypto.PubkeyToAddress(keys[i].PublicKey))
	}
	c := startChain(t, Config{Accounts: accounts})
	client := dial(t, c.RPCURL())

	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		receipts []*types.Receipt
		errs     = make(chan error, senders+2)
	)
	for _, key := range keys {
		wg.Go(func() {
			s := evmcheck.Sender{Client: client, Key: key, ChainID: c.ChainID()}
			for range perSender {
				to := newAddress(t)
				r, err := s.Send(ctx, &to, big.NewInt(1), evmcheck.TransferGas, nil)
				if err != nil {
					errs <- err
					return
				}
				mu.Lock()
				receipts = append(receipts, r)
				mu.Unlock()
			}
		})
	}
	wg.Go(func() {
		for range 10 {
			if _, err := c.Commit(ctx); err != nil {
				errs <- err
				return
			}
		}
	})
	wg.Go(func() {
		for range 3 {
			if _, err := c.AdjustTime(ctx, time.Second); err != nil {
				errs <- err
				return
			}
		}
	})
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if len(receipts) != senders*perSender {
		t.Fatalf("%d receipts, want %d", len(receipts), senders*perSender)
	}
	for _, r := range receipts {
		canonical, err := client.HeaderByNumber(ctx, r.BlockNumber)
		if err != nil || canonical.Hash() != r.BlockHash {
			t.Errorf("receipt in block %s, not canonical (%v)", r.BlockHash, err)
		}
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	mined := 0
	for h := head; h.Number.Sign() > 0; {
		parent, err := client.HeaderByHash(ctx, h.ParentHash)
		if err != nil {
			t.Fatal(err)
		}
		if parent.Number.Uint64()+1 != h.Number.Uint64() || parent.Time >= h.Time {
			t.Fatalf("block %v (time %d) on %v (time %d)", h.Number, h.Time, parent.Number, parent.Time)
		}
		n, err := client.TransactionCount(ctx, h.Hash())
		if err != nil {
			t.Fatal(err)
		}
		mined += int(n)
		h = parent
	}
	if mined != senders*perSender {
		t.Errorf("%d transactions on the chain, want %d", mined, senders*perSender)
	}
}

func TestPeriodSealsEveryPeriod(t *testing.T) {
	ctx := testContext(t)
	c := startChain(t, Config{Period: time.Second})
	heads := make(chan *types.Header, 8)
	sub, err := c.Client().SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	for range 2 {
		select {
		case h := <-heads:
			if n, err := c.Client().TransactionCount(ctx, h.Hash()); err != nil || n != 0 {
				t.Errorf("periodic block %v holds %d transactions (%v)", h.Number, n, err)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("no block within 5 s at a 1 s period")
		}
	}
}

// TestSafeAndFinalizedHeads pins what the simulated beacon reports: the
// safe head is the head, and the finalized head is the last block whose
// number is a multiple of 32 (an "epoch"), so it lags by up to 31 blocks and
// only moves when blocks are sealed.
func TestSafeAndFinalizedHeads(t *testing.T) {
	ctx := testContext(t)
	c := startChain(t, Config{})
	check := func(latest, safe, finalized uint64) {
		t.Helper()
		for tag, want := range map[rpc.BlockNumber]uint64{
			rpc.LatestBlockNumber: latest, rpc.SafeBlockNumber: safe, rpc.FinalizedBlockNumber: finalized,
		} {
			h, err := c.Client().HeaderByNumber(ctx, big.NewInt(tag.Int64()))
			if err != nil || h.Number.Uint64() != want {
				t.Errorf("%s at head %d: %v (%v), want %d", tag, latest, h.Number, err, want)
			}
		}
	}
	check(0, 0, 0)
	for n := uint64(1); n <= 33; n++ {
		if _, err := c.Commit(ctx); err != nil {
			t.Fatal(err)
		}
		switch n {
		case 1, 31:
			check(n, n, 0)
		case 32, 33:
			check(n, n, 32)
		}
	}
}

func TestPersistedChainSurvivesRestart(t *testing.T) {
	ctx := testContext(t)
	dir := t.TempDir()
	alice, bob, carol := newAddress(t), newAddress(t), newAddress(t)

	first := startChain(t, Config{DataDir: dir, Accounts: []common.Address{alice}})
	dev := first.DevAddress()
	if _, err := first.Fund(ctx, bob, big.NewInt(5)); err != nil {
		t.Fatal(err)
	}
	travelled, err := first.AdjustTime(ctx, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}

	second := startChain(t, Config{DataDir: dir, Accounts: []common.Address{alice, carol}})
	if second.DevAddress() != dev {
		t.Fatalf("dev key changed across restart: %s, was %s", second.DevAddress(), dev)
	}
	client := second.Client()
	// Carol was not in the genesis: Start funded her in one block.
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if head.Number.Uint64() != travelled.Number.Uint64()+1 || head.ParentHash != travelled.Hash() {
		t.Errorf("head after restart %v on %s, want %v on %s", head.Number, head.ParentHash, travelled.Number.Uint64()+1, travelled.Hash())
	}
	if head.Time <= travelled.Time {
		t.Errorf("time after restart %d, before %d: the time travel was lost", head.Time, travelled.Time)
	}
	assertBalance(t, client, alice, DefaultAccountBalance)
	assertBalance(t, client, bob, big.NewInt(5))
	assertBalance(t, client, carol, DefaultAccountBalance)

	// The rules are stored with the chain.
	if err := evmcheck.CheckOsaka(ctx, evmcheck.Sender{Client: client, Key: second.DevKey(), ChainID: second.ChainID()}); err != nil {
		t.Error(err)
	}

	// One process per data directory.
	if c, err := Start(ctx, Config{DataDir: dir}); !errors.Is(err, node.ErrDatadirUsed) {
		if c != nil {
			c.Close()
		}
		t.Errorf("second chain on a used data directory: %v", err)
	}
	if err := second.Close(); err != nil {
		t.Fatal(err)
	}
	if c, err := Start(ctx, Config{DataDir: dir, ChainID: 99}); !errors.Is(err, ErrChainIDClash) {
		if c != nil {
			c.Close()
		}
		t.Errorf("restart with another chain id: %v", err)
	}
	third := startChain(t, Config{DataDir: dir, ChainID: DefaultChainID})
	if third.ChainID().Uint64() != DefaultChainID {
		t.Errorf("chain id %v", third.ChainID())
	}
}

func TestSafeHeadAfterRestart(t *testing.T) {
	ctx := testContext(t)
	dir := t.TempDir()
	first := startChain(t, Config{DataDir: dir})
	for range 3 {
		if _, err := first.Commit(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	// Until the restarted chain seals a block, go-ethereum reports the
	// genesis as both safe and finalized: the markers are not restored.
	second := startChain(t, Config{DataDir: dir})
	for _, tag := range []rpc.BlockNumber{rpc.SafeBlockNumber, rpc.FinalizedBlockNumber} {
		h, err := second.Client().HeaderByNumber(ctx, big.NewInt(tag.Int64()))
		if err != nil || h.Number.Sign() != 0 {
			t.Errorf("%s right after restart at head 3: %v, %v; want the genesis", tag, headerNumber(h), err)
		}
	}
	if _, err := second.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	h, err := second.Client().HeaderByNumber(ctx, big.NewInt(rpc.SafeBlockNumber.Int64()))
	if err != nil || h.Number.Uint64() != 4 {
		t.Errorf("safe after the first new block: %v, %v", headerNumber(h), err)
	}
}

func TestInvalidConfig(t *testing.T) {
	for name, cfg := range map[string]Config{
		"fractional period": {Period: 1500 * time.Millisecond},
		"negative period":   {Period: -time.Second},
		"zero balance":      {AccountBalance: big.NewInt(0)},
		"port":              {Port: 70000},
		"gas limit":         {GasLimit: 20_000},
	} {
		if c, err := Start(context.Background(), cfg); !errors.Is(err, ErrInvalidConfig) {
			if c != nil {
				c.Close()
			}
			t.Errorf("%s: %v, want ErrInvalidConfig", name, err)
		}
	}
}

func TestPortInUse(t *testing.T) {
	c := startChain(t, Config{})
	u, _ := url.Parse(c.RPCURL())
	port := u.Port()
	var p int
	for _, d := range port {
		p = p*10 + int(d-'0')
	}
	if other, err := Start(context.Background(), Config{Port: p}); err == nil {
		other.Close()
		t.Fatalf("second chain on port %d started", p)
	}
}

func TestClosedChain(t *testing.T) {
	ctx := testContext(t)
	c := startChain(t, Config{})
	if _, err := c.Fund(ctx, newAddress(t), big.NewInt(0)); !errors.Is(err, ErrInvalidConfig) {
		t.Errorf("Fund(0) = %v", err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if _, err := c.Fund(ctx, newAddress(t), big.NewInt(1)); !errors.Is(err, ErrClosed) {
		t.Errorf("Fund after Close: %v", err)
	}
	if _, err := c.Commit(ctx); !errors.Is(err, ErrClosed) {
		t.Errorf("Commit after Close: %v", err)
	}
	if _, err := c.AdjustTime(ctx, time.Second); !errors.Is(err, ErrClosed) {
		t.Errorf("AdjustTime after Close: %v", err)
	}
}

// TestCloseLeavesNoGoroutines starts and stops chains, ephemeral and
// persisted, after a failed start too, and checks the goroutine count
// returns to where it was.
func TestCloseLeavesNoGoroutines(t *testing.T) {
	ctx := testContext(t)
	cycle := func(cfg Config) {
		c, err := Start(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Fund(ctx, newAddress(t), big.NewInt(1)); err != nil {
			t.Fatal(err)
		}
		ws, err := ethclient.Dial(c.WSURL())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ws.BlockNumber(ctx); err != nil {
			t.Fatal(err)
		}
		ws.Close()
		if err := c.Close(); err != nil {
			t.Fatal(err)
		}
	}
	cycle(Config{}) // warm up package-level goroutines go-ethereum starts once
	before := runtime.NumGoroutine()

	cycle(Config{})
	cycle(Config{DataDir: t.TempDir(), Period: time.Second})
	blocker := startChain(t, Config{})
	u, _ := url.Parse(blocker.RPCURL())
	var port int
	for _, d := range u.Port() {
		port = port*10 + int(d-'0')
	}
	if c, err := Start(ctx, Config{Port: port}); err == nil {
		c.Close()
	}
	blocker.Close()

	deadline := time.Now().Add(10 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if after := runtime.NumGoroutine(); after > before {
		var dump strings.Builder
		pprof.Lookup("goroutine").WriteTo(&dump, 1)
		t.Errorf("%d goroutines before, %d after closing:\n%s", before, after, dump.String())
	}
}

// helpers

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func startChain(t *testing.T, cfg Config) *Chain {
	t.Helper()
	c, err := Start(testContext(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return c
}

func dial(t *testing.T, endpoint string) *ethclient.Client {
	t.Helper()
	client, err := ethclient.Dial(endpoint)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	return client
}

func mustKey(t testing.TB) *ecdsa.PrivateKey {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return key
}

func newAddress(t testing.TB) common.Address {
	return crypto.PubkeyToAddress(mustKey(t).PublicKey)
}

func assertBalance(t *testing.T, client *ethclient.Client, a common.Address, want *big.Int) {
	t.Helper()
	got, err := client.BalanceAt(context.Background(), a, nil)
	if err != nil || got.Cmp(want) != 0 {
		t.Errorf("balance of %s: %v (%v), want %v", a, got, err, want)
	}
}

// signTransfer signs a 1-wei transfer from the dev key with the given nonce.
func signTransfer(t testing.TB, c *Chain, nonce uint64, to common.Address) *types.Transaction {
	head, err := c.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(1)
	tx, err := types.SignNewTx(c.DevKey(), types.LatestSignerForChainID(c.ChainID()), &types.DynamicFeeTx{
		ChainID:   c.ChainID(),
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
		Gas:       transferGas,
		To:        &to,
		Value:     big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// waitReceipt polls for a receipt every millisecond, for up to 10 s.
func waitReceipt(t testing.TB, client *ethclient.Client, hash common.Hash) *types.Receipt {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		r, err := client.TransactionReceipt(context.Background(), hash)
		if err == nil {
			return r
		}
		if !errors.Is(err, ethereum.NotFound) && !evmcheck.IsTxIndexing(err) {
			t.Fatal(err)
		}
		time.Sleep(time.Millisecond)
	}
	t.Fatalf("no receipt for %s within 10 s", hash)
	return nil
}

func headerNumber(h *types.Header) any {
	if h == nil {
		return nil
	}
	return h.Number
}
