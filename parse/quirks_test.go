package parse

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestQuirks checks, page by page, the behaviour each hand-written test
// page exists for. TestCorpus already compares the pages with their truth;
// these name the quirk and look at what the truth format does not hold
// (furniture, captions, spaces, page numbers, layout).
func TestQuirks(t *testing.T) {
	tests := []struct {
		quirk string
		page  string
		enc   string
		check func(t *testing.T, pages []Page)
	}{
		{"1 narrow column lines, numbers whole", "q01-narrow-columns", "", func(t *testing.T, ps []Page) {
			a := ps[0].Articles[0]
			for _, want := range []string{"300平方米", "1500人次", "98%"} {
				if !strings.Contains(strings.Join(a.Paragraphs, ""), want) {
					t.Errorf("paragraphs lack %q: %q", want, a.Paragraphs)
				}
			}
		}},
		{"2 blank line at a column end mid-sentence", "q02-column-breaks", "", func(t *testing.T, ps []Page) {
			if n := len(ps[0].Articles[0].Paragraphs); n != 3 {
				t.Errorf("got %d paragraphs, want 3", n)
			}
		}},
		{"3 paragraph ends with and without blank lines, open quote", "q03-paragraphs", "", func(t *testing.T, ps []Page) {
			p := ps[0].Articles[0].Paragraphs
			if len(p) != 4 || !strings.HasPrefix(p[2], "“这是一次成功的尝试。今年") {
				t.Errorf("paragraphs = %q", p)
			}
		}},
		{"4 leads, names in a lead go to the byline", "q04-leads", "", func(t *testing.T, ps []Page) {
			var leads []string
			for _, a := range ps[0].Articles {
				leads = append(leads, a.Lead)
			}
			want := []string{"本报讯（记者 王芳 通讯员 李强）", "本报郑州10月8日讯", "本报北京10月1日电（记者王珂）", "新华社郑州6月7日电", ""}
			if !slices.Equal(leads, want) {
				t.Errorf("leads = %q, want %q", leads, want)
			}
			if by := ps[0].Articles[0].Byline; !slices.Equal(by.Reporters, []string{"王芳"}) || !slices.Equal(by.Correspondents, []string{"李强"}) {
				t.Errorf("lead names = %q / %q", by.Reporters, by.Correspondents)
			}
		}},
		{"5 byline forms", "q05-bylines", "", func(t *testing.T, ps []Page) {
			by := ps[0].Articles[1].Byline
			if !slices.Equal(by.Reporters, []string{"申琳"}) {
				t.Errorf("letter-spaced name = %q, want 申琳", by.Reporters)
			}
			if by := ps[0].Articles[3].Byline; !slices.Equal(by.Credits, []string{"张红", "王小丽"}) {
				t.Errorf("文/图 credits = %q", by.Credits)
			}
		}},
		{"6 headlines after the byline and at the page end", "q06-headline-placement", "", func(t *testing.T, ps []Page) {
			a := ps[0].Articles
			if a[0].Title() != "老城区雨污分流改造完工" || a[1].Title() != "热源厂完成设备检修 新增供热面积120万平方米" {
				t.Errorf("titles = %q, %q", a[0].Title(), a[1].Title())
			}
			if len(ps[0].Other) != 0 {
				t.Errorf("unattached lines: %q", ps[0].Other)
			}
		}},
		{"7 spurious spaces go, real ones stay", "q07-spaces", "", func(t *testing.T, ps []Page) {
			p := strings.Join(ps[0].Articles[0].Paragraphs, "")
			if !strings.Contains(p, "10月12日") || !strings.Contains(p, "300本图书") || !strings.Contains(p, "“读书 明理”") {
				t.Errorf("paragraphs = %q", p)
			}
		}},
		{"8 page furniture and captions", "q08-furniture", "", func(t *testing.T, ps []Page) {
			want := []string{"2023年9月18日 星期一", "A4 城事", "下转第3版", "责编：王丽 美编：陈晨 校对：张敏"}
			if !slices.Equal(ps[0].Furniture, want) {
				t.Errorf("furniture = %q, want %q", ps[0].Furniture, want)
			}
			if c := ps[0].Articles[0].Captions; len(c) != 2 {
				t.Errorf("captions = %q, want 2", c)
			}
		}},
		{"9 form feeds, CRLF, BOM, leading space", "q09-formfeed-crlf-bom", "utf-8", func(t *testing.T, ps []Page) {
			if len(ps) != 2 || ps[0].Number != 1 || ps[1].Number != 2 {
				t.Fatalf("got %d pages", len(ps))
			}
			if ps[0].Articles[0].Title() != "体育公园开园迎客" {
				t.Errorf("first title = %q", ps[0].Articles[0].Title())
			}
		}},
		{"9 GB18030", "q09-gb18030", "gb18030", func(t *testing.T, ps []Page) {
			if ps[0].Articles[0].Title() != "秋季农产品交易会闭幕" {
				t.Errorf("title = %q", ps[0].Articles[0].Title())
			}
		}},
		{"10 clean one-article layout", "q10-clean", "", func(t *testing.T, ps []Page) {
			a := ps[0].Articles[0]
			if ps[0].Layout != LayoutClean || a.Subtitle() != "——全县今年改造农村公路120公里" {
				t.Errorf("layout %v, subtitle %q", ps[0].Layout, a.Subtitle())
			}
		}},
		{"10 clean layout holding several articles, a section heading inside one", "q16-clean-several", "", func(t *testing.T, ps []Page) {
			if ps[0].Layout != LayoutClean || len(ps[0].Articles) != 3 {
				t.Fatalf("layout %v, %d articles, want clean, 3", ps[0].Layout, len(ps[0].Articles))
			}
			if p := ps[0].Articles[1].Paragraphs; len(p) != 4 || p[2] != "一、费用分担" {
				t.Errorf("the section heading is not a paragraph of its article: %q", p)
			}
		}},
		{"11 paragraphs without blank lines", "q11-no-blank-paragraphs", "", func(t *testing.T, ps []Page) {
			if n := len(ps[0].Articles[0].Paragraphs); n != 4 {
				t.Errorf("got %d paragraphs, want 4", n)
			}
		}},
		{"12 letter-spaced lines and autospace", "q12-letterspaced", "", func(t *testing.T, ps []Page) {
			a := ps[0].Articles[0]
			if a.Lead != "本报讯" || !strings.HasPrefix(a.Paragraphs[0], "5月20日上午，全区第三届") {
				t.Errorf("lead %q, paragraphs %q", a.Lead, a.Paragraphs)
			}
		}},
		{"13 interleaved stacks and a vertical headline", "q13-headline-stacks", "", func(t *testing.T, ps []Page) {
			a := ps[0].Articles
			if a[2].Title() != "春季招聘会提供岗位超过八千个" {
				t.Errorf("vertical title = %q", a[2].Title())
			}
			if a[0].Kicker() != "稳就业" || a[1].Kicker() != "养老服务再升级" {
				t.Errorf("kickers = %q, %q", a[0].Kicker(), a[1].Kicker())
			}
		}},
		{"14 captions above and between, top byline", "q14-captions-top-byline", "", func(t *testing.T, ps []Page) {
			a := ps[0].Articles[0]
			if len(a.Captions) != 3 || !slices.Equal(a.Byline.Reporters, []string{"许诺"}) {
				t.Errorf("captions %q, byline %q", a.Captions, a.Byline.Reporters)
			}
		}},
		{"15 national-paper stacks: wide kicker and title, silent subtitle, photo item", "q15-rmrb-stacks", "", func(t *testing.T, ps []Page) {
			a := ps[0].Articles
			if len(a) != 4 {
				t.Fatalf("%d articles, want 4", len(a))
			}
			if a[0].Subtitle() != "每户获补贴两千元" || a[1].Kicker() != "湖南郴州“党建+”推进乡村治理——" {
				t.Errorf("subtitle %q, kicker %q", a[0].Subtitle(), a[1].Kicker())
			}
			if a[2].Lead == "" || !slices.Equal(a[2].Byline.Reporters, []string{"李明"}) {
				t.Errorf("dateline lead %q, reporters %q", a[2].Lead, a[2].Byline.Reporters)
			}
			if len(a[3].Captions) != 1 || len(ps[0].Other) != 0 {
				t.Errorf("photo credit %q, other %q", a[3].Captions, ps[0].Other)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.quirk, func(t *testing.T) {
			text := readPage(t, filepath.Join(testdataDir, "pages", tt.page+".txt"), tt.enc)
			pages := Parse(text)
			if len(pages) == 0 || len(pages[0].Articles) == 0 {
				t.Fatalf("%s: no articles", tt.page)
			}
			tt.check(t, pages)
		})
	}
}
