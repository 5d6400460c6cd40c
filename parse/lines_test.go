package parse

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestReadLines: the lines stage, one case per rule: each line classified
// from its own text, text lines readied for the column heuristics.
func TestReadLines(t *testing.T) {
	cases := []struct {
		name string
		raw  string
		kind lineKind
		text string // kindText: as the heuristics see it
		note string // a jump note cut off
		lead bool   // a dateline opens it
	}{
		{"body text", "一排崭新的智能充电桩整齐地", kindText, "一排崭新的智能充电桩整齐地", "", false},
		{"a dateline", "本报讯 为解决电动自行车", kindText, "本报讯 为解决电动自行车", "", true},
		{"a dated dateline", "本报郑州6月7日讯 眼下正是", kindText, "本报郑州6月7日讯 眼下正是", "", true},
		{"a dateline whose source a stretched line spaced out", "本 报讯（记者 充 实）“我就", kindText, "本报讯（记者 充 实）“我就", "", true},
		{"spurious spaces between ideographs", "用 户 家 中 安装 了 室 温 采集", kindText, "用户家中安装了室温采集", "", false},
		{"spurious spaces beside numbers and their units", "气温 1 ℃～ 10 ℃，湿度 60 %", kindText, "气温1℃～10℃，湿度60%", "", false},
		{"a dateline's names spaced out, not the line", "电（记者 吴 雨 张", kindText, "电（记者 吴 雨 张", "", false},
		{"a jump note after the text", "市民排队上前体验。（下转第2版）", kindText, "市民排队上前体验。", "（下转第2版）", false},
		{"a web address in running text", "12377或登录www.12377.cn举报。", kindText, "12377或登录www.12377.cn举报。", "", false},
		{"the paper's web address", "网址：www.linjiang.cn", kindFurniture, "", "", false},
		{"the staff line", "责任编辑：刘洋", kindFurniture, "", "", false},
		{"the paper's price", "定价：1.50元", kindFurniture, "", "", false},
		{"a price in running text", "显示，本周全市猪肉平均零售价为每", kindText, "显示，本周全市猪肉平均零售价为每", "", false},
		{"a masthead", "临江日报", kindFurniture, "", "", false},
		{"a section strip", "要闻·民生", kindFurniture, "", "", false},
		{"a page label", "第01版 城事", kindFurniture, "", "", false},
		{"a page label with its section letter", "第A03版：要闻", kindFurniture, "", "", false},
		{"the night editor", "值班主任：赵强", kindFurniture, "", "", false},
		{"the staff named with spaces for colons", "编辑 王丽 校对 李红", kindFurniture, "", "", false},
		{"the paper's address for stories sent in", "投稿邮箱：news@163.com", kindFurniture, "", "", false},
		{"a title about editors", "编辑部的故事", kindText, "编辑部的故事", "", false},
		{"a caption", "图为工作人员在检查设备。 记者 程浩然 摄", kindCaption, "", "", false},
		{"an end byline", "记者 程浩然 通讯员 陆佳", kindByline, "", "", false},
		{"a traditional-script byline", "記者 陳曉峰 攝", kindByline, "", "", false},
		{"a rare surname", "记者 隋明 通讯员 亓卫", kindByline, "", "", false},
	}
	for _, c := range cases {
		pl := readLines([]string{"", "  " + c.raw + "  "})
		if len(pl.lines) != 1 {
			t.Fatalf("%s: %d lines", c.name, len(pl.lines))
		}
		l := pl.lines[0]
		if l.kind != c.kind {
			t.Errorf("%s: %q is %v, want %v", c.name, c.raw, l.kind, c.kind)
			continue
		}
		if !l.blank {
			t.Errorf("%s: the blank line before is not noted", c.name)
		}
		if c.kind != kindText {
			continue
		}
		if tl := pl.text[l.ti]; tl.text != c.text || l.note != c.note || tl.lead != c.lead {
			t.Errorf("%s: text %q note %q lead %v, want %q %q %v", c.name, tl.text, l.note, tl.lead, c.text, c.note, c.lead)
		}
	}
}

// TestSignedName: a line that is only a two-character name spaced to
// three ems is a byline after a sentence's end, and text elsewhere (a
// headline letter-spaced).
func TestSignedName(t *testing.T) {
	for _, c := range []struct {
		name string
		raw  []string
		want lineKind // of the last line
	}{
		{"a commentary signed", []string{"每一处用心的服务里。", "刘 洋"}, kindByline},
		{"a headline letter-spaced", []string{"春风送岗", "位 就"}, kindText},
		{"a name and more is no signature", []string{"每一处用心的服务里。", "刘 洋 张"}, kindText},
		{"nor a word under no surname", []string{"每一处用心的服务里。", "的 是"}, kindText},
	} {
		pl := readLines(c.raw)
		if got := pl.lines[len(pl.lines)-1].kind; got != c.want {
			t.Errorf("%s: %q is %v, want %v", c.name, c.raw, got, c.want)
		}
	}
}

// TestDatelineNamesWrapped: the names of a dateline wrapped onto the next
// line, or opening their bracket under a source set on a line of its own,
// are text of the dateline, not a byline.
func TestDatelineNamesWrapped(t *testing.T) {
	pl := readLines([]string{"本报讯（记者 黄欣然", "通讯员 马俊）"})
	if pl.lines[1].kind != kindText {
		t.Errorf("the dateline's wrapped names are %v, want text", pl.lines[1].kind)
	}
	pl = readLines([]string{"本报讯", "（通讯员 钱小", "红 记者 冯涛）上午提交"})
	if pl.lines[1].kind != kindText {
		t.Errorf("the names under a source alone are %v, want text", pl.lines[1].kind)
	}
	pl = readLines([]string{"本报讯", "（通讯员 钱小红", "记者 冯涛）", "上午提交材料，"})
	if pl.lines[1].kind != kindText || pl.lines[2].kind != kindText {
		t.Errorf("the names under a source alone, over two lines, are %v and %v, want text", pl.lines[1].kind, pl.lines[2].kind)
	}
	pl = readLines([]string{"楼道干净了，心里也踏实了。", "记者 程浩然）"})
	if pl.lines[1].kind != kindByline {
		t.Errorf("after a line with no open dateline, a byline stays one: %v", pl.lines[1].kind)
	}
}

// TestPaperNameOverItsDateline: a paper's name standing alone is its
// masthead, unless the next line goes on with its 讯: a dateline the
// column broke after the name.
func TestPaperNameOverItsDateline(t *testing.T) {
	pl := readLines([]string{"扬子晚报", "讯（记者 王小明）昨天下午，市城管局"})
	if l := pl.lines[0]; l.kind != kindText || !pl.text[l.ti].lead {
		t.Errorf("a paper's name over its 讯 is %v (lead %v), want a dateline's text", l.kind, l.kind == kindText && pl.text[l.ti].lead)
	}
	pl = readLines([]string{"扬子晚报", "", "市民广场音乐喷泉今晚开放"})
	if pl.lines[0].kind != kindFurniture {
		t.Errorf("a paper's name alone is %v, want furniture", pl.lines[0].kind)
	}
}

// TestCaptionInText: a caption-like line set inside a block of text that
// goes on into the block's next line is a photo story's text; one set
// apart, or ending on its credit, stays a caption.
func TestCaptionInText(t *testing.T) {
	for _, c := range []struct {
		name string
		raw  []string
		want lineKind
	}{
		{"inside the text, going on", []string{"出与龙有关的文物120余件。", "图为小朋友在展厅内观看龙纹", "玉佩。"}, kindText},
		{"set apart by a blank line", []string{"出与龙有关的文物120余件。", "", "图为小朋友在展厅内观看龙纹", "玉佩。"}, kindCaption},
		{"ending its sentence", []string{"出与龙有关的文物120余件。", "图为小朋友在展厅内观看玉佩。", "春节期间，博物馆每天开放。"}, kindCaption},
		{"with its credit", []string{"出与龙有关的文物120余件。", "图为小朋友在观看龙纹玉佩。 记者 汤静 摄", "春节期间，博物馆每天开放。"}, kindCaption},
	} {
		pl := readLines(c.raw)
		found, got := false, kindText
		for _, l := range pl.lines {
			if strings.HasPrefix(l.raw, "图为") {
				found, got = true, l.kind
			}
		}
		if !found || got != c.want {
			t.Errorf("%s: the 图为 line is %v, want %v", c.name, got, c.want)
		}
	}
}

// TestCaptionEdges: the quick tests on a line's first and last characters
// let every caption start and end through.
func TestCaptionEdges(t *testing.T) {
	for _, p := range captionStarts {
		r, _ := utf8.DecodeRuneInString(p)
		if !captionFirst(r) && cueOf(r)&cueCaption == 0 {
			t.Errorf("caption start %q is never tried", p)
		}
	}
	for _, p := range captionEnds {
		if r, _ := utf8.DecodeLastRuneInString(p); !captionLast(r) {
			t.Errorf("caption end %q is never tried", p)
		}
	}
}
