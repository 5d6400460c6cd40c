package parse

import "strings"

// Layout is how a page's text was laid out in the dump.
type Layout uint8

const (
	// LayoutColumns is a pdftotext dump of a typeset page: body text in
	// narrow column lines, headlines wherever the PDF put their boxes.
	LayoutColumns Layout = iota
	// LayoutClean is a one-article text file: a title, then paragraphs one
	// per line (usually indented with two ideographic spaces).
	LayoutClean
)

func (l Layout) String() string {
	if l == LayoutClean {
		return "clean"
	}
	return "columns"
}

// Page is one page of a dump (pages are separated by form feeds).
type Page struct {
	// Number is the 1-based position of the page in its file, counting
	// every form-feed-separated page, blank ones included.
	Number int
	// Label is the page as the paper names it in its header ("A4 城事",
	// "第06版"), "" when the header does not say; Date is the paper's date
	// from its header, as YYYY-MM-DD, or "".
	Label, Date string
	Layout      Layout
	// Width and Height are the page's size in points when it came from a
	// PDF; 0 for text.
	Width, Height float64
	// Articles in reading order.
	Articles []Article
	// Furniture is page furniture in the order met: header and footer lines
	// (dates, page markers, editors), jump notes (下转第3版), imprint lines.
	Furniture []string
	// Other holds text that belongs to no article: headlines whose article
	// is not on this page, stray fragments. Nothing is ever dropped.
	Other []string
}

// Article is one story on a page.
type Article struct {
	// Headlines are the headline lines in print order: kicker(s), the main
	// title, subtitle(s). A headline broken over two lines is one entry.
	Headlines []string
	// Main is the index of the main title in Headlines, or -1 if there is
	// no headline.
	Main int
	// Lead is the dateline that opens a news story (本报讯, 新华社北京6月1日电
	// （记者 X）), removed from the first paragraph; "" for features.
	Lead       string
	Paragraphs []string
	Byline     Byline
	// Captions are photo captions printed with the article.
	Captions []string
	// Region is where the article is printed, headlines, body and
	// captions, and BodySize its body's font size: for pages from a PDF,
	// zero for text.
	Region   Box
	BodySize float64
}

// Title returns the main headline, or "" if the article has none.
func (a *Article) Title() string {
	if a.Main < 0 || a.Main >= len(a.Headlines) {
		return ""
	}
	return a.Headlines[a.Main]
}

// Kicker returns the headline lines above the main title (引题), joined by
// a space.
func (a *Article) Kicker() string {
	if a.Main <= 0 || a.Main > len(a.Headlines) {
		return ""
	}
	return strings.Join(a.Headlines[:a.Main], " ")
}

// Subtitle returns the headline lines below the main title (副题), joined by
// a space.
func (a *Article) Subtitle() string {
	if a.Main < 0 || a.Main+1 >= len(a.Headlines) {
		return ""
	}
	return strings.Join(a.Headlines[a.Main+1:], " ")
}
