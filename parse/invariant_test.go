package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// pageStrings returns every string a page puts out: what a user or a JSON
// consumer can see.
func pageStrings(p *Page) []string {
	out := append(append([]string(nil), p.Furniture...), p.Other...)
	for i := range p.Articles {
		a := &p.Articles[i]
		out = append(out, a.Headlines...)
		out = append(out, a.Lead, a.Byline.Raw)
		out = append(out, a.Paragraphs...)
		out = append(out, a.Captions...)
	}
	return out
}

// lostRunes returns the non-whitespace runes of text that the pages do not
// account for (as a multiset). The byte order mark is an encoding
// signature, not text.
func lostRunes(text string, pages []Page) map[rune]int {
	var out []string
	for i := range pages {
		out = append(out, pageStrings(&pages[i])...)
	}
	return lostFrom(strings.TrimPrefix(text, "\uFEFF"), out)
}

// stageStrings runs the stages of parseColumns on a column page and
// returns, per stage, every string its output holds: a character lost at a
// stage boundary shows at that stage.
func stageStrings(raw []string) []struct {
	stage string
	out   []string
} {
	var res []struct {
		stage string
		out   []string
	}
	add := func(stage string, out []string) {
		res = append(res, struct {
			stage string
			out   []string
		}{stage, out})
	}
	lines := readLines(raw)
	var out []string
	for _, l := range lines.lines {
		if l.kind == kindText {
			out = append(out, lines.text[l.ti].text, l.note)
		} else {
			out = append(out, l.raw)
		}
	}
	add("lines", out)
	els := groupBlocks(lines)
	elemStrings := func() []string {
		var out []string
		for _, e := range els {
			for _, l := range e.lines {
				out = append(out, l.text)
			}
			out = append(out, e.raw...)
		}
		return out
	}
	add("blocks", elemStrings())
	m := measurePage(els)
	add("measure", elemStrings())
	els = unglue(els, m)
	add("glue", elemStrings())
	els = deinterleave(els, m.width)
	add("interleave", elemStrings())
	seg := segmentPage(els, m)
	segStrings := func(withLines bool) []string {
		out := append(append(append([]string(nil), seg.furniture...), seg.other...), seg.loose...)
		for _, h := range seg.heads {
			out = append(out, h.text)
		}
		for _, a := range seg.arts {
			if withLines {
				for _, l := range a.lines {
					out = append(out, l.text)
				}
			}
			out = append(out, a.captions...)
			out = append(out, a.top.Raw, a.end.Raw, a.lent.Raw)
		}
		return out
	}
	add("segment", segStrings(true))
	orderStories(&seg)
	add("order", segStrings(true))
	arts := reflowStories(seg.arts, m)
	out = segStrings(false)
	for _, a := range arts {
		out = append(out, a.Paragraphs...) // captions come with the stories
	}
	add("reflow", out)
	takeBylines(arts, seg.arts)
	out = append(append([]string(nil), seg.furniture...), seg.other...)
	for _, h := range seg.heads {
		out = append(out, h.text)
	}
	for _, a := range arts {
		out = append(out, a.Lead, a.Byline.Raw)
		out = append(out, a.Paragraphs...)
		out = append(out, a.Captions...)
	}
	add("bylines", out)
	page := Page{Layout: LayoutColumns, Furniture: seg.furniture, Other: seg.other}
	page.Articles, page.Other = attachHeadlines(arts, seg.arts, seg.heads, page.Other)
	add("headlines", pageStrings(&page))
	return res
}

// lostAtStages returns, for the column pages of text, the first stage that
// loses characters and what it lost.
func lostAtStages(text string) (string, map[rune]int) {
	text = strings.TrimPrefix(text, "\uFEFF")
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	for chunk := range strings.SplitSeq(text, "\f") {
		raw := strings.Split(chunk, "\n")
		if isCleanLayout(raw) {
			continue
		}
		for _, st := range stageStrings(raw) {
			if lost := lostFrom(chunk, st.out); len(lost) > 0 {
				return st.stage, lost
			}
		}
	}
	return "", nil
}

// lostFrom returns the non-whitespace runes of text that out lacks.
func lostFrom(text string, out []string) map[rune]int {
	count := map[rune]int{}
	for _, r := range text {
		if !unicode.IsSpace(r) {
			count[r]++
		}
	}
	for _, s := range out {
		for _, r := range s {
			if !unicode.IsSpace(r) {
				count[r]--
			}
		}
	}
	lost := map[rune]int{}
	for r, n := range count {
		if n > 0 {
			lost[r] = n
		}
	}
	return lost
}

// TestNoTextLost checks the invariant on every test page of every set,
// decoded as the loader decodes it (GB18030 and UTF-16 pages included):
// on the pages parsed, and at every stage boundary of the column parser.
func TestNoTextLost(t *testing.T) {
	n := 0
	for _, set := range corpusSets {
		truths, _ := filepath.Glob(filepath.Join(testdataDir, set.truth, set.match+".json"))
		for _, tp := range truths {
			name := strings.TrimSuffix(filepath.Base(tp), ".json")
			want := readTruth(t, tp)
			text := readPage(t, filepath.Join(testdataDir, set.pages, name+".txt"), want.Encoding)
			if lost := lostRunes(text, Parse(text)); len(lost) > 0 {
				t.Errorf("%s/%s: lost %v", set.name, name, lost)
			}
			if stage, lost := lostAtStages(text); stage != "" {
				t.Errorf("%s/%s: the %s stage lost %v", set.name, name, stage, lost)
			}
			n++
		}
	}
	if n < 100 {
		t.Fatalf("only %d test pages found", n)
	}
}

// FuzzParse: any text parses without panic, into valid UTF-8, losing no
// character. Seeds are in testdata/fuzz/FuzzParse and slices of the test
// pages (small, so that minimizing a finding stays quick).
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(testdataDir, "pages", "*.txt"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil || !utf8.Valid(data) {
			continue
		}
		lines := strings.SplitAfter(string(data), "\n")
		for i := 0; i < len(lines); i += 40 {
			f.Add(strings.Join(lines[i:min(i+40, len(lines))], ""))
		}
	}
	f.Add("本报讯 记者 王某\n\n标题\n")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // the decoder guarantees valid UTF-8 before parsing
		}
		pages := Parse(text)
		for i := range pages {
			for _, s := range pageStrings(&pages[i]) {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 out: %q", s)
				}
				if strings.ContainsRune(s, '\f') {
					t.Fatalf("form feed out: %q", s)
				}
			}
		}
		if lost := lostRunes(text, pages); len(lost) > 0 {
			t.Fatalf("lost %v", lost)
		}
		if stage, lost := lostAtStages(text); stage != "" {
			t.Fatalf("the %s stage lost %v", stage, lost)
		}
	})
}
