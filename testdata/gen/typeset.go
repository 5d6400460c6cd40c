package main

import (
	"math/rand"
	"strings"
	"unicode/utf8"
)

// The typesetter imitates how a Chinese newspaper sets a column and how
// pdftotext then reads it back:
//   - lines are justified to the column width in ems; a paragraph's first
//     line is two ems shorter (the indent is lost in the dump);
//   - CJK punctuation is compressible to half an em, so a full line holds
//     a character or two more when it has commas and quotes;
//   - closing punctuation never starts a line (the previous character is
//     pushed down), opening punctuation never ends one, numbers and Latin
//     words are never split;
//   - where a justified line had to be stretched, pdftotext shows the gaps
//     as spaces: before a number (“6月 10日”), or — on a line with nothing
//     to stretch but its characters — between every character.

// unit is an unbreakable piece of a line.
type unit struct {
	text  string
	em    float64 // natural width
	comp  float64 // how much it can be compressed
	punct bool
	ascii bool
}

const (
	noStartChars = "，。、；：？！”’）》〉】…—%"
	noEndChars   = "“‘（《〈【"
	compChars    = "，。、；：“”‘’（）《》"
)

// units splits text into typesetting units.
func units(text string) []unit {
	var out []unit
	rs := []rune(text)
	for i := 0; i < len(rs); {
		r := rs[i]
		if r < 0x80 && r != ' ' {
			j := i
			for j < len(rs) && rs[j] < 0x80 && rs[j] != ' ' {
				j++
			}
			// a number keeps its percent sign and decimal point
			s := string(rs[i:j])
			out = append(out, unit{text: s, em: 0.5 * float64(j-i), ascii: true})
			i = j
			continue
		}
		if (r == '—' || r == '…') && i+1 < len(rs) && rs[i+1] == r {
			out = append(out, unit{text: string(rs[i : i+2]), em: 2, punct: true})
			i += 2
			continue
		}
		u := unit{text: string(r), em: 1}
		if strings.ContainsRune(compChars, r) {
			u.comp, u.punct = 0.5, true
		} else if strings.ContainsRune(noStartChars, r) {
			u.punct = true
		}
		out = append(out, u)
		i++
	}
	return out
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }
func lastRune(s string) rune  { r, _ := utf8.DecodeLastRuneInString(s); return r }

// setLine is a typeset line: its units and how much it had to stretch.
type setLine struct {
	us    []unit
	slack float64 // ems of stretch spread over the line
}

// typesetParagraph breaks a paragraph into justified lines of width em.
func typesetParagraph(text string, width float64, fullPunct bool) []setLine {
	us := units(text)
	if fullPunct {
		// punctuation set at a full em, never compressed
		for i := range us {
			us[i].comp = 0
		}
	}
	var lines []setLine
	first := true
	for len(us) > 0 {
		capacity := width
		if first {
			capacity -= 2
		}
		// fill: natural width minus what compression can save
		n, nat, comp := 0, 0.0, 0.0
		for n < len(us) {
			u := us[n]
			if nat+u.em-(comp+u.comp) > capacity+1e-9 {
				break
			}
			nat += u.em
			comp += u.comp
			n++
		}
		if n == 0 {
			n = 1 // a unit wider than the column: it gets a line of its own
		}
		// kinsoku: the next unit may not start a line, so pull it in if
		// compression allows it, else push characters down until the line
		// ends before something that may start one
		for n < len(us) && strings.ContainsRune(noStartChars, firstRune(us[n].text)) {
			u := us[n]
			if nat+u.em-(comp+u.comp)-capacity > 0.5+1e-9 {
				for n > 1 && strings.ContainsRune(noStartChars, firstRune(us[n].text)) {
					n--
					nat -= us[n].em
					comp -= us[n].comp
				}
				break
			}
			nat += u.em
			comp += u.comp
			n++
		}
		for n > 1 && n < len(us) && strings.ContainsRune(noEndChars, lastRune(us[n-1].text)) {
			n--
			nat -= us[n].em
			comp -= us[n].comp
		}
		last := n == len(us)
		slack := 0.0
		if !last {
			slack = capacity - (nat - comp)
			if slack < 0 {
				slack = 0
			}
		}
		lines = append(lines, setLine{us: us[:n], slack: slack})
		us = us[n:]
		first = false
	}
	return lines
}

// spacing is how a page's dump shows stretched lines.
type spacing struct {
	autospace    bool    // CJK/Latin autospace: a space around every ASCII run
	digitSpace   float64 // chance of a space before a number on a stretched line
	letterSpaced float64 // chance that a line stretched by ≥1.5 em comes out letter-spaced
}

// render writes a typeset line as pdftotext would read it.
func (sp spacing) render(l setLine, rng *rand.Rand) string {
	var b strings.Builder
	if sp.letterSpaced > 0 && l.slack >= 1.5 && len(l.us) > 4 && rng.Float64() < sp.letterSpaced {
		for i, u := range l.us {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(u.text)
		}
		return b.String()
	}
	for i, u := range l.us {
		if i > 0 {
			prev := l.us[i-1]
			switch {
			case sp.autospace && (u.ascii != prev.ascii) && !u.punct && !prev.punct:
				b.WriteByte(' ')
			case !sp.autospace && u.ascii && !prev.ascii && !prev.punct && l.slack > 0.2 && rng.Float64() < sp.digitSpace:
				b.WriteByte(' ')
			}
		}
		b.WriteString(u.text)
	}
	return b.String()
}
