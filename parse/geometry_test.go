package parse

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// run is a text run of a test page: text at x, y in a font of size pt,
// as wide as its characters (CJK one em, ASCII half).
func run(text string, x, y, size float64, font string) TextRun {
	w := 0.0
	for _, r := range text {
		if r < 0x80 {
			w += size / 2
		} else {
			w += size
		}
	}
	return TextRun{Text: text, Box: Box{X: x, Y: y, W: w, H: size}, Size: size, Font: font}
}

func TestJoinRuns(t *testing.T) {
	body := func(text string, x, y float64) gline {
		r := run(text, x, y, 9, "song")
		return gline{text: r.Text, box: r.Box, size: 9}
	}
	cols := []column{{36, 144}, {153, 261}}
	tests := []struct {
		name string
		runs []gline
		want []string
	}{
		{"a compressed comma overlaps the next run", []gline{body("本报讯 3月9日，", 54, 100), body("由市人", 113, 100)}, []string{"本报讯 3月9日，由市人"}},
		{"never across a gutter", []gline{body("力资源和社会保障局主办的", 36, 100), body("众号、短视频平台等渠道发", 153, 100)},
			[]string{"力资源和社会保障局主办的", "众号、短视频平台等渠道发"}},
		{"baselines apart", []gline{body("第一行", 36, 100), body("第二行", 36, 113)}, []string{"第一行", "第二行"}},
		{"a glyph a little higher is on the line", []gline{body("到家了。", 36, 100), body("”", 72, 98.5), body("家住", 81, 100)}, []string{"到家了。”家住"}},
		{"Latin words keep their space", []gline{body("APP", 36, 100), body("store", 54, 100)}, []string{"APP store"}},
		{"out of order in the input", []gline{body("乙丙", 54, 100), body("甲", 45, 100)}, []string{"甲乙丙"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range joinRuns(slices.Clone(tt.runs), cols) {
				got = append(got, l.text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("joinRuns = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestColumnsOf(t *testing.T) {
	l := func(x, w float64) gline { return gline{box: Box{X: x, Y: 100, W: w, H: 9}, size: 9} }
	tests := []struct {
		name  string
		lines []gline
		want  int
	}{
		{"two columns", []gline{l(36, 108), l(54, 90), l(153, 108)}, 2},
		{"a hanging comma reaches into the gutter", []gline{l(36, 117), l(153, 108)}, 2},
		{"a lone character after a compressed mark is no column", []gline{l(36, 104), l(145, 9), l(160, 100)}, 2},
		{"mid-line runs chain to the full lines", []gline{l(36, 108), l(117, 27), l(90, 40)}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := columnsOf(tt.lines, 9); len(got) != tt.want {
				t.Errorf("columnsOf = %v, want %d columns", got, tt.want)
			}
		})
	}
}

func TestPageStrips(t *testing.T) {
	tests := []struct {
		s               string
		masthead, strip bool
	}{
		{"清河日报", true, true}, {"东城晚报", true, true}, {"高新时报", true, true},
		{"要闻·民生", false, true}, {"经济", false, true}, {"A4 城事", false, true},
		{"中医药文化进校园", false, false}, {"喜报频传", false, false}, {"全市日报发行量创新高，", false, false},
	}
	for _, tt := range tests {
		if got := isMasthead(tt.s); got != tt.masthead {
			t.Errorf("isMasthead(%q) = %v, want %v", tt.s, got, tt.masthead)
		}
		if got := isPageStripText(tt.s); got != tt.strip {
			t.Errorf("isPageStripText(%q) = %v, want %v", tt.s, got, tt.strip)
		}
	}
}

func TestHeadEntries(t *testing.T) {
	lines := []gline{
		{text: "关注民生", size: 12, font: "kai"},
		{text: "背街小巷改造", size: 22, font: "hei"},
		{text: "让居民出行更舒心", size: 22, font: "hei"},
		{text: "——已完成", size: 12, font: "kai"},
		{text: "改造42条", size: 12, font: "kai"},
	}
	got := headEntries(lines, []int{0, 1, 2, 3, 4})
	var texts []string
	for _, e := range got {
		texts = append(texts, e.text)
	}
	want := []string{"关注民生", "背街小巷改造让居民出行更舒心", "——已完成改造42条"}
	if !slices.Equal(texts, want) || got[1].size != 22 {
		t.Errorf("headEntries = %q, want %q", texts, want)
	}
}

// testPage is a page of two stories: a kicker and a title centred over a
// two-column story with a photo caption and an end byline; a side
// headline beside a one-column story; masthead, label, date and footer.
func testPage() PageGeometry {
	const pitch = 13
	var rs []TextRun
	add := func(r TextRun) { rs = append(rs, r) }
	add(run("清河日报", 36, 30, 24, "hei"))
	add(run("A2 要闻", 380, 30, 9, "song"))
	add(run("2024年1月2日 星期二", 330, 42, 9, "song"))
	// story 1
	add(run("关注民生", 36, 70, 12, "kai"))
	add(run("老旧小区加装电梯", 60, 86, 22, "hei"))
	add(run("图为施工现场。 记者 王强 摄", 36, 118, 8, "kai"))
	col1 := []string{"　本报讯 今年以来，全", "市老旧小区加装电梯二", "百一十六部。", "　居民纷纷点赞，说上"}
	col2 := []string{"下楼再也不用发愁了。", "记者 王强"}
	for i, l := range col1 {
		x := 36.0
		if strings.HasPrefix(l, "　") {
			x, l = 54, strings.TrimPrefix(l, "　")
		}
		add(run(l, x, float64(130+i*pitch), 9, "song"))
	}
	add(run(col2[0], 153, 130, 9, "song"))
	add(run(col2[1], 216, 130+pitch, 9, "kai"))
	add(run("（下转第3版）", 153, 130+2*pitch, 9, "song"))
	add(run("图为新装的电梯。", 153, 130+4*pitch, 9, "kai")) // a caption in the body size
	// story 2: a side headline in the third column, the body in the fourth
	add(run("消防", 270, 130, 20, "hei"))
	add(run("宣传", 270, 154, 20, "hei"))
	add(run("进万家", 270, 178, 20, "hei"))
	add(run("本报讯 11月9日是全国", 387, 130, 9, "song"))
	add(run("消防日，多个社区开展", 369, 130+pitch, 9, "song"))
	add(run("宣传活动。", 369, 130+2*pitch, 9, "song"))
	add(run("责任编辑：李四", 36, 260, 8, "song"))
	return PageGeometry{Number: 1, Width: 500, Height: 300, Runs: rs}
}

func TestParseGeometry(t *testing.T) {
	p := ParseGeometry(testPage())
	if len(p.Articles) != 2 {
		t.Fatalf("%d articles: %+v", len(p.Articles), p.Articles)
	}
	a := p.Articles[0]
	if !slices.Equal(a.Headlines, []string{"关注民生", "老旧小区加装电梯"}) || a.Main != 1 {
		t.Errorf("headlines %q main %d", a.Headlines, a.Main)
	}
	if a.Lead != "本报讯" || !slices.Equal(a.Paragraphs, []string{"今年以来，全市老旧小区加装电梯二百一十六部。", "居民纷纷点赞，说上下楼再也不用发愁了。"}) {
		t.Errorf("lead %q paragraphs %q", a.Lead, a.Paragraphs)
	}
	if !slices.Equal(a.Byline.Reporters, []string{"王强"}) || !slices.Equal(a.Captions, []string{"图为施工现场。 记者 王强 摄", "图为新装的电梯。"}) {
		t.Errorf("byline %+v captions %q", a.Byline, a.Captions)
	}
	if a.Region.X != 36 || a.Region.Y != 70 || a.BodySize != 9 {
		t.Errorf("region %+v body size %v", a.Region, a.BodySize)
	}
	b := p.Articles[1]
	if !slices.Equal(b.Headlines, []string{"消防宣传进万家"}) || b.Lead != "本报讯" ||
		!slices.Equal(b.Paragraphs, []string{"11月9日是全国消防日，多个社区开展宣传活动。"}) {
		t.Errorf("side story %q %q %q", b.Headlines, b.Lead, b.Paragraphs)
	}
	for _, f := range []string{"清河日报", "A2 要闻", "2024年1月2日 星期二", "责任编辑：李四", "（下转第3版）"} {
		if !slices.Contains(p.Furniture, f) {
			t.Errorf("furniture %q lacks %q", p.Furniture, f)
		}
	}
	if p.Label != "A2 要闻" || p.Date != "2024-01-02" || p.Width != 500 {
		t.Errorf("label %q date %q width %v", p.Label, p.Date, p.Width)
	}
	if lost := lostRunes(runsText(testPage()), []Page{p}); len(lost) > 0 {
		t.Errorf("lost %v", lost)
	}
}

func runsText(g PageGeometry) string {
	var b strings.Builder
	for _, r := range g.Runs {
		b.WriteString(r.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// FuzzParseGeometry: runs anywhere, of any size, any text: no panic,
// valid UTF-8 out, no character lost.
func FuzzParseGeometry(f *testing.F) {
	f.Add(int64(1), "本报讯 今年以来，全市老旧小区加装电梯二百一十六部。记者 王强")
	f.Add(int64(7), "清河日报 A2 要闻 责任编辑：李四 图为施工现场。")
	f.Fuzz(func(t *testing.T, seed int64, text string) {
		if !utf8.ValidString(text) {
			return
		}
		rng := rand.New(rand.NewSource(seed))
		rs := []rune(text)
		var g PageGeometry
		for i := 0; i < len(rs); {
			n := 1 + rng.Intn(12)
			piece := string(rs[i:min(i+n, len(rs))])
			i += n
			size := []float64{8, 9, 9, 9, 12, 22, 0.5, 300}[rng.Intn(8)]
			g.Runs = append(g.Runs, run(piece, float64(rng.Intn(600))-20, float64(rng.Intn(800)), size, "f"))
		}
		p := ParseGeometry(g)
		for _, s := range pageStrings(&p) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 out: %q", s)
			}
		}
		if lost := lostRunes(runsText(g), []Page{p}); len(lost) > 0 {
			t.Fatalf("lost %v", lost)
		}
	})
}

// TestStripsAreFurniture: in a dump too, a masthead or a section label on
// a line of its own is furniture, never a headline.
func TestStripsAreFurniture(t *testing.T) {
	for _, s := range []string{"清河日报", "东城晚报", "要闻", "民生·经济", "经济 | 社会", "要聞"} {
		if k, _ := classify(s); k != kindFurniture {
			t.Errorf("classify(%q) = %v, want furniture", s, k)
		}
	}
	for _, s := range []string{"全市春季招聘会提供岗位超八千个", "喜报频传", "经济发展再上新台阶"} {
		if k, _ := classify(s); k == kindFurniture {
			t.Errorf("classify(%q) = furniture", s)
		}
	}
	pages := Parse("清河日报\n\n要闻\n\n全市春季招聘会提供岗位超八千个\n\n本报讯 3月9日，由市人力资源和\n社会保障局主办的春季招聘会在\n市会展中心举行。\n记者 刘晓明\n")
	if len(pages) != 1 || len(pages[0].Articles) != 1 || !slices.Equal(pages[0].Articles[0].Headlines, []string{"全市春季招聘会提供岗位超八千个"}) {
		t.Fatalf("pages %+v", pages)
	}
	if !slices.Equal(pages[0].Furniture, []string{"清河日报", "要闻"}) {
		t.Errorf("furniture %q", pages[0].Furniture)
	}
}
