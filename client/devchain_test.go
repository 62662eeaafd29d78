package client_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/params"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/contracts/devchain"
	"github.com/bmail-network/bmail/relay/relaytest"
)

// TestOnEmbeddedDevChain runs register → send → sync against the embedded
// dev chain (a real go-ethereum node that mines on demand, safe head =
// head) over its JSON-RPC endpoint, as `bmail devnet` and the demo do:
// nothing here is simulated.
func TestOnEmbeddedDevChain(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a go-ethereum node")
	}
	ctx := ctxT(t)
	chain, err := devchain.Start(ctx, devchain.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	dep, err := contracts.Deploy(ctx, chain.Client(), chain.DevKey(), contracts.DeployOptions{Poll: 20e6})
	if err != nil {
		t.Fatal(err)
	}
	relays := []string{relaytest.Start(t, nil).URL, relaytest.Start(t, nil).URL}
	open := func(name string) *client.Client {
		_, id := newIdentity(t)
		if _, err := chain.Fund(ctx, id.Address, new(big.Int).Mul(big.NewInt(1), big.NewInt(params.Ether))); err != nil {
			t.Fatal(err)
		}
		cfg := config.Default()
		cfg.Home, cfg.Profile, cfg.Dev = t.TempDir(), "dev", true
		cfg.Chain = config.Chain{RPCURL: chain.RPCURL(), ChainID: dep.ChainID, Contract: dep.Address.Hex(), ReorgDepth: 16,
			PollInterval: config.Duration(20e6)}
		cfg.Relays = relays
		c, err := client.Open(ctx, cfg, client.Options{Identity: id})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		if err := c.Deposit(ctx, 1_000_000); err != nil {
			t.Fatal(err)
		}
		if _, err := c.Register(ctx, client.RegisterOptions{}); err != nil {
			t.Fatal(err)
		}
		return c
	}
	alice, bob := open("alice"), open("bob")
	if alice.Label() != config.DevLabel {
		t.Fatalf("label %q", alice.Label())
	}
	st := send(t, ctx, alice, "over JSON-RPC", "on the embedded dev chain", bob)
	syncShown(t, ctx, bob)
	in := must[[]client.Message](t)(bob.Inbox(ctx))
	if len(in) != 1 || in[0].Fee != st.Recipients[0].Fee {
		t.Fatalf("inbox %+v", in)
	}
	if w := must[*client.Wallet](t)(bob.Wallet(ctx)); !w.Dev || w.Label != config.DevLabel {
		t.Fatalf("wallet not marked DEVNET: %+v", w)
	}
}
