package identity_test

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/bmail-network/bmail/client/identity"
)

// A new user gets 24 fresh words; the same words always give the same
// account and keys.
func ExampleNewMnemonic() {
	m, err := identity.NewMnemonic()
	if err != nil {
		log.Fatal(err)
	}
	id, err := identity.FromMnemonic(m, 0)
	if err != nil {
		log.Fatal(err)
	}
	again, _ := identity.ParseMnemonic(m.Phrase())
	same, _ := identity.FromMnemonic(again, 0)
	fmt.Println(len(m.Words()), same.Address == id.Address)
	// Output: 24 true
}

// Restoring from words typed by a person: case and spacing do not matter,
// and the account is the one a standard Ethereum wallet shows.
func ExampleParseMnemonic() {
	m, err := identity.ParseMnemonic("Abandon abandon abandon abandon abandon abandon\n abandon abandon abandon abandon abandon ABOUT")
	if err != nil {
		log.Fatal(err)
	}
	id, err := identity.FromMnemonic(m, 0)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(id.Address)
	// Output: 0x9858EfFD232B4033E47d90003D41EC34EcaEda94
}

// A typo names the word, its place and close candidates.
func ExampleParseMnemonic_typo() {
	_, err := identity.ParseMnemonic("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abot")
	fmt.Println(err)
	// Output: unknown word "abot" at position 12 (did you mean "about", "able" or "above"?)
}

// Rotation keeps the account and changes the mail keys; mail sealed to
// the old encryption key can still be opened.
func ExampleIdentity_Rotate() {
	m, _ := identity.ParseMnemonic("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")
	id, _ := identity.FromMnemonic(m, 0)
	next, err := id.Rotate()
	if err != nil {
		log.Fatal(err)
	}
	keys, _ := next.DecryptionKeys(0)
	fmt.Println(next.Index, next.Address == id.Address, next.Fingerprint() != id.Fingerprint(), len(keys))
	// Output: 1 true true 2
}

// A key bundle is signed by the account and checked by anyone who
// receives its bytes; Hash is what the account registers on chain.
func ExampleBundle() {
	m, _ := identity.ParseMnemonic("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")
	id, _ := identity.FromMnemonic(m, 0)
	created := time.Unix(1_767_225_600, 0)
	b, err := id.NewSignedBundle(identity.BundleParams{
		InboxRelays: []string{"wss://relay.example.org"},
		Created:     created,
		Expires:     created.Add(365 * 24 * time.Hour),
	})
	if err != nil {
		log.Fatal(err)
	}
	data, _ := b.MarshalBinary()

	// On the receiving side.
	got, err := identity.ParseBundle(data)
	if err != nil {
		log.Fatal(err)
	}
	if err := got.Verify(); err != nil {
		log.Fatal(err)
	}
	if err := got.Validate(created.Add(time.Hour)); err != nil {
		log.Fatal(err)
	}
	fmt.Println(got.Account, got.Hash() == b.Hash(), got.Fingerprint() == id.Fingerprint())
	// Output: 0x9858EfFD232B4033E47d90003D41EC34EcaEda94 true true
}

// The keystore keeps the words encrypted under a passphrase; a wrong
// passphrase and a damaged file are different errors.
func ExampleSaveKeystore() {
	dir, _ := os.MkdirTemp("", "bmail-example")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "keystore")

	m, _ := identity.ParseMnemonic("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")
	// Real keystores use identity.DefaultKDFParams (64 MiB); the example
	// keeps the test suite fast.
	cheap := identity.KDFParams{Time: 1, MemoryKiB: 64, Threads: 1}
	ks, err := identity.NewKeystore(m, 0, []byte("correct horse"), cheap)
	if err != nil {
		log.Fatal(err)
	}
	if err := identity.SaveKeystore(path, ks); err != nil {
		log.Fatal(err)
	}

	loaded, err := identity.LoadKeystore(path)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("owner:", loaded.Address) // readable without the passphrase
	if _, err := loaded.Unlock([]byte("wrong")); err != nil {
		fmt.Println(err)
	}
	id, err := loaded.Unlock([]byte("correct horse"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("unlocked:", id.Address)
	// Output:
	// owner: 0x9858EfFD232B4033E47d90003D41EC34EcaEda94
	// wrong passphrase
	// unlocked: 0x9858EfFD232B4033E47d90003D41EC34EcaEda94
}
