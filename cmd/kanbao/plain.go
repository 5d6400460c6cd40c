package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/kanbao/kanbao/internal/decode"
	"github.com/kanbao/kanbao/internal/load"
	"github.com/kanbao/kanbao/parse"
	"github.com/kanbao/kanbao/tui/render"
	"github.com/kanbao/kanbao/tui/text"
)

// separatorWidth is the width of the rule between articles, in cells.
const separatorWidth = 40

// writePlain prints every article reflowed to width: headlines, a blank
// line, lead and paragraphs indented, the byline; then what else the page
// holds. A header line names the source and page when there are several.
func writePlain(stdout, stderr io.Writer, docs <-chan load.Doc, o *text.Oracle, width int) int {
	w := bufio.NewWriterSize(stdout, 64<<10)
	status := exitOK
	var all []load.Doc
	for d := range docs {
		if reportDoc(stderr, &d) {
			status = exitInput
			continue
		}
		all = append(all, d)
	}
	pages := 0
	for _, d := range all {
		pages += len(d.Pages)
	}
	opt := render.Options{Width: width}
	sep := strings.TrimRight(o.Fill("─", min(width, separatorWidth)), " ")
	firstOut := true
	out := func(lines []string) {
		if !firstOut {
			w.WriteString("\n")
		}
		firstOut = false
		for _, l := range lines {
			w.WriteString(l)
			w.WriteByte('\n')
		}
	}
	for _, d := range all {
		for pi := range d.Pages {
			p := &d.Pages[pi]
			if pages > 1 {
				out([]string{o.Truncate("══ "+pageName(&d, p)+" ══", width)})
			}
			for ai := range p.Articles {
				if ai > 0 {
					out([]string{sep})
				}
				out(plainLines(o, &p.Articles[ai], opt))
			}
			if extra := pageExtras(p); len(extra) > 0 {
				bs := make([]render.Block, 0, len(extra))
				for _, e := range extra {
					bs = append(bs, render.Block{Role: render.Furnish, Source: e})
				}
				lines := []string{o.Truncate("── 本版其他文字 ──", width)}
				for _, l := range render.Layout(o, bs, opt, nil) {
					lines = append(lines, l.Text())
				}
				out(lines)
			}
		}
	}
	if err := w.Flush(); err != nil {
		say(stderr, "writing output: %v", err)
		return exitInput
	}
	return status
}

// plainLines lays out one article as text lines.
func plainLines(o *text.Oracle, a *parse.Article, opt render.Options) []string {
	lines := render.Layout(o, render.Blocks(a, opt), opt, nil)
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l.Text()
	}
	return out
}

// pageExtras is the text of a page outside its articles.
func pageExtras(p *parse.Page) []string {
	return append(append([]string(nil), p.Furniture...), p.Other...)
}

// pageName names a page in the headers between pages: the source, then
// the paper's date and page label when its header gives them, else the
// page's position in the file.
func pageName(d *load.Doc, p *parse.Page) string {
	parts := []string{decode.Line(d.Source)}
	if p.Date != "" {
		parts = append(parts, p.Date)
	}
	if p.Label != "" {
		parts = append(parts, p.Label)
	} else {
		parts = append(parts, fmt.Sprintf("第%d页", p.Number))
	}
	return strings.Join(parts, " · ")
}
