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
	count := map[rune]int{}
	for _, r := range strings.TrimPrefix(text, "\uFEFF") {
		if !unicode.IsSpace(r) {
			count[r]++
		}
	}
	for i := range pages {
		for _, s := range pageStrings(&pages[i]) {
			for _, r := range s {
				if !unicode.IsSpace(r) {
					count[r]--
				}
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
// decoded as the loader decodes it (GB18030 and UTF-16 pages included).
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
	})
}
