// Package tui is kanbao's reader: a Bubble Tea program with a list of
// articles (filtered as you type, by hanzi or pinyin) and a detail view
// (scrolling, search, next/previous article). The root model routes: it
// handles window size, loading, help and quitting, and hands everything
// else to the list or the detail child. Every line is laid out through
// the text package's width oracle; lipgloss only colours.
package tui

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/kanbao/kanbao/parse/load"
	"github.com/kanbao/kanbao/tui/filter"
	"github.com/kanbao/kanbao/tui/text"
)

// Options configure the reader.
type Options struct {
	Oracle   *text.Oracle
	Renderer *lipgloss.Renderer // for styles; lipgloss.DefaultRenderer() if nil
	NoColor  bool               // NO_COLOR: no colours, attributes and glyphs only
	Keys     *KeyMap
	// Docs delivers the loaded inputs in order; the reader shows them as
	// they come. Files is how many inputs there are (for progress), or 0.
	Docs  <-chan load.Doc
	Files int
}

type mode uint8

const (
	modeList mode = iota
	modeDetail
)

func (m mode) String() string {
	if m == modeDetail {
		return "detail"
	}
	return "list"
}

// Model is the root model.
type Model struct {
	c      *common
	store  *store
	list   listModel
	detail detailModel
	mode   mode
	help   bool
	docs   <-chan load.Doc
	files  int
	done   bool // every input has arrived
	// problemsSeen: the load problems up to this count were dismissed
	problemsSeen int
	started      time.Time
}

// docsMsg brings a batch of loaded inputs; last is set with the final one.
type docsMsg struct {
	docs []load.Doc
	last bool
}

// New returns the reader.
func New(opt Options) Model {
	keys := DefaultKeyMap()
	if opt.Keys != nil {
		keys = *opt.Keys
	}
	r := opt.Renderer
	if r == nil {
		r = lipgloss.DefaultRenderer()
	}
	c := &common{oracle: opt.Oracle, keys: keys, renderer: r, noColor: opt.NoColor, styles: DefaultStyles(r, opt.NoColor)}
	if c.oracle == nil {
		c.oracle = text.NewOracle(text.AmbiguousAuto)
	}
	s := newStore(filter.NewReadings())
	m := Model{c: c, store: s, docs: opt.Docs, files: opt.Files, started: time.Now()}
	m.list = newList(c, s)
	if opt.Docs == nil {
		m.done = true
	}
	return m
}

// Init starts loading.
func (m Model) Init() tea.Cmd {
	if m.docs == nil {
		return nil
	}
	return nextDocs(m.docs, m.store.readings)
}

// Loading hands the reader batches of documents: as many as arrive within
// a frame, so that thousands of small files do not cost a message each,
// while the first page appears at once.
const (
	batchWindow = 30 * time.Millisecond
	maxBatch    = 512
)

// nextDocs waits for the next inputs. It also looks up the pinyin of their
// headlines, so the index is fed from a warm cache on the UI goroutine.
func nextDocs(ch <-chan load.Doc, r *filter.Readings) tea.Cmd {
	return func() tea.Msg {
		d, ok := <-ch
		if !ok {
			return docsMsg{last: true}
		}
		batch := []load.Doc{d}
		deadline := time.After(batchWindow)
		for len(batch) < maxBatch {
			select {
			case d, ok := <-ch:
				if !ok {
					warm(batch, r)
					return docsMsg{docs: batch, last: true}
				}
				batch = append(batch, d)
			case <-deadline:
				warm(batch, r)
				return docsMsg{docs: batch}
			}
		}
		warm(batch, r)
		return docsMsg{docs: batch}
	}
}

func warm(docs []load.Doc, r *filter.Readings) {
	for i := range docs {
		for _, p := range docs[i].Pages {
			for _, a := range p.Articles {
				for _, h := range a.Headlines {
					for _, ch := range h {
						if ch >= utf8.RuneSelf {
							r.Of(ch)
						}
					}
				}
			}
		}
	}
}

// Update routes a message.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.width, m.c.height = max(msg.Width, 0), max(msg.Height, 0)
		if m.mode == modeDetail {
			m.detail.layout() // reflow, keeping the reading position
			m.detail.clamp(m.bodyHeight())
		}
		m.list.scroll(m.bodyHeightFor(modeList))
		return m, nil
	case docsMsg:
		for i := range msg.docs {
			m.store.add(&msg.docs[i])
		}
		m.list.sync()
		if msg.last {
			m.done = true
			m.store.index.Compact() // no more growth: give the slack back
			return m, nil
		}
		return m, nextDocs(m.docs, m.store.readings)
	case tea.KeyMsg:
		if key.Matches(msg, m.c.keys.ForceQuit) {
			return m, tea.Quit
		}
		if m.help {
			m.help = false // any key closes the help
			return m, nil
		}
		if key.Matches(msg, m.c.keys.Help) && !m.typing() {
			m.help = true
			return m, nil
		}
		if key.Matches(msg, m.c.keys.Dismiss) && !m.typing() && m.problemsSeen < len(m.store.problems) {
			m.problemsSeen = len(m.store.problems)
			return m, nil
		}
	}
	bodyH := m.bodyHeight()
	switch m.mode {
	case modeList:
		var act listAction
		m.list, act = m.list.update(msg, bodyH)
		switch act {
		case listQuit:
			return m, tea.Quit
		case listOpen:
			m.openDetail(m.list.selected())
		}
	case modeDetail:
		var act detailAction
		m.detail, act = m.detail.update(msg, bodyH)
		switch act {
		case detailBack:
			m.list.selectEntry(m.detail.entry)
			m.list.scroll(m.bodyHeightFor(modeList))
			m.mode = modeList
		case detailNext, detailPrev:
			if e := m.neighbour(act == detailNext); e >= 0 {
				m.openDetail(e)
			}
		}
	}
	return m, nil
}

// neighbour is the next or previous article in the list's order.
func (m *Model) neighbour(next bool) int {
	rows := m.list.rows
	for i, e := range rows {
		if e != m.detail.entry {
			continue
		}
		if next && i+1 < len(rows) {
			return rows[i+1]
		}
		if !next && i > 0 {
			return rows[i-1]
		}
		return -1
	}
	return -1
}

func (m *Model) openDetail(e int) {
	if e < 0 {
		return
	}
	m.detail.open(m.c, m.store, e)
	m.mode = modeDetail
}

func (m *Model) typing() bool {
	return (m.mode == modeList && m.list.typing) || (m.mode == modeDetail && m.detail.typing)
}

// Chrome: a header line and a rule above the body, a rule and a status
// line below it, a problem line when inputs failed. It degrades as the
// terminal shrinks: the rules go first, then the header, then the status.
type chrome struct {
	header, topRule, problem, bottomRule, status bool
}

func (m *Model) chromeFor(md mode) chrome {
	h := m.c.height
	ch := chrome{
		header:  md == modeList && h >= 3,
		status:  h >= 2,
		problem: m.problemsSeen < len(m.store.problems) && h >= 8,
	}
	ch.topRule = ch.header && h >= 6
	ch.bottomRule = ch.status && h >= 6
	return ch
}

func (ch chrome) above() int { return b2i(ch.header) + b2i(ch.topRule) }
func (ch chrome) below() int {
	return b2i(ch.problem) + b2i(ch.bottomRule) + b2i(ch.status)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (m *Model) bodyHeight() int { return m.bodyHeightFor(m.mode) }

func (m *Model) bodyHeightFor(md mode) int {
	ch := m.chromeFor(md)
	m.c.bodyY = ch.above()
	return max(m.c.height-ch.above()-ch.below(), 0)
}

// View draws the screen: exactly height lines of exactly width cells.
func (m Model) View() string {
	c := m.c
	if c.width <= 0 || c.height <= 0 {
		return ""
	}
	ch := m.chromeFor(m.mode)
	bodyH := m.bodyHeight()
	var lines []string
	if m.help {
		lines = m.helpScreen()
	} else {
		if ch.header {
			lines = append(lines, m.list.header())
		}
		if ch.topRule {
			lines = append(lines, c.rule(c.width))
		}
		switch m.mode {
		case modeList:
			lines = append(lines, m.list.body(bodyH)...)
		case modeDetail:
			lines = append(lines, m.detail.body(bodyH)...)
		}
		if ch.problem {
			lines = append(lines, m.problemLine())
		}
		if ch.bottomRule {
			lines = append(lines, c.rule(c.width))
		}
		if ch.status {
			lines = append(lines, m.statusLine(bodyH))
		}
	}
	for len(lines) < c.height {
		lines = append(lines, strings.Repeat(" ", c.width))
	}
	return strings.Join(lines[:c.height], "\n")
}

// statusLine is the last line: position and state on the left, help keys
// on the right; the help shrinks to "? 帮助", then goes, before anything
// else is cut.
func (m *Model) statusLine(bodyH int) string {
	c := m.c
	var left string
	var keys []key.Binding
	switch m.mode {
	case modeList:
		left, keys = m.list.status(), m.list.helpKeys()
	case modeDetail:
		left, keys = m.detail.status(bodyH), m.detail.helpKeys()
	}
	if !m.done {
		left += fmt.Sprintf(" · 载入 %d", m.store.files)
		if m.files > 0 {
			left += fmt.Sprintf("/%d", m.files)
		}
	}
	leftSegs := []seg{plainSeg(" "), styled(left, c.styles.Status)}
	room := c.width - c.segsWidth(leftSegs) - 3
	help := c.helpLine(keys, room)
	if help == nil {
		return c.lineOf(leftSegs, c.width)
	}
	return c.lineOf(append(append(leftSegs, plainSeg("   ")), help...), c.width)
}

// problemLine shows the first load problem not dismissed.
func (m *Model) problemLine() string {
	c := m.c
	ps := m.store.problems[m.problemsSeen:]
	msg := "kanbao: " + ps[0]
	if len(ps) > 1 {
		msg += fmt.Sprintf("（另有 %d 条）", len(ps)-1)
	}
	right := []seg{styled("x 关闭", c.styles.Dim)}
	return " " + c.spread([]seg{styled(msg, c.styles.Problem)}, right, c.width-1)
}

// helpScreen lists every key.
func (m *Model) helpScreen() []string {
	c := m.c
	k := c.keys
	groups := [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.HalfUp, k.HalfDown, k.Top, k.Bottom},
		{k.Open, k.Back, k.Next, k.Prev},
		{k.Filter, k.Scope, k.ClearFilter, k.Search, k.NextMatch},
		{k.Help, k.Quit, k.ForceQuit},
	}
	lines := []string{c.lineOf([]seg{plainSeg(" "), styled("看报 · 按键", c.styles.Header)}, c.width)}
	for _, l := range c.fullHelp(groups, c.width) {
		lines = append(lines, c.lineOf(l, c.width))
	}
	lines = append(lines, c.lineOf([]seg{plainSeg(" "), styled("按任意键返回", c.styles.Dim)}, c.width))
	return lines
}

// Mode reports the view shown, for tests and the end-to-end script.
func (m Model) Mode() string { return m.mode.String() }
