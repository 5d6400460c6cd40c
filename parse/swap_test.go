package parse

import (
	"os"
	"testing"
)

func TestSwapContinuations(t *testing.T) {
	page, err := os.ReadFile("testdata/rules/swapped-rests.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkPages(t, []pageCase{
		{"two stories' rests emitted after each other's go back, a number to its unit", string(page), []pageArticle{
			{headlines: []string{"企业开办时间压缩至一个工作日"}, paras: 4, last: "同比增长14.6%。", reporters: []string{"冯涛"}},
			{headlines: []string{"麦收进度过半机收率超过九成"}, paras: 4, last: "确保秋粮丰收。", reporters: []string{"王建军"}},
		}},
	})
}

func TestJoinScore(t *testing.T) {
	words := "市场监管局\n亩产\n"
	cases := []struct {
		name, x, y string
		want       int
	}{
		{"a number goes on with its unit", "市场主体2.3", "万户，同比增长", 1},
		{"a number goes on with more digits", "共有1", "200名学员", 1},
		{"a number goes on with no unit", "市场主体2.3", "产估计能到1200斤", -1},
		{"a word the page prints whole", "市市场监", "管局注册科", 1},
		{"two characters never printed together", "市市场监", "产估计能到", 0},
	}
	for _, c := range cases {
		x, y := tline{text: c.x}, tline{text: c.y}
		if got := joinScore(&x, &y, words); got != c.want {
			t.Errorf("%s: joinScore(%q, %q) = %d, want %d", c.name, c.x, c.y, got, c.want)
		}
	}
}
