// Command gen writes the lexicon's word list from the word list of the
// Android Pinyin IME as Rime ships it (Debian: apt-get install
// rime-data-pinyin-simp):
//
//	go run ./internal/lexicon/gen -dict /usr/share/rime-data/pinyin_simp.dict.yaml
//
// It keeps the words of two to four ideographs, each with its strength
// class (word<TAB>class). An input method's words
// are the ones people type today (扫码, 网购, 电商), which a newspaper
// prints.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	dict := flag.String("dict", "/usr/share/rime-data/pinyin_simp.dict.yaml", "Rime's pinyin_simp.dict.yaml")
	out := flag.String("out", "internal/lexicon/words.txt", "word list to write")
	flag.Parse()
	if err := run(*dict, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// Weights that part the two-ideograph words by how common they are: a
// column break between two common ideographs makes a rare word of them
// by chance (也|去, 一|改), a common one rarely (过|去). Measured on the
// ordered PDF pages: a true cut spans a word of 5 000 or more 15 % of
// the time, a false one 0.5 %; of under 300, 3.6 % and 1.7 %.
var strengthWeights = []int{300, 1000, 5000}

// strength is a word's class in words.txt: 1 to 3 for a word of two
// ideographs, by weight; 4 for a very common one or a longer word.
func strength(w string, weight int) int {
	if utf8.RuneCountInString(w) > 2 {
		return 4
	}
	s := 1
	for _, t := range strengthWeights {
		if weight >= t {
			s++
		}
	}
	return s
}

func run(dict, out string) error {
	f, err := os.Open(dict)
	if err != nil {
		return fmt.Errorf("reading the dictionary: %w", err)
	}
	defer f.Close()
	weights := map[string]int{} // a word's highest weight over its readings
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// entries are word<TAB>pinyin<TAB>weight, after the YAML header
		fields := strings.Split(sc.Text(), "\t")
		w := fields[0]
		if len(fields) < 2 {
			continue
		}
		if n := utf8.RuneCountInString(w); n < 2 || n > 4 || !allHan(w) {
			continue
		}
		weight := 0
		if len(fields) >= 3 {
			if v, err := strconv.Atoi(strings.TrimSpace(fields[2])); err == nil {
				weight = v
			}
		}
		weights[w] = max(weights[w], weight)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading the dictionary: %w", err)
	}
	if len(weights) == 0 {
		return fmt.Errorf("%s holds no words of two to four ideographs", dict)
	}
	words := slices.Sorted(maps.Keys(weights))
	var b strings.Builder
	for _, w := range words {
		fmt.Fprintf(&b, "%s\t%d\n", w, strength(w, weights[w]))
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) || r > 0xFFFF {
			return false
		}
	}
	return true
}
