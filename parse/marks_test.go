package parse

import "testing"

func TestPageMarks(t *testing.T) {
	tests := []struct {
		name        string
		furniture   []string
		label, date string
	}{
		{"letter page and section", []string{"2023年9月18日 星期一", "A4 城事"}, "A4 城事", "2023-09-18"},
		{"numbered page", []string{"高新时报 2022年6月15日 星期三 第06版"}, "第06版", "2022-06-15"},
		{"page with a colon section", []string{"第3版：要闻", "责任编辑 王某"}, "第3版 要闻", ""},
		{"han numerals", []string{"第三版"}, "第三版", ""},
		{"letter page with 版", []string{"B12版 经济新闻 2021-03-05"}, "B12 经济新闻", "2021-03-05"},
		{"weekday is no section", []string{"A2 星期三"}, "A2", ""},
		{"dotted date", []string{"2020.1.2"}, "", "2020-01-02"},
		{"full-width digits", []string{"２０２２年６月１日"}, "", "2022-06-01"},
		{"jump note is no label", []string{"下转第3版"}, "", ""},
		{"impossible date", []string{"2022年13月40日"}, "", ""},
		{"no marks", []string{"责任编辑 王某"}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			label, date := pageMarks(tt.furniture)
			if label != tt.label || date != tt.date {
				t.Errorf("pageMarks(%q) = %q, %q; want %q, %q", tt.furniture, label, date, tt.label, tt.date)
			}
		})
	}
}
