package parse

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOverlap: overlap, which keeps x's bigrams sorted and filters text's
// by their first characters, agrees with a plain set of bigrams on pieces
// of a real page against other pieces.
func TestOverlap(t *testing.T) {
	for _, c := range []struct {
		x, text string
		want    float64
	}{
		{"企业开办", "今年以来，企业开办时间压缩", 1},
		{"企业开办", "企业，开办", 1}, // punctuation does not break a bigram
		{"企业开办", "业开", 1.0 / 3},
		{"，。", "企业", 0},
		{"", "企业", 0},
	} {
		if got := overlap(c.x, c.text); got != c.want {
			t.Errorf("overlap(%q, %q) = %v, want %v", c.x, c.text, got, c.want)
		}
	}
	data, err := os.ReadFile(filepath.Join(testdataDir, "corpus", "pdf-ordered", "pages", "ord-006.txt"))
	if err != nil {
		t.Fatal(err)
	}
	ls := strings.Split(string(data), "\n")
	for i := 0; i < len(ls); i += 3 {
		for j := 0; j < len(ls); j += 5 {
			x, text := strings.Join(ls[i:min(i+12, len(ls))], ""), strings.Join(ls[j:min(j+20, len(ls))], "")
			if got, want := overlap(x, text), shareOf(x, text); got != want {
				t.Fatalf("overlap of lines %d… in lines %d… = %v, a set says %v", i, j, got, want)
			}
		}
	}
}

// shareOf is overlap as a set would say it.
func shareOf(x, text string) float64 {
	keys := sortedBigrams(x)
	if len(keys) == 0 {
		return 0
	}
	in := map[uint64]bool{}
	for _, k := range appendBigrams(nil, text) {
		in[k] = true
	}
	n := 0
	for _, k := range keys {
		if in[k] {
			n++
		}
	}
	return float64(n) / float64(len(keys))
}

func BenchmarkOverlap(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(testdataDir, "corpus", "pdf-ordered", "pages", "ord-006.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	x := text[len(text)/2:]
	for b.Loop() {
		overlap(x, text)
	}
}

// TestEchoNumbers: a headline's numbers in ideographs echo the digits of
// its text (百场 / 100场), and a number's own digits echo nothing.
func TestEchoNumbers(t *testing.T) {
	cases := []struct {
		line, body string
		want       float64
	}{
		// 大戏, 戏送 (punctuation breaks no bigram), 下乡 and the folded #场
		// of 百场 场大 大戏 戏送 送下 下乡 #场
		{"百场大戏送下乡", "深入全县演出节目100场，在家门口就能看大戏，送戏下乡", 4.0 / 7},
		// 万亩 and #亩 of 八十 十万 万亩 #亩 (八十万 is one number)
		{"八十万亩", "全县已累计完成作业面积80.5万亩次", 2.0 / 4},
		// 8分 分钟 #分 of 全程 程2 程# 28 8分 #分 分钟
		{"全程28分钟", "快线的发车间隔为8分钟", 3.0 / 7},
		{"三千名志愿者", "志愿者们说", 2.0 / 6},
	}
	for _, c := range cases {
		if got := echoes([]string{c.line}, c.body)[0]; math.Abs(got-c.want) > 1e-9 {
			t.Errorf("echoes(%q, %q) = %.3f, want %.3f", c.line, c.body, got, c.want)
		}
	}
}
