package parse

import (
	"slices"
	"testing"
)

// TestBrokenHeadline: whether the second line of a headline block goes on
// with the first, one case per rule.
func TestBrokenHeadline(t *testing.T) {
	cases := []struct {
		name, a, b, body string
		want             bool
	}{
		{"second no longer", "把民生工程打造成为", "民心工程、满意工程", "", true},
		{"kicker ends with a dash", "保护与利用并重——", "老建筑重焕光彩", "", false},
		{"subtitle starts with a dash", "老旧小区加装电梯", "——我市今年已完成加装电梯216部", "", false},
		{"quote left open", "城市书房“上", "新”夜读成为新风尚", "", true},
		{"two-part title with a space", "春风送岗位 就业暖人心", "全市春季招聘会", "", false},
		{"a line of two characters is a word piece", "消除", "安全隐患", "", true},
		{"a spaced line ending in a word piece goes on", "老旧小区加装电梯 居民", "上下楼不再难", "", true},
		{"a line goes on into a spaced line opening with a word piece", "老旧小区加装", "电梯 居民", "", true},
		{"longer second, junction in the body", "全市春季招聘", "会提供岗位超八千个", "春季招聘会在市会展中心举行", true},
		{"longer second, a common word cut at the break", "全市春季招", "聘会提供岗位超八千个", "", true},
		{"longer second, junction not in the body", "为民办实事", "一条公交线串起六所学校", "学生专线", false},
		{"longer second, both parts echoed by the body", "青年志愿者", "服务队成立十周年", "十年前几名大学生成了青年志愿者。如今服务队成立十周年了", true},
		{"longer second, a word across the break made of two whole words", "关注食品安全", "校园周边小卖部迎来“体检”", "市场监管部门检查校园周边的食品经营店", false},
		{"a kicker sharing a word with the body stays apart", "交通建设再提速", "地铁三号线全线贯通", "地铁三号线全线贯通后，交通压力缓解", false},
		{"longer second, the first part the story's subject", "5G+工业互联网", "让老厂房焕发新活力", "一家纺织厂借助5G+工业互联网改造车间，工业互联网平台让生产效率提高三成", true},
		{"a first part that is a clause of its own stays apart", "快递进村，农产品出山", "县乡村三级物流体系建成", "快递进村以后，农产品出山更方便", false},
		{"a slogan sharing no word with the story stays apart", "小城大变样", "老街区变身文旅新地标", "青石板路、雕花木窗，走进刚刚开街的鼓楼老街", false},
		{"a short lead-in ending with a colon goes on", "十年磨一剑：", "本土企业攻克高端轴承技术", "", true},
		{"a long kicker ending with a colon stays apart", "习近平在中央经济工作会议上强调：", "稳中求进 以进促稳", "", false},
		{"a title of figures is wider than its ideographs", "今日天气", "晴转多云2℃～12℃", "今天白天晴转多云，偏北风3～4级", false},
		{"long kicker in the title's size", "凝神聚力“摘夺创”奋勇争先“亮赛比”", "高新区村（社区）书记“打擂台”“五星”创建引热潮", "", false},
	}
	for _, c := range cases {
		if got := brokenHeadline(c.a, c.b, c.body); got != c.want {
			t.Errorf("%s: brokenHeadline(%q, %q) = %v, want %v", c.name, c.a, c.b, got, c.want)
		}
	}
}

// TestSurelyBroken: the broken headlines joined before the assignment, and
// the interleaved stacks that must stay apart.
func TestSurelyBroken(t *testing.T) {
	cases := []struct {
		name, a, b, text string
		want             bool
	}{
		{"cut at an opening quote", "家门口的", "“幸福食堂”", "", true},
		{"quote left open", "守护“舌", "尖上的安全”", "", true},
		{"junction echoed", "全市春季招聘", "会提供岗位超八千个", "春季招聘会在市会展中心举行", true},
		{"a spaced title's list going on", "我运动 我健康", "我快乐", "", true},
		{"a title under a spaced kicker", "我运动 我健康", "全民健身运动会开幕", "", false},
		{"an A，B title broken at its comma", "夜校开课，", "年轻人下班“充电”忙", "", true},
		{"two stories' kickers interleaved", "养老服务再升级", "稳就业", "", false},
		{"two stories' titles interleaved", "新增养老床位1500张", "新增城镇就业2.1万人", "", false},
	}
	for _, c := range cases {
		if got := surelyBroken(c.a, c.b, c.text); got != c.want {
			t.Errorf("%s: surelyBroken(%q, %q) = %v, want %v", c.name, c.a, c.b, got, c.want)
		}
	}
}

// TestHeadlineRules: the headlines stage on whole pages, one case per rule.
func TestHeadlineRules(t *testing.T) {
	checkPages(t, []pageCase{
		// the fifth pool's sample format (-seed 501, gen-002)
		{"a subtitle under its stack's title goes with it though the stack was printed inside the story", `
本报讯（记者 乜小雨）晚上7点，市
文化馆的教室里坐满了学员。今年
秋季，文化馆开设了32门夜校课程，
1600个名额一小时就被抢光。
记者 乜小雨

银发族、学生党、上班族 夜校成了“香饽饽”

寻访老手艺

清晨六点，老街尽头的铁匠铺已经
生起了炉火。八十二岁的滕师傅拉起风
箱，炉膛里的火苗“呼”地一下蹿了起来。
滕师傅十二岁拜师学艺，打了七十
年铁锅。他打的铁锅要经过十八道工序、
上万次锤打，锅壁薄、受热匀。
这些年，买铁锅的人少了，滕师傅却

七十年守着一口铁锅

老铁匠的炉火还在燃烧

一直没有关门。“只要还有人用，我就接
着打。”他说。
本报记者 欧阳晓峰
`, []pageArticle{
			{headlines: []string{"银发族、学生党、上班族 夜校成了“香饽饽”"}, paras: 1, reporters: []string{"乜小雨"}},
			{headlines: []string{"寻访老手艺", "七十年守着一口铁锅", "老铁匠的炉火还在燃烧"}, paras: 3, reporters: []string{"欧阳晓峰"}},
		}},
		// the second pool's sample format (-seed 101, gen-012)
		{"a stack's title that echoes none of its story goes with the kicker its story took", `
本报讯 华灯初上，南门老街的夜
市准时开张。烤串、臭豆腐、糖画、手工
酸奶……120多个摊位沿街排开，空气
中弥漫着诱人的香味。

据统计，夜市开业一个月来，日均
客流量超过2万人次，带动周边商户营
业额增长三成以上。
记者 糜佳

本报讯 寒风中忙碌了一上午，环卫
工人秦大姐走进路边的“爱心驿站”。
“以前吃饭只能蹲在路边，冬天饭
菜一会儿就凉了。”秦大姐说。
这样的“爱心驿站”，我市已建成
215个。
文/图 本报记者 司马云帆

暖心

环卫工人的“爱心驿站”

夜市开张了

老城“烟火气”回来了
`, []pageArticle{
			{headlines: []string{"夜市开张了", "老城“烟火气”回来了"}, paras: 2, reporters: []string{"糜佳"}},
			{headlines: []string{"暖心", "环卫工人的“爱心驿站”"}, paras: 2, reporters: []string{"司马云帆"}},
		}},
		// the twelfth pool's sample format (-seed 1201, gen-007)
		{"a title printed after its byline goes to the story headed by a kicker alone", `
乡村振兴
小小香菇撑起致富“伞”

本报讯（记者 尹 岚）走进石门村的香
菇种植基地，一排排大棚整齐排列，棚
内菌棒上的香菇长势喜人。

新春走基层

腊月二十八，气温零下八度。清晨七
点，供电公司抢修班的六名队员已经出
现在城郊的一处变电站里。
“看到家家户户亮着灯，我们心里就
踏实。”班长宁建华说。
文/图 本报记者 居 然

守护万家灯火的“电力蓝”
`, []pageArticle{
			{headlines: []string{"乡村振兴", "小小香菇撑起致富“伞”"}, paras: 1, reporters: []string{"尹岚"}},
			{headlines: []string{"新春走基层", "守护万家灯火的“电力蓝”"}, paras: 2, reporters: []string{"居然"}},
		}},
		{"a story headed by a kicker alone takes the title printed between its columns", `
乡村振兴
小小香菇撑起致富“伞”

本报讯（记者 尹 岚）走进石门村的香
菇种植基地，一排排大棚整齐排列，棚
内菌棒上的香菇长势喜人。

新春走基层

腊月二十八，气温零下八度。清晨七
点，供电公司抢修班的六名队员已经出
现在城郊的一处变电站里。

守护万家灯火的“电力蓝”

“看到家家户户亮着灯，我们心里就
踏实。”班长宁建华说。
文/图 本报记者 居 然
`, []pageArticle{
			{headlines: []string{"乡村振兴", "小小香菇撑起致富“伞”"}, paras: 1, reporters: []string{"尹岚"}},
			{headlines: []string{"新春走基层", "守护万家灯火的“电力蓝”"}, paras: 2, reporters: []string{"居然"}},
		}},
		{"the one story left bare takes the line no story took, a title set at the foot of the page", `
脱下军装的那一年，郜建国37岁。回到家
乡后，他没有选择安稳的工作，而是承包了
村里200多亩荒山，种上了核桃树。
十年过去了，荒山变成了“金山”。如今，
郜建国的核桃合作社带动了60多户村民增
收。

地铁2号线二期工程全面开工

本报讯 11月10日，地铁2号线二期
工程全面开工。二期工程全长18.6公里，
设车站12座，计划2027年建成通车。
记者 荀 亮

一位退伍老兵的“第二战场”
`, []pageArticle{
			{headlines: []string{"一位退伍老兵的“第二战场”"}, paras: 2},
			{headlines: []string{"地铁2号线二期工程全面开工"}, paras: 1, reporters: []string{"荀亮"}},
		}},
		// a fresh ordered page of the second pool (-seed 103, ord-009)
		{"a story left with its kicker alone takes the line printed after it from the story beside", `
生态修复

废弃矿山变身城市公园

县乡村三级物流体系建成
本报讯 在青石村的村
级物流服务站，村民甘大叔
刚刚取到网购的农具。
“以前
取快递要跑到镇上，来回一
个多小时，现在家门口就能
取。”
今年，县里整合邮政、供
销和民营快递企业资源，建
成县级物流分拣中心1个、乡
镇物流站15个、村级服务点
186个，实现快递进村全覆
盖。
记者 汪洋 通讯员 阙小芳

本报讯（记者 暴雨辰）
曾经满目疮痍的废弃采石
场，如今绿树成荫、花草遍
地。11月中旬，由废弃矿山修
复而成的石湾公园正式对外
开放，吸引了大批市民前来
游玩。
石湾采石场停采已有十
余年，留下了大片裸露的岩
壁和深坑。2021年起，市自然
资源和规划局启动生态修复
工程，通过削坡减载、覆土复
绿、引水造景等方式，修复面
积达到46公顷。
`, []pageArticle{
			{headlines: []string{"县乡村三级物流体系建成"}, paras: 2, reporters: []string{"汪洋"}},
			{headlines: []string{"生态修复", "废弃矿山变身城市公园"}, paras: 2, reporters: []string{"暴雨辰"}},
		}},
		{"kickers of stacks side by side, read row by row, go one to each story", `
消除安全隐患

小城大变样

电动自行车充电桩进小区

本报讯 为解决电动自行车“充电难”问题，今年以
来，市住建部门推动在老旧小区集中建设充电桩，
目前已建成充电桩1.6万个。
记者 程浩然

老街区变身文旅新地标

本报讯 青石板路、雕花木窗、大红灯笼……走进刚
刚开街的鼓楼老街，浓浓的古韵扑面而来。
记者 石磊
`, []pageArticle{
			{headlines: []string{"消除安全隐患", "电动自行车充电桩进小区"}, paras: 1, reporters: []string{"程浩然"}},
			{headlines: []string{"小城大变样", "老街区变身文旅新地标"}, paras: 1, reporters: []string{"石磊"}},
		}},
		{"the last stack's title, kicker-short and echoing nothing, is not handed back to the story before", `
跨境电商让山货走出大山

新华社贵阳5月20日电（记者 杨帆）凌晨5点，黔南山区的一个村
子里，电商服务站的工作人员已经开始忙着打包。刚刚采摘的刺梨、
猕猴桃装进保鲜箱，当天就能发往全国各地。
近年来，当地先后建成县级电商公共服务中心1个、乡镇电商服务
站18个。今年1至4月，全县农产品网上销售额达到3.2亿元。

非遗传承

老手艺焕
发新光彩

竹编艺人带徒百余名
本报记者 邓 欢
竹篾在手指间上下翻飞，不一会儿，一只精巧的小提篮就编好了。
今年67岁的竹编艺人罗德成，已经和竹子打了50多年交道，带出
徒弟100多名。
`, []pageArticle{
			{headlines: []string{"跨境电商让山货走出大山"}, paras: 2, reporters: []string{"杨帆"}},
			{headlines: []string{"非遗传承", "老手艺焕发新光彩", "竹编艺人带徒百余名"}, paras: 1, reporters: []string{"邓欢"}},
		}},
		{"a kicker in its title's block goes with it, whatever words it shares with another story", `
守护“舌尖上的安全”

校园食堂开展食品安全大检查

本报讯 新学期开学前，市市场监管
局联合教育部门对全市中小学食堂
开展了食品安全专项检查，要求
各校及时消除安全隐患。
记者 彭丽娟

本报讯 为解决电动自行车“充电难”
问题，市住建部门推动在老旧小区
集中建设充电设施。
记者 程浩然

消除安全隐患
电动自行车充电桩进小区
`, []pageArticle{
			{headlines: []string{"守护“舌尖上的安全”", "校园食堂开展食品安全大检查"}, paras: 1, reporters: []string{"彭丽娟"}},
			{headlines: []string{"消除安全隐患", "电动自行车充电桩进小区"}, paras: 1, reporters: []string{"程浩然"}},
		}},
		{"a title goes to the story that echoes its words, not to the stack before it", `
冬季供暖

热力公司提前完成管网检修

跨境电商让山货走出大山

全县农产品网上销售额突破十亿元

本报讯 记者从市热力公司获悉，今年供暖季前的
管网检修工作已全部完成，共更换老旧管道12.6
公里，为按时供暖打好基础。
记者 郭振宇

新华社贵阳5月20日电（记者 杨帆） 凌晨5点，
黔南山区的一个村子里，电商服务站的工作人员
已经忙碌起来。今年1至4月，全县农产品网上销
售额达到3.2亿元。
`, []pageArticle{
			{headlines: []string{"冬季供暖", "热力公司提前完成管网检修"}, paras: 1, reporters: []string{"郭振宇"}},
			{headlines: []string{"跨境电商让山货走出大山", "全县农产品网上销售额突破十亿元"}, paras: 1, reporters: []string{"杨帆"}},
		}},
		{"a story left without a headline takes back the title printed after its byline", `
本报讯 晚上9点，位
于人民公园东门的城市书房
依然灯火通明。这是我市今
年新建成的第15家城市书房，
读者刷身份证就能进门。
市图书馆馆长介绍，城市书房
开放以来接待读者超过80万人
次，今年还将新建城市书房5家。
记者 许文静

城市书房“上新”
夜读成为新风尚

优化营商环境

企业开办时间压缩至
一个工作日

本报讯（通讯员 钱小
红 记者 冯涛）上午提交
材料，下午就拿到了营业执
照、公章和发票。市场监管
局推行企业开办“一网通办”，
企业开办时间压缩至1个工
作日以内。
`, []pageArticle{
			{headlines: []string{"城市书房“上新”夜读成为新风尚"}, paras: 1, reporters: []string{"许文静"}},
			{headlines: []string{"优化营商环境", "企业开办时间压缩至一个工作日"}, paras: 1, reporters: []string{"冯涛"}},
		}},
		{"a block of two lines in a stack set one headline a block is one headline", `
汛期将至

全市开展
防汛应急演练

检验各部门
协同处置能力
本报讯 5月28日上午，一场防汛应急演练在北河
城区段拉开帷幕。演练模拟了强降雨导致河水暴涨
等场景，12个部门和单位的600余人参加。
记者 周建华

城市书房“上新”夜读成为新风尚
本报讯 晚上9点，位于人民公园东门的城市书房
依然灯火通明，全市开展的夜读活动吸引了不少读者。
记者 许文静
`, []pageArticle{
			{headlines: []string{"汛期将至", "全市开展防汛应急演练", "检验各部门协同处置能力"}, paras: 1, reporters: []string{"周建华"}},
			{headlines: []string{"城市书房“上新”夜读成为新风尚"}, paras: 1, reporters: []string{"许文静"}},
		}},
		{"each line of a stack block is judged with the line before it, not with the lines joined so far", `
非遗传承
老手艺焕
发新光彩
竹编艺人带徒百余名
本报记者 邓 欢
竹篾在手指间上下翻飞，不一会儿，一只精巧的
小提篮就编好了。今年67岁的竹编艺人罗德成，
已经和竹子打了50多年交道，带出徒弟百余名。
`, []pageArticle{
			// the kicker and the title read as one title broken for
			// width: four characters over four
			{headlines: []string{"非遗传承老手艺焕发新光彩", "竹编艺人带徒百余名"}, paras: 1, reporters: []string{"邓欢"}},
		}},
		{"a title broken over two lines is no kicker to hand on", `
非遗传承

老手艺焕
发新光彩

竹编艺人带徒百余名
本报记者 邓 欢
竹篾在手指间上下翻飞，不一会儿，一只精巧的
小提篮就编好了。今年67岁的竹编艺人罗德成，
已经和竹子打了50多年交道，带出徒弟百余名。
“手艺不能断在我手里。”老手艺又焕发了光彩。

全民健身运动会开幕
本报讯 9月16日，第五届全民健身运动会在市体
育中心开幕。本届运动会设置了篮球、乒乓球、
广场舞等12个项目。
记者 周婷
`, []pageArticle{
			{headlines: []string{"非遗传承", "老手艺焕发新光彩", "竹编艺人带徒百余名"}, paras: 1, reporters: []string{"邓欢"}},
			{headlines: []string{"全民健身运动会开幕"}, paras: 1, reporters: []string{"周婷"}},
		}},
		{"of two kickers over one stack, the one echoed elsewhere goes to the story that echoes it", `
非遗传承

我运动 我健康 我快乐

老手艺焕发新光彩

竹编艺人带徒百余名
本报记者 邓 欢
竹篾在手指间上下翻飞，不一会儿，一只精巧的
小提篮就编好了。今年67岁的竹编艺人罗德成，
已经和竹子打了50多年交道，带出徒弟百余名。

农产品卖上好价钱
本报讯 今年以来，全县农产品网上销售额达到
3.2亿元，带动农户增收。
记者 杨帆

全民健身运动会开幕
本报讯 9月16日，第五届全民健身运动会在市体
育中心开幕。本届运动会设置了篮球、乒乓球、
广场舞等12个项目。
记者 周婷
`, []pageArticle{
			{headlines: []string{"非遗传承", "老手艺焕发新光彩", "竹编艺人带徒百余名"}, paras: 1, reporters: []string{"邓欢"}},
			{headlines: []string{"农产品卖上好价钱"}, paras: 1, reporters: []string{"杨帆"}},
			{headlines: []string{"我运动 我健康 我快乐", "全民健身运动会开幕"}, paras: 1, reporters: []string{"周婷"}},
		}},
		{"of two stacks read across in rows, the second kicker goes to the story whose title follows", `
关注民生

优化营商环境

背街小巷改造让居民出行更舒心

企业开办时间压缩至一个工作日

本报讯（通讯员 钱小红 记者 冯涛）上午提交材料，
下午就拿到了营业执照、公章和发票。今年以来，
企业开办时间由原来的3个工作日压缩至1个工作
日以内。

本报讯（记者 田甜）路面平整了，路灯亮了，墙面
也变得干净整洁。今年全区共改造背街小巷58条，
惠及居民3万余户。

本报讯 11月9日是全国消防日。当天，市消防救援
支队在市民广场举办消防宣传活动。
记者 蒋涛

消防宣传进万家
`, []pageArticle{
			{headlines: []string{"优化营商环境", "企业开办时间压缩至一个工作日"}, paras: 1, reporters: []string{"冯涛"}},
			{headlines: []string{"关注民生", "背街小巷改造让居民出行更舒心"}, paras: 1, reporters: []string{"田甜"}},
			{headlines: []string{"消防宣传进万家"}, paras: 1, reporters: []string{"蒋涛"}},
		}},
		{"a short kicker over a stack goes with it, though another story echoes it", `
非遗传承

老手艺焕发新光彩

竹编艺人带徒百余名

本报记者 邓 欢

竹篾在手指间上下翻飞，不一会儿，一只精巧
的小提篮就编好了。今年67岁的竹编艺人罗德
成，已经和竹子打了50多年交道。

小城大变样
老街区变身文旅新地标

本报讯 青石板路、雕花木窗、大红灯笼……走
进刚刚开街的鼓楼老街。老街引入了非遗工坊、
特色小吃、文创书店等商户130余家。
记者 石磊
`, []pageArticle{
			{headlines: []string{"非遗传承", "老手艺焕发新光彩", "竹编艺人带徒百余名"}, paras: 1, reporters: []string{"邓欢"}},
			{headlines: []string{"小城大变样", "老街区变身文旅新地标"}, paras: 1, reporters: []string{"石磊"}},
		}},
		{"a kicker read between another story's title and its dash subtitle goes on", `
老旧小区加装电梯 居民上下楼不再难

守护一江清水

——我市今年已完成加装电梯216部

本报讯（记者 黄欣然） 家住东城区幸福里小区的刘大爷
今年78岁，说起新装的电梯，他笑得合不拢嘴。今年全市
已完成老旧小区加装电梯216部。

沿河十二个乡镇建起生态缓冲带

本报讯 走进清水河畔的柳湾镇，岸边新栽的垂柳已经吐
出嫩芽，沿河十二个乡镇建起了生态缓冲带。
记者 赵立新
`, []pageArticle{
			{headlines: []string{"老旧小区加装电梯 居民上下楼不再难", "——我市今年已完成加装电梯216部"}, paras: 1, reporters: []string{"黄欣然"}},
			{headlines: []string{"守护一江清水", "沿河十二个乡镇建起生态缓冲带"}, paras: 1, reporters: []string{"赵立新"}},
		}},
		{"a kicker no story took goes to the stack it heads, of two read row by row", `
数字赋能

守护一江清水

“一码通”让看病少跑腿

沿河十二个乡镇
建起生态缓冲带

全市二级以上医院实现检查结果互认

本报讯 走进清水河畔的柳湾镇，岸边新栽的垂柳已
吐出嫩芽，沿河十二个乡镇建起了生态缓冲带，过去
裸露的河滩变成了一条绿色长廊。
记者 赵立新

本报讯 “以前换一家医院看病，很多检查都要重新
做一遍。”今年以来，全市36家二级以上医院实现了
检验检查结果互认共享。
记者 贺晓东
`, []pageArticle{
			{headlines: []string{"守护一江清水", "沿河十二个乡镇建起生态缓冲带"}, paras: 1, reporters: []string{"赵立新"}},
			{headlines: []string{"数字赋能", "“一码通”让看病少跑腿", "全市二级以上医院实现检查结果互认"}, paras: 1, reporters: []string{"贺晓东"}},
		}},
		{"a passed kicker goes to the stack that follows, whichever of its lines is the main", `
守护一江清水

为民办实事

沿河十二个乡镇
建起生态缓冲带

一条公交线串起六所学校

早晚高峰学生乘车时间平均缩短15分钟

本报讯 走进清水河畔的柳湾镇，沿河十二个乡镇建起
了生态缓冲带，过去裸露的河滩变成了绿色长廊。
记者 赵立新

麦收进度过半 机收率超过九成
本报郑州6月7日讯 眼下正是“三夏”大忙时节，全省
小麦机收率超过九成，麦收进度过半。
记者 王建军

本报讯 清晨6点40分，学生专线从城南准时发车，这
条公交线串起沿线六所学校。早晚高峰学生乘车时间
平均缩短15分钟，学生乘车时间缩短了。
记者 李文博
`, []pageArticle{
			{headlines: []string{"守护一江清水", "沿河十二个乡镇建起生态缓冲带"}, paras: 1, reporters: []string{"赵立新"}},
			{headlines: []string{"麦收进度过半 机收率超过九成"}, paras: 1, reporters: []string{"王建军"}},
			{headlines: []string{"为民办实事", "一条公交线串起六所学校", "早晚高峰学生乘车时间平均缩短15分钟"}, paras: 1, reporters: []string{"李文博"}},
		}},
		{"a kicker over its story's title keeps it when the other stack's title comes next: the title is no second kicker", `
汛期将至

全市开展防汛应急演练

城市书房“上新”夜读成为新风尚

检验各部门协同处置能力
本报讯“北河堤段出现
管涌险情，请立即组织抢
险！”5月28日上午，随着指
挥部一声令下，一场防汛应
急演练在北河城区段拉开帷
幕。
市防汛抗旱指挥部办公
室负责人表示，通过演练，进
一步检验了应急预案的可操
作性，提高了各部门协同作
战能力。
记者 周建华

本报讯 晚上9点，位于
人民公园东门的城市书房依
然灯火通明。书架前，有人驻
足挑选图书，上班族捧着书
静静阅读。这是我市今年新
建成的第15家城市书房。
记者 许文静
`, []pageArticle{
			{headlines: []string{"汛期将至", "全市开展防汛应急演练", "检验各部门协同处置能力"}, paras: 2, reporters: []string{"周建华"}},
			{headlines: []string{"城市书房“上新”夜读成为新风尚"}, paras: 1, reporters: []string{"许文静"}},
		}},
		{"of two kickers over a title, the first goes to the next line's story when the second is the story's own", `
守护“舌尖上的安全”

交通
建设再提速

校园食堂开
展食品
安全大检查
本报讯 新学期开学前，市市
场监管局联合教育部门对全市中小
学、幼儿园食堂开展了食品安全专
项检查，共检查学校食堂386家，
发现问题隐患47处，已全部督促整
改到位。
检查人员重点查看了食品原料
进货查验、索证索票、餐具清洗消
毒、留样等环节。在一所小学的食
堂，执法人员发现部分调味品未按
规定标注开封日期，当场要求整
改。
“明厨亮灶”是今年检查的一
项重点。目前，全市已有九成以上
学校食堂安装了视频监控系统，家
长通过手机APP就能看到后厨操作
情况。
记者 彭丽娟
通讯员 谭志刚
责任编辑：陈晨

校对：孙悦

地铁三号
线全线贯通
预计年
底开通试运营

全民健身运动会开幕
本报讯 9月16日，第五届全民
健身运动会在市体育中心开幕。本
届运动会设置了篮球、乒乓球、广
场舞、太极拳等18个比赛项目，共
有来自全市的5800余名运动员参
赛。
开幕式上，由退休职工组成的
太极拳方阵、中小学生组成的跳绳
方阵依次入场，引来现场观众阵阵
掌声。
与往届相比，本届运动会新增

了飞盘、匹克球、电子竞技等新兴
项目，吸引了不少年轻人报名。
“通过比赛认识了很多志同道合的
朋友。”一名参加飞盘比赛的大学
生说。
据了解，运动会将持续到11月
底。其间，各县区还将举办“百村
千人”健步走、社区趣味运动会等
群众性体育活动。
记者 袁博

本报讯 6月18日上午，随着最
后一台盾构机在东湖站破土而出，
地铁3号线实现全线隧道贯通。
地铁3号线全长28.6公里，共
设车站22座，串联起火车站、老城
区和新区商务中心。线路贯通后，
将转入轨道铺设、机电安装等施工
阶段，预计年底开通试运营。
施工过程中，建设者克服了下

穿河道、邻近古建筑等多项技术难
题。“东湖站附近地质条件复杂，
我们采用了冻结法加固土体，确保
施工安全。”项目总工程师介绍。
3号线开通后，从火车站到新
区的乘车时间将由现在的1个多小
时缩短到35分钟左右，将有效缓解
城市东西向交通压力。
记者 范志伟 通讯员 韩冰

`, []pageArticle{
			{headlines: []string{"守护“舌尖上的安全”", "校园食堂开展食品安全大检查"}, paras: 3, reporters: []string{"彭丽娟"}},
			{headlines: []string{"全民健身运动会开幕"}, paras: 4, reporters: []string{"袁博"}},
			{headlines: []string{"交通建设再提速", "地铁三号线全线贯通预计年底开通试运营"}, paras: 4, reporters: []string{"范志伟"}},
		}},
		{"a title printed after the last story, which has none, heads it though it echoes none of its words", `
春运首日客流平稳有序

本报讯（记者 武一鸣）1月26日，为期40天的
春运正式开始。当天，火车站、汽车站客流平
稳，春运首日旅客发送量达到12万人次。
本报记者 谷雨

今年入冬以来，不少市民发现，家里的暖气比
往年更热了。记者调查了解到，这背后是全市
供热管网的一次“大换血”。
过去一年，市热力公司改造老旧供热管网68
公里，新建换热站23座，并在2.6万户居民家
中安装了室温监测设备。

这个冬天，城市为何更暖了？
`, []pageArticle{
			{headlines: []string{"春运首日客流平稳有序"}, paras: 1, reporters: []string{"武一鸣", "谷雨"}},
			{headlines: []string{"这个冬天，城市为何更暖了？"}, paras: 2},
		}},
		{"a title printed after its story's text goes back from the next stack to the story's bare kicker", `
我们的节日·端午

本报讯 6月10日，端午节当天，城南河畔锣鼓
喧天，一年一度的龙舟赛在这里举行。来自各乡
镇的18支代表队奋力划桨，河岸两旁挤满了加
油助威的市民。
记者 欧阳 静

粽叶飘香
龙舟竞渡

优化营商环境
企业开办时间压缩至一个工作日以内

本报讯 今年以来，市市场监管局联合税务、公安、
人社等部门，推行企业开办“一网通办”，企业开办
时间压缩至1个工作日以内。
记者 冯涛
`, []pageArticle{
			{headlines: []string{"我们的节日·端午", "粽叶飘香龙舟竞渡"}, paras: 1, reporters: []string{"欧阳静"}},
			{headlines: []string{"优化营商环境", "企业开办时间压缩至一个工作日以内"}, paras: 1, reporters: []string{"冯涛"}},
		}},
		// a fresh page of the eighth pool (-seed 801, gen-020)
		{"a figurative title echoing no story goes to the story without one, not onto a neighbouring stack", `
脱下军装的那一年，
郜建国37岁。
回到家乡后，他没有
选择安稳的工作，而是承
包了村里200多亩荒山，种
上了核桃树。
十年过去了，荒山变
成了“金山”。如今，郜建国
的核桃合作社带动了60多
户村民增收。
“在部队学会的，就是
不服输。”他说。
本报记者 骆 驼

一位退伍老兵的“第二战场”

本报讯（记者 秦 
岭 刘 畅）近日，市卫生
健康委公布的数据显示，
全市儿童青少年总体近视
率为51.6%，比去年下降了
1.2个百分点。
“近视防控，关键在
早。”市眼科医院副院长说，
家长要让孩子每天保证2
小时以上的户外活动时间，
减少使用电子产品。
■相关链接
护眼小贴士：读写时
眼睛与书本保持一尺距离；
连续用眼40分钟后，要休
息10分钟；保证充足睡眠。

谁来守护孩子们的“小眼睛”？

——我市儿童青少年近视防控工作调查
`, []pageArticle{
			{headlines: []string{"一位退伍老兵的“第二战场”"}, paras: 4, reporters: []string{"骆驼"}},
			{headlines: []string{"谁来守护孩子们的“小眼睛”？", "——我市儿童青少年近视防控工作调查"}, paras: 4, reporters: []string{"秦岭", "刘畅"}},
		}},
		// a fresh page of the eighth pool (-seed 801, gen-004)
		{"a kicker-length title echoing no story, set after a story without one and over the next stack's kicker, is the story's", `
本报讯（记者 尹 航）入冬以来，
火灾进入高发期。市消防救援支队提醒
广大市民：

外出时要关闭电源、燃气阀门；

不要在室内给电动自行车充电；

使用取暖器时要远离窗帘、被褥等
可燃物。

冬季用火用电安全提示

聚焦进博会

72个国家和地区的企业带来“新品首发”

本报上海11月5日电（本报特派记者
 阎 峰 俞 静）今天上午，第七届中
国国际进口博览会开幕。记者在现场看
到，来自72个国家和地区的3,400余家企
业参展，展览面积超过36万平方米。

在消费品展区，一家欧洲家电企业
的展台前排起了长队。“我们今年带来了
12款全球首发的新品。”企业负责人说。
`, []pageArticle{
			{headlines: []string{"冬季用火用电安全提示"}, paras: 4, reporters: []string{"尹航"}},
			{headlines: []string{"聚焦进博会", "72个国家和地区的企业带来“新品首发”"}, paras: 2, reporters: []string{"阎峰", "俞静"}},
		}},
		// a fresh page of the first pool (-seed 61, gen-001)
		{"stacks read row by row hand the second kicker on though the first title shares few words", `
小城大变样

金秋时节

老街区变身文旅新地标

万亩果园迎来丰收季

本报记者 潘 雪 文/图

九月的山坡上，一串串
红彤彤的苹果挂满枝头。果
农们提着竹篮，穿梭在果树
间忙着采摘，脸上洋溢着丰
收的喜悦。
“今年雨水好，果子个头
大、甜度高，每斤能卖到4块
钱。”果农李大姐一边摘果一
边说，她家种了15亩苹果，预
计收入能超过10万元。


本报讯青石板路、雕花
木窗、大红灯笼……走进刚
刚开街的鼓楼老街，浓浓的
古韵扑面而来。开街一个月，
记者 石磊
`, []pageArticle{
			{headlines: []string{"金秋时节", "万亩果园迎来丰收季"}, paras: 2, reporters: []string{"潘雪"}},
			{headlines: []string{"小城大变样", "老街区变身文旅新地标"}, paras: 1, reporters: []string{"石磊"}},
		}},
		// a fresh page of the first pool (-seed 51, gen-009)
		{"stacks read row by row hand on a second kicker that shares a word with the first story (健康) and as many with the next", `
家门口的“幸福食堂”

我运动 我健康 我快乐

社区老年餐桌每天供餐五百余份

全民健身运动会开幕

本报讯 9月16日，第五届全
民健身运动会在市体育中心开幕。
本届运动会设置了篮球、乒乓球、
广场舞、太极拳等18个比赛项目，
共有来自全市的5800余名运动员
参赛。

开幕式上，由退休职工组成
的太极拳方阵、中小学生组成的
跳绳方阵依次入场，引来现场观
众阵阵掌声。

与往届相比，本届运动会新
增了飞盘、匹克球、电子竞技等新
兴项目，吸引了不少年轻人报名。
“通过比赛认识了很多志同道合
的朋友。”一名参加飞盘比赛的大
学生说。

据了解，运动会将持续到 11
月底。其间，各县区还将举办“百
村千人”健步走、社区趣味运动会
等群众性体育活动。
记者 袁博

本报讯（记者 陈晓峰）中午
11点，和平街道长青社区的老年
食堂里飘出阵阵饭菜香。红烧鱼
块、清炒时蔬、番茄蛋汤……两荤
两素一汤，标价12元，80岁以上的
老人只需付6元。

“饭菜软烂、口味清淡，很适
合我们老年人。”82岁的孙奶奶几
乎每天都来这里吃饭。她说，老伴
去世后一个人做饭不方便，自从
社区开了食堂，吃饭的事再也不
用发愁了。

长青社区60岁以上的老人有
1200多人，其中独居和空巢老人
占了四成。去年，社区引入专业餐
饮企业，利用闲置用房改建了这
处老年食堂，政府给予场地和运
营补贴。

目前，食堂每天供餐500余份，
还为行动不便的老人提供送餐上
门服务。社区工作人员介绍，下一
步将在食堂增设健康讲座、文艺
活动等内容，让老人们吃得好，也
过得开心。
`, []pageArticle{
			{headlines: []string{"我运动 我健康 我快乐", "全民健身运动会开幕"}, paras: 4, reporters: []string{"袁博"}},
			{headlines: []string{"家门口的“幸福食堂”", "社区老年餐桌每天供餐五百余份"}, paras: 4, reporters: []string{"陈晓峰"}},
		}},
		// a fresh page of the first pool (-seed 21, gen-059)
		{"a kicker alone above a story's byline is that story's, though another story shares its word (时节)", `
麦收进度过半
机收率超过九成

本报郑州6月7日讯 眼下正
是“三夏”大忙时节，全省各地抢
抓晴好天气，组织联合收割机跨
区作业。截至6月6日，全省已收获
小麦4460万亩，占种植面积的52%，
机收率超过95%。
记者 王 芳

金秋时节

本报记者 潘 雪 文/图

九月的山坡上，一串串红彤
彤的苹果挂满枝头。果农们提着
竹篮，穿梭在果树间忙着采摘，脸
上洋溢着丰收的喜悦。

“今年雨水好，果子个头大、
甜度高，每斤能卖到4块钱。”果农
李大姐一边摘果一边说，她家种
了15亩苹果，预计收入能超过 10
万元。

万亩果园迎来丰收季
`, []pageArticle{
			{headlines: []string{"麦收进度过半机收率超过九成"}, paras: 1, reporters: []string{"王芳"}},
			{headlines: []string{"金秋时节", "万亩果园迎来丰收季"}, paras: 2, reporters: []string{"潘雪"}},
		}},
		// a fresh page of the fourth pool (-seed 401, gen-022)
		{"a kicker naming the reporter (记者蹲点) goes by its place, not to the story whose dateline names one", `
全国青少年科技创新大赛 我市学生获一等奖

本报讯（记者 伍佳怡）
近日，第 38 届全国青少年科
技创新大赛落下帷幕，市第
一中学高二学生滕悦的作品
《基于图像识别的垃圾分类
装置》获得一等奖。

这套装置能够自动识别
塑料瓶、易拉罐、废纸等 8 类
垃圾，识别准确率达到 96%。
滕悦说，她是在社区做志愿
者时，发现很多居民分不清
垃圾种类，才萌生了这个想
法。

记者蹲点

本报记者 石 头 文/图

早上 7 点，农贸市场里人
声鼎沸。摊主张大姐把一把
青菜放在电子秤上，屏幕上
立刻显示出重量、单价和总
价，顾客扫一扫秤上的二维
码就能付款。

“这个秤还能查菜的来
源，买得放心。”正在买菜的
李阿姨说。市场管理方介绍，
智慧秤上线后，缺斤短两的
投诉几乎没有了。

菜市场里的“智慧秤”
`, []pageArticle{
			{headlines: []string{"全国青少年科技创新大赛 我市学生获一等奖"}, paras: 2, reporters: []string{"伍佳怡"}},
			{headlines: []string{"记者蹲点", "菜市场里的“智慧秤”"}, paras: 2, reporters: []string{"石头"}},
		}},
		{"a line printed after a story's text, before the next story's byline, is its title when the next story's stack stands at the page's end", `
本报讯（记者 尹 航）
入冬以来，火灾进入高发期。
市消防救援支队提醒广大市
民：
外出时要关闭电源、燃
气阀门；

不要在室内给电动自行
车充电；

图为活动现场。 记者 王建 摄

使用取暖器时要远离窗
帘、被褥等可燃物。

冬季用火用电安全提示

本报驻青山记者站记者 巴 特

从县城到最远的石门村，
要走两个多小时的盘山路。
这是乡村邮递员钱师傅
走了二十年的路。二十年里，
他送出的报纸、信件和包裹，
已经数不清了。

记者手记

山路弯弯 初心不改
`, []pageArticle{
			{headlines: []string{"冬季用火用电安全提示"}, paras: 4, reporters: []string{"尹航"}},
			{headlines: []string{"记者手记", "山路弯弯 初心不改"}, paras: 2, reporters: []string{"巴特"}},
		}},
		{"a title printed right above another stack's kicker heads the story left without one", `
脱下军装的那一年，郜
建国37岁。
回到家乡后，他没有选
择安稳的工作，而是承包了
村里200多亩荒山，种上了核
桃树。
十年过去了，荒山变成
了“金山”。如今，郜建国的核
桃合作社带动了60多户村民
增收。
“在部队学会的，就是不
服输。”他说。

本报上海11月5日电（本
报特派记者 阎 峰 俞 
静）今天上午，第七届中国国
际进口博览会开幕。记者在
现场看到，来自 72个国家和
地区的3,400余家企业参展，
展览面积超过36万平方米。
在消费品展区，一家欧
洲家电企业的展台前排起了
长队。“我们今年带来了12款
全球首发的新品。”企业负责
人说。
据介绍，本届进博会首
发新产品、新技术、新服务超
过400项。

一位退伍老兵的“第二战场”

聚焦进博会

72个国家和地区的企业带来“新品首发”
`, []pageArticle{
			{headlines: []string{"一位退伍老兵的“第二战场”"}, paras: 4},
			{headlines: []string{"聚焦进博会", "72个国家和地区的企业带来“新品首发”"}, paras: 3, reporters: []string{"阎峰", "俞静"}},
		}},
		{"titles each printed after its story, none echoing it, go back one story each", `
本报讯 夜幕降临，老城区
的美食街上灯火通明，烧烤、麻
辣烫、冰粉……各色小吃香气
扑鼻。

“下班后和朋友来这里坐
坐，吃点东西，聊聊天，特别放
松。”在附近上班的白领姜女士
说。

今年以来，我市先后打造
了6条特色夜间消费街区，带动
夜间消费增长两成以上。
记者 濮 阳
通讯员 郁 青 冯晓丹 吉 利

家门口的“夜经济”火起来了！

本报记者 骆 驼

脱下军装的那一年，郜建
国37岁。

回到家乡后，他没有选择
安稳的工作，而是承包了村里
200多亩荒山，种上了核桃树。

十年过去了，荒山变成了
“金山”。如今，郜建国的核桃合
作社带动了60多户村民增收。

一位退伍老兵的“第二战场”

本报上海11月5日电（本报
特派记者 阎 峰 俞 静）
今天上午，第七届中国国际进
口博览会开幕。记者在现场看
到，来自 72个国家和地区的
3,400余家企业参展，展览面积
超过36万平方米。

在消费品展区，一家欧洲
家电企业的展台前排起了长队。
“我们今年带来了12款全球首
发的新品。”企业负责人说。

据介绍，本届进博会首发
新产品、新技术、新服务超过
400项。

聚焦进博会

72个国家和地区的企业带来“新品首发”
`, []pageArticle{
			{headlines: []string{"家门口的“夜经济”火起来了！"}, paras: 3, reporters: []string{"濮阳"}},
			{headlines: []string{"一位退伍老兵的“第二战场”"}, paras: 3, reporters: []string{"骆驼"}},
			{headlines: []string{"聚焦进博会", "72个国家和地区的企业带来“新品首发”"}, paras: 3, reporters: []string{"阎峰", "俞静"}},
		}},
		{"a title sharing no word with any story goes to the story beside it that has none, not under another stack", `
 本报记者 骆 驼

脱下军装的那一年，郜建国 37
岁。
回到家乡后，他没有选择安稳
的工作，而是承包了村里 200 多亩荒
山，种上了核桃树。
十年过去了，荒山变成了“金
山”。如今，郜建国的核桃合作社带
动了 60 多户村民增收。
“在部队学会的，就是不服输。”
他说。

一位退伍老兵的“第二战场”

数说

本报讯（记者 钟 灵）记者从
国家统计局市调查队获悉，前三季
度，全市居民人均可支配收入
28,500 元，同比增长 5.6%。
其中，城镇居民人均可支配收
入 36,200 元，增长 4.9%；农村居民人
均可支配收入 19,800 元，增长 6.8%。

前三季度居民人均可支配收入28,500元

本报讯（记者 尹 航）入冬以
来，火灾进入高发期。市消防救援支
队提醒广大市民：
外出时要关闭电源、燃气阀门；
不要在室内给电动自行车充电；
使用取暖器时要远离窗帘、被
褥等可燃物。

冬季用火用电安全提示

新闻热线：0371-12345678
`, []pageArticle{
			{headlines: []string{"一位退伍老兵的“第二战场”"}, paras: 4, reporters: []string{"骆驼"}},
			{headlines: []string{"数说", "前三季度居民人均可支配收入28,500元"}, paras: 2, reporters: []string{"钟灵"}},
			{headlines: []string{"冬季用火用电安全提示"}, paras: 4, reporters: []string{"尹航"}},
		}},
		{"a subtitle read above the next stack's kicker goes back under its title", `
汛期将至

全市开展防
汛应急演练

检验各部门
协同处置能力

本报讯 “北河堤段出现管涌险情，请立即组织抢险！”5月28
日上午，随着指挥部一声令下，一场防汛应急演练在北河城
区段拉开帷幕。水利、应急、消防等12个部门参加演练。
记者 周建华

优化营商环境

企业开办时间压
缩至一个工作日

本报讯 今年以来，市市场监管局联合税务、公安、人社等部
门，推行企业开办“一网通办”，企业开办时间压缩至1个工
作日以内。各部门协同办理，检验检测也不再跑腿。
记者 冯涛
`, []pageArticle{
			{headlines: []string{"汛期将至", "全市开展防汛应急演练", "检验各部门协同处置能力"}, paras: 1, reporters: []string{"周建华"}},
			{headlines: []string{"优化营商环境", "企业开办时间压缩至一个工作日"}, paras: 1, reporters: []string{"冯涛"}},
		}},
	})
}

// TestTakeOwnRun: a line no story took goes to the story whose stack it
// was printed in when that story's slots are full with a line from
// another run; that line goes to the story of its own run, which has
// room. A line sharing no word with the story stays an orphan.
func TestTakeOwnRun(t *testing.T) {
	unit := func(text string, order, run int) headUnit {
		return headUnit{text: text, pos: order, block: order, order: order, run: run}
	}
	for _, tt := range []struct {
		name   string
		echo   float64 // of the orphan with the full story
		taken  bool
		second []string // the other story's lines after
	}{
		{"an echoed title", 0.14, true, []string{"跨境电商让山货走出大山", "全县农产品网上销售额突破十亿元"}},
		{"a line sharing no word", 0, false, []string{"跨境电商让山货走出大山"}},
	} {
		heads := []headUnit{
			unit("跨境电商让山货走出大山", 0, 1), unit("全县农产品网上销售额突破十亿元", 1, 1),
			unit("非遗传承", 2, 2), unit("竹编艺人带徒百余名", 3, 2), unit("老手艺焕发新光彩", 4, 2),
		}
		sim := [][]float64{{0.6, 0}, {0.07, 0.21}, {0, 0}, {0, 0.38}, {0, tt.echo}}
		spans := []artSpan{{first: 10}, {first: 5}}
		perArt := [][]headUnit{{heads[0]}, {heads[1], heads[2], heads[3]}}
		perEcho := [][]float64{{0.6}, {0.21, 0, 0.38}}
		orphans := takeOwnRun(perArt, perEcho, spans, sim, []headUnit{heads[4]})
		var got []string
		for _, u := range perArt[1] {
			got = append(got, u.text)
		}
		if has := slices.Contains(got, "老手艺焕发新光彩"); has != tt.taken {
			t.Errorf("%s: the full story holds %q", tt.name, got)
		}
		var second []string
		for _, u := range perArt[0] {
			second = append(second, u.text)
		}
		if !slices.Equal(second, tt.second) {
			t.Errorf("%s: the other story holds %q, want %q", tt.name, second, tt.second)
		}
		if want := 0; !tt.taken && len(orphans) != 1 || tt.taken && len(orphans) != want {
			t.Errorf("%s: %d orphans left", tt.name, len(orphans))
		}
	}
}

// TestTakeOwnRunStranger: with no line from another run in the full
// story, the one that shares no word with it and some with a story that
// has room gives way: the kicker of the stack beside it, read between its
// lines, goes to that story.
func TestTakeOwnRunStranger(t *testing.T) {
	unit := func(text string, order int) headUnit {
		return headUnit{text: text, pos: order, block: order, order: order, run: 0}
	}
	heads := []headUnit{unit("非遗传承", 0), unit("我运动 我健康 我快乐", 1), unit("竹编艺人带徒百余名", 2), unit("全民健身运动会开幕", 3), unit("老手艺焕发新光彩", 4)}
	sim := [][]float64{{0, 0}, {0, 0.12}, {0.38, 0.12}, {0, 0.88}, {0.14, 0}}
	spans := []artSpan{{first: 5}, {first: 9}}
	perArt := [][]headUnit{{heads[0], heads[1], heads[2]}, {heads[3]}}
	perEcho := [][]float64{{0, 0, 0.38}, {0.88}}
	orphans := takeOwnRun(perArt, perEcho, spans, sim, []headUnit{heads[4]})
	texts := func(us []headUnit) []string {
		var out []string
		for _, u := range us {
			out = append(out, u.text)
		}
		return out
	}
	if got, want := texts(perArt[0]), []string{"非遗传承", "竹编艺人带徒百余名", "老手艺焕发新光彩"}; !slices.Equal(got, want) {
		t.Errorf("the full story holds %q, want %q", got, want)
	}
	if got, want := texts(perArt[1]), []string{"我运动 我健康 我快乐", "全民健身运动会开幕"}; !slices.Equal(got, want) {
		t.Errorf("the story beside holds %q, want %q", got, want)
	}
	if len(orphans) != 0 {
		t.Errorf("orphans left: %q", texts(orphans))
	}
}

// TestPassTitlesToBareKickers: two stacks side by side read row by row
// (kicker A, kicker B, title A, title B); a story left with its kicker
// alone takes the line two places on, past the other story's kicker.
func TestPassTitlesToBareKickers(t *testing.T) {
	unit := func(text string, order int) headUnit {
		return headUnit{text: text, pos: order, block: order, order: order, run: 0}
	}
	arts := []Article{
		{Headlines: []string{"夜市开张了"}},
		{Headlines: []string{"为企业解难题", "老城“烟火气”回来了", "“政策找人”让补贴直达企业"}, Main: 2},
	}
	perArt := [][]headUnit{{unit("夜市开张了", 0)}, {unit("为企业解难题", 1), unit("老城“烟火气”回来了", 2), unit("“政策找人”让补贴直达企业", 3)}}
	spans := []artSpan{
		{text: "华灯初上，南门老街的夜市准时开张。烤串、臭豆腐、糖画、手工酸奶……"},
		{text: "“没想到不用申请，补贴就直接到账了。”近日，一家精密机械企业的财务负责人收到了稳岗补贴。今年以来，市人社局依托大数据平台，主动筛选出符合条件的企业。"},
	}
	passTitlesToBareKickers(arts, spans, perArt, nil)
	if got, want := arts[0].Headlines, []string{"夜市开张了", "老城“烟火气”回来了"}; !slices.Equal(got, want) || arts[0].Main != 1 {
		t.Errorf("the bare kicker's story has %q (main %d), want %q (main 1)", got, arts[0].Main, want)
	}
	if got, want := arts[1].Headlines, []string{"为企业解难题", "“政策找人”让补贴直达企业"}; !slices.Equal(got, want) || arts[1].Headlines[arts[1].Main] != want[1] {
		t.Errorf("the story beside has %q (main %d), want %q", got, arts[1].Main, want)
	}
}

// TestPassTitlesToBareKickersMain: the same rows, the story beside having
// picked the line between as its main title; the line still goes, as it
// shares no word with that story and the rows go on alternating. A line
// the story beside echoes stays its main title.
func TestPassTitlesToBareKickersMain(t *testing.T) {
	unit := func(text string, order int) headUnit {
		return headUnit{text: text, pos: order, block: order, order: order, run: 0}
	}
	for _, c := range []struct {
		name, textB string
		moved       bool
	}{
		{"a figure of speech", "近日，一家精密机械企业的财务负责人收到了稳岗补贴。今年以来，市人社局主动筛选出符合条件的企业。", true},
		{"a line the story beside echoes", "近日，老城里的企业收到了稳岗补贴，“烟火气”回来了。今年以来，市人社局主动筛选出符合条件的企业。", false},
	} {
		arts := []Article{
			{Headlines: []string{"夜市开张了"}},
			{Headlines: []string{"为企业解难题", "老城“烟火气”回来了", "“政策找人”让补贴直达企业"}, Main: 1},
		}
		perArt := [][]headUnit{{unit("夜市开张了", 0)}, {unit("为企业解难题", 1), unit("老城“烟火气”回来了", 2), unit("“政策找人”让补贴直达企业", 3)}}
		spans := []artSpan{{text: "华灯初上，南门老街的夜市准时开张。烤串、臭豆腐、糖画、手工酸奶……"}, {text: c.textB}}
		passTitlesToBareKickers(arts, spans, perArt, nil)
		if moved := len(arts[0].Headlines) == 2; moved != c.moved {
			t.Errorf("%s: the bare kicker's story has %q, the story beside %q", c.name, arts[0].Headlines, arts[1].Headlines)
		}
		if c.moved && arts[1].Headlines[arts[1].Main] != "“政策找人”让补贴直达企业" {
			t.Errorf("%s: the story beside has main %q", c.name, arts[1].Headlines[arts[1].Main])
		}
	}
}

// TestPassFirstKickers: two stacks side by side read row by row — kicker
// A, kicker B, title A, title B —, the assignment leaving both kickers
// over B's title. A's kicker goes to A, though B's title, a figure of
// speech (“政策找人”…), shares few of B's words, or B's kicker shares more
// than its title; a title over a subtitle is no kicker.
func TestPassFirstKickers(t *testing.T) {
	unit := func(text string, order int) headUnit {
		return headUnit{text: text, pos: order, block: order, order: order, run: 0}
	}
	cases := []struct {
		name         string
		a, b         []string // stacks as held: a's lines printed 0, 1, 3; b's at 2
		textA, textB string
		wantA, wantB []string
	}{
		{"the first kicker goes to the title read after both",
			[]string{"护航开学季", "为企业解难题", "“政策找人”让补贴直达企业"}, []string{"交警护学岗守护孩子上学路"},
			"“没想到不用申请，补贴就直接到账了。”近日，一家精密机械企业的财务负责人收到了32万元的稳岗补贴，连声称赞。今年以来，市人社局依托大数据平台，对企业参保、纳税、用工等信息进行比对。",
			"9月1日早上7点，实验小学门前的道路上，交警和志愿者早早就位，疏导过往车辆，护送学生过马路。开学以来，市公安局交警支队在全市156所中小学、幼儿园门口设立“护学岗”。",
			[]string{"为企业解难题", "“政策找人”让补贴直达企业"}, []string{"护航开学季", "交警护学岗守护孩子上学路"}},
		{"rows crossed, the story's own kicker sharing more of its words than its title",
			[]string{"绿色出行", "5G赋能", "智慧工厂里的“无人车间”"}, []string{"共享单车“电子围栏”覆盖主城区"},
			"走进一家汽车零部件企业的冲压车间，记者看到，几十台机械臂有条不紊地抓取、冲压、码放。“车间接入5G网络后，设备数据实时上传。”目前，全市已建成5G基站1.2万个。",
			"今后在主城区骑共享单车，必须停在指定区域内才能还车。全市已施划共享单车停放点位3200余处，“电子围栏”实现主城区全覆盖。",
			[]string{"5G赋能", "智慧工厂里的“无人车间”"}, []string{"绿色出行", "共享单车“电子围栏”覆盖主城区"}},
		{"rows crossed, the second kicker well shorter than the title read after both",
			[]string{"书香社区", "冬泳爱好者", "寒风中畅游护城河"}, []string{"二十四小时书屋亮灯"},
			"清晨的气温只有零下3摄氏度，护城河边却热闹非凡。几十名冬泳爱好者做完热身，一个接一个跃入水中。冬泳贵在坚持。",
			"深夜11点，锦华社区的24小时书屋里仍有七八位读者。有人在书架前挑书，有人在窗边安静阅读。",
			[]string{"冬泳爱好者", "寒风中畅游护城河"}, []string{"书香社区", "二十四小时书屋亮灯"}},
		{"a title over its subtitle, as long as the title read between, keeps its kicker",
			[]string{"汛期将至", "全市开展防汛应急演练", "检验各部门协同处置能力"}, []string{"城市书房“上新”夜读成为新风尚"},
			"为检验各部门协同处置能力，全市开展防汛应急演练。演练模拟了强降雨导致河水暴涨、堤防出现险情等场景，应急部门组织开展演练。",
			"夜幕降临，城市书房里灯火通明，市民在这里安静地读书，夜读成为新风尚。",
			[]string{"汛期将至", "全市开展防汛应急演练", "检验各部门协同处置能力"}, []string{"城市书房“上新”夜读成为新风尚"}},
	}
	for _, c := range cases {
		arts := []Article{{Headlines: slices.Clone(c.a), Main: 2}, {Headlines: slices.Clone(c.b)}}
		perArt := [][]headUnit{{unit(c.a[0], 0), unit(c.a[1], 1), unit(c.a[2], 3)}, {unit(c.b[0], 2)}}
		spans := []artSpan{{text: c.textA}, {text: c.textB}}
		passFirstKickers(arts, spans, perArt)
		if !slices.Equal(arts[0].Headlines, c.wantA) || !slices.Equal(arts[1].Headlines, c.wantB) {
			t.Errorf("%s: stacks %q / %q, want %q / %q", c.name, arts[0].Headlines, arts[1].Headlines, c.wantA, c.wantB)
		}
	}
}

// TestDealCrossedStacksEitherWay: where the third line echoes both
// stories alike, the deal that gains most is taken, whichever story the
// first line goes to.
func TestDealCrossedStacksEitherWay(t *testing.T) {
	lines := []string{"非遗传承", "小城大变样", "老手艺焕发新光彩", "老街区变身文旅新地标", "竹编艺人带徒百余名"}
	holder := []int{0, 0, 1, 1, 1} // the assignment's (0: the old street, 1: the bamboo weaver)
	sim := [][]float64{{0.3, 0}, {0, 0}, {0.14, 0.14}, {0.11, 0}, {0.07, 0.31}}
	perArt := make([][]headUnit, 2)
	perEcho := make([][]float64, 2)
	for o, l := range lines {
		perArt[holder[o]] = append(perArt[holder[o]], headUnit{text: l, pos: o, block: o, order: o})
		perEcho[holder[o]] = append(perEcho[holder[o]], sim[o][holder[o]])
	}
	dealCrossedStacks(perArt, perEcho, sim)
	var street, weaver []string
	for _, u := range perArt[0] {
		street = append(street, u.text)
	}
	for _, u := range perArt[1] {
		weaver = append(weaver, u.text)
	}
	if want := []string{"小城大变样", "老街区变身文旅新地标"}; !slices.Equal(street, want) {
		t.Errorf("old street %q, want %q (the weaver %q)", street, want, weaver)
	}
}

// TestDealCrossedStacks: a run of two stacks read row by row, given
// mostly to one story, is dealt alternately to the two when each title
// then goes to a story that echoes it.
func TestDealCrossedStacks(t *testing.T) {
	lines := []string{"乡村振兴·产业篇", "为民办实事", "一颗猕猴桃的“致富经”", "“15分钟健身圈”覆盖全城", "全镇种植面积达2.8万亩，带动3000余户增收"}
	for _, c := range []struct {
		name         string
		sim          [][]float64 // each line's echo of the fitness story and the kiwi story
		wantA, wantB []string
	}{
		{"each title to the story it echoes", [][]float64{{0, 0}, {0, 0}, {0, 0.5}, {0.6, 0}, {0, 0.4}},
			[]string{"为民办实事", "“15分钟健身圈”覆盖全城"}, []string{"乡村振兴·产业篇", "一颗猕猴桃的“致富经”", "全镇种植面积达2.8万亩，带动3000余户增收"}},
		{"not where a title would go to a story that echoes it less", [][]float64{{0, 0}, {0, 0}, {0, 0.5}, {0, 0.6}, {0, 0.4}},
			lines[:4], lines[4:]},
	} {
		perArt := make([][]headUnit, 2)
		perEcho := make([][]float64, 2)
		for o, l := range lines {
			a := 0
			if o == 4 {
				a = 1
			}
			perArt[a] = append(perArt[a], headUnit{text: l, pos: o, block: o, order: o})
			perEcho[a] = append(perEcho[a], c.sim[o][a])
		}
		dealCrossedStacks(perArt, perEcho, c.sim)
		got := func(a int) []string {
			var out []string
			for _, u := range perArt[a] {
				out = append(out, u.text)
			}
			return out
		}
		if !slices.Equal(got(0), c.wantA) || !slices.Equal(got(1), c.wantB) {
			t.Errorf("%s: %q / %q, want %q / %q", c.name, got(0), got(1), c.wantA, c.wantB)
		}
	}
}

// TestPassDashSubtitles: a dash subtitle at the top of a story's stack
// goes under the title printed right before it, unless it shares more of
// its own story's words.
func TestPassDashSubtitles(t *testing.T) {
	const (
		school = "问：今年我市在扩大优质教育资源方面有哪些举措？答：我们将新建、改扩建中小学和幼儿园27所。"
		games  = "历时两个月的第十二届市民运动会11月26日闭幕，吸引了1.6万名市民参赛。"
	)
	for _, c := range []struct {
		name         string
		dash         string
		wantA, wantB []string
	}{
		{"a subtitle sharing neither story's words goes under the title before it", "——访市教育局局长",
			[]string{"全民健身热", "市民运动会闭幕"}, []string{"面对面", "“让每个孩子都能在家门口上好学”", "——访市教育局局长"}},
		{"one sharing its own story's words stays", "——第十二届市民运动会侧记",
			[]string{"——第十二届市民运动会侧记", "全民健身热", "市民运动会闭幕"}, []string{"面对面", "“让每个孩子都能在家门口上好学”"}},
	} {
		arts := []Article{{Headlines: []string{c.dash, "全民健身热", "市民运动会闭幕"}, Main: 2}, {Headlines: []string{"面对面", "“让每个孩子都能在家门口上好学”"}, Main: 1}}
		perArt := [][]headUnit{
			{{text: c.dash, order: 2}, {text: "全民健身热", order: 3}, {text: "市民运动会闭幕", order: 4}},
			{{text: "面对面", order: 0}, {text: "“让每个孩子都能在家门口上好学”", order: 1}},
		}
		passDashSubtitles(arts, []artSpan{{text: games}, {text: school}}, perArt)
		if !slices.Equal(arts[0].Headlines, c.wantA) || !slices.Equal(arts[1].Headlines, c.wantB) {
			t.Errorf("%s: %q / %q, want %q / %q", c.name, arts[0].Headlines, arts[1].Headlines, c.wantA, c.wantB)
		}
	}
}

// TestTitleForBareStory: a line no story took goes to the one story left
// without a headline, though another story shares a word of it by chance,
// but not where another shares more.
func TestTitleForBareStory(t *testing.T) {
	const (
		veteran = "脱下军装的那一年，郜建国37岁。回到家乡后，他承包了村里200多亩荒山，种上了核桃树。"
		school  = "清晨，公交车从城南客运站准时发车。“孩子上学方便多了。”一位家长说。"
		army    = "退伍老兵王建军回到家乡，在部队学会的本领派上了用场，老兵们都来帮忙。"
	)
	for _, c := range []struct {
		name  string
		other string
		want  bool
	}{
		{"another story shares a word by chance", school, true},
		{"another story shares more", army, false},
	} {
		arts := []Article{{Paragraphs: []string{veteran}, Main: -1}, {Headlines: []string{"公交专线开通"}, Paragraphs: []string{c.other}}}
		spans := []artSpan{{text: veteran}, {text: c.other}}
		got := titleForBareStory(arts, spans, headUnit{text: "一位退伍老兵的“第二战场”"})
		if got != c.want || got && (len(arts[0].Headlines) != 1 || arts[0].Main != 0) {
			t.Errorf("%s: took %v, stack %q, want %v", c.name, got, arts[0].Headlines, c.want)
		}
	}
}

// TestPassSecondKickers: the second of two kickers over a title, sharing
// none of the story's words where the first shares some, goes to the
// story without a kicker that shares its words.
func TestPassSecondKickers(t *testing.T) {
	const (
		school = "新学期开学前，市市场监管局联合教育部门对全市中小学、幼儿园食堂开展了食品安全专项检查，守护校园里师生舌尖上的安全。"
		metro  = "6月18日上午，随着最后一台盾构机在东湖站破土而出，地铁3号线实现全线隧道贯通。施工过程中，建设者克服了多项技术难题，将有效缓解城市东西向交通压力。"
	)
	for _, c := range []struct {
		name         string
		a, b         []string
		textA, textB string
		wantA, wantB []string
	}{
		{"the second kicker goes to the story whose words it shares",
			[]string{"守护“舌尖上的安全”", "交通建设再提速", "校园食堂开展食品安全大检查"}, []string{"地铁三号线全线贯通", "预计年底开通试运营"}, school, metro,
			[]string{"守护“舌尖上的安全”", "校园食堂开展食品安全大检查"}, []string{"交通建设再提速", "地铁三号线全线贯通", "预计年底开通试运营"}},
		{"a second kicker sharing the story's words stays",
			[]string{"守护“舌尖上的安全”", "建设平安校园", "校园食堂开展食品安全大检查"}, []string{"地铁三号线全线贯通", "预计年底开通试运营"}, school, metro,
			[]string{"守护“舌尖上的安全”", "建设平安校园", "校园食堂开展食品安全大检查"}, []string{"地铁三号线全线贯通", "预计年底开通试运营"}},
		{"nor does it go to a story that has a kicker",
			[]string{"守护“舌尖上的安全”", "交通建设再提速", "校园食堂开展食品安全大检查"}, []string{"城市建设", "地铁三号线全线贯通"}, school, metro,
			[]string{"守护“舌尖上的安全”", "交通建设再提速", "校园食堂开展食品安全大检查"}, []string{"城市建设", "地铁三号线全线贯通"}},
	} {
		arts := []Article{{Headlines: slices.Clone(c.a), Main: 2}, {Headlines: slices.Clone(c.b)}}
		passSecondKickers(arts, []artSpan{{text: c.textA}, {text: c.textB}})
		if !slices.Equal(arts[0].Headlines, c.wantA) || !slices.Equal(arts[1].Headlines, c.wantB) {
			t.Errorf("%s: stacks %q / %q, want %q / %q", c.name, arts[0].Headlines, arts[1].Headlines, c.wantA, c.wantB)
		}
	}
}

// TestPassTitlesToBareKickersOrphan: a line no story took, printed right
// after a story's lone kicker, is its title when it is longer and shares a
// word with the story.
func TestPassTitlesToBareKickersOrphan(t *testing.T) {
	unit := func(text string, order int) headUnit {
		return headUnit{text: text, pos: order, block: order, order: order, run: 0}
	}
	arts := []Article{{Headlines: []string{"我们的节日·端午"}}}
	perArt := [][]headUnit{{unit("我们的节日·端午", 0)}}
	spans := []artSpan{{text: "6月10日，端午节当天，城南河畔锣鼓喧天，一年一度的龙舟赛在这里举行。"}}
	orphans := []headUnit{unit("粽叶飘香 龙舟竞渡", 1), unit("图为活动现场", 5)}
	left := passTitlesToBareKickers(arts, spans, perArt, orphans)
	if got, want := arts[0].Headlines, []string{"我们的节日·端午", "粽叶飘香 龙舟竞渡"}; !slices.Equal(got, want) || arts[0].Main != 1 {
		t.Errorf("the story has %q (main %d), want %q (main 1)", got, arts[0].Main, want)
	}
	if len(left) != 1 || left[0].text != "图为活动现场" {
		t.Errorf("orphans left: %v", left)
	}
	// a title as long as its kicker
	arts = []Article{{Headlines: []string{"文化和自然遗产日"}}}
	perArt = [][]headUnit{{unit("文化和自然遗产日", 0)}}
	spans = []artSpan{{text: "6月10日是文化和自然遗产日。当天，始建于清代的陈家老宅首次免费向市民开放。"}}
	passTitlesToBareKickers(arts, spans, perArt, []headUnit{unit("百年老宅开门迎客", 1)})
	if got, want := arts[0].Headlines, []string{"文化和自然遗产日", "百年老宅开门迎客"}; !slices.Equal(got, want) {
		t.Errorf("the story has %q, want %q", got, want)
	}
}

// TestPassSecondTitles: of two title-length lines one story holds, the
// second — no subtitle, none of the holder's words — heads the page's one
// story with no headline; with two bare stories, only the one that shares
// its words takes it; a dash subtitle stays.
func TestPassSecondTitles(t *testing.T) {
	spans := []artSpan{
		{text: "今年入冬以来，不少市民发现，家里的暖气比往年更热了。"},
		{text: "近日，第38届全国青少年科技创新大赛落下帷幕，市第一中学高二学生获得一等奖。"},
		{text: "晚上8点以后，家住锦绣花园的王先生总要在小区里转上好几圈才能找到车位。"},
	}
	for _, c := range []struct {
		name  string
		third []string // the third story's headlines
		sub   string
		want  []string // the first story's headlines after the pass
	}{
		{"one bare story takes it", []string{"小区停车难，怎么破？"}, "这个冬天，城市为何更暖了？", []string{"这个冬天，城市为何更暖了？"}},
		{"two bare stories, neither sharing its words", nil, "这个冬天，城市为何更暖了？", nil},
		{"a dash subtitle stays", []string{"小区停车难，怎么破？"}, "——访青年发明家陈默和他的团队", nil},
	} {
		arts := []Article{
			{Main: -1},
			{Headlines: []string{"全国青少年科技创新大赛 我市学生获一等奖", c.sub}},
			{Headlines: c.third, Main: 0},
		}
		if len(c.third) == 0 {
			arts[2].Main = -1
		}
		passSecondTitles(arts, spans)
		if !slices.Equal(arts[0].Headlines, c.want) {
			t.Errorf("%s: the bare story has %q, want %q", c.name, arts[0].Headlines, c.want)
		}
	}
}

// TestReturnStrayLines: a line another story holds outside its own stack
// goes to the story left without a headline; a line short enough to be
// the holder's kicker, or one the holder echoes well, stays.
func TestReturnStrayLines(t *testing.T) {
	unit := func(text string, order, pos, run int) headUnit {
		return headUnit{text: text, pos: pos, block: pos, order: order, run: run}
	}
	joined := unit("聚焦进博会72个国家和地区的企业带来“新品首发”", 1, 21, 3)
	joined.kicker = len("聚焦进博会")
	spans := []artSpan{{first: 10, last: 12}, {first: 14, last: 20}}
	for _, c := range []struct {
		name  string
		held  []headUnit // story 1's lines; story 0 has none
		sim   [][]float64
		moved string // the line story 0 takes, or ""
	}{
		{"a title above the block of the holder's kicker and title",
			[]headUnit{unit("一位退伍老兵的“第二战场”", 0, 20, 3), joined},
			[][]float64{{0, 0.08}, {0, 0.65}}, "一位退伍老兵的“第二战场”"},
		{"… not when the holder echoes it well",
			[]headUnit{unit("一位退伍老兵的“第二战场”", 0, 20, 3), joined},
			[][]float64{{0, 0.4}, {0, 0.65}}, ""},
		{"a kicker-length line above it stays",
			[]headUnit{unit("一线调查", 0, 20, 3), joined},
			[][]float64{{0, 0}, {0, 0.65}}, ""},
		{"a title in the gap between the two stories, the holder's stack after its text",
			[]headUnit{unit("冬季用火用电安全提示", 0, 13, 1), unit("记者手记", 1, 21, 3), unit("山路弯弯 初心不改", 2, 22, 3)},
			[][]float64{{0, 0}, {0, 0}, {0, 0.14}}, "冬季用火用电安全提示"},
		{"… but a kicker-short one is the holder's, set over its byline",
			[]headUnit{unit("记者手记", 0, 13, 1), unit("山路弯弯 初心不改", 1, 22, 3)},
			[][]float64{{0, 0}, {0, 0.14}}, ""},
		{"… and one of the run of the holder's other lines stays with them",
			[]headUnit{unit("冬季用火用电安全提示", 0, 13, 3), unit("山路弯弯 初心不改", 1, 22, 3)},
			[][]float64{{0, 0}, {0, 0.14}}, ""},
	} {
		perArt := [][]headUnit{nil, slices.Clone(c.held)}
		perEcho := [][]float64{nil, make([]float64, len(c.held))}
		returnStrayLines(perArt, perEcho, spans, c.sim)
		got := ""
		if len(perArt[0]) == 1 {
			got = perArt[0][0].text
		}
		if got != c.moved || len(perArt[0])+len(perArt[1]) != len(c.held) {
			t.Errorf("%s: story 0 took %v, story 1 kept %v; want %q taken", c.name, perArt[0], perArt[1], c.moved)
		}
	}
}

// TestGroupHeadlinesKickerOverBrokenTitle: a block of a kicker over a
// title broken after a closing quote keeps the kicker apart and makes the
// title whole; a subtitle after it, or a line no longer than the first,
// leaves the block as the other rules group it.
func TestGroupHeadlinesKickerOverBrokenTitle(t *testing.T) {
	unit := func(text string, order int) headUnit {
		return headUnit{text: text, pos: 0, block: 0, order: order}
	}
	for _, c := range []struct {
		lines []string
		want  []string
	}{
		{[]string{"赛场速递", "主场“双杀”", "本土球队闯入CBA季后赛"}, []string{"赛场速递", "主场“双杀”本土球队闯入CBA季后赛"}},
		{[]string{"高速公路服务区里", "的“充电驿站”", "——节假日新能源汽车出行调查"}, []string{"高速公路服务区里的“充电驿站”", "——节假日新能源汽车出行调查"}},
	} {
		units := make([]headUnit, len(c.lines))
		for i, l := range c.lines {
			units[i] = unit(l, i)
		}
		got, _, _ := groupHeadlines(units, make([]float64, len(units)), "")
		if !slices.Equal(got, c.want) {
			t.Errorf("groupHeadlines(%q) = %q, want %q", c.lines, got, c.want)
		}
	}
}

// TestReturnRunTails: the last line of a run, taken by the story whose
// text follows, goes back to the story whose line it follows in the run
// when it shares that story's words and none of its holder's.
func TestReturnRunTails(t *testing.T) {
	unit := func(text string, order, run int) headUnit {
		return headUnit{text: text, pos: order, block: order, order: order, run: run}
	}
	kicker, title := unit("寻访老手艺", 0, 0), unit("七十年守着一口铁锅", 1, 1)
	sub, other := unit("老铁匠的炉火还在燃烧", 2, 1), unit("跨省通办再扩围 异地办事“一次不用跑”", 3, 2)
	sameBlock := sub
	sameBlock.block = title.block // 七十年守着一口铁锅 / 老铁匠的炉火还在燃烧 in one block
	for _, c := range []struct {
		name  string
		held  []headUnit // story 1's lines; story 0 holds kicker and title
		sim   [][]float64
		moved bool
	}{
		{"the tail of the run echoing story 0 goes back", []headUnit{sub, other},
			[][]float64{{0, 0}, {0.2, 0}, {0.25, 0}, {0, 0.6}}, true},
		{"… not when it shares a word with its holder", []headUnit{sub, other},
			[][]float64{{0, 0}, {0.2, 0}, {0.25, 0.1}, {0, 0.6}}, false},
		{"… nor when it shares none with story 0", []headUnit{sub, other},
			[][]float64{{0, 0}, {0.2, 0}, {0, 0}, {0, 0.6}}, false},
		{"… nor when the holder has no line in another run", []headUnit{sub},
			[][]float64{{0, 0}, {0.2, 0}, {0.25, 0}, {0, 0.6}}, false},
		{"the second line of story 0's block goes back though it shares a word with its holder", []headUnit{sameBlock, other},
			[][]float64{{0, 0}, {0.2, 0}, {0.25, 0.1}, {0, 0.6}}, true},
		{"… not when it shares more with its holder", []headUnit{sameBlock, other},
			[][]float64{{0, 0}, {0.2, 0}, {0.25, 0.3}, {0, 0.6}}, false},
	} {
		perArt := [][]headUnit{{kicker, title}, slices.Clone(c.held)}
		perEcho := [][]float64{{0, 0}, make([]float64, len(c.held))}
		returnRunTails(perArt, perEcho, c.sim)
		moved := len(perArt[0]) == 3 && perArt[0][2].text == sub.text
		if moved != c.moved || len(perArt[0])+len(perArt[1]) != 2+len(c.held) {
			t.Errorf("%s: stories hold %v / %v, moved %v, want %v", c.name, perArt[0], perArt[1], moved, c.moved)
		}
	}
}

// TestUncrossKickers: kicker A, kicker B, title A, title B, the kickers
// given crosswise, are dealt back — unless a kicker's words say it is
// where it was.
func TestUncrossKickers(t *testing.T) {
	unit := func(text string, order int) headUnit {
		return headUnit{text: text, pos: order, block: order, order: order, run: 0}
	}
	k1, k2 := unit("银发课堂", 0), unit("书香社区", 1)
	t1, t2 := unit("老年大学新学期报名火爆", 2), unit("二十四小时书屋亮灯", 3)
	for _, c := range []struct {
		name string
		sim  [][]float64 // per unit, per story (0: the elderly college, 1: the book room)
		want string      // story 0's kicker after the pass
	}{
		{"crosswise kickers go back", [][]float64{{0.3, 0}, {0, 0.3}, {0.6, 0}, {0, 0.6}}, "银发课堂"},
		{"… not when the first kicker shares more of the story it holds", [][]float64{{0, 0.3}, {0, 0.3}, {0.6, 0}, {0, 0.6}}, "书香社区"},
	} {
		perArt := [][]headUnit{{k2, t1}, {k1, t2}}
		perEcho := [][]float64{{0, 0}, {0, 0}}
		uncrossKickers(perArt, perEcho, c.sim)
		if got := perArt[0][0].text; got != c.want || len(perArt[0]) != 2 || len(perArt[1]) != 2 {
			t.Errorf("%s: stories hold %v / %v, want story 0's kicker %q", c.name, perArt[0], perArt[1], c.want)
		}
	}
}

// TestKickOverBeside: kicker A, title B, title A in one run, the kicker
// given to B, goes to A.
func TestKickOverBeside(t *testing.T) {
	unit := func(text string, order int) headUnit {
		return headUnit{text: text, pos: order, block: order, order: order, run: 0}
	}
	k, tb, ta := unit("金秋时节", 0), unit("消防宣传进万家", 1), unit("万亩果园迎来丰收季", 2)
	for _, c := range []struct {
		name         string
		sim          [][]float64 // per unit, per story (0: the fire drill, 1: the orchard)
		firstA       int         // the element of each story's first line
		firstB       int
		wantA, wantB int // headlines each story holds after the pass
	}{
		{"the kicker goes over the title after next", [][]float64{{0, 0}, {0.6, 0}, {0, 0.6}}, 3, 9, 2, 1},
		{"… not when it shares more of the story it holds", [][]float64{{0.2, 0}, {0.6, 0}, {0, 0.6}}, 3, 9, 1, 2},
		{"… nor when that story comes first on the page", [][]float64{{0, 0}, {0.6, 0}, {0, 0.6}}, 9, 3, 1, 2},
		{"… nor when its title was printed after it", [][]float64{{0, 0}, {0.6, 0}, {0, 0.6}}, 1, 9, 1, 2},
	} {
		perArt := [][]headUnit{{k, tb}, {ta}}
		perEcho := [][]float64{{0, 0}, {0}}
		spans := []artSpan{{first: c.firstB}, {first: c.firstA}}
		kickOverBeside(perArt, perEcho, spans, c.sim)
		if len(perArt[0]) != c.wantB || len(perArt[1]) != c.wantA {
			t.Errorf("%s: stories hold %v / %v", c.name, perArt[0], perArt[1])
		}
	}
}

// TestKickerWithTitleAfter: a kicker over a title printed after its
// story goes with that title, not with the story after the stack.
func TestKickerWithTitleAfter(t *testing.T) {
	unit := func(text string, pos int) headUnit {
		return headUnit{text: text, pos: pos, block: pos, order: pos - 10, run: 1}
	}
	k, title, next := unit("乡村振兴进行时", 10), unit("小山村种出“致富菇”", 11), unit("老年大学“一座难求”如何破解？", 12)
	for _, c := range []struct {
		name             string
		mushroomLast     int         // the element the mushroom story's text ends at
		sim              [][]float64 // per unit, per story (0: the mushrooms, 1: the college)
		wantMush, wantCo int
	}{
		{"the kicker goes with the title under it", 9, [][]float64{{0, 0}, {0.6, 0}, {0, 0.6}}, 2, 1},
		{"… not when that title's story goes on after the stack", 15, [][]float64{{0, 0}, {0.6, 0}, {0, 0.6}}, 1, 2},
		{"… nor when the kicker shares more of the story it holds", 9, [][]float64{{0, 0.3}, {0.6, 0}, {0, 0.6}}, 1, 2},
	} {
		perArt := [][]headUnit{{title}, {k, next}}
		perEcho := [][]float64{{0}, {0, 0}}
		spans := []artSpan{{first: 2, last: c.mushroomLast}, {first: 16, last: 24}}
		kickerWithTitleAfter(perArt, perEcho, spans, c.sim)
		if len(perArt[0]) != c.wantMush || len(perArt[1]) != c.wantCo {
			t.Errorf("%s: stories hold %v / %v", c.name, perArt[0], perArt[1])
		}
	}
}

// TestKickerOverNextTitle: a kicker no story took, printed inside the
// story before its stack, goes to the stack after it.
func TestKickerOverNextTitle(t *testing.T) {
	const (
		fire   = "11月9日是全国消防日。当天，市消防救援支队在市民广场举办消防宣传活动。"
		clinic = "以前换一家医院看病，很多检查都要重新做一遍，现在拿手机一扫码，医生就能看到之前的结果。"
		lane   = "路面平整了，路灯亮了，墙面也变得干净整洁。走在刚刚完成改造的槐树巷。"
	)
	kicker := headUnit{text: "数字赋能", pos: 5, order: 1}
	title := headUnit{text: "“一码通”让看病少跑腿", pos: 8, block: 8, order: 2, run: 1}
	sub := headUnit{text: "全市二级以上医院实现检查结果互认", pos: 9, block: 9, order: 3, run: 1}
	lanes := headUnit{text: "背街小巷改造让居民出行更舒心", pos: 9, block: 9, order: 3, run: 1}
	for _, c := range []struct {
		name                 string
		sideBySide           bool // the line after the title is the lane story's title, not the clinic's subtitle
		clinicAt, laneAt     int  // the element each story's text starts at
		wantClinic, wantLane int  // headlines each story holds after the pass
	}{
		{"the kicker goes over the stack after it", false, 10, 15, 3, 1},
		{"… not when a story begins between them", false, 10, 6, 2, 1},
		{"side by side, over the title after next when its story comes first", true, 16, 10, 1, 2},
		{"… and over the next title when its own comes first", true, 10, 16, 2, 1},
	} {
		arts := []Article{{Headlines: []string{"消防宣传进万家"}}, {Headlines: []string{title.text}}, {Headlines: []string{lanes.text}}}
		perArt := [][]headUnit{{{text: "消防宣传进万家"}}, {title}, {lanes}}
		if !c.sideBySide {
			arts[1].Headlines, arts[2].Headlines = append(arts[1].Headlines, sub.text), []string{"背街小巷"}
			perArt[1], perArt[2] = append(perArt[1], sub), nil
		}
		spans := []artSpan{{text: fire, first: 2, last: 7}, {text: clinic, first: c.clinicAt, last: c.clinicAt + 4}, {text: lane, first: c.laneAt, last: c.laneAt + 4}}
		kickerOverNextTitle(arts, spans, perArt, kicker)
		if len(arts[1].Headlines) != c.wantClinic || len(arts[2].Headlines) != c.wantLane {
			t.Errorf("%s: stacks %q / %q", c.name, arts[1].Headlines, arts[2].Headlines)
		}
	}
}

// TestPassStackToBare: a story holding a kicker and two titles, only the
// last echoing its text, gives the first two to the bare story after it.
func TestPassStackToBare(t *testing.T) {
	const (
		play  = "由市话剧团创排的话剧《城南旧事》将于本周六在市大剧院首演。该剧根据林海音同名小说改编。"
		power = "腊月二十八，气温零下8℃。清晨7点，供电公司抢修班的6名队员已经出现在城郊的一处变电站里。"
	)
	for _, c := range []struct {
		name         string
		a            []string
		textA, textB string
		wantA, wantB []string
	}{
		{"the first stack goes to the bare story",
			[]string{"新春走基层", "守护万家灯火的“电力蓝”", "《城南旧事》话剧版本周末首演"}, play, power,
			[]string{"《城南旧事》话剧版本周末首演"}, []string{"新春走基层", "守护万家灯火的“电力蓝”"}},
		{"two short lines are kickers read row by row",
			[]string{"新春走基层", "文化惠民", "《城南旧事》话剧版本周末首演"}, play, power,
			[]string{"新春走基层", "文化惠民", "《城南旧事》话剧版本周末首演"}, nil},
		{"a middle line echoing the story is its own",
			[]string{"新春走基层", "话剧《城南旧事》再登舞台", "本周末首演"}, play, power,
			[]string{"新春走基层", "话剧《城南旧事》再登舞台", "本周末首演"}, nil},
	} {
		arts := []Article{{Headlines: slices.Clone(c.a), Main: 2}, {Paragraphs: []string{c.textB}, Main: -1}}
		passStackToBare(arts, []artSpan{{text: c.textA}, {text: c.textB}})
		if !slices.Equal(arts[0].Headlines, c.wantA) || !slices.Equal(arts[1].Headlines, c.wantB) {
			t.Errorf("%s: stacks %q / %q, want %q / %q", c.name, arts[0].Headlines, arts[1].Headlines, c.wantA, c.wantB)
		}
	}
}

// TestTakesKicker: a story takes a passed kicker when its stack has none;
// a short first line is its title when a subtitle as long follows and the
// story shares half its words.
func TestTakesKicker(t *testing.T) {
	const (
		marathon = "11月17日7时30分，随着发令枪响，2024城市马拉松在市民广场鸣枪开跑，两万名跑者参赛。"
		school   = "新学期开学前，市市场监管局对全市中小学食堂开展了食品安全专项检查，守护校园里师生舌尖上的安全。"
	)
	for _, c := range []struct {
		name  string
		stack []string
		text  string
		want  bool
	}{
		{"a lone title", []string{"城市马拉松鸣枪开跑"}, marathon, true},
		{"a short title over its subtitle", []string{"城市马拉松鸣枪开跑", "两万名跑者穿越老城新区"}, marathon, true},
		{"a kicker over its title", []string{"全民健身", "城市马拉松鸣枪开跑"}, marathon, false},
		{"a kicker echoing the story, over a longer title", []string{"守护“舌尖上的安全”", "校园食堂开展食品安全大检查"}, school, false},
		{"a short line over as long a line, sharing no words", []string{"老手艺焕发新光彩", "竹编艺人带徒百余名"}, marathon, false},
		{"no room", []string{"全民健身", "城市马拉松鸣枪开跑", "两万名跑者穿越老城新区"}, marathon, false},
		{"no headline", nil, marathon, false},
	} {
		if got := takesKicker(Article{Headlines: c.stack}, c.text); got != c.want {
			t.Errorf("%s: takesKicker(%q) = %v, want %v", c.name, c.stack, got, c.want)
		}
	}
}

// TestSplitKickerPair: two kickers read row by row over two titles, both
// given to the first story, split one to each.
func TestSplitKickerPair(t *testing.T) {
	lines := []string{"关注“一老一小”", "法治在身边", "托育机构和养老驿站能否“合体”？", "电动车“飞线充电”被罚了"}
	for _, c := range []struct {
		name         string
		sim          [][]float64 // per line, per story (0: the nursery, 1: the e-bikes)
		extra        bool        // the e-bike story holds a second line already
		wantA, wantB int
	}{
		{"the second kicker goes over the second title", [][]float64{{0.2, 0}, {0, 0}, {0.5, 0}, {0, 0.5}}, false, 2, 2},
		{"… not when it shares the first story's words", [][]float64{{0.2, 0}, {0.1, 0}, {0.5, 0}, {0, 0.5}}, false, 3, 1},
		{"… nor when the second story holds more than its title", [][]float64{{0.2, 0}, {0, 0}, {0.5, 0}, {0, 0.5}}, true, 3, 2},
	} {
		unit := func(o int) headUnit { return headUnit{text: lines[o], pos: o, block: o, order: o, run: 0} }
		perArt := [][]headUnit{{unit(0), unit(1), unit(2)}, {unit(3)}}
		perEcho := [][]float64{{0.2, 0, 0.5}, {0.5}}
		sim := c.sim
		if c.extra {
			perArt[1] = append(perArt[1], headUnit{text: "记者走访多个小区", pos: 9, block: 9, order: 4, run: 1})
			perEcho[1] = append(perEcho[1], 0)
			sim = append(slices.Clone(sim), []float64{0, 0})
		}
		splitKickerPair(perArt, perEcho, sim)
		if len(perArt[0]) != c.wantA || len(perArt[1]) != c.wantB {
			t.Errorf("%s: stories hold %v / %v", c.name, perArt[0], perArt[1])
		}
	}
}

// TestPassFirstKickersTopsItsStack: a kicker is not handed to a story
// whose title was printed before it in the run (跨境电商让山货走出大山 /
// 非遗传承 / 老手艺焕发新光彩 / 全县… / 竹编…, two stacks read row by row).
func TestPassFirstKickersTopsItsStack(t *testing.T) {
	unit := func(text string, order int) headUnit {
		return headUnit{text: text, pos: order, block: order, order: order, run: 0}
	}
	bamboo := []string{"非遗传承", "老手艺焕发新光彩", "竹编艺人带徒百余名"}
	shop := []string{"跨境电商让山货走出大山", "全县农产品网上销售额突破十亿元"}
	arts := []Article{{Headlines: slices.Clone(bamboo), Main: 1}, {Headlines: slices.Clone(shop), Main: 0}}
	perArt := [][]headUnit{
		{unit(bamboo[0], 1), unit(bamboo[1], 2), unit(bamboo[2], 4)},
		{unit(shop[0], 0), unit(shop[1], 3)},
	}
	spans := []artSpan{
		{text: "竹篾在手指间上下翻飞，不一会儿，一只精巧的小竹篮就成形了。竹编艺人带出徒弟百余名，这门老手艺有了传人。"},
		{text: "全县今年农产品网上销售额突破十亿元，山里的土特产通过跨境电商卖到了国外。"},
	}
	passFirstKickers(arts, spans, perArt)
	if !slices.Equal(arts[0].Headlines, bamboo) || !slices.Equal(arts[1].Headlines, shop) {
		t.Errorf("stacks %q / %q, want them as held", arts[0].Headlines, arts[1].Headlines)
	}
}

// TestKickerInsideStack: a kicker-like line held between two lines of
// one story's stack goes to the story of the line printed after it.
func TestKickerInsideStack(t *testing.T) {
	lines := []string{"跨境电商让山货走出大山", "非遗传承", "老手艺焕发新光彩", "全县农产品网上销售额突破十亿元", "竹编艺人带徒百余名"}
	for _, c := range []struct {
		name         string
		kickerEcho   float64 // the kicker's echo of each story
		heldBefore   bool    // the bamboo story holds a line printed before the kicker
		wantA, wantB int
	}{
		{"the kicker goes over the stack printed after it", 0, false, 2, 3},
		{"… not when it shares the holder's words", 0.2, false, 3, 2},
		{"… nor when the other story holds a line printed before it", 0, true, 3, 3},
	} {
		unit := func(o int) headUnit { return headUnit{text: lines[o], pos: o + 1, block: o + 1, order: o + 1, run: 0} }
		perArt := [][]headUnit{{unit(0), unit(1), unit(3)}, {unit(2), unit(4)}}
		perEcho := [][]float64{{0.1, c.kickerEcho, 0.66}, {0.14, 0.3}}
		sim := [][]float64{{0, 0}, {0.1, 0}, {c.kickerEcho, c.kickerEcho}, {0, 0.14}, {0.66, 0.18}, {0, 0.3}}
		if c.heldBefore {
			perArt[1] = append([]headUnit{{text: "记者手记", pos: 0, block: 0, order: 0, run: 0}}, perArt[1]...)
			perEcho[1] = append([]float64{0}, perEcho[1]...)
		}
		kickerInsideStack(perArt, perEcho, sim)
		if len(perArt[0]) != c.wantA || len(perArt[1]) != c.wantB {
			t.Errorf("%s: stories hold %v / %v", c.name, perArt[0], perArt[1])
		}
	}
}

// TestReturnMidStackLine: a line held between a story's title and
// subtitle that shares none of its words goes to the story that shares
// them, when the kicker two lines before it is left over.
func TestReturnMidStackLine(t *testing.T) {
	lines := []string{"非遗传承", "跨境电商让山货走出大山", "老手艺焕发新光彩", "全县农产品网上销售额突破十亿元"}
	for _, c := range []struct {
		name         string
		orphanKicker bool    // 非遗传承 is left over
		ownEcho      float64 // the line's echo of the online-shop story
		wantA, wantB int
	}{
		{"the line goes to the story it echoes", true, 0, 2, 2},
		{"… not when no kicker is left over above it", false, 0, 3, 1},
		{"… nor when it shares its holder's words", true, 0.1, 3, 1},
	} {
		unit := func(o int) headUnit { return headUnit{text: lines[o], pos: o, block: o, order: o, run: 0} }
		subtitle := headUnit{text: "竹编艺人带徒百余名", pos: 9, block: 9, order: 4, run: 1}
		perArt := [][]headUnit{{unit(1), unit(2), unit(3)}, {subtitle}}
		perEcho := [][]float64{{0.1, c.ownEcho, 0.66}, {0.3}}
		sim := [][]float64{{0, 0}, {0.1, 0}, {c.ownEcho, 0.14}, {0.66, 0.18}, {0, 0.3}}
		orphans := []headUnit{{text: "记者手记", pos: 12, block: 12, order: 5, run: 2}} // another run's
		if c.orphanKicker {
			orphans = append(orphans, unit(0))
		}
		returnMidStackLine(perArt, perEcho, sim, orphans)
		if len(perArt[0]) != c.wantA || len(perArt[1]) != c.wantB {
			t.Errorf("%s: stories hold %v / %v", c.name, perArt[0], perArt[1])
		}
	}
}

// TestPassTrailingKicker: a kicker read after a story's title goes to the
// first later story that takes one and whose headline was printed after it.
func TestPassTrailingKicker(t *testing.T) {
	unit := func(text string, order int) headUnit {
		return headUnit{text: text, pos: order, block: order, order: order, run: order}
	}
	training := "日前，全市乡村振兴带头人培训班在市农业农村局开班，来自各镇街的一百二十名学员参加培训。"
	lane := "路面平整了，路灯亮了，墙面也变得干净整洁。走在刚刚完成改造的槐树巷，居民们感觉像换了一个地方。"
	for _, c := range []struct {
		name      string
		kicker    string
		laneOrder int // where the lane story's title was printed
		want      [][]string
	}{
		{"the kicker goes over the title printed after it", "关注民生", 5,
			[][]string{{"乡村振兴带头人培训班开班"}, {"数字赋能", "“一码通”让看病少跑腿"}, {"关注民生", "背街小巷改造让居民出行更舒心"}}},
		{"… not one sharing the story's words", "乡村振兴", 5,
			[][]string{{"乡村振兴带头人培训班开班", "乡村振兴"}, {"数字赋能", "“一码通”让看病少跑腿"}, {"背街小巷改造让居民出行更舒心"}}},
		{"… nor a silent subtitle, longer than a kicker", "每户获补贴两千元", 5,
			[][]string{{"乡村振兴带头人培训班开班", "每户获补贴两千元"}, {"数字赋能", "“一码通”让看病少跑腿"}, {"背街小巷改造让居民出行更舒心"}}},
		{"… nor to a title printed before it", "关注民生", 0,
			[][]string{{"乡村振兴带头人培训班开班", "关注民生"}, {"数字赋能", "“一码通”让看病少跑腿"}, {"背街小巷改造让居民出行更舒心"}}},
	} {
		arts := []Article{
			{Headlines: []string{"乡村振兴带头人培训班开班", c.kicker}},
			{Headlines: []string{"数字赋能", "“一码通”让看病少跑腿"}, Main: 1},
			{Headlines: []string{"背街小巷改造让居民出行更舒心"}},
		}
		perArt := [][]headUnit{
			{unit("乡村振兴带头人培训班开班", 1), unit(c.kicker, 2)},
			{unit("数字赋能", 3), unit("“一码通”让看病少跑腿", 4)},
			{unit("背街小巷改造让居民出行更舒心", c.laneOrder)},
		}
		spans := []artSpan{{text: training}, {text: "以前换一家医院看病，很多检查都要重新做。"}, {text: lane}}
		passTrailingKicker(arts, spans, perArt)
		for i := range arts {
			if !slices.Equal(arts[i].Headlines, c.want[i]) {
				t.Errorf("%s: story %d has %q, want %q", c.name, i, arts[i].Headlines, c.want[i])
			}
		}
	}
}
