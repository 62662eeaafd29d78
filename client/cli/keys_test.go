package cli

import (
	"strings"
	"testing"
)

// TestKeysRotate: `bmail keys rotate` moves the keystore to the next key
// index, publishes and registers the new bundle (same relays), keeps the
// account; mail sent to the old keys before the rotation is still read,
// and mail to the new keys too.
func TestKeysRotate(t *testing.T) {
	d := startDevnet(t)
	alice, bob := newUser(t, d, "alice"), newUser(t, d, "bob")
	depositAndRegister(t, alice, bob)
	var before identityReport
	bob.json(&before, "", "whoami")
	var s sendReport
	alice.json(&s, "Hi", "send", "--yes", "--max-fee", "50000", "--subject", "to the old keys", bob.addr.Hex())

	var rot rotateReport
	bob.json(&rot, "", "keys", "rotate")
	if rot.OldKeyIndex != 0 || rot.KeyIndex != 1 || rot.TxHash == "" || rot.Fingerprint == rot.OldFingerprint ||
		rot.OldFingerprint != before.Fingerprint || rot.Account != bob.addr.Hex() || len(rot.Relays) != 2 || !rot.Relays[0].OK {
		t.Fatalf("rotate: %+v (before %+v)", rot, before)
	}
	var after identityReport
	bob.json(&after, "", "whoami")
	if after.KeyIndex != 1 || after.Fingerprint != rot.Fingerprint || after.Address != before.Address ||
		strings.Join(after.InboxRelays, ",") != strings.Join(before.InboxRelays, ",") {
		t.Fatalf("whoami after rotating: %+v", after)
	}
	if got := waitSubject(t, bob, "to the old keys"); got.From != alice.addr.Hex() {
		t.Fatalf("old mail: %+v", got)
	}
	alice.json(&s, "Hi again", "send", "--yes", "--max-fee", "50000", "--subject", "to the new keys", bob.addr.Hex())
	waitSubject(t, bob, "to the new keys")

	mustCode(t, bob.run("", "keys"), ExitUsage)
	mustCode(t, bob.run("", "keys", "rotate", "--passphrase-file", "/nonexistent"), ExitError)
}
