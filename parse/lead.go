package parse

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A lead (电头) opens a news story: 本报讯, 本报郑州6月7日讯,
// 本报北京6月1日电（记者王珂）, 新华社郑州6月7日电. It is kept apart from the
// first paragraph, with the names in its parentheses going to the byline.

// leadSources are who a dateline names before the place and date.
var leadSources = []string{
	"本报", "本報", "新華社", "中央社", "新华社", "中新社", "中新网", "人民网", "新华网", "央视网", "央广网", "光明网", "中国新闻网",
	"国际在线", "人民日报", "经济日报", "光明日报", "工人日报", "法治日报", "中国青年报", "中国日报网", "本刊",
}

// fixedDatelines open a story whole, with no place or date: the paper's
// own news, its round-ups of several sources, and a wire story quoted.
var fixedDatelines = []string{"本报讯", "本報訊", "本报综合消息", "本报综合讯", "综合新华社电", "据新华社电"}

// Limits that keep a dateline a dateline: a place is a few characters, and
// the parenthesised names a few more. The paper's own wire from a place
// may go undated (本报北京电); the place is then a city's name at least.
const (
	maxLeadPlaceRunes    = 10
	maxLeadParenRunes    = 40
	minUndatedPlaceRunes = 2
)

// splitLead splits a paragraph into its lead and the rest. The lead is
// returned without spaces inside the dateline; names in its parentheses are
// returned as a byline. ok is false when the paragraph has no lead.
func splitLead(p string) (lead, rest string, by Byline, ok bool) {
	s := strings.TrimLeft(p, " ")
	// A decoration before the dateline (■本报讯) stays with it.
	deco := len(s) - len(strings.TrimLeft(s, "■□◆●▲★"))
	n := datelineLen(s[deco:])
	if n == 0 {
		return "", p, Byline{}, false
	}
	lead = s[:deco+n]
	s = s[deco+n:]
	// Parenthesised names: 本报讯（记者 孙庆辉 通讯员 范婧）.
	t := strings.TrimLeft(s, " ")
	if open, close := parenAt(t); open != "" {
		if end := strings.Index(t, close); end > 0 {
			inner := t[len(open):end]
			if utf8.RuneCountInString(inner) <= maxLeadParenRunes {
				if b, ok := scanLeadNames(inner); ok {
					by = b
					by.Raw = strings.TrimSpace(t[:end+len(close)])
					lead += t[:end+len(close)]
					s = t[end+len(close):]
				}
			}
		}
	} else if b, n := reportedNames(t); n > 0 {
		// 本报讯 记者王小明报道：…: the names closed by 报道
		by = b
		lead += " " + t[:n]
		s = t[n:]
	} else if b, consumed := leadNames(t); consumed > 0 {
		// 本报讯 记者 孙庆辉 通讯员 范婧 6月7日上午…: names without parentheses.
		by = b
		lead += " " + strings.TrimSpace(t[:consumed])
		s = t[consumed:]
		// …and the 报道 that may close them (本报讯 记者 王小明 报道)
		if r, ok := strings.CutPrefix(strings.TrimLeft(s, " "), "报道"); ok {
			lead += " 报道"
			s = r
		}
	}
	// A colon after the dateline (本报讯：) belongs to it.
	s = strings.TrimLeft(s, " ")
	for _, c := range []string{"：", ":"} {
		if rest, ok := strings.CutPrefix(s, c); ok {
			lead += c
			s = rest
		}
	}
	return lead, strings.TrimLeft(s, " "), by, true
}

// scanLeadNames reads the names in a dateline's brackets. A column break
// between two names joins them when the paragraph's lines are joined
// (（记者 申屠静 / 蓝天） gives 申屠静蓝天), so when the names do not read
// as they are, the last field is cut in two where both parts read as
// names; a break inside a name (钱一 / 鸣) needs no cut. After a name
// spaced out, the first part may be its given name alone (吴 雨 / 张千千).
func scanLeadNames(inner string) (Byline, bool) {
	if b, ok := scanByline(inner, false); ok {
		if two, ok := twoGluedNames(inner, b); ok {
			return two, true
		}
		return b, true
	}
	if b, ok := splitSpacedGlue(inner); ok {
		return b, true
	}
	i := strings.LastIndexByte(inner, ' ') + 1
	last := []rune(inner[i:])
	if len(last) < minGluedNameRunes+1 || !allHan(inner[i:]) {
		return Byline{}, false
	}
	first := minGluedNameRunes
	if f := strings.Fields(inner[:i]); len(f) > 0 && utf8.RuneCountInString(f[len(f)-1]) == 1 {
		first = 1 // the given name of a name spaced out (吴 雨 / 张千千)
	}
	for k := first; k+minGluedNameRunes <= len(last); k++ {
		if b, ok := scanByline(inner[:i]+string(last[:k])+" "+string(last[k:]), false); ok && len(b.Reporters)+len(b.Correspondents) >= 2 {
			return b, true
		}
	}
	return Byline{}, false
}

// twoGluedNames reads again a dateline whose only name is four ideographs
// with no compound surname (秦岭刘畅: 秦岭 / 刘畅） glued by a column break):
// as two names of two when the second also opens with a surname.
func twoGluedNames(inner string, b Byline) (Byline, bool) {
	names := append(slices.Clone(b.Reporters), b.Correspondents...)
	if len(names) != 1 {
		return Byline{}, false
	}
	r := []rune(names[0])
	if len(r) != 4 || !surnames[r[2]] || slices.ContainsFunc(compoundSurnames, func(c string) bool { return strings.HasPrefix(names[0], c) }) {
		return Byline{}, false
	}
	i := strings.LastIndex(inner, names[0])
	if i < 0 {
		return Byline{}, false
	}
	two, ok := scanByline(inner[:i]+string(r[:2])+" "+string(r[2:])+inner[i+len(names[0]):], false)
	if !ok || len(two.Reporters)+len(two.Correspondents) != 2 {
		return Byline{}, false
	}
	return two, true
}

// splitSpacedGlue reads a dateline whose names were spaced out and cut by
// a column break between two of their characters (记者 秦 岭 / 刘 畅）,
// joined 秦 岭刘 畅): a two-character field between single ones is cut in
// two, where that gives two names or more.
func splitSpacedGlue(inner string) (Byline, bool) {
	fields := strings.Fields(inner)
	for k := 1; k+1 < len(fields); k++ {
		f := []rune(fields[k])
		if len(f) != 2 || !allHan(fields[k]) || utf8.RuneCountInString(fields[k-1]) != 1 || utf8.RuneCountInString(fields[k+1]) != 1 {
			continue
		}
		cut := slices.Clone(fields)
		cut[k] = string(f[0]) + " " + string(f[1])
		if b, ok := scanByline(strings.Join(cut, " "), false); ok && len(b.Reporters)+len(b.Correspondents) >= 2 {
			return b, true
		}
	}
	return Byline{}, false
}

// minGluedNameRunes: each of two names glued by a column break has a
// surname and a given name at least.
const minGluedNameRunes = 2

// reportedNames reads names closed by 报道 right after a dateline, glued
// or spaced (记者王小明报道：, 记者 王小明 通讯员 李四 报道): the byline and
// the byte length through 报道, or 0.
func reportedNames(t string) (Byline, int) {
	i := strings.Index(t, "报道")
	if i <= 0 || utf8.RuneCountInString(t[:i]) > maxLeadParenRunes {
		return Byline{}, 0
	}
	if _, _, ok := matchRole(t); !ok {
		return Byline{}, 0
	}
	b, ok := scanByline(t[:i], false)
	if !ok {
		return Byline{}, 0
	}
	return b, i + len("报道")
}

func parenAt(s string) (open, close string) {
	switch {
	case strings.HasPrefix(s, "（"):
		return "（", "）"
	case strings.HasPrefix(s, "("):
		return "(", ")"
	case strings.HasPrefix(s, "【"):
		return "【", "】"
	}
	return "", ""
}

// leadNames reads "记者 X 通讯员 Y" right after a dateline: space-separated
// role words and names, the last name possibly glued to the text that
// follows ("范婧6月7日"). It returns the byte length consumed.
func leadNames(s string) (Byline, int) {
	if _, _, ok := matchRole(s); !ok {
		return Byline{}, 0
	}
	consumed := 0
	lastGood := 0
	fields := 0
	for consumed < len(s) && fields < 8 {
		// the next space-separated field
		end := strings.IndexByte(s[consumed:], ' ')
		var f string
		if end < 0 {
			f = s[consumed:]
		} else {
			f = s[consumed : consumed+end]
		}
		// a role word, or a 2–4 character name (its Han prefix)
		if w, _, ok := matchRole(f); ok && w == f {
			consumed += len(f)
		} else {
			han := 0
			for han < len(f) {
				r, n := utf8.DecodeRuneInString(f[han:])
				if !isHan(r) {
					break
				}
				han += n
			}
			k := utf8.RuneCountInString(f[:han])
			if k < minNameRunes || k > maxNameRunes || !hasSurname(f) {
				break
			}
			consumed += han
			lastGood = consumed
			if han < len(f) {
				break // the name runs into the text
			}
		}
		fields++
		if consumed < len(s) && s[consumed] == ' ' {
			consumed++
		}
	}
	if lastGood == 0 {
		return Byline{}, 0
	}
	b, ok := scanByline(s[:lastGood], true)
	if !ok {
		return Byline{}, 0
	}
	return b, lastGood
}

// opensDateline reports whether line t starts a dateline, possibly one that
// the column broke: "新华社贵阳 5 月 20 日" / "电（记者 杨帆）凌晨 5 点，".
// next is the following line.
func opensDateline(t, next string) bool {
	if datelineLen(t) > 0 {
		return true
	}
	if next == "" {
		return false
	}
	if !hasLeadSource(t) {
		// a paper's name, its 讯 on the next line (扬子晚报 / 讯（记者…）
		return paperDatelineLen(t+next) > len(t)
	}
	return datelineLen(t+next) > len(t)
}

func hasLeadSource(t string) bool {
	if !leadInitial(t) {
		return false
	}
	for _, src := range leadSources {
		if strings.HasPrefix(t, src) {
			return true
		}
	}
	return false
}

// joinSpacedSource closes the spaces a stretched line put inside its
// dateline's source (本 报讯（记者 充 实）, 新 华社北京…): a space between
// ideographs is otherwise a pause between phrases, which would hide the
// dateline.
func joinSpacedSource(t string) string {
	if !leadInitial(t) {
		return t
	}
	for _, src := range leadSources {
		i, matched := 0, 0
		for _, r := range src {
			for i < len(t) && t[i] == ' ' {
				i++
			}
			c, n := utf8.DecodeRuneInString(t[i:])
			if c != r {
				break
			}
			i += n
			matched++
		}
		if matched == utf8.RuneCountInString(src) && i > len(src) {
			return src + t[i:]
		}
	}
	return t
}

// leadInitial is a quick test on the first character of the lead sources.
func leadInitial(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '本', '新', '中', '人', '央', '光', '国', '经', '工', '法', '國', '經', '据', '综':
		return true
	}
	return false
}

// datelineLen returns the byte length of the dateline that starts s, or 0.
func datelineLen(s string) int {
	if n := paperDatelineLen(s); n > 0 {
		return n
	}
	if !leadInitial(s) {
		return 0
	}
	for _, p := range fixedDatelines {
		if strings.HasPrefix(s, p) {
			return len(p)
		}
	}
	// a source's dateline it is quoted from: 据新华社北京12月1日电
	if rest, ok := strings.CutPrefix(s, "据"); ok {
		if n := datelineLen(rest); n > 0 && (strings.HasSuffix(rest[:n], "电") || strings.HasSuffix(rest[:n], "電")) {
			return len("据") + n
		}
		return 0
	}
	for _, src := range leadSources {
		if !strings.HasPrefix(s, src) {
			continue
		}
		i := len(src)
		// place: a few ideographs, never a role word
		place := 0
		for i < len(s) && place <= maxLeadPlaceRunes {
			if strings.HasPrefix(s[i:], "记者") || strings.HasPrefix(s[i:], "通讯员") || strings.HasPrefix(s[i:], "記者") {
				return 0
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == '讯' || r == '电' || r == '訊' || r == '電' || !isHan(r) {
				break
			}
			i += n
			place++
		}
		// date: 6月7日, 6月 7日, 7日
		j := skipDate(s, i)
		dated := j > i
		i = j
		if i >= len(s) {
			return 0
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		local := src == "本报" || src == "本報"
		switch {
		case (r == '讯' || r == '訊') && local:
			return i + n
		case (r == '电' || r == '電') && (dated || !local || place >= minUndatedPlaceRunes):
			return i + n
		}
		return 0
	}
	return 0
}

// maxPaperNameRunes: a paper's or a site's name before its 讯 is a few
// characters (扬子晚报, 楚天都市报, 中国青年网).
const maxPaperNameRunes = 8

// paperName reports a line that may be a paper's name whose 讯 the column
// broke off (扬子晚报 / 讯（记者…）).
func paperName(t string) bool {
	last, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune("报報网網", last) && utf8.RuneCountInString(t) <= maxPaperNameRunes
}

// paperDatelineLen returns the byte length of a paper's own dateline by
// its name, or 0: a name ending in 报 or 网, then 讯 (扬子晚报讯, 临江日报讯,
// 荆楚网讯), as papers other than the national ones open their own news.
func paperDatelineLen(s string) int {
	// asked of every line: the cheap test first, for 讯 or 訊 (both 3 bytes) among the first runes
	head := s[:min(len(s), (maxPaperNameRunes+1)*len("讯"))]
	if !strings.Contains(head, "讯") && !strings.Contains(head, "訊") {
		return 0
	}
	han := 0
	for i, r := range s {
		switch {
		case (r == '讯' || r == '訊') && han >= 3:
			last, _ := utf8.DecodeLastRuneInString(s[:i])
			end := i + utf8.RuneLen(r)
			if next, _ := utf8.DecodeRuneInString(s[end:]); strings.ContainsRune("报報网網", last) && next != '息' {
				return end // 讯息 is a word: 黑板报讯息多
			}
			return 0
		case !isHan(r) || han == maxPaperNameRunes:
			return 0
		}
		han++
	}
	return 0
}

// skipDate skips a month-day date ("6月7日", "6月 7日", "7日") at s[i:].
func skipDate(s string, i int) int {
	j := i
	digits := func() bool {
		k := j
		for k < len(s) && (s[k] == ' ' || isASCIIDigit(rune(s[k]))) {
			k++
		}
		for k < len(s) {
			r, n := utf8.DecodeRuneInString(s[k:])
			if !strings.ContainsRune("〇一二三四五六七八九十０１２３４５６７８９", r) {
				break
			}
			k += n
		}
		ok := k > j
		j = k
		return ok
	}
	start := j
	if digits() && strings.HasPrefix(s[j:], "月") {
		j += len("月")
		if !digits() {
			return start
		}
	} else {
		j = start
		if !digits() {
			return start
		}
	}
	if strings.HasPrefix(s[j:], "日") {
		return j + len("日")
	}
	return start
}

// takeLead cuts the dateline off the first paragraph (dropping the
// paragraph when nothing else is in it) and adds its names to by.
func takeLead(paras []string, by *Byline) (string, []string) {
	if len(paras) == 0 {
		return "", paras
	}
	lead, rest, lb, ok := splitLead(paras[0])
	if !ok {
		return "", paras
	}
	mergeByline(by, lb)
	if strings.TrimSpace(rest) == "" {
		return lead, paras[1:]
	}
	paras[0] = rest
	return lead, paras
}
