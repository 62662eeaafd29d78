// Command bmail-relay is the relay operator's daemon. It is thin: it reads
// configuration and runs the relay package.
package main
