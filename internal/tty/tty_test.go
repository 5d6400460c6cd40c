package tty

import "testing"

func TestParseAnswer(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Answer
		done bool
	}{
		{"both, BEL", "\x1b]11;rgb:0000/0000/0000\x07\x1b[12;2R", Answer{HasBackground: true, Dark: true, HasWidth: true}, true},
		{"both, ST, light, wide", "\x1b]11;rgb:ffff/ffff/ffff\x1b\\\x1b[5;3R", Answer{HasBackground: true, HasWidth: true, Wide: true}, true},
		{"two-digit channels", "\x1b]11;rgb:fd/f6/e3\x07\x1b[1;2R", Answer{HasBackground: true, HasWidth: true}, true},
		{"no OSC 11 answer", "\x1b[40;2R", Answer{HasWidth: true}, true},
		{"colour only so far", "\x1b]11;rgb:1e1e/1e1e/2e2e\x07", Answer{HasBackground: true, Dark: true}, false},
		{"half a report", "\x1b[12;", Answer{}, false},
		{"odd column", "\x1b[3;7R", Answer{}, true},
		{"garbage", "hello", Answer{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, done := parseAnswer([]byte(tt.in))
			if got != tt.want || done != tt.done {
				t.Errorf("parseAnswer(%q) = %+v, %v; want %+v, %v", tt.in, got, done, tt.want, tt.done)
			}
		})
	}
}

func TestDarkColor(t *testing.T) {
	tests := []struct {
		spec     string
		dark, ok bool
	}{
		{"rgb:0000/0000/0000", true, true}, {"rgb:ffff/ffff/ffff", false, true},
		{"#282828", true, true}, {"#fdf6e3", false, true}, {"rgb:8/8/8", false, true},
		{"rgb:zz/00/00", false, false}, {"blue", false, false}, {"rgb:00/00", false, false},
	}
	for _, tt := range tests {
		dark, ok := darkColor(tt.spec)
		if dark != tt.dark || ok != tt.ok {
			t.Errorf("darkColor(%q) = %v, %v; want %v, %v", tt.spec, dark, ok, tt.dark, tt.ok)
		}
	}
}

// FuzzParseAnswer: whatever a terminal sends back, no panic.
func FuzzParseAnswer(f *testing.F) {
	f.Add([]byte("\x1b]11;rgb:0000/0000/0000\x07\x1b[12;2R"))
	f.Add([]byte("\x1b[;R\x1b]11;#\x07"))
	f.Fuzz(func(t *testing.T, b []byte) { parseAnswer(b) })
}
