package parse

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kanbao/kanbao/internal/lexicon"
)

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

// bigrams returns the distinct bigrams a headline line s echoes by, in
// the order they first occur (similarity sums their weights in that
// order): its content bigrams and, where a number stands, the bigrams of
// the number folded (foldScan).
func bigrams(s string) []uint64 {
	var out []uint64
	var f foldScan
	for _, r := range s {
		c, ok := significant(r)
		if !ok {
			continue
		}
		if plain, folded, ok := f.next(c); ok {
			out = append(out, plain)
			if folded != 0 {
				out = append(out, folded)
			}
		}
	}
	return distinct(out)
}

// numMark stands for a whole number in the folded bigrams: a headline
// writes its numbers in ideographs where its text has digits (百场大戏送
// 下乡 over 节目100场, 八十万亩 over 80.5万亩), so 百场 and 100场 both
// make the bigram numMark-场. (A private-use rune: no text has it.)
const numMark rune = 0xE000

// numeralHan: the ideographs that write numbers in headlines, but 一,
// which is in too many words.
const numeralHan = "〇零二三四五六七八九十百千万亿两"

// numeral reports a digit or an ideograph of numeralHan.
func numeral(c rune) bool { return info(c)&riNumeral != 0 }

// foldScan reads the content runes of a text for the bigrams headlines
// echo by: each rune makes its plain bigram with the one before, and where
// either is a numeral, also the bigram with the numbers folded to numMark
// (a number's own digits make none).
type foldScan struct {
	prev, prevFold rune
	have           bool
}

// next takes the next content rune (as significant returns it) and
// returns its plain bigram and its folded one (0 when none); ok is false
// for a text's first rune.
func (f *foldScan) next(c rune) (plain, folded uint64, ok bool) {
	prev, prevFold, have := f.prev, f.prevFold, f.have
	f.prev, f.prevFold, f.have = c, c, true
	if numeral(c) {
		f.prevFold = numMark
	}
	if !have {
		return 0, 0, false
	}
	if f.prevFold != c || prevFold != prev {
		folded = foldedKey(prevFold, f.prevFold)
	}
	return bigramKey(prev, c), folded, true
}

// foldedKey is the folded bigram of two runes, 0 for a number's own
// digits.
func foldedKey(a, b rune) uint64 {
	if a == numMark && b == numMark {
		return 0
	}
	return bigramKey(a, b)
}

// appendBigrams appends the content bigrams of s to out, repeats and all.
func appendBigrams(out []uint64, s string) []uint64 {
	var prev rune
	havePrev := false
	for _, r := range s {
		c, ok := significant(r)
		if !ok {
			continue // punctuation and spaces do not break a bigram
		}
		if havePrev {
			out = append(out, bigramKey(prev, c))
		}
		prev, havePrev = c, true
	}
	return out
}

// sortedBigrams returns the distinct content bigrams of s, sorted.
func sortedBigrams(s string) []uint64 {
	// most runes of a text are ideographs of three bytes
	out := appendBigrams(make([]uint64, 0, len(s)/3), s)
	slices.Sort(out)
	return slices.Compact(out)
}

// distinct drops the repeats of keys in place, keeping first occurrences.
// A linear search: bigrams is asked of headline lines only, a few dozen
// keys at most (overlap, asked of whole rests, sorts instead).
func distinct(keys []uint64) []uint64 {
	out := keys[:0]
	for _, k := range keys {
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
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

// overlap is the share of x's content bigrams found in text. It is asked
// of whole rests of stories, so it keeps x's bigrams sorted, not in a map,
// and a filter on their first characters spares most of text's bigrams
// the search.
func overlap(x, text string) float64 {
	b := newBigramSet(x)
	return b.shareIn(text)
}

// overlapLines is overlap against the lines' text run together, without
// joining them.
func overlapLines(x string, lines []tline) float64 {
	b := newBigramSet(x)
	return b.shareInLines(lines)
}

// overlapSplit is overlap against two runs of lines read as one.
func overlapSplit(x string, a, b []tline) float64 {
	s := newBigramSet(x)
	return s.shareInLines(a, b)
}

// bigramSet holds a text's distinct content bigrams for overlap, so that
// one text can be asked against several without sorting it again.
type bigramSet struct {
	keys   []uint64
	firsts [overlapFilterWords]uint64
}

func newBigramSet(x string) bigramSet {
	b := bigramSet{keys: sortedBigrams(x)}
	for _, k := range b.keys {
		f := uint32(k>>32) % (overlapFilterWords * 64)
		b.firsts[f/64] |= 1 << (f % 64)
	}
	return b
}

// bigramScan finds a set's bigrams in texts read one after another as one.
type bigramScan struct {
	set   *bigramSet
	seen  []bool
	found int
	prev  rune
	have  bool
}

func (b *bigramSet) scan() bigramScan {
	return bigramScan{set: b, seen: make([]bool, len(b.keys))}
}

// read reads text on from where the last read stopped; false once every
// bigram is found.
func (s *bigramScan) read(text string) bool {
	keys := s.set.keys
	for _, r := range text {
		c, ok := significant(r)
		if !ok {
			continue
		}
		if f := uint32(s.prev) % (overlapFilterWords * 64); s.have && s.set.firsts[f/64]&(1<<(f%64)) != 0 {
			if i, ok := slices.BinarySearch(keys, bigramKey(s.prev, c)); ok && !s.seen[i] {
				s.seen[i] = true
				if s.found++; s.found == len(keys) {
					return false
				}
			}
		}
		s.prev, s.have = c, true
	}
	return true
}

func (s *bigramScan) share() float64 {
	return float64(s.found) / float64(len(s.set.keys))
}

// shareIn is the share of the set's bigrams found in text.
func (b *bigramSet) shareIn(text string) float64 {
	if len(b.keys) == 0 {
		return 0
	}
	s := b.scan()
	s.read(text)
	return s.share()
}

// shareInLines is shareIn of the lines' text run together.
func (b *bigramSet) shareInLines(lines ...[]tline) float64 {
	if len(b.keys) == 0 {
		return 0
	}
	s := b.scan()
	for _, ls := range lines {
		for i := range ls {
			if !s.read(ls[i].text) {
				return s.share()
			}
		}
	}
	return s.share()
}

// overlapFilterWords sizes overlap's filter: 1 024 bits, so that the few
// hundred first characters of a story's rest leave most bits clear.
const overlapFilterWords = 16

// echoes returns, for each line, the share of its bigrams found in body:
// similarity against one text, where every bigram weighs the same. It is
// asked often, of a few short lines, so it reads body once against their
// bigrams.
func echoes(lines []string, body string) []float64 {
	out := make([]float64, len(lines))
	keys := make([][]uint64, len(lines))
	idx := map[uint64]int{}
	var firsts uint64 // a cheap filter: the first characters, by their low bits
	for i, l := range lines {
		keys[i] = bigrams(l)
		for _, k := range keys[i] {
			if _, ok := idx[k]; !ok {
				idx[k] = len(idx)
				firsts |= 1 << (uint32(k>>32) & 63)
			}
		}
	}
	if len(idx) == 0 {
		return out
	}
	seen := make([]bool, len(idx))
	found := 0
	var f foldScan
	for _, r := range body {
		c, ok := significant(r)
		if !ok {
			continue
		}
		prev, prevFold := f.prev, f.prevFold
		plain, folded, ok := f.next(c)
		if !ok {
			continue
		}
		if firsts&(1<<(uint32(prev)&63)) != 0 {
			if i, ok := idx[plain]; ok && !seen[i] {
				seen[i] = true
				found++
			}
		}
		if folded != 0 && firsts&(1<<(uint32(prevFold)&63)) != 0 {
			if i, ok := idx[folded]; ok && !seen[i] {
				seen[i] = true
				found++
			}
		}
		if found == len(idx) {
			break
		}
	}
	for i, ks := range keys {
		n := 0
		for _, k := range ks {
			if seen[idx[k]] {
				n++
			}
		}
		if len(ks) > 0 {
			out[i] = float64(n) / float64(len(ks))
		}
	}
	return out
}

// wordCut reports a line break between a and b inside a word: a common
// word, or a number going on with its unit or more digits (28.6 / 公里).
func wordCut(a, b string) bool {
	l, _ := utf8.DecodeLastRuneInString(a)
	f, _ := utf8.DecodeRuneInString(b)
	if number, goesOn := numberCut(l, f); number {
		return goesOn
	}
	return lexicon.Across(a, b)
}

// numberCut reports a line that stops at a number (l its last character),
// and whether the next line (f its first) goes on with the number's unit
// or more of its digits.
func numberCut(l, f rune) (number, goesOn bool) {
	if !isASCIIDigit(l) && l != '.' {
		return false, false
	}
	return true, isASCIIDigit(f) || strings.ContainsRune(numberUnits, f)
}

// units that follow a number: a line that stops at a number goes on with
// one of them, or with more of the number.
const numberUnits = "万亿千百十个户元角分米里斤亩吨年月日时人名家次所座条项件份台辆套只头倍岁天周期批栋部层间%％"
