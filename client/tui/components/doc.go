// Package components holds the terminal UI's reusable widgets: a pager that
// wraps to the width and searches, a sparkline, a one-line prompt, a yes/no
// confirmation, and the help overlay. They draw what they are given; pages
// own the data and the client calls.
package components
