package devchain

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// Defaults for a Config left at its zero value.
const (
	// DefaultChainID is the chain id of a dev chain, as for geth --dev.
	DefaultChainID = 1337
	// DefaultGasLimit is the block gas limit, mainnet's since 2025.
	DefaultGasLimit = 60_000_000
)

var (
	// DefaultAccountBalance is what each Config.Accounts entry is funded with:
	// 1,000 ether.
	DefaultAccountBalance = new(big.Int).Mul(big.NewInt(1_000), big.NewInt(params.Ether))

	// DevBalance is the dev key's balance at genesis: 10^9 ether, enough to
	// fund any number of test accounts, small enough that no uint128
	// arithmetic on balances overflows.
	DevBalance = new(big.Int).Mul(big.NewInt(1_000_000_000), big.NewInt(params.Ether))
)

// ChainConfig returns the dev chain's rules: mainnet's rules as of Osaka,
// every fork up to and including Osaka active from genesis, plus mainnet's
// blob-parameter-only forks BPO1 and BPO2 (they change blob limits only), and
// nothing later: no Amsterdam, no Bogota. Gas used by any transaction is
// therefore what mainnet charges.
//
// go-ethereum's own dev rules (params.AllDevChainProtocolChanges, used by
// geth --dev and ethclient/simulated) also switch on Bogota, which prices
// state access with the Amsterdam instruction set; use this config instead
// wherever gas numbers matter.
func ChainConfig(chainID uint64) *params.ChainConfig {
	zero := uint64(0)
	blocks := big.NewInt(0)
	mainnetBlobs := params.MainnetChainConfig.BlobScheduleConfig
	return &params.ChainConfig{
		ChainID:                 new(big.Int).SetUint64(chainID),
		HomesteadBlock:          blocks,
		EIP150Block:             blocks,
		EIP155Block:             blocks,
		EIP158Block:             blocks,
		ByzantiumBlock:          blocks,
		ConstantinopleBlock:     blocks,
		PetersburgBlock:         blocks,
		IstanbulBlock:           blocks,
		MuirGlacierBlock:        blocks,
		BerlinBlock:             blocks,
		LondonBlock:             blocks,
		ArrowGlacierBlock:       blocks,
		GrayGlacierBlock:        blocks,
		TerminalTotalDifficulty: big.NewInt(0),
		ShanghaiTime:            &zero,
		CancunTime:              &zero,
		PragueTime:              &zero,
		OsakaTime:               &zero,
		BPO1Time:                &zero,
		BPO2Time:                &zero,
		BlobScheduleConfig: &params.BlobScheduleConfig{
			Cancun: mainnetBlobs.Cancun,
			Prague: mainnetBlobs.Prague,
			BPO1:   mainnetBlobs.BPO1,
			BPO2:   mainnetBlobs.BPO2,
		},
	}
}

// Genesis returns the genesis of a dev chain with ChainConfig(chainID): the
// system contracts the active forks call into, and alloc on top of them.
// Difficulty is zero and the chain is proof-of-stake from block 0, as
// geth --dev requires of a pre-initialised data directory.
func Genesis(chainID uint64, gasLimit uint64, alloc types.GenesisAlloc) *core.Genesis {
	config := ChainConfig(chainID)
	accounts := make(types.GenesisAlloc, len(alloc)+4)
	active := config.ActiveSystemContracts(0)
	for addr, account := range core.SystemContractAllocs() {
		for _, activeAddr := range active {
			if addr == activeAddr {
				accounts[addr] = account
			}
		}
	}
	for addr, account := range alloc {
		accounts[addr] = account
	}
	return &core.Genesis{
		Config:     config,
		GasLimit:   gasLimit,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: big.NewInt(0),
		Alloc:      accounts,
		ExtraData:  []byte{},
		Coinbase:   common.Address{},
	}
}

// SimulatedOsaka is an option for ethclient/simulated.NewBackend that
// replaces go-ethereum's dev rules with ChainConfig(DefaultChainID), so that
// unit tests on the simulated backend measure mainnet's gas:
//
//	backend := simulated.NewBackend(alloc, devchain.SimulatedOsaka)
//
// The simulated backend's chain id is always DefaultChainID.
func SimulatedOsaka(_ *node.Config, eth *ethconfig.Config) {
	eth.Genesis.Config = ChainConfig(DefaultChainID)
}
