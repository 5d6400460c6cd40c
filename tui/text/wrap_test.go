package text

import (
	"slices"
	"strings"
	"testing"
)

func narrow() *Oracle { return NewOracle(AmbiguousNarrow) }
func wide() *Oracle   { return NewOracle(AmbiguousWide) }

// TestWrapRules names each line-breaking rule and checks it on a minimal
// case: the expected lines are exact.
func TestWrapRules(t *testing.T) {
	tests := []struct {
		rule  string
		in    string
		width int
		want  []string
	}{
		{"break between ideographs", "高新区调研新建学校", 6, []string{"高新区", "调研新", "建学校"}},
		{"comma never starts a line: push-down", "高新区，调研", 6, []string{"高新", "区，调", "研"}},
		{"full stop never starts a line", "高新区。好", 6, []string{"高新", "区。好"}},
		{"enumeration comma never starts a line", "党建、治理", 4, []string{"党", "建、", "治理"}},
		{"closing quote never starts a line", "他说“好的”了", 8, []string{"他说“好", "的”了"}},
		{"closing bracket never starts a line", "三村（社区）书记", 10, []string{"三村（社", "区）书记"}},
		{"opening quote never ends a line", "赛实“五星”", 5, []string{"赛实", "“五", "星”"}},
		{"opening bracket never ends a line", "三星（社区）", 5, []string{"三星", "（社", "区）"}},
		{"percent stays with its number", "达到100%，四星", 8, []string{"达到", "100%，四", "星"}},
		{"number not split when it fits", "比较2017年", 6, []string{"比较", "2017年"}},
		{"number stays with its unit", "共2022年", 6, []string{"共", "2022年"}},
		{"ellipsis pair never split", "阳性……好", 5, []string{"阳性", "……好"}},
		{"dash pair never split", "情况——好的", 5, []string{"情况", "——好", "的"}},
		{"latin word whole", "使用APP下单", 6, []string{"使用", "APP下", "单"}},
		{"break at space, space dropped", "hello world", 7, []string{"hello", "world"}},
		{"long word breaks after hyphen", "well-known-thing", 11, []string{"well-known-", "thing"}},
		{"long url breaks after slash", "http://a.cn/path/to", 12, []string{"http://a.cn/", "path/to"}},
		{"unbreakable unit wider than line is cut", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"newline is a forced break", "一二\n三四", 10, []string{"一二", "三四"}},
		{"empty line kept", "一\n\n二", 10, []string{"一", "", "二"}},
		{"indent of ideographic spaces kept", "\u3000\u3000本报讯", 6, []string{"\u3000\u3000本", "报讯"}},
		{"middle dot never starts a line", "看报·高新", 4, []string{"看", "报·", "高新"}},
	}
	o := narrow()
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			got := o.Wrap(tt.in, tt.width)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Wrap(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
			}
			for _, l := range got {
				if w := o.StringWidth(l); w > tt.width {
					t.Errorf("line %q is %d cells wide, over %d", l, w, tt.width)
				}
			}
		})
	}
}

// TestWrapAmbiguousWide: with ambiguous characters two cells wide, quotes
// take two cells and lines hold fewer of them.
func TestWrapAmbiguousWide(t *testing.T) {
	n, w := narrow(), wide()
	s := "“五星”支部“五星”支部"
	if got := n.StringWidth(s); got != 20 {
		t.Errorf("narrow width = %d, want 20", got)
	}
	if got := w.StringWidth(s); got != 24 {
		t.Errorf("wide width = %d, want 24", got)
	}
	for _, l := range w.Wrap(s, 10) {
		if w.StringWidth(l) > 10 {
			t.Errorf("wide line %q overflows 10", l)
		}
	}
}

// TestWrapNarrowWidths: widths 1 and 2 are honoured; a two-cell character
// at width 1 is drawn as the ellipsis (one cell when ambiguous is narrow)
// or, when even that is too wide, as nothing.
func TestWrapNarrowWidths(t *testing.T) {
	n, w := narrow(), wide()
	if got := n.Wrap("高新a", 1); !slices.Equal(got, []string{"…", "…", "a"}) {
		t.Errorf("narrow Wrap(高新a, 1) = %q", got)
	}
	if got := w.Wrap("高新a", 1); !slices.Equal(got, []string{"", "", "a"}) {
		t.Errorf("wide Wrap(高新a, 1) = %q", got)
	}
	if got := n.Wrap("高新，区", 2); !slices.Equal(got, []string{"高", "新", "，", "区"}) {
		t.Errorf("Wrap(高新，区, 2) = %q", got)
	}
	if got := n.Wrap("高新", 0); !slices.Equal(got, []string{"…", "…"}) {
		t.Errorf("Wrap at width 0 = %q, want width 1 behaviour", got)
	}
}

// TestClusters: grapheme clusters are measured whole and never split.
func TestClusters(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want int
	}{
		{"ZWJ family", "👨\u200d👩\u200d👧", 2},
		{"flag", "🇨🇳", 2},
		{"VS16 heart", "❤️", 2},
		{"skin tone", "👍🏽", 2},
		{"combining accent", "e\u0301", 1},
		{"ideograph", "高", 2},
		{"ideographic space", "\u3000", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, o := range []*Oracle{narrow(), wide()} {
				if got := o.StringWidth(tt.s); got != tt.want {
					t.Errorf("StringWidth(%q) = %d, want %d (wide=%v)", tt.s, got, tt.want, o.Wide())
				}
				for w := 1; w <= 4; w++ {
					for _, l := range o.WrapLines(tt.s+tt.s, w) {
						if !l.Fallback && l.End-l.Start != len(tt.s) && l.End-l.Start != 2*len(tt.s) {
							t.Errorf("Wrap(%q, %d) split the cluster: %q", tt.s+tt.s, w, tt.s[0:0])
						}
					}
				}
			}
		})
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		width int
		want  string
	}{
		{"fits", "高新区", 6, "高新区"},
		{"cut with ellipsis at exact width", "高新区村书记", 7, "高新区…"},
		{"odd width leaves a cell free", "高新区村书记", 6, "高新…"},
		{"never splits a cluster", "ab👨\u200d👩\u200d👧cd", 4, "ab…"},
		{"width 1", "高新区", 1, "…"},
		{"width 0", "高新区", 0, ""},
		{"trailing space before ellipsis dropped", "ab cd ef", 4, "ab…"},
	}
	o := narrow()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := o.Truncate(tt.in, tt.width)
			if got != tt.want {
				t.Errorf("Truncate(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
			}
			if w := o.StringWidth(got); w > tt.width {
				t.Errorf("Truncate(%q, %d) is %d wide", tt.in, tt.width, w)
			}
		})
	}
	// wide ambiguous: the ellipsis is two cells; at width 1 a dot stands in
	if got := wide().Truncate("高新区", 1); got != "." {
		t.Errorf("wide Truncate(高新区, 1) = %q, want \".\"", got)
	}
	if got := wide().Truncate("高新区村", 5); got != "高…" {
		t.Errorf("wide Truncate(高新区村, 5) = %q, want 高…", got)
	}
}

func TestPadAlign(t *testing.T) {
	o := narrow()
	if got := o.PadRight("高新", 6); got != "高新  " {
		t.Errorf("PadRight = %q", got)
	}
	if got := o.PadLeft("1152 字", 9); got != "  1152 字" {
		t.Errorf("PadLeft = %q", got)
	}
	if got := o.Center("高", 5); got != " 高  " {
		t.Errorf("Center = %q", got)
	}
	if got := o.Spread("高新区与病毒赛跑", "955 字", 14); o.StringWidth(got) != 14 || !strings.HasSuffix(got, " 955 字") {
		t.Errorf("Spread = %q (%d)", got, o.StringWidth(got))
	}
	if got := o.Spread("高新", "955 字", 5); got != "高新 " {
		t.Errorf("Spread drops what does not fit: %q", got)
	}
}

// TestHighlight: a span crossing a line break is highlighted on both lines,
// and only the matched characters are.
func TestHighlight(t *testing.T) {
	o := narrow()
	s := "高新区与病毒赛跑硬核守护家园"
	// "病毒赛跑" is runes 4..8; at width 12 the break falls inside it
	got := o.Highlight(s, 12, []Span{{4, 8}}, func(x string) string { return "[" + x + "]" }, nil)
	want := []string{"高新区与[病毒]", "[赛跑]硬核守护", "家园"}
	if !slices.Equal(got, want) {
		t.Errorf("Highlight = %q, want %q", got, want)
	}
	spans := ByteSpans("a高b", []Span{{1, 2}})
	if len(spans) != 1 || spans[0] != (Span{1, 4}) {
		t.Errorf("ByteSpans = %v, want [{1 4}]", spans)
	}
	if got := ByteSpans("abc", []Span{{0, 1}, {1, 2}, {2, 2}}); len(got) != 1 || got[0] != (Span{0, 2}) {
		t.Errorf("ByteSpans merges touching spans: %v", got)
	}
}

func TestParseAmbiguous(t *testing.T) {
	for in, want := range map[string]Ambiguous{"": AmbiguousAuto, "auto": AmbiguousAuto, "narrow": AmbiguousNarrow, "WIDE": AmbiguousWide} {
		if got, err := ParseAmbiguous(in); err != nil || got != want {
			t.Errorf("ParseAmbiguous(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := ParseAmbiguous("medium"); err == nil {
		t.Error("ParseAmbiguous(medium) accepted")
	}
	t.Setenv("RUNEWIDTH_EASTASIAN", "1")
	if !NewOracle(AmbiguousAuto).Wide() {
		t.Error("RUNEWIDTH_EASTASIAN=1 not honoured")
	}
	t.Setenv("RUNEWIDTH_EASTASIAN", "0")
	if NewOracle(AmbiguousAuto).Wide() {
		t.Error("RUNEWIDTH_EASTASIAN=0 not honoured")
	}
}
