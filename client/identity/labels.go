package identity

// Domain-separation labels and fixed strings. Each appears verbatim in
// SPEC.md; changing one changes every derived key or encoding.
const (
	// HKDFSalt is the HKDF-SHA256 salt for every HKDF-derived key (SPEC §1.3).
	HKDFSalt = "b-mail/v1"

	// EncryptionKeyLabel is the HKDF info prefix of the 32-byte X-Wing seed.
	EncryptionKeyLabel = "b-mail/v1/encryption-key/x-wing"
	// SigningKeyLabel is the HKDF info prefix of the Ed25519 seed.
	SigningKeyLabel = "b-mail/v1/mail-signing-key/ed25519"
	// TransportKeyLabel is the HKDF info prefix of the secp256k1 transport
	// (BIP-340) secret key.
	TransportKeyLabel = "b-mail/v1/transport-key/secp256k1"

	// FingerprintLabel prefixes the hashed public keys of a fingerprint.
	FingerprintLabel = "b-mail/v1/fingerprint"

	// BIP39SaltPrefix is BIP-39's PBKDF2 salt prefix ("mnemonic" ‖ passphrase).
	BIP39SaltPrefix = "mnemonic"
	// BIP32MasterKey is BIP-32's HMAC-SHA512 key for the master node.
	BIP32MasterKey = "Bitcoin seed"

	// KeystoreMagic opens every keystore file.
	KeystoreMagic = "b-mail keystore\n"

	// BundleDomainName and BundleDomainVersion form the EIP-712 domain of
	// the key bundle (no chainId, no verifyingContract: a bundle is valid
	// on every chain).
	BundleDomainName    = "BMail"
	BundleDomainVersion = "1"
)
