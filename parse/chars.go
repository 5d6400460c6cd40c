package parse

import (
	"strings"
	"unicode/utf8"
)

// isHan reports whether r is a CJK ideograph (including 〇, which papers use
// as the digit zero in dates).
func isHan(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF, // CJK Unified Ideographs
		r >= 0x3400 && r <= 0x4DBF,   // Extension A
		r >= 0xF900 && r <= 0xFAFF,   // Compatibility Ideographs
		r >= 0x20000 && r <= 0x3FFFF, // Extensions B and later
		r == 0x3007:
		return true
	}
	return false
}

// isCJKPunct reports whether r is punctuation or a symbol set in a CJK font:
// the CJK Symbols and Punctuation block, full-width forms other than letters
// and digits, curly quotes, the ellipsis, the em dash and the middle dot.
func isCJKPunct(r rune) bool {
	switch {
	case r >= 0x3000 && r <= 0x303F && r != 0x3007:
		return true
	case r >= 0xFF01 && r <= 0xFF0F, r >= 0xFF1A && r <= 0xFF20,
		r >= 0xFF3B && r <= 0xFF40, r >= 0xFF5B && r <= 0xFF65:
		return true
	case r >= 0x2010 && r <= 0x2027: // dashes, quotes, bullets, ellipsis
		return true
	case r == 0x00B7, r == 0x2236, r == 0x30FB, r == 0xFE4F, r == 0x2122:
		return true
	}
	return false
}

// isWideAlnum reports whether r is a full-width Latin letter or digit.
func isWideAlnum(r rune) bool {
	return (r >= 0xFF10 && r <= 0xFF19) || (r >= 0xFF21 && r <= 0xFF3A) || (r >= 0xFF41 && r <= 0xFF5A)
}

func isASCIIDigit(r rune) bool  { return r >= '0' && r <= '9' }
func isASCIILetter(r rune) bool { return (r|0x20) >= 'a' && (r|0x20) <= 'z' }
func isASCIIAlnum(r rune) bool  { return isASCIIDigit(r) || isASCIILetter(r) }

// isCJK reports whether r belongs to the CJK run of a line: an ideograph, CJK
// punctuation, or a full-width letter or digit.
func isCJK(r rune) bool { return isHan(r) || isCJKPunct(r) || isWideAlnum(r) }

// isSpace reports the spaces a dump puts inside lines: ASCII space and tab,
// no-break space and the ideographic space.
func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == 0x00A0 || r == 0x3000 || r == 0x2002 || r == 0x2003 || r == 0x2009
}

// Print widths are counted in half-em units. In print an ideograph takes one
// em; digits, Latin letters and (because of punctuation compression in
// justified CJK lines) most punctuation take about half. Measured on the
// sample page, this makes full column lines the most uniform (σ≈0.8 em),
// which is what the paragraph heuristics need.
const (
	unitHan   = 2
	unitHalf  = 1
	unitSpace = 0 // spurious or real, spaces are narrow in print
)

// printUnits returns the print width of s in half-em units.
func printUnits(s string) int {
	w := 0
	for _, r := range s {
		switch {
		case r < 0x80:
			if r != ' ' && r != '\t' {
				w += unitHalf
			}
		case isHan(r) || isWideAlnum(r):
			w += unitHan
		case isSpace(r):
			w += unitSpace
		case isCJKPunct(r):
			w += unitHalf
		default:
			// Other scripts and symbols (Greek, ①, ℃): an em is the safer
			// guess for symbols set in a CJK font.
			w += unitHan
		}
	}
	return w
}

// closers may follow a sentence-final mark and still end the sentence.
const closers = "”’」』）)》〉】〗〕］\"'"

// terminals end a sentence.
const terminals = "。！？!?．…"

// lastSignificant returns the last rune of s after dropping trailing closing
// quotes and brackets, and whether any were dropped.
func lastSignificant(s string) (rune, bool) {
	s = strings.TrimRightFunc(s, isSpace)
	dropped := false
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		if !strings.ContainsRune(closers, r) {
			return r, dropped
		}
		s = s[:len(s)-n]
		dropped = true
	}
	return 0, dropped
}

// endsSentence reports whether s ends with a sentence-final mark, possibly
// followed by closing quotes or brackets (。” ？」 ……）).
func endsSentence(s string) bool {
	r, _ := lastSignificant(s)
	return r != 0 && strings.ContainsRune(terminals, r)
}

// endsContinuing reports whether s ends with a mark after which a sentence
// must go on: a comma, an enumeration comma, a semicolon, an opening bracket.
func endsContinuing(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s, isSpace))
	return strings.ContainsRune("，、；,;“‘「『（(《〈【〖〔", r)
}

// hasSentencePunct reports whether s holds a sentence mark anywhere (。，；),
// which headlines almost never do except for a comma between two clauses.
func hasFullStop(s string) bool {
	return strings.ContainsAny(s, "。；")
}

// depthDelta returns how the nesting of quotes and brackets changes over s:
// positive when s leaves something open. Only paired, directional marks are
// counted; straight ASCII quotes carry no direction and are ignored.
func depthDelta(s string) int {
	d := 0
	for _, r := range s {
		switch r {
		case '“', '「', '『', '（', '《', '【', '〖', '〔':
			d++
		case '”', '」', '』', '）', '》', '】', '〗', '〕':
			d--
		}
	}
	return d
}

// hanCount counts the ideographs in s.
func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if isHan(r) {
			n++
		}
	}
	return n
}

// stripSpaces removes every space from s.
func stripSpaces(s string) string {
	if strings.IndexFunc(s, isSpace) < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if !isSpace(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
