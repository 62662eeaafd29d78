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
	m, report, err := newIdentity(ctx, env, &c.bundle, 0, func() (*identity.Mnemonic, error) {
		return identity.NewMnemonic()
	})
	if err != nil {
		return err
	}
	if c.json {
		return printJSON(env.Stdout(), struct {
			Mnemonic string `json:"mnemonic"`
			*identityReport
		}{m.Phrase(), report})
	}
	banner(env.Stdout(), env.isDev())
	printWords(env.Stdout(), m)
	fmt.Fprintln(env.Stdout())
	report.print(env.Stdout(), env.Now())
	return nil
}

// newIdentity is what init and restore share: check the bundle flags and
// that the data directory has no identity, settle where the passphrase
// comes from, get the words, ask for the passphrase, then derive the keys
// at index, sign the bundle and write bundle and keystore. Nothing is
// written before every input has been read and checked.
func newIdentity(ctx context.Context, env *Env, bf *bundleFlags, index uint32,
	words func() (*identity.Mnemonic, error)) (*identity.Mnemonic, *identityReport, error) {
	params, err := bf.params(env.Now())
	if err != nil {
		return nil, nil, err
	}
	if err := env.refuseExisting(); err != nil {
		return nil, nil, err
	}
	// Settle the passphrase source before words are read from stdin.
	src, err := env.passphraseSource(ctx)
	if err != nil {
		return nil, nil, err
	}
	m, err := words()
	if err != nil {
		return nil, nil, err
	}
	pass, err := env.newPassphrase(src)
	if err != nil {
		return nil, nil, err
	}
	defer clear(pass)
	id, err := identity.FromMnemonic(m, index)
	if err != nil {
		return nil, nil, err
	}
	b, err := id.NewSignedBundle(params)
	if err != nil {
		return nil, nil, err
	}
	ks, err := identity.NewKeystore(m, index, pass, env.main.KDFParams)
	if err != nil {
		return nil, nil, err
	}
	if err := env.saveIdentity(ks, b); err != nil {
		return nil, nil, err
	}
	home, _ := env.Home()
	return m, newIdentityReport(b, home), nil
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
