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

	// go-nostr keeps the relay's latest AUTH challenge in a field its read
	// loop writes without a lock, and Auth reads it. A REQ answered by EOSE
	// (read by the same loop after every earlier frame, handed over on a
	// channel) makes sure go-nostr has read all our relay sent before it, and
	// orders that write before Auth. Bundles are public, so the REQ needs no
	// AUTH; alice has published none yet.
	caughtUp := func() {
		t.Helper()
		sub, err := r.Subscribe(ctx, nostr.Filters{{Kinds: []int{wire.KindBundle}, Authors: []string{alicePK}}})
		if err != nil {
			t.Fatal(err)
		}
		defer sub.Unsub()
		select {
		case ev := <-sub.Events:
			t.Fatalf("a bundle before any was published: %v", ev)
		case <-sub.EndOfStoredEvents:
		case <-ctx.Done():
			t.Fatal("no EOSE before AUTH")
		}
	}
	// go-nostr builds the AUTH event (the challenge it saw, our relay's URL)
	// and waits for our OK; a refusal or no OK is an error. Our relay sends a
	// challenge as soon as the WebSocket is open, but go-nostr (v0.35) drops
	// frames that arrive with the handshake's response (it discards the
	// buffered reader its WebSocket dialer returns), so it may never see that
	// one. Only then may one AUTH be refused, for answering no challenge; our
	// relay sends a fresh challenge after every AUTH, and the next must pass.
	for try := 0; ; try++ {
		caughtUp()
		var saw string
		err := r.Auth(ctx, func(auth *nostr.Event) error {
			if c := auth.Tags.GetFirst([]string{"challenge", ""}); c != nil {
				saw = c.Value()
			}
			return auth.Sign(aliceSK)
		})
		if err == nil {
			if saw == "" {
				t.Fatal("our relay accepted an AUTH answering no challenge")
			}
			break
		}
		if try > 0 || saw != "" || !strings.Contains(err.Error(), "invalid: AUTH does not answer the current challenge") {
			if saw == "" {
				t.Error("go-nostr saw no AUTH challenge")
			}
			t.Fatalf("go-nostr AUTH: %v", err)
		}
	}

	// go-nostr publishes an envelope to alice from a one-time key.
	oneTime := nostr.GeneratePrivateKey()
	env := nostr.Event{CreatedAt: nostr.Now(), Kind: wire.KindEnvelope,
		Tags: nostr.Tags{{"p", alicePK}}, Content: "aGVsbG8gZnJvbSBnby1ub3N0cg=="}
	if err := env.Sign(oneTime); err != nil {
		t.Fatal(err)
	}
	if err := r.Publish(ctx, env); err != nil {
		t.Fatalf("go-nostr publish: %v", err)
	}
	// ...and a key bundle (replaceable, public).
	bundle := nostr.Event{CreatedAt: nostr.Now(), Kind: wire.KindBundle,
		Tags: nostr.Tags{{"w", "000000000000000000000000" + hex.EncodeToString(make([]byte, 19)) + "01"}}, Content: "bundle"}
	if err := bundle.Sign(aliceSK); err != nil {
		t.Fatal(err)
	}
	if err := r.Publish(ctx, bundle); err != nil {
		t.Fatalf("go-nostr bundle: %v", err)
	}
	// A kind the relay does not carry is refused.
	note := nostr.Event{CreatedAt: nostr.Now(), Kind: 1, Tags: nostr.Tags{}, Content: "hi"}
	if err := note.Sign(aliceSK); err != nil {
		t.Fatal(err)
	}
	if err := r.Publish(ctx, note); err == nil || !strings.Contains(err.Error(), "blocked:") {
		t.Fatalf("kind 1: %v, want a blocked: refusal", err)
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
	ssub, err := stranger.Subscribe(ctx, nostr.Filters{{Tags: nostr.TagMap{"p": {alicePK}}}})
	if err != nil {
		t.Fatal(err)
	}
	select {
	case ev, ok := <-ssub.Events:
		if ok {
			t.Fatalf("a stranger received %s", ev.ID)
		}
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
