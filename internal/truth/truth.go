// Package truth reads the expected parse of a test page and judges a
// parse against it the way the project's scorer does: whitespace ignored,
// articles matched by the bigrams of their bodies, an article right when
// its headlines, title, lead, paragraphs and byline names all are. It
// serves the corpus tests of parse (page dumps) and load (PDFs).
package truth

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"
)

// File is a truth file.
type File struct {
	File      string    `json:"file"`
	Encoding  string    `json:"encoding"`
	Articles  []Article `json:"articles"`
	Furniture []string  `json:"furniture"`
}

// Article is an expected article; as a prediction, Title is its main
// headline.
type Article struct {
	Headlines      []string `json:"headlines"`
	Main           int      `json:"main"`
	Title          string   `json:"-"`
	Lead           string   `json:"lead"`
	Paragraphs     []string `json:"paragraphs"`
	Reporters      []string `json:"reporters"`
	Correspondents []string `json:"correspondents"`
	BylineRaw      string   `json:"byline_raw"`
	Captions       []string `json:"captions"`
}

// Read reads a truth file.
func Read(path string) (File, error) {
	var f File
	data, err := os.ReadFile(path)
	if err != nil {
		return f, err
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return f, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// Strings is every printed string of a truth file: what a parse of its
// page must account for.
func (f *File) Strings() []string {
	out := append([]string(nil), f.Furniture...)
	for _, a := range f.Articles {
		out = append(out, a.Headlines...)
		out = append(out, a.Lead, a.BylineRaw)
		out = append(out, a.Paragraphs...)
		out = append(out, a.Captions...)
	}
	return out
}

// Nows removes all whitespace.
func Nows(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// Judge compares predicted articles with the expected ones and returns
// the differences, each starting "article N (title):".
func Judge(want, got []Article) []string {
	var problems []string
	var preds []Article
	for _, a := range got {
		if Nows(strings.Join(a.Paragraphs, "")) != "" {
			preds = append(preds, a)
		}
	}
	match := matchArticles(want, preds)
	for i, tr := range want {
		j := match[i]
		label := fmt.Sprintf("article %d (%s)", i, lastOr(tr.Headlines))
		if j < 0 {
			problems = append(problems, label+": not found")
			continue
		}
		p := preds[j]
		tj := Nows(strings.Join(tr.Headlines, ""))
		pj := Nows(strings.Join(p.Headlines, ""))
		ok := len([]rune(pj)) == len([]rune(tj))
		for _, h := range tr.Headlines {
			ok = ok && strings.Contains(pj, Nows(h))
		}
		if !ok {
			problems = append(problems, fmt.Sprintf("%s: headlines %q, want %q", label, p.Headlines, tr.Headlines))
		}
		titles := map[string]bool{}
		for k, h := range tr.Headlines {
			titles[Nows(h)] = true
			if k+1 < len(tr.Headlines) {
				titles[Nows(h+tr.Headlines[k+1])] = true
			}
		}
		if len(tr.Headlines) == 0 {
			titles[""] = true
		}
		if !titles[Nows(p.Title)] {
			problems = append(problems, fmt.Sprintf("%s: title %q not a headline line", label, p.Title))
		}
		if Nows(p.Lead) != Nows(tr.Lead) {
			problems = append(problems, fmt.Sprintf("%s: lead %q, want %q", label, p.Lead, tr.Lead))
		}
		if !equalNows(p.Paragraphs, tr.Paragraphs) {
			problems = append(problems, fmt.Sprintf("%s: paragraphs differ:\n got %q\nwant %q", label, p.Paragraphs, tr.Paragraphs))
		}
		if !sameSet(p.Reporters, tr.Reporters) || !sameSet(p.Correspondents, tr.Correspondents) {
			problems = append(problems, fmt.Sprintf("%s: byline %q / %q, want %q / %q", label,
				p.Reporters, p.Correspondents, tr.Reporters, tr.Correspondents))
		}
	}
	return problems
}

// Wrong counts the articles Judge's problems are about.
func Wrong(problems []string) int {
	bad := map[string]bool{}
	for _, p := range problems {
		bad[strings.SplitN(p, ":", 2)[0]] = true
	}
	return len(bad)
}

func lastOr(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[len(s)-1]
}

func equalNows(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if Nows(a[i]) != Nows(b[i]) {
			return false
		}
	}
	return true
}

func sameSet(a, b []string) bool {
	m := map[string]int{}
	for _, x := range a {
		m[Nows(x)] |= 1
	}
	for _, x := range b {
		m[Nows(x)] |= 2
	}
	for _, v := range m {
		if v != 3 {
			return false
		}
	}
	return true
}

// matchArticles pairs expected and predicted articles greedily by the
// Jaccard index of the bigram sets of their paragraphs, best first.
func matchArticles(want, preds []Article) []int {
	type pair struct {
		s    float64
		i, j int
	}
	var pairs []pair
	tb := make([]map[string]bool, len(want))
	for i, tr := range want {
		tb[i] = bigramSet(Nows(strings.Join(tr.Paragraphs, "")))
	}
	for j, p := range preds {
		pb := bigramSet(Nows(strings.Join(p.Paragraphs, "")))
		for i := range want {
			inter := 0
			for k := range pb {
				if tb[i][k] {
					inter++
				}
			}
			union := len(pb) + len(tb[i]) - inter
			if union > 0 && inter > 0 {
				pairs = append(pairs, pair{float64(inter) / float64(union), i, j})
			}
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int {
		switch {
		case a.s > b.s:
			return -1
		case a.s < b.s:
			return 1
		}
		return 0
	})
	out := make([]int, len(want))
	for i := range out {
		out[i] = -1
	}
	used := map[int]bool{}
	for _, p := range pairs {
		if out[p.i] < 0 && !used[p.j] {
			out[p.i] = p.j
			used[p.j] = true
		}
	}
	return out
}

func bigramSet(s string) map[string]bool {
	r := []rune(s)
	m := map[string]bool{}
	if len(r) == 1 {
		m[s] = true
	}
	for i := 0; i+1 < len(r); i++ {
		m[string(r[i:i+2])] = true
	}
	return m
}

// ReadScores reads a scores file: "set/page ok/total" lines, # comments.
// A missing file is an empty record.
func ReadScores(path string) (map[string]int, error) {
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return map[string]int{}, nil
	}
	if err != nil {
		return nil, err
	}
	out := map[string]int{}
	for _, l := range strings.Split(string(data), "\n") {
		key, score, ok := strings.Cut(l, " ")
		if !ok || strings.HasPrefix(l, "#") {
			continue
		}
		n, _, _ := strings.Cut(score, "/")
		var v int
		if _, err := fmt.Sscan(n, &v); err != nil {
			return nil, fmt.Errorf("%s: bad line %q", path, l)
		}
		out[key] = v
	}
	return out, nil
}

// WriteScores writes lines ("set/page ok/total") under a comment that
// says how they are made.
func WriteScores(path, how string, lines []string) error {
	data := "# Articles fully right per page; written by " + how + "\n" + strings.Join(lines, "\n") + "\n"
	return os.WriteFile(path, []byte(data), 0o644)
}
