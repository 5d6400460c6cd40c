package text

import "strings"

// class is a rune's role in line breaking.
type class uint8

const (
	clOther   class = iota // ideographs, kana, symbols: a break is allowed on both sides
	clNoStart              // closing marks: never at the start of a line
	clNoEnd                // opening marks: never at the end of a line
	clSpace                // a break opportunity; dropped at a break
	clWord                 // ASCII letters, digits and punctuation: words stay whole
	clSplit                // dashes and ellipses: a pair is never split
)

// Kinsoku sets, after the W3C clreq basic rules ("Requirements for Chinese
// Text Layout", §3.1.7) with the half-width forms a dump contains.
const (
	noStartRunes = "。．，、：；！？‼⁇⁈⁉”’」』）》〉】〗〕］｝〙〛～·・‧／%％‰℃°′″〃々〻" +
		"ー゛゜ゝゞヽヾ"
	noEndRunes = "“‘「『（《〈【〖〔［｛〘〚"
	splitRunes = "—…‥⋯"
	// ASCII closing and opening marks are words' punctuation, but they keep
	// the kinsoku rules where they touch CJK text.
	asciiNoStart = ",.:;!?)]}%/"
	asciiNoEnd   = "([{"
)

func classOf(r rune) class {
	switch {
	case r == ' ' || r == '\t' || r == 0x00A0:
		return clSpace
	case r < 0x80 && r > 0x20:
		return clWord
	case strings.ContainsRune(noStartRunes, r):
		return clNoStart
	case strings.ContainsRune(noEndRunes, r):
		return clNoEnd
	case strings.ContainsRune(splitRunes, r):
		return clSplit
	}
	return clOther
}

// noStart reports whether a line may not start with r.
func noStart(r rune, c class) bool {
	return c == clNoStart || (c == clWord && strings.IndexByte(asciiNoStart, byte(r)) >= 0)
}

// noEnd reports whether a line may not end with r.
func noEnd(r rune, c class) bool {
	return c == clNoEnd || (c == clWord && strings.IndexByte(asciiNoEnd, byte(r)) >= 0)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isHan(r rune) bool {
	return (r >= 0x4E00 && r <= 0x9FFF) || (r >= 0x3400 && r <= 0x4DBF) || (r >= 0xF900 && r <= 0xFAFF) ||
		(r >= 0x20000 && r <= 0x3FFFF) || r == 0x3007
}
