package main

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// places vary the archive's headlines: ten years of a city daily name its
// districts and towns over and over.
var places = strings.Fields(`东城区 西城区 南湖区 北山区 高新区 经开区 滨河新区 临江县 青石县 柳湾镇 桃源镇 石门镇
	白沙镇 龙泉镇 安平县 永宁县 金水区 铁西区 望城区 云台山 双桥镇 杏花村 梨园镇 枫林镇 长乐乡 新华街道
	和平街道 幸福里社区 长青社区 槐树巷社区 东湖街道 清水河 北河 市中心城区 开发区 物流园区 大学城 航空港区`)

// writeArchive writes about n articles as page dumps, five or so a page,
// eight pages a day from 2015-01-01: DIR/YYYY/MM/DD/NN.txt.
func writeArchive(arts []*article, n int, out string, seed int64) error {
	rng := rand.New(rand.NewSource(seed))
	day := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	page := 0
	written := 0
	for written < n {
		page++
		if page > 8 {
			page = 1
			day = day.AddDate(0, 0, 1)
		}
		k := min(3+rng.Intn(5), n-written)
		var sel []*article
		for range k {
			sel = append(sel, variant(arts[rng.Intn(len(arts))], rng))
		}
		st := randomStyle(rng)
		st.accident = false
		st.header = []string{fmt.Sprintf("%d年%d月%d日 星期%s", day.Year(), day.Month(), day.Day(), weekday(day)),
			fmt.Sprintf("%02d %s", page, sections[page%len(sections)])}
		lines, _, _ := composePage(sel, st, rng)
		dir := filepath.Join(out, day.Format("2006"), day.Format("01"), day.Format("02"))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		text := strings.Join(lines, "\n") + "\n\f"
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d.txt", page)), []byte(text), 0o644); err != nil {
			return err
		}
		written += k
	}
	return nil
}

var sections = []string{"要闻", "综合", "经济", "社会", "文化", "体育", "民生", "视点"}

func weekday(t time.Time) string {
	return []string{"日", "一", "二", "三", "四", "五", "六"}[t.Weekday()]
}

// variant makes a new story from a base one: its title names a place, its
// paragraphs are a shuffled selection.
func variant(a *article, rng *rand.Rand) *article {
	v := *a
	p := places[rng.Intn(len(places))]
	v.main = p + a.main
	if rng.Float64() < 0.5 {
		v.kicker = ""
	}
	paras := append([]string(nil), a.paras...)
	if len(paras) > 2 {
		rng.Shuffle(len(paras)-1, func(i, j int) { paras[i+1], paras[j+1] = paras[j+1], paras[i+1] })
		paras = paras[:2+rng.Intn(len(paras)-1)]
	}
	paras[0] = p + paras[0]
	v.paras = paras
	return &v
}
