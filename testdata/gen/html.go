package main

// A second typesetting engine for the PDF corpus: pages laid out in HTML
// and CSS (a grid of stories, CSS columns, justified text with a two-em
// indent) and printed to PDF by headless Chromium, which places text line
// by line with its own justification. The same articles, the same truth
// format; the fonts are the same TrueType files, loaded with @font-face.

import (
	"fmt"
	"html"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// htmlStyle is one family of HTML pages.
type htmlStyle struct {
	family   string
	cols     int
	colEm    float64
	gutterEm float64
	fs       float64 // px
	lead     float64
	sideHead float64
	photos   float64
}

var htmlFamilies = []htmlStyle{
	{family: "html-grid5", cols: 5, colEm: 13, gutterEm: 1.5, fs: 13, lead: 1.55, photos: 0.3},
	{family: "html-grid6", cols: 6, colEm: 12, gutterEm: 1.2, fs: 12, lead: 1.5, sideHead: 0.4, photos: 0.3},
	{family: "html-grid4", cols: 4, colEm: 15, gutterEm: 2, fs: 14, lead: 1.6, sideHead: 0.5, photos: 0.5},
}

// writeHTMLPages lays out n pages in HTML, prints them with Chromium to
// out/pages/NAME.pdf and writes their truth.
func writeHTMLPages(arts []*article, n int, out string, seed int64) error {
	chrome, err := exec.LookPath("chromium")
	if err != nil {
		return fmt.Errorf("the HTML pages need chromium (apt install chromium)")
	}
	for _, d := range []string{"pages", "truth"} {
		if err := os.MkdirAll(filepath.Join(out, d), 0o755); err != nil {
			return err
		}
	}
	tmp, err := os.MkdirTemp("", "kanbao-html")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	rng := rand.New(rand.NewSource(seed))
	next := rng.Intn(len(arts))
	for i := 0; i < n; i++ {
		st := htmlFamilies[i%len(htmlFamilies)]
		chosen := pickArticles(arts, &next, 3+rng.Intn(3))
		name := fmt.Sprintf("html-%03d", i+1)
		page, truth := htmlPage(chosen, st, rng)
		src := filepath.Join(tmp, name+".html")
		if err := os.WriteFile(src, []byte(page), 0o644); err != nil {
			return err
		}
		pdfPath, _ := filepath.Abs(filepath.Join(out, "pages", name+".pdf"))
		cmd := exec.Command(chrome, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir="+filepath.Join(tmp, "profile"),
			"--no-pdf-header-footer", "--print-to-pdf="+pdfPath, "file://"+src)
		if outb, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("chromium %s: %v: %s", name, err, outb)
		}
		if err := finishPage(out, name, st.family, truth); err != nil {
			return err
		}
	}
	return nil
}

// htmlPage lays out the stories of one page.
func htmlPage(arts []*article, st htmlStyle, rng *rand.Rand) (string, truthFile) {
	colW := st.colEm * st.fs
	gut := st.gutterEm * st.fs
	pageW := float64(st.cols)*colW + float64(st.cols-1)*gut + 80
	var b strings.Builder
	esc := html.EscapeString
	fmt.Fprintf(&b, `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@font-face { font-family: song; src: url("file://%s"); }
@font-face { font-family: kai; src: url("file://%s"); }
@font-face { font-family: hei; src: url("file://%s"); }
@page { size: %.0fpx 2400px; margin: 0; }
body { margin: 40px; width: %.0fpx; font-family: song; font-size: %.0fpx; line-height: %.2f; }
.mast { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2px solid #000; padding-bottom: 6px; margin-bottom: 14px; }
.mast .name { font-family: hei; font-size: %.0fpx; }
.mast .meta { text-align: right; font-size: %.0fpx; line-height: 1.4; }
.row { display: grid; grid-template-columns: repeat(%d, %.0fpx); column-gap: %.0fpx; border-bottom: 1px solid #888; padding-bottom: 10px; margin-bottom: 14px; }
.story { min-width: 0; }
.kicker, .sub { font-family: kai; font-size: %.0fpx; line-height: 1.3; }
.title { font-family: hei; font-size: %.0fpx; line-height: 1.25; text-align: center; margin: 2px 0 8px; }
.side { display: grid; column-gap: %.0fpx; }
.side .head .title { text-align: left; }
.body { column-gap: %.0fpx; text-align: justify; }
.body p { margin: 0; text-indent: 2em; }
.by { font-family: kai; text-align: right; margin: 0; }
.topby { font-family: kai; margin: 0 0 4px; }
.photo { background: #ccc; margin: 4px 0 2px; }
.cap { font-family: kai; font-size: %.0fpx; line-height: 1.4; margin-bottom: 6px; }
.foot { font-size: %.0fpx; }
</style></head><body>
`, pdfFonts["song"], pdfFonts["kai"], pdfFonts["hei"], pageW, pageW-80, st.fs, st.lead, st.fs*2.6, st.fs*1.05,
		st.cols, colW, gut, st.fs*1.3, st.fs*2.2, gut, gut, st.fs*0.9, st.fs*0.9)
	paper, label, date := pageHeader(rng)
	fmt.Fprintf(&b, `<div class="mast"><div class="name">%s</div><div class="meta">%s<br>%s</div></div>`+"\n", paper, label, date)
	furniture := []string{paper, label, date}

	var truths []truthArticle
	used := 0
	b.WriteString(`<div class="row">`)
	for i, a := range arts {
		span := storySpan(rng, i == 0, i == len(arts)-1, st.cols, st.cols-used)
		paras := a.paras
		if span == 1 && len(paras) > 3 {
			paras = paras[:2+rng.Intn(2)]
		}
		t := truthArticle{Lead: a.lead, Paragraphs: nonNil(append([]string(nil), paras...)),
			Reporters: nonNil(a.reporters), Correspondents: nonNil(a.correspondents), Placement: "top"}
		hs, main := a.headlines()
		t.Headlines, t.Main = hs, main
		side := span >= 3 && rng.Float64() < st.sideHead
		if side {
			t.Placement = "side"
		}
		fmt.Fprintf(&b, `<div class="story" style="grid-column: span %d">`, span)
		head := func() {
			b.WriteString(`<div class="head">`)
			for j, h := range hs {
				cls := "kicker"
				switch {
				case j == main:
					cls = "title"
				case j > main:
					cls = "sub"
				}
				fmt.Fprintf(&b, `<div class="%s">%s</div>`, cls, esc(h))
			}
			b.WriteString(`</div>`)
		}
		bodyCols := span
		if side {
			fmt.Fprintf(&b, `<div class="side" style="grid-template-columns: %.0fpx 1fr">`, colW)
			head()
			bodyCols--
		} else {
			head()
		}
		b.WriteString(`<div>`)
		if topByline(a) {
			for _, by := range a.byline {
				fmt.Fprintf(&b, `<p class="topby">%s</p>`, esc(by))
			}
		}
		if span >= 2 && rng.Float64() < st.photos {
			by := "记者 " + pick(rng, a.reporters, "王磊")
			cap := photoCaptions[rng.Intn(len(photoCaptions))] + " " + by + " 摄"
			fmt.Fprintf(&b, `<div class="photo" style="height:%dpx; width:%.0fpx"></div><div class="cap">%s</div>`,
				int(st.fs*st.lead)*(5+rng.Intn(4)), float64(min(bodyCols, 2))*colW+float64(min(bodyCols, 2)-1)*gut, esc(cap))
			t.Captions = []string{cap}
		}
		fmt.Fprintf(&b, `<div class="body" style="column-count: %d">`, bodyCols)
		for j, p := range paras {
			if j == 0 && a.lead != "" {
				sep := " "
				if strings.HasSuffix(a.lead, "）") {
					sep = ""
				}
				p = a.lead + sep + p
			}
			fmt.Fprintf(&b, `<p>%s</p>`, esc(p))
		}
		if len(a.byline) > 0 {
			t.BylineRaw = strings.Join(a.byline, " ")
			if !topByline(a) {
				for _, by := range a.byline {
					fmt.Fprintf(&b, `<p class="by">%s</p>`, esc(by))
				}
			}
		}
		b.WriteString(`</div></div>`)
		if side {
			b.WriteString(`</div>`)
		}
		b.WriteString("</div>\n")
		truths = append(truths, t)
		used += span
		if used == st.cols && i < len(arts)-1 {
			b.WriteString("</div>\n<div class=\"row\">")
			used = 0
		}
	}
	b.WriteString("</div>\n")
	editor := "责任编辑：" + pick(rng, []string{"王丽", "陈晨", "张敏", "刘洋"}, "王丽")
	fmt.Fprintf(&b, `<div class="foot">%s</div></body></html>`, editor)
	furniture = append(furniture, editor)
	return b.String(), truthFile{Articles: truths, Furniture: furniture}
}
