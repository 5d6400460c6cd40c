package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
)

// benchText is about 1 MB of Chinese newspaper text: the sample page and
// the generated test pages, paragraphs joined, repeated.
func benchText(b *testing.B) string {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "pages", "*.txt"))
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil || !utf8.Valid(data) {
			continue
		}
		for _, p := range strings.Split(string(data), "\n\n") {
			sb.WriteString(strings.ReplaceAll(p, "\n", ""))
			sb.WriteByte('\n')
		}
	}
	one := sb.String()
	if one == "" {
		b.Fatal("no bench text")
	}
	return strings.Repeat(one, (1<<20)/len(one)+1)[:1<<20]
}

// BenchmarkWrap wraps 1 MB of Chinese at widths 40 and 80; the runewidth
// cases are go-runewidth's Wrap on the same text, the baseline of issue #3
// (it breaks kinsoku and splits numbers). SetBytes is the rune count, so
// the ns/op over bytes/op gives… read the custom ns/char metric instead.
func BenchmarkWrap(b *testing.B) {
	text := benchText(b)
	chars := utf8.RuneCountInString(text)
	for _, w := range []int{40, 80} {
		name := map[int]string{40: "40", 80: "80"}[w]
		b.Run("kanbao/"+name, func(b *testing.B) {
			o := narrow()
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				lines := o.WrapLines(text, w)
				if len(lines) < chars/w {
					b.Fatalf("%d lines for %d characters", len(lines), chars)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(chars), "ns/char")
		})
		b.Run("runewidth/"+name, func(b *testing.B) {
			c := &runewidth.Condition{EastAsianWidth: false}
			c.CreateLUT()
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				c.Wrap(text, w)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(chars), "ns/char")
		})
	}
}
