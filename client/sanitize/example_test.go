package sanitize_test

import (
	"fmt"

	"github.com/bmail-network/bmail/client/sanitize"
)

func ExampleLine() {
	subject := "Invoice \x1b[8mhidden\x1b[0m \u202egnp.exe"
	fmt.Printf("%q\n", sanitize.Line(subject))
	// Output: "Invoice hidden gnp.exe"
}

func ExampleText() {
	body := "Hello\r\n\x1b]0;new title\x07Bob\tthanks"
	fmt.Printf("%q\n", sanitize.Text(body))
	// Output: "Hello\nBob\tthanks"
}
