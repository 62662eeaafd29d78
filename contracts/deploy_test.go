package contracts_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/bmail-network/bmail/contracts"
	"github.com/bmail-network/bmail/contracts/devchain"
	"github.com/bmail-network/bmail/pricing"
)

// TestDeploy deploys BMail on the embedded dev chain over JSON-RPC, as
// `bmail deploy` does on a real network, and checks what CheckDeployment
// tells apart.
func TestDeploy(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	key, _ := crypto.GenerateKey()
	// Funded in the genesis: a transfer just mined may not be spendable yet
	// (the transaction pool catches up with a new head asynchronously).
	chain, err := devchain.Start(ctx, devchain.Config{Accounts: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ec := chain.Client()

	if _, err := contracts.Deploy(ctx, ec, key, contracts.DeployOptions{ChainID: 5}); !errors.Is(err, contracts.ErrChainMismatch) {
		t.Fatalf("wrong chain id: %v", err)
	}

	// Something else seals blocks on top, so confirmations can be reached.
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				chain.Commit(ctx)
			}
		}
	}()
	d, err := contracts.Deploy(ctx, ec, key, contracts.DeployOptions{ChainID: devchain.DefaultChainID, Confirmations: 2, Poll: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if d.Personal != pricing.PersonalID || d.Newsletter != pricing.NewsletterID || d.Deployer != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("deployment %+v", d)
	}
	head, err := ec.BlockNumber(ctx)
	if err != nil || head < d.Block+2 {
		t.Fatalf("returned at head %d, deployed in %d (%v)", head, d.Block, err)
	}
	if want := crypto.CreateAddress(d.Deployer, 0); d.Address != want {
		t.Fatalf("address %s, want %s", d.Address, want)
	}

	// CheckDeployment: the right contract passes; an account without code
	// and a contract without the presets do not.
	if _, _, err := contracts.CheckDeployment(ctx, ec, d.Address); err != nil {
		t.Fatal(err)
	}
	if _, _, err := contracts.CheckDeployment(ctx, ec, common.HexToAddress("0x1234")); !errors.Is(err, contracts.ErrNotDeployed) {
		t.Fatalf("empty address: %v", err)
	}
	// The precompile at 0x04 (identity) has no code, so use a deployed
	// contract that answers nothing useful: the dev chain's beacon roots
	// system contract (EIP-4788) holds code and reverts on our calls.
	beaconRoots := common.HexToAddress("0x000F3df6D732807Ef1319fB7B8bB8522d0Beac02")
	if _, _, err := contracts.CheckDeployment(ctx, ec, beaconRoots); !errors.Is(err, contracts.ErrWrongPresets) {
		t.Fatalf("another contract: %v", err)
	}
}
