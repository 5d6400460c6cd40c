package main

import (
	"github.com/kanbao/kanbao/parse/load"
	"github.com/kanbao/kanbao/tui/text"
)

// runTUI starts the reader.
func runTUI(srcs []source, lo load.Options, o *text.Oracle, e env) int {
	return writePlain(e.stdout, e.stderr, docs(srcs, lo), o, terminalWidth(e.stdout))
}
