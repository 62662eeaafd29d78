package tui_test

import (
	"context"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/bmail-network/bmail/client/tui"
	"github.com/bmail-network/bmail/client/tui/common"
)

// onboardingApp is the UI with no identity (no client needed).
func onboardingApp(keys *common.KeyMap) *tui.App {
	return tui.New(context.Background(), tui.Options{Keys: keys, Onboard: tui.OnboardOptions{Home: "unused"}})
}

// Ctrl+Z suspends (Bubble Tea then restores the terminal, stops the
// process and redraws on resume), also while a text field has the focus;
// a keys file moves it.
func TestSuspend(t *testing.T) {
	ctrlZ := tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl}
	_, cmd := onboardingApp(nil).Update(ctrlZ)
	if cmd == nil {
		t.Fatal("ctrl+z did nothing")
	}
	if _, ok := cmd().(tea.SuspendMsg); !ok {
		t.Fatalf("ctrl+z gave %T, want a suspend", cmd())
	}
	km := common.DefaultKeyMap()
	km.Suspend = key.NewBinding(key.WithKeys("ctrl+s"))
	if err := km.Validate(); err != nil {
		t.Fatal(err)
	}
	if _, cmd := onboardingApp(km).Update(ctrlZ); cmd != nil {
		if _, ok := cmd().(tea.SuspendMsg); ok {
			t.Fatal("ctrl+z still suspends after it was rebound")
		}
	}
	_, cmd = onboardingApp(km).Update(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	if cmd == nil {
		t.Fatal("the rebound key does not suspend")
	}
	if _, ok := cmd().(tea.SuspendMsg); !ok {
		t.Fatalf("the rebound key gave %T", cmd())
	}
}

// colourSGR matches an SGR sequence that sets a foreground or background
// colour (16, 256 or true colour).
var colourSGR = regexp.MustCompile(`\x1b\[[0-9;]*(3[0-9]|4[0-9]|9[0-7]|10[0-7])(;[0-9;]*)?m`)

// runOnce runs the UI on a pipe in the given colour profile until it has
// drawn the welcome screen, then quits it with ctrl+c.
func runOnce(t *testing.T, profile colorprofile.Profile) string {
	t.Helper()
	var out syncBuffer
	in, typing := io.Pipe()
	defer typing.Close()
	go func() {
		for !strings.Contains(out.String(), "[c] create") {
			time.Sleep(10 * time.Millisecond)
		}
		typing.Write([]byte("\x03")) // ctrl+c
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	err := tui.Run(ctx, tui.Options{Onboard: tui.OnboardOptions{Home: t.TempDir()}},
		tea.WithInput(in), tea.WithOutput(&out), tea.WithWindowSize(80, 24), tea.WithoutSignals(),
		tea.WithColorProfile(profile))
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return out.String()
}

// NO_COLOR turns colours off whatever the terminal says it can show.
func TestNoColor(t *testing.T) {
	t.Setenv("NO_COLOR", "")
	if o := runOnce(t, colorprofile.TrueColor); !colourSGR.MatchString(o) {
		t.Fatal("no colours without NO_COLOR: the check below could not fail")
	}
	t.Setenv("NO_COLOR", "1")
	o := runOnce(t, colorprofile.TrueColor)
	if m := colourSGR.FindString(o); m != "" {
		t.Fatalf("NO_COLOR=1 and the output sets a colour: %q", m)
	}
	if !strings.Contains(o, "Welcome to b-mail") {
		t.Fatal("the screen was not drawn")
	}
}

// The mouse is off (the terminal's own selection works), the screen is the
// alternate one, and the window is titled.
func TestViewLeavesTheMouse(t *testing.T) {
	v := onboardingApp(nil).View()
	if v.MouseMode != tea.MouseModeNone {
		t.Fatalf("mouse mode %v", v.MouseMode)
	}
	if !v.AltScreen || v.WindowTitle != "b-mail" {
		t.Fatalf("alt screen %v, title %q", v.AltScreen, v.WindowTitle)
	}
}
