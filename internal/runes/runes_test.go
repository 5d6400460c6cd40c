package runes

import (
	"testing"
	"unicode/utf8"
)

// DecodeAt must agree with utf8.DecodeRuneInString everywhere, including
// on invalid, truncated and surrogate sequences.
func FuzzDecodeAt(f *testing.F) {
	for _, s := range []string{"", "a", "高新区", "\xe9\xab", "\xed\xa0\x80", "\xe0\x80\xaf", "😀x", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); {
			r, n := DecodeAt(s, i)
			wr, wn := utf8.DecodeRuneInString(s[i:])
			if r != wr || n != wn {
				t.Fatalf("DecodeAt(%q, %d) = %U, %d; utf8 says %U, %d", s, i, r, n, wr, wn)
			}
			i += n
		}
	})
}
