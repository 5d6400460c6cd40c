package parse

import (
	"unicode/utf8"

	"github.com/kanbao/kanbao/internal/lexicon"
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
// line after it; last and first are the characters either side.
type junction struct {
	story, at   int
	last, first rune
	// before, after: the lines either side
	before, after string
	// far: the text after it was printed elsewhere — before it, or after
	// another story's text — so the order stage joined it. A swap of two
	// junctions poppler printed needs more evidence (crossedWord, the
	// rests' words).
	far bool
}

// maxSwaps bounds the exchanges on one page: each needs a junction the
// order stage made, and a page has few.
const maxSwaps = 4

func swapContinuations(arts []*artBuild, W int) {
	for range maxSwaps {
		if !swapOnce(arts, W) {
			return
		}
	}
}

// swapOnce makes the exchange that reads best, if any, and reports
// whether it made one.
func swapOnce(arts []*artBuild, W int) bool {
	js := junctions(arts, W)
	// The crossings worth judging: those with a junction the order stage
	// made, and those of two printed junctions where crossing them makes
	// a common word whole (crossedWord).
	var printedWord []bool // per junction: the printed cut makes a word
	var pairs [][2]int
	for i, p := range js {
		for j := i + 1; j < len(js); j++ {
			q := js[j]
			if p.story == q.story {
				continue
			}
			if !p.far && !q.far {
				if printedWord == nil {
					printedWord = make([]bool, len(js))
					for k, x := range js {
						printedWord[k] = lexicon.Strength(x.before, x.after) > 0
					}
				}
				if printedWord[i] || printedWord[j] || !crossedWord(p, q) {
					continue
				}
			}
			pairs = append(pairs, [2]int{i, j})
		}
	}
	if len(pairs) == 0 {
		return false
	}
	// the pairs of characters the printed and the crossed junctions make,
	// counted in one pass over the page
	want := pairCounts{}
	for _, p := range js {
		want.ask(p.last, p.first)
	}
	for _, pr := range pairs {
		p, q := js[pr[0]], js[pr[1]]
		want.ask(p.last, q.first)
		want.ask(q.last, p.first)
	}
	words := want
	if len(want) > 0 {
		words = countPairs(arts, want)
	}
	// each junction as printed, scored once
	own := make([]int, len(js))
	for i, p := range js {
		own[i] = joinScore(p, p, words)
	}
	parts := make(map[int]*swapSide) // a junction's text before and after it
	split := func(k int) *swapSide {
		sd, ok := parts[k]
		if !ok {
			a, at := arts[js[k].story], js[k].at
			rest := joinText(a.lines[at:])
			sd = &swapSide{head: joinText(a.lines[:at]), rest: newBigramSet(rest), restRunes: utf8.RuneCountInString(rest)}
			parts[k] = sd
		}
		return sd
	}
	bi, bj, bestGain := -1, -1, minSwapGain-1
	var ties [][2]int // crossings that read as well as the print at the cuts
	for _, pr := range pairs {
		i, j := pr[0], pr[1]
		p, q := js[i], js[j]
		c1, c2 := joinScore(p, q, words), joinScore(q, p, words)
		if min(c1, c2) < 0 {
			continue // the crossed pairing must have no impossible junction
		}
		g := c1 + c2 - own[i] - own[j]
		if !p.far && !q.far {
			// Both rests are where poppler printed them: the cuts alone
			// do not outweigh that; the rests' words must agree.
			if g < minSwapGain {
				continue
			}
			if wordGain(split(i), split(j)) <= minPrintedSwapWordGain {
				continue
			}
		} else if (!p.far || !q.far) && g > bestGain && !unitCrossed(p, q) {
			// one rest where poppler printed it, the other joined by the
			// order stage: a word the crossed cut makes may be chance
			// (商超 / 市民 makes 超市), where a number given its unit is
			// not; the rests' words must not lean against it
			if restsLean(split(i), split(j)) < 0 {
				continue
			}
		}
		if g > bestGain {
			bi, bj, bestGain = i, j, g
		}
		if g == 0 {
			ties = append(ties, [2]int{i, j})
		}
	}
	if bi < 0 && len(ties) <= maxWordTies {
		// The cuts cannot tell: the rests' words may (…企业创始人说： /
		// 城市书房开放以来… under a story of incubators).
		best := minSwapWordGain
		for _, t := range ties {
			if g := wordGain(split(t[0]), split(t[1])); g > best {
				bi, bj, best = t[0], t[1], g
			}
		}
	}
	if bi < 0 {
		return false
	}
	p, q := js[bi], js[bj]
	a, b := arts[p.story], arts[q.story]
	restA := append([]tline(nil), a.lines[p.at:]...)
	a.lines = append(a.lines[:p.at:p.at], b.lines[q.at:]...)
	b.lines = append(b.lines[:q.at:q.at], restA...)
	a.end, b.end = b.end, a.end
	a.hasEnd, b.hasEnd = b.hasEnd, a.hasEnd
	a.last, b.last = max(a.last, b.last), max(a.last, b.last)
	return true
}

// minSwapWordGain: where the cuts cannot tell, the crossed rests must share
// this much more of their stories' words than the printed ones (a share
// of each rest's vocabulary, summed over the two).
const minSwapWordGain = 0.2

// minPrintedSwapWordGain: where both rests stand as printed and the
// cuts read better crossed, the rests' words must lean the same way.
const minPrintedSwapWordGain = 0.05

// minPrintedSwapStrength: the word a crossing of printed rests makes
// whole must be a common one (市|民); a pair the page prints twice is too
// often chance there (出|的).
const minPrintedSwapStrength = 3

// crossedWord reports whether the crossed junctions of p and q make a
// common word whole (the printed ones, the caller checks, make none).
func crossedWord(p, q junction) bool {
	return max(lexicon.Strength(p.before, q.after), lexicon.Strength(q.before, p.after)) >= minPrintedSwapStrength
}

// unitCrossed reports crossed junctions of p and q of which one gives a
// number its unit or more digits (市场主体2.3 / 万户).
func unitCrossed(p, q junction) bool {
	_, a := numberCut(p.last, q.first)
	_, b := numberCut(q.last, p.first)
	return a || b
}

// swapSide is one junction's story cut there: the text before it, and the
// bigrams of the rest after it (asked of by every crossing the junction
// is in, so made once).
type swapSide struct {
	head      string
	rest      bigramSet
	restRunes int
}

// restsLean is wordGain however short the rests.
func restsLean(a, b *swapSide) float64 {
	return b.rest.shareIn(a.head) + a.rest.shareIn(b.head) - a.rest.shareIn(a.head) - b.rest.shareIn(b.head)
}

// wordGain says how much more of the words of the text before each of two
// junctions the rest after the other shares than its own rest does.
func wordGain(a, b *swapSide) float64 {
	if a.restRunes < minSwapWordRunes || b.restRunes < minSwapWordRunes {
		return 0 // too few words to tell
	}
	return restsLean(a, b)
}

// maxWordTies: a page with more crossings that read as well as the print
// has its columns in a muddle the words of whole rests cannot sort out
// (and each question reads two stories).
const maxWordTies = 6

// minSwapWordRunes: a rest shorter than this (14.6%。) shares its few
// words by chance.
const minSwapWordRunes = 40

// junctions lists the places where a story's open sentence goes on into
// its next block mid-paragraph.
func junctions(arts []*artBuild, W int) []junction {
	// which story holds the text of each element, to tell a junction
	// poppler printed (nothing of another story between) from one the
	// order stage made
	maxPos := 0
	for _, a := range arts {
		for i := range a.lines {
			maxPos = max(maxPos, a.lines[i].pos)
		}
	}
	owner := make([]int32, maxPos+1) // story+1 holding the element's text; 0: none
	for s, a := range arts {
		for i := range a.lines {
			owner[a.lines[i].pos] = int32(s + 1)
		}
	}
	between := func(s, from, to int) bool {
		if to < from {
			return true
		}
		for pos := from + 1; pos < to; pos++ {
			if o := owner[pos]; o != 0 && int(o) != s+1 {
				return true
			}
		}
		return false
	}
	var js []junction
	for s, a := range arts {
		bs := blocksOf(a.lines)
		for k := 1; k < len(bs); k++ {
			x, y := &a.lines[bs[k-1].end-1], &a.lines[bs[k].start]
			if !x.end && !y.lead && !opensParagraph(*y, W) {
				l, _ := utf8.DecodeLastRuneInString(x.text)
				f, _ := utf8.DecodeRuneInString(y.text)
				js = append(js, junction{story: s, at: bs[k].start, last: l, first: f, before: x.text, after: y.text, far: between(s, x.pos, y.pos)})
			}
		}
	}
	return js
}

// pairCounts counts how often some pairs of ideographs stand together in
// the page's lines — within a line, and across the lines of one block (a
// column's lines are one text); never across a block boundary, where the
// junctions being judged are. Only the pairs asked for are counted.
type pairCounts map[uint64]int32

// ask adds the pair l, f to those to count, when both are ideographs.
func (pc pairCounts) ask(l, f rune) {
	if isHan(l) && isHan(f) {
		pc[bigramKey(l, f)] = 0
	}
}

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

// joinScore says how well the text after junction q reads on from the
// text before junction p, where a column break cut a sentence: +1 for a
// word the break divided — a common word, or one the page prints whole
// elsewhere (minWordEchoes times) —, +1 for a number going on with its
// unit or more digits, -1 for a number going on with anything else.
func joinScore(p, q junction, words pairCounts) int {
	s := 0
	l, f := p.last, q.first
	if isHan(l) && isHan(f) && (words[bigramKey(l, f)] >= minWordEchoes || lexicon.Across(p.before, q.after)) {
		s++
	}
	if number, goesOn := numberCut(l, f); number {
		if goesOn {
			s++
		} else {
			s--
		}
	}
	return s
}
