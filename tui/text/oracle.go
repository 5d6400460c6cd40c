// Package text is kanbao's typography engine and its one width oracle.
// Every width the app uses — to wrap, truncate, pad or align — comes from
// an Oracle; nothing else (lipgloss, x/ansi, bubbles) measures content.
//
// Wrapping follows the W3C clreq basic rules for Chinese line breaking
// (kinsoku with push-down), keeps numbers and Latin words whole, never
// splits a grapheme cluster, and never returns a line wider than asked.
package text

import (
	"fmt"
	"os"
	"strings"
	"unicode"

	"github.com/kanbao/kanbao/internal/runes"
	"github.com/mattn/go-runewidth"
	"github.com/rivo/uniseg"
)

// Ambiguous says how wide East Asian ambiguous characters (“ ” … — · ①)
// are drawn: one cell in most Western setups, two in CJK terminals.
type Ambiguous uint8

const (
	AmbiguousAuto   Ambiguous = iota // RUNEWIDTH_EASTASIAN, else narrow (the caller asks the terminal first)
	AmbiguousNarrow                  // one cell
	AmbiguousWide                    // two cells
)

func (a Ambiguous) String() string {
	switch a {
	case AmbiguousNarrow:
		return "narrow"
	case AmbiguousWide:
		return "wide"
	}
	return "auto"
}

// ParseAmbiguous reads a --ambiguous value.
func ParseAmbiguous(s string) (Ambiguous, error) {
	switch strings.ToLower(s) {
	case "", "auto":
		return AmbiguousAuto, nil
	case "narrow", "1":
		return AmbiguousNarrow, nil
	case "wide", "2":
		return AmbiguousWide, nil
	}
	return AmbiguousAuto, fmt.Errorf("invalid --ambiguous %q (want narrow, wide or auto)", s)
}

// Oracle measures display width in terminal cells. It owns its
// runewidth.Condition: the package globals follow the process locale and
// are never used.
type Oracle struct {
	cond *runewidth.Condition
	wide bool
	// bmp caches width and line-breaking class of every BMP rune, so the
	// common case (ideographs, punctuation, ASCII) is one table lookup.
	bmp *[0x10000]uint8
}

// NewOracle returns an oracle. AmbiguousAuto reads RUNEWIDTH_EASTASIAN
// ("1" wide, anything else narrow); the reader resolves auto by asking
// the terminal before it gets here.
func NewOracle(a Ambiguous) *Oracle {
	wide := false
	switch a {
	case AmbiguousWide:
		wide = true
	case AmbiguousAuto:
		// Not the locale: zh_CN.UTF-8 says nothing of the terminal, and
		// the terminals most users have draw ambiguous characters one
		// cell wide whatever the locale.
		wide = os.Getenv("RUNEWIDTH_EASTASIAN") == "1"
	}
	o := &Oracle{cond: &runewidth.Condition{EastAsianWidth: wide}, wide: wide}
	o.cond.CreateLUT()
	o.bmp = new([0x10000]uint8)
	for r := rune(0); r < 0x10000; r++ {
		w := o.cond.RuneWidth(r)
		if r < 0x20 || (r >= 0x7F && r < 0xA0) {
			w = 0
		}
		o.bmp[r] = uint8(w) | uint8(classOf(r))<<2
	}
	return o
}

// Wide reports whether ambiguous characters are two cells.
func (o *Oracle) Wide() bool { return o.wide }

// Table entry layout: bits 0–1 width, bits 2–5 class.
const widthMask = 3

// RuneWidth is the width of a rune standing alone.
func (o *Oracle) RuneWidth(r rune) int {
	if r >= 0 && r < 0x10000 {
		return int(o.bmp[r] & widthMask)
	}
	return o.cond.RuneWidth(r)
}

func (o *Oracle) class(r rune) class {
	if r >= 0 && r < 0x10000 {
		return class(o.bmp[r] >> 2)
	}
	return classOf(r)
}

// StringWidth is the width of s, measured cluster by cluster.
func (o *Oracle) StringWidth(s string) int {
	w := 0
	for i := 0; i < len(s); {
		n, cw := o.nextCluster(s, i)
		w += cw
		i += n
	}
	return w
}

// nextCluster returns the byte length and width of the grapheme cluster at
// s[i:]. Most runes are clusters of their own; uniseg is consulted only
// when the next rune could join (combining marks, joiners, selectors,
// modifiers, regional indicators, Hangul jamo).
func (o *Oracle) nextCluster(s string, i int) (int, int) {
	r, n := runes.DecodeAt(s, i)
	if i+n >= len(s) {
		if isRegional(r) || r >= 0x1100 && r <= 0x11FF {
			return n, max(o.RuneWidth(r), 1)
		}
		return n, o.RuneWidth(r)
	}
	next, _ := runes.DecodeAt(s, i+n)
	if !mayJoin(r, next) {
		return n, o.RuneWidth(r)
	}
	cluster, _, uw, _ := uniseg.FirstGraphemeClusterInString(s[i:], -1)
	if len(cluster) == n {
		return n, o.RuneWidth(r)
	}
	// The cluster is drawn as one glyph: as wide as uniseg says (flags,
	// emoji sequences, VS16 = 2) or as its base rune under the ambiguous
	// setting, whichever is wider, and never more than two cells.
	return len(cluster), min(max(uw, o.RuneWidth(r)), 2)
}

// mayJoin reports whether next may extend a cluster that starts with r.
func mayJoin(r, next rune) bool {
	if next < 0x300 {
		return false
	}
	if next >= 0x3000 && next <= 0xD7A3 && !(next >= 0x1100 && next <= 0x11FF) {
		// CJK, kana, Hangul syllables: never extend what precedes them,
		// except after a Hangul lead jamo (below).
		return r >= 0x1100 && r <= 0x11FF
	}
	switch {
	case next == 0x200D, next >= 0xFE00 && next <= 0xFE0F, next >= 0xE0000 && next <= 0xE01EF,
		next >= 0x1F3FB && next <= 0x1F3FF, next == 0x20E3:
		return true
	case isRegional(r) && isRegional(next):
		return true
	case next >= 0x1100 && next <= 0x11FF, r >= 0x1100 && r <= 0x11FF:
		return true
	}
	return unicode.In(next, unicode.Mn, unicode.Me, unicode.Mc)
}

func isRegional(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// Clusters calls f for each grapheme cluster of s with its byte offset and
// width, until f returns false.
func (o *Oracle) Clusters(s string, f func(start, end, width int) bool) {
	for i := 0; i < len(s); {
		n, w := o.nextCluster(s, i)
		if !f(i, i+n, w) {
			return
		}
		i += n
	}
}
