package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/identity"
)

type keysCmd struct {
	net  netFlags
	json bool
}

var keysCommand = &Command{
	Name:        "keys",
	Summary:     "rotate your mail keys: new keys from the same words, a new bundle on chain",
	Usage:       "rotate [--json]",
	AcceptsArgs: true,
	Help: `
rotate derives your mail keys (encryption, signing, relay transport) at the
next key index from your recovery words, keeps the same account, writes
the keystore at the new index, then signs a new key bundle, publishes it to
your inbox relays and registers its hash on chain (gas), like
` + "`bmail register`" + `. Do it when a device holding your keys was lost or
exposed. Mail sealed to your old keys still opens, and your client keeps
reading your relays under the old routing keys too. Your contacts' clients
see the new fingerprint and refuse to write until they accept it; tell
them, and give them the fingerprint this command prints.

If registering fails after the keystore was written, ` + "`bmail register`" + `
finishes the rotation.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &keysCmd{}
		c.net.register(fs)
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

type rotateReport struct {
	registerReport
	OldKeyIndex    uint32 `json:"old_key_index"`
	KeyIndex       uint32 `json:"key_index"`
	OldFingerprint string `json:"old_fingerprint"`
}

func (c *keysCmd) Run(ctx context.Context, env *Env, args []string) error {
	if len(args) != 1 || args[0] != "rotate" {
		return usageErrorf("run `bmail help keys`", "usage: bmail keys rotate")
	}
	ks, err := env.LoadKeystore()
	if err != nil {
		return err
	}
	cfg, err := env.Config(&c.net)
	if err != nil {
		return err
	}
	if err := cfg.RequireChain(); err != nil {
		return explain(err)
	}
	src, err := env.passphraseSource(ctx)
	if err != nil {
		return err
	}
	pass, err := src.read("Passphrase: ")
	if err != nil {
		return err
	}
	defer clear(pass)
	m, err := ks.Decrypt(pass)
	if errors.Is(err, identity.ErrWrongPassphrase) {
		return withHint(err, "%s", src.wrongHint)
	}
	if err != nil {
		return err
	}
	old, err := identity.FromMnemonic(m, ks.KeyIndex)
	if err != nil {
		return err
	}
	id, err := old.Rotate()
	if err != nil {
		return err
	}
	// The current bundle's relays and networks carry over.
	var opts client.RegisterOptions
	if b, err := env.LoadBundle(ks); err == nil {
		opts.Relays, opts.Networks = b.InboxRelays, b.Networks
	}
	nks, err := identity.NewKeystore(m, id.Index, pass, env.main.KDFParams)
	if err != nil {
		return err
	}
	ksPath, err := env.Path(KeystoreFile)
	if err != nil {
		return err
	}
	if err := identity.SaveKeystore(ksPath, nks); err != nil {
		return err
	}
	cl, err := client.Open(ctx, cfg, client.Options{Identity: id, Logger: env.logger()})
	if err != nil {
		return withHint(explain(err), "the keystore is at key index %d now; `bmail register` finishes the rotation", id.Index)
	}
	defer cl.Close()
	reg, err := cl.Register(ctx, opts)
	if err != nil {
		return withHint(err, "the keystore is at key index %d now; `bmail register` finishes the rotation", id.Index)
	}
	r := rotateReport{registerReport: newRegisterReport(cl, reg), OldKeyIndex: old.Index, KeyIndex: id.Index,
		OldFingerprint: old.Fingerprint().String()}
	if c.json {
		return printJSON(env.Stdout(), r)
	}
	w := env.Stdout()
	banner(w, cl.Dev())
	fmt.Fprintf(w, "rotated: key index %d → %d; fingerprint %s → %s\n", r.OldKeyIndex, r.KeyIndex, r.OldFingerprint, r.Fingerprint)
	if err := r.print(w, cl); err != nil {
		return err
	}
	fmt.Fprintln(w, "tell your contacts: their clients refuse to write to you until they accept the new fingerprint")
	return nil
}
