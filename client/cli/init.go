package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/bmail-network/bmail/client/identity"
)

type initCmd struct {
	bundle bundleFlags
	json   bool
}

var initCommand = &Command{
	Name:    "init",
	Summary: "create a new identity: 24 recovery words, keys, keystore and key bundle",
	Usage:   "[--relay URL]... [--network ID]... [--expires DURATION] [--json]",
	Help: `
Creates a new b-mail identity in the data directory: a fresh 24-word
recovery phrase, the account key and mail keys derived from it, a keystore
file encrypted under a passphrase you choose, and a signed key bundle.

The recovery words are shown once. Write them down on paper, in order, and
keep them safe: they are the only way back to the account and its mail if
the keystore or its passphrase is lost, and anyone who has them controls
both.

The passphrase is asked twice on the terminal, or taken from
--passphrase-file or BMAIL_PASSPHRASE (for scripts). init refuses to
overwrite an existing identity.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &initCmd{}
		c.bundle.register(fs)
		fs.BoolVar(&c.json, "json", false, "print the result (including the words) as JSON")
		return c
	},
}

func (c *initCmd) Run(ctx context.Context, env *Env, args []string) error {
	params, err := c.bundle.params(env.Now())
	if err != nil {
		return err
	}
	if err := env.refuseExisting(); err != nil {
		return err
	}
	src, err := env.passphraseSource(ctx)
	if err != nil {
		return err
	}
	pass, err := env.newPassphrase(src)
	if err != nil {
		return err
	}
	defer clear(pass)
	m, err := identity.NewMnemonic()
	if err != nil {
		return err
	}
	b, err := createIdentity(env, m, 0, pass, params)
	if err != nil {
		return err
	}
	home, _ := env.Home()
	report := newIdentityReport(b, home)
	if c.json {
		return printJSON(env.Stdout(), struct {
			Mnemonic string `json:"mnemonic"`
			*identityReport
		}{m.Phrase(), report})
	}
	printWords(env.Stdout(), m)
	fmt.Fprintln(env.Stdout())
	report.print(env.Stdout(), env.Now())
	return nil
}

// createIdentity derives the identity of m at index, signs its bundle and
// writes bundle and keystore to the data directory.
func createIdentity(env *Env, m *identity.Mnemonic, index uint32, pass []byte, params identity.BundleParams) (*identity.Bundle, error) {
	id, err := identity.FromMnemonic(m, index)
	if err != nil {
		return nil, err
	}
	b, err := id.NewSignedBundle(params)
	if err != nil {
		return nil, err
	}
	ks, err := identity.NewKeystore(m, index, pass, env.main.KDFParams)
	if err != nil {
		return nil, err
	}
	if err := env.saveIdentity(ks, b); err != nil {
		return nil, err
	}
	return b, nil
}

// printWords shows the recovery phrase in numbered columns between
// warnings.
func printWords(w io.Writer, m *identity.Mnemonic) {
	words := m.Words()
	fmt.Fprintf(w, `Your recovery phrase (%d words). Write it down on paper, in this order,
and keep it somewhere safe. It is shown only this once.

`, len(words))
	rows := (len(words) + 3) / 4
	for r := 0; r < rows; r++ {
		var line strings.Builder
		for c := 0; c < 4; c++ {
			i := c*rows + r
			if i < len(words) {
				fmt.Fprintf(&line, "  %2d. %-10s", i+1, words[i])
			}
		}
		fmt.Fprintln(w, strings.TrimRight(line.String(), " "))
	}
	fmt.Fprint(w, `
Anyone with these words controls your account, its funds and all your mail.
Never type them into a website or a wallet app: to use the account in a
wallet, run `+"`bmail export-account-key`"+` instead.
`)
}
