package parse

import "strings"

// pageLines is what the lines stage hands on: the non-blank lines of a
// page, and the text lines readied for the column heuristics, in one array
// the blocks stage makes its blocks of (each a window on it, no copies).
type pageLines struct {
	lines []pline
	text  []tline
}

// pline is a non-blank line of a dump as the lines stage reads it.
type pline struct {
	raw   string // as printed, trimmed
	kind  lineKind
	blank bool // a blank line came before it
	// kindText: its line in pageLines.text, the jump note cut from its
	// end, and the next line of the dump, trimmed (a text line before a
	// caption line may be a caption's middle line).
	ti   int32
	note string
	next string
}

// tline is a text line of a column page.
type tline struct {
	text string // spurious spaces removed
	lineInfo
	pos  int  // element index it came from (for position priors)
	lead bool // a dateline starts here (本报讯, 新华社…电)
	// edNote: an editor's note starts here (编者按：): a story's start, as
	// a dateline is, but no dateline
	edNote bool
	// spaced: the line came letter-spaced, so print stretched it to the
	// full column whatever its characters measure.
	spaced bool
	// printed: the line as printed when it had spaces inside, else "":
	// poppler glues the lines of columns side by side into one line at a
	// space, and the interleave stage cuts them apart there.
	printed string
}

// starts reports a line that only a story's start holds: a dateline or an
// editor's note.
func (l *tline) starts() bool { return l.lead || l.edNote }

type elemKind uint8

const (
	elemText elemKind = iota
	elemByline
	elemCaption
	elemFurniture
)

// element is a run of lines of one kind: a text block (lines with no blank
// line between them), a byline, a caption, a furniture line.
type element struct {
	kind  elemKind
	lines []tline  // elemText
	raw   []string // the other kinds, as printed
	by    Byline
	gap   bool // a blank line came before it
	// glued: a title split off the column it was set on (splitGluedTitles)
	glued bool
}

func (e *element) text() string { return strings.Join(e.raw, "\n") }

// article under construction.
type artBuild struct {
	lines []tline
	top   Byline // top byline(s), before the body
	end   Byline // end byline(s)
	// lent: the end bylines of stories beside it, printed on its byline's
	// row; the order stage gives them to a story that has none.
	lent     Byline
	hasEnd   bool
	captions []string
	first    int // element index of the first body line
	last     int // element index of the last element that belongs to it
	// interrupted: a headline came after the body started; the next text
	// either continues the article (the headline was misplaced) or starts
	// the next one.
	interrupted bool
}

func (a *artBuild) open() bool { return a != nil && !a.hasEnd }

func (a *artBuild) lastLine() *tline {
	if a == nil || len(a.lines) == 0 {
		return nil
	}
	return &a.lines[len(a.lines)-1]
}

// headUnit is a headline candidate line (or a joined short-line run).
type headUnit struct {
	text  string
	pos   int // element index
	block int // element index of its block; lines of one block share it
	order int // position in the page, for print order
	run   int // headline blocks with nothing but each other between share a run
	// kicker: the bytes of text that were a kicker-like line joined to
	// the longer one below it, as one headline broken over two lines
	kicker int
}

// segmentation is the result of the first pass over a column page.
type segmentation struct {
	arts      []*artBuild
	heads     []headUnit
	furniture []string
	other     []string
	loose     []string // captions after the last story's text
	width     int
}

// artSpan is what the assignment needs to know of an article.
type artSpan struct {
	text        string // lead and paragraphs
	first, last int    // element range
}

// lineBlock is a run of a story's lines from one text block.
type lineBlock struct{ start, end int }
