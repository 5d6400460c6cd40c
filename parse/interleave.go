package parse

import (
	"unicode/utf8"

	"github.com/kanbao/kanbao/internal/lexicon"
)

// The interleave stage. Where poppler mixes two columns line by line it
// writes each line as a block of its own, the columns alternating (问题，
// 今年以来，市住建部门 / “以前楼道里到处是电 / 推动在老旧小区集中建设充电 /
// 线，看着就让人担心。”小区 / …): no line follows the one before it. A run
// of such one-line blocks is dealt into the two columns it came from, the
// split under which the lines read on best, and each column becomes one
// block. Where the lines of two columns' bottoms stand at baselines in
// between, poppler writes them alternately in one block (执法人员在检查中发 /
// 前后，市场监管部门对全 / 现，个别店铺存在销售过 / …); the block is dealt
// the same way when the columns make whole many of the words its line
// breaks cut. Pages without either pass through untouched.

// minInterleaveRun: a run this long of one-line body blocks is columns
// dealt line by line; shorter runs are a column's odd pieces.
const minInterleaveRun = 4

// maxInterleaveRun bounds the lines dealt at once (the search grows with
// the square of the run): a longer run is dealt in pieces this long. A
// page's dealt columns run to a few dozen lines.
const maxInterleaveRun = 64

// minInterleaveGain: the two columns must read on better than the print
// order by this much (a cut word is worth 3, an impossible junction -3).
const minInterleaveGain = 3

// minWordsMended, wordsMendedShare: a block's lines dealt into two
// columns make whole this many more of the words the line breaks cut
// than the print order does, and one for every wordsMendedShare lines.
const (
	minWordsMended   = 2
	wordsMendedShare = 3
)

// Junction scores for dealing a run into columns.
const (
	followWord       = 3  // a number the break cut, made whole (a word scores its strength, 1 to 4)
	followImpossible = -3 // an open sentence into a paragraph's first line, or the like
	followBadNumber  = -2 // a number going on with no unit
	followParagraph  = 1  // a sentence end, then a paragraph's first line
	startMidSentence = -1 // a column opening mid-sentence (it may go on from elsewhere)
)

// deinterleave is the interleave stage: it deals each run of one-line
// body blocks, and each block of alternating lines (interleavedBlock),
// into two columns when they read on better so, and renumbers the
// elements' lines.
func deinterleave(els []element, W int) []element {
	var out []element
	changed := false
	for i := 0; i < len(els); {
		j := i
		// a dateline opens a story: it starts a run, never goes on with one
		for j < len(els) && j-i < maxInterleaveRun && runLine(&els[j], W) && (j == i || !els[j].lines[0].lead) {
			j++
		}
		if j-i >= minInterleaveRun {
			lines := make([]tline, j-i)
			for k := range lines {
				lines[k] = els[i+k].lines[0]
			}
			if a, b, ok := dealRun(lines, W); ok {
				if !changed {
					out = append(make([]element, 0, len(els)), els[:i]...)
					changed = true
				}
				out = append(out, element{kind: elemText, lines: a, gap: els[i].gap}, element{kind: elemText, lines: b, gap: true})
				i = j
				continue
			}
		}
		if j == i {
			j++
		}
		// a block whose lines alternate between two columns
		if e := &els[i]; j == i+1 && e.kind == elemText && len(e.lines) >= minInterleaveRun && len(e.lines) <= maxInterleaveRun && alternating(e.lines) {
			if a, b, ok := dealRun(e.lines, W); ok && interleavedBlock(e.lines, a, b, W) {
				if !changed {
					out = append(make([]element, 0, len(els)), els[:i]...)
					changed = true
				}
				out = append(out, element{kind: elemText, lines: a, gap: e.gap}, element{kind: elemText, lines: b, gap: true})
				i = j
				continue
			}
		}
		if changed {
			out = append(out, els[i:j]...)
		}
		i = j
	}
	if !changed {
		return els
	}
	renumber(out)
	return out
}

// renumber sets each line's element index after a stage of the
// interleave step made new blocks.
func renumber(els []element) {
	for k := range els {
		for l := range els[k].lines {
			els[k].lines[l].pos = k
		}
	}
}

// runLine reports a block that may be one line of columns dealt line by
// line: one line of body text, with running-text punctuation or as wide as
// the column or as a paragraph's indented first line (演练模拟了强降雨导致河水暴).
func runLine(e *element, W int) bool {
	if e.kind != elemText || len(e.lines) != 1 {
		return false
	}
	l := &e.lines[0]
	return l.sentence || l.units >= W-indentUnits || l.lead
}

// dealRun splits a run of one-line blocks into two columns, keeping each
// column's order, by dynamic programming over which line each column
// ended with. It reports the columns (the first holding the run's first
// line) and whether they read on better than the print order.
func dealRun(run []tline, W int) (a, b []tline, ok bool) {
	n := len(run)
	line := func(k int) *tline { return &run[k] }
	seq := 0
	for k := 1; k < n; k++ {
		seq += follow(line(k-1), line(k), W)
	}
	// best[k][o+1]: the best value with line k last placed and o the last
	// line of the other column (-1: that column is still empty); the value
	// is twice the junctions' score plus one for each change of column,
	// as dealt columns alternate, which decides between splits that read
	// as well; score holds the junctions' score alone. from holds the o of
	// the state before, or -2 when line k-1 was in k's column.
	const none = -1 << 30
	best := make([][]int, n)
	score := make([][]int, n)
	from := make([][]int, n)
	for k := range best {
		best[k] = make([]int, n+1)
		score[k] = make([]int, n+1)
		from[k] = make([]int, n+1)
		for o := range best[k] {
			best[k][o] = none
		}
	}
	best[0][0] = 0
	for k := 0; k+1 < n; k++ {
		for o := -1; o < k; o++ {
			v0, s0 := best[k][o+1], score[k][o+1]
			if v0 == none {
				continue
			}
			// line k+1 goes on in k's column
			f := follow(line(k), line(k+1), W)
			if v := v0 + 2*f; v > best[k+1][o+1] {
				best[k+1][o+1], score[k+1][o+1], from[k+1][o+1] = v, s0+f, -2
			}
			// or in the other column, after o
			f = startMidSentence
			if o >= 0 {
				f = follow(line(o), line(k+1), W)
			} else if l := line(k + 1); l.lead || opensParagraph(*l, W) {
				f = 0
			}
			if v := v0 + 2*f + 1; v > best[k+1][k+1] {
				best[k+1][k+1], score[k+1][k+1], from[k+1][k+1] = v, s0+f, o
			}
		}
	}
	end, top := -1, none
	for o := -1; o < n-1; o++ {
		if best[n-1][o+1] > top {
			end, top = o, best[n-1][o+1]
		}
	}
	if score[n-1][end+1] < seq+minInterleaveGain {
		return nil, nil, false
	}
	// walk back: side[k] tells whether line k is in the column of line n-1
	side := make([]bool, n)
	k, o, same := n-1, end, true
	for k >= 0 {
		side[k] = same
		if k == 0 {
			break
		}
		f := from[k][o+1]
		if f == -2 {
			k-- // k-1 in the same column
			continue
		}
		// line k went on after o in the other column, and o is k-1:
		// k-1 is in the other column, whose last line before was f
		k, o, same = k-1, f, !same
	}
	first := side[0]
	for k := range n {
		if side[k] == first {
			a = append(a, *line(k))
		} else {
			b = append(b, *line(k))
		}
	}
	if len(a) < 2 || len(b) < 2 {
		return nil, nil, false
	}
	return a, b, true
}

// follow scores line y going on after line x in one column.
func follow(x, y *tline, W int) int {
	if !canFollow(x, y, W) {
		return followImpossible
	}
	if x.end {
		if opensParagraph(*y, W) {
			return followParagraph
		}
		return 0
	}
	l, _ := utf8.DecodeLastRuneInString(x.text)
	f, _ := utf8.DecodeRuneInString(y.text)
	if number, goesOn := numberCut(l, f); number {
		if goesOn {
			return followWord
		}
		return followBadNumber
	}
	// a common word is surer than a rare one, which two columns' common
	// ideographs make by chance (墙面也 / 去路面)
	return lexicon.Strength(x.text, y.text)
}

// interleavedBlock reports a block whose lines, dealt into the columns a
// and b, make whole many of the words its line breaks cut.
func interleavedBlock(lines, a, b []tline, W int) bool {
	if cannotFollow(a, W)+cannotFollow(b, W) > cannotFollow(lines, W) {
		return false
	}
	mended := wordsKept(a) + wordsKept(b) - wordsKept(lines)
	return mended >= minWordsMended && mended*wordsMendedShare >= len(lines)
}

// alternating is the cheap test a block passes before it is dealt: lines
// two apart make whole more of the words the line breaks cut than
// neighbours do, by as much as interleavedBlock asks of a deal. Columns
// dealt line by line alternate mostly, and dealing every block of a page
// would cost more than the rest of the parse.
func alternating(lines []tline) bool {
	need := max(minWordsMended, (len(lines)+wordsMendedShare-1)/wordsMendedShare)
	skip := 0
	for k := 0; k+2 < len(lines); k++ {
		if skip+len(lines)-2-k < need {
			return false // too few pairs left to make the words
		}
		if !lines[k].end && wordCut(lines[k].text, lines[k+2].text) {
			skip++
		}
	}
	mended := skip - wordsKept(lines)
	return mended >= need
}

// cannotFollow counts the lines that cannot follow the line before them
// in one column.
func cannotFollow(lines []tline, W int) int {
	n := 0
	for k := 1; k < len(lines); k++ {
		if !canFollow(&lines[k-1], &lines[k], W) {
			n++
		}
	}
	return n
}

// wordsKept counts the lines that go on with the word the line before
// them left cut.
func wordsKept(lines []tline) int {
	n := 0
	for k := 1; k < len(lines); k++ {
		if !lines[k-1].end && wordCut(lines[k-1].text, lines[k].text) {
			n++
		}
	}
	return n
}
