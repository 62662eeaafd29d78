// Command bmail is the b-mail user's binary: the CLI subcommands and the
// terminal UI. It is thin: it parses flags and calls the client package.
package main
