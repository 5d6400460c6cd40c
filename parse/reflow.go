package parse

import (
	"strings"
	"unicode/utf8"
)

// Paragraph ends in column text (quirks 3 and 11). Blank lines only mark
// column and block breaks; the signals used are the ones print leaves:
//   - every line of a paragraph but the last is justified to the column
//     width; the first is two ems shorter (its indent was lost);
//   - the last line ends a sentence (。！？…… possibly followed by closing
//     quotes) and is usually short;
//   - a quote or bracket left open keeps the paragraph going.
//
// A break needs a sentence end and one of: this line is short, or the next
// line is indented (visibly shorter than a full line).
const (
	// shortQuoteUnits: with a quote still open, a line must be this much
	// shorter than full to end the paragraph (multi-paragraph quotations
	// open each paragraph with “ and close only the last).
	shortQuoteUnits = 4
	// subheadShortUnits: a line without a sentence mark ends a paragraph
	// only when it is at least this much short and ends with a colon or a
	// dash, or stands alone (a section heading).
	subheadShortUnits = 5
	// tailSlackUnits widens the band of indented first lines downwards (a
	// first line can lose a character to a number pushed down).
	tailSlackUnits = 1
	// shortTolUnits: a paragraph's last line is short when it falls more
	// than an em short of the column width (the width is estimated half an
	// em under the true measure, and full lines vary by about that much).
	shortTolUnits = 2
)

// reflow joins the column lines of one article into paragraphs. W is the
// column width in half-em units.
func reflow(lines []tline, W int) []string {
	var paras []string
	var b strings.Builder
	first := true
	depth := 0
	for i := range lines {
		l := &lines[i]
		if b.Len() > 0 {
			joinLine(&b, l.text)
		} else {
			b.WriteString(l.text)
		}
		depth += int(l.depth)
		if depth < 0 {
			depth = 0 // a stray closing mark does not open anything
		}
		if i == len(lines)-1 || breakAfter(l, &lines[i+1], first, depth, W) {
			paras = append(paras, b.String())
			b.Reset()
			first, depth = true, 0
			continue
		}
		first = false
	}
	return paras
}

// breakAfter decides whether the paragraph ends after line l.
func breakAfter(l, next *tline, first bool, depth, W int) bool {
	expFull := W
	if first {
		expFull = W - indentUnits
	}
	full := l.units >= expFull-shortTolUnits || l.spaced
	// The next line opens a paragraph if it is visibly short of full (an
	// indented first line) and goes on to a line after it. A short line
	// that ends a sentence is rather the tail of this paragraph (after a
	// full line that happened to end a sentence) than a one-line paragraph.
	nextIndented := next.units <= W-fullTolUnits && !next.end
	if l.end {
		if depth == 0 {
			return !full || nextIndented
		}
		// A quotation running over several paragraphs opens each with “
		// and closes only the last.
		return nextIndented && (l.units <= expFull-shortQuoteUnits || strings.HasPrefix(next.text, "“"))
	}
	if depth > 0 || l.cont {
		return false
	}
	// A colon or a dash ends a paragraph that introduces what follows
	// (a section heading "……——", a list "如下："), with the same evidence
	// as a sentence end.
	if r, _ := utf8.DecodeLastRuneInString(l.text); r == '：' || r == ':' || r == '—' {
		return !full || nextIndented
	}
	// An unmarked one-line paragraph: a section heading without punctuation
	// (not a dateline's line, nor a stretched one).
	return first && !full && !l.lead && l.units <= expFull-subheadShortUnits
}

// joinLine appends a column line to a paragraph. Lines join without a space
// except between two Latin words, which a column break separates.
func joinLine(b *strings.Builder, next string) {
	s := b.String()
	l, _ := utf8.DecodeLastRuneInString(s)
	r, _ := utf8.DecodeRuneInString(next)
	if isASCIILetter(l) && isASCIILetter(r) {
		b.WriteByte(' ')
	}
	b.WriteString(next)
}
