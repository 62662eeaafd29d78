package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/bmail-network/bmail/client/identity"
)

// maxWordsInput bounds the recovery words read from stdin.
const maxWordsInput = 4096

type restoreCmd struct {
	bundle   bundleFlags
	keyIndex uint
	json     bool
}

var restoreCommand = &Command{
	Name:    "restore",
	Summary: "bring back an identity from its 12 or 24 recovery words",
	Usage:   "[--key-index N] [--relay URL]... [--network ID]... [--expires DURATION] [--json]",
	Help: `
Rebuilds an identity from its recovery words: the same account and, at the
same key index, the same mail keys. The words are read without echo on the
terminal, or from standard input when it is not a terminal (then the new
passphrase must come from --passphrase-file or BMAIL_PASSPHRASE).

Words may be typed in any case, with any spacing, and abbreviated to their
first four letters. A 12-word phrase from an Ethereum wallet works and opens
the same account (m/44'/60'/0'/0/0).

If the identity had rotated its mail keys, pass the last --key-index it used.
A new key bundle is signed with the given relays and networks.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &restoreCmd{}
		c.bundle.register(fs)
		fs.UintVar(&c.keyIndex, "key-index", 0, "key index to restore at (rotations so far)")
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

func (c *restoreCmd) Run(ctx context.Context, env *Env, args []string) error {
	if c.keyIndex > 1<<32-1 {
		return usageErrorf("", "--key-index %d is out of range", c.keyIndex)
	}
	_, report, err := newIdentity(ctx, env, &c.bundle, uint32(c.keyIndex), func() (*identity.Mnemonic, error) {
		return readMnemonic(ctx, env)
	})
	if err != nil {
		return err
	}
	if c.json {
		return printJSON(env.Stdout(), report)
	}
	fmt.Fprintln(env.Stdout(), "Identity restored.")
	fmt.Fprintln(env.Stdout())
	banner(env.Stdout(), env.isDev())
	report.print(env.Stdout(), env.Now())
	return nil
}

// readMnemonic reads the recovery words from the terminal (no echo, three
// tries) or from stdin.
func readMnemonic(ctx context.Context, env *Env) (*identity.Mnemonic, error) {
	if t := env.Terminal(); t != nil {
		for try := 1; ; try++ {
			line, err := t.ReadSecret(ctx, "Recovery words (12 or 24; input is hidden): ")
			if err != nil {
				return nil, err
			}
			m, err := identity.ParseMnemonic(string(line))
			clear(line)
			if err == nil {
				return m, nil
			}
			if try == 3 {
				return nil, mnemonicError(err)
			}
			fmt.Fprintf(env.Stderr(), "bmail: %v; try again\n", err)
		}
	}
	data, err := io.ReadAll(io.LimitReader(env.Stdin(), maxWordsInput+1))
	if err != nil {
		return nil, fmt.Errorf("reading recovery words: %w", err)
	}
	if len(data) > maxWordsInput {
		return nil, fmt.Errorf("standard input is longer than %d bytes; expected 12 or 24 words", maxWordsInput)
	}
	m, err := identity.ParseMnemonic(string(data))
	clear(data)
	if err != nil {
		return nil, mnemonicError(err)
	}
	return m, nil
}

func mnemonicError(err error) error {
	switch {
	case errors.Is(err, identity.ErrChecksum):
		return withHint(err, "check each word against your paper copy, and their order")
	case errors.Is(err, identity.ErrWordCount):
		return withHint(err, "b-mail recovery phrases have 12 or 24 words")
	}
	return err
}
