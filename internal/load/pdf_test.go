package load

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/go-pdf/fpdf"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/kanbao/kanbao/internal/truth"
	"github.com/kanbao/kanbao/parse"
)

const corpusDir = "../../testdata/corpus/pdf" // the first set, for the benchmark

// needTool skips a test that runs pdftohtml where it is not installed,
// except in CI, which installs it: there a missing tool fails.
func needTool(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath(PDFTool); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not installed (CI installs poppler-utils)", PDFTool)
		}
		t.Skipf("%s is not installed (apt install poppler-utils)", PDFTool)
	}
}

var updatePDFScores = flag.Bool("update-scores", false, "rewrite testdata/corpus/pdf-scores.txt with the current per-page results")

// minPDFArticlePct: articles of the typeset corpus fully right when read
// from the PDFs' geometry, at least.
const minPDFArticlePct = 95

const pdfScoresFile = "../../testdata/corpus/pdf-scores.txt"

// pdfSets are the PDF corpora, each typeset by its own engine: fpdf
// placing lines or glyphs, and Chromium printing HTML.
var pdfSets = []struct{ name, dir string }{
	{"pdf", "../../testdata/corpus/pdf"},
	{"html", "../../testdata/corpus/html"},
	{"pdf-ordered", "../../testdata/corpus/pdf-ordered"},
}

// TestPDFCorpus reads every PDF of the corpora through pdftohtml and the
// geometry parser and judges it against the truth of its typesetting:
// a floor for each set, a recorded score for each page, and no printed
// character lost.
func TestPDFCorpus(t *testing.T) {
	needTool(t)
	recorded, err := truth.ReadScores(pdfScoresFile)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, set := range pdfSets {
		files, _ := filepath.Glob(filepath.Join(set.dir, "pages", "*.pdf"))
		if len(files) < 10 {
			t.Fatalf("%s: %d PDFs", set.name, len(files))
		}
		total, good := 0, 0
		for _, f := range files {
			name := strings.TrimSuffix(filepath.Base(f), ".pdf")
			want, err := truth.Read(filepath.Join(set.dir, "truth", name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			d := Load(Input{Path: f}, Options{})
			if d.Err != nil {
				t.Errorf("%s: %v", name, d.Err)
				continue
			}
			var got []truth.Article
			for _, p := range d.Pages {
				for _, a := range p.Articles {
					got = append(got, truth.Article{Headlines: a.Headlines, Title: a.Title(), Lead: a.Lead, Paragraphs: a.Paragraphs,
						Reporters: a.Byline.Reporters, Correspondents: a.Byline.Correspondents})
				}
			}
			problems := truth.Judge(want.Articles, got)
			for _, p := range problems {
				t.Logf("%s: %s", name, p)
			}
			ok := len(want.Articles) - truth.Wrong(problems)
			total += len(want.Articles)
			good += ok
			key := set.name + "/" + name
			lines = append(lines, fmt.Sprintf("%s %d/%d", key, ok, len(want.Articles)))
			if was, seen := recorded[key]; seen && ok < was && !*updatePDFScores {
				t.Errorf("%s: %d of %d articles right, was %d (go test ./internal/load -run TestPDFCorpus -update-scores takes a new score in)", key, ok, len(want.Articles), was)
			}
			if lost := lostChars(want.Strings(), d.Pages); lost != "" {
				t.Errorf("%s: characters lost: %s", name, lost)
			}
		}
		pct := 100 * good / max(total, 1)
		t.Logf("PDF set %s: %d of %d articles right (%d%%), floor %d%%", set.name, good, total, pct, minPDFArticlePct)
		if pct < minPDFArticlePct {
			t.Errorf("PDF set %s: %d%% of articles right, want at least %d%%", set.name, pct, minPDFArticlePct)
		}
	}
	if *updatePDFScores {
		if err := truth.WriteScores(pdfScoresFile, "go test ./internal/load -run TestPDFCorpus -update-scores", lines); err != nil {
			t.Fatal(err)
		}
	}
}

// lostChars lists the non-space characters of want that no string of the
// pages holds (as multisets), "" when none.
func lostChars(want []string, pages []parse.Page) string {
	count := map[rune]int{}
	for _, s := range want {
		for _, r := range s {
			if !unicode.IsSpace(r) {
				count[r]++
			}
		}
	}
	for i := range pages {
		for _, s := range pageStrings(&pages[i]) {
			for _, r := range s {
				count[r]--
			}
		}
	}
	var b strings.Builder
	for r, n := range count {
		if n > 0 {
			fmt.Fprintf(&b, "%c×%d ", r, n)
		}
	}
	return b.String()
}

// testPDF writes a small PDF made with the core fonts: text drawn
// visibly, invisibly (an OCR layer over a scan), or none; optionally
// protected with a user password.
func testPDF(t *testing.T, dir, name, text string, invisible, password bool) string {
	t.Helper()
	pdf := fpdf.New("P", "pt", "A4", "")
	if password {
		pdf.SetProtection(fpdf.CnProtectPrint, "secret", "owner")
	}
	pdf.AddPage()
	pdf.SetFillColor(180, 180, 180)
	pdf.Rect(40, 40, 500, 300, "F") // the "scan"
	pdf.SetFont("Helvetica", "", 10)
	if text != "" {
		if invisible {
			pdf.RawWriteStr("3 Tr\n") // text render mode 3: neither filled nor stroked
		}
		y := 60.0
		for _, l := range strings.Split(text, "\n") {
			pdf.Text(50, y, l)
			y += 15
		}
	}
	path := filepath.Join(dir, name)
	if err := pdf.OutputFileAndClose(path); err != nil {
		t.Fatal(err)
	}
	return path
}

const latinPage = "Town opens new library\n\nThe new library opened on Monday with\nten thousand books and a reading room\nfor children."

func TestPDFInputs(t *testing.T) {
	needTool(t)
	dir := t.TempDir()
	visible := testPDF(t, dir, "visible.pdf", latinPage, false, false)
	ocr := testPDF(t, dir, "ocr.pdf", latinPage, true, false)
	blank := testPDF(t, dir, "scan.pdf", "", false, false)
	locked := testPDF(t, dir, "locked.pdf", latinPage, false, true)
	dashed := filepath.Join(dir, "-stdout.pdf")
	data, _ := os.ReadFile(visible)
	os.WriteFile(dashed, data, 0o644)
	broken := filepath.Join(dir, "broken.pdf")
	os.WriteFile(broken, data[:len(data)/3], 0o644)
	garbage := filepath.Join(dir, "garbage.pdf")
	os.WriteFile(garbage, []byte("%PDF-1.7\nthis is not a PDF at all\n"), 0o644)

	hasText := func(d Doc) bool {
		for _, p := range d.Pages {
			for _, s := range append(p.Furniture, p.Other...) {
				if strings.Contains(s, "library") {
					return true
				}
			}
			for _, a := range p.Articles {
				if strings.Contains(strings.Join(append(a.Headlines, a.Paragraphs...), " "), "library") {
					return true
				}
			}
		}
		return false
	}
	tests := []struct {
		name string
		doc  func() Doc
		err  error  // errors.Is
		msg  string // the error's text contains
		text bool   // the page's text is read
	}{
		{"visible text", func() Doc { return Load(Input{Path: visible}, Options{}) }, nil, "", true},
		{"OCR layer of a scan", func() Doc { return Load(Input{Path: ocr}, Options{}) }, nil, "", true},
		{"a scan without text", func() Doc { return Load(Input{Path: blank}, Options{}) }, ErrNoTextLayer, "no text layer", false},
		{"encrypted", func() Doc { return Load(Input{Path: locked}, Options{}) }, ErrEncrypted, "encrypted", false},
		{"a file named like an option", func() Doc { return Load(Input{Path: dashed}, Options{}) }, nil, "", true},
		{"truncated", func() Doc { return Load(Input{Path: broken}, Options{}) }, nil, "", false},
		{"not really a PDF", func() Doc { return Load(Input{Path: garbage}, Options{}) }, nil, "", false},
		{"from standard input", func() Doc {
			return Load(Input{Path: Stdin}, Options{Stdin: bytes.NewReader(data)})
		}, nil, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.doc()
			switch {
			case tt.err != nil && !errors.Is(d.Err, tt.err):
				t.Fatalf("error %v, want %v", d.Err, tt.err)
			case tt.msg != "" && (d.Err == nil || !strings.Contains(d.Err.Error(), tt.msg)):
				t.Fatalf("error %v, want one saying %q", d.Err, tt.msg)
			case tt.text && (d.Err != nil || !hasText(d)):
				t.Fatalf("text not read: err %v, pages %+v", d.Err, d.Pages)
			case !tt.text && d.Err == nil:
				t.Fatalf("no error for a PDF without readable text: %+v", d.Pages)
			}
			if tt.text && d.Format != "pdf" {
				t.Errorf("format %q, want pdf", d.Format)
			}
		})
	}
	// nothing was written beside the inputs
	entries, _ := os.ReadDir(dir)
	if len(entries) != 7 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("the folder holds %q: the extractor wrote files", names)
	}
}

// TestMultiPagePDF: every page of a PDF is a page of the document,
// named by its own header.
func TestMultiPagePDF(t *testing.T) {
	needTool(t)
	pdf := fpdf.New("P", "pt", "A4", "")
	pdf.SetFont("Helvetica", "", 10)
	for i, label := range []string{"2024-03-05 A1", "2024-03-06 A2", "2024-03-07 B3"} {
		pdf.AddPage()
		pdf.Text(450, 40, label)
		pdf.SetFont("Helvetica", "", 20)
		pdf.Text(50, 80, fmt.Sprintf("Page %d title", i+1))
		pdf.SetFont("Helvetica", "", 10)
		for l := range 6 {
			pdf.Text(50, 110+float64(l)*14, fmt.Sprintf("Line %d of the text on page %d, long enough to be body.", l+1, i+1))
		}
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	d := FromBytes("three.pdf", buf.Bytes(), "")
	if d.Err != nil || len(d.Pages) != 3 {
		t.Fatalf("%d pages, %v", len(d.Pages), d.Err)
	}
	for i, p := range d.Pages {
		if p.Number != i+1 || p.Label != []string{"A1", "A2", "B3"}[i] || p.Date != fmt.Sprintf("2024-03-0%d", 5+i) || p.Width != 595 {
			t.Errorf("page %d: number %d, label %q, date %q, width %v", i, p.Number, p.Label, p.Date, p.Width)
		}
	}
}

// TestNoPDFTool: without pdftohtml on PATH, a PDF is refused with the
// package to install.
func TestNoPDFTool(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	d := FromBytes("x.pdf", []byte("%PDF-1.4\n"), "")
	if !errors.Is(d.Err, ErrNoPDFTool) || !strings.Contains(d.Err.Error(), "apt install poppler-utils") {
		t.Fatalf("error %v", d.Err)
	}
}

func TestParsePDFXML(t *testing.T) {
	const x = `<?xml version="1.0" encoding="UTF-8"?>
<pdf2xml producer="poppler" version="22.12.0">
<page number="1" position="absolute" top="0" left="0" height="842" width="595">
	<fontspec id="0" size="9" family="utf8song" color="#000000"/>
	<fontspec id="1" size="20" family="utf8hei" color="#000000"/>
<text top="33" left="36" width="94" height="24" font="1"><b>高新</b>时报</text>
<text top="60" left="36" width="50" height="9" font="0">A&amp;B ⼈民</text>
</page>
</pdf2xml>`
	pages, err := parsePDFXML([]byte(x))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 1 || pages[0].Width != 595 || pages[0].Height != 842 || len(pages[0].Runs) != 2 {
		t.Fatalf("pages %+v", pages)
	}
	r0, r1 := pages[0].Runs[0], pages[0].Runs[1]
	if r0.Text != "高新时报" || r0.Size != 20 || r0.Font != "utf8hei" || r0.Box != (parse.Box{X: 36, Y: 33, W: 94, H: 24}) {
		t.Errorf("run 0 %+v", r0)
	}
	// entities decoded, the Kangxi radical ⼈ (U+2F08) read as 人
	if r1.Text != "A&B 人民" || r1.Size != 9 {
		t.Errorf("run 1 %+v", r1)
	}
}

func TestNormalizeRadicals(t *testing.T) {
	for in, want := range map[string]string{"⼈⺠⽇报": "人⺠日报", "人民日报": "人民日报", "⼀⼆": "一二", "": ""} {
		if got := normalizeRadicals(in); got != want {
			t.Errorf("normalizeRadicals(%q) = %q, want %q", in, got, want)
		}
	}
}

// BenchmarkPDFPage parses the corpus pages from their extracted geometry
// (parse), and, as a second case, reads them whole: pdftohtml run as a
// subprocess, its XML read, the page parsed.
func BenchmarkPDFPage(b *testing.B) {
	if _, err := exec.LookPath(PDFTool); err != nil {
		b.Skip("no pdftohtml")
	}
	files, _ := filepath.Glob(filepath.Join(corpusDir, "pages", "*.pdf"))
	var geoms []parse.PageGeometry
	for _, f := range files {
		g, err := extractPDF(context.Background(), f, nil)
		if err != nil {
			b.Fatal(err)
		}
		geoms = append(geoms, g...)
	}
	b.Run("parse", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, g := range geoms {
				if len(parse.ParseGeometry(g).Articles) == 0 {
					b.Fatal("no article")
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(geoms)), "µs/page")
	})
	b.Run("extract+parse", func(b *testing.B) {
		for b.Loop() {
			for _, f := range files[:8] {
				if d := Load(Input{Path: f}, Options{}); d.Err != nil || d.Articles() == 0 {
					b.Fatalf("%s: %v", f, d.Err)
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*8), "ms/page")
	})
}

// gbkPDF is a PDF whose text is in a CID font that is not embedded and
// has no ToUnicode map: STSong-Light in the GBK-EUC-H encoding, as older
// Chinese PDFs are made. Its text is found through the Adobe-GB1 CMaps
// of poppler-data.
func gbkPDF(text string) []byte {
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String(text)
	content := fmt.Sprintf("BT /F1 12 Tf 72 720 Td <%x> Tj ET", gbk)
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /GBK-EUC-H /DescendantFonts [6 0 R] >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>",
		"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	var offs []int
	for i, o := range objs {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

func TestGBKFontWithoutToUnicode(t *testing.T) {
	needTool(t)
	d := FromBytes("gbk.pdf", gbkPDF("本报讯 高新区举办读书节"), "")
	if d.Err != nil {
		t.Fatal(d.Err)
	}
	var all []string
	for _, p := range d.Pages {
		all = append(all, p.Furniture...)
		all = append(all, p.Other...)
		for _, a := range p.Articles {
			all = append(all, a.Lead)
			all = append(all, a.Paragraphs...)
		}
	}
	if got := truth.Nows(strings.Join(all, "")); got != "本报讯高新区举办读书节" {
		t.Errorf("text %q (is poppler-data installed?)", got)
	}
}
