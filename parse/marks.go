package parse

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Page marks: what a page says of itself in its header strip — the page
// label ("A4 城事", "第06版", "第3版：要闻") and the date ("2023年9月18日
// 星期一", "2022-06-15"). They are read from the furniture only: body
// text is full of dates that are not the paper's.

// maxSectionRunes: a section name after a page label is a word or two
// (要闻, 城事, 经济新闻), never a sentence.
const maxSectionRunes = 6

// pageMarks finds the label and the date (as YYYY-MM-DD) among furniture
// lines, the first of each.
func pageMarks(furniture []string) (label, date string) {
	for _, f := range furniture {
		if label == "" {
			label = pageLabel(f)
		}
		if date == "" {
			date = pageDate(f)
		}
	}
	return label, date
}

// pageLabel reads "第06版", "第三版", "A4 城事", "A4版", "B2 版：经济" from a
// furniture line, with the section name that follows the number when it
// is a short word.
func pageLabel(s string) string {
	fields := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("：:·|｜/", r) })
	for i, f := range fields {
		num := ""
		switch {
		case strings.HasPrefix(f, "第") && strings.HasSuffix(f, "版"):
			n := strings.TrimSuffix(strings.TrimPrefix(f, "第"), "版")
			if n != "" && (allDigits(n) || allHanNumerals(n)) {
				num = f
			}
		case isLetterPage(strings.TrimSuffix(f, "版")):
			num = strings.TrimSuffix(f, "版")
		}
		if num == "" {
			continue
		}
		if i+1 < len(fields) {
			next := fields[i+1]
			if next == "版" && i+2 < len(fields) {
				next = fields[i+2]
			}
			if n := utf8.RuneCountInString(next); n >= 2 && n <= maxSectionRunes && allHan(next) && !strings.HasPrefix(next, "星期") {
				return num + " " + next
			}
		}
		return num
	}
	return ""
}

// isLetterPage: A4, B12, AA2 — a section letter and a page number.
func isLetterPage(s string) bool {
	i := 0
	for i < len(s) && i < 2 && s[i] >= 'A' && s[i] <= 'Z' {
		i++
	}
	return i > 0 && len(s)-i >= 1 && len(s)-i <= 2 && allDigits(s[i:])
}

// pageDate reads 2023年9月18日, 2023-09-18, 2023.9.18 or 2023/9/18 as
// 2023-09-18.
func pageDate(s string) string {
	s = strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	for i := 0; i+4 <= len(s); i++ {
		if i > 0 && isDigit(s[i-1]) {
			continue
		}
		if !allDigits(s[i : i+4]) {
			continue
		}
		y, _ := strconv.Atoi(s[i : i+4])
		rest := s[i+4:]
		var sep1, sep2 string
		switch {
		case strings.HasPrefix(rest, "年"):
			sep1, sep2 = "年", "月"
		case len(rest) > 0 && strings.ContainsRune("-./", rune(rest[0])):
			sep1, sep2 = rest[:1], rest[:1]
		default:
			continue
		}
		rest = rest[len(sep1):]
		m, n := leadingNumber(rest)
		if n == 0 || !strings.HasPrefix(rest[n:], sep2) {
			continue
		}
		rest = rest[n+len(sep2):]
		d, k := leadingNumber(rest)
		if k == 0 || y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
			continue
		}
		return strconv.Itoa(y) + "-" + twoDigits(m) + "-" + twoDigits(d)
	}
	return ""
}

func leadingNumber(s string) (int, int) {
	n := 0
	for n < len(s) && n < 2 && isDigit(s[n]) {
		n++
	}
	v, _ := strconv.Atoi(s[:n])
	return v, n
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func allHanNumerals(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune("一二三四五六七八九十〇零", r) {
			return false
		}
	}
	return s != ""
}

func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}
