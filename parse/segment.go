package parse

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// tline is a text line of a column page.
type tline struct {
	text string // spurious spaces removed
	lineInfo
	pos  int  // element index it came from (for position priors)
	lead bool // a dateline starts here (本报讯, 新华社…电)
	// spaced: the line came letter-spaced, so print stretched it to the
	// full column whatever its characters measure.
	spaced bool
}

type elemKind uint8

const (
	elemText elemKind = iota
	elemByline
	elemCaption
	elemFurniture
)

// element is a run of lines of one kind: a text block (lines with no blank
// line between them), a byline, a caption, a furniture line.
type element struct {
	kind  elemKind
	lines []tline  // elemText
	raw   []string // the other kinds, as printed
	by    Byline
	gap   bool // a blank line came before it
}

func (e *element) text() string { return strings.Join(e.raw, "\n") }

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

// A byline is a few lines; a longer run of byline-like lines is split so
// that no element grows without bound.
const maxBylineLines = 6

// lookahead bounds the scans for the next text block: past this many
// furniture and caption elements, the context is unknown.
const lookahead = 16

// Headline candidates are a few lines of bounded length.
const (
	maxHeadRunes      = 40 // the longest one-line headline seen is ~30 characters
	maxHeadLines      = 4  // kicker + a main title broken in two + subtitle
	maxShortRunLines  = 10 // a headline set beside its body: one short line per row
	maxShortRunRunes  = 8  // …of at most this many characters (4–8 a line) (4–8 a line)
	minShortRunLines  = 3
	subheadMaxLines   = 1
	continuationSlack = fullTolUnits
)

// buildElements classifies the lines of a page and groups them.
func buildElements(lines []string) []element {
	els := make([]element, 0, len(lines)/4+1)
	// All text lines of the page share one backing array, allocated once;
	// each block's lines are a capped window on it.
	all := make([]tline, 0, len(lines))
	blank := true
	for i := 0; i < len(lines); i++ {
		raw := strings.TrimFunc(lines[i], isSpace)
		if raw == "" {
			blank = true
			continue
		}
		rawInfo := measure(raw)
		kind, by := classifyCued(raw, rawInfo.cues, int(rawInfo.runes))
		last := len(els) - 1
		switch kind {
		case kindFurniture:
			els = append(els, element{kind: elemFurniture, raw: []string{raw}})
		case kindCaption:
			if last >= 0 && !blank && els[last].kind == elemCaption && captionOpen(els[last]) {
				els[last].raw = append(els[last].raw, raw)
			} else {
				els = append(els, element{kind: elemCaption, raw: []string{raw}})
			}
		case kindByline:
			switch {
			case last >= 0 && !blank && els[last].kind == elemCaption && len(by.Credits) > 0 && captionOpen(els[last]):
				// "图为活动现场。" / "记者 王某 摄": the credit ends the caption.
				els[last].raw = append(els[last].raw, raw)
			case last >= 0 && !blank && els[last].kind == elemByline && len(els[last].raw) < maxBylineLines:
				els[last].raw = append(els[last].raw, raw)
				mergeByline(&els[last].by, by)
			default:
				els = append(els, element{kind: elemByline, raw: []string{raw}, by: by, gap: blank})
			}
		default:
			t, spaced := raw, false
			li := rawInfo
			if rawInfo.cues&cueSpace != 0 {
				t, spaced = normalizeSpacesInfo(raw)
				li = measure(t)
			}
			var note string
			if li.cues&cueJump != 0 {
				if j := trailingJumpNote(t); j > 0 {
					t, note = strings.TrimRight(t[:j], " "), t[j:]
					li = measure(t)
				}
			}
			if last >= 0 && !blank && els[last].kind == elemCaption && captionOpen(els[last]) &&
				i+1 < len(lines) && isCaption(strings.TrimSpace(lines[i+1])) {
				// the middle line of a three-line caption
				els[last].raw = append(els[last].raw, raw)
				break
			}
			tl := tline{text: t, lineInfo: li, lead: opensDateline(t, nextText(lines, i)), spaced: spaced}
			if last >= 0 && !blank && els[last].kind == elemText && !tl.lead {
				tl.pos = last
				all = append(all, tl)
				start := len(all) - len(els[last].lines) - 1
				els[last].lines = all[start:len(all):len(all)]
			} else {
				tl.pos = len(els)
				all = append(all, tl)
				els = append(els, element{kind: elemText, lines: all[len(all)-1 : len(all) : len(all)]})
			}
			if note != "" {
				els = append(els, element{kind: elemFurniture, raw: []string{note}})
				blank = true
				continue
			}
		}
		blank = false
	}
	measurePunct(all)
	return els
}

// nextText returns the next non-blank line after lines[i], normalised, when
// it may complete a dateline; "" otherwise.
func nextText(lines []string, i int) string {
	t := strings.TrimFunc(lines[i], isSpace)
	if !hasLeadSource(t) {
		return ""
	}
	for j := i + 1; j < len(lines); j++ {
		if n := strings.TrimFunc(lines[j], isSpace); n != "" {
			return normalizeSpaces(n)
		}
	}
	return ""
}

// captionOpen reports whether a caption may go on: it has not yet ended
// with a sentence mark or a credit, and is short.
func captionOpen(e element) bool {
	if len(e.raw) >= 3 {
		return false
	}
	last := e.raw[len(e.raw)-1]
	return !endsSentence(last) && !photoCredit(last)
}

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
	if ws := runOnWidths(lines); len(ws) >= minColumnLines {
		return columnWidth(ws)
	}
	ws := make([]int, len(lines))
	for i, l := range lines {
		ws[i] = l.units
	}
	return columnWidth(ws)
}

// pageColumnWidth estimates the column width of a page from its text
// blocks of three lines or more (headline blocks are shorter).
func pageColumnWidth(els []element) int {
	var lines []tline
	for i, e := range els {
		if e.kind == elemText && len(e.lines) >= 3 {
			for _, l := range e.lines {
				l.pos = i
				lines = append(lines, l)
			}
		}
	}
	if len(lines) < minColumnLines {
		for i, e := range els {
			if e.kind == elemText {
				for _, l := range e.lines {
					l.pos = i
					lines = append(lines, l)
				}
			}
		}
	}
	if w := linesWidth(lines); w > 0 {
		return w
	}
	return defaultColumnUnits
}

// headLike reports whether a text block could be a headline: a few lines,
// none ending a sentence with 。 or going on with ，、；, no full stop inside,
// no dateline, or a run of very short lines (a headline set vertically
// beside its body).
func headLike(e *element) bool {
	n := len(e.lines)
	if n > maxHeadLines && !shortRun(e) {
		return false
	}
	if n > maxShortRunLines {
		return false
	}
	commas, depth := 0, 0
	for _, l := range e.lines {
		// a quote or bracket left open: the text goes on elsewhere
		if depth += int(l.depth); depth < 0 {
			return false
		}
		if l.runes > maxHeadRunes || l.fullStop || l.cont || l.lead {
			return false
		}
		if l.end {
			if r, _ := lastSignificant(l.text); r == '…' || r == '.' || r == '。' || r == '．' {
				return false
			}
		}
		commas += int(l.commas)
	}
	return commas <= n && depth == 0
}

// shortRun reports a block of several very short lines.
func shortRun(e *element) bool {
	if len(e.lines) < minShortRunLines {
		return false
	}
	for _, l := range e.lines {
		if utf8.RuneCountInString(l.text) > maxShortRunRunes {
			return false
		}
	}
	return true
}

// article under construction.
type artBuild struct {
	lines    []tline
	top      Byline // top byline(s), before the body
	end      Byline // end byline(s)
	hasEnd   bool
	captions []string
	first    int // element index of the first body line
	last     int // element index of the last element that belongs to it
	// interrupted: a headline came after the body started; the next text
	// either continues the article (the headline was misplaced) or starts
	// the next one.
	interrupted bool
}

func (a *artBuild) open() bool { return a != nil && !a.hasEnd }

func (a *artBuild) lastLine() *tline {
	if a == nil || len(a.lines) == 0 {
		return nil
	}
	return &a.lines[len(a.lines)-1]
}

// headUnit is a headline candidate line (or a joined short-line run).
type headUnit struct {
	text  string
	pos   int // element index
	block int // element index of its block; lines of one block share it
	order int // position in the page, for print order
	run   int // headline blocks with nothing but each other between share a run
}

// segmentation is the result of the first pass over a column page.
type segmentation struct {
	arts      []*artBuild
	heads     []headUnit
	furniture []string
	other     []string
	width     int
}

// segment walks the elements of a column page and cuts them into articles,
// headline candidates, furniture and captions.
func segment(els []element) segmentation {
	seg := segmentation{width: pageColumnWidth(els)}
	W := seg.width
	var cur *artBuild
	var pendingTop Byline
	hasPendingTop := false
	var pendingCaptions []string
	lastWasHead := false
	run := 0 // current run of headline blocks

	startArticle := func(i int) *artBuild {
		a := &artBuild{first: i, last: i}
		if hasPendingTop {
			a.top = pendingTop
			pendingTop, hasPendingTop = Byline{}, false
		}
		a.captions = append(a.captions, pendingCaptions...)
		pendingCaptions = nil
		seg.arts = append(seg.arts, a)
		return a
	}
	order := 0
	for i := range els {
		e := &els[i]
		switch e.kind {
		case elemFurniture:
			seg.furniture = append(seg.furniture, e.raw...)
			continue
		case elemCaption:
			if cur.open() && len(cur.lines) > 0 && !lastWasHead {
				cur.captions = append(cur.captions, e.text())
			} else {
				pendingCaptions = append(pendingCaptions, e.text())
			}
			continue
		case elemByline:
			if lastWasHead {
				run++
			}
			// A byline closes the open article unless it stands apart and
			// opens the text that follows (本报记者 X above a feature).
			top := cur != nil && isTopByline(els, i) && (cur.interrupted || (e.gap && closedText(cur)))
			if cur.open() && len(cur.lines) > 0 && !lastWasHead && !top {
				mergeByline(&cur.end, e.by)
				cur.hasEnd = true
				cur.last = i
			} else if hasPendingTop {
				mergeByline(&pendingTop, e.by)
			} else {
				pendingTop, hasPendingTop = e.by, true
			}
			continue
		}

		// A text block.
		first := e.lines[0]
		isLead := first.lead
		if !isLead && isHeadline(cur, els, i, W) {
			// A headline candidate: kept aside for the assignment by content.
			if shortRun(e) {
				seg.heads = append(seg.heads, headUnit{text: joinHeadLines(e.lines), pos: i, block: i, order: order, run: run})
				order++
			} else {
				for _, l := range e.lines {
					seg.heads = append(seg.heads, headUnit{text: l.text, pos: i, block: i, order: order, run: run})
					order++
				}
			}
			if cur.open() && len(cur.lines) > 0 {
				cur.interrupted = true
			}
			lastWasHead = true
			continue
		}
		if lastWasHead {
			run++
		}
		switch {
		case isLead || cur == nil || !cur.open():
			cur = startArticle(i)
		case cur.interrupted && resumes(cur, e) && introduces(cur):
			// A section heading (……——) is never a story's last line: the
			// text after the headline that interrupted it is its section, and
			// a top byline set under that headline waits for its own text.
		case cur.interrupted && !resumes(cur, e), hasPendingTop:
			cur = startArticle(i)
		}
		cur.interrupted = false
		for _, l := range e.lines {
			l.pos = i
			cur.lines = append(cur.lines, l)
		}
		cur.last = i
		lastWasHead = false
	}
	seg.arts = repairOrder(seg.arts, seg.heads, W)
	if hasPendingTop {
		seg.other = append(seg.other, pendingTop.Raw)
	}
	if len(pendingCaptions) > 0 {
		if n := len(seg.arts); n > 0 {
			seg.arts[n-1].captions = append(seg.arts[n-1].captions, pendingCaptions...)
		} else {
			seg.other = append(seg.other, pendingCaptions...)
		}
	}
	return seg
}

// continues reports whether text block els[i] goes on with the open
// article's last sentence: that line ended mid-sentence and the block
// starts with a full column line no wider than the column. A title-like
// block (a few lines with no sentence punctuation) that the text flows
// over — the block after it picks the sentence up — or that stands right
// above a dateline is a headline emitted inside the body, not a piece of it.
func continues(cur *artBuild, els []element, i, W int) bool {
	e := &els[i]
	last := cur.lastLine()
	if !cur.open() || last == nil || last.end {
		return false
	}
	if e.lines[0].lead {
		return false
	}
	for j, l := range e.lines {
		if l.units > W+continuationSlack {
			return false
		}
		if j < len(e.lines)-1 && l.units < W-fullTolUnits {
			return false // a short line inside: not a column of body text
		}
	}
	if !(e.lines[0].units >= W-fullTolUnits || len(e.lines) > 1) {
		return false
	}
	return !(titleLike(e) && (continuedByNext(els, i, W, false) || datelineNext(els, i)))
}

// datelineNext reports whether the next text block opens with a dateline:
// a title-like block right above one is that story's headline, however
// wide (高新区新增三家国家级孵化器 / 本报讯 近日，…).
func datelineNext(els []element, i int) bool {
	for j := i + 1; j < len(els) && j <= i+lookahead; j++ {
		switch els[j].kind {
		case elemFurniture, elemCaption, elemByline:
			continue
		case elemText:
			return els[j].lines[0].lead
		}
	}
	return false
}

// resumes reports whether text after a headline that interrupted an
// article picks up its unfinished sentence: the article stopped
// mid-sentence, and the text is no dateline. (A new story would not start
// while the last one is cut off mid-sentence.)
func resumes(cur *artBuild, e *element) bool {
	last := cur.lastLine()
	return cur.open() && last != nil && !last.end && !e.lines[0].lead
}

// introduces reports whether the article's text stopped at a colon or a
// dash: a section heading or a quotation's announcement.
func introduces(cur *artBuild) bool {
	last := cur.lastLine()
	return last != nil && endsIntroduction(last.text)
}

// titleLike reports a block of a few lines without the punctuation of
// running text.
func titleLike(e *element) bool {
	return len(e.lines) <= maxTitleLines && !hasSentencePunct(e)
}

// isHeadline decides whether a text block is a headline candidate:
//   - it must look like one (headLike) and not be a marked section heading;
//   - after text that stopped mid-sentence it is body when it continues
//     that sentence, unless it is title-like and the text flows over it
//     (a title pdftotext emitted between two columns);
//   - elsewhere it is body when it has the shape of a column piece whose
//     sentence runs on into the next block's full first line (a column
//     that broke right after a paragraph's first line).
func isHeadline(cur *artBuild, els []element, i, W int) bool {
	e := &els[i]
	if e.lines[0].lead || !headLike(e) || isSubhead(cur, els, i, W) {
		return false
	}
	if last := cur.lastLine(); cur.open() && last != nil && !last.end {
		return !continues(cur, els, i, W)
	}
	if !bodyShaped(e, W) {
		return true
	}
	// Shaped like a piece of a column: body if three lines or more (no
	// headline stack is three justified lines), if its sentence runs on
	// into a full line, or — when it has the punctuation of running text —
	// into the short line that ends it.
	switch {
	case len(e.lines) >= minBodyBlockLines, continuedByNext(els, i, W, true):
		return false
	case hasSentencePunct(e) && continuedByNext(els, i, W, false):
		return false
	}
	return true
}

// minBodyBlockLines: a column-shaped block this tall is body text.
const minBodyBlockLines = 3

// maxTitleLines: a kicker, a main title and a subtitle.
const maxTitleLines = 3

// hasSentencePunct reports whether any line of the block has the
// punctuation of running text (headlines do without it).
func hasSentencePunct(e *element) bool {
	for _, l := range e.lines {
		if l.sentence {
			return true
		}
	}
	return false
}

// bodyShaped reports whether a block has the shape of a piece of a column:
// every line full (the first may be indented) but no wider than the column,
// except lines that end a sentence; and the last line either ends a sentence
// or is full, so the text runs on into the next column.
func bodyShaped(e *element, W int) bool {
	for j, l := range e.lines {
		if l.units > W+continuationSlack {
			return false // wider than a column: set across columns, a headline
		}
		full := l.units >= W-fullTolUnits
		if j == 0 {
			full = l.units >= W-indentUnits-fullTolUnits && l.units <= W+fullTolUnits
		}
		if !full && !l.end {
			return false
		}
	}
	return true
}

// continuedByNext reports whether the text block after els[i] reads as the
// continuation of a column that broke there: plain text (no dateline, not a
// headline candidate) whose first line is full — or, unless strict, ends
// the sentence.
func continuedByNext(els []element, i, W int, strict bool) bool {
	if els[i].lines[len(els[i].lines)-1].end {
		return false
	}
	for j := i + 1; j < len(els) && j <= i+lookahead; j++ {
		switch els[j].kind {
		case elemFurniture, elemCaption:
			continue
		case elemText:
			n := &els[j]
			f := n.lines[0]
			return !f.lead && !headLike(n) && (f.units >= W-shortTolUnits || (!strict && f.end))
		default:
			return false
		}
	}
	return false
}

// isSubhead reports a one-line block inside an open article that is a
// section heading (小标题) rather than a headline: it is marked as one (it
// ends with —— or a colon, or starts with a list mark such as 一、 or ■),
// the article has no end byline yet, its text stopped at a sentence end,
// the line is no wider than a column, and plain body text follows. An
// unmarked line in that place is taken for a title emitted late.
func isSubhead(cur *artBuild, els []element, i, W int) bool {
	e := &els[i]
	last := cur.lastLine()
	if !cur.open() || last == nil || len(e.lines) > subheadMaxLines || !last.end {
		return false
	}
	if e.lines[0].units > W+fullTolUnits || !subheadMarked(e.lines[0].text) {
		return false
	}
	for j := i + 1; j < len(els) && j <= i+lookahead; j++ {
		switch els[j].kind {
		case elemFurniture, elemCaption:
			continue
		case elemText:
			n := &els[j]
			return !n.lines[0].lead && !headLike(n)
		default:
			return false
		}
	}
	return false
}

// subheadMarked reports the marks of a section heading: a trailing dash or
// colon, a leading bullet, or a list number (一、 （二） 3.).
func subheadMarked(s string) bool {
	if strings.HasSuffix(s, "——") || strings.HasSuffix(s, "：") || strings.HasSuffix(s, ":") {
		return true
	}
	r, n := utf8.DecodeRuneInString(s)
	if strings.ContainsRune("■□◆◇●○★☆", r) {
		return true
	}
	rest := s[n:]
	if r == '（' || r == '(' {
		r, n = utf8.DecodeRuneInString(rest)
		rest = rest[n:]
		if strings.ContainsRune("一二三四五六七八九十", r) {
			return strings.HasPrefix(rest, "）") || strings.HasPrefix(rest, ")")
		}
		return false
	}
	if strings.ContainsRune("一二三四五六七八九十", r) {
		return strings.HasPrefix(rest, "、")
	}
	return false
}

// closedText reports whether the article's text stopped at a sentence end.
func closedText(cur *artBuild) bool {
	last := cur.lastLine()
	return last != nil && last.end
}

// isTopByline reports whether the byline at els[i] opens the text that
// follows rather than closing the text before it: body text follows it
// directly and does not start with a dateline (which carries its own names).
func isTopByline(els []element, i int) bool {
	for j := i + 1; j < len(els) && j <= i+lookahead; j++ {
		switch els[j].kind {
		case elemFurniture, elemCaption:
			continue
		case elemText:
			return !els[j].lines[0].lead && !headLike(&els[j])
		default:
			return false
		}
	}
	return false
}

// joinHeadLines joins the lines of a vertically set headline.
func joinHeadLines(lines []tline) string {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l.text)
	}
	return b.String()
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
func measurePunct(all []tline) {
	score := func(extra int) int {
		count := map[int]int{}
		for i := range all {
			if all[i].runes >= minMeasuredRunes {
				count[all[i].units+extra*int(all[i].punct)]++
			}
		}
		best := 0
		for u := range count {
			if n := count[u-1] + count[u] + count[u+1]; n > best {
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
		return
	}
	for i := range all {
		all[i].units += (unitHan - unitHalf) * int(all[i].punct)
	}
}
