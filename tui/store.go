package tui

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kanbao/kanbao/parse"
	"github.com/kanbao/kanbao/parse/load"
	"github.com/kanbao/kanbao/tui/filter"
)

// entry is one article as the list shows it.
type entry struct {
	doc, page, art int
	group          int
	heads          []string // headline lines, print order (the filter's text)
	title          string   // what the row shows first
	chars          int      // characters of the body, for the length column
}

// group is a page of a source: the list shows a header per group when
// there are several.
type group struct {
	source string
	page   int
}

// store holds what has been loaded, in load order.
type store struct {
	docs     []*load.Doc
	entries  []entry
	groups   []group
	index    *filter.Index // headlines
	full     *filter.Index // full text, built on first use
	fullN    int           // entries indexed in full
	readings *filter.Readings
	problems []string // load errors and warnings, "PATH: reason"
	other    int      // text items outside articles (for the empty state)
	files    int      // inputs loaded (or failed)
}

func newStore(r *filter.Readings) *store {
	return &store{index: filter.NewIndex(r), readings: r}
}

// add takes a loaded doc: its articles become entries and are indexed.
func (s *store) add(d *load.Doc) {
	s.files++
	if d.Err != nil {
		s.problems = append(s.problems, fmt.Sprintf("%s: %s", d.Source, d.Err))
		return
	}
	for _, w := range d.Warnings {
		s.problems = append(s.problems, fmt.Sprintf("%s: %s", d.Source, w))
	}
	di := len(s.docs)
	s.docs = append(s.docs, d)
	for pi := range d.Pages {
		p := &d.Pages[pi]
		s.other += len(p.Other) + len(p.Furniture)
		if len(p.Articles) == 0 {
			continue
		}
		g := len(s.groups)
		s.groups = append(s.groups, group{source: d.Source, page: p.Number})
		for ai := range p.Articles {
			a := &p.Articles[ai]
			e := entry{doc: di, page: pi, art: ai, group: g, heads: a.Headlines, title: a.Title(), chars: bodyChars(a)}
			if e.title == "" {
				e.title = firstWords(a)
			}
			s.entries = append(s.entries, e)
			s.index.Add(e.heads)
		}
	}
}

// article returns the parsed article of an entry.
func (s *store) article(i int) *parse.Article {
	e := &s.entries[i]
	return &s.docs[e.doc].Pages[e.page].Articles[e.art]
}

// page returns the page of an entry.
func (s *store) page(i int) *parse.Page {
	e := &s.entries[i]
	return &s.docs[e.doc].Pages[e.page]
}

// fullIndex returns the full-text index, extended to every entry.
func (s *store) fullIndex() *filter.Index {
	if s.full == nil {
		s.full = filter.NewIndex(s.readings)
	}
	for ; s.fullN < len(s.entries); s.fullN++ {
		a := s.article(s.fullN)
		lines := append(append([]string{}, a.Headlines...), a.Lead)
		s.full.Add(append(lines, a.Paragraphs...))
	}
	return s.full
}

// sourceName is how a source is named in headers: the file name.
func sourceName(src string) string {
	if src == "-" || src == "sample" {
		return src
	}
	return filepath.Base(src)
}

// multi reports whether there are several groups (sources or pages).
func (s *store) multi() bool { return len(s.groups) > 1 }

// bodyChars counts the characters of an article's body, as 字数: every
// character but spaces.
func bodyChars(a *parse.Article) int {
	n := 0
	for _, p := range a.Paragraphs {
		for _, r := range p {
			if !unicode.IsSpace(r) {
				n++
			}
		}
	}
	return n
}

// firstWords stands in for the title of an article without one.
func firstWords(a *parse.Article) string {
	for _, p := range append([]string{a.Lead}, a.Paragraphs...) {
		if p = strings.TrimSpace(p); p != "" {
			if utf8.RuneCountInString(p) > 24 {
				p = string([]rune(p)[:24])
			}
			return p
		}
	}
	return "（无标题）"
}
