package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/bmail-network/bmail/client/config"
	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/client/internal/atomicfile"
)

// Files in the data directory.
const (
	KeystoreFile = "keystore" // identity.Keystore, mode 0600
	BundleFile   = "bundle"   // the signed identity.Bundle, public, mode 0644
)

// maxBundleFileSize bounds what LoadBundle reads.
const maxBundleFileSize = 1 << 16

// Env is what a command runs with: the streams, the clock, the data
// directory, and the way to the user's identity.
type Env struct {
	main *Main

	homeFlag       string
	profileFlag    string
	configFlag     string
	passphraseFile string
	home           string // resolved by Home
}

// globalFlags registers the flags every command accepts.
func (e *Env) globalFlags(fs *flag.FlagSet) {
	fs.StringVar(&e.homeFlag, "home", e.homeFlag, "use `DIR` as the data directory (default $BMAIL_HOME, else $XDG_DATA_HOME/bmail, else ~/.local/share/bmail)")
	fs.StringVar(&e.passphraseFile, "passphrase-file", e.passphraseFile, "read the keystore passphrase from the first line of `FILE`")
	fs.StringVar(&e.profileFlag, "profile", e.profileFlag, "use profile `NAME`: its own data directory and config (\"dev\" is the local dev network)")
	fs.StringVar(&e.configFlag, "config", e.configFlag, "read settings from `FILE` (JSON) instead of the profile's config.json")
}

// Stdout, Stderr and Stdin are the process streams.
func (e *Env) Stdout() io.Writer { return e.main.Stdout }
func (e *Env) Stderr() io.Writer { return e.main.Stderr }
func (e *Env) Stdin() io.Reader  { return e.main.Stdin }

// Now is the current time.
func (e *Env) Now() time.Time { return e.main.Now() }

// Getenv reads an environment variable.
func (e *Env) Getenv(key string) string { return e.main.Getenv(key) }

// Terminal is the interactive terminal, or nil.
func (e *Env) Terminal() Terminal { return e.main.Terminal }

// Home returns the data directory: --home, else $BMAIL_HOME, else
// $XDG_DATA_HOME/bmail[-PROFILE], else ~/.local/share/bmail[-PROFILE]
// (client/config's rule). It does not create it.
func (e *Env) Home() (string, error) {
	if e.home != "" {
		return e.home, nil
	}
	dir, err := config.Home(e.homeFlag, e.Profile(), e.Getenv)
	if err != nil {
		return "", withHint(err, "pass --home DIR or set BMAIL_HOME")
	}
	e.home = dir
	return dir, nil
}

// Profile is the profile named by --profile, else $BMAIL_PROFILE.
func (e *Env) Profile() string {
	if e.profileFlag != "" {
		return e.profileFlag
	}
	return e.Getenv(config.EnvProfile)
}

// Path returns the path of a file in the data directory.
func (e *Env) Path(name string) (string, error) {
	home, err := e.Home()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, name), nil
}

// MakeHome creates the data directory (mode 0700) if needed.
func (e *Env) MakeHome() error {
	home, err := e.Home()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(home, 0o700); err != nil {
		return fmt.Errorf("creating data directory: %w", err)
	}
	return nil
}

// LoadKeystore reads the keystore without decrypting it. A missing file is
// ErrNoIdentity with a hint to run init or restore.
func (e *Env) LoadKeystore() (*identity.Keystore, error) {
	path, err := e.Path(KeystoreFile)
	if err != nil {
		return nil, err
	}
	ks, err := identity.LoadKeystore(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		home, _ := e.Home()
		return nil, withHint(fmt.Errorf("%w (no keystore in %s)", ErrNoIdentity, home),
			"run `%s init` to create an identity, or `%[1]s restore` to bring back one from its words", e.invocation())
	case errors.Is(err, identity.ErrKeystoreVersion):
		return nil, withHint(err, "this keystore was written by a newer b-mail; upgrade bmail")
	case errors.Is(err, identity.ErrKeystoreDamaged):
		return nil, withHint(err, "restore the file from a backup, or run `bmail restore` with your recovery words in a new --home")
	case err != nil:
		return nil, err
	}
	return ks, nil
}

// OpenIdentity loads the keystore and unlocks it with the user's
// passphrase (file, environment, or prompt; up to three tries at a
// prompt). This is the one way commands reach private keys.
func (e *Env) OpenIdentity(ctx context.Context) (*identity.Identity, error) {
	ks, err := e.LoadKeystore()
	if err != nil {
		return nil, err
	}
	src, err := e.passphraseSource(ctx)
	if err != nil {
		return nil, err
	}
	tries := 1
	if src.interactive {
		tries = 3
	}
	for i := 1; ; i++ {
		pass, err := src.read("Passphrase: ")
		if err != nil {
			return nil, err
		}
		id, err := ks.Unlock(pass)
		clear(pass)
		if err == nil {
			return id, nil
		}
		if !errors.Is(err, identity.ErrWrongPassphrase) || i == tries {
			if errors.Is(err, identity.ErrWrongPassphrase) {
				return nil, withHint(err, "%s", src.wrongHint)
			}
			return nil, err
		}
		fmt.Fprintln(e.Stderr(), "bmail: wrong passphrase, try again")
	}
}

// LoadBundle reads and checks the identity's signed bundle: it must parse,
// verify, and belong to the keystore's account and key index. It does not
// check expiry (see identity.Bundle.Validate).
func (e *Env) LoadBundle(ks *identity.Keystore) (*identity.Bundle, error) {
	path, err := e.Path(BundleFile)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, withHint(fmt.Errorf("no key bundle in %s", filepath.Dir(path)),
			"run `bmail restore` with your recovery words to rebuild it")
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxBundleFileSize))
	if err != nil {
		return nil, err
	}
	b, err := identity.ParseBundle(data)
	if err == nil {
		err = b.Verify()
	}
	if err == nil && (b.Account != ks.Address || b.KeyIndex != ks.KeyIndex) {
		err = fmt.Errorf("bundle is for %s key index %d, keystore for %s key index %d",
			b.Account, b.KeyIndex, ks.Address, ks.KeyIndex)
	}
	if err != nil {
		return nil, withHint(fmt.Errorf("%s: %w", path, err),
			"run `bmail restore` with your recovery words to rebuild it")
	}
	return b, nil
}

// saveIdentity writes a new identity's bundle, then its keystore (the
// keystore's presence marks an identity as complete).
func (e *Env) saveIdentity(ks *identity.Keystore, b *identity.Bundle) error {
	if err := e.MakeHome(); err != nil {
		return err
	}
	data, err := b.MarshalBinary()
	if err != nil {
		return err
	}
	bundlePath, _ := e.Path(BundleFile)
	if err := atomicfile.Write(bundlePath, data, 0o644); err != nil {
		return err
	}
	ksPath, _ := e.Path(KeystoreFile)
	return identity.SaveKeystore(ksPath, ks)
}

// refuseExisting fails when the data directory already has an identity.
func (e *Env) refuseExisting() error {
	path, err := e.Path(KeystoreFile)
	if err != nil {
		return err
	}
	if _, err := os.Stat(path); err == nil {
		return withHint(fmt.Errorf("an identity already exists in %s", filepath.Dir(path)),
			"`bmail whoami` shows it; to make another, use a different --home\n"+
				"to replace it, first move %s away (keep it until you have checked your recovery words)", path)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}
