package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kanbao/kanbao/tui/text"
)

var update = flag.Bool("update", false, "rewrite the golden files")

const (
	samplePath = "../../testdata/pages/gaoxin-2022-06.txt"
	goldenDir  = "../../testdata/golden"
)

// runArgs runs the command in-process and returns its status and outputs.
func runArgs(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }})
	return code, out.String(), errb.String()
}

// TestPlainGolden: the sample as --plain at widths 10, 20, 40 and 80 in
// both ambiguous modes, compared with testdata/golden; no line is wider
// than asked, by the width oracle of the mode.
func TestPlainGolden(t *testing.T) {
	for _, mode := range []string{"narrow", "wide"} {
		amb, _ := text.ParseAmbiguous(mode)
		o := text.NewOracle(amb)
		for _, w := range []int{10, 20, 40, 80} {
			name := fmt.Sprintf("plain-%s-%d", mode, w)
			t.Run(name, func(t *testing.T) {
				code, out, errs := runArgs(t, "", "--plain", "--width", fmt.Sprint(w), "--ambiguous", mode, samplePath)
				if code != 0 || errs != "" {
					t.Fatalf("exit %d, stderr %q", code, errs)
				}
				for i, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
					if lw := o.StringWidth(l); lw > w {
						t.Errorf("line %d %q is %d cells wide, over %d", i+1, l, lw, w)
					}
				}
				golden(t, name+".golden", out)
			})
		}
	}
}

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join(goldenDir, name)
	if *update {
		if err := os.MkdirAll(goldenDir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (regenerate with: go test ./cmd/kanbao -run %s -update)", err, t.Name())
	}
	if string(want) != got {
		t.Errorf("output differs from %s (regenerate with: go test ./cmd/kanbao -run %s -update)\n%s", path, t.Name(), firstDiff(string(want), got))
	}
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n want %q\n  got %q", i+1, w, g)
		}
	}
	return ""
}

// TestJSONSchema: --json is one array of objects with a kind; articles
// carry the documented fields; the sample's four articles come in order.
func TestJSONSchema(t *testing.T) {
	code, out, errs := runArgs(t, "", "--json", samplePath)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var items []map[string]any
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatalf("output is not a JSON array: %v", err)
	}
	var titles []string
	for _, it := range items {
		switch it["kind"] {
		case "article":
			for _, f := range []string{"source", "encoding", "page", "title", "headlines", "main", "kicker", "subtitle", "lead", "paragraphs", "byline", "captions"} {
				if _, ok := it[f]; !ok {
					t.Errorf("article lacks %q", f)
				}
			}
			by := it["byline"].(map[string]any)
			for _, f := range []string{"raw", "reporters", "correspondents", "credits"} {
				if _, ok := by[f]; !ok {
					t.Errorf("byline lacks %q", f)
				}
			}
			titles = append(titles, it["title"].(string))
		case "source":
			if it["encoding"] != "utf-8" || it["pages"] != 1.0 || it["articles"] != 4.0 {
				t.Errorf("source object = %v", it)
			}
			if ps, ok := it["paragraphs"].([]any); !ok || len(ps) != 0 {
				t.Errorf("source object paragraphs = %v, want []", it["paragraphs"])
			}
		case "page":
		default:
			t.Errorf("unknown kind %v", it["kind"])
		}
	}
	want := []string{"高新区村（社区）书记“打擂台”“五星”创建引热潮", "高新区与病毒赛跑 硬核守护家园",
		"打造区域协同创新发展新典范 助推区域高质量发展", "把民生工程打造成为民心工程、满意工程"}
	if strings.Join(titles, "|") != strings.Join(want, "|") {
		t.Errorf("titles = %q, want %q", titles, want)
	}
}

// TestUsage: usage errors exit 2 with one clear line; help and version 0.
func TestUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		err  string
		out  string
	}{
		{"unknown flag", []string{"--frobnicate"}, 2, "kanbao: unknown flag --frobnicate\nrun 'kanbao --help' for usage\n", ""},
		{"unknown flag after a path", []string{samplePath, "-x"}, 2, "kanbao: unknown flag --x\n", ""},
		{"missing value", []string{"--width"}, 2, "kanbao: --width needs a value\n", ""},
		{"bad boolean", []string{"--json=maybe"}, 2, `invalid boolean value "maybe" for --json`, ""},
		{"width 1 loses text", []string{"--plain", "--width", "1"}, 2, `invalid --width "1" (want a number from 2 to 10000)`, ""},
		{"max size overflows", []string{"--max-size", "9223372036854775807"}, 2, "too large", ""},
		{"max size overflows with a unit", []string{"--max-size", "9999999999G"}, 2, "too large", ""},
		{"max size zero", []string{"--max-size", "0"}, 2, "must be positive", ""},
		{"flags after the path", []string{samplePath, "--json"}, 0, "", `"kind":"article"`},
		{"flags between paths", []string{samplePath, "--plain", "--width", "40", samplePath}, 0, "", "══ "},
		{"-- ends the flags", []string{"--json", "--", "--plain"}, 1, "kanbao: --plain: no such file or directory", `"error":"no such file or directory"`},
		{"bad width", []string{"--plain", "--width", "0"}, 2, `kanbao: invalid --width "0"`, ""},
		{"width not a number", []string{"--plain", "--width", "wide"}, 2, `invalid --width "wide"`, ""},
		{"json and plain", []string{"--json", "--plain"}, 2, "exclude each other", ""},
		{"bad encoding", []string{"--encoding", "ebcdic"}, 2, `unknown encoding "ebcdic"`, ""},
		{"bad ambiguous", []string{"--ambiguous", "medium"}, 2, "invalid --ambiguous", ""},
		{"bad max size", []string{"--max-size", "lots"}, 2, "invalid --max-size", ""},
		{"help", []string{"--help"}, 0, "", "usage: kanbao"},
		{"short help", []string{"-h"}, 0, "", "usage: kanbao"},
		{"version", []string{"--version"}, 0, "", "kanbao "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runArgs(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, errs)
			}
			if !strings.Contains(errs, tt.err) {
				t.Errorf("stderr %q lacks %q", errs, tt.err)
			}
			if !strings.Contains(out, tt.out) {
				t.Errorf("stdout %q lacks %q", out, tt.out)
			}
		})
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		err  bool
	}{
		{"100", 100, false}, {"100B", 100, false}, {"1K", 1 << 10, false}, {"1KB", 1 << 10, false},
		{"1kib", 1 << 10, false}, {"64M", 64 << 20, false}, {"64 MB", 64 << 20, false}, {"2GiB", 2 << 30, false},
		{"1024G", 1 << 40, false}, {"1025G", 0, true}, {"9223372036854775807", 0, true},
		{"99999999999999999999", 0, true}, {"-1M", 0, true}, {"0", 0, true}, {"lots", 0, true}, {"1.5M", 0, true},
	}
	for _, tt := range tests {
		got, err := parseSize(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d, error %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

// TestStdin: "-" and a piped standard input are read; the source is "-".
func TestStdin(t *testing.T) {
	page, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"--json", "-"}, {"--json"}} {
		code, out, errs := runArgs(t, string(page), args...)
		if code != 0 || errs != "" {
			t.Fatalf("%v: exit %d, stderr %q", args, code, errs)
		}
		if !strings.Contains(out, `"source":"-"`) || strings.Count(out, `"kind":"article"`) != 4 {
			t.Errorf("%v: output lacks the 4 articles from -", args)
		}
	}
}

// TestPlainWide30: --plain --width 30 --ambiguous wide has no line wider
// than 30 cells when “ ” count as two.
func TestPlainWide30(t *testing.T) {
	code, out, errs := runArgs(t, "", "--plain", "--width", "30", "--ambiguous", "wide", samplePath)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	o := text.NewOracle(text.AmbiguousWide)
	for i, l := range strings.Split(out, "\n") {
		if w := o.StringWidth(l); w > 30 {
			t.Errorf("line %d %q is %d cells", i+1, l, w)
		}
	}
}
