package tui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/kanbao/kanbao/tui/text"
)

// seg is a piece of a screen line and its style.
type seg struct {
	text  string
	style lipgloss.Style
	plain bool // no style
}

func plainSeg(s string) seg                  { return seg{text: s, plain: true} }
func styled(s string, st lipgloss.Style) seg { return seg{text: s, style: st} }
func segsText(ss []seg) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(s.text)
	}
	return b.String()
}
func (c *common) segsWidth(ss []seg) int { return c.oracle.StringWidth(segsText(ss)) }
func (c *common) renderSegs(ss []seg) string {
	var b strings.Builder
	for _, s := range ss {
		if s.plain || s.text == "" {
			b.WriteString(s.text)
		} else {
			b.WriteString(s.style.Render(s.text))
		}
	}
	return b.String()
}

// truncSegs cuts segments to width cells, ending with an ellipsis when
// something was cut; clusters are never split. Widths are the oracle's.
func (c *common) truncSegs(ss []seg, width int) []seg {
	if width <= 0 {
		return nil
	}
	if c.segsWidth(ss) <= width {
		return ss
	}
	ell := text.Ellipsis
	ew := c.oracle.StringWidth(ell)
	if ew > width {
		ell, ew = ".", 1
	}
	room := width - ew
	var out []seg
	for _, s := range ss {
		w := c.oracle.StringWidth(s.text)
		if w <= room {
			out = append(out, s)
			room -= w
			continue
		}
		end := 0
		c.oracle.Clusters(s.text, func(start, stop, cw int) bool {
			if cw > room {
				return false
			}
			room -= cw
			end = stop
			return true
		})
		if end > 0 {
			out = append(out, seg{text: strings.TrimRight(s.text[:end], " "), style: s.style, plain: s.plain})
		}
		break
	}
	return append(out, plainSeg(ell))
}

// lineOf lays segments out in exactly width cells: truncated, then padded.
func (c *common) lineOf(ss []seg, width int) string {
	ss = c.truncSegs(ss, width)
	pad := width - c.segsWidth(ss)
	s := c.renderSegs(ss)
	if pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	return s
}

// spread lays left and right out in width cells: the right part is kept
// whole when it fits after at least one cell of the left, and dropped
// otherwise; the left part is truncated to what remains.
func (c *common) spread(left, right []seg, width int) string {
	rw := c.segsWidth(right)
	if rw == 0 || rw+2 > width {
		return c.lineOf(left, width)
	}
	return c.lineOf(left, width-rw-1) + " " + c.renderSegs(right)
}

// spreadMin is spread for a line whose left part matters more: the right
// part is kept only when the left fits whole beside it or still gets
// minLeft cells.
func (c *common) spreadMin(left, right []seg, width, minLeft int) string {
	rw := c.segsWidth(right)
	if lw := c.segsWidth(left); rw > 0 && lw+rw+1 > width && width-rw-1 < minLeft {
		return c.lineOf(left, width)
	}
	return c.spread(left, right, width)
}

// highlight cuts s into segments, the rune spans in hi style, the rest in
// base style.
func highlight(s string, spans []text.Span, base, hi lipgloss.Style) []seg {
	if len(spans) == 0 {
		return []seg{styled(s, base)}
	}
	var out []seg
	pos := 0
	for _, sp := range text.ByteSpans(s, spans) {
		if sp.Start > pos {
			out = append(out, styled(s[pos:sp.Start], base))
		}
		out = append(out, styled(s[sp.Start:sp.End], hi))
		pos = sp.End
	}
	if pos < len(s) {
		out = append(out, styled(s[pos:], base))
	}
	return out
}

// rule is a horizontal rule of width cells, measured by the oracle (box
// drawing is two cells wide on some terminals).
func (c *common) rule(width int) string {
	return c.styles.RuleLine.Render(c.oracle.Fill("─", width))
}
