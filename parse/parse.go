package parse

import (
	"strings"
)

// Parse parses the text of a dump: one or more pages separated by form
// feeds. Line endings may be LF, CRLF or CR; a leading byte order mark is
// ignored. Pages holding only whitespace are skipped (but counted, so page
// numbers match the file).
func Parse(text string) []Page {
	text = strings.TrimPrefix(text, "\uFEFF")
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	var pages []Page
	n := 0
	for chunk := range strings.SplitSeq(text, "\f") {
		n++
		if strings.TrimFunc(chunk, func(r rune) bool { return isSpace(r) || r == '\n' || r == '\v' }) == "" {
			continue
		}
		pages = append(pages, ParsePage(chunk, n))
	}
	return pages
}

// ParsePage parses the text of one page; number is its 1-based page number.
func ParsePage(text string, number int) Page {
	lines := strings.Split(text, "\n")
	var p Page
	if isCleanLayout(lines) {
		p = parseClean(lines)
	} else {
		p = parseColumns(lines)
	}
	p.Number = number
	p.Label, p.Date = pageMarks(p.Furniture)
	detach(&p)
	return p
}

// detach copies every string of a page into one allocation of its own
// size. Headlines and furniture are substrings of the input and would keep
// the whole file's text alive, and paragraphs keep their builders' growth
// slack: an archive of 150 000 articles would hold several times its size.
func detach(p *Page) {
	n := 0
	each(p, func(s *string) { n += len(*s) })
	var b strings.Builder
	b.Grow(n)
	each(p, func(s *string) { b.WriteString(*s) })
	all := b.String()
	each(p, func(s *string) {
		l := len(*s)
		*s, all = all[:l], all[l:]
	})
}

// each calls f on every string of a page.
func each(p *Page, f func(*string)) {
	f(&p.Label)
	f(&p.Date)
	for i := range p.Furniture {
		f(&p.Furniture[i])
	}
	for i := range p.Other {
		f(&p.Other[i])
	}
	for ai := range p.Articles {
		a := &p.Articles[ai]
		for i := range a.Headlines {
			f(&a.Headlines[i])
		}
		f(&a.Lead)
		for i := range a.Paragraphs {
			f(&a.Paragraphs[i])
		}
		for i := range a.Captions {
			f(&a.Captions[i])
		}
		f(&a.Byline.Raw)
		for _, list := range [][]string{a.Byline.Reporters, a.Byline.Correspondents, a.Byline.Credits} {
			for i := range list {
				f(&list[i])
			}
		}
	}
}
