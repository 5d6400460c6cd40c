package parse

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kanbao/kanbao/internal/decode"
)

// BenchmarkParsePage parses the real sample page and, as further cases,
// the generated pages (every quirk of the sample's format) and the pages
// read back from PDFs by pdftotext, each decoded as the loader does.
func BenchmarkParsePage(b *testing.B) {
	sample, err := os.ReadFile(filepath.Join(testdataDir, "pages", "gaoxin-2022-06.txt"))
	if err != nil {
		b.Fatal(err)
	}
	b.Run("sample", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(sample)))
		text := string(sample)
		for b.Loop() {
			if pages := Parse(text); len(pages) != 1 || len(pages[0].Articles) != 4 {
				b.Fatalf("sample parsed to %d pages", len(pages))
			}
		}
	})
	for _, set := range []struct{ name, dir, match string }{
		{"generated", "pages", "gen-*"}, {"pdftotext", "corpus/pdf/pages", "pdf-*"},
	} {
		files, _ := filepath.Glob(filepath.Join(testdataDir, set.dir, set.match+".txt"))
		var corpus []string
		size := 0
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			res, err := decode.Decode(data, "")
			if err != nil {
				b.Fatalf("%s: %v", f, err)
			}
			corpus = append(corpus, res.Text)
			size += len(res.Text)
		}
		b.Run(set.name, func(b *testing.B) {
			if len(corpus) == 0 {
				b.Fatal("no pages")
			}
			b.ReportAllocs()
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, text := range corpus {
					if len(Parse(text)) == 0 {
						b.Fatal("a page parsed to nothing")
					}
				}
			}
		})
	}
}
