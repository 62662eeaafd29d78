package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/bmail-network/bmail/client/envelope"
	"github.com/bmail-network/bmail/relay"
	"github.com/bmail-network/bmail/relay/batcher"
	"github.com/bmail-network/bmail/relay/chain"
	"github.com/bmail-network/bmail/relay/config"
	"github.com/bmail-network/bmail/relay/policies"
	"github.com/bmail-network/bmail/relay/wire"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// ShutdownTimeout bounds the graceful drain on SIGINT/SIGTERM.
const ShutdownTimeout = 30 * time.Second

// ServeCommand runs the relay.
type ServeCommand struct{ m *Main }

// Run serves until a signal.
func (c *ServeCommand) Run(ctx context.Context, args []string) error {
	cfg, err := config.Load(args, c.m.Getenv)
	if err != nil {
		return err
	}
	lvl, _ := cfg.Level()
	var level slog.LevelVar
	level.Set(lvl)
	log := slog.New(slog.NewTextHandler(c.m.Stderr, &slog.HandlerOptions{Level: &level}))
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return err
	}
	if cfg.PublicURL == "ws://"+cfg.Listen { // defaulted: name the port actually bound
		cfg.PublicURL = "ws://" + ln.Addr().String()
	}
	// The chain and the operator key come first: the terms name the key.
	var ec *ethclient.Client
	var chainID *big.Int
	var opKey *ecdsa.PrivateKey
	if cfg.Chain.RPCURL != "" {
		if ec, err = ethclient.DialContext(ctx, cfg.Chain.RPCURL); err != nil {
			ln.Close()
			return fmt.Errorf("chain: %w", err)
		}
		defer ec.Close()
	}
	if cfg.Batcher.Enabled {
		if opKey, err = unlockOperator(c.m, cfg); err != nil {
			ln.Close()
			return err
		}
		if chainID, err = chainIDOf(ctx, cfg, ec); err != nil {
			ln.Close()
			return err
		}
	}
	terms, err := effectiveTerms(cfg, opKey, chainID)
	if err != nil {
		ln.Close()
		return err
	}
	rc := cfg.RelayConfig()
	rc.Terms = terms
	rc.Logger = log
	rc.MsgIDs = envelope.MsgIDsFromEventContent // the header hook (SPEC.md §4.1, §6.1)
	r, err := relay.New(ctx, rc)
	if err != nil {
		ln.Close()
		return err
	}
	pol := policies.ApplyDefaults(r, cfg.Limits)
	srv := &http.Server{Handler: r, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)

	metricsAddr := ""
	var msrv *http.Server
	if cfg.MetricsListen != "" {
		mln, err := net.Listen("tcp", cfg.MetricsListen)
		if err != nil {
			return err
		}
		metricsAddr = mln.Addr().String()
		mux := http.NewServeMux()
		mux.Handle("/metrics", r.Metrics)
		mux.HandleFunc("/healthz", func(w http.ResponseWriter, req *http.Request) {
			if _, _, err := r.Store().Has(req.Context(), [32]byte{}); err != nil {
				http.Error(w, "store: "+err.Error(), http.StatusServiceUnavailable)
				return
			}
			fmt.Fprintln(w, "ok")
		})
		msrv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
		go msrv.Serve(mln)
	}

	fctx, stopFollower := context.WithCancel(ctx)
	defer stopFollower()
	batcherDone := make(chan struct{})
	var bat *batcher.Batcher
	if cfg.Batcher.Enabled {
		bc := cfg.BatcherConfig(chainID)
		bc.Key, bc.Logger = opKey, log
		b, err := batcher.New(r.Store(), ec, bc)
		if err != nil {
			r.Close(context.Background())
			return err
		}
		bat = b
		r.SetOrderIntake(b)
		r.Metrics.AddCollector(b.WriteMetrics)
		go func() { b.Run(fctx); close(batcherDone) }()
		log.Info("settlement batcher running", "order_address", b.Address(), "relay_fee_gwei", terms.RelayFeeGwei,
			"batch_size", bc.BatchSize, "max_batch_age", bc.MaxBatchAge)
	} else {
		close(batcherDone)
	}
	if cfg.Chain.RPCURL != "" {
		f := chain.New(ec, r.Store(), chain.Config{
			Contract: common.HexToAddress(cfg.Chain.Contract), Depth: cfg.Chain.Depth, UseSafeHead: cfg.Chain.UseSafeHead,
			StartBlock: cfg.Chain.StartBlock, MaxRange: cfg.Chain.MaxRange, Logger: log,
			OnMarked: func(n int) { r.Metrics.PaidMarked.Add(int64(n)) },
		})
		go f.Run(fctx)
	}

	fmt.Fprintf(c.m.Stdout, "bmail-relay: serving %s on %s metrics %s secp256k1 %s\n",
		cfg.PublicURL, ln.Addr(), metricsAddr, wire.Backend())
	log.Info("relay started", "public_url", cfg.PublicURL, "listen", ln.Addr().String(), "data_dir", cfg.DataDir,
		"metrics", metricsAddr, "secp256k1", wire.Backend())

	sig := make(chan os.Signal, 4)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sig)
	for {
		select {
		case <-ctx.Done():
		case s := <-sig:
			if s == syscall.SIGHUP {
				if t, ok := c.reload(args, cfg, r, pol, &level, log, opKey, chainID); ok && bat != nil {
					bat.SetMinRelayFee(t.RelayFeeGwei)
				}
				continue
			}
			log.Info("shutting down", "signal", s.String())
		}
		break
	}
	stopFollower()
	<-batcherDone
	sctx, cancel := context.WithTimeout(context.Background(), ShutdownTimeout)
	defer cancel()
	srv.Shutdown(sctx)
	if msrv != nil {
		msrv.Shutdown(sctx)
	}
	if err := r.Close(sctx); err != nil && !errors.Is(err, context.Canceled) {
		return fmt.Errorf("shutdown: %w", err)
	}
	log.Info("stopped")
	return nil
}

// reload re-reads the configuration and applies what is safe to apply live.
func (c *ServeCommand) reload(args []string, old config.Config, r *relay.Relay, pol *policies.Set, level *slog.LevelVar,
	log *slog.Logger, opKey *ecdsa.PrivateKey, chainID *big.Int) (relay.Terms, bool) {
	cfg, err := config.Load(args, c.m.Getenv)
	if err != nil {
		log.Error("reload refused: keeping the running settings", "err", err)
		return relay.Terms{}, false
	}
	terms, err := effectiveTerms(cfg, opKey, chainID)
	if err != nil {
		log.Error("reload refused: keeping the running settings", "err", err)
		return relay.Terms{}, false
	}
	r.SetTerms(cfg.Info, terms)
	pol.Reload(cfg.Limits)
	if l, err := cfg.Level(); err == nil {
		level.Set(l)
	}
	cfg.PublicURL = old.PublicURL
	if d := config.Diff(old, cfg); len(d) > 0 {
		log.Warn("reload: these settings need a restart to change", "settings", d)
	}
	log.Info("reloaded", "applied", config.Reloadable)
	return terms, true
}

// effectiveTerms are the NIP-11 terms with what the relay knows filled in:
// the order-submitting address is the operator key's (a different
// configured one is an error: orders naming it could never settle here),
// and the chain id and contract come from the chain settings.
func effectiveTerms(cfg config.Config, opKey *ecdsa.PrivateKey, chainID *big.Int) (relay.Terms, error) {
	t := cfg.Terms
	if opKey != nil {
		op := crypto.PubkeyToAddress(opKey.PublicKey)
		if t.OrderAddress != "" && common.HexToAddress(t.OrderAddress) != op {
			return t, fmt.Errorf("terms.order_address %s is not the operator key's address %s", t.OrderAddress, op.Hex())
		}
		t.OrderAddress = op.Hex()
	}
	if t.ChainID == 0 && chainID != nil {
		t.ChainID = chainID.Uint64()
	}
	if t.Contract == "" && cfg.Chain.Contract != "" {
		t.Contract = common.HexToAddress(cfg.Chain.Contract).Hex()
	}
	return t, nil
}

// chainIDOf is the configured chain id, checked against the node's.
func chainIDOf(ctx context.Context, cfg config.Config, ec *ethclient.Client) (*big.Int, error) {
	id, err := ec.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	if cfg.Chain.ChainID != 0 && id.Uint64() != cfg.Chain.ChainID {
		return nil, fmt.Errorf("chain.chain_id %d, but the node at chain.rpc_url is on chain %d", cfg.Chain.ChainID, id)
	}
	return id, nil
}
