package text

import (
	"unicode"
	"unicode/utf8"

	"github.com/kanbao/kanbao/internal/runes"
)

// Line is one wrapped line: the byte range [Start, End) of the source text
// (spaces at the break excluded) and its width in cells.
type Line struct {
	Start, End int
	Width      int
	// Fallback marks a line holding one grapheme cluster wider than the
	// whole width (a CJK character at width 1). It is drawn as Ellipsis
	// when that fits, else left empty: never wider than the width.
	Fallback bool
}

// atom is an unbreakable unit: a grapheme cluster, an ASCII word (letters,
// digits and their punctuation: "2022", "100%", "COVID-19", a URL), a
// dash or ellipsis pair, or a run of spaces.
type atom struct {
	start, end  int
	width       int
	first, last rune
	fcl, lcl    class
	space       bool
	word        bool
}

// breakBefore reports whether a line may break between atoms a and b.
func breakBefore(a, b *atom) bool {
	if a.space || b.space {
		return true
	}
	if noStart(b.first, b.fcl) || noEnd(a.last, a.lcl) {
		return false
	}
	// A number stays with the unit after it: 2022年, 6月, 20人.
	if isDigit(a.last) && isHan(b.first) {
		return false
	}
	return !(a.word && b.word)
}

// Wrap wraps s to lines of at most width cells (see WrapLines) and returns
// their text.
func (o *Oracle) Wrap(s string, width int) []string {
	width = max(width, 1)
	lines := o.WrapLines(s, width)
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = o.LineText(s, l, width)
	}
	return out
}

// LineText returns the text of a wrapped line of s; for a fallback line,
// the ellipsis if it fits the width, else "".
func (o *Oracle) LineText(s string, l Line, width int) string {
	if l.Fallback {
		if o.StringWidth(Ellipsis) <= width {
			return Ellipsis
		}
		return ""
	}
	return s[l.Start:l.End]
}

// WrapLines breaks s into lines of at most width cells:
//   - a break may fall between two ideographs, at a space (the space is
//     dropped), or between CJK text and a Latin word;
//   - closing punctuation never starts a line and opening punctuation
//     never ends one: the character before is pushed down with it;
//   - "——" and "……" are never split, nor a number from its unit (2022年);
//   - ASCII words stay whole when they fit, else break after a hyphen or
//     a slash, else anywhere between clusters;
//   - a grapheme cluster is never split; "\n" is a forced break.
//
// When one unbreakable unit is wider than the line it is broken anyway: no
// line is ever wider than width. A width below 1 is taken as 1.
func (o *Oracle) WrapLines(s string, width int) []Line {
	if width < 1 {
		width = 1
	}
	w := wrapper{o: o, s: s, width: width}
	w.run()
	return w.lines
}

type wrapper struct {
	o     *Oracle
	s     string
	width int
	lines []Line
	cur   []atom // atoms of the line being filled
	curW  int    // width of cur without trailing spaces
	tailW int    // width of trailing spaces in cur
}

func (w *wrapper) run() {
	s := w.s
	w.cur = make([]atom, 0, 64)
	for i := 0; i < len(s); {
		if s[i] == '\n' {
			w.flush(true, i)
			i++
			continue
		}
		a := w.nextAtom(i)
		i = a.end
		w.push(a)
	}
	w.flush(false, len(s))
}

// nextAtom reads the atom at s[i:].
func (w *wrapper) nextAtom(i int) atom {
	s, o := w.s, w.o
	n, cw := o.nextCluster(s, i)
	r, _ := runes.DecodeAt(s, i)
	c := o.class(r)
	a := atom{start: i, end: i + n, width: cw, first: r, last: r, fcl: c, lcl: c}
	switch {
	case c == clSpace && n == utf8.RuneLen(r):
		// (a space carrying a combining mark is a visible cluster, not a space)
		a.space = true
		for a.end < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[a.end:])
			if o.class(r2) != clSpace {
				break
			}
			a.end += n2
			a.width += o.RuneWidth(r2)
		}
	case wordRune(r, c):
		a.word = true
		for a.end < len(s) {
			r2, _ := utf8.DecodeRuneInString(s[a.end:])
			c2 := o.class(r2)
			if !wordRune(r2, c2) {
				break
			}
			n2, w2 := o.nextCluster(s, a.end)
			a.end += n2
			a.width += w2
			a.last, a.lcl = r2, c2
		}
	case c == clSplit:
		// a pair of dashes or ellipses is one unit
		if a.end < len(s) {
			if r2, _ := runes.DecodeAt(s, a.end); r2 == r {
				n2, w2 := o.nextCluster(s, a.end)
				a.end += n2
				a.width += w2
			}
		}
	}
	return a
}

// wordRune reports the runes that make up Latin words and numbers.
func wordRune(r rune, c class) bool {
	if c == clWord {
		return true
	}
	return r >= 0xC0 && r < 0x2000 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// push adds an atom to the current line, breaking lines as needed.
func (w *wrapper) push(a atom) {
	if a.space {
		if len(w.cur) == 0 {
			return // spaces at a line start are the break's
		}
		w.cur = append(w.cur, a)
		w.tailW += a.width
		return
	}
	w.cur = append(w.cur, a)
	w.curW += w.tailW + a.width
	w.tailW = 0
	for w.curW > w.width {
		w.breakLine()
	}
}

// breakLine ends the current line at the last allowed break that leaves
// the overflowing atom on the next line (push-down); with none, at the
// overflow; with a single atom, inside it.
func (w *wrapper) breakLine() {
	cur := w.cur
	last := len(cur) - 1
	for j := last; j > 0; j-- {
		if breakBefore(&cur[j-1], &cur[j]) {
			w.emit(j)
			return
		}
	}
	if last > 0 {
		w.emit(last) // nothing allowed: break where it overflows
		return
	}
	w.splitAtom()
}

// emit outputs cur[:j] as a line and keeps cur[j:] (minus leading spaces).
func (w *wrapper) emit(j int) {
	cur := w.cur
	k := j
	for k > 0 && cur[k-1].space {
		k--
	}
	if k > 0 {
		width := 0
		for _, a := range cur[:k] {
			width += a.width
		}
		w.lines = append(w.lines, Line{Start: cur[0].start, End: cur[k-1].end, Width: width})
	}
	for j < len(cur) && cur[j].space {
		j++
	}
	n := copy(cur, cur[j:])
	w.cur = cur[:n]
	w.curW, w.tailW = 0, 0
	for _, a := range w.cur {
		if a.space {
			w.tailW += a.width
		} else {
			w.curW += w.tailW + a.width
			w.tailW = 0
		}
	}
}

// splitAtom breaks the only atom of the line, which is wider than the
// line: a word after its last hyphen or slash that fits; else at the last
// place that breaks no rule (between a letter and a number, before a mark
// that may start a line); else at the last cluster that fits. A single
// cluster wider than the line becomes a fallback line.
func (w *wrapper) splitAtom() {
	a := w.cur[0]
	s, o := w.s, w.o
	end, width := a.start, 0
	cut, cutW := -1, 0   // after a hyphen or slash
	soft, softW := -1, 0 // where no rule breaks
	var prev rune
	for i := a.start; i < a.end; {
		n, cw := o.nextCluster(s, i)
		if width+cw > w.width {
			break
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		if i > a.start && softBreak(prev, r, o) {
			soft, softW = i, width
		}
		width += cw
		i += n
		end = i
		prev, _ = utf8.DecodeLastRuneInString(s[:i])
		if a.word && (s[i-1] == '-' || s[i-1] == '/') && i < a.end && !noStart(rune(s[i]), o.class(rune(s[i]))) {
			cut, cutW = i, width
		}
	}
	if end < a.end && end > a.start {
		// the cut right after the last cluster that fits is a candidate too
		if r, _ := utf8.DecodeRuneInString(s[end:]); softBreak(prev, r, o) {
			soft, softW = end, width
		}
	}
	used := width
	switch {
	case end == a.start:
		// one cluster wider than the whole line
		n, _ := o.nextCluster(s, a.start)
		fw := o.StringWidth(Ellipsis)
		if fw > w.width {
			fw = 0
		}
		w.lines = append(w.lines, Line{Start: a.start, End: a.start + n, Width: fw, Fallback: true})
		end = a.start + n
		_, used = o.nextCluster(s, a.start)
	case cut > 0:
		end, used = cut, cutW
		w.lines = append(w.lines, Line{Start: a.start, End: end, Width: cutW})
	case soft > 0:
		end, used = soft, softW
		w.lines = append(w.lines, Line{Start: a.start, End: end, Width: softW})
	default:
		w.lines = append(w.lines, Line{Start: a.start, End: end, Width: width})
	}
	if end >= a.end {
		w.cur = w.cur[:0]
		w.curW, w.tailW = 0, 0
		return
	}
	rest := a
	rest.start = end
	rest.first, _ = utf8.DecodeRuneInString(s[end:])
	rest.fcl = o.class(rest.first)
	rest.width = a.width - used // cluster widths add up; no need to measure again
	w.cur[0] = rest
	w.curW, w.tailW = rest.width, 0
}

// softBreak reports whether a break between runes l and r inside an
// unbreakable unit would still keep every rule: not inside a run of ASCII,
// not before a closing mark, not after an opening one, not between a
// number and its unit.
func softBreak(l, r rune, o *Oracle) bool {
	if l < 0x80 && r < 0x80 {
		return false
	}
	return !noStart(r, o.class(r)) && !noEnd(l, o.class(l)) && !(isDigit(l) && isHan(r)) &&
		!(l == r && o.class(l) == clSplit)
}

// flush ends the current line at byte pos; forced (a newline) keeps an
// empty line too.
func (w *wrapper) flush(forced bool, pos int) {
	if len(w.cur) > 0 {
		w.emit(len(w.cur))
		return
	}
	if forced {
		w.lines = append(w.lines, Line{Start: pos, End: pos})
	}
}

// Ellipsis marks cut text.
const Ellipsis = "…"
