package tui

import (
	"unicode"

	tea "github.com/charmbracelet/bubbletea"
)

// input is a one-line text input for the filter and the search. It takes
// whole phrases in one message (what an input method commits) and is drawn
// by the caller through the width oracle.
type input struct {
	runes []rune
	pos   int // cursor, in runes
}

func (in *input) String() string { return string(in.runes) }

func (in *input) set(s string) {
	in.runes = []rune(s)
	in.pos = len(in.runes)
}

// edit applies an editing key and reports whether the text changed.
func (in *input) edit(msg tea.KeyMsg) bool {
	switch msg.Type {
	case tea.KeyRunes, tea.KeySpace:
		rs := msg.Runes
		if msg.Type == tea.KeySpace {
			rs = []rune{' '}
		}
		var clean []rune
		for _, r := range rs {
			if unicode.IsPrint(r) || r == ' ' {
				clean = append(clean, r)
			}
		}
		if len(clean) == 0 {
			return false
		}
		in.runes = append(in.runes[:in.pos], append(clean, in.runes[in.pos:]...)...)
		in.pos += len(clean)
		return true
	case tea.KeyBackspace:
		if in.pos == 0 {
			return false
		}
		in.runes = append(in.runes[:in.pos-1], in.runes[in.pos:]...)
		in.pos--
		return true
	case tea.KeyDelete:
		if in.pos >= len(in.runes) {
			return false
		}
		in.runes = append(in.runes[:in.pos], in.runes[in.pos+1:]...)
		return true
	case tea.KeyCtrlU:
		changed := in.pos > 0
		in.runes = in.runes[in.pos:]
		in.pos = 0
		return changed
	case tea.KeyCtrlW:
		i := in.pos
		for i > 0 && in.runes[i-1] == ' ' {
			i--
		}
		for i > 0 && in.runes[i-1] != ' ' {
			i--
		}
		changed := i < in.pos
		in.runes = append(in.runes[:i], in.runes[in.pos:]...)
		in.pos = i
		return changed
	case tea.KeyLeft:
		in.pos = max(in.pos-1, 0)
	case tea.KeyRight:
		in.pos = min(in.pos+1, len(in.runes))
	case tea.KeyHome, tea.KeyCtrlA:
		in.pos = 0
	case tea.KeyEnd, tea.KeyCtrlE:
		in.pos = len(in.runes)
	}
	return false
}

// cursorGlyph marks the insertion point of a prompt.
const cursorGlyph = "▏"

// prompt draws a text prompt: its label, then the text with the cursor
// where it is. The list filter and the article search share it.
func (c *common) prompt(label string, in *input) []seg {
	return []seg{styled(label, c.styles.Header), plainSeg(string(in.runes[:in.pos])),
		plainSeg(cursorGlyph), plainSeg(string(in.runes[in.pos:]))}
}
