package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Headline placements, as the truth files name them.
const (
	placeBefore      = "before"      // as printed: headlines, then the story
	placeAfter       = "after"       // right after the story's byline
	placeEnd         = "end"         // with other headlines at the end of the page
	placeInterleaved = "interleaved" // kickers and titles of two stories alternate
	placeInside      = "inside"      // the main title after the first column
)

// truthArticle is one article of a truth file (score.py's format).
type truthArticle struct {
	Headlines      []string `json:"headlines"`
	Main           int      `json:"main"`
	Lead           string   `json:"lead"`
	Paragraphs     []string `json:"paragraphs"`
	Reporters      []string `json:"reporters"`
	Correspondents []string `json:"correspondents"`
	BylineRaw      string   `json:"byline_raw"`
	Placement      string   `json:"placement"`
	Captions       []string `json:"captions,omitempty"`
}

type truthLayout struct {
	Style       string `json:"style"`
	CRLF        bool   `json:"crlf"`
	PagesInFile int    `json:"pages_in_file"`
}

type truthFile struct {
	File      string         `json:"file"`
	Encoding  string         `json:"encoding"`
	Layout    truthLayout    `json:"layout"`
	Articles  []truthArticle `json:"articles"`
	Furniture []string       `json:"furniture"`
}

// pageStyle holds the choices that hold for a whole page.
type pageStyle struct {
	colWidth  float64 // ems
	colHeight int     // lines per column
	paraBlank bool    // a blank line between paragraphs (each is its own text block)
	sp        spacing
	header    []string
	footer    []string
	captions  bool
	clean     bool
	accident  bool // a column of one story lands after the start of the next
	strayHead bool // a header line lands inside a story
	fullPunct bool // punctuation set at a full em (many papers), not compressed
}

// composer accumulates a page's lines.
type composer struct {
	rng   *rand.Rand
	lines []string
}

func (c *composer) blank() {
	if n := len(c.lines); n > 0 && c.lines[n-1] != "" {
		c.lines = append(c.lines, "")
	}
}

func (c *composer) add(ls ...string) { c.lines = append(c.lines, ls...) }

// headBlock returns the lines of a headline stack as the page prints them:
// long titles sometimes broken in two, rarely set vertically.
func headLines(hs []string, main int, rng *rand.Rand) [][]string {
	var blocks [][]string
	for i, h := range hs {
		r := []rune(h)
		switch {
		case i == main && len(r) >= 14 && !strings.Contains(h, " ") && rng.Float64() < 0.3:
			cut := len(r)/2 + rng.Intn(3) - 1
			blocks = append(blocks, []string{string(r[:cut]), string(r[cut:])})
		case i == main && strings.Contains(h, " ") && rng.Float64() < 0.3:
			a, b, _ := strings.Cut(h, " ")
			blocks = append(blocks, []string{a, b})
		case i == main && len(r) >= 8 && len(r) <= 15 && rng.Float64() < 0.06:
			var v []string
			for len(r) > 0 {
				n := min(len(r), 4+rng.Intn(2))
				v = append(v, string(r[:n]))
				r = r[n:]
			}
			blocks = append(blocks, v)
		default:
			blocks = append(blocks, []string{h})
		}
	}
	return blocks
}

// emitHead writes headline blocks, as one block or separated by blanks.
func (c *composer) emitHead(blocks [][]string, together bool) {
	c.blank()
	for i, b := range blocks {
		if i > 0 && !together {
			c.blank()
		}
		c.add(b...)
	}
	c.blank()
}

// storyBody lays out a story's body: columns of justified lines, with
// captions and a header line that strayed in, and reports its columns.
func storyBody(a *article, st *pageStyle, rng *rand.Rand, furniture *[]string) [][]string {
	paras := append([]string(nil), a.paras...)
	if a.lead != "" {
		sep := " "
		if strings.HasSuffix(a.lead, "）") || rng.Float64() < 0.3 {
			sep = ""
		}
		paras[0] = a.lead + sep + paras[0]
	}
	var lines []string
	for pi, p := range paras {
		for _, l := range typesetParagraph(p, st.colWidth, st.fullPunct) {
			lines = append(lines, st.sp.render(l, rng))
		}
		if pi < len(paras)-1 {
			if st.captions && rng.Float64() < 0.12 {
				cap := captions[rng.Intn(len(captions))]
				lines = append(lines, "", cap, "")
			} else if st.paraBlank {
				lines = append(lines, "")
			}
		}
	}
	// cut into columns
	var cols [][]string
	var cur []string
	n := 0
	for _, l := range lines {
		if l == "" {
			if len(cur) > 0 && cur[len(cur)-1] != "" {
				cur = append(cur, "")
			}
			continue
		}
		cur = append(cur, l)
		n++
		if n%st.colHeight == 0 {
			cols = append(cols, trimBlank(cur))
			cur = nil
		}
	}
	if len(trimBlank(cur)) > 0 {
		cols = append(cols, trimBlank(cur))
	}
	if st.strayHead && len(cols) > 1 && rng.Float64() < 0.5 {
		h := strayHeaders[rng.Intn(len(strayHeaders))]
		*furniture = append(*furniture, h)
		cols[0] = append(cols[0], "", h)
		st.strayHead = false
	}
	return cols
}

func trimBlank(ls []string) []string {
	for len(ls) > 0 && ls[len(ls)-1] == "" {
		ls = ls[:len(ls)-1]
	}
	return ls
}

var captions = []string{
	"图为活动现场。 记者 王建 摄",
	"图为工作人员正在检查设备。 通讯员 刘丹 摄",
	"市民在现场咨询。（资料图片）",
	"▲ 志愿者为居民提供服务。",
	"图为施工现场。 本报记者 张宁 摄",
}

var strayHeaders = []string{"第7版", "责编：林海 美编：王芳", "2024年5月8日 星期三", "A4 综合"}

var headerSets = [][]string{
	{"2024年3月12日 星期二", "A3 要闻", "责编：周文 美编：李青 校对：王敏"},
	{"2023年11月8日 星期三 第5版"},
	{"A2 要闻", "2022年6月15日 星期三"},
	{"责任编辑：孙明 版式：赵磊"},
	{"03 综合新闻", "2024年9月2日 星期一 农历七月三十"},
}

var footerSets = [][]string{
	{"本版编辑：陈杰 校对：吴敏"},
	{"新闻热线：0371-12345678"},
	{"下转第3版"},
}

// bylineLines returns how a story's byline prints: its lines, or joined
// into one line.
func bylineLines(a *article, rng *rand.Rand) []string {
	if len(a.byline) > 1 && rng.Float64() < 0.3 {
		return []string{strings.Join(a.byline, " ")}
	}
	return a.byline
}

// topByline reports bylines printed above the story (本报记者 X).
func topByline(a *article) bool {
	return a.lead == "" && len(a.byline) > 0 && strings.HasPrefix(a.byline[0], "本报")
}

// composePage lays out stories on one page and returns its lines and truth.
func composePage(arts []*article, st *pageStyle, rng *rand.Rand) ([]string, []truthArticle, []string) {
	c := &composer{rng: rng}
	var furniture []string
	if len(st.header) > 0 {
		c.add(st.header...)
		furniture = append(furniture, st.header...)
		c.blank()
	}
	placements := make([]string, len(arts))
	pairStart := make([]bool, len(arts))
	for i := 0; i < len(arts); i++ {
		switch r := rng.Float64(); {
		case r < 0.35:
			placements[i] = placeBefore
		case r < 0.55:
			placements[i] = placeAfter
		case r < 0.8:
			placements[i] = placeEnd
		case r < 0.9 && i+1 < len(arts) && arts[i].kicker != "" && arts[i+1].kicker != "":
			placements[i], placements[i+1] = placeInterleaved, placeInterleaved
			pairStart[i] = true
			i++
		default:
			placements[i] = placeInside
		}
	}
	var truth []truthArticle
	var endGroups [][][]string
	var pending []string // a column that strays after the next story's first column
	for i, a := range arts {
		hs, m := a.headlines()
		blocks := headLines(hs, m, rng)
		together := rng.Float64() < 0.4
		by := bylineLines(a, rng)
		top := topByline(a) && rng.Float64() < 0.7
		truth = append(truth, truthArticle{Headlines: hs, Main: m, Lead: a.lead, Paragraphs: a.paras,
			Reporters: nonNil(a.reporters), Correspondents: nonNil(a.correspondents),
			BylineRaw: strings.Join(a.byline, "\n"), Placement: placements[i]})
		switch {
		case placements[i] == placeBefore:
			c.emitHead(blocks, together)
		case pairStart[i]:
			hb, mb := arts[i+1].headlines()
			bb := headLines(hb, mb, rng)
			// kicker of B, kicker of A, title of B, title of A, …
			var order [][]string
			for k := 0; k < max(len(blocks), len(bb)); k++ {
				if k < len(bb) {
					order = append(order, bb[k])
				}
				if k < len(blocks) {
					order = append(order, blocks[k])
				}
			}
			c.emitHead(order, false)
		case placements[i] == placeInside && m > 0:
			c.emitHead(blocks[:m], together)
		}
		c.blank()
		if top {
			c.add(by...)
			c.blank()
		}
		cols := storyBody(a, st, rng, &furniture)
		var deferred []string
		for ci, col := range cols {
			last := ci == len(cols)-1
			if ci == 1 && placements[i] == placeInside {
				c.emitHead(blocks[m:], together)
			}
			if st.accident && last && ci > 0 && i+1 < len(arts) && pending == nil && !endsSentence(cols[ci-1]) {
				deferred = append([]string(nil), col...)
				if !top {
					deferred = append(deferred, by...)
				}
				st.accident = false
				continue
			}
			c.blank()
			c.add(col...)
			if last && !top {
				c.add(by...) // the byline follows the last line directly
			}
			if ci == 0 && pending != nil {
				c.blank()
				c.add(pending...)
				pending = nil
			}
		}
		if placements[i] == placeInside && len(cols) < 2 {
			c.emitHead(blocks[m:], together)
		}
		if pending != nil { // the next story had a single column
			c.blank()
			c.add(pending...)
			pending = nil
		}
		pending = deferred
		c.blank()
		switch placements[i] {
		case placeAfter:
			c.emitHead(blocks, together)
		case placeEnd:
			endGroups = append(endGroups, blocks)
		}
	}
	if pending != nil {
		c.blank()
		c.add(pending...)
	}
	rng.Shuffle(len(endGroups), func(i, j int) { endGroups[i], endGroups[j] = endGroups[j], endGroups[i] })
	for _, g := range endGroups {
		c.emitHead(g, rng.Float64() < 0.5)
	}
	if len(st.footer) > 0 {
		c.blank()
		c.add(st.footer...)
		furniture = append(furniture, st.footer...)
	}
	return trimBlank(c.lines), truth, furniture
}

func endsSentence(col []string) bool {
	if len(col) == 0 {
		return true
	}
	l := strings.TrimSpace(col[len(col)-1])
	r := lastRune(strings.TrimRight(l, "”’）"))
	return strings.ContainsRune("。！？…", r)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// cleanPage writes a story as a clean one-article file.
func cleanPage(a *article, rng *rand.Rand) ([]string, truthArticle) {
	hs, m := a.headlines()
	var ls []string
	ls = append(ls, hs...)
	top := topByline(a) || rng.Float64() < 0.3
	if top && len(a.byline) > 0 {
		ls = append(ls, strings.Join(a.byline, "  "))
	}
	ls = append(ls, "")
	for i, p := range a.paras {
		if i == 0 && a.lead != "" {
			p = a.lead + " " + p
		}
		ls = append(ls, "\u3000\u3000"+p)
	}
	if !top && len(a.byline) > 0 {
		ls = append(ls, "", strings.Join(a.byline, "  "))
	}
	t := truthArticle{Headlines: hs, Main: m, Lead: a.lead, Paragraphs: a.paras,
		Reporters: nonNil(a.reporters), Correspondents: nonNil(a.correspondents),
		BylineRaw: strings.Join(a.byline, "\n"), Placement: placeBefore}
	return ls, t
}

// randomStyle draws the page-wide choices.
func randomStyle(rng *rand.Rand) *pageStyle {
	st := &pageStyle{
		colWidth:  float64(10 + rng.Intn(9)),
		colHeight: 8 + rng.Intn(18),
		paraBlank: rng.Float64() < 0.5,
		captions:  rng.Float64() < 0.4,
	}
	switch r := rng.Float64(); {
	case r < 0.15:
		st.sp.autospace = true
	case r < 0.35:
		st.sp.letterSpaced = 0.7
		st.sp.digitSpace = 0.6
	default:
		st.sp.digitSpace = 0.5
	}
	if rng.Float64() < 0.5 {
		st.header = headerSets[rng.Intn(len(headerSets))]
	}
	if rng.Float64() < 0.25 {
		st.footer = footerSets[rng.Intn(len(footerSets))]
	}
	st.strayHead = rng.Float64() < 0.15
	st.accident = rng.Float64() < 0.1
	return st
}

// writeTestPages writes n test pages with their truth.
func writeTestPages(arts []*article, n int, out string, seed int64, prefix string, fullPunct bool) error {
	for _, d := range []string{"pages", "truth"} {
		if err := os.MkdirAll(filepath.Join(out, d), 0o755); err != nil {
			return err
		}
	}
	for i := 1; i <= n; i++ {
		rng := rand.New(rand.NewSource(seed*1000 + int64(i)))
		name := fmt.Sprintf("%s-%03d", prefix, i)
		tf := truthFile{File: name + ".txt", Encoding: "utf-8", Layout: truthLayout{Style: "page", PagesInFile: 1}, Furniture: []string{}}
		var pages [][]string
		switch r := rng.Float64(); {
		case r < 0.12:
			a := arts[rng.Intn(len(arts))]
			ls, t := cleanPage(a, rng)
			pages = append(pages, ls)
			tf.Articles = append(tf.Articles, t)
			tf.Layout.Style = "clean"
		default:
			np := 1
			if rng.Float64() < 0.2 {
				np = 2 + rng.Intn(2)
			}
			for range np {
				st := randomStyle(rng)
				st.fullPunct = fullPunct
				k := 2 + rng.Intn(4)
				perm := rng.Perm(len(arts))[:k]
				var sel []*article
				for _, j := range perm {
					sel = append(sel, arts[j])
				}
				ls, t, f := composePage(sel, st, rng)
				pages = append(pages, ls)
				tf.Articles = append(tf.Articles, t...)
				tf.Furniture = append(tf.Furniture, f...)
			}
			tf.Layout.PagesInFile = np
		}
		var b strings.Builder
		for _, p := range pages {
			for _, l := range p {
				b.WriteString(l)
				b.WriteString("\n")
			}
			if len(pages) > 1 || rng.Float64() < 0.5 {
				b.WriteString("\f") // pdftotext ends every page with a form feed
			}
		}
		text := b.String()
		if rng.Float64() < 0.2 {
			text = " " + text // pdftotext's leading space on the first line
		}
		if rng.Float64() < 0.15 {
			text = strings.ReplaceAll(text, "\n", "\r\n")
			tf.Layout.CRLF = true
		}
		data := []byte(text)
		switch r := rng.Float64(); {
		case r < 0.1:
			enc, err := simplifiedchinese.GB18030.NewEncoder().Bytes(data)
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			data = enc
			tf.Encoding = "gb18030"
		case r < 0.18:
			data = append([]byte("\xef\xbb\xbf"), data...)
			tf.Encoding = "utf-8-sig"
		}
		if err := os.WriteFile(filepath.Join(out, "pages", name+".txt"), data, 0o644); err != nil {
			return err
		}
		var jb bytes.Buffer
		enc := json.NewEncoder(&jb)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		if err := enc.Encode(tf); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, "truth", name+".json"), jb.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}
