package tui_test

import (
	"bytes"
	"context"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/bmail-network/bmail/client"
	"github.com/bmail-network/bmail/client/tui"
	"github.com/bmail-network/bmail/client/tui/common"
)

var errProgramPanic = tea.ErrProgramPanic

// panicky is a client whose sync panics (a bug in a command).
type panicky struct{ common.Backend }

func (panicky) Sync(context.Context) (*client.SyncReport, error) {
	panic("a bug in a client call")
}

func runPanicking(t *testing.T, b common.Backend) error {
	var out syncBuffer
	in, typing := io.Pipe()
	p := tea.NewProgram(tui.New(context.Background(), tui.Options{Backend: b}),
		tea.WithInput(in), tea.WithOutput(&out), tea.WithWindowSize(80, 24), tea.WithoutSignals())
	go func() {
		// Once the screen is drawn, press $ (sync), which panics.
		for !strings.Contains(out.String(), "Inbox") {
			time.Sleep(10 * time.Millisecond)
		}
		typing.Write([]byte("$"))
	}()
	_, err := p.Run()
	typing.Close()
	o := out.String()
	if !strings.Contains(o, "\x1b[?1049h") {
		t.Fatal("the UI never entered the alternate screen")
	}
	o = o[strings.LastIndex(o, "\x1b[?1049h"):]
	for _, want := range []string{"\x1b[?1049l", "\x1b[?25h"} { // alternate screen left, cursor shown
		if !strings.Contains(o, want) {
			t.Errorf("after the panic the output lacks %q: the terminal is not restored", want)
		}
	}
	return err
}

// syncBuffer is a bytes.Buffer safe for the program and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
