package main

import (
	"context"
	"os"
	"strings"
	"sync"
	"sync/atomic"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/kanbao/kanbao/internal/load"
	"github.com/kanbao/kanbao/internal/state"
	"github.com/kanbao/kanbao/internal/tty"
	"github.com/kanbao/kanbao/tui"
	"github.com/kanbao/kanbao/tui/text"
)

// runTUI starts the reader on the terminal. Inputs load in the background
// and appear as they come; problems with them are shown in the reader and
// repeated on stderr after it exits. Keys come from the terminal even
// when the page comes through standard input; with no terminal to read
// keys from, the articles are printed as --plain would.
func runTUI(ctx context.Context, o options, in inputs, lo load.Options, e env) int {
	stdin, _ := e.stdin.(*os.File)
	keys, err := tty.Keys(stdin)
	if err != nil {
		say(e.stderr, "%v; printing the articles instead (--plain)", err)
		return writePlain(e.stdout, e.stderr, docs(ctx, in, lo), text.NewOracle(o.ambiguous), terminalWidth(e.stdout))
	}
	if keys != stdin {
		defer keys.Close()
	}
	// Ask the terminal before the program reads its input: its answers
	// would otherwise arrive as keys. A separate handle, because reads
	// on it take a deadline.
	var answer tty.Answer
	if probe, err := os.OpenFile("/dev/tty", os.O_RDWR, 0); err == nil {
		answer = tty.Probe(probe, tty.ProbeTimeout)
		probe.Close()
	}
	amb := o.ambiguous
	if amb == text.AmbiguousAuto && e.getenv("RUNEWIDTH_EASTASIAN") == "" && answer.HasWidth {
		amb = text.AmbiguousNarrow
		if answer.Wide {
			amb = text.AmbiguousWide
		}
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var total atomic.Int64
	ch := docs(ctx, counted(ctx, in, lo, &total), lo)
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
	// Never let lipgloss ask for the background itself (it would, from
	// View, while the program reads the terminal): dark unless the
	// terminal said otherwise, as termenv assumes.
	r.SetHasDarkBackground(!answer.HasBackground || answer.Dark)
	noColor := e.getenv("NO_COLOR") != ""
	if noColor {
		// NO_COLOR forbids colour, not weight or reverse video: keep the
		// attributes so that the selection and matches stay visible.
		r.SetColorProfile(termenv.ANSI)
	}
	st, notice := openState(o, e)
	session := "sample"
	if !in.sample {
		session = state.SessionOf(in.paths)
	}
	m := tui.New(tui.Options{Oracle: text.NewOracle(amb), Renderer: r, NoColor: noColor, Docs: fwd,
		Total: func() int { return int(total.Load()) }, State: st, Session: session, Notice: notice,
		Clipboard: e.stdout, Pager: strings.Fields(e.getenv("PAGER"))})
	p := tea.NewProgram(m, tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithOutput(e.stdout), tea.WithInput(keys), tea.WithContext(ctx))
	_, err = p.Run()
	if serr := st.Save(); serr != nil {
		say(e.stderr, "%v", serr)
	}
	if err != nil {
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

// openState opens the reading state, in memory with --no-state or when
// its folder cannot be had; the notice says what went wrong, in the
// reader's words.
func openState(o options, e env) (*state.Store, string) {
	if o.noState {
		return state.Memory(), ""
	}
	dir, err := state.DefaultDir(e.getenv)
	if err != nil {
		return state.Memory(), "阅读记录不会保存：" + err.Error()
	}
	st, warning, err := state.Open(dir)
	switch {
	case err != nil:
		return st, "阅读记录不会保存：" + err.Error()
	case warning != "":
		return st, "阅读记录已损坏，已另存并重新开始"
	}
	return st, ""
}

// counted passes the inputs on and stores how many there are once all
// are found, for the reader's progress. The walk runs ahead of the
// loading (a folder is listed in a fraction of the time its files take
// to parse), so the total is known early; the paths found but not yet
// loaded wait in a queue.
func counted(ctx context.Context, in inputs, lo load.Options, total *atomic.Int64) inputs {
	in.walked = make(chan load.Input)
	var (
		mu    sync.Mutex
		queue []load.Input
		done  bool
		more  = make(chan struct{}, 1)
	)
	signal := func() {
		select {
		case more <- struct{}{}:
		default:
		}
	}
	go func() {
		n := int64(0)
		for x := range load.Walk(ctx, in.paths, lo.Glob) {
			n++
			mu.Lock()
			queue = append(queue, x)
			mu.Unlock()
			signal()
		}
		total.Store(n)
		mu.Lock()
		done = true
		mu.Unlock()
		signal()
	}()
	go func() {
		defer close(in.walked)
		for {
			mu.Lock()
			batch, finished := queue, done
			queue = nil
			mu.Unlock()
			for _, x := range batch {
				select {
				case in.walked <- x:
				case <-ctx.Done():
					return
				}
			}
			if finished && len(batch) == 0 {
				return
			}
			if len(batch) == 0 {
				select {
				case <-more:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return in
}
