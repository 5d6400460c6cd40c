package parse

import (
	"os"
	"testing"
	"unicode/utf8"
)

func TestSwapContinuations(t *testing.T) {
	read := func(name string) string {
		page, err := os.ReadFile("testdata/rules/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return string(page)
	}
	checkPages(t, []pageCase{
		{"two stories' rests emitted after each other's go back, a number to its unit", read("swapped-rests.txt"), []pageArticle{
			{headlines: []string{"企业开办时间压缩至一个工作日"}, paras: 4, last: "同比增长14.6%。", reporters: []string{"冯涛"}},
			{headlines: []string{"麦收进度过半机收率超过九成"}, paras: 4, last: "确保秋粮丰收。", reporters: []string{"王建军"}},
		}},
		// a whole generated page (-seed 31, gen-002): 了解企 / 业信息 is a
		// word the page prints whole twice or more
		{"two stories' rests go back to make a word whole", read("swapped-rests-words.txt"), []pageArticle{
			{headlines: []string{"老旧小区加装电梯居民上下楼不再难", "——我市今年已完成加装电梯216部"}, paras: 4, last: "民早日用上电梯。", reporters: []string{"黄欣然"}},
			{headlines: []string{"春风送岗位 就业暖人心", "全市春季招聘会提供岗位超八千个"}, paras: 6, last: "8万人实现就业。", reporters: []string{"刘晓明"}},
			{headlines: []string{"中医药文化进校园"}, paras: 3, last: "解传统医药文化。", reporters: []string{"何雅琴", "胡嘉"}},
			{headlines: []string{"青年志愿者服务队成立十周年"}, paras: 4, reporters: []string{"曾凡"}},
			{headlines: []string{"数字赋能", "“一码通”让看病少跑腿", "全市二级以上医院实现检查结果互认"}, paras: 3, reporters: []string{"贺晓东"}},
			{headlines: []string{"金秋时节万亩果园迎来丰收季"}, paras: 4, reporters: []string{"潘雪"}},
		}},
	})
}

func TestJoinScore(t *testing.T) {
	// the page's blocks
	var blocks []*artBuild
	for _, t := range []string{"市场监管局", "监管部门", "亩产", "斤亩"} {
		blocks = append(blocks, &artBuild{lines: []tline{{text: t}}})
	}
	words := countPairs(blocks, pairCounts{bigramKey('监', '管'): 0, bigramKey('亩', '产'): 0, bigramKey('斤', '亩'): 0})
	cases := []struct {
		name, x, y string
		want       int
	}{
		{"a number goes on with its unit", "市场主体2.3", "万户，同比增长", 1},
		{"a number goes on with more digits", "共有1", "200名学员", 1},
		{"a number goes on with no unit", "市场主体2.3", "产估计能到1200斤", -1},
		{"a word the page prints whole", "市市场监", "管局注册科", 1},
		{"two characters never printed together", "市市场监", "产估计能到", 0},
		{"two characters printed together once only, no common word", "能到1200斤", "亩产", 0},
		{"a common word the break divided", "小麦，“亩", "产估计能到", 1},
		{"a common word over three characters", "摸排用工需求，并通过微信公", "众号、短视频", 1},
	}
	for _, c := range cases {
		l, _ := utf8.DecodeLastRuneInString(c.x)
		f, _ := utf8.DecodeRuneInString(c.y)
		p, q := junction{last: l, before: c.x}, junction{first: f, after: c.y}
		if got := joinScore(p, q, words); got != c.want {
			t.Errorf("%s: joinScore(%q, %q) = %d, want %d", c.name, c.x, c.y, got, c.want)
		}
	}
}
