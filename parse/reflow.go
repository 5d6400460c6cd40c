package parse

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Paragraph ends in column text (quirks 3 and 11). Blank lines only mark
// column and block breaks; the signals used are the ones print leaves:
//   - every line of a paragraph but the last is justified to the column
//     width; the first is two ems shorter (its indent was lost);
//   - the last line ends a sentence (。！？…… possibly followed by closing
//     quotes) and is usually short;
//   - a quote or bracket left open keeps the paragraph going.
//
// A break needs a sentence end and one of: this line is short, or the next
// line is indented (visibly shorter than a full line).
const (
	// shortQuoteUnits: with a quote still open, a line must be this much
	// shorter than full to end the paragraph (multi-paragraph quotations
	// open each paragraph with “ and close only the last).
	shortQuoteUnits = 4
	// subheadShortUnits: a line without a sentence mark ends a paragraph
	// only when it is at least this much short and ends with a colon or a
	// dash, or stands alone (a section heading).
	subheadShortUnits = 5
	// tailSlackUnits widens the band of indented first lines downwards (a
	// first line can lose a character to a number pushed down).
	tailSlackUnits = 1
	// shortTolUnits: a paragraph's last line is short when it falls more
	// than an em short of the column width (the width is estimated half an
	// em under the true measure, and full lines vary by about that much).
	shortTolUnits = 2
	// exactTolUnits: under full-em punctuation a line of em-wide
	// characters only is as wide as the column or an em short of it; the
	// estimate may still be off by a unit.
	exactTolUnits = 1
	// runOnTolUnits: a line this close to the column width is surely no
	// indented first line (that is two ems short, measured at worst an em
	// and a half short when its punctuation is counted narrow).
	runOnTolUnits = 1
)

// reflowStories is the reflow stage: each story's column lines joined
// into paragraphs, at the story's own column width when it has lines
// enough to tell it (a story set across a different measure), else the
// page's.
func reflowStories(stories []*artBuild, m pageMeasure) []Article {
	arts := make([]Article, 0, len(stories))
	for _, ab := range stories {
		W := m.width
		if len(ab.lines) >= minColumnLines {
			W = storyWidth(ab.lines, m.width)
		}
		arts = append(arts, Article{Main: -1, Paragraphs: reflow(ab.lines, W, m.hang, m.fullPunct), Captions: ab.captions})
	}
	return arts
}

// storyWidth is the column width of a story's lines: their own, unless
// they hold too few lines that run on to tell it, no two of its
// paragraphs' middle lines agree on it, and it comes out at most an indent
// under the page's. A brief of one- and two-line paragraphs (今天白天晴转
// 多云，偏北 / 风 3～4 级，气温 2℃～12℃。) has only first lines and
// tails, and lines of figures (19:30，第十六届…) measure unevenly; a story
// set a little narrower than the page has middle lines as wide as each
// other.
func storyWidth(lines []tline, page int) int {
	w := linesWidth(lines)
	if w >= page || page-w > indentUnits || len(runOnWidths(lines)) >= minColumnLines {
		return w
	}
	var middles []int
	for i := 1; i+1 < len(lines); i++ {
		if l := &lines[i]; lines[i-1].pos == l.pos && !lines[i-1].end && lines[i+1].pos == l.pos && !l.end && l.units >= w-shortTolUnits {
			for _, m := range middles {
				if m-l.units <= 1 && l.units-m <= 1 {
					return w
				}
			}
			middles = append(middles, l.units)
		}
	}
	return page
}

// reflow joins the column lines of one article into paragraphs. W is the
// column width in half-em units.
func reflow(lines []tline, W, hang int, fullPunct bool) []string {
	lines = rejoinSplitLines(lines, W)
	var paras []string
	// One builder holds the story's paragraphs one after the other, each
	// a slice of it: a paragraph costs no allocation of its own.
	var b strings.Builder
	size := 0
	for i := range lines {
		size += len(lines[i].text) + 1 // a space joinLine may put between Latin words
	}
	b.Grow(size)
	start := 0 // where the paragraph being read starts in b
	para := func() string { return b.String()[start:] }
	first := true
	depth := 0
	heading := false // the paragraph is a bulleted section heading
	// An interview set as questions and answers opens each with its
	// speaker (记者：…？ / 郗明远：我们有信心。), whatever the lines' widths.
	interview := slices.ContainsFunc(lines, func(l tline) bool { return speakerLine(l.text) })
	for i := range lines {
		l := &lines[i]
		if first {
			heading = bulleted(l.text) && !l.sentence
		}
		if b.Len() > start {
			joinLine(&b, l.text)
		} else {
			b.WriteString(l.text)
		}
		depth += int(l.depth)
		if depth < 0 {
			depth = 0 // a stray closing mark does not open anything
		}
		var after *tline // the line after the next, if any
		if i+2 < len(lines) {
			after = &lines[i+2]
		}
		if i == len(lines)-1 || breakAfter(l, &lines[i+1], after, first, depth, W, hang, fullPunct) || headingEnds(heading, l, &lines[i+1], depth, W) ||
			interview && l.end && speakerLabelled(lines[i+1].text) || nextListItem(para(), l, &lines[i+1], depth) ||
			quoteAfterQuote(para(), l, &lines[i+1], depth) || voicesNext(l, &lines[i+1], after, depth) ||
			itemAfterItem(paras, l, depth) || lastItem(paras, l, first, depth) || lastVoice(paras, para(), l, &lines[i+1], depth) {
			paras = append(paras, para())
			start = b.Len()
			first, depth = true, 0
			continue
		}
		first = false
	}
	return paras
}

// quoteAfterQuote reports a paragraph that is one quotation, closed (“希望
// 孙子考上好大学。”), before a line opening another (“希望菜价…): voices
// quoted one after the other, each its own paragraph. Widths cannot tell
// a one-line quotation from a paragraph's first line.
func quoteAfterQuote(para string, l, next *tline, depth int) bool {
	return depth == 0 && l.end && strings.HasPrefix(para, "“") && strings.HasSuffix(l.text, "”") &&
		strings.HasPrefix(next.text, "“")
}

// voicesNext reports the first of voices quoted one after the other, one
// line each (…聊起了新一年的愿望。 / “希望孙子考上好大学。” / “希望菜价…),
// after a sentence end: the next line is a closed quotation and the line
// after it opens another. A paragraph's tail would not be followed by a
// quotation of the same shape.
func voicesNext(l, next, after *tline, depth int) bool {
	return depth == 0 && l.end && after != nil && next.depth == 0 && next.end &&
		strings.HasPrefix(next.text, "“") && strings.HasSuffix(next.text, "”") && strings.HasPrefix(after.text, "“")
}

// lastVoice reports the last of voices quoted one after the other, each
// its own paragraph (“希望菜价稳稳当当的。” / “希望咱这条巷子早点通上天然气。” /
// 愿望有大有小，说的都是日子。): the paragraph is one closed quotation after
// another, and the next line names no speaker. A quotation ending on a
// full line would otherwise run into the text after it.
func lastVoice(paras []string, para string, l, next *tline, depth int) bool {
	if depth > 0 || !l.end || len(paras) == 0 || attribution(next.text) {
		return false
	}
	return wholeQuote(para) && wholeQuote(paras[len(paras)-1])
}

// wholeQuote reports a paragraph that is one quotation, closed.
func wholeQuote(p string) bool {
	return strings.HasPrefix(p, "“") && strings.HasSuffix(p, "”") && strings.Count(p, "“") == 1
}

// itemAfterItem reports the end of an item of a list whose items end with
// ； (不得私拉电线给电动自行车充电；), after another or after the colon that
// announced the list (…提醒广大市民：): a one-line item is as wide as a
// paragraph's first line, and a longer one ends on a full line, so either
// would otherwise run into the line after it.
func itemAfterItem(paras []string, l *tline, depth int) bool {
	if depth > 0 || !endsSemicolon(l.text) || len(paras) == 0 {
		return false
	}
	// items hold no semicolon of their own (电动自行车不得在楼道、楼梯
	// 间、 / 安全出口等公共区域停放和充电；)
	prev := paras[len(paras)-1]
	return endsSemicolon(prev) || strings.HasSuffix(prev, "：")
}

// lastItem reports the last item of a ；-list, on one line and closed by
// a full stop (不焚烧纸钱、燃放鞭炮； / 发现火情及时拨打12119报警。 / 据介绍，…):
// the paragraph after it opens on the next line, however full that is.
func lastItem(paras []string, l *tline, first bool, depth int) bool {
	return first && l.end && depth == 0 && len(paras) > 0 && endsSemicolon(paras[len(paras)-1])
}

// endsSemicolon reports a line ending with a semicolon.
func endsSemicolon(s string) bool {
	return strings.HasSuffix(s, "；") || strings.HasSuffix(s, ";")
}

// nextListItem reports a list set one item a paragraph (（一）及时接种
// 流感疫苗。 / （二）勤洗手、常通风，…): the paragraph so far opens with
// item n, its line l ends a sentence or a clause, and the next line opens
// item n+1. Widths alone cannot tell such an item's first line, with its
// marks squeezed, from a full line; an enumeration run into one paragraph
// (措施：一是…；二是…) does not open the paragraph with its first item.
func nextListItem(para string, l, next *tline, depth int) bool {
	if depth > 0 {
		return false
	}
	n, nkind := listItem(next.text)
	if strings.HasSuffix(l.text, "：") {
		// a list announced at a line's end (…市民要做好以下防护： / （一）及时
		// 接种流感疫苗。) opens its first item on the next line
		return n == 1 && nkind != "shi"
	}
	if !l.end && !endsSemicolon(l.text) {
		return false
	}
	k, kind := listItem(para)
	return k > 0 && n == k+1 && kind == nkind
}

// listItem returns the number an item marker opening s gives (（二）, 2.,
// 二、, 二是, ②) and the marker's form, or 0.
func listItem(s string) (int, string) {
	r, n := utf8.DecodeRuneInString(s)
	if r >= '①' && r <= '⑩' {
		return int(r-'①') + 1, "circled"
	}
	open := ""
	if r == '（' || r == '(' {
		open, s = "paren", s[n:]
	}
	num, rest := itemNumber(s)
	if num == 0 {
		return 0, ""
	}
	after, _ := utf8.DecodeRuneInString(rest)
	switch {
	case open != "":
		if after == '）' || after == ')' {
			return num, open
		}
	case after == '、', after == '．', after == '.' && len(rest) > 1 && !isASCIIDigit(rune(rest[1])):
		return num, "mark"
	case after == '是' && !isASCIIDigit(rune(s[0])):
		return num, "shi"
	}
	return 0, ""
}

// itemNumber reads an item number opening s: ASCII digits, or one
// Han numeral from 一 to 十.
func itemNumber(s string) (int, string) {
	i := 0
	for i < len(s) && isASCIIDigit(rune(s[i])) && i < 2 {
		i++
	}
	if i > 0 {
		n := 0
		for _, c := range s[:i] {
			n = n*10 + int(c-'0')
		}
		return n, s[i:]
	}
	r, size := utf8.DecodeRuneInString(s)
	if k := strings.IndexRune(itemNumerals, r); k >= 0 {
		return utf8.RuneCountInString(itemNumerals[:k]) + 1, s[size:]
	}
	return 0, s
}

// itemNumerals: the Han numerals of list items, in order.
const itemNumerals = "一二三四五六七八九十"

// headingEnds reports the end of a bulleted section heading broken for
// width (■ 从“闲置院”到 / “议事厅”) after line l: before running text or
// the next bullet; at its block's end, unless it leaves a quote open that
// the next block closes; or — when it leaves no quote open — at a line
// short of the column or before a paragraph's first line. A heading line
// carries no sentence punctuation.
func headingEnds(heading bool, l, next *tline, depth, W int) bool {
	if !heading {
		return bulleted(next.text)
	}
	if next.sentence || bulleted(next.text) {
		return true
	}
	// a quote the heading left open goes on past a column break (■ 数据安
	// 全“有 / [blank] / 保障”)
	if depth > 0 {
		return next.pos != l.pos && next.depth >= 0
	}
	return next.pos != l.pos || opensParagraph(*next, W) || l.units < W-fullTolUnits
}

// speakerLabelled reports a line opened by a speaker's label in an
// interview: a label of the list, or a name and a colon (郗明远：).
func speakerLabelled(s string) bool {
	if speakerLine(s) {
		return true
	}
	i := strings.Index(s, "：")
	if i < 0 {
		return false
	}
	n := utf8.RuneCountInString(s[:i])
	return n >= minNameRunes && n <= maxNameRunes && allHan(s[:i]) && hasSurname(s[:i])
}

// breakAfter decides whether the paragraph ends after line l.
func breakAfter(l, next, after *tline, first bool, depth, W, hang int, fullPunct bool) bool {
	if opensWithCloser(next.text) {
		return false // no paragraph opens with a closing mark
	}
	if strings.HasSuffix(l.text, "”") && attribution(next.text) {
		return false // the quotation's speaker closes its paragraph (…习惯了。” / 他说。)
	}
	expFull := W
	if first {
		expFull = W - indentUnits
	}
	tol := shortTolUnits
	if fullPunct && l.units == unitHan*int(l.runes) && !kinsokuShort(next.text) {
		// every character an em wide: a full line is the column to the
		// unit, and one an em short ends its paragraph (五十个，方便市民就
		// 近休闲。 / 目前，首批二十个口袋公园已开, no indent)
		tol = exactTolUnits
	}
	full := l.units >= expFull-tol || l.spaced
	// The next line opens a paragraph if it is visibly short of full (an
	// indented first line) and goes on to a line after it. A short line
	// that ends a sentence is rather the tail of this paragraph (after a
	// full line that happened to end a sentence) than a one-line paragraph.
	if hang == 0 && l.units > W && endsHangable(l.text) {
		// the line hangs its last mark past the column: the story hangs
		// them, whatever the page's other stories do
		hang = min(l.units-W, maxHangUnits)
	}
	nextIndented := next.units <= W-fullTolUnits && !next.end || indentedBefore(next, after, W) ||
		hangingFirst(next, W, hang) || quoteOverSpeaker(next, after, W) || l.pos != next.pos && squeezedFirst(next, after, W)
	// A nearly full line followed by a full one runs on, whatever it ends
	// with (番茄蛋汤…… / 两荤两素一汤，…; 创始人说： / “孵化器帮我们…): a
	// new paragraph's first line would be two ems short. Column widths
	// are estimated high on lines with Latin letters, so "full" alone is
	// not enough here.
	// Only within a block: across a blank line the evidence is weaker
	// than the break.
	// A one-line paragraph announcing a list (林业部门提醒广大市民： / 进山不带
	// 火种，…；) is no such line: the items open full lines of their own.
	if l.pos == next.pos && next.units >= W-runOnTolUnits && l.units >= expFull-indentUnits-shortTolUnits && !l.spaced &&
		!(first && strings.HasSuffix(l.text, "：") && !opensWithOpener(next.text)) {
		return false
	}
	if l.end {
		if depth == 0 {
			return !full || nextIndented
		}
		// A quotation running over several paragraphs opens each with “
		// and closes only the last.
		return nextIndented && (l.units <= expFull-shortQuoteUnits || strings.HasPrefix(next.text, "“"))
	}
	// A list's items may end with a semicolon (…停放和充电； / 不得私拉…):
	// a short line ends its paragraph whatever mark it ends with.
	if endsSemicolon(l.text) && depth == 0 && !full {
		return true
	}
	if depth > 0 || l.cont {
		return false
	}
	// A colon or a dash ends a paragraph that introduces what follows
	// (a section heading "……——", a list "如下："), with the same evidence
	// as a sentence end.
	if endsIntroduction(l.text) {
		return !full || nextIndented
	}
	// An unmarked one-line paragraph: a section heading without punctuation
	// (not a dateline's line, nor a stretched one).
	return first && !full && !l.lead && l.units <= expFull-subheadShortUnits
}

// squeezedFirst reports an indented first line that squeezed its last
// mark in rather than let it open the next line (市城管局相关负责人表示，
// two ems and half an em short of a column the story's lines put half an
// em under the page's): one unit wider than fullTolUnits allows, ending
// with a comma, a semicolon or a colon, before a line that line breaking
// left alone. It is asked across a blank line only, which is a column's
// or a paragraph's end: inside a block, such a line is as often a full
// one of a column measured an em too wide.
func squeezedFirst(next, after *tline, W int) bool {
	r, _ := utf8.DecodeLastRuneInString(next.text)
	return after != nil && !next.end && next.units == W-fullTolUnits+1 && strings.ContainsRune("，、；：", r) && !kinsokuShort(after.text)
}

// quoteOverSpeaker reports an indented first line that is a quotation,
// closed, whose speaker the line after names (“邻里之间热乎起来了。” / 不少
// 居民这样感慨。): the speaker closes the paragraph, so the quotation is
// its first line, not the last of the paragraph before.
func quoteOverSpeaker(next, after *tline, W int) bool {
	return after != nil && strings.HasPrefix(next.text, "“") && strings.HasSuffix(next.text, "”") && attribution(after.text) &&
		next.units >= W-indentUnits-shortTolUnits && next.units <= W-indentUnits+fullTolUnits
}

// kinsokuShort reports a line the rules of line breaking may have left
// the line before an em short: one opening with an opening mark, which no
// line ends with (…第一条学生专线。 / “以前坐公交…), or whose second character
// is a mark no line opens with, its first pushed down with it (…就留下 /
// 来。”…).
func kinsokuShort(s string) bool {
	if opensWithOpener(s) {
		return true
	}
	_, n := utf8.DecodeRuneInString(s)
	r2, _ := utf8.DecodeRuneInString(s[n:])
	return info(r2)&(riCloser|riContinuing|riTerminal) != 0
}

// maxHangUnits: a hung mark is at most a full em wide.
const maxHangUnits = 2

// hangingFirst reports, on a page that hangs its closing marks, a
// paragraph's first line whose last mark hangs: two ems short of the
// column without the mark (“下班后来这里看一会儿书， one em short).
func hangingFirst(next *tline, W, hang int) bool {
	return hang > 0 && !next.end && endsHangable(next.text) && next.units-hang <= W-fullTolUnits
}

// indentedBefore reports a line shaped like a paragraph's first line next
// to the full line after it: two ems short of that line (the column width
// is estimated low on pages whose full lines vary), and going on into it —
// even when it ends a sentence itself (罗德成的竹编技艺是祖传的。 / 年轻时，
// 他编的竹筐…), which a paragraph's short tail would not be followed by.
func indentedBefore(next, after *tline, W int) bool {
	if after == nil || after.pos != next.pos || after.units < W-shortTolUnits || after.units > W+fullTolUnits {
		return false
	}
	return next.units <= after.units-fullTolUnits && next.units >= W-indentUnits-fullTolUnits
}

// joinLine appends a column line to a paragraph. Lines join without a space
// except between two Latin words, which a column break separates.
func joinLine(b *strings.Builder, next string) {
	s := b.String()
	l, _ := utf8.DecodeLastRuneInString(s)
	r, _ := utf8.DecodeRuneInString(next)
	if isASCIILetter(l) && isASCIILetter(r) {
		b.WriteByte(' ')
	}
	b.WriteString(next)
}

// rejoinSplitLines joins the lines poppler cut out of one printed line: a
// glyph with odd metrics (often an opening quote) or wide justification
// spacing starts a line of its own (创始人说： / “孵化器帮我们对). Short
// lines of one block that together measure a full line are joined when
// the last piece goes on into another line. The pieces after the first are
// shorter than an indented first line, unless the piece before goes on
// (ends with ，、；), so a paragraph's last line and the next paragraph's
// first are never joined. The lines are copied only when
// some are joined.
func rejoinSplitLines(lines []tline, W int) []tline {
	var out []tline // nil until a join
	for i := 0; i < len(lines); i++ {
		if i+1 < len(lines) && lines[i+1].pos == lines[i].pos && closersOnly(lines[i+1].text) {
			// a hanging ” that poppler set on a line of its own
			if out == nil {
				out = append(make([]tline, 0, len(lines)-1), lines[:i]...)
			}
			j := joinTlines(lines[i], lines[i+1])
			j.end = lines[i].end || lines[i+1].end
			out = append(out, j)
			i++
			continue
		}
		if n := splitPieces(lines[i:], W); n > 1 {
			if out == nil {
				out = append(make([]tline, 0, len(lines)-1), lines[:i]...)
			}
			j := lines[i]
			for _, p := range lines[i+1 : i+n] {
				j = joinTlines(j, p)
			}
			out = append(out, j)
			i += n - 1
			continue
		}
		if out != nil {
			out = append(out, lines[i])
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// splitPieces returns how many lines from ls[0] are the pieces of one
// printed line (1: ls[0] is whole).
func splitPieces(ls []tline, W int) int {
	a := &ls[0]
	if a.spaced {
		return 1
	}
	short := W - indentUnits - fullTolUnits
	sum := a.units
	for n := 1; n+1 < len(ls); n++ {
		b := &ls[n]
		// After a piece that cannot end a paragraph (示、 / 器材体验、互动问答等)
		// the next piece may be long; so may a piece that opens with a
		// closing mark, which no printed line does (脊。 / ”老街改造…), and a
		// quotation after its colon.
		if b.pos != a.pos || b.spaced || bulleted(b.text) || listOpener(b.text) || dashItem(&ls[n-1], b) || (b.units >= short && !ls[n-1].cont && !opensWithCloser(b.text) && !quoteAfterColon(&ls[n-1], b)) {
			return 1
		}
		sum += b.units
		if sum > W+fullTolUnits {
			return 1
		}
		if sum >= W-indentUnits-fullTolUnits {
			if b.end || endsIntroduction(b.text) {
				return 1 // a paragraph's last line: 保护与利用并重，老建筑重焕 / 光彩——
			}
			return n + 1
		}
	}
	return 1
}

// listOpener reports a line that opens a numbered list item (1.老旧小区停车
// 难；, （二）勤洗手…): an item opens a printed line, so such a line is no
// piece of the line before (了以下问题： / 1.老旧小区停车难；). Items run
// into a paragraph (一是…；二是…) may fall anywhere in a line.
func listOpener(s string) bool {
	n, kind := listItem(s)
	return n > 0 && kind != "shi"
}

// dashItem reports a piece that opens an item of a dash list after a
// sentence's end (…杆塔和导线。 / ——抢修。接到故障电): the item opens its
// own paragraph. A dash is measured short of its two ems, so the two
// pieces may add up to a line.
func dashItem(prev, b *tline) bool {
	return prev.end && strings.HasPrefix(b.text, "——")
}

// quoteAfterColon reports a piece that opens a quotation the piece
// before announced (使用灭火器： / “一拔、二握…): news prints the quote on in
// the same paragraph, so the two are one line cut at the quote glyph.
func quoteAfterColon(prev, b *tline) bool {
	r, _ := utf8.DecodeRuneInString(b.text)
	return (r == '“' || r == '「') && endsIntroduction(prev.text) && !strings.HasSuffix(prev.text, "—")
}

// closingMarks close a quotation or a bracket.
const closingMarks = "”’）》」』】"

// endsWithCloser reports a line that ends with a closing mark.
func endsWithCloser(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(closingMarks, r)
}

// opensWithOpener reports a line that starts with an opening mark.
func opensWithOpener(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return info(r)&riOpen != 0
}

// opensWithCloser reports a line that starts with a closing mark.
func opensWithCloser(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(closingMarks, r)
}

// attribution reports a line that names a quotation's speaker and
// nothing else (他说。, 正在买菜的李阿姨说。, 不少居民这样感慨。): a
// paragraph's tail, never a paragraph of its own.
func attribution(s string) bool { return namesSpeaker(s, maxAttributionRunes) }

// namesSpeaker reports a text that names a speaker, in up to most
// ideographs, and the verb they spoke with, and nothing else.
func namesSpeaker(s string, most int) bool {
	for _, v := range speechVerbs {
		if body, ok := strings.CutSuffix(s, v+"。"); ok {
			return hanCount(body) <= most && !strings.ContainsAny(body, "“”，。：；！？")
		}
	}
	return false
}

// speechVerbs: the verbs a quotation's speaker closes it with.
var speechVerbs = [...]string{"说", "表示", "介绍", "感慨", "坦言", "回忆", "告诉记者", "说道", "笑道"}

// maxAttributionRunes: a speaker named with their role (市眼科医院副院长)
// takes up to this many ideographs.
const maxAttributionRunes = 10

// closersOnly reports a line of nothing but closing marks.
func closersOnly(s string) bool {
	return s != "" && strings.Trim(s, closingMarks) == ""
}

// joinTlines is the line a and b make together.
func joinTlines(a, b tline) tline {
	j := a
	j.text = a.text + b.text
	j.units += b.units
	j.runes += b.runes
	j.han += b.han
	j.punct += b.punct
	j.commas += b.commas
	j.depth += b.depth
	j.end, j.cont = b.end, b.cont
	j.fullStop = a.fullStop || b.fullStop
	j.sentence = a.sentence || b.sentence
	j.cues |= b.cues
	return j
}
