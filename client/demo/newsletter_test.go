package demo

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bmail-network/bmail/client/devnet"
)

// The newsletter chapter alone, on its own devnet: both subscribers read
// issue 1, only Bob reads issue 2 (a new epoch after Carol left), and
// Alice sent no transaction.
func TestNewsletterChapter(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer net.Close()
	var people []*person
	for _, name := range []string{"Alice", "Bob", "Carol"} {
		p, err := newPerson(ctx, net, t.TempDir(), name, net.RelayURLs(), nil)
		if err != nil {
			t.Fatal(err)
		}
		defer p.c.Close()
		people = append(people, p)
	}
	var out bytes.Buffer
	res, err := newsletterChapter(ctx, &story{out: &out}, people[0], people[1], people[2])
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if res.First.Audience != 2 || res.First.Rotated || !res.Second.Rotated || res.Second.Audience != 1 || res.Second.Epoch != 1 {
		t.Fatalf("issues: first %+v, second %+v", res.First, res.Second)
	}
	slices.Sort(res.BobRead)
	if !slices.Equal(res.BobRead, []string{"Notes #1: retention", "Notes #2: batching"}) ||
		!slices.Equal(res.CarolRead, []string{"Notes #1: retention"}) || res.CarolSync.Issues != 0 {
		t.Fatalf("Bob read %v, Carol read %v (sync %+v)", res.BobRead, res.CarolRead, res.CarolSync)
	}
	if res.AliceNonce[0] != res.AliceNonce[1] {
		t.Fatalf("Alice sent %d transactions", res.AliceNonce[1]-res.AliceNonce[0])
	}
	for _, want := range []string{"bmail-list:", "epoch 1", "0 transactions"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the chapter lacks %q:\n%s", want, out.String())
		}
	}
	if testing.Verbose() {
		t.Log("\n" + out.String())
	}
}
