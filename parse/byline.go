package parse

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Byline is who wrote an article and who took its pictures.
type Byline struct {
	// Raw is the byline as printed, lines joined by "\n" (top byline, lead
	// parenthetical and end byline, in that order).
	Raw string `json:"raw"`
	// Reporters are staff writers: 记者, 本报记者, 见习记者, 特约记者, 实习生.
	Reporters []string `json:"reporters"`
	// Correspondents are 通讯员 (contributors from the institutions covered).
	Correspondents []string `json:"correspondents"`
	// Credits are the people credited for pictures: "摄", "图/", "文/图".
	Credits []string `json:"credits"`
}

type role uint8

const (
	roleNone role = iota
	roleReporter
	roleCorrespondent
	rolePhoto  // 图/, 摄影: names after it took the pictures
	roleWriter // 文/: names after it wrote the text (reporters unless a role word follows)
)

// roleWords maps the role words of bylines to roles, longest first so that
// 本报记者 wins over 记者.
var roleWords = []struct {
	word string
	role role
}{
	{"本报特约记者", roleReporter}, {"本报特派记者", roleReporter}, {"新华社记者", roleReporter}, {"本报见习记者", roleReporter},
	{"本报实习生", roleReporter}, {"本报通讯员", roleCorrespondent}, {"特约通讯员", roleCorrespondent},
	{"融媒体记者", roleReporter}, {"全媒体记者", roleReporter},
	{"本报记者", roleReporter}, {"见习记者", roleReporter}, {"特约记者", roleReporter},
	{"首席记者", roleReporter}, {"实习记者", roleReporter}, {"驻站记者", roleReporter}, {"特派记者", roleReporter},
	{"通讯员", roleCorrespondent}, {"实习生", roleReporter}, {"记者", roleReporter},
	{"摄影", rolePhoto}, {"撰文", roleWriter}, {"作者", roleWriter},
	// traditional forms
	{"本報記者", roleReporter}, {"見習記者", roleReporter}, {"特約記者", roleReporter}, {"通訊員", roleCorrespondent},
	{"實習生", roleReporter}, {"記者", roleReporter}, {"攝影", rolePhoto},
}

// pressWords: the press's own words, in both scripts, which name no
// story's matter (记者蹲点, 本报调查).
var pressWords = [...]string{"记者", "記者", "本报", "本報", "通讯员", "通訊員"}

// speakerLabels open the paragraphs of an interview set as questions and
// answers (记者：今年您带来了哪些建议？): running text, never a headline or
// a byline.
var speakerLabels = []string{"记者：", "本报记者：", "主持人：", "问：", "答：", "記者：", "Q：", "A：", "Q:", "A:"}

// speakerLine reports a line opened by an interview's speaker label.
func speakerLine(s string) bool {
	// asked of every line of a story: the first character spares most
	if r, _ := utf8.DecodeRuneInString(s); !speakerFirsts[r] {
		return false
	}
	return slices.ContainsFunc(speakerLabels, func(l string) bool { return strings.HasPrefix(s, l) })
}

// speakerFirsts holds the first characters of the speaker labels.
var speakerFirsts = func() map[rune]bool {
	m := map[rune]bool{}
	for _, l := range speakerLabels {
		r, _ := utf8.DecodeRuneInString(l)
		m[r] = true
	}
	return m
}()

// traineeRole reports the reporter roles of trainees, who sign under the
// reporter they go out with (记者 糜佳 / 实习生 蒯晓峰): a line of theirs
// opens no byline of its own.
func traineeRole(w string) bool {
	switch w {
	case "实习生", "本报实习生", "實習生", "见习记者", "本报见习记者", "見習記者", "实习记者":
		return true
	}
	return false
}

// markers are the credit words that may stand between or after names.
var markers = []string{"文/图", "图/文", "文／图", "图／文", "文图", "报道", "整理", "供图", "制图", "摄", "等",
	"文/圖", "圖/文", "報導", "攝"}

// orgSuffixes mark a word as an organisation rather than a name
// ("记者 孙庆辉 高新时报 方宝岭": 高新时报 is the second reporter's paper).
var orgSuffixes = []string{"日报", "时报", "晚报", "早报", "商报", "新闻社", "电视台", "广播电视台", "融媒体中心", "新闻网", "报社"}

// orgWords are organisations short enough to pass for names.
var orgWords = map[string]bool{"新华社": true, "中新社": true, "人民网": true, "新华网": true, "央视网": true, "本报": true}

// surnames holds the common Chinese surnames. A byline name must start with
// one: it is what tells "记者 孙庆辉" from a short body line such as
// "记者走访发现".
var surnames = func() map[rune]bool {
	const s = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎" +
		"鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和" +
		"穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛" +
		"林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢" +
		"滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴" +
		"甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻莘党翟谭贡" +
		"劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾" +
		"终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰" +
		"巢关蒯相查后荆红游竺权逯盖益桓公晋楚闫法汝鄢涂钦岳帅缑亢况郈有琴商牟佘佴伯赏墨哈谯笪年爱阳佟第言福" +
		"覃付粟亓揭芦原啜仝冼植区过续敬伞庹栗眭展位豆代练禤修邝官剧才银辜门初操邸谌冷鹿骞战逢芦茆郇蹇隋" +
		// more of the three hundred commonest (肖 is the tenth-odd)
		"肖兰麦苟丛苑迟楼朴漆卿普赫玉宾呼尉冶檀衣智奉尧" +
		// of the Hundred Surnames' rarer ones, those the list lacked, and
		// rare ones of today that are no common word (雒, 矫, 芈…)
		"仉郤雒邛矫泮靖旷淦羌禚佀郄虢琚綦菅芈呙粘甯" +
		// The traditional forms of those that differ (Hong Kong, Taiwan
		// and Macau papers, Big5 archives).
		"趙孫鄭馮陳衛蔣韓楊許呂張嚴魏謝鄒竇蘇葛範魯韋鳳費廉賀湯羅畢鄔齊顧黃蕭堯邵錢鍾閔賈婁顏劉龍葉" +
		"盧陸榮龔鄧譚歐陽聶萬關鄺廣鄔賴藍塗鄒餘馬龐紀戴談項祝董賈華貝臧傅饒簡鄺覃閆盛禮雲瞿閻吳闞喬莊"
	m := make(map[rune]bool, utf8.RuneCountInString(s))
	for _, r := range s {
		m[r] = true
	}
	return m
}()

// compoundSurnames are the surnames of two characters (上官文慧, 端木清):
// a name may start with one of them where its first character alone is no
// surname.
var compoundSurnames = []string{"欧阳", "太史", "端木", "上官", "司马", "东方", "独孤", "南宫", "万俟",
	"闻人", "夏侯", "诸葛", "尉迟", "公羊", "赫连", "澹台", "皇甫", "宗政", "濮阳", "公冶", "太叔",
	"申屠", "公孙", "慕容", "仲孙", "钟离", "长孙", "宇文", "司徒", "鲜于", "司空", "闾丘", "子车",
	"亓官", "司寇", "巫马", "公西", "颛孙", "壤驷", "公良", "漆雕", "乐正", "宰父", "谷梁", "拓跋",
	"夹谷", "轩辕", "令狐", "段干", "百里", "呼延", "东郭", "南门", "羊舌", "微生", "梁丘", "左丘",
	"西门", "第五", "南荣", "即墨", "达奚", "褚师", "相里",
	// traditional forms that differ
	"歐陽", "司馬", "諸葛", "尉遲", "東方", "長孫", "鍾離"}

// hasSurname reports whether name starts with a surname.
func hasSurname(name string) bool {
	if surnames[firstRune(name)] {
		return true
	}
	for _, c := range compoundSurnames {
		if strings.HasPrefix(name, c) && len(name) > len(c) {
			return true
		}
	}
	return false
}

// personName reports a person's name on its own: two or three characters
// under a surname, or four under a compound one (高铁新城 is a place).
func personName(s string) bool {
	r := []rune(s)
	return hasSurname(s) && (len(r) >= minNameRunes && len(r) < maxNameRunes || len(r) == maxNameRunes && slices.Contains(compoundSurnames, string(r[:2])))
}

// Names in bylines are two to four ideographs.
const (
	minNameRunes = 2
	maxNameRunes = 4
	// A byline line is short: a few roles and names. Longer lines are body.
	maxBylineRunes = 48
)

// bylineBuilder accumulates names by role while a byline is scanned.
type bylineBuilder struct {
	b       Byline
	role    role
	pending []string // names waiting for a trailing role marker (文/图, 摄)
	singles []string // letter-spaced single characters of a name (申 琳)
	names   int
}

func (bb *bylineBuilder) addName(n string) {
	bb.pending = append(bb.pending, n)
	bb.names++
}

// flushSingles joins letter-spaced characters into names: two at a time,
// since print spaces out two-character names to the width of three; an odd
// tail of three stays one name.
func (bb *bylineBuilder) flushSingles() bool {
	s := bb.singles
	bb.singles = nil
	for len(s) > 0 {
		n := 2
		if len(s) == 3 || len(s) == 1 {
			n = len(s)
		}
		name := strings.Join(s[:n], "")
		if n == 1 || !hasSurname(name) {
			return false
		}
		bb.addName(name)
		s = s[n:]
	}
	return true
}

// settle gives the pending names to the current role.
func (bb *bylineBuilder) settle(r role) {
	for _, n := range bb.pending {
		switch r {
		case roleCorrespondent:
			bb.b.Correspondents = appendUnique(bb.b.Correspondents, n)
		case rolePhoto:
			bb.b.Credits = appendUnique(bb.b.Credits, n)
		default:
			bb.b.Reporters = appendUnique(bb.b.Reporters, n)
		}
	}
	bb.pending = bb.pending[:0]
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// scanByline reads s as a byline: role words, names, organisations and
// credit marks, nothing else. It reports false when any part of s is not
// one of those, or when no name was found. strict demands that the text
// start with a role word or a name followed by 摄 (a line of its own);
// inside a lead's parentheses it may start with a name.
func scanByline(s string, strict bool) (Byline, bool) {
	var bb bylineBuilder
	raw := strings.TrimSpace(s)
	s = raw
	s = strings.TrimLeft(s, "■□◆◇●○▲△★☆•·-—（(【[")
	s = strings.TrimRight(s, "）)】]")
	if s == "" || utf8.RuneCountInString(s) > maxBylineRunes {
		return Byline{}, false
	}
	if strings.ContainsAny(s, "，。：；？！,.:;?!") {
		return Byline{}, false
	}
	if b, ok := signedName(raw); ok {
		return b, true
	}
	if strings.ContainsAny(s, "/／") {
		s = slashedCredits.Replace(s) // the replacer allocates: most bylines have no slash
	}
	started := false
	startedWithName := false
	// nameFirst: a name came before any role word. As a line of its own
	// that is only a byline as a photo credit ("王某 摄"); "钱小红 记者 冯涛）"
	// is the wrapped end of a lead's parentheses.
	nameFirst := false
	roleAfterName := func() bool { return strict && nameFirst && !startedWithName }
	fields := strings.FieldsFunc(s, func(r rune) bool { return isSpace(r) || r == '、' })
	for _, f := range fields {
		for f != "" {
			if w, r, ok := matchRole(f); ok {
				if roleAfterName() || !bb.flushSingles() {
					return Byline{}, false
				}
				if r == rolePhoto && len(bb.pending) > 0 && bb.role != roleNone {
					// "记者 X 摄影" is rare; "摄影 X" is the usual order.
					bb.settle(bb.role)
				}
				bb.settle(bb.role)
				bb.role = r
				f = f[len(w):]
				started = true
				continue
			}
			if rest, ok := cutCredit(f, "文", len(fields)); ok {
				if roleAfterName() || !bb.flushSingles() {
					return Byline{}, false
				}
				bb.settle(bb.role)
				bb.role = roleWriter
				f = rest
				started = true
				continue
			}
			if rest, ok := cutCredit(f, "图", len(fields)); ok {
				if roleAfterName() || !bb.flushSingles() {
					return Byline{}, false
				}
				bb.settle(bb.role)
				bb.role = rolePhoto
				f = rest
				started = true
				continue
			}
			if r, n := creditAfter(f); n > 0 && (len(bb.pending) > 0 || len(bb.singles) > 0) {
				// the credit after the names (王小明/文 李四/图)
				if !bb.flushSingles() {
					return Byline{}, false
				}
				if !started {
					startedWithName = true
				}
				if r == rolePhoto && bb.role != roleNone && bb.role != rolePhoto {
					names := slices.Clone(bb.pending)
					bb.settle(bb.role)
					bb.pending = names
				}
				if r == roleWriter && bb.role != roleNone {
					r = bb.role
				}
				bb.settle(r)
				f = f[n:]
				continue
			}
			if m := matchMarker(f); m != "" {
				if !bb.flushSingles() {
					return Byline{}, false
				}
				if !started && (m == "摄" || m == "攝" || creditsBoth(m)) && len(bb.pending) > 0 {
					startedWithName = true // 王小明 摄, 王小明 文/图
				}
				if creditsBoth(m) && !started && len(bb.pending) == 0 {
					// 文/图 before the names (文/图 王小明): they wrote
					bb.role = roleWriter
					started = true
				}
				switch m {
				case "摄", "攝", "供图", "制图":
					// The pending names took the picture; they keep their role too.
					names := append([]string(nil), bb.pending...)
					if bb.role != roleNone && bb.role != rolePhoto {
						bb.settle(bb.role)
					}
					for _, n := range names {
						bb.b.Credits = appendUnique(bb.b.Credits, n)
					}
					bb.pending = bb.pending[:0]
				case "文/图", "图/文", "文／图", "图／文", "文图", "文/圖", "圖/文":
					names := append([]string(nil), bb.pending...)
					bb.settle(bb.role)
					for _, n := range names {
						bb.b.Credits = appendUnique(bb.b.Credits, n)
					}
				}
				f = f[len(m):]
				continue
			}
			// A run of ideographs: a name, an organisation, or part of a
			// letter-spaced name.
			end := 0
			for end < len(f) {
				r, n := utf8.DecodeRuneInString(f[end:])
				if !isHan(r) {
					break
				}
				if end > 0 {
					if _, _, ok := matchRole(f[end:]); ok {
						break
					}
					if m := matchMarker(f[end:]); m != "" && end >= len("王某") {
						break
					}
				}
				end += n
			}
			if end == 0 {
				return Byline{}, false // a digit, a Latin letter, a stray symbol
			}
			word := f[:end]
			f = f[end:]
			if isOrg(word) {
				if !bb.flushSingles() {
					return Byline{}, false
				}
				continue
			}
			n := utf8.RuneCountInString(word)
			if !started {
				nameFirst = true
			}
			switch {
			case n == 1, slices.Contains(compoundSurnames, word):
				// a character of a letter-spaced name, or a surname of two
				// spaced from the given name (欧阳 静)
				bb.singles = append(bb.singles, word)
			case n >= minNameRunes && n <= maxNameRunes && hasSurname(word):
				if !bb.flushSingles() {
					return Byline{}, false
				}
				bb.addName(word)
			default:
				return Byline{}, false
			}
		}
	}
	if !bb.flushSingles() {
		return Byline{}, false
	}
	if strict && !started && !startedWithName {
		return Byline{}, false
	}
	r := bb.role
	if r == roleWriter || r == roleNone {
		r = roleReporter
	}
	bb.settle(r)
	if bb.names == 0 {
		return Byline{}, false
	}
	bb.b.Raw = raw
	return bb.b, true
}

func matchRole(s string) (string, role, bool) {
	if w := stationedRole(s); w != "" {
		return w, roleReporter, true
	}
	for _, rw := range roleWords {
		if strings.HasPrefix(s, rw.word) {
			return rw.word, rw.role, true
		}
	}
	return "", roleNone, false
}

// maxStationRunes: the place of a reporter's station (本报驻青山记者站记者)
// is a few characters.
const maxStationRunes = 6

// stationedRole returns the role word of a reporter stationed elsewhere,
// which names the place (本报驻京记者, 本报驻青山记者站记者, 驻沪记者), or "".
func stationedRole(s string) string {
	rest, ok := strings.CutPrefix(s, "本报驻")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "驻"); !ok {
			return ""
		}
	}
	n := 0
	for i, r := range rest {
		if strings.HasPrefix(rest[i:], "记者") {
			if n == 0 {
				return ""
			}
			end := i + len("记者")
			if strings.HasPrefix(rest[end:], "站记者") {
				end += len("站记者")
			}
			return s[:len(s)-len(rest)+end]
		}
		if !isHan(r) || n == maxStationRunes {
			return ""
		}
		n++
	}
	return ""
}

// slashedCredits closes the spaces a byline may set around its credits'
// slash (文 / 王小明 图 / 李四), and spells 文·图/ as 文/图.
var slashedCredits = strings.NewReplacer(" / ", "/", " ／ ", "／", "文·图/", "文/图 ", "图·文/", "图/文 ", "文·图／", "文/图 ")

// creditsBoth reports the marks of one who wrote the story and took its
// pictures.
func creditsBoth(m string) bool {
	switch m {
	case "文/图", "图/文", "文／图", "图／文", "文图", "文/圖", "圖/文":
		return true
	}
	return false
}

// creditAfter reads a credit set after the names it credits (/文, /图):
// the role it gives them and its length, or 0.
func creditAfter(f string) (role, int) {
	if f == "" || f[0] != '/' && !strings.HasPrefix(f, "／") {
		return roleNone, 0 // asked of every field: the cheap test first
	}
	for _, c := range []struct {
		mark string
		r    role
	}{{"/文", roleWriter}, {"／文", roleWriter}, {"/图", rolePhoto}, {"／图", rolePhoto}} {
		if strings.HasPrefix(f, c.mark) {
			return c.r, len(c.mark)
		}
	}
	return roleNone, 0
}

func matchMarker(s string) string {
	for _, m := range markers {
		if strings.HasPrefix(s, m) {
			return m
		}
	}
	return ""
}

func isOrg(w string) bool {
	if orgWords[w] {
		return true
	}
	if utf8.RuneCountInString(w) < 4 {
		return false
	}
	for _, suf := range orgSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return strings.HasSuffix(w, "报") || strings.HasSuffix(w, "社") || strings.HasSuffix(w, "台")
}

// mergeByline adds the names of b to a, keeping order and dropping repeats.
func mergeByline(a *Byline, b Byline) {
	if b.Raw != "" {
		if a.Raw != "" {
			a.Raw += "\n"
		}
		a.Raw += b.Raw
	}
	for _, n := range b.Reporters {
		a.Reporters = appendUnique(a.Reporters, n)
	}
	for _, n := range b.Correspondents {
		a.Correspondents = appendUnique(a.Correspondents, n)
	}
	for _, n := range b.Credits {
		a.Credits = appendUnique(a.Credits, n)
	}
}

// cutSlashed reports whether s starts with word and a slash ("文/", "图／"),
// and returns the rest. "文/图" is a marker, not a role, and is left alone.
// cutCredit cuts 文/ or 图/ (word) off a field of a byline of n fields,
// or takes a field that is the word alone (文 本报记者 闵 慧).
func cutCredit(f, word string, n int) (string, bool) {
	if f == word && n > 1 {
		return "", true
	}
	return cutSlashed(f, word)
}

func cutSlashed(s, word string) (string, bool) {
	rest, ok := strings.CutPrefix(s, word)
	if !ok {
		return s, false
	}
	for _, slash := range []string{"/", "／"} {
		if r, ok := strings.CutPrefix(rest, slash); ok {
			if strings.HasPrefix(r, "图") || strings.HasPrefix(r, "文") {
				return s, false
			}
			return r, true
		}
	}
	return s, false
}

// takeBylines is the bylines stage: a story's top bylines, the names of
// its dateline (split off its first paragraph as the lead) and its end
// bylines make its byline, in that order.
func takeBylines(arts []Article, stories []*artBuild) {
	for i, ab := range stories {
		a := &arts[i]
		var by Byline
		mergeByline(&by, ab.top)
		a.Lead, a.Paragraphs = takeLead(a.Paragraphs, &by)
		mergeByline(&by, ab.end)
		a.Byline = by
	}
}

// joinWrappedByline reads the lines of a byline wrapped over a narrow
// column as one: joined with a space, or without where a line starts
// with a one-character piece, the end of a name the wrap cut (钱一 / 鸣
// 薛晴). Raw keeps the lines.
func joinWrappedByline(parts []string) (Byline, bool) {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			if f := strings.Fields(p); len(f) == 0 || utf8.RuneCountInString(f[0]) != 1 {
				b.WriteByte(' ')
			}
		}
		b.WriteString(p)
	}
	k, by := classify(b.String())
	if k != kindByline {
		return Byline{}, false
	}
	by.Raw = strings.Join(parts, "\n")
	return by, true
}
