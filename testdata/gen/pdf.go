package main

// The PDF corpus: pages typeset as real PDFs with real CJK TrueType fonts
// (embedded as subset CID fonts with a ToUnicode map, as e-paper systems
// embed them) and read back with real poppler pdftotext. The truth comes
// from the typesetting, never from a parser.
//
// Two ways of placing text, because where the justification space goes
// decides what pdftotext writes:
//   - line: one text string per line, justified with character spacing
//     (the Tc operator), as simple layout engines and word processors do;
//   - glyph: every glyph placed on its own at its own x, as newspaper
//     systems (方正, InDesign) write them, with compressed punctuation.
//
// Layout families vary the grid (4–8 columns of 11–15 ems), the headline
// stacks (on top, spanning the story's columns; beside the body as a run
// of short lines), photo boxes with captions, a masthead strip and a
// section strip in mid-page, footers with editors and jump notes, full
// and compressed punctuation, hanging punctuation, and top bylines.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/go-pdf/fpdf"
)

// Fonts: Debian's fonts-arphic-gbsn00lp (宋体, body), fonts-arphic-gkai00mp
// (楷体, kickers and captions), fonts-droid-fallback (黑体, titles). All are
// TrueType (glyf outlines), which fpdf embeds as subset CID fonts.
var pdfFonts = map[string]string{
	"song": "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
	"kai":  "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf",
	"hei":  "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
}

// pdfStyle holds the choices of one page.
type pdfStyle struct {
	family    string
	cols      int
	colEm     float64 // column width in ems of the body font
	gutterEm  float64
	fs        float64 // body font size, pt
	lead      float64 // line pitch, in body font sizes
	glyph     bool    // place every glyph (else one string a line)
	compress  bool    // ，。、 set at half an em
	hang      bool    // a closing ，。 may hang past the column
	sideHead  float64 // chance a story of 3+ columns has its headline beside the body
	photos    float64 // chance a story has a photo box with a caption
	midStrip  bool    // a section strip between two rows of stories
	paraSpace float64 // extra space between paragraphs, in lines (0: none)
}

var pdfFamilies = []pdfStyle{
	{family: "broadsheet-line", cols: 5, colEm: 13, gutterEm: 1.2, fs: 9.5, lead: 1.5, photos: 0.3},
	{family: "broadsheet-glyph", cols: 6, colEm: 12, gutterEm: 1.0, fs: 9, lead: 1.45, glyph: true, compress: true, photos: 0.3},
	{family: "narrow-glyph", cols: 8, colEm: 11, gutterEm: 0.9, fs: 8.5, lead: 1.4, glyph: true, compress: true, hang: true, sideHead: 0.5},
	{family: "wide-line", cols: 4, colEm: 15, gutterEm: 1.5, fs: 10, lead: 1.55, sideHead: 0.6, photos: 0.4},
	{family: "tabloid-glyph", cols: 5, colEm: 14, gutterEm: 1.2, fs: 9.5, lead: 1.5, glyph: true, hang: true, midStrip: true, photos: 0.5},
	{family: "magazine-line", cols: 4, colEm: 13, gutterEm: 1.4, fs: 10, lead: 1.6, paraSpace: 0.5, midStrip: true},
	{family: "dense-glyph", cols: 7, colEm: 12, gutterEm: 0.8, fs: 8.5, lead: 1.35, glyph: true, compress: true, sideHead: 0.4, photos: 0.2},
}

// pdfPage is what one page prints and what its truth says.
type pdfPage struct {
	pdf       *fpdf.Fpdf
	st        pdfStyle
	rng       *rand.Rand
	furniture []string
	arts      []truthArticle
	captions  [][]string // per article
}

// glyph metrics: fpdf's widths of the current font, in pt.
func (p *pdfPage) width(s string) float64 { return p.pdf.GetStringWidth(s) }

// piece is an unbreakable run of a line: a character, or a number or
// Latin word.
type piece struct {
	text  string
	w     float64 // advance, pt
	punct bool    // closing or opening punctuation
}

const compressible = "，。、；：“”‘’（）《》"

func (p *pdfPage) pieces(text string) []piece {
	var out []piece
	rs := []rune(text)
	for i := 0; i < len(rs); {
		if rs[i] < 0x80 && rs[i] != ' ' {
			j := i
			for j < len(rs) && rs[j] < 0x80 && rs[j] != ' ' {
				j++
			}
			s := string(rs[i:j])
			out = append(out, piece{text: s, w: p.width(s)})
			i = j
			continue
		}
		s := string(rs[i])
		pc := piece{text: s, w: p.width(s)}
		if strings.ContainsRune(noStartChars+noEndChars, rs[i]) {
			pc.punct = true
			if p.st.compress && strings.ContainsRune(compressible, rs[i]) {
				pc.w /= 2
			}
		}
		out = append(out, pc)
		i++
	}
	return out
}

// setLine2 is a line of pieces with the x of each, relative to the line.
type pdfLine struct {
	ps   []piece
	xs   []float64
	last bool // a paragraph's last line: not justified
}

// breakPara sets a paragraph in lines of width w pt, the first indented
// by indent pt.
func (p *pdfPage) breakPara(text string, w, indent float64) []pdfLine {
	ps := p.pieces(text)
	var lines []pdfLine
	first := true
	for len(ps) > 0 {
		avail := w
		if first {
			avail -= indent
		}
		n, nat := 0, 0.0
		for n < len(ps) && nat+ps[n].w <= avail+0.01 {
			nat += ps[n].w
			n++
		}
		if n == 0 {
			n, nat = 1, ps[0].w
		}
		// kinsoku: a closing mark may not start the next line
		if n < len(ps) && strings.ContainsRune(noStartChars, firstRune(ps[n].text)) {
			if p.st.hang && strings.ContainsRune("，。、", firstRune(ps[n].text)) {
				nat += ps[n].w
				n++ // it hangs past the column
			} else {
				for n > 1 && n < len(ps) && strings.ContainsRune(noStartChars, firstRune(ps[n].text)) {
					n--
					nat -= ps[n].w
				}
			}
		}
		for n > 1 && n < len(ps) && strings.ContainsRune(noEndChars, lastRune(ps[n-1].text)) {
			n--
			nat -= ps[n].w
		}
		last := n == len(ps)
		l := pdfLine{ps: ps[:n], last: last}
		x := 0.0
		if first {
			x = indent
		}
		gap := 0.0
		if !last && n > 1 && nat < avail {
			gap = (avail - nat) / float64(n-1)
		}
		for _, pc := range l.ps {
			l.xs = append(l.xs, x)
			x += pc.w + gap
		}
		lines = append(lines, l)
		ps = ps[n:]
		first = false
	}
	return lines
}

// drawLine draws a set line at x, baseline y.
func (p *pdfPage) drawLine(l pdfLine, x, y float64) {
	if p.st.glyph {
		for i, pc := range l.ps {
			dx := 0.0
			if p.st.compress && strings.ContainsRune("“‘（《", firstRune(pc.text)) {
				dx = -pc.w // an opening mark sits in the right half of its em
			}
			p.pdf.Text(x+l.xs[i]+dx, y, pc.text)
		}
		return
	}
	// one string, justified by character spacing
	var s strings.Builder
	for _, pc := range l.ps {
		s.WriteString(pc.text)
	}
	text := s.String()
	n := utf8.RuneCountInString(text)
	tc := 0.0
	if len(l.xs) > 1 && !l.last {
		natural := p.width(text)
		span := l.xs[len(l.xs)-1] + l.ps[len(l.ps)-1].w - l.xs[0]
		tc = (span - natural) / float64(max(n-1, 1))
	}
	if tc > 0.001 {
		p.pdf.RawWriteStr(fmt.Sprintf("%.3f Tc\n", tc))
	}
	p.pdf.Text(x+l.xs[0], y, text)
	if tc > 0.001 {
		p.pdf.RawWriteStr("0 Tc\n")
	}
}

// story is an article as the page sets it.
type story struct {
	a        *article
	paras    []string // printed paragraphs, the lead joined to the first
	truth    truthArticle
	span     int
	side     bool // headline beside the body
	photo    bool
	caption  []string
	headFS   float64
	heads    []headLine
	topBy    []string
	endBy    []string
	bodyLine []pdfLine
}

type headLine struct {
	text string
	fs   float64
	font string
}

// headStack is how a story's headlines print: kicker and subtitle in
// Kai, the title in Hei, larger; a long title broken in two, the second
// part sometimes the longer, at a space or punctuation when there is one.
func (p *pdfPage) headStack(s *story, width float64) {
	hs, main := s.a.headlines()
	titleFS := p.st.fs * (1.8 + 0.8*p.rng.Float64())
	if s.span >= 4 {
		titleFS *= 1.3
	}
	if s.side {
		titleFS = p.st.fs * 2.2
	}
	for i, h := range hs {
		fs, font := p.st.fs*1.3, "kai"
		if i == main {
			fs, font = titleFS, "hei"
		}
		p.pdf.SetFont(font, "", fs)
		limit := width
		if s.side {
			limit = fs * float64(4+p.rng.Intn(4)) // 4–8 characters a line
		}
		for _, part := range splitHead(h, limit, p.width, p.rng) {
			s.heads = append(s.heads, headLine{text: part, fs: fs, font: font})
		}
	}
	s.truth.Headlines, s.truth.Main = hs, main
}

// splitHead breaks a headline into lines no wider than limit.
func splitHead(h string, limit float64, width func(string) float64, rng *rand.Rand) []string {
	if width(h) <= limit {
		return []string{h}
	}
	rs := []rune(h)
	// at a space or punctuation near the middle, else where it fits
	best := -1
	for i := 1; i < len(rs)-1; i++ {
		if rs[i] == ' ' || strings.ContainsRune("，、：", rs[i-1]) {
			if width(string(rs[:i])) <= limit && width(string(rs[i:])) <= limit {
				best = i
			}
		}
	}
	if best < 0 {
		cut := len(rs) / 2
		if rng.Float64() < 0.4 {
			cut = len(rs) * 2 / 5 // the second part longer
		}
		for cut > 1 && width(string(rs[:cut])) > limit {
			cut--
		}
		best = cut
	}
	first := strings.TrimRight(string(rs[:best]), " ")
	rest := strings.TrimLeft(string(rs[best:]), " ")
	return append([]string{first}, splitHead(rest, limit, width, rng)...)
}

var photoCaptions = []string{
	"图为活动现场。", "图为工作人员在检查设备。", "居民在新建成的广场上休闲。", "图为施工现场。",
	"志愿者为群众提供服务。", "图为参观者在展区驻足。", "孩子们在课堂上认真学习。", "图为田间作业的农机。",
}

// prepare decides how a story prints: its span, headline, byline place,
// photo and the lines of its body.
func (p *pdfPage) prepare(a *article, span int, maxParas int) *story {
	s := &story{a: a, span: span}
	s.side = span >= 3 && p.rng.Float64() < p.st.sideHead
	s.photo = span >= 2 && p.rng.Float64() < p.st.photos
	paras := a.paras
	if maxParas > 0 && len(paras) > maxParas {
		paras = paras[:maxParas]
	}
	s.truth = truthArticle{Lead: a.lead, Paragraphs: nonNil(append([]string(nil), paras...)),
		Reporters: nonNil(a.reporters), Correspondents: nonNil(a.correspondents)}
	s.paras = append([]string(nil), paras...)
	if a.lead != "" {
		sep := " "
		if strings.HasSuffix(a.lead, "）") {
			sep = ""
		}
		s.paras[0] = a.lead + sep + s.paras[0]
	}
	if len(a.byline) > 0 {
		if topByline(a) {
			s.topBy = a.byline
		} else {
			s.endBy = a.byline
		}
		s.truth.BylineRaw = strings.Join(a.byline, " ")
	}
	if s.photo {
		by := "记者 " + pick(p.rng, a.reporters, "王磊")
		s.caption = []string{photoCaptions[p.rng.Intn(len(photoCaptions))] + " " + by + " 摄"}
	}
	s.truth.Placement = "top"
	if s.side {
		s.truth.Placement = "side"
	}
	return s
}

func pick(rng *rand.Rand, xs []string, def string) string {
	if len(xs) == 0 {
		return def
	}
	return xs[rng.Intn(len(xs))]
}

// layout measures a story set in its columns: body lines, and the height
// it needs (headline block, photo, body lines per column).
func (p *pdfPage) bodyLines(s *story, colW float64) {
	p.pdf.SetFont("song", "", p.st.fs)
	s.bodyLine = nil
	for _, para := range s.paras {
		ls := p.breakPara(para, colW, 2*p.st.fs)
		s.bodyLine = append(s.bodyLine, ls...)
		if p.st.paraSpace > 0 {
			s.bodyLine = append(s.bodyLine, pdfLine{}) // a half-line gap, drawn as nothing
		}
	}
	for _, b := range s.endBy {
		s.bodyLine = append(s.bodyLine, pdfLine{ps: []piece{{text: b, w: p.width(b)}}, xs: []float64{colW - p.width(b)}, last: true})
	}
}

// writePDFPages typesets n pages in out/pages/NNN.pdf with their dumps
// (NNN.txt, real pdftotext) and truths (out/truth/NNN.json).
//
// ordered sets every page with wide gutters (≥ 2.8 ems) and tight leading
// (1.2–1.3): there poppler builds one block per column and keeps the
// reading order, as on many real e-paper pages; with the families' own
// gutters and leading it mostly mixes the columns.
func writePDFPages(arts []*article, n int, out string, seed int64, prefix string, ordered bool) error {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return fmt.Errorf("the PDF corpus needs pdftotext (apt install poppler-utils)")
	}
	for _, f := range pdfFonts {
		if _, err := os.Stat(f); err != nil {
			return fmt.Errorf("the PDF corpus needs %s (apt install fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-droid-fallback)", f)
		}
	}
	for _, d := range []string{"pages", "truth"} {
		if err := os.MkdirAll(filepath.Join(out, d), 0o755); err != nil {
			return err
		}
	}
	rng := rand.New(rand.NewSource(seed))
	next := rng.Intn(len(arts))
	for i := 0; i < n; i++ {
		st := pdfFamilies[i%len(pdfFamilies)]
		if ordered {
			st.gutterEm = max(st.gutterEm*2.4, 2.8)
			st.lead = 1.2 + 0.1*rng.Float64()
			st.family += "-ordered"
		}
		chosen := pickArticles(arts, &next, 3+rng.Intn(3))
		name := fmt.Sprintf("%s-%03d", prefix, i+1)
		// Twice with the same seed: the first pass measures the page.
		pageSeed := rng.Int63()
		_, _, height, err := typesetPage(chosen, st, rand.New(rand.NewSource(pageSeed)), 3000)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		pdfBytes, truth, _, err := typesetPage(chosen, st, rand.New(rand.NewSource(pageSeed)), height)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		pdfPath := filepath.Join(out, "pages", name+".pdf")
		if err := os.WriteFile(pdfPath, pdfBytes, 0o644); err != nil {
			return err
		}
		if err := finishPage(out, name, "pdf-"+st.family, truth); err != nil {
			return err
		}
	}
	return nil
}

var mastheads = []string{"高新时报", "清河日报", "东城晚报", "南湖周报", "临江日报", "青石县报"}
var pdfSections = []string{"要闻", "民生", "城事", "经济", "文化", "综合", "社会", "教育"}

// typesetPage lays out the stories on one page and returns the PDF and
// the truth.
func typesetPage(arts []*article, st pdfStyle, rng *rand.Rand, pageH float64) ([]byte, truthFile, float64, error) {
	em := st.fs
	colW := st.colEm * em
	gut := st.gutterEm * em
	pitch := st.lead * em
	margin := 36.0
	pageW := 2*margin + float64(st.cols)*colW + float64(st.cols-1)*gut

	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: pageW, Ht: pageH}})
	pdf.SetCompression(true)
	// Reproducible bytes: a fixed date, sorted catalog.
	pdf.SetCreationDate(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
	pdf.SetModificationDate(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
	pdf.SetCatalogSort(true)
	pdf.SetAutoPageBreak(false, 0)
	for name, path := range pdfFonts {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, truthFile{}, 0, err
		}
		pdf.AddUTF8FontFromBytes(name, "", b)
	}
	if err := pdf.Error(); err != nil {
		return nil, truthFile{}, 0, err
	}
	p := &pdfPage{pdf: pdf, st: st, rng: rng}

	// Spans: the first story is the lead story, wider.
	var stories []*story
	var rows [][]*story
	var row []*story
	used := 0
	for i, a := range arts {
		span := storySpan(rng, i == 0, i == len(arts)-1, st.cols, st.cols-used)
		maxParas := 0
		if span == 1 {
			maxParas = 2 + rng.Intn(2)
		}
		s := p.prepare(a, span, maxParas)
		stories = append(stories, s)
		row = append(row, s)
		used += span
		if used == st.cols {
			rows = append(rows, row)
			row, used = nil, 0
		}
	}
	if len(row) > 0 {
		// stretch the last row's stories over the page
		extra := st.cols - used
		row[len(row)-1].span += extra
		rows = append(rows, row)
	}

	pdf.AddPage()
	y := margin
	// masthead strip
	paper, label, date := pageHeader(rng)
	pdf.SetFont("hei", "", em*2.6)
	pdf.Text(margin, y+em*2.4, paper)
	pdf.SetFont("song", "", em*1.1)
	pdf.Text(pageW-margin-p.width(label), y+em*1.2, label)
	pdf.Text(pageW-margin-p.width(date), y+em*2.6, date)
	p.furniture = append(p.furniture, paper, label, date)
	y += em * 3.4
	pdf.Line(margin, y, pageW-margin, y)
	y += em * 1.2

	var truths []truthArticle
	for ri, r := range rows {
		if st.midStrip && ri == 1 {
			sec := pdfSections[rng.Intn(len(pdfSections))] + "·" + pdfSections[rng.Intn(len(pdfSections))]
			pdf.SetFillColor(230, 230, 230)
			pdf.Rect(margin, y, pageW-2*margin, em*2, "F")
			pdf.SetFont("hei", "", em*1.3)
			pdf.Text(margin+em, y+em*1.45, sec)
			p.furniture = append(p.furniture, sec)
			y += em * 3
		}
		x := margin
		rowH := 0.0
		for _, s := range r {
			w := float64(s.span)*colW + float64(s.span-1)*gut
			h := p.drawStory(s, x, y, colW, gut, pitch, w)
			rowH = max(rowH, h)
			x += w + gut
			truths = append(truths, s.truth)
		}
		y += rowH + em*1.5
		pdf.Line(margin, y-em*0.8, pageW-margin, y-em*0.8)
	}
	// footer
	pdf.SetFont("song", "", em*0.9)
	foot := []string{"责任编辑：" + pick(rng, []string{"王丽", "陈晨", "张敏", "刘洋"}, "王丽"), "校对：" + pick(rng, []string{"李娜", "赵强", "孙悦"}, "李娜")}
	fx := margin
	for _, f := range foot {
		pdf.Text(fx, y+em, f)
		fx += p.width(f) + em*2
		p.furniture = append(p.furniture, f)
	}
	y += em * 2
	if pdf.Err() {
		return nil, truthFile{}, 0, pdf.Error()
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, truthFile{}, 0, err
	}
	tf := truthFile{Articles: truths, Furniture: p.furniture}
	for i, s := range stories {
		if len(s.caption) > 0 {
			tf.Articles[i].Captions = s.caption
		}
	}
	return buf.Bytes(), tf, y + margin, nil
}

// drawStory draws a story at x, y in a box of width w and returns its
// height.
func (p *pdfPage) drawStory(s *story, x, y, colW, gut, pitch, w float64) float64 {
	pdf := p.pdf
	em := p.st.fs
	top := y
	bodyX, bodyCols := x, s.span
	headW := w
	if s.side {
		headW = colW
		bodyX, bodyCols = x+colW+gut, s.span-1
	}
	p.headStack(s, headW)
	hy := y
	for _, h := range s.heads {
		pdf.SetFont(h.font, "", h.fs)
		hy += h.fs * 1.25
		hx := x
		if !s.side && h.font == "hei" {
			hx = x + (headW-p.width(h.text))/2 // titles centred over the story
		}
		pdf.Text(hx, hy, h.text)
	}
	hy += em * 0.8
	if !s.side {
		y = hy
	}
	if len(s.topBy) > 0 {
		pdf.SetFont("kai", "", em)
		for _, b := range s.topBy {
			y += pitch
			pdf.Text(bodyX, y, b)
		}
		y += em * 0.5
	}
	if s.photo {
		ph := pitch * float64(5+p.rng.Intn(4))
		pw := float64(min(bodyCols, 2))*colW + float64(min(bodyCols, 2)-1)*gut
		pdf.SetFillColor(200, 200, 200)
		pdf.Rect(bodyX, y+em*0.3, pw, ph, "F")
		y += ph + em*0.3
		pdf.SetFont("kai", "", em*0.9)
		for _, c := range s.caption {
			y += em * 1.3
			pdf.Text(bodyX, y, c)
		}
		y += em * 0.6
	}
	p.bodyLines(s, colW)
	per := int(math.Ceil(float64(len(s.bodyLine)) / float64(bodyCols)))
	pdf.SetFont("song", "", em)
	maxY := y
	for c := 0; c < bodyCols; c++ {
		cy := y
		cx := bodyX + float64(c)*(colW+gut)
		for _, l := range s.bodyLine[min(c*per, len(s.bodyLine)):min((c+1)*per, len(s.bodyLine))] {
			if len(l.ps) == 0 {
				cy += pitch * p.st.paraSpace
				continue
			}
			cy += pitch
			if isBylineLine(l, s) {
				pdf.SetFont("kai", "", em)
				pdf.Text(cx+colW-p.width(l.ps[0].text), cy, l.ps[0].text)
				pdf.SetFont("song", "", em)
				continue
			}
			p.drawLine(l, cx, cy)
		}
		maxY = max(maxY, cy)
	}
	if s.side {
		maxY = max(maxY, hy)
	}
	return maxY - top
}

func isBylineLine(l pdfLine, s *story) bool {
	if len(l.ps) != 1 {
		return false
	}
	for _, b := range s.endBy {
		if l.ps[0].text == b {
			return true
		}
	}
	return false
}

// pickArticles takes the next k articles, round the list.
func pickArticles(arts []*article, next *int, k int) []*article {
	chosen := make([]*article, 0, k)
	for range k {
		chosen = append(chosen, arts[*next%len(arts)])
		*next++
	}
	return chosen
}

// finishPage reads a written PDF back with pdftotext and writes its truth.
func finishPage(out, name, style string, truth truthFile) error {
	pdfPath := filepath.Join(out, "pages", name+".pdf")
	txtPath := filepath.Join(out, "pages", name+".txt")
	if outb, err := exec.Command("pdftotext", "-enc", "UTF-8", pdfPath, txtPath).CombinedOutput(); err != nil {
		return fmt.Errorf("pdftotext %s: %v: %s", pdfPath, err, outb)
	}
	truth.File, truth.Encoding = name+".txt", "utf-8"
	truth.Layout = truthLayout{Style: style, PagesInFile: 1}
	js, _ := json.MarshalIndent(truth, "", " ")
	return os.WriteFile(filepath.Join(out, "truth", name+".json"), append(js, '\n'), 0o644)
}

// pageHeader is a page's masthead, page label and date.
func pageHeader(rng *rand.Rand) (paper, label, date string) {
	paper = mastheads[rng.Intn(len(mastheads))]
	date = fmt.Sprintf("%d年%d月%d日 星期%s", 2019+rng.Intn(6), 1+rng.Intn(12), 1+rng.Intn(28), string([]rune("一二三四五六日")[rng.Intn(7)]))
	label = fmt.Sprintf("%c%d %s", 'A'+rune(rng.Intn(3)), 1+rng.Intn(12), pdfSections[rng.Intn(len(pdfSections))])
	if rng.Float64() < 0.4 {
		label = fmt.Sprintf("第%02d版 %s", 1+rng.Intn(16), pdfSections[rng.Intn(len(pdfSections))])
	}
	return paper, label, date
}

// storySpan is how many of a row's columns a story takes: the page's
// first (lead) story half the page or more, the last of a page what is
// left, and mostly no lonely one-column remainder.
func storySpan(rng *rand.Rand, first, last bool, cols, left int) int {
	span := 1 + rng.Intn(min(3, cols))
	if first {
		span = max(cols/2+rng.Intn(2), 2)
	}
	if last || span > left {
		span = left
	}
	if left-span == 1 && rng.Float64() < 0.7 {
		span = left
	}
	return span
}
