// Command newsletter measures b-mail newsletters at scale. It starts a
// devnet (the embedded chain with BMail deployed and two relays on
// loopback, in a temporary directory), a publisher with one list and one
// real subscriber (subscribed through the relays and welcomed), fills the
// rest of the roster directly in the publisher's store up to -subscribers,
// then
//
//  1. publishes -issues issues with no rotation (each: read the list's
//     requests from both relays, seal once, record, post to both relays)
//     and takes the median wall time;
//  2. removes one subscriber and publishes again: that issue starts a new
//     epoch, wrapping its key to every remaining subscriber, cut into
//     slices that are signed, recorded and posted to both relays;
//  3. checks that the real subscriber reads both the plain issues and the
//     rotated one (so the numbers are of a rotation that works);
//
// and prints one line:
//
//	subscribers=<n> publish_ms=<x> rotate_ms=<y> rotate_bytes=<b>
//
// publish_ms is the median issue without rotation; rotate_ms is the whole
// issue that rotates (roster read, wraps, slices, recording, posting);
// rotate_bytes is the rotation's slices and notice (event content before
// base64). Details go to stderr. Every wait is bounded by -timeout.
package main

import (
	"context"
	"crypto/rand"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/devnet"
	"github.com/bmail-network/bmail/client/identity"
	"github.com/bmail-network/bmail/client/newsletter"
	"github.com/bmail-network/bmail/client/store"
)

func main() {
	subscribers := flag.Int("subscribers", 100_000, "roster size")
	issues := flag.Int("issues", 5, "issues without rotation to time (median)")
	timeout := flag.Duration("timeout", 5*time.Minute, "bound on the whole run")
	flag.Parse()
	if *subscribers < 2 || *issues < 1 {
		fmt.Fprintln(os.Stderr, "newsletter: want -subscribers ≥ 2 and -issues ≥ 1")
		os.Exit(2)
	}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	if err := run(ctx, *subscribers, *issues); err != nil {
		fmt.Fprintln(os.Stderr, "newsletter:", err)
		os.Exit(1)
	}
}

func person(ctx context.Context, net *devnet.Devnet, dir string) (*client.Client, error) {
	m, err := identity.NewMnemonic()
	if err != nil {
		return nil, err
	}
	id, err := identity.FromMnemonic(m, 0)
	if err != nil {
		return nil, err
	}
	if err := net.Fund(ctx, id.Address, big.NewInt(params.Ether)); err != nil {
		return nil, err
	}
	c, err := client.Open(ctx, net.Config(dir), client.Options{Identity: id})
	if err != nil {
		return nil, err
	}
	if _, err := c.Register(ctx, client.RegisterOptions{Relays: net.RelayURLs()}); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

func run(ctx context.Context, n, issues int) error {
	net, err := devnet.Start(ctx, devnet.Options{})
	if err != nil {
		return err
	}
	defer net.Close()
	pc, err := person(ctx, net, filepath.Join(net.Dir(), "publisher"))
	if err != nil {
		return err
	}
	defer pc.Close()
	rc, err := person(ctx, net, filepath.Join(net.Dir(), "reader"))
	if err != nil {
		return err
	}
	defer rc.Close()
	pub, reader := newsletter.New(pc), newsletter.New(rc)
	l, err := pub.CreateList(ctx, newsletter.CreateListRequest{Name: "Bench Weekly"})
	if err != nil {
		return err
	}
	list := l.Ref.List
	if _, err := reader.Subscribe(ctx, l.Ref.String()); err != nil {
		return err
	}
	if rep, err := pub.ProcessRequests(ctx, list); err != nil || len(rep.Subscribed) != 1 {
		return fmt.Errorf("the reader's subscription: %+v %v", rep, err)
	}
	if rep, err := reader.Sync(ctx); err != nil || rep.Welcomed != 1 {
		return fmt.Errorf("the reader's welcome: %+v %v", rep, err)
	}

	start := time.Now()
	st := pc.Store()
	err = st.NewsletterTx(ctx, func(tx *store.NL) error {
		sl, err := tx.List(ctx, list)
		if err != nil {
			return err
		}
		for slot := sl.Slots; slot < uint32(n); slot++ {
			s := &store.ListSubscriber{List: list, Slot: slot, Active: true, JoinedAt: tx.Now()}
			rand.Read(s.Account[:])
			rand.Read(s.Key[:])
			if err := tx.PutSubscriber(ctx, s); err != nil {
				return err
			}
		}
		sl.Slots = uint32(n)
		return tx.PutList(ctx, sl)
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "roster of %d filled in %v\n", n, time.Since(start).Round(time.Millisecond))

	var times []time.Duration
	for i := range issues {
		t0 := time.Now()
		p, err := pub.Publish(ctx, newsletter.PublishRequest{List: list, Subject: fmt.Sprintf("Issue %d", i+1), Body: "The week in relays."})
		if err != nil {
			return err
		}
		times = append(times, time.Since(t0))
		if p.Rotated || p.Audience != n {
			return fmt.Errorf("publish %d: rotated %v, audience %d", i+1, p.Rotated, p.Audience)
		}
	}
	slices.Sort(times)
	publish := times[len(times)/2]
	fmt.Fprintf(os.Stderr, "publish without rotation: %v (min %v, max %v over %d issues)\n", publish, times[0], times[len(times)-1], issues)

	subs, err := st.Newsletters().Subscribers(ctx, list, true)
	if err != nil {
		return err
	}
	leaver := subs[len(subs)-1].Account
	if leaver == rc.Address() {
		leaver = subs[0].Account
	}
	if err := pub.RemoveSubscriber(ctx, list, common.Address(leaver)); err != nil {
		return err
	}
	t0 := time.Now()
	p, err := pub.Publish(ctx, newsletter.PublishRequest{List: list, Subject: "After the rotation", Body: "A new key."})
	if err != nil {
		return err
	}
	rotate := time.Since(t0)
	if !p.Rotated || p.Audience != n-1 || p.RotationSlots != n {
		return fmt.Errorf("the rotating publish: %+v", p)
	}
	fmt.Fprintf(os.Stderr, "rotation: %d slots, wraps and slices built in %v, whole issue %v, %d bytes\n",
		p.RotationSlots, p.RotationTime.Round(time.Millisecond), rotate.Round(time.Millisecond), p.RotationBytes)

	rep, err := reader.Sync(ctx)
	if err != nil {
		return err
	}
	if rep.Issues != issues+1 || rep.Rotations != 1 {
		return fmt.Errorf("the real subscriber read %d of %d issues and %d rotations: %+v", rep.Issues, issues+1, rep.Rotations, rep)
	}
	fmt.Fprintf(os.Stderr, "the real subscriber read all %d issues and the new key\n", rep.Issues)
	fmt.Printf("subscribers=%d publish_ms=%d rotate_ms=%d rotate_bytes=%d\n", n, publish.Milliseconds(), rotate.Milliseconds(), p.RotationBytes)
	return nil
}
