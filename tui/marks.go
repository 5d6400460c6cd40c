package tui

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"github.com/aymanbagabas/go-osc52/v2"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kanbao/kanbao/internal/decode"
	"github.com/kanbao/kanbao/internal/state"
	"github.com/kanbao/kanbao/tui/render"
)

// What the reader remembers and what it hands on: read marks, stars,
// where an article was left, the clipboard, the pager, Markdown files.

// mark is an entry's remembered state.
func (s *store) mark(e int) state.Mark { return s.state.Get(s.entries[e].key) }

func (s *store) setMark(e int, m state.Mark) { s.state.Set(s.entries[e].key, m) }

// saveDelay: changes are saved this long after the last one (and when
// the reader quits), not at every key.
const saveDelay = 2 * time.Second

// saveMsg asks for a save if nothing changed since generation gen.
type saveMsg struct{ gen int }

// savedMsg reports a save.
type savedMsg struct{ err error }

// changed notes a change of marks and schedules a save.
func (m *Model) changed() tea.Cmd {
	m.saveGen++
	gen := m.saveGen
	return tea.Tick(saveDelay, func(time.Time) tea.Msg { return saveMsg{gen: gen} })
}

// save writes the store off the UI goroutine.
func (m *Model) save() tea.Cmd {
	st := m.store.state
	return func() tea.Msg { return savedMsg{err: st.Save()} }
}

// current is the entry the keys act on: the article read, the region
// selected on the map, or the list's selection; -1 when none.
func (m *Model) current() int {
	switch m.mode {
	case modeDetail:
		return m.detail.entry
	case modeMap:
		return m.pmap.selected()
	}
	return m.list.selected()
}

// remember keeps where the reader is: the scroll of the article open and
// the article selected, for the next start on these inputs.
func (m *Model) remember() {
	if m.mode == modeDetail && m.detail.entry >= 0 {
		mk := m.store.mark(m.detail.entry)
		mk.Top, mk.Read = m.detail.top, true
		m.store.setMark(m.detail.entry, mk)
	}
	if e := m.current(); e >= 0 && m.session != "" {
		m.store.state.SetLast(m.session, m.store.entries[e].key)
	}
}

func matches(msg tea.KeyMsg, b key.Binding) bool { return key.Matches(msg, b) }

// markKey handles the keys of marks and hand-offs; handled is false for
// any other key.
func (m *Model) markKey(msg tea.KeyMsg) (cmd tea.Cmd, handled bool) {
	k := m.c.keys
	e := m.current()
	inList := m.mode == modeList
	switch {
	case matches(msg, k.HideRead) && inList:
		m.list.hideRead = !m.list.hideRead
		m.list.refilter(m.list.query(), false, true)
		m.notice = map[bool]string{true: "已隐藏已读文章", false: "显示全部文章"}[m.list.hideRead]
		return nil, true
	case matches(msg, k.Starred) && inList:
		m.list.starredOnly = !m.list.starredOnly
		m.list.refilter(m.list.query(), false, true)
		m.notice = map[bool]string{true: "只看星标文章", false: "显示全部文章"}[m.list.starredOnly]
		return nil, true
	case matches(msg, k.Sort) && inList:
		m.list.order = (m.list.order + 1) % orderCount
		m.list.refilter(m.list.query(), false, true)
		m.notice = "排序：" + m.list.order.String()
		return nil, true
	case e < 0:
		return nil, false
	case matches(msg, k.ToggleRead):
		mk := m.store.mark(e)
		mk.Read = !mk.Read
		return m.setMark(e, mk, mk.Read, "标为已读", "标为未读", m.list.hideRead), true
	case matches(msg, k.Star):
		mk := m.store.mark(e)
		mk.Star = !mk.Star
		return m.setMark(e, mk, mk.Star, "已加星标", "已取消星标", m.list.starredOnly), true
	case matches(msg, k.Copy):
		t := m.articleText(e)
		m.notice = fmt.Sprintf("已复制全文（%d 字）", m.store.entries[e].chars)
		return m.copyCmd(t), true
	case matches(msg, k.CopyRef):
		m.notice = "已复制标题和出处"
		return m.copyCmd(m.reference(e)), true
	case matches(msg, k.Pager):
		return m.pagerCmd(e), true
	case matches(msg, k.Save):
		return m.saveMarkdownCmd(e), true
	}
	return nil, false
}

// setMark changes a mark from a key: says so (on or off), refilters the
// list when a mark filter is on, and schedules a save.
func (m *Model) setMark(e int, mk state.Mark, on bool, onText, offText string, filtered bool) tea.Cmd {
	m.store.setMark(e, mk)
	m.notice = offText
	if on {
		m.notice = onText
	}
	if m.mode == modeList && filtered {
		m.list.refilter(m.list.query(), false, true)
	}
	return m.changed()
}

// articleText is an article as --plain prints it at 80 columns.
func (m *Model) articleText(e int) string {
	opt := render.Options{Width: plainWidth}
	lines := render.Layout(m.c.oracle, render.Blocks(m.store.article(e), opt), opt, nil)
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l.Text())
		b.WriteByte('\n')
	}
	return b.String()
}

// plainWidth is the width of copied and paged articles, as --plain's
// default.
const plainWidth = 80

// reference is an article's title and where it was printed.
func (m *Model) reference(e int) string {
	g := m.store.groups[m.store.entries[e].group]
	ref := m.store.entries[e].title + " — " + g.source
	if n := g.name(); n != "" {
		ref += " · " + n
	}
	return ref
}

// copiedMsg reports a copy that could not be made.
type copiedMsg struct{ err error }

// copyCmd puts text on the clipboard with OSC 52, which terminals, tmux
// (set-clipboard on) and SSH pass on.
func (m *Model) copyCmd(text string) tea.Cmd {
	w := m.clipboard
	if w == nil {
		m.notice = "无法复制：没有终端"
		return nil
	}
	return func() tea.Msg {
		_, err := osc52.New(text).WriteTo(w)
		return copiedMsg{err: err}
	}
}

// pagerDoneMsg is sent when the pager exits.
type pagerDoneMsg struct{ err error }

// pagerCmd shows the article in the pager and comes back to the reader.
func (m *Model) pagerCmd(e int) tea.Cmd {
	argv := m.pager
	if len(argv) == 0 {
		argv = []string{"less", "-R"}
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stdin = strings.NewReader(m.articleText(e))
	return tea.ExecProcess(cmd, func(err error) tea.Msg { return pagerDoneMsg{err: err} })
}

// savedFileMsg reports a Markdown file written.
type savedFileMsg struct {
	name string
	err  error
}

// saveMarkdownCmd writes the article as Markdown into the current folder.
func (m *Model) saveMarkdownCmd(e int) tea.Cmd {
	a := m.store.article(e)
	g := m.store.groups[m.store.entries[e].group]
	name := markdownName(g.date, m.store.entries[e].title)
	var b strings.Builder
	for i, h := range a.Headlines {
		switch {
		case i == a.Main:
			fmt.Fprintf(&b, "# %s\n\n", h)
		case i < a.Main:
			fmt.Fprintf(&b, "*%s*\n\n", h)
		default:
			fmt.Fprintf(&b, "## %s\n\n", h)
		}
	}
	if len(a.Headlines) == 0 {
		fmt.Fprintf(&b, "# %s\n\n", m.store.entries[e].title)
	}
	fmt.Fprintf(&b, "> %s\n\n", m.reference(e))
	for i, p := range a.Paragraphs {
		if i == 0 && a.Lead != "" {
			p = "**" + a.Lead + "** " + p
		}
		b.WriteString(p + "\n\n")
	}
	if a.Byline.Raw != "" {
		b.WriteString(strings.ReplaceAll(a.Byline.Raw, "\n", " ") + "\n\n")
	}
	for _, c := range a.Captions {
		fmt.Fprintf(&b, "*%s*\n\n", c)
	}
	data := b.String()
	return func() tea.Msg {
		path, err := writeNew(name, data)
		return savedFileMsg{name: path, err: err}
	}
}

// writeNew writes data to name in the current folder, or to name-2,
// name-3… when it exists.
func writeNew(name, data string) (string, error) {
	ext := filepath.Ext(name)
	base := strings.TrimSuffix(name, ext)
	for i := 1; i < 100; i++ {
		p := name
		if i > 1 {
			p = fmt.Sprintf("%s-%d%s", base, i, ext)
		}
		f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if os.IsExist(err) {
			continue
		}
		if err != nil {
			return p, err
		}
		_, werr := f.WriteString(data)
		if cerr := f.Close(); werr == nil {
			werr = cerr
		}
		return p, werr
	}
	return name, fmt.Errorf("%s and 98 more exist", name)
}

// markdownName is a file name for an article: its date and title, with
// nothing a file system or a shell would stumble on.
func markdownName(date, title string) string {
	const maxTitleRunes = 40
	var b strings.Builder
	n := 0
	for _, r := range title {
		if n == maxTitleRunes {
			break
		}
		switch {
		case unicode.IsSpace(r), unicode.IsControl(r), strings.ContainsRune(`/\:*?"<>|'`+"`$", r):
			r = '_'
		}
		b.WriteRune(r)
		n++
	}
	t := strings.Trim(b.String(), "._-")
	if t == "" {
		t = "article"
	}
	if date == "" {
		return t + ".md"
	}
	return date + "-" + t + ".md"
}

// notify turns the answers of the hand-off commands into a notice.
func (m *Model) notify(msg tea.Msg) {
	switch msg := msg.(type) {
	case copiedMsg:
		if msg.err != nil {
			m.notice = "复制失败：" + decode.Line(msg.err.Error())
		}
	case pagerDoneMsg:
		if msg.err != nil {
			m.notice = "分页器出错：" + decode.Line(msg.err.Error())
		}
	case savedFileMsg:
		if msg.err != nil {
			m.notice = "保存失败：" + decode.Line(msg.err.Error())
		} else {
			m.notice = "已存为 " + decode.Line(msg.name)
		}
	case savedMsg:
		if msg.err != nil && !m.saveFailed {
			m.saveFailed = true // said once
			m.notice = "阅读记录未能保存：" + decode.Line(msg.err.Error())
		}
	}
}

// starGlyph marks a starred article in the list.
const starGlyph = "★ "
