package parse

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Two stories each stopped mid-sentence at a column break, and pdftotext
// emitted the rest of each after the other's: each story then reads on
// into the other's column (…市场主体2.3 / 产估计能到1200斤 and …“亩 /
// 万户，同比增长14.6%). The cut itself can tell which rest is whose: a
// number goes on with its unit or more digits, and a word the break
// divided is printed whole elsewhere on the page. swapContinuations gives
// each story the other's rest when the crossed pairing reads better and
// has no impossible junction (a number going on with no unit).

// minSwapGain: the crossed junctions must read better by this much — a
// word made whole or a number given its unit — before the rests change
// places.
const minSwapGain = 1

// minWordEchoes: a pair of characters is a word the break divided when
// the page prints it together this often; once is chance as often as not
// (了一, 行了).
const minWordEchoes = 2

// junction is a place in a story where its text stops mid-sentence at a
// block boundary and the next block goes on: at is the index of the first
// line after it.
type junction struct {
	story, at int
	// far: the text after it was printed elsewhere, not in the block
	// right after (the order stage joined it); a swap needs one such.
	far bool
}

func swapContinuations(arts []*artBuild, W int) {
	var js []junction
	for s, a := range arts {
		bs := blocksOf(a.lines)
		for k := 1; k < len(bs); k++ {
			x, y := &a.lines[bs[k-1].end-1], &a.lines[bs[k].start]
			if !x.end && !y.lead && !opensParagraph(*y, W) {
				js = append(js, junction{s, bs[k].start, y.pos != x.pos+1})
			}
		}
	}
	if !slices.ContainsFunc(js, func(j junction) bool { return j.far }) {
		return
	}
	// the pairs the crossed junctions would make, counted in one pass
	want := pairCounts{}
	for _, p := range js {
		for _, q := range js {
			if p.story != q.story && (p.far || q.far) {
				l, _ := utf8.DecodeLastRuneInString(arts[p.story].lines[p.at-1].text)
				f, _ := utf8.DecodeRuneInString(arts[q.story].lines[q.at].text)
				if isHan(l) && isHan(f) {
					want[bigramKey(l, f)] = 0
				}
			}
		}
	}
	for _, p := range js {
		l, _ := utf8.DecodeLastRuneInString(arts[p.story].lines[p.at-1].text)
		f, _ := utf8.DecodeRuneInString(arts[p.story].lines[p.at].text)
		if isHan(l) && isHan(f) {
			want[bigramKey(l, f)] = 0
		}
	}
	if len(want) == 0 && !anyNumberEnd(arts, js) {
		return
	}
	words := countPairs(arts, want)
	for i := range js {
		for j := i + 1; j < len(js); j++ {
			p, q := js[i], js[j]
			if p.story == q.story || !p.far && !q.far {
				continue
			}
			a, b := arts[p.story], arts[q.story]
			if p.at >= len(a.lines) || q.at >= len(b.lines) {
				continue // a swap before moved these lines
			}
			p1, p2 := joinScore(&a.lines[p.at-1], &a.lines[p.at], words), joinScore(&b.lines[q.at-1], &b.lines[q.at], words)
			c1, c2 := joinScore(&a.lines[p.at-1], &b.lines[q.at], words), joinScore(&b.lines[q.at-1], &a.lines[p.at], words)
			// A printed junction must be wrong (a number going on with no
			// unit): character pairs alone are found together by chance.
			if min(c1, c2) < 0 || c1+c2-p1-p2 < minSwapGain {
				continue
			}
			restA := append([]tline(nil), a.lines[p.at:]...)
			a.lines = append(a.lines[:p.at:p.at], b.lines[q.at:]...)
			b.lines = append(b.lines[:q.at:q.at], restA...)
			a.end, b.end = b.end, a.end
			a.hasEnd, b.hasEnd = b.hasEnd, a.hasEnd
			a.last, b.last = max(a.last, b.last), max(a.last, b.last)
		}
	}
}

// pairCounts counts how often some pairs of ideographs stand together in
// the page's lines — within a line, and across the lines of one block (a
// column's lines are one text); never across a block boundary, where the
// junctions being judged are. Only the pairs asked for are counted.
type pairCounts map[uint64]int32

func countPairs(arts []*artBuild, want pairCounts) pairCounts {
	var firsts [0x10000 / 64]uint64
	for k := range want {
		setRuneBit(&firsts, rune(k>>32))
	}
	for _, a := range arts {
		for _, bl := range blocksOf(a.lines) {
			var prev rune
			for _, l := range a.lines[bl.start:bl.end] {
				for _, r := range l.text {
					if hasRuneBit(&firsts, prev) {
						if n, ok := want[bigramKey(prev, r)]; ok {
							want[bigramKey(prev, r)] = n + 1
						}
					}
					prev = r
				}
			}
		}
	}
	return want
}

// units that follow a number: a line that stops at a number goes on with
// one of them, or with more of the number.
const numberUnits = "万亿千百十个户元角分米里斤亩吨年月日时人名家次所座条项件份台辆套只头倍岁天周期批栋部层间%％"

// joinScore says how well line y reads on from line x, where a column
// break cut a sentence: +1 for a word the break divided that the page
// prints whole elsewhere (minWordEchoes times), +1 for a number going on
// with its unit or more digits, -1 for a number going on with anything
// else.
func joinScore(x, y *tline, words pairCounts) int {
	l, _ := utf8.DecodeLastRuneInString(x.text)
	f, _ := utf8.DecodeRuneInString(y.text)
	s := 0
	if isHan(l) && isHan(f) && words[bigramKey(l, f)] >= minWordEchoes {
		s++
	}
	if isASCIIDigit(l) || l == '.' {
		if isASCIIDigit(f) || strings.ContainsRune(numberUnits, f) {
			s++
		} else {
			s--
		}
	}
	return s
}

// anyNumberEnd reports a junction that stops at a number, which the
// number rule may judge without any pair counted.
func anyNumberEnd(arts []*artBuild, js []junction) bool {
	for _, p := range js {
		l, _ := utf8.DecodeLastRuneInString(arts[p.story].lines[p.at-1].text)
		if isASCIIDigit(l) || l == '.' {
			return true
		}
	}
	return false
}
