package common

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

func TestDefaultKeyMapHasNoConflicts(t *testing.T) {
	if err := DefaultKeyMap().Validate(); err != nil {
		t.Fatal(err)
	}
}

func writeKeys(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "keys.json")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadKeyMap(t *testing.T) {
	t.Run("missing file gives the defaults", func(t *testing.T) {
		k, err := LoadKeyMap(filepath.Join(t.TempDir(), "none.json"))
		if err != nil || !key.Matches(tea.KeyPressMsg{Code: 'a', Text: "a"}, k.Archive) {
			t.Fatalf("k=%v err=%v", k, err)
		}
	})
	t.Run("rebinding moves the key and the help", func(t *testing.T) {
		k, err := LoadKeyMap(writeKeys(t, `{"mail.archive": "e", "reader.ack": ["A", "ctrl+a"]}`))
		if err != nil {
			t.Fatal(err)
		}
		if key.Matches(tea.KeyPressMsg{Code: 'a', Text: "a"}, k.Archive) || !key.Matches(tea.KeyPressMsg{Code: 'e', Text: "e"}, k.Archive) {
			t.Fatalf("archive keys %v", k.Archive.Keys())
		}
		if k.Archive.Help().Key != "e" || k.Archive.Help().Desc != "archive" {
			t.Fatalf("help %+v", k.Archive.Help())
		}
		if !key.Matches(tea.KeyPressMsg{Code: 'a', Mod: tea.ModCtrl}, k.AckMenu) {
			t.Fatal("ctrl+a does not open the ack menu")
		}
	})
	t.Run("a conflict names both actions", func(t *testing.T) {
		// "d" is mail.delete already; the folder row is active with the mail list.
		_, err := LoadKeyMap(writeKeys(t, `{"folders.next": "d"}`))
		if !errors.Is(err, ErrKeyConflict) || !strings.Contains(err.Error(), "folders.next") || !strings.Contains(err.Error(), "mail.delete") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("an always-active key conflicts everywhere", func(t *testing.T) {
		_, err := LoadKeyMap(writeKeys(t, `{"compose.review": "ctrl+c"}`))
		if !errors.Is(err, ErrKeyConflict) {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("the same key on screens never active together is fine", func(t *testing.T) {
		if _, err := LoadKeyMap(writeKeys(t, `{"contacts.add": "x", "outbox.cancel": "x"}`)); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("unbinding", func(t *testing.T) {
		k, err := LoadKeyMap(writeKeys(t, `{"mail.delete": []}`))
		if err != nil {
			t.Fatal(err)
		}
		if k.Delete.Enabled() || len(k.Delete.Keys()) != 0 {
			t.Fatal("delete is still bound")
		}
	})
	for name, body := range map[string]string{
		"unknown action": `{"mail.explode": "x"}`,
		"not an object":  `["a"]`,
		"bad value":      `{"mail.archive": 3}`,
		"empty key":      `{"mail.archive": ""}`,
	} {
		t.Run(name+" is refused", func(t *testing.T) {
			if _, err := LoadKeyMap(writeKeys(t, body)); err == nil {
				t.Fatal("accepted")
			}
		})
	}
}

func TestDuration(t *testing.T) {
	for d, want := range map[string]string{"0s": "none", "40s": "40 s", "5m": "5 min", "90m": "1 h 30 min",
		"23h59m": "23 h", "719h": "29 d 23 h", "48h": "2 d"} {
		dd, _ := time.ParseDuration(d)
		if got := Duration(dd); got != want {
			t.Errorf("Duration(%s) = %q, want %q", d, got, want)
		}
	}
}
