package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// binPath is the kanbao binary built for TestBinary.
var binPath string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "kanbao-bin")
	if err != nil {
		panic(err)
	}
	binPath = filepath.Join(dir, "kanbao")
	if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

const inputsDir = "../../testdata/inputs"

// runBin runs the real binary with stdin from a string.
func runBin(t *testing.T, stdin string, args ...string) (int, []byte, string) {
	t.Helper()
	return runBinEnv(t, nil, stdin, args...)
}

// runBinEnv is runBin with variables added to the environment.
func runBinEnv(t *testing.T, env []string, stdin string, args ...string) (int, []byte, string) {
	t.Helper()
	cmd := exec.Command(binPath, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, out.Bytes(), errb.String()
}

// articlesOf decodes --json output and keeps the articles without source
// and encoding, to compare parses of one page in different encodings.
func articlesOf(t *testing.T, out []byte) []map[string]any {
	t.Helper()
	var items []map[string]any
	if err := json.Unmarshal(out, &items); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	var arts []map[string]any
	for _, it := range items {
		if it["kind"] == "article" {
			delete(it, "source")
			delete(it, "encoding")
			arts = append(arts, it)
		}
	}
	return arts
}

// assertSafeOutput fails if output holds ESC or a C1 control, raw or
// encoded.
func assertSafeOutput(t *testing.T, out []byte) {
	t.Helper()
	if i := bytes.IndexByte(out, 0x1b); i >= 0 {
		t.Errorf("ESC in stdout at %d: %q", i, out[max(i-20, 0):min(i+20, len(out))])
	}
	for i := 0; i+1 < len(out); i++ {
		if out[i] == 0xC2 && out[i+1] >= 0x80 && out[i+1] <= 0x9F {
			t.Errorf("C1 control U+%04X in stdout", out[i+1])
		}
	}
	for _, r := range string(out) {
		if (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) {
			t.Errorf("bidi control %U in stdout", r)
		}
	}
}

func TestBinary(t *testing.T) {
	in := func(name string) string { return filepath.Join(inputsDir, name) }
	_, utf8Out, _ := runBin(t, "", "--json", samplePath)
	want := articlesOf(t, utf8Out)
	if len(want) != 4 {
		t.Fatalf("sample: %d articles", len(want))
	}
	dir := t.TempDir()
	for name, content := range map[string]string{"2.txt": "本报讯 第二页。\n", "10.txt": "本报讯 第十页。\n", "sub/1.txt": "本报讯 子目录。\n"} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755)
		os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644)
	}
	os.Symlink(dir, filepath.Join(dir, "sub", "loop"))
	page, _ := os.ReadFile(samplePath)
	nulPage := filepath.Join(t.TempDir(), "nul.txt")
	cut := bytes.IndexByte(page[3000:], '\n') + 3000
	os.WriteFile(nulPage, append(append(append([]byte{}, page[:cut]...), 0), page[cut:]...), 0o644)
	utf16Page := filepath.Join(t.TempDir(), "utf16.txt")
	var u16 []byte
	for _, r := range string(page) {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	os.WriteFile(utf16Page, u16, 0o644)
	latin1Page := filepath.Join(t.TempDir(), "latin1.txt")
	os.WriteFile(latin1Page, []byte("Caf\xe9 de la gare\n\nLe caf\xe9 a \xe9t\xe9 r\xe9nov\xe9 cette ann\xe9e.\n"), 0o644)
	hostileName := filepath.Join(dir, "x\x1b]0;PWNED\ay.txt") // missing
	hostileFile := filepath.Join(t.TempDir(), "x\x1b]0;PWNED\az.txt")
	os.WriteFile(hostileFile, []byte("本报讯 一篇。\n"), 0o644)

	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stderr string // exact stderr; "~x" means contains x
		check  func(t *testing.T, out []byte)
	}{
		{"gb18030 parses like utf-8", []string{"--json", in("sample-gb18030.txt")}, "", 0, "", func(t *testing.T, out []byte) {
			if got := articlesOf(t, out); !reflect.DeepEqual(got, want) {
				t.Error("GB18030 copy parses differently")
			}
			if !bytes.Contains(out, []byte(`"encoding":"gb18030"`)) {
				t.Error("encoding not reported")
			}
		}},
		{"utf-16le with BOM", []string{"--json", in("sample-utf16le.txt")}, "", 0, "", func(t *testing.T, out []byte) {
			if !reflect.DeepEqual(articlesOf(t, out), want) {
				t.Error("UTF-16LE copy parses differently")
			}
		}},
		{"utf-16be with BOM", []string{"--json", in("sample-utf16be.txt")}, "", 0, "", func(t *testing.T, out []byte) {
			if !reflect.DeepEqual(articlesOf(t, out), want) {
				t.Error("UTF-16BE copy parses differently")
			}
		}},
		{"big5", []string{"--json", in("big5.txt")}, "", 0, "", func(t *testing.T, out []byte) {
			if !bytes.Contains(out, []byte(`"title":"地鐵三號線全線貫通"`)) || !bytes.Contains(out, []byte(`"encoding":"big5"`)) {
				t.Errorf("big5: %s", out)
			}
		}},
		{"forced encoding", []string{"--json", "--encoding", "gbk", in("sample-gb18030.txt")}, "", 0, "", func(t *testing.T, out []byte) {
			if !reflect.DeepEqual(articlesOf(t, out), want) {
				t.Error("--encoding gbk parses differently")
			}
		}},
		{"a broken pdf", []string{"--json", in("fake.pdf")}, "", 1, "kanbao: " + in("fake.pdf") + ": not a readable PDF (damaged or truncated)\n", nil},
		{"png", []string{"--json", in("image.png")}, "", 1, "kanbao: " + in("image.png") + ": not a text file (looks like PNG image)\n", nil},
		{"hostile json", []string{"--json", in("hostile.txt")}, "", 0, "~invalid UTF-8", func(t *testing.T, out []byte) {
			for _, s := range []string{"␛]52;c;SGVsbG8=␇", "␛[2J", "␛[31m", `"title":"高新区␛]52;c;SGVsbG8=␇举办读书节"`, `"escapes":7`, `"bidi":2`} {
				if !bytes.Contains(out, []byte(s)) {
					t.Errorf("output lacks %q", s)
				}
			}
		}},
		{"hostile plain", []string{"--plain", in("hostile.txt")}, "", 0, "~invalid UTF-8", func(t *testing.T, out []byte) {
			if !bytes.Contains(out, []byte("␛]0;PWNED␇")) {
				t.Error("title-setting sequence not shown as text")
			}
		}},
		{"empty file", []string{"--json", in("empty.txt")}, "", 0, "kanbao: " + in("empty.txt") + ": empty (no text)\n", nil},
		{"whitespace only", []string{"--json", in("blank.txt")}, "", 0, "kanbao: " + in("blank.txt") + ": empty (no text)\n", nil},
		{"no article", []string{"--json", in("noarticle.txt")}, "", 0, "kanbao: " + in("noarticle.txt") + ": no article recognised (3 other text items)\n", nil},
		{"missing", []string{"--json", in("nope.txt")}, "", 1, "kanbao: " + in("nope.txt") + ": no such file or directory\n", nil},
		{"one bad input, others shown", []string{"--json", in("fake.pdf"), samplePath, in("nope.txt")}, "", 1,
			"kanbao: " + in("fake.pdf") + ": not a readable PDF (damaged or truncated)\nkanbao: " + in("nope.txt") + ": no such file or directory\n",
			func(t *testing.T, out []byte) {
				if n := len(articlesOf(t, out)); n != 4 {
					t.Errorf("%d articles from the good input, want 4", n)
				}
			}},
		{"too large", []string{"--json", "--max-size", "1K", samplePath}, "", 1, "kanbao: " + samplePath + ": too large (9.7 KiB; the limit is 1.0 KiB, see --max-size)\n", nil},
		{"folder: natural order, loops reported", []string{"--json", dir}, "", 1, "kanbao: " + filepath.Join(dir, "sub", "loop") + ": symbolic link loop, skipped\n", func(t *testing.T, out []byte) {
			a, b, c := bytes.Index(out, []byte("第二页")), bytes.Index(out, []byte("第十页")), bytes.Index(out, []byte("子目录"))
			if !(a >= 0 && a < b && b < c) {
				t.Errorf("order: 2.txt %d, 10.txt %d, sub/1.txt %d", a, b, c)
			}
		}},
		{"stdin", []string{"--json", "-"}, "本报讯 来自标准输入。\n", 0, "", func(t *testing.T, out []byte) {
			if !bytes.Contains(out, []byte(`"source":"-"`)) {
				t.Error("stdin source not named -")
			}
		}},
		{"usage error", []string{"--width", "-3"}, "", 2, "~invalid --width", nil},
		{"flags after the path", []string{samplePath, "--json"}, "", 0, "", func(t *testing.T, out []byte) {
			if len(articlesOf(t, out)) != 4 {
				t.Error("flags after the path were not taken")
			}
		}},
		{"-- ends the flags", []string{"--json", "--", "--plain"}, "", 1, "kanbao: --plain: no such file or directory\n", nil},
		{"unknown flag", []string{"--bogus"}, "", 2, "kanbao: unknown flag --bogus\nrun 'kanbao --help' for usage\n", nil},
		{"width 1", []string{"--plain", "--width", "1", samplePath}, "", 2, "~want a number from 2 to 10000", nil},
		{"max size that overflows", []string{"--json", "--max-size", "9223372036854775807", samplePath}, "", 2, "~too large (at most 1T)", nil},
		{"max size in KB", []string{"--json", "--max-size", "1KB", samplePath}, "", 1, "~the limit is 1.0 KiB", nil},
		{"utf-8 with a NUL", []string{"--json", nulPage}, "", 0, "~1 NUL bytes shown as ␀", func(t *testing.T, out []byte) {
			if len(articlesOf(t, out)) != 4 {
				t.Error("a page with a NUL lost its articles")
			}
		}},
		{"utf-16 without BOM", []string{"--json", utf16Page}, "", 0, "", func(t *testing.T, out []byte) {
			if !reflect.DeepEqual(articlesOf(t, out), want) || !bytes.Contains(out, []byte(`"encoding":"utf-16le"`)) {
				t.Error("UTF-16LE without a BOM parses differently")
			}
		}},
		{"latin-1", []string{"--json", latin1Page}, "", 0, "~decoded as Windows-1252", func(t *testing.T, out []byte) {
			if !bytes.Contains(out, []byte("Café")) {
				t.Errorf("Latin-1 not decoded: %s", out)
			}
		}},
		{"traditional byline", []string{"--json", in("traditional-byline.txt")}, "", 0, "", func(t *testing.T, out []byte) {
			if !bytes.Contains(out, []byte(`"reporters":["陳國華"]`)) || bytes.Contains(out, []byte(`"記者 陳國華"]`)) {
				t.Errorf("記者 陳國華 not read as the byline: %s", out)
			}
		}},
		{"failed inputs in the json", []string{"--json", in("image.png"), in("nope.txt")}, "", 1, "~nope.txt", func(t *testing.T, out []byte) {
			for _, s := range []string{`"error":"not a text file (looks like PNG image)"`, `"error":"no such file or directory"`} {
				if !bytes.Contains(out, []byte(s)) {
					t.Errorf("output lacks %s", s)
				}
			}
		}},
		{"escape sequences in a file name", []string{"--plain", "--width", "40", hostileName, samplePath}, "", 1,
			"kanbao: " + dir + "/x␛]0;PWNED␇y.txt: no such file or directory\n", nil},
		{"escape sequences in a file name, plain header", []string{"--plain", hostileFile, samplePath}, "", 0, "", func(t *testing.T, out []byte) {
			if !bytes.Contains(out, []byte("x␛]0;PWNED␇z.txt")) {
				t.Errorf("the name is not shown with control pictures:\n%.300s", out)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runBin(t, tt.stdin, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, errs)
			}
			if want, ok := strings.CutPrefix(tt.stderr, "~"); ok {
				if !strings.Contains(errs, want) {
					t.Errorf("stderr %q lacks %q", errs, want)
				}
			} else if errs != tt.stderr {
				t.Errorf("stderr %q, want %q", errs, tt.stderr)
			}
			assertSafeOutput(t, out)
			assertSafeOutput(t, []byte(errs))
			if tt.check != nil {
				tt.check(t, out)
			}
		})
	}
}

// TestPDFWithoutTool: without pdftohtml a PDF is an input that cannot be
// read, said with the package to install; the other inputs are shown.
func TestPDFWithoutTool(t *testing.T) {
	pdf, err := filepath.Abs("../../testdata/corpus/pdf/pages/pdf-001.pdf")
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := runBinEnv(t, []string{"PATH=" + t.TempDir()}, "", "--json", pdf, samplePath)
	if code != 1 || errs != "kanbao: "+pdf+": reading PDFs needs pdftohtml (apt install poppler-utils)\n" {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if n := len(articlesOf(t, out)); n != 4 {
		t.Errorf("%d articles from the text input, want 4", n)
	}
}
