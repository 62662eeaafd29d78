package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"
)

// MinPassphraseLength is the shortest passphrase a new keystore accepts,
// in characters.
const MinPassphraseLength = 8

// maxPassphraseFileSize bounds what --passphrase-file reads.
const maxPassphraseFileSize = 4096

// passphraseSource is where the keystore passphrase comes from.
type passphraseSource struct {
	read        func(prompt string) ([]byte, error)
	interactive bool
	wrongHint   string
}

// passphraseSource picks --passphrase-file, then BMAIL_PASSPHRASE, then
// the terminal.
func (e *Env) passphraseSource(ctx context.Context) (*passphraseSource, error) {
	if e.passphraseFile != "" {
		path := e.passphraseFile
		return &passphraseSource{
			read:      func(string) ([]byte, error) { return readPassphraseFile(path) },
			wrongHint: fmt.Sprintf("the passphrase in %s does not open this keystore", path),
		}, nil
	}
	if p := e.Getenv("BMAIL_PASSPHRASE"); p != "" {
		return &passphraseSource{
			read:      func(string) ([]byte, error) { return []byte(p), nil },
			wrongHint: "BMAIL_PASSPHRASE does not open this keystore; unset it to be asked instead",
		}, nil
	}
	if t := e.Terminal(); t != nil {
		return &passphraseSource{
			read:        func(prompt string) ([]byte, error) { return t.ReadSecret(ctx, prompt) },
			interactive: true,
			wrongHint:   "if you forgot the passphrase, run `bmail restore` with your recovery words in a new --home",
		}, nil
	}
	return nil, withHint(errors.New("a passphrase is needed and there is no terminal to ask on"),
		"pass --passphrase-file FILE or set BMAIL_PASSPHRASE")
}

// newPassphrase reads the passphrase for a new keystore from src: typed
// twice at a prompt, or taken once from a file or the environment.
func (e *Env) newPassphrase(src *passphraseSource) ([]byte, error) {
	for try := 1; ; try++ {
		p, err := src.read("New passphrase for the keystore: ")
		if err != nil {
			return nil, err
		}
		if n := utf8.RuneCount(p); n < MinPassphraseLength {
			err = fmt.Errorf("passphrase of %d characters; use at least %d", n, MinPassphraseLength)
		} else if src.interactive {
			again, rerr := src.read("Repeat the passphrase: ")
			if rerr != nil {
				return nil, rerr
			}
			if !bytes.Equal(p, again) {
				err = errors.New("the two passphrases differ")
			}
			clear(again)
		}
		if err == nil {
			return p, nil
		}
		clear(p)
		if !src.interactive || try == 3 {
			return nil, withHint(err, "choose a passphrase of at least %d characters and type it the same way twice", MinPassphraseLength)
		}
		fmt.Fprintf(e.Stderr(), "bmail: %v; try again\n", err)
	}
}

// readPassphraseFile returns the first line of path, without its line
// ending.
func readPassphraseFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("passphrase file: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxPassphraseFileSize))
	if err != nil {
		return nil, fmt.Errorf("passphrase file: %w", err)
	}
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		data = data[:i]
	}
	data = bytes.TrimSuffix(data, []byte("\r"))
	if len(data) == 0 {
		return nil, withHint(fmt.Errorf("passphrase file %s: first line is empty", path),
			"put the passphrase on the first line of the file")
	}
	return data, nil
}
