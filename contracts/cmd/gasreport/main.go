// Command gasreport prints the BMail contract's gas per operation under
// Osaka rules, one `op=<name> gas=<n>` line each, plus the calldata bytes
// per settlement order.
//
// With -profile op (repeatable, comma-separated) it also prints the opcode
// trace of that operation's transaction: gas by opcode and, given -srcmap
// (a file written by `BMAIL_SRCMAP=file node contracts/build.js /tmp/out`),
// by source line. With -access-list the settlement batches carry an EIP-2930
// access list of the slots they read (contracts.SettleAccessList).
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/bmail-network/bmail/contracts/gasreport"
)

func main() {
	profile := flag.String("profile", "", "operations to profile, comma-separated (e.g. batch_per_message)")
	srcmap := flag.String("srcmap", "", "source map file for per-line profiles")
	top := flag.Int("top", 40, "source lines to print per profile")
	window := flag.Int("window", 0, "also print the opcodes between the n-th and the next Delivered log")
	accessList := flag.Bool("access-list", false, "send the settlement batches with an EIP-2930 access list (contracts.SettleAccessList)")
	flag.Parse()
	var sm *gasreport.SourceMap
	if *srcmap != "" {
		var err error
		if sm, err = gasreport.LoadSourceMap(*srcmap); err != nil {
			fmt.Fprintln(os.Stderr, "gasreport:", err)
			os.Exit(1)
		}
	}
	var res []gasreport.Result
	var profs map[string]*gasreport.Profile
	var err error
	if *profile != "" {
		res, profs, err = gasreport.RunProfiled()
	} else if *accessList {
		res, err = gasreport.RunAccessList()
	} else {
		res, err = gasreport.Run()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gasreport:", err)
		os.Exit(1)
	}
	for _, r := range res {
		fmt.Println(r)
	}
	for _, op := range strings.Split(*profile, ",") {
		if op == "" {
			continue
		}
		p, ok := profs[op]
		if !ok {
			fmt.Fprintf(os.Stderr, "gasreport: no operation %q to profile\n", op)
			os.Exit(2)
		}
		fmt.Println()
		p.Write(os.Stdout, sm, *top)
		if *window > 0 {
			p.WriteWindow(os.Stdout, sm, *window)
		}
	}
}
