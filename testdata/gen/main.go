// Command gen lays out articles as newspaper page dumps in the format of
// pdftotext output, with the quirks real dumps have, and writes the truth
// of each page for testdata/tools/score.py and kanbao's tests.
//
//	go run ./testdata/gen -pages 40 -out DIR       test pages: DIR/pages/*.txt, DIR/truth/*.json
//	go run ./testdata/gen -articles 150000 -out DIR an archive: DIR/YYYY/MM/DD/NN.txt, ~5 articles a page
//	go run ./testdata/gen -pdf 42 -out DIR        PDFs typeset with CJK fonts, their pdftotext dumps, their truth
//	go run ./testdata/gen -html 12 -out DIR       the same laid out in HTML and printed by headless Chromium
//
// Output is reproducible: the same flags give the same bytes.
package main

import (
	_ "embed"
	"flag"
	"fmt"
	"os"
	"strings"
)

//go:embed articles.txt
var articlesText string

// article is one story of articles.txt.
type article struct {
	kicker, main, sub string
	lead              string
	byline            []string
	reporters         []string
	correspondents    []string
	paras             []string
}

// headlines returns the headline stack in print order and the main index.
func (a *article) headlines() ([]string, int) {
	var hs []string
	if a.kicker != "" {
		hs = append(hs, a.kicker)
	}
	m := len(hs)
	hs = append(hs, a.main)
	if a.sub != "" {
		hs = append(hs, a.sub)
	}
	return hs, m
}

func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// loadArticles reads the articles of text (articles.txt, or the pool a
// flag names); name says which in errors.
func loadArticles(name, text string) ([]*article, error) {
	var arts []*article
	cur := &article{}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, " \r")
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case line == "%%":
			if cur.main == "" || len(cur.paras) == 0 {
				return nil, fmt.Errorf("%s:%d: article without title or text", name, n+1)
			}
			arts = append(arts, cur)
			cur = &article{}
		default:
			key, val, ok := strings.Cut(line, ":")
			// a field's name is a word of ASCII letters; a paragraph may
			// hold a colon early (11月25日19:30，…)
			if ok && len(key) < 16 && key != "" && strings.Trim(key, "abcdefghijklmnopqrstuvwxyz") == "" {
				val = strings.TrimSpace(val)
				switch key {
				case "kicker":
					cur.kicker = val
				case "main":
					cur.main = val
				case "sub":
					cur.sub = val
				case "lead":
					cur.lead = val
				case "byline":
					if val != "" {
						cur.byline = strings.Split(val, "|")
					}
				case "reporters":
					cur.reporters = splitList(val)
				case "correspondents":
					cur.correspondents = splitList(val)
				default:
					return nil, fmt.Errorf("%s:%d: unknown field %q", name, n+1, key)
				}
				continue
			}
			cur.paras = append(cur.paras, line)
		}
	}
	return arts, nil
}

func main() {
	pages := flag.Int("pages", 0, "write this many test pages with their truth")
	articles := flag.Int("articles", 0, "write an archive of about this many articles")
	pdfPages := flag.Int("pdf", 0, "typeset this many pages as PDFs, read them with pdftotext, and write their truth")
	prefix := flag.String("prefix", "gen", "name of the test pages: PREFIX-NNN")
	ordered := flag.Bool("ordered", false, "PDF pages with wide gutters and tight leading, where pdftotext keeps the columns in order")
	fullPunct := flag.Bool("fullpunct", false, "test pages set with full-em punctuation")
	htmlPages := flag.Int("html", 0, "lay out this many pages in HTML, print them to PDF with Chromium, and write their truth")
	out := flag.String("out", "", "output folder")
	seed := flag.Int64("seed", 1, "random seed")
	pool := flag.String("pool", "", "take the articles from this file (articles.txt's format) instead of articles.txt")
	flag.Parse()
	modes := 0
	for _, n := range []int{*pages, *articles, *pdfPages, *htmlPages} {
		if n > 0 {
			modes++
		}
	}
	if *out == "" || modes != 1 {
		fmt.Fprintln(os.Stderr, "usage: gen (-pages N | -articles N | -pdf N | -html N) -out DIR [-seed S]")
		os.Exit(2)
	}
	name, text := "articles.txt", articlesText
	if *pool != "" {
		data, err := os.ReadFile(*pool)
		if err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
		name, text = *pool, string(data)
	}
	arts, err := loadArticles(name, text)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	switch {
	case *pdfPages > 0:
		err = writePDFPages(arts, *pdfPages, *out, *seed, pdfPrefix(*prefix), *ordered)
	case *htmlPages > 0:
		err = writeHTMLPages(arts, *htmlPages, *out, *seed)
	case *pages > 0:
		err = writeTestPages(arts, *pages, *out, *seed, *prefix, *fullPunct)
	default:
		err = writeArchive(arts, *articles, *out, *seed)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// pdfPrefix keeps the PDF corpus's historical names (pdf-NNN) when no
// prefix is given.
func pdfPrefix(p string) string {
	if p == "gen" {
		return "pdf"
	}
	return p
}
