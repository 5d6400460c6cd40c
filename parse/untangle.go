package parse

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Columns of one story read in rounds. Where two columns of a story are
// broken into paragraph blocks at about the same heights, pdftotext may
// emit them alternately — a block of the left column, one of the right,
// and so on. The story then reads with impossible junctions: a sentence
// left open runs into an indented first line, or a paragraph's short last
// line is followed by a full line that opens no paragraph. Dealing the
// blocks back into columns removes them. Only a reordering that leaves no
// impossible junction, where the printed order had some, is taken.

// maxUntangleColumns: rounds of up to this many columns are undone.
const maxUntangleColumns = 3

// maxUntangleBlocks bounds the search (the candidate orders grow with the
// cube of the blocks); a story's columns rarely break into more blocks.
const maxUntangleBlocks = 12

// minBadJunctions: one odd junction is as often a misjudged line (a
// continuation that happens to measure like an indented first line) as
// a column out of place; two in one story are rounds.
const minBadJunctions = 2

// untangleTopRow puts back the first row of a story's columns that
// pdftotext read across before the columns themselves: the story opens
// with k one-line blocks, the top lines of its first k columns (本报讯 新
// 学期开学前， / 原料进货查验、索证索票、餐 / 监控系统，家长通过手机APP),
// followed by the columns' rests. Each top line goes back above its
// column's rest when every junction can then be read and more words cut
// by a column break are made whole (…查看了食品 / 原料…餐 / 具清洗消毒…)
// than in the printed order.
func untangleTopRow(a *artBuild, W int) bool {
	bs := blocksOf(a.lines)
	k := 0
	for k < len(bs) && bs[k].end-bs[k].start == 1 {
		k++
	}
	if k < 2 || k > maxUntangleColumns || len(bs) < 2*k {
		return false
	}
	for j := k; j < 2*k; j++ {
		if bs[j].end-bs[j].start < 2 {
			return false // the rests are columns, not more single lines
		}
	}
	order := make([]int, 0, len(bs))
	for j := range k {
		order = append(order, j, k+j)
	}
	for j := 2 * k; j < len(bs); j++ {
		order = append(order, j)
	}
	if badJunctions(a.lines, bs, order, W, 1) > 0 || cutJunctions(a.lines, bs, order) <= cutJunctions(a.lines, bs, identity(len(bs))) {
		return false
	}
	a.lines = reordered(a.lines, bs, order)
	return true
}

// cutJunctions counts the junctions, in the given order, where an open
// sentence runs on inside a word: a common word or a number with its unit.
func cutJunctions(lines []tline, bs []lineBlock, order []int) int {
	n := 0
	for i := 1; i < len(order); i++ {
		x, y := &lines[bs[order[i-1]].end-1], &lines[bs[order[i]].start]
		if !x.end && wordCut(x.text, y.text) {
			n++
		}
	}
	return n
}

// untangleColumns puts a story's blocks back in reading order when they
// came in rounds, and reports whether it did. A sentence that a block
// boundary cuts mid-word (消 / 防) is a strong sign of the printed order:
// a reordering must keep as many such words whole as the order it
// replaces.
func untangleColumns(a *artBuild, W int) bool {
	bs := blocksOf(a.lines)
	if len(bs) < 3 || len(bs) > maxDealBlocks {
		return false
	}
	if len(a.lines) >= minColumnLines {
		W = linesWidth(a.lines)
	}
	orig := identity(len(bs))
	// a byline right after an open sentence is as sure a sign as two odd
	// junctions: the story's last column came before its end
	if bad := badJunctions(a.lines, bs, orig, W, minBadJunctions); bad < minBadJunctions && !(a.hasEnd && !a.lastLine().end) {
		return false
	}
	// the pairs any order could put across a junction, counted in the
	// story's blocks
	want := pairCounts{}
	for _, x := range bs {
		l, _ := utf8.DecodeLastRuneInString(a.lines[x.end-1].text)
		for _, y := range bs {
			f, _ := utf8.DecodeRuneInString(a.lines[y.start].text)
			want.ask(l, f)
		}
	}
	printed := countPairs([]*artBuild{a}, want)
	words := wordJunctions(a.lines, bs, orig, printed)
	accept := func(order []int) bool {
		return badJunctions(a.lines, bs, order, W, 1) == 0 && wordJunctions(a.lines, bs, order, printed) >= words
	}
	var best []int
	if len(bs) <= maxUntangleBlocks {
		candidateOrders(len(bs), func(order []int) bool {
			if accept(order) {
				best = slices.Clone(order)
			}
			return best != nil
		})
	}
	if best == nil {
		if order := dealColumns(a.lines, bs, W, printed); order != nil && accept(order) {
			best = order
		}
	}
	if best == nil {
		return false
	}
	a.lines = reordered(a.lines, bs, best)
	return true
}

// reordered returns lines with their blocks bs put in the given order.
func reordered(lines []tline, bs []lineBlock, order []int) []tline {
	out := make([]tline, 0, len(lines))
	for _, k := range order {
		out = append(out, lines[bs[k].start:bs[k].end]...)
	}
	return out
}

func identity(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// candidateOrders calls try with the reorderings of n blocks, the nearest
// to the printed order first (rounds before moves on a tie), until try
// returns true: the blocks dealt into columns in rounds, and one run of
// blocks moved elsewhere (a column emitted out of place). The first
// block, which opens the story, stays first. Orders are built only when
// tried.
func candidateOrders(n int, try func([]int) bool) {
	// a candidate: dealt(n, s, p) when p > 0, else the run i..j-1 moved
	// before position k (n is at most maxUntangleBlocks)
	type candidate struct {
		s, p, i, j, k int8
		cost          int16
	}
	buf := make([]int, 0, n) // every order is built here; try must copy what it keeps
	var cs []candidate
	for p := 2; p <= maxUntangleColumns; p++ {
		for s := 0; s+p < n; s++ {
			cs = append(cs, candidate{s: int8(s), p: int8(p), cost: int16(inversions(dealt(buf[:0], n, s, p)))})
		}
	}
	for i := 1; i < n; i++ {
		for j := i + 1; j <= n; j++ {
			for k := 1; k <= n; k++ {
				switch {
				case k < i:
					cs = append(cs, candidate{i: int8(i), j: int8(j), k: int8(k), cost: int16((j - i) * (i - k))})
				case k > j:
					cs = append(cs, candidate{i: int8(i), j: int8(j), k: int8(k), cost: int16((j - i) * (k - j))})
				}
			}
		}
	}
	// a stable counting sort by cost: costs are small (at most n²)
	maxCost := 0
	for _, c := range cs {
		maxCost = max(maxCost, int(c.cost))
	}
	start := make([]int, maxCost+2)
	for _, c := range cs {
		start[c.cost+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	sorted := make([]candidate, len(cs))
	for _, c := range cs {
		sorted[start[c.cost]] = c
		start[c.cost]++
	}
	for _, c := range sorted {
		var order []int
		if c.p > 0 {
			order = dealt(buf[:0], n, int(c.s), int(c.p))
		} else {
			order = movedRun(buf[:0], n, int(c.i), int(c.j), int(c.k))
		}
		if try(order) {
			return
		}
	}
}

// inversions counts the pairs of blocks an order puts the other way round.
func inversions(order []int) int {
	n := 0
	for i := range order {
		for j := i + 1; j < len(order); j++ {
			if order[i] > order[j] {
				n++
			}
		}
	}
	return n
}

// movedRun appends to out 0..n-1 with the run i..j-1 moved before position k.
func movedRun(out []int, n, i, j, k int) []int {
	for x := 0; x < n; x++ {
		if x == k {
			for y := i; y < j; y++ {
				out = append(out, y)
			}
		}
		if x < i || x >= j {
			out = append(out, x)
		}
	}
	if k == n {
		for y := i; y < j; y++ {
			out = append(out, y)
		}
	}
	return out
}

// dealt appends to out the blocks 0..s-1 in order, then the blocks from s dealt
// into p columns in rounds, one column after the other.
func dealt(out []int, n, s, p int) []int {
	for k := 0; k < s; k++ {
		out = append(out, k)
	}
	for r := 0; r < p; r++ {
		for k := s + r; k < n; k += p {
			out = append(out, k)
		}
	}
	return out
}

// badJunctions counts the places, in the given order of blocks, where a
// block cannot follow the one before it, up to limit.
func badJunctions(lines []tline, bs []lineBlock, order []int, W, limit int) int {
	n := 0
	for i := 1; i < len(order) && n < limit; i++ {
		if !canFollow(&lines[bs[order[i-1]].end-1], &lines[bs[order[i]].start], W) {
			n++
		}
	}
	if n >= limit {
		return n
	}
	if !lines[bs[order[len(order)-1]].end-1].end {
		n++ // a story ends with its sentence
	}
	return n
}

// canFollow reports whether a column may go on with line y after line x:
// an open sentence goes on mid-paragraph, not into a new paragraph or
// dateline; a paragraph's short last line is followed by a new paragraph,
// not by a full line that opens none, nor by another paragraph's tail (a
// line too short for a first line, ending a sentence: 自动断电。).
func canFollow(x, y *tline, W int) bool {
	if y.lead {
		return false // a dateline opens a story, never a later column
	}
	if !x.end {
		// a section heading ends where it ends, with no sentence mark:
		// bulleted (■ 数据安全“有保障” / 平台采用分级授权管理，企业) or
		// closed by a dash (游客留得下来—— / 老街引入了非遗工坊、特色小)
		return !opensParagraph(*y, W) || bulleted(x.text) && !x.sentence || strings.HasSuffix(x.text, "——")
	}
	if x.units >= W-fullTolUnits {
		return true // a full line ending a sentence: either may follow
	}
	full := y.units > W-fullTolUnits
	tail := y.end && y.units < W-indentUnits-fullTolUnits
	return !full && !tail
}

// wordJunctions counts the junctions, in the given order, where an open
// sentence runs on with a pair of characters that the story's blocks
// also print together: a word cut by the column break.
func wordJunctions(lines []tline, bs []lineBlock, order []int, printed pairCounts) int {
	n := 0
	for i := 1; i < len(order); i++ {
		x := &lines[bs[order[i-1]].end-1]
		y := &lines[bs[order[i]].start]
		if x.end {
			continue
		}
		l, _ := utf8.DecodeLastRuneInString(x.text)
		f, _ := utf8.DecodeRuneInString(y.text)
		if isHan(l) && isHan(f) && printed[bigramKey(l, f)] > 0 {
			n++
		}
	}
	return n
}

// Where the rounds are irregular — a column broken into two blocks where
// its neighbour has one, three columns of different breaks — no candidate
// order of candidateOrders fits. The blocks are then dealt into columns by
// a beam search: each block goes, in print order, to the end of one of up
// to maxDealColumns columns, the columns read one after the other. A
// column's blocks keep their print order, and a column starts after the
// one before it started (poppler reads the rounds left to right).

const (
	// maxDealColumns: a story set across more columns than this is not
	// dealt.
	maxDealColumns = 4
	// maxDealBlocks bounds the blocks dealt (the beam's states hold one
	// column number per block).
	maxDealBlocks = 32
	// dealBeam: the deals kept after each block. Most junctions are
	// forced by the lines' shapes, so few partial deals stay alive.
	dealBeam = 128
)

// deal is a partial assignment of a story's blocks to columns.
type deal struct {
	col         [maxDealBlocks]int8 // each block's column
	first, last [maxDealColumns]int8
	height      [maxDealColumns]int32 // lines per column
	k           int8                  // columns started
	bad, words  int16                 // junctions so far
}

// junctionFit tells, for a block y after a block x, whether the junction
// is impossible and whether it keeps a word whole.
type junctionFit struct{ bad, word bool }

// dealColumns returns the deal of the story's blocks that leaves the
// fewest impossible junctions, then keeps the most words whole, then
// gives its columns the most even heights; nil when it is the print
// order.
func dealColumns(lines []tline, bs []lineBlock, W int, printed pairCounts) []int {
	n := len(bs)
	if n < 3 || n > maxDealBlocks {
		return nil
	}
	fit := make([]junctionFit, n*n)
	for a := range bs {
		x := &lines[bs[a].end-1]
		for b := range bs {
			y := &lines[bs[b].start]
			f := &fit[a*n+b]
			f.bad = !canFollow(x, y, W)
			if !f.bad && !x.end {
				l, _ := utf8.DecodeLastRuneInString(x.text)
				c, _ := utf8.DecodeRuneInString(y.text)
				f.word = isHan(l) && isHan(c) && printed[bigramKey(l, c)] > 0
			}
		}
	}
	add := func(d *deal, a, b int) {
		f := fit[a*n+b]
		if f.bad {
			d.bad++
		}
		if f.word {
			d.words++
		}
	}
	start := deal{k: 1}
	start.height[0] = int32(bs[0].end - bs[0].start)
	// the beam and the deals it grows into, allocated once
	beam := append(make([]deal, 0, dealBeam*maxDealColumns), start)
	next := make([]deal, 0, dealBeam*maxDealColumns)
	for b := 1; b < n; b++ {
		h := int32(bs[b].end - bs[b].start)
		for i := range beam {
			d := &beam[i]
			for c := int8(0); c <= d.k && c < maxDealColumns; c++ {
				e := *d
				e.col[b] = c
				if c == d.k { // a new column
					e.k++
					e.first[c] = int8(b)
				} else {
					add(&e, int(d.last[c]), b)
				}
				e.last[c] = int8(b)
				e.height[c] += h
				next = append(next, e)
			}
		}
		// the best deals go to the beam's array (its deals are all
		// grown); next's array takes the next round's
		beam, next = bestDeals(next, beam[:0]), next[:0]
	}
	best, bestBad, bestWords, bestUneven := -1, 0, 0, 0
	for i := range beam {
		d := beam[i]
		for c := int8(1); c < d.k; c++ {
			add(&d, int(d.last[c-1]), int(d.first[c]))
		}
		if !lines[bs[d.last[d.k-1]].end-1].end {
			d.bad++ // a story ends with its sentence
		}
		uneven := unevenness(d.height[:d.k])
		if best < 0 || int(d.bad) < bestBad || int(d.bad) == bestBad && (int(d.words) > bestWords || int(d.words) == bestWords && uneven < bestUneven) {
			best, bestBad, bestWords, bestUneven = i, int(d.bad), int(d.words), uneven
		}
	}
	d := beam[best]
	if d.k == 1 {
		return nil
	}
	order := make([]int, 0, n)
	for c := int8(0); c < d.k; c++ {
		for b := range n {
			if d.col[b] == c {
				order = append(order, b)
			}
		}
	}
	return order
}

// dealKeys: a deal's rank, (bad, -words), packed; both are below
// maxDealBlocks.
const dealKeys = maxDealBlocks * maxDealBlocks

// bestDeals returns the best dealBeam of the deals, fewest impossible
// junctions first, then most words kept whole, in their order on a tie: a
// stable counting sort, the ranks being small. They go into out's array,
// grown if need be.
func bestDeals(deals, out []deal) []deal {
	key := func(d *deal) int { return int(d.bad)*maxDealBlocks + maxDealBlocks - 1 - int(d.words) }
	var at [dealKeys + 1]int32
	for i := range deals {
		at[key(&deals[i])+1]++
	}
	for k := 1; k <= dealKeys; k++ {
		at[k] += at[k-1]
	}
	out = slices.Grow(out[:0], min(len(deals), dealBeam))[:min(len(deals), dealBeam)]
	for i := range deals {
		k := key(&deals[i])
		if p := at[k]; int(p) < len(out) {
			out[p] = deals[i]
		}
		at[k]++
	}
	return out
}

// unevenness measures how far a story's columns are from the even
// heights of a laid-out story: each column but the last as high as the
// first, the last no higher.
func unevenness(height []int32) int {
	u := 0
	for c := 1; c < len(height); c++ {
		d := int(height[c] - height[0])
		if c == len(height)-1 && d < 0 {
			continue
		}
		u += max(d, -d)
	}
	return u
}
