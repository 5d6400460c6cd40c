package parse

import (
	"slices"
	"strings"
	"testing"
)

// TestCutGlued: a line poppler glued from columns side by side is cut
// into the columns' lines; a line that fits one column, or whose pieces
// are not column lines, is not.
func TestCutGlued(t *testing.T) {
	for _, tt := range []struct {
		name, line string
		width      int
		want       []string
	}{
		{"two columns' lines at a space", "峰）中午11点，和平街道长 一个人做饭不方便，自从",
			22, []string{"峰）中午11点，和平街道长", "一个人做饭不方便，自从"}},
		{"a letter-spaced line stays whole", "本 报 讯（ 记 者 陈 晓 里吃饭。她说，老伴去世后 予场地和运营补贴。",
			22, []string{"本报讯（记者陈晓", "里吃饭。她说，老伴去世后", "予场地和运营补贴。"}},
		{"a letter-spaced line with a number in it", "填一次表，系统就会把信 主 体 2.3 万 户 ，同 比 增 长",
			22, []string{"填一次表，系统就会把信", "主体2.3万户，同比增长"}},
		{"two lines glued with no space, cut after the mark", "“饭菜软烂、口味清淡，去年，社区引入专业餐饮 们吃得好，也过得开心。",
			22, []string{"“饭菜软烂、口味清淡，", "去年，社区引入专业餐饮", "们吃得好，也过得开心。"}},
		{"a full line glued to the short end of a paragraph beside it", "吨。为了让群众得实惠，县里将 了！”",
			27, []string{"吨。为了让群众得实惠，县里将", "了！”"}},
		{"a headline across the columns is no glued row", "热源厂完成设备检修 新增供热面积120万平方米", 26, nil},
		{"a line that fits the column", "我运动 我健康 我快乐", 22, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			l := readLines([]string{tt.line}).text[0]
			var got []string
			for _, p := range cutGlued(&l, pageMeasure{width: tt.width}) {
				got = append(got, p.text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestUnglue: a block of rows glued from three columns, with lines that
// came alone where a column sat off the others' baseline, is dealt back
// into its columns, each a block; the blocks around it stay. The last
// column is the shortest: its story ends there, and the last rows go to
// the first two, whose ends read on into the next column (…政府给 /
// 予场地和运营补贴。).
func TestUnglue(t *testing.T) {
	page := `家门口的“幸福食堂”

本 报 讯（ 记 者 陈 晓 里吃饭。她说，老伴去世后 予场地和运营补贴。
峰）中午11点，和平街道长 一个人做饭不方便，自从
目前，食堂每天供餐
青社区的老年食堂里飘出 社区开了食堂，吃饭的事 500余份，还为行动不便的
阵阵饭菜香。红烧鱼块、清 再也不用发愁了。
老人提供送餐上门服务。
炒时蔬、番茄蛋汤……两
长青社区60岁以上的 社区工作人员介绍，下一
荤两素一汤，标价12元，80 老人有1200多人，其中独 步将在食堂增设健康讲座、
岁以上的老人只需付6元。 居和空巢老人占了四成。 文艺活动等内容，让老人
“饭菜软烂、口味清淡，去年，社区引入专业餐饮 们吃得好，也过得开心。
很适合我们老年人。”82岁 企业，利用闲置用房改建
的孙奶奶几乎每天都来这 了这处老年食堂，政府给

记者 陈晓峰`
	want := [][]string{
		{"家门口的“幸福食堂”"},
		{"本报讯（记者陈晓", "峰）中午11点，和平街道长", "青社区的老年食堂里飘出", "阵阵饭菜香。红烧鱼块、清", "炒时蔬、番茄蛋汤……两",
			"荤两素一汤，标价12元，80", "岁以上的老人只需付6元。", "“饭菜软烂、口味清淡，", "很适合我们老年人。”82岁", "的孙奶奶几乎每天都来这"},
		{"里吃饭。她说，老伴去世后", "一个人做饭不方便，自从", "社区开了食堂，吃饭的事", "再也不用发愁了。", "长青社区60岁以上的",
			"老人有1200多人，其中独", "居和空巢老人占了四成。", "去年，社区引入专业餐饮", "企业，利用闲置用房改建", "了这处老年食堂，政府给"},
		{"予场地和运营补贴。", "目前，食堂每天供餐", "500余份，还为行动不便的", "老人提供送餐上门服务。", "社区工作人员介绍，下一",
			"步将在食堂增设健康讲座、", "文艺活动等内容，让老人", "们吃得好，也过得开心。"},
	}
	els := groupBlocks(readLines(strings.Split(page, "\n")))
	m := pageMeasure{width: 22}
	got := textBlocks(t, "glued rows", unglue(els, m))
	if !slices.EqualFunc(got, want, slices.Equal[[]string]) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestUnglueSameRow: poppler writes a row of print as two lines where
// the gap after a paragraph's short end is too wide to glue, left to
// right; the second goes to the column right of the first (赞。 ends the
// first column's paragraph, though 称|为 makes a word as well as 称|赞).
func TestUnglueSameRow(t *testing.T) {
	page := `本报讯（通讯员 钱小
今年以来，市市场监
红 记者 冯涛）上午提交 管局联合税务、公安、人社
材料，下午就拿到了营业 等部门，推行企业开办“一
执照、公章和发票。日前， 网通办、一窗通取”，将设
在市政务服务中心办事的 立登记、公章刻制、申领发
张先生对办事效率连连称 票、社保登记等事项整合
赞。
为一个环节，企业开办时`
	want := [][]string{
		{"本报讯（通讯员 钱小", "红 记者 冯涛）上午提交", "材料，下午就拿到了营业", "执照、公章和发票。日前，", "在市政务服务中心办事的", "张先生对办事效率连连称", "赞。"},
		{"今年以来，市市场监", "管局联合税务、公安、人社", "等部门，推行企业开办“一", "网通办、一窗通取”，将设", "立登记、公章刻制、申领发", "票、社保登记等事项整合", "为一个环节，企业开办时"},
	}
	got := textBlocks(t, "same row", unglue(groupBlocks(readLines(strings.Split(page, "\n"))), pageMeasure{width: 22}))
	if !slices.EqualFunc(got, want, slices.Equal[[]string]) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestUnglueLeavesOthers: a block with one wide line (a wide story's
// dateline line) is no glued block, and a page without any passes
// through as it is.
func TestUnglueLeavesOthers(t *testing.T) {
	page := `本报讯（记者 黄欣然 通讯员 马俊） 家住东城区幸福里小区的刘大爷今年
78岁，说起新装的电梯，他笑得合不拢嘴。
幸福里小区的居民全部同意加装电梯。`
	els := groupBlocks(readLines(strings.Split(page, "\n")))
	out := unglue(els, pageMeasure{width: 30})
	if len(out) != len(els) || &out[0] != &els[0] {
		t.Errorf("a block with one wide line was dealt: %d blocks", len(out))
	}
}

// TestUnglueLongLines: rows of a hostile page, each thousands of tokens
// long, with and without spaces, are cut in time linear in their length
// and, holding more pieces than a row of columns, left as they are.
func TestUnglueLongLines(t *testing.T) {
	spaced := strings.Repeat("社区开了食堂，吃饭 ", 20000)
	glued := strings.Repeat("社区开了食堂，吃饭", 20000)
	page := spaced + "\n" + glued + "\n" + spaced
	els := groupBlocks(readLines(strings.Split(page, "\n")))
	out := unglue(els, pageMeasure{width: 22})
	var texts []string
	for _, e := range out {
		for _, l := range e.lines {
			texts = append(texts, l.text)
		}
	}
	if lost := lostFrom(page, texts); len(lost) > 0 {
		t.Fatalf("characters lost: %v", lost)
	}
	if len(out) != 1 {
		t.Errorf("rows of more pieces than columns were dealt into %d blocks", len(out))
	}
}

// FuzzUnglue: any block of lines and column width goes through the
// glued-rows rule without a panic and with every character kept.
func FuzzUnglue(f *testing.F) {
	f.Add("峰）中午11点，和平街道长 一个人做饭不方便，自从\n目前，食堂每天供餐\n青社区的老年食堂里飘出 社区开了食堂，吃饭的事 500余份，还为行动不便的", 22)
	f.Add("本 报 讯（ 记 者 陈 晓 里吃饭。她说，老伴去世后 予场地和运营补贴。\n“饭菜软烂、口味清淡，去年，社区引入专业餐饮 们吃得好，也过得开心。", 22)
	f.Add("a b c d e\nf g h i j k l m n o p", 1)
	f.Fuzz(func(t *testing.T, page string, width int) {
		if width < 1 || width > 400 {
			return
		}
		lines := strings.Split(page, "\n")
		els := groupBlocks(readLines(lines))
		var before []string
		for _, e := range els {
			for _, l := range e.lines {
				before = append(before, l.text)
			}
		}
		var after []string
		for _, e := range unglue(els, pageMeasure{width: width}) {
			for _, l := range e.lines {
				after = append(after, l.text)
			}
		}
		if lost := lostFrom(strings.Join(before, "\n"), after); len(lost) > 0 {
			t.Fatalf("characters lost: %v", lost)
		}
	})
}
