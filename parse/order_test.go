package parse

import (
	"os"
	"testing"
)

// readRule reads a page of testdata/rules.
func readRule(t *testing.T, name string) string {
	t.Helper()
	page, err := os.ReadFile("testdata/rules/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(page)
}

// TestOrderRules: the order stage, one case per repair.
func TestOrderRules(t *testing.T) {
	checkPages(t, []pageCase{
		// the twelfth pool's sample format (-seed 1201, gen-010)
		{"a story whose dateline names its reporters and whose end byline names another writer holds two stories", `
网购退货遭拒 法院判商家退款

本报讯（记者 柏 松）消费者网购
商品后申请无理由退货，商家
以商品已拆封为由拒绝。近日
法院判决商家退款。
承办法官提醒，消费者可
保留聊天记录、订单截图等证
据，依法维权。

腊月二十八清晨七点，供
电公司抢修班的六名队员已经
来到了城郊的变电站。
“看到家家户户亮着灯，
我们心里踏实。”班长宁建华
说。
文/图 本报记者 居 然

守护万家灯火的“电力蓝”
`, []pageArticle{
			{headlines: []string{"网购退货遭拒 法院判商家退款"}, paras: 2, last: "依法维权。", reporters: []string{"柏松"}},
			{headlines: []string{"守护万家灯火的“电力蓝”"}, paras: 2, last: "班长宁建华说。", reporters: []string{"居然"}},
		}},
		// the eleventh pool's ordered pages (-seed 1103, ord-001)
		{"a column piece printed inside another story, which cannot go on into that story's next paragraph, goes back between two columns of its own", `
社区“时间银行”存下邻里情

周六上午，家住枫林社区
的退休护士孔阿姨又来到独居
老人赵大爷家，帮他量血压。
孔阿姨的这份服务，会被
记录在社区的时间银行里，等

高铁新城站明年投用

换理发、家电维修等服务，也
可以转赠给家里的老人。
文/图 本报记者 阚 亮

本报讯（通讯员 焦 阳）
记者近日从高铁新城建设指挥
部获悉，高铁新城站主体结构
已全部完工，预计明年投用。

她老了，也会有人来帮她。社
区党委书记介绍，时间银行运
行两年来，志愿者的服务时长
累计存入一万多小时，可以兑

新站建成后，将开行至北
京、上海、广州等方向的高铁
列车。
`, []pageArticle{
			{headlines: []string{"社区“时间银行”存下邻里情"}, paras: 2, last: "可以转赠给家里的老人。", reporters: []string{"阚亮"}},
			{headlines: []string{"高铁新城站明年投用"}, paras: 2, last: "列车。", corresp: []string{"焦阳"}},
		}},
		// the eleventh pool's ordered pages (-seed 1103, ord-014)
		{"a column that closes a list another story left open goes back there, though its words lean to the story it was printed in", `
市民运动会闭幕

本报讯（记者 钟离 明）历时
两个月的第十二届市民运动会
昨日闭幕，共设二十个大项。
与往届相比，本届运动会
还新增了攀岩、腰旗橄榄球、

老旧管网改造惠及三万户

本报讯 记者从市城管局获悉，
今年我市计划改造老旧供水管
网八十六公里，已完成七成。
城管局相关负责人表示，
下一步将推进燃气、排水管网
改造，完成管网更新。

电子竞技等项目，参赛者中年
轻人占比超过六成。“比赛不
只是争金夺银。”市体育局负
责人说。
`, []pageArticle{
			{headlines: []string{"市民运动会闭幕"}, paras: 2, last: "市体育局负责人说。", reporters: []string{"钟离明"}},
			{headlines: []string{"老旧管网改造惠及三万户"}, paras: 2, last: "完成管网更新。"},
		}},
		// the sixth pool's full-em pages (-seed 602, full-003)
		{"a stray column moved back takes the host's next paragraph only if that paragraph's own words are the moved story's", `
网络安全宣传周

本报讯（记者 卫 东）扫码领礼
品、填问卷抽大奖……民警提醒市
民警惕个人信息泄露。
民警介绍，不法分子常以
小恩小惠诱导前来参观市民填

凌晨4点的菜市场

凌晨四点，城南蔬菜批发
市场灯火通明，一辆辆货车排
起长队，等待卸货。

写问卷，留下姓名、手机号等
个人信息，再把个人信息倒卖
给诈骗团伙。民警提醒市民警
惕个人信息泄露。

天亮时分，这些新鲜蔬菜
被送往全市农贸市场和超市。
本报记者 扈小军 摄影报道
`, []pageArticle{
			{headlines: []string{"网络安全宣传周"}, paras: 2, last: "惕个人信息泄露。", reporters: []string{"卫东"}},
			{headlines: []string{"凌晨4点的菜市场"}, paras: 2, last: "被送往全市农贸市场和超市。", reporters: []string{"扈小军"}},
		}},
		{"the rest of a column a byline printed beside it cut off goes back where the column stops", `
守护一江清水

沿河十二个乡镇建起生态缓冲带
本报讯 走进清水河畔的柳
湾镇，岸边新栽的垂柳已吐出嫩
芽，芦苇、菖蒲等水生植物沿着
河道铺开，过去裸露的河滩变成
了一条绿色长廊。
“这条缓冲带有两个作用，
一是拦截农田里流出的化肥和泥
沙，二是给鸟类和鱼类留出栖息
空间。”县生态环境分局局长郑

国强告诉记者，缓冲带宽度在30
监测数据显示，今年一季度，
米到80米之间，全长约46公里。 清水河出境断面水质稳定保持在
去年以来，沿河12个乡镇共 Ⅱ类，比三年前提升了一个等级。
退耕还湿1.3万亩，拆除河道内 河边的老住户说：“小时候在河
违章建筑86处，清理垃圾2.4万 里 摸 鱼 捉 虾 的 日 子 ， 又 回 来
吨。为了让群众得实惠，县里将 了！”
缓冲带建设与乡村旅游结合起来，
记者 赵立新 见习记者 孙雨
引导农户发展民宿、垂钓和生态
种植。
`, []pageArticle{
			{headlines: []string{"守护一江清水", "沿河十二个乡镇建起生态缓冲带"}, paras: 4, reporters: []string{"赵立新", "孙雨"},
				holds: "县里将缓冲带建设与乡村旅游结合起来，引导农户发展民宿、垂钓和生态种植。", last: "又回来了！”"},
		}},
		{"a feature run into a dated story that signs in its dateline goes apart when a title echoes it and none of the story", `
农民丰收节上的“新农具”

本报讯（记者 蔺 
晨）无人机、智能灌溉系
统、自动驾驶拖拉机……9
月 23 日，在县里举办的中国
农民丰收节庆祝活动上，一
批“新农具”吸引了不少农
民驻足。

“以前打药要背着药桶
走一天，现在用无人机，十
几分钟就打完一块地。”种
粮大户伏建军说。

据介绍，全县主要农作

物耕种收综合机械化率已达
到 92%。

本次活动还设置了农产
品展销区，展销农产品 200
多种。

活动现场还发布了全县
十大农业品牌。

每到周末，幸福社区的
“共享厨房”就格外热闹。

居民们自带食材，在这
里切菜、炒菜、蒸馒头，做
好的饭菜有的自己带回家，
有的分给社区里的独居老
人。

“一个人在家做饭没意
思，在这儿大家一起做，有
说有笑。”退休工人暴阿姨
说。

社区书记介绍，“共享

厨房”由一处闲置的老食堂
改造而成，配备了燃气灶、
烤箱、冰箱等设施，居民预
约后就可以免费使用。

如今，“共享厨房”已
经成了社区的“网红打卡
地”。

社区食堂里的“共享厨房”
`, []pageArticle{
			{headlines: []string{"农民丰收节上的“新农具”"}, paras: 5, reporters: []string{"蔺晨"}},
			{headlines: []string{"社区食堂里的“共享厨房”"}, paras: 5},
		}},
		{"a byline poppler emitted in a story's last clause does not end it there", `
清河日报

B6 要闻
2020年10月24日 星期二

全市冬季供暖今起试运行
本报讯（记者 羿 飞）记者
从市城管局获悉，全市集中供暖
今天起试运行，11月15日正式供
暖。
今年全市供暖面积达到6800

万平方米，新增入网面积320万
平方米。
供暖期间，市民如遇暖气不
热等问题，可拨打供热服务热线
反映。

托育机构和养老驿站能否“合体”？

我市试点“老幼共托”新模式
本报讯（记者 宓 佳 实习
生 仉 然）上午10点，在南湖社
区的“老幼共托”中心，一边是
孩子们在做手工，一边是老人们
在下象棋。到了讲故事的时间，
几位老人会来到孩子们中间，给

他们讲过去的故事。
“老人有事做，孩子有人陪，
两全其美。”中心负责人介绍。
据了解，这是我市首批3个
“老幼共托”试点之一。试点中
心把托育和养老服务设施建在一

起，共用餐厅、活动室等空间，
运营成本降低了约三成。
下一步，我市将总结试点经
验，逐步扩大试点范围。

老街坊的新年愿望

新年将至，记者在老城区的
几条街巷里，听街坊们聊起了新
一年的愿望。
“希望孙子考上好大学。”
“希望菜价稳稳当当的。”
“希望咱这条巷子早点通上

天然气。”
愿望有大有小，说的都是日
子。

街道办事处主任告诉记者，
文/本报记者 敖 雪 图/本报记者 谌 亮
居民们提到最多的天然气入户问
题，已列入明年的民生实事项目。
`, []pageArticle{
			{headlines: []string{"全市冬季供暖今起试运行"}, paras: 3, reporters: []string{"羿飞"}},
			{headlines: []string{"托育机构和养老驿站能否“合体”？", "我市试点“老幼共托”新模式"}, paras: 4, reporters: []string{"宓佳", "仉然"}},
			{headlines: []string{"老街坊的新年愿望"}, paras: 6, last: "民生实事项目。", reporters: []string{"敖雪", "谌亮"}},
		}},
		{"a story set under its own title after the stack of the story before is no last column of that story", `
本报讯（记者 秦 岭 
刘 畅）近日，市卫生健康委公
布的数据显示，全市儿童青少
年总体近视率为 51.6%，比去年
下降了 1.2 个百分点。
“近视防控，关键在早。”市
眼科医院副院长说，家长要让
孩子每天保证 2 小时以上的户
外活动时间，减少使用电子产
品。
■相关链接
护眼小贴士：读写时眼睛
与书本保持一尺距离；连续用
眼 40 分钟后，要休息 10 分钟；保
证充足睡眠。

谁来守护孩子
们的“小眼睛”？

——我市儿童青少年近视防控工作调查

让“小积分”撬动“大文明”

打扫公共区域，积 5 分；参
加志愿服务，积 10 分；帮助孤寡
老人，积 15 分……在桃源村的
“文明积分超市”，村民们可以
用积分兑换米、面、油等生活用
品。
“以前村里的事没人管，现
在大家抢着干。”村党支部书记
说。
一年来，全村已有 400 多户
参与积分活动，村容村貌焕然
一新。
文/高 远 图/卜 凡

本报讯（记者 薛 凯）11
月 8 日，市非物质文化遗产展演
周在市民广场开幕。木版年画、
糖画、剪纸、面塑等 37 项传统技
艺集中亮相，吸引了大批市民
驻足观看。
在木版年画展台，老艺人
一边刻版，一边给围观的孩子
们讲解。
“很多技艺在《清明上河图》
里都能找到影子。”展演周策划
负责人介绍。

《清明上河图》里的老手艺……

非遗展演周开幕，37项技艺集中亮相

本版编辑：陈杰 校对：吴敏

`, []pageArticle{
			{headlines: []string{"谁来守护孩子们的“小眼睛”？", "——我市儿童青少年近视防控工作调查"}, paras: 4, reporters: []string{"秦岭", "刘畅"}},
			{headlines: []string{"让“小积分”撬动“大文明”"}, paras: 3, reporters: []string{"高远"}},
			{headlines: []string{"《清明上河图》里的老手艺……", "非遗展演周开幕，37项技艺集中亮相"}, paras: 3, reporters: []string{"薛凯"}},
		}},
		// a fresh ordered page of the second pool (-seed 103, ord-001): the
		// column shares one word with its story (夜市) and none with its
		// host, whose paragraph end it cannot follow
		// a fresh ordered page of the fourth pool (-seed 403, ord-001)
		{"a paragraph printed inside another story's open sentence goes back to the story it shares words with", `
小区停车难，怎么破？

本报讯（记者 施雨）晚上8
点以后，家住锦绣花园的王先
生总要在小区里转上好几圈才
能找到停车位。“车越来越多，
停车位就那么些，只能停在路
边。”

我们的节日·端午

本报讯 6月10日，端午节当
天，城南河畔锣鼓喧天，一年
一度的龙舟赛在这里举行。
在附近的社区广场上，居
民们围坐在一起包粽子、缝香
囊，孩子们则在志愿者的带领

为缓解老旧小区停车难，
今年我市通过挖潜增建、错时
共享等方式，新增停车泊位1.8
万个，小区停车位不再紧张。

下学习端午习俗。
记者 欧阳 静
`, []pageArticle{
			{headlines: []string{"小区停车难，怎么破？"}, paras: 2, reporters: []string{"施雨"}},
			{headlines: []string{"我们的节日·端午"}, paras: 2, reporters: []string{"欧阳静"}, last: "在附近的社区广场上，居民们围坐在一起包粽子、缝香囊，孩子们则在志愿者的带领下学习端午习俗。"},
		}},
		{"a column whose words are few goes to the dangling story when its host cannot be followed and shares none", `
老城“烟火气”回来了

本报讯 华灯初上，南门
老街的夜市准时开张。烤串、
臭豆腐、糖画、手工酸奶……
120多个摊位沿街排开，空气
中弥漫着诱人的香味。
“我们一家人几乎每周都
来逛一次。”市民胡女士说，
夜市不光有小吃，还有文创、
鲜花、手工艺品，孩子最喜欢
的是街头的木偶表演。
为办好夜市，街道统一设
计了摊位，配备了垃圾分类桶
和移动公厕，城管、市场监管
等部门也安排专人现场值守，

全长12公里的环湖绿道全线贯通

本报讯 初冬时节，走在
新建成的环湖绿道上，湖光山
色尽收眼底。跑步的、骑行
的、散步的市民络绎不绝，不
少人停下脚步拍照留念。
环湖绿道全长12公里，宽
4到6米，沿线设置了5个驿
站、8处观景平台和3个儿童游
乐场，并配套建设了停车场和
公共卫生间。
记者 相里婷 摄影 阎杰

夜班急诊室的十二小时

晚上8点，市第二人民医
院急诊科的灯光格外明亮。分
诊台前，护士华蓉一边询问病
情，一边给患者测量血压，手
上一刻也不停。

确保食品安全和秩序井然。
据统计，夜市开业一个月
来，日均客流量超过2万人
次，带动周边商户营业额增长
三成以上。
记者 糜佳
实习生 蒯晓峰
`, []pageArticle{
			{headlines: []string{"老城“烟火气”回来了"}, paras: 4, last: "营业额增长三成以上。", reporters: []string{"糜佳", "蒯晓峰"}},
			{headlines: []string{"全长12公里的环湖绿道全线贯通"}, paras: 2, reporters: []string{"相里婷"}},
			{headlines: []string{"夜班急诊室的十二小时"}, paras: 1, last: "手上一刻也不停。"},
		}},
		// a generated page (gen-059): a feature with no dateline ran on from
		// a story whose dateline names its reporters, and signs at its end
		{"a story whose dateline names its reporters gives the text before a second byline to a story of its own", `
背街小巷改造让居民出行更舒心

本报讯（记者 田甜）路面
平整了，路灯亮了，墙面也变得
干净整洁。走在刚刚完成改造
` + signedTwiceRest, []pageArticle{
			{headlines: []string{"背街小巷改造让居民出行更舒心"}, paras: 2, last: "惠及居民3万余户。", reporters: []string{"田甜"}},
			{headlines: []string{"金秋时节", "万亩果园迎来丰收季"}, paras: 2, last: "苹果可以错峰销售。", reporters: []string{"潘雪"}},
		}},
		// an ordered page (-pdf -ordered, seed 10, ord-002): the second
		// stack's top byline came before both bodies
		{"a story whose dateline names its reporters gives its top byline, another's, to the story run into it", `
跨境电商让山货走出大山

全县农产品网上销售额突破十亿元

非遗传承

老手艺焕
发新光彩

竹编艺人带徒百余名
本报记者 邓 欢

新华社贵阳5月20日电
（记者 杨帆）凌晨5点，黔南
山区的一个村子里，电商服
务站的工作人员已经开始忙
着打包。刚刚采摘的刺梨、猕
猴桃装进保鲜箱，当天就能
发往全国各地。
“过去山里的水果卖不
出去，只能烂在地里。”村党
支部书记说，自从村里建起
电商服务站，农户坐在家里
就能接订单，去年全村仅刺
梨一项就增收300多万元。
近年来，当地先后建成

县级电商公共服务中心1个、
乡镇电商服务站18个、村级
服务点156个。今年1至4月，
全县农产品网上销售额达到
3.2亿元。

竹篾在手指间上下翻
飞，不一会儿，一只精巧的小
提篮就编好了。今年67岁的
竹编艺人罗德成，已经和竹
子打了50多年交道。
罗德成的竹编技艺是祖
传的。年轻时，他编的竹筐、
竹席在十里八乡都很抢手。
后来，塑料制品多了，竹编生
意一落千丈，他却一直没有
放下手中的篾刀。
`, []pageArticle{
			{headlines: []string{"跨境电商让山货走出大山", "全县农产品网上销售额突破十亿元"}, paras: 3, last: "3.2亿元。", reporters: []string{"杨帆"}},
			{headlines: []string{"非遗传承", "老手艺焕发新光彩", "竹编艺人带徒百余名"}, paras: 2, last: "放下手中的篾刀。", reporters: []string{"邓欢"}},
		}},
		// a fresh sample-format page (pool 7, -seed 701, gen-002, its
		// second half): the feature's title printed at the page's end; the
		// story it ran into went 深入社区
		{"a feature run into a dated story goes apart when its title echoes the story only by a word", readRule(t, "feature-run-into-story.txt"), []pageArticle{
			{headlines: []string{"两会前奏", "代表委员走进基层听民声"}, paras: 6, last: "表訾红梅说。", reporters: []string{"咸宁"}},
			{headlines: []string{"社区食堂里的“共享厨房”"}, paras: 5, last: "“网红打卡地”。"},
			{headlines: []string{"我市出台十条措施稳就业"}, paras: 6, last: "全部落地。", reporters: []string{"管小宁"}},
		}},
		{"so does a story under a top byline that still ends with a byline", `
背街小巷改造让居民出行更舒心

本报记者 田 甜

路面平整了，路灯亮了，墙
面也变得干净整洁。走在刚刚完成改造
` + signedTwiceRest, []pageArticle{
			{headlines: []string{"背街小巷改造让居民出行更舒心"}, paras: 2, last: "惠及居民3万余户。", reporters: []string{"田甜"}},
			{headlines: []string{"金秋时节", "万亩果园迎来丰收季"}, paras: 2, last: "苹果可以错峰销售。", reporters: []string{"潘雪"}},
		}},
		{"a column that cannot follow its host's paragraph end goes to the dangling story though the host's words are commoner in it", `
麦收进度过半 机收率超过九成

本报郑州6月7日讯 眼下正是
“三夏”大忙时节，全省各地抢抓
晴好天气，组织联合收割机跨区作
业。截至6月6日，全省已收获小麦
4460万亩，占种植面积的52%，机
收率超过95%。
在西平县的一块麦田里，三台
大型联合收割机来回穿梭，金黄的

社区老年餐桌每天供餐五百余份
本报讯（记者 陈晓峰）中午
11点，和平街道长青社区的老年食
堂里飘出阵阵饭菜香。红烧鱼块、
清炒时蔬、番茄蛋汤……两荤两素
一汤，标价12元，80岁以上的老人
只需付6元。
“饭菜软烂、口味清淡，很适
合我们老年人。”82岁的孙奶奶几
乎每天都来这里吃饭。她说，老伴
去世后一个人做饭不方便，自从社
区开了食堂，吃饭的事再也不用发
愁了。

长青社区60岁以上的老人有
1200多人，其中独居和空巢老人占
了四成。去年，社区引入专业餐饮
企业，利用闲置用房改建了这处老
年食堂，政府给予场地和运营补
贴。
目前，食堂每天供餐500余
份，还为行动不便的老人提供送餐
上门服务。社区工作人员介绍，下
一步将在食堂增设健康讲座、文艺
活动等内容，让老人们吃得好，也
过得开心。

麦粒源源不断地装进运粮车。种粮
大户张国庆告诉记者，今年他种了
800亩小麦，“亩产估计能到1200
斤，比去年多收100斤左右”。
为保障夏收顺利进行，省农业
农村厅提前调度农机具，设立农机
跨区作业服务站260个，为机手提
供加油、维修、食宿等服务。气象

部门也加密天气预报频次，及时发
布预警信息。
农业专家提醒，小麦收获后要
及时晾晒，防止霉变，同时抓紧做
好夏播准备，确保秋粮丰收。
记者 王建军 通讯员 李红梅
`, []pageArticle{
			{headlines: []string{"麦收进度过半 机收率超过九成"}, paras: 4, reporters: []string{"王建军"}, last: "确保秋粮丰收。"},
			{headlines: []string{"社区老年餐桌每天供餐五百余份"}, paras: 4, reporters: []string{"陈晓峰"}, last: "过得开心。"},
		}},
		{"a bare column under a title that shares none of its words goes back to the story before", `
全市开展防汛应急演练

本报讯 “北河堤段出现
管涌险情，请立即组织抢
险！”5月28日上午，随着指
挥部一声令下，一场防汛应急
演练在北河城区段拉开帷幕。
现场，抢险队员迅速装填
沙袋、铺设反滤层，仅用20分
钟就完成了管涌封堵。与此同
时，转移组挨家挨户通知群
众，引导他们有序撤离到安置
点。

高新区新增三家国家级科技企业孵化器
本报讯 近日，科技部公
布了新一批国家级科技企业孵
化器名单，我市高新区的智谷
创业园、青年创新工场和生物
医药加速器3家孵化器榜上有
名。至此，高新区国家级孵化
器总数达到11家。

城市书房“上新
”夜读成为新风尚

市防汛抗旱指挥部办公室
负责人表示，通过演练，进一
步检验了应急预案的可操作
性，提高了各部门协同作战能
力。目前，全市已储备编织袋
50万条、救生衣1.2万件，组
建各类抢险队伍186支。
记者 周建华

本报讯 晚上9点，位于人
民公园东门的城市书房依然灯
火通明。书架前，有人驻足挑
选图书；阅览区里，学生们埋
头做题，上班族捧着书静静阅
读。
`, []pageArticle{
			{headlines: []string{"全市开展防汛应急演练"}, paras: 3, reporters: []string{"周建华"}, last: "抢险队伍186支。"},
			{headlines: []string{"高新区新增三家国家级科技企业孵化器"}, paras: 1},
			{headlines: []string{"城市书房“上新”夜读成为新风尚"}, paras: 1},
		}},
		{"a bare column under a stack that heads a later story with its own dateline goes back to the story before", `
城市书房“上新”夜读成为新风尚

本报讯 晚上9点，位于
人民公园东门的城市书房依
然灯火通明。书架前，有人驻
足挑选图书；阅览区里，学生
们埋头做题，上班族捧着书
静静阅读。
这是我市今年新建成的
第15家城市书房，面积约300
平方米，藏书1.5万册，实行
24小时开放。

中医药文化进校园
本报讯 “这是薄荷，闻
一闻，是不是有一股清凉的
味道？”近日，在市第三小学
的中医药文化课上，市中医
院的药师拿着一株植物，给
孩子们讲解中草药知识。
记者 何雅琴

优化营商环境

企业开办时间压缩至一个工作日

市图书馆馆长介绍，城
市书房开放以来，累计接待
读者超过80万人次，借还图
书46万册次。今年，全市还将
新建城市书房5家，让读者在
15分钟步行范围内就能找到
读书的好去处。
记者 许文静

本报讯（通讯员 钱小红
记者 冯涛）上午提交材料，
下午就拿到了营业执照、公
章和发票。日前，在市政务服
务中心办事的张先生对办事
效率连连称赞。今年以来，市
场监管局推行企业开办“一
网通办”，企业开办时间由原
来的3个工作日压缩至1个
工作日以内。
`, []pageArticle{
			{headlines: []string{"城市书房“上新”夜读成为新风尚"}, paras: 3, reporters: []string{"许文静"}, last: "读书的好去处。"},
			{headlines: []string{"中医药文化进校园"}, paras: 1, reporters: []string{"何雅琴"}},
			{headlines: []string{"优化营商环境", "企业开办时间压缩至一个工作日"}, paras: 1, reporters: []string{"冯涛"}},
		}},
		// a fresh ordered page of the first pool (-seed 9, ord-002)
		{"a signed column printed after a signed story goes to the later story that has no byline and shares its words", `
高新区新增三家国家级科技企业孵化器
本报讯 近日，科技部公
布了新一批国家级科技企业
孵化器名单，我市高新区的
智谷创业园、青年创新工场
和生物医药加速器3家孵化
器榜上有名。
记者 吴海涛
通讯员 郑丽

市防汛抗旱指挥部办公
室负责人表示，通过演练，进
一步检验了应急预案的可操
作性，提高了各部门协同作
战能力。
记者 周建华

汛期将至

全市开展防汛应急演练

本报讯“北河堤段出现
管涌险情，请立即组织抢
险！”5月28日上午，随着指
挥部一声令下，一场防汛应
急演练在北河城区段拉开帷
幕。
演练模拟了强降雨导致
河水暴涨、堤防出现险情等
场景，600余人参加演练。
`, []pageArticle{
			{headlines: []string{"高新区新增三家国家级科技企业孵化器"}, paras: 1, reporters: []string{"吴海涛"}},
			{headlines: []string{"汛期将至", "全市开展防汛应急演练"}, paras: 3, reporters: []string{"周建华"}, last: "协同作战能力。"},
		}},
		// a fresh sample-format page of the first pool (-seed 41, gen-027)
		{"a column opening with words that refer back (据介绍，) goes on with the story before though a title it shares words with stands between", `
本报讯 “这是薄荷，
闻一闻，是不是有一股清
凉的味道？”近日，在市第
三小学的中医药文化课上，
市中医院的药师拿着一株
植物，给孩子们讲解中草
药知识。

中医药文化进校园

据介绍，今年我市有
20所中小学开设了中医药
文化课程，由中医院专家
和学校老师共同授课。学
校还开辟了“百草园”，种
植中药材40多种。
记者 何雅琴 实习生 胡嘉
`, []pageArticle{
			{headlines: []string{"中医药文化进校园"}, paras: 2, reporters: []string{"何雅琴", "胡嘉"}, last: "种植中药材40多种。"},
		}},
		{"a bare column opening a paragraph after a finished story goes back to the story that stopped at a paragraph's end without a byline", `
全市春季招聘会提供岗位超八千个

本报讯 3月9日，由市人力资源和社会保障局主办的2024年春季大型
招聘会在市会展中心举行，共有326家企业参会，提供就业岗位8150个，
吸引1.2万余名求职者入场。一家企业的招聘负责人告诉记者，半天时
间已收到简历300多份。
“求职者的素质普遍不错，我们当场就和20多人达成了初步意向。”这
位负责人说。

一条公交线串起六所学校

本报讯 清晨6点40分，一辆印着“学生专线”字样的公交车从城南客运
站准时发车。车上的乘客大多是背着书包的中学生，车辆沿途经过实
验中学、第二中学等6所学校。
记者 李文博

现场还设置了政策咨询区、技能培训报名区和直播带岗区。不
少求职者一边排队，一边用手机扫码了解企业信息，不少求职者当场
达成了意向。
据悉，今年以来，我市已累计举办各类招聘活动46场，帮助1.8万人
实现就业。
记者 刘晓明
`, []pageArticle{
			{headlines: []string{"全市春季招聘会提供岗位超八千个"}, paras: 4, reporters: []string{"刘晓明"}, last: "帮助1.8万人实现就业。"},
			{headlines: []string{"一条公交线串起六所学校"}, paras: 1, reporters: []string{"李文博"}},
		}},
		{"a column that completes the dangling story's cut word leaves a story whose open sentence it could go on", `
家门口的“幸福食堂”

本报讯 中午11点，和平街道长青社区的老年
食堂里飘出阵阵饭菜香。“饭菜软烂、口味清淡，
很适合我们老年人。”孙奶奶说，她在食堂吃得
好，也过得开心。目前，食堂每天供餐500余份，
还为老人们提供送餐上门服务。社区工作人员介
绍，下一

全市开展防汛应急演练

本报讯 5月28日上午，一场防汛应急演练在
北河城区段拉开帷幕。各区抢险队伍携带编织
袋、救生衣等物资赶到现场，组建各类抢险队伍
的储备物资经受了检验，提高了各部门协同作战
能力。据了解，全市已储备各类防汛物资。目前，

步将在食堂增设健康讲座、文艺活动等内容，
让老人们吃得好，也过得开心。

全市已储备编织袋50万条、救生衣1.2万件，
组建各类抢险队伍186支。
记者 周建华
`, []pageArticle{
			{headlines: []string{"家门口的“幸福食堂”"}, paras: 1, holds: "下一步将在食堂增设"},
			{headlines: []string{"全市开展防汛应急演练"}, paras: 1, reporters: []string{"周建华"}, holds: "目前，全市已储备"},
		}},
		{"a story's last column printed before its start closes the quote its last line opened: few shared words will do", `
全市开展防汛应急演练

本报讯 “北河堤段出现管涌险情，请立即组织抢
险！”5月28日上午，一场防汛应急演练在北河城
区段拉开帷幕。
记者 周建华

书，特别放松。”在附近一家公司上班的小杨说，城市
书房里环境安静，还有免费无线网络。
记者 许文静

城市书房“上新”夜读成为新风尚

本报讯 晚上9点，位于人民公园东门的城市书房
依然灯火通明。这是我市今年新建成的第15家城
市书房，读者刷身份证就能进门，借还图书全部
自助完成。
“下班后来这里看一会儿
`, []pageArticle{
			{headlines: []string{"全市开展防汛应急演练"}, paras: 1, reporters: []string{"周建华"}},
			{headlines: []string{"城市书房“上新”夜读成为新风尚"}, paras: 2, last: "还有免费无线网络。", reporters: []string{"许文静"}},
		}},
		{"a byline borrowed from above a dateline goes to no story that stops mid-sentence", `
守护“舌尖上的安全”

本报讯 新学期开学前，市市场监管局联合教育部
门对全市中小学、幼儿园食堂开展了食品安全专
项检查，共检查学校食堂386家。市市场监管
局有关负责人提醒，各地学校的校长是食

交通建设再提速

万亩果园迎来丰收季

本报记者 潘 雪 文/图

本报讯 6月18日上午，随着最后一台盾构机在东
湖站破土而出，交通建设再提速，地铁3号线实现
全线隧道贯通。
记者 范志伟

品安全第一责任人，要严格落实校长陪餐制度，
发现问题及时报告。
记者 彭丽娟

九月的山坡上，一串串红彤彤的苹果挂满枝头。
万亩果园迎来丰收季，果农们提着竹篮忙着采摘。
`, []pageArticle{
			{headlines: []string{"守护“舌尖上的安全”"}, paras: 1, last: "发现问题及时报告。", reporters: []string{"彭丽娟"}},
			{headlines: []string{"交通建设再提速"}, paras: 1, reporters: []string{"范志伟"}},
			{headlines: []string{"万亩果园迎来丰收季"}, paras: 1, reporters: []string{"潘雪"}},
		}},
		{"a story's stray column emitted inside a story three before it goes back to it", `
优化营商环境

本报讯（记者 冯涛）今年以来，市市场监管局联
合税务、公安等部门，推行企业开办“一网通办、
一窗通取”。数据显示，今年前5个月，全市新登
记各类市场主体2.3万户，同比增长14.6%。

货运航班销往东南亚。
“过去山里的水果卖不出去，只能烂在地里。”村
党支部书记说，自从村里建起电商服务站，农户
坐在家里就能接订单。

中医药文化进校园

本报讯 近日，在市第三小学的中医药文化课上，
市中医院的药师给孩子们讲解中草药知识。
记者 何雅琴

冬季供暖

本报讯 记者从市热力公司获悉，今年供暖季前
的管网检修工作已全部完成。
记者 郭振宇

跨境电商让山货走出大山

新华社贵阳5月20日电（记者 杨帆）凌晨5点，
黔南山区一个村子的电商服务站已经开始忙着打
包。刚刚采摘的刺梨装进保鲜箱，有的还将搭乘国际
`, []pageArticle{
			{headlines: []string{"优化营商环境"}, paras: 1, last: "同比增长14.6%。", reporters: []string{"冯涛"}},
			{headlines: []string{"中医药文化进校园"}, paras: 1, reporters: []string{"何雅琴"}},
			{headlines: []string{"冬季供暖"}, paras: 1, reporters: []string{"郭振宇"}},
			{headlines: []string{"跨境电商让山货走出大山"}, paras: 2, last: "就能接订单。", reporters: []string{"杨帆"}},
		}},
		{"a story's last column printed before its start, mid-sentence and under a neighbour's byline, goes back to its end", `
全市开展防汛应急演练

本报讯 “北河堤段出现管涌险情，请立即组织抢
险！”5月28日上午，一场防汛应急演练在北河城
区段拉开帷幕。
记者 周建华

读者超过80万人次，借还图书46万册次。今年，
全市还将新建城市书房5家，让读者在15分钟步
行范围内就能找到读书的好去处。
记者 许文静

城市书房“上新”夜读成为新风尚

本报讯 晚上9点，位于人民公园东门的城市书房
依然灯火通明。这是我市今年新建成的第15家城
市书房，读者刷身份证就能进门，借还图书全部
自助完成。
市图书馆馆长介绍，城市书房开放以来，累计接待
`, []pageArticle{
			{headlines: []string{"全市开展防汛应急演练"}, paras: 1, reporters: []string{"周建华"}},
			{headlines: []string{"城市书房“上新”夜读成为新风尚"}, paras: 2, last: "找到读书的好去处。", reporters: []string{"许文静"}},
		}},
		{"a bare column after a neighbour's byline goes to the story before, whose dateline names its reporters, when it shares its words", `
优化营商环境

本报讯（通讯员 钱小红 记者 冯涛）上午提
交材料，下午就拿到了营业执照、公章和发票。
今年以来，市市场监管局联合税务、公安等部
门，推行企业开办“一网通办”，企业开办时
间压缩至1个工作日以内，全市新设企业中，
有九成以上通过网上办理。

中医药文化进校园

本报讯 “这是薄荷，闻一闻，是不是有一股清
凉的味道？”近日，在市第三小学的中医药文
化课上，市中医院的药师给孩子们讲解中草药
知识。
记者 何雅琴

数据显示，今年前5个月，全市新登记
各类市场主体2.3万户，同比增长14.6%。
`, []pageArticle{
			{headlines: []string{"优化营商环境"}, paras: 2, last: "同比增长14.6%。", reporters: []string{"冯涛"}},
			{headlines: []string{"中医药文化进校园"}, paras: 1, reporters: []string{"何雅琴"}},
		}},
		{"a byline-less story's last column, a paragraph opening where another story's sentence was cut off, goes back with the byline", `
春风送岗位 就业暖人心

本报讯 3月9日，全市春季大型招聘会在市会
展中心举行，共有326家企业参会，提供就业岗
位8150个，吸引1.2万余名求职者入场。招聘负
责人说，求职者的素质普遍不错。

一条公交线串起六所学校

本报讯 清晨6点40分，一辆印着“学生专线”
字样的公交车从城南客运站准时发车。车上的乘
客大多是背着书包的中学生，车辆沿途经

    现场还设置了政策咨询区、技能培训报名区
和直播带岗区。不少求职者一边排队，一边用手
机扫码了解企业信息。今年以来，我市已累计举
办各类招聘活动46场，帮助1.8万人实现就业。
记者 刘晓明
`, []pageArticle{
			{headlines: []string{"春风送岗位 就业暖人心"}, paras: 2, reporters: []string{"刘晓明"}, holds: "现场还设置了政策咨询区"},
			{headlines: []string{"一条公交线串起六所学校"}, paras: 1, last: "车辆沿途经"},
		}},
		{"a dangling story's rest emitted inside a story before it, completing its cut word, goes back to it", `
优化营商环境

本报讯（记者 冯涛）今年以来，市市场监
管局推行企业开办“一网通办”，将设立
登记等事项整合为一个环节。数据显示，
今年前5个月全市新登记市场主体2.3万
户，同比增长14.6%。

支部书记说，自从村里建起了电商服
务站，农户坐在家里就能接订单，去年
全村仅刺梨一项就增收300多万元。

跨境电商让山货走出大山

新华社贵阳5月20日电（记者 杨帆）凌
晨5点，黔南山区的一个村子里，电商
服务站的工作人员已经开始忙着打包。
刚刚采摘的刺梨装进保鲜箱，当天就能
发往全国各地。“过去山里的水果卖不
出去，只能烂在地里。”村党
`, []pageArticle{
			{headlines: []string{"优化营商环境"}, paras: 1, reporters: []string{"冯涛"}, last: "同比增长14.6%。"},
			{headlines: []string{"跨境电商让山货走出大山"}, paras: 1, reporters: []string{"杨帆"}, holds: "村党支部书记说"},
		}},
		{"a column that completes the dangling story's cut word is its rest though the host shares more of its words", `
跨境电商让山货走出大山

新华社贵阳5月20日电（记者 杨帆）凌
晨5点，黔南山区的一个村子里，电商
服务站的工作人员已经开始忙着打包。
“过去山里的水果卖不出去，只能烂在
地里。”村党

老手艺焕发新光彩

本报讯 竹篾在手指间上下翻飞，村里
的竹编艺人罗德成已经和竹子打了50
多年交道。他把竹编搬进了村里的乡村
学校，村里的孩子们都爱学，农户坐在
家里也能编，这门老手艺焕发了新光彩。

支部书记说，自从村里建起电商服务
站，农户坐在家里就能接订单，去年全
村仅刺梨一项就增收300多万元。

冬季供暖

本报讯 记者从市热力公司获悉，今年
供暖季前的管网检修工作已全部完成。
记者 郭振宇
`, []pageArticle{
			{headlines: []string{"跨境电商让山货走出大山"}, paras: 1, reporters: []string{"杨帆"}, holds: "村党支部书记说"},
			{headlines: []string{"老手艺焕发新光彩"}, paras: 1, last: "艺焕发了新光彩。"},
			{headlines: []string{"冬季供暖"}, paras: 1, reporters: []string{"郭振宇"}},
		}},
		{"a byline above a dateline story that has its own goes to the byline-less story after it when none before wants it", `
地铁三号线全线贯通
本报记者 潘 雪

本报讯 6月18日上午，随着最后一台盾构机在东
湖站破土而出，地铁3号线实现全线隧道贯通。
记者 范志伟

金秋时节果农忙

九月的山坡上，一串串红彤彤的苹果挂满枝
头。果农们提着竹篮，穿梭在万亩果园间忙着采
摘，脸上洋溢着丰收的喜悦。
`, []pageArticle{
			{headlines: []string{"地铁三号线全线贯通"}, paras: 1, reporters: []string{"范志伟"}},
			{headlines: []string{"金秋时节果农忙"}, paras: 1, reporters: []string{"潘雪"}},
		}},
		{"a byline above a dateline story that has its own goes to the byline-less story before it", `
一条公交线串起六所学校

本报讯 清晨6点40分，一辆印着“学生专线”字
样的公交车从城南客运站准时发车。下一步，还
将再开通两条学生专线。

麦收进度过半 机收率超过九成

记者 李文博

本报郑州6月7日讯 眼下正是“三夏”大忙时节，
全省各地抢抓晴好天气，确保秋粮丰收。
记者 王建军 通讯员 李红梅
`, []pageArticle{
			{headlines: []string{"一条公交线串起六所学校"}, paras: 1, reporters: []string{"李文博"}},
			{headlines: []string{"麦收进度过半 机收率超过九成"}, paras: 1, reporters: []string{"王建军"}, corresp: []string{"李红梅"}},
		}},
		{"side-by-side stories' bylines printed as one go the last to the story before them, the others to a story without one", `
一条公交线串起六所学校

本报讯 清晨6点40分，一辆印着“学生专线”字
样的公交车从城南客运站准时发车。下一步，还
将再开通两条学生专线。

麦收进度过半 机收率超过九成

本报郑州6月7日讯 眼下正是“三夏”大忙时节，
全省各地抢抓晴好天气，确保秋粮丰收。
记者 李文博
记者 王建军 通讯员 李红梅
`, []pageArticle{
			{headlines: []string{"一条公交线串起六所学校"}, paras: 1, reporters: []string{"李文博"}},
			{headlines: []string{"麦收进度过半 机收率超过九成"}, paras: 1, reporters: []string{"王建军"}, corresp: []string{"李红梅"}},
		}},
		{"a byline-less story's last column with its byline, emitted at the end of a story whose dateline names its own", `
城市书房“上新”夜读成为新风尚

本报讯 晚上9点，位于人民公园东门的
城市书房依然灯火通明。书架前，有人
驻足挑选图书，上班族捧着书静静阅读。

优化营商环境

本报讯（记者 冯涛）上午提交材料，下
午就拿到了营业执照、公章和发票。在
市政务服务中心办事的张先生连连称赞。

市图书馆馆长介绍，城市书房开放
以来，累计接待读者超过80万人次，借
还图书46万册次。
记者 许文静
`, []pageArticle{
			{headlines: []string{"城市书房“上新”夜读成为新风尚"}, paras: 2, last: "借还图书46万册次。", reporters: []string{"许文静"}},
			{headlines: []string{"优化营商环境"}, paras: 1, reporters: []string{"冯涛"}},
		}},
		{"a story's last column set beside the next story's headline", `
十年前，几名刚刚毕业的大学生
在社区里发起了一支志愿服务队，
每周末为孤寡老人打扫卫生、陪
他们聊天。十年后，这支队伍已
经发展到一千三百多人。

消除安全隐患

电动自行车充电桩进小区

在十周年座谈会上，几位受
助老人特意赶来，为志愿者们送
上了锦旗。

本报讯 为解决电动自行车
“充电难”和“飞线充电”问题，
今年以来，市住建部门推动在老
旧小区集中建设充电设施。
记者 程浩然
`, []pageArticle{
			{paras: 2, last: "上了锦旗。"},
			{headlines: []string{"消除安全隐患", "电动自行车充电桩进小区"}, paras: 1, reporters: []string{"程浩然"}},
		}},
		{"the rest of a column emitted after another story joins the story it continues", `
麦收进度过半 机收率超过九成

本报郑州6月7日讯 眼下正是“三夏”
大忙时节，全省各地抢抓晴好天
气。种粮大户张国庆告诉记者，
今年他种了800亩小麦，“亩产估

高新区新增三家国家级孵化器

本报讯 近日，科技部公布了新一
批国家级科技企业孵化器名单，我
市高新区3家孵化器榜上有名。
记者 吴海涛

家门口的“幸福食堂”

计能到1200斤，比去年多收100斤
左右”。农业专家提醒，小麦收获
后要及时晾晒。
记者 王建军 通讯员 李红梅

本报讯（记者 陈晓峰）中午11
点，和平街道长青社区的老年食堂
里飘出阵阵饭菜香。
`, []pageArticle{
			{headlines: []string{"麦收进度过半 机收率超过九成"}, paras: 1, last: "后要及时晾晒。", reporters: []string{"王建军"}},
			{headlines: []string{"高新区新增三家国家级孵化器"}, paras: 1, reporters: []string{"吴海涛"}},
			{headlines: []string{"家门口的“幸福食堂”"}, paras: 1, reporters: []string{"陈晓峰"}},
		}},
		{"text that goes on with a full line after a headline set inside the story stays in it", `
非遗传承

本报记者 邓 欢

竹篾在手指间上下翻飞，不一会儿，一
只精巧的小提篮就编好了。今年67岁的竹
编艺人罗德成，已经和竹子打了50多年交
道。
如今，罗德成的竹编作品通过网络卖
到了全国各地，每年销售额有五六十万元。

竹编艺人带徒百余名

2021年，罗德成的竹编技艺被列入省级非
物质文化遗产代表性项目名录。
`, []pageArticle{
			{headlines: []string{"非遗传承", "竹编艺人带徒百余名"}, paras: 2, last: "物质文化遗产代表性项目名录。", reporters: []string{"邓欢"}},
		}},
		{"a story's last column set after another's, up to its byline, goes back to it", `
守护“舌尖上的安全”

校园食堂开展食品安全大检查

本报讯 新学期开学前，市市场监管
局联合教育部门对全市中小学、幼儿园食
堂开展了食品安全专项检查，共检查学校
食堂 386家，发现问题隐患 47处，已全部
督促整改到位。

检查人员重点查看了食品原料进货查
验、索证索票、餐具清洗消毒、留样等环
节。在一所小学的食堂，执法人员发现部
分调味品未按规定标注开封日期，当场要

冬季供暖

热力公司提前完成管网检修

本报讯 记者从市热力公司获悉，今
年供暖季前的管网检修工作已全部完成，
共更换老旧管道12.6公里，维修阀门井
430座，为按时供暖打好基础。

“我们从 5月份就开始排查，对使用
超过20年的管线逐段检测。”热力公司生
产部经理说，今年还新建了智慧供热监控
平台，在2000多个用户家中安装了室温采
集器，可以实时掌握供热效果。

求整改。

“明厨亮灶”是今年检查的一项重
点。目前，全市已有九成以上学校食堂安
装了视频监控系统，家长通过手机 APP就
能看到后厨操作情况。

市市场监管局提醒，学校是食品安全
第一责任人，要严格落实校长陪餐制度，
发现问题及时报告。
记者 彭丽娟
通讯员 谭志刚

针对往年群众反映较多的“末端不
热”问题，公司对42个小区的二次管网进
行了水力平衡调节。市民如遇室温不达
标，可拨打24小时服务热线，维修人员将
在2小时内上门处理。
记者 郭振宇
`, []pageArticle{
			{headlines: []string{"守护“舌尖上的安全”", "校园食堂开展食品安全大检查"}, paras: 4, last: "发现问题及时报告。", reporters: []string{"彭丽娟"}, corresp: []string{"谭志刚"}},
			{headlines: []string{"冬季供暖", "热力公司提前完成管网检修"}, paras: 3, last: "在2小时内上门处理。", reporters: []string{"郭振宇"}},
		}},
		{"the story's own stack set inside its columns, the text after it has no byline: one story", `
本报讯（记者 黄欣然 通讯员 马俊） 家住东城区幸福里小区的刘大爷今年
78岁，说起新装的电梯，他笑得合不拢嘴。幸福里小区的居民全部同意加装电
梯，老旧小区加装电梯让居民上下楼不再难。

老旧小区加装电梯 居民上下楼不再难

——我市今年已完成加装电梯216部

市住房和城乡建设局有关负责人介绍，
今年以来，全市已完成老旧小区加装电梯
216部，另有158部正在施工。
`, []pageArticle{
			{headlines: []string{"老旧小区加装电梯 居民上下楼不再难", "——我市今年已完成加装电梯216部"}, paras: 2, last: "另有158部正在施工。", reporters: []string{"黄欣然"}},
		}},
		// a fresh ordered page of the fourth pool (-seed 403, ord-006): the
		// dangling story is closed, at first, by the byline of the column
		// read inside it; once that column goes back, its own rest, set
		// after the last story, comes back too
		{"a story left dangling by a later repair gets its stray column back", `
安全生产月

企业负责人走
上讲台讲安全
本报讯 “安全生产没有
旁观者，每个人都是第一责任
人。”6月15日，在一场安全
生产公开课上，一家化工企业
的总经理走上讲台，结合企业
实际，讲述了安全管理的经验
和教训。

数字人民币试点场景超过十万个
新华社北京9月6日电（记
者 吴 雨 张千千）记者从中
国人民银行获悉，截至今年8
月末，数字人民币试点场景已
超过10万个，覆盖批发零售、

餐饮文旅、教育医疗、公共服
务等领域。
中国人民银行有关负责人
表示，下一步将稳妥推进数字

本月，全市开展“企业负
责人讲安全”活动，组织500
余家重点企业负责人为员工授
课，推动安全责任落实到每个
岗位。
记者 郑 好

记者蹲点

菜市场里的“智慧秤”
本报记者 石 头 文/图
早上7点，农贸市场里人
声鼎沸。摊主张大姐把一把青
菜放在电子秤上，屏幕上立刻
显示出重量、单价和总价，顾
责任编辑：王丽

校对：赵强

客扫一扫秤上的二维码就能付
款。
“这个秤还能查菜的来

源，买得放心。”正在买菜的
李阿姨说。市场管理方介绍，
智慧秤上线后，缺斤短两的投
诉几乎没有了。

人民币研发试点，持续丰富应
用场景，不断提升用户体验。
`, []pageArticle{
			{headlines: []string{"安全生产月", "企业负责人走上讲台讲安全"}, paras: 2, reporters: []string{"郑好"}, last: "推动安全责任落实到每个岗位。"},
			{headlines: []string{"数字人民币试点场景超过十万个"}, paras: 2, reporters: []string{"吴雨", "张千千"}, last: "持续丰富应用场景，不断提升用户体验。"},
			{headlines: []string{"记者蹲点", "菜市场里的“智慧秤”"}, paras: 2, reporters: []string{"石头"}, last: "缺斤短两的投诉几乎没有了。"},
		}},
		// a fresh ordered page of the fourth pool (-seed 403, ord-016): the
		// column shares as few words with the dangling story as with its
		// host, but completes the dangling story's cut word (总价) after a
		// sentence's end
		{"a column that completes a cut word after a sentence end goes back where the words tie", `
数字人民币试点场景超过十万个

安全生产月

企业负责人走上讲台讲安全
本报讯“安全生产没有
旁观者，每个人都是第一责
任人。”6月15日，在一场安全
生产公开课上，一家化工企
业的总经理走上讲台，结合

企业实际，讲述了安全管理
的经验和教训。
本月，全市开展“企业负
责人讲安全”活动，组织500
余家重点企业负责人为员工

授课，推动安全责任落实到
每个岗位。
记者 郑 好

记者蹲点

菜市场里的“智慧秤”
本报记者 石 头 文/图
早上7点，农贸市场里人
声鼎沸。摊主张大姐把一把
青菜放在电子秤上，屏幕上
立刻显示出重量、单价和总

图为工作人员在检查设备。 记者 张千千 摄

新华社北京9月6日电
（记者 吴 雨 张千千）记者
从中国人民银行获悉，截至
今年8月末，数字人民币试点
责任编辑：张敏

校对：李娜

场景已超过10万个，覆盖批
发零售、餐饮文旅、教育医
疗、公共服务等领域。
中国人民银行有关负责

人表示，下一步将稳妥推进
数字人民币研发试点，持续
丰富应用场景，不断提升用
户体验。

价，顾客扫一扫秤上的二维
码就能付款。
“这个秤还能查菜的来
源，买得放心。”正在买菜的

李阿姨说。市场管理方介绍，
智慧秤上线后，缺斤短两的
投诉几乎没有了。
`, []pageArticle{
			{headlines: []string{"安全生产月", "企业负责人走上讲台讲安全"}, paras: 2, reporters: []string{"郑好"}},
			{headlines: []string{"记者蹲点", "菜市场里的“智慧秤”"}, paras: 2, reporters: []string{"石头"}, last: "缺斤短两的投诉几乎没有了。"},
			{headlines: []string{"数字人民币试点场景超过十万个"}, paras: 2, reporters: []string{"吴雨", "张千千"}, last: "不断提升用户体验。"},
		}},
		// a fresh ordered page of the second pool (-seed 103, ord-001): the
		// feature's first column, printed before its title and top byline
		{"a bare column goes in front of the feature after it that shares its words", `
全长12公里
的环湖
绿道全线贯通

本报讯 初冬时节，走在
新建成的环湖绿道上，湖光山
色尽收眼底。跑步的、骑行
的、散步的市民络绎不绝，不
少人停下脚步拍照留念。
环湖绿道全长12公里，宽
4到6米，沿线设置了5个驿
站、8处观景平台和3个儿童游
乐场，并配套建设了停车场和
公共卫生间。
“绿道修好后，我每天早
上都来跑一圈，空气好，心情
也好。”晨跑爱好者费建平
说。
记者 相里婷 摄影 阎杰

晚上8点，市第二人民医
院急诊科的灯光格外明亮。分
诊台前，护士华蓉一边询问病
情，一边给患者测量血压，手
上一刻也不停。

责任编辑：张敏

校对：赵强

本报讯（通讯员 郜敏 记
者 巩立新）“没想到不用申
请，补贴就直接到账了。”近
日，一家精密机械企业的财务
负责人收到了32万元的稳岗补
贴，连声称赞。
今年以来，市人社局依托
大数据平台，对企业参保、纳

税、用工等信息进行比对，主
动筛选出符合条件的企业，实
现补贴“免申即享”。
截至目前，全市已向4800
余家企业发放各类补贴资金
2.3亿元，平均办理时间由原
来的20个工作日缩短到3个工
作日。

夜班急诊室的十二小时
本报记者 慕容清 见习记者 米粒
“晚上的急诊病人主要是
发热、腹痛和外伤，最多的时
候一晚上要接诊200多人。”
急诊科主任况文斌说，科里实
行弹性排班，高峰时段会增加

医生和护士。
凌晨2点，一名突发心梗
的中年男子被送到医院。从下
救护车到进入导管室，只用了
不到40分钟，患者很快脱离了

危险。
早上8点，交班的医生们
在病历上签好名字，揉了揉发
红的眼睛。对他们来说，这只
是一个普通的夜班。
`, []pageArticle{
			{headlines: []string{"全长12公里的环湖绿道全线贯通"}, paras: 3, reporters: []string{"相里婷"}},
			{paras: 3, reporters: []string{"巩立新"}, corresp: []string{"郜敏"}},
			{headlines: []string{"夜班急诊室的十二小时"}, paras: 4, reporters: []string{"慕容清", "米粒"}, holds: "晚上8点，市第二人民医院急诊科的灯光格外明亮。", last: "是一个普通的夜班。"},
		}},
		// a fresh full-em page of the fifth pool (-seed 502, full-016):
		// the two stories' columns alternate; the column after the story
		// before ends with 每 goes on with its unit, where the host's open
		// sentence (…工业增加值) makes no word with it
		{"a column that goes on after 每 with a unit goes back, whatever the words", `
稳住“菜篮子”

连日来，城北农产品批发市场里一派
繁忙景象，一辆辆满载大白菜的货车
陆续进场，装卸工人忙着卸货、过
磅、分拣。
“今年白菜长得好，个头大、包
得紧，一天能走二十多车。”经营户
宓大姐一边招呼客人一边说，眼下每

数说发展
前三季度我市GDP同比增长6.2%

本报讯（全媒体记者 郜晓宁）
记者从市统计局获悉，前三季度，全
市实现地区生产总值3286亿元，同比
增长6.2%，增速比上半年加快 0.4个
百分点。
分产业看，第一产业增加值同比
增长3.5%，第二产业增长7.1%，第三
产业增长5.9%。规模以上工业增加值

斤批发价在四毛钱左右，比去年同期
低了一成。
市商务局有关负责人介绍，全市
已组织储备冬季蔬菜 3.6万吨，并在
120个社区设立平价蔬菜销售点，确
保节日期间供应充足、价格稳定。

同比增长8.3%，其中高技术制造业增
长15.6%。
市统计局相关负责人表示，全市
经济运行总体平稳、稳中向好，为完
成全年目标任务打下了坚实基础。
`, []pageArticle{
			{headlines: []string{"稳住“菜篮子”"}, paras: 3, last: "确保节日期间供应充足、价格稳定。"},
			{headlines: []string{"数说发展", "前三季度我市GDP同比增长6.2%"}, paras: 3, reporters: []string{"郜晓宁"}, last: "打下了坚实基础。"},
		}},
		// a fresh ordered page of the fifth pool (-seed 503, ord-013): the
		// one-column story shares a single word (秸秆) with its last column
		{"a last column after a story whose dateline names its reporters goes back on few words", `
秸秆变“宝”
：从田间“废
料”到农
民“财料”
本报讯 秋收过后，在东
关村的田野里，几台打捆机来
回作业，散落在地里的玉米秸
秆被压成一个个整齐的草捆，
等待运往附近的饲料厂和生物
质电厂。

数说发展

前三季度我市GDP同比增长6.2%
本报讯（全媒体记者 郜
晓宁）记者从市统计局获悉，
前三季度，全市实现地区生产
总值3286亿元，同比增长
6.2%，增速比上半年加快0.4
个百分点。

分产业看，第一产业增加
值同比增长3.5%，第二产业增
长7.1%，第三产业增长5.9%。
规模以上工业增加值同比增长
8.3%，其中高技术制造业增长
15.6%。

市统计局相关负责人表
示，全市经济运行总体平稳、
稳中向好，为完成全年目标任
务打下了坚实基础。

“过去秸秆没地方去，只
能堆在地头，现在一亩地能卖
八十多块钱。”种粮大户蔺大
哥算了一笔账，自家三百亩地
的秸秆，能多收入两万多元。
记者 靳松林 摄影 仝彤
`, []pageArticle{
			{headlines: []string{"秸秆变“宝”：从田间“废料”到农民“财料”"}, paras: 2, reporters: []string{"靳松林"}, last: "能多收入两万多元。"},
			{headlines: []string{"数说发展", "前三季度我市GDP同比增长6.2%"}, paras: 3, reporters: []string{"郜晓宁"}, last: "打下了坚实基础。"},
		}},
		// a fresh ordered page of the sixth pool (-seed 603, ord-004): the
		// rest shares as few words with the dangling story as with its host,
		// whose paragraph end it cannot follow
		{"a column that cannot follow its host goes back where the words tie", `
全国首条跨海高铁桥梁主体完工
新华社福州12月8日电（记者
邝 宇）记者8日从中国国家铁路集
团有限公司获悉，全长16.3公里的
跨海高铁桥梁主体工程日前完工，
为线路明年通车奠定了基础。

该桥设计时速350公里，是我
国首座跨海高铁桥梁，建设中攻克
了深海基础施工、强风环境架梁等
多项技术难题。

消费新观察

“国潮”文创成年货新宠

图为施工现场。 记者 全胜 摄

5G+工
业互联网
让老厂
房焕发
新活力
责任编辑：张敏

校对：孙悦

本报讯（记者 滕海波 通讯员
宗琳）在位于高新区的一家纺织
企业，记者看到，200多台织机通
过5G网络连接到云平台，每台设备
的转速、温度、能耗数据每0.5秒

本报讯（记者 全 胜）春节临
近，在市博物馆的文创商店里，印
有馆藏文物图案的红包、对联、冰
箱贴等年货文创产品十分抢手。
“这款‘福’字红包是用馆藏
清代书法作品设计的，上架一周就

卖出了5000多套。”店长说。
数据显示，今年1月以来，我
市文创产品线上销售额同比增长
62%，“90后”“00后”成为消费
主力。

刷新一次。
“以前一个工人看8台机器，
现在能看24台。”企业负责人说，
接入工业互联网后，产品一次合格
率从92.3%提高到98.6%，单位能耗

下降了11%。
截至10月底，全市已有1260家
企业“上云用数赋智”，建成5G行
业虚拟专网47张。
`, []pageArticle{
			{headlines: []string{"全国首条跨海高铁桥梁主体完工"}, paras: 2, reporters: []string{"邝宇"}},
			{headlines: []string{"5G+工业互联网让老厂房焕发新活力"}, paras: 3, reporters: []string{"滕海波"}, holds: "数据每0.5秒刷新一次。", last: "建成5G行业虚拟专网47张。"},
			{headlines: []string{"消费新观察", "“国潮”文创成年货新宠"}, paras: 3, reporters: []string{"全胜"}, last: "成为消费主力。"},
		}},
		// a fresh page of the fifth pool (-seed 501, gen-009): the story
		// opens the page above its stack, its byline after the stack
		{"a story opening the page above its own stack goes on after it, and takes the byline there", `
国庆假期第二天中
午，京港澳高速南岭服
务区的充电区停满了新
能源汽车，不少车主一
边排队充电，一边在服
务区里吃饭、休息。
“从省城出发，跑了
两百公里，充半个小时
电就能接着走。”车主焦
先生说，服务区的充电
桩比去年多了一倍，排
队时间短了不少。

高速公路服务区里的“充电驿站”

——节假日新能源汽车出行调查

据省高速公路集团
介绍，全省已有 168 对服
务区建成充电设施，共
有充电桩 1420 个，实现
高速公路服务区充电全
覆盖。
文/图 本报记者 诸葛亮亮
`, []pageArticle{
			{headlines: []string{"高速公路服务区里的“充电驿站”", "——节假日新能源汽车出行调查"}, paras: 3, reporters: []string{"诸葛亮亮"}, holds: "国庆假期第二天中午", last: "高速公路服务区充电全覆盖。"},
		}},
		// a fresh page of the seventh pool (-seed 701, gen-023)
		{"a feature with neither dateline nor byline, sharing no word with the story whose title was printed above it, is a story of its own", `
本报讯（记者 羿 
飞）记者从市城管局获悉，
全市集中供暖今天起试运
行，11月15日正式供暖。

今年全市供暖面积达
到6800万平方米，新增入
网面积320万平方米。

供暖期间，市民如遇

暖气不热等问题，可拨打
供热服务热线反映。

全市冬季供暖今起试运行

每到周末，幸福社区
的“共享厨房”就格外热闹。

居民们自带食材，在
这里切菜、炒菜、蒸馒头，
做好的饭菜有的自己带回
家，有的分给社区里的独
居老人。

“一个人在家做饭没

社区食堂里的“共享厨房”

意思，在这儿大家一起做，
有说有笑。”退休工人暴阿
姨说。

社区书记介绍，“共享
厨房”由一处闲置的老食
堂改造而成，配备了燃气
灶、烤箱、冰箱等设施，居
民预约后就可以免费使用。
`, []pageArticle{
			{headlines: []string{"全市冬季供暖今起试运行"}, paras: 3, reporters: []string{"羿飞"}},
			{headlines: []string{"社区食堂里的“共享厨房”"}, paras: 4},
		}},
		// a fresh page of the eighth pool (-seed 802, full-002)
		{"a story's text resumed after its title, set inside it, is the story's when only the rest signs", `
本报讯 夜幕降
临，老城区的美食街上
灯火通明，烧烤、麻辣
烫、冰粉……各色小吃
香气扑鼻。
“下班后和朋友来
这里坐坐，吃点东西，
聊聊天，特别放松。”

家门口的“夜经济”火起来了！

在附近上班的白领姜女
士说。
今年以来，我市先
后打造了 6 条特色夜间
消费街区，带动夜间消
费增长两成以上。
记者 濮 阳
通讯员 郁 青 冯晓丹 吉 利
`, []pageArticle{
			{headlines: []string{"家门口的“夜经济”火起来了！"}, paras: 3, reporters: []string{"濮阳"}, corresp: []string{"郁青", "冯晓丹", "吉利"}},
		}},
		// a page of the ninth pool (-seed 901, gen-002)
		{"a headless brief after a story's title is its own story when a title printed elsewhere echoes it rather than that story", `
本报讯（通讯员 顾 晓
 记者 倪 虹）市市场监管
局近日对外卖平台入网餐饮单
位开展食品安全专项抽检，共
抽检样品 500 批次，合格率为
98.6%。

市场监管部门提醒，消费
者点外卖时要选择证照齐全的
商家，收到餐品后注意查看包
装是否完好。

外卖平台食品安全抽检合格率98.6%

今天白天晴转多云，偏北
风 3 ～ 4 级，气温 2 ℃～ 12 ℃。

明天多云，偏北风 2 ～ 3 级，
气温 1 ℃～ 10 ℃。

早晚温差较大，请注意适
时增减衣物。

今日天气
晴转多云 2℃～12℃
`, []pageArticle{
			{headlines: []string{"外卖平台食品安全抽检合格率98.6%"}, paras: 2, reporters: []string{"倪虹"}, corresp: []string{"顾晓"}},
			{headlines: []string{"今日天气", "晴转多云2℃～12℃"}, paras: 3},
		}},
		// an ordered page of the first pool (-seed 10, ord-007)
		{"a story's last column printed before its start goes to it when it completes the word the story's last line cut", `
城市书房“上新”夜读成为新风尚

本报讯 晚上9点，位于
人民公园东门的城市书房依
然灯火通明。书架前，
有人驻
足挑选图书；阅览区里，
学生
们埋头做题，上班族捧着书
静静阅读。
这是我市今年新建成的

第15家城市书房，
面积约300
平方米，藏书1.5万册，实行
24小时开放。读者刷身份证
或者读者证就能进门，借还
图书全部自助完成。
“下班后来这里看一会
儿书，特别放松。”在附近一

家公司上班的小杨说，书房
里环境安静，还有免费无线
网络，
“ 比在家里效率高多
了”。
市图书馆馆长介绍，城
市书房开放以来，累计接待
读者超过80万人次，借还图

书46万册次。今年，全市还将
新建城市书房5家，让读者在
15分钟步行范围内就能找到
读书的好去处。
记者 许文静

门，推行企业开办“一网通
办、一窗通取”
，将设立登记、
公章刻制、申领发票、
社保登
记等事项整合为一个环节，

企业开办时间由原来的3个
工作日压缩至1个工作日以
内。
“申请人只需在网上填

一次表，系统就会把信息推
送到各个部门。”市市场监管
局注册科科长介绍，目前全
市新设企业中，有九成以上

通过网上办理。
数 据 显 示 ，今 年 前 5 个
月，全市新登记各类市场主
体2.3万户，同比增长14.6%。

优化营商环境

企业开办
时间压缩
至一
个工作日

本报讯（通讯员 钱小红
记者 冯涛）上午提交材料，
下午就拿到了营业执照、公
章和发票。日前，在市政务服

务中心办事的张先生对办事
效率连连称赞。
今年以来，市市场监管
局联合税务、公安、人社等部

`, []pageArticle{
			{headlines: []string{"城市书房“上新”夜读成为新风尚"}, paras: 4, reporters: []string{"许文静"}},
			{headlines: []string{"优化营商环境", "企业开办时间压缩至一个工作日"}, paras: 4, reporters: []string{"冯涛"}, corresp: []string{"钱小红"}},
		}},
		// an ordered page of the first pool (-seed 10, ord-003)
		{"a headless column going on with a story's open sentence comes back whole, its short first line poppler cut included", `
地铁三号线全线贯通

本报讯 6月18日上午，
随着最后一台盾构机在东
湖站破土而出，地铁3号线
实现全线隧道贯通。
地铁3号线全长28.6
公里，共设车站22座，串联
起火车站、老城区和新区
商务中心。
施工过程中，建设者

“一码通”
让看病少跑腿

本报讯“以前换一家
医院看病，很多检查都要
重新做一遍，现在拿手机
一扫码，医生就能看到之
前的结果。”近日，在市人
民医院就诊的刘先生说。
据统计，检查结果互
认实施以来，已为患者节
省医疗费用2100余万元。
记者 贺晓东

克服了下穿河道、邻近古
建筑等多项技术难题。
“东
湖站附近地质条件复杂，
我们采用了冻结法加固土
体，确保施工安全。”项目
总工程师介绍。

3号线开通后，
从火车
站到新区的乘车时间将由
现在的1个多小时缩短到
35分钟左右，将有效缓解
城市东西向交通压力。
记者 范志伟 通讯员 韩冰
`, []pageArticle{
			{headlines: []string{"地铁三号线全线贯通"}, paras: 4, reporters: []string{"范志伟"}, corresp: []string{"韩冰"}},
			{headlines: []string{"“一码通”", "让看病少跑腿"}, paras: 2, reporters: []string{"贺晓东"}},
		}},
		// a page of the ninth pool (-seed 901, gen-005)
		{"a headless brief under its own stack, set after the story before's title, is its own story", `
本报讯（记者 路 遥）市教育局日
前公布2024年全市中小学生体质健康测
试结果，全市学生体质健康优良率达到
56.3%，比去年提高2.1个百分点。
测试项目包括50米跑、立定跳远、坐
位体前屈、1分钟跳绳等。其中，小学生 1
分钟跳绳平均成绩为142个。

本报记者 骆 明 文/图

站在高铁新城的观景平台上眺望，
写字楼、商业综合体和住宅区错落有致，
高铁列车不时从城市中穿过。
三年前，这里还是一片农田。如今，
新城已入驻企业 1200多家，常住人口超
过8万人。
“出了高铁站，步行10分钟就到公司，
很方便。”在新城一家科技公司工作的小
伍说。

高铁新城：一座“站城融合”的新城

今日天气
晴转多云
2℃～12℃

今天白天晴转多云，偏北风3～4级，
气温2℃～12℃。
明天多云，偏北风 2～ 3级，气温 1℃
～10℃。
早晚温差较大，请注意适时增减衣
物。
`, []pageArticle{
			{paras: 2, reporters: []string{"路遥"}},
			{headlines: []string{"高铁新城：一座“站城融合”的新城"}, paras: 3, reporters: []string{"骆明"}},
			// three short lines read as one headline set beside the body
			{headlines: []string{"今日天气晴转多云2℃～12℃"}, paras: 3},
		}},
	})
}

// TestJoinBareParagraphsPastHeads: a bare paragraph set past headlines
// that head another story goes back to the story right before it, which
// stopped at a paragraph's end with no byline; with nothing between them,
// the story before is a neighbour it does not go on.
func TestJoinBareParagraphsPastHeads(t *testing.T) {
	story := func(pos int, texts ...string) *artBuild {
		a := &artBuild{first: pos, last: pos}
		for _, s := range texts {
			a.lines = append(a.lines, tline{text: s, lineInfo: measure(s), pos: pos})
		}
		return a
	}
	const W = 24
	for _, tt := range []struct {
		name  string
		heads []headUnit
		want  int // stories left
	}{
		{"past another story's headlines", []headUnit{{text: "为民办实事", pos: 1}, {text: "一条公交线串起六所学校", pos: 2}}, 1},
		{"with nothing between", nil, 2},
	} {
		arts := []*artBuild{
			story(0, "本报讯 3月9日，由市人力资", "源和社会保障局主办的春季", "大型招聘会在市会展中心举", "行，吸引1.2万余名求职者。", "“求职者的素质普遍不错。”", "这位负责人说。"),
			story(3, "现场还设置了政策咨询", "区、技能培训报名区和直播带", "岗区，不少求职者用手机扫", "码了解招聘企业信息。"),
		}
		arts[1].hasEnd, arts[1].end = true, Byline{Raw: "记者 刘晓明"}
		arts[0].lines[0].lead = true
		joinBareParagraphs(arts, tt.heads, W)
		left := 0
		for _, a := range arts {
			if len(a.lines) > 0 {
				left++
			}
		}
		if left != tt.want {
			t.Errorf("%s: %d stories left, want %d", tt.name, left, tt.want)
		}
	}
}

// TestLendTopByline: a byline above a datelined story that has its own
// at its end was borrowed: a plain one is the end of the story before
// (记者 李文博 / 本报郑州6月7日讯 …); one with 本报 heads a story's text, so
// it goes to the story after that wants one (本报记者 潘 雪 文/图).
func TestLendTopByline(t *testing.T) {
	story := func(texts ...string) *artBuild {
		a := &artBuild{}
		for _, s := range texts {
			a.lines = append(a.lines, tline{text: s, lineInfo: measure(s)})
		}
		return a
	}
	for _, tt := range []struct {
		top  string
		want int // the story that takes it
	}{
		{"记者 李文博", 0},
		{"本报记者 潘 雪 文/图", 2},
	} {
		arts := []*artBuild{
			story("清晨6点40分，学生专线从城南准时发车。"),
			story("本报讯 6月18日上午，地铁3号线实现全线隧道贯通。"),
			story("九月的山坡上，一串串红彤彤的苹果挂满枝头。"),
		}
		arts[1].lines[0].lead = true
		arts[1].top = Byline{Raw: tt.top}
		arts[1].end, arts[1].hasEnd = Byline{Raw: "记者 范志伟"}, true
		lendBylines(arts)
		for i, a := range arts {
			if got := a.end.Raw == tt.top; got != (i == tt.want) {
				t.Errorf("%s: story %d has it: %v", tt.top, i, got)
			}
		}
	}
}

// signedTwiceRest ends the two pages of stories that sign twice: the rest
// of a first story and a feature that ran on from it, with its byline and
// its title after it.
const signedTwiceRest = `的槐树巷，居民们感觉像换了
一个地方。槐树巷全长约400米，
过去路面坑洼不平，下雨天到处
积水，电线、网线像蜘蛛网一样
挂在墙上。

据了解，今年全区共改造
背街小巷58条，总长度约21公
里，惠及居民3万余户。

九月的山坡上，一串串红
彤彤的苹果挂满枝头。果农们
提着竹篮，穿梭在果树间忙着
采摘，脸上洋溢着丰收的喜悦。

这片万亩果园是当地近年
来发展的特色产业。镇里成立
了果品专业合作社，统一提供
种苗、技术和销售服务，还建起
了冷库和分拣中心，苹果可以
错峰销售。
本报记者 潘 雪 文/图

金秋时节
万亩果园迎来丰收季
`

func TestListClosed(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"会新增了攀岩、腰旗橄榄球、", "电子竞技等项目，参赛者中", true},
		{"会新增了攀岩、腰旗橄榄球、", "电子竞技、飞盘等项目，参", false}, // the list goes on past this line
		{"会新增了攀岩、腰旗橄榄球、", "参赛者中年轻人占比超过六成", false},
		{"会新增了攀岩、腰旗橄榄球", "电子竞技等项目，参赛者中", false},
		{"涵盖装备制造、", "电子信息等重点产业。", true},
	} {
		if got := listClosed(c.a, c.b); got != c.want {
			t.Errorf("listClosed(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestWordsAgainst(t *testing.T) {
	for _, c := range []struct {
		name                       string
		oa, oh                     float64
		completes, closes, follows bool
		want                       bool
	}{
		{"it can follow its host", 0.02, 0.01, false, false, true, true},
		{"it cannot follow, the host shares a little more", 0.04, 0.06, false, false, false, false},
		{"it cannot follow, the host shares far more", 0.02, 0.08, false, false, false, true},
		{"it cannot follow and closes the dangling story's list", 0.02, 0.08, true, true, false, false},
		{"neither shares a word and it completes nothing", 0, 0, false, false, false, true},
		{"neither shares a word and it completes a cut word", 0, 0, true, false, false, false},
		{"many of the dangling story's words, it can follow, the host shares more", 0.3, 0.4, false, false, true, true},
		{"many of the dangling story's words and it cannot follow", 0.3, 0.4, false, false, false, false},
	} {
		if got := wordsAgainst(c.oa, c.oh, c.completes, c.closes, c.follows); got != c.want {
			t.Errorf("%s: wordsAgainst = %v, want %v", c.name, got, c.want)
		}
	}
}
