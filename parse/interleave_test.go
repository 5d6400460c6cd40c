package parse

import (
	"slices"
	"strings"
	"testing"
)

// TestDeinterleave: the interleave stage, one case per rule.
func TestDeinterleave(t *testing.T) {
	cases := []struct {
		name, page string
		want       [][]string // the text blocks after the stage, line by line
	}{
		{"two columns dealt line by line go back to two blocks", `
问题，今年以来，市住建部门

“以前，楼道里到处是电

推动在老旧小区集中建设充电

线，看着就让人担心。”小区

设施，目前已建成充电桩1.6

居民张阿姨说，现在大家都到

万个。

车棚里充电，楼道干净了，心

里也踏实了。`, [][]string{
			{"问题，今年以来，市住建部门", "推动在老旧小区集中建设充电", "设施，目前已建成充电桩1.6", "万个。"},
			{"“以前，楼道里到处是电", "线，看着就让人担心。”小区", "居民张阿姨说，现在大家都到", "车棚里充电，楼道干净了，心", "里也踏实了。"},
		}},
		{"a dateline opens a run, and rare words the print order makes by chance count less than common ones", `
背街小巷改造让居民出行更舒心

本报讯（记者 田甜）路

槐树巷全长约400米，过

面平整了，路灯亮了，墙面也

去路面坑洼不平，下雨天到处

变得干净整洁。走在刚刚完成

积水，电线、网线像蜘蛛网一

改造的槐树巷，居民们感觉像

样挂在墙上。今年，区里将其

换了一个地方。`, [][]string{
			{"背街小巷改造让居民出行更舒心"},
			{"本报讯（记者 田甜）路", "面平整了，路灯亮了，墙面也", "变得干净整洁。走在刚刚完成", "改造的槐树巷，居民们感觉像", "换了一个地方。"},
			{"槐树巷全长约400米，过", "去路面坑洼不平，下雨天到处", "积水，电线、网线像蜘蛛网一", "样挂在墙上。今年，区里将其"},
		}},
		{"one-line blocks that read on in print order stay as they are", `
本报讯 为解决电动自行车“充电难”

问题，今年以来，市住建部门推动

在老旧小区集中建设充电设施，目

前已建成充电桩1.6万个。`, [][]string{
			{"本报讯 为解决电动自行车“充电难”"}, {"问题，今年以来，市住建部门推动"}, {"在老旧小区集中建设充电设施，目"}, {"前已建成充电桩1.6万个。"},
		}},
		{"a column's odd pieces, fewer than a run, stay as they are", `
问题，今年以来，市住建部门

“以前楼道里到处是电

推动在老旧小区集中建设充电`, [][]string{
			{"问题，今年以来，市住建部门"}, {"“以前楼道里到处是电"}, {"推动在老旧小区集中建设充电"},
		}},
		{"a block whose lines alternate between two columns goes back to two blocks, the words its breaks cut made whole", `
本报讯 新学期开学
执法人员在检查中发
前后，市场监管部门对全
现，个别店铺存在销售过
市中小学校园周边的食品
期食品、进货台账不全等
经营店铺开展了专项检查，
问题，当场查处问题商品
重点查看“三无”食品、过
120余件，并责令限期整改。
期食品和辣条等网红零食。`, [][]string{
			{"本报讯 新学期开学", "前后，市场监管部门对全", "市中小学校园周边的食品", "经营店铺开展了专项检查，", "重点查看“三无”食品、过", "期食品和辣条等网红零食。"},
			{"执法人员在检查中发", "现，个别店铺存在销售过", "期食品、进货台账不全等", "问题，当场查处问题商品", "120余件，并责令限期整改。"},
		}},
		{"a block of one column stays whole where a deal would make few words whole", `
本报讯（记者 栾晓晨
通讯员 戈 珊）进入11
月，我市流感病例明显增多。
市疾控中心专家提醒，市民
要做好以下防护：
（一）及时接种流感疫苗。
（二）勤洗手、常通风，少
去人员密集场所。
（三）出现发热、咳嗽等
症状时，要及时就医，不带病
上班上学。
专家说：
“老人、儿童和患有慢性
病的人群是流感的高危人群，
更要提前做好防护。”`, [][]string{
			{"本报讯（记者 栾晓晨", "通讯员 戈 珊）进入11", "月，我市流感病例明显增多。", "市疾控中心专家提醒，市民", "要做好以下防护：", "（一）及时接种流感疫苗。", "（二）勤洗手、常通风，少", "去人员密集场所。", "（三）出现发热、咳嗽等", "症状时，要及时就医，不带病", "上班上学。", "专家说：", "“老人、儿童和患有慢性", "病的人群是流感的高危人群，", "更要提前做好防护。”"},
		}},
	}
	for _, c := range cases {
		els := groupBlocks(readLines(strings.Split(strings.TrimPrefix(c.page, "\n"), "\n")))
		m := measurePage(els)
		els = deinterleave(els, m.width)
		got := textBlocks(t, c.name, els)
		if !slices.EqualFunc(got, c.want, slices.Equal[[]string]) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestDeinterleaveLongRun: a run of thousands of one-line blocks (a
// hostile page) is dealt in bounded pieces, every line kept.
func TestDeinterleaveLongRun(t *testing.T) {
	page := strings.Repeat("问题，今年以来，市住建部门\n\n“以前，楼道里到处是电\n\n", 2000)
	els := groupBlocks(readLines(strings.Split(page, "\n")))
	m := measurePage(els)
	n := 0
	for _, e := range deinterleave(els, m.width) {
		n += len(e.lines)
	}
	if n != 4000 {
		t.Fatalf("%d lines after the stage, want 4000", n)
	}
}

func BenchmarkDeinterleave(b *testing.B) {
	page := strings.Repeat("问题，今年以来，市住建部门\n\n“以前楼道里到处是电\n\n推动在老旧小区集中建设充电\n\n线，看着就让人担心。”小区\n\n", 15)
	els0 := groupBlocks(readLines(strings.Split(page, "\n")))
	m := measurePage(els0)
	for b.Loop() {
		els := groupBlocks(readLines(strings.Split(page, "\n")))
		deinterleave(els, m.width)
	}
}

// textBlocks returns the lines of each text block of els, and reports a
// line whose element index is not its block's.
func textBlocks(t *testing.T, name string, els []element) [][]string {
	t.Helper()
	var got [][]string
	for k, e := range els {
		if e.kind != elemText {
			continue
		}
		var lines []string
		for _, l := range e.lines {
			lines = append(lines, l.text)
			if l.pos != k {
				t.Errorf("%s: a line of block %d says it is in %d", name, k, l.pos)
			}
		}
		got = append(got, lines)
	}
	return got
}

// TestRunLine: the lines a run of columns dealt line by line is made of —
// running text, full lines, and indented first lines with no mark in them
// — but not a short line of a title.
func TestRunLine(t *testing.T) {
	const W = 30
	for _, c := range []struct {
		text string
		want bool
	}{
		{"涨、堤防出现险情、低洼地区群众", true},
		{"演练模拟了强降雨导致河水暴", true}, // a first line, two ems in
		{"全市开展防汛应急演练", false},
	} {
		e := element{kind: elemText, lines: block(c.text)}
		if got := runLine(&e, W); got != c.want {
			t.Errorf("runLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
