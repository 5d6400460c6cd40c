package parse

import (
	"strings"
	"testing"
)

// TestMeasurePunct: a page whose full lines hold 12 characters however
// many commas they have sets punctuation at a full em; a page whose full
// lines hold a character more per two commas compresses it. Lines are
// measured accordingly.
func TestMeasurePunct(t *testing.T) {
	lines := func(texts []string) []tline {
		var out []tline
		for i := 0; i < 3; i++ {
			for _, s := range texts {
				out = append(out, tline{text: s, lineInfo: measure(s)})
			}
		}
		return out
	}
	full := []string{ // 12 characters a line, a mark counting a full em
		"高新区加装电梯二百一十六", "部，居民上下楼，不再难，", "老人出行方便，家人放心。", "社区党委牵头召开议事会，",
		"逐楼逐户征求意见，最终有", "九栋楼，同意加装，电梯。", "费用如何分担，是难题。难",
	}
	compressed := []string{ // the same 12 ems, marks at half an em: a character more per two marks
		"高新区加装电梯二百一十六", "部，居民上下楼，不再难，老", "人出行方便，家人放心。社", "区党委牵头召开议事会，逐",
		"楼逐户征求意见，最终有九", "栋楼，同意加装，电梯。费用", "如何分担，是难题。难题难",
	}
	for _, tt := range []struct {
		name  string
		texts []string
		units int // of a line with three marks
	}{
		{"full-em punctuation", full, 24},
		{"compressed punctuation", compressed, 23},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ls := lines(tt.texts)
			measurePunct(ls)
			for _, l := range ls {
				if strings.Count(l.text, "，")+strings.Count(l.text, "。") == 3 && l.units != tt.units {
					t.Errorf("%q measures %d units, want %d", l.text, l.units, tt.units)
				}
			}
		})
	}
}
