package parse

import "testing"

// TestBrokenHeadline: whether the second line of a headline block goes on
// with the first, one case per rule.
func TestBrokenHeadline(t *testing.T) {
	cases := []struct {
		name, a, b, body string
		want             bool
	}{
		{"second no longer", "把民生工程打造成为", "民心工程、满意工程", "", true},
		{"kicker ends with a dash", "保护与利用并重——", "老建筑重焕光彩", "", false},
		{"subtitle starts with a dash", "老旧小区加装电梯", "——我市今年已完成加装电梯216部", "", false},
		{"quote left open", "城市书房“上", "新”夜读成为新风尚", "", true},
		{"two-part title with a space", "春风送岗位 就业暖人心", "全市春季招聘会", "", false},
		{"longer second, junction in the body", "全市春季招聘", "会提供岗位超八千个", "春季招聘会在市会展中心举行", true},
		{"longer second, junction not in the body", "为民办实事", "一条公交线串起六所学校", "学生专线", false},
		{"longer second, both parts echoed by the body", "青年志愿者", "服务队成立十周年", "十年前几名大学生成了青年志愿者。如今服务队成立十周年了", true},
		{"a kicker sharing a word with the body stays apart", "交通建设再提速", "地铁三号线全线贯通", "地铁三号线全线贯通后，交通压力缓解", false},
		{"long kicker in the title's size", "凝神聚力“摘夺创”奋勇争先“亮赛比”", "高新区村（社区）书记“打擂台”“五星”创建引热潮", "", false},
	}
	for _, c := range cases {
		if got := brokenHeadline(c.a, c.b, c.body); got != c.want {
			t.Errorf("%s: brokenHeadline(%q, %q) = %v, want %v", c.name, c.a, c.b, got, c.want)
		}
	}
}

// TestSurelyBroken: the broken headlines joined before the assignment, and
// the interleaved stacks that must stay apart.
func TestSurelyBroken(t *testing.T) {
	cases := []struct {
		name, a, b, text string
		want             bool
	}{
		{"cut at an opening quote", "家门口的", "“幸福食堂”", "", true},
		{"quote left open", "守护“舌", "尖上的安全”", "", true},
		{"junction echoed", "全市春季招聘", "会提供岗位超八千个", "春季招聘会在市会展中心举行", true},
		{"two stories' kickers interleaved", "养老服务再升级", "稳就业", "", false},
		{"two stories' titles interleaved", "新增养老床位1500张", "新增城镇就业2.1万人", "", false},
	}
	for _, c := range cases {
		if got := surelyBroken(c.a, c.b, c.text); got != c.want {
			t.Errorf("%s: surelyBroken(%q, %q) = %v, want %v", c.name, c.a, c.b, got, c.want)
		}
	}
}

// TestHeadlineRules: the headlines stage on whole pages, one case per rule.
func TestHeadlineRules(t *testing.T) {
	checkPages(t, []pageCase{
		{"kickers of stacks side by side, read row by row, go one to each story", `
消除安全隐患

小城大变样

电动自行车充电桩进小区

本报讯 为解决电动自行车“充电难”问题，今年以
来，市住建部门推动在老旧小区集中建设充电桩，
目前已建成充电桩1.6万个。
记者 程浩然

老街区变身文旅新地标

本报讯 青石板路、雕花木窗、大红灯笼……走进刚
刚开街的鼓楼老街，浓浓的古韵扑面而来。
记者 石磊
`, []pageArticle{
			{headlines: []string{"消除安全隐患", "电动自行车充电桩进小区"}, paras: 1, reporters: []string{"程浩然"}},
			{headlines: []string{"小城大变样", "老街区变身文旅新地标"}, paras: 1, reporters: []string{"石磊"}},
		}},
		{"a kicker in its title's block goes with it, whatever words it shares with another story", `
守护“舌尖上的安全”

校园食堂开展食品安全大检查

本报讯 新学期开学前，市市场监管
局联合教育部门对全市中小学食堂
开展了食品安全专项检查，要求
各校及时消除安全隐患。
记者 彭丽娟

本报讯 为解决电动自行车“充电难”
问题，市住建部门推动在老旧小区
集中建设充电设施。
记者 程浩然

消除安全隐患
电动自行车充电桩进小区
`, []pageArticle{
			{headlines: []string{"守护“舌尖上的安全”", "校园食堂开展食品安全大检查"}, paras: 1, reporters: []string{"彭丽娟"}},
			{headlines: []string{"消除安全隐患", "电动自行车充电桩进小区"}, paras: 1, reporters: []string{"程浩然"}},
		}},
	})
}
