// Package tui is kanbao's reader: a Bubble Tea program with a list of
// articles (filtered as you type, by hanzi or pinyin) and a detail view
// (scrolling, search, next/previous article). The root model routes: it
// handles window size, loading, help and quitting, and hands everything
// else to the list or the detail child. Every line is laid out through
// the text package's width oracle; lipgloss only colours.
package tui

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/kanbao/kanbao/internal/load"
	"github.com/kanbao/kanbao/internal/state"
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
	// they come. Files is how many inputs there are (for progress), or 0
	// when it is not known; Total, if set, reports it once it is known
	// (a folder is walked while its files load). It is read from View and
	// must not block.
	Docs  <-chan load.Doc
	Files int
	Total func() int
	// State remembers read marks, stars and scroll positions (in memory
	// only when nil); Session names the inputs, to reopen the list at the
	// article selected last on them.
	State   *state.Store
	Session string
	// Clipboard is where OSC 52 copies are written (the terminal); nil:
	// no copying. Pager is the command an article is paged with
	// ($PAGER), less -R when empty.
	Clipboard io.Writer
	Pager     []string
	// Notice is shown in the status line at start (a damaged state store
	// set aside, say).
	Notice string
}

type mode uint8

const (
	modeList mode = iota
	modeDetail
	modeMap
)

func (m mode) String() string {
	switch m {
	case modeDetail:
		return "detail"
	case modeMap:
		return "map"
	}
	return "list"
}

// Model is the root model.
type Model struct {
	c      *common
	store  *store
	list   listModel
	detail detailModel
	pmap   mapModel
	mode   mode
	// notice is a one-line message in the status line until the next key
	notice string
	// reading state
	session    string
	resumed    bool // the last selected article was found, or cannot be
	saveGen    int  // changes made; a save waits for them to settle
	saveFailed bool
	clipboard  io.Writer
	pager      []string
	help       bool
	// helpTop is the first line of the help screen shown: it scrolls
	// when the terminal is shorter than the help.
	helpTop int
	docs    <-chan load.Doc
	files   int
	total   func() int
	done    bool // every input has arrived
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
	s := newStore(filter.NewReadings(), opt.State)
	m := Model{c: c, store: s, docs: opt.Docs, files: opt.Files, total: opt.Total, started: time.Now(),
		session: opt.Session, clipboard: opt.Clipboard, pager: opt.Pager, notice: opt.Notice}
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
		m.setSize(msg.Width, msg.Height)
		// A full repaint: some terminals (tmux) keep stale glyphs at the
		// old right edge when the renderer only redraws changed lines.
		return m, tea.ClearScreen
	case docsMsg:
		before := len(m.store.entries)
		for i := range msg.docs {
			m.store.add(&msg.docs[i])
		}
		m.list.sync(m.bodyHeightFor(modeList))
		m.resume(before)
		if msg.last {
			m.done = true
			m.store.index.Compact() // no more growth: give the slack back
			return m, nil
		}
		return m, nextDocs(m.docs, m.store.readings)
	case saveMsg:
		if msg.gen == m.saveGen {
			return m, m.save()
		}
		return m, nil
	case savedMsg, copiedMsg, pagerDoneMsg, savedFileMsg:
		m.notify(msg)
		if _, ok := msg.(pagerDoneMsg); ok {
			return m, tea.ClearScreen // the pager drew over the screen
		}
		return m, nil
	case fullIndexMsg:
		m.store.setFull(msg)
		m.list.indexed(m.bodyHeightFor(modeList))
		return m, nil
	case tea.KeyMsg:
		if key.Matches(msg, m.c.keys.ForceQuit) {
			m.remember()
			return m, tea.Quit
		}
		m.notice = ""
		if keys := splitKeys(msg); keys != nil && !m.typing() {
			return m.updateKeys(keys)
		}
		if m.help {
			m.helpKey(msg)
			return m, nil
		}
		if key.Matches(msg, m.c.keys.Help) && !m.typing() {
			m.help, m.helpTop = true, 0
			return m, nil
		}
		if key.Matches(msg, m.c.keys.Dismiss) && !m.typing() && m.problemsSeen < len(m.store.problems) {
			m.problemsSeen = len(m.store.problems)
			return m, nil
		}
		if key.Matches(msg, m.c.keys.Map) && !m.typing() && m.mode != modeMap {
			m.openMap()
			return m, nil
		}
		if !m.typing() && m.mode != modeMap {
			if cmd, ok := m.markKey(msg); ok {
				return m, cmd
			}
		}
	case tea.MouseMsg:
		if m.help {
			return m, nil
		}
	}
	return m.updateChild(msg)
}

// updateKeys handles keys that arrived in one read, one at a time: a held
// key, fast typing or keys over SSH come as several runes in one message,
// and each is a key. Once a key opens a prompt, the rest is its text.
func (m Model) updateKeys(keys []tea.KeyMsg) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	for i := 0; i < len(keys); i++ {
		k := keys[i]
		if m.typing() {
			var rest []rune
			for _, k := range keys[i:] {
				rest = append(rest, k.Runes...)
			}
			k, i = tea.KeyMsg{Type: tea.KeyRunes, Runes: rest}, len(keys)
		}
		next, cmd := m.Update(k)
		m = next.(Model)
		cmds = append(cmds, cmd)
	}
	return m, tea.Batch(cmds...)
}

// splitKeys cuts a message of several runes (not a paste) into one key
// message per rune; nil when msg is a single key.
func splitKeys(msg tea.KeyMsg) []tea.KeyMsg {
	if msg.Type != tea.KeyRunes || len(msg.Runes) < 2 || msg.Paste {
		return nil
	}
	out := make([]tea.KeyMsg, len(msg.Runes))
	for i, r := range msg.Runes {
		out[i] = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt}
		if r == ' ' {
			out[i].Type = tea.KeySpace
		}
	}
	return out
}

// setSize takes a new terminal size and hands it to the children. With
// ambiguous characters drawn wide, lines stop one cell short of the right
// edge: the renderer measures them narrower than they are and erases to
// the end of the line after them, which would wipe a glyph in the last
// column.
func (m *Model) setSize(w, h int) {
	w, h = max(w, 0), max(h, 0)
	if m.c.oracle.Wide() && w > 1 {
		w--
	}
	m.c.width, m.c.height = w, h
	if m.mode == modeDetail {
		m.detail.setSize(m.bodyHeightFor(modeDetail))
	}
	m.list.setSize(m.bodyHeightFor(modeList))
	m.helpTop = min(m.helpTop, m.helpMaxTop())
}

// updateChild hands a message to the child on screen and acts on what it
// asks for.
func (m Model) updateChild(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch m.mode {
	case modeList:
		var act listAction
		var cmd tea.Cmd
		m.list, act, cmd = m.list.update(msg, m.bodyHeightFor(modeList), m.bodyTop(modeList))
		switch act {
		case listQuit:
			m.remember()
			return m, tea.Quit
		case listOpen:
			m.openDetail(m.list.selected(), "")
		}
		return m, cmd
	case modeMap:
		var act mapAction
		m.pmap, act = m.pmap.update(msg)
		switch act {
		case mapOpen:
			m.list.selectEntry(m.pmap.selected())
			m.openDetail(m.pmap.selected(), "")
		case mapBack:
			m.list.selectEntry(m.pmap.selected())
			m.list.scroll(m.bodyHeightFor(modeList))
			m.mode = modeList
		}
	case modeDetail:
		var act detailAction
		m.detail, act = m.detail.update(msg, m.bodyHeightFor(modeDetail))
		if m.detail.top > 0 || act != detailNone {
			m.keepPlace()
		}
		switch act {
		case detailBack:
			m.list.selectEntry(m.detail.entry)
			m.list.scroll(m.bodyHeightFor(modeList))
			m.mode = modeList
		case detailNext, detailPrev:
			if e := m.neighbour(act == detailNext); e >= 0 {
				m.openDetail(e, m.detail.applied) // the search goes on in the next article
			}
		}
	}
	return m, nil
}

// helpKey scrolls the help screen; any other key closes it.
func (m *Model) helpKey(msg tea.KeyMsg) {
	k := m.c.keys
	for _, b := range []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.HalfUp, k.HalfDown, k.Top, k.Bottom} {
		if key.Matches(msg, b) {
			page := max(m.c.height-2, 1)
			m.helpTop = k.move(msg, m.helpTop, page, page/2, m.helpMaxTop())
			return
		}
	}
	m.help = false
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

// openMap shows the page map of the article in view, when its page came
// from a PDF and the terminal can hold it.
func (m *Model) openMap() {
	e := m.list.selected()
	if m.mode == modeDetail {
		e = m.detail.entry
	}
	switch {
	case !m.store.hasMap(e):
		m.notice = "此页没有版面图（只有 PDF 的页面才有）"
	case m.c.width < minMapWidth || m.c.height < minMapHeight:
		m.notice = fmt.Sprintf("终端太小，画不下版面图（至少 %d×%d）", minMapWidth, minMapHeight)
	default:
		m.pmap.open(m.c, m.store, e)
		m.mode = modeMap
	}
}

// openDetail shows entry e, searching it for q when q is not "". The
// article is read from now on, and opens where it was left.
func (m *Model) openDetail(e int, q string) {
	if e < 0 {
		return
	}
	m.mode = modeDetail
	m.detail.open(m.c, m.store, e, m.bodyHeightFor(modeDetail))
	mk := m.store.mark(e)
	m.detail.top = mk.Top
	m.detail.clamp(m.bodyHeightFor(modeDetail))
	if !mk.Read {
		mk.Read = true
		m.store.setMark(e, mk)
	}
	if q != "" {
		m.detail.applySearch(q, m.bodyHeightFor(modeDetail))
	}
}

// keepPlace remembers where the article open is scrolled to.
func (m *Model) keepPlace() {
	mk := m.store.mark(m.detail.entry)
	if mk.Top != m.detail.top {
		mk.Top = m.detail.top
		m.store.setMark(m.detail.entry, mk)
	}
}

// resume selects, once, the article selected last on these inputs, when
// it has arrived among the entries from before on.
func (m *Model) resume(before int) {
	if m.resumed || m.session == "" {
		return
	}
	k, ok := m.store.state.Last(m.session)
	if !ok {
		m.resumed = true
		return
	}
	for e := before; e < len(m.store.entries); e++ {
		if m.store.entries[e].key == k {
			m.list.selectEntry(e)
			m.list.scroll(m.bodyHeightFor(modeList))
			m.resumed = true
			return
		}
	}
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
		header:  (md == modeList || md == modeMap) && h >= 3,
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
	return max(m.c.height-ch.above()-ch.below(), 0)
}

// bodyTop is the screen line where the body starts, for mouse clicks.
func (m *Model) bodyTop(md mode) int { return m.chromeFor(md).above() }

// View draws the screen: exactly height lines of exactly width cells. It
// only reads the model: everything it draws was laid out by Update.
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
			if m.mode == modeMap {
				lines = append(lines, m.pmap.header())
			} else {
				lines = append(lines, m.list.header())
			}
		}
		if ch.topRule {
			lines = append(lines, c.rule(c.width))
		}
		switch m.mode {
		case modeList:
			lines = append(lines, m.list.body(bodyH)...)
		case modeDetail:
			lines = append(lines, m.detail.body(bodyH)...)
		case modeMap:
			lines = append(lines, m.pmap.body(c.width, bodyH)...)
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

// screen describes what is shown, for the keys that apply.
func (m *Model) screen() screen {
	return screen{
		mode:      m.mode,
		typing:    m.typing(),
		filtered:  m.list.applied != "",
		searching: m.detail.applied != "",
		problems:  m.problemsSeen < len(m.store.problems),
		hasMap:    m.mode == modeList && m.store.hasMap(m.list.selected()),
	}
}

// statusLine is the last line: position and state on the left, help keys
// on the right; the help shrinks to "? 帮助", then goes, before anything
// else is cut.
func (m *Model) statusLine(bodyH int) string {
	c := m.c
	var left []seg
	switch m.mode {
	case modeList:
		left = m.list.status()
	case modeDetail:
		pos, n := m.list.position(m.detail.entry)
		left = m.detail.status(bodyH, pos, n)
	case modeMap:
		left = m.pmap.status()
	}
	if m.notice != "" {
		left = []seg{styled(m.notice, c.styles.Problem)}
	}
	if !m.done {
		progress := fmt.Sprintf(" · 载入 %d", m.store.files)
		if n := m.totalFiles(); n > 0 {
			progress += fmt.Sprintf("/%d", n)
		}
		left = append(left, styled(progress, c.styles.Status))
	}
	leftSegs := append([]seg{plainSeg(" ")}, left...)
	room := c.width - c.segsWidth(leftSegs) - 3
	help := c.helpLine(c.keys.shortHelp(m.screen()), room)
	if help == nil {
		return c.lineOf(leftSegs, c.width)
	}
	return c.lineOf(append(append(leftSegs, plainSeg("   ")), help...), c.width)
}

// totalFiles is how many inputs there are, when known.
func (m *Model) totalFiles() int {
	if m.files > 0 {
		return m.files
	}
	if m.total != nil {
		return m.total()
	}
	return 0
}

// problemLine shows the first load problem not dismissed.
func (m *Model) problemLine() string {
	c := m.c
	ps := m.store.problems[m.problemsSeen:]
	msg := ps[0]
	if len(ps) > 1 {
		msg += fmt.Sprintf("（另有 %d 条）", len(ps)-1)
	}
	right := []seg{styled(c.keys.Dismiss.Help().Key+" "+c.keys.Dismiss.Help().Desc, c.styles.Dim)}
	return " " + c.spread([]seg{styled(msg, c.styles.Problem)}, right, c.width-1)
}

// helpLines is the help screen's content for the screen below it.
func (m *Model) helpLines() [][]seg {
	c := m.c
	title := "看报 · 列表按键"
	switch m.mode {
	case modeDetail:
		title = "看报 · 阅读按键"
	case modeMap:
		title = "看报 · 版面图按键"
	}
	lines := [][]seg{{plainSeg(" "), styled(title, c.styles.Header)}}
	return append(lines, c.fullHelp(c.keys.fullHelp(m.screen()), c.width)...)
}

// helpMaxTop is the last first line of the help screen: its content
// scrolls under a fixed footer line.
func (m *Model) helpMaxTop() int {
	return max(len(m.helpLines())-max(m.c.height-1, 1), 0)
}

// helpScreen lists the keys of the screen below it, scrolled to helpTop,
// with a footer saying how to scroll and close.
func (m *Model) helpScreen() []string {
	c := m.c
	all := m.helpLines()
	rows := max(c.height-1, 0)
	if c.height == 1 {
		rows = 1 // no room for the footer
	}
	top := min(m.helpTop, max(len(all)-rows, 0))
	var lines []string
	for i := top; i < len(all) && len(lines) < rows; i++ {
		lines = append(lines, c.lineOf(all[i], c.width))
	}
	for len(lines) < rows {
		lines = append(lines, c.lineOf(nil, c.width))
	}
	if c.height > 1 {
		foot := []string{"按任意键返回"}
		if len(all) > rows {
			pos := fmt.Sprintf("↑↓ %d/%d", min(top+rows, len(all)), len(all))
			foot = []string{pos + " · 其他键返回", pos} // the longest that fits
		}
		f := foot[len(foot)-1]
		for _, s := range foot {
			if c.oracle.StringWidth(s)+1 <= c.width {
				f = s
				break
			}
		}
		lines = append(lines, c.lineOf([]seg{plainSeg(" "), styled(f, c.styles.Dim)}, c.width))
	}
	return lines
}

// Mode reports the view shown, for tests and the end-to-end script.
func (m Model) Mode() string { return m.mode.String() }
