package decode

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

const page = "本报讯 为进一步推动“五星”支部创建、党建引领网格化基层治理等重点任务，持续强化党建效能建设。\n记者 孙庆辉\n"

func TestDetect(t *testing.T) {
	gb, _ := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(page))
	big5, _ := traditionalchinese.Big5.NewEncoder().Bytes([]byte("本報訊 為進一步推動支部創建，持續強化黨建效能建設。這個問題們來說國會時為對動過還後問"))
	u16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(page))
	u16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(page))
	u16noBOM, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte("abc 本报讯 记者\n"))
	tests := []struct {
		name string
		in   []byte
		enc  string
		text string // a prefix the decoded text must have
	}{
		{"utf-8", []byte(page), UTF8, "本报讯"},
		{"utf-8 with BOM", append([]byte("\xef\xbb\xbf"), page...), UTF8, "本报讯"},
		{"gb18030", gb, GB18030, "本报讯"},
		{"big5", big5, Big5, "本報訊"},
		{"utf-16le with BOM", u16le, UTF16LE, "本报讯"},
		{"utf-16be with BOM", u16be, UTF16BE, "本报讯"},
		{"utf-16le without BOM", u16noBOM, UTF16LE, "abc 本报讯"},
		{"crlf becomes lf", []byte("一\r\n二\r三"), UTF8, "一\n二\n三"},
		{"empty", nil, UTF8, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Decode(tt.in, "")
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if res.Encoding != tt.enc {
				t.Errorf("encoding = %q, want %q", res.Encoding, tt.enc)
			}
			if !strings.HasPrefix(res.Text, tt.text) {
				t.Errorf("text = %q, want prefix %q", res.Text[:min(len(res.Text), 40)], tt.text)
			}
			if len(res.Warnings) != 0 {
				t.Errorf("warnings %q", res.Warnings)
			}
		})
	}
}

func TestOverride(t *testing.T) {
	gb, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(page))
	res, err := Decode(gb, "gbk")
	if err != nil || res.Encoding != GBK || !strings.HasPrefix(res.Text, "本报讯") {
		t.Fatalf("Decode(gbk) = %q, %q, %v", res.Encoding, res.Text[:9], err)
	}
	// forcing UTF-8 on GBK bytes: replacement characters and a warning
	res, err = Decode(gb, "utf-8")
	if err != nil || res.Changes.Replacement == 0 || len(res.Warnings) == 0 {
		t.Errorf("Decode(gbk bytes, utf-8): replacement %d, warnings %q, err %v", res.Changes.Replacement, res.Warnings, err)
	}
	if _, err := Decode(nil, "ebcdic"); err == nil {
		t.Error("unknown encoding accepted")
	}
}

func TestBinary(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		msg  string
	}{
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "not a text file (looks like PDF)"},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "not a text file (looks like PNG image)"},
		{"elf", []byte("\x7fELF\x02\x01\x01\x00\x00\x00"), "not a text file (looks like executable)"},
		{"nul in the head", append([]byte("本报讯"), 0, 0, 0, 1, 2, 3, 200, 201, 0, 7), "not a text file"},
		{"random bytes", []byte("\x81\xff\xfe\x80\x90\xa0\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13"), "not a text file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(tt.in, "")
			if !errors.Is(err, ErrNotText) || err.Error() != tt.msg {
				t.Errorf("Decode(%s) error = %v, want %q", tt.name, err, tt.msg)
			}
		})
	}
}

// TestInvalidEverywhere: bytes valid in no encoding but mostly text are
// shown with replacement characters and a warning, not refused.
func TestInvalidEverywhere(t *testing.T) {
	in := []byte(strings.Repeat("本报讯记者孙庆辉", 20) + "\xff\xfe" + strings.Repeat("高新区", 20))
	res, err := Decode(in, "")
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if !utf8.ValidString(res.Text) || len(res.Warnings) == 0 || !strings.Contains(res.Text, "高新区") {
		t.Errorf("Decode = %q…, warnings %q", res.Text[:30], res.Warnings)
	}
}

func TestSanitize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
		ch   Changes
	}{
		{"clean text untouched", "本报讯“五星”……——\f第二页", "本报讯“五星”……——\f第二页", Changes{}},
		{"OSC 52 clipboard write", "标题\x1b]52;c;SGVsbG8=\x07正文", "标题␛]52;c;SGVsbG8=␇正文", Changes{Escapes: 1, Controls: 1}},
		{"CSI clear screen", "\x1b[2J高新", "␛[2J高新", Changes{Escapes: 1}},
		{"8-bit CSI", "\u009b31m红", "␛[31m红", Changes{Controls: 1}},
		{"OSC 8 hyperlink", "\x1b]8;;http://x\x1b\\链接\x1b]8;;\x1b\\", "␛]8;;http://x␛\\链接␛]8;;␛\\", Changes{Escapes: 4}},
		{"bidi override removed", "高\u202e新\u2066区\u2069", "高新区", Changes{Bidi: 3}},
		{"zero width removed", "高\u200b新\ufeff区\u00ad", "高新区", Changes{ZeroWidth: 3}},
		{"NUL and DEL visible", "a\x00b\x7f", "a␀b␡", Changes{Controls: 2}},
		{"tab expanded", "ab\tc", "ab      c", Changes{Tabs: 1}},
		{"CR and separators are newlines", "一\r二\u2028三", "一\n二\n三", Changes{}},
		{"replacement counted", "a\ufffdb", "a\ufffdb", Changes{Replacement: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ch := Sanitize(tt.in)
			if got != tt.want || ch != tt.ch {
				t.Errorf("Sanitize(%q) = %q %+v, want %q %+v", tt.in, got, ch, tt.want, tt.ch)
			}
			assertSafe(t, got)
		})
	}
}

// assertSafe fails if s holds anything a terminal would act on.
func assertSafe(t *testing.T, s string) {
	t.Helper()
	for _, r := range s {
		if (r < 0x20 && r != '\n' && r != '\f') || (r >= 0x7f && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
			t.Fatalf("unsafe rune %U in %q", r, s)
		}
	}
}

func FuzzSanitize(f *testing.F) {
	f.Add("\x1b]52;c;SGVsbG8=\x07\x1b[2J\u009b31m\u202e")
	f.Fuzz(func(t *testing.T, s string) {
		got, _ := Sanitize(s)
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 out of %q", s)
		}
		assertSafe(t, got)
	})
}

// TestStrayBytes: a few invalid bytes keep a UTF-8 file UTF-8; a stray
// 8-bit C1 byte is shown as the control it is.
func TestStrayBytes(t *testing.T) {
	in := []byte("本报讯 近日，高新区举办读书节，吸引\x9b31m市民参加。活动持续一周，共有三千人次参加，好评如潮。")
	res, err := Decode(in, "")
	if err != nil || res.Encoding != UTF8 {
		t.Fatalf("Decode = %q, %v", res.Encoding, err)
	}
	if !strings.Contains(res.Text, "吸引␛[31m市民") || len(res.Warnings) == 0 {
		t.Errorf("text %q, warnings %q", res.Text, res.Warnings)
	}
}

func TestLine(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "a/高新.txt", "a/高新.txt"},
		{"osc title", "x\x1b]0;PWNED\ay.txt", "x␛]0;PWNED␇y.txt"},
		{"newline", "a\nb\r\fc\td", "a␊b␍␌c␉d"},
		{"c1 csi", "a\u009b2Jb", "a␛[2Jb"},
		{"bidi", "a\u202eb", "ab"},
		{"invalid utf-8", "a\xffb", "a\uFFFDb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Line(tt.in); got != tt.want {
				t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestDetectHard: inputs v1 refused or garbled — a stray NUL in UTF-8,
// UTF-16 without a byte order mark (with and without ASCII), Latin-1.
func TestDetectHard(t *testing.T) {
	page := strings.Repeat("高新区村（社区）书记“打擂台”\n“五星”创建引热潮，6月10日\n", 40)
	le := func(s string) []byte {
		var b []byte
		for _, r := range s {
			b = append(b, byte(r), byte(r>>8))
		}
		return b
	}
	be := func(s string) []byte {
		var b []byte
		for _, r := range s {
			b = append(b, byte(r>>8), byte(r))
		}
		return b
	}
	pure := strings.ReplaceAll(strings.ReplaceAll(page, "\n", ""), "6月10日", "")
	tests := []struct {
		name, enc, text string
		in              []byte
	}{
		{"utf-8 with a stray NUL", UTF8, strings.Replace(page, "\n", "␀\n", 1), []byte(strings.Replace(page, "\n", "\x00\n", 1))},
		{"utf-16le without BOM", UTF16LE, page, le(page)},
		{"utf-16be without BOM", UTF16BE, page, be(page)},
		{"utf-16le, no ASCII at all", UTF16LE, pure, le(pure)},
		{"latin-1", Windows1252, "Le café a été rénové. Où est la clé?\n", []byte("Le caf\xe9 a \xe9t\xe9 r\xe9nov\xe9. O\xf9 est la cl\xe9?\n")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Decode(tt.in, "")
			if err != nil || res.Encoding != tt.enc || res.Text != tt.text {
				t.Errorf("Decode = %q, %.40q, %v; want %q, %.40q", res.Encoding, res.Text, err, tt.enc, tt.text)
			}
		})
	}
	// GB18030 text is never taken for Latin-1 or UTF-16.
	gb, _ := simplifiedchinese.GB18030.NewEncoder().String(page)
	if res, err := Decode([]byte(gb), ""); err != nil || res.Encoding != GB18030 {
		t.Errorf("Decode(gb18030) = %q, %v", res.Encoding, err)
	}
}
