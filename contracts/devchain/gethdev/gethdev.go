// Package gethdev runs a real `geth --dev` process for end-to-end tests:
// geth built from the go-ethereum version pinned in go.mod (by
// scripts/build-geth, cached), on loopback ports, in a temporary data
// directory initialised with the dev chain's genesis (devchain.Genesis:
// mainnet's Osaka rules, the same as the embedded chain's), mining on
// demand. It is the "code nobody here wrote" counterpart of package
// devchain.
//
// Invariants: the process listens on 127.0.0.1 only; it is stopped by its
// PID (SIGINT, then SIGKILL after StopTimeout) and its data directory is
// removed by Close; Close is idempotent.
//
// Why a pre-initialised data directory: geth --dev alone uses go-ethereum's
// dev rules, which in v1.17.10 switch on Bogota (the Amsterdam instruction
// set) at genesis, and no --override flag turns a fork off. `geth init`
// with devchain.Genesis, then `geth --dev --datadir`, makes geth keep the
// stored genesis and rules.
package gethdev

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bmail-network/bmail/contracts/devchain"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

const (
	// StopTimeout is how long Close waits after SIGINT before SIGKILL.
	StopTimeout = 10 * time.Second
	// buildScript, relative to the module root, builds geth and prints its
	// path.
	buildScript = "scripts/build-geth"
	// modulePath identifies the module root when looking for buildScript.
	modulePath = "github.com/bmail-network/bmail"
	// logTail is how much of geth's log an error message quotes.
	logTail = 4 << 10
	// rpcAPIs are the namespaces geth serves over HTTP and WebSocket.
	rpcAPIs = "eth,net,web3,txpool,debug"
)

// Errors.
var (
	ErrNoModuleRoot = errors.New("gethdev: module root not found")
	ErrExited       = errors.New("gethdev: geth exited")
)

// Config says which geth to run and how. The zero value builds geth and
// runs chain id devchain.DefaultChainID, mining on demand.
type Config struct {
	// Geth is the geth binary; empty means Build's.
	Geth string
	// ChainID defaults to devchain.DefaultChainID.
	ChainID uint64
	// Accounts are funded in the genesis with AccountBalance each
	// (devchain.DefaultAccountBalance when nil).
	Accounts       []common.Address
	AccountBalance *big.Int
	// Period is geth's --dev.period; zero mines on demand.
	Period time.Duration
	// Log, if set, receives geth's log (JSON lines).
	Log io.Writer
}

// Node is a running geth --dev process.
type Node struct {
	cmd     *exec.Cmd
	dataDir string
	rpcURL  string
	wsURL   string
	chainID *big.Int
	devKey  *ecdsa.PrivateKey
	log     *tail
	exited  chan struct{} // closed when the process has exited
	waitErr error         // set before exited is closed

	closeOnce sync.Once
	closeErr  error
}

// Build runs scripts/build-geth, found by walking up from the working
// directory to the module root, and returns the path of the geth binary.
// When cached this takes a fraction of a second.
func Build(ctx context.Context) (string, error) {
	root, err := moduleRoot()
	if err != nil {
		return "", err
	}
	cmd := exec.CommandContext(ctx, filepath.Join(root, buildScript))
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("gethdev: %s: %w: %s", buildScript, err, strings.TrimSpace(stderr.String()))
	}
	path := strings.TrimSpace(string(out))
	if path == "" {
		return "", fmt.Errorf("gethdev: %s printed no path", buildScript)
	}
	return path, nil
}

// Start initialises a temporary data directory with the dev chain's genesis
// and starts geth --dev on it, returning once JSON-RPC answers. The dev key
// is random and funded with devchain.DevBalance; it is also geth's fee
// recipient.
func Start(ctx context.Context, cfg Config) (*Node, error) {
	if cfg.Geth == "" {
		path, err := Build(ctx)
		if err != nil {
			return nil, err
		}
		cfg.Geth = path
	}
	if cfg.ChainID == 0 {
		cfg.ChainID = devchain.DefaultChainID
	}
	if cfg.AccountBalance == nil {
		cfg.AccountBalance = devchain.DefaultAccountBalance
	}
	if cfg.Period < 0 || cfg.Period%time.Second != 0 {
		return nil, fmt.Errorf("gethdev: period %v is not a whole number of seconds", cfg.Period)
	}
	devKey, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	dataDir, err := os.MkdirTemp("", "bmail-gethdev-")
	if err != nil {
		return nil, err
	}
	n, err := start(ctx, cfg, dataDir, devKey)
	if err != nil {
		return nil, errors.Join(err, os.RemoveAll(dataDir))
	}
	return n, nil
}

func start(ctx context.Context, cfg Config, dataDir string, devKey *ecdsa.PrivateKey) (*Node, error) {
	dev := crypto.PubkeyToAddress(devKey.PublicKey)
	alloc := types.GenesisAlloc{dev: {Balance: devchain.DevBalance}}
	for _, a := range cfg.Accounts {
		alloc[a] = types.Account{Balance: cfg.AccountBalance}
	}
	genesis, err := json.Marshal(devchain.Genesis(cfg.ChainID, devchain.DefaultGasLimit, alloc))
	if err != nil {
		return nil, fmt.Errorf("gethdev: genesis: %w", err)
	}
	genesisPath := filepath.Join(dataDir, "genesis.json")
	if err := os.WriteFile(genesisPath, genesis, 0o600); err != nil {
		return nil, err
	}
	initCmd := exec.CommandContext(ctx, cfg.Geth, "--datadir", dataDir, "init", genesisPath)
	if out, err := initCmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("gethdev: geth init: %w: %s", err, lastBytes(out, logTail))
	}

	cmd := exec.Command(cfg.Geth,
		"--dev", "--dev.period", strconv.FormatInt(int64(cfg.Period/time.Second), 10),
		"--datadir", dataDir,
		"--miner.pending.feeRecipient", dev.Hex(),
		"--http", "--http.addr", "127.0.0.1", "--http.port", "0", "--http.api", rpcAPIs,
		"--ws", "--ws.addr", "127.0.0.1", "--ws.port", "0", "--ws.api", rpcAPIs,
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", "0",
		"--port", "0", "--nodiscover", "--maxpeers", "0", "--ipcdisable",
		"--log.format", "json", "--verbosity", "3",
	)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	cmd.Stdout = io.Discard
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("gethdev: start geth: %w", err)
	}
	n := &Node{
		cmd:     cmd,
		dataDir: dataDir,
		chainID: new(big.Int).SetUint64(cfg.ChainID),
		devKey:  devKey,
		log:     &tail{limit: logTail},
		exited:  make(chan struct{}),
	}
	endpoints := make(chan string, 1)
	scanned := make(chan struct{})
	go func() {
		defer close(scanned)
		n.scanLog(stderr, cfg.Log, endpoints)
	}()
	go func() {
		<-scanned // Wait must not close the pipe before the log is read
		n.waitErr = cmd.Wait()
		close(n.exited)
	}()

	if err := n.awaitRPC(ctx, endpoints); err != nil {
		return nil, errors.Join(err, n.stop())
	}
	return n, nil
}

// Test starts geth --dev for the duration of a test: it builds geth with
// Build (skipping the test, with the reason, if geth cannot be built),
// starts it with Start, and on cleanup stops it by PID and removes its data
// directory. A failure to start once built fails the test.
func Test(t testing.TB, cfg Config) *Node {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	if cfg.Geth == "" {
		path, err := Build(ctx)
		if err != nil {
			t.Skipf("geth cannot be built here, skipping the geth --dev test: %v", err)
		}
		cfg.Geth = path
	}
	n, err := Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := n.Close(); err != nil {
			t.Errorf("gethdev: close: %v", err)
		}
	})
	return n
}

// RPCURL is the HTTP JSON-RPC endpoint, http://127.0.0.1:<port>.
func (n *Node) RPCURL() string { return n.rpcURL }

// WSURL is the WebSocket JSON-RPC endpoint, on the same port.
func (n *Node) WSURL() string { return n.wsURL }

// ChainID is the chain id transactions must be signed for.
func (n *Node) ChainID() *big.Int { return new(big.Int).Set(n.chainID) }

// DevKey is the prefunded key.
func (n *Node) DevKey() *ecdsa.PrivateKey { return n.devKey }

// DevAddress is DevKey's address.
func (n *Node) DevAddress() common.Address { return crypto.PubkeyToAddress(n.devKey.PublicKey) }

// PID is the geth process id.
func (n *Node) PID() int { return n.cmd.Process.Pid }

// DataDir is the temporary data directory Close removes.
func (n *Node) DataDir() string { return n.dataDir }

// Log returns the last few KiB of geth's log.
func (n *Node) Log() string { return n.log.String() }

// Close stops geth by its PID (SIGINT, then SIGKILL after StopTimeout) and
// removes the data directory. It is idempotent.
func (n *Node) Close() error {
	n.closeOnce.Do(func() {
		n.closeErr = errors.Join(n.stop(), os.RemoveAll(n.dataDir))
	})
	return n.closeErr
}

// stop ends the process and waits for it.
func (n *Node) stop() error {
	select {
	case <-n.exited:
		return nil // already gone
	default:
	}
	if err := n.cmd.Process.Signal(syscall.SIGINT); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("gethdev: interrupt geth %d: %w", n.PID(), err)
	}
	select {
	case <-n.exited:
		return nil
	case <-time.After(StopTimeout):
	}
	if err := n.cmd.Process.Kill(); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("gethdev: kill geth %d: %w", n.PID(), err)
	}
	<-n.exited
	return fmt.Errorf("gethdev: geth %d ignored SIGINT for %v and was killed", n.PID(), StopTimeout)
}

// awaitRPC waits for geth to log its HTTP endpoint, then for eth_chainId to
// answer with the expected id.
func (n *Node) awaitRPC(ctx context.Context, endpoints <-chan string) error {
	select {
	case endpoint := <-endpoints:
		n.rpcURL = "http://" + endpoint
		n.wsURL = "ws://" + endpoint
	case <-n.exited:
		return fmt.Errorf("%w before serving RPC (%v): %s", ErrExited, n.waitErr, n.log)
	case <-ctx.Done():
		return fmt.Errorf("gethdev: waiting for geth's RPC endpoint: %w: %s", ctx.Err(), n.log)
	}
	client, err := ethclient.DialContext(ctx, n.rpcURL)
	if err != nil {
		return fmt.Errorf("gethdev: dial %s: %w", n.rpcURL, err)
	}
	defer client.Close()
	for {
		id, err := client.ChainID(ctx)
		if err == nil {
			if id.Cmp(n.chainID) != 0 {
				return fmt.Errorf("gethdev: geth runs chain id %v, want %v", id, n.chainID)
			}
			return nil
		}
		select {
		case <-n.exited:
			return fmt.Errorf("%w (%v): %s", ErrExited, n.waitErr, n.log)
		case <-ctx.Done():
			return fmt.Errorf("gethdev: waiting for geth's RPC: %w (last: %v)", ctx.Err(), err)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// scanLog copies geth's JSON log to the tail and to w, and sends the HTTP
// endpoint once geth reports it.
func (n *Node) scanLog(r io.Reader, w io.Writer, endpoints chan<- string) {
	sent := false
	scanner := bufio.NewScanner(r)
	scanner.Buffer(make([]byte, 64<<10), 1<<20)
	for scanner.Scan() {
		line := append(append([]byte(nil), scanner.Bytes()...), '\n')
		n.log.Write(line)
		if w != nil {
			w.Write(line)
		}
		if sent {
			continue
		}
		var entry struct {
			Msg      string `json:"msg"`
			Endpoint string `json:"endpoint"`
		}
		if json.Unmarshal(line, &entry) == nil && entry.Msg == "HTTP server started" && entry.Endpoint != "" {
			endpoints <- entry.Endpoint
			sent = true
		}
	}
	io.Copy(io.Discard, r) // a line over 1 MiB: keep the pipe drained
}

// moduleRoot walks up from the working directory to the directory whose
// go.mod declares this module.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.HasPrefix(strings.TrimSpace(string(data)), "module "+modulePath) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("%w above the working directory", ErrNoModuleRoot)
		}
		dir = parent
	}
}

// tail keeps the last limit bytes written to it.
type tail struct {
	mu    sync.Mutex
	limit int
	buf   []byte
}

func (t *tail) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, p...)
	if over := len(t.buf) - t.limit; over > 0 {
		t.buf = append(t.buf[:0], t.buf[over:]...)
	}
	return len(p), nil
}

func (t *tail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.buf)
}

func lastBytes(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}
