package parse

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParsePage parses the real sample page and, as a second case,
// the whole generated corpus (pages of every layout).
func BenchmarkParsePage(b *testing.B) {
	sample, err := os.ReadFile(filepath.Join(testdataDir, "pages", "gaoxin-2022-06.txt"))
	if err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(testdataDir, "pages", "gen-*.txt"))
	var corpus []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		res := readPageBytes(b, data, f)
		corpus = append(corpus, res)
		size += len(res)
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
	b.Run("generated", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, text := range corpus {
				Parse(text)
			}
		}
	})
}

func readPageBytes(b *testing.B, data []byte, name string) string {
	b.Helper()
	return string(data)
}
