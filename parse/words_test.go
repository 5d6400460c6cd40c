package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOverlap: overlap, which keeps x's bigrams sorted, agrees with echoes,
// which keeps them in a map, on pieces of a real page against other pieces.
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
			if got, want := overlap(x, text), echoes([]string{x}, text)[0]; got != want {
				t.Fatalf("overlap of lines %d… in lines %d… = %v, echoes says %v", i, j, got, want)
			}
		}
	}
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
