package parse

import (
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
}

func swapContinuations(arts []*artBuild, W int) {
	words := pageWords(arts)
	var js []junction
	for s, a := range arts {
		bs := blocksOf(a.lines)
		for k := 1; k < len(bs); k++ {
			x, y := &a.lines[bs[k-1].end-1], &a.lines[bs[k].start]
			if !x.end && !y.lead && !opensParagraph(*y, W) {
				js = append(js, junction{s, bs[k].start})
			}
		}
	}
	for i := range js {
		for j := i + 1; j < len(js); j++ {
			p, q := js[i], js[j]
			if p.story == q.story {
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

// pageWords is the text of every block of the page, blocks apart, so that
// a pair of characters found in it was printed together.
func pageWords(arts []*artBuild) string {
	var b strings.Builder
	for _, a := range arts {
		for _, bl := range blocksOf(a.lines) {
			for _, l := range a.lines[bl.start:bl.end] {
				b.WriteString(l.text)
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// units that follow a number: a line that stops at a number goes on with
// one of them, or with more of the number.
const numberUnits = "万亿千百十个户元角分米里斤亩吨年月日时人名家次所座条项件份台辆套只头倍岁天周期批栋部层间%％"

// joinScore says how well line y reads on from line x, where a column
// break cut a sentence: +1 for a word the break divided that the page
// prints whole elsewhere (minWordEchoes times), +1 for a number going on
// with its unit or more digits, -1 for a number going on with anything
// else.
func joinScore(x, y *tline, words string) int {
	l, _ := utf8.DecodeLastRuneInString(x.text)
	f, _ := utf8.DecodeRuneInString(y.text)
	s := 0
	if isHan(l) && isHan(f) && strings.Count(words, string(l)+string(f)) >= minWordEchoes {
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
