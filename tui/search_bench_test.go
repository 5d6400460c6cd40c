package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kanbao/kanbao/internal/load"
	"github.com/kanbao/kanbao/parse"
	"github.com/kanbao/kanbao/tui/render"
)

// longDoc is one article of about size bytes: the sample's paragraphs
// repeated, or joined into one paragraph (OCR output without breaks).
func longDoc(t testing.TB, size int, onePara bool) load.Doc {
	d := sampleDoc(t)
	a := d.Pages[0].Articles[0]
	var paras []string
	n := 0
	for n < size {
		for _, p := range a.Paragraphs {
			paras = append(paras, p)
			n += len(p)
		}
	}
	if onePara {
		paras = []string{strings.Join(paras, "")}
	}
	a.Paragraphs = paras
	return load.Doc{Source: "long.txt", Pages: []parse.Page{{Number: 1, Articles: []parse.Article{a}}}}
}

// BenchmarkSearch measures one keystroke of the article search — find
// every match, lay the article out with them highlighted, scroll to the
// first — in a 1 MB and a 10 MB article. "五" matches thousands of times.
func BenchmarkSearch(b *testing.B) {
	for _, size := range []int{1 << 20, 10 << 20} {
		for _, one := range []bool{false, true} {
			name := fmt.Sprintf("%dMB/paragraphs", size>>20)
			if one {
				name = fmt.Sprintf("%dMB/one-paragraph", size>>20)
			}
			b.Run(name, func(b *testing.B) {
				benchSearch(b, longDoc(b, size, one), size)
			})
		}
	}
}

func benchSearch(b *testing.B, doc load.Doc, size int) {
	m := newModel(b, doc)
	m = send(m, sizeMsg(80, 24))
	m = send(m, keys("\n/")...)
	b.ReportAllocs()
	b.SetBytes(int64(size))
	for b.Loop() {
		next, _ := m.Update(ime("五"))
		if len(next.(Model).detail.matches) < 1000 {
			b.Fatal("too few matches")
		}
		m.detail.input.set("") // the next keystroke types 五 again
	}
}

// TestSearchLongArticle: the highlights of a search in a long article
// fall on the matches, in every line (the linear highlighter against
// the matches themselves).
func TestSearchLongArticle(t *testing.T) {
	m := newModel(t, longDoc(t, 64<<10, true))
	m = send(m, sizeMsg(80, 24))
	m = send(m, keys("\n/")...)
	m = send(m, ime("五星"))
	got := 0
	for _, l := range m.detail.lines {
		for _, s := range l.Segs {
			if s.Role == render.Match || s.Role == render.Current {
				if !strings.HasPrefix("五星", s.Text) && !strings.HasSuffix("五星", s.Text) {
					t.Fatalf("highlight %q is not a match", s.Text)
				}
				got += len([]rune(s.Text))
			}
		}
	}
	if want := 2 * len(m.detail.matches); got != want || want == 0 {
		t.Errorf("%d highlighted characters, want %d", got, want)
	}
}
