package tui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kanbao/kanbao/tui/filter"
	"github.com/kanbao/kanbao/tui/text"
)

// listModel is the list of articles with its filter.
type listModel struct {
	c *common
	s *store

	rows   []int          // entries shown, in order
	hits   []filter.Match // how rows[i] matched, when filtered
	cursor int            // index into rows
	top    int            // first row on screen

	typing   bool   // the filter input has focus
	input    input  // the query being typed
	applied  string // the filter in force ("" for none)
	kind     filter.Kind
	fullText bool // filter the full text instead of headlines

	// narrowing: the hits of the last query, for a query extending it
	lastQuery string
	lastHits  []int
}

// listAction is what the list asks of the root.
type listAction uint8

const (
	listNone listAction = iota
	listOpen
	listQuit
)

func newList(c *common, s *store) listModel {
	return listModel{c: c, s: s}
}

// sync brings the rows up to date with the store (new entries loaded).
func (m *listModel) sync() {
	q := m.query()
	if q == "" {
		for len(m.rows) < len(m.s.entries) {
			m.rows = append(m.rows, len(m.rows))
		}
		return
	}
	m.refilter(q, false)
}

// query is the filter text in force: being typed or applied.
func (m *listModel) query() string {
	if m.typing {
		return m.input.String()
	}
	return m.applied
}

// refilter recomputes the rows for q. Searching within the last hits when
// q extends the last query keeps a keystroke cheap at any archive size.
func (m *listModel) refilter(q string, narrow bool) {
	keep := -1
	if m.cursor < len(m.rows) {
		keep = m.rows[m.cursor]
	}
	if q == "" {
		m.rows = m.rows[:0]
		for i := range m.s.entries {
			m.rows = append(m.rows, i)
		}
		m.hits, m.kind, m.lastQuery, m.lastHits = nil, filter.None, "", nil
	} else {
		ix := m.s.index
		if m.fullText {
			ix = m.s.fullIndex()
		}
		var within []int
		if narrow && m.lastQuery != "" && strings.HasPrefix(q, m.lastQuery) && len(m.lastHits) <= ix.Len() {
			within = m.lastHits
		}
		matches := ix.Search(q, within)
		m.rows = m.rows[:0]
		m.hits = matches
		m.kind = filter.None
		for _, mt := range matches {
			m.rows = append(m.rows, mt.Item)
			if m.kind == filter.None || mt.Kind < m.kind {
				m.kind = mt.Kind
			}
		}
		m.lastQuery = q
		m.lastHits = slices.Clone(m.rows)
		slices.Sort(m.lastHits)
	}
	// keep the selected article selected when it is still shown
	m.cursor = 0
	if i := slices.Index(m.rows, keep); i >= 0 && q == "" {
		m.cursor = i
	}
	m.top = min(m.top, max(len(m.rows)-1, 0))
	if m.cursor < m.top {
		m.top = m.cursor
	}
}

// selected returns the selected entry, or -1.
func (m *listModel) selected() int {
	if m.cursor < 0 || m.cursor >= len(m.rows) {
		return -1
	}
	return m.rows[m.cursor]
}

// select moves the cursor to entry e if it is shown.
func (m *listModel) selectEntry(e int) {
	if i := slices.Index(m.rows, e); i >= 0 {
		m.cursor = i
	}
}

func (m listModel) update(msg tea.Msg, bodyH int) (listModel, listAction) {
	k := m.c.keys
	switch msg := msg.(type) {
	case tea.KeyMsg:
		if m.typing {
			return m.updateTyping(msg, bodyH)
		}
		switch {
		case key.Matches(msg, k.Filter):
			m.typing = true
			m.input.set(m.applied)
			return m, listNone
		case key.Matches(msg, k.ClearFilter) && m.applied != "":
			m.applied = ""
			m.refilter("", false)
		case key.Matches(msg, k.Quit):
			return m, listQuit
		case key.Matches(msg, k.Open):
			if m.selected() >= 0 {
				return m, listOpen
			}
		default:
			m.move(msg, bodyH)
		}
	case tea.MouseMsg:
		return m.mouse(msg, bodyH)
	}
	m.scroll(bodyH)
	return m, listNone
}

// updateTyping handles a key while the filter input has focus.
func (m listModel) updateTyping(msg tea.KeyMsg, bodyH int) (listModel, listAction) {
	k := m.c.keys
	switch {
	case key.Matches(msg, k.Accept):
		m.typing = false
		m.applied = m.input.String()
		m.cursor = 0
	case key.Matches(msg, k.Cancel):
		m.typing = false
		m.refilter(m.applied, false)
	case key.Matches(msg, k.Scope):
		m.fullText = !m.fullText
		m.lastQuery = ""
		m.refilter(m.input.String(), false)
	case msg.Type == tea.KeyUp || msg.Type == tea.KeyDown || msg.Type == tea.KeyPgUp || msg.Type == tea.KeyPgDown:
		m.move(msg, bodyH)
	default:
		before := m.input.String()
		if m.input.edit(msg) {
			after := m.input.String()
			m.refilter(after, strings.HasPrefix(after, before))
		}
	}
	m.scroll(bodyH)
	return m, listNone
}

// move handles the navigation keys.
func (m *listModel) move(msg tea.KeyMsg, bodyH int) {
	page := bodyH / m.rowHeight(bodyH)
	m.cursor = m.c.keys.move(msg, m.cursor, page, page/2, len(m.rows)-1)
}

// mouse: the wheel scrolls; a click selects a row, a click on the
// selected row opens it (so a double click opens).
func (m listModel) mouse(msg tea.MouseMsg, bodyH int) (listModel, listAction) {
	switch {
	case msg.Button == tea.MouseButtonWheelUp:
		m.cursor = max(m.cursor-1, 0)
	case msg.Button == tea.MouseButtonWheelDown:
		m.cursor = min(m.cursor+1, max(len(m.rows)-1, 0))
	case msg.Button == tea.MouseButtonLeft && msg.Action == tea.MouseActionPress:
		if row := m.rowAt(msg.Y-m.c.bodyTop(), bodyH); row >= 0 {
			if row == m.cursor {
				return m, listOpen
			}
			m.cursor = row
		}
	}
	m.scroll(bodyH)
	return m, listNone
}

// Layout of the list body: each article takes two lines (title, then the
// other headlines and the byline), with a blank line between articles
// when there is room, and a header line before each group (source and
// page) when there are several.
const (
	entryLines      = 2
	roomyBodyHeight = 12 // from this body height on, articles are spaced
)

func (m *listModel) rowHeight(bodyH int) int {
	if bodyH >= roomyBodyHeight {
		return entryLines + 1
	}
	return entryLines
}

// layoutItem is a line span of the body: a group header or an entry row.
type layoutItem struct {
	row    int // index into rows; -1 for a group header
	group  int
	height int
}

// visible lays out the rows from top on until bodyH lines are used.
func (m *listModel) visible(bodyH int) []layoutItem {
	var items []layoutItem
	used := 0
	rh := m.rowHeight(bodyH)
	lastGroup := -1
	if m.top > 0 && m.top < len(m.rows) {
		lastGroup = m.s.entries[m.rows[m.top-1]].group
	}
	for r := m.top; r < len(m.rows) && used < bodyH; r++ {
		g := m.s.entries[m.rows[r]].group
		if m.s.multi() && g != lastGroup {
			items = append(items, layoutItem{row: -1, group: g, height: 1})
			used++
		}
		lastGroup = g
		items = append(items, layoutItem{row: r, group: g, height: rh})
		used += rh
	}
	return items
}

// scroll moves top so that the cursor's row is on screen whole.
func (m *listModel) scroll(bodyH int) {
	if m.cursor < m.top {
		m.top = m.cursor
	}
	for m.top < m.cursor {
		used := 0
		fits := false
		for _, it := range m.visible(bodyH) {
			used += it.height
			if it.row == m.cursor {
				fits = used-it.height+entryLines <= bodyH
				break
			}
		}
		if fits {
			break
		}
		m.top++
	}
}

// rowAt maps a body line to a row, or -1.
func (m *listModel) rowAt(y, bodyH int) int {
	used := 0
	for _, it := range m.visible(bodyH) {
		if y >= used && y < used+it.height {
			if it.row >= 0 && y-used < entryLines {
				return it.row
			}
			return -1
		}
		used += it.height
	}
	return -1
}

// header is the first line of the list screen.
func (m *listModel) header() string {
	c := m.c
	if m.typing {
		left := []seg{styled("筛选: ", c.styles.Header), plainSeg(m.input.String()), plainSeg("▏")}
		scope := ""
		if m.fullText {
			scope = "全文 · "
		}
		right := []seg{styled(fmt.Sprintf("%s%s%d/%d", scope, kindLabel(m.kind), len(m.rows), len(m.s.entries)), c.styles.Count)}
		return " " + c.spread(left, right, c.width-1)
	}
	title := "看报"
	if len(m.s.groups) > 0 {
		g := m.s.groups[0]
		title += " · " + sourceName(g.source)
		if !m.s.multi() {
			title += fmt.Sprintf(" · 第%d版", g.page)
		}
	}
	right := []seg{styled(fmt.Sprintf("%d 篇", len(m.s.entries)), c.styles.Count)}
	return " " + c.spread([]seg{styled(title, c.styles.Header)}, right, c.width-1)
}

func kindLabel(k filter.Kind) string {
	if k == filter.None {
		return ""
	}
	return k.String() + " · "
}

// body renders bodyH lines of rows.
func (m *listModel) body(bodyH int) []string {
	c := m.c
	var out []string
	if len(m.rows) == 0 {
		msg := "没有匹配的标题"
		switch {
		case m.fullText && m.query() != "":
			msg = "没有匹配的文章"
		case len(m.s.entries) == 0:
			msg = fmt.Sprintf("此页未识别出文章（其他文字 %d 条）", m.s.other)
		}
		out = append(out, c.lineOf([]seg{plainSeg(" "), styled(msg, c.styles.Dim)}, c.width))
	}
	for _, it := range m.visible(bodyH) {
		if it.row < 0 {
			g := m.s.groups[it.group]
			label := fmt.Sprintf("── %s · 第%d版 ──", sourceName(g.source), g.page)
			out = append(out, c.lineOf([]seg{plainSeg(" "), styled(label, c.styles.Group)}, c.width))
			continue
		}
		out = append(out, m.rowLines(it.row)...)
		for i := entryLines; i < it.height; i++ {
			out = append(out, c.lineOf(nil, c.width))
		}
	}
	for len(out) < bodyH {
		out = append(out, c.lineOf(nil, c.width))
	}
	return out[:bodyH]
}

// rowLines renders the two lines of a row.
func (m *listModel) rowLines(row int) []string {
	c := m.c
	e := &m.s.entries[m.rows[row]]
	a := m.s.article(m.rows[row])
	var lineSpans [][]text.Span
	if row < len(m.hits) && !m.fullText {
		mt := m.hits[row]
		for _, ls := range filter.LineSpans(e.heads, mt.Spans) {
			var spans []text.Span
			for _, s := range ls {
				spans = append(spans, text.Span{Start: s.Start, End: s.End})
			}
			lineSpans = append(lineSpans, spans)
		}
	}
	spansOf := func(i int) []text.Span {
		if i < len(lineSpans) {
			return lineSpans[i]
		}
		return nil
	}
	marker := " "
	if row == m.cursor {
		marker = "▌"
	}
	mw := c.oracle.StringWidth("▌")
	pad := func(s string) string { return c.oracle.PadRight(s, mw) }

	// first line: the title, the length at the right
	var title []seg
	if a.Main >= 0 {
		title = highlight(e.title, spansOf(a.Main), c.styles.Title, c.styles.Match)
	} else {
		title = []seg{styled(e.title, c.styles.Title)}
	}
	length := []seg{styled(fmt.Sprintf("%d 字", e.chars), c.styles.Meta)}
	first := c.styles.Marker.Render(pad(marker)) + c.spread(title, length, c.width-mw)

	// second line: the other headlines, then the byline names
	var second []seg
	for i, h := range e.heads {
		if i == a.Main {
			continue
		}
		if len(second) > 0 {
			second = append(second, styled(" · ", c.styles.Second))
		}
		second = append(second, highlight(h, spansOf(i), c.styles.Second, c.styles.Match)...)
	}
	if names := bylineNames(a.Byline.Reporters, a.Byline.Correspondents); names != "" {
		if len(second) > 0 {
			second = append(second, styled(" · ", c.styles.Second))
		}
		second = append(second, styled(names, c.styles.Second))
	}
	if len(second) == 0 && len(a.Paragraphs) > 0 {
		second = []seg{styled(a.Paragraphs[0], c.styles.Second)}
	}
	var right []seg
	if m.s.multi() {
		right = []seg{styled(fmt.Sprintf("%d版", m.s.groups[e.group].page), c.styles.Meta)}
	}
	secondLine := c.styles.Marker.Render(pad(marker)) + c.spread(second, right, c.width-mw)
	return []string{first, secondLine}
}

func bylineNames(reporters, correspondents []string) string {
	var parts []string
	if len(reporters) > 0 {
		parts = append(parts, "记者 "+strings.Join(reporters, " "))
	}
	if len(correspondents) > 0 {
		parts = append(parts, "通讯员 "+strings.Join(correspondents, " "))
	}
	return strings.Join(parts, " ")
}

// status is the status line's left part.
func (m *listModel) status() string {
	pos := fmt.Sprintf("%d/%d", min(m.cursor+1, len(m.rows)), len(m.rows))
	if m.applied != "" {
		return fmt.Sprintf("%s  筛选 %s · %d/%d", pos, m.applied, len(m.rows), len(m.s.entries))
	}
	return pos
}

// helpKeys are the bindings shown in the list's help line.
func (m *listModel) helpKeys() []key.Binding {
	k := m.c.keys
	if m.typing {
		return []key.Binding{k.Accept, k.Cancel, k.Scope}
	}
	nav := key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑↓", "选择"))
	b := []key.Binding{nav, k.Open, k.Filter}
	if m.applied != "" {
		b = append(b, k.ClearFilter)
	}
	return append(b, k.Help, k.Quit)
}
