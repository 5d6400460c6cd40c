package tui

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kanbao/kanbao/internal/decode"
	"github.com/kanbao/kanbao/internal/load"
	"github.com/kanbao/kanbao/internal/state"
	"github.com/kanbao/kanbao/parse"
	"github.com/kanbao/kanbao/tui/filter"
)

// entry is one article as the list shows it.
type entry struct {
	doc, page, art int
	group          int
	heads          []string // headline lines, print order (the filter's text)
	title          string   // what the row shows first
	chars          int      // characters of the body, for the length column
	key            state.Key
	names          string // the byline's names, for the filter
}

// group is a page of a source: the list shows a header per group when
// there are several.
type group struct {
	source      string
	page        int    // position in the file
	pages       int    // pages of the file
	label, date string // from the page's own header, or ""
}

// name says which page a group is: the paper's own label and date when
// its header gives them, else its position when the file has several
// pages, else nothing.
func (g group) name() string {
	var parts []string
	if g.date != "" {
		parts = append(parts, g.date)
	}
	switch {
	case g.label != "":
		parts = append(parts, g.label)
	case g.pages > 1:
		parts = append(parts, fmt.Sprintf("第%d页", g.page))
	}
	return strings.Join(parts, " · ")
}

// title is the source and the page name, for headers.
func (g group) title() string {
	if n := g.name(); n != "" {
		return sourceName(g.source) + " · " + n
	}
	return sourceName(g.source)
}

// store holds what has been loaded, in load order.
type store struct {
	docs     []*load.Doc
	entries  []entry
	groups   []group
	index    *filter.Index // headlines
	full     *filter.Index // full text, built in the background on first use
	fullN    int           // entries indexed in full
	building bool          // the full-text index is being built
	readings *filter.Readings
	names    *filter.Index // byline names, for @ queries
	state    *state.Store  // read marks, stars, scroll positions
	problems []string      // load errors and warnings, "PATH: reason"
	other    int           // text items outside articles (for the empty state)
	files    int           // inputs loaded (or failed)
}

func newStore(r *filter.Readings, st *state.Store) *store {
	if st == nil {
		st = state.Memory()
	}
	return &store{index: filter.NewIndex(r), names: filter.NewIndex(r), readings: r, state: st}
}

// add takes a loaded doc: its articles become entries and are indexed.
func (s *store) add(d *load.Doc) {
	s.files++
	name := sourceName(d.Source) // sanitized
	if d.Err != nil {
		s.problems = append(s.problems, fmt.Sprintf("%s：%s", name, errorText(d.Err)))
		return
	}
	for _, w := range d.Warnings {
		s.problems = append(s.problems, fmt.Sprintf("%s：注意：%s", name, decode.Line(w)))
	}
	switch {
	case len(d.Pages) == 0:
		s.problems = append(s.problems, name+"：空文件，没有文字")
	case d.Articles() == 0:
		s.problems = append(s.problems, name+"：未识别出文章")
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
		s.groups = append(s.groups, group{source: d.Source, page: p.Number, pages: len(d.Pages), label: p.Label, date: p.Date})
		for ai := range p.Articles {
			a := &p.Articles[ai]
			e := entry{doc: di, page: pi, art: ai, group: g, heads: a.Headlines, title: a.Title(), chars: bodyChars(a),
				key: state.KeyOf(a.Title(), a.Paragraphs)}
			if e.title == "" {
				e.title = firstWords(a)
			}
			names := append(append([]string(nil), a.Byline.Reporters...), a.Byline.Correspondents...)
			e.names = strings.Join(names, " ")
			s.entries = append(s.entries, e)
			// the filter finds the names of the byline too, after the
			// headlines (so that headline spans stay where they are)
			s.index.Add(append(append([]string(nil), e.heads...), names...))
			s.names.Add(names)
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

// fullIndexMsg brings the full-text index built in the background over
// the first n entries.
type fullIndexMsg struct {
	ix *filter.Index
	n  int
}

// buildFull starts indexing the full text of the entries loaded so far
// off the UI goroutine (over a large archive it takes a second); nil when
// it is built or being built. The articles are never changed once
// loaded, so the command may read them.
func (s *store) buildFull() tea.Cmd {
	if s.full != nil || s.building {
		return nil
	}
	s.building = true
	arts := make([]*parse.Article, len(s.entries))
	for i := range arts {
		arts[i] = s.article(i)
	}
	r := s.readings
	return func() tea.Msg {
		ix := filter.NewIndex(r)
		for _, a := range arts {
			ix.Add(fullText(a))
		}
		return fullIndexMsg{ix: ix, n: len(arts)}
	}
}

// setFull takes the index built by buildFull.
func (s *store) setFull(msg fullIndexMsg) {
	s.full, s.fullN, s.building = msg.ix, msg.n, false
}

// fullIndex returns the full-text index, extended to every entry; nil
// until buildFull's index has arrived.
func (s *store) fullIndex() *filter.Index {
	if s.full == nil {
		return nil
	}
	for ; s.fullN < len(s.entries); s.fullN++ {
		s.full.Add(fullText(s.article(s.fullN)))
	}
	return s.full
}

// fullText is what the full-text filter searches: headlines, lead and
// paragraphs.
func fullText(a *parse.Article) []string {
	lines := append(append([]string{}, a.Headlines...), a.Lead)
	return append(lines, a.Paragraphs...)
}

// sourceName is how a source is named in headers: the file name.
func sourceName(src string) string {
	if src == "-" || src == "sample" {
		return src
	}
	return decode.Line(filepath.Base(src))
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
