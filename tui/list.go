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
	waiting  bool // the full-text index is being built: no rows yet

	hideRead, starredOnly bool      // rows left out by their marks
	order                 listOrder // how the rows are sorted

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

// sync brings the rows up to date with the store (new entries loaded),
// keeping the selected article selected.
func (m *listModel) sync(bodyH int) {
	q := m.query()
	if q == "" && !m.hideRead && !m.starredOnly && m.order == orderPage {
		for len(m.rows) < len(m.s.entries) {
			m.rows = append(m.rows, len(m.rows))
		}
		return
	}
	m.refilter(q, false, true)
	m.scroll(bodyH)
}

// setSize lays the list out for a new body height.
func (m *listModel) setSize(bodyH int) { m.scroll(bodyH) }

// indexed is called when the full-text index has arrived.
func (m *listModel) indexed(bodyH int) {
	if m.fullText {
		m.refilter(m.query(), false, false)
		m.scroll(bodyH)
	}
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
// With keep the selected article stays selected when it is still shown
// (new pages loaded); otherwise the best match is selected.
func (m *listModel) refilter(q string, narrow, keep bool) {
	sel := m.selected()
	m.waiting = false
	if q == "" || q == "@" {
		m.rows = m.rows[:0]
		for i := range m.s.entries {
			m.rows = append(m.rows, i)
		}
		m.hits, m.kind, m.lastQuery, m.lastHits = nil, filter.None, "", nil
		keep = true
	} else {
		ix := m.s.index
		if m.fullText {
			ix = m.s.fullIndex()
		}
		if name, ok := strings.CutPrefix(q, "@"); ok {
			// @孙庆辉, @sqh: the articles of one person
			ix, q = m.s.names, name
		}
		if ix == nil {
			m.rows, m.hits, m.kind, m.waiting = m.rows[:0], nil, filter.None, true
			m.cursor, m.top = 0, 0
			return
		}
		var within []int
		if narrow && m.lastQuery != "" && strings.HasPrefix(m.query(), m.lastQuery) && len(m.lastHits) <= ix.Len() {
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
		m.lastQuery = m.query()
		m.lastHits = slices.Clone(m.rows)
		slices.Sort(m.lastHits)
	}
	m.keepMarked()
	m.sortRows()
	m.cursor = 0
	if i := slices.Index(m.rows, sel); i >= 0 && keep {
		m.cursor = i
	}
	m.top = min(m.top, max(len(m.rows)-1, 0))
	if m.cursor < m.top {
		m.top = m.cursor
	}
}

// position is the place of entry e among the rows shown, from 1, and
// the number of rows; 0 when e is not shown.
func (m *listModel) position(e int) (int, int) {
	return slices.Index(m.rows, e) + 1, len(m.rows)
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

func (m listModel) update(msg tea.Msg, bodyH, bodyTop int) (listModel, listAction, tea.Cmd) {
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
			return m, listNone, nil
		case key.Matches(msg, k.ClearFilter) && m.applied != "":
			m.applied = ""
			m.refilter("", false, true)
		case key.Matches(msg, k.Quit):
			return m, listQuit, nil
		case key.Matches(msg, k.Open):
			if m.selected() >= 0 {
				return m, listOpen, nil
			}
		default:
			m.move(msg, bodyH)
		}
	case tea.MouseMsg:
		m, act := m.mouse(msg, bodyH, bodyTop)
		return m, act, nil
	}
	m.scroll(bodyH)
	return m, listNone, nil
}

// updateTyping handles a key while the filter input has focus.
func (m listModel) updateTyping(msg tea.KeyMsg, bodyH int) (listModel, listAction, tea.Cmd) {
	k := m.c.keys
	var cmd tea.Cmd
	switch {
	case key.Matches(msg, k.Accept):
		m.typing = false
		m.applied = m.input.String()
		m.cursor = 0
	case key.Matches(msg, k.Cancel):
		m.typing = false
		m.refilter(m.applied, false, false)
	case key.Matches(msg, k.Scope):
		m.fullText = !m.fullText
		m.lastQuery = ""
		if m.fullText {
			cmd = m.s.buildFull()
		}
		m.refilter(m.input.String(), false, false)
	case msg.Type == tea.KeyUp || msg.Type == tea.KeyDown || msg.Type == tea.KeyPgUp || msg.Type == tea.KeyPgDown:
		m.move(msg, bodyH)
	default:
		before := m.input.String()
		if m.input.edit(msg) {
			after := m.input.String()
			m.refilter(after, strings.HasPrefix(after, before), false)
		}
	}
	m.scroll(bodyH)
	return m, listNone, cmd
}

// move handles the navigation keys.
func (m *listModel) move(msg tea.KeyMsg, bodyH int) {
	page := bodyH / m.rowHeight(bodyH)
	m.cursor = m.c.keys.move(msg, m.cursor, page, page/2, len(m.rows)-1)
}

// mouse: the wheel scrolls; a click selects a row, a click on the
// selected row opens it (so a double click opens).
func (m listModel) mouse(msg tea.MouseMsg, bodyH, bodyTop int) (listModel, listAction) {
	switch {
	case msg.Button == tea.MouseButtonWheelUp:
		m.cursor = max(m.cursor-1, 0)
	case msg.Button == tea.MouseButtonWheelDown:
		m.cursor = min(m.cursor+1, max(len(m.rows)-1, 0))
	case msg.Button == tea.MouseButtonLeft && msg.Action == tea.MouseActionPress:
		if row := m.rowAt(msg.Y-bodyTop, bodyH); row >= 0 {
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
		scope := ""
		if m.fullText {
			scope = "全文 · "
		}
		right := []seg{styled(fmt.Sprintf("%s%s%d/%d", scope, kindLabel(m.kind), len(m.rows), len(m.s.entries)), c.styles.Count)}
		return " " + c.spread(c.prompt("筛选: ", &m.input), right, c.width-1)
	}
	title := "看报"
	if len(m.s.groups) > 0 {
		g := m.s.groups[0]
		if m.s.multi() {
			title += " · " + sourceName(g.source)
		} else {
			title += " · " + g.title()
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
		for _, msg := range m.emptyText() {
			out = append(out, c.lineOf([]seg{plainSeg(" "), styled(msg, c.styles.Dim)}, c.width))
		}
	}
	for _, it := range m.visible(bodyH) {
		if it.row < 0 {
			label := "── " + m.s.groups[it.group].title() + " ──"
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

// keepMarked leaves out the rows the mark filters hide.
func (m *listModel) keepMarked() {
	if !m.hideRead && !m.starredOnly {
		return
	}
	rows, hits := m.rows[:0], m.hits[:0:0]
	for i, e := range m.rows {
		mk := m.s.mark(e)
		if (m.hideRead && mk.Read) || (m.starredOnly && !mk.Star) {
			continue
		}
		rows = append(rows, e)
		if i < len(m.hits) {
			hits = append(hits, m.hits[i])
		}
	}
	m.rows = rows
	if m.hits != nil {
		m.hits = hits
	}
}

// listOrder is how the list is sorted.
type listOrder uint8

const (
	orderPage   listOrder = iota // by date and page, as the papers run (load order within a date)
	orderSource                  // by source path
	orderLength                  // longest first
	orderCount
)

func (o listOrder) String() string {
	switch o {
	case orderSource:
		return "按文件"
	case orderLength:
		return "按长度"
	}
	return "按日期和版面"
}

// sortRows orders the rows, stably: matches keep their rank among equals.
func (m *listModel) sortRows() {
	if len(m.rows) < 2 {
		return
	}
	s := m.s
	idx := make([]int, len(m.rows))
	for i := range idx {
		idx[i] = i
	}
	less := func(a, b int) int {
		ea, eb := &s.entries[a], &s.entries[b]
		switch m.order {
		case orderSource:
			return strings.Compare(s.groups[ea.group].source, s.groups[eb.group].source)
		case orderLength:
			return eb.chars - ea.chars
		}
		ga, gb := s.groups[ea.group], s.groups[eb.group]
		if ga.date != gb.date && ga.date != "" && gb.date != "" {
			return strings.Compare(ga.date, gb.date)
		}
		return 0
	}
	slices.SortStableFunc(idx, func(i, j int) int { return less(m.rows[i], m.rows[j]) })
	rows := make([]int, len(idx))
	var hits []filter.Match
	for k, i := range idx {
		rows[k] = m.rows[i]
		if i < len(m.hits) {
			hits = append(hits, m.hits[i])
		}
	}
	m.rows = rows
	if m.hits != nil {
		m.hits = hits
	}
}

// emptyText says why the list is empty: no match, the full-text index
// still being built, or the inputs' problems (a missing or empty file
// says so, rather than that no article was found).
func (m *listModel) emptyText() []string {
	switch {
	case m.waiting:
		return []string{"正在建立全文索引…"}
	case m.query() != "" && m.fullText:
		return []string{"没有匹配的文章"}
	case m.query() == "" && len(m.s.entries) > 0 && (m.hideRead || m.starredOnly):
		return []string{"没有要显示的文章（U 显示已读，* 显示全部）"}
	case m.query() != "":
		return []string{"没有匹配的标题"}
	case len(m.s.entries) > 0:
		return nil
	case len(m.s.problems) > 0:
		return m.s.problems
	case m.s.files == 0:
		return []string{"载入中…"}
	}
	return []string{fmt.Sprintf("此页未识别出文章（其他文字 %d 条）", m.s.other)}
}

// Titles win over the length column at narrow widths: the length is
// shown only when the title fits whole or still gets minTitleCells.
const minTitleCells = 24

// rowLines renders the two lines of a row.
func (m *listModel) rowLines(row int) []string {
	c := m.c
	e := &m.s.entries[m.rows[row]]
	a := m.s.article(m.rows[row])
	var lineSpans [][]text.Span
	if row < len(m.hits) && !m.fullText && !strings.HasPrefix(m.query(), "@") {
		mt := m.hits[row]
		for _, ls := range filter.LineSpans(e.heads, m.s.index.SpansOf(mt, m.query())) {
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
	// unread titles bold, read ones faint: weight, not colour, so that
	// NO_COLOR shows it too; a star before the starred
	mk := m.s.mark(m.rows[row])
	titleStyle := c.styles.Title
	if mk.Read {
		titleStyle = c.styles.Second
	}
	var title []seg
	if mk.Star {
		title = append(title, styled(starGlyph, c.styles.Marker))
	}
	if a.Main >= 0 {
		title = append(title, highlight(e.title, spansOf(a.Main), titleStyle, c.styles.Match)...)
	} else {
		title = append(title, styled(e.title, titleStyle))
	}
	length := []seg{styled(fmt.Sprintf("%d 字", e.chars), c.styles.Meta)}
	first := c.styles.Marker.Render(pad(marker)) + c.spreadMin(title, length, c.width-mw, minTitleCells)

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
	if g := m.s.groups[e.group]; m.s.multi() && g.label != "" {
		right = []seg{styled(g.label, c.styles.Meta)}
	}
	secondLine := c.styles.Marker.Render(pad(marker)) + c.spreadMin(second, right, c.width-mw, minTitleCells)
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
func (m *listModel) status() []seg {
	pos := fmt.Sprintf("%d/%d", min(m.cursor+1, len(m.rows)), len(m.rows))
	if m.applied != "" && !m.typing {
		pos = fmt.Sprintf("%s  筛选 %s · %d/%d", pos, m.applied, len(m.rows), len(m.s.entries))
	}
	return []seg{styled(pos, m.c.styles.Status)}
}
