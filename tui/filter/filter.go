// Package filter finds articles by their headlines as a reader types: by
// the characters themselves (case- and width-folded), by pinyin initials
// ("gxq" → 高新区) and by full pinyin with syllables matched as prefixes
// ("gaoxin", "gaox", "gaoxinqu"), every reading of a polyphonic character
// counting (行 xing/hang, 重 zhong/chong).
//
// The index keeps every field of every item in one concatenated buffer
// with offsets, built once (off the UI goroutine, as pages load); a
// keystroke is one scan, and a query that extends the previous one scans
// only the previous hits.
package filter

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
)

// Kind is how an item matched, best first.
type Kind uint8

const (
	None     Kind = iota
	Hanzi         // the text itself (字)
	Initials      // pinyin initials (拼音首字母)
	Full          // full pinyin (全拼)
)

// String is the label the reader shows for the kind.
func (k Kind) String() string {
	switch k {
	case Hanzi:
		return "字"
	case Initials:
		return "拼音首字母"
	case Full:
		return "全拼"
	}
	return ""
}

// Span is a half-open range of runes in an item's text.
type Span struct{ Start, End int }

// Match is an item that matched, with the runes that matched.
type Match struct {
	Item  int
	Kind  Kind
	Spans []Span
}

// Readings caches the pinyin readings of characters; it is safe for
// concurrent use, as indexes are built while pages load.
type Readings struct {
	mu    sync.RWMutex
	cache map[rune][]string
	args  pinyin.Args
}

// NewReadings returns an empty cache.
func NewReadings() *Readings {
	a := pinyin.NewArgs()
	a.Heteronym = true
	a.Style = pinyin.Normal
	return &Readings{cache: map[rune][]string{}, args: a}
}

// Of returns the lower-case readings of r (nil for a non-Han rune).
// Calling go-pinyin costs microseconds; the cache makes it once per
// character.
func (p *Readings) Of(r rune) []string {
	if !unicode.Is(unicode.Han, r) {
		return nil
	}
	p.mu.RLock()
	rs, ok := p.cache[r]
	p.mu.RUnlock()
	if ok {
		return rs
	}
	var out []string
	for _, group := range pinyin.Pinyin(string(r), p.args) {
		for _, s := range group {
			if s != "" && !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	p.mu.Lock()
	p.cache[r] = out
	p.mu.Unlock()
	return out
}

// Index holds the searchable text of items.
type Index struct {
	readings *Readings
	// text is the folded text of all items, UTF-8, items one after the
	// other; byteStart[i] is where item i starts (byteStart[n] = len).
	text      strings.Builder
	byteStart []int32
	// runes is the same text as runes, and masks the bit set of the
	// pinyin initials (or the letter itself) of each rune; runeStart
	// indexes them per item.
	runes     []rune
	masks     []uint32
	runeStart []int32
	// letters is, per item, every letter of every reading: a query letter
	// it lacks rules the item out of any pinyin match.
	letters []uint32
	// charID numbers each distinct Han character of runes, and readingsOf
	// holds its readings: the matcher's inner loop indexes an array
	// instead of locking the shared cache.
	charID     []uint16
	ids        map[rune]uint16
	readingsOf [][]string
	// Posting lists: where each ideograph occurs, and where each pinyin
	// initial (or Latin letter) occurs. A query scans the positions of its
	// first character or letter, not the whole text.
	runePost   map[rune][]int32
	letterPost [27][]int32
	// pairPost[a][b]: positions whose character has initial a and whose
	// next character initial b (where "gx…" starts); prefixPost[a][b]:
	// positions whose character has a reading starting with a, b (where
	// "ga…" starts); onePost[a]: characters read as the single letter a,
	// and Latin letters.
	pairPost   [27][27][]int32
	prefixPost [27][27][]int32
	onePost    [27][]int32
	asciiPost  [128][]int32 // positions of each ASCII character
}

// sep separates the lines of an item: it matches nothing.
const sep = '\n'

// NewIndex returns an empty index using the reading cache.
func NewIndex(r *Readings) *Index {
	return &Index{readings: r, byteStart: []int32{0}, runeStart: []int32{0},
		ids: map[rune]uint16{}, readingsOf: [][]string{nil}, runePost: map[rune][]int32{}}
}

// idOf numbers a Han character (0 is "no readings").
func (ix *Index) idOf(r rune) uint16 {
	if id, ok := ix.ids[r]; ok {
		return id
	}
	rs := ix.readings.Of(r)
	if len(rs) == 0 || len(ix.readingsOf) >= 1<<16 {
		return 0
	}
	id := uint16(len(ix.readingsOf))
	ix.ids[r] = id
	ix.readingsOf = append(ix.readingsOf, rs)
	return id
}

// Len is the number of items.
func (ix *Index) Len() int { return len(ix.letters) }

// fold maps a rune to its searchable form: full-width ASCII to ASCII, Latin
// lower case (the NFKC width folding and case folding a search needs,
// one rune for one rune so that spans map back to the original text).
func fold(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E {
		r -= 0xFEE0
	}
	if r == '\u3000' {
		r = ' '
	}
	return unicode.ToLower(r)
}

func letterBit(b byte) uint32 {
	if b >= 'a' && b <= 'z' {
		return 1 << (b - 'a')
	}
	if b >= '0' && b <= '9' {
		return 1 << 26
	}
	return 0
}

// Add indexes an item whose text is lines (headline lines, or paragraphs),
// and returns its number.
func (ix *Index) Add(lines []string) int {
	var letters uint32
	for li, line := range lines {
		if li > 0 {
			ix.text.WriteRune(sep)
			ix.runes = append(ix.runes, sep)
			ix.masks = append(ix.masks, 0)
			ix.charID = append(ix.charID, 0)
		}
		for _, r := range line {
			f := fold(r)
			pos := int32(len(ix.runes))
			ix.text.WriteRune(f)
			ix.runes = append(ix.runes, f)
			var m uint32
			var id uint16
			if f < utf8.RuneSelf {
				m = letterBit(byte(f))
				letters |= m
			} else {
				id = ix.idOf(f)
				for _, rd := range ix.readingsOf[id] {
					m |= letterBit(rd[0])
					for i := 0; i < len(rd); i++ {
						letters |= letterBit(rd[i])
					}
				}
				ix.runePost[f] = append(ix.runePost[f], pos)
			}
			for b := range 27 {
				if m&(1<<b) != 0 {
					ix.letterPost[b] = append(ix.letterPost[b], pos)
				}
			}
			if f < utf8.RuneSelf {
				ix.asciiPost[f] = append(ix.asciiPost[f], pos)
				if m != 0 {
					ix.onePost[letterIndex(byte(f))] = append(ix.onePost[letterIndex(byte(f))], pos)
				}
			} else {
				var seen [27][27]bool
				for _, rd := range ix.readingsOf[id] {
					a := letterIndex(rd[0])
					if len(rd) == 1 {
						ix.onePost[a] = append(ix.onePost[a], pos)
						continue
					}
					if b := letterIndex(rd[1]); !seen[a][b] {
						seen[a][b] = true
						ix.prefixPost[a][b] = append(ix.prefixPost[a][b], pos)
					}
				}
			}
			// the pair this position ends, with the previous character
			if pos > ix.runeStart[len(ix.runeStart)-1] {
				prev := ix.masks[pos-1]
				for a := range 27 {
					if prev&(1<<a) == 0 {
						continue
					}
					for b := range 27 {
						if m&(1<<b) != 0 {
							ix.pairPost[a][b] = append(ix.pairPost[a][b], pos-1)
						}
					}
				}
			}
			ix.masks = append(ix.masks, m)
			ix.charID = append(ix.charID, id)
		}
	}
	ix.byteStart = append(ix.byteStart, int32(ix.text.Len()))
	ix.runeStart = append(ix.runeStart, int32(len(ix.runes)))
	ix.letters = append(ix.letters, letters)
	return len(ix.letters) - 1
}

// foldQuery folds a query like the text; spaces are dropped for pinyin.
func foldQuery(q string) string {
	var b strings.Builder
	for _, r := range q {
		b.WriteRune(fold(r))
	}
	return strings.TrimSpace(b.String())
}

// isPinyinQuery reports a query pinyin could match: letters (and digits).
func isPinyinQuery(q string) bool {
	if q == "" {
		return false
	}
	for i := 0; i < len(q); i++ {
		c := q[i]
		if !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != ' ' && c != '\'' {
			return false
		}
	}
	return true
}

// Search returns the items matching q, hanzi matches first, then pinyin,
// each in item order. within, if not nil, restricts the search to those
// items (the hits of a query q extends).
func (ix *Index) Search(q string, within []int) []Match {
	q = foldQuery(q)
	if q == "" {
		return nil
	}
	hanzi := ix.substring(q, within)
	if !isPinyinQuery(q) {
		return hanzi
	}
	py := strings.NewReplacer(" ", "", "'", "").Replace(q)
	matched := make([]bool, len(ix.letters))
	for _, m := range hanzi {
		matched[m.Item] = true
	}
	var need uint32
	for i := 0; i < len(py); i++ {
		need |= letterBit(py[i])
	}
	var pinyinHits []Match
	m := &fullMatcher{ix: ix}
	if within != nil {
		for _, item := range within {
			if matched[item] || ix.letters[item]&need != need {
				continue
			}
			if hit, ok := ix.pinyinMatch(item, py, m); ok {
				pinyinHits = append(pinyinHits, hit)
			}
		}
		return append(hanzi, pinyinHits...)
	}
	// Initials first, then full pinyin, each only where the query can start.
	a := letterIndex(py[0])
	var initialsAt, fullAt [][]int32
	if len(py) == 1 {
		initialsAt = [][]int32{ix.letterPost[a]}
	} else {
		b := letterIndex(py[1])
		initialsAt = [][]int32{ix.pairPost[a][b]}
		fullAt = [][]int32{ix.prefixPost[a][b], ix.pairPost[a][b], ix.onePost[a]}
	}
	for _, posts := range initialsAt {
		for _, p := range posts {
			item := ix.itemAtRune(p)
			if matched[item] || int(ix.runeStart[item+1])-int(p) < len(py) || !ix.initialsAt(int(p), py) {
				continue
			}
			from := int(ix.runeStart[item])
			matched[item] = true
			pinyinHits = append(pinyinHits, Match{Item: item, Kind: Initials, Spans: []Span{{int(p) - from, int(p) - from + len(py)}}})
		}
	}
	for _, posts := range fullAt {
		for _, p := range posts {
			item := ix.itemAtRune(p)
			if matched[item] || ix.letters[item]&need != need {
				continue
			}
			from, to := int(ix.runeStart[item]), int(ix.runeStart[item+1])
			m.reset(py, from, to)
			if n := m.at(int(p), 0); n > 0 {
				matched[item] = true
				pinyinHits = append(pinyinHits, Match{Item: item, Kind: Full, Spans: []Span{{int(p) - from, int(p) - from + n}}})
			}
		}
	}
	// Posting lists give text order per list; keep item order overall,
	// initials before full pinyin for the same item cannot happen (each
	// item is reported once).
	slices.SortStableFunc(pinyinHits, func(x, y Match) int { return x.Item - y.Item })
	return append(hanzi, pinyinHits...)
}

func letterIndex(b byte) int {
	if b >= 'a' && b <= 'z' {
		return int(b - 'a')
	}
	return 26
}

// itemAtRune returns the item holding rune position p (see itemAtByte).
func (ix *Index) itemAtRune(p int32) int {
	i, _ := slices.BinarySearch(ix.runeStart, p+1)
	return i - 1
}

// substring finds q in the folded text: every occurrence is a span.
func (ix *Index) substring(q string, within []int) []Match {
	text := ix.text.String()
	qn := utf8.RuneCountInString(q)
	var out []Match
	if within != nil {
		for _, item := range within {
			if spans := ix.occurrences(text, item, q, qn); spans != nil {
				out = append(out, Match{Item: item, Kind: Hanzi, Spans: spans})
			}
		}
		return out
	}
	// an ideograph first: its posting list
	if q0, _ := utf8.DecodeRuneInString(q); q0 >= utf8.RuneSelf {
		qr := []rune(q)
		last := -1
		for _, p := range ix.runePost[q0] {
			if int(p)+len(qr) > len(ix.runes) || !slices.Equal(ix.runes[p:int(p)+len(qr)], qr) {
				continue
			}
			item := ix.itemAtRune(p)
			if item == last {
				continue
			}
			last = item
			out = append(out, Match{Item: item, Kind: Hanzi, Spans: ix.occurrences(text, item, q, qn)})
		}
		return out
	}
	// a Latin letter or digit first: the positions of that character
	if c := q[0]; (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
		qr := []rune(q)
		last := -1
		for _, p := range ix.asciiPost[c] {
			if int(p)+len(qr) > len(ix.runes) || !slices.Equal(ix.runes[p:int(p)+len(qr)], qr) {
				continue
			}
			item := ix.itemAtRune(p)
			if item == last {
				continue
			}
			last = item
			out = append(out, Match{Item: item, Kind: Hanzi, Spans: ix.occurrences(text, item, q, qn)})
		}
		return out
	}
	// otherwise one scan of the whole buffer
	for pos := 0; ; {
		i := strings.Index(text[pos:], q)
		if i < 0 {
			break
		}
		at := pos + i
		item := ix.itemAtByte(at)
		out = append(out, Match{Item: item, Kind: Hanzi, Spans: ix.occurrences(text, item, q, qn)})
		pos = int(ix.byteStart[item+1]) // on to the next item
	}
	return out
}

// occurrences lists the rune spans of q in item.
func (ix *Index) occurrences(text string, item int, q string, qn int) []Span {
	s := text[ix.byteStart[item]:ix.byteStart[item+1]]
	var spans []Span
	runeAt, byteAt := 0, 0
	for {
		i := strings.Index(s[byteAt:], q)
		if i < 0 {
			return spans
		}
		runeAt += utf8.RuneCountInString(s[byteAt : byteAt+i])
		spans = append(spans, Span{runeAt, runeAt + qn})
		byteAt += i + len(q)
		runeAt += qn
	}
}

// itemAtByte returns the item holding text byte b: the last item starting
// at or before it (items with no text share their start with the next).
func (ix *Index) itemAtByte(b int) int {
	i, _ := slices.BinarySearch(ix.byteStart, int32(b)+1)
	return i - 1
}

// pinyinMatch matches a pinyin query against consecutive characters of an
// item: each character consumes a non-empty prefix of one of its readings
// (a Latin letter or digit consumes itself). Initials are the case where
// every prefix is one letter; they are tried first as they are cheap.
func (ix *Index) pinyinMatch(item int, q string, m *fullMatcher) (Match, bool) {
	from, to := int(ix.runeStart[item]), int(ix.runeStart[item+1])
	first := letterBit(q[0])
	for p := from; p < to; p++ {
		if ix.masks[p]&first == 0 {
			continue
		}
		if p+len(q) <= to && ix.initialsAt(p, q) {
			return Match{Item: item, Kind: Initials, Spans: []Span{{p - from, p - from + len(q)}}}, true
		}
	}
	m.reset(q, from, to)
	for p := from; p < to; p++ {
		if ix.masks[p]&first == 0 {
			continue
		}
		if n := m.at(p, 0); n > 0 {
			return Match{Item: item, Kind: Full, Spans: []Span{{p - from, p - from + n}}}, true
		}
	}
	return Match{}, false
}

func (ix *Index) initialsAt(p int, q string) bool {
	for k := 0; k < len(q); k++ {
		if ix.masks[p+k]&letterBit(q[k]) == 0 {
			return false
		}
	}
	return true
}

// fullMatcher matches a query in full pinyin from a character on, with a
// memo of (character, query position) so that polyphones and prefix
// choices cannot make it exponential.
type fullMatcher struct {
	ix       *Index
	q        string
	from, to int
	memo     []int16 // (character, query position) → characters consumed + 1; 0 unknown
}

// reset prepares the matcher for one item, reusing the memo's memory.
func (m *fullMatcher) reset(q string, from, to int) {
	m.q, m.from, m.to = q, from, to
	n := (to - from + 1) * (len(q) + 1)
	if cap(m.memo) < n {
		m.memo = make([]int16, n)
	}
	m.memo = m.memo[:n]
	clear(m.memo)
}

// at reports how many characters from p consume q[k:], or 0.
func (m *fullMatcher) at(p, k int) int {
	if k == len(m.q) || p >= m.to {
		return 0
	}
	key := (p-m.from)*(len(m.q)+1) + k
	if v := m.memo[key]; v != 0 {
		return int(v) - 1
	}
	v := m.compute(p, k)
	m.memo[key] = int16(v + 1)
	return v
}

func (m *fullMatcher) compute(p, k int) int {
	q := m.q[k:]
	r := m.ix.runes[p]
	if r < utf8.RuneSelf {
		if byte(r) != q[0] {
			return 0
		}
		if len(q) == 1 {
			return 1
		}
		if n := m.at(p+1, k+1); n > 0 {
			return n + 1
		}
		return 0
	}
	for _, rd := range m.ix.readingsOf[m.ix.charID[p]] {
		// the longest prefix of the reading the query has, then every
		// shorter one: "xian" may be 西安 (xi+an) or 先 (xian)
		n := 0
		for n < len(rd) && n < len(q) && rd[n] == q[n] {
			n++
		}
		for ; n >= 1; n-- {
			if n == len(q) {
				return 1
			}
			if c := m.at(p+1, k+n); c > 0 {
				return c + 1
			}
		}
	}
	return 0
}

// LineSpans maps item-level spans to spans of each line (lines as given
// to Add): out[i] are the spans in line i.
func LineSpans(lines []string, spans []Span) [][]Span {
	out := make([][]Span, len(lines))
	start := 0
	for i, l := range lines {
		n := utf8.RuneCountInString(l)
		for _, s := range spans {
			a, b := max(s.Start, start), min(s.End, start+n)
			if a < b {
				out[i] = append(out[i], Span{a - start, b - start})
			}
		}
		start += n + 1 // the separator
	}
	return out
}
