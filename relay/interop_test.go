package relay_test

import (
	"context"
	"encoding/hex"
	"strings"
	"testing"
	"time"

	"github.com/bmail-network/bmail/relay/relayclient"
	"github.com/bmail-network/bmail/relay/relaytest"
	"github.com/bmail-network/bmail/relay/wire"
	"github.com/nbd-wtf/go-nostr"
	"github.com/nbd-wtf/go-nostr/nip42"
)

// TestInteropGoNostr drives the relay with a Nostr client library nobody
// here wrote (github.com/nbd-wtf/go-nostr, used only in this test): it
// AUTHs, publishes envelopes and a bundle it signed itself, subscribes, and
// verifies the signatures of what our relay and our client produced.
func TestInteropGoNostr(t *testing.T) {
	srv := relaytest.Start(t, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()

	aliceSK := nostr.GeneratePrivateKey()
	alicePK, _ := nostr.GetPublicKey(aliceSK)
	r, err := nostr.RelayConnect(ctx, srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()

	var challenge string
	select {
	case challenge = <-r.Challenges:
	case <-ctx.Done():
		t.Fatal("go-nostr saw no AUTH challenge")
	}
	auth := nip42.CreateUnsignedAuthEvent(challenge, alicePK, srv.URL)
	auth.Sign(aliceSK)
	// go-nostr v0.17 reports "sent" instead of "success" when our OK beats
	// its own status update (a race on its side); a refusal sets err. The
	// reads below prove AUTH and the publishes took effect.
	accepted := func(st nostr.Status, err error) bool { return err == nil && st != nostr.PublishStatusFailed }
	if st, err := r.Auth(ctx, auth); !accepted(st, err) {
		t.Fatalf("go-nostr AUTH: %v %v", st, err)
	}

	// go-nostr publishes an envelope to alice from a one-time key.
	oneTime := nostr.GeneratePrivateKey()
	env := nostr.Event{CreatedAt: nostr.Now(), Kind: wire.KindEnvelope,
		Tags: nostr.Tags{{"p", alicePK}}, Content: "aGVsbG8gZnJvbSBnby1ub3N0cg=="}
	env.Sign(oneTime)
	if st, err := r.Publish(ctx, env); !accepted(st, err) {
		t.Fatalf("go-nostr publish: %v %v", st, err)
	}
	// ...and a key bundle (replaceable, public).
	bundle := nostr.Event{CreatedAt: nostr.Now(), Kind: wire.KindBundle,
		Tags: nostr.Tags{{"w", "000000000000000000000000" + hex.EncodeToString(make([]byte, 19)) + "01"}}, Content: "bundle"}
	bundle.Sign(aliceSK)
	if st, err := r.Publish(ctx, bundle); !accepted(st, err) {
		t.Fatalf("go-nostr bundle: %v %v", st, err)
	}
	// A kind the relay does not carry is refused.
	note := nostr.Event{CreatedAt: nostr.Now(), Kind: 1, Tags: nostr.Tags{}, Content: "hi"}
	note.Sign(aliceSK)
	if st, err := r.Publish(ctx, note); st == nostr.PublishStatusSucceeded || err == nil || !strings.Contains(err.Error(), "blocked:") {
		t.Fatalf("kind 1: %v %v, want a blocked: refusal", st, err)
	}

	sub, err := r.Subscribe(ctx, nostr.Filters{{Kinds: []int{wire.KindEnvelope}, Tags: nostr.TagMap{"p": {alicePK}}}})
	if err != nil {
		t.Fatal(err)
	}
	select {
	case ev := <-sub.Events:
		if ev.ID != env.ID {
			t.Fatalf("stored event %s, want %s", ev.ID, env.ID)
		}
	case <-ctx.Done():
		t.Fatal("go-nostr got no stored event")
	}
	select {
	case <-sub.EndOfStoredEvents:
	case <-ctx.Done():
		t.Fatal("no EOSE")
	}

	// Our client signs (libsecp256k1 or btcec); go-nostr verifies it live.
	c, err := relayclient.Dial(ctx, srv.URL, relayclient.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var pk [32]byte
	b, _ := hex.DecodeString(alicePK)
	copy(pk[:], b)
	ours := envelope(t, pk, time.Now(), "from relayclient")
	if res, err := c.Publish(ctx, ours); err != nil || !res.OK {
		t.Fatalf("relayclient publish: %+v %v", res, err)
	}
	select {
	case ev := <-sub.Events: // go-nostr drops events whose signature fails
		if ev.ID != ours.IDHex() {
			t.Fatalf("live event %s", ev.ID)
		}
		if ok, err := ev.CheckSignature(); !ok {
			t.Fatalf("go-nostr rejects our signature: %v", err)
		}
	case <-ctx.Done():
		t.Fatal("go-nostr got no live event")
	}

	// A go-nostr client that did not AUTH sees none of alice's mail.
	stranger, err := nostr.RelayConnect(ctx, srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer stranger.Close()
	go func() {
		for range stranger.Challenges {
		}
	}()
	ssub, err := stranger.Subscribe(ctx, nostr.Filters{{Tags: nostr.TagMap{"p": {alicePK}}}})
	if err != nil {
		t.Fatal(err)
	}
	select {
	case ev := <-ssub.Events:
		t.Fatalf("a stranger received %s", ev.ID)
	case <-time.After(300 * time.Millisecond):
	}
	// Bundles are public: the stranger can read alice's.
	bsub, err := stranger.Subscribe(ctx, nostr.Filters{{Kinds: []int{wire.KindBundle}, Authors: []string{alicePK}}})
	if err != nil {
		t.Fatal(err)
	}
	select {
	case ev := <-bsub.Events:
		if ev.ID != bundle.ID {
			t.Fatalf("bundle %s", ev.ID)
		}
	case <-ctx.Done():
		t.Fatal("no bundle for the stranger")
	}
}
