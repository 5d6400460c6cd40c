package load

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kanbao/kanbao/parse"
)

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func paths(ins []Input) []string {
	var out []string
	for _, in := range ins {
		s := in.Path
		if in.Err != nil {
			s += ": " + in.Err.Error()
		}
		out = append(out, s)
	}
	return out
}

func TestNaturalLess(t *testing.T) {
	names := []string{"10.txt", "2.txt", "1.txt", "page10", "page9", "a", "B", "02.txt", "page09"}
	slices.SortFunc(names, cmpNatural)
	want := []string{"1.txt", "2.txt", "02.txt", "10.txt", "B", "a", "page9", "page09", "page10"}
	if !slices.Equal(names, want) {
		t.Errorf("natural order = %q, want %q", names, want)
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"10.txt", "2.txt", "notes.md", "sub/1.txt", "sub/deeper/3.txt", ".hidden/x.txt"} {
		write(t, filepath.Join(dir, f), "本报讯 测试。\n")
	}
	if err := os.Symlink(dir, filepath.Join(dir, "sub", "loop")); err != nil {
		t.Fatal(err)
	}
	got := paths(Expand([]string{dir, filepath.Join(dir, "missing.txt"), "-"}, ""))
	want := []string{
		filepath.Join(dir, "2.txt"), filepath.Join(dir, "10.txt"),
		filepath.Join(dir, "sub", "1.txt"), filepath.Join(dir, "sub", "deeper", "3.txt"),
		filepath.Join(dir, "sub", "loop") + ": symbolic link loop, skipped",
		filepath.Join(dir, "missing.txt") + ": no such file or directory",
		"-",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Expand =\n%q\nwant\n%q", got, want)
	}
	if got := paths(Expand([]string{dir}, "*.md")); !slices.Equal(got, []string{filepath.Join(dir, "notes.md"), want[4]}) {
		t.Errorf("Expand with --glob *.md = %q", got)
	}
	empty := t.TempDir()
	if got := paths(Expand([]string{empty}, "")); len(got) != 1 || !strings.Contains(got[0], "no files matching *.txt") {
		t.Errorf("empty folder = %q", got)
	}
}

func TestUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads everything")
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "locked", "a.txt"), "x")
	os.Chmod(filepath.Join(dir, "locked"), 0)
	defer os.Chmod(filepath.Join(dir, "locked"), 0o755)
	got := paths(Expand([]string{dir}, ""))
	if len(got) != 1 || !strings.HasSuffix(got[0], "permission denied") {
		t.Errorf("Expand = %q", got)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "big.txt"), strings.Repeat("高", 400))
	write(t, filepath.Join(dir, "doc.pdf.txt"), "%PDF-1.4\n...")
	tests := []struct {
		name string
		in   Input
		opts Options
		want string
	}{
		{"too large", Input{Path: filepath.Join(dir, "big.txt")}, Options{MaxSize: 1000}, "too large (1.2 KiB; the limit is 1000 bytes, see --max-size)"},
		{"a broken pdf", Input{Path: filepath.Join(dir, "doc.pdf.txt")}, Options{}, "not a readable PDF (damaged or truncated)"},
		{"missing", Input{Path: filepath.Join(dir, "nope.txt")}, Options{}, "no such file or directory"},
		{"a folder", Input{Path: dir}, Options{}, "is a folder"},
		{"stdin too large", Input{Path: Stdin}, Options{MaxSize: 10, Stdin: strings.NewReader(strings.Repeat("x", 20))}, "too large (over 10 bytes; see --max-size)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Load(tt.in, tt.opts)
			if d.Err == nil || d.Err.Error() != tt.want {
				t.Errorf("Load error = %v, want %q", d.Err, tt.want)
			}
		})
	}
}

// TestStreamOrder: documents come out in input order however the workers
// finish, and a failed input keeps its place.
func TestStreamOrder(t *testing.T) {
	dir := t.TempDir()
	var ins []Input
	for i := range 40 {
		p := filepath.Join(dir, string(rune('A'+i%26))+strings.Repeat("x", i)+".txt")
		write(t, p, strings.Repeat("本报讯 第一段。\n", 1+i*(i%5)))
		ins = append(ins, Input{Path: p})
	}
	ins = append(ins[:10], append([]Input{{Path: filepath.Join(dir, "missing")}}, ins[10:]...)...)
	var got []string
	for d := range Stream(context.Background(), ins, Options{Workers: 4}) {
		got = append(got, d.Source)
	}
	if !slices.Equal(got, paths(ins)) {
		t.Errorf("Stream order differs from input order")
	}
}

// FuzzLoad: any bytes load without panic; what comes out is valid UTF-8
// with no control characters, and no printable character of the decoded
// input is lost.
func FuzzLoad(f *testing.F) {
	f.Add([]byte("本报讯 记者 孙庆辉\n标题\x1b]52;c;SGVsbG8=\x07\n正文\u202e内容。\f第二页\r\n"))
	f.Add([]byte("\xef\xbb\xbf\xb1\xbe\xb1\xa8\xd1\xb6"))
	f.Add([]byte("\xff\xfe\x2c\x67\xa5\x62"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d := FromBytes("fuzz", data, "")
		if d.Err != nil {
			return // refused as binary: reported, nothing shown
		}
		var out strings.Builder
		for i := range d.Pages {
			for _, s := range pageStrings(&d.Pages[i]) {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 out: %q", s)
				}
				for _, r := range s {
					if (r < 0x20 && r != '\n') || (r >= 0x7f && r <= 0x9f) {
						t.Fatalf("control %U out: %q", r, s)
					}
				}
				out.WriteString(s)
			}
		}
		// every printable non-space character of the input survives (the
		// sanitizer's pictures stand in for controls and are counted)
		count := map[rune]int{}
		for _, r := range string(data) {
			if unicode.IsPrint(r) && !unicode.IsSpace(r) && r != utf8.RuneError && r != 0xFEFF {
				count[r]++
			}
		}
		if d.Encoding != "utf-8" {
			return // other encodings: the characters are different runes
		}
		for _, r := range out.String() {
			count[r]--
		}
		for r, n := range count {
			if n > 0 {
				t.Fatalf("lost %q (%d)", r, n)
			}
		}
	})
}

func pageStrings(p *parse.Page) []string {
	out := append(append([]string(nil), p.Furniture...), p.Other...)
	for i := range p.Articles {
		a := &p.Articles[i]
		out = append(out, a.Headlines...)
		out = append(out, a.Lead, a.Byline.Raw)
		out = append(out, a.Paragraphs...)
		out = append(out, a.Captions...)
	}
	return out
}
