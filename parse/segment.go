package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/kanbao/kanbao/internal/lexicon"
)

// lookahead bounds the scans for the next text block: past this many
// furniture and caption elements, the context is unknown.
const lookahead = 16

// Headline candidates are a few lines of bounded length.
const (
	maxHeadRunes      = 40 // the longest one-line headline seen is ~30 characters
	maxHeadLines      = 4  // kicker + a main title broken in two + subtitle
	maxShortRunLines  = 10 // a headline set beside its body: one short line per row
	maxShortRunRunes  = 8  // …of at most this many characters (side headlines set 4–8 a line)
	minShortRunLines  = 3
	continuationSlack = fullTolUnits
)

// headLike reports whether a text block could be a headline: a few lines,
// none ending a sentence with 。 or going on with ，、；, no full stop inside,
// no dateline, or a run of very short lines (a headline set vertically
// beside its body).
func headLike(e *element) bool {
	if speakerLine(e.lines[0].text) {
		return false // a question of an interview (记者：今年您带来了哪些建议？)
	}
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
		// a line ending with a comma goes on as running text; one ending
		// with an opening quote may be a narrow title cut at the quote
		// (城市书房“ / 上新”夜 / …), which the block must close
		if l.runes > maxHeadRunes || l.fullStop || l.cont && !endsOpen(l.text) || l.lead {
			return false
		}
		if l.end {
			// a title may trail off (《清明上河图》里的老手艺……); running
			// text stopping at an ellipsis has punctuation before it, or
			// is a quoted voice, on one line or more (“地球里面有很热很热
			// 的岩 / 浆……”)
			if r, _ := lastSignificant(l.text); r == '…' && (l.sentence || strings.HasPrefix(e.lines[0].text, "“")) || r == '.' || r == '。' || r == '．' {
				return false
			}
		}
		commas += int(l.commas)
	}
	// A voice quoted whole, a question or an exclamation with a comma in
	// it, is running text set alone (“老师，火山为什么会喷发？”, on one line
	// or two); a quoted title has no comma and no mark before its closing
	// quote.
	if t := e.lines[n-1].text; commas > 0 && strings.HasPrefix(e.lines[0].text, "“") && (strings.HasSuffix(t, "？”") || strings.HasSuffix(t, "！”")) {
		return false
	}
	// A clause ending with a colon introduces what follows (在调研中，代表
	// 委员们重点关注了以下问题：): running text set alone as a paragraph,
	// where a title broken at its colon (开学第一课： / 学会这些安全知识)
	// has no comma before it.
	if commas > 0 && strings.HasSuffix(e.lines[n-1].text, "：") {
		return false
	}
	return commas <= n && depth == 0
}

// endsOpen reports a line ending with an opening quote or bracket.
func endsOpen(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return info(r)&riOpen != 0
}

// shortRun reports a block of several very short lines.
func shortRun(e *element) bool {
	ls, _ := dashTail(e.lines)
	if len(ls) < minShortRunLines {
		return false
	}
	for _, l := range ls {
		if utf8.RuneCountInString(l.text) > maxShortRunRunes {
			return false
		}
	}
	return true
}

// quotedUnderKicker reports a run of short lines whose first line is a
// phrase of its own over a title quoted whole on the lines after it: a
// kicker over a voice for a title (两会访谈 / “让乡村 / 医生留得 / 住、干得好
// / ”). A line ending inside a phrase goes on into the quote (家门口的 /
// “幸福 / 食堂”).
func quotedUnderKicker(ls []tline) bool {
	if len(ls) < 3 || !strings.HasPrefix(ls[1].text, "“") || !strings.HasSuffix(ls[len(ls)-1].text, "”") {
		return false
	}
	r := []rune(ls[0].text)
	return len(r) >= 2 && isHan(r[len(r)-1]) && lexicon.Word(string(r[len(r)-2:]))
}

// dashTail splits off the dash subtitle that may close a stack broken
// over short lines (银发课堂 / 老年大学 / 新学期报 / 名火爆 / ——智能手机课程名额
// 一天内报满): the run's lines, and the subtitle's, if any.
func dashTail(ls []tline) (run, sub []tline) {
	if n := len(ls); n > minShortRunLines && strings.HasPrefix(ls[n-1].text, "——") {
		return ls[:n-1], ls[n-1:]
	}
	return ls, nil
}

// wideTail reports a run of very short lines (shortRun) whose last line
// is wider than each line before it by more than a character: a title
// broken for a narrow column has its widest line first or near it, so
// the last is a headline of the column beside, read into the block (全民
// 健身 / 运动 / 会开幕 / 交通建设再提速, the next stack's kicker). It
// becomes a block of its own.
func wideTail(e *element) bool {
	n := len(e.lines)
	if e.kind != elemText || n <= minShortRunLines || !shortRun(e) {
		return false
	}
	last := &e.lines[n-1]
	widest := 0
	for _, l := range e.lines[:n-1] {
		widest = max(widest, int(l.runes))
	}
	return int(last.runes) > widest+1 && int(last.han) >= minGluedTitleHan && !last.sentence && last.depth == 0 && !last.lead
}

// segmentPage is the segment stage: it walks the elements of a column page
// and cuts them into stories, headline candidates, furniture and captions.
func segmentPage(els []element, m pageMeasure) segmentation {
	seg := segmentation{width: m.width}
	W := seg.width
	els = splitGluedTitles(els, W)
	var cur *artBuild
	var pendingTop Byline
	hasPendingTop := false
	var pendingCaptions []string
	lastWasHead := false
	run := 0 // current run of headline blocks

	n := 0
	for _, e := range els {
		n += len(e.lines)
	}
	store := make([]tline, 0, n)
	startArticle := func(i int) *artBuild {
		a := &artBuild{first: i, last: i}
		if hasPendingTop && endsBefore(cur, pendingTop, &els[i]) {
			cur.end, cur.hasEnd = pendingTop, true
			pendingTop, hasPendingTop = Byline{}, false
		}
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
			// So does one standing apart after a sentence cut off, when a
			// paragraph opens after it and the byline has a top byline's
			// 本报: the story before goes on elsewhere (…通过演 / 本报记者
			// 林 静 / 山路弯弯，学校就建); a plain 记者 X there is the end of
			// a story whose last column came before (…本届运动会 / 记者 袁博).
			top := cur != nil && isTopByline(els, i) && (cur.interrupted || (e.gap && closedText(cur)) ||
				(e.gap && openText(cur) && paragraphNext(els, i, W) && strings.HasPrefix(e.raw[0], "本报")))
			if cur.open() && len(cur.lines) > 0 && !lastWasHead && !top {
				// Side-by-side stories' end bylines printed on one row come
				// as one: the last is the story whose text came last.
				others, own := splitBylines(e.raw)
				mergeByline(&cur.end, own)
				cur.lent = others
				cur.hasEnd = true
				cur.last = i
			} else if secondBylineLine(cur, els, i) {
				mergeByline(&cur.end, e.by)
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
		isLead := first.starts()
		if !isLead && isHeadline(cur, els, i, W) {
			// A headline candidate: kept aside for the assignment by content.
			if shortRun(e) {
				ls, sub := dashTail(e.lines)
				if quotedUnderKicker(ls) {
					seg.heads = append(seg.heads, headUnit{text: ls[0].text, pos: i, block: i, order: order, run: run})
					order++
					ls = ls[1:]
				}
				seg.heads = append(seg.heads, headUnit{text: joinHeadLines(ls), pos: i, block: i, order: order, run: run})
				order++
				for _, l := range sub {
					seg.heads = append(seg.heads, headUnit{text: l.text, pos: i, block: i, order: order, run: run})
					order++
				}
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
		case cur.interrupted && (!resumes(cur, e) || opensAfresh(cur, els, i, W)), hasPendingTop:
			cur = startArticle(i)
		}
		cur.interrupted = false
		// The stories' lines share one backing array: cur is always the
		// latest story, so its lines end where the array does. Each story
		// gets a capped window, so that the order stage's appends copy.
		for _, l := range e.lines {
			l.pos = i
			store = append(store, l)
		}
		cur.lines = store[len(store)-len(cur.lines)-len(e.lines) : len(store) : len(store)]
		cur.last = i
		lastWasHead = false
	}
	if hasPendingTop {
		seg.other = append(seg.other, pendingTop.Raw)
	}
	seg.loose = pendingCaptions
	return seg
}

// endsBefore reports a byline held for the story starting at block e
// that is rather the end byline of the story before, cur, printed after
// the next story's headline (…发现隐患立即整改。 / 优化营商环境 / （记者 雍 和）
// / 企业开办“一日办结” / 本报讯（通讯员 訾 敏 记者 冷 松）…): cur stopped
// at a sentence end with no byline of its own or in its dateline, and
// the byline is bracketed, as a brief's is, or the story after names its
// own reporters in its dateline.
func endsBefore(cur *artBuild, by Byline, e *element) bool {
	last := cur.lastLine()
	if last == nil || cur.hasEnd || !last.end || leadNamed(cur) || len(by.Reporters)+len(by.Correspondents) == 0 {
		return false
	}
	if strings.HasPrefix(by.Raw, "（") || strings.HasPrefix(by.Raw, "(") {
		return true
	}
	if e.kind != elemText || !e.lines[0].lead {
		return false
	}
	t := e.lines[0].text
	if len(e.lines) > 1 {
		t += e.lines[1].text
	}
	_, _, named, ok := splitLead(t)
	return ok && len(named.Reporters)+len(named.Correspondents) > 0
}

// splitGluedTitles cuts off the first line of a text block when it is a
// headline set directly on a column (地铁三号线全线贯通 / 区和新区商务中心。
// …): a line with no punctuation of running text, far shorter than an
// indented first line — or wider than the column, set across columns
// (——节假日新能源汽车出行调查 / 国庆假期第二天中午，) — above a full line
// (or an indented one, under a wide line) of running text (punctuated:
// a headline stack's title below its kicker is not) of the same
// block. Justified
// text has no such line except a paragraph's last, which ends its
// sentence and is no block's first line above a full one. The line
// becomes a block of its own, and the lines' element indices follow.
func splitGluedTitles(els []element, W int) []element {
	split := 0
	for i := range els {
		if gluedTitle(&els[i], W) || wideTail(&els[i]) {
			split++
		}
	}
	if split == 0 {
		return els
	}
	out := make([]element, 0, len(els)+split)
	for i := range els {
		e := els[i]
		if wideTail(&e) {
			n := len(e.lines) - 1
			out = append(out, element{kind: elemText, lines: e.lines[:n:n], gap: e.gap})
			e.lines = e.lines[n:]
			e.gap = false
		} else if gluedTitle(&e, W) {
			k := 1
			if quotedTitleBroken(&e, W) {
				k = 2
			}
			out = append(out, element{kind: elemText, lines: e.lines[:k:k], gap: e.gap, glued: true})
			e.lines = e.lines[k:]
			e.gap = true
		}
		out = append(out, e)
	}
	for k := range out {
		for j := range out[k].lines {
			out[k].lines[j].pos = k
		}
	}
	return out
}

// maxGluedTitleUnits: a glued title falls this far short of the column,
// well beyond an indented first line and its tolerance.
const maxGluedTitleUnits = indentUnits + 2*fullTolUnits

func gluedTitle(e *element, W int) bool {
	if e.kind != elemText || len(e.lines) < 2 {
		return false
	}
	if quotedTitleBroken(e, W) {
		return true
	}
	f, n := &e.lines[0], &e.lines[1]
	if len(e.lines) > 2 && (indentedTitle(f, n, &e.lines[2], W) || fullTitle(f, n, &e.lines[2], W)) {
		return true
	}
	if !f.lead && !f.spaced && (!f.sentence || titleComma(f)) && !f.end && !f.cont && f.depth == 0 && f.han >= minGluedTitleHan &&
		!n.lead && n.sentence && n.units <= W+fullTolUnits {
		// far shorter than the column over a full line, or wider than
		// the column over an indented or full one (a title or subtitle
		// set across columns: ——节假日新能源汽车出行调查 / 国庆假期…)
		return f.units <= W-maxGluedTitleUnits && n.units >= W-fullTolUnits || indentedUnder(f, n, e.lines[2:], W) ||
			f.units > W+fullTolUnits && !f.sentence && n.units >= W-indentUnits-fullTolUnits
	}
	return false
}

// indentedUnder reports a paragraph's first line set short by its indent
// (pdftotext drops the indent's space) under a line f shorter still, with
// a full line under it and no word running across f's end: 一碗面，一座城 /
// 清晨6点，城南的老面馆已经 / 坐满了食客。… Running text that short and
// unmarked at a column's top does not stop there.
func indentedUnder(f, n *tline, rest []tline, W int) bool {
	if strings.HasSuffix(f.text, "——") {
		return false // a heading's tail (游客 / 留得下来—— / 老街引入了…)
	}
	if f.cues&(cueDigit|cueLatin) != 0 || n.cues&(cueDigit|cueLatin) != 0 && asciiRunes(n.text) > maxUnsureRunes {
		return false // ASCII digits and letters set proportionally: widths unsure
	}
	return len(rest) > 0 && f.units <= n.units-fullTolUnits && opensParagraph(*n, W) && rest[0].units >= W-fullTolUnits && rest[0].units <= W+fullTolUnits &&
		!rest[0].lead && !lexicon.Across(f.text, n.text)
}

// quotedTitleBroken reports a title broken at its quote over two short
// lines, set on its column's first line (社区“时间银 / 行”存下邻里情 / 周
// 六上午，家住枫林社区的 / …): the first line opens the quote, the second
// closes it, neither has running-text punctuation nor reaches an indented
// first line's width, and running text follows as wide as a first line
// at least. Running text broken that short ends its paragraph on the
// second line.
func quotedTitleBroken(e *element, W int) bool {
	if len(e.lines) < 3 {
		return false
	}
	f, g, n := &e.lines[0], &e.lines[1], &e.lines[2]
	short := func(l *tline) bool {
		return !l.lead && !l.spaced && !l.sentence && !l.end && !l.cont && l.units <= W-maxGluedTitleUnits
	}
	return short(f) && short(g) && f.depth > 0 && f.depth+g.depth == 0 && f.han+g.han >= minGluedTitleHan &&
		!n.lead && n.sentence && n.units >= W-indentUnits-fullTolUnits && n.units <= W+fullTolUnits
}

// indentedTitle reports a title as wide as an indented first line set on
// its column's first line (环卫工人的“爱心驿站” / 寒风中忙碌了一上午，环 /
// 卫工人…): no running text has two such lines one above the other, the
// first with no punctuation and neither ending a sentence — a first line
// is followed by a full one or by its paragraph's end. Where columns differ
// in width a narrow column's lines all look indented (有关负责人 / 表示，
// …): the line under the second must be full and the second indented, and
// no word may run on across the two (…技艺是祖 / 传的。).
func indentedTitle(f, n, n2 *tline, W int) bool {
	if f.cues&(cueDigit|cueLatin) != 0 || n.cues&(cueDigit|cueLatin) != 0 && asciiRunes(n.text) > maxUnsureRunes {
		return false // ASCII digits and letters set proportionally: widths unsure
	}
	if n2.units < W-fullTolUnits || n2.units-n.units < indentUnits-1 {
		return false // n is no indented first line: the column is narrower than the page's
	}
	// n may end its sentence at the line's end: a full line goes on under
	// it, so it is no paragraph's last (腊月二十八，气温零下8℃。 / 清晨7点，…).
	nIndented := n.units <= W-fullTolUnits && n.units >= W-indentUnits-fullTolUnits-tailSlackUnits
	return !f.lead && !f.spaced && !f.sentence && !f.end && !f.cont && f.depth == 0 && f.han >= minGluedTitleHan && opensParagraph(*f, W) &&
		!n.lead && n.sentence && nIndented && !lexicon.Across(f.text, n.text)
}

// fullTitle reports a title as wide as the column set on its column's
// first line, over a paragraph's indented first line and a full line
// (社区“时间银行”存下邻里情 / 周六上午，家住枫林社区 / 的退休护士…): running
// text that fills a line with no mark and stops there would end its
// paragraph with no full stop.
func fullTitle(f, n, n2 *tline, W int) bool {
	if (f.cues|n.cues)&(cueDigit|cueLatin) != 0 {
		return false // ASCII digits and letters set proportionally: widths unsure
	}
	full := func(l *tline) bool { return l.units >= W-1 && l.units <= W+1 }
	return full(f) && n2.units >= W-fullTolUnits && n2.units <= W+fullTolUnits &&
		!f.lead && !f.spaced && !f.sentence && !f.end && !f.cont && f.depth == 0 && f.han >= minGluedTitleHan &&
		!n.lead && n.sentence && !n.end && opensParagraph(*n, W) && !lexicon.Across(f.text, n.text)
}

// maxUnsureRunes: a line with this many proportional ASCII characters at
// most still measures within a unit or two of its width.
const maxUnsureRunes = 2

// asciiRunes counts the ASCII letters and digits of s.
func asciiRunes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			n++
		}
	}
	return n
}

// titleComma reports a line whose only running-text punctuation is the one
// comma of an "A，B" title (一碗面，一座城): no line of running text that
// short stops there unless it ends its paragraph.
func titleComma(l *tline) bool {
	return l.commas == 1 && !l.fullStop && !strings.ContainsAny(l.text, "：:、！？!?")
}

// minGluedTitleHan: a title has a few words at least.
const minGluedTitleHan = 4

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
	// A two-part title wider than the column is no column line either,
	// nor an A：B title as wide as it, set alone (城市记忆：一座老厂房的新生).
	wideTitle := len(e.lines) == 1 && e.lines[0].units > W && twoPartTitle(e.lines[0].text) || colonTitle(e)
	return !((titleLike(e) || wideTitle) && (continuedByNext(els, i, W, false) || datelineNext(els, i)))
}

// titleFlownOver reports a one-line title printed between two column
// pieces of the text before it (今年以来，我市先后打 / 家门口的“夜经济”火起
// 来了！ / 造了6条…; 儿童正处 / 冬季进补，这些误区要避开 / 于生长发育期): a
// word runs across from the line before it (last) to the block after it,
// and across neither of its own edges. Such a title has the punctuation of
// running text (A，B; ！), so only the words tell; it ends on a whole word,
// where a column's line may stop inside one (在十周年座谈会上，几位受, two
// columns dealt line by line).
func titleFlownOver(last *tline, els []element, i int) bool {
	e := &els[i]
	if len(e.lines) != 1 || i+1 >= len(els) || els[i+1].kind != elemText {
		return false
	}
	t, n := e.lines[0].text, els[i+1].lines[0]
	if !twoPartTitle(t) && !exclaimedTitle(t) {
		return false
	}
	r := []rune(strings.TrimRight(t, "！？”"))
	return len(r) >= 2 && lexicon.Word(string(r[len(r)-2:])) &&
		!n.lead && wordCut(last.text, n.text) && !wordCut(last.text, t) && !wordCut(t, n.text)
}

// exclaimedTitle reports a line whose only running-text punctuation is the
// ！ or ？ that ends it (家门口的“夜经济”火起来了！).
func exclaimedTitle(s string) bool {
	body := strings.TrimRight(s, "”")
	if !strings.HasSuffix(body, "！") && !strings.HasSuffix(body, "？") {
		return false
	}
	body = strings.TrimRight(body, "！？")
	return !strings.ContainsAny(body, "，。、；：！？,.;:!?")
}

// datelineNext reports whether the next text block opens with a dateline,
// past the rest of a headline stack (the subtitle under a title): a
// title-like block right above one is that story's headline, however wide
// (高新区新增三家国家级孵化器 / 本报讯 近日，…; 一条公交线串起六所学校 /
// 早晚高峰学生乘车时间平均缩短15分钟 / 本报讯 清晨6点40分，…).
func datelineNext(els []element, i int) bool {
	stack := 0
	for j := i + 1; j < len(els) && j <= i+lookahead; j++ {
		switch els[j].kind {
		case elemFurniture, elemCaption, elemByline:
			continue
		case elemText:
			if e := &els[j]; !e.lines[0].lead && stack < maxTitleLines-1 && len(e.lines) == 1 && titleLike(e) {
				stack++
				continue
			}
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

// opensAfresh reports a block that opens a paragraph: an indented first
// line with running-text punctuation over a full one. After a headline it
// starts a story even where the text before stopped mid-sentence, unless
// inside a word (…口味清 / [a title] / 淡，很适合…): that story went on in
// a column printed elsewhere (…接入平台 / 社区“时间银行”
// 存下邻里情 / 周六上午，家住枫林社区 / 的退休护士…), and the order stage
// brings its rest back.
func opensAfresh(cur *artBuild, els []element, i, W int) bool {
	e := &els[i]
	f := e.lines[0]
	last := cur.lastLine()
	return opensParagraph(f, W) && f.sentence && len(e.lines) > 1 && e.lines[1].units >= W-fullTolUnits &&
		last != nil && !wordCut(last.text, f.text) && (i > 0 && els[i-1].glued || last.units >= W-fullTolUnits)
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

// twoPartTitle reports a line whose only running-text punctuation is the
// one colon or comma between a title's two parts (小巷管家：守好城市“毛细血
// 管”), ending with neither: running text stops at no such line in mid-
// sentence.
func twoPartTitle(s string) bool {
	marks := 0
	for _, r := range s {
		switch r {
		case '：', '，':
			marks++
		case '。', '、', '；', '！', '？', ':', ',', ';', '!', '?':
			return false
		}
	}
	last, _ := lastSignificant(s)
	return marks == 1 && last != '：' && last != '，'
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
	if e.glued {
		return true // its shape against its column's lines made it a title
	}
	if !e.lines[0].lead && (subtitleOverByline(els, i) || subtitleUnderTitle(els, i, W) || dashSubtitle(els, i) || dashSubtitle(els, i+1) || commaBrokenTitle(els, i, !cur.open())) {
		return true
	}
	if e.lines[0].lead || !headLike(e) || isSubhead(cur, els, i, W) || introducesText(els, i) || goesOnWithList(cur, e) || voiceOverSpeaker(els, i) {
		return false
	}
	if last := cur.lastLine(); cur.open() && last != nil && !last.end {
		if overTopByline(els, i) {
			return true // a title over its story's byline (…对路 / 青年志愿者… / 本报记者 曾 凡)
		}
		if overEndByline(els, i) {
			return false // the story's last lines (…河边的老 / 住户说： / “小时候… / 记者 赵立新)
		}
		if titleFlownOver(last, els, i) {
			return true
		}
		if continues(cur, els, i, W) {
			return false
		}
		// A section's first line under its heading (■ 中小企业“用得起” /
		// 平台对中小企业实行基础 / [the story's title] / 服务免费，…)
		if (bulleted(last.text) || strings.HasSuffix(last.text, "——")) && opensParagraph(e.lines[0], W) {
			return false
		}
		// A column piece of two lines or more with the punctuation of
		// running text is body even where it cannot go on with the open
		// sentence (a paragraph start emitted out of place); the order
		// stage puts it back. So is a paragraph's first line cut off by
		// a column break, and a one-line end of the sentence.
		return !(len(e.lines) >= 2 && bodyShaped(e, W) && hasSentencePunct(e)) && !paragraphStart(e, W) && !sentenceTail(e)
	}
	if !bodyShaped(e, W) {
		return true
	}
	// Shaped like a piece of a column: body if three lines or more (no
	// headline stack is three justified lines) with the punctuation of
	// running text (a stack of three in a narrow column measures like a
	// column piece: 交通建设再提速 / 地铁三号线全线贯通 / 预计年底开通试运营),
	// if its sentence runs on into a full line, or — when it has the
	// punctuation of running text — into the short line that ends it.
	switch {
	case colonTitle(e):
		return true
	case len(e.lines) >= minBodyBlockLines && !titleLike(e), continuedByNext(els, i, W, true):
		return false
	case hasSentencePunct(e) && continuedByNext(els, i, W, false):
		return false
	case paragraphStart(e, W) && !titleOverSubtitle(els, i) && !titleAtPageEnd(els, i):
		return false
	}
	return true
}

// colonTitle reports an A：B title set alone as a block
// (城市记忆：一座老厂房的新生), its one mark the colon between its parts: a
// column piece of one line that stops at a colon's clause is rare.
func colonTitle(e *element) bool {
	t := e.lines[0].text
	who, _, ok := strings.Cut(t, "：")
	// an interview's answer opens with its speaker (桑秀兰：一是利用)
	return len(e.lines) == 1 && ok && twoPartTitle(t) && !speakerLine(t) && !personName(who)
}

// voiceOverSpeaker reports a quotation alone on a line, closed after a
// stop, an exclamation or a question, whose speaker the next text block
// names and nothing else (“原来剪纸这么有意思！” / 四年级学生小满举着自己的
// 作 / 品说。): the voice opens a paragraph a column break cut, where a
// quoted title has no mark before its closing quote.
func voiceOverSpeaker(els []element, i int) bool {
	e := &els[i]
	t := e.lines[0].text
	if len(e.lines) != 1 || !strings.HasPrefix(t, "“") || !strings.HasSuffix(t, "！”") && !strings.HasSuffix(t, "？”") && !strings.HasSuffix(t, "。”") {
		return false
	}
	n := nextTextBlock(els, i)
	return n != nil && namesSpeaker(joinText(n.lines), maxSpeakerTailRunes)
}

// maxSpeakerTailRunes: a speaker described at length (四年级学生小满举着自
// 己的作品) still fits a column's line or two.
const maxSpeakerTailRunes = 20

// goesOnWithList reports a block that opens the next item of a list the
// open article's last lines hold (2.中小学课后服务； / [a caption] /
// 3.农村养老服务设): a headline has no item number.
func goesOnWithList(cur *artBuild, e *element) bool {
	n, kind := listItem(e.lines[0].text)
	if n < 2 || !cur.open() {
		return false
	}
	for j := len(cur.lines) - 1; j >= 0 && j >= len(cur.lines)-listItemLookback; j-- {
		if k, kk := listItem(cur.lines[j].text); k == n-1 && kk == kind {
			return true
		}
	}
	return false
}

// listItemLookback: the item before is looked for in the article's last
// lines this many; an item runs to a few column lines.
const listItemLookback = 8

// introducesText reports a clause set apart that ends with a colon and
// introduces running text, the next text block past captions and
// furniture (林业部门提醒广大 / 市民： / [a caption] / 进山不带火种，不 / 在林区
// 吸烟、烧烤；): a title broken at its colon goes on with the rest of a
// title (开学第一课： / 学会这些安全知识), which has no punctuation of running
// text. One headline block between them is passed over when a quotation
// follows it.
func introducesText(els []element, i int) bool {
	e := &els[i]
	if len(e.lines) > maxIntroLines || !strings.HasSuffix(e.lines[len(e.lines)-1].text, "：") {
		return false
	}
	skipped := false
	for j := i + 1; j < len(els); j++ {
		switch els[j].kind {
		case elemCaption, elemFurniture:
			continue
		case elemText:
			n := &els[j]
			if !skipped && headLike(n) && titleLike(n) {
				// a headline emitted between the clause and the voice it
				// announces (专家说： / 秋冬季流感高发 专家支招科学防护 /
				// “老人、儿童和患有慢…); a title broken at its colon goes
				// on with no quotation
				skipped = true
				continue
			}
			return hasSentencePunct(n) && !n.lines[0].lead && (!skipped || strings.HasPrefix(n.lines[0].text, "“"))
		}
		return false
	}
	return false
}

// maxIntroLines: a clause introducing a list fills a line or two of a
// narrow column.
const maxIntroLines = 2

// titleAtPageEnd reports an A，B title among the headlines dumped after
// the page's last text (《清明上河图》里的老手艺…… / 非遗展演周开幕，37项
// 技艺集中亮相): no body follows it for a paragraph's first line to go on
// into, and a one-line paragraph would end its sentence.
func titleAtPageEnd(els []element, i int) bool {
	e := &els[i]
	if len(e.lines) != 1 || !commaTitleLine(&e.lines[0]) {
		return false
	}
	for j := i + 1; j < len(els); j++ {
		if els[j].kind == elemText && !headLike(&els[j]) || els[j].kind == elemByline {
			return false // a story goes on after it, or signs after it (…本届运动会 / 记者 袁博)
		}
	}
	return true
}

// titleOverSubtitle reports an A，B title whose width is a paragraph's first
// line, with the subtitle under it (快递进村，农产品出山 / 县乡村三级物流体系
// 建成): the next block is one title-like line, and text follows it. A
// paragraph's first line cut off by a column break goes on in a column.
func titleOverSubtitle(els []element, i int) bool {
	e := &els[i]
	if len(e.lines) != 1 || !commaTitleLine(&e.lines[0]) || i+2 >= len(els) {
		return false
	}
	n, after := &els[i+1], &els[i+2]
	return n.kind == elemText && len(n.lines) == 1 && !n.lines[0].sentence && !n.lines[0].lead && titleLike(n) &&
		after.kind == elemText && !after.lines[0].lead
}

// commaTitleLine reports a line that may be an A，B title: its one comma is
// its only mark, and it neither ends nor goes on a sentence.
func commaTitleLine(l *tline) bool {
	if !titleComma(l) || l.end || l.cont {
		return false
	}
	a, b, _ := strings.Cut(l.text, "，")
	last, _ := utf8.DecodeLastRuneInString(b)
	return hanCount(a) >= minTitlePartHan && hanCount(b) >= minTitlePartHan && isHan(last)
}

// commaBrokenTitle reports an A，B title broken at its comma and set
// right over its story's dateline (夜校开课， / 年轻人下班“充电”忙 / 本报讯 每周
// 二晚上7点，…): running text does not stop at a line of a phrase without
// a mark right before a dateline.
//
// Whole on one line, as wide as a paragraph's first line, it is a title
// only where no story is open for it to go on (a byline closed the one
// before): a paragraph's first line cut off by a column break also stops
// before the next story's dateline (据了解，快线票价实行里程 / 本报讯 …).
//
// Broken at its comma, it is a title too among the headlines dumped after
// the page's last text (聚焦“双十一” / 快递量猛增， / 分拣中心连夜忙！ /
// 老街坊的“共享菜园”): a paragraph's first lines cut off there go on
// into no title nor the page's end.
func commaBrokenTitle(els []element, i int, closed bool) bool {
	e := &els[i]
	if e.kind != elemText || len(e.lines) > maxTitleLines {
		return false
	}
	if len(e.lines) == 1 {
		if !closed || !commaTitleLine(&e.lines[0]) {
			return false
		}
	} else {
		// a title may end on ！ or ？ (快递量猛增， / 分拣中心连夜忙！), and
		// its second part may break again in a narrow column (分拣中心 /
		// 连夜忙！)
		a, b := &e.lines[0], e.lines[1]
		if len(e.lines) == 3 {
			if b.end || b.sentence {
				return false
			}
			t := b.text + e.lines[2].text
			b = tline{text: t, lineInfo: measure(t)}
		}
		if t := strings.TrimRight(b.text, "！？"); t != b.text && t != "" {
			b = tline{text: t, lineInfo: measure(t)}
		}
		joined := tline{text: a.text + b.text, lineInfo: measure(a.text + b.text)}
		if !strings.HasSuffix(a.text, "，") || a.commas != 1 || b.commas != 0 || b.sentence && !titleRunes(b.text) || !commaTitleLine(&joined) {
			return false
		}
	}
	j := i + 1
	for j < len(els) && els[j].kind == elemFurniture {
		j++
	}
	if j == len(els) {
		return len(e.lines) >= 2 // the page's last text, after its last title
	}
	n := &els[j]
	if n.kind != elemText {
		return false
	}
	return n.lines[0].lead || len(e.lines) >= 2 && titleLike(n) && headLike(n) && trailingHeads(els, j)
}

// trailingHeads reports a run of headline-like blocks from els[i] to the
// page's end: titles dumped after the last story's text.
func trailingHeads(els []element, i int) bool {
	for ; i < len(els); i++ {
		switch e := &els[i]; {
		case e.kind == elemFurniture:
		case e.kind != elemText || e.lines[0].lead || !headLike(e):
			return false
		}
	}
	return true
}

// minTitlePartHan: each part of an A，B title is a phrase (一碗面，一座城); a
// paragraph's first line often opens with a word and a comma (现场，…).
const minTitlePartHan = 3

// sentenceTail reports a one-line block that ends the open sentence before
// it: a full stop (headlines do without), or a short line ending a
// question or exclamation (我怎么能 / 走？).
func sentenceTail(e *element) bool {
	if len(e.lines) != 1 || !e.lines[0].end {
		return false
	}
	l := &e.lines[0]
	return strings.Contains(l.text, "。") || int(l.han) <= maxSentenceTailRunes
}

// maxSentenceTailRunes: a question or exclamation this short is the end of
// a sentence, not a headline.
const maxSentenceTailRunes = 3

// paragraphStart reports a paragraph's first line or two cut off by a
// column break (合作社负责人介绍，今年; 现场还设置了政策咨 / 询区、技能培训
// 报名区和): the first line two ems short of the column, a comma inside it
// or running-text punctuation in the second, the text going on at the
// end. A headline is set in its own size, and its width has nothing to do
// with the column's.
func paragraphStart(e *element, W int) bool {
	f, l := e.lines[0], e.lines[len(e.lines)-1]
	return (f.commas > 0 || len(e.lines) > 1 && l.sentence) && !l.end && !l.cont && opensParagraph(f, W) &&
		f.units >= W-indentUnits-indentTolUnits && f.units <= W-indentUnits+indentTolUnits
}

// indentTolUnits: a paragraph's first line measures two ems short of the
// column within half an em.
const indentTolUnits = 1

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
// headline candidate) whose first line is full but no wider than the
// column — or, unless strict, ends the sentence. One title-like block
// between them is passed over.
func continuedByNext(els []element, i, W int, strict bool) bool {
	if els[i].lines[len(els[i].lines)-1].end {
		return false
	}
	skipped := false
	for j := i + 1; j < len(els) && j <= i+lookahead; j++ {
		switch els[j].kind {
		case elemFurniture, elemCaption:
			continue
		case elemText:
			n := &els[j]
			f := n.lines[0]
			if headLike(n) && titleLike(n) && !skipped {
				// a headline set inside the story, between two of its
				// column pieces: the text goes on after it
				skipped = true
				continue
			}
			// a line wider than the column is set across columns: no
			// column goes on with it (外卖骑手的一天 / 跑单12小时，送餐60多
			// 单，他说“累并快乐着”)
			return !f.lead && !headLike(n) && f.units <= W+continuationSlack && (f.units >= W-shortTolUnits || (!strict && f.end))
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
	if !cur.open() || last == nil || !last.end || !subheadShaped(e, W) {
		return false
	}
	// body text, or a column piece that only looks like a headline, two
	// lines cut off by a column break (平台对中小企业实行基础 / 服务免费，
	// 目前已有80多家中); after a bulleted heading, which is no headline,
	// any text but a dateline (■ 中小企业“用得起” / [a caption] / 平台对中
	// 小企业实行基础 / [the story's title] / 服务免费，…)
	n := nextTextBlock(els, i)
	return n != nil && !n.lines[0].lead && (!headLike(n) || len(n.lines) > 1 && bodyShaped(n, W) && hasSentencePunct(n) || bulleted(e.lines[0].text))
}

// subheadShaped reports a block shaped like a section heading: one marked
// line no wider than a column, or a heading broken for width — a bulleted
// one (■ 从“闲置院”到 / “议事厅”), or a first line about as wide as the
// column (headings are set a little narrower) and a shorter second ending
// with the dash that leads into the text (保护与利用并重，老建筑重焕 /
// 光彩——).
func subheadShaped(e *element, W int) bool {
	first := e.lines[0]
	switch len(e.lines) {
	case 1:
		return first.units <= W+fullTolUnits && subheadMarked(first.text)
	case 2:
		second := e.lines[1]
		if bulleted(first.text) {
			// a bulleted heading broken for width (■ 从“闲置院”到 / “议事厅”)
			return first.units <= W+fullTolUnits && second.units <= W+fullTolUnits && !first.end && !first.sentence && !second.sentence
		}
		return first.units >= W-indentUnits-fullTolUnits && first.units <= W+fullTolUnits && !first.end &&
			second.units < first.units && strings.HasSuffix(second.text, "——")
	}
	return false
}

// subheadMarked reports the marks of a section heading: a trailing dash or
// colon, a leading bullet, or a list number (一、 （二） 3.).
func subheadMarked(s string) bool {
	if strings.HasSuffix(s, "——") || strings.HasSuffix(s, "：") || strings.HasSuffix(s, ":") {
		return true
	}
	if bulleted(s) {
		return true
	}
	r, n := utf8.DecodeRuneInString(s)
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

// bulleted reports a line opened by a section heading's bullet.
func bulleted(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("■□◆◇●○★☆", r)
}

// openText reports an article whose text stopped mid-sentence.
func openText(cur *artBuild) bool {
	last := cur.lastLine()
	return last != nil && !last.end
}

// paragraphNext reports that the next text block opens with a paragraph's
// first line.
func paragraphNext(els []element, i, W int) bool {
	for j := i + 1; j < len(els) && j <= i+lookahead; j++ {
		if els[j].kind == elemText {
			return opensParagraph(els[j].lines[0], W)
		}
	}
	return false
}

// closedText reports whether the article's text stopped at a sentence end.
func closedText(cur *artBuild) bool {
	last := cur.lastLine()
	return last != nil && last.end
}

// splitBylines reads the lines of a byline element as the bylines of
// stories side by side when a line opens a second set of reporters
// (记者 李文博 / 记者 王建军 通讯员 李红梅): own is the last set, others
// the ones before it (empty when there is one set).
func splitBylines(raw []string) (others, own Byline) {
	lines := make([]Byline, len(raw))
	start, seen := 0, false
	for i, r := range raw {
		lines[i], _ = scanByline(r, true)
		lines[i].Raw = r
		if len(lines[i].Reporters) == 0 {
			continue
		}
		if w, rl, ok := matchRole(strings.TrimSpace(r)); ok && rl == roleReporter && !traineeRole(w) && seen {
			start = i // a line opening a second set of reporters
		}
		seen = true
	}
	for i, b := range lines {
		if i < start {
			mergeByline(&others, b)
		} else {
			mergeByline(&own, b)
		}
	}
	return others, own
}

// secondBylineLine reports a byline that goes on the one that closed the
// story before it, across a column break (记者 程浩然 / 通讯员 陆佳 in the
// next column): nothing but furniture between the two, and the text after
// it opens with a dateline, which carries its own story's names.
func secondBylineLine(cur *artBuild, els []element, i int) bool {
	if cur == nil || !cur.hasEnd || !datelineNext(els, i) {
		return false
	}
	for j := i - 1; j > cur.last; j-- {
		if els[j].kind != elemFurniture {
			return false
		}
	}
	return cur.last < i && els[cur.last].kind == elemByline
}

// subtitleOverByline reports a subtitle broken at its comma (跑单12小时，
// 送餐60多单， / 他说“累并快乐着”) between its title and its story's top
// byline: one or two lines with no full stop that end no sentence,
// under a headline block and over a byline that opens the text after it.
// Running text does not stand between a headline and a top byline.
func subtitleOverByline(els []element, i int) bool {
	e := &els[i]
	if e.kind != elemText || len(e.lines) > 2 || i == 0 || !overTopByline(els, i) {
		return false
	}
	if p := &els[i-1]; p.kind != elemText || !headLike(p) {
		return false
	}
	depth := 0
	for _, l := range e.lines {
		depth += int(l.depth)
		if l.runes > maxHeadRunes || l.fullStop || l.lead {
			return false
		}
	}
	last := e.lines[len(e.lines)-1]
	return depth == 0 && !last.end && !last.cont
}

// maxSubtitleCommas: a subtitle may hold a clause or two more than a
// title (跑单12小时，送餐60多单，他说“累并快乐着”).
const maxSubtitleCommas = 2

// minSpanUnits: a line wider than the column by more than three ems spans
// columns; justified lines vary by less (fullTolUnits).
const minSpanUnits = 2 * fullTolUnits

// subtitleUnderTitle reports a one-line subtitle of clauses set under its
// title and before a story's start (a dateline, a byline or another
// headline) or at the page's end: a line of running text there would go
// on into text of its own story, not into a dateline. Before anything
// else, the line must be set wider than the page's columns (W): no line
// of running text is (外卖骑手的一天 / 跑单12小时，送餐60多单，他说“累并快乐着”
// / the metro story's next column).
func subtitleUnderTitle(els []element, i, W int) bool {
	e := &els[i]
	if e.kind != elemText || len(e.lines) != 1 || i == 0 {
		return false
	}
	l := &e.lines[0]
	if l.runes > maxHeadRunes || l.fullStop || l.end || l.cont || l.depth != 0 || l.commas == 0 || l.commas > maxSubtitleCommas {
		return false
	}
	if p := &els[i-1]; p.kind != elemText || !titleLike(p) || !headLike(p) || p.lines[0].lead {
		return false // a title has no running text's punctuation
	}
	// furniture between (a page's date line where the page breaks) is no text
	j := i + 1
	for j < len(els) && els[j].kind == elemFurniture {
		j++
	}
	if j == len(els) || l.units > W+minSpanUnits {
		return true // the page's last text, after its last title, or a line across columns
	}
	switch n := &els[j]; n.kind {
	case elemByline:
		return true
	case elemText:
		return n.lines[0].lead || headLike(n)
	}
	return false
}

// dashSubtitle reports a line opened by a dash set under a title: a
// subtitle (“把养老服务送到家门口” / ——访市政协委员、社区工作者桑秀兰), whatever
// text follows — an interview's first question has no dateline to tell.
// The title over it is a headline too, whatever text stopped before it.
func dashSubtitle(els []element, i int) bool {
	if i == 0 || i >= len(els) {
		return false
	}
	e := &els[i]
	if e.kind != elemText || len(e.lines) != 1 || !strings.HasPrefix(e.lines[0].text, "——") {
		return false
	}
	if l := &e.lines[0]; l.runes > maxHeadRunes || l.fullStop || l.end || l.cont || l.depth != 0 {
		return false
	}
	p := &els[i-1]
	return p.kind == elemText && (titleLike(p) || quotedTitle(p)) && headLike(p) && !p.lines[0].lead
}

// quotedTitle reports a block of a few lines quoted whole: a voice for a
// title, whose clauses may be parted by 、 or ，(“让乡村医生留得 / 住、干得好”).
func quotedTitle(e *element) bool {
	n := len(e.lines)
	return n <= maxTitleLines && strings.HasPrefix(e.lines[0].text, "“") && strings.HasSuffix(e.lines[n-1].text, "”")
}

// overTopByline reports a block set right over a byline that opens the
// text after it: a story's title, whatever sentence stops before it.
func overTopByline(els []element, i int) bool {
	return i+1 < len(els) && els[i+1].kind == elemByline && !els[i+1].gap && isTopByline(els, i+1)
}

// overEndByline reports a block set right over a byline that closes it:
// no text follows the byline as its story's.
func overEndByline(els []element, i int) bool {
	return i+1 < len(els) && els[i+1].kind == elemByline && !els[i+1].gap && !isTopByline(els, i+1)
}

// isTopByline reports whether the byline at els[i] opens the text that
// follows rather than closing the text before it: body text follows it
// directly and does not start with a dateline (which carries its own names).
func isTopByline(els []element, i int) bool {
	n := nextTextBlock(els, i)
	return n != nil && !n.lines[0].lead && !headLike(n)
}

// nextTextBlock returns the text block after els[i], past captions and
// furniture, within lookahead; nil when a byline, or nothing, comes first.
func nextTextBlock(els []element, i int) *element {
	for j := i + 1; j < len(els) && j <= i+lookahead; j++ {
		switch els[j].kind {
		case elemFurniture, elemCaption:
			continue
		case elemText:
			return &els[j]
		}
		return nil
	}
	return nil
}

// joinHeadLines joins the lines of a vertically set headline.
func joinHeadLines(lines []tline) string {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l.text)
	}
	return b.String()
}
