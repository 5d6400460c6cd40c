// Package runes holds the UTF-8 decoding the parser and the width oracle
// share on their hot paths.
package runes

import "unicode/utf8"

// DecodeAt decodes the rune at s[i:], with the three-byte sequences of CJK
// text inlined: they are most of a page, and utf8's general decoder costs
// a call per rune. Invalid bytes decode as utf8.RuneError, width 1.
func DecodeAt(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c&0xF0 == 0xE0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
		if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			return r, 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}
