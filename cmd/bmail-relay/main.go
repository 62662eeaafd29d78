package main

import (
	"context"
	"os"
)

func main() { os.Exit(NewMain().Run(context.Background(), os.Args[1:])) }
