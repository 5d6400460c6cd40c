// Package lexicon knows the common words of Chinese, two to four
// ideographs long, to tell whether a column break cut one in two: text
// that goes on across a break usually does so mid-word (…体 / 验。), text
// glued to the wrong column rarely makes a word (…体 / 电，).
//
// The words are those of the Android Pinyin IME, as Rime ships them
// (Apache 2.0, see LICENSE.words); gen/ rebuilds words.txt from them.
package lexicon

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed words.txt
var wordList string

// lexicon holds the words packed into one uint64 each (four 16-bit runes,
// the first in the top bits), sorted, and a filter on their first two
// runes: most pairs asked about start no word, and the filter answers
// those without the search.
type lexicon struct {
	words []uint64
	pairs *[pairBits / 64]uint64
}

// pairBits sizes the filter: some 48 000 first pairs set under 5 % of it.
const pairBits = 1 << 20

func pairBit(a, b rune) uint32 {
	return (uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77) >> 12 // the top 20 bits
}

// table is built on first use and never changed after.
var table = sync.OnceValue(func() *lexicon {
	lx := &lexicon{words: make([]uint64, 0, strings.Count(wordList, "\n")), pairs: new([pairBits / 64]uint64)}
	for line := range strings.SplitSeq(wordList, "\n") {
		if k, ok := pack(line); ok {
			lx.words = append(lx.words, k)
			b := pairBit(rune(k>>48), rune(k>>32&0xFFFF))
			lx.pairs[b/64] |= 1 << (b % 64)
		}
	}
	slices.Sort(lx.words)
	return lx
})

// mayStart reports whether some word may start with a, b.
func (lx *lexicon) mayStart(a, b rune) bool {
	bit := pairBit(a, b)
	return lx.pairs[bit/64]&(1<<(bit%64)) != 0
}

func (lx *lexicon) has(k uint64) bool {
	_, found := slices.BinarySearch(lx.words, k)
	return found
}

// maxWord is the longest word held, in runes.
const maxWord = 4

// pack packs a word of two to four BMP runes.
func pack(w string) (uint64, bool) {
	var k uint64
	n := 0
	for _, r := range w {
		if r > 0xFFFF || n == maxWord {
			return 0, false
		}
		k |= uint64(r) << (48 - 16*n)
		n++
	}
	return k, n >= 2
}

// Word reports whether s is a word of the lexicon.
func Word(s string) bool {
	k, ok := pack(s)
	if !ok {
		return false
	}
	return table().has(k)
}

// Across reports whether a word of the lexicon runs across the cut
// between before and after: it ends within after's first three runes and
// starts within before's last three.
func Across(before, after string) bool {
	var tail [maxWord - 1]rune // before's last runes, nearest the cut first
	nt := 0
	for s := before; nt < len(tail) && s != ""; nt++ {
		r, size := utf8.DecodeLastRuneInString(s)
		if !isHan(r) {
			break
		}
		tail[nt] = r
		s = s[:len(s)-size]
	}
	var head [maxWord - 1]rune
	nh := 0
	for _, r := range after {
		if nh == len(head) || !isHan(r) {
			break
		}
		head[nh] = r
		nh++
	}
	lx := table()
	for k := 1; k <= nt; k++ {
		// the word's first two runes: two of before's, or its last and
		// after's first
		second := head[0]
		if k >= 2 {
			second = tail[k-2]
		}
		if !lx.mayStart(tail[k-1], second) {
			continue
		}
		for m := 1; m <= nh && k+m <= maxWord; m++ {
			var key uint64
			n := 0
			for i := k - 1; i >= 0; i-- {
				key |= uint64(tail[i]) << (48 - 16*n)
				n++
			}
			for i := range m {
				key |= uint64(head[i]) << (48 - 16*n)
				n++
			}
			if lx.has(key) {
				return true
			}
		}
	}
	return false
}

// isHan reports a BMP ideograph, the only runes the words hold.
func isHan(r rune) bool {
	return r >= 0x3400 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF
}
