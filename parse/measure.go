package parse

import (
	"slices"
	"unicode/utf8"
)

// The measure stage: what a page's print measures, from its own lines —
// how wide it sets its punctuation (half an em or a full em) and how wide
// its columns are — in half-em units, so that full lines, indented first
// lines and short paragraph ends can be told apart.

// pageMeasure is what the measure stage finds.
type pageMeasure struct {
	width     int  // column width
	fullPunct bool // ，。、 set at a full em
	// hang is the width of a closing mark hung past the column on a page
	// that hangs them (0 on a page that does not): a paragraph's first
	// line is then two ems short plus the mark.
	hang int
}

// measurePage measures the page whose blocks are els. Under full-em
// punctuation the lines' widths are set again (they were read at half an
// em a mark).
func measurePage(els []element) pageMeasure {
	var m pageMeasure
	var lines []*tline
	for i := range els {
		for j := range els[i].lines {
			lines = append(lines, &els[i].lines[j])
		}
	}
	m.fullPunct = measurePunct(lines)
	m.width = pageColumnWidth(els)
	m.hang = hangWidth(lines, m)
	return m
}

// A page hangs its punctuation when at least minHangLines lines, and
// hangShare of them in percent, end with a closing mark beyond the column.
const (
	minHangLines = 3
	hangShare    = 3
)

// hangWidth returns the width of a hung closing mark when the page hangs
// them: lines that end with ，。、 and measure more than a unit over the
// column width.
func hangWidth(lines []*tline, m pageMeasure) int {
	n := 0
	for _, l := range lines {
		if l.units > m.width+1 && endsHangable(l.text) {
			n++
		}
	}
	if n < minHangLines || n*100 < hangShare*len(lines) {
		return 0
	}
	if m.fullPunct {
		return unitHan
	}
	return unitHalf
}

// endsHangable reports a line ending with a mark print may hang.
func endsHangable(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '，' || r == '。' || r == '、'
}

// Thresholds of the column heuristics, in half-em units.
const (
	// indentUnits is the indent a paragraph's first line lost: two ems.
	indentUnits = 4
	// fullTolUnits: justified lines vary by about an em with punctuation
	// compression; a line within 1.5 em of the column width is full.
	fullTolUnits = 3
	// columnPercentile: the share of lines (in percent) at or under the
	// column width estimate.
	columnPercentile = 85
	// minColumnLines: fewer lines than this do not tell a column width.
	minColumnLines = 6
	// defaultColumnUnits stands in when a page has no column text at all:
	// 13 characters, the commonest newspaper column.
	defaultColumnUnits = 26
)

// columnWidth estimates the column width from line widths. Full lines are
// most lines of a column, and they come out at the column width or a
// little under it (a character pushed down, a number that did not fit),
// rarely half an em over (punctuation squeezed in); first and last lines
// of paragraphs are shorter. So the width is an upper percentile of the
// widths, not their centre: the centre sits an em too low and makes full
// lines look short.
func columnWidth(widths []int) int {
	if len(widths) == 0 {
		return 0
	}
	s := slices.Clone(widths)
	slices.Sort(s)
	return s[(len(s)-1)*columnPercentile/100]
}

// runOnWidths returns the widths of the lines that run on: not the last of
// their block and not ending a sentence. Those are full lines or indented
// first lines; paragraph tails, the lines that drag a plain percentile down
// on pages of short paragraphs, are left out.
func runOnWidths(lines []tline) []int {
	var ws []int
	for i, l := range lines {
		if i+1 < len(lines) && lines[i+1].pos == l.pos && !l.end && !l.spaced {
			ws = append(ws, l.units)
		}
	}
	return ws
}

// linesWidth estimates the column width of lines: from the lines that run
// on when there are enough of them, else from all.
func linesWidth(lines []tline) int {
	runOn := runOnWidths(lines)
	if len(runOn) >= minColumnLines {
		return columnWidth(runOn)
	}
	ws := make([]int, len(lines))
	for i, l := range lines {
		ws[i] = l.units
	}
	w := columnWidth(ws)
	// A story of short paragraphs has few full lines, and its first and
	// last lines pull the percentile down; two lines that run on as wide
	// as each other, wider than that, are its full ones.
	if len(runOn) >= 2 {
		slices.Sort(runOn)
		if second := runOn[len(runOn)-2]; second > w && second-w <= indentUnits {
			w = second
		}
	}
	return w
}

// pageColumnWidth estimates the column width of a page from its text
// blocks of three lines or more (headline blocks are shorter), as
// linesWidth does for a story; on a page with too few such lines, from
// every text line. Rows poppler glued from columns side by side are left
// out: those printed with a glue point while enough others remain, and
// any too wide (belowGlued). The widths are gathered without copying the
// lines.
func pageColumnWidth(els []element) int {
	var runOn, all []int
	gather := func(minLines int, glued bool) {
		runOn, all = runOn[:0], all[:0]
		for _, e := range els {
			if e.kind != elemText || len(e.lines) < minLines {
				continue
			}
			for j, l := range e.lines {
				if !glued && l.printed != "" && hasGluePoint(l.printed) {
					continue
				}
				all = append(all, l.units)
				if j+1 < len(e.lines) && !l.end && !l.spaced {
					runOn = append(runOn, l.units)
				}
			}
		}
	}
	for _, try := range [...]struct {
		minLines int
		glued    bool
	}{{3, false}, {1, false}, {3, true}, {1, true}} {
		if gather(try.minLines, try.glued); len(all) >= minColumnLines {
			break
		}
	}
	w := columnWidth(belowGlued(all))
	if len(runOn) >= minColumnLines {
		w = columnWidth(belowGlued(runOn))
	}
	if w > 0 {
		return w
	}
	return defaultColumnUnits
}

// gluedShare: a line this much wider than the median line (in percent)
// is columns glued into one line, not one column's line.
const gluedShare = 150

// minGluedWidths: fewer widths than this do not tell glued rows.
const minGluedWidths = 2 * minColumnLines

// belowGlued returns the widths that are not gluedShare of the median
// width or more, in place. Where poppler glues the lines of columns side
// by side into one line, those lines measure two or three columns, and
// on such pages they are a tenth of the lines or more, enough to move
// the percentile to twice the column.
func belowGlued(ws []int) []int {
	if len(ws) < minGluedWidths {
		return ws // a few lines say nothing: a wide one may be a wide story's
	}
	s := slices.Clone(ws)
	slices.Sort(s)
	limit := s[len(s)/2] * gluedShare / 100
	return slices.DeleteFunc(ws, func(w int) bool { return w >= limit })
}

// minMeasuredRunes: the punctuation width is measured on lines this long
// at least, which are mostly full column lines.
const minMeasuredRunes = 8

// minPunctLines: the punctuation width is only decided on a page of this
// many such lines; punctMargin: full-em punctuation must make at least
// 1/punctMargin more lines uniform than half-em does.
const (
	minPunctLines = 20
	punctMargin   = 10
)

// measurePunct finds how wide the page sets its punctuation — half an em
// (the sample's compressed ，。、) or a full em (many papers) — as the
// width that makes its lines most uniform: the one under which most lines
// measure within half an em of the commonest width. Lines measure half an
// em a mark until then; under full-em punctuation they are set again.
// Ties keep half an em.
func measurePunct(all []*tline) bool {
	score := func(extra int) int {
		count := map[int]int{}
		for i := range all {
			if all[i].runes >= minMeasuredRunes {
				count[all[i].units+extra*int(all[i].punct)]++
			}
		}
		best := 0
		for u := range count {
			// the width itself counts twice: full-em marks make the full
			// lines one width, half-em ones spread them over a few
			if n := count[u-1] + 2*count[u] + count[u+1]; n > best {
				best = n
			}
		}
		return best
	}
	n := 0
	for i := range all {
		if all[i].runes >= minMeasuredRunes {
			n++
		}
	}
	// a page of a few lines says nothing; a clear majority must agree
	if n < minPunctLines || score(unitHan-unitHalf)*punctMargin <= score(0)*(punctMargin+1) {
		return false
	}
	for i := range all {
		all[i].units += (unitHan - unitHalf) * int(all[i].punct)
	}
	return true
}
