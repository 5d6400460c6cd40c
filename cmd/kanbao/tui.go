package main

import (
	"context"
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/kanbao/kanbao/parse/load"
	"github.com/kanbao/kanbao/tui"
	"github.com/kanbao/kanbao/tui/text"
)

// runTUI starts the reader on the terminal. Inputs load in the background
// and appear as they come; problems with them are shown in the reader and
// repeated on stderr after it exits.
func runTUI(ctx context.Context, in inputs, lo load.Options, o *text.Oracle, e env) int {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ch := docs(ctx, in, lo)
	// Forward the docs to the reader and keep a copy of the problems.
	fwd := make(chan load.Doc, 64)
	status := exitOK
	var problems []load.Doc
	forwarded := make(chan struct{})
	go func() {
		defer close(forwarded)
		defer close(fwd)
		for d := range ch {
			if d.Err != nil || len(d.Warnings) > 0 {
				problems = append(problems, load.Doc{Source: d.Source, Err: d.Err, Warnings: d.Warnings})
			}
			select {
			case fwd <- d:
			case <-ctx.Done():
				return
			}
		}
	}()

	out, _ := e.stdout.(*os.File)
	r := lipgloss.NewRenderer(out)
	noColor := e.getenv("NO_COLOR") != ""
	if noColor {
		// NO_COLOR forbids colour, not weight or reverse video: keep the
		// attributes so that the selection and matches stay visible.
		r.SetColorProfile(termenv.ANSI)
	}
	m := tui.New(tui.Options{Oracle: o, Renderer: r, NoColor: noColor, Docs: fwd})
	p := tea.NewProgram(m, tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithOutput(e.stdout), tea.WithInput(e.stdin), tea.WithContext(ctx))
	if _, err := p.Run(); err != nil {
		say(e.stderr, "%v", err)
		return exitInput
	}
	cancel()
	<-forwarded // problems is complete
	for i := range problems {
		if reportDoc(e.stderr, &problems[i]) {
			status = exitInput
		}
	}
	return status
}
