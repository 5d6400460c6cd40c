package text

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/rivo/uniseg"
)

// checkWrap verifies the wrapping properties of issue #3 on one input:
// lines fit; nothing is lost or added but spaces at breaks; clusters are
// whole; the kinsoku rules hold except where one unbreakable unit is wider
// than the line.
func checkWrap(t *testing.T, o *Oracle, s string, width int) {
	t.Helper()
	lines := o.WrapLines(s, width)
	bounds := clusterBounds(s)
	pos := 0
	for k, l := range lines {
		text := o.LineText(s, l, width)
		if w := o.StringWidth(text); w > width {
			t.Fatalf("Wrap(%q, %d): line %d %q is %d wide", s, width, k, text, w)
		}
		if l.Start < pos || l.End < l.Start || l.End > len(s) {
			t.Fatalf("Wrap(%q, %d): line %d range [%d,%d) after %d", s, width, k, l.Start, l.End, pos)
		}
		if gap := s[pos:l.Start]; strings.Trim(gap, " \u00a0\t\n") != "" {
			t.Fatalf("Wrap(%q, %d): text lost before line %d: %q", s, width, k, gap)
		}
		if !bounds[l.Start] || !bounds[l.End] {
			t.Fatalf("Wrap(%q, %d): line %d [%d,%d) splits a grapheme cluster", s, width, k, l.Start, l.End)
		}
		if l.Fallback {
			if n, cw := o.nextCluster(s, l.Start); n != l.End-l.Start || cw <= width {
				t.Fatalf("Wrap(%q, %d): fallback line %d holds %q which fits", s, width, k, s[l.Start:l.End])
			}
		}
		if k > 0 && !strings.Contains(s[lines[k-1].End:l.Start], "\n") {
			if v := kinsokuViolation(s, lines[k-1], l); v != "" && !forced(o, s, bounds, lines[k-1], l, width) {
				t.Fatalf("Wrap(%q, %d): %s between %q and %q", s, width, v, s[lines[k-1].Start:lines[k-1].End], s[l.Start:l.End])
			}
		}
		pos = l.End
	}
	if rest := s[pos:]; strings.Trim(rest, " \u00a0\t\n") != "" {
		t.Fatalf("Wrap(%q, %d): text lost at the end: %q", s, width, rest)
	}
}

// clusterBounds marks the byte offsets where grapheme clusters start or the
// string ends, by uniseg: the reference for "no cluster split".
func clusterBounds(s string) map[int]bool {
	b := map[int]bool{0: true, len(s): true}
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		from, to := g.Positions()
		b[from], b[to] = true, true
	}
	return b
}

// kinsokuViolation names the rule a break between lines a and b breaks, or
// returns "". It is written from the rules, independently of the wrapper.
func kinsokuViolation(s string, a, b Line) string {
	if a.Fallback || b.Fallback || a.End == a.Start || b.End == b.Start {
		return ""
	}
	if s[a.End:b.Start] != "" {
		return "" // a break at a space is always allowed
	}
	last := lastBase(s[a.Start:a.End])
	first, _ := utf8.DecodeRuneInString(s[b.Start:b.End])
	switch {
	case strings.ContainsRune(noStartRunes, first) || strings.ContainsRune(asciiNoStart, first):
		return "line starts with " + string(first)
	case strings.ContainsRune(noEndRunes, last) || strings.ContainsRune(asciiNoEnd, last):
		return "line ends with " + string(last)
	case last == first && strings.ContainsRune(splitRunes, last) && oddRun(s[a.Start:a.End], last):
		// dashes and ellipses pair from the start of their run
		return "pair split"
	case isDigit(last) && isHan(first):
		return "number split from its unit"
	case isWordChar(last) && isWordChar(first):
		return "word split"
	}
	return ""
}

// lastBase returns the base rune of the last grapheme cluster of s.
func lastBase(s string) rune {
	// a cluster is short: segmenting the tail is enough
	from := max(0, len(s)-64)
	for from > 0 && !utf8.RuneStart(s[from]) {
		from--
	}
	s = s[from:]
	var base rune
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		base, _ = utf8.DecodeRuneInString(g.Str())
	}
	return base
}

// isWordChar: Latin words and numbers (ASCII printables, accented letters)
// are units.
func isWordChar(r rune) bool {
	if r < 0x80 {
		return r > ' '
	}
	return r >= 0xC0 && r < 0x2000 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// oddRun reports whether line ends with an odd number of r.
func oddRun(line string, r rune) bool {
	n := 0
	for line != "" {
		l, size := utf8.DecodeLastRuneInString(line)
		if l != r {
			break
		}
		n++
		line = line[:len(line)-size]
	}
	return n%2 == 1
}

// forced reports whether a rule had to be broken: the unbreakable unit
// around the break (the clusters glued to each other by the rules) is
// wider than the line.
func forced(o *Oracle, s string, bounds map[int]bool, a, b Line, width int) bool {
	glued := func(i int) bool { // is cluster boundary i inside a unit?
		l := Line{Start: prevBound(bounds, i), End: i}
		r := Line{Start: i, End: nextBound(bounds, i, len(s))}
		if strings.ContainsAny(s[l.Start:r.End], " \u00a0\t\n") {
			return false
		}
		return kinsokuViolation(s, l, r) != ""
	}
	from, to := a.End, b.Start
	// a unit wider than the widest line allowed is certainly forced: stop
	// scanning there (the fuzzer builds very long units)
	limit := 4*width + 8
	for n := 0; from > 0 && glued(from) && n < limit; n++ {
		from = prevBound(bounds, from)
	}
	for n := 0; to < len(s) && glued(to) && n < limit; n++ {
		to = nextBound(bounds, to, len(s))
	}
	if from == a.End { // the break itself glues
		from = prevBound(bounds, a.End)
	}
	return o.StringWidth(s[from:to]) > width
}

func prevBound(bounds map[int]bool, i int) int {
	for i--; i > 0 && !bounds[i]; i-- {
	}
	return max(i, 0)
}

func nextBound(bounds map[int]bool, i, n int) int {
	for i++; i < n && !bounds[i]; i++ {
	}
	return min(i, n)
}

// alphabet mixes what page text holds: ideographs, CJK punctuation, ASCII
// words and numbers, spaces, newlines, emoji sequences, combining marks.
var alphabet = []string{
	"高", "新", "区", "年", "月", "，", "。", "、", "“", "”", "（", "）", "《", "》", "：", "！", "？", "·",
	"——", "……", "—", "…", "2022", "100%", "5.6", "APP", "well-known", "http://a.cn/b", " ", "  ", "\n",
	"\u3000", "👨\u200d👩\u200d👧", "🇨🇳", "❤️", "👍🏽", "e\u0301", "한", "a", "-", "/", "%", "℃", "①",
}

func randomText(rng *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(alphabet[rng.Intn(len(alphabet))])
	}
	return b.String()
}

// TestWrapProperties checks the properties on random text at every width
// from 1 to 60 and on every paragraph of the sample page at 1 to 200, in
// both ambiguous modes.
func TestWrapProperties(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, o := range []*Oracle{narrow(), wide()} {
		for i := 0; i < 300; i++ {
			s := randomText(rng, 1+rng.Intn(40))
			for w := 1; w <= 60; w += 1 + rng.Intn(3) {
				checkWrap(t, o, s, w)
			}
		}
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pages", "gaoxin-2022-06.txt"))
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(strings.ReplaceAll(string(data), "\n\n", "\x00"), "\x00")
	for _, o := range []*Oracle{narrow(), wide()} {
		for _, p := range paras {
			p = strings.ReplaceAll(p, "\n", "")
			for w := 1; w <= 200; w++ {
				checkWrap(t, o, p, w)
			}
		}
	}
}

func FuzzWrap(f *testing.F) {
	f.Add("本报讯 为进一步推动“五星”支部创建、党建引领网格化", uint8(7))
	f.Add("达到100%，区级达到夺“红旗”标准……——", uint8(3))
	f.Add("👨\u200d👩\u200d👧🇨🇳 e\u0301 well-known http://a.cn/b", uint8(1))
	f.Fuzz(func(t *testing.T, s string, w uint8) {
		if !utf8.ValidString(s) {
			return // the loader hands on valid UTF-8 only
		}
		width := int(w)%200 + 1
		checkWrap(t, narrow(), s, width)
		checkWrap(t, wide(), s, width)
	})
}

// TestOracleCoversRenderer: Bubble Tea's renderer cuts lines by x/ansi's
// width. A line the oracle fits in the terminal must never be wider by
// x/ansi's measure, or the renderer would cut it; so the oracle may count
// wider than x/ansi (ambiguous-wide terminals) but never narrower.
func TestOracleCoversRenderer(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for _, o := range []*Oracle{narrow(), wide()} {
		for i := 0; i < 2000; i++ {
			s := randomText(rng, 1+rng.Intn(12))
			s = strings.ReplaceAll(s, "\n", "")
			if ow, aw := o.StringWidth(s), ansi.StringWidth(s); ow < aw {
				t.Fatalf("oracle(wide=%v) measures %q as %d, the renderer as %d", o.Wide(), s, ow, aw)
			}
		}
	}
}
