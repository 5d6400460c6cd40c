package parse

import (
	"slices"
	"strings"
	"testing"
)

// TestMeasurePunct: a page whose full lines hold 12 characters however
// many commas they have sets punctuation at a full em; a page whose full
// lines hold a character more per two commas compresses it. Lines are
// measured accordingly.
func TestMeasurePunct(t *testing.T) {
	lines := func(texts []string) []*tline {
		var out []*tline
		for i := 0; i < 3; i++ {
			for _, s := range texts {
				out = append(out, &tline{text: s, lineInfo: measure(s)})
			}
		}
		return out
	}
	full := []string{ // 12 characters a line, a mark counting a full em
		"高新区加装电梯二百一十六", "部，居民上下楼，不再难，", "老人出行方便，家人放心。", "社区党委牵头召开议事会，",
		"逐楼逐户征求意见，最终有", "九栋楼，同意加装，电梯。", "费用如何分担，是难题。难",
	}
	compressed := []string{ // the same 12 ems, marks at half an em: a character more per two marks
		"高新区加装电梯二百一十六", "部，居民上下楼，不再难，老", "人出行方便，家人放心。社", "区党委牵头召开议事会，逐",
		"楼逐户征求意见，最终有九", "栋楼，同意加装，电梯。费用", "如何分担，是难题。难题难",
	}
	// 14 ems a line, most lines with one mark: at half an em the widths
	// spread over four values, at a full em they are one
	spread := []string{
		"城市地下管网老了怎么办？据统", "计，到去年底全市约有三百公里", "的管网使用时间已超过二十年，",
		"居民王女士今年六十岁，因为管", "道老化家中夏天经常停水。村里", "的干部说，乡村治理靠的是大家",
		"计，到去年底，全市约有三百公", "里的管网，使用时间已超过二十", "家住竞秀区某小区的居民王女士",
		"今年六十岁，因为管道老化，家", "中夏天经常停水，干部说，党员", "带头群众跟上事情就好办了村里",
	}
	for _, tt := range []struct {
		name  string
		texts []string
		units int  // of a line with three marks
		full  bool // what measurePunct reports
	}{
		{"full-em punctuation, most lines one width, the rest spread by their marks", spread, 28, true},
		{"full-em punctuation", full, 24, true},
		{"compressed punctuation", compressed, 23, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ls := lines(tt.texts)
			if got := measurePunct(ls); got != tt.full {
				t.Errorf("measurePunct = %v, want %v", got, tt.full)
			}
			for _, l := range ls {
				if strings.Count(l.text, "，")+strings.Count(l.text, "。") == 3 && l.units != tt.units {
					t.Errorf("%q measures %d units, want %d", l.text, l.units, tt.units)
				}
			}
		})
	}
}

// TestColumnWidth: the page's column width is an upper percentile of the
// widths of lines that run on, so that paragraph tails and indented first
// lines do not pull it down, and full lines measure full.
func TestColumnWidth(t *testing.T) {
	page := strings.Join([]string{
		"在南苑小区，一排崭新的智能",
		"充电桩整齐地安装在车棚里。",
		"居民扫码就能充电，充满一次",
		"只需1元左右，充满后会自动",
		"断电。",
		"“以前楼道里到处是电线，",
		"看着就让人担心。”小区居民",
		"张阿姨说，现在大家都到车棚",
		"里充电，楼道干净了，心里也",
		"踏实了。",
	}, "\n")
	m := measurePage(groupBlocks(readLines(strings.Split(page, "\n"))))
	if want := measure("在南苑小区，一排崭新的智能").units; m.width != want {
		t.Errorf("column width %d units, want %d (a full line)", m.width, want)
	}
	if m.fullPunct {
		t.Errorf("a page of ten lines decides no punctuation width")
	}
}

// TestColumnWidthGlued: where poppler glued two columns into one line,
// at a space or with none, those lines measure two columns; the page's
// column width is still one column's, when a third of the lines are glued
// and when most are.
func TestColumnWidthGlued(t *testing.T) {
	single := []string{
		"张阿姨说，现在大家都到车棚",
		"里充电，楼道干净了心里也很",
		"踏实，晚上睡觉都安稳。”",
		"下一步，街道还将在辖区其他",
		"小区推广这一做法，让更多的",
		"居民受益，同时加强日常巡查",
		"和维护，及时排除安全隐患，",
		"确保充电设施安全平稳运行，",
		"让居民用得放心，用得舒心。",
		"据介绍，全区今年计划新建充",
		"电桩两千个，覆盖所有老旧小",
		"区，年底前全部投入使用。",
	}
	glued := []string{
		"在南苑小区，一排崭新的智能 居民扫码就能充电，充满一次",
		"充电桩整齐地安装在车棚里。只需1元左右，充满后会自动",
		"“以前楼道里到处是电线， 看着就让人担心。”小区居民",
	}
	var most []string
	for range 5 {
		most = append(most, glued[0], glued[2])
	}
	for _, tt := range []struct {
		name  string
		lines []string
	}{
		{"a third of the lines glued", append(slices.Clone(glued), single...)},
		{"most lines glued at a space", append(most, single[:8]...)},
	} {
		m := measurePage(groupBlocks(readLines(tt.lines)))
		if want := measure("张阿姨说，现在大家都到车棚").units; m.width != want {
			t.Errorf("%s: column width %d units, want %d (one column)", tt.name, m.width, want)
		}
	}
}

// TestHangWidth: a page whose full lines end with a closing mark past the
// column hangs its marks; one whose lines stay within it does not.
func TestHangWidth(t *testing.T) {
	page := func(texts ...string) []*tline {
		var out []*tline
		for range 4 {
			for _, s := range texts {
				out = append(out, &tline{text: s, lineInfo: measure(s)})
			}
		}
		return out
	}
	hung := page("读者刷身份证或者读者证就能", "进门，借还图书全部自助，", "完成了所有的借阅手续和归还了。", "在附近一家公司上班的小杨说", "书房里的环境很安静还有免费网络，")
	m := pageMeasure{width: measure("读者刷身份证或者读者证就能").units}
	if got := hangWidth(hung, m); got != unitHalf {
		t.Errorf("hanging page: hang %d, want %d", got, unitHalf)
	}
	flat := page("读者刷身份证或者读者证就能", "进门，借还图书全部自助", "完成了所有的借阅手续和", "在附近一家公司上班的小杨说")
	if got := hangWidth(flat, m); got != 0 {
		t.Errorf("page without hanging: hang %d, want 0", got)
	}
}

// TestLinesWidthShortParagraphs: a story of short paragraphs, set wider
// than the page's columns, has few full lines; its width is theirs, not
// the percentile its first and last lines pull down. Units as read at
// half an em a mark (the widths are set by hand).
func TestLinesWidthShortParagraphs(t *testing.T) {
	line := func(units int, end bool) tline {
		return tline{lineInfo: lineInfo{units: units, end: end}}
	}
	lines := []tline{
		line(29, false), line(34, false), line(24, true), // a first line, a full line, the last
		line(28, false), line(34, false), line(26, true),
		line(30, false), line(27, true),
	}
	if got := linesWidth(lines); got != 34 {
		t.Errorf("linesWidth = %d, want 34 (the full lines)", got)
	}
	// a glued line far wider than the rest does not count
	lines[1] = line(50, false)
	lines[4] = line(52, false)
	if got := linesWidth(lines); got > 34 {
		t.Errorf("linesWidth with glued lines = %d, want no more than 34", got)
	}
}

// TestPrintWidth: the print width of a line, in half ems, before the page's
// punctuation width is known: ideographs a whole em, digits half, the
// compressible marks half, the marks print never compresses a whole em.
func TestPrintWidth(t *testing.T) {
	cases := []struct {
		name, s string
		units   int
	}{
		{"ideographs", "晴转多云", 8},
		{"digits and a compressible comma", "偏北风3级，", 10},
		{"the wave dash of a range and the degree sign are whole ems", "2℃～12℃", 9},
	}
	for _, c := range cases {
		if got := measure(c.s).units; got != c.units {
			t.Errorf("%s: %q measures %d units, want %d", c.name, c.s, got, c.units)
		}
	}
}
