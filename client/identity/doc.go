// Package identity owns a b-mail user's one secret and everything derived
// from it: the BIP-39 mnemonic, the Ethereum account key at BIP-44
// m/44'/60'/0'/0/0, the HKDF-derived mail keys (X-Wing encryption key,
// Ed25519 mail-signing key, secp256k1 BIP-340 transport key), the
// passphrase-encrypted keystore file, and the signed key bundle that tells
// the world which public keys belong to an account.
//
// Invariants:
//   - The mnemonic is the only secret. Every key is a pure function of the
//     BIP-39 seed (empty BIP-39 passphrase) and a key index; nothing random
//     is stored besides the keystore's salt and nonce.
//   - The account key never depends on the key index: rotation bumps the
//     index and changes the mail keys only, so the account (and its funds,
//     reputation and on-chain registration) stays the same.
//   - Every domain-separation label is a const in labels.go and appears in
//     SPEC.md §1–3; the test vectors in testdata/vectors/identity pin the
//     bytes.
//   - Decoders (keystore, bundle) accept exactly one encoding per value:
//     parse → marshal gives the input back byte for byte.
package identity
