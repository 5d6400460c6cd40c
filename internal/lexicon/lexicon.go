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
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed words.txt
var wordList string

// lexicon holds the words packed into one uint64 each (four 16-bit runes,
// the first in the top bits) in an open-addressing hash table, and a
// filter on their first two runes: most pairs asked about start no word,
// and the filter answers those without the lookup. The table, not a
// sorted slice: the column stages ask it of every junction they weigh, and
// a binary search of 48 000 words misses the cache at most of its steps.
type lexicon struct {
	slots    []uint64 // a packed word, or 0 for an empty slot (no word packs to 0)
	strength []uint8  // each slot's word's class in words.txt
	n        int      // words held
	pairs    *[pairBits / 64]uint64
}

// slotsPerWord keeps the table under half full, so a lookup probes about
// one slot.
const slotsPerWord = 2

func (lx *lexicon) slot(k uint64) int {
	return int((k * 0x9E3779B97F4A7C15) >> 32 & uint64(len(lx.slots)-1))
}

// insert adds word k of class s; a word listed twice keeps its strongest class.
func (lx *lexicon) insert(k uint64, s uint8) {
	i := lx.slot(k)
	for lx.slots[i] != 0 && lx.slots[i] != k {
		i = (i + 1) & (len(lx.slots) - 1)
	}
	if lx.slots[i] == 0 {
		lx.slots[i] = k
		lx.n++
	}
	lx.strength[i] = max(lx.strength[i], s)
}

// pairBits sizes the filter: some 48 000 first pairs set under 5 % of it.
const pairBits = 1 << 20

func pairBit(a, b rune) uint32 {
	return (uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77) >> 12 // the top 20 bits
}

// table is built on first use and never changed after.
var table = sync.OnceValue(func() *lexicon {
	size := 1
	for size < slotsPerWord*strings.Count(wordList, "\n") {
		size *= 2
	}
	lx := &lexicon{slots: make([]uint64, size), strength: make([]uint8, size), pairs: new([pairBits / 64]uint64)}
	for line := range strings.SplitSeq(wordList, "\n") {
		w, class, _ := strings.Cut(line, "\t")
		k, ok := pack(w)
		if !ok {
			continue
		}
		s := uint8(1)
		if len(class) == 1 && class[0] >= '1' && class[0] <= '0'+MaxStrength {
			s = class[0] - '0'
		}
		lx.insert(k, s)
		b := pairBit(rune(k>>48), rune(k>>32&0xFFFF))
		lx.pairs[b/64] |= 1 << (b % 64)
	}
	return lx
})

// mayStart reports whether some word may start with a, b.
func (lx *lexicon) mayStart(a, b rune) bool {
	bit := pairBit(a, b)
	return lx.pairs[bit/64]&(1<<(bit%64)) != 0
}

func (lx *lexicon) has(k uint64) bool { return lx.strengthOf(k) > 0 }

// strengthOf returns the class of word k, 0 when it is no word.
func (lx *lexicon) strengthOf(k uint64) uint8 {
	for i := lx.slot(k); lx.slots[i] != 0; i = (i + 1) & (len(lx.slots) - 1) {
		if lx.slots[i] == k {
			return lx.strength[i]
		}
	}
	return 0
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
func Across(before, after string) bool { return across(before, after, 1) > 0 }

// MaxStrength is the strongest class of Strength.
const MaxStrength = 4

// Strength says how surely a word runs across the cut between before and
// after, by the strongest word found: 0 none; 1 to 3 a word of two
// ideographs, rare to common (a break between two common ideographs makes
// a rare word by chance: 也|去); MaxStrength a very common one (过|去) or
// a word of three or four ideographs.
func Strength(before, after string) int { return across(before, after, MaxStrength) }

// across returns the strongest class of a word across the cut, searching
// no further once one of class enough is found.
func across(before, after string, enough uint8) int {
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
	best := uint8(0)
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
			if s := lx.strengthOf(key); s > best {
				if best = s; best >= enough {
					return int(best)
				}
			}
		}
	}
	return int(best)
}

// isHan reports a BMP ideograph, the only runes the words hold.
func isHan(r rune) bool {
	return r >= 0x3400 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF
}
