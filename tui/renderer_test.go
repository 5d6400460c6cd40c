package tui

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/kanbao/kanbao/tui/text"
)

// syncBuffer is a bytes.Buffer the program's renderer may write while
// the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestWideRenderer runs Bubble Tea's own renderer with ambiguous
// characters drawn two cells wide. The renderer measures “ ” ─ ▌ as one
// cell, and erases to the end of a line it thinks short: after a line
// that really fills the terminal, that erase wipes its last cell (字 of
// "1152 字", the last ─ of a rule). So no line followed by an erase may
// reach the last column, measured as the terminal draws it.
func TestWideRenderer(t *testing.T) {
	const w, h = 80, 24
	o := testOptions(sampleDoc(t))
	wide := text.NewOracle(text.AmbiguousWide)
	o.Oracle = wide
	var out syncBuffer
	p := tea.NewProgram(New(o), tea.WithInput(nil), tea.WithOutput(&out), tea.WithoutSignalHandler())
	done := make(chan error, 1)
	go func() { _, err := p.Run(); done <- err }()
	p.Send(tea.WindowSizeMsg{Width: w, Height: h})
	wait := func(s string) {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); !strings.Contains(ansi.Strip(out.String()), s); {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %q", s)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	wait("4 篇")
	p.Send(tea.KeyMsg{Type: tea.KeyEnter})
	wait("本报讯")
	p.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("?")})
	wait("阅读按键")
	p.Quit()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	erased, full := 0, 0
	// Each write of a line starts after a line feed or a carriage return.
	for _, line := range strings.FieldsFunc(out.String(), func(r rune) bool { return r == '\n' || r == '\r' }) {
		cells := wide.StringWidth(ansi.Strip(line))
		if cells > w {
			t.Errorf("line of %d cells, over %d: %q", cells, w, ansi.Strip(line))
		}
		if strings.HasSuffix(line, ansi.EraseLineRight) {
			erased++
			if cells >= w {
				t.Errorf("a line filling the terminal is followed by erase-to-end: its last cell is lost: %q", ansi.Strip(line))
			}
		}
		if cells == w-1 {
			full++
		}
	}
	if erased == 0 || full == 0 {
		t.Fatalf("%d lines erased, %d full: the renderer's output was not seen", erased, full)
	}
}
