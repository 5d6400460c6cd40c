// Package parse turns the text of a newspaper page dump (pdftotext output,
// OCR output, or a clean one-article file) into articles.
//
// The package is pure: a string goes in, plain values come out, and nothing
// here does I/O, knows about terminals, or panics on input. The work is done
// in stages, each in its own file and testable alone:
//
//   - chars.go     character classes and print widths
//   - space.go     removal of spurious spaces (letter-spacing, CJK/digit autospace)
//   - lines.go     line classification (furniture, caption, byline, lead, text)
//   - segment.go   article boundaries
//   - reflow.go    column lines → paragraphs
//   - headline.go  headline groups and their assignment to articles
//   - byline.go    byline and lead names
//   - clean.go     the clean one-article layout
//
// Invariant kept by every stage: no non-whitespace character of the input is
// dropped. What is not an article field becomes page furniture or "other text".
package parse
