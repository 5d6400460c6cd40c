package parse

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDbgHeads(t *testing.T) {
	data, _ := os.ReadFile(os.Getenv("DBG"))
	els := buildElements(strings.Split(string(data), "\n"))
	seg := segment(els)
	var spans []artSpan
	for _, ab := range seg.arts {
		spans = append(spans, artSpan{text: joinText(ab.lines), first: ab.first, last: ab.last})
	}
	for i, s := range spans {
		fmt.Printf("ART %d [%d,%d] %s\n", i, s.first, s.last, string([]rune(s.text)[:12]))
	}
	sim := similarity(seg.heads, spans)
	assign, _ := assignHeadlines(seg.heads, spans)
	for u, h := range seg.heads {
		fmt.Printf("U%d pos=%d block=%d run=%d -> %d %s |", u, h.pos, h.block, h.run, assign[u], h.text)
		for a := range spans {
			if s := sim[u][a] + prior(h, spans, a); s > 0.05 {
				fmt.Printf(" %d:%.2f", a, s)
			}
		}
		fmt.Println()
	}
}
