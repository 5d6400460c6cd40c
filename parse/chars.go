package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/kanbao/kanbao/internal/runes"
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
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		v := info(r)
		switch {
		case v&riSpace != 0, v&riCloser != 0:
			s = s[:len(s)-n]
			continue
		}
		return v&riTerminal != 0
	}
	return false
}

// hanCount counts the ideographs in s.
func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if info(r)&riHan != 0 {
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

// runeInfo packs what the parser asks of a BMP rune, so that the per-rune
// work of a page is one table lookup. Bits 0–1 hold the print width in
// half-em units; the rest are flags and line cues.
type runeInfo uint32

const (
	riUnits      runeInfo = 3 // mask
	riHan        runeInfo = 1 << 2
	riPunct      runeInfo = 1 << 3 // CJK punctuation
	riSpace      runeInfo = 1 << 4
	riTerminal   runeInfo = 1 << 5  // 。！？…
	riCloser     runeInfo = 1 << 6  // may follow a terminal: ”）》
	riOpen       runeInfo = 1 << 7  // opens a quote or bracket
	riClose      runeInfo = 1 << 8  // closes one
	riContinuing runeInfo = 1 << 9  // ，、；,; and openers: the sentence goes on
	riFullStop   runeInfo = 1 << 10 // 。；
	riSentence   runeInfo = 1 << 11 // punctuation of running text ，。；：、！？
	riComma      runeInfo = 1 << 12 // ，
	riContent    runeInfo = 1 << 13 // ideographs, letters, digits: what similarity counts
	riNumeral    runeInfo = 1 << 14 // digits and the ideographs of numbers but 一 (numeral)
	riCueShift            = 16      // line cues (cues) from here
)

// fullEmMarks are the CJK marks measured a whole em: the wave dash of
// ranges (2℃～12℃). Print never compresses the dash, the ellipsis, ？ or ！
// either, but measured whole they cost full-em pages more articles than
// they gained (tried twice); rules that meet a dash allow for it.
const fullEmMarks = "～"

// runeTable is computed once; it is read-only data, not state.
var runeTable = func() *[0x10000]runeInfo {
	t := new([0x10000]runeInfo)
	for r := rune(0); r < 0x10000; r++ {
		var v runeInfo
		switch {
		case r < 0x80:
			if r != ' ' && r != '\t' {
				v |= unitHalf
			}
		case isHan(r) || isWideAlnum(r):
			v |= unitHan
		case isSpace(r):
		case isCJKPunct(r) && !strings.ContainsRune(fullEmMarks, r):
			v |= unitHalf
		default:
			v |= unitHan
		}
		if isHan(r) {
			v |= riHan
		}
		if isCJKPunct(r) {
			v |= riPunct
		}
		if isSpace(r) {
			v |= riSpace
		}
		if strings.ContainsRune(terminals, r) {
			v |= riTerminal
		}
		if strings.ContainsRune(closers, r) {
			v |= riCloser
		}
		if strings.ContainsRune("“「『（《【〖〔", r) {
			v |= riOpen
		}
		if strings.ContainsRune("”」』）》】〗〕", r) {
			v |= riClose
		}
		if strings.ContainsRune("，、；,;“‘「『（(《〈【〖〔", r) {
			v |= riContinuing
		}
		if strings.ContainsRune("。；", r) {
			v |= riFullStop
		}
		if strings.ContainsRune("，。；：、！？,;", r) {
			v |= riSentence
		}
		if r == '，' {
			v |= riComma
		}
		if _, ok := significant(r); ok {
			v |= riContent
		}
		if isASCIIDigit(r) || r >= '０' && r <= '９' || strings.ContainsRune(numeralHan, r) {
			v |= riNumeral
		}
		v |= runeInfo(cueOf(r)) << riCueShift
		t[r] = v
	}
	return t
}()

func info(r rune) runeInfo {
	if r >= 0 && r < 0x10000 {
		return runeTable[r]
	}
	if isHan(r) {
		return unitHan | riHan
	}
	return unitHan
}

// lineInfo is what the parser needs to know of a text line, computed in one
// pass.
type lineInfo struct {
	units    int   // print width
	runes    int32 // rune count
	han      int16 // ideographs
	punct    int16 // CJK punctuation, counted half an em in units
	commas   int16 // ，
	depth    int16 // change in quote/bracket nesting
	end      bool  // ends a sentence (。！？… possibly followed by ”）)
	cont     bool  // ends with ，、； or an opening mark: the sentence goes on
	fullStop bool  // holds 。 or ；
	sentence bool  // holds punctuation of running text
	cues     cues
}

func measure(s string) lineInfo {
	var li lineInfo
	var last, beforeClosers rune
	for i := 0; i < len(s); {
		r, n := runes.DecodeAt(s, i)
		i += n
		v := info(r)
		li.units += int(v & riUnits)
		li.runes++
		if v&riHan != 0 {
			li.han++
		}
		if v&riPunct != 0 && v&riUnits == unitHalf {
			li.punct++
		}
		if v&riComma != 0 {
			li.commas++
		}
		switch {
		case v&riOpen != 0:
			li.depth++
		case v&riClose != 0:
			li.depth--
		}
		if v&riFullStop != 0 {
			li.fullStop = true
		}
		if v&riSentence != 0 {
			li.sentence = true
		}
		li.cues |= cues(v >> riCueShift)
		if v&riSpace != 0 {
			continue
		}
		if v&riCloser == 0 {
			beforeClosers = r
		}
		last = r
	}
	li.end = info(beforeClosers)&riTerminal != 0
	li.cont = info(last)&riContinuing != 0
	return li
}

// endsIntroduction reports a line ending with a colon or a dash, but for
// the dash of a range cut after its first figure (每天10:00— / 22:00开放).
func endsIntroduction(s string) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	if r == '—' {
		before, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
		return !isASCIIDigit(before)
	}
	return r == '：' || r == ':'
}
