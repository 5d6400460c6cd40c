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
	"encoding/binary"
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
	// runes is the same text as runes; runeStart indexes them per item.
	runes     []rune
	runeStart []int32
	// letters is, per item, every letter of every reading: a query letter
	// it lacks rules the item out of any pinyin match.
	letters []uint32
	// initials is, per item, the bit set of the initials of its characters
	// (and its Latin letters and digits): a one-letter query is a scan of it.
	initials []uint32
	// charID numbers each character of runes: an ASCII character r is
	// r+1, each distinct Han character with readings asciiIDs or more, 0
	// is any other. readingsOf and maskOf hold its readings and the bit set
	// of their initials (the letter itself for a Latin letter or digit).
	// The matcher's inner loop indexes arrays instead of locking the shared
	// cache, and a character's mask is one array read from its position.
	charID     []uint16
	ids        map[rune]uint16
	readingsOf [][]string
	maskOf     []uint32
	// Posting lists: where each pair of pinyin initials of neighbouring
	// characters starts (where "gx…" can start), where each two-letter
	// reading prefix occurs (where "ga…" can), characters read as a single
	// letter and Latin letters, every ASCII character and every ideograph.
	// A query visits only the positions where it can start.
	pairPost   [27][27]postings
	prefixPost [27][27]postings
	onePost    [27]postings
	asciiPost  [128]postings      // positions of each ASCII character
	runePost   map[rune]*postings // positions of each ideograph
}

// spanArena hands out one-span slices from shared blocks: a letter typed
// into 150 000 headlines matches most of them, and a slice each would be
// as many allocations.
type spanArena struct{ buf []Span }

const arenaBlock = 4096

func (a *spanArena) one(start, end int) []Span {
	if len(a.buf) == cap(a.buf) {
		a.buf = make([]Span, 0, arenaBlock)
	}
	a.buf = append(a.buf, Span{start, end})
	n := len(a.buf)
	return a.buf[n-1 : n : n]
}

// postings is an increasing list of positions, delta-encoded as varints:
// one or two bytes a position instead of four.
type postings struct {
	buf  []byte
	last int32
	n    int // positions
}

func (p *postings) add(pos int32) {
	p.buf = binary.AppendUvarint(p.buf, uint64(pos-p.last))
	p.last = pos
	p.n++
}

// each calls f on every position, in order.
func (p *postings) each(f func(pos int32)) {
	var pos int32
	for b := p.buf; len(b) > 0; {
		d, n := binary.Uvarint(b)
		b = b[n:]
		pos += int32(d)
		f(pos)
	}
}

// narrowShare: the hits of the previous query are searched only when they
// are fewer than one item in this many.
const narrowShare = 8

// sep separates the lines of an item: it matches nothing.
const sep = '\n'

// asciiIDs: charID 1..128 are the ASCII characters.
const asciiIDs = utf8.RuneSelf + 1

// NewIndex returns an empty index using the reading cache.
func NewIndex(r *Readings) *Index {
	ix := &Index{readings: r, byteStart: []int32{0}, runeStart: []int32{0},
		ids: map[rune]uint16{}, readingsOf: make([][]string, asciiIDs), maskOf: make([]uint32, asciiIDs), runePost: map[rune]*postings{}}
	for c := range utf8.RuneSelf {
		ix.maskOf[c+1] = letterBit(byte(c))
	}
	return ix
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
	var m uint32
	for _, rd := range rs {
		m |= letterBit(rd[0])
	}
	ix.maskOf = append(ix.maskOf, m)
	return id
}

// mask is the bit set of the initials of the character at p (the letter
// itself for a Latin letter or digit).
func (ix *Index) mask(p int) uint32 { return ix.maskOf[ix.charID[p]] }

// Compact trims the index's buffers to their size once loading is done.
func (ix *Index) Compact() {
	ix.byteStart = slices.Clip(ix.byteStart)
	ix.runes = slices.Clip(ix.runes)
	ix.runeStart = slices.Clip(ix.runeStart)
	ix.letters = slices.Clip(ix.letters)
	ix.initials = slices.Clip(ix.initials)
	ix.charID = slices.Clip(ix.charID)
	clip := func(p *postings) { p.buf = slices.Clip(p.buf) }
	for a := range ix.pairPost {
		for b := range ix.pairPost[a] {
			clip(&ix.pairPost[a][b])
			clip(&ix.prefixPost[a][b])
		}
		clip(&ix.onePost[a])
	}
	for c := range ix.asciiPost {
		clip(&ix.asciiPost[c])
	}
	for _, p := range ix.runePost {
		clip(p)
	}
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
	var letters, initials uint32
	for li, line := range lines {
		if li > 0 {
			ix.text.WriteRune(sep)
			ix.runes = append(ix.runes, sep)
			ix.charID = append(ix.charID, sep+1)
		}
		var prev uint32
		for i, r := range line {
			f := fold(r)
			pos := int32(len(ix.runes))
			ix.text.WriteRune(f)
			ix.runes = append(ix.runes, f)
			var m uint32
			var id uint16
			if f < utf8.RuneSelf {
				id = uint16(f) + 1
				m = letterBit(byte(f))
				letters |= m
				ix.asciiPost[f].add(pos)
				if m != 0 {
					ix.onePost[letterIndex(byte(f))].add(pos)
				}
			} else {
				id = ix.idOf(f)
				m = ix.maskOf[id]
				rp := ix.runePost[f]
				if rp == nil {
					rp = &postings{}
					ix.runePost[f] = rp
				}
				rp.add(pos)
				var seen [27][27]bool
				for _, rd := range ix.readingsOf[id] {
					for k := 0; k < len(rd); k++ {
						letters |= letterBit(rd[k])
					}
					a := letterIndex(rd[0])
					if len(rd) == 1 {
						if !seen[a][26] {
							seen[a][26] = true
							ix.onePost[a].add(pos)
						}
						continue
					}
					if b := letterIndex(rd[1]); !seen[a][b] {
						seen[a][b] = true
						ix.prefixPost[a][b].add(pos)
					}
				}
			}
			// the pair this character ends, with the one before it
			if i > 0 {
				for a := range 27 {
					if prev&(1<<a) == 0 {
						continue
					}
					for b := range 27 {
						if m&(1<<b) != 0 {
							ix.pairPost[a][b].add(pos - 1)
						}
					}
				}
			}
			ix.charID = append(ix.charID, id)
			initials |= m
			prev = m
		}
	}
	ix.byteStart = append(ix.byteStart, int32(ix.text.Len()))
	ix.runeStart = append(ix.runeStart, int32(len(ix.runes)))
	ix.letters = append(ix.letters, letters)
	ix.initials = append(ix.initials, initials)
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
// items (the hits of a query q extends), in increasing order.
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
	if py == "" {
		return hanzi // only apostrophes: no letter to read
	}
	matched := make([]bool, len(ix.letters))
	for _, m := range hanzi {
		matched[m.Item] = true
	}
	var need uint32
	for i := 0; i < len(py); i++ {
		need |= letterBit(py[i])
	}
	// The hits go after the hanzi ones in one slice, sized up front: a
	// letter matches most of 150 000 items, and growing (and copying) a
	// slice of that many matches costs more than finding them.
	est := len(ix.letters) / narrowShare
	if within != nil {
		est = len(within)
	}
	out := append(make([]Match, 0, len(hanzi)+est), hanzi...)
	var arena spanArena
	m := &fullMatcher{ix: ix}
	if within != nil && len(within) > ix.Len()/narrowShare {
		// the last hits are most items (after one letter): the posting
		// lists are cheaper than trying each of them
		within = nil
	}
	if within != nil {
		for _, item := range within {
			if matched[item] || ix.letters[item]&need != need {
				continue
			}
			if hit, ok := ix.pinyinMatch(item, py, m); ok {
				out = append(out, hit)
			}
		}
		return out
	}
	// Initials first, then full pinyin, each only where the query can start.
	a := letterIndex(py[0])
	if len(py) == 1 {
		// one letter: every item with a character of that initial, from
		// the items' initials alone. The letter matches most items; which
		// character it is only matters for the rows shown (SpansOf).
		bit := letterBit(py[0])
		n := 0
		for _, in := range ix.initials {
			if in&bit != 0 {
				n++
			}
		}
		if cap(out) < len(hanzi)+n {
			out = append(make([]Match, 0, len(hanzi)+n), hanzi...)
		}
		for item, in := range ix.initials {
			if in&bit != 0 && !matched[item] {
				out = append(out, Match{Item: item, Kind: Initials})
			}
		}
	} else {
		b := letterIndex(py[1])
		// each list is in text order: the item of a position only moves on
		item := 0
		itemOf := func(p int32) int {
			for ix.runeStart[item+1] <= p {
				item++
			}
			return item
		}
		ix.pairPost[a][b].each(func(p int32) {
			item := itemOf(p)
			if matched[item] || int(ix.runeStart[item+1])-int(p) < len(py) || !ix.initialsAt(int(p), py) {
				return
			}
			from := int(ix.runeStart[item])
			matched[item] = true
			out = append(out, Match{Item: item, Kind: Initials, Spans: arena.one(int(p)-from, int(p)-from+len(py))})
		})
		memoItem := -1 // the item the matcher's memo holds
		direct := false
		full := func(p int32) {
			item := itemOf(p)
			if matched[item] || ix.letters[item]&need != need {
				return
			}
			from, to := int(ix.runeStart[item]), int(ix.runeStart[item+1])
			n := 1 // a reading starting with the two letters: a match
			if !direct {
				n = ix.quickFull(int(p), to, py)
			}
			if n < 0 {
				if item != memoItem {
					m.reset(py, from, to)
					memoItem = item
				}
				n = m.at(int(p), 0)
			}
			if n > 0 {
				matched[item] = true
				out = append(out, Match{Item: item, Kind: Full, Spans: arena.one(int(p)-from, int(p)-from+n)})
			}
		}
		for i, list := range []*postings{&ix.prefixPost[a][b], &ix.pairPost[a][b], &ix.onePost[a]} {
			item, memoItem = 0, -1
			direct = i == 0 && len(py) == 2
			list.each(full)
		}
	}
	// Posting lists give text order per list; keep item order overall,
	// initials before full pinyin for the same item cannot happen (each
	// item is reported once).
	byItem := func(x, y Match) int { return x.Item - y.Item }
	if py := out[len(hanzi):]; !slices.IsSortedFunc(py, byItem) {
		slices.SortFunc(py, byItem) // items are unique: no stability needed
	}
	return out
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
	q0, _ := utf8.DecodeRuneInString(q)
	var first *postings
	switch {
	case q0 < utf8.RuneSelf:
		first = &ix.asciiPost[q0]
	case ix.runePost[q0] != nil:
		first = ix.runePost[q0]
	default:
		return nil // no item holds the first character
	}
	if within != nil && len(within) <= first.n {
		for _, item := range within {
			if spans := ix.occurrences(text, item, q, qn); spans != nil {
				out = append(out, Match{Item: item, Kind: Hanzi, Spans: spans})
			}
		}
		return out
	}
	// the postings of the first character, when they are fewer than the
	// items to try (a Latin letter is rare in Chinese headlines)
	qr := []rune(q)
	last, w := -1, 0
	first.each(func(p int32) {
		if int(p)+len(qr) > len(ix.runes) || !slices.Equal(ix.runes[p:int(p)+len(qr)], qr) {
			return
		}
		item := ix.itemAtRune(p)
		if item == last {
			return
		}
		last = item
		if within != nil { // both in item order
			for w < len(within) && within[w] < item {
				w++
			}
			if w == len(within) || within[w] != item {
				return
			}
		}
		out = append(out, Match{Item: item, Kind: Hanzi, Spans: ix.occurrences(text, item, q, qn)})
	})
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

// pinyinMatch matches a pinyin query against consecutive characters of an
// item: each character consumes a non-empty prefix of one of its readings
// (a Latin letter or digit consumes itself). Initials are the case where
// every prefix is one letter; they are tried first as they are cheap.
func (ix *Index) pinyinMatch(item int, q string, m *fullMatcher) (Match, bool) {
	from, to := int(ix.runeStart[item]), int(ix.runeStart[item+1])
	first := letterBit(q[0])
	for p := from; p < to; p++ {
		if ix.mask(p)&first == 0 {
			continue
		}
		if p+len(q) <= to && ix.initialsAt(p, q) {
			return Match{Item: item, Kind: Initials, Spans: []Span{{p - from, p - from + len(q)}}}, true
		}
	}
	reset := false
	for p := from; p < to; p++ {
		if ix.mask(p)&first == 0 {
			continue
		}
		n := ix.quickFull(p, to, q)
		if n < 0 {
			if !reset {
				m.reset(q, from, to)
				reset = true
			}
			n = m.at(p, 0)
		}
		if n > 0 {
			return Match{Item: item, Kind: Full, Spans: []Span{{p - from, p - from + n}}}, true
		}
	}
	return Match{}, false
}

// quickFull matches q from p as the matcher does, in its order, without
// its memo: most starts are decided in a step or two (高 for "gao", 港区
// read ga+o, 港 gang then 口 kou), and clearing a memo for each costs more
// than that. It returns the characters consumed, 0 for no match, or -1
// when a start needs more than quickSteps steps (polyphones branching):
// then the matcher decides.
func (ix *Index) quickFull(p, to int, q string) int {
	budget := quickSteps
	return ix.quick(p, to, q, &budget)
}

// quickSteps bounds quickFull's search.
const quickSteps = 32

func (ix *Index) quick(p, to int, q string, budget *int) int {
	if p >= to || ix.mask(p)&letterBit(q[0]) == 0 {
		return 0
	}
	if *budget--; *budget < 0 {
		return -1
	}
	id := ix.charID[p]
	if id < asciiIDs {
		switch {
		case id == 0 || byte(id-1) != q[0]:
			return 0 // a character without readings, or another letter
		case len(q) == 1:
			return 1
		}
		switch c := ix.quick(p+1, to, q[1:], budget); {
		case c > 0:
			return c + 1
		case c < 0:
			return -1
		}
		return 0
	}
	for _, rd := range ix.readingsOf[id] {
		// the longest prefix of the reading the query has, then every
		// shorter one, as the matcher tries them
		for n := lcp(rd, q); n >= 1; n-- {
			if n == len(q) {
				return 1
			}
			switch c := ix.quick(p+1, to, q[n:], budget); {
			case c > 0:
				return c + 1
			case c < 0:
				return -1
			}
		}
	}
	return 0
}

// lcp is the length of the common prefix of a and b.
func lcp(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func (ix *Index) initialsAt(p int, q string) bool {
	for k := 0; k < len(q); k++ {
		if ix.mask(p+k)&letterBit(q[k]) == 0 {
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

// SpansOf returns the spans of mt, a match of q: its own, or for a match
// Search left without (a one-letter query), the first character of the
// item read with that initial.
func (ix *Index) SpansOf(mt Match, q string) []Span {
	if mt.Spans != nil || mt.Kind != Initials || mt.Item < 0 || mt.Item >= ix.Len() {
		return mt.Spans
	}
	q = strings.NewReplacer(" ", "", "'", "").Replace(foldQuery(q))
	if len(q) != 1 {
		return nil
	}
	bit := letterBit(q[0])
	from, to := int(ix.runeStart[mt.Item]), int(ix.runeStart[mt.Item+1])
	for p := from; p < to; p++ {
		if ix.mask(p)&bit != 0 {
			return []Span{{p - from, p - from + 1}}
		}
	}
	return nil
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

// PinyinSpans returns every place in item where q, a pinyin query, reads
// as initials or as full pinyin, left to right, without overlaps: the
// matches of an article search, where Search stops at an item's first.
func (ix *Index) PinyinSpans(item int, q string) []Span {
	q = strings.NewReplacer(" ", "", "'", "").Replace(foldQuery(q))
	if q == "" || !isPinyinQuery(q) || item < 0 || item >= ix.Len() {
		return nil
	}
	var need uint32
	for i := 0; i < len(q); i++ {
		need |= letterBit(q[i])
	}
	if ix.letters[item]&need != need {
		return nil
	}
	from, to := int(ix.runeStart[item]), int(ix.runeStart[item+1])
	first := letterBit(q[0])
	m := &fullMatcher{ix: ix}
	m.reset(q, from, to)
	var out []Span
	for p := from; p < to; p++ {
		if ix.mask(p)&first == 0 {
			continue
		}
		if p+len(q) <= to && ix.initialsAt(p, q) {
			out = append(out, Span{p - from, p - from + len(q)})
			p += len(q) - 1
			continue
		}
		if n := m.at(p, 0); n > 0 {
			out = append(out, Span{p - from, p - from + n})
			p += n - 1
		}
	}
	return out
}
