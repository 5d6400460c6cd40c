package parse

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kanbao/kanbao/internal/lexicon"
)

// A byline is a few lines; a longer run of byline-like lines is split so
// that no element grows without bound.
const maxBylineLines = 6

// groupBlocks is the blocks stage: it groups the lines of a page into
// elements. Text lines with no blank line between them make a block (a
// dateline always opens one); a caption goes on over the next lines until
// it ends a sentence or a credit closes it; byline lines in a row make one
// byline; a furniture line stands alone.
func groupBlocks(pl pageLines) []element {
	lines := pl.lines
	// Most elements open at a blank line or a line that is not text.
	opens := 1
	for i := range lines {
		if lines[i].blank || lines[i].kind != kindText {
			opens++
		}
	}
	els := make([]element, 0, opens)
	phrasePrev := false // the line before was a line of phrases set apart
	for i := range lines {
		l := &lines[i]
		last := len(els) - 1
		wasPhrase := phrasePrev
		phrasePrev = false
		joins := last >= 0 && !l.blank // goes on from the element before
		switch l.kind {
		case kindFurniture:
			els = append(els, element{kind: elemFurniture, raw: []string{l.raw}})
		case kindCaption:
			if joins && els[last].kind == elemCaption && captionOpen(els[last]) {
				els[last].raw = append(els[last].raw, l.raw)
			} else {
				els = append(els, element{kind: elemCaption, raw: []string{l.raw}})
			}
		case kindByline:
			// the names again: bylines are few, and a pline kept small
			by, _ := scanByline(l.raw, true)
			switch {
			case joins && els[last].kind == elemCaption && len(by.Credits) > 0 && captionOpen(els[last]):
				// "图为活动现场。" / "记者 王某 摄": the credit ends the caption.
				els[last].raw = append(els[last].raw, l.raw)
			case joins && els[last].kind == elemByline && len(els[last].raw) < maxBylineLines:
				els[last].raw = append(els[last].raw, l.raw)
				mergeByline(&els[last].by, by)
			default:
				els = append(els, element{kind: elemByline, raw: []string{l.raw}, by: by, gap: l.blank})
			}
		default:
			if joins && els[last].kind == elemByline && takeWrappedByline(&els[last], l.raw) {
				break
			}
			if joins && els[last].kind == elemCaption && captionOpen(els[last]) && isCaption(l.next) {
				// the middle line of a three-line caption
				els[last].raw = append(els[last].raw, l.raw)
				break
			}
			// Blocks are windows on the page's text lines, capped so that
			// no append reaches into the next block.
			ti := int(l.ti)
			tl := &pl.text[ti]
			// A line of phrases set apart by spaces (我运动 我健康 我快乐) is a
			// headline poppler glued to the text below or above it: a block of
			// its own, unless it is running text justified with wide gaps.
			// Its list may go on into the next line (我运动 我健康 / 我快乐).
			// Names inside a bracket the line before opened are a
			// dateline's (本报10月12日讯（融 / 媒体记者 钭晓明 通讯员 / 戚莹）).
			spaced := phraseLine(tl) && !(joins && els[last].kind == elemText &&
				(runsThrough(&els[last].lines[len(els[last].lines)-1], tl, lines, i) || els[last].lines[len(els[last].lines)-1].depth > 0))
			phrasePrev = spaced
			if spaced && i+1 < len(lines) && !listGoesOn(lines, i) {
				lines[i+1].blank = true
			}
			// A title set beside the body may open a block, the column it
			// interrupts going on under it (past the furniture or captions
			// printed between).
			if prev := lastText(els); !joins && prev >= 0 && i+1 < len(lines) && !lines[i+1].blank && lines[i+1].kind == kindText {
				// the column under it shows the punctuation of running text;
				// a headline block broken over narrow lines does not
				if next := &pl.text[lines[i+1].ti]; next.sentence && sideTitle(els[prev].lines, tl, next) {
					lines[i+1].blank = true
				}
			}
			if joins && els[last].kind == elemText && !tl.lead && titleInside(els[last].lines, tl) {
				// the title becomes a block of its own, and the text after
				// it another
				n := len(els[last].lines)
				els[last].lines = els[last].lines[: n-1 : n-1]
				title := pl.text[ti-1 : ti : ti]
				title[0].pos = len(els)
				els = append(els, element{kind: elemText, lines: title, gap: true})
				last = len(els) - 1
				joins = false
			}
			if joins && els[last].kind == elemText && !tl.lead && !spaced && !(wasPhrase && !listGoesOn(lines, i-1)) {
				tl.pos = last
				start := ti - len(els[last].lines)
				els[last].lines = pl.text[start : ti+1 : ti+1]
			} else {
				tl.pos = len(els)
				els = append(els, element{kind: elemText, lines: pl.text[ti : ti+1 : ti+1]})
			}
			if l.note != "" {
				els = append(els, element{kind: elemFurniture, raw: []string{l.note}})
				if i+1 < len(lines) {
					lines[i+1].blank = true // the note ends the block
				}
			}
		}
	}
	return els
}

// sideTitle reports a headline t set beside the body, which pdftotext read
// into the column's lines, between the lines before and l: t is
// title-like (no punctuation of running text, two ems shorter than the
// column, and shorter than l), the lines before are body text (they have
// that punctuation), and t splits a word that the line before it and l
// make whole (市消防救 / 消防宣传进万家 / 援支队…: 救援; 全长28.6 /
// 地铁三号线全线贯通 / 公里).
func sideTitle(before []tline, t, l *tline) bool {
	if len(before) == 0 {
		return false
	}
	a := &before[len(before)-1]
	// the column's width: figures print narrow, so the wider of the two
	// lines either side
	col := max(a.units, l.units)
	if l.units >= 2*(a.units-fullTolUnits) {
		// l is two columns' lines glued into one row (60岁以 / 市住房和城乡建设局有关负
		// / 上的老人占… 责人介绍…): the column is a's, and t the other
		// column's line, set off the row
		col = a.units
	}
	// the line under it is a column's: longer than the title, or the
	// short end of the cut sentence (…总工程师介 / 万亩果园迎来丰收季 / 绍。)
	if a.end || t.sentence || t.lead || l.lead || t.units > col-indentUnits || l.units <= t.units && !l.end || int(t.han) < minSideTitleRunes || !titleRunes(t.text) {
		return false
	}
	if !slices.ContainsFunc(before, func(x tline) bool { return x.sentence }) {
		return false // a headline block broken over narrow lines: body text has punctuation
	}
	return wordCut(a.text, l.text) && !wordCut(a.text, t.text)
}

// lastText returns the index of the last text element, past furniture
// and captions; -1 when a byline or nothing comes first.
func lastText(els []element) int {
	for j := len(els) - 1; j >= 0; j-- {
		switch els[j].kind {
		case elemText:
			return j
		case elemFurniture, elemCaption:
			continue
		}
		return -1
	}
	return -1
}

// titleInside reports a side title as the last line of block, l going on
// under it.
func titleInside(block []tline, l *tline) bool {
	n := len(block)
	return n >= 2 && sideTitle(block[:n-1], &block[n-1], l)
}

// titleRunes reports a line of ideographs and quotation marks only: a
// title's characters (“一码通”让看病少跑腿). A line with figures is more often
// a column's (服务时长超过12万小).
func titleRunes(s string) bool {
	for _, r := range s {
		if !isHan(r) && info(r)&(riOpen|riClose) == 0 {
			return false
		}
	}
	return true
}

// minSideTitleRunes: a title is a few characters at least; a shorter line
// inside a block is a paragraph's end.
const minSideTitleRunes = 4

// captionOpen reports whether a caption may go on: it has not yet ended
// with a sentence mark or a credit, and is short.
func captionOpen(e element) bool {
	if len(e.raw) >= 3 {
		return false
	}
	last := e.raw[len(e.raw)-1]
	return !endsSentence(last) && !photoCredit(last)
}

// takeWrappedByline takes line into byline e when it is the rest of e's
// last line, wrapped in a narrow column: names only (鸣 薛晴 under 记者 钱一,
// the wrap cutting 钱一鸣; or more names, 李明 张华) that read as one byline
// with it. It reports whether it did.
func takeWrappedByline(e *element, line string) bool {
	names := strings.Fields(line)
	if len(names) == 0 || len(names) > maxWrappedNames {
		return false
	}
	for _, n := range names {
		if k := utf8.RuneCountInString(n); k > maxNameRunes || hanCount(n) != k {
			return false
		}
	}
	b, ok := joinWrappedByline([]string{e.raw[len(e.raw)-1], line})
	if !ok {
		return false
	}
	// the element's names again, its last line read with the wrapped rest
	var by Byline
	for _, r := range e.raw[:len(e.raw)-1] {
		if lb, ok := scanByline(r, true); ok {
			mergeByline(&by, lb)
		}
	}
	mergeByline(&by, b)
	e.raw = append(e.raw, line)
	e.by = by
	return true
}

// A wrapped byline line holds a few names (maxNameRunes each at most).
const maxWrappedNames = 3

// phraseLine reports a line of short phrases of ideographs set apart by
// spaces and without the punctuation of running text: a headline (body
// lines lose their spaces to normalizeSpaces, bylines and datelines are
// told apart before).
func phraseLine(l *tline) bool {
	if l.lead || l.sentence || !strings.Contains(l.text, " ") {
		return false
	}
	parts := strings.Fields(l.text)
	if len(parts) < 2 || len(parts) > maxPhrases {
		return false
	}
	for _, p := range parts {
		if n := utf8.RuneCountInString(p); n < 2 || hanCount(p) != n {
			return false
		}
	}
	// A word piece at either end (电梯 居民) is a title broken over
	// narrow lines, going on from the line above or into the next.
	return hanCount(parts[0]) > maxSpacePieceRunes && hanCount(parts[len(parts)-1]) > maxSpacePieceRunes
}

// parallelPiece reports a line that goes on with a spaced title's list:
// b, unspaced, is as long as each of a's parts (我运动 我健康 / 我快乐).
// A title after a spaced kicker is longer than its parts.
func parallelPiece(a, b string) bool {
	if !strings.ContainsRune(a, ' ') || strings.ContainsRune(b, ' ') {
		return false
	}
	n := hanCount(b)
	if n <= maxSpacePieceRunes {
		return false // a word piece: wholeAtSpace decides
	}
	for part := range strings.FieldsSeq(a) {
		if hanCount(part) != n {
			return false
		}
	}
	return true
}

// runsThrough reports a spaced line that is running text, justified with
// wide gaps (如今，罗德成的竹编作 / 品通过 网络卖到了 全国各 / 地，每年…): the
// sentence of the line before it goes on into it, or it goes on into the
// line after it, cutting a common word.
func runsThrough(prev, l *tline, lines []pline, i int) bool {
	if !prev.end && lexicon.Across(prev.text, l.text) {
		return true
	}
	if i+1 < len(lines) && !lines[i+1].blank && lines[i+1].kind == kindText {
		return lexicon.Across(l.text, lines[i+1].raw)
	}
	return false
}

// listGoesOn reports a phrase line lines[i] whose list goes on into the
// next line, which ends the block: one more part as long as each of its
// own (我运动 我健康 / 我快乐), or a word piece. A line that goes on further is a narrow
// title broken for width (春风送岗位 就业暖人心 / 全市春季招 / 聘会提供…).
func listGoesOn(lines []pline, i int) bool {
	if i < 0 || i+1 >= len(lines) || lines[i+1].kind != kindText || lines[i+1].blank {
		return false
	}
	if next := &lines[i+1]; allHan(next.raw) && wordAcross(lines[i].raw, next.raw) {
		return true // a title broken in mid-word (老旧小区加装电梯 居民上 / 下楼不再难)
	}
	if i+2 < len(lines) && !lines[i+2].blank {
		return false
	}
	return parallelPiece(lines[i].raw, lines[i+1].raw) || wordPiece(lines[i+1].raw)
}

// wordPiece reports a line of one or two ideographs: the end of a title
// broken anywhere for width (春风送岗位 就业暖 / 人心), no headline or
// column line of its own.
func wordPiece(s string) bool {
	return allHan(s) && utf8.RuneCountInString(s) <= maxSpacePieceRunes
}

// maxPhrases: a headline of phrases has a few of them.
const maxPhrases = 4
