package text

import (
	"sort"
	"unicode/utf8"
)

// Span is a half-open range [Start, End) in a text. RuneSpans count runes
// (what matchers return); the layout works on byte spans.
type Span struct{ Start, End int }

// ByteSpans converts rune spans of s into byte spans, sorted and merged.
func ByteSpans(s string, runeSpans []Span) []Span {
	if len(runeSpans) == 0 {
		return nil
	}
	sp := append([]Span(nil), runeSpans...)
	sort.Slice(sp, func(i, j int) bool { return sp[i].Start < sp[j].Start })
	out := make([]Span, 0, len(sp))
	ri, bi := 0, 0 // rune index and byte index walked so far
	toByte := func(r int) int {
		for ri < r && bi < len(s) {
			_, n := utf8.DecodeRuneInString(s[bi:])
			bi += n
			ri++
		}
		return bi
	}
	for _, x := range sp {
		if x.End <= x.Start {
			continue
		}
		b := Span{toByte(x.Start), 0}
		b.End = toByte(x.End)
		if n := len(out); n > 0 && b.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, b.End)
			continue
		}
		out = append(out, b)
	}
	return out
}

// Segment is a piece of a line, highlighted or not.
type Segment struct {
	Text string
	Hi   bool
}

// Segments cuts line l of s at the edges of byte spans. A span that runs
// across a line break is highlighted on both lines.
func Segments(s string, l Line, spans []Span) []Segment {
	if l.Fallback {
		return nil
	}
	var out []Segment
	pos := l.Start
	for _, sp := range spans {
		if sp.End <= pos || sp.Start >= l.End {
			continue
		}
		a, b := max(sp.Start, pos), min(sp.End, l.End)
		if a > pos {
			out = append(out, Segment{Text: s[pos:a]})
		}
		out = append(out, Segment{Text: s[a:b], Hi: true})
		pos = b
	}
	if pos < l.End {
		out = append(out, Segment{Text: s[pos:l.End]})
	}
	return out
}

// Highlight wraps s to width and returns its lines with the rune spans
// passed through hi (and the rest through plain, if not nil).
func (o *Oracle) Highlight(s string, width int, runeSpans []Span, hi, plain func(string) string) []string {
	spans := ByteSpans(s, runeSpans)
	lines := o.WrapLines(s, width)
	out := make([]string, len(lines))
	for i, l := range lines {
		if l.Fallback {
			out[i] = o.LineText(s, l, width)
			continue
		}
		var b []byte
		for _, seg := range Segments(s, l, spans) {
			switch {
			case seg.Hi:
				b = append(b, hi(seg.Text)...)
			case plain != nil:
				b = append(b, plain(seg.Text)...)
			default:
				b = append(b, seg.Text...)
			}
		}
		out[i] = string(b)
	}
	return out
}
