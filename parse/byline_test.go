package parse

import (
	"slices"
	"testing"
)

// TestScanByline: the byline forms, one case per rule.
func TestScanByline(t *testing.T) {
	cases := []struct {
		name, line             string
		reporters, corresponds []string
		credits                []string
	}{
		{"reporter and correspondent", "记者 程浩然 通讯员 陆佳", []string{"程浩然"}, []string{"陆佳"}, nil},
		{"本报记者, letter-spaced name", "本报记者 林 静", []string{"林静"}, nil, nil},
		{"photographs by the reporter", "本报记者 潘 雪 文/图", []string{"潘雪"}, nil, []string{"潘雪"}},
		{"two correspondents", "通讯员 陈思远 周婷", nil, []string{"陈思远", "周婷"}, nil},
		{"a trainee is a reporter", "记者 何雅琴 实习生 胡嘉", []string{"何雅琴", "胡嘉"}, nil, nil},
		{"traditional roles", "記者 陳曉峰 通訊員 王明", []string{"陳曉峰"}, []string{"王明"}, nil},
		{"rare surnames", "记者 隋明 通讯员 亓卫", []string{"隋明"}, []string{"亓卫"}, nil},
		{"rare surnames of the Hundred Surnames", "记者 仉然 通讯员 郤英", []string{"仉然"}, []string{"郤英"}, nil},
		{"rare surnames of today", "记者 雒文 芈月 通讯员 矫健", []string{"雒文", "芈月"}, []string{"矫健"}, nil},
		{"甯, a surname apart from 宁", "记者 甯 静", []string{"甯静"}, nil, nil},
		{"traditional forms of 吴, 阚, 乔 and 庄", "記者 吳明 闞文 通訊員 喬安 莊敬", []string{"吳明", "闞文"}, []string{"喬安", "莊敬"}, nil},
		{"a special correspondent of the paper", "本报特派记者 阎 峰 俞 静", []string{"阎峰", "俞静"}, nil, nil},
		{"a reporter of the paper's station elsewhere", "本报驻青山记者站记者 巴 特", []string{"巴特"}, nil, nil},
		{"a reporter stationed in the capital", "驻京记者 王 芳", []string{"王芳"}, nil, nil},
		{"surnames of two characters", "记者 端木清 通讯员 上官文慧", []string{"端木清"}, []string{"上官文慧"}, nil},
		{"a surname of two characters spaced from the given name", "记者 欧阳 静 摄影 单 涛", []string{"欧阳静"}, nil, []string{"单涛"}},
		{"surnames of the commonest three hundred", "记者 肖晓 通讯员 麦子", []string{"肖晓"}, []string{"麦子"}, nil},
		{"文 standing alone before the role", "文 本报记者 闵 慧", []string{"闵慧"}, nil, nil},
		{"a name alone, spaced to three ems, signs", "刘 洋", []string{"刘洋"}, nil, nil},
		{"图 standing alone before the role", "图 本报记者 巫 刚", []string{"巫刚"}, nil, nil},
		{"credits spaced around their slash", "文 / 王小明 图 / 李四", []string{"王小明"}, nil, []string{"李四"}},
		{"credits after the names", "王小明/文 李四/图", []string{"王小明"}, nil, []string{"李四"}},
		{"credits after a reporter's names", "记者 王小明/文 李四/图", []string{"王小明", "李四"}, nil, []string{"李四"}},
		{"writer and photographer after the name", "王小明 文/图", []string{"王小明"}, nil, []string{"王小明"}},
		{"writer and photographer before the name", "文/图 王小明", []string{"王小明"}, nil, nil},
		{"文·图 before the name", "文·图/王小明", []string{"王小明"}, nil, nil},
	}
	for _, c := range cases {
		b, ok := scanByline(c.line, true)
		if !ok {
			t.Errorf("%s: %q is no byline", c.name, c.line)
			continue
		}
		if !slices.Equal(b.Reporters, c.reporters) || !slices.Equal(b.Correspondents, c.corresponds) || !slices.Equal(b.Credits, c.credits) {
			t.Errorf("%s: %q -> %q / %q / %q, want %q / %q / %q", c.name, c.line,
				b.Reporters, b.Correspondents, b.Credits, c.reporters, c.corresponds, c.credits)
		}
	}
	for _, s := range []string{"在现场拍摄了很多照片", "记者在现场看到，电子信息、装备制造"} {
		if _, ok := scanByline(s, true); ok {
			t.Errorf("%q taken for a byline", s)
		}
	}
}

// TestTakeBylines: the bylines stage gathers a story's top byline, the
// names of its dateline and its end byline, in that order, and splits the
// dateline off its first paragraph.
func TestTakeBylines(t *testing.T) {
	top, _ := scanByline("本报记者 林 静", true)
	end, _ := scanByline("记者 石磊 通讯员 白洁", true)
	stories := []*artBuild{{top: top}, {end: end}}
	arts := []Article{
		{Paragraphs: []string{"山路弯弯，学校就建在半山腰上。"}},
		{Paragraphs: []string{"本报讯（记者 黄欣然 通讯员 马俊）“以前买菜回来要歇三回。”", "第二段。"}},
	}
	takeBylines(arts, stories)
	if a := arts[0]; a.Lead != "" || !slices.Equal(a.Byline.Reporters, []string{"林静"}) {
		t.Errorf("top byline: lead %q, reporters %q", a.Lead, a.Byline.Reporters)
	}
	a := arts[1]
	if a.Lead != "本报讯（记者 黄欣然 通讯员 马俊）" || a.Paragraphs[0] != "“以前买菜回来要歇三回。”" {
		t.Errorf("lead %q, first paragraph %q", a.Lead, a.Paragraphs[0])
	}
	if !slices.Equal(a.Byline.Reporters, []string{"黄欣然", "石磊"}) || !slices.Equal(a.Byline.Correspondents, []string{"马俊", "白洁"}) {
		t.Errorf("dateline names then end byline: %q / %q", a.Byline.Reporters, a.Byline.Correspondents)
	}
}
