package tui

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"

	"github.com/kanbao/kanbao/internal/decode"
	"github.com/kanbao/kanbao/internal/load"
	"github.com/kanbao/kanbao/parse"
	"github.com/kanbao/kanbao/tui/text"
)

const samplePath = "../testdata/pages/gaoxin-2022-06.txt"

func sampleDoc(t testing.TB) load.Doc {
	t.Helper()
	data, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	return load.FromBytes("sample", data, "")
}

// testOptions returns the options of a reader on the given docs with
// everything that depends on the machine pinned: narrow ambiguous width, no
// colours.
func testOptions(docs ...load.Doc) Options {
	ch := make(chan load.Doc, len(docs))
	for _, d := range docs {
		ch <- d
	}
	close(ch)
	r := lipgloss.NewRenderer(&bytes.Buffer{})
	r.SetColorProfile(termenv.Ascii)
	return Options{Oracle: text.NewOracle(text.AmbiguousNarrow), Renderer: r, Docs: ch, Files: len(docs)}
}

// newModel returns a reader with testOptions, its documents loaded.
func newModel(t testing.TB, docs ...load.Doc) Model {
	t.Helper()
	return loaded(New(testOptions(docs...)))
}

// loaded runs a model's loading commands to completion.
func loaded(m Model) Model {
	for cmd := m.Init(); cmd != nil; {
		msg := cmd()
		var next tea.Model
		next, cmd = m.Update(msg)
		m = next.(Model)
	}
	return m
}

func send(m Model, msgs ...tea.Msg) Model {
	for _, msg := range msgs {
		next, _ := m.Update(msg)
		m = next.(Model)
	}
	return m
}

func keys(s string) []tea.Msg {
	var out []tea.Msg
	for _, r := range s {
		switch r {
		case '\n':
			out = append(out, tea.KeyMsg{Type: tea.KeyEnter})
		case '\x1b':
			out = append(out, tea.KeyMsg{Type: tea.KeyEscape})
		default:
			out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
		}
	}
	return out
}

// ime is a phrase committed by an input method: one message, many runes.
func ime(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// checkScreen asserts the view is height lines, none wider than width.
func checkScreen(t *testing.T, m Model, w, h int) string {
	t.Helper()
	view := ansi.Strip(m.View())
	lines := strings.Split(view, "\n")
	if w > 0 && h > 0 && len(lines) != h {
		t.Errorf("%d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if lw := m.c.oracle.StringWidth(l); lw > w {
			t.Errorf("line %d %q is %d wide, over %d", i, l, lw, w)
		}
	}
	return view
}

// TestScreens compares screens with goldens at 80×24 and 40×20.
func TestScreens(t *testing.T) {
	doc := sampleDoc(t)
	scenes := []struct {
		name string
		msgs []tea.Msg
	}{
		{"list", nil},
		{"filter-bingdu", append(keys("/"), ime("病毒"))},
		{"filter-gxq", keys("/gxq")},
		{"filter-gxq-accepted", keys("/gxq\n")},
		{"detail", keys("\n")},
		{"detail-scrolled", append(keys("\n"), tea.KeyMsg{Type: tea.KeyPgDown})},
		{"search-2-matches", append(append(keys("\n/"), ime("亮赛比")), keys("\n")...)},
	}
	for _, size := range [][2]int{{80, 24}, {40, 20}} {
		for _, sc := range scenes {
			t.Run(fmt.Sprintf("%s-%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				m := newModel(t, doc)
				m = send(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				m = send(m, sc.msgs...)
				golden.RequireEqual(t, []byte(checkScreen(t, m, size[0], size[1])))
			})
		}
	}
	// help, narrow lists and a scrolled help screen at the sizes users
	// meet: a split pane, a phone over SSH
	for _, sc := range []struct {
		name string
		w, h int
		msgs []tea.Msg
	}{
		{"help-list", 80, 24, keys("?")},
		{"help-list", 40, 15, keys("?")},
		{"help-list", 20, 8, keys("?")},
		{"help-list-scrolled", 40, 15, keys("?jjjjjjjjjjjjjjjjjjjj")},
		{"help-detail", 80, 24, keys("\n?")},
		{"help-detail", 40, 15, keys("\n?")},
		{"help-detail", 20, 8, keys("\n?")},
		{"list", 30, 10, nil},
		{"list", 10, 6, nil},
		{"detail", 200, 30, keys("\n")},
	} {
		t.Run(fmt.Sprintf("%s-%dx%d", sc.name, sc.w, sc.h), func(t *testing.T) {
			m := newModel(t, doc)
			m = send(m, tea.WindowSizeMsg{Width: sc.w, Height: sc.h})
			m = send(m, sc.msgs...)
			golden.RequireEqual(t, []byte(checkScreen(t, m, sc.w, sc.h)))
		})
	}
	for _, size := range [][2]int{{1, 1}, {3, 2}} {
		for _, sc := range []string{"list", "detail"} {
			t.Run(fmt.Sprintf("%s-%dx%d", sc, size[0], size[1]), func(t *testing.T) {
				m := newModel(t, doc)
				m = send(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				if sc == "detail" {
					m = send(m, keys("\n")...)
				}
				golden.RequireEqual(t, []byte(checkScreen(t, m, size[0], size[1])))
			})
		}
	}
}

// TestFilterKeys: Enter accepts (the filter stays, a second Enter opens),
// Esc while typing restores the full list, Esc in the list clears.
func TestFilterKeys(t *testing.T) {
	m := newModel(t, sampleDoc(t))
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	m = send(m, keys("/lkxw")...)
	if len(m.list.rows) != 1 || m.list.kind.String() != "拼音首字母" {
		t.Fatalf("lkxw: %d rows, kind %v", len(m.list.rows), m.list.kind)
	}
	m = send(m, keys("\n")...)
	if m.list.typing || m.list.applied != "lkxw" || len(m.list.rows) != 1 {
		t.Fatalf("Enter did not apply the filter")
	}
	m = send(m, keys("\n")...)
	if m.Mode() != "detail" || m.store.article(m.detail.entry).Lead != "本报讯" || !strings.Contains(ansi.Strip(m.View()), "兰考县委来访高新区") {
		t.Fatalf("second Enter did not open the match")
	}
	m = send(m, keys("\x1b")...)
	if m.Mode() != "list" || m.list.applied != "lkxw" {
		t.Fatalf("Esc in detail: mode %s, filter %q", m.Mode(), m.list.applied)
	}
	m = send(m, keys("\x1b")...)
	if m.list.applied != "" || len(m.list.rows) != 4 {
		t.Fatalf("Esc in the list did not clear the filter")
	}
	m = send(m, keys("/bingdu\x1b")...)
	if m.list.typing || len(m.list.rows) != 4 {
		t.Fatalf("Esc while typing did not restore the list")
	}
	// Tab: full text
	m = send(m, keys("/")...)
	next, cmd := m.Update(tea.KeyMsg{Type: tea.KeyTab})
	m = next.(Model)
	m = send(m, ime("瓦屋李"))
	if !m.list.waiting || !strings.Contains(ansi.Strip(m.View()), "正在建立全文索引") {
		t.Fatalf("no indicator while the full-text index is built")
	}
	m = send(m, cmd()) // the index, built in the background
	if !m.list.fullText || len(m.list.rows) != 1 {
		t.Fatalf("full-text filter: %v, %d rows", m.list.fullText, len(m.list.rows))
	}
}

// TestDetailKeys: next/previous article, scrolling, search counter.
func TestDetailKeys(t *testing.T) {
	m := newModel(t, sampleDoc(t))
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	m = send(m, keys("\nJ")...)
	if m.detail.entry != 1 {
		t.Fatalf("J: entry %d, want 1", m.detail.entry)
	}
	m = send(m, keys("]]K")...)
	if m.detail.entry != 2 {
		t.Fatalf("]]K: entry %d, want 2", m.detail.entry)
	}
	m = send(m, keys("[[[")...)
	if m.detail.entry != 0 {
		t.Fatalf("[[[: entry %d, want 0 (stops at the first)", m.detail.entry)
	}
	m = send(m, keys("G")...)
	if m.detail.percent(m.bodyHeight()) != 100 || m.detail.top == 0 {
		t.Fatalf("G: top %d, %d%%", m.detail.top, m.detail.percent(m.bodyHeight()))
	}
	m = send(m, keys("g")...)
	m = send(m, tea.KeyMsg{Type: tea.KeyCtrlD})
	if m.detail.top != m.bodyHeight()/2 {
		t.Fatalf("ctrl+d: top %d", m.detail.top)
	}
	// the search starts at the first match on screen: from the top here
	m = send(m, keys("g/")...)
	m = send(m, ime("五星"))
	m = send(m, keys("\nnnN")...)
	if got := segsText(m.detail.status(m.bodyHeight(), 1, 4)); !strings.HasPrefix(got, "搜索 五星 · 2/") {
		t.Fatalf("status %q", got)
	}
	m = send(m, keys("h")...)
	if m.Mode() != "list" || m.list.selected() != 0 {
		t.Fatalf("h: back to %s, selected %d", m.Mode(), m.list.selected())
	}
}

// TestResizeKeepsPlace: after a reflow the same paragraph is at the top.
func TestResizeKeepsPlace(t *testing.T) {
	m := newModel(t, sampleDoc(t))
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24}, tea.KeyMsg{Type: tea.KeyEnter})
	for range 25 {
		m = send(m, keys("j")...)
	}
	before := m.detail.lines[m.detail.top]
	m = send(m, tea.WindowSizeMsg{Width: 40, Height: 24})
	after := m.detail.lines[m.detail.top]
	if before.Block != after.Block || after.Offset > before.Offset {
		t.Fatalf("top was block %d @%d, now block %d @%d", before.Block, before.Offset, after.Block, after.Offset)
	}
	endOfLine := after.Offset + len([]rune(after.Text()))
	if before.Offset >= endOfLine {
		t.Fatalf("the old top (offset %d) is not on the new top line [%d, %d)", before.Offset, after.Offset, endOfLine)
	}
}

// TestMouse: the wheel scrolls; a click selects a row, a click on the
// selected row opens it.
func TestMouse(t *testing.T) {
	m := newModel(t, sampleDoc(t))
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	m = send(m, tea.MouseMsg{Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	if m.list.cursor != 1 {
		t.Fatalf("wheel: cursor %d", m.list.cursor)
	}
	click := tea.MouseMsg{Button: tea.MouseButtonLeft, Action: tea.MouseActionPress, X: 5, Y: 2 + 3*2}
	m = send(m, click)
	if m.list.cursor != 2 || m.Mode() != "list" {
		t.Fatalf("click: cursor %d, mode %s", m.list.cursor, m.Mode())
	}
	m = send(m, click)
	if m.Mode() != "detail" || m.detail.entry != 2 {
		t.Fatalf("second click: mode %s, entry %d", m.Mode(), m.detail.entry)
	}
	m = send(m, keys("[[")...) // the first article is long enough to scroll
	m = send(m, tea.MouseMsg{Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	if m.detail.top != wheelLines {
		t.Fatalf("wheel in detail: top %d", m.detail.top)
	}
}

// TestNoColor: without colour, the selection is still a glyph and matches
// are in reverse video.
func TestNoColor(t *testing.T) {
	o := testOptions(sampleDoc(t))
	o.Renderer.SetColorProfile(termenv.ANSI) // a terminal that has colours
	o.NoColor = true
	m := loaded(New(o))
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	m = send(m, keys("/gxq")...)
	view := m.View()
	sgr := regexp.MustCompile(`\x1b\[([0-9;]*)m`)
	for _, mt := range sgr.FindAllStringSubmatch(view, -1) {
		for _, p := range strings.Split(mt[1], ";") {
			if n, err := strconv.Atoi(p); err == nil && (n >= 30 && n <= 49 || n >= 90 && n <= 107) {
				t.Fatalf("colour %q in the output under NO_COLOR", mt[0])
			}
		}
	}
	if !strings.Contains(ansi.Strip(view), "▌") {
		t.Error("no selection glyph")
	}
	// the matched 高 of the first title is in reverse video
	i := strings.Index(view, "高")
	before := sgr.FindAllStringSubmatch(view[:i], -1)
	if len(before) == 0 || !slices.Contains(strings.Split(before[len(before)-1][1], ";"), "7") || !strings.HasSuffix(view[:i], before[len(before)-1][0]) {
		t.Errorf("the match is not in reverse video: %q", view[max(i-30, 0):i+3])
	}
}

// TestAnySize drives random keys at random sizes: no panic, every line fits.
func TestAnySize(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	doc := sampleDoc(t)
	alphabet := []tea.Msg{
		tea.KeyMsg{Type: tea.KeyEnter}, tea.KeyMsg{Type: tea.KeyEscape}, tea.KeyMsg{Type: tea.KeyUp}, tea.KeyMsg{Type: tea.KeyDown},
		tea.KeyMsg{Type: tea.KeyPgDown}, tea.KeyMsg{Type: tea.KeyBackspace}, tea.KeyMsg{Type: tea.KeyTab},
		ime("/"), ime("j"), ime("J"), ime("n"), ime("G"), ime("?"), ime("高新"), ime("g"), ime("x"),
		tea.MouseMsg{Button: tea.MouseButtonLeft, Action: tea.MouseActionPress, Y: 3},
		tea.MouseMsg{Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress},
	}
	for i := 0; i < 200; i++ {
		w, h := rng.Intn(60), rng.Intn(30)
		m := newModel(t, doc)
		m = send(m, tea.WindowSizeMsg{Width: w, Height: h})
		for j := 0; j < 30; j++ {
			m = send(m, alphabet[rng.Intn(len(alphabet))])
			if rng.Intn(10) == 0 {
				w, h = rng.Intn(60), rng.Intn(30)
				m = send(m, tea.WindowSizeMsg{Width: w, Height: h})
			}
			checkScreen(t, m, w, h)
		}
	}
}

// TestProgressive: articles appear as inputs arrive, and problems show.
func TestProgressive(t *testing.T) {
	ch := make(chan load.Doc)
	r := lipgloss.NewRenderer(&bytes.Buffer{})
	r.SetColorProfile(termenv.Ascii)
	m := New(Options{Oracle: text.NewOracle(text.AmbiguousNarrow), Renderer: r, Docs: ch, Files: 3})
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	cmd := m.Init()
	// The second input is sent only once the first batch is in: the
	// batch closes after its window with one doc in it.
	firstIn := make(chan struct{})
	go func() {
		ch <- sampleDoc(t)
		<-firstIn
		ch <- load.Doc{Source: "bad.pdf", Err: &decode.NotTextError{Kind: "PDF"}}
		close(ch)
	}()
	m = send(m, cmd())
	close(firstIn)
	if len(m.store.entries) != 4 || m.done {
		t.Fatalf("after the first batch: %d entries, done %v", len(m.store.entries), m.done)
	}
	if !strings.Contains(ansi.Strip(m.View()), "载入 1/3") {
		t.Errorf("no progress shown")
	}
	next, cmd := m.Update(cmd())
	m = next.(Model)
	for cmd != nil {
		next, cmd = m.Update(cmd())
		m = next.(Model)
	}
	view := ansi.Strip(m.View())
	if !m.done || !strings.Contains(view, "bad.pdf：不是文本文件（是 PDF") {
		t.Fatalf("problem not shown:\n%s", view)
	}
	m = send(m, keys("x")...)
	if strings.Contains(ansi.Strip(m.View()), "bad.pdf") {
		t.Error("x did not dismiss the problem line")
	}
}

// TestEndToEnd runs the program with teatest: filter with a phrase from an
// input method, open the match, check the text, go back, quit.
func TestEndToEnd(t *testing.T) {
	m := New(testOptions(sampleDoc(t)))
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	waitFor := func(s string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
			teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
	}
	waitFor("4 篇")
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/")})
	tm.Send(ime("病毒"))
	waitFor("1/4")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor("高新区疾控中心接到报告")
	tm.Send(tea.KeyMsg{Type: tea.KeyEscape})
	waitFor("筛选 病毒")
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")})
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	final := tm.FinalModel(t).(Model)
	if final.Mode() != "list" || final.list.applied != "病毒" {
		t.Errorf("final state: mode %s, filter %q", final.Mode(), final.list.applied)
	}
}

func sizeMsg(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

// TestKeysInOneRead: several keys arriving in one read (a held key, fast
// typing, SSH) are each a key; after a key that opens a prompt the rest
// is the prompt's text.
func TestKeysInOneRead(t *testing.T) {
	m := newModel(t, sampleDoc(t))
	m = send(m, sizeMsg(80, 24), ime("jjj"))
	if m.list.cursor != 3 {
		t.Fatalf("jjj in one message: cursor %d, want 3", m.list.cursor)
	}
	m = send(m, ime("kk"), ime("/gxq"))
	if m.list.cursor != 0 || !m.list.typing || m.list.input.String() != "gxq" || len(m.list.rows) != 4 {
		t.Fatalf("kk then /gxq: cursor %d, typing %v, query %q", m.list.cursor, m.list.typing, m.list.input.String())
	}
	m = send(m, keys("\x1b")...)
	m = send(m, ime("lNN")) // open, then N twice (no search: nothing)
	if m.Mode() != "detail" {
		t.Fatalf("enter in a batch did not open the article")
	}
	_, cmd := m.Update(ime("qq")) // back to the list, then quit
	if cmd == nil {
		t.Fatal("qq: no quit")
	}
	quit := false
	for _, msg := range flatten(cmd) {
		_, quit = msg.(tea.QuitMsg)
		if quit {
			break
		}
	}
	if !quit {
		t.Error("qq did not quit")
	}
	// an input method's phrase in a prompt stays one edit
	m = send(m, keys("hj/")...)
	m = send(m, ime("病毒"))
	if m.list.input.String() != "病毒" || len(m.list.rows) != 1 {
		t.Errorf("IME phrase: query %q, %d rows", m.list.input.String(), len(m.list.rows))
	}
}

// flatten runs a command and the commands of a batch, returning their
// messages.
func flatten(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, flatten(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// TestSelectionKeptWhileLoading: with a filter applied, a batch of new
// pages does not move the selection.
func TestSelectionKeptWhileLoading(t *testing.T) {
	ch := make(chan load.Doc, 4)
	o := testOptions()
	o.Docs = ch
	m := New(o)
	m = send(m, sizeMsg(80, 24))
	ch <- sampleDoc(t)
	m = send(m, m.Init()())
	m = send(m, keys("/gxq\njj")...)
	if m.list.cursor != 2 {
		t.Fatalf("cursor %d before loading more", m.list.cursor)
	}
	sel := m.list.selected()
	ch <- sampleDoc(t)
	close(ch)
	m = loaded(m)
	if m.list.selected() != sel || len(m.list.rows) != 8 {
		t.Errorf("after a batch: selected %d (was %d), %d rows", m.list.selected(), sel, len(m.list.rows))
	}
}

// TestDetailCounter: the article counter counts the filtered rows, and
// the search goes on in the next article.
func TestDetailCounter(t *testing.T) {
	m := newModel(t, sampleDoc(t))
	m = send(m, sizeMsg(80, 24))
	m = send(m, append(keys("/"), ime("高新区"))...)
	m = send(m, keys("\nj\n")...)
	bodyH := m.bodyHeight()
	pos, n := m.list.position(m.detail.entry)
	if got := segsText(m.detail.status(bodyH, pos, n)); !strings.HasPrefix(got, "2/4") {
		t.Errorf("status %q, want 2/4", got)
	}
	m = send(m, keys("\x1b\x1b/lkxw\n\n")...)
	if !strings.Contains(ansi.Strip(m.View()), " 1/1 ") {
		t.Errorf("filtered to one: %q", lastLine(m.View()))
	}
	m = send(m, keys("\x1b\x1bg\n/")...)
	m = send(m, ime("高新区"))
	m = send(m, keys("\nJ")...)
	if m.detail.entry != 1 || m.detail.applied != "高新区" || len(m.detail.matches) == 0 {
		t.Errorf("J: entry %d, search %q, %d matches", m.detail.entry, m.detail.applied, len(m.detail.matches))
	}
	if !strings.Contains(lastLine(m.View()), "搜索 高新区 · 1/") {
		t.Errorf("status after J: %q", lastLine(m.View()))
	}
}

func lastLine(view string) string {
	lines := strings.Split(ansi.Strip(view), "\n")
	return lines[len(lines)-1]
}

// TestProblemsInChinese: a reader with only a missing and an empty file
// says so, in Chinese, instead of "no article".
func TestProblemsInChinese(t *testing.T) {
	m := newModel(t, load.Doc{Source: "dir/nope.txt", Err: load.ErrNotFound}, load.Doc{Source: "empty.txt"},
		load.Doc{Source: "big.txt", Err: &load.TooLargeError{Size: 100 << 20, Limit: 64 << 20}})
	m = send(m, sizeMsg(80, 24))
	view := ansi.Strip(m.View())
	for _, want := range []string{"nope.txt：文件不存在", "empty.txt：空文件，没有文字", "big.txt：文件过大（100.0 MiB，上限 64.0 MiB"} {
		if !strings.Contains(view, want) {
			t.Errorf("screen lacks %q:\n%s", want, view)
		}
	}
	if strings.Contains(view, "未识别出文章") {
		t.Error("the screen says no article was found")
	}
}

// TestPageLabels: the group headers and the title bar take the page's
// own label and date.
func TestPageLabels(t *testing.T) {
	page := func(label string) string {
		return "2023年9月18日 星期一\n" + label + "\n\n城东污水处理厂二期工程通过验收\n\n本报讯 总投资3.6亿元的城东污水\n处理厂二期工程近日通过验收。\n"
	}
	a := load.FromBytes("a.txt", []byte(page("A4 城事")+"\f"+page("第06版")), "")
	m := newModel(t, a)
	m = send(m, sizeMsg(80, 24))
	view := ansi.Strip(m.View())
	for _, want := range []string{"── a.txt · 2023-09-18 · A4 城事 ──", "── a.txt · 2023-09-18 · 第06版 ──"} {
		if !strings.Contains(view, want) {
			t.Errorf("screen lacks %q:\n%s", want, view)
		}
	}
	single := newModel(t, load.FromBytes("b.txt", []byte(page("A2 要闻")), ""))
	single = send(single, sizeMsg(80, 24))
	if first := strings.Split(ansi.Strip(single.View()), "\n")[0]; !strings.Contains(first, "看报 · b.txt · 2023-09-18 · A2 要闻") {
		t.Errorf("title bar %q", first)
	}
}

// TestViewIsPure: drawing changes nothing the next update sees.
func TestViewIsPure(t *testing.T) {
	for _, ks := range []string{"", "\n", "\nG", "?", "/gx"} {
		m := newModel(t, sampleDoc(t))
		m = send(m, sizeMsg(50, 20))
		m = send(m, keys(ks)...)
		c, d := *m.c, m.detail
		first := m.View()
		if !reflect.DeepEqual(c, *m.c) || !reflect.DeepEqual(d, m.detail) || m.View() != first {
			t.Errorf("%q: View changed the model", ks)
		}
	}
}

// TestPromptCursor: the prompt draws the cursor where it is.
func TestPromptCursor(t *testing.T) {
	m := newModel(t, sampleDoc(t))
	m = send(m, sizeMsg(80, 24))
	m = send(m, keys("/gxq")...)
	m = send(m, tea.KeyMsg{Type: tea.KeyLeft}, tea.KeyMsg{Type: tea.KeyLeft})
	if first := strings.Split(ansi.Strip(m.View()), "\n")[0]; !strings.Contains(first, "筛选: g▏xq") {
		t.Errorf("header %q", first)
	}
}

// pdfDoc is a page read from a PDF: its geometry, as pdftohtml gave it
// for testdata/corpus/pdf/pages/pdf-002.pdf, parsed.
func pdfDoc(t testing.TB) load.Doc {
	t.Helper()
	data, err := os.ReadFile("testdata/page-geometry.json")
	if err != nil {
		t.Fatal(err)
	}
	var g parse.PageGeometry
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	return load.Doc{Source: "pdf-002.pdf", Format: "pdf", Pages: []parse.Page{parse.ParseGeometry(g)}}
}

// TestPageMap: m opens the map of the selected article's page, arrows
// move to the region in that direction, enter opens it, m goes back with
// the list selection following.
func TestPageMap(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 15}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newModel(t, pdfDoc(t))
			m = send(m, sizeMsg(size[0], size[1]))
			m = send(m, keys("m")...)
			if m.Mode() != "map" {
				t.Fatalf("m: mode %s, notice %q", m.Mode(), m.notice)
			}
			golden.RequireEqual(t, []byte(checkScreen(t, m, size[0], size[1])))
			first := m.pmap.selected()
			m = send(m, tea.KeyMsg{Type: tea.KeyRight})
			if m.pmap.selected() == first {
				t.Fatal("→ did not move")
			}
			moved := m.pmap.selected()
			m = send(m, tea.KeyMsg{Type: tea.KeyLeft})
			if m.pmap.selected() != first {
				t.Errorf("← did not come back: %d, want %d", m.pmap.selected(), first)
			}
			m = send(m, tea.KeyMsg{Type: tea.KeyRight}, tea.KeyMsg{Type: tea.KeyEnter})
			if m.Mode() != "detail" || m.detail.entry != moved {
				t.Fatalf("enter: mode %s entry %d, want detail %d", m.Mode(), m.detail.entry, moved)
			}
			m = send(m, keys("m")...)
			m = send(m, tea.KeyMsg{Type: tea.KeyDown}, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("m")})
			if m.Mode() != "list" || m.list.selected() != m.pmap.selected() {
				t.Errorf("m back: mode %s, list selection %d, map %d", m.Mode(), m.list.selected(), m.pmap.selected())
			}
		})
	}
	// a text page has no map; a tiny terminal cannot draw one
	m := newModel(t, sampleDoc(t))
	m = send(m, sizeMsg(80, 24))
	m = send(m, keys("m")...)
	if m.Mode() != "list" || !strings.Contains(lastLine(m.View()), "没有版面图") {
		t.Errorf("text page: mode %s, status %q", m.Mode(), lastLine(m.View()))
	}
	m = newModel(t, pdfDoc(t))
	m = send(m, sizeMsg(25, 8))
	m = send(m, keys("m")...)
	if m.Mode() != "list" || !strings.Contains(lastLine(m.View()), "终端太小") {
		t.Errorf("25x8: mode %s, status %q", m.Mode(), lastLine(m.View()))
	}
}
