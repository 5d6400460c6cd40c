module github.com/kanbao/kanbao

go 1.26.0

require (
	github.com/charmbracelet/x/ansi v0.11.6
	github.com/charmbracelet/x/term v0.2.2
	github.com/mattn/go-runewidth v0.0.31
	github.com/rivo/uniseg v0.4.7
	golang.org/x/text v0.44.0
)

require (
	github.com/clipperhouse/displaywidth v0.9.0 // indirect
	github.com/clipperhouse/stringish v0.1.1 // indirect
	github.com/clipperhouse/uax29/v2 v2.5.0 // indirect
	github.com/lucasb-eyer/go-colorful v1.3.0 // indirect
	golang.org/x/sys v0.38.0 // indirect
)
