// Package devnet runs a whole b-mail network on one machine: the embedded
// dev chain (contracts/devchain) with the BMail contract and its preset
// networks deployed, and b-mail relays in this process on 127.0.0.1, each
// publishing NIP-11 terms (payout address, relay fee, chain id, contract)
// and following the chain's final Delivered logs as bmail-relay does.
// `bmail devnet`, `bmail demo` and tests start one with a single call:
//
//	net, err := devnet.Start(ctx, devnet.Options{})  // DataDir keeps it
//	defer net.Close()
//	net.Record()                                     // what a client's config needs
//	net.Fund(ctx, addr, wei)                         // ether from the dev key
//
// Invariants:
//   - Loopback only: the chain's JSON-RPC and every relay listen on
//     127.0.0.1.
//   - A persisted devnet (Options.DataDir) keeps its chain, contract, relay
//     stores and ports across restarts, so key bundles that name its relays
//     stay valid; the contract is found again and deployed only when the
//     chain does not hold it.
//   - Nothing here is money: the dev key funds every account, and each
//     relay's payout key is the public RelayKey(i).
package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/envelope"
	"github.com/bmail-network/bmail/client/internal/atomicfile"
	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/contracts/devchain"
	"github.com/bmail-network/bmail/relay"
	relaychain "github.com/bmail-network/bmail/relay/chain"
	"github.com/bmail-network/bmail/relay/policies"
)

// Defaults.
const (
	DefaultRelays       = 2
	DefaultRelayFeeGwei = 1_000
	// StateFile records a persisted devnet's contract and ports.
	StateFile = "devnet-state.json"
	// DevKeyFile holds a persisted devnet's dev key (hex, mode 0600): the
	// faucet of every account, usable by Faucet from another process.
	DevKeyFile = "devkey"
	// followPoll is how often the relays look for new final blocks.
	followPoll = 200 * time.Millisecond
	// deployPoll is how often a deployment looks for its receipt.
	deployPoll = 20 * time.Millisecond
	// relayKeyLabel derives the relays' public payout keys.
	relayKeyLabel = "b-mail devnet relay payout key "
)

// ErrPortTaken: a persisted devnet's port is used by something else.
var ErrPortTaken = errors.New("devnet: a port this devnet uses is taken")

// Options shape a devnet. The zero value is an ephemeral devnet with two
// relays asking DefaultRelayFeeGwei each.
type Options struct {
	// DataDir keeps the devnet across restarts; empty means a temporary
	// directory removed by Close.
	DataDir string
	// Relays is the number of relays (DefaultRelays when 0).
	Relays int
	// RelayFeeGwei is what each relay asks per paid message (its NIP-11
	// terms); DefaultRelayFeeGwei when 0, none when negative.
	RelayFeeGwei int64
	// ChainPort and RelayPorts fix the ports of a new devnet (0: any free
	// port); a persisted devnet reuses the ports it had.
	ChainPort  int
	RelayPorts []int
	Logger     *slog.Logger
}

// Relay is one relay of the devnet.
type Relay struct {
	Name    string
	URL     string // ws://127.0.0.1:<port>
	Payout  common.Address
	FeeGwei uint64

	relay *relay.Relay
	srv   *http.Server
	done  chan struct{} // closed when the follower stopped
}

// Devnet is a running chain with BMail deployed and its relays.
type Devnet struct {
	Chain      *devchain.Chain
	Deployment contracts.Deployment
	Relays     []*Relay
	// Redeployed is set when a persisted devnet found no contract on its
	// chain and deployed a new one.
	Redeployed bool

	dir     string
	tempDir bool
	stop    context.CancelFunc
	once    sync.Once
}

// state is what a persisted devnet remembers.
type state struct {
	ChainID    uint64   `json:"chain_id"`
	Contract   string   `json:"contract"`
	ChainPort  int      `json:"chain_port"`
	RelayPorts []int    `json:"relay_ports"`
	RelayNames []string `json:"relay_names"`
}

// Start starts the chain, finds or deploys the contract, and starts the
// relays. Close stops everything.
func Start(ctx context.Context, o Options) (_ *Devnet, err error) {
	if o.Relays <= 0 {
		o.Relays = DefaultRelays
	}
	if o.RelayFeeGwei == 0 {
		o.RelayFeeGwei = DefaultRelayFeeGwei
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	d := &Devnet{dir: o.DataDir}
	if d.dir == "" {
		if d.dir, err = os.MkdirTemp("", "bmail-devnet-"); err != nil {
			return nil, err
		}
		d.tempDir = true
	} else if err := os.MkdirAll(d.dir, 0o700); err != nil {
		return nil, fmt.Errorf("devnet: data directory: %w", err)
	}
	defer func() {
		if err != nil {
			d.Close()
		}
	}()
	st, err := d.loadState()
	if err != nil {
		return nil, err
	}
	if st.ChainPort == 0 {
		st.ChainPort = o.ChainPort
	}
	cc := devchain.Config{Port: st.ChainPort}
	if !d.tempDir {
		cc.DataDir = filepath.Join(d.dir, "chain")
		if cc.DevKey, err = loadDevKey(d.dir, true); err != nil {
			return nil, err
		}
	}
	if d.Chain, err = devchain.Start(ctx, cc); err != nil {
		return nil, portHint(err, st.ChainPort)
	}
	st.ChainID = d.Chain.ChainID().Uint64()
	if st.ChainPort, err = portOf(d.Chain.RPCURL()); err != nil {
		return nil, err
	}
	if err := d.contract(ctx, &st); err != nil {
		return nil, err
	}
	rctx, stop := context.WithCancel(context.Background())
	d.stop = stop
	for i := 0; i < max(o.Relays, len(st.RelayPorts)); i++ {
		port := 0
		if i < len(st.RelayPorts) {
			port = st.RelayPorts[i]
		} else if i < len(o.RelayPorts) {
			port = o.RelayPorts[i]
		}
		r, err := d.startRelay(rctx, i, port, uint64(max(o.RelayFeeGwei, 0)), o.Logger)
		if err != nil {
			return nil, err
		}
		d.Relays = append(d.Relays, r)
	}
	st.RelayPorts, st.RelayNames = nil, nil
	for _, r := range d.Relays {
		p, _ := portOf(r.URL)
		st.RelayPorts, st.RelayNames = append(st.RelayPorts, p), append(st.RelayNames, r.Name)
	}
	if !d.tempDir {
		if err := d.saveState(st); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// contract finds the recorded contract on the chain, or deploys one from
// the dev key.
func (d *Devnet) contract(ctx context.Context, st *state) error {
	ec := d.Chain.Client()
	if st.Contract != "" && common.IsHexAddress(st.Contract) {
		addr := common.HexToAddress(st.Contract)
		p, n, err := contracts.CheckDeployment(ctx, ec, addr)
		if err == nil {
			d.Deployment = contracts.Deployment{Address: addr, ChainID: st.ChainID, Deployer: d.Chain.DevAddress(), Personal: p, Newsletter: n}
			return nil
		}
		if !errors.Is(err, contracts.ErrNotDeployed) {
			return err
		}
		d.Redeployed = true
	}
	dep, err := contracts.Deploy(ctx, ec, d.Chain.DevKey(), contracts.DeployOptions{ChainID: st.ChainID, Poll: deployPoll})
	if err != nil {
		return fmt.Errorf("devnet: deploy BMail: %w", err)
	}
	d.Deployment, st.Contract = *dep, dep.Address.Hex()
	return nil
}

// RelayKey is the devnet relay i's payout key. It is public (derived from
// a fixed label): devnet money is not money.
func RelayKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(relayKeyLabel + strconv.Itoa(i))))
	if err != nil {
		panic(err)
	}
	return k
}

func relayName(i int) string { return "devnet relay " + string(rune('A'+i%26)) }

func (d *Devnet) startRelay(ctx context.Context, i, port int, fee uint64, log *slog.Logger) (*Relay, error) {
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		return nil, portHint(err, port)
	}
	dir := filepath.Join(d.dir, fmt.Sprintf("relay-%c", 'a'+i%26))
	if err := os.MkdirAll(dir, 0o700); err != nil {
		ln.Close()
		return nil, err
	}
	r := &Relay{Name: relayName(i), URL: "ws://" + ln.Addr().String(), Payout: crypto.PubkeyToAddress(RelayKey(i).PublicKey),
		FeeGwei: fee, done: make(chan struct{})}
	cfg := relay.Config{PublicURL: r.URL,
		Info: relay.Info{Name: r.Name, Description: "a relay of the local b-mail dev network (DEVNET)"},
		Terms: relay.Terms{PayoutAddress: r.Payout.Hex(), ChainID: d.Deployment.ChainID, Contract: d.Deployment.Address.Hex(),
			RelayFeeGwei: fee},
		MsgIDs: envelope.MsgIDsFromEventContent,
		Logger: log.With("relay", r.Name)}
	cfg.Store.Path = filepath.Join(dir, "relay.db")
	if r.relay, err = relay.New(ctx, cfg); err != nil {
		ln.Close()
		return nil, err
	}
	policies.ApplyDefaults(r.relay, policies.DefaultLimits)
	r.srv = &http.Server{Handler: r.relay, ReadHeaderTimeout: 10 * time.Second}
	go r.srv.Serve(ln)
	f := relaychain.New(d.Chain.Client(), r.relay.Store(), relaychain.Config{Contract: d.Deployment.Address, UseSafeHead: true,
		PollInterval: followPoll, Logger: cfg.Logger})
	go func() { defer close(r.done); f.Run(ctx) }()
	return r, nil
}

// RPCURL is the chain's JSON-RPC endpoint (HTTP; WebSocket on the same
// port at Chain.WSURL).
func (d *Devnet) RPCURL() string { return d.Chain.RPCURL() }

// ChainID is the chain id.
func (d *Devnet) ChainID() uint64 { return d.Deployment.ChainID }

// Contract is the BMail contract's address.
func (d *Devnet) Contract() common.Address { return d.Deployment.Address }

// RelayURLs are the relays' URLs, in order.
func (d *Devnet) RelayURLs() []string {
	out := make([]string, len(d.Relays))
	for i, r := range d.Relays {
		out[i] = r.URL
	}
	return out
}

// Record is what a dev profile's client needs to reach this devnet (the
// devnet file `bmail devnet` writes into the profile's home).
func (d *Devnet) Record() config.Devnet {
	return config.Devnet{RPCURL: d.RPCURL(), ChainID: d.ChainID(), Contract: d.Contract().Hex(), Relays: d.RelayURLs()}
}

// Config is a complete client configuration for a data directory on this
// devnet: a dev profile (DEVNET), the chain with safe-head finality, every
// relay, and quick polls.
func (d *Devnet) Config(home string) config.Config {
	c := config.Default()
	c.Home, c.Dev = home, true
	c.Chain.RPCURL, c.Chain.ChainID, c.Chain.Contract = d.RPCURL(), d.ChainID(), d.Contract().Hex()
	c.Chain.PollInterval = config.Duration(50 * time.Millisecond)
	c.Relays = d.RelayURLs()
	return c
}

// Fund sends wei to addr from the dev key and waits until addr can spend
// it (devchain.Chain.Fund).
func (d *Devnet) Fund(ctx context.Context, addr common.Address, wei *big.Int) error {
	_, err := d.Chain.Fund(ctx, addr, wei)
	return err
}

// Dir is the devnet's data directory (temporary for an ephemeral one).
func (d *Devnet) Dir() string { return d.dir }

// Close stops the relays and the chain and, for an ephemeral devnet,
// removes its directory. It is idempotent.
func (d *Devnet) Close() error {
	var errs []error
	d.once.Do(func() {
		if d.stop != nil {
			d.stop()
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		for _, r := range d.Relays {
			<-r.done
			r.srv.Shutdown(ctx)
			if err := r.relay.Close(ctx); err != nil {
				errs = append(errs, err)
			}
		}
		if d.Chain != nil {
			errs = append(errs, d.Chain.Close())
		}
		if d.tempDir {
			errs = append(errs, os.RemoveAll(d.dir))
		}
	})
	return errors.Join(errs...)
}

func (d *Devnet) loadState() (state, error) {
	var st state
	if d.tempDir {
		return st, nil
	}
	data, err := os.ReadFile(filepath.Join(d.dir, StateFile))
	if errors.Is(err, os.ErrNotExist) {
		return st, nil
	}
	if err != nil {
		return st, err
	}
	if err := json.Unmarshal(data, &st); err != nil {
		return st, fmt.Errorf("devnet: %s: %w", filepath.Join(d.dir, StateFile), err)
	}
	return st, nil
}

func (d *Devnet) saveState(st state) error {
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(d.dir, StateFile), append(data, '\n'), 0o600)
}

func portOf(rawURL string) (int, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return 0, err
	}
	return strconv.Atoi(u.Port())
}

func portHint(err error, port int) error {
	if port == 0 {
		return err
	}
	return fmt.Errorf("%w: 127.0.0.1:%d (%w); stop what uses it, or move the devnet's data directory away to start a new one", ErrPortTaken, port, err)
}
