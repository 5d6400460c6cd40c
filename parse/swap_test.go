package parse

import (
	"os"
	"testing"
	"unicode/utf8"
)

func TestSwapContinuations(t *testing.T) {
	read := func(name string) string {
		page, err := os.ReadFile("testdata/rules/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return string(page)
	}
	checkPages(t, []pageCase{
		{"two stories' rests emitted after each other's go back, a number to its unit", read("swapped-rests.txt"), []pageArticle{
			{headlines: []string{"企业开办时间压缩至一个工作日"}, paras: 4, last: "同比增长14.6%。", reporters: []string{"冯涛"}},
			{headlines: []string{"麦收进度过半机收率超过九成"}, paras: 4, last: "确保秋粮丰收。", reporters: []string{"王建军"}},
		}},
		// a whole generated page (-seed 31, gen-002): 了解企 / 业信息 is a
		// word the page prints whole twice or more
		{"two stories' rests go back to make a word whole", read("swapped-rests-words.txt"), []pageArticle{
			{headlines: []string{"老旧小区加装电梯居民上下楼不再难", "——我市今年已完成加装电梯216部"}, paras: 4, last: "民早日用上电梯。", reporters: []string{"黄欣然"}},
			{headlines: []string{"春风送岗位 就业暖人心", "全市春季招聘会提供岗位超八千个"}, paras: 6, last: "8万人实现就业。", reporters: []string{"刘晓明"}},
			{headlines: []string{"中医药文化进校园"}, paras: 3, last: "解传统医药文化。", reporters: []string{"何雅琴", "胡嘉"}},
			{headlines: []string{"青年志愿者服务队成立十周年"}, paras: 4, reporters: []string{"曾凡"}},
			{headlines: []string{"数字赋能", "“一码通”让看病少跑腿", "全市二级以上医院实现检查结果互认"}, paras: 3, reporters: []string{"贺晓东"}},
			{headlines: []string{"金秋时节万亩果园迎来丰收季"}, paras: 4, reporters: []string{"潘雪"}},
		}},
		// a fresh ordered page (-seed 11, ord-016, two headline lines taken
		// out): the fruit story's rest follows it as printed, the fire
		// story's the order stage joined after another story's byline;
		// crossed, 商超 / 市民 makes 超市, but the rests' words lean the
		// other way
		{"a printed rest stays where a crossing makes a word by chance and the words lean against it", read("swapped-by-chance.txt"), []pageArticle{
			{headlines: []string{"万亩果园迎来丰收季"}, paras: 4, last: "订单已经排到了下个月”。", reporters: []string{"潘雪"}},
			{headlines: []string{"消防宣传进万家"}, paras: 3, last: "逃生面罩。", reporters: []string{"蒋涛"}},
			{headlines: []string{"数字赋能", "全市二级以上医院实现检查结果互认"}, paras: 3, last: "也纳入互认范围。", reporters: []string{"贺晓东"}},
		}},
		// a fresh ordered page (-seed 11, ord-003): poppler printed each rest
		// after the other story; 市|民 is a common word, 当地|民 and 市|近 are
		// none, and the fire-safety rest shares the fire story's words
		{"rests printed after each other's go back when a common word and the words agree", `
万亩果园迎来丰收季
本报记者 潘 雪 文/图

九月的山坡上，一串
串红彤彤的苹果挂满枝头。
果农们提着竹篮，穿梭在
果树间忙着采摘，脸上洋
溢着丰收的喜悦。
“今年雨水好，果子个
头大、甜度高，每斤能卖到
4块钱。”果农李大姐一边
摘果一边说，她家种了15
亩苹果，预计收入能超过
10万元。
这片万亩果园是当地

民要注意安全用电，不要
私拉乱接电线，电动自行
车不要在楼道内停放或充

电，家中最好配备灭火器
和逃生面罩。
记者 蒋涛 通讯员 钟敏

消防宣传进万家
本报讯 11月9日是全
国消防日。当天，市消防救
援支队在市民广场举办消
防宣传活动，通过展板展
示、器材体验、互动问答等
形式，向市民普及消防安

全知识。
在灭火器体验区，消
防员手把手教市民使用灭
火器：“一拔、二握、三瞄、
四压，记住这几个步骤就
行。”不少市民排队上前体
验。
支队有关负责人提醒，
冬季是火灾高发季节，市

近年来发展的特色产业。
镇里成立了果品专业合作
社，统一提供种苗、技术和
销售服务，还建起了冷库
和分拣中心，苹果可以错
峰销售。
`, []pageArticle{
			{headlines: []string{"万亩果园迎来丰收季"}, paras: 3, last: "苹果可以错峰销售。", reporters: []string{"潘雪"}},
			{headlines: []string{"消防宣传进万家"}, paras: 3, last: "配备灭火器和逃生面罩。", reporters: []string{"蒋涛"}, corresp: []string{"钟敏"}},
		}},
		{"where the cuts cannot tell, the rests go with the stories whose words they share", `
本报讯晚上 9 点，位
于人民公园东门的城市
书房依然灯火通明。书
架前，有人驻足挑选图
书；阅览区里，学生们埋
头做题，上班族捧着书
静静阅读。
这是我市今年新建
成的第 15 家城市书房，
面积约 300 平方米，藏书
1.5 万册，实行 24 小时开
放。读者刷身份证或者
读者证就能进门，借还
图书全部自助完成。
“下班后来这里看
一会儿书，特别放松。”
在附近一家公司上班的
小杨说，书房里环境安
静，还有免费无线网络，
“比在家里效率高多了”。
市图书馆馆长介绍，

城市书房“上新”夜读成为新风尚

本报讯近日，科技
部公布了新一批国家级
科技企业孵化器名单，
我市高新区的智谷创业
园、青年创新工场和生
物医药加速器 3 家孵化
器榜上有名。至此，高新
区国家级孵化器总数达
到 11 家。
据了解，这 3 家孵化
器共有在孵企业 420 家，
其中高新技术企业 68 家，
去年累计获得风险投资
3.6 亿元。入孵企业可以
享受办公场地减免、研
发设备共享、投融资对
接等一系列服务。
在智谷创业园，一
家从事工业 AI 视觉检测
的初创企业刚刚完成了
A 轮融资。企业创始人说：

城市书房开放以来，累
计接待读者超过 80 万人
次，借还图书 46 万册次。
今年，全市还将新建城
市书房 5 家，让读者在 15
分钟步行范围内就能找
到读书的好去处。
记者 许文静

高新区新增三家国家级科技企业孵化器

“孵化器帮我们对接了
十几家投资机构，还找
到了第一批制造业客
户。”

市民在现场咨询。（资料图片）

高新区管委会有关
负责人表示，将继续完
善“众创空间—孵化器—
加速器—产业园”的全
链条孵化体系，力争到
2025 年，全区科技型中
小企业数量突破 5000 家。
记者 吴海涛
`, []pageArticle{
			{headlines: []string{"城市书房“上新”夜读成为新风尚"}, paras: 4, reporters: []string{"许文静"}, holds: "馆长介绍，城市书房开放以来"},
			{headlines: []string{"高新区新增三家国家级科技企业孵化器"}, paras: 4, reporters: []string{"吴海涛"}, holds: "创始人说：“孵化器帮我们"},
		}},
	})
}

func TestJoinScore(t *testing.T) {
	// the page's blocks
	var blocks []*artBuild
	for _, t := range []string{"市场监管局", "监管部门", "亩产", "斤亩"} {
		blocks = append(blocks, &artBuild{lines: []tline{{text: t}}})
	}
	words := countPairs(blocks, pairCounts{bigramKey('监', '管'): 0, bigramKey('亩', '产'): 0, bigramKey('斤', '亩'): 0})
	cases := []struct {
		name, x, y string
		want       int
	}{
		{"a number goes on with its unit", "市场主体2.3", "万户，同比增长", 1},
		{"a number goes on with more digits", "共有1", "200名学员", 1},
		{"a number goes on with no unit", "市场主体2.3", "产估计能到1200斤", -1},
		{"a word the page prints whole", "市市场监", "管局注册科", 1},
		{"two characters never printed together", "市市场监", "产估计能到", 0},
		{"two characters printed together once only, no common word", "能到1200斤", "亩产", 0},
		{"a common word the break divided", "小麦，“亩", "产估计能到", 1},
		{"a common word over three characters", "摸排用工需求，并通过微信公", "众号、短视频", 1},
	}
	for _, c := range cases {
		l, _ := utf8.DecodeLastRuneInString(c.x)
		f, _ := utf8.DecodeRuneInString(c.y)
		p, q := junction{last: l, before: c.x}, junction{first: f, after: c.y}
		if got := joinScore(p, q, words); got != c.want {
			t.Errorf("%s: joinScore(%q, %q) = %d, want %d", c.name, c.x, c.y, got, c.want)
		}
	}
}
