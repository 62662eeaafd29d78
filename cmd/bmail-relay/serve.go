package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/bmail-network/bmail/client/envelope"
	"github.com/bmail-network/bmail/relay"
	"github.com/bmail-network/bmail/relay/chain"
	"github.com/bmail-network/bmail/relay/config"
	"github.com/bmail-network/bmail/relay/policies"
	"github.com/bmail-network/bmail/relay/wire"
	"github.com/ethereum/go-ethereum/common"
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
	rc := cfg.RelayConfig()
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
	if cfg.Chain.RPCURL != "" {
		ec, err := ethclient.DialContext(ctx, cfg.Chain.RPCURL)
		if err != nil {
			return fmt.Errorf("chain: %w", err)
		}
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
				c.reload(args, cfg, r, pol, &level, log)
				continue
			}
			log.Info("shutting down", "signal", s.String())
		}
		break
	}
	stopFollower()
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
func (c *ServeCommand) reload(args []string, old config.Config, r *relay.Relay, pol *policies.Set, level *slog.LevelVar, log *slog.Logger) {
	cfg, err := config.Load(args, c.m.Getenv)
	if err != nil {
		log.Error("reload refused: keeping the running settings", "err", err)
		return
	}
	r.SetTerms(cfg.Info, cfg.Terms)
	pol.Reload(cfg.Limits)
	if l, err := cfg.Level(); err == nil {
		level.Set(l)
	}
	cfg.PublicURL = old.PublicURL
	if d := config.Diff(old, cfg); len(d) > 0 {
		log.Warn("reload: these settings need a restart to change", "settings", d)
	}
	log.Info("reloaded", "applied", config.Reloadable)
}
