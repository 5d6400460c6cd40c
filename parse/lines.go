package parse

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// lineKind is what a line of a dump is, decided from the line alone.
type lineKind uint8

const (
	kindText      lineKind = iota // body, lead or headline: decided later, in context
	kindFurniture                 // page header/footer, editors, jump notes
	kindCaption                   // photo caption or photo credit
	kindByline                    // 记者 X / 通讯员 Y 文/图
)

func (k lineKind) String() string {
	switch k {
	case kindFurniture:
		return "furniture"
	case kindCaption:
		return "caption"
	case kindByline:
		return "byline"
	}
	return "text"
}

// Furniture and captions are short; body lines can be any length, but the
// patterns below are only trusted on lines this short.
const maxFurnitureRunes = 48

// cues are the characters a line must hold for a detector to be worth
// running. One pass over the line finds them, so a plain body line (most
// of a page) is classified without a single substring search.
type cues uint16

const (
	cueEditor  cues = 1 << iota // 编 校 审 签 责 组 值 版: staff lines, 第7版
	cueFooter                   // 号 热 址 价 印 网 箱: imprint lines
	cueLatin                    // an ASCII letter: www., http, E-mail, page codes
	cueDigit                    // an ASCII digit: dates, page numbers
	cueJump                     // 转 接: jump notes
	cueByline                   // 记 通 实 摄 作 撰 文 图: byline role words
	cueCaption                  // 图 摄 供 制 资 视 影 新 and arrows: captions
	cueSpace                    // a space of any kind: the line needs normalising
	cuePhoto                    // 摄 供: a photo credit may end the line
)

// cueOf returns the cues a rune gives.
func cueOf(r rune) cues {
	switch {
	case isSpace(r):
		return cueSpace
	case r >= '0' && r <= '9':
		return cueDigit
	case r < 0x80 && (r|0x20) >= 'a' && (r|0x20) <= 'z':
		return cueLatin
	}
	switch r {
	case '编', '校', '审', '签', '责', '组', '值', '版':
		return cueEditor
	case '号', '热', '址', '价', '印', '网', '箱', '邮':
		return cueFooter
	case '转', '接':
		return cueJump
	case '记', '通', '实', '作', '撰', '文', '記', '實':
		return cueByline
	case '摄', '攝':
		return cueByline | cuePhoto
	case '图':
		return cueByline | cueCaption
	case '供':
		return cuePhoto
	case '▲', '△', '↑', '↓', '←', '→', '◀', '▶':
		return cueCaption
	}
	return 0
}

// lineCues returns the cues of s and its rune count.
func lineCues(s string) (cues, int) {
	var c cues
	n := 0
	for _, r := range s {
		n++
		c |= cues(info(r) >> riCueShift)
	}
	return c, n
}

// classify decides the kind of a trimmed, non-blank line. Bylines are
// returned with their parse.
func classify(s string) (lineKind, Byline) {
	c, n := lineCues(s)
	return classifyCued(s, c, n)
}

// classifyCued is classify given the line's cues and rune count.
func classifyCued(s string, c cues, n int) (lineKind, Byline) {
	if furnitureCued(s, c, n) || (n <= maxStripRunes && (isMasthead(s) || isSectionStrip(s))) {
		return kindFurniture, Byline{}
	}
	if isCaptionCued(s, c) {
		return kindCaption, Byline{}
	}
	if c&cueByline != 0 && mayBeByline(s) {
		if b, ok := scanByline(s, true); ok {
			return kindByline, b
		}
	}
	if n <= maxSignedNameRunes {
		if b, ok := signedName(s); ok {
			return kindByline, b
		}
	}
	return kindText, Byline{}
}

// afterSentence reports whether the page's last text line read so far
// ends a sentence: a signed name closes a story's text.
func afterSentence(pl pageLines) bool {
	n := len(pl.lines)
	return n > 0 && pl.lines[n-1].kind == kindText && pl.lines[n-1].ti >= 0 && pl.text[pl.lines[n-1].ti].end
}

// maxSignedNameRunes: a signed name is two ideographs and the spaces
// between.
const maxSignedNameRunes = 5

// signedName reads a line that is only a two-character name spaced to
// three ems, the way a commentary or a column is signed, with no role
// (…藏在每一处用心的服务里。 / 刘 洋). Spaced so, the line is no headline's
// piece nor running text's.
func signedName(s string) (Byline, bool) {
	r := []rune(s)
	if len(r) < 3 || !isHan(r[0]) || !isHan(r[len(r)-1]) || !surnames[r[0]] {
		return Byline{}, false
	}
	for _, x := range r[1 : len(r)-1] {
		if !isSpace(x) {
			return Byline{}, false
		}
	}
	return Byline{Raw: s, Reporters: []string{string(r[0]) + string(r[len(r)-1])}}, true
}

// mayBeByline is a cheap filter before scanByline.
func mayBeByline(s string) bool {
	return strings.Contains(s, "记者") || strings.Contains(s, "通讯员") || strings.Contains(s, "实习生") ||
		strings.Contains(s, "記者") || strings.Contains(s, "通訊員") || strings.Contains(s, "攝") ||
		strings.Contains(s, "摄") || strings.Contains(s, "文/") || strings.Contains(s, "图/") ||
		strings.Contains(s, "作者") || strings.Contains(s, "撰文") || strings.Contains(s, "文／") || strings.Contains(s, "图／") ||
		strings.Contains(s, "/文") || strings.Contains(s, "/图") || strings.Contains(s, "文 /") || strings.Contains(s, "图 /")
}

// Mastheads and section strips are short.
const maxStripRunes = 12

// mastheadSuffixes end a paper's name.
var mastheadSuffixes = []string{"日报", "时报", "晚报", "早报", "周报", "商报", "都市报", "县报", "日報", "時報", "晚報", "週報"}

// isMasthead reports a paper's name standing alone: …日报, …晚报.
func isMasthead(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, "报") && !strings.HasSuffix(s, "報") {
		return false // asked of most lines: the cheap test first
	}
	n := utf8.RuneCountInString(s)
	if n < 3 || n > 8 || strings.ContainsAny(s, "，。：！？、 ") {
		return false
	}
	for _, suf := range mastheadSuffixes {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// sectionWords name a paper's sections, simplified and traditional.
var sectionWords = []string{"要闻", "民生", "城事", "经济", "文化", "综合", "社会", "教育", "体育", "视点", "国际", "国内",
	"时政", "财经", "科技", "健康", "副刊", "专题", "评论", "观点", "法治", "农村", "旅游", "生活", "本地", "县域", "热点", "专版",
	"要聞", "經濟", "綜合", "國際", "國內", "時政", "財經", "評論", "觀點", "專題", "專版"}

// sectionFirsts holds the first characters of the section words.
var sectionFirsts = func() map[rune]bool {
	m := map[rune]bool{}
	for _, w := range sectionWords {
		r, _ := utf8.DecodeRuneInString(w)
		m[r] = true
	}
	return m
}()

// isSectionStrip reports a section label or a strip of them standing
// alone: 要闻, 要闻·民生, 经济 | 社会.
func isSectionStrip(s string) bool {
	// Asked of nearly every line: it must start a section word, then be
	// one word (two ideographs) or hold a separator; then the parts, split
	// by hand.
	if r, _ := utf8.DecodeRuneInString(s); !sectionFirsts[r] {
		return false
	}
	if len(s) != len("要闻") && !strings.ContainsAny(s, " \t\u00a0\u3000\u2002\u2003\u2009·•|｜/") {
		return false
	}
	sep := func(r rune) bool { return isSpace(r) || strings.ContainsRune("·•|｜/", r) }
	parts := 0
	for s != "" {
		i := strings.IndexFunc(s, sep)
		part := s
		if i >= 0 {
			part = s[:i]
			_, n := utf8.DecodeRuneInString(s[i:])
			s = s[i+n:]
		} else {
			s = ""
		}
		if part == "" {
			continue
		}
		if !slices.Contains(sectionWords, part) {
			return false
		}
		parts++
	}
	return parts > 0
}

// editorWords start the staff line of a page: 责编：X 美编：Y 校对：Z.
var editorWords = []string{"责编", "责任编辑", "本版编辑", "版面编辑", "美编", "校对", "审读", "审核", "组版", "版式", "制版", "值班编辑", "责校", "签发", "终审", "编辑：", "编辑:",
	"值班主任", "值班总编", "总值班", "本版主编", "编审"}

// footerWords mark masthead and imprint lines.
var footerWords = []string{"国内统一连续出版物号", "邮发代号", "新闻热线", "广告热线", "发行热线", "订阅热线", "社址", "邮编：",
	"印刷：", "定价", "零售价", "网址：", "http://", "https://", "www.", "电子信箱", "E-mail", "e-mail", "Email",
	"投稿邮箱", "邮箱：", "读者热线", "新闻投诉"}

// urlWord reports the footer words that are a web address's start.
func urlWord(w string) bool {
	return w == "http://" || w == "https://" || w == "www."
}

// priceWord reports the footer words that name the paper's price: in
// running text they name other prices (零售价为每公斤…).
func priceWord(w string) bool {
	return w == "定价" || w == "零售价"
}

// pricedAfter reports whether a price follows w in s, as in an imprint
// (定价：1.50元, 零售价1元, 定价 2.00 元).
func pricedAfter(s, w string) bool {
	for i := strings.Index(s, w); i >= 0; {
		rest := strings.TrimLeft(s[i+len(w):], " 　")
		r, _ := utf8.DecodeRuneInString(rest)
		if r == '：' || r == ':' || isASCIIDigit(r) || (r >= 0xFF10 && r <= 0xFF19) || strings.HasPrefix(rest, "每份") {
			return true
		}
		j := strings.Index(s[i+len(w):], w)
		if j < 0 {
			break
		}
		i += len(w) + j
	}
	return false
}

// Page markers and bare page numbers are short.
const (
	maxPageMarkerRunes = 16
	maxPageNumberRunes = 7
)

// furnitureCued is isFurniture given the line's cues and rune count; s is
// trimmed.
func furnitureCued(s string, cue cues, n int) bool {
	if n == 0 || n > maxFurnitureRunes {
		return false
	}
	if cue&(cueEditor|cueFooter|cueLatin|cueDigit|cueJump) == 0 {
		return false
	}
	// A digit alone cues dates, page markers and page numbers, which all
	// start with a digit or a letter, or are short.
	if cue&(cueEditor|cueFooter|cueLatin|cueJump) == 0 && n > maxPageMarkerRunes && !isASCIIDigit(rune(s[0])) {
		return false
	}
	c := stripCued(s, cue)
	if cue&cueEditor != 0 {
		for _, w := range editorWords {
			if strings.HasPrefix(c, w) {
				return true
			}
		}
		if strings.Contains(c, "责编：") || strings.Contains(c, "责编:") || strings.Contains(c, "美编：") || strings.Contains(c, "校对：") {
			return true
		}
		// the staff named with spaces for colons (编辑 王丽 校对 李红)
		if strings.HasPrefix(c, "编辑") && (strings.Contains(c, "校对") || strings.Contains(c, "美编") || strings.Contains(c, "组版")) {
			return true
		}
	}
	if cue&(cueFooter|cueLatin) != 0 {
		// an address in running text (可拨打12377或登录www.12377.cn举报。)
		// is no footer's: those hold no sentence punctuation
		running := strings.ContainsAny(c, "，。；！？")
		for _, w := range footerWords {
			if strings.Contains(c, w) && !(running && urlWord(w)) && !(priceWord(w) && !pricedAfter(c, w)) {
				return true
			}
		}
	}
	if cue&cueJump != 0 && isJumpNote(c) {
		return true
	}
	if cue&(cueDigit|cueEditor) != 0 && n <= maxPageMarkerRunes && isPageMarker(s) {
		return true
	}
	if cue&cueDigit != 0 && isDateHeader(c) {
		return true
	}
	// a bare page number: "7", "- 7 -"
	if n <= maxPageNumberRunes {
		t := strings.Trim(c, "-—–")
		if t != "" && len(t) <= 3 && strings.IndexFunc(t, func(r rune) bool { return !isASCIIDigit(r) }) < 0 {
			return true
		}
	}
	return false
}

// isJumpNote matches 下转第3版, （上接第1版）, 转A3版, 紧转第2版.
func isJumpNote(c string) bool {
	c = strings.Trim(c, "（）()【】[]")
	for _, p := range []string{"下转", "上接", "紧转", "转第", "接第", "转", "接"} {
		rest, ok := strings.CutPrefix(c, p)
		if !ok {
			continue
		}
		rest = strings.TrimPrefix(rest, "第")
		rest = strings.TrimLeft(rest, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
		d := 0
		for d < len(rest) && isASCIIDigit(rune(rest[d])) {
			d++
		}
		if d == 0 {
			// 下转第三版
			for _, r := range rest {
				if !strings.ContainsRune("一二三四五六七八九十", r) {
					break
				}
				d += len(string(r))
			}
		}
		if d > 0 && strings.HasPrefix(rest[d:], "版") {
			return true
		}
	}
	return false
}

// trailingJumpNote returns the byte index where a bracketed jump note ends a
// text line ("……的发展。（下转第3版）"), or -1.
func trailingJumpNote(s string) int {
	if !strings.HasSuffix(s, "）") && !strings.HasSuffix(s, ")") {
		return -1
	}
	i := strings.LastIndexAny(s, "（(")
	if i <= 0 || !isJumpNote(stripSpaces(s[i:])) {
		return -1
	}
	return i
}

// isPageMarker matches page labels: "A2 要闻", "第07版：要闻", "03 综合新闻",
// "要闻 A2". The raw line is used: the space between number and name matters.
func isPageMarker(s string) bool {
	// A page marker starts with 第, a section letter or a digit, or ends
	// with a page code ("要闻 A2").
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if first != '第' && !isASCIIAlnum(first) && !isASCIIAlnum(last) {
		return false
	}
	c := stripSpaces(s)
	if rest, ok := strings.CutPrefix(c, "第"); ok {
		rest = strings.TrimLeft(rest, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") // 第A03版
		d := 0
		for d < len(rest) && isASCIIDigit(rune(rest[d])) {
			d++
		}
		if d > 0 && strings.HasPrefix(rest[d:], "版") {
			return utf8.RuneCountInString(rest[d:]) <= 12
		}
		return false
	}
	fields := strings.Fields(s)
	if len(fields) < 1 || len(fields) > 3 {
		return false
	}
	isCode := func(f string) bool { // A2, 07, B12
		f = strings.TrimLeft(f, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
		if f == "" || len(f) > 2 {
			return false
		}
		for _, r := range f {
			if !isASCIIDigit(r) {
				return false
			}
		}
		return true
	}
	isName := func(f string) bool { // 要闻, 综合新闻, 地方·经济
		n := 0
		for _, r := range f {
			if !isHan(r) && r != '·' && r != '・' {
				return false
			}
			n++
		}
		return n >= 2 && n <= 6
	}
	switch len(fields) {
	case 1:
		// "A2要闻" glued: a letter, digits, then a name
		f := fields[0]
		if f == "" || f[0] < 'A' || f[0] > 'Z' {
			return false
		}
		i := 1
		for i < len(f) && isASCIIDigit(rune(f[i])) {
			i++
		}
		return i > 1 && i <= 3 && isName(f[i:])
	case 2:
		return (isCode(fields[0]) && isName(fields[1]) && hasLetterOrZero(fields[0])) ||
			(isName(fields[0]) && isCode(fields[1]) && hasLetterOrZero(fields[1]))
	}
	return isCode(fields[0]) && isName(fields[1]) && isName(fields[2]) && hasLetterOrZero(fields[0])
}

// hasLetterOrZero tells a page code (A2, 07) from a bare count ("3 个"):
// page codes carry a section letter or a leading zero.
func hasLetterOrZero(f string) bool {
	return f != "" && (f[0] == '0' || (f[0] >= 'A' && f[0] <= 'Z'))
}

// isDateHeader matches the dateline of a page header: "2022年6月15日 星期三",
// "2022年6月15日 农历五月十七", or a date alone on its line.
func isDateHeader(c string) bool {
	i := 0
	for i < len(c) && isASCIIDigit(rune(c[i])) {
		i++
	}
	if i != 4 || !strings.HasPrefix(c[i:], "年") {
		return false
	}
	j := skipDate(c, i+len("年"))
	if j == i+len("年") {
		return false
	}
	rest := c[j:]
	if rest == "" {
		return true
	}
	if strings.ContainsAny(rest, "，。；、") {
		return false
	}
	for _, w := range []string{"星期", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周天", "农历", "第", "版"} {
		if strings.Contains(rest, w) {
			return true
		}
	}
	return false
}

// captionStarts open a photo caption.
var captionStarts = []string{"图为", "上图", "下图", "左图", "右图", "图片为", "图①", "图②", "图③", "图④", "图⑤", "图⑥",
	"▲", "△", "↑", "↓", "←", "→", "◀", "▶", "（图片", "(图片", "图片来源", "图片由", "资料图片", "视觉中国", "新华社发"}

// captionEnds close one.
var captionEnds = []string{"（资料图片）", "(资料图片)", "资料图片", "新华社发", "供图", "（视觉中国）", "视觉中国", "（影像中国）", "影像中国", "制图"}

// isCaption reports a photo caption line: "图为活动现场。 记者 王某 摄",
// "▲ 市民在公园里晨练", "市民在公园晨练（资料图片）".
func isCaption(s string) bool {
	c, _ := lineCues(s)
	return isCaptionCued(s, c)
}

// captionFirst and captionLast report the first and last characters of
// the caption starts and ends (captionStarts, captionEnds).
func captionFirst(r rune) bool {
	switch r {
	case '图', '上', '下', '左', '右', '（', '(', '资', '视', '新':
		return true
	}
	return false
}

func captionLast(r rune) bool {
	switch r {
	case '）', ')', '片', '发', '图', '国':
		return true
	}
	return false
}

// stripCued is stripSpaces for a line whose cues say whether it holds a
// space.
func stripCued(s string, cue cues) string {
	if cue&cueSpace == 0 {
		return s
	}
	return stripSpaces(s)
}

// isCaptionCued is isCaption given the line's cues; the first and last
// characters say whether the start and end lists are worth trying.
func isCaptionCued(s string, cue cues) bool {
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if cue&cueCaption != 0 || captionFirst(first) {
		c := stripCued(s, cue)
		for _, p := range captionStarts {
			if strings.HasPrefix(c, p) {
				return true
			}
		}
	}
	if captionLast(last) {
		c := stripCued(s, cue)
		for _, p := range captionEnds {
			if strings.HasSuffix(c, p) {
				return true
			}
		}
	}
	return cue&cuePhoto != 0 && photoCredit(s)
}

// photoCredit reports a line of text that ends in a photo credit set off
// from it: "图为活动现场。 记者 王某 摄", "市民晨练 王某摄（影像中国）".
// "在现场拍摄" is body text (no name set off before 摄), and a line that is
// only a credit ("记者 王某 摄") is a byline, not a caption.
func photoCredit(s string) bool {
	t := strings.TrimSpace(s)
	if strings.HasSuffix(t, "）") || strings.HasSuffix(t, ")") {
		if i := strings.LastIndexAny(t, "（("); i > 0 {
			t = strings.TrimSpace(t[:i])
		}
	}
	cut := false
	for _, suf := range []string{"摄影", "摄", "供图"} {
		if rest, ok := strings.CutSuffix(t, suf); ok {
			t, cut = strings.TrimRight(rest, " "), true
			break
		}
	}
	if !cut || t == "" {
		return false
	}
	// The credit is the longest tail of t, starting after a space or a
	// mark, that reads as names; there must be text before it. Credits are
	// short, so only the last maxBylineRunes runes are tried.
	from := len(t)
	for k := 0; k < maxBylineRunes && from > 0; k++ {
		_, n := utf8.DecodeLastRuneInString(t[:from])
		from -= n
	}
	prevBoundary := from == 0
	if from > 0 {
		r, _ := utf8.DecodeLastRuneInString(t[:from])
		prevBoundary = isSpace(r) || !isHan(r)
	}
	for i, r := range t[from:] {
		i += from
		if prevBoundary && !isSpace(r) {
			if _, ok := scanByline(t[i:], false); ok {
				return strings.TrimSpace(t[:i]) != ""
			}
		}
		prevBoundary = isSpace(r) || !isHan(r)
	}
	return false
}

// nextText returns the next non-blank line after lines[i], normalised, when
// it may complete a dateline; "" otherwise.
func nextText(lines []string, i int) string {
	t := strings.TrimFunc(lines[i], isSpace)
	if !hasLeadSource(t) && !paperName(t) {
		return ""
	}
	for j := i + 1; j < len(lines); j++ {
		if n := strings.TrimFunc(lines[j], isSpace); n != "" {
			return normalizeSpaces(n)
		}
	}
	return ""
}

// readLines is the lines stage: it reads the non-blank lines of a page,
// classifies each from its own text (furniture, caption, byline, text),
// and readies text lines for the column heuristics: spurious spaces
// removed, a trailing jump note cut off, a dateline marked, measured.
func readLines(raw []string) pageLines {
	pl := pageLines{lines: make([]pline, 0, len(raw)), text: make([]tline, 0, len(raw))}
	blank := true
	for i, line := range raw {
		s := strings.TrimFunc(line, isSpace)
		if s == "" {
			blank = true
			continue
		}
		info := measure(s)
		kind, _ := classifyCued(s, info.cues, int(info.runes))
		if kind == kindByline && !blank && namesGoOn(pl, s) {
			kind = kindText // 本报讯（记者 黄欣然 / 通讯员 马俊）: the dateline's names
		}
		if kind == kindByline && int(info.runes) <= maxSignedNameRunes && !afterSentence(pl) {
			if _, ok := signedName(s); ok {
				kind = kindText // a headline letter-spaced (春风送岗 / 位 就 / 业暖人心)
			}
		}
		if kind == kindCaption && !blank && i+1 < len(raw) && captionInText(pl, s, info, strings.TrimFunc(raw[i+1], isSpace)) {
			kind = kindText
		}
		if kind == kindFurniture && i+1 < len(raw) && paperDatelineLen(s+strings.TrimFunc(raw[i+1], isSpace)) > len(s) {
			kind = kindText // a paper's name over its 讯, a dateline the column broke (扬子晚报 / 讯（记者…）
		}
		l := pline{raw: s, kind: kind, blank: blank, ti: -1}
		blank = false
		if kind == kindText {
			t, spaced, printed := s, false, ""
			li := info
			if info.cues&cueSpace != 0 {
				t, spaced = normalizeSpacesInfo(s)
				t = joinSpacedSource(t)
				li = measure(t)
				printed = s
			}
			if li.cues&cueJump != 0 {
				if j := trailingJumpNote(t); j > 0 {
					t, l.note = strings.TrimRight(t[:j], " "), t[j:]
					li = measure(t)
				}
			}
			l.ti = int32(len(pl.text))
			pl.text = append(pl.text, tline{text: t, lineInfo: li, lead: opensDateline(t, nextText(raw, i)), edNote: editorsNote(t), spaced: spaced, printed: printed})
			if i+1 < len(raw) {
				l.next = strings.TrimSpace(raw[i+1])
			}
		}
		pl.lines = append(pl.lines, l)
	}
	return pl
}

// captionInText reports a caption-like line (图为小朋友在展厅内观看龙纹)
// set inside a block of text and going on into the next line of it
// (玉佩。): a photo story's text says what its picture shows. A caption
// is set apart from the columns, and one broken over two lines ends on
// its credit.
func captionInText(pl pageLines, s string, info lineInfo, next string) bool {
	n := len(pl.lines)
	if n == 0 || pl.lines[n-1].kind != kindText || next == "" || info.end || photoCredit(s) {
		return false
	}
	k, _ := classify(next)
	return k == kindText && !photoCredit(next)
}

// namesGoOn reports a byline-like line that goes on with a dateline right
// above it: the rest of the names whose bracket the dateline opened,
// wrapped (本报讯（记者 黄欣然 / 通讯员 马俊）), or the bracket opening, and
// closing on the next line, under a source poppler set on a line of its
// own (本报讯 / （通讯员 钱小 / 红 记者 冯涛）上午提交).
func namesGoOn(pl pageLines, s string) bool {
	n := len(pl.lines)
	if n == 0 || pl.lines[n-1].kind != kindText {
		return false
	}
	prev := pl.text[pl.lines[n-1].ti]
	opens := strings.HasPrefix(s, "（") || strings.HasPrefix(s, "(")
	if !hasLeadSource(prev.text) {
		// the bracket's second line: 本报讯 / （通讯员 钱小红 / 记者 冯涛）
		return prev.depth > 0 && !opens && strings.ContainsAny(s, "）)") && n >= 2 &&
			(strings.HasPrefix(prev.text, "（") || strings.HasPrefix(prev.text, "(")) && loneSource(pl, n-2)
	}
	if prev.depth > 0 {
		return strings.ContainsAny(s, "）)")
	}
	return loneSource(pl, n-1) && opens
}

// loneSource reports a text line that is a dateline's source and nothing
// else (本报讯), as poppler sets it where the dateline is spaced out.
func loneSource(pl pageLines, i int) bool {
	if pl.lines[i].kind != kindText {
		return false
	}
	t := pl.text[pl.lines[i].ti].text
	return hasLeadSource(t) && datelineLen(t) == len(t)
}

// editorsNote reports an editor's note opening a story (编者按：…, 【编者按】):
// like a dateline it stands only at a story's start.
func editorsNote(t string) bool {
	t = strings.TrimLeft(t, "【［[")
	return strings.HasPrefix(t, "编者按") || strings.HasPrefix(t, "編者按")
}
