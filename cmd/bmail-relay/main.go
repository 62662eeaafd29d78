package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "bmail-relay: no commands exist yet in this build")
	os.Exit(2)
}
