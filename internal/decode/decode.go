// Package decode turns the bytes of an input into clean text: it refuses
// binary files, detects the encoding (UTF-8, UTF-16 with a byte order mark,
// GB18030/GBK, Big5), normalises line endings and sanitizes everything that
// could control a terminal. It is pure: bytes in, text out, no I/O.
package decode

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Encoding names, as accepted by --encoding and reported in output.
const (
	UTF8    = "utf-8"
	UTF16LE = "utf-16le"
	UTF16BE = "utf-16be"
	GB18030 = "gb18030"
	GBK     = "gbk"
	Big5    = "big5"
	// Windows1252 is detected for Western text (Latin-1 is its subset).
	Windows1252 = "windows-1252"
	Auto        = "auto"
)

// Names lists the encodings a user may ask for.
var Names = []string{Auto, UTF8, GB18030, GBK, Big5, "utf-16", UTF16LE, UTF16BE, "latin-1"}

// Result is decoded, sanitized text.
type Result struct {
	Text     string
	Encoding string
	// Warnings are problems that did not stop decoding, in plain words.
	Warnings []string
	Changes  Changes
}

// ErrNotText is returned for binary input.
var ErrNotText = errors.New("not a text file")

// NotTextError says what a binary input looks like.
type NotTextError struct {
	Kind string // "PDF", "PNG image", ... or "" when unknown
}

func (e *NotTextError) Error() string {
	switch e.Kind {
	case "":
		return "not a text file"
	case "PDF":
		return "not a text file (looks like PDF)"
	}
	return fmt.Sprintf("not a text file (looks like %s)", e.Kind)
}

func (e *NotTextError) Unwrap() error { return ErrNotText }

// binarySniff is how much of the start is searched for NUL bytes.
const binarySniff = 8 << 10

// maxNULShare: valid UTF-8 with at most one NUL in this many bytes of its
// start is text with stray NULs, not binary.
const maxNULShare = 1000

// Text with at most one invalid byte in almostUTF8 (or at most
// minStrayBytes in a short text) is UTF-8 with errors.
const (
	almostUTF8    = 200
	minStrayBytes = 2
)

// minUTF16Common: UTF-16 without a byte order mark is taken only when its
// ideographs are mostly common ones (right decodings of news text score
// 0.5 and more; any bytes decode as UTF-16, to rare characters).
const minUTF16Common = 0.3

// maxBadShare: a decoding with more than this share of replacement or
// control characters is not text.
const maxBadShare = 0.1

// magics identify common binary formats by their first bytes.
var magics = []struct {
	prefix string
	kind   string
}{
	{"%PDF", "PDF"}, {"\x89PNG", "PNG image"}, {"\xff\xd8\xff", "JPEG image"}, {"GIF8", "GIF image"},
	{"PK\x03\x04", "ZIP archive or office document"}, {"\x7fELF", "executable"}, {"MZ", "executable"},
	{"\x1f\x8b", "gzip archive"}, {"BM", ""}, {"II*\x00", "TIFF image"}, {"MM\x00*", "TIFF image"},
	{"\xd0\xcf\x11\xe0", "office document"}, {"7z\xbc\xaf", "7z archive"}, {"Rar!", "RAR archive"},
	{"\xcf\xfa\xed\xfe", "executable"}, {"\xfe\xed\xfa\xcf", "executable"}, {"RIFF", "media file"},
	{"%!PS", "PostScript"}, {"{\\rtf", "RTF document"},
}

// Decode detects the encoding of data (or uses enc unless it is "" or
// "auto"), decodes, normalises line endings to "\n" (form feeds stay: they
// separate pages) and sanitizes the text.
func Decode(data []byte, enc string) (Result, error) {
	enc = strings.ToLower(strings.TrimSpace(enc))
	var res Result
	var text string
	switch enc {
	case "", Auto:
		var err error
		text, res.Encoding, res.Warnings, err = detect(data)
		if err != nil {
			return Result{}, err
		}
	default:
		e, name, err := lookup(enc)
		if err != nil {
			return Result{}, err
		}
		data = stripBOM(data, name)
		text, res.Warnings = decodeWith(e, data, name)
		res.Encoding = name
	}
	res.Text, res.Changes = Sanitize(text)
	if res.Changes.Replacement > 0 && len(res.Warnings) == 0 {
		res.Warnings = append(res.Warnings, fmt.Sprintf("%d invalid byte sequences shown as �", res.Changes.Replacement))
	}
	return res, nil
}

// lookup maps a user's encoding name to an encoding.
func lookup(name string) (encoding.Encoding, string, error) {
	switch strings.ReplaceAll(name, "_", "-") {
	case "utf-8", "utf8":
		return unicode.UTF8, UTF8, nil
	case "gb18030":
		return simplifiedchinese.GB18030, GB18030, nil
	case "gbk", "gb2312", "cp936":
		return simplifiedchinese.GBK, GBK, nil
	case "big5", "big-5", "cp950":
		return traditionalchinese.Big5, Big5, nil
	case "utf-16", "utf16", "utf-16le", "utf16le":
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), UTF16LE, nil
	case "latin-1", "latin1", "iso-8859-1", "windows-1252", "cp1252":
		return charmap.Windows1252, Windows1252, nil
	case "utf-16be", "utf16be":
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM), UTF16BE, nil
	}
	return nil, "", fmt.Errorf("unknown encoding %q (want one of %s)", name, strings.Join(Names, ", "))
}

func stripBOM(data []byte, name string) []byte {
	if name == UTF8 {
		return bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	}
	return data
}

// decodeWith decodes with e, never failing: invalid sequences become U+FFFD.
func decodeWith(e encoding.Encoding, data []byte, name string) (string, []string) {
	if name == UTF8 {
		if utf8.Valid(data) {
			return string(data), nil
		}
		return lenientUTF8(data), []string{"invalid UTF-8 sequences shown as �"}
	}
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD"), []string{fmt.Sprintf("cannot decode as %s; shown as UTF-8", name)}
	}
	return string(out), nil
}

// detect picks the encoding: a byte order mark wins; then valid UTF-8; then
// whichever of GB18030 and Big5 decodes without error into more common
// Chinese characters. Binary data is refused.
func detect(data []byte) (text, enc string, warnings []string, err error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		t, w := decodeWith(unicode.UTF8, data[3:], UTF8)
		return t, UTF8, w, nil
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		t, w := decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data, UTF16LE)
		return t, UTF16LE, w, nil
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		t, w := decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data, UTF16BE)
		return t, UTF16BE, w, nil
	}
	for _, m := range magics {
		if bytes.HasPrefix(data, []byte(m.prefix)) && m.kind != "" {
			return "", "", nil, &NotTextError{Kind: m.kind}
		}
	}
	head := data[:min(len(data), binarySniff)]
	if bytes.IndexByte(head, 0) >= 0 {
		if e, name, ok := utf16NoBOM(head); ok {
			t, w := decodeWith(e, data, name)
			return t, name, w, nil
		}
		// A stray NUL in valid UTF-8 text (a tool's padding, a cut
		// record) is an error in the text, shown as ␀ by the sanitizer;
		// binary data has NULs all over and rarely is valid UTF-8.
		valid := utf8.Valid(data)
		if valid && bytes.Count(head, []byte{0}) <= max(len(head)/maxNULShare, 1) {
			return string(data), UTF8, []string{fmt.Sprintf("%d NUL bytes shown as ␀", bytes.Count(data, []byte{0}))}, nil
		}
		if valid || len(data)%2 != 0 {
			return "", "", nil, &NotTextError{}
		}
		// Else only UTF-16 (ideographs with a zero low byte, 一 U+4E00)
		// can still make text of it: the decodings below decide.
	}
	if utf8.Valid(data) {
		return string(data), UTF8, nil, nil
	}
	if n := invalidUTF8(data); n <= max(minStrayBytes, len(data)/almostUTF8) {
		// A few stray bytes in UTF-8 text (a raw 8-bit CSI, a cut
		// character) are errors in the text, not a sign of another
		// encoding: decoding it all as GB18030 would garble every line.
		return lenientUTF8(data), UTF8, []string{fmt.Sprintf("%d invalid UTF-8 bytes shown as �", n)}, nil
	}
	if singleByte(data) {
		// High bytes standing alone between ASCII letters: a Western
		// single-byte encoding (Latin-1, Windows-1252), which GB18030
		// would turn into rare ideographs.
		out, _ := charmap.Windows1252.NewDecoder().Bytes(data)
		return string(out), Windows1252, []string{"not Chinese text: decoded as Windows-1252 (Latin-1); use --encoding to choose another"}, nil
	}
	type cand struct {
		text  string
		name  string
		score float64
	}
	cands := []struct {
		e    encoding.Encoding
		name string
	}{{simplifiedchinese.GB18030, GB18030}, {traditionalchinese.Big5, Big5}}
	if len(data)%2 == 0 {
		// UTF-16 without a byte order mark and without ASCII has no zero
		// byte at all: only its decoding tells it apart.
		cands = append(cands, struct {
			e    encoding.Encoding
			name string
		}{unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), UTF16LE}, struct {
			e    encoding.Encoding
			name string
		}{unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), UTF16BE})
	}
	var best *cand
	for _, c := range cands {
		out, err := c.e.NewDecoder().Bytes(data)
		if err != nil {
			continue
		}
		t := string(out)
		if badShare(t) > maxBadShare {
			continue
		}
		if (c.name == UTF16LE || c.name == UTF16BE) && commonShare(t) < minUTF16Common {
			continue // any even-length bytes decode as UTF-16
		}
		s := commonShare(t) - badShare(t)
		if best == nil || s > best.score {
			best = &cand{t, c.name, s}
		}
	}
	if best != nil {
		return best.text, best.name, nil, nil
	}
	t := lenientUTF8(data)
	if badShare(t) > maxBadShare {
		return "", "", nil, &NotTextError{}
	}
	return t, UTF8, []string{"not valid in any known encoding; invalid sequences shown as �"}, nil
}

// singleByte reports text in a Western single-byte encoding: most of its
// high bytes (0x80–0xFF) stand alone between ASCII bytes, where every
// Chinese multi-byte encoding puts them in runs of two or more. At least
// minSingleHigh of them, so that one stray byte decides nothing.
func singleByte(data []byte) bool {
	const minSingleHigh = 3
	alone, runs := 0, 0
	for i := 0; i < len(data); i++ {
		if data[i] < 0x80 {
			continue
		}
		j := i
		for j < len(data) && data[j] >= 0x80 {
			j++
		}
		if j-i == 1 {
			alone++
		} else {
			runs++
		}
		i = j
	}
	return alone >= minSingleHigh && alone > 4*runs
}

// utf16NoBOM recognises UTF-16 without a byte order mark by its zero
// bytes: every ASCII character (line breaks, digits) puts a zero in the
// high byte, on one side of the pair only. Chinese text has few of them
// (a line break every dozen characters), so the share asked is small, and
// the decoding must then look like text.
func utf16NoBOM(head []byte) (encoding.Encoding, string, bool) {
	const minZeroShare = 16 // at least one pair in this many has a zero
	if len(head) < 4 {
		return nil, "", false
	}
	var even, odd int
	for i := 0; i+1 < len(head); i += 2 {
		if head[i] == 0 {
			even++
		}
		if head[i+1] == 0 {
			odd++
		}
	}
	pairs := len(head) / 2
	var e encoding.Encoding
	var name string
	switch {
	case odd > pairs/minZeroShare && even*8 < odd:
		e, name = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), UTF16LE
	case even > pairs/minZeroShare && odd*8 < even:
		e, name = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), UTF16BE
	default:
		return nil, "", false
	}
	out, err := e.NewDecoder().Bytes(head[:len(head)&^1])
	if err != nil || badShare(string(out)) > maxBadShare {
		return nil, "", false
	}
	return e, name, true
}

// badShare is the share of runes that no text contains: replacement
// characters and C0/C1 controls other than whitespace.
func badShare(t string) float64 {
	n, bad := 0, 0
	for _, r := range t {
		n++
		if r == utf8.RuneError || (r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f') || (r >= 0x7f && r < 0xa0) {
			bad++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(bad) / float64(n)
}

// commonShare is the share of ideographs that are among the most common
// Chinese characters (simplified or traditional). Text decoded with the
// wrong Chinese encoding is made of rare characters.
func commonShare(t string) float64 {
	han, common := 0, 0
	for _, r := range t {
		if r >= 0x4E00 && r <= 0x9FFF {
			han++
			if commonHan[r] {
				common++
			}
		}
	}
	if han == 0 {
		return 0
	}
	return float64(common) / float64(han)
}

// invalidUTF8 counts the bytes of data that are not part of a valid UTF-8
// sequence.
func invalidUTF8(data []byte) int {
	n := 0
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			n++
		}
		data = data[size:]
	}
	return n
}

// lenientUTF8 decodes data as UTF-8: a stray byte 0x80–0x9F is taken as the
// C1 control it is in 8-bit terminals (0x9B is CSI), so the sanitizer shows
// it as a control picture; other invalid bytes become U+FFFD.
func lenientUTF8(data []byte) string {
	var b strings.Builder
	b.Grow(len(data))
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			if c := data[0]; c >= 0x80 && c <= 0x9F {
				r = rune(c)
			}
		}
		b.WriteRune(r)
		data = data[size:]
	}
	return b.String()
}
