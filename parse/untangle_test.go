package parse

import (
	"slices"
	"strings"
	"testing"
)

func TestUntangleColumns(t *testing.T) {
	cases := []struct {
		name, page string
		want       []string // the first story's paragraphs, in order
	}{
		{"two columns read in rounds are dealt back", `
老手艺焕发新光彩

本报记者 邓 欢
竹篾在手指间上下翻飞，
不一会儿，一只精巧的小提篮
就编好了。今年67岁的竹编艺
人罗德成，已经和竹子打了50
多年交道。

出徒弟100多名，还把竹编搬
进了乡村学校的课堂。他和徒
弟们一起琢磨，把传统技艺和
现代设计结合起来，编出了灯
罩、茶具、背包等新产品。

罗德成的竹编技艺是祖传
的。年轻时，他编的竹筐、竹
席在十里八乡都很抢手。后
来，塑料制品多了，竹编生意
一落千丈，不少老艺人改了
行，他却一直没有放下手中的
篾刀。

如今，罗德成的竹编作品
通过网络卖到了全国各地，每
年销售额有五六十万元。2021
年，这项技艺被列入省级非物
质文化遗产代表性项目名录。

“手艺不能断在我手
里。”这些年，罗德成先后带

谈起未来，罗德成说：
“我最大的心愿，是让更多年
轻人喜欢上竹编。”
`, []string{"竹篾在手指间", "罗德成的竹编技艺", "“手艺不能断在我手里。”这些年，罗德成先后带出徒弟", "如今，", "谈起未来"}},
		{"a block emitted before the one it follows is moved back", `
全民健身运动会开幕
本报讯 9月16日，第五届
全民健身运动会在市体育中心
开幕。本届运动会设置了篮
球、乒乓球、广场舞、太极拳
等18个比赛项目，共有来自全
市的5800余名运动员参赛。

开幕式上，由退休职工组
成的太极拳方阵、中小学生组
成的跳绳方阵依次入场，引来
现场观众阵阵掌声。

技等新兴项目，吸引了不少年
轻人报名。“通过比赛认识了
很多志同道合的朋友。”一名
参加飞盘比赛的大学生说。

与往届相比，本届运动会
新增了飞盘、匹克球、电子竞

据了解，运动会将持续到
11月底。其间，各县区还将举

办“百村千人”健步走、社区
趣味运动会等群众性体育活
动。
记者 袁博
`, []string{"9月16日", "开幕式上", "与往届相比，本届运动会新增了飞盘、匹克球、电子竞技等", "据了解，运动会将持续到11月底。其间，各县区还将举办"}},
		{"a paragraph's tail cannot follow a paragraph's end", `
电动自行车充电桩进小区

本报讯 为解决电动自行
车“充电难”和“飞线充电”
问题，今年以来，市住建部门
推动在老旧小区集中建设充电
设施，目前已建成充电桩1.6
万个。

自动断电。
“以前楼道里到处是电
线，看着就让人担心。”小区
居民张阿姨说，现在大家都到
车棚里充电，楼道干净了，心
里也踏实了。

在南苑小区，一排崭新的
智能充电桩整齐地安装在车棚
里。居民扫码就能充电，充满
一次只需1元左右，充满后会

记者 程浩然
通讯员 陆佳
`, []string{"为解决电动自行车", "在南苑小区", "“以前楼道里"}},
		{"irregular rounds are dealt into columns", `
沿河十二个乡镇建起生态缓冲带
本报讯 走进清水河畔的
柳湾镇，岸边新栽的垂柳已吐
出嫩芽，芦苇、菖蒲等水生植
物沿着河道铺开，过去裸露的
河滩变成了一条绿色长廊。

肥和泥沙，二是给鸟类和鱼类
留出栖息空间。”县生态环境
分局局长郑国强告诉记者，缓
冲带宽度在30米到80米之间，
全长约46公里。

道内违章建筑86处，清理垃圾
2.4万吨。为了让群众得实
惠，县里将缓冲带建设与乡村
旅游结合起来，引导农户发展
民宿、垂钓和生态种植。

“这条缓冲带有两个作
用，一是拦截农田里流出的化

去年以来，沿河12个乡镇
共退耕还湿1.3万亩，拆除河

监测数据显示，今年一季
度，清水河出境断面水质稳定

保持在Ⅱ类，比三年前提升了
一个等级。河边的老住户说：
“小时候在河里摸鱼捉虾的日
子，又回来了！”
记者 赵立新
`, []string{"走进清水河畔", "“这条缓冲带有两个作用，一是拦截农田里流出的化肥和泥沙", "去年以来，沿河12个乡镇共退耕还湿1.3万亩，拆除河道内", "监测数据显示，今年一季度，清水河出境断面水质稳定保持在"}},
		{"a dangling story whose rest is among its own blocks takes no other story's column", `
老手艺焕发新光彩

本报记者 邓 欢
竹篾在手指间上下翻飞，
不一会儿，一只精巧的小提篮
就编好了。今年67岁的竹编艺
人罗德成，已经和竹子打了50
多年交道。

出徒弟100多名，还把竹编搬
进了乡村学校的课堂。他和徒
弟们一起琢磨，把传统技艺和
现代设计结合起来，编出了灯
罩、茶具、背包等新产品。

罗德成的竹编技艺是祖传
的。年轻时，他编的竹筐、竹
席在十里八乡都很抢手。后
来，塑料制品多了，竹编生意
一落千丈，不少老艺人改了
行，他却一直没有放下手中的
篾刀。

如今，罗德成的竹编作品
通过网络卖到了全国各地，每
年销售额有五六十万元。2021
年，这项技艺被列入省级非物
质文化遗产代表性项目名录。

“手艺不能断在我手
里。”这些年，罗德成先后带

全民健身运动会开幕
本报讯 9月16日，第五届
全民健身运动会在市体育中心
开幕。本届运动会设置了篮
球、乒乓球、广场舞、太极拳
等18个比赛项目，共有来自全
市的5800余名运动员参赛。

新增了飞盘、匹克球、电子竞
技等新兴项目，吸引了不少年
轻人报名。“通过比赛认识了
很多志同道合的朋友。”一名
参加飞盘比赛的大学生说。

`, []string{"竹篾在手指间", "罗德成的竹编技艺", "“手艺不能断在我手里。”这些年，罗德成先后带出徒弟", "如今，"}},
		{"a byline right after an open sentence makes one odd junction enough", `
全民健身运动会开幕
本报讯 9月16日，第五届
全民健身运动会在市体育中心
开幕。本届运动会设置了篮
球、乒乓球、广场舞、太极拳
等18个比赛项目，共有来自全
市的5800余名运动员参赛。

新增了飞盘、匹克球、电子竞
技等新兴项目，吸引了不少年
轻人报名。“通过比赛认识了
很多志同道合的朋友。”一名
参加飞盘比赛的大学生说。

开幕式上，由退休职工组
成的太极拳方阵、中小学生组
成的跳绳方阵依次入场，引来
现场观众阵阵掌声。

据了解，运动会将持续到
11月底。其间，各县区还将举
办“百村千人”健步走、社区
趣味运动会等群众性体育活
动。

与往届相比，本届运动会

记者 袁博
`, []string{"9月16日", "开幕式上", "与往届相比，本届运动会新增了飞盘", "据了解，运动会将持续到11月底。"}},
		// a mixed page of the first pool (-seed 32, pdf-001)
		{"a first row read across the columns goes back to the columns' tops", `
校园食堂开展食品安全大检查

本报讯 新学期开学前，

原料进货查验、索证索票、餐

监控系统，家长通过手机APP

市市场监管局联合教育部门对
全市中小学、幼儿园食堂开展
了食品安全专项检查，共检查
学校食堂386家，发现问题隐
患47处，已全部督促整改到
位。
检查人员重点查看了食品

具清洗消毒、留样等环节。在
一所小学的食堂，执法人员发
现部分调味品未按规定标注开
封日期，当场要求整改。
“明厨亮灶”是今年检查
的一项重点。目前，全市已有
九成以上学校食堂安装了视频

就能看到后厨操作情况。
市市场监管局提醒，学校
是食品安全第一责任人，要严
格落实校长陪餐制度，发现问
题及时报告。
记者 彭丽娟
`, []string{"新学期开学前，市市场监管局", "检查人员重点查看了食品原料进货查验、索证索票、餐具清洗消毒", "“明厨亮灶”是今年检查的一项重点。目前，全市已有九成以上学校食堂安装了视频监控系统，家长通过手机APP就能", "市市场监管局提醒"}},
		{"one odd junction is left as printed", `
地铁三号线全线贯通

本报讯 6月18日上午，随着最后
一台盾构机在东湖站破土而出，地
铁3号线实现全线隧道贯通。

施工过程中，建设者克服了下
穿河道、邻近古建筑等多项技术难
题。“东湖站附近地质条件复杂，
我们采用了冻结法加

固土体，确保施工安全。”项目
总工程师介绍。
记者 范志伟
`, []string{"6月18日", "施工过程中，建设者克服了下穿河道、邻近古建筑等多项技术难题。“东湖站附近地质条件复杂，我们采用了冻结法加固土体"}},
	}
	for _, c := range cases {
		pages := Parse(strings.TrimPrefix(c.page, "\n"))
		if len(pages) != 1 || len(pages[0].Articles) == 0 {
			t.Fatalf("%s: want one page with an article, got %+v", c.name, pages)
		}
		got := pages[0].Articles[0].Paragraphs
		ok := len(got) == len(c.want)
		for i := 0; ok && i < len(got); i++ {
			ok = strings.HasPrefix(got[i], c.want[i])
		}
		if !ok {
			t.Errorf("%s: paragraphs\n%s\nwant them to start\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
	}
}

func TestCandidateOrders(t *testing.T) {
	var orders [][]int
	candidateOrders(4, func(o []int) bool {
		orders = append(orders, slices.Clone(o))
		return false
	})
	if len(orders) == 0 {
		t.Fatal("no candidate orders for 4 blocks")
	}
	for _, o := range orders {
		if o[0] != 0 {
			t.Fatalf("order %v moves the story's first block", o)
		}
		s := slices.Clone(o)
		slices.Sort(s)
		if !slices.Equal(s, []int{0, 1, 2, 3}) {
			t.Fatalf("order %v is no permutation of 4 blocks", o)
		}
	}
	for i := 1; i < len(orders); i++ {
		if inversions(orders[i]) < inversions(orders[i-1]) {
			t.Fatalf("orders not nearest first: %v before %v", orders[i-1], orders[i])
		}
	}
	tried := 0
	candidateOrders(4, func([]int) bool { tried++; return true })
	if tried != 1 {
		t.Errorf("candidateOrders went on after try returned true (%d tries)", tried)
	}
	if got := dealt(nil, 6, 1, 2); !slices.Equal(got, []int{0, 1, 3, 5, 2, 4}) {
		t.Errorf("dealt(nil, 6, 1, 2) = %v", got)
	}
	if got := movedRun(nil, 5, 3, 4, 1); !slices.Equal(got, []int{0, 3, 1, 2, 4}) {
		t.Errorf("movedRun(nil, 5, 3, 4, 1) = %v", got)
	}
}

// TestBestDeals: the beam keeps the deals with the fewest impossible
// junctions, then the most words kept whole, ties in their order, and no
// more than dealBeam of them.
func TestBestDeals(t *testing.T) {
	var deals []deal
	for i := range 3 * dealBeam {
		deals = append(deals, deal{bad: int16(i % 3), words: int16(i % 5), k: int8(i % 7)})
	}
	got := bestDeals(deals, nil)
	if len(got) != dealBeam {
		t.Fatalf("kept %d deals, want %d", len(got), dealBeam)
	}
	want := slices.Clone(deals)
	slices.SortStableFunc(want, func(p, q deal) int {
		if p.bad != q.bad {
			return int(p.bad - q.bad)
		}
		return int(q.words - p.words)
	})
	if !slices.Equal(got, want[:dealBeam]) {
		t.Errorf("bestDeals keeps another order than a stable sort by (bad, -words)")
	}
	if got := bestDeals(deals[:2], nil); len(got) != 2 || got[0] != deals[0] || got[1] != deals[1] {
		t.Errorf("bestDeals of two deals = %v", got)
	}
}

// TestCanFollow: the junctions a column's lines can make, one case per
// rule; column of 15 ems.
func TestCanFollow(t *testing.T) {
	const W = 30
	for _, c := range []struct {
		name string
		x, y string
		want bool
	}{
		{"an open sentence goes on mid-paragraph", "平台采用分级授权管理，企业数", "据加密存储，确保生产数据不外泄。", true},
		{"not into a paragraph's first line", "平台采用分级授权管理，企业数", "平台对中小企业实行基础", false},
		{"a bulleted heading, with no mark, ends", "■ 数据安全“有保障”", "平台采用分级授权管理，企业", true},
		{"so does a heading closed by a dash", "业态与体验融合，游客留得下来——", "老街引入了非遗工坊、特色小", true},
		{"a short sentence end is not followed by a full line", "请使用。", "平台采用分级授权管理，企业数据", false},
		{"nor does a dateline follow anything", "请使用。", "本报讯 近日，市文旅局发布", false},
	} {
		x, y := block(c.x)[0], block(c.y)[0]
		y.lead = strings.HasPrefix(c.y, "本报讯")
		if got := canFollow(&x, &y, W); got != c.want {
			t.Errorf("%s: canFollow(%q, %q) = %v, want %v", c.name, c.x, c.y, got, c.want)
		}
	}
}
