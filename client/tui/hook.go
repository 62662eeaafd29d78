package tui

import (
	"context"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/bmail-network/bmail/client/tui/common"
)

// HookTimeout bounds one run of the new-mail hook.
const HookTimeout = 30 * time.Second

// hookDoneMsg: a hook run ended (an error is shown inline).
type hookDoneMsg struct{ err error }

// runHook runs the user's new-mail hook for one message, in the
// background: the screen never waits for it and its output never reaches
// the terminal. What the sender controls reaches it sanitised, in
// environment variables (never as words of a command line).
func (a *App) runHook(id int64) tea.Cmd {
	args := strings.Fields(a.o.Hook)
	if len(args) == 0 {
		return nil
	}
	// The command runs off the program's goroutine: it reads a copy of the
	// local names, not the map the app updates.
	b, ctx := a.c.Backend, a.ctx
	c := *a.c
	c.Names = maps.Clone(a.c.Names)
	return func() tea.Msg {
		m, err := b.Message(ctx, id)
		if err != nil {
			return hookDoneMsg{fmt.Errorf("new-mail hook: %w", err)}
		}
		ctx, cancel := context.WithTimeout(ctx, HookTimeout)
		defer cancel()
		cmd := exec.CommandContext(ctx, args[0], args[1:]...)
		cmd.Env = append(os.Environ(),
			"BMAIL_MESSAGE_ID="+strconv.FormatInt(id, 10),
			"BMAIL_FROM="+m.From.Hex(),
			"BMAIL_FROM_NAME="+c.MessageFrom(m),
			"BMAIL_SUBJECT="+common.Sender(m.Subject),
			"BMAIL_FEE_GWEI="+strconv.FormatUint(m.Fee, 10),
			"BMAIL_FREE="+strconv.FormatBool(m.Free))
		if err := cmd.Run(); err != nil {
			return hookDoneMsg{fmt.Errorf("new-mail hook %s: %w", args[0], err)}
		}
		return hookDoneMsg{}
	}
}
