package parse

import (
	"math/bits"
	"slices"
	"strings"

	"github.com/kanbao/kanbao/internal/lexicon"
)

// The interleave stage, glued rows. Where columns stand close, poppler
// reads a row of print across them as one line, the columns' pieces
// joined by a space (峰）中午11点，和平街道长 一个人做饭不方便，自从);
// where one column's line sits a little off the others' baseline, it
// comes on a line of its own between the rows (目前，食堂每天供餐). A
// block holding such rows is cut apart at the spaces and dealt back into
// its columns, each becoming a block of its own.

// maxGlueColumns: poppler glues at most this many columns of one story
// into a row; a row of more pieces is not dealt.
const maxGlueColumns = 4

// minGluedRows: columns glued side by side are glued on most of their
// rows; a single wide line with a space in it is a wide story's line.
const minGluedRows = 2

// glueSameRow: poppler writes a row of print as several lines where a
// gap in it is too wide to glue (after a paragraph's short end, before an
// indented first line), left to right; a line dealt to columns right of
// those of a partial line before it, as the rest of that row, earns this.
const glueSameRow = 4

// glueBeam bounds the deals kept while the rows are dealt.
const glueBeam = 16

// maxGlueLag: a piece dealt to a column further ahead of the others than
// this many lines costs no more. Columns go down the page together, so a
// lone line belongs to the column behind; but a story's last column ends
// early, and the others then run on alone.
const maxGlueLag = 2

// unglue is the glued-rows rule of the interleave stage: each text block
// with minGluedRows rows or more that cutGlued cuts is dealt into its
// columns, and the blocks are renumbered.
func unglue(els []element, m pageMeasure) []element {
	var out []element
	changed := false
	for i := range els {
		cols := dealGlued(&els[i], m)
		if cols == nil {
			if changed {
				out = append(out, els[i])
			}
			continue
		}
		if !changed {
			out = append(make([]element, 0, len(els)+len(cols)), els[:i]...)
			changed = true
		}
		for k, c := range cols {
			out = append(out, element{kind: elemText, lines: c, gap: els[i].gap || k > 0})
		}
	}
	if !changed {
		return els
	}
	renumber(out)
	return out
}

// dealGlued deals the rows of a text block into columns when one of
// them is glued; it returns nil for a block that holds none.
func dealGlued(e *element, m pageMeasure) [][]tline {
	if e.kind != elemText || len(e.lines) < 2 {
		return nil // a line alone is a headline across the columns, if wide
	}
	var rows [][]tline
	k, glued := 1, 0
	for j := range e.lines {
		if pieces := cutGlued(&e.lines[j], m); pieces != nil {
			glued++
			if rows == nil {
				rows = make([][]tline, 0, len(e.lines))
				for i := range j {
					rows = append(rows, e.lines[i:i+1])
				}
			}
			rows = append(rows, pieces)
			k = max(k, len(pieces))
			continue
		}
		if rows != nil {
			rows = append(rows, e.lines[j:j+1])
		}
	}
	if glued < minGluedRows || k > maxGlueColumns {
		return nil
	}
	cols := dealRows(rows, k, m.width)
	return slices.DeleteFunc(cols, func(c []tline) bool { return len(c) == 0 })
}

// cutGlued cuts a line poppler glued from columns side by side into its
// pieces, or returns nil: the line must be too wide for one column and
// printed with spaces, or as wide as two columns. Each piece takes, from
// the left, as much of the line as fits the column; a letter-spaced run
// (three characters or more spaced one by one) stays whole, as it is one
// column's line. The work is linear in the line's length.
func cutGlued(l *tline, m pageMeasure) []tline {
	W := m.width
	var toks []glueToken
	switch {
	case l.units <= W+fullTolUnits && !(l.units > W && shortEndGlued(l.printed, m)):
		return nil
	case l.printed != "":
		toks = glueTokens(l.printed, m)
	case l.units >= 2*(W-fullTolUnits):
		toks = []glueToken{{text: l.text, units: pieceUnits(l.text, m)}} // glued with no space
	default:
		return nil
	}
	toks = cutWideTokens(toks, m)
	if len(toks) < 2 {
		return nil
	}
	var pieces []tline
	emit := func(ts []glueToken) {
		var b strings.Builder
		for i, t := range ts {
			if i > 0 && t.spaced {
				b.WriteByte(' ')
			}
			b.WriteString(t.text)
		}
		pieces = append(pieces, gluePiece(b.String(), m, len(pieces) == 0 && l.lead, l.pos))
	}
	start, units := 0, toks[0].units
	for i := 1; i < len(toks); i++ {
		if units+toks[i].units <= W+fullTolUnits && !(i == len(toks)-1 && l.units <= W+fullTolUnits) {
			units += toks[i].units
			continue
		}
		emit(toks[start:i])
		start, units = i, toks[i].units
	}
	emit(toks[start:])
	if len(pieces) < 2 {
		return nil
	}
	for _, p := range pieces[:len(pieces)-1] {
		if !columnLine(&p, W) {
			return nil // a headline's phrases (热源厂完成设备检修 新增供热面积…)
		}
	}
	return pieces
}

// shortEndGlued reports a printed line that is a full column line glued
// to a paragraph's short last line from the column beside it (吨。为了让群
// 众得实惠，县里将 了！”): together they come within a column's tolerance
// of one line's width, but the piece after the last space closes a
// sentence and the rest fills the column.
func shortEndGlued(printed string, m pageMeasure) bool {
	i := strings.LastIndexByte(printed, ' ')
	if i < 0 {
		return false
	}
	head, tail := strings.TrimSpace(printed[:i]), printed[i+1:]
	if strings.Contains(head, " ") || !endsSentence(tail) {
		return false
	}
	return pieceUnits(head, m) >= m.width-shortTolUnits && pieceUnits(tail, m) <= fullTolUnits+unitHan
}

// glueToken is a piece of a printed line between spaces.
type glueToken struct {
	text   string
	units  int
	spaced bool // a space came before it
}

// cutWideTokens cuts each token too wide for a column where poppler
// glued two columns' lines with no space (“饭菜软烂、口味清淡，去年，社区引入专业餐饮).
func cutWideTokens(toks []glueToken, m pageMeasure) []glueToken {
	var out []glueToken
	for j, tok := range toks {
		for tok.units > m.width+fullTolUnits {
			k, u := wideCut(tok, m, j == len(toks)-1)
			if k <= 0 {
				break
			}
			out = append(out, glueToken{text: tok.text[:k], units: u, spaced: tok.spaced})
			tok = glueToken{text: tok.text[k:], units: tok.units - u}
		}
		out = append(out, tok)
	}
	return out
}

// Cuts in a line glued with no space: the left piece is a full column
// line, within fullTolUnits of the column (what it holds is justified
// to it); a cut after a mark, then one that splits no word, is likelier.
const (
	wideCutAfterMark = 2
	wideCutWhole     = 1
)

// wideCut returns the byte offset in tok of the likeliest cut between two
// columns' lines and the units before it, or 0 when no place fits. Among
// cuts that score alike, the one whose pieces are nearest the column's
// width wins; the right piece of the line's last token may be short (a
// paragraph's end).
func wideCut(tok glueToken, m pageMeasure, lastToken bool) (int, int) {
	W, t := m.width, tok.text
	best, bestUnits, bestScore, bestOff := 0, 0, -1, 0
	units := 0
	for i, r := range t {
		if units > W+fullTolUnits {
			break
		}
		v := info(r)
		// a line does not open with a closing mark
		if i > 0 && units >= W-fullTolUnits && (v&(riCloser|riContinuing|riTerminal) == 0 || v&riOpen != 0) {
			score := 0
			if prev, _ := lastSignificant(t[:i]); isCJKPunct(prev) {
				score += wideCutAfterMark
			}
			if lexicon.Strength(t[:i], t[i:]) == 0 {
				score += wideCutWhole
			}
			off := abs(units - W)
			if right := tok.units - units; !lastToken && right < W-fullTolUnits {
				off += W - right
			}
			if score > bestScore || score == bestScore && off < bestOff {
				best, bestUnits, bestScore, bestOff = i, units, score, off
			}
		}
		units += runeUnits(v, m)
	}
	return best, bestUnits
}

// runeUnits is the print width of a character of the info v.
func runeUnits(v runeInfo, m pageMeasure) int {
	u := int(v & riUnits)
	if m.fullPunct && v&riPunct != 0 && u == unitHalf {
		u = unitHan
	}
	return u
}

// pieceUnits is the print width of s on the page.
func pieceUnits(s string, m pageMeasure) int {
	u := 0
	for _, r := range s {
		u += runeUnits(info(r), m)
	}
	return u
}

// columnLine reports a piece that a column's line may end with: as wide as
// the column or as an indented first line, or a paragraph's end, or
// stretched to the column by letter-spacing.
func columnLine(p *tline, W int) bool {
	return p.end || p.spaced || p.units >= W-indentUnits-fullTolUnits
}

// glueTokens splits a printed line at its spaces, a letter-spaced run
// of one- and two-character tokens (本 报 讯（ 记 者) kept as one.
func glueTokens(s string, m pageMeasure) []glueToken {
	f := strings.Fields(s)
	var out []glueToken
	for i := 0; i < len(f); {
		j := i
		for j < len(f) && spacedToken(f[j]) {
			j++
		}
		if j-i >= letterSpacedMinPairs {
			t := strings.Join(f[i:j], " ")
			out = append(out, glueToken{text: t, units: pieceUnits(t, m), spaced: i > 0})
			i = j
			continue
		}
		out = append(out, glueToken{text: f[i], units: pieceUnits(f[i], m), spaced: i > 0})
		i++
	}
	return out
}

// spacedToken reports a token of a letter-spaced line: one or two
// characters, with the number or Latin word next to them (体 2.3 万).
func spacedToken(t string) bool {
	n := 0
	for _, r := range t {
		if r >= 0x80 {
			n++
		}
	}
	return n <= 2
}

// gluePiece is a piece of a glued line as a text line of its own.
func gluePiece(s string, m pageMeasure, lead bool, pos int) tline {
	t, spaced := normalizeSpacesInfo(s)
	li := measure(t)
	if m.fullPunct {
		li.units += (unitHan - unitHalf) * int(li.punct)
	}
	return tline{text: t, lineInfo: li, pos: pos, lead: lead || opensDateline(t, ""), spaced: spaced}
}

// glueDeal is a partial deal of rows into columns. Two deals with the
// same state (each column's first and last line and its length, the
// columns of the last row) read on alike, so only the better is kept.
type glueDeal struct {
	glueState
	value int
	from  int // index of the deal it grew from in the previous row's beam
}

type glueState struct {
	first, last [maxGlueColumns]int32 // piece index of each column's first and last line, -1 for none
	n           [maxGlueColumns]int32
	cols        uint8 // bit c: the row's pieces went to column c
}

// glueBack is what the walk back from the best deal needs of a deal.
type glueBack struct {
	from int
	cols uint8
}

// dealRows deals rows of pieces into k columns: the pieces of a row go,
// left to right, to distinct columns in order. A deal is worth twice the
// score of its junctions (follow) less, for each piece, how far its
// column is ahead of the column furthest behind (at most maxGlueLag).
func dealRows(rows [][]tline, k, W int) [][]tline {
	// the pieces numbered in order, for the deals' states and the junctions
	var pieces []*tline
	first := make([]int32, len(rows))
	for r := range rows {
		first[r] = int32(len(pieces))
		for p := range rows[r] {
			pieces = append(pieces, &rows[r][p])
		}
	}
	follows := map[uint64]int{} // follow, asked again by many deals
	junction := func(x, y int32) int {
		key := uint64(x)<<32 | uint64(y)
		f, ok := follows[key]
		if !ok {
			f = follow(pieces[x], pieces[y], W)
			follows[key] = f
		}
		return f
	}
	start := glueDeal{}
	for c := range start.last {
		start.first[c], start.last[c] = -1, -1
	}
	backs := make([][]glueBack, 0, len(rows))
	beam, next := []glueDeal{start}, []glueDeal(nil)
	var order []int
	seen := map[glueState]int{} // state → index in next
	for r, row := range rows {
		next = next[:0]
		clear(seen)
		for bi := range beam {
			d := &beam[bi]
			least := slices.Min(d.n[:k])
			for set := range uint8(1) << k {
				if bits.OnesCount8(set) != len(row) {
					continue
				}
				nd := glueDeal{glueState: glueState{first: d.first, last: d.last, n: d.n, cols: set}, value: d.value, from: bi}
				// the rest of the row before, right of it
				if r > 0 && len(rows[r-1]) < k && d.cols != 0 && bits.TrailingZeros8(set) >= bits.Len8(d.cols) {
					nd.value += glueSameRow
				}
				y := first[r]
				for c := range k {
					if set&(1<<c) == 0 {
						continue
					}
					f := startMidSentence
					if x := d.last[c]; x >= 0 {
						f = junction(x, y)
					} else if l := pieces[y]; l.lead || opensParagraph(*l, W) {
						f = 0
					}
					nd.value += 2*f - int(min(d.n[c]-least, maxGlueLag))
					if nd.first[c] < 0 {
						nd.first[c] = y
					}
					nd.last[c] = y
					nd.n[c]++
					y++
				}
				if i, ok := seen[nd.glueState]; ok {
					if nd.value > next[i].value {
						next[i] = nd
					}
					continue
				}
				seen[nd.glueState] = len(next)
				next = append(next, nd)
			}
		}
		// the best first, ties to the deal found first (columns to the
		// left); indexes are sorted, the deals copied once
		order = order[:0]
		for i := range next {
			order = append(order, i)
		}
		slices.SortStableFunc(order, func(a, b int) int { return next[b].value - next[a].value })
		if len(order) > glueBeam {
			order = order[:glueBeam]
		}
		back := make([]glueBack, len(order))
		beam = beam[:0]
		for i, o := range order {
			back[i] = glueBack{from: next[o].from, cols: next[o].cols}
			beam = append(beam, next[o])
		}
		backs = append(backs, back)
	}
	// The columns are read one after the other: the best deal is the one
	// whose columns also read on from each to the next (…政府给 / 予场地
	// 和运营补贴。), among those the beam kept.
	bi, top := 0, 0
	for i := range beam {
		v := beam[i].value
		prev := int32(-1)
		for c := range k {
			if beam[i].first[c] < 0 {
				continue
			}
			if prev >= 0 {
				v += 2 * junction(prev, beam[i].first[c])
			}
			prev = beam[i].last[c]
		}
		if i == 0 || v > top {
			bi, top = i, v
		}
	}
	// walk back from the best deal
	cols := make([][]tline, k)
	assign := make([]uint8, len(rows))
	for r := len(rows) - 1; r >= 0; r-- {
		d := backs[r][bi]
		assign[r] = d.cols
		bi = d.from
	}
	for r, row := range rows {
		p := 0
		for c := range k {
			if assign[r]&(1<<c) != 0 {
				cols[c] = append(cols[c], row[p])
				p++
			}
		}
	}
	return cols
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
