// Command bmail-relay is the relay operator's daemon. It is thin: it reads
// configuration (relay/config) and runs the relay package.
//
//	bmail-relay [serve] [-config FILE] [-listen ADDR] [-public-url URL] [-data-dir DIR] …
//	bmail-relay backup [-data-dir DIR] DEST
//	bmail-relay key new|restore|show [-keystore FILE]
//	bmail-relay earnings [-json]
//	bmail-relay withdraw [-amount GWEI] [-to ADDR] [-wait]
//	bmail-relay version
//
// Signals: SIGINT or SIGTERM drain in-flight writes and stop; SIGHUP
// reloads the settings that can change without a restart.
package main
