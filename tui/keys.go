package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// KeyMap is every binding of the reader, with its help text. Bindings are
// enabled and disabled per mode; help is drawn from them.
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
	Dismiss               key.Binding // hide the load problems line
	Help, Quit, ForceQuit key.Binding
}

// DefaultKeyMap returns the bindings of issue #4: vi and arrow keys, pager
// keys, / to filter or search, ? for help.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:          key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "上")),
		Down:        key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "下")),
		PageUp:      key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", "上一页")),
		PageDown:    key.NewBinding(key.WithKeys("pgdown", " ", "f"), key.WithHelp("pgdn/space", "下一页")),
		HalfUp:      key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "上半页")),
		HalfDown:    key.NewBinding(key.WithKeys("ctrl+d"), key.WithHelp("ctrl+d", "下半页")),
		Top:         key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "开头")),
		Bottom:      key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "末尾")),
		Open:        key.NewBinding(key.WithKeys("enter", "l", "right"), key.WithHelp("enter", "阅读")),
		Back:        key.NewBinding(key.WithKeys("esc", "h", "left", "q"), key.WithHelp("esc", "返回")),
		Next:        key.NewBinding(key.WithKeys("J", "]"), key.WithHelp("J/]", "下一篇")),
		Prev:        key.NewBinding(key.WithKeys("K", "["), key.WithHelp("K/[", "上一篇")),
		Filter:      key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "筛选")),
		Search:      key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "搜索")),
		Accept:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "确定")),
		Cancel:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "取消")),
		NextMatch:   key.NewBinding(key.WithKeys("n"), key.WithHelp("n/N", "下/上一个")),
		PrevMatch:   key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "上一个")),
		Scope:       key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "标题/全文")),
		ClearFilter: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "清除筛选")),
		Dismiss:     key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "关闭提示")),
		Help:        key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "帮助")),
		Quit:        key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "退出")),
		ForceQuit:   key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "退出")),
	}
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
