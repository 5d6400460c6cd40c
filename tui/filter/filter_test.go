package filter

import (
	"fmt"
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/list"
)

// The sample page's headline stacks.
var sample = [][]string{
	{"凝神聚力“摘夺创”奋勇争先“亮赛比”", "高新区村（社区）书记“打擂台”“五星”创建引热潮"},
	{"从凌晨3时到下午4时", "高新区与病毒赛跑 硬核守护家园"},
	{"兰考县委来访高新区", "打造区域协同创新发展新典范 助推区域高质量发展"},
	{"高新区调研新建学校建设情况", "把民生工程打造成为民心工程、满意工程"},
}

func sampleIndex() *Index {
	ix := NewIndex(NewReadings())
	for _, s := range sample {
		ix.Add(s)
	}
	return ix
}

func items(ms []Match) []int {
	var out []int
	for _, m := range ms {
		out = append(out, m.Item)
	}
	return out
}

func TestSearch(t *testing.T) {
	ix := sampleIndex()
	ix.Add([]string{"城市银行举行开放日"}) // item 4: 行 is hang in 银行, xing in 举行
	tests := []struct {
		name  string
		q     string
		items []int
		kind  Kind
	}{
		{"hanzi substring", "病毒", []int{1}, Hanzi},
		{"hanzi in several", "高新区", []int{0, 1, 2, 3}, Hanzi},
		{"initials", "gxq", []int{0, 1, 2, 3}, Initials},
		{"initials of a kicker", "lkxw", []int{2}, Initials},
		{"full pinyin", "gaoxin", []int{0, 1, 2, 3}, Full},
		{"full pinyin, syllables as prefixes", "gaox", []int{0, 1, 2, 3}, Full},
		{"full pinyin over three characters", "gaoxinqu", []int{0, 1, 2, 3}, Full},
		{"full pinyin, one story", "bingdu", []int{1}, Full},
		{"polyphone: 行 as hang", "yinhang", []int{4}, Full},
		{"polyphone: 行 as xing", "juxing", []int{4}, Full},
		{"polyphone initials", "yhjx", []int{4}, Initials},
		{"digits and latin in text", "3时", []int{1}, Hanzi},
		{"full-width folded", "３时", []int{1}, Hanzi},
		{"nothing", "xyzzy", nil, None},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ix.Search(tt.q, nil)
			if !slices.Equal(items(got), tt.items) {
				t.Fatalf("Search(%q) items = %v, want %v", tt.q, items(got), tt.items)
			}
			for _, m := range got {
				if m.Kind != tt.kind {
					t.Errorf("Search(%q) item %d kind %v, want %v", tt.q, m.Item, m.Kind, tt.kind)
				}
			}
		})
	}
}

// TestPolyphones: every reading of a polyphonic character matches.
func TestPolyphones(t *testing.T) {
	ix := NewIndex(NewReadings())
	ix.Add([]string{"银行行长重新出发"})
	ix.Add([]string{"长江大桥"})
	for _, q := range []string{"yinhang", "xingzhang", "hangchang", "chongxin", "zhongxin", "yhhz", "yxxz", "changjiang", "zhangjiang", "cj", "zj"} {
		if len(ix.Search(q, nil)) == 0 {
			t.Errorf("Search(%q) found nothing", q)
		}
	}
}

// TestSpans: the characters that matched, exactly, mapped to lines.
func TestSpans(t *testing.T) {
	ix := sampleIndex()
	m := ix.Search("gxq", nil)[2] // 兰考县委来访高新区 / 打造…
	if m.Item != 2 {
		t.Fatalf("third match is item %d", m.Item)
	}
	ls := LineSpans(sample[2], m.Spans)
	if len(ls[0]) != 1 || ls[0][0] != (Span{6, 9}) {
		t.Errorf("gxq spans in 兰考县委来访高新区 = %v, want [{6 9}]", ls[0])
	}
	m = ix.Search("病毒", nil)[0]
	ls = LineSpans(sample[1], m.Spans)
	if len(ls[1]) != 1 || ls[1][0] != (Span{4, 6}) {
		t.Errorf("病毒 spans = %v, want [{4 6}] in the second line", ls)
	}
	m = ix.Search("lkxw", nil)[0]
	if got := LineSpans(sample[2], m.Spans)[0]; len(got) != 1 || got[0] != (Span{0, 4}) {
		t.Errorf("lkxw spans = %v", got)
	}
}

// TestRanking: hanzi matches come before pinyin matches; ties keep item
// order.
func TestRanking(t *testing.T) {
	ix := NewIndex(NewReadings())
	ix.Add([]string{"高新区建设"})   // pinyin gxq
	ix.Add([]string{"GXQ 发布会"}) // the letters themselves
	ix.Add([]string{"高新区发布"})
	got := ix.Search("gxq", nil)
	if !slices.Equal(items(got), []int{1, 0, 2}) || got[0].Kind != Hanzi || got[1].Kind != Initials {
		t.Errorf("Search(gxq) = %+v", got)
	}
}

// TestNarrowing: searching within the previous hits gives exactly what a
// full search gives — the same items, kinds and highlighted spans — for a
// query extending the previous one. The first query of each sequence is
// searched within every item, so the narrowing path runs every time.
func TestNarrowing(t *testing.T) {
	const n = 2000
	ix := generatedIndex(n)
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	for _, qs := range [][]string{{"g", "gx", "gxq"}, {"g", "ga", "gao", "gaox", "gaoxin"}, {"高", "高新", "高新区"}, {"x", "xin", "xinq"}} {
		prev := all
		for _, q := range qs {
			narrowed := ix.Search(q, prev)
			full := ix.Search(q, nil)
			if len(full) == 0 {
				t.Fatalf("Search(%q) found nothing: the case tests nothing", q)
			}
			if !reflect.DeepEqual(narrowed, full) {
				t.Fatalf("Search(%q) within %d hits differs from the full search: %d vs %d matches", q, len(prev), len(narrowed), len(full))
			}
			prev = items(full)
			slices.Sort(prev)
		}
	}
}

// generatedIndex builds n headline stacks of the kind a daily paper prints.
func generatedIndex(n int) *Index {
	ix := NewIndex(NewReadings())
	for _, h := range generateHeadlines(n, 1) {
		ix.Add(h)
	}
	return ix
}

// generateHeadlines makes n kicker/title pairs from places and topics.
func generateHeadlines(n int, seed int64) [][]string {
	places := strings.Fields("高新区 东城区 西城区 南湖区 北山区 经开区 临江县 青石县 柳湾镇 桃源镇 石门镇 龙泉镇 安平县 永宁县 金水区 滨河新区 航空港区 大学城")
	topics := strings.Fields("春季招聘会提供岗位超八千个 老旧小区加装电梯 沿河建起生态缓冲带 公交专线串起六所学校 麦收进度过半 社区老年餐桌供餐五百余份 新增三家科技企业孵化器 开展防汛应急演练 城市书房夜读成新风尚 企业开办压缩至一个工作日 中医药文化进校园 热力公司完成管网检修 山货走出大山 竹编艺人带徒百余名 全民健身运动会开幕 校园食堂食品安全大检查 地铁三号线全线贯通 万亩果园迎来丰收季 消防宣传进万家 银行网点开展反诈宣传 重大项目集中开工")
	kickers := strings.Fields("为民办实事 关注民生 优化营商环境 守护一江清水 数字赋能 汛期将至 金秋时节 交通建设再提速 非遗传承 乡村振兴")
	rng := rand.New(rand.NewSource(seed))
	out := make([][]string, n)
	for i := range out {
		title := places[rng.Intn(len(places))] + topics[rng.Intn(len(topics))]
		out[i] = []string{kickers[rng.Intn(len(kickers))], title}
	}
	return out
}

// BenchmarkFilter measures one keystroke — a full search for the query —
// over 15 000 and 150 000 generated headline stacks, per query kind, and
// bubbles' list.DefaultFilter on the same headlines as the baseline.
func BenchmarkFilter(b *testing.B) {
	for _, n := range []int{15000, 150000} {
		heads := generateHeadlines(n, 1)
		ix := NewIndex(NewReadings())
		targets := make([]string, n)
		for i, h := range heads {
			ix.Add(h)
			targets[i] = strings.Join(h, " ")
		}
		for _, q := range []struct{ kind, q string }{{"hanzi", "高新"}, {"initials", "gxq"}, {"full", "gaoxin"}} {
			b.Run(fmt.Sprintf("%s/%d", q.kind, n), func(b *testing.B) {
				hits := 0
				for b.Loop() {
					hits = len(ix.Search(q.q, nil))
				}
				if hits == 0 {
					b.Fatalf("%q found nothing", q.q)
				}
				b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/1000, "ms/keystroke")
			})
		}
		// typed: "gaoxin" letter by letter, each keystroke searching within
		// the hits of the one before, as the reader does
		b.Run(fmt.Sprintf("full-typed/%d", n), func(b *testing.B) {
			q := "gaoxin"
			for b.Loop() {
				var prev []int
				for i := 1; i <= len(q); i++ {
					hits := ix.Search(q[:i], prev)
					prev = items(hits)
					slices.Sort(prev)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(len(q))/1000, "ms/keystroke")
		})
		// each keystroke of the typed query on its own: the slowest is
		// what a reader feels
		var prevs [][]int
		var prev []int
		for i := 1; i <= len("gaoxin"); i++ {
			prevs = append(prevs, prev)
			prev = items(ix.Search("gaoxin"[:i], prev))
			slices.Sort(prev)
		}
		for i := 1; i <= len("gaoxin"); i++ {
			b.Run(fmt.Sprintf("typed-%s/%d", "gaoxin"[:i], n), func(b *testing.B) {
				for b.Loop() {
					ix.Search("gaoxin"[:i], prevs[i-1])
				}
				b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/1000, "ms/keystroke")
			})
		}
		b.Run(fmt.Sprintf("bubbles-DefaultFilter/%d", n), func(b *testing.B) {
			for b.Loop() {
				list.DefaultFilter("高新", targets)
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/1000, "ms/keystroke")
		})
	}
}

// TestEmptyItems: items without text (articles without headlines) never
// match, and do not shift matches to their neighbours.
func TestEmptyItems(t *testing.T) {
	ix := NewIndex(NewReadings())
	ix.Add(nil)
	ix.Add([]string{"高新区建设"})
	ix.Add(nil)
	ix.Add(nil)
	ix.Add([]string{"GXQ 高新区"})
	ix.Add([]string{})
	for _, q := range []string{"高新区", "gxq", "gaoxin", "GXQ"} {
		got := items(ix.Search(q, nil))
		if !slices.Equal(got, []int{1, 4}) && !slices.Equal(got, []int{4, 1}) {
			t.Errorf("Search(%q) = %v, want items 1 and 4", q, got)
		}
	}
}

func TestPinyinSpans(t *testing.T) {
	ix := NewIndex(NewReadings())
	ix.Add([]string{"高新区与高新技术，gaoxin 高兴"})
	for _, tt := range []struct {
		q    string
		want []Span
	}{
		{"gx", []Span{{0, 2}, {4, 6}, {16, 18}}},              // 高新 高新 高兴
		{"gaoxin", []Span{{0, 2}, {4, 6}, {9, 15}, {16, 18}}}, // the Latin word, and 高兴 (xing)
		{"gaox", []Span{{0, 2}, {4, 6}, {9, 13}, {16, 18}}},
		{"xyz", nil},
		{"高新", nil},
	} {
		if got := ix.PinyinSpans(0, tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("PinyinSpans(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestQuickFullAgrees: the memo-less matcher decides every start it
// decides as the memo matcher does (characters consumed included), over
// generated headlines, polyphones and Latin text, for queries made of
// readings, their prefixes and stray letters.
func TestQuickFullAgrees(t *testing.T) {
	ix := NewIndex(NewReadings())
	for _, h := range generateHeadlines(300, 7) {
		ix.Add(h)
	}
	ix.Add([]string{"重庆长江大桥 银行行长 西安 先生 AI芯片3号线"})
	queries := []string{"g", "ga", "gao", "gaox", "gaoxin", "gaoxinqu", "gxq", "ou", "xian", "xia", "xi'an", "chongqing", "zhong", "hang", "changjiang", "ai", "aixin", "3hao", "yinhang", "hangzhang", "qu", "quan", "jiaot", "jiaotongjianshe"}
	rng := rand.New(rand.NewSource(3))
	for range 200 {
		b := make([]byte, 1+rng.Intn(6))
		for i := range b {
			b[i] = "aegiouxnhzq3"[rng.Intn(12)]
		}
		queries = append(queries, string(b))
	}
	m := &fullMatcher{ix: ix}
	decided := 0
	for item := range ix.Len() {
		from, to := int(ix.runeStart[item]), int(ix.runeStart[item+1])
		for _, q := range queries {
			m.reset(q, from, to)
			for p := from; p < to; p++ {
				quick := ix.quickFull(p, to, q)
				if quick < 0 {
					continue
				}
				decided++
				if want := m.at(p, 0); quick != want {
					t.Fatalf("item %d at %d, %q: quickFull = %d, matcher = %d", item, p-from, q, quick, want)
				}
			}
		}
	}
	if decided == 0 {
		t.Fatal("quickFull decided nothing")
	}
}

// TestOneLetterSpans: a one-letter query leaves its matches without spans
// (most items match; only the shown rows need them), and SpansOf finds
// the first character read with that initial.
func TestOneLetterSpans(t *testing.T) {
	ix := NewIndex(NewReadings())
	ix.Add([]string{"为民办实事", "高新区公交专线"})
	ms := ix.Search("g", nil)
	if len(ms) != 1 || ms[0].Kind != Initials || ms[0].Spans != nil {
		t.Fatalf("Search(g) = %+v, want one initials match without spans", ms)
	}
	if got, want := ix.SpansOf(ms[0], "g"), []Span{{6, 7}}; !slices.Equal(got, want) {
		t.Errorf("SpansOf = %v, want %v (高, after the kicker and the separator)", got, want)
	}
	full := ix.Search("gao", nil)
	if len(full) != 1 || !slices.Equal(ix.SpansOf(full[0], "gao"), full[0].Spans) {
		t.Errorf("SpansOf keeps a match's own spans: %+v", full)
	}
}

// FuzzSearch: any query, typed on from any other, searches without panic,
// and every match's spans lie inside its item.
func FuzzSearch(f *testing.F) {
	f.Add("gaoxin", 3)
	f.Add("高新", 1)
	f.Add("xi'an 3", 2)
	f.Fuzz(func(t *testing.T, q string, cut int) {
		ix := NewIndex(NewReadings())
		lines := []string{"高新区新增三家孵化器", "重庆长江大桥 银行行长", "AI芯片3号线", "", "西安先生"}
		for _, h := range generateHeadlines(40, 5) {
			ix.Add(h)
		}
		ix.Add(lines)
		check := func(ms []Match, q string) {
			for _, m := range ms {
				if m.Item < 0 || m.Item >= ix.Len() {
					t.Fatalf("%q: item %d of %d", q, m.Item, ix.Len())
				}
				n := int(ix.runeStart[m.Item+1] - ix.runeStart[m.Item])
				for _, s := range ix.SpansOf(m, q) {
					if s.Start < 0 || s.End > n || s.Start >= s.End {
						t.Fatalf("%q: span %v outside item %d of %d runes", q, s, m.Item, n)
					}
				}
			}
		}
		first := q
		if cut > 0 && cut < len(q) {
			first = q[:cut]
		}
		ms := ix.Search(first, nil)
		check(ms, first)
		within := items(ms)
		slices.Sort(within)
		check(ix.Search(q, within), q)
	})
}
