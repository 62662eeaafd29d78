package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/bmail-network/bmail/client/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.NewMain().Run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}
