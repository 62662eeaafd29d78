package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
)

// maxLine bounds a typed answer.
const maxLine = 4096

var _ LineReader = (*ttyTerminal)(nil)

// ReadLine shows prompt and reads one line, echoed, from the terminal.
func (t *ttyTerminal) ReadLine(ctx context.Context, prompt string) (string, error) {
	fmt.Fprint(t.out, prompt)
	type result struct {
		s   string
		err error
	}
	done := make(chan result, 1)
	go func() {
		var line bytes.Buffer
		b := make([]byte, 1)
		for line.Len() < maxLine {
			n, err := os.Stdin.Read(b)
			if n == 1 {
				if b[0] == '\n' {
					break
				}
				line.WriteByte(b[0])
			}
			if err != nil {
				done <- result{line.String(), err}
				return
			}
		}
		done <- result{line.String(), nil}
	}()
	select {
	case r := <-done:
		return r.s, r.err
	case <-ctx.Done():
		fmt.Fprintln(t.out)
		return "", ctx.Err()
	}
}
