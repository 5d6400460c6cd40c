package parse

import "slices"

// Words: the vocabulary signal. A headline echoes its story's words, and a
// column emitted out of place shares its story's; both are measured on
// bigrams of content characters, which need no dictionary.

// bigramKey packs two runes into a map key.
func bigramKey(a, b rune) uint64 { return uint64(a)<<32 | uint64(uint32(b)) }

// significant reports the runes that carry content for similarity: ideographs,
// letters and digits (folded to lower case).
func significant(r rune) (rune, bool) {
	switch {
	case isHan(r):
		return r, true
	case isASCIIDigit(r):
		return r, true
	case isASCIILetter(r):
		return r | 0x20, true
	case isWideAlnum(r):
		return r - 0xFEE0, true
	}
	return 0, false
}

// bigrams returns the distinct content bigrams of s.
func bigrams(s string) []uint64 {
	var out []uint64
	var prev rune
	havePrev := false
	for _, r := range s {
		c, ok := significant(r)
		if !ok {
			continue // punctuation and spaces do not break a bigram
		}
		if havePrev {
			k := bigramKey(prev, c)
			if !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
		prev, havePrev = c, true
	}
	return out
}

func joinText(lines []tline) string {
	n := 0
	for _, l := range lines {
		n += len(l.text)
	}
	b := make([]byte, 0, n)
	for _, l := range lines {
		b = append(b, l.text...)
	}
	return string(b)
}

// overlap is the share of x's content bigrams found in text. Asked many
// times a page of whole stories, it reads text once against x's bigrams
// rather than building a set of text's.
func overlap(x, text string) float64 {
	keys := bigrams(x)
	if len(keys) == 0 {
		return 0
	}
	idx := make(map[uint64]int, len(keys))
	var firsts uint64 // a cheap filter: the first characters, by their low bits
	for i, k := range keys {
		idx[k] = i
		firsts |= 1 << (uint32(k>>32) & 63)
	}
	seen := make([]bool, len(keys))
	found := 0
	var prev rune
	have := false
	for _, r := range text {
		c, ok := significant(r)
		if !ok {
			continue
		}
		if have && firsts&(1<<(uint32(prev)&63)) != 0 {
			if i, ok := idx[bigramKey(prev, c)]; ok && !seen[i] {
				seen[i] = true
				if found++; found == len(keys) {
					break
				}
			}
		}
		prev, have = c, true
	}
	return float64(found) / float64(len(keys))
}
