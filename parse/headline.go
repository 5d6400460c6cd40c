package parse

import (
	"maps"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kanbao/kanbao/internal/lexicon"
	"github.com/kanbao/kanbao/internal/runes"
)

// Headlines are not reliably next to their articles (quirks 6 and 13), so
// they are attached by content: a headline echoes its article's words. The
// decision is made for the whole page at once: first a maximum-weight
// matching gives each article its best headline line, then the remaining
// lines join the article they match best, pulled by the lines of their own
// block. Position counts only as a small prior.
const (
	// minHeadScore is the least score (similarity + priors) for a line to
	// be attached to an article at all.
	minHeadScore = 0.1
	// Position priors: a line in the gap just before an article (print
	// order), right after it (pdftotext often emits a headline box after
	// the body), or inside its text (a main title emitted late).
	priorBefore = 0.11
	priorAfter  = 0.05
	priorInside = 0.04
	// sameBlockPull: lines of one block usually form one headline stack.
	sameBlockPull = 0.3
	// neighbourPull: a line next to one already attached (in page order,
	// in the same run of headline blocks).
	neighbourPull = 0.1
	// kickerPull: a short line right above a line already attached. Print
	// sets the kicker (引题) directly above its main title, and kickers are
	// slogans that share few words with the story ("为民办实事", "汛期将至").
	kickerPull = 0.35
	// minClauseRunes: a headline line this long can be a clause of its own.
	minClauseRunes = 6
	// maxKickerRunes: lines up to this many ideographs may be kickers.
	maxKickerRunes = 10
	// trailingShortPenalty: a short slogan below a story's headline lines
	// would be its subtitle, but subtitles are long and factual; such a
	// line is rather the kicker of the next story.
	trailingShortPenalty = 0.3
	// maxHeadSlots: a headline stack is at most kicker, main, subtitle. A
	// line that continues a broken headline takes no slot of its own.
	maxHeadSlots = 3
	// silentTitlePenalty, minSilentEcho: a title line echoed by some story
	// (a tenth of its words or more) is unlikely to head a story that
	// echoes none of them; the penalty outweighs the position prior.
	silentTitlePenalty = 0.15
	minSilentEcho      = 0.1
)

// similarity returns sim[u][a]: the IDF-weighted share of headline u's
// bigrams found in article a's text.
func similarity(heads []headUnit, arts []artSpan) [][]float64 {
	unitKeys := make([][]uint64, len(heads))
	nkeys := 0
	for i, h := range heads {
		unitKeys[i] = headBigrams(h.text)
		nkeys += len(unitKeys[i])
	}
	vocab := make(map[uint64]int, nkeys)
	unitIDs := make([][]int, len(heads))
	ids := make([]int, 0, nkeys)
	for i, keys := range unitKeys {
		start := len(ids)
		for _, k := range keys {
			id, ok := vocab[k]
			if !ok {
				id = len(vocab)
				vocab[k] = id
			}
			ids = append(ids, id)
		}
		unitIDs[i] = ids[start:len(ids):len(ids)]
	}
	// Most characters of an article start no headline bigram, and most
	// that do are not followed by its second character: bit sets of first
	// and second characters spare the map lookup for them.
	var firsts, seconds [0x10000 / 64]uint64
	for k := range vocab {
		setRuneBit(&firsts, rune(k>>32))
		setRuneBit(&seconds, rune(uint32(k)))
	}
	nv := len(vocab)
	present := make([]bool, len(arts)*nv) // present[a*nv+id]
	df := make([]int, nv)
	for a, art := range arts {
		row := present[a*nv : (a+1)*nv]
		var f foldScan
		text := art.text
		for i := 0; i < len(text); {
			r, n := runes.DecodeAt(text, i)
			i += n
			if info(r)&riContent == 0 {
				continue
			}
			c, _ := significant(r)
			prev, prevFold := f.prev, f.prevFold
			plain, folded, ok := f.next(c)
			if !ok {
				continue
			}
			if hasRuneBit(&firsts, prev) && hasRuneBit(&seconds, c) {
				if id, ok := vocab[plain]; ok && !row[id] {
					row[id] = true
					df[id]++
				}
			}
			if folded != 0 && hasRuneBit(&firsts, prevFold) && hasRuneBit(&seconds, rune(uint32(folded))) {
				if id, ok := vocab[folded]; ok && !row[id] {
					row[id] = true
					df[id]++
				}
			}
		}
	}
	n := float64(len(arts))
	idf := make([]float64, nv)
	for id, d := range df {
		idf[id] = math.Log(1 + n/math.Max(float64(d), 1))
	}
	sim := make([][]float64, len(heads))
	cells := make([]float64, len(heads)*len(arts))
	for u := range heads {
		sim[u] = cells[u*len(arts) : (u+1)*len(arts) : (u+1)*len(arts)]
		total := 0.0
		for _, id := range unitIDs[u] {
			total += idf[id]
		}
		if total == 0 {
			continue
		}
		for a := range arts {
			row := present[a*nv : (a+1)*nv]
			s := 0.0
			for _, id := range unitIDs[u] {
				if row[id] {
					s += idf[id]
				}
			}
			sim[u][a] = s / total
		}
	}
	return sim
}

// setRuneBit and hasRuneBit keep a bit set of BMP runes; astral runes
// share bit 0, so that a set holding one is consulted for all of them.
func setRuneBit(set *[0x10000 / 64]uint64, r rune) {
	if r >= 0x10000 || r < 0 {
		r = 0
	}
	set[r/64] |= 1 << (r % 64)
}

func hasRuneBit(set *[0x10000 / 64]uint64, r rune) bool {
	if r >= 0x10000 || r < 0 {
		r = 0
	}
	return set[r/64]&(1<<(r%64)) != 0
}

// headBigrams returns the bigrams of a headline line but those of the
// press's own words (记者蹲点, 本报调查): a column label, not the story's
// words, and in every story's dateline or quotes, so they would pull the
// line to whichever story mentions a reporter.
func headBigrams(s string) []uint64 {
	if !slices.ContainsFunc(pressWords[:], func(w string) bool { return strings.Contains(s, w) }) {
		return bigrams(s)
	}
	pieces := []string{s}
	for _, w := range pressWords {
		var next []string
		for _, p := range pieces {
			next = append(next, strings.Split(p, w)...)
		}
		pieces = next
	}
	var out []uint64
	for _, p := range pieces {
		out = append(out, bigrams(p)...)
	}
	return distinct(out)
}

// strangerTitle reports a title-length line that shares no word with
// story a, whose stack already holds two lines, one that does, while some
// story has no headline line at all: a figurative title (一位退伍老兵的
// “第二战场”) echoes no story, and the pull of a neighbouring stack must
// not take it from the story that has none.
func strangerTitle(heads []headUnit, arts []artSpan, u, a int, assign, count []int, sim [][]float64) bool {
	if sim[u][a] > 0 || count[a] < 2 || !slices.Contains(count, 0) {
		return false
	}
	// A line of a kicker's length may be a kicker sharing no word with its
	// story; it is a stranger only printed between a story that has none
	// and a's text, over a's kicker (冬季用火用电安全提示, a title after
	// its story, over the next story's stack 聚焦进博会 / 72个国家和地区的
	// 企业…).
	if hanCount(heads[u].text) <= maxKickerRunes {
		if prior(heads[u], arts, a) < priorBefore || !overKicker(heads, u, a, assign) {
			return false // a's stack printed after its text, with others' (一线调查 / 外卖骑手的一天 / …)
		}
		after := false
		for b := range arts {
			if count[b] == 0 && b != a && prior(heads[u], arts, b) >= priorAfter {
				after = true
			}
		}
		if !after {
			return false
		}
	}
	for v, b := range assign {
		if b == a && sim[v][a] > 0 {
			return true
		}
	}
	return false
}

// overKicker reports a line u printed right above a kicker of article a:
// a's line next in print order, clearly shorter than a's line after it
// (聚焦进博会 / 72个国家和地区的企业带来“新品首发”), where a kicker over
// a title and its subtitle (汛期将至 / 全市开展防汛应急演练 / 检验各部门
// 协同处置能力) stands over lines of a title's length.
func overKicker(heads []headUnit, u, a int, assign []int) bool {
	next := func(order int) int {
		for v, h := range heads {
			if h.order == order && assign[v] == a && h.run == heads[u].run {
				return v
			}
		}
		return -1
	}
	k := next(heads[u].order + 1)
	if k < 0 {
		return false
	}
	t := next(heads[k].order + 1)
	return t >= 0 && kickerLike(heads[k].text) && hanCount(heads[t].text) >= hanCount(heads[k].text)+minKickerShortfall
}

// minKickerShortfall: a kicker set over its title is clearly shorter.
const minKickerShortfall = 3

// silentTitle is the penalty for giving title-length line u to an
// article that echoes none of its words while another article does: a
// kicker may share no words with its story, a title hardly ever.
func silentTitle(h headUnit, sim []float64, a int) float64 {
	if sim[a] > 0 || hanCount(h.text) <= maxKickerRunes {
		return 0
	}
	if slices.Max(sim) >= minSilentEcho {
		return silentTitlePenalty
	}
	return 0
}

// prior returns the position prior of headline h for article a.
func prior(h headUnit, arts []artSpan, a int) float64 {
	prevLast, nextFirst := -1, math.MaxInt
	if a > 0 {
		prevLast = arts[a-1].last
	}
	if a+1 < len(arts) {
		nextFirst = arts[a+1].first
	}
	p := 0.0
	switch {
	case h.pos > prevLast && h.pos < arts[a].first:
		p += priorBefore
	case h.pos > arts[a].first && h.pos < arts[a].last:
		p += priorInside
	}
	if h.pos > arts[a].last && h.pos < nextFirst {
		p += priorAfter
	}
	return p
}

// assignHeadlines returns, for each headline unit, the index of its article
// or -1, and the units' similarity to each article.
func assignHeadlines(heads []headUnit, arts []artSpan) ([]int, [][]float64) {
	assign := make([]int, len(heads))
	for i := range assign {
		assign[i] = -1
	}
	if len(heads) == 0 || len(arts) == 0 {
		return assign, nil
	}
	sim := similarity(heads, arts)
	score := make([][]float64, len(heads))
	for u := range heads {
		score[u] = make([]float64, len(arts))
		for a := range arts {
			if s := sim[u][a] + prior(heads[u], arts, a); s >= minHeadScore {
				score[u][a] = s
			}
		}
	}
	// 1. Each article its best line, decided globally.
	count := make([]int, len(arts)) // slots taken
	for u, a := range maxAssignment(score) {
		if a >= 0 && score[u][a] >= minHeadScore {
			assign[u] = a
			count[a]++
		}
	}
	// 2. The other lines, best first, pulled by their block and neighbours.
	// Every round fills a slot of an article or continues a broken
	// headline, so there are few rounds however many lines the page has.
	pl := newPuller(heads, arts)
	silent := make([][]float64, len(heads)) // silentTitle, which the rounds ask again and again
	for u := range heads {
		silent[u] = make([]float64, len(arts))
		for a := range arts {
			silent[u][a] = silentTitle(heads[u], sim[u], a)
		}
	}
	for u, a := range assign {
		if a >= 0 {
			pl.add(u, a)
		}
	}
	for {
		bestU, bestA, best := -1, -1, minHeadScore
		for u := range heads {
			if assign[u] >= 0 {
				continue
			}
			for a := range arts {
				if count[a] >= maxHeadSlots && !pl.extends(u, a, assign) && !(count[a] == maxHeadSlots && pl.kickerOverKicker(u, a, assign, sim)) {
					continue
				}
				if strangerTitle(heads, arts, u, a, assign, count, sim) || wantedElsewhere(heads[u], arts, u, a, count, sim) {
					continue
				}
				s := sim[u][a] + prior(heads[u], arts, a) + pl.pull(u, a, assign) - silent[u][a]
				if s > best {
					bestU, bestA, best = u, a, s
				}
			}
		}
		if bestU < 0 {
			break
		}
		if !pl.extends(bestU, bestA, assign) {
			count[bestA]++
		}
		assign[bestU] = bestA
		pl.add(bestU, bestA)
	}
	// A block of a kicker and a longer line is one stack: the kicker goes
	// with the line below it, whatever words it shares with another story.
	bindKickers(heads, assign, count)
	bindStackTops(heads, assign, count)
	bindLoneTops(heads, arts, assign, count)
	// 3. Lines nothing matched: by position, to a neighbouring article that
	// has no headline at all — first a line printed just before it (print
	// puts headlines above their story), then one printed just after it
	// that no story after it claimed (pdftotext emits a headline box after
	// its body, and a figurative title may echo none of it), then one
	// printed inside it (a stack set beside its later columns).
	for pass := range 3 {
		for u, h := range heads {
			if assign[u] >= 0 {
				continue
			}
			for a := range arts {
				p := prior(h, arts, a)
				inside := h.pos > arts[a].first && h.pos < arts[a].last
				if count[a] == 0 && (pass == 0 && p >= priorBefore || pass == 1 && p >= priorAfter && p < priorBefore || pass == 2 && inside) {
					assign[u] = a
					count[a]++
					break
				}
			}
		}
	}
	// 4. Lines still unmatched that sit between a story's headline and its
	// text complete that stack: a subtitle or kicker sharing no words with
	// the story. Below the story's own lines no next story can claim them.
	for changed := true; changed; {
		changed = false
		for u, h := range heads {
			if assign[u] >= 0 {
				continue
			}
			for _, d := range [2]int{-1, 1} {
				v, ok := pl.byOrder[h.order+d]
				if !ok || assign[v] < 0 || heads[v].run != h.run {
					continue
				}
				a := assign[v]
				if count[a] < maxHeadSlots && (prior(h, arts, a) >= priorBefore || kickerAlone(heads[v], h, d, count[a]) || d == -1 && echoesMost(sim[u], a) && !shorter(h, heads[v])) {
					assign[u] = a
					count[a]++
					changed = true
					break
				}
			}
		}
	}
	return assign, sim
}

// kickerAlone reports a line h printed right under kicker, the one line
// its story took, in its run: a stack's title that echoes none of its
// story's words (夜市开张了 / 老城“烟火气”回来了), wherever the stack was
// printed. A kicker is shorter than its title.
func kickerAlone(kicker, h headUnit, d, taken int) bool {
	return d == -1 && taken == 1 && shorter(kicker, h)
}

// echoesMost reports a line that shares words with story a and no more
// with any other: under a line of a's stack and not shorter, a subtitle of
// it (寻访老手艺 / 七十年守着一口铁锅 / 老铁匠的炉火还在燃烧) though the
// stack was printed inside a's text, where no position prior holds.
func echoesMost(sim []float64, a int) bool {
	if sim[a] == 0 {
		return false
	}
	for b, s := range sim {
		if b != a && s >= sim[a] {
			return false
		}
	}
	return true
}

// shorter reports a line shorter than the one over it: a kicker of the
// next stack under a title (城市书房“上新”夜读成为新风尚 / 优化营商环境), no
// subtitle.
func shorter(h, over headUnit) bool {
	return utf8.RuneCountInString(h.text) < utf8.RuneCountInString(over.text)
}

// joinBrokenHeads joins the lines of a headline surely broken over two
// lines of one block before the assignment, so that both go to one story: a part
// with few words of its own (家门口的 / “幸福食堂”) would otherwise follow
// whatever story echoes it. text is the page's body text. Print order is
// renumbered.
func joinBrokenHeads(heads []headUnit, text string) []headUnit {
	out := heads[:0:0]
	for i := 0; i < len(heads); i++ {
		h := heads[i]
		for i+1 < len(heads) && heads[i+1].block == h.block {
			inStack := pairInStack(heads, i)
			if !inStack && !surelyBroken(h.text, heads[i+1].text, text) {
				break
			}
			if inStack && h.text == heads[i].text && kickerLike(h.text) && hanCount(h.text) < hanCount(heads[i+1].text) {
				h.kicker = len(h.text)
			}
			h.text = joinHeadline(h.text, heads[i+1].text)
			i++
		}
		h.order = len(out)
		out = append(out, h)
	}
	return out
}

// pairInStack reports a block of two headline lines, heads[i] and the
// next, in a stack whose other headlines stand in blocks of their own. In
// a narrow column a stack comes one headline a block, each broken over
// lines for width, so a block of two lines there is one headline (汛期将至
// / 全市开展 防汛应急演练 in two lines / 检验各部 门协同处置能力 in two).
// Stacks of two stories interleaved come in one block of four.
func pairInStack(heads []headUnit, i int) bool {
	a, b := heads[i], heads[i+1]
	if i+2 < len(heads) && heads[i+2].block == a.block || i > 0 && heads[i-1].block == a.block {
		return false // more than two lines in the block
	}
	na, nb := hanCount(a.text), hanCount(b.text)
	if na+nb > maxBrokenTitleRunes || !pairable(a.text, b.text) {
		return false
	}
	// a headline of the stack in a block of its own, next to this one
	return i > 0 && heads[i-1].run == a.run && heads[i-1].order == a.order-1 ||
		i+2 < len(heads) && heads[i+2].run == a.run && heads[i+2].order == b.order+1
}

// pairable reports two lines that can be one headline: the first marks no
// kicker (——, ：), the second no subtitle (——).
func pairable(a, b string) bool {
	return !strings.HasSuffix(a, "—") && !strings.HasSuffix(a, "：") && !strings.HasPrefix(b, "—")
}

// surelyBroken reports the broken headlines that no stack of two stories
// interleaved in one block (养老服务再升级 / 稳就业 / 新增养老床位… /
// 新增城镇就业…) can look like: a quote or bracket left open, a second
// line opening with one (poppler cuts lines at a quote glyph: 家门口的 /
// “幸福食堂”), a word the break cut, or a spaced title's list going on.
func surelyBroken(a, b, text string) bool {
	na, nb := hanCount(a), hanCount(b)
	if parallelPiece(a, b) {
		return true // the blocks stage kept them together
	}
	if strings.HasSuffix(a, "，") && na+nb <= maxBrokenTitleRunes {
		return true // no headline ends with a comma: an A，B title broken at it (夜校开课， / 年轻人下班“充电”忙)
	}
	if na+nb > maxBrokenTitleRunes || !brokenHeadline(a, b, text) {
		return false
	}
	if measure(a).depth > 0 || junctionEchoed(a, b, text) {
		return true
	}
	if strings.ContainsRune(a, ' ') && (wordAcross(a, b) || hanCount(b) <= maxSpacePieceRunes) {
		return true // a spaced title cut in mid-word (…加装电梯 居民上 / 下楼不再难)
	}
	r, _ := utf8.DecodeRuneInString(b)
	return info(r)&riOpen != 0
}

// bindStackTops gives a kicker-like line to the stack right below it, in
// the same run of headline blocks, when the story it went to by its words
// has its headline elsewhere: a kicker shares few words with its story and
// may echo another one (非遗传承 over a craft story, when a street story
// mentions 非遗工坊); its place over a stack says more.
//
// maxStackTopRunes: a kicker bound by its place alone is short — a slogan
// of a few characters, clearly shorter than the title below it — where a
// short title (万亩果园迎来丰收季) may stand over the next story's stack.
const maxStackTopRunes = 7

func bindStackTops(heads []headUnit, assign, count []int) {
	for u := 0; u+1 < len(heads); u++ {
		k, t := heads[u], heads[u+1]
		from, to := assign[u], assign[u+1]
		if from < 0 || to < 0 || from == to || k.run != t.run || count[to] >= maxHeadSlots ||
			!kickerLike(k.text) || hanCount(k.text) > maxStackTopRunes || hanCount(k.text) > hanCount(t.text)-2 {
			continue
		}
		others := 0
		for v, h := range heads {
			if v != u && assign[v] == from {
				if h.run == k.run {
					others = -1 // its story's headline is here too
					break
				}
				others++
			}
		}
		if others <= 0 {
			continue
		}
		assign[u] = to
		count[from]--
		count[to]++
	}
}

// bindLoneTops gives a kicker-like line printed alone right above a
// story's text (金秋时节 / 本报记者 潘 雪 文/图 / 九月的山坡上…, its title
// set beside the first column and read after it) to that story, when the
// story it went to by its words has its headline in another run: a
// kicker echoes a common word of another story (大忙时节) more often than
// a story's headline is split over two places.
func bindLoneTops(heads []headUnit, arts []artSpan, assign, count []int) {
	for u, k := range heads {
		from := assign[u]
		if from < 0 || !kickerLike(k.text) || hanCount(k.text) > maxStackTopRunes ||
			u > 0 && heads[u-1].run == k.run || u+1 < len(heads) && heads[u+1].run == k.run {
			continue
		}
		to := slices.IndexFunc(arts, func(a artSpan) bool { return a.first > k.pos })
		if to < 0 || to == from || count[to] >= maxHeadSlots || prior(k, arts, to) < priorBefore {
			continue
		}
		elsewhere := false
		for v, h := range heads {
			if v != u && assign[v] == from && h.run != k.run {
				elsewhere = true
				break
			}
		}
		if !elsewhere {
			continue
		}
		assign[u] = to
		count[from]--
		count[to]++
	}
}

// bindKickers gives the kicker of a two-line headline block (消除安全隐患 /
// 电动自行车充电桩进小区) the article of the line below it. Kickers are
// slogans that share few words with their story and may echo another's;
// their place above their title is the better evidence. Blocks of more
// lines may hold two stacks interleaved and are left to the words.
func bindKickers(heads []headUnit, assign, count []int) {
	for u := 0; u+1 < len(heads); u++ {
		k, t := heads[u], heads[u+1]
		if k.block != t.block || (u > 0 && heads[u-1].block == k.block) || (u+2 < len(heads) && heads[u+2].block == k.block) {
			continue
		}
		a := assign[u+1]
		if a < 0 || assign[u] == a || !kickerLike(k.text) || hanCount(t.text) <= hanCount(k.text) || endsIntroduction(k.text) {
			continue
		}
		if assign[u] >= 0 {
			count[assign[u]]--
		}
		assign[u] = a
		count[a]++
	}
}

// kickerLike reports a short headline line that is no subtitle.
func kickerLike(s string) bool {
	return hanCount(s) <= maxKickerRunes && !strings.HasPrefix(s, "—")
}

// puller answers how much the lines already attached to an article draw
// another line: lines of its block, and the lines next to it in page order.
type puller struct {
	heads   []headUnit
	arts    []artSpan
	inBlock map[[2]int]int  // (block, article) → lines attached
	byOrder map[int]int     // order → unit index
	broken  map[[3]int]bool // (unit, next unit, article) → brokenHeadline, asked every round
}

func newPuller(heads []headUnit, arts []artSpan) *puller {
	p := &puller{heads: heads, arts: arts, inBlock: map[[2]int]int{}, byOrder: make(map[int]int, len(heads)), broken: map[[3]int]bool{}}
	for i, h := range heads {
		p.byOrder[h.order] = i
	}
	return p
}

func (p *puller) add(u, a int) { p.inBlock[[2]int{p.heads[u].block, a}]++ }

// extends reports whether line u would continue a broken headline of
// article a: the line before or after it in the same block is a's, and
// the two read as one headline broken for width.
func (p *puller) extends(u, a int, assign []int) bool {
	h := p.heads[u]
	if v, ok := p.byOrder[h.order-1]; ok && assign[v] == a && p.heads[v].block == h.block {
		return p.brokenPair(v, u, a)
	}
	if v, ok := p.byOrder[h.order+1]; ok && assign[v] == a && p.heads[v].block == h.block {
		return p.brokenPair(u, v, a)
	}
	return false
}

// kickerOverKicker reports whether kicker-like line u is set right above
// a kicker-like line of article a that shares no more words with a than a
// passed kicker: the kickers of two stacks side by side, read one after
// the other. The stack may then take a fourth line; passKickers hands
// one kicker on.
func (p *puller) kickerOverKicker(u, a int, assign []int, sim [][]float64) bool {
	h := p.heads[u]
	v, ok := p.byOrder[h.order+1]
	return ok && assign[v] == a && p.heads[v].run == h.run && kickerLike(h.text) && kickerLike(p.heads[v].text) &&
		sim[v][a] <= maxPassedEcho
}

// brokenPair is brokenHeadline for units u and v (the line after it) in
// article a's text, remembered.
func (p *puller) brokenPair(u, v, a int) bool {
	k := [3]int{u, v, a}
	b, ok := p.broken[k]
	if !ok {
		b = brokenHeadline(p.heads[u].text, p.heads[v].text, p.arts[a].text)
		p.broken[k] = b
	}
	return b
}

func (p *puller) pull(u, a int, assign []int) float64 {
	h := p.heads[u]
	pull := 0.0
	if v, ok := p.byOrder[h.order-1]; ok && assign[v] == a && p.heads[v].run == h.run &&
		hanCount(h.text) <= maxKickerRunes && !strings.HasPrefix(h.text, "—") && !p.extends(u, a, assign) {
		pull -= trailingShortPenalty
	}
	if p.inBlock[[2]int{h.block, a}] > 0 {
		pull = sameBlockPull
	}
	if v, ok := p.byOrder[h.order+1]; ok && assign[v] == a && p.heads[v].run == h.run {
		if hanCount(h.text) <= maxKickerRunes {
			pull = max(pull, kickerPull)
		} else {
			pull = max(pull, neighbourPull)
		}
	}
	if v, ok := p.byOrder[h.order-1]; ok && assign[v] == a && p.heads[v].run == h.run && pull >= 0 {
		pull = max(pull, neighbourPull)
	}
	return pull
}

// wantedElsewhere reports a title-length line that shares no word with
// any story, weighed for story a, which has a line already, while a
// story beside the line has none: the line is that story's title more
// likely than a fourth line of a's stack.
func wantedElsewhere(h headUnit, arts []artSpan, u, a int, count []int, sim [][]float64) bool {
	if count[a] == 0 || hanCount(h.text) <= maxStackTopRunes || slices.Max(sim[u]) > 0 {
		return false
	}
	for b := range arts {
		if b != a && count[b] == 0 && prior(h, arts, b) > 0 {
			return true
		}
	}
	return false
}

// groupHeadlines turns the lines attached to one article (in page order)
// into its headline list: a headline broken over two lines of one block is
// joined; then the main title is chosen. echo[i] is how much of unit i the
// article's text echoes, body its text.
func groupHeadlines(units []headUnit, echo []float64, body string) ([]string, int, []bool) {
	if len(units) == 0 {
		return nil, -1, nil
	}
	var lines []string
	var echoes []float64
	var broken []bool
	for i := 0; i < len(units); i++ {
		t, e, joined := units[i].text, echo[i], false
		// each line is judged with the line before it, not with the
		// lines joined so far: they would make any next line look short
		// (非遗传承 / 老手艺焕 / 发新光彩 / 竹编艺人带徒百余名)
		if i+2 < len(units) && kickerOverBrokenTitle(units, i) {
			// the kicker stands; the title's two parts make one
			lines = append(lines, t)
			echoes = append(echoes, e)
			broken = append(broken, false)
			t, e, joined = joinHeadline(units[i+1].text, units[i+2].text), max(echo[i+1], echo[i+2]), true
			i += 2
		}
		for i+1 < len(units) && units[i+1].block == units[i].block && units[i+1].order == units[i].order+1 &&
			hanCount(t)+hanCount(units[i+1].text) <= maxHeadRunes && brokenHeadline(units[i].text, units[i+1].text, body) {
			t = joinHeadline(t, units[i+1].text)
			e = max(e, echo[i+1])
			joined = true
			i++
		}
		lines = append(lines, t)
		echoes = append(echoes, e)
		broken = append(broken, joined)
	}
	return lines, pickMain(lines, echoes), broken
}

// kickerOverBrokenTitle reports a block of a kicker over a title broken
// at a mark (赛场速递 / 主场“双杀” / 本土球队闯入CBA季后赛): line i is two
// ems and more shorter than the line after next, so no width broke it,
// and the next line ends with a closing quote or bracket, where a
// two-part title breaks.
func kickerOverBrokenTitle(units []headUnit, i int) bool {
	a, b := units[i].text, units[i+1].text
	if !kickerLike(a) || hanCount(b) < minTitlePartHan || !endsWithCloser(b) {
		return false
	}
	c := units[i+2]
	return c.block == units[i].block && c.order == units[i+1].order+1 && pairable(b, c.text) && printHalves(c.text) >= printHalves(a)+minUnbrokenHalves
}

// minUnbrokenHalves: a line two ems shorter than a later line of its
// block was not broken for width.
const minUnbrokenHalves = 4

// brokenHeadline reports whether b continues headline a on a second line
// of the same block rather than being a headline of its own:
//   - a line ending with —— or ： is a kicker, one starting with —— a
//     subtitle, a line split by a space a whole two-part title;
//   - a quote or bracket left open goes on (城市书房“上 / 新”夜读…);
//   - a title broken for width keeps its second line no longer than the
//     first (把民生工程打造成为 / 民心工程、满意工程), or, broken early, the
//     two parts make one short title whose junction the body says too
//     (全市春季招聘 / 会提供岗位超八千个: 招聘会) or whose parts it both
//     echoes; otherwise a longer second
//     line is a new headline (为民办实事 / 一条公交线串起六所学校, a kicker
//     set in the title's size, as the sample sets them).
func brokenHeadline(a, b, body string) bool {
	na, nb := hanCount(a), hanCount(b)
	if strings.HasSuffix(a, "：") && na <= maxColonLeadRunes && nb > na && na+nb <= maxBrokenTitleRunes && !strings.HasPrefix(b, "—") {
		return true // a short lead-in and its colon, the title going on (十年磨一剑： / 本土企业攻克高端轴承技术)
	}
	if !pairable(a, b) || strings.HasSuffix(a, "！") || strings.HasSuffix(a, "？") {
		return false
	}
	if na+nb > maxHeadRunes {
		return false
	}
	if measure(a).depth > 0 || na <= maxSpacePieceRunes && !strings.ContainsRune(a, ' ') {
		return true // a quote left open, or a word piece no headline line is (消除 / 安全隐患)
	}
	if nb <= maxSpacePieceRunes && !strings.ContainsRune(b, ' ') {
		return true // a word piece is no headline line (春风送岗位 就业暖 / 人心)
	}
	if wholeAtSpace(a, b) && !wordAcross(a, b) {
		return false
	}
	return printHalves(b) <= printHalves(a)+2 || (na+nb <= maxBrokenTitleRunes && (junctionEchoed(a, b, body) || wordAcross(a, b) || partsEchoed(a, b, body)))
}

// printHalves is the width of a headline line's words in half ems:
// ideographs and symbols (℃) a whole em, digits and Latin letters half
// an em, punctuation and spaces nothing, as hanCount leaves them out. A
// line of figures (晴转多云 2℃～12℃) is longer than its ideographs say.
func printHalves(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case isASCIIAlnum(r):
			n++
		case r < 0x80 || isSpace(r) || isCJKPunct(r):
		default:
			n += 2
		}
	}
	return n
}

// wholeAtSpace reports a headline line split by a space that is a whole
// two-part title, not a piece of one: the part of a after its last space,
// and the part of b before its first, are clause-length. A title of two
// clauses broken over three narrow lines (老旧小区加装 / 电梯 居民 /
// 上下楼不再难) has a middle line whose parts are word pieces.
func wholeAtSpace(a, b string) bool {
	if i := strings.LastIndexByte(a, ' '); i >= 0 && hanCount(a[i+1:]) > maxSpacePieceRunes {
		return true
	}
	if i := strings.IndexByte(b, ' '); i >= 0 && hanCount(b[:i]) > maxSpacePieceRunes {
		return true
	}
	return false
}

// wordAcross reports a word of the lexicon running across the break of a
// headline, unless each side ends in a word of its own there: 关注食品安全 /
// 校园周边… holds 全校, but 安全 and 校园 are whole, a kicker over its title.
func wordAcross(a, b string) bool {
	if !lexicon.Across(a, b) {
		return false
	}
	ta, hb := []rune(a), []rune(b)
	return len(ta) < 2 || len(hb) < 2 || !lexicon.Word(string(ta[len(ta)-2:])) || !lexicon.Word(string(hb[:2]))
}

// maxColonLeadRunes: a title's lead-in before its colon, broken off on a
// line of its own, is a few words (小巷管家：); a kicker that ends with a
// colon (…时强调：) is longer than its title's lead-in would be.
const maxColonLeadRunes = 6

// maxSpacePieceRunes: a part this short beside a space is a word piece.
const maxSpacePieceRunes = 2

// partsEchoed reports two headline lines that are parts of one title by
// their words: both echo the body (青年志愿者 / 服务队成立十周年), or the
// first does, naming what the story is about (5G+工业互联网 / 让老厂房焕发
// 新活力, 家门口的“小饭桌” / 解了双职工家庭的难), whatever words of the
// second the story repeats. A kicker set in the title's block is a slogan
// or a column's name the body hardly echoes (小城大变样, 市场观察). A first
// line that is a clause of its own (快递进村，农产品出山) or a second line
// with a cry inside it (警惕！这些…) counts only with both echoed. Kickers
// that name the subject are still taken for a title's first part (生态修复
// / 废弃矿山变身城市公园): on the pool pages, one for every two broken
// titles the first part's echo mends.
func partsEchoed(a, b, body string) bool {
	if body == "" {
		return false
	}
	lead := !strings.ContainsAny(a, "，！？；") && !strings.ContainsAny(strings.TrimRight(b, "！？"), "！？")
	e := echoes([]string{a, b}, body)
	return e[0] >= minPartsEcho && (e[1] >= minPartsEcho || lead)
}

// minPartsEcho: both parts of a broken title echo the body this much; a
// kicker that shares a word or two with it (交通建设再提速) stays apart.
const minPartsEcho = 0.5

// junctionEchoed reports whether the last character of a and the first of
// b stand together in body: a word the line break cut.
func junctionEchoed(a, b, body string) bool {
	l, _ := utf8.DecodeLastRuneInString(a)
	f, _ := utf8.DecodeRuneInString(b)
	if !isHan(l) || !isHan(f) {
		return false
	}
	var buf [2 * utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], l)
	n += utf8.EncodeRune(buf[n:], f)
	return strings.Contains(body, string(buf[:n]))
}

// maxBrokenTitleRunes: a title this short broken with a longer second line
// is one title broken early; two headlines of one size stacked (a kicker
// and its title) are longer together.
const maxBrokenTitleRunes = 20

// joinHeadline joins the two lines of a broken headline: with a space when
// both are clauses of their own and the second is clearly shorter (two
// parallel clauses set one per line, 打造…新典范 / 助推区域高质量发展),
// directly otherwise (a phrase broken for width, 老城区雨污分流 / 改造完工).
func joinHeadline(a, b string) string {
	if nb := hanCount(b); nb >= minClauseRunes && nb <= hanCount(a)-2 {
		return a + " " + b
	}
	return a + b
}

// pickMain chooses the main title: the longest line that is neither marked
// as a kicker (ending with —— or ：) nor as a subtitle (starting with ——),
// helped by how much of it the body echoes (echo[i], a share). With three
// lines the middle one is the main title, as print stacks kicker, title,
// subtitle.
func pickMain(lines []string, echo []float64) int {
	if len(lines) == 1 {
		return 0
	}
	marked := func(s string) bool {
		return strings.HasSuffix(s, "——") || strings.HasSuffix(s, "—") || strings.HasSuffix(s, "：") ||
			strings.HasPrefix(s, "—") || strings.HasPrefix(s, "─")
	}
	if len(lines) == 3 && !marked(lines[1]) {
		return 1
	}
	best, bestScore := 0, -1.0
	for i, l := range lines {
		if marked(l) {
			continue
		}
		s := float64(utf8.RuneCountInString(stripSpaces(l))) + echoWeight*echo[i]
		if s > bestScore {
			best, bestScore = i, s
		}
	}
	return best
}

// echoWeight: how many characters of length a title's full echo in the
// body is worth when choosing the main title.
const echoWeight = 4

// attachHeadlines is the headlines stage: the headline candidates of the
// page are given to its stories by content, for the whole page at once,
// and each story's lines grouped into its headline list. Lines no story
// takes join other.
func attachHeadlines(arts []Article, stories []*artBuild, units []headUnit, other []string) ([]Article, []string) {
	spans := make([]artSpan, len(arts))
	var body strings.Builder
	size := 0
	for _, a := range arts {
		size += len(a.Lead)
		for _, p := range a.Paragraphs {
			size += len(p)
		}
	}
	body.Grow(size)
	ends := make([]int, len(arts))
	for i, a := range arts {
		body.WriteString(a.Lead)
		for _, p := range a.Paragraphs {
			body.WriteString(p)
		}
		ends[i] = body.Len()
	}
	// each story's text is a slice of the page's
	all := body.String()
	for i := range arts {
		start := 0
		if i > 0 {
			start = ends[i-1]
		}
		spans[i] = artSpan{text: all[start:ends[i]], first: stories[i].first, last: stories[i].last}
	}
	heads := joinBrokenHeads(units, all)
	assign, sim := assignHeadlines(heads, spans)
	perArt := make([][]headUnit, len(arts))
	perEcho := make([][]float64, len(arts))
	var orphans []headUnit
	for u, a := range assign {
		if a < 0 {
			orphans = append(orphans, heads[u])
			continue
		}
		perArt[a] = append(perArt[a], heads[u])
		perEcho[a] = append(perEcho[a], sim[u][a])
	}
	orphans = takeOwnRun(perArt, perEcho, spans, sim, orphans)
	returnTitles(perArt, perEcho, spans, sim)
	returnStrayLines(perArt, perEcho, spans, sim)
	returnRunTails(perArt, perEcho, sim)
	uncrossKickers(perArt, perEcho, sim)
	dealCrossedStacks(perArt, perEcho, sim)
	splitKickerPair(perArt, perEcho, sim)
	kickerInsideStack(perArt, perEcho, sim)
	returnMidStackLine(perArt, perEcho, sim, orphans)
	kickOverBeside(perArt, perEcho, spans, sim)
	kickerWithTitleAfter(perArt, perEcho, spans, sim)
	broken := make([][]bool, len(arts))
	for i := range arts {
		arts[i].Headlines, arts[i].Main, broken[i] = groupHeadlines(perArt[i], perEcho[i], spans[i].text)
	}
	stacks := stacksOf(perArt)
	passStackToBare(arts, spans)
	passKickers(arts, spans, broken, stacks)
	passMiddleKickers(arts, spans, stacks)
	passFirstKickers(arts, spans, perArt)
	passSecondKickers(arts, spans)
	passDashSubtitles(arts, spans, perArt)
	passTopSubtitles(arts, perArt)
	orphans = passTitlesToBareKickers(arts, spans, perArt, orphans)
	passTitlesPrintedAfter(arts, spans, perArt)
	passSecondTitles(arts, spans)
	for _, h := range orphans {
		if !adoptKicker(arts, perArt, h) && !titleForBareStory(arts, spans, h) && !titleUnderKicker(arts, spans, h) && !kickerOverNextTitle(arts, spans, perArt, h) {
			other = append(other, h.text)
		}
	}
	passTrailingKicker(arts, spans, perArt)
	return arts, other
}

// takeOwnRun gives a line no story took to the story whose stack it was
// printed in, when that story's slots are full with a line that is not
// its own: a stack is printed in one piece, so a line from another run
// gives way (非遗传承 / 竹编艺人带徒百余名 / 老手艺焕发新光彩, the story
// holding 全县农产品网上销售额突破十亿元 from a run before); failing one, a
// line that shares no word with the story and some with another that has
// room (the kicker of the stack beside it, 我运动 我健康 我快乐, read
// between its lines). The story must hold two lines of the orphan's run,
// its text must come after the orphan, and the orphan must share a word
// with it (side by side, another stack's kicker shares the run and none
// of the words). The line given up goes to a story of its own run with
// room, else to the one with room that shares most of its words, or is an
// orphan in turn. It returns the orphans left.
func takeOwnRun(perArt [][]headUnit, perEcho [][]float64, spans []artSpan, sim [][]float64, orphans []headUnit) []headUnit {
	room := func(b, not int) bool { return b != not && len(perArt[b]) < maxHeadSlots }
	for k := 0; k < len(orphans); k++ {
		h := orphans[k]
		for a, us := range perArt {
			if len(us) < maxHeadSlots || spans[a].first < h.pos || sim[h.order][a] == 0 {
				continue // it must share a word with the story
			}
			own, foreign, stranger := 0, -1, -1
			for i, u := range us {
				switch {
				case u.run == h.run:
					own++
					if stranger < 0 && sim[u.order][a] == 0 {
						for b := range perArt {
							if room(b, a) && sim[u.order][b] > 0 {
								stranger = i
								break
							}
						}
					}
				case foreign < 0 || u.pos < us[foreign].pos:
					foreign = i
				}
			}
			if foreign < 0 {
				foreign = stranger
			}
			if own < 2 || foreign < 0 {
				continue
			}
			out := us[foreign]
			perArt[a] = slices.Delete(perArt[a], foreign, foreign+1)
			perEcho[a] = slices.Delete(perEcho[a], foreign, foreign+1)
			insertUnit(perArt, perEcho, sim, a, h)
			orphans[k] = out
			to, best := -1, 0.0
			for b := range perArt {
				if to < 0 && room(b, a) && slices.ContainsFunc(perArt[b], func(v headUnit) bool { return v.run == out.run }) {
					to = b
				}
			}
			for b := range perArt {
				if to < 0 && room(b, a) && sim[out.order][b] > best {
					to, best = b, sim[out.order][b]
				}
			}
			if to >= 0 {
				insertUnit(perArt, perEcho, sim, to, out)
				orphans = slices.Delete(orphans, k, k+1)
				k--
			}
			break
		}
	}
	return orphans
}

// insertUnit puts h among story a's headline lines, in print order.
func insertUnit(perArt [][]headUnit, perEcho [][]float64, sim [][]float64, a int, h headUnit) {
	i, _ := slices.BinarySearchFunc(perArt[a], h.order, func(u headUnit, o int) int { return u.order - o })
	perArt[a] = slices.Insert(perArt[a], i, h)
	perEcho[a] = slices.Insert(perEcho[a], i, sim[h.order][a])
}

// moveUnit moves line k of story from's lines to story to, in print order.
func moveUnit(perArt [][]headUnit, perEcho [][]float64, sim [][]float64, from, k, to int) {
	h := perArt[from][k]
	perArt[from] = slices.Delete(perArt[from], k, k+1)
	perEcho[from] = slices.Delete(perEcho[from], k, k+1)
	insertUnit(perArt, perEcho, sim, to, h)
}

// unitsByOrder maps the print order of each line the stories hold to the
// line.
func unitsByOrder(perArt [][]headUnit) map[int]headUnit {
	units := map[int]headUnit{}
	for _, us := range perArt {
		for _, u := range us {
			units[u.order] = u
		}
	}
	return units
}

// holders maps the print order of each line the stories hold to its story.
func holders(perArt [][]headUnit) map[int]int {
	holder := map[int]int{}
	for a, us := range perArt {
		for _, u := range us {
			holder[u.order] = a
		}
	}
	return holder
}

// returnTitles gives a story the assignment left without a headline the
// title it echoes, from a neighbour that holds it with other headlines of
// its own and echoes it less than half as much: a title printed in the
// gap between the two (after its story's byline, over the next story's
// stack: …记者 许文静 / 城市书房“上新” / 夜读成为新风尚 / 优化营商环境 /
// 企业开办时间压缩…). The line after it in its block goes with it when
// the two read as one headline broken over them; the neighbour keeps a
// line at least.
func returnTitles(perArt [][]headUnit, perEcho [][]float64, spans []artSpan, sim [][]float64) {
	for i := range perArt {
		if len(perArt[i]) > 0 {
			continue
		}
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(perArt) || len(perArt[j]) < 2 {
				continue
			}
			from, to := spans[min(i, j)].last, spans[max(i, j)].first
			best, bestEcho := -1, minTitleEcho
			for k, h := range perArt[j] {
				u := h.order // joinBrokenHeads numbered the units in order
				if h.pos > from && h.pos < to && sim[u][i] >= bestEcho && sim[u][j] < sim[u][i]/2 {
					best, bestEcho = k, sim[u][i]
				}
			}
			if best < 0 {
				continue
			}
			n := 1
			if k := best + 1; k < len(perArt[j])-1 && perArt[j][k].block == perArt[j][best].block &&
				perArt[j][k].order == perArt[j][best].order+1 && brokenHeadline(perArt[j][best].text, perArt[j][k].text, spans[i].text) {
				n = 2
			}
			for _, h := range perArt[j][best : best+n] {
				perArt[i] = append(perArt[i], h)
				perEcho[i] = append(perEcho[i], sim[h.order][i])
			}
			perArt[j] = slices.Delete(perArt[j], best, best+n)
			perEcho[j] = slices.Delete(perEcho[j], best, best+n)
			break
		}
	}
}

// returnStrayLines gives a story the assignment left without a headline
// a line another story holds outside that story's own stack, when the
// line echoes the holder hardly more than it: a line printed in the gap
// between the two, in a run of its own, where the holder's other lines
// were printed after its text and echo it (冬季用火用电安全提示 after its list
// of tips, before the next story's byline, whose stack 记者手记 / 山路弯弯
// 初心不改 is at the page's end) — unless it is short enough to be the
// holder's kicker, set over its byline (记者手记 there); or a title-length
// line printed right above the holder's kicker that opens a block of its
// own, as a kicker tops its stack (一位退伍老兵的“第二战场” / ⏎ / 聚焦进
// 博会 / 72个国家和地区…).
// Of several headless stories the one the line echoes most takes it,
// the nearest on a tie. The stories are taken from the page's end, so
// that titles each printed after their story go back one story each: a
// story holding only a line printed before its text that it does not
// echo may take one (onlyBefore), and a line passed on counts as the
// echoing stack of the story it went to.
func returnStrayLines(perArt [][]headUnit, perEcho [][]float64, spans []artSpan, sim [][]float64) {
	passed := map[int]bool{} // lines this pass gave a story, by order: titles by their place
	for j := len(perArt) - 1; j >= 0; j-- {
		for k := 0; k < len(perArt[j]); k++ {
			h := perArt[j][k]
			to := -1
			if i := j - 1; i >= 0 && (len(perArt[i]) == 0 || onlyBefore(perArt[i], spans, sim, i)) && h.pos > spans[i].last && h.pos < spans[j].first &&
				hanCount(h.text) > maxStackTopRunes && gapLine(perArt[j], k, spans, sim, j, passed) {
				to = i
				passed[h.order] = true
			} else if overKickerLine(perArt[j], k) {
				for _, i := range nearestFirst(j, len(perArt)) {
					if len(perArt[i]) == 0 && (to < 0 || sim[h.order][i] > sim[h.order][to]) {
						to = i
					}
				}
			}
			if to < 0 || sim[h.order][j] > sim[h.order][to]+maxPassedEcho {
				continue
			}
			moveUnit(perArt, perEcho, sim, j, k, to)
			k--
		}
	}
}

// returnRunTails gives back a line printed right after another story's
// line in the same run of headline blocks, when it shares words with that
// story and none with its holder, whose title stands in another run: a
// stack is printed in one piece, and the story whose text follows the
// run took its last line (七十年守着一口铁锅 / 老铁匠的炉火还在燃烧 over 新华社北京
// 11月3日电…, whose own title 跨省通办再扩围… comes after its text).
func returnRunTails(perArt [][]headUnit, perEcho [][]float64, sim [][]float64) {
	holder := holders(perArt)
	for j := range perArt {
		for k := 0; k < len(perArt[j]); k++ {
			h := perArt[j][k]
			i, ok := holder[h.order-1]
			if !ok || i == j || len(perArt[i]) >= maxHeadSlots || sim[h.order][i] == 0 {
				continue
			}
			prev := slices.IndexFunc(perArt[i], func(u headUnit) bool { return u.order == h.order-1 })
			if perArt[i][prev].run != h.run || !slices.ContainsFunc(perArt[j], func(u headUnit) bool { return u.run != h.run }) {
				continue
			}
			// the line above in its own block: one headline broken at a
			// space (第十届市运会闭幕 / 2.3万人次参赛), whatever words the
			// holder shares by chance (50万人次), if no more
			if sim[h.order][j] > 0 && (perArt[i][prev].block != h.block || sim[h.order][j] > sim[h.order][i]) {
				continue
			}
			moveUnit(perArt, perEcho, sim, j, k, i)
			holder[h.order] = i
			k--
		}
	}
}

// uncrossKickers deals back the kickers of two stacks read row by row —
// kicker A, kicker B, title A, title B — that the assignment gave crosswise
// (银发课堂 / 书香社区 / 老年大学新学期报名火爆 / 二十四小时书屋亮灯): the first
// kicker goes over the first title, when neither kicker shares more of the
// words of the story it leaves than of the one it goes to.
func uncrossKickers(perArt [][]headUnit, perEcho [][]float64, sim [][]float64) {
	holder, units := holders(perArt), unitsByOrder(perArt)
	orders := slices.Sorted(maps.Keys(units)) // in print order: the deal must not hang on a map's
	for _, o := range orders {
		k1 := units[o]
		k2, ok2 := units[o+1]
		t1, ok3 := units[o+2]
		t2, ok4 := units[o+3]
		if !ok2 || !ok3 || !ok4 || k2.run != k1.run || t1.run != k1.run || t2.run != k1.run || !kickerLike(k1.text) || !kickerLike(k2.text) {
			continue
		}
		a, b := holder[o+2], holder[o+3]
		if a == b || holder[o] != b || holder[o+1] != a || sim[o][b] > sim[o][a] || sim[o+1][a] > sim[o+1][b] {
			continue
		}
		for _, mv := range [][3]int{{o, b, a}, {o + 1, a, b}} { // order, from, to
			k := slices.IndexFunc(perArt[mv[1]], func(v headUnit) bool { return v.order == mv[0] })
			moveUnit(perArt, perEcho, sim, mv[1], k, mv[2])
		}
		holder[o], holder[o+1] = a, b
	}
}

// splitKickerPair gives the second of two kickers read row by row —
// kicker A, kicker B, title A, title B, a run of four — to B's title
// when the assignment gave both kickers to A (关注“一老一小” / 法治在身边 /
// 托育机构和养老驿站能否“合体”？ / 电动车“飞线充电”被罚了): B holds its
// title alone, and the second kicker shares none of A's words.
func splitKickerPair(perArt [][]headUnit, perEcho [][]float64, sim [][]float64) {
	holder, units := holders(perArt), unitsByOrder(perArt)
	for o := 0; o < len(sim); o++ {
		run := make([]headUnit, 0, 4)
		for k := o; len(run) < 5; k++ {
			u, ok := units[k]
			if !ok || len(run) > 0 && u.run != run[0].run {
				break
			}
			run = append(run, u)
		}
		if prev, ok := units[o-1]; len(run) != 4 || ok && prev.run == run[0].run {
			continue // a run of four, from its first line
		}
		a, b := holder[run[2].order], holder[run[3].order]
		if a == b || holder[run[0].order] != a || holder[run[1].order] != a || len(perArt[b]) != 1 || sim[run[1].order][a] > 0 ||
			!kickerLike(run[0].text) || !kickerLike(run[1].text) || !shorter(run[0], run[2]) || !shorter(run[1], run[3]) {
			continue
		}
		k := slices.IndexFunc(perArt[a], func(v headUnit) bool { return v.order == run[1].order })
		moveUnit(perArt, perEcho, sim, a, k, b)
		holder[run[1].order] = b
	}
}

// kickerInsideStack gives a kicker-like line the assignment set between
// two lines of one story's stack to the story holding the line printed
// right after it (跨境电商让山货走出大山 / 非遗传承 / 老手艺焕发新光彩 / 全县农产品
// 网上销售额突破十亿元, two stacks beside each other read row by row, the
// second a row lower): a kicker tops its stack and never stands between a
// title and its subtitle. The line must share none of the holder's words,
// be shorter than the line after it, and that line's story hold nothing
// printed before it and have room.
func kickerInsideStack(perArt [][]headUnit, perEcho [][]float64, sim [][]float64) {
	holder, units := holders(perArt), unitsByOrder(perArt)
	for o := 1; o < len(sim); o++ {
		k, ok := units[o]
		prev, okPrev := units[o-1]
		next, okNext := units[o+1]
		if !ok || !okPrev || !okNext || prev.run != k.run || next.run != k.run || !kickerLike(k.text) || !shorter(k, next) {
			continue
		}
		a, b := holder[o], holder[o+1]
		if a == b || holder[o-1] != a || sim[o][a] > 0 || sim[o][b] < sim[o][a] || len(perArt[b]) >= maxHeadSlots ||
			!slices.ContainsFunc(perArt[a], func(u headUnit) bool { return u.order > o }) ||
			slices.ContainsFunc(perArt[b], func(u headUnit) bool { return u.order < o }) {
			continue
		}
		i := slices.IndexFunc(perArt[a], func(u headUnit) bool { return u.order == o })
		moveUnit(perArt, perEcho, sim, a, i, b)
		holder[o] = b
	}
}

// returnMidStackLine gives a line the assignment set between two lines of
// one story's stack, sharing none of that story's words, to the story
// that shares most of them, when that story's other lines stand in
// another run after it (非遗传承 / 跨境电商让山货走出大山 / 老手艺焕发新光彩 /
// 全县农产品网上销售额突破十亿元, the bamboo story's subtitle 竹编艺人带徒百余名
// printed further down): two stacks read row by row, the second a row
// higher. The line two before it must be a kicker no story took, the
// second stack's, which then goes with it (adoptKicker).
func returnMidStackLine(perArt [][]headUnit, perEcho [][]float64, sim [][]float64, orphans []headUnit) {
	holder, units := holders(perArt), unitsByOrder(perArt)
	for o := 1; o < len(sim); o++ {
		x, ok := units[o]
		prev, okPrev := units[o-1]
		next, okNext := units[o+1]
		if !ok || !okPrev || !okNext || prev.run != x.run || next.run != x.run ||
			!slices.ContainsFunc(orphans, func(u headUnit) bool { return u.order == o-2 && u.run == x.run && kickerLike(u.text) }) {
			continue
		}
		a := holder[o]
		if holder[o-1] != a || holder[o+1] != a || sim[o][a] > 0 || sim[o-1][a]+sim[o+1][a] == 0 {
			continue
		}
		b := -1
		for s := range perArt {
			if s != a && sim[o][s] > 0 && (b < 0 || sim[o][s] > sim[o][b]) {
				b = s
			}
		}
		if b < 0 || len(perArt[b]) == 0 || len(perArt[b]) >= maxHeadSlots ||
			slices.ContainsFunc(perArt[b], func(u headUnit) bool { return u.run == x.run || u.order < o }) {
			continue
		}
		i := slices.IndexFunc(perArt[a], func(u headUnit) bool { return u.order == o })
		moveUnit(perArt, perEcho, sim, a, i, b)
		holder[o] = b
	}
}

// kickOverBeside gives the kicker that opens a run — kicker A, title B,
// title A — to the title after the next, where the assignment gave it to
// the next with B's title. Two stacks set side by side and aligned at the
// top, one with a kicker and one without, come out so when poppler reads
// them line by line: the other's title, taller, has its baseline between
// the kicker's and its own title's (金秋时节 / 消防宣传进万家 / 万亩果园迎来
// 丰收季). The text cannot tell this from a kicker over its title with the
// other story's title set lower; on our ordered pages it is the kicker
// after next about three times in four. The kicker must share no more of
// B's words than of A's, A hold no line before its title, and both bodies
// follow the run, A's first: a title printed after its story is no side
// stack's.
func kickOverBeside(perArt [][]headUnit, perEcho [][]float64, spans []artSpan, sim [][]float64) {
	holder, units := holders(perArt), unitsByOrder(perArt)
	orders := slices.Sorted(maps.Keys(units))
	for _, o := range orders {
		k := units[o]
		t1, ok1 := units[o+1]
		t2, ok2 := units[o+2]
		if prev, ok := units[o-1]; ok && prev.run == k.run || !ok1 || !ok2 || t1.run != k.run || t2.run != k.run {
			continue
		}
		if !kickerLike(k.text) || hanCount(k.text) >= hanCount(t1.text) || hanCount(k.text) >= hanCount(t2.text) {
			continue
		}
		b, a := holder[o], holder[o+2]
		if holder[o+1] != b || a == b || sim[o][b] > sim[o][a] || len(perArt[a]) >= maxHeadSlots || spans[a].first < t2.pos || spans[b].first < spans[a].first ||
			slices.ContainsFunc(perArt[a], func(u headUnit) bool { return u.order < o+2 }) {
			continue
		}
		i := slices.IndexFunc(perArt[b], func(u headUnit) bool { return u.order == o })
		moveUnit(perArt, perEcho, sim, b, i, a)
		holder[o] = a
	}
}

// kickerWithTitleAfter gives a kicker to the title under it when that
// title's stack is printed after its story and the assignment gave the
// kicker to the story after the stack (乡村振兴进行时 / 小山村种出“致富菇”,
// the mushroom story's text before them, the next story's below): a stack
// after its text is printed whole. The story the kicker leaves must have
// a headline of its own left and share no more of the kicker's words.
func kickerWithTitleAfter(perArt [][]headUnit, perEcho [][]float64, spans []artSpan, sim [][]float64) {
	holder, units := holders(perArt), unitsByOrder(perArt)
	orders := slices.Sorted(maps.Keys(units))
	for _, o := range orders {
		k := units[o]
		t, ok := units[o+1]
		if !ok || t.run != k.run || !kickerLike(k.text) || hanCount(k.text) >= hanCount(t.text) {
			continue
		}
		b, a := holder[o], holder[o+1]
		if a == b || spans[a].last >= k.pos || spans[b].first <= t.pos || len(perArt[b]) < 2 || len(perArt[a]) >= maxHeadSlots || sim[o][b] > sim[o][a] ||
			slices.ContainsFunc(perArt[a], func(u headUnit) bool { return u.order < o }) {
			continue
		}
		i := slices.IndexFunc(perArt[b], func(u headUnit) bool { return u.order == o })
		moveUnit(perArt, perEcho, sim, b, i, a)
		holder[o] = a
	}
}

// dealCrossedStacks deals back a run of two stacks read row by row —
// kicker A, kicker B, title A, title B and maybe subtitle A — that the
// assignment, pulled by the lines' neighbours, gave mostly to one story
// (乡村振兴·产业篇 / 为民办实事 / 一颗猕猴桃的“致富经” / “15分钟健身圈”覆盖
// 全城 / 全镇种植面积达2.8万亩…, the first four to the fitness story; the
// first two kicker-like and shorter than the two after them): the run's
// lines go alternately to its two stories, when every title line then
// goes to a story that echoes it at least as much as the other, and the
// titles' echoes of their stories gain; of the two ways to deal, the one
// that gains most (the third line may echo both alike: 老手艺焕发新光彩
// under 非遗传承 / 小城大变样, in a page where the old street has 非遗工坊).
func dealCrossedStacks(perArt [][]headUnit, perEcho [][]float64, sim [][]float64) {
	holder, units := holders(perArt), unitsByOrder(perArt)
	for o := 0; o < len(sim); o++ {
		if prev, ok := units[o-1]; ok && prev.run == units[o].run {
			continue // a run is dealt from its first line
		}
		var run []headUnit
		for k := o; ; k++ {
			u, ok := units[k]
			if !ok || len(run) > 0 && u.run != run[0].run {
				break
			}
			run = append(run, u)
		}
		if len(run) < 4 || len(run) > 5 ||
			!kickerLike(run[0].text) || !kickerLike(run[1].text) || hanCount(run[0].text) >= hanCount(run[2].text) || hanCount(run[1].text) >= hanCount(run[3].text) {
			continue
		}
		var stories []int
		for _, u := range run {
			if !slices.Contains(stories, holder[u.order]) {
				stories = append(stories, holder[u.order])
			}
		}
		if len(stories) != 2 {
			continue
		}
		// Either story may be the first stack's: the deal whose titles
		// gain most, where each title goes where it echoes at least as
		// much, is taken.
		even, odd, best := -1, -1, 0.0
		for _, p := range [2][2]int{{stories[0], stories[1]}, {stories[1], stories[0]}} {
			gain, ok := 0.0, true
			for i := 2; i < len(run); i++ {
				u, to := run[i].order, p[i%2]
				ok = ok && sim[u][to] >= sim[u][p[1-i%2]]
				gain += sim[u][to] - sim[u][holder[u]]
			}
			if ok && gain > best {
				even, odd, best = p[0], p[1], gain
			}
		}
		if even < 0 {
			continue
		}
		deal := func(i int) int {
			if i%2 == 0 {
				return even
			}
			return odd
		}
		for i, u := range run {
			from, to := holder[u.order], deal(i)
			if from == to {
				continue
			}
			k := slices.IndexFunc(perArt[from], func(v headUnit) bool { return v.order == u.order })
			moveUnit(perArt, perEcho, sim, from, k, to)
			holder[u.order] = to
		}
	}
}

// onlyBefore reports a story whose headline lines were all printed
// before its text and share none of its words: a title printed after the
// story before it may have been given it, and the story's own stand after
// its text (家门口的“夜经济”火起来了！ over 本报记者 骆 驼 / 脱下军装的那
// 一年… / 一位退伍老兵的“第二战场”, each title after its story).
func onlyBefore(us []headUnit, spans []artSpan, sim [][]float64, i int) bool {
	for _, u := range us {
		if u.pos >= spans[i].first || sim[u.order][i] > 0 {
			return false
		}
	}
	return true
}

// gapLine reports whether line k of story j's lines us was printed in a
// run of its own while its other lines, of other runs after the story's
// text, echo the story.
func gapLine(us []headUnit, k int, spans []artSpan, sim [][]float64, j int, passed map[int]bool) bool {
	h := us[k]
	if len(us) < 2 {
		return false
	}
	echoed := false
	for i, u := range us {
		if i == k {
			continue
		}
		if u.run == h.run || u.pos <= spans[j].last {
			return false
		}
		echoed = echoed || sim[u.order][j] > 0 || passed[u.order]
	}
	return echoed
}

// overKickerLine reports whether line k of a story's lines us is a
// title-length line printed right above the story's kicker, which opens
// a block of its own over a longer line of the story, or its block,
// joined to the title below it.
func overKickerLine(us []headUnit, k int) bool {
	if k+1 >= len(us) {
		return false
	}
	h, kick := us[k], us[k+1]
	if kick.order != h.order+1 || kick.block == h.block || hanCount(h.text) <= maxKickerRunes {
		return false
	}
	if kick.kicker > 0 {
		return true // the kicker joined to its title, a line of its block
	}
	return k+2 < len(us) && kickerLike(kick.text) && hanCount(us[k+2].text) > hanCount(kick.text)
}

// A passed kicker shares at most maxPassedEcho of its words with the story
// it leaves, whose title shares minTitleEcho at least.
const (
	maxPassedEcho = 0.1
	minTitleEcho  = 0.3
)
