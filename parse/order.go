package parse

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// The order stage: reading-order accidents of pdftotext (quirk 15). On
// many layouts it emits a column of a story after the next story has
// begun, or under the next story's headline. The story then stops
// mid-sentence or without its byline, and a later story holds a block
// that cannot follow what precedes it there (the text before it ended a
// sentence, and the block does not open a paragraph; or it opens mid-
// paragraph with no dateline). Its place decides; the words, which a
// column shares only a little with its story, need only lean the same
// way. What is not decidable stays where it was: nothing is dropped.

// repairLookahead: a stray column is looked for in the next stories only.
const repairLookahead = 2

// maxStrayLookback: a stray column emitted inside a story before its own
// is looked for this many stories back. The column stands higher on the
// page than its story's start, and the stories beside it come between.
const maxStrayLookback = 4

// A stray block must share this much of its vocabulary with the story it
// is moved to, and at least as much as with its host. Its place already
// speaks against the host (it cannot follow the text before it there) and
// for the dangling story (whose sentence must go on somewhere); the words
// only have to not contradict that.
const minStrayOverlap = 0.05

// orderStories is the order stage: it repairs the reading order of the
// stories segment found (repairOrder), then gives the captions left after
// the last story's text to it.
func orderStories(seg *segmentation) {
	seg.arts = repairOrder(seg, seg.width)
	if len(seg.loose) > 0 {
		if n := len(seg.arts); n > 0 {
			seg.arts[n-1].captions = append(seg.arts[n-1].captions, seg.loose...)
		} else {
			seg.other = append(seg.other, seg.loose...)
		}
		seg.loose = nil
	}
}

// repairOrder moves stray columns back to the stories they continue,
// rejoins a story that a stray column's byline had cut in two, joins the
// rest of a column emitted elsewhere to its story and takes a story's last
// column back from under the next story's headline.
func repairOrder(seg *segmentation, W int) []*artBuild {
	arts, heads := seg.arts, seg.heads
	moveStrays(arts, heads, W)
	for i, a := range arts {
		if wantsByline(a) {
			for j := i + 1; j < len(arts) && j <= i+repairLookahead; j++ {
				if moveTail(a, arts[j], W) {
					break
				}
			}
		}
	}
	joinSignedFragments(arts, heads, W)
	moveInsertedParagraphs(arts, W)
	insertStrays(arts, W)
	lendBylines(arts)
	joinContinuations(arts, W)
	joinAcrossByline(arts, heads, W)
	joinBareParagraphs(arts, heads, W)
	joinBareToFeature(arts, heads, W)
	joinAfterOwnHead(arts, heads)
	for i := len(arts) - 2; i > 0; i-- {
		absorbFragment(arts[i-1], arts[i], arts[i+1], heads, W)
	}
	swapContinuations(arts, W)
	// The moves since may have left a story dangling whose rest is still
	// elsewhere (its stray column's byline, taken back, had closed it).
	moveStrays(arts, heads, W)
	for _, a := range arts {
		if !untangleTopRow(a, W) {
			untangleColumns(a, W)
		}
	}
	arts = splitNamedTails(arts, heads, W)
	// A host left with nothing but its stray column disappears; captions
	// or a top byline it had go to the page's other text.
	out := arts[:0]
	for _, a := range arts {
		if len(a.lines) > 0 || a.hasEnd {
			out = append(out, a)
			continue
		}
		seg.other = append(seg.other, a.captions...)
		if a.top.Raw != "" {
			seg.other = append(seg.other, a.top.Raw)
		}
	}
	return out
}

// moveStrays moves back, for each story that stops mid-sentence, the
// stray column that continues it from a story after it or just before.
func moveStrays(arts []*artBuild, heads []headUnit, W int) {
	for i, a := range arts {
		if !dangling(a) || holdsOwnRest(a, W) {
			continue
		}
		moved := false
		for j := i + 1; j < len(arts) && j <= i+repairLookahead; j++ {
			var tookEnd bool
			if moved, tookEnd = moveStray(a, arts[j], W); moved {
				if j+1 < len(arts) {
					// A host that gave its byline away may be followed by its
					// own rest: its place and shape say so, the words need
					// only not contradict them.
					minSim := minRejoinSimilarity
					if tookEnd {
						minSim = minStrayOverlap
					}
					rejoin(arts[j], arts[j+1], heads, W, minSim)
				}
				break
			}
		}
		// The stray column may also have been emitted inside a story
		// before it (…村党, its rest 支部书记说，… set under an earlier
		// story's last paragraph).
		for j := i - 1; !moved && j >= 0 && j >= i-maxStrayLookback; j-- {
			moved, _ = moveStray(a, arts[j], W)
		}
	}
}

// holdsOwnRest reports a dangling story whose rest is among its own
// blocks: one that cannot follow the text before it, and whose first line
// completes the word the story's last line cut (…先后带 / 出徒弟100多名…
// printed after the story's first column). Its columns came in rounds; the
// untangler puts them back, and no other story's column is its rest.
func holdsOwnRest(a *artBuild, W int) bool {
	last := a.lastLine()
	bs := blocksOf(a.lines)
	for k := 1; k < len(bs); k++ {
		prev, first := &a.lines[bs[k-1].end-1], &a.lines[bs[k].start]
		if !canFollow(prev, first, W) && wordCut(last.text, first.text) {
			return true
		}
	}
	return false
}

// dangling reports a story that stops mid-sentence without a byline.
func dangling(a *artBuild) bool {
	last := a.lastLine()
	return last != nil && !a.hasEnd && !last.end
}

// blocksOf cuts a story's lines into the runs that came from one block.
func blocksOf(lines []tline) []lineBlock {
	var bs []lineBlock
	for i := range lines {
		if i == 0 || lines[i].pos != lines[i-1].pos {
			bs = append(bs, lineBlock{start: i, end: i})
		}
		bs[len(bs)-1].end = i + 1
	}
	return bs
}

// opensParagraph reports a line shaped like a paragraph's first line: two
// ems short of the column.
func opensParagraph(l tline, W int) bool {
	return l.units <= W-fullTolUnits && l.units >= W-indentUnits-fullTolUnits-tailSlackUnits && !l.end
}

// moveStray looks in host for a block that continues a; it moves the block
// (and host's end byline, when the block ends host) and reports whether it
// did, and whether it took host's end byline.
func moveStray(a, host *artBuild, W int) (moved, tookEnd bool) {
	// A host that itself opens mid-sentence, under no headline or byline
	// of its own, is a's rest as a whole if anything: its first block goes
	// on with a's sentence (…建设者 / 克服了下穿河道…), and a later block
	// whose first line poppler cut short (3号线开通后， / 从火车站…) is
	// host's next paragraph. joinContinuations takes it whole.
	if len(host.lines) > 0 && host.top.Raw == "" && midParagraph(host.lines[0], W) && !host.lines[0].end && canFollow(a.lastLine(), &host.lines[0], W) {
		return false, false
	}
	bs := blocksOf(host.lines)
	for k := 1; k < len(bs); k++ {
		b := bs[k]
		prev := host.lines[bs[k-1].end-1]
		first := host.lines[b.start]
		if opensParagraph(first, W) || first.lead {
			continue // it opens a paragraph: it may follow what precedes it
		}
		closes := listClosed(a.lastLine().text, first.text)
		completes := wordCut(a.lastLine().text, first.text) || numberGoesOn(a.lastLine().text, first.text) || closes
		// It cannot follow a sentence end; after an open sentence, it strays
		// when it completes a word of a's instead (…通过演 / 练，进一步…).
		if !prev.end && !(completes && !wordCut(prev.text, first.text)) {
			continue
		}
		x := joinText(host.lines[b.start:b.end])
		rest := joinText(host.lines[:b.start]) + joinText(host.lines[b.end:])
		// The words need only not contradict the place; where the block
		// completes a word a's last line cut (…村党 / 支部书记说，…), or
		// cannot follow host's text before it (过得开心。 / 麦粒源源不断地
		// 装进运粮车。种粮: a full line after a paragraph's end), that is
		// evidence enough against host's words, which are often the
		// page's commonest (记者, 今年); doing either, it goes where the
		// words tie (…单价和总 / 价，顾客扫一扫… after 户体验。; …每0.5秒 /
		// 刷新一次。 after 主力。), unless they share none at all.
		oa, oh := overlapLines(x, a.lines), overlap(x, rest)
		follows := canFollow(&prev, &first, W)
		// A unit cut after 每 or 第 (眼下每 / 斤批发价…) that the host's
		// open sentence does not make is evidence the words cannot
		// outweigh; digits are cut too often by chance where columns mix.
		if !(unitCut(a.lastLine().text, first.text) && !numberGoesOn(prev.text, first.text)) && wordsAgainst(oa, oh, completes, closes, follows) {
			continue
		}
		// The blocks right after it that its open sentence runs into go
		// with it (poppler breaks a column into blocks at odd places).
		end := b.end
		for k+1 < len(bs) && !host.lines[end-1].end && host.lines[end].pos == host.lines[end-1].pos+1 {
			k++
			end = bs[k].end
		}
		// So does the rest of host up to its end byline when that rest is
		// a's, by its words: a's last column, set after host's (求整改。 /
		// “明厨亮灶”… / 记者 彭丽娟).
		if end < len(host.lines) && host.hasEnd {
			tail := joinText(host.lines[end:])
			if overlapLines(tail, a.lines) > overlapLines(tail, host.lines[:b.start]) {
				end = len(host.lines)
			}
		}
		wasLast := end == len(host.lines)
		moveLines(a, host, b.start, end)
		if wasLast && host.hasEnd {
			// the byline after the stray column was the moved story's
			a.end, a.hasEnd = host.end, true
			host.end, host.hasEnd = Byline{}, false
			tookEnd = true
		}
		return true, tookEnd
	}
	return false, false
}

// wordsAgainst reports whether the words keep a block in its host. With
// few of the dangling story's words (oa), it stays where it can follow
// the text before it; where it cannot, only where it shares twice as
// many of the host's (oh) and does not close a list the dangling story
// left open — a column that cannot follow its host is the dangling
// story's unless the words say otherwise clearly (中小学 / 15所，新增公办
// 幼儿园学位… after 突破50万元。; 攀岩、腰旗橄榄球、 / 电子竞技等项目，…
// in a host that also quotes a 相关负责人) — or where neither story shares
// any and it completes nothing (a cut word, a number, a list). With many,
// it stays only where it can follow, completes nothing and shares more of
// the host's. A word completed across the cut does not outweigh the
// words: where poppler mixes the columns, such words form by chance.
func wordsAgainst(oa, oh float64, completes, closes, follows bool) bool {
	if oa >= minStrayOverlap {
		return !completes && follows && oa < oh
	}
	return follows || 2*oa < oh && !closes || oa == 0 && oh == 0 && !completes
}

// listClosed reports a line a that stops after an item of a list (攀岩、
// 腰旗橄榄球、) and a line b whose first clause closes the list with 等
// (电子竞技等项目，…).
func listClosed(a, b string) bool {
	if !strings.HasSuffix(a, "、") {
		return false
	}
	clause := b
	if i := strings.IndexAny(b, "，。；：！？"); i >= 0 {
		clause = b[:i]
	}
	return strings.Contains(clause, "等") && !strings.ContainsRune(clause, '、')
}

// numberGoesOn reports a line a that stops at a number, or at 每 or 第,
// and a line b that goes on with its unit or digits.
func numberGoesOn(a, b string) bool {
	if unitCut(a, b) {
		return true
	}
	l, _ := utf8.DecodeLastRuneInString(a)
	f, _ := utf8.DecodeRuneInString(b)
	number, goesOn := numberCut(l, f)
	return number && goesOn
}

// unitCut reports a line a that stops at 每 or 第, which end no clause,
// and a line b that goes on with a number or a unit (眼下每 / 斤批发价…).
func unitCut(a, b string) bool {
	l, _ := utf8.DecodeLastRuneInString(a)
	f, _ := utf8.DecodeRuneInString(b)
	switch l {
	case '每':
		return isASCIIDigit(f) || strings.ContainsRune(numberUnits+hanNumerals, f)
	case '第':
		return isASCIIDigit(f) || strings.ContainsRune(hanNumerals, f)
	}
	return false
}

// hanNumerals: the numerals that may follow 每 or 第 (每一位, 第三批).
const hanNumerals = "一二三四五六七八九十百千万两几"

// moveLines moves host's lines [from, to) to the end of a.
func moveLines(a, host *artBuild, from, to int) {
	a.lines = append(a.lines, host.lines[from:to]...)
	a.last = max(a.last, host.lines[to-1].pos)
	host.lines = append(host.lines[:from:from], host.lines[to:]...)
}

// moveInsertedParagraphs moves back the paragraphs poppler printed inside
// another story's open sentence: a run of blocks that opens a paragraph
// and ends a sentence, between a line that leaves a sentence open and one
// that goes on with it (…孩子们则在志愿者的带领 / 为缓解老旧小区停车难，…
// 车。 / 下学习端午习俗。). A paragraph never starts in mid-sentence, so
// the run is not host's; it goes to the story that ends with a sentence
// and shares more of its words than host's text does.
func moveInsertedParagraphs(arts []*artBuild, W int) {
	for h, host := range arts {
		bs := blocksOf(host.lines)
		for k := 1; k < len(bs); k++ {
			prev, first := &host.lines[bs[k-1].end-1], &host.lines[bs[k].start]
			if prev.end || !opensParagraph(*first, W) {
				continue
			}
			m := k
			for m+1 < len(bs) && !host.lines[bs[m].end-1].end {
				m++
			}
			if !host.lines[bs[m].end-1].end || m+1 >= len(bs) || !canFollow(prev, &host.lines[bs[m+1].start], W) {
				continue
			}
			from, to := bs[k].start, bs[m].end
			x := joinText(host.lines[from:to])
			oh := overlapSplit(x, host.lines[:from], host.lines[to:])
			best, bestO := -1, max(oh, minStrayOverlap)
			for a, story := range arts {
				if a == h || len(story.lines) == 0 || !story.lastLine().end {
					continue
				}
				if o := overlapLines(x, story.lines); o > bestO {
					best, bestO = a, o
				}
			}
			if best < 0 {
				continue
			}
			moveLines(arts[best], host, from, to)
			bs = blocksOf(host.lines)
		}
	}
}

// insertStrays moves back a column piece poppler printed inside another
// story: a block that goes on mid-sentence and stops mid-sentence where
// its host goes on with a new paragraph or a dateline (…投入使用。 / 也会
// 有人来帮我。”… / …服务时长可以兑 / 新站建成后，…), so it cannot stay
// there. It goes between two blocks of a story that it can follow and
// run into, where it shares more of that story's words than of its
// host's (…等我老了， / [it] / 换理发、家电维修…: 兑换).
func insertStrays(arts []*artBuild, W int) {
	for h, host := range arts {
		bs := blocksOf(host.lines)
		for k := 1; k+1 < len(bs); k++ {
			first, last := &host.lines[bs[k].start], &host.lines[bs[k].end-1]
			next := &host.lines[bs[k+1].start]
			if first.lead || opensParagraph(*first, W) || last.end || canFollow(last, next, W) {
				continue
			}
			if !canFollow(&host.lines[bs[k-1].end-1], next, W) {
				continue // the host cannot close over it either
			}
			from, to := bs[k].start, bs[k].end
			x := joinText(host.lines[from:to])
			bestO := overlapSplit(x, host.lines[:from], host.lines[to:])
			best, at := -1, 0
			for a, story := range arts {
				if a == h {
					continue
				}
				sb := blocksOf(story.lines)
				for j := 1; j < len(sb); j++ {
					px, py := &story.lines[sb[j-1].end-1], &story.lines[sb[j].start]
					if px.end || !canFollow(px, first, W) || !canFollow(last, py, W) {
						continue
					}
					if !wordCut(px.text, first.text) && !wordCut(last.text, py.text) {
						continue
					}
					if o := overlapLines(x, story.lines); o > bestO {
						best, bestO, at = a, o, sb[j].start
					}
				}
			}
			if best < 0 {
				continue
			}
			insertLines(arts[best], at, host, from, to)
			bs = blocksOf(host.lines)
		}
	}
}

// insertLines moves host's lines [from, to) into a before a's line at.
func insertLines(a *artBuild, at int, host *artBuild, from, to int) {
	moved := slices.Clone(host.lines[from:to])
	a.lines = slices.Insert(slices.Clip(a.lines), at, moved...)
	a.last = max(a.last, moved[len(moved)-1].pos)
	host.lines = append(host.lines[:from:from], host.lines[to:]...)
}

// minRejoinSimilarity: the share of a headless continuation's vocabulary
// that its story must hold for the two to be rejoined.
const minRejoinSimilarity = 0.3

// rejoin appends next to host when next is the rest of host: host lost the
// byline that had closed it, next follows it directly with no headline in
// between, opens with no dateline or byline, reads on from host, and shares
// its words.
func rejoin(host, next *artBuild, heads []headUnit, W int, minSim float64) {
	if host.hasEnd || len(host.lines) == 0 || len(next.lines) == 0 || next.lines[0].starts() || next.top.Raw != "" {
		return
	}
	if headBetween(heads, host.last, next.first) {
		return
	}
	first := next.lines[0]
	if host.lastLine().end != opensParagraph(first, W) {
		return // an open sentence must go on; a closed one must be followed by a new paragraph
	}
	if overlapLines(joinText(next.lines), host.lines) < minSim {
		return
	}
	host.lines = append(host.lines, next.lines...)
	host.captions = append(host.captions, next.captions...)
	host.end, host.hasEnd, host.last = next.end, next.hasEnd, next.last
	next.lines, next.captions, next.end, next.hasEnd = nil, nil, Byline{}, false
}

// absorbFragment appends frag to prev when frag is prev's last column,
// emitted after the next story's headline (print sets the column beside
// that headline): frag opens with no dateline and no byline of its own,
// prev has no end byline yet, frag reads on from prev (an open sentence
// goes on; a closed one is followed by a new paragraph), and the next
// story follows frag directly, opening with a dateline: the headline
// before frag is that story's. Fragments share few words with their story,
// so the words need only lean to prev rather than to next. frag's end
// byline, if any, is prev's.
func absorbFragment(prev, frag, next *artBuild, heads []headUnit, W int) {
	if prev.hasEnd || len(prev.lines) == 0 || len(frag.lines) == 0 || frag.lines[0].starts() || frag.top.Raw != "" {
		return
	}
	if len(next.lines) == 0 || !next.lines[0].lead || headBetween(heads, frag.last, next.first) || !headBetween(heads, prev.last, frag.first) {
		return
	}
	if prev.lastLine().end != opensParagraph(frag.lines[0], W) {
		return
	}
	x := joinText(frag.lines)
	before, after := joinText(prev.lines), joinText(next.lines)
	if overlap(x, before) <= overlap(x, after) || headsFragment(heads, prev.last, frag.first, x, before, after) {
		return
	}
	prev.lines = append(prev.lines, frag.lines...)
	prev.captions = append(prev.captions, frag.captions...)
	prev.end, prev.hasEnd, prev.last = frag.end, frag.hasEnd, frag.last
	frag.lines, frag.captions, frag.end, frag.hasEnd = nil, nil, Byline{}, false
}

// headsFragment reports a headline line between elements from and to
// that echoes the fragment's text more than the next story, and the story
// before hardly at all (a title set over that story's later columns
// echoes both: 青年志愿者服务队成立十周年):
// the fragment is a story of its own, set under its title (让“小积分”撬动
// “大文明” over 打扫公共区域，积5分…, after the stack of the story before),
// and the next story's stack stands elsewhere.
func headsFragment(heads []headUnit, from, to int, frag, prev, next string) bool {
	for _, h := range heads {
		if h.pos <= from || h.pos >= to {
			continue
		}
		e := echoes([]string{h.text}, frag)[0]
		if e >= minFragmentEcho && math.Round(e*float64(len(bigrams(h.text)))) >= minFragmentWords && echoes([]string{h.text}, prev)[0] <= maxPassedEcho && e > echoes([]string{h.text}, next)[0] {
			return true
		}
	}
	return false
}

// minFragmentEcho: a title shares this much of a fragment's words at
// least; a figurative one shares little more (积分, 文明 of 让“小积分”撬动
// “大文明”).
const minFragmentEcho = 0.2

// minFragmentWords: and two of them at least; one (麦收 of 麦收进度过半,
// in 小麦收获后…) is chance.
const minFragmentWords = 2

// joinAcrossByline appends to a story that its end byline closed in
// mid-clause the story right after it, when that one opens with the
// clause's rest: no dateline, no byline above it, no headline between,
// and a first line that goes on from the cut (街道办事处主任告诉记者， /
// 文/本报记者 敖 雪 图/本报记者 谌 亮 / 居民们提到最多的天然气入户问…).
// Poppler emits a byline set beside a story's last lines in their midst;
// no story stops at its byline in mid-sentence.
func joinAcrossByline(arts []*artBuild, heads []headUnit, W int) {
	for i := 0; i+1 < len(arts); i++ {
		a, b := arts[i], arts[i+1]
		last := a.lastLine()
		if !a.hasEnd || last == nil || len(b.lines) == 0 || b.top.Raw != "" {
			continue
		}
		first := b.lines[0]
		if first.printed != "" || !midParagraph(first, W) || headBetween(heads, a.last, b.first) {
			continue
		}
		if !last.cont {
			if k := cutBeforeColumn(a.lines, &first, W); k >= 0 && len(b.lines) <= maxByFragmentLines && !b.hasEnd {
				// the rest of a column the byline cut off goes back
				// into the story where that column stops
				a.lines = slices.Insert(a.lines, k+1, b.lines...)
				a.captions = append(a.captions, b.captions...)
				a.last = max(a.last, b.last)
				b.lines, b.captions = nil, nil
			}
			continue
		}
		// lines cut out of rows poppler glued are no evidence of a cut
		if last.printed != "" || !canFollow(last, &first, W) {
			continue
		}
		end := a.end
		if b.hasEnd {
			mergeByline(&end, b.end)
		}
		appendStory(a, b)
		a.end, a.hasEnd = end, true
	}
}

// maxByFragmentLines: the rest of a column a byline printed beside it cut
// off is a few lines.
const maxByFragmentLines = 3

// cutBeforeColumn returns the last line of a story's last two blocks that
// leaves a clause open before a paragraph's first line — where a column
// the deal of glued rows closed stops short, its rest printed after the
// byline (县里将 / 缓冲带建设与乡村旅游结合起来， / 监测数据显示… / 记者 赵立新 /
// 引导农户发展民宿…) — when first can go on from it; else -1.
func cutBeforeColumn(lines []tline, first *tline, W int) int {
	n := len(lines)
	// the columns dealt out of one block are blocks one after the other
	for k := n - 2; k >= 0 && lines[k].pos >= lines[n-1].pos-1; k-- {
		if l := &lines[k]; l.cont && opensParagraph(lines[k+1], W) && canFollow(l, first, W) {
			return k
		}
	}
	return -1
}

// headBetween reports a headline unit between elements from and to.
func headBetween(heads []headUnit, from, to int) bool {
	for _, h := range heads {
		if h.pos > from && h.pos < to {
			return true
		}
	}
	return false
}

// joinContinuations appends a story that starts mid-paragraph to the
// dangling story it continues. A story's text opens with a dateline or an
// indented first line; text that opens with a full line or a paragraph's
// last line, and no byline above it, is the rest of a column that pdftotext emitted elsewhere (after
// another story, under the next story's headline). Of several dangling
// stories before it, the one that shares most of its words takes it.
func joinContinuations(arts []*artBuild, W int) {
	for i := 1; i < len(arts); i++ {
		x := arts[i]
		if len(x.lines) == 0 || x.top.Raw != "" || !midParagraph(x.lines[0], W) {
			continue
		}
		text := joinText(x.lines)
		var cands []int
		for j := 0; j < i; j++ {
			if dangling(arts[j]) {
				cands = append(cands, j)
			}
		}
		best, bestSim := -1, -1.0
		if len(cands) == 1 {
			best = cands[0] // the words need not choose
		} else {
			for _, j := range cands {
				if sim := overlapLines(text, arts[j].lines); sim > bestSim {
					best, bestSim = j, sim
				}
			}
		}
		if best < 0 && resumedAfterHead(arts[i-1], x, text, W) {
			best = i - 1
		}
		if best < 0 {
			best = laterDangling(arts, i, text)
		}
		if best < 0 {
			continue
		}
		appendStory(arts[best], x)
	}
}

// minLaterOverlap: the share of a headless column's words that a later
// dangling story must hold to take it.
const minLaterOverlap = 0.2

// laterDangling returns, when no story before x = arts[i] dangles, the
// later dangling story that shares most of x's words (minLaterOverlap at
// least), or -1: a story's last column set higher on the page than its
// start, which pdftotext emits first (…读者超过80万人次 … 记者 许文静 /
// [the story's headline and columns] / …城市书房开放以来，累计接待).
func laterDangling(arts []*artBuild, i int, text string) int {
	best, bestSim := -1, 0.0
	first := &arts[i].lines[0]
	for j := i + 1; j < len(arts); j++ {
		if !dangling(arts[j]) {
			continue
		}
		sim := overlapLines(text, arts[j].lines)
		// a quote the story's last line opened, x's first line closes
		// (“下班后来这里看一会儿 / 书，特别放松。”…): fewer words will do
		// — and so does a word its last line cut, x's first goes on with
		// (…人社等部 / 门，推行企业开办…)
		need := minLaterOverlap
		if last := arts[j].lastLine(); last.depth > 0 && first.depth < 0 || wordCut(last.text, first.text) {
			need = minStrayOverlap
		}
		if sim >= need && sim > bestSim {
			best, bestSim = j, sim
		}
	}
	return best
}

// appendStory gives a story x's text, captions and end byline: x is the
// rest of a, emitted elsewhere. x is left empty, to be dropped.
func appendStory(a, x *artBuild) {
	a.lines = append(a.lines, x.lines...)
	a.captions = append(a.captions, x.captions...)
	a.end, a.hasEnd, a.last = x.end, x.hasEnd, max(a.last, x.last)
	x.lines, x.captions, x.end, x.hasEnd = nil, nil, Byline{}, false
}

// maxBareLookback: a story's later column, emitted after the next story,
// is looked for this many stories back.
const maxBareLookback = 3

// minBareOverlap: a bare column goes to the story whose words it shares
// this much at least — and more than those of the story printed before it.
const minBareOverlap = 0.05

// joinBareParagraphs appends a bare story — no headline before it (or
// only one that heads another story, headsElsewhere), no dateline, no
// byline above it, opening a paragraph — to an earlier story that stopped
// at a paragraph's end without a byline, when it shares the story's
// words: the story's next column, printed after a neighbour that has all
// it needs (…这位负责人说。 / [the bus story, its byline] / 现场还设置了
// 政策咨询区… / 记者 刘晓明).
func joinBareParagraphs(arts []*artBuild, heads []headUnit, W int) {
	for i := 1; i < len(arts); i++ {
		x, prev := arts[i], arts[i-1]
		if len(x.lines) == 0 || x.top.Raw != "" || x.lines[0].starts() || !opensParagraph(x.lines[0], W) ||
			headBetween(heads, prev.last, x.first) && !headsElsewhere(arts, heads, i) && !refersBack(x.lines[0].text) {
			continue
		}
		text := joinText(x.lines)
		// With nothing between them the story before is a neighbour that
		// the column does not go on (it would have read on into it); past
		// headlines that head another story it may be the column's own
		// (…大学生说。 / [交通建设再提速, 金秋时节, …] / 据了解，运动会…).
		best, bestSim := -1, minBareOverlap
		if !headBetween(heads, prev.last, x.first) {
			bestSim = max(bestSim, overlapLines(text, prev.lines))
		}
		for j := i - 1; j >= 0 && j >= i-maxBareLookback; j-- {
			a := arts[j]
			named := !a.hasEnd && a.top.Raw == "" && leadNamed(a)
			if last := a.lastLine(); last == nil || !last.end || !wantsByline(a) && !named {
				continue
			}
			// a story whose dateline names its reporters wants no byline:
			// it takes the column on surer words only
			sim := overlapLines(text, a.lines)
			if named && sim < minNamedBareOverlap {
				continue
			}
			if sim > bestSim {
				best, bestSim = j, sim
			}
		}
		if best < 0 {
			continue
		}
		appendStory(arts[best], x)
	}
}

// backWords open a paragraph that refers to the text before it: no story
// starts with them (据了解，这3家孵化器… / 其中，出口额为…).
var backWords = []string{"其中，", "此外，", "另外，", "与此同时，", "对此，", "为此，", "随后，", "此后，", "不过，", "但是，", "然而，", "因此，", "据了解，", "据介绍，"}

// refersBack reports a line that opens with one of backWords.
func refersBack(s string) bool {
	for _, w := range backWords {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// joinSignedFragments gives a bare signed column — no headline before it
// or only another story's, no dateline, no byline above it, opening a
// paragraph, after a story that signed already — to a later story that
// has a start of its own but no byline at all and stopped at a paragraph's
// end, when it shares that story's words more than the story before's:
// that story's last column with its byline, printed above its stack
// (…记者 吴海涛 / 市防汛抗旱指挥部办公室负责人表示，… / 记者 周建华 /
// 汛期将至 / 全市开展防汛应急演练 / 本报讯“北河堤段出现管涌险情…).
func joinSignedFragments(arts []*artBuild, heads []headUnit, W int) {
	for i := 1; i < len(arts); i++ {
		x, prev := arts[i], arts[i-1]
		if len(x.lines) == 0 || !x.hasEnd || x.top.Raw != "" || x.lines[0].starts() || !opensParagraph(x.lines[0], W) ||
			!prev.hasEnd || headBetween(heads, prev.last, x.first) && !headsElsewhere(arts, heads, i) {
			continue
		}
		text := joinText(x.lines)
		before := overlapLines(text, prev.lines)
		for j := i + 1; j < len(arts) && j <= i+maxBareLookback; j++ {
			y := arts[j]
			if !wantsByline(y) {
				continue
			}
			if last := y.lastLine(); last != nil && last.end && y.lines[0].starts() {
				if o := overlapLines(text, y.lines); o >= minBareOverlap && o > before {
					y.lines = append(slices.Clip(y.lines), x.lines...)
					y.captions = append(y.captions, x.captions...)
					y.end, y.hasEnd = x.end, true
					x.lines, x.captions, x.end, x.hasEnd = nil, nil, Byline{}, false
				}
			}
			break
		}
	}
}

// joinBareToFeature puts a bare story — no headline right before it, no
// dateline, no byline, opening a paragraph and closing one — in front of
// a feature after it whose words it shares: the feature's first column,
// printed before the feature's title and top byline (晚上8点，市第二人民
// 医院急诊科… / … / 夜班急诊室的十二小时 / 本报记者 … / “晚上的急诊病人
// 主要是…). The feature opens with no dateline, under its top byline, and
// holds the bare story's words more than any story before it.
func joinBareToFeature(arts []*artBuild, heads []headUnit, W int) {
	for i := 1; i+1 < len(arts); i++ {
		x := arts[i]
		last := x.lastLine()
		if last == nil || !last.end || x.hasEnd || x.top.Raw != "" || x.lines[0].starts() || !opensParagraph(x.lines[0], W) ||
			headBetween(heads, arts[i-1].last, x.first) {
			continue
		}
		text := joinText(x.lines)
		before := 0.0
		for j := max(i-maxBareLookback, 0); j < i; j++ {
			before = max(before, overlapLines(text, arts[j].lines))
		}
		for j := i + 1; j < len(arts) && j <= i+maxBareLookback; j++ {
			y := arts[j]
			if len(y.lines) == 0 || y.lines[0].lead || y.top.Raw == "" {
				continue
			}
			if o := overlapLines(text, y.lines); o >= minBareOverlap && o > before {
				y.lines = append(slices.Clip(x.lines), y.lines...)
				y.captions = append(x.captions, y.captions...)
				y.first = x.first
				x.lines, x.captions = nil, nil
			}
			break
		}
	}
}

// minNamedBareOverlap: the share of a bare column's words a story whose
// dateline names its reporters must hold to take it.
const minNamedBareOverlap = 0.1

// headsElsewhere reports that the headlines printed right before story i
// head another story: they share no word with it (a title hardly ever
// shares none with its story), or a later story with a dateline holds
// their words (minTitleEcho at least) more than twice as much. Such is a
// stack printed over the next column of the story before it (城市书房… /
// [优化营商环境 / 企业开办时间压缩至一个工作日] / 市图书馆馆长介绍，城市书房
// 开放以来… / … / 本报讯（通讯员 钱小红 记者 冯涛）上午提交材料…).
func headsElsewhere(arts []*artBuild, heads []headUnit, i int) bool {
	var b strings.Builder
	for _, h := range heads {
		if h.pos > arts[i-1].last && h.pos < arts[i].first {
			b.WriteString(h.text)
		}
	}
	title := b.String()
	own := overlapLines(title, arts[i].lines)
	if own == 0 {
		return true // no word of them is the column's: they head another story
	}
	for j := i + 1; j < len(arts); j++ {
		if y := arts[j]; len(y.lines) > 0 && y.lines[0].lead {
			if e := overlapLines(title, y.lines); e >= minTitleEcho && own < e/2 {
				return true
			}
		}
	}
	return false
}

// midParagraph reports a story's first line that cannot open it: no
// dateline, not indented, but full (the paragraph goes on) or a short
// sentence end (its last line).
// joinAfterOwnHead appends a story to the one before it when the headline
// lines between them head the story before (one of them shares a title's
// worth of its words) and the story after has no byline of any kind: a
// story's stack set inside its columns, pdftotext emitting it between them
// (老旧小区加装电梯 居民上下楼不再难 / ——我市今年已完成加装电梯216部 /
// 市住房和城乡建设局有关负责人介绍，…). The story before has no end byline
// yet and stopped at a sentence end; the one after has no dateline, and
// no byline unless the story before has no start of its own.
func joinAfterOwnHead(arts []*artBuild, heads []headUnit) {
	for i := 1; i < len(arts); i++ {
		prev, x := arts[i-1], arts[i]
		last := prev.lastLine()
		if len(x.lines) == 0 || last == nil || prev.hasEnd || !last.end || x.lines[0].starts() || x.top.Raw != "" {
			continue
		}
		// x may sign for both when prev has nothing of a story's own
		// start: no headline before it, no dateline, no byline above it
		// (a story opening the page above its stack, 国庆假期第二天中午，… /
		// 高速公路服务区里的“充电驿站” / … / 文/图 本报记者 诸葛亮亮).
		if x.hasEnd && !bareStart(arts, heads, i-1) {
			continue
		}
		// The story after must share a word of the story's: a feature with
		// neither dateline nor byline, after a story whose title was
		// printed below it, is a story of its own (…热线反映。 / 全市冬季
		// 供暖今起试运行 / 每到周末，幸福社区的“共享厨房”…). Asking a
		// twentieth of its words lost a column or two of the first pool.
		if !headsEcho(heads, prev, x) || overlapLines(joinText(x.lines), prev.lines) == 0 || titledElsewhere(heads, arts, i) {
			continue
		}
		appendStory(prev, x)
	}
}

// bareStart reports a story with nothing of a story's start: no headline
// printed before it since the story before, no dateline, no top byline.
func bareStart(arts []*artBuild, heads []headUnit, i int) bool {
	a := arts[i]
	if len(a.lines) == 0 || a.lines[0].starts() || a.top.Raw != "" {
		return false
	}
	from := -1
	if i > 0 {
		from = arts[i-1].last
	}
	return !headBetween(heads, from, a.first)
}

// titledElsewhere reports whether a headline line printed anywhere on the
// page but in the stack right above story i-1 (prev) and in prev's own
// stack set between the two shares a title's worth of story i's (x's)
// words and more of them than of prev's: x is the story of a title of its
// own — printed lower down (a weather brief after a story's title,
// 今天白天晴转多云… with 今日天气 / 晴转多云 2℃～12℃ set later) or right
// above it, under prev's title — not prev's next column.
func titledElsewhere(heads []headUnit, arts []*artBuild, i int) bool {
	prev, x := arts[i-1], arts[i]
	above := -1 // the stack above prev starts after the story before it
	if i >= 2 {
		above = arts[i-2].last
	}
	var us []headUnit
	for _, h := range heads {
		if h.pos < above || h.pos > prev.last {
			us = append(us, h)
		}
	}
	if len(us) == 0 {
		return false
	}
	lines := make([]string, len(us))
	for k, h := range us {
		lines[k] = h.text
	}
	own, before := echoes(lines, joinText(x.lines)), echoes(lines, joinText(prev.lines))
	// Between the two, prev's stack set inside its columns comes first: its
	// lines down to the last that shares a title's worth of prev's words,
	// or is a subtitle, are prev's, whatever x echoes of them (《清明上河图》
	// 里的老手艺…… / 非遗展演周开幕，…; 老旧小区加装电梯 居民上下楼不再难 /
	// ——我市今年已完成加装电梯216部).
	prevStack := -1
	for k, h := range us {
		if h.pos < x.first && (before[k] >= minTitleEcho || strings.HasPrefix(h.text, "—")) {
			prevStack = max(prevStack, h.order)
		}
	}
	for k, h := range us {
		if h.pos < x.first && h.order <= prevStack {
			continue
		}
		if own[k] >= minTitleEcho && own[k] > before[k] {
			return true
		}
	}
	return false
}

// headsEcho reports whether a headline line between prev and x shares a
// title's worth of prev's words.
func headsEcho(heads []headUnit, prev, x *artBuild) bool {
	var lines []string
	for _, h := range heads {
		if h.pos > prev.last && h.pos < x.first {
			lines = append(lines, h.text)
		}
	}
	return len(lines) > 0 && slices.Max(echoes(lines, joinText(prev.lines))) >= minTitleEcho
}

// resumedAfterHead reports a story x that goes on with prev's paragraph
// after a headline set inside prev's text (print sets a story's headline
// over its later columns; pdftotext emits it between them): prev stopped
// at a sentence end with no end byline yet, x opens with a full line —
// no story's first line — and shares some words with prev.
func resumedAfterHead(prev, x *artBuild, text string, W int) bool {
	last := prev.lastLine()
	if last == nil || prev.hasEnd || !last.end || x.lines[0].units < W-fullTolUnits {
		return false
	}
	// A story whose dateline names nobody, with no byline yet, and a
	// text that signs at its end: one story, whatever their words.
	return overlapLines(text, prev.lines) >= minStrayOverlap || wantsByline(prev) && x.hasEnd && x.top.Raw == ""
}

func midParagraph(l tline, W int) bool {
	return !l.starts() && !opensParagraph(l, W) && (l.units >= W-fullTolUnits || l.end)
}

// wantsByline reports a story that has no byline at all: none above its
// text, none after it, no names in its dateline. Its last column, with its
// byline, may have been emitted inside a later story.
func wantsByline(a *artBuild) bool {
	if a.hasEnd || a.top.Raw != "" || len(a.lines) == 0 {
		return false
	}
	return !leadNamed(a)
}

// signsApart reports a story whose dateline names its reporters and whose
// end byline names none of them (本报讯（记者 柏 松 通讯员 乔
// 楠）… / 文/图 本报记者 居 然): two stories signed, the second with no
// dateline, whatever their titles echo.
func signsApart(a *artBuild) bool {
	by, ok := datelineNames(a)
	if !ok || !a.hasEnd || len(a.end.Reporters) == 0 {
		return false
	}
	for _, n := range a.end.Reporters {
		if slices.Contains(by.Reporters, n) || slices.Contains(by.Correspondents, n) {
			return false
		}
	}
	return true
}

// leadNamed reports a story whose dateline carries its names (本报讯（记者
// 黄欣然 通讯员 马俊）): it needs no byline after its text.
func leadNamed(a *artBuild) bool {
	_, ok := datelineNames(a)
	return ok
}

// datelineNames returns the names a story's dateline carries, and whether it
// carries any.
func datelineNames(a *artBuild) (Byline, bool) {
	if len(a.lines) == 0 || !a.lines[0].lead {
		return Byline{}, false
	}
	text := a.lines[0].text
	if len(a.lines) > 1 {
		text += a.lines[1].text
	}
	_, _, by, ok := splitLead(text)
	return by, ok && len(by.Reporters)+len(by.Correspondents) > 0
}

// moveTail moves host's last column and end byline to a, when the column
// opens a paragraph where it cannot be host's — after host's sentence was
// cut off, or after a sentence end when host's dateline carries its own
// names (the byline is not its) — and shares a's words more than host's
// (after a sentence end, any of them). It reports whether it did.
func moveTail(a, host *artBuild, W int) bool {
	if !host.hasEnd {
		return false
	}
	bs := blocksOf(host.lines)
	if len(bs) < 2 {
		return false
	}
	b := bs[len(bs)-1]
	prev, first := host.lines[b.start-1], host.lines[b.start]
	if !opensParagraph(first, W) {
		return false
	}
	// After a sentence end the column may be host's own, unless host's
	// dateline names its reporters; after host's sentence was cut off it
	// cannot be (…车辆沿途经 / 现场还设置了政策咨询…).
	if prev.end && !leadNamed(host) {
		return false
	}
	// After a sentence end its place already speaks against host, whose
	// dateline names its reporters: the words need only lean to a (a
	// story of one column shares few with its last: 秸秆 in 玉米秸秆).
	x := joinText(host.lines[b.start:])
	need := minStrayOverlap
	if prev.end {
		need = 0
	}
	if oa := overlapLines(x, a.lines); oa == 0 || oa < need || oa <= overlapLines(x, host.lines[:b.start]) {
		return false
	}
	// a keeps its own element range: the headline priors read the stories'
	// places, and the column moved sits inside host's
	a.lines = append(a.lines, host.lines[b.start:]...)
	a.end, a.hasEnd = host.end, true
	host.lines = host.lines[:b.start:b.start]
	host.last = host.lines[b.start-1].pos
	host.end, host.hasEnd = Byline{}, false
	return true
}

// bylineWanted returns the story nearest before arts[i] that has no
// byline at all, or failing one the nearest after it (a stack set over its
// byline printed before the story's text: 万亩果园迎来丰收季 / 本报记者 潘
// 雪 文/图 / … another story … / 九月的山坡上，…); -1 for none. A story
// before that stops mid-sentence goes on elsewhere, its byline after its
// rest (…学校是食 / [headlines] / 本报记者 潘 雪 文/图 / …): it takes none.
func bylineWanted(arts []*artBuild, i int) int {
	before, after := -1, -1
	for j := i - 1; j >= 0; j-- {
		if wantsByline(arts[j]) && !dangling(arts[j]) {
			before = j
			break
		}
	}
	for j := i + 1; j < len(arts); j++ {
		if wantsByline(arts[j]) {
			after = j
			break
		}
	}
	// 本报记者 … is a byline set over a story's text, never after it: a
	// story after that wants one is the likelier
	if after >= 0 && strings.HasPrefix(arts[i].top.Raw, "本报") {
		return after
	}
	if before >= 0 {
		return before
	}
	return after
}

// lendBylines gives the bylines a story holds for stories beside it —
// those its byline row held, a byline above its dateline when it has its
// own after its text — to the nearest story before it that has no byline
// at all; with none, they stay the story's own.
func lendBylines(arts []*artBuild) {
	for i, a := range arts {
		// A story with a byline above its text and another after it, its
		// text opening with a dateline, has borrowed the one above from a
		// story before it (记者 李文博 / 本报郑州6月7日讯 …… 记者 王建军).
		if a.top.Raw != "" && a.hasEnd && len(a.lines) > 0 && a.lines[0].lead {
			if j := bylineWanted(arts, i); j >= 0 {
				arts[j].end, arts[j].hasEnd = a.top, true
				a.top = Byline{}
			}
		}
		if a.lent.Raw == "" {
			continue
		}
		lent := a.lent
		a.lent = Byline{}
		for j := i - 1; j >= 0; j-- {
			if wantsByline(arts[j]) {
				arts[j].end, arts[j].hasEnd = lent, true
				lent = Byline{}
				break
			}
		}
		if lent.Raw != "" {
			own := a.end
			a.end = lent
			mergeByline(&a.end, own)
		}
	}
}

// splitNamedTails cuts a second story off the end of one whose dateline
// names its reporters, or that has a top byline, and which still closes
// with an end byline: a story signs once, so the byline is a story's whose
// text ran on from the first with no cue between (a feature with no
// dateline, its title printed after it: …场供居民夜间停车。 / 今年入冬以
// 来，不少市民发现… / 本报记者 谷雨). The cut is at the paragraph start,
// after a sentence end, where the words change most, and only where they
// do and a headline on the page echoes the second part. A story whose
// dateline names its reporters and that does not sign at its end is cut
// too, past its first two blocks, where one headline echoes the rest by
// half and the text before hardly (a fifth as much), and another echoes
// that text and none of the rest (titledApart: a feature run into it,
// 每到周末，幸福社区的“共享厨房”… under 农民丰收节上的“新农具”).
func splitNamedTails(arts []*artBuild, heads []headUnit, W int) []*artBuild {
	out := arts[:0:0]
	for _, a := range arts {
		out = append(out, a)
		lent := topLent(a)
		if !leadNamed(a) && (!a.hasEnd || a.top.Raw == "") {
			continue
		}
		// Unsigned, the story needs two headlines echoing its text, one
		// for each part: asked once of the whole text, as most have one.
		bs := blocksOf(a.lines)
		cands := heads
		if !a.hasEnd && !lent {
			if len(bs) <= minUnsignedHeadBlocks {
				continue
			}
			if cands = titlesEchoing(heads, joinText(a.lines)); len(cands) < 2 {
				continue
			}
		}
		cut, least := -1, maxSplitOverlap
		for k := 1; k < len(bs); k++ {
			prev, first := &a.lines[bs[k-1].end-1], &a.lines[bs[k].start]
			if !prev.end || first.lead || !opensParagraph(*first, W) || !a.hasEnd && k < minUnsignedHeadBlocks {
				continue
			}
			head, tail := joinText(a.lines[:bs[k].start]), joinText(a.lines[bs[k].start:])
			if utf8.RuneCountInString(head) < minSplitRunes || utf8.RuneCountInString(tail) < minSplitRunes {
				continue
			}
			// each part's words in the other: the tail's alone would be
			// diluted by a long rest of the first story
			if !a.hasEnd && !lent && !titledApart(tail, head, cands) {
				continue
			}
			if o := max(overlap(tail, head), overlap(head, tail)); o < least && (titled(tail, head, cands) || signsApart(a)) {
				cut, least = bs[k].start, o
			}
		}
		if cut < 0 {
			continue
		}
		b := &artBuild{lines: a.lines[cut:len(a.lines):len(a.lines)], end: a.end, hasEnd: a.hasEnd, first: a.lines[cut].pos, last: a.last}
		a.lines = a.lines[:cut:cut]
		a.end, a.hasEnd, a.last = Byline{}, false, a.lines[cut-1].pos
		if lent {
			b.top, a.top = a.top, Byline{}
		}
		out = append(out, b)
	}
	return out
}

// topLent reports a story whose dateline names its reporters and whose
// top byline names none of them: the byline is another story's, printed
// under its stack before both bodies (本报记者 邓 欢 over 新华社贵阳5月20日电
// （记者 杨帆）…), and that story's text ran on from this one's.
func topLent(a *artBuild) bool {
	if a.top.Raw == "" || len(a.lines) == 0 || !a.lines[0].lead {
		return false
	}
	text := a.lines[0].text
	if len(a.lines) > 1 {
		text += a.lines[1].text
	}
	_, _, by, ok := splitLead(text)
	if !ok || len(by.Reporters)+len(by.Correspondents) == 0 || len(a.top.Reporters)+len(a.top.Correspondents) == 0 {
		return false
	}
	named := func(n string) bool { return slices.Contains(by.Reporters, n) || slices.Contains(by.Correspondents, n) }
	return !slices.ContainsFunc(a.top.Reporters, named) && !slices.ContainsFunc(a.top.Correspondents, named)
}

// maxHeadEchoShare: a feature's title shares a word or two with the story
// it ran into by chance; that story's text echoes it this many times less
// than the feature's at most.
const maxHeadEchoShare = 5

// titled reports a headline line of the page that echoes tail, a story's
// second part, as its title would (minTitleEcho), and more than the part
// before it: the second story has a title.
func titled(tail, head string, heads []headUnit) bool {
	lines := headTexts(heads)
	et, eh := echoes(lines, tail), echoes(lines, head)
	for i := range lines {
		if et[i] >= minTitleEcho && et[i] > eh[i] {
			return true
		}
	}
	return false
}

// headTexts returns the headline lines' texts.
func headTexts(heads []headUnit) []string {
	lines := make([]string, len(heads))
	for i, h := range heads {
		lines[i] = h.text
	}
	return lines
}

// minUnsignedHeadBlocks: without an end byline to say two stories
// signed, the first keeps two blocks at least: a dated story's first
// paragraph alone echoes its title little (…开幕。 / 在消费品展区…).
const minUnsignedHeadBlocks = 2

// titlesEchoing returns the headline lines that echo text as a title
// would.
func titlesEchoing(heads []headUnit, text string) []headUnit {
	lines := headTexts(heads)
	var out []headUnit
	for i, e := range echoes(lines, text) {
		if e >= minTitleEcho {
			out = append(out, heads[i])
		}
	}
	return out
}

// titledApart reports, for a story that does not sign at its end, a
// headline line that echoes its second part by half and the first at most
// a fifth as much (今日天气 / 晴转多云 / 2℃～12℃ over a weather brief run
// into a story; 社区食堂里的“共享厨房” over a feature run into a story
// that went 深入社区), and one that echoes the first part as a title would
// and none of the second.
func titledApart(tail, head string, heads []headUnit) bool {
	second, first := false, false
	lines := headTexts(heads)
	et, eh := echoes(lines, tail), echoes(lines, head)
	for i := range lines {
		second = second || et[i] >= minPartsEcho && eh[i]*maxHeadEchoShare <= et[i]
		first = first || eh[i] >= minTitleEcho && et[i] == 0
	}
	return second && first
}

// The words of a story's second part, cut off by splitNamedTails, must
// change: neither part shares this much of its words with the other (one
// story's paragraphs share a fifth or more).
const maxSplitOverlap = 0.12

// minSplitRunes: each part of a split story is a paragraph at least.
const minSplitRunes = 40
