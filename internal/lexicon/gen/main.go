// Command gen writes the lexicon's word list from the word list of the
// Android Pinyin IME as Rime ships it (Debian: apt-get install
// rime-data-pinyin-simp):
//
//	go run ./internal/lexicon/gen -dict /usr/share/rime-data/pinyin_simp.dict.yaml
//
// It keeps the words of two to four ideographs. An input method's words
// are the ones people type today (扫码, 网购, 电商), which a newspaper
// prints.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"slices"
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

func run(dict, out string) error {
	f, err := os.Open(dict)
	if err != nil {
		return fmt.Errorf("reading the dictionary: %w", err)
	}
	defer f.Close()
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// entries are word<TAB>pinyin<TAB>weight, after the YAML header
		w, _, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		if n := utf8.RuneCountInString(w); n < 2 || n > 4 || !allHan(w) {
			continue
		}
		words = append(words, w)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading the dictionary: %w", err)
	}
	if len(words) == 0 {
		return fmt.Errorf("%s holds no words of two to four ideographs", dict)
	}
	slices.Sort(words)
	words = slices.Compact(words)
	return os.WriteFile(out, []byte(strings.Join(words, "\n")+"\n"), 0o644)
}

func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) || r > 0xFFFF {
			return false
		}
	}
	return true
}
