package parse

import (
	"math"
	"slices"
	"strings"
)

// The headlines stage, after the page-wide assignment: headline stacks of
// stories set side by side. pdftotext reads such stacks row by row —
// kicker A, kicker B, title A, title B, subtitle A — so the assignment,
// which goes by words and a kicker shares few words with its story, often
// leaves a line in the wrong stack. These passes deal the lines back by
// their place in the rows.

// adoptKicker gives a kicker-like line no story took to the stack it
// heads when stacks side by side were read row by row: kickers, then
// titles, then subtitles, one of each stack in turn (数字赋能 / 守护一江清水
// / “一码通”让看病少跑腿 / 沿河十二个乡镇… / 全市二级以上医院…). With two
// stacks, the line two places on in its run is its title, and the line
// between belongs to the other stack. It reports whether a story took it.
func adoptKicker(arts []Article, perArt [][]headUnit, h headUnit) bool {
	if !kickerLike(h.text) {
		return false
	}
	storyAt := storiesByOrder(arts, perArt, h.run)
	next, ok1 := storyAt[h.order+1]
	to, ok2 := storyAt[h.order+2]
	if !ok1 || !ok2 || next == to || len(arts[to].Headlines) >= maxHeadSlots {
		return false
	}
	giveKicker(&arts[to], h.text)
	return true
}

// passFirstKickers hands on the first of two kickers over a story's title
// when the second is the story's own (it shares more of the story's words)
// and the line after the two, in print order, is another story's title
// that has no kicker: two stacks side by side read row by row
// (守护“舌尖上的安全” / 交通建设再提速 / 校园食堂开展食品安全大检查 …).
func passFirstKickers(arts []Article, spans []artSpan, perArt [][]headUnit) {
	for _, us := range perArt {
		for _, u := range us {
			a := slices.IndexFunc(arts, func(x Article) bool { return len(x.Headlines) == 3 && x.Headlines[0] == u.text })
			if a < 0 {
				continue
			}
			h := arts[a].Headlines
			if !kickerLike(h[0]) || !kickerLike(h[1]) {
				continue
			}
			rows, at := runRows(arts, perArt, u)
			if at < 0 || at+2 >= len(rows) || rows[at] != a {
				continue
			}
			e := echoes(h, spans[a].text)
			// the second must be a kicker, not the title over a subtitle
			// (汛期将至 / 全市开展防汛应急演练 / 检验各部门协同处置能力); the
			// third, the title, need echo the story only as much as the
			// second (a title may be a figure of speech: “政策找人”让补贴
			// 直达企业)
			x := rows[at+2]
			// kicker, kicker, title, title: the rows cross, and the second
			// kicker may share more of the story's words than its title
			// (5G赋能 / 智慧工厂里的“无人车间”; 冬泳爱好者), where a title
			// over a subtitle is not (汛期将至 / 全市开展防汛应急演练 / 城市书房…)
			crossed := at+3 < len(rows) && rows[at+3] == a && x >= 0 && x != a && len(arts[x].Headlines) > 0 &&
				shorterThanTitle(h[1], arts[x].Headlines[max(arts[x].Main, 0)])
			if e[0] >= e[1] || e[1] <= maxPassedEcho || !crossed && (e[2] < e[1] || e[1] >= minOwnTitleEcho) {
				continue
			}
			if rows[at+1] != a || x < 0 || x == a || !takesKicker(arts[x], spans[x].text) {
				continue
			}
			// a kicker tops its stack: not one whose title was printed
			// before it (跨境电商让山货走出大山 / 非遗传承 / 老手艺焕发新光彩 / 全县…)
			if slices.ContainsFunc(perArt[x], func(v headUnit) bool { return v.run == u.run && v.order < u.order }) {
				continue
			}
			giveKicker(&arts[x], takeHeadline(&arts[a], 0))
		}
	}
}

// passTrailingKicker hands on a kicker read after a story's title to a
// later story: a line short beside the line over it (shorterThanTitle),
// sharing none of the story's words, closes the stack where no kicker
// stands, and is the kicker of a stack set below it, whose title poppler
// printed further on (乡村振兴带头人培训班开班 / 关注民生 / … / 背街小巷改造让
// 居民出行更舒心). The first story after it that takes a kicker and whose
// headline was printed after the line takes it.
func passTrailingKicker(arts []Article, spans []artSpan, perArt [][]headUnit) {
	for a := 0; a+1 < len(arts); a++ {
		h := arts[a].Headlines
		if len(h) < 2 {
			continue
		}
		k := h[len(h)-1]
		i := slices.IndexFunc(perArt[a], func(u headUnit) bool { return u.text == k })
		if i < 0 || hanCount(k) > maxTrailingKickerRunes || !kickerLike(k) || !shorterThanTitle(k, h[len(h)-2]) || echoes([]string{k}, spans[a].text)[0] > 0 {
			continue
		}
		at := perArt[a][i].order
		for x := a + 1; x < len(arts); x++ {
			if len(perArt[x]) == 0 || !takesKicker(arts[x], spans[x].text) || slices.ContainsFunc(perArt[x], func(u headUnit) bool { return u.order < at }) {
				continue
			}
			giveKicker(&arts[x], takeHeadline(&arts[a], len(h)-1))
			break
		}
	}
}

// maxTrailingKickerRunes: a kicker read after a title is a few words
// (关注民生, 消除安全隐患); a silent subtitle is longer (河北保定推进老旧管网改造 /
// 每户获补贴两千元).
const maxTrailingKickerRunes = 6

// passSecondKickers hands on the second of two kickers over a story's
// title when it shares none of the story's words, the first does, and a
// story with no kicker (its first line not a kicker's length beside its
// second) shares some (守护“舌尖上的安全” / 交通建设再提速 / 校园食堂开展
// 食品安全大检查, the metro story's title printed further down): the rows
// of two stacks crossed, the first kicker the story's own, as
// passFirstKickers hands on the first where the second is. The story that
// shares the kicker's words most takes it.
func passSecondKickers(arts []Article, spans []artSpan) {
	for a := range arts {
		h := arts[a].Headlines
		if len(h) != 3 || !kickerLike(h[0]) || !kickerLike(h[1]) || !shorterThanTitle(h[1], h[2]) {
			continue
		}
		e := echoes(h[:2], spans[a].text)
		if e[1] > 0 || e[0] == 0 {
			continue
		}
		to, best := -1, 0.0
		for x := range arts {
			t := arts[x].Headlines
			if x == a || len(t) == 0 || len(t) >= maxHeadSlots || len(t) > 1 && shorterThanTitle(t[0], t[1]) {
				continue
			}
			if ex := echoes(h[1:2], spans[x].text)[0]; ex > best {
				to, best = x, ex
			}
		}
		if to >= 0 {
			giveKicker(&arts[to], takeHeadline(&arts[a], 1))
		}
	}
}

// passDashSubtitles gives a dash subtitle that opens a story's stack to
// the story holding the line printed right before it, as that story's
// subtitle: a line opening with a dash stands under its title, never at a
// stack's top (“让每个孩子都能在家门口上好学” / ——访市教育局局长 / 全民健身
// 热 / …, the subtitle given to the stack below by its place), unless it
// shares more of its own story's words.
func passDashSubtitles(arts []Article, spans []artSpan, perArt [][]headUnit) {
	holder := holders(perArt)
	for a := range arts {
		h := arts[a].Headlines
		if len(h) < 2 || !strings.HasPrefix(h[0], "—") {
			continue
		}
		k := slices.IndexFunc(perArt[a], func(u headUnit) bool { return u.text == h[0] })
		if k < 0 {
			continue
		}
		b, ok := holder[perArt[a][k].order-1]
		if !ok || b == a || len(arts[b].Headlines) == 0 || len(arts[b].Headlines) >= maxHeadSlots ||
			slices.ContainsFunc(arts[b].Headlines, func(t string) bool { return strings.HasPrefix(t, "—") }) {
			continue
		}
		// a subtitle that shares its story's words more is that story's,
		// read out of place (——我市儿童青少年近视防控工作调查 before 谁来守护
		// 孩子们的“小眼睛”？)
		if echoes(h[:1], spans[a].text)[0] > echoes(h[:1], spans[b].text)[0] {
			continue
		}
		arts[b].Headlines = append(slices.Clone(arts[b].Headlines), takeHeadline(&arts[a], 0))
	}
}

// shorterThanTitle reports a line short enough beside a title to be a
// kicker: at most kickerShare tenths of its ideographs (冬泳爱好者 beside
// 二十四小时书屋亮灯, 防范电信网络诈骗 beside 警惕！这些“兼职刷单”都是骗局),
// where a title beside another is about as long (全市开展防汛应急演练 beside
// 城市书房“上新”夜读成为新风尚).
func shorterThanTitle(k, title string) bool {
	return 10*hanCount(k) <= kickerShare*hanCount(title)
}

// kickerShare: tenths of a title's ideographs a kicker beside it holds at most.
const kickerShare = 7

// minOwnTitleEcho: a line sharing half its words with the story is its
// title, not a kicker, however short.
const minOwnTitleEcho = 0.5

// passTopSubtitles hands on a line set above a story's kicker: a kicker
// opens its stack, so a longer line read before it is the last line of
// the stack printed before it in the same run (检验各部门 / 协同处置能力,
// the subtitle of 汛期将至 / 全市开展防汛应急演练, over 优化营商环境 /
// 企业开办时间压缩至一个工作日), when that story has room.
func passTopSubtitles(arts []Article, perArt [][]headUnit) {
	for a := range arts {
		h := arts[a].Headlines
		if len(h) < 3 || kickerLike(h[0]) || !kickerLike(h[1]) || hanCount(h[0]) <= hanCount(h[1]) {
			continue
		}
		i := slices.IndexFunc(perArt[a], func(u headUnit) bool { return strings.HasPrefix(h[0], u.text) })
		if i < 0 {
			continue
		}
		rows, at := runRows(arts, perArt, perArt[a][i])
		if at < 1 {
			continue
		}
		to := rows[at-1]
		if to < 0 || to == a || len(arts[to].Headlines) >= maxHeadSlots {
			continue
		}
		arts[to].Headlines = append(arts[to].Headlines, takeHeadline(&arts[a], 0))
	}
}

// passTitlesToBareKickers gives a story whose stack is one kicker-like
// line its title: the line printed after the kicker, when another story
// holds it beside a stack of its own. A kicker never stands alone over a
// story; its title went to the story beside it, whose words it shares no
// more (生态修复 / 废弃矿山变身城市公园 / 县乡村三级物流体系建成 over 本报讯
// 在青石村…: the second line is the first story's). Where the next line
// is the other story's kicker, two stacks were read row by row (夜市开张
// 了 / 为企业解难题 / 老城“烟火气”回来了 / “政策找人”…), and the title is
// the line after it.
//
// A line no story took, printed right after the kicker, is its title when
// it is no shorter and shares a word with the story (我们的节日·端午 /
// 粽叶飘香龙舟竞渡; 文化和自然遗产日 / 百年老宅开门迎客, eight characters
// each). It returns the orphans left.
func passTitlesToBareKickers(arts []Article, spans []artSpan, perArt [][]headUnit, orphans []headUnit) []headUnit {
	for a := range arts {
		if len(arts[a].Headlines) != 1 || !kickerLike(arts[a].Headlines[0]) {
			continue
		}
		i := slices.IndexFunc(perArt[a], func(u headUnit) bool { return u.text == arts[a].Headlines[0] })
		if i < 0 {
			continue
		}
		u := perArt[a][i]
		storyAt := storiesByOrder(arts, perArt, u.run)
		if o := slices.IndexFunc(orphans, func(h headUnit) bool { return h.run == u.run && h.order == u.order+1 }); o >= 0 {
			if t := orphans[o].text; hanCount(t) >= hanCount(u.text) && echoes([]string{t}, spans[a].text)[0] > 0 {
				arts[a].Headlines = append(arts[a].Headlines, t)
				arts[a].Main = 1
				orphans = slices.Delete(orphans, o, o+1)
			}
			continue
		}
		next := u.order + 1
		alternate := false
		if b, ok := storyAt[next]; ok && b != a && len(arts[b].Headlines) >= 2 && kickerLike(arts[b].Headlines[0]) {
			if k := lineAt(perArt[b], next); k == arts[b].Headlines[0] &&
				echoes([]string{k}, spans[a].text)[0] <= echoes([]string{k}, spans[b].text)[0] {
				next++ // the other stack's kicker: the rows alternate
				alternate = true
			}
		}
		b, ok := storyAt[next]
		t := ""
		if ok {
			t = lineAt(perArt[b], next)
		}
		// A title is longer than its kicker; a story whose one line is no
		// longer than the next holds a short title (中医药文化进校园 over 老手
		// 艺焕发新光彩, the next stack's).
		if !ok || b == a || t == "" || len(arts[b].Headlines) < 2 || !slices.Contains(arts[b].Headlines, t) ||
			hanCount(t) <= hanCount(u.text) {
			continue
		}
		// The words must not say otherwise; where the rows alternate, their
		// order says enough, but the other story keeps its main title.
		ea, eb := echoes([]string{t}, spans[a].text)[0], echoes([]string{t}, spans[b].text)[0]
		isMain := t == arts[b].Headlines[arts[b].Main]
		// b's main title may go too when it shares no word with b and the
		// rows go on alternating: b holds the line after it, a title longer
		// than b's kicker (… / 老城“烟火气”回来了 / “政策找人”让补贴直达企业).
		rest := ""
		if alternate && isMain && eb == 0 {
			if r := lineAt(perArt[b], next+1); hanCount(r) > hanCount(arts[b].Headlines[0]) {
				rest = r
			}
		}
		if alternate && isMain && rest == "" || !alternate && (ea < eb || isMain && ea == eb) {
			continue
		}
		arts[a].Headlines = append(arts[a].Headlines, takeHeadline(&arts[b], slices.Index(arts[b].Headlines, t)))
		arts[a].Main = 1
		if rest != "" {
			arts[b].Main = max(slices.Index(arts[b].Headlines, rest), 0)
		}
	}
	return orphans
}

// passTitlesPrintedAfter gives a story still headed by one kicker-like
// line the line printed right after its text, when another story holds
// that line over its own title, not as its main one, and echoes it less:
// pdftotext emits a title box after its body, and the next stack's kicker
// pull took it (我们的节日·端午 … 粽叶飘香 / 龙舟竞渡 over 安全生产月 /
// 企业负责人走上讲台讲安全).
func passTitlesPrintedAfter(arts []Article, spans []artSpan, perArt [][]headUnit) {
	for a := range arts {
		if len(arts[a].Headlines) != 1 || !kickerLike(arts[a].Headlines[0]) {
			continue
		}
		b, t, pos := -1, "", math.MaxInt
		for c, us := range perArt {
			for _, u := range us {
				if u.pos > spans[a].last && u.pos < pos {
					b, t, pos = c, u.text, u.pos
				}
			}
		}
		if b < 0 || b == a || a+1 < len(spans) && pos > spans[a+1].first || len(arts[b].Headlines) < 2 {
			continue
		}
		i := slices.Index(arts[b].Headlines, t)
		if i < 0 || i == arts[b].Main || hanCount(t) <= hanCount(arts[a].Headlines[0]) {
			continue
		}
		if echoes([]string{t}, spans[a].text)[0] <= echoes([]string{t}, spans[b].text)[0] {
			continue
		}
		arts[a].Headlines = append(arts[a].Headlines, takeHeadline(&arts[b], i))
		arts[a].Main = 1
	}
}

// lineAt returns the text of the unit of us printed at order, or "".
func lineAt(us []headUnit, order int) string {
	for _, u := range us {
		if u.order == order {
			return u.text
		}
	}
	return ""
}

// runRows returns the stories now holding the headline lines of u's run,
// one entry per line as printed (the pieces of a line broken over one
// block count once; -1 where no story holds it), and u's place among them.
func runRows(arts []Article, perArt [][]headUnit, u headUnit) ([]int, int) {
	var units []headUnit
	for _, us := range perArt {
		for _, v := range us {
			if v.run == u.run {
				units = append(units, v)
			}
		}
	}
	slices.SortFunc(units, func(a, b headUnit) int { return a.order - b.order })
	storyAt := storiesByOrder(arts, perArt, u.run)
	var rows []int
	at := -1
	for i, v := range units {
		if i > 0 && v.block == units[i-1].block && v.order == units[i-1].order+1 {
			if s, ok := storyAt[v.order]; ok && s == rows[len(rows)-1] {
				continue // the rest of a line broken in its block
			}
		}
		if v.order == u.order {
			at = len(rows)
		}
		s, ok := storyAt[v.order]
		if !ok {
			s = -1
		}
		rows = append(rows, s)
	}
	return rows, at
}

// storiesByOrder maps the print order of each headline line of run to the
// story now holding it (passKickers may have moved a line since the
// assignment).
func storiesByOrder(arts []Article, perArt [][]headUnit, run int) map[int]int {
	storyAt := map[int]int{}
	for _, us := range perArt {
		for _, u := range us {
			if u.run != run {
				continue
			}
			for a := range arts {
				if slices.ContainsFunc(arts[a].Headlines, func(t string) bool { return strings.Contains(t, u.text) }) {
					storyAt[u.order] = a
					break
				}
			}
		}
	}
	return storyAt
}

// passStackToBare hands a story's first stack on to the story right after
// it when that one has no headline at all: two stacks printed side by side
// are read one after the other, and the bodies may follow in the other
// order (新春走基层 / 守护万家灯火的“电力蓝” / 《城南旧事》话剧版本周末首演,
// then the play's text, then the power workers'). The story holds a kicker
// and two lines over it, only the last echoing its text; the two before
// share no more words with it than with the bare story. The middle line
// is a title, longer than the kicker: two short lines are the kickers of
// stacks read row by row (消除安全隐患 / 小城大变样 / 电动自行车充电桩进小区),
// which passKickers deals.
func passStackToBare(arts []Article, spans []artSpan) {
	for i := 0; i+1 < len(arts); i++ {
		a, b := &arts[i], &arts[i+1]
		h := a.Headlines
		if len(h) != 3 || len(b.Headlines) > 0 || !kickerLike(h[0]) || strings.HasPrefix(h[2], "—") ||
			hanCount(h[1]) < hanCount(h[0])+minTitleOverKicker {
			continue
		}
		e := echoes(h, spans[i].text)
		if e[2] < minTitleEcho || max(e[0], e[1]) > maxPassedEcho {
			continue
		}
		if eb := echoes(h[:2], spans[i+1].text); eb[0] < e[0] || eb[1] < e[1] {
			continue
		}
		b.Headlines, b.Main = []string{h[0], h[1]}, 1
		a.Headlines, a.Main = []string{h[2]}, 0
	}
}

// minTitleOverKicker: a title is set longer than the kicker over it.
const minTitleOverKicker = 3

// passKickers hands on the kicker of a story set beside another. Stacks
// side by side are read row by row — both kickers, then the titles — so
// the first story collects both kickers: a stack of two short lines over
// its title, the second sharing no words with the story while the title
// does. That kicker goes to the next story whose stack has none (or,
// with none after it, the nearest before it).
func passKickers(arts []Article, spans []artSpan, broken [][]bool, stacks []stackSpan) {
	for i := range arts {
		a := &arts[i]
		h := a.Headlines
		// A line broken over two is a title, set too large for a kicker.
		if len(h) < 3 || len(h) > 4 || !kickerLike(h[0]) || !kickerLike(h[1]) || broken[i][1] {
			continue
		}
		to := kickerReceiver(arts, spans, stacks, i, h[1])
		if to < 0 {
			continue
		}
		// The rows read across are evidence of their own when the next
		// stack in the run is a lone title: the second short line may
		// then share a few words with the first story (消除安全隐患 over a
		// food-safety story) if it shares as many with the next, and the
		// first title may share few (老街区变身文旅新地标), where it could
		// otherwise be a short title over a subtitle.
		rows := stacks[to].follows(stacks[i]) && len(arts[to].Headlines) == 1
		e := echoes(h, spans[i].text)
		if e[1] > maxPassedEcho && !(rows && echoes(h[1:2], spans[to].text)[0] >= e[1]) ||
			slices.Max(e[2:]) < minTitleEcho && !rows {
			continue
		}
		b := &arts[to]
		giveKicker(b, h[1])
		a.Headlines = append([]string{h[0]}, h[2:]...)
		a.Main = 1
		if len(h) == 4 {
			a.Main = pickMain(a.Headlines, append([]float64{e[0]}, e[2:]...))
		}
	}
}

// kickerReceiver returns the story that takes a kicker passed on by story
// i, or -1: the story whose stack follows i's in the same run (two rows
// read across: kickers, then titles); else the story that echoes the
// kicker, else the nearest story after i without a kicker. A story before
// i takes it only for its words: rows read across put the second kicker
// after the first, and the last story's second short line is rather a
// title that shares no words with its story (非遗传承 / 老手艺焕发新光彩).
func kickerReceiver(arts []Article, spans []artSpan, stacks []stackSpan, i int, kicker string) int {
	to, best := -1, 0.0
	for _, j := range nearestFirst(i, len(arts)) {
		if !takesKicker(arts[j], spans[j].text) {
			continue
		}
		if stacks[j].follows(stacks[i]) {
			return j
		}
		if to < 0 && j > i {
			to = j
		}
		if e := echoes([]string{kicker}, spans[j].text)[0]; e > best {
			to, best = j, e
		}
	}
	return to
}

// passMiddleKickers hands on a kicker-like line set between a longer
// headline line and a dash subtitle (老旧小区加装电梯… / 守护一江清水 /
// ——我市今年…): a kicker stands over its title, so one below a title
// that shares no words with the story is the next stack's, read in
// between.
func passMiddleKickers(arts []Article, spans []artSpan, stacks []stackSpan) {
	for i := range arts {
		a := &arts[i]
		for k := 1; k+1 < len(a.Headlines); k++ {
			h := a.Headlines[k]
			if !kickerLike(h) || !strings.HasPrefix(a.Headlines[k+1], "—") || hanCount(a.Headlines[k-1]) <= hanCount(h) ||
				echoes([]string{h}, spans[i].text)[0] > maxPassedEcho {
				continue
			}
			to := kickerReceiver(arts, spans, stacks, i, h)
			if to < 0 {
				continue
			}
			b := &arts[to]
			giveKicker(b, takeHeadline(a, k))
			a.Main = pickMain(a.Headlines, echoes(a.Headlines, spans[i].text))
			break
		}
	}
}

// stackSpan is where a story's headline lines stand in print order.
type stackSpan struct {
	first, last   int // print order of its first and last line; -1 if none
	run, firstRun int
}

func stacksOf(perArt [][]headUnit) []stackSpan {
	out := make([]stackSpan, len(perArt))
	for a, us := range perArt {
		out[a] = stackSpan{first: -1, last: -1}
		if len(us) > 0 {
			out[a] = stackSpan{first: us[0].order, firstRun: us[0].run, last: us[len(us)-1].order, run: us[len(us)-1].run}
		}
	}
	return out
}

// follows reports a stack whose first line comes right after the last
// line of s, in the same run of headline blocks.
func (t stackSpan) follows(s stackSpan) bool {
	return s.last >= 0 && t.first == s.last+1 && t.firstRun == s.run
}

// giveKicker sets k over a's headline stack.
func giveKicker(a *Article, k string) {
	a.Headlines = append([]string{k}, a.Headlines...)
	a.Main++
}

// takeHeadline removes line i from a's headline stack and returns it; the
// main title stays the same line where it can.
func takeHeadline(a *Article, i int) string {
	h := a.Headlines[i]
	a.Headlines = slices.Delete(slices.Clone(a.Headlines), i, i+1)
	if a.Main > i || a.Main >= len(a.Headlines) {
		a.Main = max(a.Main-1, 0)
	}
	return h
}

// takesKicker reports whether a passed kicker may go to a, whose text is
// text: a story with a headline, room for one more line, and no kicker —
// its first line is no kicker-like line over another (whichever line was
// picked as its main), unless that line shares half its words with the
// story: a short title over its subtitle (城市马拉松鸣枪开跑 / 两万名跑者
// 穿越老城新区).
func takesKicker(a Article, text string) bool {
	if len(a.Headlines) == 0 || len(a.Headlines) >= maxHeadSlots {
		return false
	}
	h := a.Headlines
	return !kickerLike(h[0]) || len(h) == 1 || !shorterThanTitle(h[0], h[1]) && echoes(h[:1], text)[0] >= minOwnTitleEcho
}

// nearestFirst lists the indexes other than i below n: those after i in
// order, then those before it, nearest first.
func nearestFirst(i, n int) []int {
	out := make([]int, 0, max(n-1, 0))
	for j := i + 1; j < n; j++ {
		out = append(out, j)
	}
	for j := i - 1; j >= 0; j-- {
		out = append(out, j)
	}
	return out
}

// passSecondTitles gives a story with no headline the second of two
// title-length lines another story holds, when that line is no subtitle
// (no dash, and at most a few of the holder's words): to the bare story
// that shares more of its words, or, sharing none, to the one bare story
// of the page (titles printed together after their stories: 全国青少年
// 科技创新大赛 我市学生获一等奖 / 这个冬天，城市为何更暖了？, both taken by
// the nearer story).
func passSecondTitles(arts []Article, spans []artSpan) {
	for a := range arts {
		h := arts[a].Headlines
		if len(h) != 2 || arts[a].Main != 0 || kickerLike(h[1]) || strings.HasPrefix(h[1], "—") {
			continue
		}
		own := echoes([]string{h[1]}, spans[a].text)[0]
		if own > maxPassedEcho {
			continue
		}
		var bare []int
		to, best := -1, own
		for b := range arts {
			if b == a || len(arts[b].Headlines) > 0 || spans[b].text == "" {
				continue
			}
			bare = append(bare, b)
			if e := echoes([]string{h[1]}, spans[b].text)[0]; e > best {
				to, best = b, e
			}
		}
		if to < 0 && len(bare) == 1 {
			to = bare[0]
		}
		if to < 0 {
			continue
		}
		arts[to].Headlines, arts[to].Main = []string{takeHeadline(&arts[a], 1)}, 0
	}
}

// titleForBareStory gives a line no story took to the one story of the
// page left without a headline, when no other story shares more of its
// words, or more than a word by chance (一位 in 一位家长说): a feature's
// title set apart from it, at the foot of the page (脱下军装的那一年… /
// 一位退伍老兵的“第二战场”, printed after the last story), echoes none of
// its words. It reports whether it did.
func titleForBareStory(arts []Article, spans []artSpan, h headUnit) bool {
	bare := -1
	for a := range arts {
		if len(arts[a].Headlines) > 0 || len(arts[a].Paragraphs) == 0 {
			continue
		}
		if bare >= 0 {
			return false
		}
		bare = a
	}
	if bare < 0 {
		return false
	}
	if !ownedBy(arts, spans, h, bare) {
		return false
	}
	arts[bare].Headlines = []string{h.text}
	arts[bare].Main = 0
	return true
}

// titleUnderKicker gives a line no story took to the story headed by a
// kicker alone that it is printed in, or right after: a feature's title
// set apart, printed after its byline (新春走基层 / 腊月二十八，… / 文/图
// 本报记者 居 然 / 守护万家灯火的“电力蓝”) or between two of its columns. A kicker names a column and shares no
// more than a word of its story's; a title is longer than its kicker; and
// no other story may share more of the title's words. It reports whether
// it did.
func titleUnderKicker(arts []Article, spans []artSpan, h headUnit) bool {
	to := -1
	for a := range arts {
		if len(arts[a].Headlines) != 1 || !kickerLike(arts[a].Headlines[0]) || hanCount(h.text) <= hanCount(arts[a].Headlines[0]) ||
			h.pos <= spans[a].first || h.pos > spans[a].last+1 || echoes(arts[a].Headlines, spans[a].text)[0] > maxPassedEcho {
			continue // a short title, not a kicker, shares its story's words
		}
		to = a
		break
	}
	if to < 0 {
		return false
	}
	if !ownedBy(arts, spans, h, to) {
		return false
	}
	arts[to].Headlines = append(arts[to].Headlines, h.text)
	arts[to].Main = 1
	return true
}

// kickerOverNextTitle gives a kicker-like line no story took to the
// story whose stack is printed next, when that stack has no kicker and
// only text of a story begun before the line stands between them: a
// kicker poppler read into the column beside its stack (…记住这几个 / 数字
// 赋能 / 步骤就行。”… / 记者 蒋涛 / “一码通”让看病少跑腿 / …). The stack
// must stand over its story, and no story share more of the line's words.
// The stack's first line need not be longer than a kicker: a short title
// over a subtitle has room, and two kickers are rarer.
func kickerOverNextTitle(arts []Article, spans []artSpan, perArt [][]headUnit, h headUnit) bool {
	if !kickerLike(h.text) {
		return false
	}
	to, beside := -1, -1
	var next, after headUnit
	for a, us := range perArt {
		for _, u := range us {
			switch u.order {
			case h.order + 1:
				to, next = a, u
			case h.order + 2:
				beside, after = a, u
			}
		}
	}
	// Two stacks side by side, this one without a kicker: the kicker's
	// own title is the one after it, over the story printed first (as
	// kickOverBeside has it).
	if to >= 0 && beside >= 0 && beside != to && after.run == next.run && spans[beside].first > after.pos && spans[beside].first < spans[to].first &&
		strings.Contains(arts[beside].Headlines[0], after.text) {
		to, next = beside, after
	}
	if to < 0 || hanCount(next.text) <= hanCount(h.text) || spans[to].first < next.pos || len(arts[to].Headlines) >= maxHeadSlots ||
		!strings.Contains(arts[to].Headlines[0], next.text) {
		return false
	}
	for s := range spans {
		if h.pos < spans[s].first && spans[s].first < next.pos {
			return false // a story begins between: the line is no kicker of the stack after it
		}
	}
	if !ownedBy(arts, spans, h, to) {
		return false
	}
	giveKicker(&arts[to], h.text)
	return true
}

// ownedBy reports that no story but a shares more of h's words than a
// does, beyond a word by chance (maxPassedEcho).
func ownedBy(arts []Article, spans []artSpan, h headUnit, a int) bool {
	e := echoes([]string{h.text}, spans[a].text)[0]
	for b := range arts {
		if b != a && echoes([]string{h.text}, spans[b].text)[0] > max(e, maxPassedEcho) {
			return false
		}
	}
	return true
}
