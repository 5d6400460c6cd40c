package load

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/kanbao/kanbao/internal/decode"
	"github.com/kanbao/kanbao/parse"
)

// PDF pages are read with poppler's pdftohtml -xml: every line of text
// with its box and font size, and -hidden reads the invisible OCR layer
// of scanned pages too. (pdftotext -bbox gives word boxes but no fonts;
// mutool's stext is exact but mupdf-tools is a second dependency, and
// poppler's layout of CJK runs was right on every page of our corpus.)

// PDFTool is the extractor kanbao runs.
const PDFTool = "pdftohtml"

// Limits on the extractor: a PDF is hostile input to a large C program.
const (
	pdfTimeout   = 60 * time.Second
	maxPDFOutput = 256 << 20 // bytes of XML
	maxPDFMemory = 4 << 30   // address space, bytes
)

// ErrNoPDFTool is returned when pdftohtml is not installed.
var ErrNoPDFTool = errors.New("reading PDFs needs pdftohtml (apt install poppler-utils)")

// ErrNoTextLayer is a PDF whose pages hold no text: a scan without OCR.
var ErrNoTextLayer = errors.New("the PDF has no text layer (a scan without OCR?)")

// ErrEncrypted is a PDF that needs a password.
var ErrEncrypted = errors.New("the PDF is encrypted")

// isPDF reports whether data starts as a PDF does.
func isPDF(data []byte) bool {
	return bytes.HasPrefix(data, []byte("%PDF-"))
}

// fromPDF extracts and parses the pages of a PDF. path is where the data
// is on disk ("" when it is not, as for standard input: it is written to
// a temporary file, removed after).
func fromPDF(ctx context.Context, source, path string, data []byte) Doc {
	d := Doc{Source: source, Encoding: "pdf", Format: "pdf", Bytes: int64(len(data))}
	geoms, err := extractPDF(ctx, path, data)
	if err != nil {
		d.Err = err
		return d
	}
	for _, g := range geoms {
		p := parse.ParseGeometry(g)
		if len(p.Articles)+len(p.Furniture)+len(p.Other) > 0 {
			d.Pages = append(d.Pages, p)
		}
	}
	if len(d.Pages) == 0 {
		d.Err = ErrNoTextLayer
	}
	return d
}

// extractPDF runs pdftohtml on the PDF and reads its pages.
func extractPDF(ctx context.Context, path string, data []byte) ([]parse.PageGeometry, error) {
	tool, err := exec.LookPath(PDFTool)
	if err != nil {
		return nil, ErrNoPDFTool
	}
	if path == "" {
		f, err := os.CreateTemp("", "kanbao-*.pdf")
		if err != nil {
			return nil, fmt.Errorf("a temporary file for the PDF: %w", err)
		}
		defer os.Remove(f.Name())
		_, werr := f.Write(data)
		if cerr := f.Close(); werr != nil || cerr != nil {
			return nil, fmt.Errorf("a temporary file for the PDF: %w", errors.Join(werr, cerr))
		}
		path = f.Name()
	}
	// An absolute path: a file named -stdout.pdf is a file, not an option.
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, pdfTimeout)
	defer cancel()
	args := []string{tool, "-xml", "-i", "-hidden", "-zoom", "1", "-stdout", "-nodrm", abs}
	if pl, err := exec.LookPath("prlimit"); err == nil {
		// util-linux's prlimit caps the extractor's address space, so a
		// PDF made to exhaust memory kills it, not the machine.
		args = append([]string{pl, fmt.Sprintf("--as=%d", maxPDFMemory), "--"}, args...)
	}
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Dir = os.TempDir() // nothing is written beside the input
	var stderr bytes.Buffer
	cmd.Stderr = &limitedWriter{w: &stderr, n: 4 << 10}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("running %s: %w", PDFTool, err)
	}
	xmlData, rerr := io.ReadAll(io.LimitReader(out, maxPDFOutput+1))
	werr := cmd.Wait()
	switch {
	case ctx.Err() == context.DeadlineExceeded:
		return nil, fmt.Errorf("%s took over %s: gave up", PDFTool, pdfTimeout)
	case rerr != nil:
		return nil, rerr
	case len(xmlData) > maxPDFOutput:
		return nil, fmt.Errorf("%s wrote over %s: gave up", PDFTool, Human(maxPDFOutput))
	case werr != nil:
		return nil, toolError(stderr.String(), werr)
	}
	pages, err := parsePDFXML(xmlData)
	if err != nil {
		return nil, fmt.Errorf("reading %s output: %w", PDFTool, err)
	}
	return pages, nil
}

// toolError folds the extractor's complaints into one plain message.
func toolError(stderr string, err error) error {
	low := strings.ToLower(stderr)
	switch {
	case strings.Contains(low, "password") || strings.Contains(low, "encrypt"):
		return ErrEncrypted
	case strings.Contains(low, "may not be a pdf") || strings.Contains(low, "couldn't read xref") ||
		strings.Contains(low, "couldn't find trailer") || strings.Contains(low, "syntax error"):
		return errors.New("not a readable PDF (damaged or truncated)")
	}
	msg := strings.TrimSpace(stderr)
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	if msg == "" {
		msg = err.Error()
	}
	return fmt.Errorf("%s failed: %s", PDFTool, decode.Line(msg))
}

// limitedWriter keeps the first n bytes written to it.
type limitedWriter struct {
	w io.Writer
	n int
}

func (l *limitedWriter) Write(p []byte) (int, error) {
	if l.n > 0 {
		k := min(len(p), l.n)
		l.w.Write(p[:k])
		l.n -= k
	}
	return len(p), nil
}

// parsePDFXML reads pdftohtml's XML: <page> elements with <fontspec>
// (id, size, family) and <text> (top, left, width, height, font) whose
// content may hold <b>, <i> and <a> elements.
func parsePDFXML(data []byte) ([]parse.PageGeometry, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	type font struct {
		size   float64
		family string
	}
	fonts := map[string]font{}
	var pages []parse.PageGeometry
	var cur *parse.PageGeometry
	var run *parse.TextRun
	var text strings.Builder
	attr := func(se xml.StartElement, name string) string {
		for _, a := range se.Attr {
			if a.Name.Local == name {
				return a.Value
			}
		}
		return ""
	}
	num := func(se xml.StartElement, name string) float64 {
		v, _ := strconv.ParseFloat(attr(se, name), 64)
		return v
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "page":
				n, _ := strconv.Atoi(attr(t, "number"))
				pages = append(pages, parse.PageGeometry{Number: n, Width: num(t, "width"), Height: num(t, "height")})
				cur = &pages[len(pages)-1]
			case "fontspec":
				fonts[attr(t, "id")] = font{size: num(t, "size"), family: attr(t, "family")}
			case "text":
				if cur == nil {
					continue
				}
				f := fonts[attr(t, "font")]
				run = &parse.TextRun{Box: parse.Box{X: num(t, "left"), Y: num(t, "top"), W: num(t, "width"), H: num(t, "height")},
					Size: f.size, Font: f.family}
				if run.Size == 0 {
					run.Size = run.Box.H
				}
				text.Reset()
			}
		case xml.CharData:
			if run != nil {
				text.Write(t)
			}
		case xml.EndElement:
			if t.Name.Local == "text" && run != nil {
				s, _ := decode.Sanitize(normalizeRadicals(text.String()))
				run.Text = strings.ReplaceAll(s, "\n", " ")
				cur.Runs = append(cur.Runs, *run)
				run = nil
			}
		}
	}
	return pages, nil
}

// normalizeRadicals maps the Kangxi and CJK radical supplement characters
// some fonts' ToUnicode maps give (⼈ U+2F08 for 人) to the ideographs they
// stand for, as NFKC does, leaving every other character alone.
func normalizeRadicals(s string) string {
	if !strings.ContainsFunc(s, isRadical) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isRadical(r) {
			b.WriteString(norm.NFKC.String(string(r)))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isRadical(r rune) bool {
	return (r >= 0x2F00 && r <= 0x2FDF) || (r >= 0x2E80 && r <= 0x2EFF)
}
