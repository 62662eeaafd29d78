package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/newsletter"
	"github.com/bmail-network/bmail/client/sanitize"
)

// The newsletter commands (SPEC.md §10): list (create, show, subscribers,
// remove), subscribe, unsubscribe, publish and issues. broadcast.go has
// paid broadcast.

// openNewsletters opens the client and its newsletters, and returns where
// the human output goes (nowhere with --json), the DEVNET banner printed.
func openNewsletters(ctx context.Context, env *Env, n *netFlags, json bool) (*client.Client, *newsletter.Service, io.Writer, error) {
	cl, err := env.OpenClient(ctx, n)
	if err != nil {
		return nil, nil, nil, err
	}
	w := env.Stdout()
	if json {
		w = io.Discard
	}
	banner(w, cl.Dev())
	return cl, newsletter.New(cl), w, nil
}

// explainNewsletter adds the advice for the newsletter errors.
func explainNewsletter(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, newsletter.ErrNoList), errors.Is(err, newsletter.ErrNotPublisher):
		return withHint(err, "`bmail list show` lists the lists you publish, `bmail subscribe` those you read")
	case errors.Is(err, newsletter.ErrListString):
		return usageErrorf("a list string looks like bmail-list:<64 hex>;relay=wss://…", "%v", err)
	case errors.Is(err, newsletter.ErrInvalid):
		return usageErrorf("a name is 1 to 64 bytes, a description at most 1024", "%v", err)
	case errors.Is(err, newsletter.ErrNotEnoughRelays):
		return withHint(err, "it is recorded; the next newsletter command posts it again")
	}
	return explain(err)
}

// ---- list ----

type listCmd struct {
	net         netFlags
	name        string
	description string
	relays      stringList
	json        bool
}

var listCommand = &Command{
	Name:        "list",
	Summary:     "newsletters you publish: create, show, subscribers, remove",
	Usage:       "[show [LIST] | create --name NAME [--description TEXT] [--list-relay URL]... | subscribers LIST | remove LIST ADDRESS] [--json]",
	AcceptsArgs: true,
	Help: `
A list is a newsletter you publish. Readers subscribe with its list string
(bmail-list:…); each subscription is opt-in and signed, and it gives the
reader your issues and nothing else: a subscriber is not a contact.
Issues are free for both sides and cost you the same whatever the
audience (see ` + "`bmail publish`" + `).

  show [LIST]            your lists, or one list with its list string
  create                 a new list: --name, --description, and the relays
                         that hold its issues (--list-relay, repeat; default
                         your relays)
  subscribers LIST       reads the list's subscribe and unsubscribe requests
                         from its relays, answers them, and shows the roster
  remove LIST ADDRESS    takes a subscriber off; like an unsubscribe, it
                         takes effect at the next issue

LIST is the list's name, its id (or the first 8 hex digits) or its list
string. The roster lives only in your data directory; relays never hold
it.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &listCmd{}
		c.net.register(fs)
		fs.StringVar(&c.name, "name", "", "the list's `NAME` (create)")
		fs.StringVar(&c.description, "description", "", "what the list is about (`TEXT`, create)")
		fs.Var(&c.relays, "list-relay", "a relay `URL` that holds the list's events (create; repeat; default your relays)")
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

type listReport struct {
	netInfo
	Lists       []listLine                `json:"lists,omitempty"`
	Subscribers []subscriberLine          `json:"subscribers,omitempty"`
	Requests    *newsletter.RequestReport `json:"requests,omitempty"`
	Done        string                    `json:"done,omitempty"`
}

type listLine struct {
	ID              string `json:"id"`
	ListString      string `json:"list_string"`
	Name            string `json:"name"`
	Description     string `json:"description"`
	Subscribers     int    `json:"subscribers"`
	Epoch           uint32 `json:"epoch"`
	NextIndex       uint32 `json:"next_index"`
	RotationPending bool   `json:"rotation_pending"`
	Created         int64  `json:"created"`
}

type subscriberLine struct {
	Account string `json:"account"`
	Active  bool   `json:"active"`
	Slot    uint32 `json:"slot"`
	Joined  int64  `json:"joined"`
	Left    int64  `json:"left,omitempty"`
}

func listLineOf(l *newsletter.List) listLine {
	return listLine{ID: fmt.Sprintf("%x", l.Ref.List[:]), ListString: l.Ref.String(), Name: l.Name, Description: l.Description,
		Subscribers: l.Subscribers, Epoch: l.Epoch, NextIndex: l.NextIndex, RotationPending: l.RotationPending, Created: l.Created.Unix()}
}

func (c *listCmd) Run(ctx context.Context, env *Env, args []string) error {
	sub := "show"
	if len(args) > 0 {
		sub, args = args[0], args[1:]
	}
	want := map[string][2]int{"show": {0, 1}, "create": {0, 0}, "subscribers": {1, 1}, "remove": {2, 2}}
	n, ok := want[sub]
	if !ok {
		return usageErrorf("run `bmail help list`", "unknown list command %q", sub)
	}
	if len(args) < n[0] || len(args) > n[1] {
		return usageErrorf("run `bmail help list`", "list %s takes %d to %d arguments", sub, n[0], n[1])
	}
	if sub == "create" && c.name == "" {
		return usageErrorf("for example: bmail list create --name \"Relay Weekly\"", "list create needs --name")
	}
	cl, nl, w, err := openNewsletters(ctx, env, &c.net, c.json)
	if err != nil {
		return err
	}
	defer cl.Close()
	rep := listReport{netInfo: netOf(cl)}
	switch sub {
	case "create":
		l, err := nl.CreateList(ctx, newsletter.CreateListRequest{Name: c.name, Description: c.description, Relays: c.relays})
		if l == nil {
			return explainNewsletter(err)
		}
		rep.Lists, rep.Done = []listLine{listLineOf(l)}, "created"
		fmt.Fprintf(w, "created the list %q; readers subscribe with:\n  bmail subscribe '%s'\n", sanitize.Line(l.Name), l.Ref.String())
		if err != nil {
			return explainNewsletter(err)
		}
	case "show":
		var ls []newsletter.List
		if len(args) == 1 {
			l, err := nl.FindList(ctx, args[0])
			if err != nil {
				return explainNewsletter(err)
			}
			ls = []newsletter.List{*l}
		} else if ls, err = nl.Lists(ctx); err != nil {
			return explainNewsletter(err)
		}
		for i := range ls {
			rep.Lists = append(rep.Lists, listLineOf(&ls[i]))
		}
		if len(ls) == 0 {
			fmt.Fprintln(w, "you publish no list; `bmail list create --name NAME` makes one")
		}
		for _, l := range rep.Lists {
			fmt.Fprintf(w, "%s  %s\n  %s\n  %d subscribers · epoch %d, next issue %d", l.ID[:8], sanitize.Line(l.Name),
				sanitize.Line(l.Description), l.Subscribers, l.Epoch, l.NextIndex)
			if l.RotationPending {
				fmt.Fprint(w, " · someone left: the next issue starts a new epoch")
			}
			fmt.Fprintf(w, "\n  %s\n", l.ListString)
		}
	case "subscribers", "remove":
		l, err := nl.FindList(ctx, args[0])
		if err != nil {
			return explainNewsletter(err)
		}
		if sub == "remove" {
			a, err := parseAddress(args[1])
			if err != nil {
				return err
			}
			if err := nl.RemoveSubscriber(ctx, l.Ref.List, a); err != nil {
				return explainNewsletter(err)
			}
			rep.Done = "removed " + a.Hex()
			fmt.Fprintf(w, "removed %s: the next issue starts a new epoch they have no key for\n", a.Hex())
		} else {
			r, err := nl.ProcessRequests(ctx, l.Ref.List)
			if r == nil {
				return explainNewsletter(err)
			}
			rep.Requests = r
			fmt.Fprintf(w, "requests: %d subscribed, %d subscribed again, %d unsubscribed, %d ignored\n",
				len(r.Subscribed), len(r.Resubscribed), len(r.Unsubscribed), r.Ignored)
			if err != nil {
				return explainNewsletter(err)
			}
		}
		subs, err := nl.Subscribers(ctx, l.Ref.List)
		if err != nil {
			return explainNewsletter(err)
		}
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "%s\t%d subscribers\n", sanitize.Line(l.Name), countActive(subs))
		for _, s := range subs {
			line := subscriberLine{Account: s.Account.Hex(), Active: s.Active, Slot: s.Slot, Joined: s.Joined.Unix()}
			state := "since " + s.Joined.UTC().Format(time.DateOnly)
			if !s.Active {
				line.Left = s.Left.Unix()
				state = "left " + s.Left.UTC().Format(time.DateOnly)
			}
			rep.Subscribers = append(rep.Subscribers, line)
			fmt.Fprintf(tw, "  %s\t%s\n", line.Account, state)
		}
		tw.Flush()
	}
	if c.json {
		return printJSON(env.Stdout(), rep)
	}
	return nil
}

func countActive(subs []newsletter.Subscriber) int {
	n := 0
	for _, s := range subs {
		if s.Active {
			n++
		}
	}
	return n
}

// ---- subscribe, unsubscribe ----

type subscribeCmd struct {
	net   netFlags
	leave bool
	json  bool
}

var subscribeCommand = &Command{
	Name:        "subscribe",
	Summary:     "subscribe to a newsletter by its list string, or show your subscriptions",
	Usage:       "[LIST-STRING] [--json]",
	AcceptsArgs: true,
	Help: `
Subscribes to a newsletter: bmail checks the list's definition on its
relays (signed by the publisher's registered key) and sends a signed
subscribe request to the list. The subscription is pending until the
publisher's client answers; ` + "`bmail sync`" + ` or ` + "`bmail issues`" + ` then
picks up the key and the issues from then on. Issues from before you joined stay
unreadable. Subscribing again is harmless. A subscription is not a
contact: it gives neither side free personal mail.

With no argument, subscribe shows your subscriptions.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &subscribeCmd{}
		c.net.register(fs)
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

var unsubscribeCommand = &Command{
	Name:        "unsubscribe",
	Summary:     "leave a newsletter: its next issue starts a key you do not get",
	Usage:       "LIST [--json]",
	AcceptsArgs: true,
	Help: `
Leaves a newsletter (LIST: its name, id or list string). A signed
unsubscribe request goes to the list; the publisher's next issue starts a
new epoch whose key is not given to you.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &subscribeCmd{leave: true}
		c.net.register(fs)
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

type subscriptionLine struct {
	ID          string `json:"id"`
	ListString  string `json:"list_string"`
	Name        string `json:"name"`
	Description string `json:"description"`
	Publisher   string `json:"publisher"`
	State       string `json:"state"`
	Since       int64  `json:"since"`
}

type subscribeReport struct {
	netInfo
	Subscriptions []subscriptionLine `json:"subscriptions"`
	Done          string             `json:"done,omitempty"`
}

func subscriptionLineOf(s *newsletter.Subscription) subscriptionLine {
	return subscriptionLine{ID: fmt.Sprintf("%x", s.Ref.List[:]), ListString: s.Ref.String(), Name: s.Name,
		Description: s.Description, Publisher: s.Publisher.Hex(), State: s.State, Since: s.Since.Unix()}
}

func (c *subscribeCmd) Run(ctx context.Context, env *Env, args []string) error {
	if len(args) > 1 || (c.leave && len(args) != 1) {
		return usageErrorf("run `bmail help subscribe`", "name one list")
	}
	cl, nl, w, err := openNewsletters(ctx, env, &c.net, c.json)
	if err != nil {
		return err
	}
	defer cl.Close()
	rep := subscribeReport{netInfo: netOf(cl)}
	switch {
	case c.leave:
		s, err := nl.FindSubscription(ctx, args[0])
		if err != nil {
			return explainNewsletter(err)
		}
		if err := nl.Unsubscribe(ctx, s.Ref.List); err != nil {
			return explainNewsletter(err)
		}
		s.State = newsletter.StateLeft
		rep.Subscriptions, rep.Done = []subscriptionLine{subscriptionLineOf(s)}, "unsubscribed"
		fmt.Fprintf(w, "unsubscribed from %q: its next issue starts a key you do not get\n", sanitize.Line(s.Name))
	case len(args) == 1:
		s, err := nl.Subscribe(ctx, args[0])
		if s == nil {
			return explainNewsletter(err)
		}
		rep.Subscriptions, rep.Done = []subscriptionLine{subscriptionLineOf(s)}, "requested"
		fmt.Fprintf(w, "asked to subscribe to %q by %s; `bmail issues` picks up its issues once the publisher answers\n",
			sanitize.Line(s.Name), s.Publisher.Hex())
		if err != nil {
			return explainNewsletter(err)
		}
	default:
		subs, err := nl.Subscriptions(ctx)
		if err != nil {
			return explainNewsletter(err)
		}
		if len(subs) == 0 {
			fmt.Fprintln(w, "no subscriptions; `bmail subscribe LIST-STRING` subscribes")
		}
		for i := range subs {
			l := subscriptionLineOf(&subs[i])
			rep.Subscriptions = append(rep.Subscriptions, l)
			fmt.Fprintf(w, "%s  %s (%s) by %s, since %s\n", l.ID[:8], sanitize.Line(l.Name), l.State, l.Publisher,
				subs[i].Since.UTC().Format(time.DateOnly))
		}
	}
	if c.json {
		return printJSON(env.Stdout(), rep)
	}
	return nil
}

// ---- publish ----

type publishCmd struct {
	net      netFlags
	list     string
	subject  string
	bodyFile string
	json     bool
}

var publishCommand = &Command{
	Name:    "publish",
	Summary: "publish an issue of one of your newsletters",
	Usage:   "--list LIST --subject TEXT [--body-file FILE] [--json]",
	Help: `
Publishes an issue to every subscriber of LIST (its name, id or list
string). The body comes from --body-file FILE, or stdin ("-", or when no
file is given).

publish first answers the list's pending requests. If anyone left since
the last issue, the issue starts a new epoch: a fresh key, wrapped for
each remaining subscriber (progress is shown). The issue itself is one
envelope posted to the list's relays, so it costs the same whatever the
audience, and nothing is paid on chain.`,
	New: func(fs *flag.FlagSet) Runner {
		c := &publishCmd{}
		c.net.register(fs)
		fs.StringVar(&c.list, "list", "", "the `LIST` to publish to")
		fs.StringVar(&c.subject, "subject", "", "the issue's subject (`TEXT`)")
		fs.StringVar(&c.bodyFile, "body-file", "", "read the body from `FILE` (\"-\": stdin; default: stdin)")
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

type publishReport struct {
	netInfo
	List          string                    `json:"list"`
	Epoch         uint32                    `json:"epoch"`
	Index         uint32                    `json:"index"`
	EventID       string                    `json:"event_id"`
	Size          uint32                    `json:"size"`
	Audience      int                       `json:"audience"`
	Rotated       bool                      `json:"rotated"`
	RotationSlots int                       `json:"rotation_slots,omitempty"`
	RotationBytes int                       `json:"rotation_bytes,omitempty"`
	RotationMS    int64                     `json:"rotation_ms,omitempty"`
	Requests      *newsletter.RequestReport `json:"requests,omitempty"`
}

func (c *publishCmd) Run(ctx context.Context, env *Env, args []string) error {
	if c.list == "" {
		return usageErrorf("for example: bmail publish --list \"Relay Weekly\" --subject \"Issue 1\" < issue.md", "publish needs --list")
	}
	if strings.TrimSpace(c.subject) == "" {
		return usageErrorf("an issue needs a subject", "publish needs --subject")
	}
	body, err := readBody(env, c.bodyFile, true)
	if err != nil {
		return err
	}
	cl, nl, w, err := openNewsletters(ctx, env, &c.net, c.json)
	if err != nil {
		return err
	}
	defer cl.Close()
	l, err := nl.FindList(ctx, c.list)
	if err != nil {
		return explainNewsletter(err)
	}
	bar := newProgressBar(env.Stderr(), c.json)
	p, err := nl.Publish(ctx, newsletter.PublishRequest{List: l.Ref.List, Subject: c.subject, Body: body, Progress: bar.update})
	bar.done()
	if p == nil {
		return explainNewsletter(err)
	}
	rep := publishReport{netInfo: netOf(cl), List: l.Ref.String(), Epoch: p.Epoch, Index: p.Index,
		EventID: fmt.Sprintf("%x", p.EventID[:]), Size: p.PricedSize, Audience: p.Audience, Rotated: p.Rotated,
		RotationSlots: p.RotationSlots, RotationBytes: p.RotationBytes, RotationMS: p.RotationTime.Milliseconds(), Requests: p.Requests}
	if p.Rotated {
		fmt.Fprintf(w, "started epoch %d: the key went to %d subscribers (%d slots, %d bytes, %d ms)\n",
			p.Epoch, p.Audience, p.RotationSlots, p.RotationBytes, rep.RotationMS)
	}
	fmt.Fprintf(w, "published issue %d.%d of %q to %d subscribers (%d bytes, one event, nothing paid)\n",
		p.Epoch, p.Index, sanitize.Line(l.Name), p.Audience, p.PricedSize)
	if err != nil {
		return explainNewsletter(err)
	}
	if c.json {
		return printJSON(env.Stdout(), rep)
	}
	return nil
}

// ---- issues ----

type issuesCmd struct {
	net    netFlags
	noSync bool
	full   bool
	json   bool
}

var issuesCommand = &Command{
	Name:        "issues",
	Summary:     "fetch and show the issues of the newsletters you subscribe to",
	Usage:       "[LIST] [--full] [--no-sync] [--json]",
	AcceptsArgs: true,
	Help: `
Reads your subscriptions' relays (welcomes, new keys, new issues; an
issue that arrived while you were offline is fetched now) and lists the
issues you received, newest first: of every list, or of LIST (its name,
id or list string); * marks those you have not read. --full prints the
bodies and marks those issues read. --no-sync shows what is stored
without asking the relays (` + "`bmail sync`" + ` fetches them too).`,
	New: func(fs *flag.FlagSet) Runner {
		c := &issuesCmd{}
		c.net.register(fs)
		fs.BoolVar(&c.noSync, "no-sync", false, "do not ask the relays; show what is stored")
		fs.BoolVar(&c.full, "full", false, "print each issue's body")
		fs.BoolVar(&c.json, "json", false, "print the result as JSON")
		return c
	},
}

type issueLine struct {
	List    string `json:"list"`
	Name    string `json:"list_name"`
	Epoch   uint32 `json:"epoch"`
	Index   uint32 `json:"index"`
	Subject string `json:"subject"`
	Body    string `json:"body,omitempty"`
	SentAt  int64  `json:"sent_at"`
	Read    bool   `json:"read"` // read before this command (--full marks it read)
}

type issuesReport struct {
	netInfo
	Sync   *newsletter.SyncReport `json:"sync,omitempty"`
	Issues []issueLine            `json:"issues"`
}

func (c *issuesCmd) Run(ctx context.Context, env *Env, args []string) error {
	if len(args) > 1 {
		return usageErrorf("run `bmail help issues`", "name at most one list")
	}
	cl, nl, w, err := openNewsletters(ctx, env, &c.net, c.json)
	if err != nil {
		return err
	}
	defer cl.Close()
	rep := issuesReport{netInfo: netOf(cl)}
	var list [32]byte
	if len(args) == 1 {
		s, err := nl.FindSubscription(ctx, args[0])
		if err != nil {
			return explainNewsletter(err)
		}
		list = s.Ref.List
	}
	if !c.noSync {
		r, err := nl.Sync(ctx)
		if err != nil {
			return explainNewsletter(err)
		}
		rep.Sync = r
		fmt.Fprintf(w, "synced: %d new issues, %d welcomes, %d new keys", r.Issues, r.Welcomed, r.Rotations)
		if r.Removed > 0 {
			fmt.Fprintf(w, ", removed from %d lists", r.Removed)
		}
		if r.Rejected > 0 {
			fmt.Fprintf(w, ", %d refused (forged or tampered)", r.Rejected)
		}
		fmt.Fprintln(w)
		for _, e := range r.Errors {
			fmt.Fprintf(env.Stderr(), "warning: %v\n", e)
		}
	}
	is, err := nl.Issues(ctx, list)
	if err != nil {
		return explainNewsletter(err)
	}
	rep.Issues = []issueLine{}
	for _, i := range is {
		l := issueLine{List: fmt.Sprintf("%x", i.List[:]), Name: i.ListName, Epoch: i.Epoch, Index: i.Index,
			Subject: i.Subject, SentAt: i.SentAt, Read: i.Read}
		if c.full {
			l.Body = i.Body
		}
		rep.Issues = append(rep.Issues, l)
		mark := " "
		if !i.Read {
			mark = "*"
		}
		fmt.Fprintf(w, "%s %s  %s: %s\n", mark, time.Unix(i.SentAt, 0).UTC().Format(time.DateTime), sanitize.Line(i.ListName), sanitize.Line(i.Subject))
		if c.full {
			fmt.Fprintf(w, "\n%s\n\n", sanitize.Text(i.Body))
			if !i.Read {
				if err := cl.MarkIssueRead(ctx, i.List, i.Epoch, i.Index, true); err != nil {
					return explainNewsletter(err)
				}
			}
		}
	}
	if c.json {
		return printJSON(env.Stdout(), rep)
	}
	return nil
}
