package parse

import (
	"slices"
	"testing"
)

// TestSplitLead: the lead stage's rule for a dateline and its bracketed
// names, one case per form.
func TestSplitLead(t *testing.T) {
	for _, c := range []struct {
		name, para, lead, rest string
		reporters              []string
	}{
		{"names in brackets", "新华社北京11月3日电（记者 申屠静 蓝天）记者3日获悉。",
			"新华社北京11月3日电（记者 申屠静 蓝天）", "记者3日获悉。", []string{"申屠静", "蓝天"}},
		{"two names a column break glued", "新华社北京11月3日电（记者 申屠静蓝天）记者3日获悉。",
			"新华社北京11月3日电（记者 申屠静蓝天）", "记者3日获悉。", []string{"申屠静", "蓝天"}},
		{"two names of two a column break glued into one of four", "本报讯（记者 秦岭刘畅）近日，市卫健委公布数据。",
			"本报讯（记者 秦岭刘畅）", "近日，市卫健委公布数据。", []string{"秦岭", "刘畅"}},
		{"a name of four with a compound surname stays whole", "本报讯（记者 欧阳晓峰）近日，市卫健委公布数据。",
			"本报讯（记者 欧阳晓峰）", "近日，市卫健委公布数据。", []string{"欧阳晓峰"}},
		{"names spaced out, a column break between two of their characters", "本报讯（记者 秦 岭刘 畅）近日，市卫健委公布数据。",
			"本报讯（记者 秦 岭刘 畅）", "近日，市卫健委公布数据。", []string{"秦岭", "刘畅"}},
		{"a name spaced out, glued to the next", "新华社北京9月6日电（记者 吴 雨张千千）记者获悉。",
			"新华社北京9月6日电（记者 吴 雨张千千）", "记者获悉。", []string{"吴雨", "张千千"}},
		{"one name broken in the middle", "本报讯（记者 钱一鸣）上午9点。",
			"本报讯（记者 钱一鸣）", "上午9点。", []string{"钱一鸣"}},
		{"a bracket that holds no names", "本报讯（上午九时许）记者获悉。",
			"本报讯", "（上午九时许）记者获悉。", nil},
		{"a round-up of several sources", "本报综合消息 今年，我市将实施32项民生实事。",
			"本报综合消息", "今年，我市将实施32项民生实事。", nil},
		{"a wire story quoted, with its place and date", "据新华社北京12月1日电（记者 申屠静）记者1日获悉。",
			"据新华社北京12月1日电（记者 申屠静）", "记者1日获悉。", []string{"申屠静"}},
		{"a wire story quoted", "据新华社电 记者1日获悉。", "据新华社电", "记者1日获悉。", nil},
		{"a paper's own news by its name", "扬子晚报讯（记者 王小明）昨天下午，喷泉开放。",
			"扬子晚报讯（记者 王小明）", "昨天下午，喷泉开放。", []string{"王小明"}},
		{"a news site's", "荆楚网讯 昨天下午，喷泉开放。", "荆楚网讯", "昨天下午，喷泉开放。", nil},
		{"the paper's wire from a place, undated", "本报北京电（记者 王小明）昨天下午，喷泉开放。",
			"本报北京电（记者 王小明）", "昨天下午，喷泉开放。", []string{"王小明"}},
		{"names in square brackets", "本报讯【记者 王小明】昨天下午，喷泉开放。",
			"本报讯【记者 王小明】", "昨天下午，喷泉开放。", []string{"王小明"}},
		{"names closed by 报道", "本报讯 记者 王小明 报道 昨天下午，喷泉开放。",
			"本报讯 记者 王小明 报道", "昨天下午，喷泉开放。", []string{"王小明"}},
		{"names glued to 报道 and its colon", "本报讯 记者王小明报道：昨天下午，喷泉开放。",
			"本报讯 记者王小明报道：", "昨天下午，喷泉开放。", []string{"王小明"}},
		{"a reporter's words in the text, not a name", "本报讯 记者从市统计局获悉，媒体报道了此事。",
			"本报讯", "记者从市统计局获悉，媒体报道了此事。", nil},
	} {
		lead, rest, by, ok := splitLead(c.para)
		if !ok || lead != c.lead || rest != c.rest || !slices.Equal(by.Reporters, c.reporters) {
			t.Errorf("%s: splitLead(%q) = %q, %q, reporters %q, %v; want %q, %q, %q", c.name, c.para, lead, rest, by.Reporters, ok, c.lead, c.rest, c.reporters)
		}
	}
}

// TestNoLead: text that opens like a dateline but is none.
func TestNoLead(t *testing.T) {
	for _, para := range []string{"据介绍，今年我市将实施32项民生实事。", "据新华社报道，记者1日获悉。", "综合来看，今年的菜价平稳。", "本报记者从市城管局获悉。",
		"晚报讯息平台昨天上线。", "社区黑板报讯息多。", "本报电话热线昨天开通。"} {
		if lead, _, _, ok := splitLead(para); ok {
			t.Errorf("splitLead(%q) found the lead %q", para, lead)
		}
	}
}

// TestJoinSpacedSource: a stretched line's spaces inside a dateline's
// source close; others stay.
func TestJoinSpacedSource(t *testing.T) {
	for in, want := range map[string]string{
		"本 报讯（记者 充 实）": "本报讯（记者 充 实）",
		"新 华 社北京5月1日电": "新华社北京5月1日电",
		"本报讯 华灯初上":     "本报讯 华灯初上",
		"本 地 菜价稳中有降":   "本 地 菜价稳中有降",
		"人 民 日报记者":     "人民日报记者",
	} {
		if got := joinSpacedSource(in); got != want {
			t.Errorf("joinSpacedSource(%q) = %q, want %q", in, got, want)
		}
	}
}
