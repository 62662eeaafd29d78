package cli

import (
	"context"
	"encoding/hex"
	"flag"
	"fmt"

	"github.com/ethereum/go-ethereum/crypto"
)

type exportAccountKeyCmd struct{}

var exportAccountKeyCommand = &Command{
	Name:    "export-account-key",
	Summary: "print the account's private key, to import it into a wallet",
	Usage:   "",
	Help: `
Prints the private key of the account (secp256k1, m/44'/60'/0'/0/0) as 64
hex digits on standard output, for a wallet's "import private key". The
warning goes to standard error, so
  bmail export-account-key > key.txt
writes only the key.

Never type your recovery words into a wallet instead: the words also yield
your mail keys, so anything holding them can read all your mail.`,
	New: func(*flag.FlagSet) Runner { return exportAccountKeyCmd{} },
}

func (exportAccountKeyCmd) Run(ctx context.Context, env *Env, args []string) error {
	id, err := env.OpenIdentity(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr(), `WARNING: below is the private key of account %s.
Anyone who sees it can spend the account's funds and act as you on chain.
Import it into a wallet, then clear your screen and shell history.
NEVER type your recovery words into a wallet: they also yield your mail
keys, so a wallet holding them could read all your mail.

`, id.Address.Hex())
	key := crypto.FromECDSA(id.AccountKey)
	defer clear(key)
	fmt.Fprintln(env.Stdout(), hex.EncodeToString(key))
	return nil
}
