package tui

import (
	"github.com/charmbracelet/lipgloss"

	"github.com/kanbao/kanbao/tui/text"
)

// common is what every part of the reader shares: the terminal size, the
// width oracle, the keys and the styles. It is passed in, never global.
type common struct {
	width, height int
	oracle        *text.Oracle
	keys          KeyMap
	styles        Styles
	renderer      *lipgloss.Renderer
	noColor       bool
}
