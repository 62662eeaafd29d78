package client

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/client/internal/atomicfile"
)

// KeystoreFile is the keystore's name in the data directory.
const KeystoreFile = "keystore"

// ErrIdentityExists: the data directory already holds an identity.
var ErrIdentityExists = errors.New("an identity already exists in this data directory")

// CreateIdentity writes a new identity into home for interactive front ends
// (the terminal UI's onboarding): the key bundle signed with the configured
// relays and networks (lifetime DefaultBundleLifetime from now), then the
// keystore under passphrase — the keystore's presence marks the identity as
// complete. The directory is mode 0700, the keystore 0600. It refuses to
// overwrite an identity (ErrIdentityExists).
func CreateIdentity(home string, m *identity.Mnemonic, passphrase []byte, kdf identity.KDFParams,
	relays []string, networks [][32]byte, now time.Time) (*identity.Identity, error) {
	ksPath := filepath.Join(home, KeystoreFile)
	if _, err := os.Stat(ksPath); err == nil {
		return nil, fmt.Errorf("%w (%s)", ErrIdentityExists, home)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	id, err := identity.FromMnemonic(m, 0)
	if err != nil {
		return nil, err
	}
	created := now.Truncate(time.Second)
	p := identity.BundleParams{Networks: networks, Created: created, Expires: created.Add(DefaultBundleLifetime)}
	for _, r := range relays {
		n, err := identity.NormalizeRelayURL(r)
		if err != nil {
			return nil, err
		}
		p.InboxRelays = append(p.InboxRelays, n)
	}
	b, err := id.NewSignedBundle(p)
	if err != nil {
		return nil, err
	}
	ks, err := identity.NewKeystore(m, 0, passphrase, kdf)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(home, 0o700); err != nil {
		return nil, err
	}
	data, err := b.MarshalBinary()
	if err != nil {
		return nil, err
	}
	if err := atomicfile.Write(filepath.Join(home, BundleFile), data, 0o644); err != nil {
		return nil, err
	}
	if err := identity.SaveKeystore(ksPath, ks); err != nil {
		return nil, err
	}
	return id, nil
}
