// Package parse turns the text of a newspaper page dump (pdftotext output,
// OCR output, or a clean one-article file) into articles, and a page's
// positioned lines (pdftohtml geometry) into the same.
//
// The package is pure: a string or a PageGeometry goes in, plain values
// come out, and nothing here does I/O, knows about terminals, or panics on
// input.
//
// A column page (columns.go) is parsed in stages, each a file with its own
// table tests; the values they hand on are in values.go:
//
//   - lines.go     classify each line; spurious spaces, jump notes, datelines
//   - blocks.go    group lines into text blocks, captions, bylines, furniture
//   - measure.go   the page's punctuation width and column width
//   - segment.go   stories and headline candidates
//   - order.go     reading-order repair: stray columns, fragments, continuations
//   - swap.go      two stories' rests exchanged when the cuts read better crossed
//   - untangle.go  a story's blocks put back in order when read in rounds
//   - reflow.go    column lines → paragraphs
//   - byline.go    leads split off, bylines gathered (lead.go: the datelines)
//   - headline.go  headlines given to stories for the whole page, grouped
//   - stacks.go    stacks side by side, read row by row, dealt back
//
// Rules they share: chars.go (character classes, print widths), space.go
// (spurious spaces), words.go (the bigram vocabulary signal), marks.go
// (page label and date). clean.go parses the clean one-article layout,
// geometry.go positioned lines.
//
// Invariant kept by every stage: no non-whitespace character of the input is
// dropped (invariant_test.go checks each stage boundary). What is not an
// article field becomes page furniture or "other text".
package parse
