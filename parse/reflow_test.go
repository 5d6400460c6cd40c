package parse

import (
	"slices"
	"testing"
)

// block makes the lines of one text block, measured as buildElements
// measures them (punctuation at half an em).
func block(texts ...string) []tline {
	ls := make([]tline, len(texts))
	for i, t := range texts {
		ls[i] = tline{text: t, lineInfo: measure(t)}
	}
	return ls
}

// TestReflow: paragraph ends and joined lines in column text of width
// 11 ems (22 units), one case per rule.
func TestReflow(t *testing.T) {
	const W = 22
	cases := []struct {
		name  string
		lines []tline
		want  []string
	}{
		{"full lines run on, a short sentence end closes", block(
			"在南苑小区，一排崭新的智",
			"能充电桩整齐地安装在车棚",
			"里。居民扫码。",
			"一次只需1元，充满后",
			"会自动断电。"),
			[]string{"在南苑小区，一排崭新的智能充电桩整齐地安装在车棚里。居民扫码。", "一次只需1元，充满后会自动断电。"}},
		{"a dash list's item after a sentence's end opens its paragraph, though the two pieces add up to a line", block(
			"——巡线。队员们沿线",
			"步行十几公里，逐基检查杆塔",
			"和导线。",
			"——抢修。接到电",
			"话，队员们立即赶到现场。"),
			[]string{"——巡线。队员们沿线步行十几公里，逐基检查杆塔和导线。", "——抢修。接到电话，队员们立即赶到现场。"}},
		{"a quotation two ems short whose speaker the next line names opens its paragraph", block(
			"志愿者的服务时长可以兑换",
			"也可以转赠给家里老人。",
			"“邻里热乎起来了。”",
			"不少居民这样感慨。"),
			[]string{"志愿者的服务时长可以兑换也可以转赠给家里老人。", "“邻里热乎起来了。”不少居民这样感慨。"}},
		{"a printed line cut at an opening quote", block(
			"一边用手机扫码了解企业信",
			"息。返乡的王女士说：",
			"“在家",
			"门口就能找到合适的工作，",
			"心里踏实多了。”"),
			[]string{"一边用手机扫码了解企业信息。返乡的王女士说：“在家门口就能找到合适的工作，心里踏实多了。”"}},
		{"a line cut in three by justification spacing", block(
			"人民公园东门的城市书房依",
			"然灯火通明。",
			"书架前，有",
			"人驻足挑选图书，阅览区里",
			"学生们埋头做题。"),
			[]string{"人民公园东门的城市书房依然灯火通明。书架前，有人驻足挑选图书，阅览区里学生们埋头做题。"}},
		{"a piece ending with a comma, then a long one", block(
			"援支队在市民广场举办消",
			"防宣传活动，通过展板展",
			"示、",
			"器材体验、互动问答等",
			"形式普及消防知识。"),
			[]string{"援支队在市民广场举办消防宣传活动，通过展板展示、器材体验、互动问答等形式普及消防知识。"}},
		{"a closing quote set on a line of its own opens no paragraph", block(
			"“老人和儿童是流感的高危",
			"人群，更要提前做好防护。",
			"”",
			"接种疫苗后，要在接种",
			"点留观半小时。"),
			[]string{"“老人和儿童是流感的高危人群，更要提前做好防护。”", "接种疫苗后，要在接种点留观半小时。"}},
		{"a quotation's speaker on a short line closes the quotation's paragraph", block(
			"“干了二十多年，每天这个点",
			"起床，习惯了。”",
			"他说。",
			"6点刚过，店门口就",
			"排起了队。"),
			[]string{"“干了二十多年，每天这个点起床，习惯了。”他说。", "6点刚过，店门口就排起了队。"}},
		{"a list announced at a line's end opens its first item on the next", block(
			"进入11月，我市流感病例明",
			"显增多。专家提醒做好防护：",
			"（一）及时接种流感疫苗。",
			"（二）勤洗手、常通风，少去",
			"人员密集场所。"),
			[]string{"进入11月，我市流感病例明显增多。专家提醒做好防护：", "（一）及时接种流感疫苗。", "（二）勤洗手、常通风，少去人员密集场所。"}},
		{"an item of two lines ends at its semicolon, on a full line", block(
			"消防提醒：",
			"电动自行车不得在楼道、楼",
			"梯间等公共区域停放和充电；",
			"不得私拉电线给电动车充电；",
			"发现违规行为，可拨打",
			"96119举报。"),
			[]string{"消防提醒：", "电动自行车不得在楼道、楼梯间等公共区域停放和充电；", "不得私拉电线给电动车充电；", "发现违规行为，可拨打96119举报。"}},
		{"a numbered item opens a printed line, no piece of the short line before", block(
			"委员们重点关注了以下问",
			"题：",
			"1.停车难；",
			"2.课后服务；",
			"3.养老服务设施建设。"),
			[]string{"委员们重点关注了以下问题：", "1.停车难；", "2.课后服务；", "3.养老服务设施建设。"}},
		{"a range's dash at a line's end introduces nothing", block(
			"美食节将持续到11月",
			"20日，每天10:00—",
			"22:00开放。"),
			[]string{"美食节将持续到11月20日，每天10:00—22:00开放。"}},
		{"a nearly full sentence end before a full line runs on", block(
			"和平街道长青社区的老年食堂",
			"里，鱼块、番茄蛋汤……",
			"两荤两素一汤，标价十二",
			"元，老人只需付六元。"),
			[]string{"和平街道长青社区的老年食堂里，鱼块、番茄蛋汤……两荤两素一汤，标价十二元，老人只需付六元。"}},
		{"a nearly full colon line before a full quote line runs on", block(
			"一家初创企业刚刚完成了融",
			"资。企业创始人说：",
			"“孵化器帮我们对接了十",
			"几家投资机构。”"),
			[]string{"一家初创企业刚刚完成了融资。企业创始人说：“孵化器帮我们对接了十几家投资机构。”"}},
		{"a first line that ends a sentence, before the full line it runs into", block(
			"六十七岁的竹编艺人罗德",
			"成，和竹子打了五十年交道。",
			"罗德成的技艺祖传。",
			"年轻时，他编的竹筐、竹席",
			"在十里八乡都很抢手。"),
			[]string{"六十七岁的竹编艺人罗德成，和竹子打了五十年交道。", "罗德成的技艺祖传。年轻时，他编的竹筐、竹席在十里八乡都很抢手。"}},
		{"a closing quote poppler moved to the next line", block(
			"“我们请来了老工匠，用传",
			"统工艺修复门窗和屋",
			"脊。",
			"”老街改造项目负责人",
			"说，仅收集老砖就用了半年。"),
			[]string{"“我们请来了老工匠，用传统工艺修复门窗和屋脊。”老街改造项目负责人说，仅收集老砖就用了半年。"}},
		{"a quotation cut from its colon", block(
			"在灭火器体验区，消",
			"防员手把手教市民使用灭",
			"火器：",
			"“一拔、二握、三瞄、",
			"四压，记住这几个步骤就",
			"行。”"),
			[]string{"在灭火器体验区，消防员手把手教市民使用灭火器：“一拔、二握、三瞄、四压，记住这几个步骤就行。”"}},
		{"a two-line heading paragraph ending with a dash is not a cut line", block(
			"保护与利用并重，老建筑",
			"重焕光彩——",
			"鼓楼老街形成于明清时期，现",
			"存传统院落42座。"),
			[]string{"保护与利用并重，老建筑重焕光彩——", "鼓楼老街形成于明清时期，现存传统院落42座。"}},
		{"a list set one item a paragraph: the next item opens one, its marks squeezed to a full line's width", block(
			"专家提醒，要做好以下防护：",
			"（一）及时接种疫苗。",
			"（二）勤洗手、常通风，少",
			"去人员密集场所。",
			"（三）有症状及时就医。"),
			[]string{"专家提醒，要做好以下防护：", "（一）及时接种疫苗。", "（二）勤洗手、常通风，少去人员密集场所。", "（三）有症状及时就医。"}},
		{"items ending in a semicolon, numbered 1. 2.", block(
			"1.老旧小区停车难；",
			"2.中小学课后服务；"),
			[]string{"1.老旧小区停车难；", "2.中小学课后服务；"}},
		{"an item ending with a semicolon on a short line closes its paragraph", block(
			"消防部门提醒：",
			"电动车不得在楼道、楼",
			"梯间停放和充电；",
			"不得私拉电线给电动",
			"车充电，违者罚款；",
			"发现违规行为，可拨打",
			"96119举报。"),
			[]string{"消防部门提醒：", "电动车不得在楼道、楼梯间停放和充电；", "不得私拉电线给电动车充电，违者罚款；", "发现违规行为，可拨打96119举报。"}},
		{"a one-line item ending with a semicolon after another is a paragraph", block(
			"电动车不得在楼道、楼",
			"梯间停放和充电；",
			"不得私拉电线充电；",
			"发现违规行为，可拨打",
			"96119举报。"),
			[]string{"电动车不得在楼道、楼梯间停放和充电；", "不得私拉电线充电；", "发现违规行为，可拨打96119举报。"}},
		{"a one-line item ending with a semicolon after the colon that announced the list is a paragraph", block(
			"入冬以来，消防救援支队提",
			"醒市民：",
			"外出时要关闭燃气阀门；",
			"不要在室内给电动车充",
			"电，违者罚款；"),
			[]string{"入冬以来，消防救援支队提醒市民：", "外出时要关闭燃气阀门；", "不要在室内给电动车充电，违者罚款；"}},
		{"a one-line paragraph announcing a list ends at its colon, the first item on a full line", block(
			"林业部门提醒：",
			"进山不带火种，不在林区吸",
			"烟、烧烤；",
			"发现火情及时报警。"),
			[]string{"林业部门提醒：", "进山不带火种，不在林区吸烟、烧烤；", "发现火情及时报警。"}},
		{"the last item of a ；-list, one line closed by a full stop, ends its paragraph before a full line", block(
			"进山不带火种，不在林区吸",
			"烟、烧烤；",
			"发现火情要及时报警。",
			"据介绍，今年我市还将投入无",
			"人机巡护。"),
			[]string{"进山不带火种，不在林区吸烟、烧烤；", "发现火情要及时报警。", "据介绍，今年我市还将投入无人机巡护。"}},
		{"a full line ending with a semicolon runs on", block(
			"电动车不得在楼道、楼",
			"梯间停放，不得在室内充电；",
			"违者将被责令整改。"),
			[]string{"电动车不得在楼道、楼梯间停放，不得在室内充电；违者将被责令整改。"}},
		{"voices quoted one after the other, one line each, are paragraphs each", block(
			"“希望孙子考上大学。”",
			"“希望菜价稳稳当当。”",
			"“希望咱这条巷子早点",
			"通上天然气。”"),
			[]string{"“希望孙子考上大学。”", "“希望菜价稳稳当当。”", "“希望咱这条巷子早点通上天然气。”"}},
		{"the first of voices quoted one line each, after a full line's sentence end, opens a paragraph", block(
			"新年将至，记者在老城区",
			"听街坊们聊起了新年的愿望。",
			"“希望孙子考上大学。”",
			"“希望菜价稳稳当当。”"),
			[]string{"新年将至，记者在老城区听街坊们聊起了新年的愿望。", "“希望孙子考上大学。”", "“希望菜价稳稳当当。”"}},
		{"the last of voices quoted one after the other ends on a full line, and its paragraph with it", block(
			"“希望菜价稳稳当当。”",
			"“希望巷子里早点通上天",
			"然气，咱的日子更加红火。”",
			"愿望有大有小。"),
			[]string{"“希望菜价稳稳当当。”", "“希望巷子里早点通上天然气，咱的日子更加红火。”", "愿望有大有小。"}},
		{"the last voice runs on into the line naming its speaker", block(
			"“希望菜价稳稳当当。”",
			"“希望巷子里早点通上天",
			"然气，咱的日子更加红火。”",
			"王大爷说。"),
			[]string{"“希望菜价稳稳当当。”", "“希望巷子里早点通上天然气，咱的日子更加红火。”王大爷说。"}},
		{"a quotation the speaker's words follow runs on into the next", block(
			"“希望孙子考上大学。”",
			"王大爷笑着说，“也希望",
			"菜价稳稳当当。”"),
			[]string{"“希望孙子考上大学。”王大爷笑着说，“也希望菜价稳稳当当。”"}},
		{"an enumeration run into a paragraph is not cut at its items", block(
			"市里提出两条措施：一是加",
			"大补贴力度；二是拓宽就业",
			"渠道。"),
			[]string{"市里提出两条措施：一是加大补贴力度；二是拓宽就业渠道。"}},
		{"an item number is no decimal (1.5万)", block(
			"1.5万名考生参加考试，",
			"2.3万人报名。"),
			[]string{"1.5万名考生参加考试，2.3万人报名。"}},
	}
	for _, c := range cases {
		if got := reflow(c.lines, W, 0, false); !slices.Equal(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
	// On a page that hangs its marks, a first line one em short with its
	// comma hung opens a paragraph; on one that does not, it runs on.
	hung := block(
		"读者刷身份证或者读者证就",
		"能进门，图书全部自助借。",
		"“下班后来这里看会书，",
		"特别放松。”小杨说。")
	want := []string{"读者刷身份证或者读者证就能进门，图书全部自助借。", "“下班后来这里看会书，特别放松。”小杨说。"}
	if got := reflow(hung, W, unitHalf, false); !slices.Equal(got, want) {
		t.Errorf("hanging first line:\n got %q\nwant %q", got, want)
	}
	if got := reflow(hung, W, 0, false); len(got) != 1 {
		t.Errorf("without hanging, the lines run on: %q", got)
	}
	// Across a blank line, a first line that squeezed its comma in, half
	// an em over the indent, opens its paragraph.
	squeezed := block(
		"施工单位采取分段施工的方式",
		"减少对居民生活的影响。",
		"325家单位负责人表示，",
		"下一步将同步推进燃气、",
		"管网改造。")
	for i := 2; i < len(squeezed); i++ {
		squeezed[i].pos = 1
	}
	want = []string{"施工单位采取分段施工的方式减少对居民生活的影响。", "325家单位负责人表示，下一步将同步推进燃气、管网改造。"}
	if got := reflow(squeezed, W, 0, false); !slices.Equal(got, want) {
		t.Errorf("squeezed first line after a blank line:\n got %q\nwant %q", got, want)
	}
}

// TestReflowFullPunct: under full-em punctuation a line of em-wide
// characters an em short of the column ends its paragraph, even before a
// full line (pages that do not indent) — unless the rules of line
// breaking kept a mark off the line's end.
func TestReflowFullPunct(t *testing.T) {
	const W = 28
	// two blocks of two lines: a blank line after the second
	full := func(texts ...string) []tline {
		ls := block(texts...)
		for i := range ls {
			ls[i].units += (unitHan - unitHalf) * int(ls[i].punct)
			ls[i].pos = i / 2
		}
		return ls
	}
	for _, c := range []struct {
		name      string
		lines     []tline
		fullPunct bool
		want      int // paragraphs
	}{
		{"an em short ends the paragraph", full("获悉：今年全市将新建口袋公园", "五十个，方便市民就近休闲。", "目前，首批二十个口袋公园已开", "工，预计九月底前全部完工。"), true, 2},
		{"… nor before an opening mark no line ends with", full("获悉：今年全市将新建口袋公园", "五十个，方便市民就近休闲。", "“首批二十个口袋公园已开工，", "预计九月底前全部完工。”"), true, 1},
		{"… nor before a line whose second character is a closing mark", full("获悉：今年全市将新建口袋公园", "五十个方便市民就近休闲说道", "了。首批二十个口袋公园已开工", "预计九月底前全部完工。"), true, 1},
	} {
		if got := reflow(c.lines, W, 0, c.fullPunct); len(got) != c.want {
			t.Errorf("%s: %q, want %d paragraphs", c.name, got, c.want)
		}
	}
}

// TestReflowBulletedHeading: a bulleted section heading broken for width
// is one paragraph of its own, between the text before and after it.
func TestReflowBulletedHeading(t *testing.T) {
	const W = 22
	lines := block("棋，有的织毛衣，还有的", "在学用智能手机。")
	heading := block("■ 从“闲置院”到", "“议事厅”")
	next := block("这座小院原本是社", "区的一处闲置用房，长", "期堆放杂物。")
	for i := range heading {
		heading[i].pos = 1
	}
	for i := range next {
		next[i].pos = 2
	}
	lines = append(append(lines, heading...), next...)
	got := reflow(lines, W, 0, false)
	want := []string{"棋，有的织毛衣，还有的在学用智能手机。", "■ 从“闲置院”到“议事厅”", "这座小院原本是社区的一处闲置用房，长期堆放杂物。"}
	if !slices.Equal(got, want) {
		t.Errorf("reflow = %q, want %q", got, want)
	}
	// A column break inside the heading's quote: the next block closes it.
	for i := range lines {
		if lines[i].text == "“议事厅”" {
			lines[i].text, lines[i].lineInfo = "议事厅”", measure("议事厅”")
			lines[i-1].text, lines[i-1].lineInfo = "■ 从“闲置院”到“", measure("■ 从“闲置院”到“")
			lines[i].pos = 3
		}
	}
	if got := reflow(lines, W, 0, false); !slices.Equal(got, want) {
		t.Errorf("heading broken across blocks inside its quote: reflow = %q, want %q", got, want)
	}
}

// TestReflowInterview: in an interview set as questions and answers, each
// speaker opens a paragraph, though a full question line would run on
// and a short answer would read as its tail; a bulleted heading ends on
// its block's line where the text under it opens a paragraph, and goes on
// past a short line that leaves a quote open. Column of 13 ems.
func TestReflowInterview(t *testing.T) {
	const W = 26
	for _, c := range []struct {
		name  string
		lines []string
		want  []string
	}{
		{"interview", []string{"记者：对今后的发展有什么期待？", "郗明远：我们有信心。"},
			[]string{"记者：对今后的发展有什么期待？", "郗明远：我们有信心。"}},
		{"no interview", []string{"对今后的发展有什么期待？王先生", "说：我们有信心。"},
			[]string{"对今后的发展有什么期待？王先生说：我们有信心。"}},
		{"heading on the block's first line", []string{"■ 从“闲置院”到“议事厅”", "这座小院原本是社区的一处", "闲置用房，长期堆放杂物。"},
			[]string{"■ 从“闲置院”到“议事厅”", "这座小院原本是社区的一处闲置用房，长期堆放杂物。"}},
		{"heading in its pieces over a paragraph's first line", []string{"在学用智能手机。", "■ 从“闲置院”到", "“议事厅”", "这座小院原本是社区的一", "处闲置用房，长期堆放杂物，", "去年改造。"},
			[]string{"在学用智能手机。", "■ 从“闲置院”到“议事厅”", "这座小院原本是社区的一处闲置用房，长期堆放杂物，去年改造。"}},
		{"heading with a quote open at a short line", []string{"■ 从“被服务”到“去", "服务”的一次次新变化", "住在小院旁的退休教师仇老师主", "动当起了志愿者。"},
			[]string{"■ 从“被服务”到“去服务”的一次次新变化", "住在小院旁的退休教师仇老师主动当起了志愿者。"}},
	} {
		if got := reflow(block(c.lines...), W, 0, false); !slices.Equal(got, c.want) {
			t.Errorf("%s: reflow = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestListItem: the item markers that open list paragraphs, and what is
// no marker.
func TestListItem(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		kind string
	}{
		{"（二）勤洗手", 2, "paren"}, {"(3)其他", 3, "paren"}, {"（12）附则", 12, "paren"},
		{"2.中小学课后服务", 2, "mark"}, {"3、农村养老", 3, "mark"}, {"四、保障措施", 4, "mark"},
		{"二是拓宽就业渠道", 2, "shi"}, {"③安全出口", 3, "circled"},
		{"1.5万名考生", 0, ""}, {"2023年", 0, ""}, {"三是", 3, "shi"}, {"2是", 0, ""},
		{"一位老人", 0, ""}, {"（记者 王芳）", 0, ""}, {"十分方便", 0, ""},
	} {
		if n, kind := listItem(c.s); n != c.n || kind != c.kind {
			t.Errorf("listItem(%q) = %d %q, want %d %q", c.s, n, kind, c.n, c.kind)
		}
	}
}

// TestStoryWidth: a story's own column width, or the page's when its
// lines cannot tell one.
func TestStoryWidth(t *testing.T) {
	blocks := func(bs ...[]string) []tline {
		var ls []tline
		for i, b := range bs {
			for _, l := range block(b...) {
				l.pos = i
				ls = append(ls, l)
			}
		}
		return ls
	}
	cases := []struct {
		name  string
		lines []tline
		page  int
		want  int
	}{
		{"a brief of first lines and tails takes the page's width", blocks(
			[]string{"今天白天晴转多云，偏北", "风3～4级，气温2℃～12℃。"},
			[]string{"明天多云，偏北风2～3级，", "气温1℃～10℃。"},
			[]string{"早晚温差较大，请注意适", "时增减衣物。"}), 25, 25},
		{"middle lines as wide as each other keep the story's own width", blocks(
			[]string{"本报讯 夜幕降临，老城区的美食", "街上灯火通明，烧烤、麻辣烫、冰粉……", "各色小吃香气扑鼻。"},
			[]string{"今年以来，我市先后打造了6条特色", "夜间消费街区，带动夜间消费增长两成", "以上。"}), 37, 31},
	}
	for _, c := range cases {
		if got := storyWidth(c.lines, c.page); got != c.want {
			t.Errorf("%s: storyWidth = %d, want %d", c.name, got, c.want)
		}
	}
}

// TestReflowHungLine: a story that hangs a sentence's last mark past its
// column (the page's other stories need not) opens its next paragraph
// with a first line two ems short plus a hung comma.
func TestReflowHungLine(t *testing.T) {
	lines := block("冬季献血月活动启动。活动", "期间，市中心血站将在各城", "区增设12个流动献血点，并", "延长固定献血屋的服务时间。",
		"市中心血站负责人介绍，", "冬季天气寒冷，加上节假日", "临近，献血人数往往减少，而", "临床用血需求却有所增加。")
	for i := 4; i < len(lines); i++ {
		lines[i].pos = 1 // after a blank line, a block of its own
	}
	got := reflow(lines, 23, 0, false)
	want := []string{"冬季献血月活动启动。活动期间，市中心血站将在各城区增设12个流动献血点，并延长固定献血屋的服务时间。", "市中心血站负责人介绍，冬季天气寒冷，加上节假日临近，献血人数往往减少，而临床用血需求却有所增加。"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
