package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// KeyMap is every binding of the reader, with its help text. Which of
// them apply is decided per screen by shortHelp and fullHelp; the status
// line and the help screen are drawn from those, never from hand-written
// strings. The help key of a binding is its short form, for the status
// line; the help screen lists all its keys.
type KeyMap struct {
	Up, Down              key.Binding
	PageUp, PageDown      key.Binding
	HalfUp, HalfDown      key.Binding
	Top, Bottom           key.Binding
	Open, Back            key.Binding
	Next, Prev            key.Binding // next/previous article in the detail view
	Filter, Search        key.Binding
	Accept, Cancel        key.Binding // while typing a filter or search
	NextMatch, PrevMatch  key.Binding
	Scope                 key.Binding // filter headlines or full text
	ClearFilter           key.Binding
	ClearSearch           key.Binding
	Dismiss               key.Binding // hide the load problems line
	Map                   key.Binding // the page map of a PDF page
	ToggleRead, HideRead  key.Binding // read marks
	Star, Starred         key.Binding // stars
	Copy, CopyRef         key.Binding // the article, or its title and source, to the clipboard
	Pager, Save           key.Binding // the article in $PAGER, or as Markdown
	Sort                  key.Binding // the list's order
	MapLeft, MapRight     key.Binding // move on the page map
	Help, Quit, ForceQuit key.Binding

	// Summaries: one help entry for a pair of bindings, in the status line
	// where room is short. They match what their pair matches.
	Choose  key.Binding // Up and Down
	Turn    key.Binding // Next and Prev
	MapMove key.Binding // the four arrows on the map
}

// DefaultKeyMap returns vi and arrow keys, pager keys, / to filter or
// search, ? for help.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:          key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑", "上")),
		Down:        key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", "下")),
		PageUp:      key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "上一页")),
		PageDown:    key.NewBinding(key.WithKeys("pgdown", " ", "f"), key.WithHelp("pgdn", "下一页")),
		HalfUp:      key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "上半页")),
		HalfDown:    key.NewBinding(key.WithKeys("ctrl+d"), key.WithHelp("ctrl+d", "下半页")),
		Top:         key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "开头")),
		Bottom:      key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "末尾")),
		Open:        key.NewBinding(key.WithKeys("enter", "l", "right"), key.WithHelp("enter", "阅读")),
		Back:        key.NewBinding(key.WithKeys("esc", "h", "left", "q"), key.WithHelp("esc", "返回")),
		Next:        key.NewBinding(key.WithKeys("J", "]"), key.WithHelp("J", "下一篇")),
		Prev:        key.NewBinding(key.WithKeys("K", "["), key.WithHelp("K", "上一篇")),
		Filter:      key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "筛选")),
		Search:      key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "搜索")),
		Accept:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "确定")),
		Cancel:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "取消")),
		NextMatch:   key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "下一个")),
		PrevMatch:   key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "上一个")),
		Scope:       key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "标题/全文")),
		ClearFilter: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "清除筛选")),
		ClearSearch: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "结束搜索")),
		Dismiss:     key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "关闭提示")),
		Map:         key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "版面图")),
		ToggleRead:  key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "已读/未读")),
		HideRead:    key.NewBinding(key.WithKeys("U"), key.WithHelp("U", "隐藏已读")),
		Star:        key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "星标")),
		Starred:     key.NewBinding(key.WithKeys("*"), key.WithHelp("*", "只看星标")),
		Copy:        key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "复制全文")),
		CopyRef:     key.NewBinding(key.WithKeys("Y"), key.WithHelp("Y", "复制标题和出处")),
		Pager:       key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "用分页器打开")),
		Save:        key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "存为 Markdown")),
		Sort:        key.NewBinding(key.WithKeys("S"), key.WithHelp("S", "排序")),
		MapLeft:     key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←", "左")),
		MapRight:    key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→", "右")),
		Help:        key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "帮助")),
		Quit:        key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "退出")),
		ForceQuit:   key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "退出")),
		Choose:      key.NewBinding(key.WithKeys("up", "k", "down", "j"), key.WithHelp("↑↓", "选择")),
		Turn:        key.NewBinding(key.WithKeys("J", "]", "K", "["), key.WithHelp("J/K", "下/上一篇")),
		MapMove:     key.NewBinding(key.WithKeys("up", "down", "left", "right"), key.WithHelp("←↑↓→", "移动")),
	}
}

// screen is what the keys act on: the view and its state.
type screen struct {
	mode      mode
	typing    bool // a filter or search prompt has focus
	filtered  bool // the list has a filter applied
	searching bool // the article has a search applied
	problems  bool // the load problems line is shown
	hasMap    bool // the selected article's page has a map
}

// shortHelp is the status line's help for a screen, most useful first;
// the help key comes last and is dropped last.
func (k KeyMap) shortHelp(s screen) []key.Binding {
	switch {
	case s.mode == modeMap:
		back := k.Map
		back.SetHelp("m", "返回列表")
		return []key.Binding{k.MapMove, k.Open, back, k.Help}
	case s.typing && s.mode == modeList:
		return []key.Binding{k.Accept, k.Cancel, k.Scope}
	case s.typing:
		return []key.Binding{k.Accept, k.Cancel}
	case s.mode == modeDetail && s.searching:
		return []key.Binding{k.NextMatch, k.PrevMatch, k.ClearSearch, k.Help}
	case s.mode == modeDetail:
		return []key.Binding{k.Turn, k.Search, k.Back, k.Help}
	}
	b := []key.Binding{k.Choose, k.Open, k.Filter}
	if s.filtered {
		b = append(b, k.ClearFilter)
	}
	if s.hasMap {
		b = append(b, k.Map)
	}
	return append(b, k.Help, k.Quit)
}

// fullHelp is the help screen of a screen: every binding that works
// there, in groups.
func (k KeyMap) fullHelp(s screen) [][]key.Binding {
	move := []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.HalfUp, k.HalfDown, k.Top, k.Bottom}
	end := []key.Binding{k.Dismiss, k.Help, k.ForceQuit}
	marks := []key.Binding{k.ToggleRead, k.Star, k.Copy, k.CopyRef, k.Pager, k.Save}
	if s.mode == modeMap {
		return [][]key.Binding{{k.Up, k.Down, k.MapLeft, k.MapRight}, {k.Open, k.Map, k.Cancel}, end}
	}
	if s.mode == modeDetail {
		return [][]key.Binding{move,
			{k.Next, k.Prev, k.Back, k.Map},
			{k.Search, k.Accept, k.Cancel, k.NextMatch, k.PrevMatch, k.ClearSearch},
			marks, end}
	}
	return [][]key.Binding{move,
		{k.Open, k.Map, k.Filter, k.Scope, k.Accept, k.Cancel, k.ClearFilter},
		append(marks, k.HideRead, k.Starred, k.Sort),
		append([]key.Binding{k.Quit}, end...)}
}

// keyNames are how keys are written on the help screen.
var keyNames = map[string]string{"up": "↑", "down": "↓", "left": "←", "right": "→", "pgdown": "pgdn", " ": "space"}

// allKeys writes every key of a binding, as the help screen lists them:
// "enter/l/→".
func allKeys(b key.Binding) string {
	names := make([]string, 0, len(b.Keys()))
	for _, k := range b.Keys() {
		if n, ok := keyNames[k]; ok {
			k = n
		}
		names = append(names, k)
	}
	return strings.Join(names, "/")
}

// move applies a navigation key to a position in [0, last]: a row of the
// list or the top line of the detail view. page and half are how far the
// page and half-page keys go. The result is clamped; other keys leave pos
// as it is.
func (k KeyMap) move(msg tea.KeyMsg, pos, page, half, last int) int {
	page, half = max(page, 1), max(half, 1)
	switch {
	case key.Matches(msg, k.Up):
		pos--
	case key.Matches(msg, k.Down):
		pos++
	case key.Matches(msg, k.PageUp):
		pos -= page
	case key.Matches(msg, k.PageDown):
		pos += page
	case key.Matches(msg, k.HalfUp):
		pos -= half
	case key.Matches(msg, k.HalfDown):
		pos += half
	case key.Matches(msg, k.Top):
		pos = 0
	case key.Matches(msg, k.Bottom):
		pos = last
	}
	return max(min(pos, last), 0)
}
