package parse

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// Parsing from geometry: a PDF page as an extractor reports it — runs of
// text with their boxes and font sizes — into the same Page a dump gives.
// What text can only guess, geometry decides:
//   - the body font size is the size most characters are set in; lines
//     clearly larger are headlines, clearly smaller are captions and
//     footers;
//   - columns are the x-ranges body lines occupy; a column's lines, top to
//     bottom, break into segments at headlines, captions and gaps;
//   - a segment belongs to the headline stack right above it in its column,
//     else continues the story of the column to its left at the same
//     height, else belongs to a stack set beside it (a side headline);
//   - a paragraph starts where a line is indented from its column;
//   - headline levels go by size: the largest line of a stack is the title.
// Bylines, leads and furniture are read by the same text rules as dumps.

// Box is a rectangle on a page, in points from its top-left corner.
type Box struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	W float64 `json:"w"`
	H float64 `json:"h"`
}

func (b Box) right() float64  { return b.X + b.W }
func (b Box) bottom() float64 { return b.Y + b.H }

// union is the smallest box holding both; the zero box holds nothing.
func (b Box) union(o Box) Box {
	if b.W == 0 && b.H == 0 {
		return o
	}
	if o.W == 0 && o.H == 0 {
		return b
	}
	x0, y0 := math.Min(b.X, o.X), math.Min(b.Y, o.Y)
	x1, y1 := math.Max(b.right(), o.right()), math.Max(b.bottom(), o.bottom())
	return Box{x0, y0, x1 - x0, y1 - y0}
}

// TextRun is a run of text set on one baseline in one font, as an
// extractor reports it (pdftohtml -xml: a <text> element).
type TextRun struct {
	Text string
	Box  Box
	Size float64 // font size, points
	Font string  // font family, as the PDF names it
}

// PageGeometry is one page of a PDF: its size and its text runs.
type PageGeometry struct {
	Number        int
	Width, Height float64
	Runs          []TextRun
}

// Thresholds, all relative to the font size of the lines concerned.
const (
	// Runs on one baseline join into a line across a gap of at most this
	// many ems: justification and compressed punctuation leave less, the
	// narrowest gutter between columns (0.8 em) more.
	maxRunGap = 0.6
	// Runs are on one baseline when their tops differ by less than this.
	baselineTolerance = 0.35
	// A line is a headline when it is this much larger than the body; a
	// caption or footer when this much smaller. Kickers and subtitles are
	// set a quarter larger and more, captions a tenth smaller.
	headRatio  = 1.15
	smallRatio = 0.94
	// The same for an OCR layer, whose sizes vary a third line to line.
	ocrHeadRatio  = 1.6
	ocrSmallRatio = 0.88
	// A run may reach this many ems past its column's edge (hanging
	// punctuation, the full-em box of a compressed mark).
	maxOverrun = 1.0
	// An opening mark of a compressed line may stand this many ems left
	// of its column.
	maxStandOut = 0.6
	// Columns are measured from runs this many ems long at least.
	minColumnRun = 3.0
	// A paragraph's first line is indented by two ems; one is enough to
	// tell it from a full line, which starts at the column's edge.
	minIndent = 1.0
	// A gap of more than this many line pitches ends a column segment:
	// paragraph spacing is under one, a photo or a new story more.
	maxSegmentGap = 1.9
	// A smaller gap ends a segment too where a headline stack starts at
	// its height elsewhere on the page: the next row of stories.
	minRowGap = 1.3
	// Lines of a headline stack are closer than this many of their own
	// size; stacks of two stories, further apart.
	maxStackGap = 1.0
	// A line of a stack that starts left of the stack is at most this
	// many of its size away from it (to the right, a centred title may be
	// far from a short kicker set flush left).
	maxStackApart = 3.0
	// A segment continues the story of the column to its left when their
	// tops are within this many pitches (a top byline or a photo caption
	// may start the first column lower).
	maxTopShift = 3.0
	// A photo and its caption opening a story's body take at most this
	// many body lines of height.
	maxPhotoLines = 12.0
	// A side headline's widest line may reach this share of a column into
	// the body beside it.
	maxSideReach = 0.25
	// A header strip above the page's first headline holds a line or two
	// in each place (the date, the page label); more is a story's text.
	maxStripLines = 2
)

// gline is a line of a page: runs joined.
type gline struct {
	text string
	box  Box
	size float64
	font string
	kind glineKind
}

type glineKind uint8

const (
	gBody glineKind = iota
	gHead
	gSmall
)

// ParseGeometry parses one PDF page.
func ParseGeometry(g PageGeometry) Page {
	runs := make([]gline, 0, len(g.Runs))
	for _, r := range g.Runs {
		if strings.TrimFunc(r.Text, isSpace) == "" {
			continue
		}
		size := r.Size
		if size <= 0 || math.IsNaN(size) || math.IsInf(size, 0) {
			size = math.Max(r.Box.H, 1) // an extractor that gives no size
		}
		runs = append(runs, gline{text: r.Text, box: r.Box, size: size, font: r.Font})
	}
	body := bodySize(runs)
	head, small := headRatio, smallRatio
	ocr := isOCRLayer(runs)
	if ocr {
		// An OCR layer's sizes are estimates, line by line: only clearly
		// larger lines are headlines.
		head, small = ocrHeadRatio, ocrSmallRatio
	}
	for i := range runs {
		switch l := &runs[i]; {
		case l.size >= body*head:
			l.kind = gHead
		case l.size <= body*small:
			l.kind = gSmall
		}
	}
	lines := joinRuns(runs, columnsOf(runs, body))
	if ocr {
		// and its words come letter-spaced: spaces between ideographs
		// are not text
		for i := range lines {
			lines[i].text = joinIdeographs(lines[i].text)
		}
	}
	// Some papers set captions in the body size, in another face: a line
	// that reads as a caption is one, whatever its size.
	recount := false
	for i := range lines {
		if lines[i].kind == gBody {
			if k, _ := classify(lines[i].text); k == kindCaption {
				lines[i].kind, recount = gSmall, true
			}
		}
	}
	// Columns come from the runs, before they are joined (a run never
	// crosses a gutter, while a line joined across a narrow one would),
	// and again without the captions found since.
	cols := columnsOf(runs, body)
	if recount {
		cols = columnsOf(lines, body)
	}
	p := layoutPage(lines, cols, body)
	p.Number, p.Width, p.Height = g.Number, g.Width, g.Height
	p.Label, p.Date = pageMarks(p.Furniture)
	detach(&p)
	return p
}

// ocrFonts name the invisible fonts OCR engines write their text layer
// in: tesseract's GlyphLessFont, ABBYY's and others' invisible faces.
var ocrFonts = []string{"GlyphLess", "Invisible", "OCR"}

// isOCRLayer reports a page whose text is mostly in an OCR engine's
// invisible font.
func isOCRLayer(runs []gline) bool {
	n, ocr := 0, 0
	for _, r := range runs {
		k := utf8.RuneCountInString(r.text)
		n += k
		for _, f := range ocrFonts {
			if strings.Contains(r.font, f) {
				ocr += k
				break
			}
		}
	}
	return n > 0 && ocr*2 > n
}

// joinIdeographs removes the spaces between two CJK characters, which an
// OCR layer puts between words (城市  书房) and often between characters.
func joinIdeographs(s string) string {
	if !strings.ContainsFunc(s, isSpace) {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		if isSpace(rs[i]) {
			j := i
			for j < len(rs) && isSpace(rs[j]) {
				j++
			}
			if i > 0 && j < len(rs) && rs[i-1] >= 0x2E80 && rs[j] >= 0x2E80 {
				i = j - 1
				continue
			}
		}
		b.WriteRune(rs[i])
	}
	return b.String()
}

// columnAt is the column a run starting at x belongs to: the last one
// starting before it, an opening mark set in the right half of its em
// standing out into the gutter by half an em (a closing mark hanging past
// a column's edge stays with its column: the next starts further right);
// -1 when there are none.
func columnAt(cols []column, x, size float64) int {
	if len(cols) == 0 {
		return -1
	}
	c := 0
	for i, col := range cols {
		if col.x0 <= x+maxStandOut*size {
			c = i
		}
	}
	return c
}

// joinRuns merges runs of one kind on one baseline that touch into lines;
// body runs only within one column.
func joinRuns(rs []gline, cols []column) []gline {
	// Baselines: runs sorted by height, cut where the next run is
	// clearly lower than the first of its baseline; each baseline then
	// left to right. (A comparator mixing both would not be an order.)
	slices.SortStableFunc(rs, func(a, b gline) int { return cmp.Compare(a.box.Y, b.box.Y) })
	for i := 0; i < len(rs); {
		j := i + 1
		for j < len(rs) && rs[j].box.Y-rs[i].box.Y <= baselineTolerance*math.Min(rs[i].size, rs[j].size) {
			j++
		}
		slices.SortStableFunc(rs[i:j], func(a, b gline) int { return cmp.Compare(a.box.X, b.box.X) })
		i = j
	}
	colOf := func(l *gline) int {
		if l.kind != gBody {
			return -2
		}
		return columnAt(cols, l.box.X, l.size)
	}
	var out []gline
	var outCol []int
	open := []int{} // lines that may still take a run: the current baseline's
	for _, r := range rs {
		rc := colOf(&r)
		joined := false
		for _, li := range open {
			l := &out[li]
			gap := r.box.X - l.box.right()
			if l.kind == r.kind && outCol[li] == rc && math.Abs(r.box.Y-l.box.Y) <= baselineTolerance*l.size &&
				math.Abs(r.size-l.size) <= 0.15*l.size && gap <= maxRunGap*l.size && r.box.X > l.box.X {
				last, _ := utf8.DecodeLastRuneInString(l.text)
				first, _ := utf8.DecodeRuneInString(r.text)
				if gap > 0.2*l.size && last < 0x80 && first < 0x80 && !isSpace(last) && !isSpace(first) {
					l.text += " "
				}
				l.text += r.text
				l.box = l.box.union(r.box)
				joined = true
				break
			}
		}
		if joined {
			continue
		}
		// a new line; lines of earlier baselines take nothing more
		keep := open[:0]
		for _, li := range open {
			if math.Abs(r.box.Y-out[li].box.Y) <= baselineTolerance*out[li].size {
				keep = append(keep, li)
			}
		}
		out = append(out, r)
		outCol = append(outCol, rc)
		open = append(keep, len(out)-1)
	}
	for i := range out {
		out[i].text = strings.TrimFunc(out[i].text, isSpace)
	}
	return out
}

// bodySize is the font size most characters are set in.
func bodySize(lines []gline) float64 {
	count := map[float64]int{}
	for _, l := range lines {
		count[math.Round(l.size*2)/2] += utf8.RuneCountInString(l.text)
	}
	best, n := 0.0, -1
	for s, c := range count {
		if c > n || (c == n && s < best) {
			best, n = s, c
		}
	}
	return best
}

// column is an x-range body lines occupy.
type column struct{ x0, x1 float64 }

// columnsOf merges the x-ranges of body runs into columns: runs of one
// column overlap one another (a full line spans the column), runs of two
// columns never do.
func columnsOf(lines []gline, body float64) []column {
	var spans []column
	for _, l := range lines {
		// Only runs of some length: a character or two after a
		// compressed mark, alone past the end of a long run, would
		// look like a column of its own.
		if l.kind == gBody && l.box.W >= minColumnRun*l.size {
			// The last em of a run may reach into the gutter: punctuation
			// hanging past the column, or a compressed mark whose box is
			// a full em.
			right := math.Max(l.box.right()-maxOverrun*l.size, l.box.X+0.1)
			spans = append(spans, column{l.box.X, right})
		}
	}
	slices.SortFunc(spans, func(a, b column) int { return cmp.Compare(a.x0, b.x0) })
	var cols []column
	for _, s := range spans {
		if n := len(cols); n > 0 && s.x0 < cols[n-1].x1 {
			cols[n-1].x1 = math.Max(cols[n-1].x1, s.x1)
			continue
		}
		cols = append(cols, s)
	}
	return cols
}

// gsegment is a run of body lines of one column, top to bottom.
type gsegment struct {
	col   int
	lines []int // indices into the page's lines
	box   Box
	story int
}

// stack is a headline stack: head lines close together.
type stack struct {
	lines []int
	box   Box
	story int // -1 until a segment claims it
}

// layoutPage finds the stories of a page.
func layoutPage(lines []gline, cols []column, body float64) Page {
	colOf := func(l *gline) int { return columnAt(cols, l.box.X, l.size) }
	pitch := linePitch(lines, cols, colOf, body)

	var furniture, other []string
	// headline stacks; a masthead or section strip is the page's own
	var heads []int
	for i := range lines {
		if lines[i].kind != gHead {
			continue
		}
		// A masthead or a section strip (要闻·民生) is the page's own; a
		// lone section word may be a headline line (文化 of 中医药/文化/进校园).
		if t := lines[i].text; isMasthead(t) || (isPageStripText(t) && strings.ContainsAny(t, "·•|｜/ ")) {
			furniture = append(furniture, t)
			continue
		}
		heads = append(heads, i)
	}
	slices.SortFunc(heads, func(a, b int) int { return cmp.Compare(lines[a].box.Y, lines[b].box.Y) })
	var stacks []stack
	for _, h := range heads {
		l := &lines[h]
		best, bestApart := -1, math.Inf(1)
		for si := range stacks {
			s := &stacks[si]
			last := &lines[s.lines[len(s.lines)-1]]
			size := math.Max(l.size, last.size)
			// below the stack's last line, not beside it: the stacks of
			// two stories in a row overlap in height
			gap := l.box.Y - last.box.bottom()
			if gap < -0.2*size || gap >= maxStackGap*size {
				continue
			}
			// A kicker is set flush left, the title under it centred:
			// they need not overlap. The stacks of a row's stories start
			// at one height, so a line just under a stack is its next.
			apart := math.Max(math.Max(l.box.X-s.box.right(), s.box.X-l.box.right()), 0)
			if l.box.X < s.box.X-0.5*size && apart > maxStackApart*size {
				continue // a title is never left of its kicker
			}
			if apart < bestApart {
				best, bestApart = si, apart
			}
		}
		if best >= 0 {
			stacks[best].lines = append(stacks[best].lines, h)
			stacks[best].box = stacks[best].box.union(l.box)
			continue
		}
		stacks = append(stacks, stack{lines: []int{h}, box: l.box, story: -1})
	}

	// column segments
	byCol := make([][]int, len(cols))
	for i := range lines {
		if lines[i].kind == gBody {
			if c := colOf(&lines[i]); c >= 0 {
				byCol[c] = append(byCol[c], i)
			} else {
				// in no column (a page of too little text to find one):
				// kept, as text of no story
				other = append(other, lines[i].text)
			}
		}
	}
	edges := columnEdges(lines, byCol)
	var segs []gsegment
	for c, ls := range byCol {
		slices.SortFunc(ls, func(a, b int) int { return cmp.Compare(lines[a].box.Y, lines[b].box.Y) })
		var cur *gsegment
		for _, li := range ls {
			l := &lines[li]
			if cur != nil {
				prev := &lines[cur.lines[len(cur.lines)-1]]
				gap := l.box.Y - prev.box.Y
				if gap > maxSegmentGap*pitch || interrupted(lines, cols[c], prev.box.bottom(), l.box.Y) ||
					(gap > minRowGap*pitch && stackStarts(stacks, prev.box.bottom(), l.box.Y+pitch)) {
					cur = nil
				}
			}
			if cur == nil {
				segs = append(segs, gsegment{col: c, box: l.box, story: -1})
				cur = &segs[len(segs)-1]
			}
			cur.lines = append(cur.lines, li)
			cur.box = cur.box.union(l.box)
		}
	}
	// furniture strips: segments made only of furniture lines
	isFurnitureSeg := func(s *gsegment) bool {
		for _, li := range s.lines {
			if k, _ := classify(lines[li].text); k != kindFurniture {
				return false
			}
		}
		return true
	}
	// the header strip: short lines above every headline stack
	stripBottom := math.Inf(1)
	for _, st := range stacks {
		stripBottom = math.Min(stripBottom, st.box.Y)
	}
	inStrip := func(s *gsegment) bool {
		if len(stacks) == 0 || s.box.bottom() > stripBottom || len(s.lines) > maxStripLines {
			return false
		}
		for _, li := range s.lines {
			if utf8.RuneCountInString(lines[li].text) > maxFurnitureRunes {
				return false
			}
		}
		return true
	}
	kept := segs[:0]
	for i := range segs {
		if isFurnitureSeg(&segs[i]) || inStrip(&segs[i]) {
			for _, li := range segs[i].lines {
				furniture = append(furniture, lines[li].text)
			}
			continue
		}
		kept = append(kept, segs[i])
	}
	segs = kept
	slices.SortFunc(segs, func(a, b gsegment) int {
		if a.col != b.col {
			return cmp.Compare(a.col, b.col)
		}
		return cmp.Compare(a.box.Y, b.box.Y)
	})

	// stories: a segment takes the stack above it, or continues its left
	// neighbour, or takes a stack beside it
	nStories := 0
	// A stack with text right under it in its own columns heads that
	// text: it is no side headline for the column beside it.
	above := make([]bool, len(stacks))
	storyOfStack := func(si int) int {
		if stacks[si].story < 0 {
			stacks[si].story = nStories
			nStories++
		}
		return stacks[si].story
	}
	for i := range segs {
		s := &segs[i]
		col := cols[s.col]
		if si := stackAbove(stacks, segs, i, col, pitch); si >= 0 && !isPageStrip(lines, &stacks[si]) {
			s.story = storyOfStack(si)
			above[si] = true
			continue
		}
		// a side headline between this column and the one left of it
		// starts a story; else the left column's story goes on here
		j := neighbour(segs, i, -1, pitch)
		si := stackBeside(stacks, s, col, pitch, func(si int) bool { return !above[si] && !isPageStrip(lines, &stacks[si]) })
		if si >= 0 && (j < 0 || stacks[si].box.X+stacks[si].box.W/2 > cols[segs[j].col].x1) {
			s.story = storyOfStack(si)
			continue
		}
		if j >= 0 {
			s.story = segs[j].story
		}
	}
	// Right to left, what is left: a title centred over a wide story
	// leaves its first column uncovered; that column's segment starts
	// beside the next column's, under the same stack.
	for i := len(segs) - 1; i >= 0; i-- {
		s := &segs[i]
		if s.story >= 0 {
			continue
		}
		if j := neighbour(segs, i, +1, pitch); j >= 0 {
			s.story = segs[j].story
			continue
		}
		// a top byline cut off from its text by a photo: the story of
		// the segment below it in its column
		if j := segmentBelow(segs, i, maxPhotoLines*pitch); j >= 0 && segs[j].story >= 0 && onlyBylines(lines, s) {
			s.story = segs[j].story
			continue
		}
		s.story = nStories
		nStories++
	}

	// build the stories
	type storyParts struct {
		stack  int
		segs   []int
		region Box
	}
	parts := make([]storyParts, nStories)
	for i := range parts {
		parts[i].stack = -1
	}
	for si := range stacks {
		if st := stacks[si].story; st >= 0 {
			parts[st].stack = si
			parts[st].region = parts[st].region.union(stacks[si].box)
		}
	}
	for i := range segs {
		st := segs[i].story
		parts[st].segs = append(parts[st].segs, i)
		parts[st].region = parts[st].region.union(segs[i].box)
	}
	// reading order: by the top of the story, then left to right
	order := make([]int, nStories)
	for i := range order {
		order[i] = i
	}
	top := func(st int) Box {
		if parts[st].stack >= 0 {
			return stacks[parts[st].stack].box
		}
		return segs[parts[st].segs[0]].box
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ta, tb := top(a), top(b)
		if math.Abs(ta.Y-tb.Y) > 2*pitch {
			// a lower story that starts left of the other's end comes later
			if ta.Y < tb.Y {
				return -1
			}
			return 1
		}
		return cmp.Compare(ta.X, tb.X)
	})

	page := Page{Layout: LayoutColumns}
	captions := make([][]string, nStories)
	for _, cap := range smallGroups(lines) {
		box, text := cap.box, cap.text
		if k, _ := classify(text); k == kindFurniture {
			furniture = append(furniture, text)
			continue
		}
		best := -1
		for st := range parts {
			r := parts[st].region
			cx, cy := box.X+box.W/2, box.Y+box.H/2
			if cx >= r.X && cx <= r.right() && cy >= r.Y-pitch && cy <= r.bottom()+pitch {
				best = st
				break
			}
		}
		if best < 0 {
			if k, _ := classify(text); k == kindCaption {
				other = append(other, text)
			} else {
				furniture = append(furniture, text)
			}
			continue
		}
		captions[best] = append(captions[best], text)
		parts[best].region = parts[best].region.union(box)
	}
	for si := range stacks {
		if stacks[si].story >= 0 {
			continue
		}
		for _, e := range headEntries(lines, stacks[si].lines) {
			if isPageStripText(e.text) {
				furniture = append(furniture, e.text)
			} else {
				other = append(other, e.text)
			}
		}
	}
	for _, st := range order {
		sp := parts[st]
		a := Article{Main: -1, Captions: captions[st], Region: sp.region, BodySize: body}
		if sp.stack >= 0 {
			entries := headEntries(lines, stacks[sp.stack].lines)
			bestSize := 0.0
			for i, e := range entries {
				a.Headlines = append(a.Headlines, e.text)
				if e.size > bestSize+0.01 {
					a.Main, bestSize = i, e.size
				}
			}
		}
		var ls []int
		for _, si := range sp.segs {
			ls = append(ls, segs[si].lines...)
		}
		furniture = append(furniture, storyBody(&a, lines, ls, edges, colOf)...)
		if len(a.Paragraphs) == 0 && a.Lead == "" && a.Byline.Raw == "" {
			// a stack over nothing but captions: not an article
			other = append(other, a.Headlines...)
			other = append(other, a.Captions...)
			continue
		}
		page.Articles = append(page.Articles, a)
	}
	page.Furniture, page.Other = furniture, other
	return page
}

// columnEdges is where each column's lines start: the commonest left
// edge of its lines (most are full lines; a first line is indented, a
// stray line such as a right-aligned date may start anywhere).
func columnEdges(lines []gline, byCol [][]int) []float64 {
	edges := make([]float64, len(byCol))
	for c, ls := range byCol {
		count := map[float64]int{}
		best, n := math.Inf(1), 0
		for _, li := range ls {
			x := math.Round(lines[li].box.X)
			count[x]++
			if count[x] > n || (count[x] == n && x < best) {
				best, n = x, count[x]
			}
		}
		if n == 0 {
			best = 0
		}
		edges[c] = best
	}
	return edges
}

// linePitch is the usual distance between the tops of consecutive body
// lines in a column.
func linePitch(lines []gline, cols []column, colOf func(*gline) int, body float64) float64 {
	byCol := map[int][]float64{}
	for i := range lines {
		if lines[i].kind == gBody {
			if c := colOf(&lines[i]); c >= 0 {
				byCol[c] = append(byCol[c], lines[i].box.Y)
			}
		}
	}
	var d []float64
	for _, ys := range byCol {
		slices.Sort(ys)
		for i := 1; i < len(ys); i++ {
			if g := ys[i] - ys[i-1]; g > 0.5*body && g < 3*body {
				d = append(d, g)
			}
		}
	}
	if len(d) == 0 {
		return 1.5 * body
	}
	slices.Sort(d)
	return d[len(d)/2]
}

// stackStarts reports a headline stack starting between heights y0 and
// y1: a new row of stories starts there.
func stackStarts(stacks []stack, y0, y1 float64) bool {
	for _, st := range stacks {
		if st.box.Y > y0 && st.box.Y < y1 {
			return true
		}
	}
	return false
}

// interrupted reports a headline or caption line across column c between
// heights y0 and y1.
func interrupted(lines []gline, c column, y0, y1 float64) bool {
	for _, l := range lines {
		if l.kind == gBody {
			continue
		}
		if l.box.Y >= y0-0.1 && l.box.bottom() <= y1+0.1 && l.box.X < c.x1 && l.box.right() > c.x0 {
			return true
		}
	}
	return false
}

// stackAbove is the stack right above segment i in its column: the
// lowest stack over the column's x-range between the segment and the
// segment above it, or -1.
func stackAbove(stacks []stack, segs []gsegment, i int, col column, pitch float64) int {
	s := &segs[i]
	ceiling := math.Inf(-1)
	for j := range segs {
		if j != i && segs[j].col == s.col && segs[j].box.bottom() <= s.box.Y+0.1 {
			ceiling = math.Max(ceiling, segs[j].box.bottom())
		}
	}
	best, bestY := -1, math.Inf(-1)
	for si, st := range stacks {
		b := st.box
		// no further above than a photo and its caption: a side
		// headline rows up leaves its column empty below it
		if b.bottom() <= s.box.Y+0.5 && b.Y >= ceiling-0.1 && s.box.Y-b.bottom() <= maxPhotoLines*pitch &&
			b.X < col.x1 && b.right() > col.x0 && b.bottom() > bestY {
			best, bestY = si, b.bottom()
		}
	}
	return best
}

// neighbour is a segment of the column dc away from segment i's (-1 left,
// +1 right), already given a story, whose top is near segment i's top,
// or -1. A left neighbour must also reach as low as segment i's top.
func neighbour(segs []gsegment, i, dc int, pitch float64) int {
	s := &segs[i]
	best, bestD := -1, math.Inf(1)
	for j := range segs {
		o := &segs[j]
		if o.col != s.col+dc || o.story < 0 || (dc < 0 && o.box.bottom() <= s.box.Y) {
			continue
		}
		if d := math.Abs(o.box.Y - s.box.Y); d <= maxTopShift*pitch && d < bestD {
			best, bestD = j, d
		}
	}
	return best
}

// segmentBelow is the next segment down segment i's column within reach,
// or -1.
func segmentBelow(segs []gsegment, i int, reach float64) int {
	s := &segs[i]
	best, bestY := -1, math.Inf(1)
	for j := range segs {
		o := &segs[j]
		if j != i && o.col == s.col && o.box.Y >= s.box.bottom() && o.box.Y-s.box.bottom() <= reach && o.box.Y < bestY {
			best, bestY = j, o.box.Y
		}
	}
	return best
}

// onlyBylines reports a segment made of byline lines.
func onlyBylines(lines []gline, s *gsegment) bool {
	for _, li := range s.lines {
		if k, _ := classify(lines[li].text); k != kindByline {
			return false
		}
	}
	return true
}

// stackBeside is a stack set left of segment s, beside its top, among
// those ok takes, or -1.
func stackBeside(stacks []stack, s *gsegment, col column, pitch float64, ok func(int) bool) int {
	best, bestX, bestD := -1, math.Inf(-1), math.Inf(1)
	for si, st := range stacks {
		if !ok(si) {
			continue
		}
		b := st.box
		// beside the segment's top, or above it by a photo's height at
		// most (a photo and its caption may open the body); a wide side
		// headline may reach into the column a little
		if b.right() > col.x0+maxSideReach*(col.x1-col.x0) || b.Y > s.box.Y+2*pitch || b.bottom() < s.box.Y-maxPhotoLines*pitch {
			continue
		}
		// the nearest to the left; of stacks as near, the one whose top
		// is nearest the segment's (the side headlines of a column of
		// stories stand one above the other)
		d := math.Abs(b.Y - s.box.Y)
		if b.right() > bestX+0.5 || (b.right() > bestX-0.5 && d < bestD) {
			best, bestX, bestD = si, b.right(), d
		}
	}
	return best
}

// isPageStrip reports a stack that is the page's own: a masthead or a
// section strip, never a story's headline.
func isPageStrip(lines []gline, st *stack) bool {
	for _, e := range headEntries(lines, st.lines) {
		if !isPageStripText(e.text) {
			return false
		}
	}
	return true
}

// isPageStripText reports a masthead (…日报, …时报), a section label or
// strip (要闻, 要闻·民生) or another furniture line standing alone.
func isPageStripText(s string) bool {
	k, _ := classify(strings.TrimSpace(s))
	return strings.TrimSpace(s) != "" && k == kindFurniture
}

// headEntry is a headline line of a stack: lines of one size in a row
// are one headline broken over several lines.
type headEntry struct {
	text string
	size float64
}

func headEntries(lines []gline, ls []int) []headEntry {
	var out []headEntry
	var prev *gline
	for _, li := range ls {
		l := &lines[li]
		// (not the font: a line opening with a quote mark may take it
		// from a fallback font)
		if prev != nil && math.Abs(l.size-prev.size) < 0.05*l.size {
			e := &out[len(out)-1]
			last, _ := utf8.DecodeLastRuneInString(e.text)
			first, _ := utf8.DecodeRuneInString(l.text)
			if last < 0x80 && first < 0x80 {
				e.text += " "
			}
			e.text += l.text
		} else {
			out = append(out, headEntry{text: l.text, size: l.size})
		}
		prev = l
	}
	return out
}

// maxWrappedByline: a byline wraps over three lines at most, even in
// the narrowest column.
const maxWrappedByline = 3

// wrappedByline reads the last lines of ls as one byline broken over
// two or three lines (joinWrappedByline).
func wrappedByline(lines []gline, ls []int) (int, Byline, bool) {
	for n := 2; n <= maxWrappedByline && n <= len(ls); n++ {
		parts := make([]string, n)
		for i, li := range ls[len(ls)-n:] {
			parts[i] = lines[li].text
		}
		if b, ok := joinWrappedByline(parts); ok {
			return n, b, true
		}
	}
	return 0, Byline{}, false
}

// captionGroup is consecutive small lines: a caption or a footer.
type captionGroup struct {
	text string
	box  Box
}

func smallGroups(lines []gline) []captionGroup {
	var idx []int
	for i := range lines {
		if lines[i].kind == gSmall {
			idx = append(idx, i)
		}
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(lines[a].box.Y, lines[b].box.Y) })
	var out []captionGroup
	used := make([]bool, len(idx))
	for i, li := range idx {
		if used[i] {
			continue
		}
		g := captionGroup{text: lines[li].text, box: lines[li].box}
		last := lines[li]
		used[i] = true
		for j := i + 1; j < len(idx); j++ {
			l := lines[idx[j]]
			if used[j] || math.Abs(l.box.X-last.box.X) > l.size || l.box.Y-last.box.bottom() > 0.8*l.size {
				continue
			}
			if k, _ := classify(l.text); k == kindFurniture {
				continue
			}
			g.text += l.text
			g.box = g.box.union(l.box)
			last = l
			used[j] = true
		}
		out = append(out, g)
	}
	return out
}

// storyBody reads a story's body lines in reading order (its columns left
// to right, each top to bottom): bylines at the top and at the end,
// paragraphs started by indented lines, the lead of the first.
func storyBody(a *Article, lines []gline, ls []int, edges []float64, colOf func(*gline) int) (furniture []string) {
	var by Byline
	start, end := 0, len(ls)
	for start < end {
		k, b := classify(lines[ls[start]].text)
		if k == kindFurniture { // 上接第1版
			furniture = append(furniture, lines[ls[start]].text)
		} else if k == kindByline {
			mergeByline(&by, b)
		} else {
			break
		}
		start++
	}
	var tail []Byline // the last lines, read last to first
	for end > start {
		k, b := classify(lines[ls[end-1]].text)
		if k == kindFurniture { // 下转第3版
			furniture = append(furniture, lines[ls[end-1]].text)
			end--
			continue
		}
		if k == kindByline {
			tail = append(tail, b)
			end--
			continue
		}
		// a byline wrapped in a narrow column: 记者 赵立新 见习记者 / 孙雨,
		// or in mid-name: 钱一 / 鸣 薛晴
		if n, b, ok := wrappedByline(lines, ls[start:end]); ok {
			tail = append(tail, b)
			end -= n
			continue
		}
		break
	}
	var paras []string
	var b strings.Builder
	for _, li := range ls[start:end] {
		l := &lines[li]
		indent := 0.0
		if c := colOf(l); c >= 0 {
			indent = l.box.X - edges[c]
		}
		if indent >= minIndent*l.size && b.Len() > 0 {
			paras = append(paras, b.String())
			b.Reset()
		}
		text := normalizeSpaces(l.text)
		if b.Len() == 0 {
			b.WriteString(text)
		} else {
			joinLine(&b, text)
		}
	}
	if b.Len() > 0 {
		paras = append(paras, b.String())
	}
	a.Lead, paras = takeLead(paras, &by)
	for i := len(tail) - 1; i >= 0; i-- {
		mergeByline(&by, tail[i])
	}
	a.Byline = by
	a.Paragraphs = paras
	return furniture
}
