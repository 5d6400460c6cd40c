package decode

import (
	"strings"
	"unicode/utf8"
)

// Changes counts what Sanitize changed, so that nothing is changed silently.
type Changes struct {
	// Escapes are ESC characters (the start of CSI, OSC, DCS, APC
	// sequences), shown as ␛ with the rest of the sequence left as text.
	Escapes int `json:"escapes"`
	// Controls are other C0 controls, DEL and C1 controls, shown as
	// control pictures (␇, ␡, ␛[ for the 8-bit CSI).
	Controls int `json:"controls"`
	// Bidi are bidirectional overrides, embeddings, isolates and marks,
	// removed.
	Bidi int `json:"bidi"`
	// ZeroWidth are zero-width spaces, word joiners, soft hyphens and
	// stray byte order marks, removed.
	ZeroWidth int `json:"zero_width"`
	// Tabs expanded to spaces.
	Tabs int `json:"tabs"`
	// Replacement characters (U+FFFD) in the text: invalid input bytes.
	Replacement int `json:"replacement"`
}

// Total is the number of changes that altered visible content.
func (c Changes) Total() int { return c.Escapes + c.Controls + c.Bidi + c.ZeroWidth }

// tabStop is the tab width used for expansion: the terminal default.
const tabStop = 8

// Sanitize makes text safe to draw on a terminal: line endings become
// "\n" (form feeds stay), ESC and other controls become visible control
// pictures, bidi controls and invisible characters are removed, tabs are
// expanded. Printable text is never removed: an escape sequence's payload
// stays visible after its ␛.
func Sanitize(s string) (string, Changes) {
	var c Changes
	if clean(s) {
		c.Replacement = strings.Count(s, "\uFFFD")
		return s, c
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	col := 0 // runes since the line start, for tab stops
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\n' || r == '\f':
			b.WriteRune(r)
			col = 0
			continue
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
			col = 0
			continue
		case r == 0x2028 || r == 0x2029:
			b.WriteByte('\n')
			col = 0
			continue
		case r == '\t':
			c.Tabs++
			k := tabStop - col%tabStop
			b.WriteString(strings.Repeat(" ", k))
			col += k
			continue
		case r == 0x1B:
			c.Escapes++
			b.WriteRune('␛')
		case r < 0x20:
			c.Controls++
			b.WriteRune(0x2400 + r) // ␀ … ␟
		case r == 0x7F:
			c.Controls++
			b.WriteRune('␡')
		case r >= 0x80 && r <= 0x9F:
			// C1: shown as its 7-bit form, ␛ and a letter (0x9B → ␛[).
			c.Controls++
			b.WriteRune('␛')
			b.WriteRune(r - 0x40)
			col++
		case isBidi(r):
			c.Bidi++
			continue
		case isInvisible(r):
			c.ZeroWidth++
			continue
		case r == utf8.RuneError && n == 1:
			c.Replacement++
			b.WriteRune(utf8.RuneError)
		default:
			if r == utf8.RuneError {
				c.Replacement++
			}
			b.WriteRune(r)
		}
		col++
	}
	return b.String(), c
}

func isBidi(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x200E || r == 0x200F || r == 0x061C
}

func isInvisible(r rune) bool {
	return r == 0x200B || r == 0x2060 || r == 0xFEFF || r == 0x00AD || r == 0x180E
}

// clean reports whether s needs no change: no control bytes but "\n" and
// "\f", no DEL, no C1 controls, bidi or invisible characters. 0xC2 and 0xD8
// lead many harmless characters too; those take the slow path.
func clean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20:
			if c != '\n' && c != '\f' {
				return false
			}
		case c == 0x7F, c == 0xC2, c == 0xD8:
			return false
		case c == 0xE2 && i+2 < len(s):
			// U+200B–U+200F, U+2028–U+202E, U+2060–U+2069; not the quotes,
			// dashes and ellipsis of the same blocks.
			c1, c2 := s[i+1], s[i+2]
			if (c1 == 0x80 && ((c2 >= 0x8B && c2 <= 0x8F) || (c2 >= 0xA8 && c2 <= 0xAE))) ||
				(c1 == 0x81 && c2 >= 0xA0 && c2 <= 0xA9) {
				return false
			}
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBB && s[i+2] == 0xBF:
			return false
		case c == 0xE1 && i+2 < len(s) && s[i+1] == 0xA0 && s[i+2] == 0x8E:
			return false
		}
	}
	return utf8.ValidString(s)
}

// Line makes one line of text safe to print, for the strings the program
// shows besides page text: file names, error messages. Invalid UTF-8 is
// shown as �, controls as control pictures, and line breaks too (␊, ␍,
// ␌), so a name can neither move the cursor nor start a new line.
func Line(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if clean(s) && !strings.ContainsAny(s, "\n\f") {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\n', '\r', '\f', '\t', 0x2028, 0x2029:
			if r > 0x2000 {
				r = 0x240A // ␊
			} else {
				r += 0x2400
			}
			b.WriteRune(r)
			continue
		}
		t, _ := Sanitize(string(r))
		b.WriteString(t)
	}
	return b.String()
}
