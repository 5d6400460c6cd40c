package parse

import (
	"slices"
	"strings"
	"testing"
)

// TestGroupBlocks: the blocks stage, one case per rule. An element is
// written as its kind and line count: T3 a text block of three lines, C2
// a caption of two, B1 a byline, F1 a furniture line.
func TestGroupBlocks(t *testing.T) {
	cases := []struct {
		name, page, want string
	}{
		{"lines with no blank between make a block, a blank line ends it",
			"一排崭新的智能充电桩整齐地\n安装在车棚里。居民扫码就能\n\n充电，充满一次只需1元", "T2 T1"},
		{"a dateline opens a block of its own",
			"楼道干净了，心里也踏实了。\n本报讯 青石板路、雕花木窗", "T1 T1"},
		{"a credit ends an open caption",
			"图为工作人员检查设备\n记者 程浩然 摄\n本报讯 为解决电动自行车", "C2 T1"},
		{"after a caption closed by its sentence, a credit line is a byline",
			"图为工作人员检查设备。\n记者 程浩然 摄", "C1 B1"},
		{"byline lines in a row make one byline",
			"心里也踏实了。\n记者 程浩然\n通讯员 陆佳", "T1 B2"},
		{"a byline wrapped in mid-name takes its rest",
			"心里也踏实了。\n记者 钱一\n鸣 薛晴\n老街区变身文旅新地标", "T1 B2 T1"},
		{"a headline of phrases glued to the text below is a block of its own",
			"意一落千丈，不少老艺人改\n\n我运动 我健康 我快乐\n了行，他却一直没有放下手", "T1 T1 T1"},
		{"a running-text line justified with wide gaps stays in its block",
			"品。\n如今，罗德成的竹编作\n品通过 网络卖到了 全国各\n地，每年销售额有五六十万", "T4"},
		{"a spaced title's list going on into the block's last line keeps it",
			"我运动 我健康\n我快乐\n\n守护“舌尖\n上的安全”", "T2 T2"},
		{"a spaced title broken in mid-word keeps its word piece",
			"春风送岗位 就业暖\n人心\n\n本报讯 3月9日，由市", "T2 T1"},
		{"the names of a dateline's open bracket, spaced out, stay in its block",
			"本报10月12日讯（融\n媒体记者 钭晓明 通讯员\n戚莹）金秋十月，走进柏", "T3"},
		{"a spaced title over a narrow title broken for width is a block of its own",
			"春风送岗位 就业暖人心\n全市春季招\n聘会提供\n岗位超八千个", "T1 T3"},
		{"a title set beside the body, read inside a word of the column, is a block of its own",
			"本报讯 11月9日是全\n国消防日。当天，市消防救\n消防宣传进万家\n援支队在市民广场举办消", "T2 T1 T1"},
		{"a title set beside the body may open a block, the column it cut going on under it",
			"今年以来，市卫生健康\n委推动全市36家二级以上医\n\n“一码通”让看病少跑腿\n院接入区域医疗信息平台，\n实现了检验检查结果互认共", "T2 T1 T2"},
		{"a side title opening a block after furniture, the column it cut going on under it",
			"隧道贯通。\n地铁3号线全长28.6公\n责任编辑：王丽\n\n地铁三号线全线贯通\n里，共设车站22座，串联起火\n车站、老城区和新区商务中", "T2 F1 T1 T2"},
		{"a side title opening a block over the short end of the sentence it cut",
			"近地质条件复杂，我们采用\n了冻结法加固土体，确保施\n工安全。”项目总工程师介\n\n万亩果园迎来丰收季\n绍。\n3号线开通后，从火车站", "T3 T1 T2"},
		{"a narrow title opening a block after a number stays whole",
			"大户张国庆告诉记者，今年他种了\n800亩小麦，“亩产估计能到1200\n\n高新区新增三\n家国家级科\n技企业孵化器\n本报讯 近日，科技部公布了", "T2 T3 T1"},
		{"a line of the other column set off a glued row stays in its block",
			"去年，社区党委牵头召开了十余 成老旧小区加装电梯216部，另\n年代，共有住宅楼12栋，60岁以\n市住房和城乡建设局有关负\n上的老人占居民总数的三成以上。 责人介绍，今年以来，全市已完", "T4"},
		{"a column line with figures between two that make a word stays in its block",
			"教、环境保护等志愿服\n务活动2000余次，累计\n服务时长超过 12万小\n时。服务队先后获得省", "T4"},
		{"a narrow headline block broken over many lines stays whole",
			"一条公交\n线串起\n六所学校\n早晚高峰学生\n乘车时间\n平均缩短\n15分钟", "T7"},
		{"a title of two clauses broken over narrow lines keeps its spaced middle line",
			"老旧小区加装\n电梯 居民\n上下楼不再难", "T3"},
		{"a jump note is furniture and ends the block",
			"市民排队上前体验。（下转第2版）\n支队有关负责人提醒，冬季", "T1 F1 T1"},
		{"a furniture line stands alone",
			"心里也踏实了。\n责任编辑：刘洋\n校对：孙悦", "T1 F1 F1"},
	}
	for _, c := range cases {
		els := groupBlocks(readLines(strings.Split(c.page, "\n")))
		var got []string
		for _, e := range els {
			k := map[elemKind]string{elemText: "T", elemCaption: "C", elemByline: "B", elemFurniture: "F"}[e.kind]
			n := len(e.raw)
			if e.kind == elemText {
				n = len(e.lines)
			}
			got = append(got, k+string(rune('0'+n)))
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s: %s, want %s", c.name, g, c.want)
		}
	}
}

// TestWrappedByline: the names of a byline wrapped in a narrow column.
func TestWrappedByline(t *testing.T) {
	els := groupBlocks(readLines([]string{"记者 钱一", "鸣 薛晴"}))
	if len(els) != 1 || !slices.Equal(els[0].by.Reporters, []string{"钱一鸣", "薛晴"}) {
		t.Fatalf("elements %+v, want one byline of 钱一鸣 and 薛晴", els)
	}
	els = groupBlocks(readLines([]string{"记者 王建军", "李红梅 赵强"}))
	if len(els) != 1 || !slices.Equal(els[0].by.Reporters, []string{"王建军", "李红梅", "赵强"}) {
		t.Errorf("a line of more names: %+v", els[0].by)
	}
	els = groupBlocks(readLines([]string{"记者 王建军", "近日 全市"}))
	if len(els) != 2 {
		t.Errorf("a line that reads as no byline with it stays text: %d elements", len(els))
	}
}
