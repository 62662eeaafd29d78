package main

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/relay/config"
	"golang.org/x/term"
)

// The operator key lives in a b-mail keystore (SPEC.md §2: Argon2id, then
// XChaCha20-Poly1305): a 24-word recovery phrase whose BIP-44 account key
// submits settlement batches and is credited the relay fees. The words are
// the backup; the keystore is the encrypted copy the relay unlocks.

// EnvPassphrase holds the keystore passphrase for unattended starts.
const EnvPassphrase = config.EnvPrefix + "PASSPHRASE"

// MinPassphrase is the shortest passphrase a new keystore takes.
const MinPassphrase = 8

// KeyCommand manages the operator keystore.
type KeyCommand struct{ m *Main }

// Run runs `key new|restore|show`.
func (c *KeyCommand) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return errors.New("key needs new, restore or show\nhint: bmail-relay key new")
	}
	sub, args := args[0], args[1:]
	fl := flag.NewFlagSet("key "+sub, flag.ContinueOnError)
	fl.SetOutput(c.m.Stderr)
	cfgPath := fl.String("config", "", "JSON config file")
	data := fl.String("data-dir", "", "data directory (the keystore defaults to <data-dir>/operator.keystore)")
	ks := fl.String("keystore", "", "keystore file")
	passFile := fl.String("passphrase-file", "", "file holding the passphrase")
	if err := fl.Parse(args); err != nil {
		return err
	}
	cfg, err := loadFor(c.m, *cfgPath, *data, *ks, *passFile)
	if err != nil {
		return err
	}
	path := cfg.KeystorePath()
	switch sub {
	case "new", "restore":
		if _, err := os.Stat(path); err == nil {
			return fmt.Errorf("%s exists; it will not be overwritten\nhint: bmail-relay key show", path)
		}
		var m *identity.Mnemonic
		if sub == "new" {
			if m, err = identity.NewMnemonic(); err != nil {
				return err
			}
		} else {
			fmt.Fprintln(c.m.Stderr, "recovery phrase (one line):")
			line, err := bufio.NewReader(c.m.Stdin).ReadString('\n')
			if err != nil && line == "" {
				return fmt.Errorf("reading the recovery phrase: %w", err)
			}
			if m, err = identity.ParseMnemonic(strings.TrimSpace(line)); err != nil {
				return err
			}
		}
		pass, err := passphrase(c.m, cfg.Batcher.PassphraseFile, true)
		if err != nil {
			return err
		}
		if len(pass) < MinPassphrase {
			return fmt.Errorf("the passphrase needs at least %d characters", MinPassphrase)
		}
		store, err := identity.NewKeystore(m, 0, pass, identity.DefaultKDFParams)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil && cfg.Batcher.Keystore == "" {
			return err
		}
		if err := identity.SaveKeystore(path, store); err != nil {
			return err
		}
		fmt.Fprintf(c.m.Stdout, "bmail-relay: operator key %s in %s\n", store.Address.Hex(), path)
		if sub == "new" {
			fmt.Fprintf(c.m.Stdout, "recovery phrase (write it down; it is shown once and restores the key):\n%s\n", m.Phrase())
		}
		fmt.Fprintln(c.m.Stdout, "fund this address with ether for gas; orders must name it as their relay (NIP-11 order_address)")
		return nil
	case "show":
		store, err := identity.LoadKeystore(path)
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("no keystore at %s\nhint: bmail-relay key new", path)
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(c.m.Stdout, "%s\n", store.Address.Hex())
		return nil
	}
	return fmt.Errorf("unknown key command %q\nhint: bmail-relay key new|restore|show", sub)
}

// loadFor loads the configuration for a subcommand from its own flags.
func loadFor(m *Main, cfgPath, dataDir, keystore, passFile string) (config.Config, error) {
	var args []string
	for _, kv := range [][2]string{{"-config", cfgPath}, {"-data-dir", dataDir}, {"-keystore", keystore}, {"-passphrase-file", passFile}} {
		if kv[1] != "" {
			args = append(args, kv[0], kv[1])
		}
	}
	return config.Load(args, m.Getenv)
}

// unlockOperator opens the operator keystore with the configured
// passphrase source.
func unlockOperator(m *Main, cfg config.Config) (*ecdsa.PrivateKey, error) {
	path := cfg.KeystorePath()
	store, err := identity.LoadKeystore(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no operator keystore at %s\nhint: bmail-relay key new", path)
	}
	if err != nil {
		return nil, err
	}
	pass, err := passphrase(m, cfg.Batcher.PassphraseFile, false)
	if err != nil {
		return nil, err
	}
	id, err := store.Unlock(pass)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return id.AccountKey, nil
}

// passphrase reads the keystore passphrase: from file when set (it must
// not be readable by group or others), else from BMAIL_RELAY_PASSPHRASE,
// else from the terminal (twice when confirm).
func passphrase(m *Main, file string, confirm bool) ([]byte, error) {
	if file != "" {
		st, err := os.Stat(file)
		if err != nil {
			return nil, fmt.Errorf("passphrase file: %w", err)
		}
		if st.Mode().Perm()&0o077 != 0 {
			return nil, fmt.Errorf("passphrase file %s is readable by others (mode %v)\nhint: chmod 600 %s", file, st.Mode().Perm(), file)
		}
		b, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("passphrase file: %w", err)
		}
		return []byte(strings.TrimRight(string(b), "\r\n")), nil
	}
	if p := m.Getenv(EnvPassphrase); p != "" {
		return []byte(p), nil
	}
	fd := int(os.Stdin.Fd())
	if m.Stdin != os.Stdin || !term.IsTerminal(fd) {
		return nil, fmt.Errorf("no passphrase for the operator keystore\nhint: set batcher.passphrase_file (or -passphrase-file) or %s", EnvPassphrase)
	}
	fmt.Fprint(m.Stderr, "operator keystore passphrase: ")
	p, err := term.ReadPassword(fd)
	fmt.Fprintln(m.Stderr)
	if err != nil {
		return nil, err
	}
	if confirm {
		fmt.Fprint(m.Stderr, "again: ")
		q, err := term.ReadPassword(fd)
		fmt.Fprintln(m.Stderr)
		if err != nil {
			return nil, err
		}
		if string(p) != string(q) {
			return nil, errors.New("the passphrases differ")
		}
	}
	return p, nil
}
