// Package render lays an article out as lines at a given width: headline
// stack, lead and paragraphs with their first-line indent, byline, captions
// and page furniture. The detail view and --plain both use it, so a page
// reads the same on screen and on paper. Lines carry style roles, not
// colours: the caller decides what a role looks like.
package render

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kanbao/kanbao/parse"
	"github.com/kanbao/kanbao/tui/text"
)

// Role is what a piece of text is, for styling.
type Role uint8

const (
	Plain Role = iota
	Kicker
	Title
	Subtitle
	Rule
	Lead     // 本报讯 and the rest of a dateline
	RoleWord // a byline role word (记者, 通讯员), dimmed
	Name     // a byline name
	Caption  // photo captions
	Furnish  // page furniture
	Match    // a search match
	Current  // the current search match
)

// Seg is a styled piece of a line.
type Seg struct {
	Text string
	Role Role
}

// Line is one laid-out line. Block is the index of the block it belongs to
// (each headline, paragraph, byline line, caption is a block), so a reader
// can keep its place across a reflow; Offset is the rune offset of the
// line's start in that block's source text.
type Line struct {
	Segs   []Seg
	Block  int
	Offset int
}

// Text returns the line without styles.
func (l Line) Text() string {
	var b strings.Builder
	for _, s := range l.Segs {
		b.WriteString(s.Text)
	}
	return b.String()
}

// Block is a unit of the layout with its source text, wrapped as a whole.
type Block struct {
	Role   Role
	Source string // the text as displayed (indent and lead included)
	// Spans are rune spans of Source in a role other than Role: the lead,
	// byline role words.
	Spans []RoleSpan
	// Indent: lay out with the paragraph first-line indent prefixed.
	Para bool
	// Gap: a blank line precedes the block.
	Gap bool
}

// RoleSpan gives a rune range of a block its own role.
type RoleSpan struct {
	text.Span
	Role Role
}

// Options shape the layout.
type Options struct {
	Width int // cells available
	// MaxWidth caps the reading width (0: no cap). Long lines of Chinese
	// are hard to follow; 80 cells is about 40 characters, a comfortable
	// measure on screen.
	MaxWidth int
	// Indent starts each paragraph; two ideographic spaces by default.
	Indent *string
	// Rule draws a rule under the headlines (the TUI does; print does not).
	Rule bool
	// Furniture of the page, shown after the article, dimmed.
	Furniture []string
}

// DefaultIndent is the paragraph indent of Chinese print.
const DefaultIndent = "\u3000\u3000"

// ruleWidth is the width of the rule under the headlines, in cells.
const ruleWidth = 40

// DefaultMaxWidth is the default reading width cap, in cells.
const DefaultMaxWidth = 80

func (o Options) indent() string {
	if o.Indent != nil {
		return *o.Indent
	}
	return DefaultIndent
}

// ReadingWidth is the width text is wrapped to: the available width,
// capped at MaxWidth.
func (o Options) ReadingWidth() int {
	w := o.Width
	if o.MaxWidth > 0 && w > o.MaxWidth {
		w = o.MaxWidth
	}
	return max(w, 1)
}

// Blocks returns the blocks of an article in reading order.
func Blocks(a *parse.Article, opt Options) []Block {
	var bs []Block
	for i, h := range a.Headlines {
		role := Title
		switch {
		case i < a.Main:
			role = Kicker
		case i > a.Main && a.Main >= 0:
			role = Subtitle
		}
		bs = append(bs, Block{Role: role, Source: h})
	}
	if opt.Rule && len(bs) > 0 {
		bs = append(bs, Block{Role: Rule})
	}
	indent := opt.indent()
	paras := a.Paragraphs
	if a.Lead != "" {
		first := ""
		if len(paras) > 0 {
			first, paras = paras[0], paras[1:]
		}
		src := indent + a.Lead
		if first != "" {
			src += " " + first
		}
		n := runeLen(indent)
		bs = append(bs, Block{Role: Plain, Source: src, Para: true, Gap: len(bs) > 0 && !opt.Rule,
			Spans: []RoleSpan{{Span: text.Span{Start: n, End: n + runeLen(a.Lead)}, Role: Lead}}})
	}
	for i, p := range paras {
		bs = append(bs, Block{Role: Plain, Source: indent + p, Para: true,
			Gap: i == 0 && a.Lead == "" && len(bs) > 0 && !opt.Rule})
	}
	if a.Byline.Raw != "" {
		for i, l := range strings.Split(a.Byline.Raw, "\n") {
			bs = append(bs, Block{Role: Name, Source: l, Spans: roleSpans(l), Gap: i == 0})
		}
	}
	for i, c := range a.Captions {
		bs = append(bs, Block{Role: Caption, Source: c, Gap: i == 0})
	}
	for i, f := range opt.Furniture {
		bs = append(bs, Block{Role: Furnish, Source: f, Gap: i == 0})
	}
	return bs
}

// roleWords are dimmed in bylines.
var roleWords = []string{"本报特约记者", "新华社记者", "本报见习记者", "本报实习生", "本报通讯员", "特约通讯员", "本报记者",
	"见习记者", "特约记者", "首席记者", "实习记者", "融媒体记者", "全媒体记者", "通讯员", "实习生", "记者", "摄影",
	"文/图", "图/文", "文/", "图/", "摄", "报道"}

// roleSpans finds the byline role words of a line, as rune spans.
func roleSpans(l string) []RoleSpan {
	var out []RoleSpan
	rs := []rune(l)
	for i := 0; i < len(rs); {
		matched := false
		for _, w := range roleWords {
			wr := []rune(w)
			if i+len(wr) <= len(rs) && string(rs[i:i+len(wr)]) == w {
				out = append(out, RoleSpan{Span: text.Span{Start: i, End: i + len(wr)}, Role: RoleWord})
				i += len(wr)
				matched = true
				break
			}
		}
		if !matched {
			i++
		}
	}
	return out
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

// Layout wraps blocks to the reading width. extra gives additional role
// spans per block index (search matches); they win over the block's own.
func Layout(o *text.Oracle, bs []Block, opt Options, extra map[int][]RoleSpan) []Line {
	w := opt.ReadingWidth()
	var out []Line
	for bi, b := range bs {
		if b.Gap && len(out) > 0 {
			out = append(out, Line{Block: bi})
		}
		if b.Role == Rule {
			out = append(out, Line{Segs: []Seg{{Text: strings.TrimRight(o.Fill("─", min(w, ruleWidth)), " "), Role: Rule}}, Block: bi})
			continue
		}
		spans := append(append([]RoleSpan(nil), b.Spans...), extra[bi]...)
		out = append(out, wrapBlock(o, b, bi, w, spans)...)
	}
	return out
}

// wrapBlock wraps one block and cuts its lines into styled segments. It
// is linear in the block and its spans: a search in a one-paragraph
// book-length text highlights thousands of matches.
func wrapBlock(o *text.Oracle, b Block, bi, w int, spans []RoleSpan) []Line {
	src := b.Source
	lines := o.WrapLines(src, w)
	// Byte spans per role, each list sorted and disjoint (ByteSpans
	// merges); a role listed later wins where roles overlap.
	type roleSpans struct {
		role  Role
		spans []text.Span
		next  int // first span that may still reach the current line
	}
	var byRole []roleSpans
	for _, rs := range spans {
		i := slices.IndexFunc(byRole, func(r roleSpans) bool { return r.role == rs.Role })
		if i < 0 {
			byRole = append(byRole, roleSpans{role: rs.Role})
			i = len(byRole) - 1
		}
		byRole[i].spans = append(byRole[i].spans, rs.Span)
	}
	for i := range byRole {
		byRole[i].spans = text.ByteSpans(src, byRole[i].spans)
	}
	out := make([]Line, 0, len(lines))
	runeOff, bytePos := 0, 0
	for _, l := range lines {
		for bytePos < l.Start {
			_, n := utf8.DecodeRuneInString(src[bytePos:])
			bytePos += n
			runeOff++
		}
		line := Line{Block: bi, Offset: runeOff}
		if l.Fallback {
			line.Segs = []Seg{{Text: o.LineText(src, l, w), Role: b.Role}}
			out = append(out, line)
			continue
		}
		// cut at every span edge inside the line
		cuts := []int{l.Start, l.End}
		for ri := range byRole {
			r := &byRole[ri]
			for r.next < len(r.spans) && r.spans[r.next].End <= l.Start {
				r.next++
			}
			for _, sp := range r.spans[r.next:] {
				if sp.Start >= l.End {
					break
				}
				if sp.Start > l.Start {
					cuts = append(cuts, sp.Start)
				}
				if sp.End < l.End {
					cuts = append(cuts, sp.End)
				}
			}
		}
		slices.Sort(cuts)
		for i := 0; i+1 < len(cuts); i++ {
			a, z := cuts[i], cuts[i+1]
			if a == z {
				continue
			}
			role := b.Role
			for ri := range byRole {
				r := &byRole[ri]
				for _, sp := range r.spans[r.next:] {
					if sp.Start > a {
						break
					}
					if z <= sp.End {
						role = r.role
						break
					}
				}
			}
			line.Segs = append(line.Segs, Seg{Text: src[a:z], Role: role})
		}
		out = append(out, line)
	}
	return out
}
