package parse

import (
	"slices"
	"strings"
	"testing"
)

// pageArticle is what a page case checks of an article.
type pageArticle struct {
	headlines []string
	paras     int    // paragraphs
	last      string // the last paragraph ends with this
	reporters []string
	corresp   []string // checked when not nil
	holds     string   // the paragraphs hold this, when set
}

// pageCase is a page of a few literal lines and the articles it must
// parse to: the table tests of the stages that decide across blocks
// (segment, order, headlines).
type pageCase struct {
	name string
	page string
	want []pageArticle
}

func checkPages(t *testing.T, cases []pageCase) {
	t.Helper()
	for _, c := range cases {
		pages := Parse(strings.TrimPrefix(c.page, "\n"))
		if len(pages) != 1 {
			t.Fatalf("%s: %d pages", c.name, len(pages))
		}
		got := pages[0].Articles
		if len(got) != len(c.want) {
			t.Errorf("%s: %d articles, want %d", c.name, len(got), len(c.want))
			for _, a := range got {
				t.Logf("  %q %q", a.Headlines, a.Paragraphs)
			}
			continue
		}
		for i, w := range c.want {
			a := got[i]
			if !slices.Equal(a.Headlines, w.headlines) {
				t.Errorf("%s: article %d headlines %q, want %q", c.name, i, a.Headlines, w.headlines)
			}
			if len(a.Paragraphs) != w.paras || (w.last != "" && !strings.HasSuffix(a.Paragraphs[len(a.Paragraphs)-1], w.last)) {
				t.Errorf("%s: article %d paragraphs %q, want %d ending with %q", c.name, i, a.Paragraphs, w.paras, w.last)
			}
			if w.holds != "" && !strings.Contains(strings.Join(a.Paragraphs, ""), w.holds) {
				t.Errorf("%s: article %d paragraphs %q, want them holding %q", c.name, i, a.Paragraphs, w.holds)
			}
			if !slices.Equal(a.Byline.Reporters, w.reporters) {
				t.Errorf("%s: article %d reporters %q, want %q", c.name, i, a.Byline.Reporters, w.reporters)
			}
			if w.corresp != nil && !slices.Equal(nonNil(a.Byline.Correspondents), w.corresp) {
				t.Errorf("%s: article %d correspondents %q, want %q", c.name, i, a.Byline.Correspondents, w.corresp)
			}
		}
	}
}

// TestSegmentRules: the segment stage, one case per rule.
func TestSegmentRules(t *testing.T) {
	checkPages(t, []pageCase{
		// a fresh sample-format page (pool 11, -seed 1101, gen-012)
		{"a quoted voice alone over the line naming its speaker is body", `
本报讯 一把剪刀、一张红纸，
不一会儿，一只栩栩如生的“小
老虎”就出现在剪纸传承人黎
师傅的手中。
活动中，黎师傅向同学们
讲解了剪纸的历史和基本技法，
并手把手指导孩子们剪出了窗
花、生肖等作品。

“原来剪纸这么有意思！”

四年级学生小满举着自己的作
品说。
通讯员 苟 宁 记者 詹 燕

非遗剪纸走进校园
`, []pageArticle{
			{headlines: []string{"非遗剪纸走进校园"}, paras: 3, last: "举着自己的作品说。", reporters: []string{"詹燕"}, holds: "“原来剪纸这么有意思！”四年级学生小满举着自己的作品说。"},
		}},
		// a fresh ordered page (pool 11, -seed 1103, ord-012)
		{"a title broken at its quote over two short lines, set on its column, goes apart", `
社区“时间银
行”存下邻里情
周六上午，家住枫林社区的
退休护士孔阿姨又来到独居老人
赵大爷家，帮他量血压、整理药
品。
孔阿姨的这份服务，会被记
录在社区“时间银行”里。“我
现在帮别人，等我老了，也会有
人来帮我。”孔阿姨笑着说。
社区党委书记介绍，“时间
银行”运行两年来，已有志愿者
420人，累计存入服务时长1.2
万小时。
`, []pageArticle{
			{headlines: []string{"社区“时间银行”存下邻里情"}, paras: 3, last: "万小时。"},
		}},
		// a fresh full-em page (pool 11, -seed 1102, full-004): a caption
		// and the story's title between a section heading and its text
		{"a bulleted section heading over a caption and its section's first line is body, and so is that line", `
数字经济

本报讯（记者 仇 海 
实习生 卞 雪）11月20日，
我市首个工业互联网公共服务
平台正式上线运行。平台首批
接入企业 126家，涵盖装备制
造、电子信息、新材料等重点
产业。

通过平台，企业可以在线
获取设备监测、能耗分析、供
需对接等服务。一家机械企业
负责人算了一笔账：接入平台
后，设备故障率下降了 18%，
每年可节约维修成本 60多万
元。

■ 中小企业“用得起”

图为活动现场。 记者 王建 摄

平台对中小企业实行基础

我市首个工业互联网平台上线

服务免费，目前已有80多家中
小企业申请使用。

■ 数据安全“有保障”

平台采用分级授权管理，
企业数据加密存储，确保生产
数据不外泄。
`, []pageArticle{
			{headlines: []string{"数字经济", "我市首个工业互联网平台上线"}, paras: 6, last: "确保生产数据不外泄。", reporters: []string{"仇海", "卞雪"}, holds: "■ 中小企业“用得起”"},
		}},
		// a fresh sample-format page (pool 11, -seed 1101, gen-040): the
		// story's title printed after its first section
		{"a bulleted section heading over a column piece cut off by a column break is body", `
数字经济

本报讯（记者 仇 海 
实习生 卞 雪）11月20日，我
市首个工业互联网公共服务平
台正式上线运行。平台首批接
入企业 126家，涵盖装备制造、
电子信息、新材料等重点产业。

通过平台，企业可以在线
获取设备监测、能耗分析、供需
对接等服务。一家机械企业负
责人算了一笔账：接入平台后，
设备故障率下降了18%，每年可
节约维修成本60多万元。

■ 中小企业“用得起”

平台对中小企业实行基础
服务免费，目前已有80多家中

我市首个工业互联网平台上线

小企业申请使用。

■ 数据安全“有保障”

平台采用分级授权管理，
企业数据加密存储，确保生产
数据不外泄。

`, []pageArticle{
			{headlines: []string{"数字经济", "我市首个工业互联网平台上线"}, paras: 6, last: "确保生产数据不外泄。", reporters: []string{"仇海", "卞雪"}, holds: "■ 中小企业“用得起”"},
		}},
		// a fresh sample-format page (pool 7, -seed 701, gen-039): the
		// story's title emitted inside it
		{"a clause announcing a quotation is body though a headline stands between them", `
本报讯（记者 栾晓
晨 通讯员 戈 珊）进
入 11月，我市流感病例明
显增多。市疾控中心专家
提醒，市民要做好以下防
护：

（一）及时接种流感疫
苗。

（二）勤洗手、常通风，
少去人员密集场所。

专家说：

秋冬季流感高发 专家支招科学防护

“老人、儿童和患有慢
性病的人群是流感的高危
人群，更要提前做好防护。”

两会前奏

代表委员走进基层听民声

本报讯（记者 咸 
宁）近日，部分市人大代表
和政协委员分组深入社区、
企业和农村，围绕群众关
心的热点问题开展调研。
`, []pageArticle{
			{headlines: []string{"秋冬季流感高发 专家支招科学防护"}, paras: 5, last: "提前做好防护。”", reporters: []string{"栾晓晨"}, holds: "专家说："},
			{headlines: []string{"两会前奏", "代表委员走进基层听民声"}, paras: 1, last: "开展调研。", reporters: []string{"咸宁"}},
		}},
		// a fresh sample-format page (pool 7, -seed 701, gen-002): a
		// caption between two items of a list
		{"a line opening the next item of the story's list is body, not a headline", `
两会前奏
代表委员走进基层听民声

本报讯（记者 咸
 宁）近日，部分市人大
代表和政协委员分组深
入社区、企业和农村，围
绕群众关心的热点问题
开展调研。
在调研中，代表委
员们重点关注了以下问
题：
1.老旧小区停车难；
2.中小学课后服务；

图为工作人员正在检查设备。 通讯员 刘丹 摄

3.农村养老服务设

施建设。
“只有把群众的声
音带上去，提出的建议
才能接地气。”市人大代
表訾红梅说。
`, []pageArticle{
			{headlines: []string{"两会前奏", "代表委员走进基层听民声"}, paras: 6, last: "表訾红梅说。", reporters: []string{"咸宁"}, holds: "3.农村养老服务设施建设。"},
		}},
		// a fresh sample-format page (pool 8, -seed 801, gen-002): the stack
		// under the story it heads, its subtitle wider than the column
		{"a title over a subtitle set across columns is no column piece going on into it", `
本报记者 甄 妮 见习记者 司 琪

早上 9 点，骑手小邱
准时上线。他打开手机
APP，第一单很快就来了。
“中午 11 点到 1 点是
高峰，一单接一单，饭都
顾不上吃。”小邱说，他
每天要跑 100 多公里，送
餐 60 多单。
“累是累，但心里有
奔头。”

一线调查

外卖骑手的一天

跑单12小时，送餐60多单，他说“累并快乐着”

本报讯  11 月 10 日，
地铁 2 号线二期工程全
面开工。二期工程全长
18.6 公里，设车站 12 座，
计划 2027 年建成通车。
记者 荀 亮 摄影报道

地铁2号线二期工程全面开工
`, []pageArticle{
			{headlines: []string{"一线调查", "外卖骑手的一天", "跑单12小时，送餐60多单，他说“累并快乐着”"}, paras: 3, last: "奔头。”", reporters: []string{"甄妮", "司琪"}},
			{headlines: []string{"地铁2号线二期工程全面开工"}, paras: 1, last: "建成通车。", reporters: []string{"荀亮"}},
		}},
		{"a dash subtitle under its title is a headline, before an interview's first question too", `
两会声音

“把养老服务送到家门口”

——访市政协委员、社区工作者桑秀兰

记者：今年您关注的是什么问题？

桑秀兰：我在社区工作了二十多年，最常听
到老人说的就是“吃饭难、看病难”。

本报记者 邱 言
`, []pageArticle{
			{headlines: []string{"两会声音", "“把养老服务送到家门口”", "——访市政协委员、社区工作者桑秀兰"}, paras: 2, reporters: []string{"邱言"}},
		}},
		{"a dash subtitle closing a stack broken over short lines is a headline line of its own", `
房间已经全部订满。

老年大学
新学期
报名
火爆
——智能手机课程名额一天内报满

本报讯（记者 阎 秋 通讯员 杭 露）9月2日一早，市老年大学
报名处门前就排起了长队。今年秋季学期，学校开设书法、摄影、
声乐、智能手机应用等课程86门，招收学员4300余名。
`, []pageArticle{
			{paras: 1},
			{headlines: []string{"老年大学新学期报名火爆", "——智能手机课程名额一天内报满"}, paras: 1, reporters: []string{"阎秋"}},
		}},
		{"an A，B title broken at its comma and set right over its dateline is a headline", `
夜校开课，
年轻人下班“充电”忙
本报讯 每周二晚上7点，
市工人文化宫的教室里坐满了
刚下班的年轻人。咖啡拉花、
非洲鼓、短视频剪辑……今年
秋季，文化宫开设的32门夜校
课程吸引了1600多人报名。
记者 滕 悦
`, []pageArticle{
			{headlines: []string{"夜校开课，年轻人下班“充电”忙"}, paras: 1, reporters: []string{"滕悦"}},
		}},
		// a fresh full-em page of a new pool (-pool articles10.txt -fullpunct, full-006)
		{"an A，B title on one line over a dateline, after a story its byline closed, is a headline", `
本报讯 经过五个月的修缮，位于
南门外的永济桥日前重新开放通行。这
座建于清代的三孔石拱桥，是我市现存
最古老的石桥之一。
修缮中，施工人员按照“修旧如
旧”的原则，对松动的桥面石板逐块编
号、拆下、清洗后原位铺回，缺损的栏
板则从附近旧料中挑选补配。
“桥还是原来的样子，走上去踏实
多了。”在桥边住了六十多年的季大爷
说，他每天都要到桥上走一走。
文物部门表示，今后将对全市 23 座
古桥开展定期巡查，建立“一桥一
档”。
记者 凌 川

夜校开课，年轻人下班“充电”忙

本报讯每周二晚上 7 点，市工人文
化宫的教室里坐满了刚下班的年轻人。
咖啡拉花、非洲鼓、短视频剪辑……今
年秋季，文化宫开设的 32 门夜校课程吸
引了 1600 多人报名。
“一节课只要二三十元，还能认识
新朋友。”在一家设计公司上班的小甘
报了两门课。
文化宫负责人表示，将根据学员反
馈，明年增开更多实用技能课程。
记者 滕 悦
`, []pageArticle{
			{paras: 4, reporters: []string{"凌川"}},
			{headlines: []string{"夜校开课，年轻人下班“充电”忙"}, paras: 3, reporters: []string{"滕悦"}},
		}},
		{"… but after a story still open it is the first line of a paragraph a column break cut off", `
本报讯 快线全长41.3公里，设站6座，
最高运行速度每小时160公里，全
程运行时间约28分钟。列车采用
大站快车与站站停相结合的运营
模式，高峰时段发车间隔为8分钟。

“以前从高铁站打车去机场，
遇上堵车要一个多小时，现在半
个小时就到了。”首批乘客、商务
人士卓先生说。

据了解，快线票价实行里程

本报讯 3月5日，全市各地
志愿服务组织开展“学雷锋纪念
日”主题活动，3000余名志愿者走
进社区、公园、车站，为群众提供
义诊、理发、家电维修、法律咨询
等服务。
`, []pageArticle{
			{paras: 3, last: "据了解，快线票价实行里程"},
			{paras: 1},
		}},
		// a fresh page of a new pool (-pool articles10.txt, gen-017)
		{"a clause ending with a colon set apart introduces the list under it, not a headline", `
森林防火进入高风险期

本报讯（记者 祝
 林）记者从市林业局
获悉，随着气温回升、风
力加大，我市森林防火
进入高风险期。全市已
在重点林区设置检查站
136 个，安排护林员 2800
余名。

林业部门提醒广大
市民：

进山不带火种，不
在林区吸烟、烧烤；

祭扫时文明祭祀，
不焚烧纸钱、燃放鞭炮；

发现火情及时拨打
12119 报警。
`, []pageArticle{
			{headlines: []string{"森林防火进入高风险期"}, paras: 5, reporters: []string{"祝林"}, holds: "林业部门提醒广大市民：进山不带火种"},
		}},
		{"a subtitle of clauses under its title at the page's end is a headline, no paragraph", `
本报记者 甄 妮 见习记者 司 琪

早上 9 点，骑手小邱准时上线。
他打开手机 APP，第一单很快就来了。
“中午 11 点到 1 点是高峰，一单
接一单，饭都顾不上吃。”小邱说，他
每天要跑 100 多公里，送餐 60 多单。
跑单三年，小邱已经攒下了一
笔钱。他的目标是明年在老家县城
开一家自己的小店。
“累是累，但心里有奔头。”

一线调查

外卖骑手的一天

跑单12小时，送餐60多单，他说“累并快乐着”
`, []pageArticle{
			{headlines: []string{"一线调查", "外卖骑手的一天", "跑单12小时，送餐60多单，他说“累并快乐着”"}, paras: 4, reporters: []string{"甄妮", "司琪"}},
		}},
		{"an A，B title broken again in a narrow column, over its story's dateline, is a headline though the text before stopped mid-sentence", `
本报讯（通讯员 訾 敏
记者 冷 松）今年以来，市政
务服务中心持续推进企业开办
便利化改革，办理时限由3个工
作日压缩至1个工作

快递量猛增，
分拣中心
连夜忙！
本报讯（记者 阙 敏）深
夜11点，位于城北物流园的一
家快递分拣中心依然灯火通
明，包裹发往全市各个网点。
`, []pageArticle{
			{paras: 1, reporters: []string{"冷松"}},
			{headlines: []string{"快递量猛增，分拣中心连夜忙！"}, paras: 1, reporters: []string{"阙敏"}},
		}},
		{"an A，B title broken at its comma, ending on ！, among the titles dumped after the page's text is a headline", `
本报讯 深夜11点，位于城北物流园的一家快递分拣中心
依然灯火通明。传送带上，一件件包裹被扫码、分拣、装
车，发往全市各个网点。
“这几天每天要处理60多万件，比平时多了一倍还多。”
分拣中心负责人邬先生说。
（记者 阙 敏）

清晨，西关社区的“共享菜园”里，70岁的蔺奶奶正弯着腰给
白菜浇水。“自己种的菜，吃着放心。”她笑着说。
本报记者 越 然

聚焦“双十一”

快递量猛增，
分拣中心连夜忙！

老街坊的“共享菜园”
`, []pageArticle{
			{headlines: []string{"聚焦“双十一”", "快递量猛增，分拣中心连夜忙！"}, paras: 2, reporters: []string{"阙敏"}},
			{headlines: []string{"老街坊的“共享菜园”"}, paras: 1, reporters: []string{"越然"}},
		}},
		{"a brief's bracketed byline printed under the next story's kicker ends the brief", `
全市启动冬季供暖设施安全检查
本报讯 为确保今冬供暖
平稳运行，市城管局日前启动
为期一个月的供暖设施安全检
查，发现隐患立即整改。

优化营商环境
（记者 雍 和）

企业开办“
一日办结”
本报讯（通讯员 訾 敏
记者 冷 松）今年以来，市政
务服务中心持续推进企业开办
便利化改革，实现一日办结。
`, []pageArticle{
			{headlines: []string{"全市启动冬季供暖设施安全检查"}, paras: 1, reporters: []string{"雍和"}},
			{headlines: []string{"优化营商环境", "企业开办“一日办结”"}, paras: 1, reporters: []string{"冷松"}},
		}},
		{"a kicker over a quoted title, all set in one block of short lines, stays a line of its own", `
本报讯 为确保今冬供暖平稳运行，市城管局
日前启动为期一个月的供暖设施安全检查，重
点检查热源厂、换热站和老旧管网，发现隐患
立即整改。
（记者 雍 和）

两会访谈
“让乡村
医生留得
住、干得好
”
——访市人大代表、乡镇卫生院院长仝志强

记者：今年您带来了哪些建议？

仝志强：我的建议聚焦乡村医生队伍建设。目
前，不少村卫生室的医生年龄偏大，年轻人不
愿意来、来了留不住，这个问题需要引起重视。
本报记者 郏 蕾
`, []pageArticle{
			{paras: 1, reporters: []string{"雍和"}},
			{headlines: []string{"两会访谈", "“让乡村医生留得住、干得好”", "——访市人大代表、乡镇卫生院院长仝志强"}, paras: 2, reporters: []string{"郏蕾"}},
		}},
		{"a title over a dash subtitle is a headline, though the text before it stopped mid-sentence", `
市住房和城乡建设局有关负责人介
绍，今年以来，全市已完成老旧小区加
装电梯216部，另有158部正在施工。下
一步，将进一步简化审批流程，推行

老旧小区加装电梯 居民上下楼不再难

——我市今年已完成加装电梯216部

非遗传承

老手艺焕发新光彩

竹编艺人带徒百余名

本报记者 邓 欢

竹篾在手指间上下翻飞，不一会
儿，一只精巧的小提篮就编好了。今年
67岁的竹编艺人罗德成，已经和竹子打
了50多年交道。
`, []pageArticle{
			{headlines: []string{"老旧小区加装电梯 居民上下楼不再难", "——我市今年已完成加装电梯216部"}, paras: 1},
			{headlines: []string{"非遗传承", "老手艺焕发新光彩", "竹编艺人带徒百余名"}, paras: 1, reporters: []string{"邓欢"}},
		}},
		{"a dash subtitle under a quoted title with a 、 in it is a headline, though a question follows", `
本报讯 为确保今冬供暖平稳运行，市城管局
日前启动为期一个月的供暖设施安全检查，重
点检查热源厂、换热站和老旧管网，发现隐患
立即整改。
（记者 雍 和）

两会访谈

“让乡村医生留得
住、干得好”

——访市人大代表、乡镇卫生院院长仝志强

记者：今年您带来了哪些建议？

仝志强：我的建议聚焦乡村医生队伍建设。目
前，不少村卫生室的医生年龄偏大，年轻人不
愿意来、来了留不住，这个问题需要引起重视。
本报记者 郏 蕾
`, []pageArticle{
			{paras: 1, reporters: []string{"雍和"}},
			{headlines: []string{"两会访谈", "“让乡村医生留得住、干得好”", "——访市人大代表、乡镇卫生院院长仝志强"}, paras: 2, reporters: []string{"郏蕾"}},
		}},
		{"a title with a story's punctuation, printed inside a word its column breaks, is a headline", `
本报讯 夜幕降临，城东的美
食街上人头攒动，烧烤、小龙
虾店前排起长队。
今年以来，我市各区已先后打

家门口的“夜经济”火起来了！

造了6条特色夜间消费街区，
带动夜间消费增长两成以上。
记者 濮 阳
`, []pageArticle{
			{headlines: []string{"家门口的“夜经济”火起来了！"}, paras: 2, reporters: []string{"濮阳"}},
		}},
		{"a subtitle of clauses set wider than the columns is a headline, though the text after it runs on from another story", `
地铁2号线二期工程全面开工
本报讯 11月10日，地铁2号
线二期工程全面开工。二期工程
全长18.6公里，设车站12座，计
划2027年建成通车。

外卖骑手的一天

跑单12小时，送餐60多单，他说“累并快乐着”

建成后，将串联起高铁西站、
CBD和大学城，沿线30多万居民
出行将更加便捷。
记者 荀 亮

早上9点，骑手小邱准时上
线。他打开手机APP，第一单很
快就来了。
“中午11点到1点是高峰，
一单接一单，饭都顾不上吃。”
小邱说，他每天要跑100多公里，
送餐60多单。
本报记者 甄 妮
`, []pageArticle{
			{headlines: []string{"地铁2号线二期工程全面开工"}, paras: 2, reporters: []string{"荀亮"}},
			{headlines: []string{"外卖骑手的一天", "跑单12小时，送餐60多单，他说“累并快乐着”"}, paras: 2, reporters: []string{"甄妮"}},
		}},
		{"an A，B title among the headlines dumped after the page's last text is a headline, not a bare paragraph", `
本报讯（记者 薛 凯）11月8日，市非
物质文化遗产展演周在市民广场开幕。木
版年画、糖画、剪纸、面塑等 37项传统技艺
集中亮相，吸引了大批市民驻足观看。
在木版年画展台，老艺人一边刻版，一
边给围观的孩子们讲解。
“很多技艺在《清明上河图》里都能找
到影子。”展演周策划负责人介绍。

本报讯（通讯员 宋 玉 记者 解
 放）日前，文化和旅游部公布新一批国家
5A级旅游景区名单，我市龙潭峡景区榜上
有名。

图为活动现场。 记者 王建 摄

至此，我市 5A级景区达到3家。龙潭峡
景区负责人表示，将以此为契机，进一步提
升服务质量，打造全域旅游新名片。

5A级景区再添一家

数说

前三季度居民人均可支配收入28,500元

本报讯（记者 钟 灵）记者从国家统
计局市调查队获悉，前三季度，全市居民人
均可支配收入28,500元，同比增长5.6%。
其 中 ， 城 镇 居 民 人 均 可 支 配 收 入
36,200元，增长4.9%；农村居民人均可支配
收入19,800元，增长6.8%。
城乡居民收入差距继续缩小。

《清明上河图》里的老手艺……

非遗展演周开幕，37项技艺集中亮相

`, []pageArticle{
			{headlines: []string{"《清明上河图》里的老手艺……", "非遗展演周开幕，37项技艺集中亮相"}, paras: 3, reporters: []string{"薛凯"}},
			{headlines: []string{"5A级景区再添一家"}, paras: 2, reporters: []string{"解放"}},
			{headlines: []string{"数说", "前三季度居民人均可支配收入28,500元"}, paras: 3, reporters: []string{"钟灵"}},
		}},
		// a fresh page of the eighth pool (-seed 801, gen-017)
		{"a subtitle of clauses under its title and before the next story's stack is a headline", `
本报记者 甄 妮 见习记者 司 琪

早上 9 点，骑手小邱准时上线。他打
开手机 APP，第一单很快就来了。
“中午 11 点到 1 点是高峰，一单接一
单，饭都顾不上吃。”小邱说，他每天要跑
100 多公里，送餐 60 多单。
跑单三年，小邱已经攒下了一笔钱。
他的目标是明年在老家县城开一家自己
的小店。
“累是累，但心里有奔头。”

一线调查

外卖骑手的一天

跑单12小时，送餐60多单，他说“累并快乐着”

谁来守护孩子们的“小眼睛”？

——我市儿童青少年近视防控工作调查


本报讯（记者 秦岭 刘畅）近日，
市卫生健康委公布的数据显示，
全市儿童青少年总体近视率为
51.6%，比去年下降了1.2个百
分点。
`, []pageArticle{
			{headlines: []string{"一线调查", "外卖骑手的一天", "跑单12小时，送餐60多单，他说“累并快乐着”"}, paras: 4, reporters: []string{"甄妮", "司琪"}},
			{headlines: []string{"谁来守护孩子们的“小眼睛”？", "——我市儿童青少年近视防控工作调查"}, paras: 1, reporters: []string{"秦岭", "刘畅"}},
		}},
		// a fresh ordered page of the eighth pool (-seed 803, ord-002)
		{"a subtitle broken at its comma between its title and the top byline is a headline", `
一线调查

外卖骑手的一天

跑单12小时，送餐60多单，
他说“累并快乐着”
本报记者 甄 妮 见习记者 司 琪
早上9点，骑手小邱准时
上线。他打开手机APP，第一
单很快就来了。
“ 中 午 11 点 到 1 点 是 高
峰，一单接一单，饭都顾不上
吃。”小邱说，他每天要跑100
多公里，送餐60多单。
`, []pageArticle{
			{headlines: []string{"一线调查", "外卖骑手的一天", "跑单12小时，送餐60多单，他说“累并快乐着”"}, paras: 2, reporters: []string{"甄妮", "司琪"}},
		}},
		{"a paragraph's first line cut off by a column break is body, not a headline", `
金秋时节 万亩果园迎来丰收季

本报讯 九月的山坡上，一串串
红彤彤的苹果挂满枝头，脸上
洋溢着丰收的喜悦。

合作社负责人介绍，今年

消防宣传进万家

本报讯 11月9日是全国消防
日，市消防救援支队在市民广
场举办消防宣传活动。
记者 蒋涛

合作社还和几家大型商超签
订了供货协议，订单已经排到
了下个月。
记者 潘雪
`, []pageArticle{
			{headlines: []string{"金秋时节 万亩果园迎来丰收季"}, paras: 2, last: "订单已经排到了下个月。", reporters: []string{"潘雪"}},
			{headlines: []string{"消防宣传进万家"}, paras: 1, reporters: []string{"蒋涛"}},
		}},
		{"a byline's second line across a column break, before the next story's dateline, is still its", `
消除安全隐患

本报讯 为解决电动自行车“充电难”
问题，市住建部门推动在老旧小区
集中建设充电设施。
记者 程浩然

通讯员 陆佳
本报讯 青石板路、雕花木窗、大红
灯笼……走进刚刚开街的鼓楼老街。
记者 石磊

老街区变身文旅新地标
`, []pageArticle{
			{headlines: []string{"消除安全隐患"}, paras: 1, reporters: []string{"程浩然"}, corresp: []string{"陆佳"}},
			{headlines: []string{"老街区变身文旅新地标"}, paras: 1, reporters: []string{"石磊"}, corresp: []string{}},
		}},
		{"a column break after two lines mid-sentence is body, not a headline", `
消除安全隐患

本报讯 为解决电动自行车“充电难”
和“飞线充电”问题，今年以来，市

住建部门推动在老旧小区集中建设
充电设施，目前已建成充电桩1.6万
个。居民扫码就能充电。
记者 程浩然
`, []pageArticle{
			{headlines: []string{"消除安全隐患"}, paras: 1, last: "居民扫码就能充电。", reporters: []string{"程浩然"}},
		}},
		{"a title-like line right above a dateline is that story's headline, however wide", `
本报郑州6月7日讯 眼下正是“三夏”
大忙时节，种粮大户张国庆告诉记
者，今年他种了800亩小麦，“亩产

高新区新增三家国家级孵化器科技
本报讯 近日，科技部公布了新一批
国家级科技企业孵化器名单。
记者 吴海涛
`, []pageArticle{
			{paras: 1, last: "“亩产"},
			{headlines: []string{"高新区新增三家国家级孵化器科技"}, paras: 1, reporters: []string{"吴海涛"}},
		}},
		{"a byline standing apart above text opens that text", `
老街区变身文旅新地标

本报记者 林 静

山路弯弯，学校就建在半山腰上。
从22岁到52岁，杨春华在这所村小
教了整整三十年书。
`, []pageArticle{
			{headlines: []string{"老街区变身文旅新地标"}, paras: 1, reporters: []string{"林静"}},
		}},
		{"a paragraph start emitted after an open sentence is body, not a headline", `
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

责任编辑：张敏

校对：李娜

保持在Ⅱ类，比三年前提升了
一个等级。河边的老住户说：
“小时候在河里摸鱼捉虾的日
子，又回来了！”
记者 赵立新 见习记者 孙雨

`, []pageArticle{
			{headlines: []string{"沿河十二个乡镇建起生态缓冲带"}, reporters: []string{"赵立新", "孙雨"}, paras: 4, last: "又回来了！”"},
		}},
		{"a paragraph's first line cut off by a column break after an open sentence is body", `
青年志愿者服务队成立十周年
本报记者 曾 凡
十年前，几名刚刚毕业的
大学生在社区里发起了一支志
愿服务队，每周末为孤寡老人
打扫卫生、陪他们聊天。十年
后，这支队伍已经发展到1300
多人。

十年来，服务队开展关爱

在十周年座谈会上，几位

受助老人特意赶来，为志愿者
们送上了锦旗。87岁的陈奶奶
拉着志愿者的手说：“你们就
像我的亲孙子孙女一样。”
`, []pageArticle{
			{headlines: []string{"青年志愿者服务队成立十周年"}, reporters: []string{"曾凡"}, paras: 2, holds: "在十周年座谈会上，几位受助老人"},
		}},
		{"a title between an open sentence and its stack's subtitle is a headline", `
守护一江清水
本报讯 走进清水河畔的
柳湾镇，岸边新栽的垂柳已吐
出嫩芽，芦苇、菖蒲等水生植
物沿着河道铺开，过去裸露的
河滩变成了一条绿色长廊。
“这条缓冲带有两个作
用，一是拦截农田里流出的化
肥和泥沙，二是给鸟类和鱼类
留出栖息空间。”县生态环境

为民办实事

一条公交线串起六所学校

早晚高峰学生乘车时间平均缩短15分钟
本报讯 清晨6点40分，一
辆印着“学生专线”字样的公
交车从城南客运站准时发车。
记者 李文博
`, []pageArticle{
			{headlines: []string{"守护一江清水"}, paras: 2, last: "县生态环境"},
			{headlines: []string{"为民办实事", "一条公交线串起六所学校", "早晚高峰学生乘车时间平均缩短15分钟"}, paras: 1, reporters: []string{"李文博"}},
		}},
		{"a stack of three title lines in a narrow column is a headline, not a column piece", `
我运动 我健康 我快乐

本报讯 9月16日，第五
届全民健身运动会在市体
育中心开幕。本届运动会
设置了篮球、乒乓球、广
场舞等18个比赛项目。
记者 袁博

交通建设再提速
地铁三号线全线贯通
预计年底开通试运营

本报讯 6月18日上午，
随着最后一台盾构机在东
湖站破土而出，地铁3号
线实现全线隧道贯通。
记者 范志伟
`, []pageArticle{
			{headlines: []string{"我运动 我健康 我快乐"}, paras: 1, reporters: []string{"袁博"}},
			// two lines as long as the column read as one title broken for
			// width: the headline stage's call
			{headlines: []string{"交通建设再提速", "地铁三号线全线贯通预计年底开通试运营"}, paras: 1, reporters: []string{"范志伟"}},
		}},
		{"a byline standing apart after a sentence cut off opens the paragraph after it", `
全市开展防汛应急演练
本报讯 5月28日上午，一场防汛应
急演练在北河城区段拉开帷幕。市防
汛抗旱指挥部办公室负责人表示，通过演

本报记者 林 静

    山路弯弯，学校就建在半山腰
上。从22岁到52岁，杨春华在这所村小
教了整整三十年书。
`, []pageArticle{
			{headlines: []string{"全市开展防汛应急演练"}, paras: 1, last: "通过演"},
			{headlines: nil, paras: 1, reporters: []string{"林静"}},
		}},
		{"a title right over a top byline is a headline even after an open sentence", `
背街小巷改造让居民出行更舒心

本报讯（记者 田甜）路
面平整了，路灯亮了，墙面也
变得干净整洁。走在刚刚完成
改造的槐树巷，居民们感觉像
换了一个地方。
槐树巷全长约400米，过
去路面坑洼不平，下雨天到处
积水，电线、网线像蜘蛛网一
样挂在墙上。今年，区里将其
列入背街小巷改造计划，对路

青年志愿者服务队成立十周年
本报记者 曾 凡
本报通讯员 秦 岭
十年前，几名刚刚毕业的
大学生在社区里发起了一支志
愿服务队，每周末为孤寡老人
打扫卫生、陪他们聊天。十年
后，这支队伍已经发展到1300
多人。
“最初只是想做点力所能
及的事，没想到坚持下来
了。”服务队发起人之一、如
今在一家医院工作的赵医生
说。
`, []pageArticle{
			{headlines: []string{"背街小巷改造让居民出行更舒心"}, paras: 2, last: "对路", reporters: []string{"田甜"}},
			{headlines: []string{"青年志愿者服务队成立十周年"}, paras: 2, reporters: []string{"曾凡"}},
		}},
		{"a block right over the byline that closes it is the story's last text, not a headline", `
沿河十二个乡镇建起生态缓冲带
本报讯 去年以来，沿河12个乡镇共退耕
还湿1.3万亩。监测数据显示，今年一
季度，清水河出境断面水质
稳定保持在Ⅱ类，比三年前
提升了一个等级。河边的老

住户说：
“小时候在河里摸鱼
捉虾的日子，又回来了！”
记者 赵立新 见习记者 孙雨
`, []pageArticle{
			{headlines: []string{"沿河十二个乡镇建起生态缓冲带"}, paras: 1, last: "又回来了！”", reporters: []string{"赵立新", "孙雨"}},
		}},
		{"a narrow title cut at an opening quote is a headline", `
城市书房“
上新”夜
读成
为新风尚

本报讯 晚上9点，位于人民公园东门的城市书房依
然灯火通明。书架前，有人驻足挑选图书；阅览区
里，学生们埋头做题，上班族捧着书静静阅读。
`, []pageArticle{
			{headlines: []string{"城市书房“上新”夜读成为新风尚"}, paras: 1},
		}},
		{"a plain 记者 byline after a sentence cut off, before a paragraph, ends the story above", `
全市开展防汛应急演练
本报讯 5月28日上午，一场防汛应
急演练在北河城区段拉开帷幕。市防
汛抗旱指挥部办公室负责人表示，通过演

记者 袁博

    山路弯弯，学校就建在半山腰
上。从22岁到52岁，杨春华在这所村小
教了整整三十年书。
`, []pageArticle{
			{headlines: []string{"全市开展防汛应急演练"}, paras: 1, last: "通过演", reporters: []string{"袁博"}},
			{headlines: nil, paras: 1},
		}},
		{"a short question cut off by a column break ends its sentence, not a headline", `
一位老教师的三十年坚守
本报记者 林 静
山路弯弯，学校就建在半
山腰上。从22岁到52岁，杨
春华在这所村小教了整整三
十年书。

“孩子们走两个小时
山路来上学，我怎么能

走？

“他们的眼睛里有
光，那是对外面世界的向
往。我就想，只要还有一个
孩子在这里读书，我就留下
来。”
`, []pageArticle{
			{headlines: []string{"一位老教师的三十年坚守"}, paras: 3, reporters: []string{"林静"}, holds: "我怎么能走？"},
		}},
		{"a paragraph's first two lines cut off by a column break, running-text punctuation in the second, are body", `
春风送岗位 就业暖人心
记者在现场看到，电
子信息、装备制造、现代
物流等行业展位前排起了
长队。一家新能源汽车零
部件企业的招聘负责人告
诉记者，企业今年计划新
招生产线技术工人120名，
半天时间已收到简历 300
多份。

“求职者的素质普遍
不错，我们当场就和20多
人达成了初步意向。”这
位负责人说。

现场还设置了政策咨
询区、技能培训报名区和

守护一江清水
本报讯 走进清水河
畔的柳湾镇，岸边新栽的
垂柳已吐出嫩芽，芦苇、
菖蒲等水生植物沿着河道
铺开。
记者 赵立新
`, []pageArticle{
			{headlines: []string{"春风送岗位 就业暖人心"}, paras: 3, holds: "现场还设置了政策咨询区、技能培训报名区和"},
			{headlines: []string{"守护一江清水"}, paras: 1, reporters: []string{"赵立新"}},
		}},
		{"a title set directly on a column is cut off it", `
交通建设再提速

预计年底开通试运营
本报讯 6月18日上午，随着最
后一台盾构机在东湖站破土而出，
地铁3号线实现全线隧道贯通。
地铁3号线全长28.6公里，共
设车站22座，串联起火车站、老城

地铁三号线全线贯通
区和新区商务中心。线路贯通后，
将转入轨道铺设、机电安装等施工
阶段，预计年底开通试运营。
记者 范志伟
`, []pageArticle{
			{headlines: []string{"交通建设再提速", "预计年底开通试运营", "地铁三号线全线贯通"}, reporters: []string{"范志伟"}, paras: 2, last: "预计年底开通试运营。"},
		}},
		// a fresh ordered page of the fifth pool (-seed 503, ord-003)
		{"a subtitle wider than the column set directly on it is cut off it", `
高速公路服务
区里的“充电驿站”

——节假日新能源汽车出行调查
国庆假期第二天中午，
京港澳高速南岭服务区的
充电区停满了新能源汽车，
不少车主一边排队充电，
一边在服务区里吃饭、休
息。
“从省城出发，跑了两
百公里，充半个小时电就
能接着走。”车主焦先生说，
`, []pageArticle{
			{headlines: []string{"高速公路服务区里的“充电驿站”", "——节假日新能源汽车出行调查"}, paras: 2, holds: "国庆假期第二天中午", last: "车主焦先生说，"},
		}},
		// a fresh page of the sixth pool (-seed 601, gen-005)
		{"an interview's question is running text, not a headline", `
两会声音
“让更多好产品走出去”
——访市人大代表、企业家郗明远

本报记者 庞 博

记者：今年您带来了哪些建
议？

郗明远：我的建议主要围绕
外贸企业“出海”。现在很多中小
企业产品质量过硬，但缺少海外
渠道，希望政府搭建更多展会和
跨境电商平台。

记者：企业自身应该怎么做？

郗明远：一是要练好内功，把
质量和品牌做上去；二是要用好
RCEP等政策红利，主动开拓东南
亚市场。

记者：对今后的发展有什么
期待？

郗明远：我们有信心。
`, []pageArticle{
			{headlines: []string{"两会声音", "“让更多好产品走出去”", "——访市人大代表、企业家郗明远"}, paras: 6, reporters: []string{"庞博"}, holds: "记者：企业自身应该怎么做？", last: "我们有信心。"},
		}},
		{"a bulleted section heading broken over two lines stays in its story", `
老街坊的“幸福小院”

文/本报记者 芦 苇

一进院门，就听见
一阵笑声。几位老人围
坐在葡萄架下，有的下
棋，有的织毛衣，还有的
在学用智能手机。

■ 从“闲置院”到
“议事厅”

这座小院原本是社
区的一处闲置用房，长
期堆放杂物。去年，社区
把它改造成老年活动中
心，取名“幸福小院”。
`, []pageArticle{
			{headlines: []string{"老街坊的“幸福小院”"}, paras: 3, reporters: []string{"芦苇"}, holds: "■ 从“闲置院”到“议事厅”", last: "取名“幸福小院”。"},
		}},
		// a fresh page of the sixth pool (-seed 601, gen-013), whole: the
		// title's width against the column's needs the page's measure
		{"a two-part title wider than the column, read inside an open sentence, is a headline", `
家门口的“小饭桌”
解了双职工家庭的难

本报讯 中午 11 点 50 分，
实验小学的放学铃声刚响，
社区“小饭桌”的志愿者就已
经等候在校门口，把 30 多名
孩子接到不远处的社区食堂
吃午饭。
“三菜一汤，荤素搭配，
每餐只要 12 元。”家长单女士

说，夫妻俩都在外企上班，中
午没法接孩子，“小饭桌”帮
了大忙。
饭后，孩子们还可以在
社区的阅览室里午休、写作
业，下午 1 点半再由志愿者送
回学校。
据了解，全区已开办社

本报 7 月 20 日讯（记者 
苟 强）19 日夜间，我市普降
大到暴雨，全市平均降雨量
达到 86.5 毫米，最大小时降
雨量出现在城西站，为 42.3
毫米。
与往年不同的是，今年
城区的主要道路没有出现明

区“小饭桌”19 个，服务学生
1100 余名。
记者 廉 洁 通讯员 龚 平 阎 旭

显积水。“去年这里一下雨就
成了‘河’，今年改造后排水
快多了。”在解放路与建设路
交叉口，出租车司机冯师傅
说。
今年汛前，市城管局对
排查出的 12 处易涝点逐一
“开方”，新建改建雨水管网

23.6 公里，新增排水泵站 3 座。

文明城市创建进行时

本报讯（记者 隗 芳
 通讯员 伊 凡）每天早
上 7 点，63 岁的“小巷管家”祁
阿姨都会准时出门，沿着自
己负责的三条小巷走一圈，
看看有没有乱堆乱放、乱停
乱放的现象。
“发现问题，能劝的当场

小巷管家：守好城市“毛细血管”

劝，劝不了的拍照上传到网
格群，社区很快就会来处理。”
祁阿姨说。
目前，全市共招募“小巷
管家”3200 余名，累计发现并
解决各类问题 1.6 万个。

一场雨后的“城市体检”

12处易涝点全部完成改造
`, []pageArticle{
			{headlines: []string{"家门口的“小饭桌”解了双职工家庭的难"}, paras: 4, reporters: []string{"廉洁"}},
			{headlines: []string{"一场雨后的“城市体检”", "12处易涝点全部完成改造"}, paras: 3, reporters: []string{"苟强"}},
			{headlines: []string{"文明城市创建进行时", "小巷管家：守好城市“毛细血管”"}, paras: 3, reporters: []string{"隗芳"}, holds: "能劝的当场劝，劝不了的", last: "1.6万个。"},
		}},
		{"an A，B title set directly on a column is cut off it", `
消防宣传进万家
本报讯 11月9日是全国消防
日。当天，市消防救援支队在市
民广场举办消防宣传活动，向市
民普及消防安全知识。
记者 蒋涛

一碗面，一座城
清晨6点，城南的老面馆
已经坐满了食客。大骨熬的
汤头冒着热气，手工拉出的
面条筋道爽滑，再撒上一把
葱花，香味扑鼻。
面馆老板柯师傅今年58
岁，从父亲手里接过这家店
已有30多年。
文 本报记者 闵 慧
图 本报记者 巫 刚
`, []pageArticle{
			{headlines: []string{"消防宣传进万家"}, paras: 1, reporters: []string{"蒋涛"}},
			{headlines: []string{"一碗面，一座城"}, paras: 2, reporters: []string{"闵慧", "巫刚"}},
		}},
		// a fresh sample-format page of the seventh pool (-seed 701, gen-025)
		{"an editor's note starts a story as a dateline does", `
社区食堂里的“共享厨房”

每到周末，幸福社
区的“共享厨房”就格外
热闹。
居民们自带食材，
在这里切菜、炒菜、蒸馒
头，做好的饭菜有的自
己带回家。
如今，“共享厨房”
已经成了社区的“网红
打卡地”。

编者按：一碗热汤
面，一笼小笼包，早餐连
着民生，也连着一座城
市的温度。本报今起推
出系列报道。
清晨5点半，解放路
上的“老杨包子铺”已经
亮起了灯。
本报记者 苗青青 报道

寻味老城
一座城市的“早餐地图”
`, []pageArticle{
			{headlines: []string{"社区食堂里的“共享厨房”"}, paras: 3, last: "“网红打卡地”。"},
			{headlines: []string{"寻味老城", "一座城市的“早餐地图”"}, paras: 2, reporters: []string{"苗青青"}, last: "亮起了灯。"},
		}},
		// a fresh ordered page of the second pool (-seed 103, ord-018)
		{"a short title set on a first line its indent left short is cut off it", `
本报讯（记者 温立平）记者
从市商务局获悉，今年前三季度，
全市外贸进出口总值达到1286.4亿
元，同比增长10.3%。
市商务局相关负责人表示，将
继续帮助企业开拓国际市场，组织
企业参加各类境外展会，稳住外贸
基本盘。

一碗面，一座城
清晨6点，城南的老面馆已经
坐满了食客。大骨熬的汤头冒着热
气，手工拉出的面条筋道爽滑，再
撒上一把葱花，香味扑鼻。
`, []pageArticle{
			{headlines: nil, paras: 2, reporters: []string{"温立平"}, last: "基本盘。"},
			{headlines: []string{"一碗面，一座城"}, paras: 1, last: "香味扑鼻。"},
		}},
		// a fresh ordered page of the second pool (-seed 103, ord-003)
		{"in a narrow column, a title shorter than the indented first line under it is cut off it", `
本报讯（记者 温立平）
记者从市商务局获悉，今
年前三季度，全市外贸进
出口总值达到一千多亿
元，同比增长一成。
市商务局相关负责人
表示，将继续帮助企业开
拓国际市场，组织企业参
加各类境外展会，稳住外
贸基本盘。

一碗面，一座城
清晨，城南老面馆已
经坐满了食客。大骨熬的
汤头冒着热气，手工拉出
的面条筋道爽滑。
`, []pageArticle{
			{headlines: nil, paras: 2, reporters: []string{"温立平"}, last: "基本盘。"},
			{headlines: []string{"一碗面，一座城"}, paras: 1, last: "筋道爽滑。"},
		}},
		// a fresh ordered page of the second pool (-seed 103, ord-013)
		{"a title as wide as an indented first line set on its column's first line is cut off it", `
守护蓝天
本报讯 今天，全市秋冬季大
气污染防治攻坚行动正式启动。
今年以来，全市空气质量优良天
数比去年同期增加了十二天。
记者 蒋涛

环卫工人的“爱心驿站”
寒风中忙碌了一上午，环
卫工人秦大姐推开路边一间小
屋的门，屋里暖气正热，桌上摆
着微波炉、饮水机，还有一壶刚
烧开的热水。
`, []pageArticle{
			{headlines: []string{"守护蓝天"}, paras: 1, reporters: []string{"蒋涛"}},
			{headlines: []string{"环卫工人的“爱心驿站”"}, paras: 1},
		}},
		// the second pool's sample format (-seed 101, gen-039): the title's
		// width is that of a paragraph's first line cut off by a column
		// break, but the subtitle under it is no column
		{"an A，B title over its subtitle is a headline, though a paragraph's first line is as wide", `
本报讯 在青石村的
村级物流服务站，村民甘
大叔刚刚取到网购的农具。
“以前取快递要跑到镇上，
来回一个多小时，现在家
门口就能取。”
物流网络打通后，山
里的农产品也有了出路。
青石村的土蜂蜜、高山茶
通过电商平台销往全国，
去年全村电商销售额突破
500万元。
记者 汪洋 通讯员 阙小芳

快递进村，农产品出山

县乡村三级物流体系建成

寒风中忙碌了一上午，
环卫工人秦大姐推开路边
一间小屋的门，屋里暖气
正热，桌上摆着微波炉、饮
水机，还有一箱刚送来的
牛奶。
文/图 本报记者 司马云帆

暖心

环卫工人的“爱心驿站”
`, []pageArticle{
			{headlines: []string{"快递进村，农产品出山", "县乡村三级物流体系建成"}, paras: 2, reporters: []string{"汪洋"}},
			{headlines: []string{"暖心", "环卫工人的“爱心驿站”"}, paras: 1, reporters: []string{"司马云帆"}},
		}},
		{"a paragraph's first line cut off by the story's own headline is body", `
本报记者 潘 雪 文/图

九月的山坡上，一串串红彤彤的
苹果挂满枝头。果农们提着竹篮，穿梭
在果树间忙着采摘，脸上洋溢着丰收
的喜悦。

这片万亩果园是当地近年来发展

万亩果园迎来丰收季

的特色产业。镇里成立了果品专业合
作社，统一提供种苗、技术和销售服务，
还建起了冷库和分拣中心，苹果可以
错峰销售。
`, []pageArticle{
			{headlines: []string{"万亩果园迎来丰收季"}, reporters: []string{"潘雪"}, paras: 2, last: "苹果可以错峰销售。"},
		}},
		{"a section heading broken over two lines, ending with its dash, stays in its story", `
本报讯 青石板路、雕花木窗、大
红灯笼……走进刚刚开街的鼓楼老
街，浓浓的古韵扑面而来。开街一个
月，老街已接待游客60余万人次。

保护与利用并重，老建筑重焕
光彩——

鼓楼老街形成于明清时期，现
存传统院落42座。改造中，设计团队
坚持“修旧如旧”，对每一座院落建
立档案，能修缮的不拆除。
记者 石磊 通讯员 白洁

小城大变样
老街区变身文旅新地标
`, []pageArticle{
			{headlines: []string{"小城大变样", "老街区变身文旅新地标"}, paras: 3, last: "能修缮的不拆除。", reporters: []string{"石磊"}},
		}},
		// the twelfth pool's ordered pages (-seed 1203, ord-004)
		{"a title set on its story's first line, which ends its sentence at the line's end over a full line, is cut off it", `
新春走基层

守护万家灯火的“电力蓝”
腊月二十八，气温零下8℃。
清晨七点，供电公司抢修班的六
名队员已经出现在城郊变电站
里。
“春节前用电负荷高，设
备一点也不能马虎。”班长宁建
华说。
文/图 本报记者 居 然
`, []pageArticle{
			{headlines: []string{"新春走基层", "守护万家灯火的“电力蓝”"}, paras: 2, last: "班长宁建华说。", reporters: []string{"居然"}},
		}},
		// the twelfth pool's sample format (-seed 1201, gen-032)
		{"an A：B title as wide as the column, set alone after a sentence's end, is a headline", `
红砖墙、锯齿形屋顶、高耸
的烟囱……走进城北的文创园，
老厂房的痕迹随处可见。
二〇二一年，区里引入社会
资本，对老厂房进行了保护性改
造，并保留了厂房的主体结构。

城市记忆：一座老厂房的新生

设计团队把车间改造成展厅、书
店和咖啡馆。
文/本报记者 柯 林
`, []pageArticle{
			{headlines: []string{"城市记忆：一座老厂房的新生"}, paras: 2, last: "书店和咖啡馆。", reporters: []string{"柯林"}},
		}},
		// the twelfth pool's sample format (-seed 1201, gen-025)
		{"an A：B title as wide as the column, set alone inside a sentence, is a headline the text flows over", `
“小时候常来这里送饭，没
想到现在变成了网红打卡地。”
正在园区里拍照的一位年轻市民

城市记忆：一座老厂房的新生

雍女士感慨地说。
文/本报记者 柯 林
`, []pageArticle{
			{headlines: []string{"城市记忆：一座老厂房的新生"}, paras: 1, last: "市民雍女士感慨地说。", reporters: []string{"柯林"}},
		}},
		// the eleventh pool's ordered pages (-seed 1103, ord-001)
		{"a title as wide as the column set on its story's first line starts that story, though the text before stopped mid-sentence", `
我市首个工业互联网平台上线

本报讯（记者 仇 海）近日，
我市首个工业互联网公共服务平
台正式上线运行，首批接入企业
一百二十六家。
通过平台，企业可以在线
获取设备监测、能耗分析服务。
一家企业负责人算了一笔账：
接入平台后，设备故障率下降

社区时间银行存下了邻里真情
周六上午，家住枫林社区
的退休护士孔阿姨又来到独居
老人赵大爷家，帮他量血压、
整理药品。
孔阿姨的这份服务，会被
记录在社区“时间银行”里。
文/图 本报记者 阚 亮

了一成八，每年可节约维修成
本六十多万元。
`, []pageArticle{
			{headlines: []string{"我市首个工业互联网平台上线"}, paras: 2, last: "每年可节约维修成本六十多万元。", reporters: []string{"仇海"}},
			{headlines: []string{"社区时间银行存下了邻里真情"}, paras: 2, reporters: []string{"阚亮"}},
		}},
		{"text after a section heading resumes its story past another story's headline and top byline", `
老街区变身文旅新地标

本报讯 青石板路、雕花木窗、大
红灯笼……走进刚刚开街的鼓楼
老街，浓浓的古韵扑面而来。
业态与体验融合，游客留得
下来——

一位老教师的三十年坚守
本报记者 林 静

老街引入了非遗工坊、特色小吃、
文创书店等商户一百三十余家，
每到周末还有戏曲表演。
记者 石磊 通讯员 白洁

山路弯弯，学校就建在半山腰
上。从二十二岁到五十二岁，杨
春华在这所村小教了三十年书。
`, []pageArticle{
			{headlines: []string{"老街区变身文旅新地标"}, paras: 3, last: "每到周末还有戏曲表演。", reporters: []string{"石磊"}},
			{headlines: []string{"一位老教师的三十年坚守"}, paras: 1, reporters: []string{"林静"}},
		}},
	})
}

func TestSplitBylines(t *testing.T) {
	cases := []struct {
		name          string
		raw           []string
		others, owned []string // reporters
	}{
		{"two stories' bylines on one row", []string{"记者 李文博", "记者 王建军 通讯员 李红梅"}, []string{"李文博"}, []string{"王建军"}},
		{"a trainee signs under the reporter", []string{"记者 糜佳", "实习生 蒯晓峰"}, nil, []string{"糜佳", "蒯晓峰"}},
		{"so does a reporter in training", []string{"本报记者 慕容清", "见习记者 米粒"}, nil, []string{"慕容清", "米粒"}},
	}
	for _, c := range cases {
		others, own := splitBylines(c.raw)
		if !slices.Equal(others.Reporters, c.others) || !slices.Equal(own.Reporters, c.owned) {
			t.Errorf("%s: %q -> %q / %q, want %q / %q", c.name, c.raw, others.Reporters, own.Reporters, c.others, c.owned)
		}
	}
}

// TestHeadLike: blocks that may be a headline, and running text set alone
// that may not.
func TestHeadLike(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"在调研中，代表委员们重点关注了以下问题："}, false},
		{[]string{"在调研中，代表委员们重点关", "注了以下问题："}, false},
		{[]string{"开学第一课：", "学会这些安全知识"}, true},
		{[]string{"小巷管家：守好城市“毛细血管”"}, true},
		{[]string{"城市更新怎么“更”？听听街坊们怎么说"}, true},
		{[]string{"“老人、儿童和患有慢性病的人群，"}, false},
		{[]string{"《清明上河图", "》里的老手艺……"}, true},
		{[]string{"烧烤、麻辣烫、冰粉……"}, false},
		{[]string{"“地球里面有很热很热的岩浆……”"}, false},
		{[]string{"“地球里面有很热很热的岩", "浆……”"}, false},
		{[]string{"“老师，火山为什么会喷发？”"}, false},
		{[]string{"“老师，火山为什么会", "喷发？”"}, false},
		{[]string{"“让更多好产品", "走出去”"}, true},
		{[]string{"“让更多好产品走出去”"}, true},
		{[]string{"谁来守护孩子们的“小眼睛”？"}, true},
	} {
		e := element{kind: elemText, lines: block(c.lines...)}
		if got := headLike(&e); got != c.want {
			t.Errorf("headLike(%q) = %v, want %v", c.lines, got, c.want)
		}
	}
}

func TestColonTitle(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"城市记忆：一座老厂房的新生"}, true},
		{[]string{"高铁新城：一座“站城融合”的新城"}, true},                // 高 heads many names, but a place of four is none
		{[]string{"桑秀兰：一是利用社区闲置用房建设"}, false},               // an interview's answer opens with its speaker
		{[]string{"欧阳晓峰：我们有信心完成任务"}, false},                 // a compound surname's name of four
		{[]string{"记者：今年的重点工作有哪些？"}, false},                 // the interviewer's label
		{[]string{"一家企业负责人算了一笔账：接入"}, true},                 // shaped alike: the block's place decides (continuedByNext)
		{[]string{"城市记忆：一座老厂房的新生", "设计团队保留了厂房的主体结"}, false}, // two lines: a column piece
		{[]string{"城市记忆，一座老厂房的新生"}, false},                  // an A，B line is too common in running text
	} {
		e := element{kind: elemText, lines: block(c.lines...)}
		if got := colonTitle(&e); got != c.want {
			t.Errorf("colonTitle(%q) = %v, want %v", c.lines, got, c.want)
		}
	}
}

// TestWideTail: the last line of a run of very short lines goes to a
// block of its own when it is wider than each line before it.
func TestWideTail(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  bool
	}{
		{"the next stack's kicker under a narrow title", []string{"全民健身", "运动", "会开幕", "交通建设再提速"}, true},
		{"a narrow title's last line is no wider than the rest", []string{"青年志愿", "者服务队", "成立", "十周年"}, false},
		{"nor one wider by a character", []string{"老手艺", "焕发", "新光彩", "竹编艺人"}, false},
		{"a line of running text is no headline", []string{"全民健身", "运动", "会开幕", "参赛者，来自"}, false},
		{"three lines are too few to tell", []string{"全民健身", "运动会", "交通建设再提速"}, false},
	} {
		e := element{kind: elemText, lines: block(c.lines...)}
		if got := wideTail(&e); got != c.want {
			t.Errorf("%s: wideTail(%q) = %v, want %v", c.name, c.lines, got, c.want)
		}
	}
}
