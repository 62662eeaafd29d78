package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"text/tabwriter"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/sanitize"
)

type contactsCmd struct {
	net  netFlags
	name string
	yes  bool
	json bool
}

var contactsCommand = &Command{
	Name:        "contacts",
	Summary:     "your contacts, who write you for free: list, add, remove, rename, share, accept",
	Usage:       "[list | add WHO [--name NAME] | remove WHO | rename WHO NAME | share | accept WHO [--yes]] [--json]",
	AcceptsArgs: true,
	Help: `
Contacts write each other for free: no transaction, the key to the mail
rides inside the envelope. Adding someone sends them a free, signed grant
so their client knows; removing them sends a revocation, and their unpaid
mail is held back again. Mail is free both ways once both added each
other (mutual).

  list                 every contact: name, account, fingerprint, mutual
  add WHO [--name N]   add an account (0x address or contact string); a
                       contact string's fingerprint is checked against the
                       keys the chain names
  remove WHO           take a contact off the list
  rename WHO NAME      set your local name for a contact
  share                print your own contact string, to give to others
  accept WHO           after a contact's keys changed: shows the old and
                       the new fingerprint and, once you confirm (or with
                       --yes), trusts the new keys. Compare the new
                       fingerprint with them through a channel you trust
                       first.

WHO is a 0x address, a contact string or a contact's name.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &contactsCmd{}
		c.net.register(fs)
		fs.StringVar(&c.name, "name", "", "local `NAME` for the contact (add)")
		fs.BoolVar(&c.yes, "yes", false, "accept without asking (accept)")
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

type contactLine struct {
	Account        string   `json:"account"`
	Name           string   `json:"name,omitempty"`
	Fingerprint    string   `json:"fingerprint"`
	Mutual         bool     `json:"mutual"`
	TheyAccept     bool     `json:"they_accept"`
	GrantDelivered bool     `json:"grant_delivered"`
	KeyChanged     bool     `json:"key_changed"`
	NewFingerprint string   `json:"new_fingerprint,omitempty"`
	Blocked        bool     `json:"blocked"`
	Relays         []string `json:"relays,omitempty"`
}

func newContactLine(ct *client.Contact) contactLine {
	l := contactLine{Account: ct.Account.Hex(), Name: sanitize.Line(ct.Name), Fingerprint: ct.Fingerprint.String(), Mutual: ct.Mutual,
		TheyAccept: ct.TheyAccept, GrantDelivered: ct.GrantDelivered, KeyChanged: ct.KeyChanged, Blocked: ct.Blocked}
	if ct.KeyChanged {
		l.NewFingerprint = ct.NewFingerprint.String()
	}
	for _, r := range ct.Relays {
		l.Relays = append(l.Relays, sanitize.Line(r))
	}
	return l
}

type contactsReport struct {
	netInfo
	Contacts []contactLine `json:"contacts"`
}

func (c *contactsCmd) Run(ctx context.Context, env *Env, args []string) error {
	sub := "list"
	if len(args) > 0 {
		sub, args = args[0], args[1:]
	}
	want := map[string]int{"list": 0, "add": 1, "remove": 1, "rename": 2, "share": 0, "accept": 1}
	n, ok := want[sub]
	if !ok {
		return usageErrorf("run `bmail help contacts`", "unknown contacts command %q", sub)
	}
	if len(args) != n {
		return usageErrorf("run `bmail help contacts`", "contacts %s takes %d argument(s)", sub, n)
	}
	cl, err := env.OpenClient(ctx, &c.net)
	if err != nil {
		return err
	}
	defer cl.Close()
	w := env.Stdout()
	if !c.json {
		banner(w, cl.Dev())
	}
	switch sub {
	case "share":
		s := cl.MyContactString()
		if c.json {
			return printJSON(w, struct {
				netInfo
				Contact string `json:"contact_string"`
			}{netOf(cl), s})
		}
		fmt.Fprintln(w, s)
		return nil
	case "add":
		ct, err := cl.AddContact(ctx, client.AddContactRequest{Who: args[0], Name: c.name})
		if err != nil {
			return explain(err)
		}
		return c.print(env, cl, []client.Contact{*ct}, "added")
	case "remove":
		a, err := resolveWho(ctx, cl, args[0])
		if err != nil {
			return err
		}
		if err := cl.RemoveContact(ctx, a); err != nil {
			return explain(err)
		}
		if c.json {
			return c.print(env, cl, nil, "")
		}
		fmt.Fprintf(w, "removed %s; a revocation is on its way to them, and their unpaid mail is held back again\n", a.Hex())
		return nil
	case "rename":
		a, err := resolveWho(ctx, cl, args[0])
		if err != nil {
			return err
		}
		if err := cl.RenameContact(ctx, a, args[1]); err != nil {
			return explain(err)
		}
		ct, err := cl.Contact(ctx, a)
		if err != nil {
			return explain(err)
		}
		return c.print(env, cl, []client.Contact{*ct}, "renamed")
	case "accept":
		return c.accept(ctx, env, cl, args[0])
	}
	cs, err := cl.Contacts(ctx)
	if err != nil {
		return explain(err)
	}
	return c.print(env, cl, cs, "")
}

func (c *contactsCmd) accept(ctx context.Context, env *Env, cl *client.Client, who string) error {
	a, err := resolveWho(ctx, cl, who)
	if err != nil {
		return err
	}
	_, err = cl.Resolve(ctx, a)
	var kc *client.KeyChangedError
	if !errors.As(err, &kc) {
		if err != nil {
			return explain(err)
		}
		return fmt.Errorf("the keys of %s have not changed: nothing to accept", a.Hex())
	}
	w := env.Stdout()
	if c.json {
		w = env.Stderr() // stdout carries only the JSON object
	}
	fmt.Fprintf(w, "the keys of %s changed\n  old fingerprint  %s\n  new fingerprint  %s\n", a.Hex(), kc.Old, kc.New)
	if !c.yes {
		ok, err := env.confirm(ctx, "Did they confirm the new fingerprint to you? Trust the new keys?", "pass --yes once you have compared the fingerprint")
		if err != nil {
			return err
		}
		if !ok {
			return refusedf("", "the new keys were not accepted; their new mail stays hidden")
		}
	}
	if _, err := cl.AcceptKeyChange(ctx, a); err != nil {
		return explain(err)
	}
	ct, err := cl.Contact(ctx, a)
	if err != nil {
		return explain(err)
	}
	return c.print(env, cl, []client.Contact{*ct}, "accepted the new keys of")
}

func (c *contactsCmd) print(env *Env, cl *client.Client, cs []client.Contact, verb string) error {
	rep := contactsReport{netInfo: netOf(cl), Contacts: []contactLine{}}
	for i := range cs {
		rep.Contacts = append(rep.Contacts, newContactLine(&cs[i]))
	}
	if c.json {
		return printJSON(env.Stdout(), rep)
	}
	w := env.Stdout()
	if len(rep.Contacts) == 0 {
		fmt.Fprintln(w, "no contacts yet: `bmail contacts add WHO --name NAME`")
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, l := range rep.Contacts {
		state := "waiting for them to add you (you pay them until then)"
		if l.Mutual {
			state = "mutual: mail is free both ways"
		}
		if l.KeyChanged {
			state = "KEYS CHANGED to " + l.NewFingerprint + ": `bmail contacts accept " + l.Account + "`"
		}
		if l.Blocked {
			state += "; blocked"
		}
		name := l.Name
		if name == "" {
			name = "-"
		}
		if verb != "" {
			fmt.Fprintf(tw, "%s\t", verb)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", name, l.Account, l.Fingerprint, state)
	}
	return tw.Flush()
}
