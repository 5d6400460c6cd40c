// Command kanbao reads Chinese newspaper page dumps (pdftotext or OCR
// output, clean article files) and shows them as articles: in a terminal
// reader, as reflowed text (--plain) or as JSON (--json).
package main

import (
	"os"

	"github.com/kanbao/kanbao/internal/quietinit"
)

func main() {
	quietinit.Restore()
	os.Exit(run(os.Args[1:], env{
		stdin:  os.Stdin,
		stdout: os.Stdout,
		stderr: os.Stderr,
		getenv: os.Getenv,
	}))
}
