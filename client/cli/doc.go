// Package cli is the bmail command line: it parses arguments, finds the
// user's data directory, asks for passphrases and prints results; the work
// itself is done by the client packages. cmd/bmail's main is one call to
// NewMain().Run.
//
// Conventions every subcommand follows (add one by writing a file with a
// *Command and listing it in commands):
//   - One file per subcommand (init.go, whoami.go, …) holding its Command
//     value: name, one-line summary, usage, long help, flags and Run.
//   - Shared state comes from *Env: the data directory (--home, BMAIL_HOME,
//     XDG), the streams, the clock, and OpenIdentity/LoadKeystore/
//     LoadBundle, the one way to reach the user's keys.
//   - --json prints exactly one JSON object and a newline on stdout, with
//     snake_case field names and 0x-prefixed hex for bytes; without it,
//     output is aligned "label  value" lines for people.
//   - Secrets are read from --passphrase-file, then BMAIL_PASSPHRASE, then
//     a no-echo prompt on the terminal; nothing secret is ever a flag value.
//   - Errors are returned, not printed: Run prints "bmail: <error>", an
//     optional "hint: <what to do>" line, and exits with the code of the
//     error (see the exit codes in `bmail help`).
//
// Invariants: nothing is written to the data directory before every input
// has been checked; files are replaced atomically; the keystore is mode
// 0600 and the directory 0700.
package cli
