package render

import (
	"strings"
	"testing"

	"github.com/kanbao/kanbao/parse"
	"github.com/kanbao/kanbao/tui/text"
)

func article() *parse.Article {
	return &parse.Article{
		Headlines:  []string{"凝神聚力“摘夺创”", "高新区村书记“打擂台”", "——副题"},
		Main:       1,
		Lead:       "本报讯",
		Paragraphs: []string{"为进一步推动“五星”支部创建。", "第二段。"},
		Byline:     parse.Byline{Raw: "记者 孙庆辉\n通讯员 宋雪飞 文/图"},
		Captions:   []string{"图为活动现场。"},
	}
}

func TestBlocks(t *testing.T) {
	bs := Blocks(article(), Options{Rule: true, Furniture: []string{"A2 要闻"}})
	var roles []Role
	for _, b := range bs {
		roles = append(roles, b.Role)
	}
	want := []Role{Kicker, Title, Subtitle, Rule, Plain, Plain, Name, Name, Caption, Furnish}
	if len(roles) != len(want) {
		t.Fatalf("roles = %v, want %v", roles, want)
	}
	for i := range want {
		if roles[i] != want[i] {
			t.Fatalf("roles = %v, want %v", roles, want)
		}
	}
	lead := bs[4]
	if lead.Source != "\u3000\u3000本报讯 为进一步推动“五星”支部创建。" {
		t.Errorf("lead block = %q", lead.Source)
	}
	if len(lead.Spans) != 1 || lead.Spans[0].Span != (text.Span{Start: 2, End: 5}) || lead.Spans[0].Role != Lead {
		t.Errorf("lead spans = %+v", lead.Spans)
	}
	if sp := bs[7].Spans; len(sp) != 2 || sp[0].Role != RoleWord || sp[1].Span != (text.Span{Start: 8, End: 11}) {
		t.Errorf("byline role spans = %+v", sp)
	}
}

// TestLayout: lines fit the reading width, styled segments keep the lead
// apart, and every line knows its block and offset.
func TestLayout(t *testing.T) {
	o := text.NewOracle(text.AmbiguousNarrow)
	opt := Options{Width: 200, MaxWidth: 24, Rule: true}
	lines := Layout(o, Blocks(article(), opt), opt, map[int][]RoleSpan{5: {{Span: text.Span{Start: 2, End: 4}, Role: Match}}})
	var sawLead, sawMatch bool
	for _, l := range lines {
		if w := o.StringWidth(l.Text()); w > 24 {
			t.Errorf("line %q is %d wide, over the reading width 24", l.Text(), w)
		}
		for _, s := range l.Segs {
			sawLead = sawLead || (s.Role == Lead && s.Text == "本报讯")
			sawMatch = sawMatch || (s.Role == Match && s.Text == "第二")
		}
	}
	if !sawLead || !sawMatch {
		t.Errorf("lead styled %v, match styled %v", sawLead, sawMatch)
	}
	if got := lines[3].Text(); !strings.HasPrefix(got, "────") {
		t.Errorf("line 3 = %q, want the rule", got)
	}
	// offsets: the second line of the first paragraph starts where the
	// first ended
	var first []Line
	for _, l := range lines {
		if l.Block == 4 {
			first = append(first, l)
		}
	}
	if len(first) < 2 || first[1].Offset != len([]rune(first[0].Text())) {
		t.Errorf("offsets of block 4: %+v", first)
	}
}
