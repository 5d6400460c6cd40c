package parse

import (
	"slices"
	"strings"
	"testing"
)

// pageArticle is what a segmentation case checks of an article.
type pageArticle struct {
	headlines []string
	paras     int    // paragraphs
	last      string // the last paragraph ends with this
	reporters []string
}

// TestSegmentRules: pages of a few literal lines, one case per rule of the
// segmentation and its repairs.
func TestSegmentRules(t *testing.T) {
	cases := []struct {
		name string
		page string
		want []pageArticle
	}{
		{"a story's last column set beside the next story's headline", `
十年前，几名刚刚毕业的大学生
在社区里发起了一支志愿服务队，
每周末为孤寡老人打扫卫生、陪
他们聊天。十年后，这支队伍已
经发展到一千三百多人。

消除安全隐患

电动自行车充电桩进小区

在十周年座谈会上，几位受
助老人特意赶来，为志愿者们送
上了锦旗。

本报讯 为解决电动自行车
“充电难”和“飞线充电”问题，
今年以来，市住建部门推动在老
旧小区集中建设充电设施。
记者 程浩然
`, []pageArticle{
			{paras: 2, last: "上了锦旗。"},
			{headlines: []string{"消除安全隐患", "电动自行车充电桩进小区"}, paras: 1, reporters: []string{"程浩然"}},
		}},
		{"the rest of a column emitted after another story joins the story it continues", `
麦收进度过半 机收率超过九成

本报郑州6月7日讯 眼下正是“三夏”
大忙时节，全省各地抢抓晴好天
气。种粮大户张国庆告诉记者，
今年他种了800亩小麦，“亩产估

高新区新增三家国家级孵化器

本报讯 近日，科技部公布了新一
批国家级科技企业孵化器名单，我
市高新区3家孵化器榜上有名。
记者 吴海涛

家门口的“幸福食堂”

计能到1200斤，比去年多收100斤
左右”。农业专家提醒，小麦收获
后要及时晾晒。
记者 王建军 通讯员 李红梅

本报讯（记者 陈晓峰）中午11
点，和平街道长青社区的老年食堂
里飘出阵阵饭菜香。
`, []pageArticle{
			{headlines: []string{"麦收进度过半 机收率超过九成"}, paras: 1, last: "后要及时晾晒。", reporters: []string{"王建军"}},
			{headlines: []string{"高新区新增三家国家级孵化器"}, paras: 1, reporters: []string{"吴海涛"}},
			{headlines: []string{"家门口的“幸福食堂”"}, paras: 1, reporters: []string{"陈晓峰"}},
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
		{"text after a section heading resumes its story past another story's headline and top byline", `
老街区变身文旅新地标

本报讯 青石板路、雕花木窗、大
红灯笼……走进刚刚开街的鼓楼
老街，浓浓的古韵扑面而来。
业态与体验融合，游客留得
下来——

一位老教师的三十年坚守
本报记者 林 静

老街引入了非遗工坊、特色小吃、
文创书店等商户一百三十余家，
每到周末还有戏曲表演。
记者 石磊 通讯员 白洁

山路弯弯，学校就建在半山腰
上。从二十二岁到五十二岁，杨
春华在这所村小教了三十年书。
`, []pageArticle{
			{headlines: []string{"老街区变身文旅新地标"}, paras: 3, last: "每到周末还有戏曲表演。", reporters: []string{"石磊"}},
			{headlines: []string{"一位老教师的三十年坚守"}, paras: 1, reporters: []string{"林静"}},
		}},
	}
	for _, c := range cases {
		pages := Parse(strings.TrimPrefix(c.page, "\n"))
		if len(pages) != 1 {
			t.Fatalf("%s: %d pages", c.name, len(pages))
		}
		got := pages[0].Articles
		if len(got) != len(c.want) {
			t.Errorf("%s: %d articles, want %d", c.name, len(got), len(c.want))
			for _, a := range got {
				t.Logf("  %q %q", a.Headlines, a.Paragraphs)
			}
			continue
		}
		for i, w := range c.want {
			a := got[i]
			if !slices.Equal(a.Headlines, w.headlines) {
				t.Errorf("%s: article %d headlines %q, want %q", c.name, i, a.Headlines, w.headlines)
			}
			if len(a.Paragraphs) != w.paras || (w.last != "" && !strings.HasSuffix(a.Paragraphs[len(a.Paragraphs)-1], w.last)) {
				t.Errorf("%s: article %d paragraphs %q, want %d ending with %q", c.name, i, a.Paragraphs, w.paras, w.last)
			}
			if !slices.Equal(a.Byline.Reporters, w.reporters) {
				t.Errorf("%s: article %d reporters %q, want %q", c.name, i, a.Byline.Reporters, w.reporters)
			}
		}
	}
}
