package parse

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDbgOrder(t *testing.T) {
	data, _ := os.ReadFile(os.Getenv("DBGPAGE"))
	lines := readLines(strings.Split(string(data), "\n"))
	els := groupBlocks(lines)
	m := measurePage(els)
	els = unglue(els, m)
	els = deinterleave(els, m.width)
	seg := segmentPage(els, m)
	show := func(tag string) {
		for i, a := range seg.arts {
			fmt.Printf("%s art %d top=%q end=%v %q:", tag, i, a.top.Raw, a.hasEnd, a.end.Raw)
			for _, b := range blocksOf(a.lines) {
				r := []rune(a.lines[b.start].text)
				e := []rune(a.lines[b.end-1].text)
				fmt.Printf(" [%d %s…%s %v op%v]", a.lines[b.start].pos, string(r[:min(6, len(r))]), string(e[max(0, len(e)-4):]), a.lines[b.end-1].end, opensParagraph(a.lines[b.start], m.width))
			}
			fmt.Println()
		}
	}
	fmt.Println("W", m.width)
	show("seg")
	if os.Getenv("A") != "" {
		var ai, hi int
		fmt.Sscan(os.Getenv("A"), &ai)
		fmt.Sscan(os.Getenv("H"), &hi)
		a, host := seg.arts[ai], seg.arts[hi]
		bs := blocksOf(host.lines)
		for k := 1; k < len(bs); k++ {
			b := bs[k]
			x := joinText(host.lines[b.start:b.end])
			rest := joinText(host.lines[:b.start]) + joinText(host.lines[b.end:])
			prev := host.lines[bs[k-1].end-1]
			first := host.lines[b.start]
			fmt.Println(k, first.text, "prevEnd", prev.end, "opens", opensParagraph(first, m.width), "oa", overlap(x, joinText(a.lines)), "oh", overlap(x, rest), "cut", wordCut(a.lastLine().text, first.text), "canFollow", canFollow(&prev, &first, m.width), first.units)
		}
	}
	orderStories(&seg)
	show("ord")
}
