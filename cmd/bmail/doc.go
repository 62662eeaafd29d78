// Command bmail is the b-mail user's binary: the CLI subcommands and the
// terminal UI. It is thin: main hands its arguments to client/cli, which
// parses flags and calls the client packages.
package main
