package lexicon

import (
	"strings"
	"testing"
)

func TestAcross(t *testing.T) {
	for _, c := range []struct {
		before, after string
		want          bool
	}{
		{"不少市民排队上前体", "验。支队有关负责人", true}, // 体|验
		{"不少市民排队上前体", "电，家中最好配备", false},
		{"摸排用工需求，并通过微信公", "众号、短视频平台", true}, // 公|众号
		{"走进清水河", "畔的柳湾镇", true},            // 河畔
		{"，企", "业今年计划", true},               // 企业
		{"长廊。", "“这条缓冲带", false},            // punctuation on the cut
		{"", "企业", false},
		{"企业", "", false},
		{"ab", "cd", false},
	} {
		if got := Across(c.before, c.after); got != c.want {
			t.Errorf("Across(%q, %q) = %v, want %v", c.before, c.after, got, c.want)
		}
	}
}

func TestWord(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"企业", true}, {"体验", true}, {"私拉乱接", false}, {"快递", true}, {"网购", true}, {"企", false}, {"企业abc", false}, {"", false},
	} {
		if got := Word(c.s); got != c.want {
			t.Errorf("Word(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestTable: every word of words.txt is found with its class, and the
// filter never turns one away.
func TestTable(t *testing.T) {
	lx := table()
	if lx.n < 40000 {
		t.Fatalf("lexicon holds %d words", lx.n)
	}
	for line := range strings.SplitSeq(wordList, "\n") {
		w, class, _ := strings.Cut(line, "\t")
		k, ok := pack(w)
		if !ok {
			continue
		}
		if s := lx.strengthOf(k); s == 0 || (len(class) == 1 && s < class[0]-'0') {
			t.Fatalf("%s (class %q) found with class %d", w, class, s)
		}
		if !lx.mayStart(rune(k>>48), rune(k>>32&0xFFFF)) {
			t.Fatalf("filter turns away %s", w)
		}
	}
	if k, _ := pack("私拉乱接"); lx.has(k) {
		t.Fatal("a word not listed is found")
	}
}

func BenchmarkAcross(b *testing.B) {
	table()
	for b.Loop() {
		Across("不少市民排队上前体", "电，家中最好配备")
	}
}

func FuzzAcross(f *testing.F) {
	f.Add("体", "验")
	f.Fuzz(func(t *testing.T, a, b string) {
		if s := Strength(a, b); s < 0 || s > MaxStrength || (s > 0) != Across(a, b) {
			t.Fatalf("Strength(%q, %q) = %d", a, b, s)
		}
		Word(a)
	})
}

func TestStrength(t *testing.T) {
	for _, c := range []struct {
		before, after string
		want          int
	}{
		{"路面坑洼不平，下雨天过", "去路面", MaxStrength}, // 过去, common
		{"墙面也", "去路面", 2},                   // 也去, a rare word made by chance
		{"冻结法加", "固土体", 2},                  // 加固, a technical word
		{"为解决电动自", "行车“充电难”", MaxStrength},  // 自行车: three ideographs
		{"长廊。", "“这条", 0},
	} {
		if got := Strength(c.before, c.after); got != c.want {
			t.Errorf("Strength(%q, %q) = %d, want %d", c.before, c.after, got, c.want)
		}
	}
}
