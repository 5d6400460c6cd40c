package parse

import (
	"strings"
	"unicode/utf8"
)

// The clean layout (quirk 10): a one-article text file as web editions and
// archives store it — a title line, maybe subtitle and byline lines, then
// paragraphs one per line, usually indented with two ideographic spaces.
const (
	// cleanLongRunes: a line this long was never wrapped into a column.
	cleanLongRunes = 45
	// cleanMinShare: the share of indented or long lines that marks a page
	// as clean (a column dump has none: pdftotext drops indents).
	cleanMinShare = 0.25
	// cleanFewLines: a page this short with a long line is clean text.
	cleanFewLines = 5
)

// indented reports a line that starts with two or more spaces of any kind,
// or a tab, as clean files indent their paragraphs.
func indented(line string) bool {
	if strings.HasPrefix(line, "\t") || strings.HasPrefix(line, "　") {
		return true
	}
	return strings.HasPrefix(line, "  ")
}

// isCleanLayout reports whether a page is in the clean layout rather than
// a column dump.
func isCleanLayout(lines []string) bool {
	n, marked := 0, 0
	for _, l := range lines {
		if l == "" {
			continue
		}
		if indented(l) {
			n++
			marked++
			continue
		}
		// a line of cleanLongRunes runes has at least as many bytes:
		// column lines are shorter and skip the count
		if len(l) < cleanLongRunes {
			if strings.TrimFunc(l, isSpace) != "" {
				n++
			}
			continue
		}
		t := strings.TrimFunc(l, isSpace)
		if t == "" {
			continue
		}
		n++
		if utf8.RuneCountInString(t) >= cleanLongRunes {
			marked++
		}
	}
	// One long line can be a caption on a column page; on a page of a few
	// lines it is a paragraph.
	return (marked >= 2 || (marked == 1 && n <= cleanFewLines)) && float64(marked) >= cleanMinShare*float64(n)
}

// parseClean parses a clean page: one article, or several one after the
// other (title / blank / paragraphs / byline, repeated, as archives export
// a day's articles).
func parseClean(lines []string) Page {
	page := Page{Layout: LayoutClean}
	for _, chunk := range cleanArticles(lines) {
		parseCleanArticle(chunk, &page)
	}
	return page
}

// cleanArticles cuts a clean page into its articles. Once an article's
// body has begun, a new one begins at a title: a short unindented line
// with no sentence end, which is neither byline nor caption nor furniture,
// coming right after a byline, or after a blank line with the rest of a
// headline stack below it (a section heading inside an article runs into
// its paragraph).
func cleanArticles(lines []string) [][]string {
	var out [][]string
	start, inBody, afterByline := 0, false, false
	for i, l := range lines {
		t := strings.TrimFunc(l, isSpace)
		if t == "" {
			continue
		}
		long := utf8.RuneCountInString(t) >= cleanLongRunes
		kind, _ := classify(t)
		if inBody && kind == kindText && !indented(l) && !long && !endsStatement(t) &&
			(afterByline || (blankAt(lines, i-1) && stackFollows(lines, i+1))) {
			out = append(out, lines[start:i])
			start, inBody = i, false
		}
		if indented(l) || long || endsStatement(t) {
			inBody = true
		}
		afterByline = inBody && kind == kindByline
	}
	return append(out, lines[start:])
}

// stackFollows reports whether the lines from i complete a headline stack:
// short unindented lines with no sentence end (subtitles, bylines) up to a
// blank line or the end.
func stackFollows(lines []string, i int) bool {
	for ; i < len(lines); i++ {
		t := strings.TrimFunc(lines[i], isSpace)
		if t == "" {
			return true
		}
		if indented(lines[i]) || utf8.RuneCountInString(t) >= cleanLongRunes || endsStatement(t) {
			return false
		}
	}
	return true
}

// endsStatement reports a short unindented line that ends a sentence as
// running text does: with a full stop or an ellipsis. A title may end with
// a question or an exclamation (秋冬季节如何预防呼吸道疾病？, 家门口的“夜经济”
// 火起来了！); a paragraph set flush left that short ends with one rarely.
func endsStatement(s string) bool {
	if !endsSentence(s) {
		return false
	}
	r, _ := lastSignificant(s)
	return r != '？' && r != '！' && r != '?' && r != '!'
}

// blankAt reports whether line i is blank or outside the page.
func blankAt(lines []string, i int) bool {
	return i < 0 || i >= len(lines) || strings.TrimFunc(lines[i], isSpace) == ""
}

// parseCleanArticle parses the lines of one clean article into page.
func parseCleanArticle(lines []string, page *Page) {
	a := Article{Main: -1}
	var by Byline

	// Paragraphs: an indented line, a long line or a line after a blank
	// starts one; a short unindented line right after a long one continues
	// it (hard-wrapped text).
	type para struct {
		text   string
		header bool // before the first body paragraph
	}
	var paras []para
	inBody := false
	blank := true
	for _, l := range lines {
		t := strings.TrimFunc(l, isSpace)
		if t == "" {
			blank = true
			continue
		}
		long := utf8.RuneCountInString(t) >= cleanLongRunes
		if !inBody && (indented(l) || long || endsStatement(t)) {
			inBody = true
		}
		if !inBody {
			paras = append(paras, para{text: t, header: true})
			blank = false
			continue
		}
		last := len(paras) - 1
		if !blank && !indented(l) && last >= 0 && !paras[last].header &&
			utf8.RuneCountInString(paras[last].text) >= cleanLongRunes && !endsSentence(paras[last].text) {
			var b strings.Builder
			b.WriteString(paras[last].text)
			joinLine(&b, t)
			paras[last].text = b.String()
		} else {
			paras = append(paras, para{text: t})
		}
		blank = false
	}

	var heads []string
	var body []string
	for _, p := range paras {
		kind, lb := classify(p.text)
		if kind == kindText {
			if rest, ok := cutMeta(p.text, "作者"); ok {
				if b, ok := scanByline(rest, false); ok {
					b.Raw = p.text
					mergeByline(&by, b)
				} else {
					page.Furniture = append(page.Furniture, p.text)
				}
				continue
			}
			if _, ok := cutMeta(p.text, "来源", "时间", "日期", "发布时间", "编辑"); ok {
				page.Furniture = append(page.Furniture, p.text)
				continue
			}
		}
		switch kind {
		case kindFurniture:
			page.Furniture = append(page.Furniture, p.text)
		case kindCaption:
			a.Captions = append(a.Captions, p.text)
		case kindByline:
			mergeByline(&by, lb)
		default:
			if p.header {
				heads = append(heads, normalizeSpaces(p.text))
			} else {
				body = append(body, normalizeSpaces(p.text))
			}
		}
	}
	a.Lead, body = takeLead(body, &by)
	a.Paragraphs = body
	a.Byline = by
	a.Headlines = heads
	a.Main = -1
	if len(heads) > 0 {
		a.Main = pickMain(heads, echoes(heads, a.Lead+strings.Join(body, "")))
	}
	if len(a.Paragraphs) == 0 && len(a.Headlines) == 0 && by.Raw == "" && len(a.Captions) == 0 {
		return
	}
	page.Articles = append(page.Articles, a)
}

// cutMeta reports a "key：value" metadata line for one of keys.
func cutMeta(s string, keys ...string) (string, bool) {
	for _, k := range keys {
		if rest, ok := strings.CutPrefix(s, k); ok {
			rest = strings.TrimLeft(rest, " ")
			for _, c := range []string{"：", ":"} {
				if v, ok := strings.CutPrefix(rest, c); ok {
					return strings.TrimSpace(v), true
				}
			}
		}
	}
	return "", false
}
