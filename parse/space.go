package parse

import (
	"strings"
	"unicode/utf8"
)

// Letter-spacing: a justified line with few break opportunities comes out of
// pdftotext with a space between every character ("全 区 8 个 社 区"). Such a
// line has most of its CJK neighbour pairs spaced; an ordinary line has at most
// one or two real spaces ("赛实绩 比干劲").
const (
	letterSpacedMinPairs = 3   // fewer spaced pairs than this is never letter-spacing
	letterSpacedShare    = 0.5 // share of spaced CJK pairs that marks a letter-spaced line
)

// normalizeSpaces removes the spaces that layout, not the writer, put into a
// line (quirks 7 and 12):
//   - between a CJK character (ideograph or CJK punctuation) and a digit or
//     Latin letter, either way round ("6月 10日", "全区 2023 年", "使用 APP");
//   - next to CJK punctuation ("资源 、 开放");
//   - in a letter-spaced line, between any two characters that are not both
//     ASCII ("本 报 讯 5 月 20 日" → "本报讯5月20日").
//
// Spaces between two ideographs in an ordinary line are real and stay (a
// headline's or a slogan's pause), as do spaces between Latin words. Runs of
// spaces become one space; leading and trailing spaces go.
func normalizeSpaces(s string) string {
	t, _ := normalizeSpacesInfo(s)
	return t
}

// normalizeSpacesInfo is normalizeSpaces that also reports whether the
// line was letter-spaced: such a line was stretched to the full column,
// whatever its characters measure.
func normalizeSpacesInfo(s string) (string, bool) {
	if strings.IndexFunc(s, isSpace) < 0 {
		return s, false
	}
	rs := make([]rune, 0, utf8.RuneCountInString(s))
	gap := make([]bool, 0, cap(rs)) // gap[i]: a space run precedes rs[i]
	pending := false
	for _, r := range s {
		if isSpace(r) {
			pending = len(rs) > 0
			continue
		}
		rs = append(rs, r)
		gap = append(gap, pending)
		pending = false
	}
	if len(rs) == 0 {
		return "", false
	}

	letterSpaced := isLetterSpaced(rs, gap) && !holdsRoleWord(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range rs {
		if gap[i] && keepSpace(rs[i-1], r, letterSpaced) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String(), letterSpaced
}

// isLetterSpaced reports whether most CJK neighbour pairs of a line are
// separated by spaces.
func isLetterSpaced(rs []rune, gap []bool) bool {
	pairs, spaced := 0, 0
	for i := 1; i < len(rs); i++ {
		l, r := rs[i-1], rs[i]
		if !(isCJK(l) || isCJK(r)) {
			continue // two ASCII characters: Latin words or a number
		}
		pairs++
		if gap[i] {
			spaced++
		}
	}
	return spaced >= letterSpacedMinPairs && float64(spaced) >= letterSpacedShare*float64(pairs)
}

// holdsRoleWord reports a line with a byline's role word set whole: its
// spaces are a byline's, between names spaced out (电（记者 吴 雨 张 /
// 千千）…), not a justified line's, where the role word too would be
// spaced (记 者 了 解 到).
func holdsRoleWord(s string) bool {
	for _, rw := range roleWords {
		if strings.Contains(s, rw.word) {
			return true
		}
	}
	return false
}

// keepSpace decides whether a space between l and r is real.
func keepSpace(l, r rune, letterSpaced bool) bool {
	lASCII, rASCII := l < 0x80, r < 0x80
	if lASCII && rASCII {
		// Latin words, numbers with a thousands space; a percent sign
		// belongs to its number
		return !(isASCIIDigit(l) && r == '%')
	}
	if letterSpaced {
		return false
	}
	if isCJKPunct(l) || isCJKPunct(r) {
		return false
	}
	if (isHan(l) || isWideAlnum(l)) && (isHan(r) || isWideAlnum(r)) {
		return true // a real pause between two phrases
	}
	// CJK next to a digit or a Latin letter: autospace or a stray space.
	if (isCJK(l) && isASCIIAlnum(r)) || (isASCIIAlnum(l) && isCJK(r)) {
		return false
	}
	// a unit sign after its number, or a number after one (气温 1 ℃～ 10 ℃)
	if (isASCIIDigit(l) && unitSign(r)) || (unitSign(l) && isASCIIDigit(r)) {
		return false
	}
	return true
}

// unitSign reports the signs of units that print sets after a number
// (℃, °, ‰, ㎡, ㎞).
func unitSign(r rune) bool {
	return r == '°' || r == '‰' || r >= 0x2100 && r <= 0x214F || r >= 0x3380 && r <= 0x33FF
}

// minGlueSide: where poppler glued two columns' lines at a space, each
// side runs on for a few characters; a shorter run next to a space is a
// dateline's or a byline's pause (本报讯 中午, 记者 冯涛) or
// letter-spacing.
const minGlueSide = 4

// hasGluePoint reports a space inside s with at least minGlueSide
// characters on each side before the next space.
func hasGluePoint(s string) bool {
	run, prev := 0, 0 // characters since the last space; in the run before it
	for _, r := range s {
		if isSpace(r) {
			if run > 0 {
				prev = run
			}
			run = 0
			continue
		}
		if run++; run >= minGlueSide && prev >= minGlueSide {
			return true
		}
	}
	return false
}
