// Command kanbao reads Chinese newspaper page dumps (pdftotext or OCR
// output, clean article files) and shows them as articles: in a terminal
// reader, as reflowed text (--plain) or as JSON (--json).
package main

import (
	"os"
	"runtime/debug"

	"github.com/kanbao/kanbao/internal/quietinit"
)

// gcPercent: parsing allocates many short-lived values over a small live
// heap, so the default 100 % collects every few pages; twice that cuts a
// fifth of the time of --json over an archive and costs a few MB. A GOGC
// the user sets wins.
const gcPercent = 200

func main() {
	quietinit.Restore()
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	os.Exit(run(os.Args[1:], env{
		stdin:  os.Stdin,
		stdout: os.Stdout,
		stderr: os.Stderr,
		getenv: os.Getenv,
	}))
}
