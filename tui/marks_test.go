package tui

import (
	"bytes"
	"encoding/base64"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/kanbao/kanbao/internal/state"
)

// run executes what a key asked for (the commands of copy, save, ...) and
// hands their answers back, as the program would; ticks are skipped.
func run(m Model, msgs ...tea.Msg) Model {
	for _, msg := range msgs {
		next, cmd := m.Update(msg)
		m = next.(Model)
		if cmd == nil {
			continue
		}
		for _, out := range flatten(cmd) {
			switch out.(type) {
			case saveMsg, tea.QuitMsg:
				continue
			}
			next, _ = m.Update(out)
			m = next.(Model)
		}
	}
	return m
}

func TestReadMarksAndStars(t *testing.T) {
	m := newModel(t, sampleDoc(t))
	m = send(m, sizeMsg(80, 24))
	m = send(m, keys("j\n")...) // open the second article: read
	m = send(m, keys("q")...)
	if !m.store.mark(1).Read || m.store.mark(0).Read {
		t.Fatalf("marks after opening the second: %+v %+v", m.store.mark(0), m.store.mark(1))
	}
	m = send(m, keys("u")...) // unread again
	if m.store.mark(1).Read || !strings.Contains(lastLine(m.View()), "标为未读") {
		t.Errorf("u: %+v, status %q", m.store.mark(1), lastLine(m.View()))
	}
	m = send(m, keys("uU")...) // read, then hide the read
	if len(m.list.rows) != 3 || m.list.selected() == 1 {
		t.Errorf("U: rows %v", m.list.rows)
	}
	m = send(m, keys("U")...)
	m = send(m, keys("gs")...) // star the first
	if !m.store.mark(0).Star || !strings.Contains(ansi.Strip(m.View()), "★ 高新区村") {
		t.Errorf("s: %+v\n%s", m.store.mark(0), ansi.Strip(m.View()))
	}
	m = send(m, keys("*")...)
	if len(m.list.rows) != 1 || m.list.rows[0] != 0 {
		t.Errorf("*: rows %v", m.list.rows)
	}
	m = send(m, keys("*SS")...) // all again; by source, then by length
	if m.list.order != orderLength || m.store.entries[m.list.rows[0]].chars < m.store.entries[m.list.rows[1]].chars {
		t.Errorf("S: order %v rows %v", m.list.order, m.list.rows)
	}
}

func TestCopyAndSave(t *testing.T) {
	o := testOptions(sampleDoc(t))
	var clip bytes.Buffer
	o.Clipboard = &clip
	m := loaded(New(o))
	m = send(m, sizeMsg(80, 24))
	m = run(m, keys("y")...)
	seq := clip.String()
	if !strings.HasPrefix(seq, "\x1b]52;c;") {
		t.Fatalf("no OSC 52 written: %q", seq)
	}
	text, _ := base64.StdEncoding.DecodeString(strings.TrimSuffix(strings.TrimPrefix(seq, "\x1b]52;c;"), "\a"))
	if !strings.Contains(string(text), "本报讯") || !strings.Contains(string(text), "高新区村（社区）书记") {
		t.Errorf("copied %q", text)
	}
	if !strings.Contains(lastLine(m.View()), "已复制全文") {
		t.Errorf("status %q", lastLine(m.View()))
	}
	clip.Reset()
	m = run(m, keys("Y")...)
	ref, _ := base64.StdEncoding.DecodeString(strings.TrimSuffix(strings.TrimPrefix(clip.String(), "\x1b]52;c;"), "\a"))
	if string(ref) != "高新区村（社区）书记“打擂台”“五星”创建引热潮 — sample" {
		t.Errorf("Y copied %q", ref)
	}

	dir := t.TempDir()
	t.Chdir(dir)
	m = run(m, keys("w")...)
	m = run(m, keys("w")...)
	files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	if len(files) != 2 {
		t.Fatalf("w twice: %v", files)
	}
	data, _ := os.ReadFile(files[0])
	if !strings.HasPrefix(string(data), "*凝神聚力“摘夺创”奋勇争先“亮赛比”*\n\n# 高新区村") || !strings.Contains(string(data), "**本报讯** ") {
		t.Errorf("markdown:\n%s", data)
	}
	if !strings.Contains(lastLine(m.View()), "已存为") {
		t.Errorf("status %q", lastLine(m.View()))
	}
	if _, cmd := m.Update(ime("o")); cmd == nil {
		t.Error("o: no pager command")
	}
}

func TestMarkdownName(t *testing.T) {
	for _, tt := range []struct{ date, title, want string }{
		{"2023-09-18", "城东污水处理厂二期工程通过验收", "2023-09-18-城东污水处理厂二期工程通过验收.md"},
		{"", "a/b: c*d?", "a_b__c_d.md"},
		{"", "../../etc", "etc.md"},
		{"", "\x1b]0;x\a", "]0;x.md"},
		{"", "", "article.md"},
	} {
		if got := markdownName(tt.date, tt.title); got != tt.want {
			t.Errorf("markdownName(%q, %q) = %q, want %q", tt.date, tt.title, got, tt.want)
		}
	}
}

// TestRemembered: an article read and scrolled, then the reader quit,
// shows as read on the next start on the same inputs, the list reopens
// at it, and it opens at the same line.
func TestRemembered(t *testing.T) {
	dir := t.TempDir()
	start := func() Model {
		st, warn, err := state.Open(dir)
		if err != nil || warn != "" {
			t.Fatal(err, warn)
		}
		o := testOptions(sampleDoc(t))
		o.State, o.Session = st, "session"
		m := loaded(New(o))
		return send(m, sizeMsg(80, 24))
	}
	m := start()
	m = send(m, keys("\njjjjjjj")...)
	top, entry := m.detail.top, m.detail.entry
	if top == 0 {
		t.Fatal("did not scroll")
	}
	next, cmd := m.Update(tea.KeyMsg{Type: tea.KeyCtrlC})
	if cmd == nil {
		t.Fatal("no quit")
	}
	if err := next.(Model).store.state.Save(); err != nil {
		t.Fatal(err)
	}
	m = start()
	if m.list.selected() != entry || !m.store.mark(entry).Read {
		t.Fatalf("restarted: selected %d (want %d), mark %+v", m.list.selected(), entry, m.store.mark(entry))
	}
	m = send(m, keys("\n")...)
	if m.detail.top != top {
		t.Errorf("reopened at line %d, want %d", m.detail.top, top)
	}
}

// TestNameFilter: @ and a name, in hanzi or its initials, keeps the
// articles of one person; the names are found by the filter too.
func TestNameFilter(t *testing.T) {
	m := newModel(t, sampleDoc(t))
	m = send(m, sizeMsg(80, 24))
	m = send(m, keys("/")...)
	m = send(m, ime("@方宝岭"))
	if len(m.list.rows) != 1 || m.list.rows[0] != 1 {
		t.Errorf("@方宝岭: rows %v", m.list.rows)
	}
	m = send(m, keys("\x1b/@fbl")...)
	if len(m.list.rows) != 1 {
		t.Errorf("@fbl: rows %v", m.list.rows)
	}
	m = send(m, keys("\x1b/")...)
	m = send(m, ime("李炎"))
	if len(m.list.rows) != 1 || m.list.rows[0] != 3 {
		t.Errorf("李炎 in the plain filter: rows %v", m.list.rows)
	}
}

// TestPinyinSearch: the article search finds pinyin as the filter does.
func TestPinyinSearch(t *testing.T) {
	m := newModel(t, sampleDoc(t))
	m = send(m, sizeMsg(80, 24))
	m = send(m, keys("\n/wx")...) // 五星
	var got []string
	for _, mt := range m.detail.matches {
		rs := []rune(m.detail.blocks[mt.block].Source)
		got = append(got, string(rs[mt.span.Start:mt.span.End]))
	}
	if len(got) < 9 || !slices.Contains(got, "五星") {
		t.Fatalf("wx found %q", got)
	}
	m = send(m, keys("\x1b/wuxing")...)
	if n := len(m.detail.matches); n < 9 {
		t.Errorf("wuxing: %d matches", n)
	}
}
