package main

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/kanbao/kanbao/internal/decode"
	"github.com/kanbao/kanbao/internal/load"
	"github.com/kanbao/kanbao/parse"
)

// The JSON output is one array. Every element has "kind":
//   - "article": one article, in reading order;
//   - "page": the furniture and unattributed text of a page (its
//     "paragraphs" is empty, so article-only consumers can skip it);
//   - "source": one per input that was read: encoding, size, what the
//     sanitizer changed, warnings (also with empty "paragraphs"); for an
//     input that could not be read, "error" says why (and on stderr).

type jsonByline struct {
	Raw            string   `json:"raw"`
	Reporters      []string `json:"reporters"`
	Correspondents []string `json:"correspondents"`
	Credits        []string `json:"credits"`
}

type jsonArticle struct {
	Kind       string     `json:"kind"`
	Source     string     `json:"source"`
	Encoding   string     `json:"encoding"`
	Page       int        `json:"page"`
	Label      string     `json:"label"`
	Date       string     `json:"date"`
	Title      string     `json:"title"`
	Headlines  []string   `json:"headlines"`
	Main       int        `json:"main"`
	Kicker     string     `json:"kicker"`
	Subtitle   string     `json:"subtitle"`
	Lead       string     `json:"lead"`
	Paragraphs []string   `json:"paragraphs"`
	Byline     jsonByline `json:"byline"`
	Captions   []string   `json:"captions"`
	// From a PDF: where the article is printed (points from the page's
	// top-left corner), the page's size and the body's font size.
	Region   *parse.Box `json:"region,omitempty"`
	PageSize *pageSize  `json:"page_size,omitempty"`
	BodySize float64    `json:"body_size,omitempty"`
}

type pageSize struct {
	W float64 `json:"w"`
	H float64 `json:"h"`
}

type jsonPage struct {
	Kind       string   `json:"kind"`
	Source     string   `json:"source"`
	Page       int      `json:"page"`
	Label      string   `json:"label"`
	Date       string   `json:"date"`
	Layout     string   `json:"layout"`
	Furniture  []string `json:"furniture"`
	Other      []string `json:"other"`
	Paragraphs []string `json:"paragraphs"`
}

type jsonSource struct {
	Kind       string         `json:"kind"`
	Source     string         `json:"source"`
	Format     string         `json:"format"`
	Encoding   string         `json:"encoding"`
	Bytes      int64          `json:"bytes"`
	Pages      int            `json:"pages"`
	Articles   int            `json:"articles"`
	Sanitized  decode.Changes `json:"sanitized"`
	Warnings   []string       `json:"warnings"`
	Error      string         `json:"error,omitempty"`
	Paragraphs []string       `json:"paragraphs"`
}

// nonNil keeps empty lists as [] rather than null in the output.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func articleJSON(d *load.Doc, p *parse.Page, a *parse.Article) jsonArticle {
	out := jsonArticle{
		Kind: "article", Source: d.Source, Encoding: d.Encoding, Page: p.Number, Label: p.Label, Date: p.Date,
		Title: a.Title(), Headlines: nonNil(a.Headlines), Main: a.Main, Kicker: a.Kicker(), Subtitle: a.Subtitle(),
		Lead: a.Lead, Paragraphs: nonNil(a.Paragraphs),
		Byline: jsonByline{Raw: a.Byline.Raw, Reporters: nonNil(a.Byline.Reporters),
			Correspondents: nonNil(a.Byline.Correspondents), Credits: nonNil(a.Byline.Credits)},
		Captions: nonNil(a.Captions),
	}
	if p.Width > 0 {
		region := a.Region
		out.Region, out.PageSize, out.BodySize = &region, &pageSize{W: p.Width, H: p.Height}, a.BodySize
	}
	return out
}

// writeJSON streams the docs as one JSON array, element by element, so a
// large archive is never held as one value. It returns the exit status.
func writeJSON(stdout, stderr io.Writer, docs <-chan load.Doc) int {
	w := bufio.NewWriterSize(stdout, 64<<10)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	status := exitOK
	first := true
	emit := func(v any) {
		if first {
			w.WriteString("[\n")
			first = false
		} else {
			w.WriteString(",\n")
		}
		enc.Encode(v) // writes a trailing newline, harmless inside the array
	}
	for d := range docs {
		if reportDoc(stderr, &d) {
			status = exitInput
			emit(jsonSource{Kind: "source", Source: d.Source, Format: d.Format, Bytes: d.Bytes, Sanitized: d.Changes,
				Warnings: nonNil(d.Warnings), Error: d.Err.Error(), Paragraphs: []string{}})
			continue
		}
		for pi := range d.Pages {
			p := &d.Pages[pi]
			for ai := range p.Articles {
				emit(articleJSON(&d, p, &p.Articles[ai]))
			}
			if len(p.Furniture)+len(p.Other) > 0 {
				emit(jsonPage{Kind: "page", Source: d.Source, Page: p.Number, Label: p.Label, Date: p.Date, Layout: p.Layout.String(),
					Furniture: nonNil(p.Furniture), Other: nonNil(p.Other), Paragraphs: []string{}})
			}
		}
		emit(jsonSource{Kind: "source", Source: d.Source, Format: d.Format, Encoding: d.Encoding, Bytes: d.Bytes,
			Pages: len(d.Pages), Articles: d.Articles(), Sanitized: d.Changes,
			Warnings: nonNil(d.Warnings), Paragraphs: []string{}})
	}
	if first {
		w.WriteString("[")
	}
	w.WriteString("]\n")
	if err := w.Flush(); err != nil {
		say(stderr, "writing output: %v", err)
		return exitInput
	}
	return status
}

// matchGlob checks a --glob pattern.
func matchGlob(pattern string) (bool, error) {
	return load.MatchGlob(pattern, "x.txt")
}
