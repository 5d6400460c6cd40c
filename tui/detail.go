package tui

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kanbao/kanbao/tui/filter"
	"github.com/kanbao/kanbao/tui/render"
	"github.com/kanbao/kanbao/tui/text"
)

// detailModel shows one article.
type detailModel struct {
	c *common
	s *store

	entry  int
	blocks []render.Block
	lines  []render.Line // laid out by open, setSize and the search
	top    int           // first line on screen

	typing  bool
	input   input
	applied string
	matches []match       // in reading order
	cur     int           // current match
	pinyin  *filter.Index // the blocks, for pinyin search; built on first use
}

// match is a search match: a rune span of a block's source.
type match struct {
	block int
	span  text.Span
}

type detailAction uint8

const (
	detailNone detailAction = iota
	detailBack
	detailNext // the next article
	detailPrev
)

// open shows entry e from the top, laid out for the current width.
func (m *detailModel) open(c *common, s *store, e, bodyH int) {
	*m = detailModel{c: c, s: s, entry: e}
	m.blocks = render.Blocks(s.article(e), m.opts())
	m.layout()
	m.clamp(bodyH)
}

// setSize reflows the article for a new terminal size, keeping the
// reading position.
func (m *detailModel) setSize(bodyH int) {
	m.layout()
	m.clamp(bodyH)
}

// applySearch searches the article for q as if it had been typed and
// accepted: the article opened by J/K goes on with the same search.
func (m *detailModel) applySearch(q string, bodyH int) {
	m.applied = q
	m.search(q)
	m.layout()
	m.showCurrent(bodyH)
	m.clamp(bodyH)
}

func (m *detailModel) opts() render.Options {
	return render.Options{Width: m.c.width, MaxWidth: render.DefaultMaxWidth, Rule: true, Furniture: m.s.page(m.entry).Furniture}
}

// Reading width and placement: text is wrapped to at most 80 cells (about
// 40 characters, a comfortable measure); on a terminal much wider than
// that the column is centred, where the eye rests, instead of hugging the
// left edge. Otherwise one cell of margin on the left.
func (m *detailModel) geometry() (margin, width int) {
	w := m.c.width
	switch {
	case w <= 2:
		return 0, w
	case w-2 > render.DefaultMaxWidth:
		return (w - render.DefaultMaxWidth) / 2, render.DefaultMaxWidth
	}
	return 1, w - 2
}

// layout wraps the article at the current width, keeping the line at the
// top in view (the same block, at the same place in it).
func (m *detailModel) layout() {
	_, w := m.geometry()
	anchorBlock, anchorOff := -1, 0
	if m.top > 0 && m.top < len(m.lines) {
		anchorBlock, anchorOff = m.lines[m.top].Block, m.lines[m.top].Offset
	}
	opt := m.opts()
	opt.Width, opt.MaxWidth = w, w
	m.lines = render.Layout(m.c.oracle, m.blocks, opt, m.highlights())
	if anchorBlock >= 0 {
		m.top = 0
		for i, l := range m.lines {
			if l.Block == anchorBlock && l.Offset <= anchorOff && len(l.Segs) > 0 {
				m.top = i
			}
			if l.Block > anchorBlock {
				break
			}
		}
	}
}

// highlights gives the search matches as role spans per block.
func (m *detailModel) highlights() map[int][]render.RoleSpan {
	if len(m.matches) == 0 {
		return nil
	}
	out := map[int][]render.RoleSpan{}
	for i, mt := range m.matches {
		role := render.Match
		if i == m.cur {
			role = render.Current
		}
		out[mt.block] = append(out[mt.block], render.RoleSpan{Span: mt.span, Role: role})
	}
	return out
}

// search finds q in the blocks' sources, case-folded, so that a phrase a
// wrap splits is found whole.
func (m *detailModel) search(q string) {
	m.matches, m.cur = nil, 0
	if q == "" {
		return
	}
	fq := strings.ToLower(q)
	qn := utf8.RuneCountInString(fq)
	for bi, b := range m.blocks {
		src := strings.ToLower(b.Source)
		runeAt, byteAt := 0, 0
		for {
			i := strings.Index(src[byteAt:], fq)
			if i < 0 {
				break
			}
			runeAt += utf8.RuneCountInString(src[byteAt : byteAt+i])
			m.matches = append(m.matches, match{block: bi, span: text.Span{Start: runeAt, End: runeAt + qn}})
			byteAt += i + len(fq)
			runeAt += qn
		}
	}
	m.pinyinSearch(q)
	// the first match at or after the top of the screen is current
	if len(m.lines) > 0 && m.top < len(m.lines) {
		top := m.lines[m.top]
		for i, mt := range m.matches {
			if mt.block > top.Block || (mt.block == top.Block && mt.span.Start >= top.Offset) {
				m.cur = i
				break
			}
		}
	}
}

// pinyinSearch adds the places where q reads as pinyin (initials or full
// syllables, every reading of a polyphone), as the list filter matches,
// to the matches of the text itself, in reading order.
func (m *detailModel) pinyinSearch(q string) {
	if !isPinyinText(q) {
		return
	}
	if m.pinyin == nil {
		m.pinyin = filter.NewIndex(m.s.readings)
		for _, b := range m.blocks {
			m.pinyin.Add([]string{b.Source})
		}
	}
	var all []match
	next := 0 // the text matches, already in reading order
	for bi := range m.blocks {
		for next < len(m.matches) && m.matches[next].block < bi {
			all = append(all, m.matches[next])
			next++
		}
		var own []match
		for next < len(m.matches) && m.matches[next].block == bi {
			own = append(own, m.matches[next])
			next++
		}
		for _, sp := range m.pinyin.PinyinSpans(bi, q) {
			s := text.Span{Start: sp.Start, End: sp.End}
			if !slices.ContainsFunc(own, func(o match) bool { return o.span.Start < s.End && s.Start < o.span.End }) {
				own = append(own, match{block: bi, span: s})
			}
		}
		slices.SortFunc(own, func(a, b match) int { return a.span.Start - b.span.Start })
		all = append(all, own...)
	}
	m.matches = all
}

// isPinyinText: a query of Latin letters (and spaces, apostrophes) may be
// pinyin.
func isPinyinText(q string) bool {
	letters := 0
	for _, r := range q {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			letters++
		case r == ' ', r == '\'':
		default:
			return false
		}
	}
	return letters > 0
}

// showCurrent scrolls so that the current match is on screen.
func (m *detailModel) showCurrent(bodyH int) {
	if m.cur >= len(m.matches) {
		return
	}
	mt := m.matches[m.cur]
	for i, l := range m.lines {
		if l.Block != mt.block || l.Offset > mt.span.Start {
			continue
		}
		next := i + 1
		if next < len(m.lines) && m.lines[next].Block == mt.block && m.lines[next].Offset <= mt.span.Start {
			continue
		}
		if i < m.top || i >= m.top+bodyH {
			m.top = max(i-bodyH/3, 0)
		}
		return
	}
}

func (m detailModel) update(msg tea.Msg, bodyH int) (detailModel, detailAction) {
	k := m.c.keys
	switch msg := msg.(type) {
	case tea.KeyMsg:
		if m.typing {
			switch {
			case key.Matches(msg, k.Accept):
				m.typing = false
				m.applied = m.input.String()
			case key.Matches(msg, k.Cancel):
				m.typing = false
				m.search(m.applied)
				m.layout()
			default:
				if m.input.edit(msg) {
					m.search(m.input.String())
					m.layout()
					m.showCurrent(bodyH)
				}
			}
			m.clamp(bodyH)
			return m, detailNone
		}
		switch {
		case key.Matches(msg, k.Search):
			m.typing = true
			m.input.set("")
			return m, detailNone
		case key.Matches(msg, k.NextMatch) && len(m.matches) > 0:
			m.cur = (m.cur + 1) % len(m.matches)
			m.layout()
			m.showCurrent(bodyH)
		case key.Matches(msg, k.PrevMatch) && len(m.matches) > 0:
			m.cur = (m.cur + len(m.matches) - 1) % len(m.matches)
			m.layout()
			m.showCurrent(bodyH)
		case key.Matches(msg, k.ClearSearch) && m.applied != "":
			m.applied = ""
			m.search("")
			m.layout()
		case key.Matches(msg, k.Back):
			return m, detailBack
		case key.Matches(msg, k.Next):
			return m, detailNext
		case key.Matches(msg, k.Prev):
			return m, detailPrev
		default:
			m.scroll(msg, bodyH)
		}
	case tea.MouseMsg:
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			m.top -= wheelLines
		case tea.MouseButtonWheelDown:
			m.top += wheelLines
		}
	}
	m.clamp(bodyH)
	return m, detailNone
}

// wheelLines is how far one notch of the wheel scrolls.
const wheelLines = 3

func (m *detailModel) scroll(msg tea.KeyMsg, bodyH int) {
	// a page key keeps one line of context; Bottom shows the last page
	m.top = m.c.keys.move(msg, m.top, bodyH-1, bodyH/2, max(len(m.lines)-bodyH, 0))
}

func (m *detailModel) clamp(bodyH int) {
	m.top = max(min(m.top, len(m.lines)-bodyH), 0)
}

// body renders bodyH lines of the article.
func (m *detailModel) body(bodyH int) []string {
	c := m.c
	margin, w := m.geometry()
	var out []string
	for i := m.top; i < len(m.lines) && len(out) < bodyH; i++ {
		var segs []seg
		for _, s := range m.lines[i].Segs {
			segs = append(segs, styled(s.Text, c.styles.Roles[s.Role]))
		}
		out = append(out, strings.Repeat(" ", margin)+c.lineOf(segs, w)+strings.Repeat(" ", max(c.width-margin-w, 0)))
	}
	for len(out) < bodyH {
		out = append(out, c.lineOf(nil, c.width))
	}
	return out
}

// percent is how far the reader has read.
func (m *detailModel) percent(bodyH int) int {
	if len(m.lines) <= bodyH {
		return 100
	}
	return min(100, (m.top+bodyH)*100/len(m.lines))
}

// status is the status line's left part: the article's place among
// the rows of the list (pos of n, the filter counted), its page, how far
// it has been read; or the search.
func (m *detailModel) status(bodyH, pos, n int) []seg {
	c := m.c
	if m.typing {
		return c.prompt("搜索: ", &m.input)
	}
	if m.applied != "" {
		k := 0
		if len(m.matches) > 0 {
			k = m.cur + 1
		}
		return []seg{styled(fmt.Sprintf("搜索 %s · %d/%d", m.applied, k, len(m.matches)), c.styles.Status)}
	}
	st := fmt.Sprintf("%d/%d", pos, n)
	if name := m.s.groups[m.s.entries[m.entry].group].name(); name != "" {
		st += " · " + name
	}
	return []seg{styled(fmt.Sprintf("%s · %d%%", st, m.percent(bodyH)), c.styles.Status)}
}
