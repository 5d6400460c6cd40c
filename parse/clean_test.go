package parse

import (
	"slices"
	"testing"
)

// TestCleanHeadlines: the clean layout's headline lines, one case per
// rule.
func TestCleanHeadlines(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       [][]string // each article's headlines
	}{
		{"a title ending with a question mark heads the article", "健康提示\n秋冬季节如何预防呼吸道疾病？\n\n" +
			"　　本报讯（记者 靳 慧） 随着气温下降，呼吸道疾病进入高发期。市疾控中心专家提醒：\n" +
			"　　一、勤洗手、戴口罩，保持室内空气流通；\n" +
			"　　专家特别提醒，老年人和慢性病患者可以在医生指导下接种疫苗。\n",
			[][]string{{"健康提示", "秋冬季节如何预防呼吸道疾病？"}}},
		{"so does one ending with an exclamation, after another article", "图书馆推出新服务\n\n" +
			"　　本报讯 即日起，读者在市区5家合作书店选购图书后，可直接办理借阅手续，图书馆为读者“买单”。\n" +
			"记者 宁 静\n\n" +
			"家门口的“夜经济”火起来了！\n\n" +
			"　　本报讯 夜幕降临，老城区的美食街上灯火通明，烧烤、麻辣烫、冰粉……各色小吃香气扑鼻。\n",
			[][]string{{"图书馆推出新服务"}, {"家门口的“夜经济”火起来了！"}}},
	} {
		ps := Parse(c.page)
		var got [][]string
		for _, a := range ps[0].Articles {
			got = append(got, a.Headlines)
		}
		if ps[0].Layout != LayoutClean || !slices.EqualFunc(got, c.want, slices.Equal[[]string]) {
			t.Errorf("%s: layout %v, headlines %q, want %q", c.name, ps[0].Layout, got, c.want)
		}
	}
}
