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
		depth += depthDelta(l.text)
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
	full := l.units >= expFull-fullTolUnits
	nextIndented := next.units <= W-fullTolUnits
	if endsSentence(l.text) {
		if depth == 0 {
			return !full || nextIndented
		}
		return l.units <= expFull-shortQuoteUnits && nextIndented
	}
	if depth > 0 || endsContinuing(l.text) || l.units > expFull-subheadShortUnits {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(l.text)
	return first || r == '：' || r == ':' || r == '—'
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
