package parse

import "testing"

func TestOCRLayer(t *testing.T) {
	for in, want := range map[string]string{
		"城市  书房":         "城市书房",
		"本 报  讯  晚上 9 点": "本报讯晚上 9 点",
		"APP  下载":        "APP  下载",
		"记者  许 文 静  摄":   "记者许文静摄",
	} {
		if got := joinIdeographs(in); got != want {
			t.Errorf("joinIdeographs(%q) = %q, want %q", in, got, want)
		}
	}
	ocr := []gline{{text: "城市书房", font: "GlyphLessFont"}, {text: "晚上", font: "GlyphLessFont"}}
	mixed := []gline{{text: "城市书房开放以来", font: "utf8song"}, {text: "晚上", font: "GlyphLessFont"}}
	if !isOCRLayer(ocr) || isOCRLayer(mixed) {
		t.Errorf("isOCRLayer: %v %v", isOCRLayer(ocr), isOCRLayer(mixed))
	}
}
