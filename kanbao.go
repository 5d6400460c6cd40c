// Package kanbao is the root of the kanbao module: a terminal reader for
// Chinese newspaper page dumps. The code lives in parse (page text →
// articles), tui (the reader and its typography) and cmd/kanbao (the
// command line); this package only carries the built-in sample page.
package kanbao

import _ "embed"

// SamplePage is a real pdftotext dump of a four-article page of a district
// newspaper (高新时报, June 2022), opened when kanbao is started with no
// input.
//
//go:embed testdata/pages/gaoxin-2022-06.txt
var SamplePage []byte

// SampleName is how the sample is named in output ("source").
const SampleName = "sample"
